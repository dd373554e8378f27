// The fix the message suggests: index `a` directly.
use npview::{array, np};

fn main() {
    let mut a = array![10, 20, 30, 40, 50];
    np!(a[[0, 2]] = 5);
    assert_eq!(a.to_string(), "[ 5 20  5 40 50]");
}
