//! Reading and writing single elements with integers (`a[i, j]`, `a[i, j] = v`,
//! `a[i, j] += v`, `a[i]`): the fast path that narrows the array in place must give what the
//! general index path gives, value for value and error for error. Expected values follow
//! NumPy's rules for integer indices: `-k` counts from the end, an index outside `-n..n` is
//! NumPy's `IndexError` (text from NumPy 2.4), more integers than axes is refused first, and a
//! failed write changes nothing.

use npview::{arange, np, Array1, Array2, ErrorKind};

fn matrix() -> Array2<i64> {
    arange(12).into_reshape((3, 4))
}

/// NumPy's `m[i, j]` for `m = np.arange(12).reshape(3, 4)`: row-major position.
fn numpy_value(i: isize, j: isize) -> i64 {
    let (r, c) = (i.rem_euclid(3), j.rem_euclid(4));
    (r * 4 + c) as i64
}

#[test]
fn every_element_and_every_negative_spelling() {
    let m = matrix();
    for i in -3isize..3 {
        for j in -4isize..4 {
            assert_eq!(np!(m[i, j]), numpy_value(i, j), "m[{i}, {j}]");
            assert_eq!(*np!(&m[i, j]), numpy_value(i, j), "&m[{i}, {j}]");
        }
    }
    // Other integer types index the same way.
    let (i, j) = (2u8, -1i32);
    assert_eq!(np!(m[i, j]), 11);
    let v = m.view();
    assert_eq!(np!(v[1usize, 2u64]), 6);
}

#[test]
fn integers_that_leave_axes_give_views() {
    let m = matrix();
    let row = np!(m[-1]);
    assert_eq!(row.to_string(), "[ 8  9 10 11]");
    assert!(row.base().is_some_and(|b| b.is(&m)));
    let cube = arange(24).into_reshape((2, 3, 4));
    let plane = np!(cube[1]);
    assert_eq!(plane.shape(), &[3, 4]);
    assert_eq!(np!(cube[1, -1]).to_string(), "[20 21 22 23]");
}

#[test]
fn element_writes_and_compound_writes() {
    let mut m = matrix();
    np!(m[1, -1] = 100);
    np!(m[-3, 0] += 5);
    np!(m[2, 2] *= 3);
    assert_eq!(
        m.to_string(),
        "[[  5   1   2   3]\n [  4   5   6 100]\n [  8   9  30  11]]"
    );
    let mut f = Array1::<f64>::zeros(3);
    let x = 1.5;
    np!(f[1] = x * 2.0);
    np!(f[-1] -= 0.25);
    assert_eq!(f.to_string(), "[ 0.    3.   -0.25]");
    // A whole row through one integer: the value broadcasts along it.
    np!(m[0] += 1);
    assert_eq!(np!(m[0]).to_string(), "[6 2 3 4]");
}

#[test]
fn errors_are_numpys_and_change_nothing() {
    let mut m = matrix();
    let e = np!(try m[3, 0]).unwrap_err();
    assert_eq!(
        (e.kind(), e.message()),
        (
            ErrorKind::Index,
            "index 3 is out of bounds for axis 0 with size 3"
        )
    );
    let e = np!(try m[0, -5]).unwrap_err();
    assert_eq!(
        e.message(),
        "index -5 is out of bounds for axis 1 with size 4"
    );
    let e = np!(try m[1, 9] = 7).unwrap_err();
    assert_eq!(
        e.message(),
        "index 9 is out of bounds for axis 1 with size 4"
    );
    let e = np!(try m[-4, 0] += 7).unwrap_err();
    assert_eq!(
        e.message(),
        "index -4 is out of bounds for axis 0 with size 3"
    );
    assert_eq!(m, matrix());
    // On an array of dynamic rank, too many integers is refused before any is checked.
    let d = matrix().into_dyn();
    let (i, j, k) = (0usize, 0usize, 99usize);
    let e = np!(try d[i, j, k]).map(|_| ()).unwrap_err();
    assert_eq!(
        e.message(),
        "too many indices for array: array is 2-dimensional, but 3 were indexed"
    );
    // Untyped integer variables (their type settles only by integer fallback) in the `try`
    // form, which once reported "expected `()`, found `ArrayView`".
    let (i, j, k) = (1, 2, 99);
    let e = np!(try d[i, j, k]).map(|_| ()).unwrap_err();
    assert_eq!(
        e.message(),
        "too many indices for array: array is 2-dimensional, but 3 were indexed"
    );
    assert_eq!(format!("{}", np!(try d[i, j]).unwrap()), "6");
    // An index past `isize` takes the general path to NumPy's refusal (NumPy 2.4:
    // `OverflowError: Python int too large to convert to C long`).
    let big = u64::MAX;
    let e = np!(try m[big, 0]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Overflow);
    // NumPy refuses it even behind an index out of bounds, in reads and writes alike
    // (`m[9, 2**64 - 1]`, `m[9, 2**64 - 1] = 0`: OverflowError), and writes nothing.
    let nine = 9u64;
    let e = np!(try m[nine, big]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Overflow);
    let e = np!(try m[nine, big] = 0).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Overflow);
    let e = np!(try m[nine, big] += 1).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Overflow);
    // NumPy reads the index before it applies the operator: `m[9, 0] **= -1` is the
    // IndexError, not the ValueError of a negative integer power.
    let e = np!(try m[nine, 0] **= -1).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Index);
    // ... and refuses an integer past `intp` before it counts the indices (`d[0, 0, 2**64 -
    // 1]` on a 2-d array: OverflowError, not too many indices).
    let d = matrix().into_dyn();
    let e = np!(try d[0, 0, big]).map(|_| ()).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Overflow);
    let e = np!(try m[1, nine]).unwrap_err();
    assert_eq!(
        (e.kind(), e.message()),
        (
            ErrorKind::Index,
            "index 9 is out of bounds for axis 1 with size 4"
        )
    );
    assert_eq!(m, matrix());
}

