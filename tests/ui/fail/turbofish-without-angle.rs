// A turbofish is ::<...>, not :: alone.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let i = 2usize;
    let s = np!(a[1:].iter().sum::());
    println!("{s}");
    println!("{a} {i}");
}
