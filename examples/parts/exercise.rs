//! Part 4, the practice exercise: which of these lines change `data`?
//!
//! In NumPy all four lines run and only the answers tell. In Rust the mutable view `a` must end
//! before `data` is read again, so the borrow checker already shows which names share memory.

use npview::{arange, np, shares_memory};

use super::py;
use crate::say;

pub(crate) fn run(out: &mut super::Lesson) {
    out.step(
        "data = np.arange(10); a = data[2:5]; a[:] = -1; b = data[[7, 8]]; b[:] = -2; c = data[data > 7]; c[:] = -3; data[data % 2 == 1] *= 10",
        "np!(&mut data[2:5]) is a view; np!(data[[7, 8]]) and np!(data[data > 7]) are copies; np!(data[data % 2 == 1] *= 10) writes in place",
        "only the slice and the masked write change data; the borrow checker makes the mutable view end before data is read again",
    );
    let mut data = arange(10);
    {
        let mut a = np!(&mut data[2:5]); // a view: writes reach `data`
        np!(a[:] = -1);
    }
    let mut b = np!(data[[7, 8]]); // a copy
    np!(b[:] = -2);
    let mut c = np!(data[data > 7]); // a copy
    np!(c[:] = -3);
    np!(data[data % 2 == 1] *= 10); // in place
    let a = np!(data[2:5]);
    say!(out, "{data}");
    say!(out, "{a} {b} {c}");
    say!(
        out,
        "views: {} {} {}",
        py(shares_memory(&data, &a)),
        py(shares_memory(&data, &b)),
        py(shares_memory(&data, &c))
    );
}
