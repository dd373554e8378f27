// The fix: return an owned copy.
use npview::{arange, np, Array1};

fn first_three() -> Array1<i64> {
    let arr = arange(10);
    np!(arr[:3]).copy()
}

fn main() {
    println!("{}", first_three());
}
