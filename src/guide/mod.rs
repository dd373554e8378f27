//! ## Chapters
//!
//! Four chapters, each one page, and every example on them is a doctest: the runnable ones run
//! and check their output with `assert_eq!`, and the ones marked `compile_fail` are checked to
//! be rejected by the compiler.
//!
//! 1. [Copies vs views](crate::guide::copies_vs_views): NumPy's copies-vs-views lesson step by
//!    step, each NumPy line beside its `np!` line and the output both print, then the lesson's
//!    quiz with the compiler giving the answers.
//! 2. [npview for NumPy users](crate::guide::numpy_users): the NumPy idioms `np!` covers
//!    (indexing, assignment, masks, expressions and dtypes, reductions, sorting, constructors,
//!    joins, views) with their outputs, and what npview does differently on purpose.
//! 3. [Aliasing rules](crate::guide::aliasing_rules): the mistakes that are compile errors in
//!    npview, each beside the version that compiles, with the error it gives.
//! 4. [Performance](crate::guide::performance): what `np!` does without allocating, what it
//!    fuses into one pass, and what it copies.
//!
//! The examples print what NumPy prints: an array's `Display` is NumPy's `str()` and its
//! `Debug` is `repr()`, so `assert_eq!(a.to_string(), "[1 2 3]")` states the output of NumPy's
//! `print(a)`.
//!
//! They run with the crate's other doctests: `cargo test --doc -p npview`.

#[doc = include_str!("copies_vs_views.md")]
pub mod copies_vs_views {}

#[doc = include_str!("numpy_users.md")]
pub mod numpy_users {}

#[doc = include_str!("aliasing_rules.md")]
pub mod aliasing_rules {}

#[doc = include_str!("performance.md")]
pub mod performance {}
