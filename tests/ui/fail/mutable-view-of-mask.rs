// A boolean mask copies, so it cannot give a mutable view.
use npview::{array, np};

fn main() {
    let mut a = array![10, 20, 30, 40, 50];
    let big = np!(&mut a[a > 25]);
    drop(big);
}
