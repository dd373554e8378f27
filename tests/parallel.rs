//! Feature `rayon`: the kernels split over threads (fused expressions and writes, whole-array
//! and axis reductions, `count_nonzero` of an expression) give NumPy's answers to the last bit
//! on arrays big enough to be split, with many threads and with one.
//!
//! The expected values are NumPy's (`scripts/gen_parallel_cases.py` wrote
//! `tests/expected/parallel.txt`); each case runs in a pool of 4 threads (split, whatever the
//! machine has) and in a pool of 1 (not split).
#![cfg(feature = "rayon")]

use std::collections::HashMap;

use npview::{np, Array1, Array2};

/// NumPy's value for each case, as the bits of an `f64` (integers are exact in one).
fn expected() -> HashMap<String, f64> {
    include_str!("expected/parallel.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (name, value) = l.split_once(' ').expect("`name value` lines");
            (name.to_string(), value.parse().expect("a number"))
        })
        .collect()
}

const ROWS: usize = 1000;
const COLS: usize = 1201;

/// Every case's value, computed by npview in the current pool.
fn computed() -> Vec<(&'static str, f64)> {
    let n = npview::arange((ROWS * COLS) as i64);
    let x: Array1<f64> = np!(1.0 / (n + 1.0) + n * 1e-7);
    let m: Array2<f64> = x.clone().into_reshape((ROWS, COLS));
    let i: Array1<i64> = np!(n % 1009 - 500);
    let f32s = np!(x.astype(np.float32));
    let total = |a: &npview::Array1<f64>| -> f64 { np!(np.sum(a)) };

    let mut y = x.copy();
    np!(y[:] = x * 3);
    let mut z = m.copy();
    np!(z[:, ::2] = m[:, ::2] + 1);

    vec![
        ("sum", np!(np.sum(x))),
        ("mean", np!(np.mean(x))),
        ("var", np!(np.var(x))),
        ("std", np!(np.std(x))),
        ("sum_f32", f64::from(np!(np.sum(f32s)))),
        ("sum_int", np!(np.sum(i)) as f64),
        ("sum_rows_total", total(&np!(np.sum(m, axis = 1)))),
        ("sum_rows_first", np!(np.sum(m, axis = 1))[0]),
        ("sum_rows_last", np!(np.sum(m, axis = 1))[ROWS - 1]),
        ("sum_cols_total", total(&np!(np.sum(m, axis = 0)))),
        ("mean_rows_total", total(&np!(np.mean(m, axis = 1)))),
        (
            "sum_transposed_rows_total",
            total(&np!(np.sum(m.T, axis = 1))),
        ),
        ("expr_total", total(&np!(x * 2 - x / 3))),
        (
            "expr_broadcast_total",
            np!(np.sum(np!(m + m[0]).into_reshape(ROWS * COLS))),
        ),
        (
            "expr_int_total",
            np!(np.sum(np.floor_divide(i * i, 7))) as f64,
        ),
        ("where_total", total(&np!(np.where(x > 0.05, x, -x)))),
        ("count_nonzero", np!(np.count_nonzero(x > 0.06)) as f64),
        (
            "count_nonzero_int",
            np!(np.count_nonzero(i % 3 == 0)) as f64,
        ),
        ("write_total", np!(np.sum(y))),
        ("write_strided_total", np!(np.sum(z))),
    ]
}

fn check_in_pool(threads: usize) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    let expected = expected();
    let got = pool.install(computed);
    assert_eq!(
        got.len(),
        expected.len(),
        "every case of the file is checked"
    );
    let wrong: Vec<String> = got
        .iter()
        .filter(|(name, v)| v.to_bits() != expected[*name].to_bits())
        .map(|(name, v)| format!("{name}: npview {v:?}, NumPy {:?}", expected[*name]))
        .collect();
    assert!(wrong.is_empty(), "{threads} threads:\n{}", wrong.join("\n"));
}

#[test]
fn split_over_four_threads_gives_numpys_bits() {
    check_in_pool(4);
}

#[test]
fn one_thread_gives_the_same_bits() {
    check_in_pool(1);
}
