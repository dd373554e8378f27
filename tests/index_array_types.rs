//! Index arrays of every 64-bit integer type and in every layout select what the same indices
//! give as `isize`, NumPy's `intp`: NumPy converts an integer index array to `intp` before it
//! indexes (unsigned values wrapping, so `2**64 - 1` is `-1`), so the result depends only on
//! the converted values. On 64-bit targets a borrowed `int64`/`uint64`/`usize` array in C
//! order is read in place; these tests hold the in-place reading, and the copies made for
//! other layouts (stepped, reversed, transposed), to that rule for gathers, writes, compound
//! writes, `ufunc.at`, pointwise picks and errors.

use npview::{arange, np, Array1, Array2, ArrayView1, ArrayView2, ErrorKind};

/// `idx` as NumPy's `intp` would hold it, in the same shape.
fn intp1(idx: &ArrayView1<'_, i64>) -> Array1<isize> {
    Array1::from(idx.iter().map(|&i| i as isize).collect::<Vec<_>>())
}

fn intp2(idx: &ArrayView2<'_, i64>) -> Array2<isize> {
    let values = idx.iter().map(|&i| i as isize).collect();
    Array2::from_shape_vec((idx.shape()[0], idx.shape()[1]), values).unwrap()
}

/// Every read and write through the 1-D index `idx` equals the same through `intp`.
fn check_1d(idx: ArrayView1<'_, i64>, what: &str) {
    let expected = intp1(&idx);
    let a = arange(10);
    assert_eq!(np!(a[idx]), np!(a[expected]), "gather, {what}");
    let (mut got, mut want) = (a.copy(), a.copy());
    np!(got[idx] = -1);
    np!(want[expected] = -1);
    assert_eq!(got, want, "write, {what}");
    np!(got[idx] += 5);
    np!(want[expected] += 5);
    assert_eq!(got, want, "compound write, {what}");
    np!(np.add.at(got, idx, 1));
    np!(np.add.at(want, expected, 1));
    assert_eq!(got, want, "add.at, {what}");
    let m = arange(100).into_reshape((10, 10));
    assert_eq!(np!(m[idx, idx]), np!(m[expected, expected]), "pick, {what}");
    assert_eq!(np!(m[:, idx]), np!(m[:, expected]), "column take, {what}");
}

#[test]
fn int64_views_in_every_layout_index_as_intp() {
    let idx = Array1::from(vec![4i64, -1, 0, 7, -3, 2, 9, 5]);
    check_1d(idx.view(), "C order");
    check_1d(np!(idx[::2]), "stepped");
    check_1d(np!(idx[::-1]), "reversed");
    check_1d(np!(idx[1:-1]), "offset");
    check_1d(np!(idx[3:3]), "empty");
}

#[test]
fn two_dimensional_and_transposed_index_arrays() {
    let idx = Array2::from_shape_vec((2, 3), vec![0i64, -1, 3, 5, 2, -10]).unwrap();
    let a = arange(10);
    for (view, what) in [(idx.view(), "C order"), (np!(idx.T), "transposed")] {
        let expected = intp2(&view);
        assert_eq!(np!(a[view]), np!(a[expected]), "gather, {what}");
        assert_eq!(np!(a[view]).shape(), view.shape(), "shape, {what}");
        let (mut got, mut want) = (a.copy(), a.copy());
        np!(got[view] = 0);
        np!(want[expected] = 0);
        assert_eq!(got, want, "write, {what}");
    }
}

#[test]
fn unsigned_index_arrays_wrap_as_numpys_cast_does() {
    let a = arange(5);
    // NumPy: a[np.array([1, 2**64 - 1], dtype=np.uint64)] -> [1 4]
    let unsigned = Array1::from(vec![1u64, u64::MAX]);
    assert_eq!(np!(a[unsigned]).to_string(), "[1 4]");
    let reversed = np!(unsigned[::-1]);
    assert_eq!(np!(a[reversed]).to_string(), "[4 1]");
    let sizes = vec![0usize, 4, usize::MAX - 1];
    assert_eq!(np!(a[sizes]).to_string(), "[0 4 3]");
    // NumPy: a[np.array([2**63], dtype=np.uint64)] -> IndexError, index -9223372036854775808
    let too_far = Array1::from(vec![1u64 << 63]);
    let e = np!(try a[too_far]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Index);
    assert_eq!(
        e.to_string(),
        "index -9223372036854775808 is out of bounds for axis 0 with size 5"
    );
}

#[test]
fn out_of_bounds_errors_name_the_first_bad_index_and_write_nothing() {
    let idx = Array1::from(vec![1i64, 12, -20, 3]);
    let mut a = arange(10);
    for view in [idx.view(), np!(idx[::-1])] {
        let first_bad = view.iter().find(|&&i| !(-10..10).contains(&i)).unwrap();
        let text = format!("index {first_bad} is out of bounds for axis 0 with size 10");
        assert_eq!(np!(try a[view]).unwrap_err().to_string(), text);
        assert_eq!(np!(try a[view] = 0).unwrap_err().to_string(), text);
        assert_eq!(
            np!(try np.add.at(a, view, 1)).unwrap_err().to_string(),
            text
        );
        assert_eq!(a, arange(10), "a failed write changes nothing");
    }
}
