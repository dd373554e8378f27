//! Float sums long enough that npview walks NumPy's pairwise tree in pieces side by side (the
//! four quarters of one long run, or four short runs at once) give NumPy's sums to the last
//! bit: one run just below and above the length where quarters start, lengths whose quarters'
//! trees differ, float32, rows summed four at a time with leftover rows, several runs into one
//! output, and `var`, whose conversion of each value depends on its output.
//!
//! The expected values are NumPy's (`scripts/gen_long_sum_cases.py` wrote
//! `tests/expected/long_sums.txt`); the inputs are `x[k] = 1.0 / (k + 1.0) + k * 1e-7`, whose
//! sums depend on the order of the additions.

use std::collections::HashMap;

use npview::{np, Array1, Array2, Array3};

/// NumPy's value for each case, by name.
fn expected() -> HashMap<&'static str, f64> {
    include_str!("expected/long_sums.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (name, value) = l.split_once(' ').expect("`name value` lines");
            (name, value.parse().expect("a float"))
        })
        .collect()
}

fn values(n: usize) -> Array1<f64> {
    let k = npview::arange(n as i64);
    np!(1.0 / (k + 1.0) + k * 1e-7)
}

/// Every case npview computes, by the generator's names.
fn computed() -> Vec<(String, f64)> {
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
    let m: Array2<f64> = values(11 * 900).into_reshape((11, 900));
    let sums = np!(np.sum(m.T, axis = 0));
    for j in 0..11 {
        got.push((format!("transposed_11x900_{j}"), sums[j]));
    }
    got
}

#[test]
fn long_sums_are_numpys_to_the_last_bit() {
    let expected = expected();
    let got = computed();
    assert_eq!(
        got.len(),
        expected.len(),
        "every case of the file is checked"
    );
    let wrong: Vec<String> = got
        .iter()
        .filter(|(name, v)| expected.get(name.as_str()).map(|e| e.to_bits()) != Some(v.to_bits()))
        .map(|(name, v)| {
            format!(
                "{name}: npview {v:?}, NumPy {:?}",
                expected.get(name.as_str())
            )
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
