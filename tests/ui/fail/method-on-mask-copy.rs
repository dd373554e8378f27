// `a[a > 1]` is a copy: `.fill(0)` on it would change nothing in `a`.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    np!(a[a > 1].fill(0));
    println!("{a}");
}
