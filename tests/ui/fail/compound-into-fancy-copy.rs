// `a[[0, 2]]` is a copy: `+=` into an element of it would change nothing in `a`.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    np!(a[[0, 2]][0] += 1);
    println!("{a}");
}
