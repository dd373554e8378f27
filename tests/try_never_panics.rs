//! Every run-time failure of a `try` form is an `Err` with NumPy's text, never a panic, and a
//! failed or partial write never changes data. Expected values from NumPy 2.4 (noted per case).

use std::cell::Cell;

use npview::{arange, array, np, Array1, Array2, ErrorKind};

#[test]
fn masks_from_operands_that_do_not_broadcast() {
    // NumPy: a[b > c] and a[b > c] = 0 with b of shape (3,), c of shape (2,):
    // ValueError: operands could not be broadcast together with shapes (3,) (2,)
    let mut a = arange(3);
    let (b, c) = (arange(3), arange(2));
    let e = np!(try a[b > c]).unwrap_err();
    assert_eq!(
        (e.kind(), e.message()),
        (
            ErrorKind::Value,
            "operands could not be broadcast together with shapes (3,) (2,) "
        )
    );
    let e = np!(try a[b > c] = 0).unwrap_err();
    assert_eq!(
        e.message(),
        "operands could not be broadcast together with shapes (3,) (2,) "
    );
    let e = np!(try a[b > c] += 1).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Value);
    assert_eq!(a.to_string(), "[0 1 2]");
}

#[test]
fn split_borrows_of_zero_sized_elements() {
    let mut z = Array1::from(vec![(); 5]);
    let (end, start) = (2, 1);
    let e = np!(try &mut z[:end], &mut z[start:])
        .map(|_| ())
        .unwrap_err();
    assert_eq!(
        e.message(),
        "mutable views 1 and 2 overlap: they share memory, so they cannot both be written at the same time"
    );
    let (left, right) = np!(&mut z[:2], &mut z[2:]);
    assert_eq!((left.len(), right.len()), (2, 3));
}

#[test]
fn broadcast_index_arrays_too_large_to_count() {
    // NumPy: x = np.zeros((4, 4)); i = np.broadcast_to(0, (2**32,));
    // x[i[:, None], i[None, :]] -> ValueError: iterator is too large
    let m = Array2::<i64>::zeros((4, 4));
    let zero = [0isize];
    let column = ndarray::ArrayView2::from_shape(
        ndarray::ShapeBuilder::strides((1usize << 32, 1), (0, 0)),
        &zero,
    )
    .unwrap();
    let row = ndarray::ArrayView2::from_shape(
        ndarray::ShapeBuilder::strides((1, 1usize << 32), (0, 0)),
        &zero,
    )
    .unwrap();
    let (i, j) = (
        npview::ArrayView::from_ndarray(column),
        npview::ArrayView::from_ndarray(row),
    );
    let e = np!(try m[i, j]).unwrap_err();
    assert_eq!(
        (e.kind(), e.message()),
        (ErrorKind::Value, "iterator is too large")
    );
}

#[test]
fn shapes_past_numpys_limits() {
    // NumPy: np.zeros((2**63,)), np.arange(2).reshape(2**63):
    // ValueError: Maximum allowed dimension exceeded
    let e = Array1::<i64>::try_zeros(1usize << 63)
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), "Maximum allowed dimension exceeded");
    let e = arange(2).try_reshape(1usize << 63).map(|_| ()).unwrap_err();
    assert_eq!(e.to_string(), "Maximum allowed dimension exceeded");
    let e = Array2::<i64>::from_shape_vec((usize::MAX, 0), vec![])
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), "Maximum allowed dimension exceeded");
    // np.zeros((2**62, 4)) -> array is too big; ...
    let e = Array2::<i64>::try_zeros((1 << 62, 4))
        .map(|_| ())
        .unwrap_err();
    assert!(e.to_string().starts_with("array is too big;"));
}

#[test]
fn constructors_count_bytes_not_elements() {
    // NumPy 2.4.6: np.zeros((2**31, 2**31)), np.ones(2**61, dtype=np.int64), np.full(2**61, 3),
    // np.eye(2**31) -> ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger
    // than the maximum possible size. (2**62 elements fit `isize`, their bytes do not.)
    let too_big = "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.";
    let e = np!(try np.zeros((2147483648, 2147483648)))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), too_big);
    let e = np!(try np.ones(2305843009213693952, dtype=np.int64))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), too_big);
    let e = np!(try np.full(2305843009213693952, 3))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), too_big);
    let e = np!(try np.eye(2147483648)).map(|_| ()).unwrap_err();
    assert_eq!(e.to_string(), too_big);
    // A zero length does not excuse the others, and the lengths are checked in order:
    // np.zeros((0, 2**62, 4)), np.zeros((2**60, 0)), np.zeros((2**62, 4, -1)) -> too big;
    // np.zeros((-1, 2**62, 4)) -> ValueError: negative dimensions are not allowed;
    // np.eye(2**59, 0).shape -> (576460752303423488, 0); np.zeros((0, 3)).shape -> (0, 3).
    let e = np!(try np.zeros((0, 4611686018427387904, 4)))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), too_big);
    let e = np!(try np.zeros((1152921504606846976, 0)))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), too_big);
    let e = np!(try np.zeros((4611686018427387904, 4, -1)))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), too_big);
    let e = np!(try np.zeros((-1, 4611686018427387904, 4)))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), "negative dimensions are not allowed");
    let empty = np!(try np.eye(576460752303423488, 0)).unwrap();
    assert_eq!(empty.shape(), [576460752303423488, 0]);
    assert_eq!(np!(np.zeros((0, 3))).shape(), [0, 3]);
    // Array2::<i64>::try_zeros((0, 2**62)): np.zeros((0, 2**62), dtype=np.int64) -> too big.
    let e = Array2::<i64>::try_zeros((0, 1 << 62))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.to_string(), too_big);
}

