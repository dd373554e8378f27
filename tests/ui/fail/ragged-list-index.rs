// NumPy: setting an array element with a sequence (a ragged nested list).
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let v = np!(a[[[0, 1], [1]]]);
    println!("{v}");
    a.fill(0);
}
