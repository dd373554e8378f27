// The fix: assign through the mask itself.
use npview::{array, np};

fn main() {
    let mut a = array![10, 20, 30, 40, 50];
    np!(a[a > 25] = 0);
    assert_eq!(a.to_string(), "[10 20  0  0  0]");
}
