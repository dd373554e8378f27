// The fix: assign through the mask.
use npview::{array, np};

fn main() {
    let mut a = array![10, 20, 30, 40, 50];
    np!(a[a > 25] = 0);
}
