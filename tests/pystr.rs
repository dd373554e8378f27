//! `npview::pystr` and `print(...)` inside `np!` write Python's `str()`: floats by Python's
//! repr rule (the shortest digits that read back, `.0` on whole numbers, exponent form below
//! 1e-4 and from 1e16, with two exponent digits at least), booleans as `True`/`False`, shapes
//! as tuples. The expected strings are what CPython prints for the same values.

use npview::{arange, array, np, pystr, Array0};

#[test]
fn floats_print_as_python_prints_them() {
    let cases: [(f64, &str); 12] = [
        (182.0, "182.0"),
        (1e-06, "1e-06"),
        (0.1, "0.1"),
        (0.0001, "0.0001"),
        (1e16, "1e+16"),
        (1234567890123456.0, "1234567890123456.0"),
        (-0.0, "-0.0"),
        (f64::NAN, "nan"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (1.5e300, "1.5e+300"),
        (2f64.sqrt(), "1.4142135623730951"),
    ];
    for (x, python) in cases {
        assert_eq!(pystr(&x), python, "str({x:?})");
    }
    // float32 prints its own shortest digits, as `str(np.float32(0.1))` does.
    assert_eq!(pystr(&0.1f32), "0.1");
}

#[test]
fn other_values_print_as_python_prints_them() {
    assert_eq!(pystr(&true), "True");
    assert_eq!(pystr(&false), "False");
    assert_eq!(pystr(&-7i8), "-7");
    assert_eq!(pystr("text"), "text");
    let m = arange(12).into_reshape((3, 4));
    assert_eq!(pystr(&np!(m.shape)), "(3, 4)");
    assert_eq!(pystr(&np!(m[0].shape)), "(4,)");
    assert_eq!(np!(m.ndim), 2);
    assert_eq!(np!(m.size), 12);
    assert_eq!(np!(m.shape).pattern(), (3, 4));
    let zero_d: Array0<i64> = Array0::from_shape_vec((), vec![5]).unwrap();
    assert_eq!(pystr(&np!(zero_d.shape)), "()");
    assert_eq!(pystr(&array![0.5, 1.0]), "[0.5 1. ]");
}

#[test]
fn a_length_of_the_shape_reads_as_python_indexes_a_tuple() {
    // NumPy: m = np.arange(12).reshape(3, 4); m.shape[0], m.shape[-1], m.shape[1] * 2 -> 3 4 8;
    // np.zeros(m.shape[1]) -> [0. 0. 0. 0.]; m[:m.shape[0] - 1] -> the first two rows;
    // m.shape[2] -> IndexError: tuple index out of range
    let m = arange(12).into_reshape((3, 4));
    assert_eq!((np!(m.shape[0]), np!(m.shape[-1])), (3, 4));
    assert_eq!(np!(m.shape[1] * 2), 8);
    assert_eq!(np!(np.zeros(m.shape[1])).to_string(), "[0. 0. 0. 0.]");
    assert_eq!(
        np!(m[:m.shape[0] - 1]).to_string(),
        "[[0 1 2 3]\n [4 5 6 7]]"
    );
    let past = np!(try m.shape[2]).unwrap_err();
    assert_eq!(past.to_string(), "tuple index out of range");
    assert_eq!(past.kind(), npview::ErrorKind::Index);
}

#[test]
fn len_is_pythons() {
    // NumPy: a = np.arange(5); m = np.arange(6).reshape(2, 3); len(a), len(m) -> 5 2;
    // a[-len(m)] -> 3; a + len(m) -> [2 3 4 5 6]; sum(a[i] for i in range(len(a))) -> 10;
    // len(np.array(5)) -> TypeError: len() of unsized object
    let a = arange(5);
    let m = arange(6).into_reshape((2, 3));
    assert_eq!((np!(len(a)), np!(len(m))), (5, 2));
    assert_eq!(np!(a[-len(m)]), 3);
    assert_eq!(np!(a + len(m)).to_string(), "[2 3 4 5 6]");
    let mut total = 0i64;
    np! {
        for i in 0..len(a) {
            total += a[i];
        }
    }
    assert_eq!(total, 10);
    let zero_d = np!(np.array(5));
    let refused = np!(try len(zero_d)).unwrap_err();
    assert_eq!(refused.to_string(), "len() of unsized object");
    assert_eq!(refused.kind(), npview::ErrorKind::Type);
}
