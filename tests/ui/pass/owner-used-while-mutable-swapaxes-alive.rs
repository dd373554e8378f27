// The fix: write through the view, then through the owner.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let mut s = np!(&mut a.swapaxes(0, 1));
    s[[0, 0]] = 1;
    np!(a[0, 1] = 7);
    println!("{a}");
}
