// A slice has at most start:stop:step.
use npview::{arange, np};

fn main() {
    let mut a = arange(6).into_reshape((2, 3));
    let v = np!(a[0, 1:2:1:2]);
    println!("{v}");
    a.fill(0);
}
