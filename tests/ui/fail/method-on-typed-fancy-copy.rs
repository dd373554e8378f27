// An index array in a variable makes a copy too: `.fill(5)` would change nothing in `a`.
use npview::{arange, np};

fn main() {
    let mut a = arange(5);
    let idx = vec![0usize, 2];
    np!(a[idx].fill(5));
    println!("{a}");
}
