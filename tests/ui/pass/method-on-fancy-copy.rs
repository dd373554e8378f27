// The fix: write through the index.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    np!(a[[0, 2]] = 5);
    println!("{a}");
}
