// A view of `Cell`s would let two threads mutate the same cell: it must stay on its thread.
use std::cell::Cell;

use npview::{np, Array1};

fn main() {
    let a = Array1::from(vec![Cell::new(1), Cell::new(2)]);
    let v = np!(a[..]);
    std::thread::scope(|s| {
        s.spawn(move || v[0].set(5));
    });
}
