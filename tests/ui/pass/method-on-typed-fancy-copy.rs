// The fix: write through the index.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    let idx = vec![0usize, 2];
    np!(a[idx] = 5);
    println!("{a}");
}
