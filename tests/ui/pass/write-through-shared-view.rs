// The fix: ask for a mutable view with `&mut`.
use npview::{array, np};

fn main() {
    let mut arr = array![10, 20, 30, 40, 50];
    let mut view = np!(&mut arr[1:4]);
    view[0] = 999;
}
