// NumPy has no empty index; a[...] or a[:] take everything.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let v = np!(a[]);
    println!("{v}");
    a.fill(0);
}
