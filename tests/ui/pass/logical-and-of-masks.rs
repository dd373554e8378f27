// The fix for: Python's `and` fails on arrays, and Rust's `&&` cannot combine masks either: use `&`.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    np!(a[(a > 1) & (a < 4)] = 0);
}
