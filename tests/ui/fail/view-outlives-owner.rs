// A view borrows its owner's memory, so it cannot outlive the owner.
use npview::{arange, np, ArrayView1};

fn first_three() -> ArrayView1<'static, i64> {
    let arr = arange(10);
    np!(arr[:3])
}

fn main() {
    println!("{}", first_three());
}
