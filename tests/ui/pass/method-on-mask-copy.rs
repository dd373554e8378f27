// The fix: write through the mask.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    np!(a[a > 1] = 0);
    println!("{a}");
}
