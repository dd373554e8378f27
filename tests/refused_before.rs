//! Valid code that `np!` refused before (issue: "valid code that is refused"). Each test
//! compiles only with the fix; expected values come from NumPy running the same lines (noted
//! per test) or from Rust's own meaning of the Rust parts.

use npview::{arange, array, np, Array1, ArrayView1};

#[test]
fn casts_next_to_operators() {
    // NumPy: a = np.arange(5); i = 1; a[i + 1], a[-i], a[0] = i * 10, a[a > i + 1] -> [10 3 4]
    let mut a = arange(5);
    let i = 1usize;
    let next: i64 = np!(a[i as isize + 1]);
    let paren: i64 = np!(a[(i as isize) + 1]);
    let back: i64 = np!(a[-(i as isize)]);
    assert_eq!((next, paren, back), (2, 2, 4));
    np!(a[0] = i as i64 * 10);
    assert_eq!(a.to_string(), "[10  1  2  3  4]");
    let big = np!(a[a > i as i64 + 1]);
    assert_eq!(big.to_string(), "[10  3  4]");
}

#[test]
fn lifetimes_labels_and_items_in_a_block() {
    let a = arange(5);
    let mut found = None;
    np! {
        let s: &'static str = "x";
        let v: ArrayView1<'_, i64> = a[1:3];
        struct Pair<'t>(&'t [i64]);
        fn first<'t>(p: Pair<'t>) -> &'t i64 { &p.0[0] }
        'outer: for i in 0..3 {
            for j in 0..3 {
                if a[i] + a[j] == 3i64 {
                    found = Some((i, j));
                    break 'outer;
                }
            }
        }
        assert_eq!((s, v.to_string(), *first(Pair(&[7, 8]))), ("x", "[1 2]".to_owned(), 7));
    }
    // NumPy: the first (i, j) with a[i] + a[j] == 3 in row-major order is (0, 3), beyond j < 3:
    // so (1, 2).
    assert_eq!(found, Some((1, 2)));
}

#[test]
fn control_flow_and_closures_as_values() {
    let a = arange(5);
    let c = true;
    let k = 2;
    np! {
        let x = if c { a[0] } else { a[1] };
        let y = match k { 0 => a[0], 1 => a[1], _ => a[4] };
        let mut n = 0;
        let z = loop { n += 1; if n == 3 { break a[n]; } };
        let Some(w) = Some(a[2]) else { panic!("never") };
        let f = |i: usize| a[i] * 10;
        let t = { let tail = a[3:]; tail.sum() };
        assert_eq!((x, y, z, w, f(1), t), (0, 4, 3, 2, 10, 7));
    }
}

#[test]
fn logic_of_booleans_in_a_header() {
    let a = arange(5);
    let flag = true;
    let mut hits = 0;
    np! {
        if a[0] == 0 && flag {
            hits += 1;
        }
        if a[1] == 0 || a[2] == 2 {
            hits += 1;
        }
    }
    assert_eq!(hits, 2);
}

#[test]
fn attributes_on_statements() {
    let mut a = arange(5);
    np! {
        #[allow(unused_mut)]
        let mut v = a[1:3];
        v[0] = 9;
    }
    // NumPy: v = a[1:3]; v[0] = 9 -> a is [0 9 2 3 4]
    assert_eq!(a.to_string(), "[0 9 2 3 4]");
}

#[test]
fn let_mut_of_a_scalar_or_a_copy_does_not_borrow_mutably() {
    let a = arange(5);
    np! {
        let mut t = a[0];
        t += 1;
        let mut c = a[[1, 2]];
        c[0] = 100;
        assert_eq!((t, c.to_string()), (1, "[100   2]".to_owned()));
    }
    assert_eq!(a.to_string(), "[0 1 2 3 4]");
}

