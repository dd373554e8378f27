//! Bad input at run time: extreme indices and steps, panicking element clones, and which
//! types may cross threads. Expected values come from NumPy (noted per case) or from Rust's
//! rules for `Send`/`Sync`.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};

use npview::{arange, np, Array1, ArrayView2, ArrayViewMut2};

#[test]
fn extreme_integer_indices_give_numpys_errors() {
    let a = arange(5);
    // NumPy 2.4: a[-2**63], a[2**63 - 1].
    let e = np!(try a[(isize::MIN)]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "index -9223372036854775808 is out of bounds for axis 0 with size 5"
    );
    let e = np!(try a[(isize::MAX)]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "index 9223372036854775807 is out of bounds for axis 0 with size 5"
    );
    let e = np!(try a[[0, (isize::MIN)]]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "index -9223372036854775808 is out of bounds for axis 0 with size 5"
    );
}

#[test]
fn extreme_slices_clamp_like_python() {
    let a = arange(5);
    let (min, max) = (isize::MIN, isize::MAX);
    // NumPy 2.4: a[::2**63-1], a[-2**63::-1], a[2**63-1:-2**63:-2**63+1].
    assert_eq!(np!(a[::max]).to_string(), "[0]");
    assert_eq!(np!(a[min::-1]).to_string(), "[]");
    assert_eq!(np!(a[max:min:(min + 1)]).to_string(), "[4]");
    assert_eq!(np!(a[min:max]).to_string(), "[0 1 2 3 4]");
}

#[test]
fn a_failed_write_leaves_the_array_as_it_was() {
    let mut a = arange(5);
    let before = a.clone();
    assert!(np!(try a[[0, 1, 7]] = 9).is_err());
    assert!(np!(try a[[0, 1]] = [1, 2, 3]).is_err());
    assert!(np!(try a[1:4] = [1, 2]).is_err());
    assert!(np!(try a[[0, 5]] += 1).is_err());
    assert_eq!(a, before);
}

thread_local! {
    /// Live `Tracked` values on this thread: clones add one, drops take one away.
    static LIVE: Cell<isize> = const { Cell::new(0) };
    /// Clones left before the next one panics.
    static FUSE: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// An element whose `Clone` panics when the fuse runs out, and which counts itself.
#[derive(Debug)]
struct Tracked(i64);

impl Tracked {
    fn new(v: i64) -> Self {
        LIVE.with(|l| l.set(l.get() + 1));
        Self(v)
    }
}

impl Clone for Tracked {
    fn clone(&self) -> Self {
        let left = FUSE.with(Cell::get);
        assert!(left > 0, "clone panics here, as the test wants");
        FUSE.with(|f| f.set(left - 1));
        Self::new(self.0)
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        LIVE.with(|l| l.set(l.get() - 1));
    }
}

fn tracked(n: i64) -> Array1<Tracked> {
    Array1::from((0..n).map(Tracked::new).collect::<Vec<_>>())
}

/// Run `f` with a fuse of `clones`, then check that every value made was dropped once.
fn panics_cleanly(clones: usize, f: impl FnOnce()) {
    LIVE.with(|l| l.set(0));
    FUSE.with(|c| c.set(clones));
    let result = catch_unwind(AssertUnwindSafe(f));
    FUSE.with(|c| c.set(usize::MAX));
    assert!(
        result.is_err(),
        "the fuse of {clones} clones should have blown"
    );
    assert_eq!(
        LIVE.with(Cell::get),
        0,
        "no leak and no double drop after a panicking clone"
    );
}

#[test]
fn a_panicking_clone_neither_leaks_nor_double_drops() {
    for clones in 0..3 {
        panics_cleanly(clones, || {
            let a = tracked(6);
            let _copy = np!(a[[0, 2, 4, 5, 1]]);
        });
        panics_cleanly(clones, || {
            let a = tracked(6);
            let mask = [true, false, true, true, false, true];
            let _copy = np!(a[mask]);
        });
        panics_cleanly(clones, || {
            let a = tracked(6);
            let _copy = np!(a[::-1]).copy();
        });
        panics_cleanly(clones, || {
            let mut a = tracked(6);
            let b = tracked(3);
            np!(a[[5, 0, 3]] = &b);
        });
        panics_cleanly(clones, || {
            let mut a = tracked(6);
            let b = tracked(3);
            np!(a[1:4] = &b);
        });
    }
}

/// Views cross threads exactly when references to their elements may.
#[test]
fn views_are_send_and_sync_when_their_elements_allow() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<ArrayView2<'static, i64>>();
    send_sync::<ArrayViewMut2<'static, i64>>();
    send_sync::<npview::Array2<i64>>();
    let a = arange(6).into_reshape((2, 3));
    let v = np!(a[:, 1:]);
    let total: i64 = std::thread::scope(|s| s.spawn(|| v.sum()).join().expect("thread"));
    assert_eq!(total, 1 + 2 + 4 + 5);
}

