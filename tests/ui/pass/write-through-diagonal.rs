// The fix: write the diagonal through an index of the array itself.
use npview::{arange, np};

fn main() {
    let mut a = arange(9).into_reshape((3, 3));
    np!(a[[0, 1, 2], [0, 1, 2]] = 100);
    println!("{a}");
}
