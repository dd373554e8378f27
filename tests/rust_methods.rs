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

#[test]
fn splits_give_numpys_pieces_as_views() {
    let m: Array2<i64> = arange(12).into_reshape((3, 4));
    // [x.tolist() for x in np.split(m, 2, axis=1)]
    let halves = m.split(2, 1).unwrap();
    assert_eq!(halves[0].to_string(), "[[0 1]\n [4 5]\n [8 9]]");
    assert_eq!(halves[1].to_string(), "[[ 2  3]\n [ 6  7]\n [10 11]]");
    assert!(halves.iter().all(|h| shares_memory(h, &m)));
    // np.array_split(np.arange(7), 3) -> [0, 1, 2], [3, 4], [5, 6]
    let seven = arange(7);
    let parts: Vec<String> = seven
        .array_split(3, 0)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(parts, ["[0 1 2]", "[3 4]", "[5 6]"]);
    // np.split(np.arange(10), [3, -2]) and [5, 2] (Python's slices: empty, overlapping)
    let ten = arange(10);
    let parts: Vec<String> = ten
        .split_at_indices(&[3, -2], 0)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(parts, ["[0 1 2]", "[3 4 5 6 7]", "[8 9]"]);
    let parts: Vec<String> = ten
        .split_at_indices(&[5, 2], 0)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(parts, ["[0 1 2 3 4]", "[]", "[2 3 4 5 6 7 8 9]"]);
    // np.hsplit(np.arange(6), 3): a 1-d array splits along axis 0
    assert_eq!(arange(6).hsplit(3).unwrap()[2].to_string(), "[4 5]");
    // ValueError: vsplit only works on arrays of 2 or more dimensions
    let e = arange(6).vsplit(3).unwrap_err();
    assert_eq!(
        e.message(),
        "vsplit only works on arrays of 2 or more dimensions"
    );
    // ValueError: array split does not result in an equal division
    let e = arange(6).split(4, 0).unwrap_err();
    assert_eq!(
        e.message(),
        "array split does not result in an equal division"
    );
}

#[test]
fn mutable_splits_are_disjoint_and_write_through() {
    let mut m: Array2<i64> = arange(12).into_reshape((3, 4));
    let mut rows = m.split_mut(3, 0).unwrap();
    let (first, rest) = rows.split_at_mut(1);
    first[0].assign(&rest[1]);
    rest[0].fill(0);
    assert_eq!(
        m.to_string(),
        "[[ 8  9 10 11]\n [ 0  0  0  0]\n [ 8  9 10 11]]"
    );
    let mut v = arange(7);
    for (k, mut piece) in v.array_split_mut(3, 0).unwrap().into_iter().enumerate() {
        piece.fill(k as i64);
    }
    assert_eq!(v.to_string(), "[0 0 0 1 1 2 2]");
}

#[test]
fn ascontiguousarray_is_a_view_only_of_c_order() {
    let r: Array2<i64> = arange(6).into_reshape((2, 3));
    assert!(r.ascontiguousarray().is_view());
    // c = np.ascontiguousarray(r.T): [[0, 3], [1, 4], [2, 5]], a C-contiguous copy
    let c = r.t().ascontiguousarray();
    assert!(!c.is_view());
    assert_eq!(c.to_string(), "[[0 3]\n [1 4]\n [2 5]]");
    assert!(!shares_memory(&c, &r));
}

#[test]
fn flat_reads_and_writes() {
    let mut r: Array2<i64> = arange(6).into_reshape((2, 3));
    // r.T.flat[1], r.flat[-1], r.T.flat[[0, -1, 4]] -> 3, 5, [0 5 2]
    assert_eq!(r.t().flat_get(1), Ok(3));
    assert_eq!(r.flat_get(-1), Ok(5));
    assert_eq!(r.t().flat_take(&[0, -1, 4]).unwrap().to_string(), "[0 5 2]");
    // IndexError: index 6 is out of bounds for size 6
    assert_eq!(
        r.flat_get(6).unwrap_err().message(),
        "index 6 is out of bounds for size 6"
    );
    r.flat_set(4, 40).unwrap();
    assert_eq!(r.to_string(), "[[ 0  1  2]\n [ 3 40  5]]");
    assert!(r.flat_set(-7, 1).is_err());
    assert_eq!(r.to_string(), "[[ 0  1  2]\n [ 3 40  5]]");
}

