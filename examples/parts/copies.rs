//! Part 2: `.copy()` makes new memory; `.base` tells a view from a copy.

use npview::{array, np, shares_memory};

use super::py;
use crate::say;

pub(crate) fn run(out: &mut String) {
    let arr = array![10, 20, 30, 40, 50];
    let mut copy = np!(arr[1:4]).copy();
    copy[0] = 999;
    say!(out, "{copy}");
    say!(out, "{arr}");
    say!(out, "copy.base is None: {}", py(copy.base().is_none()));
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
