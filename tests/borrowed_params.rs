//! `np!` on a function's `&Array` / `&mut Array` / `&mut ArrayViewMut` parameters, which the
//! macro borrows once more. Expected values follow NumPy (`a[a > 25] = 0` and friends).

use npview::{array, np, Array1, ArrayViewMut1};

fn clip_high(a: &mut Array1<i64>) {
    np!(a[a > 25] = 0);
}

fn clip_view(v: &mut ArrayViewMut1<'_, i64>) {
    np!(v[v > 25] = 0);
}

fn high(a: &Array1<i64>) -> Array1<i64> {
    np!(a[a > 25])
}

fn middle(a: &mut Array1<i64>) -> Array1<i64> {
    np!(a[1:-1]).copy()
}

#[test]
fn parameters_are_indexed_like_owned_arrays() {
    let mut a = array![10, 20, 30, 40, 50];
    assert_eq!(high(&a).to_string(), "[30 40 50]");
    assert_eq!(middle(&mut a).to_string(), "[20 30 40]");
    clip_high(&mut a);
    assert_eq!(a.to_string(), "[10 20  0  0  0]");

    let mut b = array![30, 5, 26, 25];
    let mut v = np!(&mut b[1:]);
    clip_view(&mut v);
    assert_eq!(b.to_string(), "[30  5  0 25]");
}
