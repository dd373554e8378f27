//! Part 2: `.copy()` makes new memory; `.base` tells a view from a copy.

use npview::{array, np, shares_memory};

use super::py;
use crate::say;

pub(crate) fn run(out: &mut super::Lesson) {
    out.step(
        "copy = arr[1:4].copy(); copy[0] = 999",
        "let mut copy = np!(arr[1:4]).copy(); copy[0] = 999;",
        ".copy() makes new memory, so writing to it leaves arr alone, and its base is None",
    );
    let arr = array![10, 20, 30, 40, 50];
    let mut copy = np!(arr[1:4]).copy();
    copy[0] = 999;
    say!(out, "{copy}");
    say!(out, "{arr}");
    say!(out, "copy.base is None: {}", py(copy.base().is_none()));
    out.step(
        "view.base is arr; view[1:].base is arr; np.shares_memory(arr, view), np.shares_memory(arr, copy)",
        "view.base().is_some_and(|b| b.is(&arr)); npview::shares_memory(&arr, &view)",
        "a view of a view still has the owner as its base; shares_memory answers exactly",
    );
    let view = np!(arr[1:4]);
    say!(
        out,
        "view.base is arr: {}",
        py(view.base().is_some_and(|b| b.is(&arr)))
    );
    let inner = np!(view[1:]);
    say!(
        out,
        "view of a view, base is arr: {}",
        py(inner.base().is_some_and(|b| b.is(&arr)))
    );
    say!(
        out,
        "shares memory: {} {}",
        py(shares_memory(&arr, &view)),
        py(shares_memory(&arr, &copy))
    );
}
