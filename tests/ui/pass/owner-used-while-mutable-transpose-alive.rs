// The fix: finish with the view first.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let mut t = np!(&mut a.T);
    t[[0, 1]] = 99;
    println!("{a}");
}