#[test]
fn an_index_that_reads_the_array_itself() {
    // NumPy: a = np.arange(6); a[:len(a) // 2][0] = 9 -> [9 1 2 3 4 5]
    let mut a = arange(6);
    let mut v = np!(&mut a[:a.len() / 2]);
    v[0] = 9;
    assert_eq!(a.to_string(), "[9 1 2 3 4 5]");
    let (mut lo, mut hi) = np!(&mut a[:a.len() / 2], &mut a[a.len() / 2:]);
    lo[1] = -1;
    hi[0] = -3;
    assert_eq!(a.to_string(), "[ 9 -1  2 -3  4  5]");
    np! {
        let mut tail = a[a.len() - 2:];
        tail[1] = 50;
    }
    assert_eq!(a.to_string(), "[ 9 -1  2 -3  4 50]");
    // NumPy: a = np.arange(6); a[1:][a[:-2]] = 7 -> [0 7 7 7 7 5]
    let mut a = arange(6);
    np!(a[1:][a[:-2]] = 7);
    assert_eq!(a.to_string(), "[0 7 7 7 7 5]");
    // NumPy: a = np.arange(5); a[a] = 5 -> [5 5 5 5 5]
    let mut a = arange(5);
    np!(a[a] = 5);
    assert_eq!(a.to_string(), "[5 5 5 5 5]");
}

fn tail<'x>(v: ArrayView1<'x, i64>) -> ArrayView1<'x, i64> {
    np!(v[1:])
}

#[test]
fn views_behind_parameters_and_pointers() {
    let a = arange(4);
    assert_eq!(tail(a.view()).to_string(), "[1 2 3]");
    let boxed = Box::new(arange(4));
    assert_eq!(np!(boxed[::2]).to_string(), "[0 2]");
    let cell = std::cell::RefCell::new(arange(4));
    {
        let mut guard = cell.borrow_mut();
        np!(guard[0] = 7);
        assert_eq!(np!(guard[:2]).to_string(), "[7 1]");
    }
    let mut owned: Array1<i64> = arange(3);
    let mut r = &mut owned;
    let rr = &mut r;
    np!(rr[1] = 5);
    assert_eq!(owned.to_string(), "[0 5 2]");
}

#[test]
fn numpy_index_forms() {
    // NumPy: a = np.arange(5); a[()] is a view of all of a; np.array(7)[()] is 7.
    let a = arange(5);
    let m = array![[0i64, 1, 2], [3, 4, 5]];
    let all = np!(a[()]);
    assert_eq!(all.to_string(), "[0 1 2 3 4]");
    let zero_d = npview::Array0::from_shape_vec((), vec![7i64]).unwrap();
    let seven: i64 = np!(zero_d[()]);
    assert_eq!(seven, 7);
    // NumPy: a[np.array(1)] is the element 1; m[np.array(1), 1:] is a copy [4 5].
    let one = npview::Array0::from_shape_vec((), vec![1i64]).unwrap();
    let element: i64 = np!(a[one]);
    assert_eq!(element, 1);
    let row: npview::Array1<i64> = np!(m[one, 1:]);
    assert_eq!(row.to_string(), "[4 5]");
    // NumPy: a[np.array(True)] -> [[0 1 2 3 4]]; np.array(5)[np.array(False)] -> []
    let yes = npview::Array0::from_shape_vec((), vec![true]).unwrap();
    assert_eq!(np!(a[yes]).to_string(), "[[0 1 2 3 4]]");
    // NumPy: a[True] -> [[0 1 2 3 4]] (1, 5); a[False] -> shape (0, 5); m[1, True] -> [[3 4 5]]
    assert_eq!(np!(a[true]).to_string(), "[[0 1 2 3 4]]");
    assert_eq!(np!(a[false]).shape(), &[0, 5]);
    assert_eq!(np!(m[1, true]).to_string(), "[[3 4 5]]");
    assert_eq!(np!(m[:, true, 1]).to_string(), "[[1]\n [4]]");
}

#[test]
fn methods_that_write_through_a_basic_index() {
    // NumPy: a = np.arange(5); a[1:3].fill(5) -> [0 5 5 3 4]; m[:, 0].fill(-1)
    let mut a = arange(5);
    np!(a[1:3].fill(5));
    assert_eq!(a.to_string(), "[0 5 5 3 4]");
    let mut m = array![[1, 2], [3, 4]];
    np! {
        m[:, 0].fill(-1);
        m[1].mapv_inplace(|x| x * 10);
    }
    assert_eq!(m.to_string(), "[[ -1   2]\n [-10  40]]");
}

