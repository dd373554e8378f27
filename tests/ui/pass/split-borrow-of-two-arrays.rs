// The fix: split one array.
use npview::{arange, np};

fn main() {
    let mut a = arange(4);
    let (x, y) = np!(&mut a[:2], &mut a[2:]);
    drop((x, y));
}
