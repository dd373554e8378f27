//! Part 5: the two pitfalls, and how npview turns the second into a compile error.

use npview::{array, np};

use crate::say;

pub(crate) fn run(out: &mut super::Lesson) {
    // Pitfall 1: a slice meant as a copy writes through to the original.
    out.step(
        "top = scores[:3]; top[:] = 100   # meant as a copy",
        "let mut top = np!(&mut scores[:3]); np!(top[:] = 100);",
        "a slice meant as a copy writes through; in Rust `&mut` says it is a view, and `.copy()` is the fix",
    );
    let mut scores = array![88, 92, 79, 65, 95];
    let mut top = np!(&mut scores[:3]); // `&mut` says it: this is a view
    np!(top[:] = 100);
    say!(out, "{scores}");
    let scores = array![88, 92, 79, 65, 95];
    let mut top = np!(scores[:3]).copy(); // the fix: an explicit copy
    np!(top[:] = 100);
    say!(out, "{scores} {top}");

    out.step(
        "scores[[0, 2]][0] = 0   # silently changes nothing",
        "np!(scores[[0, 2]] = 0);   // np!(scores[[0, 2]][0] = 0) does not compile",
        "writing into a fancy-indexed copy is lost in NumPy; np! refuses it at compile time and names the fix",
    );
    // Pitfall 2: in NumPy, `scores[[0, 2]][0] = 0` silently changes nothing. In npview,
    // `np!(scores[[0, 2]][0] = 0)` does not compile: "fancy indexing returns a copy, so
    // assigning into it would change nothing in `scores`" (tests/ui/assign-into-fancy-copy.rs).
    let mut scores = array![88, 92, 79, 65, 95];
    say!(out, "{scores}");
    np!(scores[[0, 2]] = 0); // the fix the message suggests
    say!(out, "{scores}");
    let mask = np!(scores > 90);
    np!(scores[mask] = 90);
    say!(out, "{scores}");
}
