// The fix for: Only mutable views need splitting; shared views may overlap freely.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let (x, y) = (np!(a[0]), np!(a[1]));
    drop((x, y));
    a.fill(0);
}
