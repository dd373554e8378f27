// A trailing comma makes a split borrow, which needs two or more views.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    let v = np!(&mut a[0],);
    *v = 1;
}
