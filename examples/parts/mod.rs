//! The copies-vs-views lesson, part by part. Each `run` writes what the NumPy code in
//! `scripts/lesson.py` prints, byte for byte (`tests/lesson.rs` checks it).

pub(crate) mod copies;
pub(crate) mod exercise;
pub(crate) mod fancy_and_masks;
pub(crate) mod more_views;
pub(crate) mod pitfalls;
pub(crate) mod views;

/// Python prints booleans as `True` and `False`.
pub(crate) fn py(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

/// A part of the lesson: writes its output into the string.
pub(crate) type Part = fn(&mut String);

/// Every part, by the name of its example and its expected-output file.
pub(crate) const PARTS: [(&str, Part); 6] = [
    ("views", views::run),
    ("copies", copies::run),
    ("fancy_and_masks", fancy_and_masks::run),
    ("exercise", exercise::run),
    ("pitfalls", pitfalls::run),
    ("more_views", more_views::run),
];

/// `writeln!` into the lesson's output.
#[macro_export]
macro_rules! say {
    ($out:expr, $($arg:tt)*) => {
        ::core::fmt::Write::write_fmt($out, format_args!("{}\n", format_args!($($arg)*))).expect("writing to a String")
    };
}
