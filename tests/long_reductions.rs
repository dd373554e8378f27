//! Reductions long enough that npview walks them in parts side by side give NumPy's answers.
//! Float sums (the four quarters of one long run's pairwise tree, or four short runs at once)
//! to the last bit: one run just below and above the length where quarters start, lengths whose
//! quarters' trees differ, float32, rows summed four at a time with leftover rows, several runs
//! into one output, more short runs than one chunk of them, and `var`, whose conversion of each
//! value depends on its output. Counts of an expression and expressions collected into a new
//! array (four streams): lengths around where streams start, values the equal parts leave
//! over (each collected value in its place), and an error only the last stream meets.
//!
//! The expected values are NumPy's (`scripts/gen_long_reduction_cases.py` wrote
//! `tests/expected/long_reductions.txt`); the inputs are `x[k] = 1.0 / (k + 1.0) + k * 1e-7`,
//! whose sums depend on the order of the additions, and `k` itself.

use npview::{np, Array1, Array2, Array3};

#[path = "support/named.rs"]
mod named;

use named::{expected, Got};

fn values(n: usize) -> Array1<f64> {
    let k = npview::arange(n as i64);
    np!(1.0 / (k + 1.0) + k * 1e-7)
}

/// Every case npview computes, by the generator's names.
fn computed() -> Vec<(String, Got)> {
    let mut got = Vec::new();
    for n in [32767, 32768, 100003, 262144 + 136, 1000001] {
        let x = values(n);
        let x32 = np!(x.astype(np.float32));
        got.push((format!("sum_{n}"), np!(np.sum(x))));
        got.push((format!("mean_{n}"), np!(np.mean(x))));
        got.push((format!("var_{n}"), np!(np.var(x))));
        got.push((format!("sum_f32_{n}"), f64::from(np!(np.sum(x32)))));
    }
    for (rows, cols) in [(9, 2500), (4, 7), (7, 130), (5, 1000), (3, 40000)] {
        let m: Array2<f64> = values(rows * cols).into_reshape((rows, cols));
        let sums = np!(np.sum(m, axis = 1));
        let vars = np!(np.var(m, axis = 1));
        for r in 0..rows {
            got.push((format!("rows_{rows}x{cols}_sum_{r}"), sums[r]));
            got.push((format!("rows_{rows}x{cols}_var_{r}"), vars[r]));
        }
    }
    let t: Array3<f64> = values(6 * 5 * 300).into_reshape((6, 5, 300));
    let sums = np!(np.sum(t, axis = (0, 2)));
    let means = np!(np.mean(t, axis = (0, 2)));
    for j in 0..5 {
        got.push((format!("runs_6x5x300_axes02_{j}"), sums[j]));
        got.push((format!("runs_6x5x300_mean_axes02_{j}"), means[j]));
    }
    let t: Array3<f64> = values(4100 * 3 * 5).into_reshape((4100, 3, 5));
    let sums = np!(np.sum(t, axis = (0, 2)));
    let means = np!(np.mean(t, axis = (0, 2)));
    for j in 0..3 {
        got.push((format!("runs_4100x3x5_axes02_{j}"), sums[j]));
        got.push((format!("runs_4100x3x5_mean_axes02_{j}"), means[j]));
    }
    let m: Array2<f64> = values(4099 * 7).into_reshape((4099, 7));
    let sums = np!(np.sum(m, axis = 1));
    got.push(("rows_4099x7_sum_of_sums".to_string(), np!(sums.sum())));
    for r in [0, 1024, 2048, 3072, 4095, 4096, 4098] {
        got.push((format!("rows_4099x7_sum_{r}"), sums[r]));
    }
    let m: Array2<f64> = values(11 * 900).into_reshape((11, 900));
    let sums = np!(np.sum(m.T, axis = 0));
    for j in 0..11 {
        got.push((format!("transposed_11x900_{j}"), sums[j]));
    }
    let mut got: Vec<(String, Got)> = got.into_iter().map(|(n, v)| (n, Got::Float(v))).collect();
    for n in [65535, 65536, 100003, 1000001] {
        let x = values(n);
        let k = npview::arange(n as i64);
        let last = n as i64 - 1;
        got.push((
            format!("count_{n}"),
            Got::Int(np!(np.count_nonzero(x > 0.001))),
        ));
        got.push((
            format!("count_int_{n}"),
            Got::Int(np!(np.count_nonzero(k % 7 == 3))),
        ));
        let error = match np!(try np.count_nonzero(k ** np.where(k == last, -1, 1) > 5)) {
            Ok(count) => format!("no error (count {count})"),
            Err(e) => format!("ValueError: {e}"),
        };
        got.push((format!("count_error_{n}"), Got::Text(error)));
        let y = np!(np.clip(x, 0.0005, 0.5) * k);
        got.push((format!("collect_{n}"), Got::Float(np!(np.sum(y)))));
        let error = match np!(try k ** np.where(k == last, -1, 1)) {
            Ok(_) => "no error".to_string(),
            Err(e) => format!("ValueError: {e}"),
        };
        got.push((format!("collect_error_{n}"), Got::Text(error)));
    }
    got
}

#[test]
fn long_reductions_are_numpys() {
    let expected = expected(include_str!("expected/long_reductions.txt"));
    let got = computed();
    assert_eq!(
        got.len(),
        expected.len(),
        "every case of the file is checked"
    );
    let wrong: Vec<String> = got
        .iter()
        .filter(|(name, v)| !expected.get(name.as_str()).is_some_and(|e| v.is(e)))
        .map(|(name, v)| {
            format!(
                "{name}: npview {v:?}, NumPy {:?}",
                expected.get(name.as_str())
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
