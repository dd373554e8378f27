// The fix: views that share no column (the macro proves it; the run checks again).
use npview::{arange, np};

fn main() {
    let mut a = arange(12).into_reshape((3, 4));
    let (left, right) = np!(&mut a[:, :2], &mut a[:, 2:]);
    drop((left, right));
    let (evens, odds) = np!(&mut a[:, ::2], &mut a[:, 1::2]);
    drop((evens, odds));
}
