//! `np!(&mut a[i], &mut a[j])`: mutable views of one array used at the same time, after a
//! run-time check that they do not overlap. Expected values: NumPy (the same writes through
//! two views of one array) or the stated rule (overlapping views are refused).

use npview::{arange, np, ErrorKind};

#[test]
fn disjoint_views_are_written_at_the_same_time() {
    let mut m = arange(12).into_reshape((3, 4));
    let (mut left, mut right) = np!(&mut m[:, :2], &mut m[:, 2:]);
    left += 100;
    right *= -1;
    np!(left[0, 0] = 7);
    // NumPy: m = np.arange(12).reshape(3, 4); l, r = m[:, :2], m[:, 2:]; l += 100; r *= -1; l[0, 0] = 7
    assert_eq!(
        m.to_string(),
        "[[  7 101  -2  -3]\n [104 105  -6  -7]\n [108 109 -10 -11]]"
    );
}

#[test]
fn interleaved_and_reversed_views_split() {
    let mut a = arange(10);
    let (evens, odds, last) = np!(&mut a[:8:2], &mut a[-3::-2], &mut a[-1]);
    let (mut evens, mut odds) = (evens, odds);
    np!(evens[...] = 0);
    np!(odds[:] = [1, 2, 3, 4]);
    *last = 99;
    // NumPy: a[:8:2] = 0; a[-3::-2] = [1, 2, 3, 4]; a[-1] = 99
    assert_eq!(a.to_string(), "[ 0  4  0  3  0  2  0  1  8 99]");
}

#[test]
fn overlapping_views_are_refused_at_run_time() {
    let mut a = arange(10);
    // Bounds known only at run time (literal ones are checked at compile time: tests/ui).
    let (stop, start) = (5, 4);
    let e = np!(try &mut a[:stop], &mut a[start:])
        .map(|_| ())
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Value);
    assert_eq!(
        e.message(),
        "mutable views 1 and 2 overlap: they share memory, so they cannot both be written at the same time"
    );
    let i = 3;
    assert!(
        np!(try &mut a[i], &mut a[::3]).is_err(),
        "a[3] is also in a[::3]"
    );
    assert!(np!(try &mut a[i], &mut a[1::3]).is_ok());
}

#[test]
fn split_views_work_across_scoped_threads() {
    let mut m = arange(8).into_reshape((2, 4));
    let (mut top, mut bottom) = np!(&mut m[0], &mut m[1]);
    std::thread::scope(|s| {
        s.spawn(move || top += 10);
        s.spawn(move || bottom += 20);
    });
    assert_eq!(m.to_string(), "[[10 11 12 13]\n [24 25 26 27]]");
}
