// The fix for: After an indexed expression only an assignment operator may follow.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    let i = 2usize;
    np!(a[0] = 5);
    println!("{a} {i}");
}
