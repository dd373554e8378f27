// `None` is NumPy's newaxis only as an index element of its own.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let v = np!(a[None + 1]);
    println!("{v}");
    a.fill(0);
}
