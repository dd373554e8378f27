//! `np!` on ndarray's own arrays and views (reads, mutable views, writes, split borrows,
//! right-hand sides), and the conversions both ways without copying (checked by comparing data
//! pointers). Expected values from NumPy running the same lines on `np.arange`.

use npview::{np, shares_memory, Array1, Array2, ArrayView1, ArrayView2, ArrayViewMut1};

fn nd_matrix() -> ndarray::Array2<i64> {
    // np.arange(12).reshape(3, 4)
    ndarray::Array::from_iter(0..12)
        .into_shape_with_order((3, 4))
        .unwrap()
}

#[test]
fn reads_of_ndarray_arrays_are_npview_views_and_copies() {
    let m = nd_matrix();
    let row: ArrayView1<i64> = np!(m[1]);
    assert_eq!(row.to_string(), "[4 5 6 7]");
    assert_eq!(row.as_ptr(), m.row(1).as_ptr());
    let corner: ArrayView2<i64> = np!(m[1:, ::2]);
    assert_eq!(corner.to_string(), "[[ 4  6]\n [ 8 10]]");
    let picked: Array1<i64> = np!(m[[0, 2], 3]);
    assert_eq!(picked.to_string(), "[ 3 11]");
    let big: Array1<i64> = np!(m[m > 8]);
    assert_eq!(big.to_string(), "[ 9 10 11]");
    // A view of an ndarray view, and of a mutable one, reads the same memory.
    let v = m.view();
    let col: ArrayView1<i64> = np!(v[:, 2]);
    assert_eq!(col.to_string(), "[ 2  6 10]");
    assert_eq!(col.as_ptr(), m.column(2).as_ptr());
}

#[test]
fn writes_into_ndarray_arrays_and_mutable_views() {
    let mut m = nd_matrix();
    np!(m[0] = -1);
    np!(m[m > 9] = 0);
    np!(m[:, 1] += 100);
    // NumPy: m = np.arange(12).reshape(3, 4); m[0] = -1; m[m > 9] = 0; m[:, 1] += 100
    assert_eq!(
        format!("{:?}", npview::Array::from(m.clone())),
        "array([[ -1,  99,  -1,  -1],\n       [  4, 105,   6,   7],\n       [  8, 109,   0,   0]])"
    );
    let mut view = m.view_mut();
    let mut tail: ArrayViewMut1<i64> = np!(&mut view[2, 1:]);
    tail[0] = 7;
    np!(view[1, ::2] = 1);
    assert_eq!(m.row(2).to_vec(), vec![8, 7, 0, 0]);
    assert_eq!(m.row(1).to_vec(), vec![1, 105, 1, 7]);
}

#[test]
fn split_borrows_of_an_ndarray_array() {
    let mut m = nd_matrix();
    let (mut top, mut bottom) = np!(&mut m[:1], &mut m[1:]);
    top[[0, 0]] = 100;
    bottom[[0, 0]] = 200;
    assert_eq!(m[[0, 0]], 100);
    assert_eq!(m[[1, 0]], 200);
}

#[test]
fn owned_ndarray_arrays_as_values() {
    let mut a = Array2::<i64>::zeros((2, 3));
    let row = ndarray::array![1i64, 2, 3];
    np!(a[:] = row);
    np!(a[1] += ndarray::array![10i64, 20, 30]);
    assert_eq!(a.to_string(), "[[ 1  2  3]\n [11 22 33]]");
    let sum = np!(a + &row);
    assert_eq!(sum.to_string(), "[[ 2  4  6]\n [12 24 36]]");
}

#[test]
fn conversions_both_ways_keep_the_memory() {
    let nd = nd_matrix();
    let ptr = nd.as_ptr();
    let ours = npview::Array::from(nd);
    assert_eq!(ours.as_ptr(), ptr);
    let back: ndarray::Array2<i64> = ours.into();
    assert_eq!(back.as_ptr(), ptr);

    let view: npview::ArrayView2<i64> = back.view().into();
    assert_eq!(view.as_ptr(), ptr);
    let nd_view: ndarray::ArrayView2<i64> = view.into();
    assert_eq!(nd_view.as_ptr(), ptr);

    let mut owner = nd_matrix();
    let ptr = owner.as_ptr();
    let view_mut: npview::ArrayViewMut2<i64> = owner.view_mut().into();
    assert_eq!(view_mut.as_ptr(), ptr);
    let nd_view_mut: ndarray::ArrayViewMut2<i64> = view_mut.into();
    assert_eq!(nd_view_mut.as_ptr(), ptr);

    // A view npview made of an ndarray array shares its memory by NumPy's rule.
    let nd = nd_matrix();
    let ours = npview::Array::from(nd.clone());
    let v = np!(nd[1:]);
    assert!(shares_memory(&v, &np!(nd[2])));
    assert!(!shares_memory(&v, &ours));
}

#[test]
fn ndarray_views_index_as_keys_and_masks() {
    let m = nd_matrix();
    let keys = ndarray::array![2i64, 0];
    let mask = ndarray::array![true, false, true];
    // NumPy: m[[2, 0]], m[np.array([True, False, True]), 1]
    let rows = np!(m[keys.view()]);
    assert_eq!(rows.to_string(), "[[ 8  9 10 11]\n [ 0  1  2  3]]");
    let kv = keys.view();
    let again = np!(m[&kv, 3]);
    assert_eq!(again.to_string(), "[11  3]");
    let picked = np!(m[mask.view(), 1]);
    assert_eq!(picked.to_string(), "[1 9]");
}