#[test]
fn integer_writes_wrap_and_never_stop_halfway() {
    // NumPy: c = np.array([10, 20, 30]); c[:] %= [2, 0, 2] -> [0 0 0]
    let mut c = array![10i64, 20, 30];
    np!(c[:] %= [2, 0, 2]);
    assert_eq!(c.to_string(), "[0 0 0]");
    // d = np.array([1, 2**63 - 1, 3]); d += 1 -> [2 -9223372036854775808 4]
    let mut d = array![1i64, i64::MAX, 3];
    np!(d[:] += 1);
    assert_eq!(
        d.to_string(),
        "[                   2 -9223372036854775808                    4]"
    );
    // e = np.array([5, -8, 1], dtype=np.int8); e <<= 7 -> [-128 0 -128]; e >>= 9 -> [-1 0 -1]
    let mut e = array![5i8, -8, 1];
    np!(e[:] <<= 7);
    assert_eq!(e.to_string(), "[-128    0 -128]");
    np!(e[...] >>= 9);
    assert_eq!(e.to_string(), "[-1  0 -1]");
    // The same rules through Rust's operators on a view: v = c[:2]; v *= -4611686018427387904
    let mut v = np!(&mut d[:2]);
    v *= -4611686018427387904i64;
    assert_eq!(v.to_string(), "[-9223372036854775808                    0]");
}

thread_local! {
    static CLONES: Cell<usize> = const { Cell::new(0) };
}

/// A `Copy` element whose `Clone` counts its calls (Rust allows the two to differ; a clone
/// here is a visible touch).
#[derive(Copy, PartialEq, Debug)]
struct Counted(i64);

#[allow(clippy::non_canonical_clone_impl, clippy::expl_impl_clone_on_copy)]
impl Clone for Counted {
    fn clone(&self) -> Self {
        CLONES.with(|c| c.set(c.get() + 1));
        *self
    }
}

#[test]
fn a_fused_mask_write_leaves_unselected_elements_alone() {
    let keys = arange(6);
    let mut a = Array1::from((0..6).map(Counted).collect::<Vec<_>>());
    CLONES.with(|c| c.set(0));
    np!(a[keys > 3] = vec![Counted(-1)]);
    let values: Vec<i64> = a.iter().map(|c| c.0).collect();
    // NumPy: a = np.arange(6); a[np.arange(6) > 3] = -1 -> [0 1 2 3 -1 -1]
    assert_eq!(values, [0, 1, 2, 3, -1, -1]);
    assert!(
        CLONES.with(Cell::get) <= 2,
        "only the two selected elements may be written"
    );
}

#[test]
fn fused_mask_updates_change_only_selected_elements() {
    // Most operators run branch-free on every element, costly ones (float `%`, `**`) only on
    // the selected ones; either way only those change. NumPy 2.4.6, each from
    // a = np.array([1, 5, -7, 3, 10]) (or its float64 copy f):
    let start = || array![1i64, 5, -7, 3, 10];
    let mut a = start();
    np!(a[a > 2] %= 4);
    assert_eq!(a.to_string(), "[ 1  1 -7  3  2]");
    let mut a = start();
    np!(a[a > 2] **= 3);
    assert_eq!(a.to_string(), "[   1  125   -7   27 1000]");
    let mut a = start();
    let b = array![0i64, 1, 1, 0, 1];
    np!(a[b > 0] += 100);
    assert_eq!(a.to_string(), "[  1 105  93   3 110]");
    let mut f = array![1.0, 5.0, -7.0, 3.5, 10.0];
    np!(f[f > 2] **= 1.5);
    assert_eq!(
        f.to_string(),
        "[ 1.         11.18033989 -7.          6.54790043 31.6227766 ]"
    );
    let mut f = array![1.0, 5.0, -7.0, 3.5, 10.0];
    np!(f[f > 2] %= -3);
    assert_eq!(f.to_string(), "[ 1.  -1.  -7.  -2.5 -2. ]");
}
