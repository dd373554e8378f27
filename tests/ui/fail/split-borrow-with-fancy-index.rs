// Fancy indexing copies, so it cannot be one of the mutable views of a split borrow.
use npview::{arange, np};

fn main() {
    let mut a = arange(4);
    let (x, y) = np!(&mut a[[0, 1]], &mut a[2:]);
    drop((x, y));
}
