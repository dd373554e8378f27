// A Rust path inside an index needs a name after ::.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let i = 2usize;
    let x: i64 = np!(a[(i64::)]);
    println!("{x}");
    println!("{a} {i}");
}
