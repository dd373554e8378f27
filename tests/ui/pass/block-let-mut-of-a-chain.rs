// The fix: bind the first step, then index that.
use npview::{arange, np};

fn main() {
    let mut a = arange(12).into_reshape((3, 4));
    np! {
        let mut rest = a[1:];
        let mut v = rest[0];
        v[0] = 1;
    }
}
