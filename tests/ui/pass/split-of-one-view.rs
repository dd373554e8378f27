// The fix: one mutable view without the comma.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    let v = np!(&mut a[0]);
    *v = 1;
}
