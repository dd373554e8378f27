// NumPy: a.diagonal() is a read-only view; in npview a shared view, so writing into it is a
// compile error.
use npview::{arange, np};

fn main() {
    let a = arange(9).into_reshape((3, 3));
    let d = np!(a.diagonal());
    np!(d[0] = 100);
    println!("{d}");
}
