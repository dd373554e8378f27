// A let statement in an np! block needs a name.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let i = 2usize;
    np! { let = a[0]; }
    println!("{a} {i}");
}
