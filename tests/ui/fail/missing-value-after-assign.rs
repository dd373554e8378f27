// An assignment needs a value after the operator.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let i = 2usize;
    np!(a[0] =);
    println!("{a} {i}");
}
