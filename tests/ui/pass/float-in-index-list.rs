// The fix: integers in the list.
use npview::{arange, np};

fn main() {
    let a = arange(5);
    let v = np!(a[[0, 1]]);
    println!("{v}");
}
