// The fix for: NumPy: IndexError: an index can only have a single ellipsis ('...').
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let v = np!(a[..., 0]);
    println!("{v}");
    a.fill(0);
}
