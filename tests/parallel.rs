//! Feature `rayon`: the kernels split over threads (fused expressions and writes, whole-array
//! and axis reductions, `count_nonzero` of an expression, gathers and fused mask selects) give
//! NumPy's answers to the last bit on arrays big enough to be split, with many threads and with
//! one; and element types that are not `Send + Sync` still index, on one thread.
//!
//! The expected values are NumPy's (`scripts/gen_parallel_cases.py` wrote
//! `tests/expected/parallel.txt`); each case runs in a pool of 4 threads (split, whatever the
//! machine has) and in a pool of 1 (not split).
#![cfg(feature = "rayon")]

use npview::{np, Array1, Array2};

#[path = "support/named.rs"]
mod named;

use named::{expected, Got};

const ROWS: usize = 1000;
const COLS: usize = 1201;

/// Every case's value, computed by npview in the current pool.
fn computed() -> Vec<(&'static str, Got)> {
    let n = npview::arange((ROWS * COLS) as i64);
    let x: Array1<f64> = np!(1.0 / (n + 1.0) + n * 1e-7);
    let m: Array2<f64> = x.clone().into_reshape((ROWS, COLS));
    let i: Array1<i64> = np!(n % 1009 - 500);
    let f32s = np!(x.astype(np.float32));
    let total = |a: &npview::Array1<f64>| -> f64 { np!(np.sum(a)) };

    let size = (ROWS * COLS) as i64;
    let half = ROWS * COLS / 2;
    let spread: Array1<i64> = np!((n[:half] * 7919) % size);
    let idx: Array1<i64> = np!(np.where(spread % 3 == 0, spread - size, spread));
    let taken = np!(x[idx]);
    let mut bad = idx.to_vec();
    bad.push(size);
    let bad = Array1::from(bad);
    let take_error = match np!(try x[bad]) {
        Ok(_) => "no error".to_string(),
        Err(e) => format!("IndexError: {e}"),
    };

    let mut y = x.copy();
    np!(y[:] = x * 3);
    let mut z = m.copy();
    np!(z[:, ::2] = m[:, ::2] + 1);

    let cases: Vec<(&'static str, f64)> = vec![
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
        ("take_total", total(&taken)),
        ("take_int_total", np!(np.sum(i[idx])) as f64),
        ("take_first", taken[0]),
        ("take_last", taken[half - 1]),
        ("mask_total", total(&np!(x[x > 0.06]))),
        ("mask_count", np!(x[x > 0.06]).len() as f64),
        ("mask_flipped_total", total(&np!(x[0.06 < x]))),
        ("mask_int_total", np!(np.sum(i[i > 100])) as f64),
        ("mask_int_count", np!(i[i > 100]).len() as f64),
        ("write_total", np!(np.sum(y))),
        ("write_strided_total", np!(np.sum(z))),
    ];
    let mut cases: Vec<(&'static str, Got)> = cases
        .into_iter()
        .map(|(name, v)| (name, v.into()))
        .collect();
    cases.push(("take_error", Got::Text(take_error)));
    cases
}

fn check_in_pool(threads: usize) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool");
    // NumPy's values: numbers (integers are exact in an `f64`) or errors' texts.
    let expected = expected(include_str!("expected/parallel.txt"));
    let got = pool.install(computed);
    assert_eq!(
        got.len(),
        expected.len(),
        "every case of the file is checked"
    );
    let wrong: Vec<String> = got
        .iter()
        .filter(|(name, v)| !v.is(expected[*name]))
        .map(|(name, v)| format!("{name}: npview {v:?}, NumPy {}", expected[*name]))
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

/// Indexing asks nothing of the element type beyond `Clone` (or `Copy` for a fused mask), with
/// the feature as without it: elements that are not `Send + Sync` are copied on the calling
/// thread, however many there are.
#[test]
fn elements_that_are_not_send_or_sync_still_index() {
    use std::cell::Cell;
    use std::rc::Rc;

    fn first_and_last<T: Clone>(a: &Array1<T>) -> Array1<T> {
        np!(a[[0, -1]])
    }
    let n = 200_000;
    let shared: Array1<Rc<usize>> = Array1::from((0..n).map(Rc::new).collect::<Vec<_>>());
    let picked = first_and_last(&shared);
    assert_eq!((*picked[0], *picked[1]), (0, n - 1));
    let idx = npview::arange(n as i64);
    let all = np!(shared[idx]); // a gather far above the threshold, of `Rc`s
    assert_eq!(all.len(), n);
    assert_eq!(Rc::strong_count(&shared[7]), 2);

    let cells: Vec<Cell<i64>> = (0..n as i64).map(Cell::new).collect();
    let refs: Array1<&Cell<i64>> = Array1::from(cells.iter().collect::<Vec<_>>());
    let keys = npview::arange(n as i64);
    let odd = np!(refs[keys % 2 == 1]);
    assert_eq!(odd.len(), n / 2);
    let big = np!(refs[keys >= 100]); // a fused mask select, of `&Cell`s
    big[0].set(-1);
    assert_eq!(cells[100].get(), -1);
}
