// The fix: use one mutable view, then the other.
use npview::{array, np};

fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    let mut left = np!(&mut arr[:3]);
    left[0] = 1;
    let mut right = np!(&mut arr[2:]);
    right[0] = 2;
}
