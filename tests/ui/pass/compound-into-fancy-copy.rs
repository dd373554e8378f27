// The fix: the compound operator through the index itself.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    np!(a[[0, 2]] += 1);
    println!("{a}");
}
