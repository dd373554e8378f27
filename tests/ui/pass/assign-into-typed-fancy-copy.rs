// The fix: index `a` directly.
use npview::{array, np};

fn main() {
    let mut a = array![10, 20, 30, 40, 50];
    let idx = vec![0, 2];
    np!(a[idx] = 5);
    assert_eq!(a.to_string(), "[ 5 20  5 40 50]");
}
