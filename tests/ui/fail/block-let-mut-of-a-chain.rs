// `let mut` in a block takes one index, so that it is clear what the view points into.
use npview::{arange, np};

fn main() {
    let mut a = arange(12).into_reshape((3, 4));
    np! {
        let mut v = a[1:][0];
        v[0] = 1;
    }
}
