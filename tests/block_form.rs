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
