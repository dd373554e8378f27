//! Part 1 of the lesson (`scripts/lesson.py`, `views`) ported with the `np! { ... }` block
//! form: the NumPy lines stay as they were; `cargo run --example lesson_block` prints what
//! NumPy prints (`tests/lesson.rs` checks it).

use npview::{arange, array, np};

/// Python prints booleans as `True` and `False`.
fn py(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// The lesson's `views` part, written into `out`.
pub(crate) fn views(out: &mut String) {
    use core::fmt::Write;
    let mut arr = array![10, 20, 30, 40, 50];
    let mut m = arange(12).into_reshape((3, 4));
    np! {
        let mut view = arr[1:4];
        writeln!(out, "{view}").unwrap();
        view[0] = 999;
        writeln!(out, "{view}").unwrap();
        writeln!(out, "{arr}").unwrap();
        let view = arr[1:4];
        writeln!(out, "view.base is arr: {}", py(view.base().is_some_and(|b| b.is(&arr)))).unwrap();
        let mut col = m[:, 1];
        col[:] = 0;
        writeln!(out, "{m}").unwrap();
        let flipped = m[::2, ::-1];
        writeln!(out, "{flipped}").unwrap();
        let item = m[1, 2];
        writeln!(out, "m[1, 2] = {item}").unwrap();
        let mut row = m[1];
        row += 100;
        writeln!(out, "{m}").unwrap();
    }
}

#[allow(dead_code)]
fn main() {
    let mut out = String::new();
    views(&mut out);
    print!("{out}");
}
