// The fix: a slice selects the same elements as a view.
use npview::{arange, np};

fn main() {
    let mut a = arange(4);
    let (x, y) = np!(&mut a[0:2], &mut a[2:]);
    drop((x, y));
}
