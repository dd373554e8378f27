//! The copies-vs-views lesson, part by part. Each `run` writes what the NumPy code in
//! `scripts/lesson.py` prints, byte for byte (`tests/lesson.rs` checks it); narrated, each step
//! first shows the NumPy line, its `np!` line and why the result is a view or a copy.

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

/// Where a part of the lesson writes: NumPy's output, and (narrated) each step's lines.
pub(crate) struct Lesson {
    /// What has been written.
    pub(crate) text: String,
    narrate: bool,
}

impl Lesson {
    /// Only what NumPy prints, byte for byte.
    #[allow(dead_code)] // the tests print plainly; the examples read the command line
    pub(crate) fn plain() -> Self {
        Self {
            text: String::new(),
            narrate: false,
        }
    }

    /// Narrated, unless the command line says `--plain` (NumPy's output alone, byte for byte).
    #[allow(dead_code)] // the tests use `plain`
    pub(crate) fn from_args() -> Self {
        Self {
            text: String::new(),
            narrate: !std::env::args().any(|a| a == "--plain"),
        }
    }

    /// Whether each step is narrated.
    #[allow(dead_code)] // only the whole lesson asks
    pub(crate) fn narrates(&self) -> bool {
        self.narrate
    }

    /// A step of the lesson: the NumPy code, the Rust that does it, and one sentence why.
    pub(crate) fn step(&mut self, numpy: &str, rust: &str, why: &str) {
        if self.narrate {
            self.text.push_str(&format!(
                "\n  NumPy: {numpy}\n  np!:   {rust}\n  why:   {why}\n"
            ));
        }
    }
}

impl core::fmt::Write for Lesson {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.text.push_str(s);
        Ok(())
    }
}

/// A part of the lesson: writes its output into the lesson.
pub(crate) type Part = fn(&mut Lesson);

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