#[test]
fn ufunc_at_methods_are_unbuffered_unlike_compound_assignment() {
    // a = np.arange(4); np.add.at(a, [0, 0, 2], 1) -> [2 1 3 3]
    let mut a = arange(4);
    a.add_at(&[0, 0, 2], 1).unwrap();
    assert_eq!(a.to_string(), "[2 1 3 3]");
    // a = np.arange(4); a[[0, 0, 2]] += 1 -> [1 1 3 3]
    let mut b = arange(4);
    np!(b[[0, 0, 2]] += 1);
    assert_eq!(b.to_string(), "[1 1 3 3]");
    // f = np.arange(4.); np.maximum.at(f, [0, 3], 2.5) -> [2.5 1.  2.  3. ]
    let mut f = Array1::from(vec![0.0, 1.0, 2.0, 3.0]);
    f.maximum_at(&[0, 3], 2.5).unwrap();
    assert_eq!(f.to_string(), "[2.5 1.  2.  3. ]");
    // m2 = np.arange(12).reshape(3, 4); np.subtract.at(m2, [2, 0, 2], 1): rows
    let mut m2: Array2<i64> = arange(12).into_reshape((3, 4));
    m2.subtract_at(&[2, 0, 2], 1).unwrap();
    assert_eq!(
        m2.to_string(),
        "[[-1  0  1  2]\n [ 4  5  6  7]\n [ 6  7  8  9]]"
    );
    // IndexError: index 5 is out of bounds for axis 0 with size 4; a unchanged
    let mut c = arange(4);
    let e = c.add_at(&[1, 5], 1).unwrap_err();
    assert_eq!(
        e.message(),
        "index 5 is out of bounds for axis 0 with size 4"
    );
    assert_eq!(c.to_string(), "[0 1 2 3]");
}

#[test]
fn copies_keep_numpys_memory_order() {
    // a = np.arange(6).reshape(2, 3); b = np.arange(24).reshape(2, 3, 4)
    let a = arange(6).into_reshape((2, 3));
    let b = arange(24).into_reshape((2, 3, 4));
    // Strides in elements (NumPy's in bytes, divided by 8).
    let c = np!(a.T.copy()); // a.T.copy().strides == (16, 8): `ndarray.copy` is order='C'
    assert_eq!(
        (c.strides(), c.to_string()),
        (&[2, 1][..], "[[0 3]\n [1 4]\n [2 5]]".into())
    );
    let k = np!(np.copy(a.T)); // np.copy(a.T).strides == (8, 24): `np.copy` is order='K'
    assert_eq!((k.strides(), k.to_string()), (&[1, 3][..], c.to_string()));
    let r = np!(np.copy(a[:, ::-1])); // (24, 8)
    assert_eq!(
        (r.strides(), r.to_string()),
        (&[3, 1][..], "[[2 1 0]\n [5 4 3]]".into())
    );
    let t = np!(np.copy(np.transpose(b, (2, 0, 1)))); // (8, 96, 32)
    assert_eq!(t.strides(), [1, 12, 4]);
    assert_eq!(t.to_string(), np!(np.transpose(b, (2, 0, 1))).to_string());
    assert_eq!(np!(np.transpose(b, (2, 0, 1)).copy()).strides(), [6, 3, 1]); // (48, 24, 8)
    assert_eq!(np!(np.copy(b[:, ::-1, ::2])).strides(), [6, 2, 1]); // (48, 16, 8)
    let flipped = np!(np.copy(b[::-1].T)); // (8, 32, 96)
    assert_eq!(flipped.strides(), [1, 4, 12]);
    assert_eq!(flipped.to_string(), np!(b[::-1].T).to_string());
    // The Rust method is NumPy's `.copy()`: C order, also for a transposed matrix.
    let m = a.t().copy();
    assert_eq!((m.strides(), m.to_string()), (&[2, 1][..], c.to_string()));
    assert!(!shares_memory(&a, &k) && !shares_memory(&a, &m));
}