#[test]
fn scalar_arithmetic_in_an_index_stays_a_scalar() {
    // NumPy: with Python ints, a[i + 1] and a[-i] are integer (basic) indices.
    let a = arange(5);
    let i: isize = 1;
    let next: i64 = np!(a[i + 1]);
    let from_end: i64 = np!(a[-i]);
    let window = np!(a[i - 1:i + 2]);
    assert_eq!(
        (next, from_end, window.to_string()),
        (2, 4, "[0 1 2]".to_owned())
    );
}

#[test]
fn reshape_is_a_view_exactly_when_numpy_gives_one() {
    // NumPy 2.4: a = np.arange(24).reshape(4, 6); np.shares_memory(a, v.reshape(shape)), str(...)
    let a = arange(24).into_reshape((4, 6));
    let check = |r: npview::Reshaped<'_, i64, npview::IxDyn>, view: bool, text: &str| {
        assert_eq!((r.is_view(), r.to_string()), (view, text.to_owned()));
    };
    check(
        np!(a[:, :2]).reshape(vec![4, 2, 1]),
        true,
        "[[[ 0]\n  [ 1]]\n\n [[ 6]\n  [ 7]]\n\n [[12]\n  [13]]\n\n [[18]\n  [19]]]",
    );
    check(
        np!(a[:, ::2]).reshape(vec![2, 2, 3]),
        true,
        "[[[ 0  2  4]\n  [ 6  8 10]]\n\n [[12 14 16]\n  [18 20 22]]]",
    );
    check(
        np!(a[::-1, ::-2]).reshape(vec![4, 3, 1]),
        true,
        "[[[23]\n  [21]\n  [19]]\n\n [[17]\n  [15]\n  [13]]\n\n [[11]\n  [ 9]\n  [ 7]]\n\n [[ 5]\n  [ 3]\n  [ 1]]]",
    );
    check(
        np!(a[::-1, ::-2]).reshape(vec![12]),
        true,
        "[23 21 19 17 15 13 11  9  7  5  3  1]",
    );
    check(
        a.t().reshape(vec![24]),
        false,
        "[ 0  6 12 18  1  7 13 19  2  8 14 20  3  9 15 21  4 10 16 22  5 11 17 23]",
    );
    check(
        np!(a[1:3]).reshape(vec![3, 4]),
        true,
        "[[ 6  7  8  9]\n [10 11 12 13]\n [14 15 16 17]]",
    );
    check(
        np!(a[:, 1]).reshape(vec![2, 2]),
        true,
        "[[ 1  7]\n [13 19]]",
    );
    check(np!(a[::2, ::3]).reshape(vec![4]), false, "[ 0  3 12 15]");
    let v = np!(a[:, :2]).reshape(vec![8]);
    assert!(!v.is_view(), "NumPy copies a[:, :2].reshape(8)");
}

#[test]
fn shapes_too_big_for_memory_give_numpys_errors() {
    // NumPy 2.4: np.zeros((2**62, 4)); np.arange(2).reshape(2**62, 4).
    let too_big = std::panic::catch_unwind(|| npview::Array2::<i64>::zeros((1 << 62, 4)));
    let message = too_big.expect_err("no allocation of 2**64 bytes");
    assert_eq!(
        message.downcast_ref::<String>().map(String::as_str),
        Some("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
    );
    let e = arange(2)
        .try_reshape((1usize << 62, 4))
        .map(|_| ())
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot reshape array of size 2 into shape (4611686018427387904,4)"
    );
    // NumPy 2.4: np.arange(2).reshape(2**64 - 1, 2) -> Maximum allowed dimension exceeded
    let e = npview::Array2::<i64>::from_shape_vec((usize::MAX, 2), vec![1, 2]).unwrap_err();
    assert_eq!(e.to_string(), "Maximum allowed dimension exceeded");
}
