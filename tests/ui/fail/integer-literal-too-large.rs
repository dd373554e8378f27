// An index is an `isize`; NumPy refuses this one with an OverflowError.
use npview::{arange, np};

fn main() {
    let a = arange(5);
    let v = np!(a[99999999999999999999]);
    println!("{v}");
}
