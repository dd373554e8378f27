// A split borrow indexes the array once per view.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let (x, y) = np!(&mut a[0][:1], &mut a[1]);
    drop((x, y));
}
