// A dot after an indexed expression needs a field or method name.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let i = 2usize;
    let s = np!(a[1:].);
    println!("{s}");
    println!("{a} {i}");
}
