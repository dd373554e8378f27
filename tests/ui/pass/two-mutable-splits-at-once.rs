// The fix: one split, its pieces used together.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let (mut left, mut right) = np!(&mut np.split(a, 2));
    left[0] = 1;
    right[0] = 2;
    println!("{a}");
}
