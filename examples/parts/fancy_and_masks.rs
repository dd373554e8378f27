//! Part 3: fancy and boolean indexing copy; assigning through them writes in place;
//! `reshape` is a view when it can be.

use npview::{arange, array, may_share_memory, np, shares_memory};

use super::py;
use crate::say;

pub(crate) fn run(out: &mut String) {
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
    np!(arr[[0, 2]] = 0);
    say!(out, "{arr}");
    np!(arr[arr > 25] += 1);
    say!(out, "{arr}");

    let a = arange(6);
    let b = a.reshape((2, 3)); // a view: `b.is_view()` says so
    say!(out, "{b}");
    say!(out, "a, b share memory: {}", py(shares_memory(&a, &b)));
    let c = b.t().reshape(6); // the transpose cannot be flattened in place: a copy
    say!(out, "{c}");
    say!(out, "a, c share memory: {}", py(shares_memory(&a, &c)));
    let (evens, odds) = (np!(a[::2]), np!(a[1::2]));
    say!(
        out,
        "may share: {} shares: {}",
        py(may_share_memory(&evens, &odds)),
        py(shares_memory(&evens, &odds))
    );
}
