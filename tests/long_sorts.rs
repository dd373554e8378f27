//! Argsorts of lanes long enough that npview sorts them by their keys' leading bits (more than
//! 64 values) rather than by comparison give NumPy's order: ties in their stable order, NaN
//! last, the two zeros equal, infinities at the ends, float32 and int64, lanes along the first
//! axis, and the flattened array; `np.unique`'s values, first indices and counts; `np.sort` and
//! `a.sort()` agree with `a[np.argsort(a)]`, and along the first axis with each column sorted
//! alone.
//!
//! The expected orders are NumPy's (`scripts/gen_long_sort_cases.py` wrote
//! `tests/expected/long_sorts.txt`), from the same formulas as the values built here.

use npview::{np, Array1, Array2, ArrayView1};

#[path = "support/named.rs"]
mod named;

use named::{expected, Got};

/// Ties (1009 values, eighths from -63 to 63), NaN, both zeros and both infinities, assigned
/// in the generator's order (later rules win).
fn mixed(n: i64) -> Array1<f64> {
    let values: Vec<f64> = (0..n)
        .map(|k| {
            let mut v = ((k * 7919) % 1009 - 504) as f64 / 8.0;
            for (modulus, rest, special) in [
                (97, 5, f64::NAN),
                (101, 7, -0.0),
                (89, 3, 0.0),
                (211, 1, f64::INFINITY),
                (223, 2, f64::NEG_INFINITY),
            ] {
                if k % modulus == rest {
                    v = special;
                }
            }
            v
        })
        .collect();
    Array1::from(values)
}

/// Distinct values in [0, 100), bunched in a few binary exponents as floats are.
fn spread(n: u64) -> Array1<f64> {
    let values: Vec<f64> = (0..n)
        .map(|k| (k * 2654435761 % (1 << 32)) as f64 / 2f64.powi(32) * 100.0)
        .collect();
    Array1::from(values)
}

fn ints(n: i64) -> Array1<i64> {
    Array1::from((0..n).map(|k| (k * 7919) % 1013 - 500).collect::<Vec<_>>())
}

/// The indices in C order, as the expected file writes them.
fn listed<D: npview::Dimension>(order: npview::Array<i64, D>) -> Got {
    let words: Vec<String> = order.iter().map(i64::to_string).collect();
    Got::Text(words.join(" "))
}

fn computed() -> Vec<(&'static str, Got)> {
    let s = spread(6000);
    let by_rows: Array2<f64> = s.clone().into_reshape((3, 2000));
    let by_columns: Array2<f64> = s.into_reshape((2000, 3));
    let mixed_700x3: Array2<f64> = mixed(2100).into_reshape((700, 3));
    let mixed_40x100: Array2<f64> = mixed(4000).into_reshape((40, 100));
    let m = mixed(5000);
    let sp = spread(5000);
    let s3000 = spread(3000);
    let f32s = np!(s3000.astype(np.float32));
    let k = ints(4000);
    let mut cases = vec![
        (
            "stable_mixed_5000",
            listed(np!(np.argsort(m, kind = "stable"))),
        ),
        ("spread_5000", listed(np!(np.argsort(sp)))),
        (
            "stable_spread_f32_3000",
            listed(np!(np.argsort(f32s, kind = "stable"))),
        ),
        (
            "stable_int_4000",
            listed(np!(np.argsort(k, kind = "stable"))),
        ),
        (
            "stable_axis0_700x3",
            listed(np!(np.argsort(mixed_700x3, axis = 0, kind = "stable"))),
        ),
        (
            "stable_axis_none_40x100",
            listed(np!(np.argsort(mixed_40x100, axis = None, kind = "stable"))),
        ),
        ("axis1_3x2000", listed(np!(np.argsort(by_rows, axis = 1)))),
        (
            "axis0_2000x3",
            listed(np!(np.argsort(by_columns, axis = 0))),
        ),
    ];
    let (values, first, counts) = np!(np.unique(k, return_index = True, return_counts = True));
    cases.push(("unique_int_4000_values", listed(values)));
    cases.push(("unique_int_4000_index", listed(first)));
    cases.push(("unique_int_4000_counts", listed(counts)));
    let (_, first, counts) = np!(np.unique(m, return_index = True, return_counts = True));
    cases.push(("unique_mixed_5000_index", listed(first)));
    cases.push(("unique_mixed_5000_counts", listed(counts)));
    cases
}

#[test]
fn long_argsorts_are_numpys() {
    let want = expected(include_str!("expected/long_sorts.txt"));
    let got = computed();
    assert_eq!(got.len(), want.len(), "one case per expected line");
    let wrong: Vec<&str> = got
        .iter()
        .filter(|(name, value)| !want.get(name).is_some_and(|w| value.is(w)))
        .map(|(name, _)| *name)
        .collect();
    assert!(wrong.is_empty(), "not NumPy's order: {wrong:?}");
}

/// The rule: a sort is the values taken in the argsort's order (bit for bit, so `-0.0` and
/// `0.0` keep their places, as the stable argsort orders them).
#[test]
fn long_sorts_are_the_values_in_argsort_order() {
    let m = mixed(5000);
    let by_order = np!(m[np.argsort(m, kind = "stable")]);
    let sorted = np!(np.sort(m));
    let mut in_place = m.clone();
    np!(in_place.sort());
    assert_eq!(bits(sorted.iter()), bits(by_order.iter()));
    assert_eq!(bits(in_place.iter()), bits(by_order.iter()));
}

/// The rule for lanes along the first axis: each column of the sorted matrix is that column
/// sorted on its own, by `np.sort` and by `a.sort(axis=0)` in place.
#[test]
fn long_columns_sort_as_each_column_alone() {
    let m: Array2<f64> = mixed(2100).into_reshape((700, 3));
    let sorted = np!(np.sort(m, axis = 0));
    let mut in_place = m.clone();
    np!(in_place.sort(axis = 0));
    for j in 0..3 {
        let alone: Array1<f64> = np!(np.sort(m[:, j]));
        let a: ArrayView1<f64> = np!(sorted[:, j]);
        let b: ArrayView1<f64> = np!(in_place[:, j]);
        assert_eq!(bits(a.iter()), bits(alone.iter()), "column {j}");
        assert_eq!(bits(b.iter()), bits(alone.iter()), "column {j}");
    }
}

/// The values' bits, so that `-0.0` and `0.0` (and NaNs) are told apart.
fn bits<'v>(values: impl IntoIterator<Item = &'v f64>) -> Vec<u64> {
    values.into_iter().map(|v| v.to_bits()).collect()
}
