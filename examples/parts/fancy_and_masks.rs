//! Part 3: fancy and boolean indexing copy; assigning through them writes in place;
//! `reshape` is a view when it can be.

use npview::{arange, array, may_share_memory, np, shares_memory};

use super::py;
use crate::say;

pub(crate) fn run(out: &mut super::Lesson) {
    out.step(
        "picked = arr[[0, 2, 4]]; picked[0] = -1; big = arr[arr > 25]",
        "let mut picked = np!(arr[[0, 2, 4]]); picked[0] = -1; let big = np!(arr[arr > 25]);",
        "fancy (integer-array) and boolean indexing always copy: np! sees it in the syntax and gives an owned Array",
    );
    let mut arr = array![10, 20, 30, 40, 50];
    let mut picked = np!(arr[[0, 2, 4]]); // an owned copy: np! decided from the syntax
    picked[0] = -1;
    say!(out, "{picked}");
    say!(out, "{arr}");
    let big = np!(arr[arr > 25]);
    say!(out, "{big}");
    say!(
        out,
        "shares memory: {} {}",
        py(shares_memory(&arr, &picked)),
        py(shares_memory(&arr, &big))
    );
    out.step(
        "arr[[0, 2]] = 0; arr[arr > 25] += 1",
        "np!(arr[[0, 2]] = 0); np!(arr[arr > 25] += 1);",
        "assigning through a fancy index or a mask writes into arr itself",
    );
    np!(arr[[0, 2]] = 0);
    say!(out, "{arr}");
    np!(arr[arr > 25] += 1);
    say!(out, "{arr}");

    out.step(
        "a = np.arange(6); b = a.reshape(2, 3); c = b.T.reshape(6)",
        "let b = a.reshape((2, 3)); let c = b.t().reshape(6);",
        "reshape is a view when the strides allow it and a copy when they do not: the transpose cannot be flattened in place",
    );
    let a = arange(6);
    let b = a.reshape((2, 3)); // a view: `b.is_view()` says so
    say!(out, "{b}");
    say!(out, "a, b share memory: {}", py(shares_memory(&a, &b)));
    let c = b.t().reshape(6); // the transpose cannot be flattened in place: a copy
    say!(out, "{c}");
    say!(out, "a, c share memory: {}", py(shares_memory(&a, &c)));
    out.step(
        "np.may_share_memory(evens, odds), np.shares_memory(evens, odds)",
        "npview::may_share_memory(&evens, &odds), npview::shares_memory(&evens, &odds)",
        "interleaved views span the same memory without sharing an element: may_share_memory only compares extents",
    );
    let (evens, odds) = (np!(a[::2]), np!(a[1::2]));
    say!(
        out,
        "may share: {} shares: {}",
        py(may_share_memory(&evens, &odds)),
        py(shares_memory(&evens, &odds))
    );
}
