// The fix: `let mut` binds a mutable view.
use npview::{arange, np};

fn main() {
    let mut a = arange(6);
    np! {
        let mut v = a[1:4];
        v[0] = 5;
    }
    a.fill(0);
}
