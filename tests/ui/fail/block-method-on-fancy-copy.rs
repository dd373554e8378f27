// In a block too: `.fill(0)` on a fancy copy would change nothing in `a`.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    np! {
        a[[0, 2]].fill(0);
    }
    println!("{a}");
}
