//! Part 1: slicing gives a view, the same memory under another name.

use npview::{arange, array, np};

use super::py;
use crate::say;

pub(crate) fn run(out: &mut super::Lesson) {
    out.step(
        "arr = np.array([10, 20, 30, 40, 50]); view = arr[1:4]; view[0] = 999",
        "let mut view = np!(&mut arr[1:4]); view[0] = 999;",
        "a slice is a view, the same memory under another name, so the write reaches arr; in Rust the view borrows arr, mutably here",
    );
    let mut arr = array![10, 20, 30, 40, 50];
    let mut view = np!(&mut arr[1:4]); // borrows arr mutably while `view` is used
    say!(out, "{view}");
    view[0] = 999;
    say!(out, "{view}");
    say!(out, "{arr}"); // the write went through to arr
    out.step(
        "view.base is arr",
        "np!(arr[1:4]).base().is_some_and(|b| b.is(&arr))",
        "a view's base is the array that owns its memory",
    );
    let view = np!(arr[1:4]);
    say!(
        out,
        "view.base is arr: {}",
        py(view.base().is_some_and(|b| b.is(&arr)))
    );

    out.step(
        "m = np.arange(12).reshape(3, 4); col = m[:, 1]; col[:] = 0; m[::2, ::-1]; m[1, 2]; m[1] += 100",
        "let mut col = np!(&mut m[:, 1]); np!(col[:] = 0); np!(m[::2, ::-1]); np!(m[1, 2]); let mut row = np!(&mut m[1]); row += 100;",
        "every basic index (integers, slices, steps, also negative) is a view, on any number of axes; one integer per axis gives an element",
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