#[test]
fn try_infers_the_same_type_as_the_plain_form() {
    // NumPy: a[1 << 30] on 5 elements -> IndexError: index 1073741824 is out of bounds ...
    let a = arange(5);
    let e = np!(try a[1 << 30]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "index 1073741824 is out of bounds for axis 0 with size 5"
    );
    let ok: Result<i64, _> = np!(try a[1 << 1]);
    assert_eq!(ok, Ok(2));
    // An index beyond isize: NumPy's OverflowError, naming the value written.
    let big = u64::MAX;
    let e = np!(try a[big]).unwrap_err();
    assert_eq!(e.kind(), npview::ErrorKind::Overflow);
    assert!(e.message().contains("18446744073709551615"), "{e}");
}

#[test]
fn integers_and_modes_held_in_rust_values() {
    // NumPy: v = np.array([10, 20, 30, 40]); np.repeat(v, 2) -> [10 10 20 20 30 30 40 40];
    // np.delete(v, [0, 2]) -> [20 40]; np.roll(v, -1) -> [20 30 40 10];
    // np.insert(v, [1, 3], [7, 8]) -> [10  7 20 30  8 40];
    // np.pad(v, 1, "edge", constant_values=5) -> ValueError: unsupported keyword arguments
    // for mode 'edge': {'constant_values'}; np.pad(v, 1, "constant", constant_values=5)
    // -> [ 5 10 20 30 40  5]
    let v = np!(np.array([10, 20, 30, 40]));
    let n = 2usize;
    let gone = vec![0i64, 2];
    let at = [1i32, 3];
    let k = -1i32;
    assert_eq!(
        np!(np.repeat(v, n)).to_string(),
        "[10 10 20 20 30 30 40 40]"
    );
    assert_eq!(np!(np.delete(v, gone)).to_string(), "[20 40]");
    assert_eq!(np!(np.roll(v, k)).to_string(), "[20 30 40 10]");
    assert_eq!(
        np!(np.insert(v, at, [7, 8])).to_string(),
        "[10  7 20 30  8 40]"
    );
    for (mode, expected) in [
        (
            "edge",
            Err("unsupported keyword arguments for mode 'edge': {'constant_values'}".to_owned()),
        ),
        ("constant", Ok("[ 5 10 20 30 40  5]".to_owned())),
    ] {
        let padded = np!(try np.pad(v, 1, mode, constant_values=5));
        assert_eq!(
            padded.map(|p| p.to_string()).map_err(|e| e.to_string()),
            expected
        );
    }
}

#[test]
fn split_positions_and_counts_held_in_rust_values() {
    // NumPy: a = np.arange(10); np.split(a, [3, 7])[1] -> [3 4 5 6];
    // np.split(a, np.array([3, 7]))[-1] -> [7 8 9]; np.array_split(a, 5)[0] -> [0 1];
    // np.repeat(a[:2], np.array([2, 1], dtype=np.uint64)) -> TypeError: Cannot cast array data
    // from dtype('uint64') to dtype('int64') according to the rule 'safe'
    let a = np!(np.arange(10));
    let positions = vec![3usize, 7];
    let array = np!(np.array([3, 7]));
    let n = 5;
    assert_eq!(np!(np.split(a, positions)[1]).to_string(), "[3 4 5 6]");
    assert_eq!(np!(np.split(a, array)[-1]).to_string(), "[7 8 9]");
    assert_eq!(np!(np.array_split(a, n)[0]).to_string(), "[0 1]");
    let counts = np!(np.array([2, 1], dtype = np.uint64));
    let refused = np!(try np.repeat(a[:2], counts)).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "Cannot cast array data from dtype('uint64') to dtype('int64') according to the rule 'safe'"
    );
}

#[test]
fn shapes_held_in_rust_values() {
    // NumPy: m = np.arange(6).reshape(2, 3); np.zeros((3, 2)) -> 3x2 of 0.;
    // np.zeros(4 + 1, dtype=np.int8) -> [0 0 0 0 0]; np.ones(m.shape) -> 2x3 of 1.;
    // np.arange(6).reshape((3, 2)) -> [[0 1] [2 3] [4 5]]; np.full((3, 2), 7)
    let m = np!(np.arange(6).reshape(2, 3));
    let dims = (3, 2usize);
    let n: usize = 4;
    assert_eq!(
        np!(np.zeros(dims)).to_string(),
        "[[0. 0.]\n [0. 0.]\n [0. 0.]]"
    );
    assert_eq!(
        format!("{:?}", np!(np.zeros(n + 1, dtype = np.int8))),
        "array([0, 0, 0, 0, 0], dtype=int8)"
    );
    assert_eq!(
        np!(np.ones(m.shape)).to_string(),
        "[[1. 1. 1.]\n [1. 1. 1.]]"
    );
    assert_eq!(
        np!(np.arange(6).reshape(dims)).to_string(),
        "[[0 1]\n [2 3]\n [4 5]]"
    );
    assert_eq!(np!(np.full(dims, 7)).to_string(), "[[7 7]\n [7 7]\n [7 7]]");
}

