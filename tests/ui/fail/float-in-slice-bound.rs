// NumPy: slice indices must be integers or None.
use npview::{arange, np};

fn main() {
    let a = arange(5);
    let v = np!(a[0.0:]);
    println!("{v}");
}
