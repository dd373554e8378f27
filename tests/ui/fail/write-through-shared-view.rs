// `np!(a[...])` gives a shared view: it can be read, not written.
#![allow(unused_mut)]
use npview::{array, np};

fn main() {
    let arr = array![10, 20, 30, 40, 50];
    let mut view = np!(arr[1:4]);
    view[0] = 999;
}
