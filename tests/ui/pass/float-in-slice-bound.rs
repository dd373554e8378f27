// The fix: an integer bound.
use npview::{arange, np};

fn main() {
    let a = arange(5);
    let v = np!(a[0:]);
    println!("{v}");
}
