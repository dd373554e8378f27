// np!(&mut a.swapaxes(0, 1)) borrows `a` mutably for as long as the view lives.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let mut s = np!(&mut a.swapaxes(0, 1));
    np!(a[0, 0] = 7);
    s[[0, 0]] = 1;
}
