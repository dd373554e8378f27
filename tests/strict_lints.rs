//! np! expansions compile cleanly in user code that denies warnings and clippy's pedantic
//! lints (`cargo clippy --all-targets -- -D warnings`, which `.ci/run` runs, checks this file).

#![deny(warnings, clippy::pedantic)]

use npview::{arange, array, np};

#[test]
fn expansions_trigger_no_lints() {
    let mut a = arange(12).into_reshape((3, 4));
    let i = 1;
    let view = np!(a[1:, ::-2]);
    let element: i64 = np!(a[i, -1]);
    let by_ref: &i64 = np!(&a[0, 0]);
    let copy = np!(a[[0, 2], 1:]);
    let masked = np!(a[a % 2 == 0]);
    let rows = np!(a[a[:, 0] > 3]);
    let picked = np!(try a[..., None, 0]);
    assert_eq!(view.shape(), &[2, 2]);
    assert_eq!((element, *by_ref), (7, 0));
    assert_eq!((copy.len(), masked.len(), rows.len()), (6, 6, 8));
    assert!(picked.is_ok());
    np!(a[a > 5] = 0);
    np!(a[[0, 0], [1, 1]] += 1);
    np!(a[1:] = a[:-1]);
    // Values reading the array being written, computed in bands (the `try` form with and
    // without checks of its own inside the value).
    np!(a[1:, 1:] = a[:-1, :-1] * 2 + a[1:, :-1]);
    assert!(np!(try a[:, 1:] = a[:, :-1] - 1).is_ok());
    assert!(np!(try a[...] = a * 2 + 1).is_ok());
    let (mut left, mut right) = np!(&mut a[:, :2], &mut a[:, 2:]);
    left += 1;
    right -= 1;
    let mask = np!(a > 2);
    np!(a[mask] *= 2);
    let b = array![true, false, true];
    assert_eq!(np!(b[b]).len(), 2);
    // Integer arguments already `isize`, and axes held in Rust values.
    let (axis, shift): (isize, isize) = (-1, 1);
    let pair = (0, 1);
    assert_eq!(np!(np.expand_dims(a, axis)).shape(), &[3, 4, 1]);
    assert_eq!(np!(np.roll(a, shift, axis = axis)).shape(), &[3, 4]);
    assert!(np!(a.sum(axis = pair)) > 0);
}
