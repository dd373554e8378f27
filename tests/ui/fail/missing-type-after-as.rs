// A cast inside an index needs its type.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let i = 2usize;
    let x: i64 = np!(a[i as]);
    println!("{x}");
    println!("{a} {i}");
}
