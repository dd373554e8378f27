// In a block, `let` without `mut` binds a shared view: it cannot be written.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    np! {
        let v = a[1:4];
        v[0] = 5;
    }
    a.fill(0);
}
