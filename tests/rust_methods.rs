//! NumPy's reductions and view functions as Rust methods of arrays and views (outside `np!`):
//! NumPy's values and dtypes (the types of the results), errors and views. Expected values
//! from NumPy 2.4.6 running the same calls (noted per line).

use npview::{arange, array, np, shares_memory, Array1, Array2};

#[test]
fn reductions_give_numpys_values_and_dtypes() {
    // a = np.array([3, -1, 4, 1, 5, 9, 2, 6], dtype=np.int32)
    let a = array![3i32, -1, 4, 1, 5, 9, 2, 6];
    let sum: i64 = a.sum(); // np.int64(29)
    assert_eq!(sum, 29);
    assert_eq!(a.prod(), -6480i64);
    let mean: f64 = a.mean(); // np.float64(3.625)
    assert_eq!(mean, 3.625);
    assert_eq!(a.var(0), 8.484375);
    assert_eq!(a.std(1), 3.113908889391045);
    assert_eq!((a.min().unwrap(), a.max().unwrap()), (-1, 9));
    assert_eq!((a.argmin().unwrap(), a.argmax().unwrap()), (1, 5));
    assert!(a.any() && a.all());
    assert_eq!(a.cumsum().to_string(), "[ 3  2  6  7 12 21 23 29]");

    // m = np.arange(12, dtype=np.uint8).reshape(3, 4)
    let m: Array2<u8> = Array1::from((0..12u8).collect::<Vec<_>>()).into_reshape((3, 4));
    let total: u64 = m.sum(); // np.uint64(66)
    assert_eq!(total, 66);
    assert_eq!(
        format!("{:?}", m.sum_axis(0).unwrap()),
        "array([12, 15, 18, 21], dtype=uint64)"
    );
    assert_eq!(
        format!("{:?}", m.sum_axis(-1).unwrap()),
        "array([ 6, 22, 38], dtype=uint64)"
    );
    assert_eq!(
        format!("{:?}", m.mean_axis(1).unwrap()),
        "array([1.5, 5.5, 9.5])"
    );
    // m.sum(axis=2): AxisError
    assert_eq!(
        m.sum_axis(2).unwrap_err().to_string(),
        "axis 2 is out of bounds for array of dimension 2"
    );

    // f = np.array([1.5, np.nan, -2.0]): NaN wins max and argmax
    let f = array![1.5, f64::NAN, -2.0];
    assert!(f.sum().is_nan() && f.max().unwrap().is_nan() && f.mean().is_nan());
    assert_eq!(f.argmax().unwrap(), 1);

    // b = np.array([True, False, True])
    let b = array![true, false, true];
    assert_eq!(b.sum(), 2i64);
    assert_eq!(b.mean(), 0.6666666666666666);
    assert!(b.any() && !b.all());
}

#[test]
fn empty_arrays_give_numpys_values_and_errors() {
    let e = Array1::<f64>::zeros(0);
    assert_eq!(e.sum(), 0.0);
    assert!(e.mean().is_nan()); // NumPy also warns: RuntimeWarning: Mean of empty slice
    assert_eq!(
        e.max().unwrap_err().to_string(),
        "zero-size array to reduction operation maximum which has no identity"
    );
    assert_eq!(
        Array1::<i64>::zeros(0).argmax().unwrap_err().to_string(),
        "attempt to get argmax of an empty sequence"
    );
}

#[test]
fn reductions_of_views_and_of_a_mask() {
    let a = arange(10);
    let evens = np!(a[::2]);
    assert_eq!(evens.sum(), 20i64); // np.arange(10)[::2].sum()
    let big = np!(a > 6); // (img > 128).sum() as a NumPy user writes it
    assert_eq!(big.sum(), 3i64);
    let mut b = arange(4);
    let v = np!(&mut b[1:]);
    assert_eq!(v.max().unwrap(), 3);
}

#[test]
fn view_functions_give_views_of_numpys_shapes() {
    // t = np.arange(24).reshape(2, 3, 4)
    let t = arange(24).into_reshape((2, 3, 4));
    assert_eq!(t.swapaxes(0, 2).unwrap().shape(), &[4, 3, 2]);
    assert_eq!(t.moveaxis(0, -1).unwrap().shape(), &[3, 4, 2]);
    assert_eq!(t.expand_dims(1).unwrap().shape(), &[2, 1, 3, 4]);
    assert_eq!(t.transpose().shape(), &[4, 3, 2]);
    let flipped = t.flip(1).unwrap();
    assert_eq!(
        np!(flipped[0]).to_string(),
        "[[ 8  9 10 11]\n [ 4  5  6  7]\n [ 0  1  2  3]]"
    );
    assert!(shares_memory(&t, &flipped));
    assert_eq!(
        t.swapaxes(0, 3).unwrap_err().to_string(),
        "axis2: axis 3 is out of bounds for array of dimension 3"
    );

    let m = arange(6).into_reshape((2, 3));
    assert_eq!(m.diagonal().unwrap().to_string(), "[0 4]");
    assert_eq!(
        arange(3).diagonal().unwrap_err().to_string(),
        "diag requires an array of at least two dimensions"
    );
    let row = arange(3);
    assert_eq!(
        row.broadcast_to([2, 3]).unwrap().to_string(),
        "[[0 1 2]\n [0 1 2]]"
    );
    assert!(m.ravel().is_view());
    assert!(!m.transpose().ravel().is_view());
    let flat = m.transpose().flatten();
    assert_eq!(flat.to_string(), "[0 3 1 4 2 5]");
    assert!(!shares_memory(&m, &flat));
}

#[test]
fn mutable_view_functions_write_through() {
    let mut m = arange(6).into_reshape((2, 3));
    m.transpose_mut()[[2, 0]] = 20;
    m.swapaxes_mut(0, 1).unwrap()[[1, 1]] = -4;
    m.flip_mut(1).unwrap()[[0, 2]] = 100;
    // NumPy: m.T[2, 0] = 20; m.swapaxes(0, 1)[1, 1] = -4; np.flip(m, 1)[0, 2] = 100
    assert_eq!(m.to_string(), "[[100   1  20]\n [  3  -4   5]]");
}
