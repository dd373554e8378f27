//! The `np! { ... }` block form: NumPy code ported line by line. Expected values from NumPy
//! running the same lines (noted per test).

use npview::{array, np};

#[test]
fn the_lesson_ported_as_a_block() {
    let mut arr = array![10, 20, 30, 40, 50];
    let (view_text, picked_text, total) = np! {
        let mut view = arr[1:4];          // a mutable view
        view[0] = 999;
        let view_text = view.to_string();
        let picked = arr[[0, 2, 4]];      // a copy
        arr[arr > 25] = 0;                // in-place masked write
        let total = arr[1:].sum();        // NumPy's sum: int64 for int32
        (view_text, picked.to_string(), total)
    };
    // NumPy: view = arr[1:4]; view[0] = 999; picked = arr[[0, 2, 4]]; arr[arr > 25] = 0;
    //        arr[1:].sum() -> 20 + 0 + ... ; str(view), str(picked)
    assert_eq!(view_text, "[999  30  40]");
    assert_eq!(picked_text, "[10 30 50]");
    assert_eq!(arr.to_string(), "[10  0  0  0  0]");
    assert_eq!(total, 0i64);
}

#[test]
fn let_mut_of_an_advanced_index_is_an_owned_copy() {
    let mut a = array![1, 2, 3, 4];
    np! {
        let mut picked = a[[0, 1]];
        picked[0] = 100;                  // changes the copy only
        let mut first = a[0];             // NumPy: a scalar copy
        first += 1;
        a[a % 2 == 0] *= 10;
        assert_eq!((picked.to_string(), first), ("[100   2]".to_owned(), 2));
    }
    // NumPy: a[a % 2 == 0] *= 10 -> [ 1 20  3 40]
    assert_eq!(a.to_string(), "[ 1 20  3 40]");
}

#[test]
fn scalar_comparisons_stay_bool_and_rust_statements_pass_through() {
    let a = array![3, 1, 4, 1, 5];
    let mut count = 0;
    np! {
        let big = a > 2;                  // a mask
        let small = 1 > 2;                // a plain bool
        for x in a.iter() {
            if *x > 2 {
                count += 1;
            }
        }
        assert_eq!((big.to_string(), small), ("[ True False  True False  True]".to_owned(), false));
    }
    assert_eq!(count, 3);
}

#[test]
fn a_compound_assignment_reads_a_view_of_its_target_first() {
    // NumPy: a = np.arange(9).reshape(3, 3); a += a.T -> [[0 4 8] [4 8 12] [8 12 16]];
    // then a -= a[0] -> [[0 0 0] [4 4 4] [8 8 8]]; n = 5; n += n * 2 -> 15
    let mut a = np!(np.arange(9).reshape(3, 3));
    let mut n = 5i64;
    np! {
        a += a.T;
    }
    assert_eq!(a.to_string(), "[[ 0  4  8]\n [ 4  8 12]\n [ 8 12 16]]");
    np! {
        a -= a[0];
        n += n * 2;
    }
    assert_eq!(a.to_string(), "[[0 0 0]\n [4 4 4]\n [8 8 8]]");
    assert_eq!(n, 15);
}

#[test]
fn let_mut_of_a_writable_view_writes_into_its_array() {
    // NumPy: m = np.arange(6).reshape(2, 3); t = m.T; t[0, 1] = 7;
    // s = np.swapaxes(m, 0, 1); s[2] = 0; f = np.flip(m, 1); f[0, 0] = -1
    // -> m == [[0 1 -1] [7 4 0]]
    let mut m = np!(np.arange(6).reshape(2, 3));
    np! {
        let mut t = m.T;
        t[0, 1] = 7;
        let mut s = np.swapaxes(m, 0, 1);
        s[2] = 0;
        let mut f = np.flip(m, 1);
        f[0, 0] = -1;
    }
    assert_eq!(m.to_string(), "[[ 0  1 -1]\n [ 7  4  0]]");
}

#[test]
fn one_piece_of_a_split_is_indexed_as_python_indexes_a_list() {
    // NumPy: m = np.arange(6).reshape(2, 3); np.split(m, [1, 2], axis=1)[1] -> [[1] [4]];
    // np.split(m, [1], axis=1)[-1] -> [[1 2] [4 5]]; np.split(m, 3, axis=1)[-1] -> [[2] [5]];
    // np.split(m, [1], axis=1)[1][0] -> [1 2]; np.array_split(m, [2], axis=1)[0][:, 1:]
    // -> [[1] [4]]; np.split(m, [1], axis=1)[2] -> IndexError: list index out of range
    let m = np!(np.arange(6).reshape(2, 3));
    assert_eq!(
        np!(np.split(m, [1, 2], axis = 1)[1]).to_string(),
        "[[1]\n [4]]"
    );
    assert_eq!(
        np!(np.split(m, [1], axis = 1)[-1]).to_string(),
        "[[1 2]\n [4 5]]"
    );
    assert_eq!(np!(np.split(m, 3, axis = 1)[-1]).to_string(), "[[2]\n [5]]");
    assert_eq!(np!(np.split(m, [1], axis = 1)[1][0]).to_string(), "[1 2]");
    np! {
        let first = np.array_split(m, [2], axis=1)[0][:, 1:];
        assert_eq!(first.to_string(), "[[1]\n [4]]");
    }
    let past = np!(try np.split(m, [1], axis=1)[2]).unwrap_err();
    assert_eq!(past.to_string(), "list index out of range");
}

#[test]
fn writes_through_an_index_of_a_writable_view() {
    // NumPy: m = np.arange(6).reshape(2, 3); m.T[0] = 5; m.T[1] += 1; np.flip(m, 0)[0] = 1;
    // np.swapaxes(m, 0, 1)[0] = 9; m[::-1].T[0] = 2 -> [[2 2 2] [2 1 1]];
    // then f = np.arange(5); f **= 2; f[1:] **= 2 -> [0 1 16 81 256]
    let mut m = np!(np.arange(6).reshape(2, 3));
    np!(m.T[0] = 5);
    np!(m.T[1] += 1);
    assert_eq!(m.to_string(), "[[5 2 2]\n [5 5 5]]");
    np!(np.flip(m, 0)[0] = 1);
    np!(np.swapaxes(m, 0, 1)[0] = 9);
    np!(m[::-1].T[0] = 2);
    assert_eq!(m.to_string(), "[[2 2 2]\n [2 1 1]]");
    let mut f = np!(np.arange(5));
    np! {
        f **= 2;
        f[1:] **= 2;
    }
    assert_eq!(f.to_string(), "[  0   1  16  81 256]");
}

#[test]
fn ranges_over_lengths_in_a_for_header() {
    // NumPy: a = np.arange(5); m = np.arange(6).reshape(2, 3); t = 0
    // for i in range(a.shape[0]): t += a[i]
    // for j in range(1, m.shape[-1]): t += m[1, j]
    // for k in range(a.size - 2, a.size): t += a[k]
    // -> t == 26
    let a = np!(np.arange(5));
    let m = np!(np.arange(6).reshape(2, 3));
    let mut total = 0i64;
    np! {
        for i in 0..a.shape[0] {
            total += a[i];
        }
        for j in 1..=m.shape[-1] - 1 {
            total += m[1, j];
        }
        for k in a.size - 2..a.size {
            total += a[k];
        }
    }
    assert_eq!(total, 26);
}