#[test]
fn pad_widths_held_in_rust_values() {
    // The rule: a Rust value gives what the same widths written inline give (those are checked
    // against NumPy in tests/reduce_cases.rs). It did not compile: the value was cast to
    // `isize`.
    let v = arange(4);
    let m = np!(np.arange(6).reshape(2, 3));
    let one = 2u8;
    let pair = (1, 2);
    let pairs = ((1, 0), (0, 2));
    let listed = vec![(1usize, 0usize), (0, 2)];
    let arrays = [[0i64, 1], [2, 0]];
    assert_eq!(np!(np.pad(v, one)), np!(np.pad(v, 2)));
    assert_eq!(np!(np.pad(v, pair)), np!(np.pad(v, (1, 2))));
    assert_eq!(np!(np.pad(m, pair)), np!(np.pad(m, (1, 2))));
    assert_eq!(np!(np.pad(m, pairs)), np!(np.pad(m, ((1, 0), (0, 2)))));
    assert_eq!(np!(np.pad(m, listed)), np!(np.pad(m, ((1, 0), (0, 2)))));
    assert_eq!(
        np!(np.pad(m, arrays, mode = "edge")),
        np!(np.pad(m, ((0, 1), (2, 0)), mode = "edge"))
    );
    // NumPy's own checks still apply: a pair per axis of another rank, a negative width.
    let three = ((1, 1), (1, 1), (1, 1));
    assert!(np!(try np.pad(m, three)).is_err());
    let negative = -1;
    assert_eq!(
        np!(try np.pad(v, negative)).unwrap_err().message(),
        "index can't contain negative values"
    );
}

#[test]
fn axes_held_in_rust_values() {
    // The rule: a Rust value gives what the same axes written inline give (those are checked
    // against NumPy in tests/reduce_cases.rs and tests/view_cases.rs). A tuple or an array of
    // axes did not compile: the value was cast to `isize`.
    let m = np!(np.arange(24).reshape(2, 3, 4));
    let pair = (0, 2);
    let listed = [-1i64, 0];
    let one = 1u8;
    let last = -1isize;
    assert_eq!(np!(m.sum(axis = pair)), np!(m.sum(axis = (0, 2))));
    assert_eq!(
        np!(np.max(m, axis = listed)),
        np!(np.max(m, axis = (-1, 0)))
    );
    assert_eq!(np!(m.mean(axis = one)), np!(m.mean(axis = 1)));
    assert_eq!(
        np!(np.expand_dims(m, last)).shape(),
        np!(np.expand_dims(m, -1)).shape()
    );
    assert_eq!(np!(np.flip(m, pair)), np!(np.flip(m, (0, 2))));
    let (from, to) = ((0, 1), [2i32, 0]);
    assert_eq!(
        np!(np.moveaxis(m, from, to)),
        np!(np.moveaxis(m, (0, 1), (2, 0)))
    );
    let shift = [1, -2];
    assert_eq!(
        np!(np.roll(m, shift, axis = pair)),
        np!(np.roll(m, (1, -2), axis = (0, 2)))
    );
    // A tuple is read as a list, as NumPy reads one: shifts, and an operand.
    let shifts = (1, -2);
    assert_eq!(
        np!(np.roll(m, shifts, axis = pair)),
        np!(np.roll(m, (1, -2), axis = (0, 2)))
    );
    let row = (10, 20, 30, 40);
    assert_eq!(np!(m + row), np!(m + [10, 20, 30, 40]));
    // NumPy's own checks still apply: an axis out of range, one named twice.
    let far = (0, 3);
    assert_eq!(
        np!(try m.sum(axis=far)).unwrap_err().message(),
        "axis 3 is out of bounds for array of dimension 3"
    );
    let twice = (1, -2);
    assert_eq!(
        np!(try m.sum(axis=twice)).unwrap_err().message(),
        "duplicate value in 'axis'"
    );
}

