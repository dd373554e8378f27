// A split borrow divides one array; two arrays need no split, just two borrows.
use npview::{arange, np};

fn main() {
    let mut a = arange(4);
    let mut b = arange(4);
    let (x, y) = np!(&mut a[:2], &mut b[2:]);
    drop((x, y));
}