#[test]
fn integers_with_slices_give_views_and_write_through() {
    // NumPy: m = np.arange(12).reshape(3, 4)
    let mut m = matrix();
    let (i, j) = (1isize, -1isize);
    assert_eq!(np!(m[i, 1:3]).to_string(), "[5 6]");
    assert_eq!(np!(m[:, j]).to_string(), "[ 3  7 11]");
    assert_eq!(np!(m[-1, ::-2]).to_string(), "[11  9]");
    assert_eq!(np!(m[0, 1..=2]).to_string(), "[1 2]");
    assert!(np!(m[i, 1:3]).base().is_some_and(|b| b.is(&m)));
    np!(m[1, 1:3] = [70, 80]);
    np!(m[:, 0] += 100);
    assert_eq!(
        m.to_string(),
        "[[100   1   2   3]\n [104  70  80   7]\n [108   9  10  11]]"
    );
    // NumPy: ValueError: slice step cannot be zero; IndexError for the integer; m unchanged.
    let before = m.clone();
    // (A literal zero step is refused at compile time; a variable one here.)
    let zero = 0;
    let e = np!(try m[0, ::zero]).map(|_| ()).unwrap_err();
    assert_eq!(
        (e.kind(), e.message()),
        (ErrorKind::Value, "slice step cannot be zero")
    );
    let e = np!(try m[5, 1:] = 0).unwrap_err();
    assert_eq!(
        e.message(),
        "index 5 is out of bounds for axis 0 with size 3"
    );
    let e = np!(try m[1:, 4] += 1).unwrap_err();
    assert_eq!(
        e.message(),
        "index 4 is out of bounds for axis 1 with size 4"
    );
    assert_eq!(m, before);
}

#[test]
fn literal_integers_with_slices_on_static_and_dynamic_rank() {
    // Integer literals with slices take their own read path (the integers counted at compile
    // time); these are NumPy's answers for m = np.arange(12).reshape(3, 4) and m.reshape(3, 2, 2).
    let m = matrix();
    assert_eq!(np!(m[2, 1:]).to_string(), "[ 9 10 11]");
    assert_eq!(np!(m[1:, -1]).to_string(), "[ 7 11]");
    assert_eq!(np!(m[-3, ::-1]).to_string(), "[3 2 1 0]");
    let cube = arange(12).into_reshape((3, 2, 2));
    assert_eq!(np!(cube[1, :, 0]).to_string(), "[4 6]");
    assert_eq!(np!(cube[::2, 1, 1]).to_string(), "[ 3 11]");
    assert_eq!(np!(cube[2, 1:, :]).to_string(), "[[10 11]]");
    let d = matrix().into_dyn();
    let row = np!(d[1, 1:3]);
    assert_eq!(
        (row.to_string(), row.shape()),
        ("[5 6]".to_owned(), &[2][..])
    );
    // Errors in NumPy's order: the first bad item from the left, whatever follows it.
    let e = np!(try m[3, ::-1]).map(|_| ()).unwrap_err();
    assert_eq!(
        e.message(),
        "index 3 is out of bounds for axis 0 with size 3"
    );
    let e = np!(try m[:, -5]).map(|_| ()).unwrap_err();
    assert_eq!(
        e.message(),
        "index -5 is out of bounds for axis 1 with size 4"
    );
    let e = np!(try d[1, :, 0]).map(|_| ()).unwrap_err();
    assert_eq!(
        e.message(),
        "too many indices for array: array is 2-dimensional, but 3 were indexed"
    );
}
