//! Part 1: slicing gives a view, the same memory under another name.

use npview::{arange, array, np};

use super::py;
use crate::say;

pub(crate) fn run(out: &mut String) {
    let mut arr = array![10, 20, 30, 40, 50];
    let mut view = np!(&mut arr[1:4]); // borrows arr mutably while `view` is used
    say!(out, "{view}");
    view[0] = 999;
    say!(out, "{view}");
    say!(out, "{arr}"); // the write went through to arr
    let view = np!(arr[1:4]);
    say!(
        out,
        "view.base is arr: {}",
        py(view.base().is_some_and(|b| b.is(&arr)))
    );

    // Every basic index is a view, also on several axes at once.
    let mut m = arange(12).into_reshape((3, 4));
    let mut col = np!(&mut m[:, 1]);
    np!(col[:] = 0);
    say!(out, "{m}");
    say!(out, "{}", np!(m[::2, ::-1]));
    say!(out, "m[1, 2] = {}", np!(m[1, 2]));
    let mut row = np!(&mut m[1]);
    row += 100;
    say!(out, "{m}");
}
