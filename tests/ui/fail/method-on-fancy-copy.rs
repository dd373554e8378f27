// `a[[0, 2]]` is a copy: `.fill(5)` on it would change nothing in `a`.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    np!(a[[0, 2]].fill(5));
    println!("{a}");
}