#[test]
fn argsort_of_a_0d_array_checks_an_axis_held_in_a_rust_value() {
    // NumPy: np.argsort(np.array(5.0), axis=k) is [0] for k in 0, -1 and an AxisError
    // ("axis 1 is out of bounds for array of dimension 1") for 1 and -2: a 0-d array is sorted
    // as one element. A literal axis is checked at compile time; this one gave [0] for any k.
    let a = np!(np.array(5.0));
    for (k, expected) in [
        (0i64, Ok("[0]".to_string())),
        (-1, Ok("[0]".to_string())),
        (
            1,
            Err("axis 1 is out of bounds for array of dimension 1".to_string()),
        ),
        (
            -2,
            Err("axis -2 is out of bounds for array of dimension 1".to_string()),
        ),
    ] {
        let got = np!(try np.argsort(a, axis=k));
        let got = got
            .map(|r| r.to_string())
            .map_err(|e| e.message().to_string());
        assert_eq!(got, expected, "axis {k}");
    }
}

#[test]
fn joins_of_a_sequence_held_in_one_value() {
    // NumPy iterates a sequence given as one value along its first axis, so its rows are the
    // operands. They were joined as one operand (`np.stack(m)` had an axis too many).
    // p = (1, 2)
    let p = (1, 2);
    assert_eq!(np!(np.stack(p)).to_string(), "[1 2]");
    assert_eq!(np!(np.vstack(p)).to_string(), "[[1]\n [2]]");
    assert_eq!(np!(np.hstack(p)).to_string(), "[1 2]");
    assert_eq!(
        np!(try np.concatenate(p)).unwrap_err().message(),
        "zero-dimensional arrays cannot be concatenated"
    );
    // m = np.arange(6).reshape(2, 3)
    let m = np!(np.arange(6).reshape(2, 3));
    assert_eq!(np!(np.concatenate(m)).to_string(), "[0 1 2 3 4 5]");
    assert_eq!(
        np!(np.stack(m, axis = 1)).to_string(),
        "[[0 3]\n [1 4]\n [2 5]]"
    );
    assert_eq!(np!(np.vstack(m)).to_string(), "[[0 1 2]\n [3 4 5]]");
    assert_eq!(np!(np.hstack(m)).to_string(), "[0 1 2 3 4 5]");
    assert_eq!(
        np!(np.column_stack(m)).to_string(),
        "[[0 3]\n [1 4]\n [2 5]]"
    );
    assert_eq!(np!(np.dstack(m)).to_string(), "[[[0 3]\n  [1 4]\n  [2 5]]]");
    let rows = [[1, 2], [3, 4]];
    assert_eq!(np!(np.concatenate(rows)).to_string(), "[1 2 3 4]");
    // An empty sequence: e = np.zeros((0, 3))
    let e = np!(np.zeros((0, 3)));
    assert_eq!(
        np!(try np.concatenate(e)).unwrap_err().message(),
        "need at least one array to concatenate"
    );
    assert_eq!(
        np!(try np.stack(e)).unwrap_err().message(),
        "need at least one array to stack"
    );
    for e in [
        np!(try np.vstack(e)).map(|_| ()),
        np!(try np.hstack(e)).map(|_| ()),
        np!(try np.dstack(e)).map(|_| ()),
        np!(try np.column_stack(e)).map(|_| ()),
    ] {
        assert_eq!(
            e.unwrap_err().message(),
            "need at least one array to concatenate"
        );
    }
    // A 0-d value is no sequence (NumPy 2.4's texts).
    let five = 5;
    assert_eq!(
        np!(try np.stack(five)).unwrap_err().message(),
        "iteration over a 0-d array"
    );
    assert_eq!(
        np!(try np.concatenate(five)).unwrap_err().message(),
        "dispatcher for __array_function__ did not return an iterable"
    );
    // A tuple written in the call is still the sequence itself.
    assert_eq!(np!(np.stack((m, m))).shape(), &[2, 2, 3]);
    assert_eq!(np!(np.concatenate((m,))).to_string(), m.to_string());
}
