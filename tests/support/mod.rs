//! Checks shared by the NumPy-generated tests. Failures are collected, so one run lists every
//! case that disagrees with NumPy, each with the NumPy expression it came from.

#![allow(dead_code)]

pub(crate) mod repr;

use npview::{Array, ArrayView, Dimension, ErrorKind, IndexError, MemoryLayout};

#[allow(unused_imports)]
pub(crate) use self::repr::{numpy_scalar, python_scalar, python_shape, Repr};

/// What a read gave: its kind (view, copy or scalar, as NumPy would say), text and shape.
pub(crate) trait Outcome {
    fn kind(&self) -> &'static str;
    fn text(&self) -> String;
    fn dims(&self) -> Vec<usize>;
}

impl<D: Dimension> Outcome for ArrayView<'_, i64, D> {
    fn kind(&self) -> &'static str {
        "view"
    }
    fn text(&self) -> String {
        self.to_string()
    }
    fn dims(&self) -> Vec<usize> {
        self.shape().to_vec()
    }
}

impl<D: Dimension> Outcome for Array<i64, D> {
    fn kind(&self) -> &'static str {
        "copy"
    }
    fn text(&self) -> String {
        self.to_string()
    }
    fn dims(&self) -> Vec<usize> {
        self.shape().to_vec()
    }
}

impl Outcome for i64 {
    fn kind(&self) -> &'static str {
        "scalar"
    }
    fn text(&self) -> String {
        self.to_string()
    }
    fn dims(&self) -> Vec<usize> {
        Vec::new()
    }
}

pub(crate) fn expect_read(
    failures: &mut Vec<String>,
    case: &str,
    got: &impl Outcome,
    kind: &str,
    text: &str,
    shape: &[usize],
) {
    if got.kind() != kind || got.text() != text || got.dims() != shape {
        failures.push(format!(
            "{case}\n    numpy: {kind} {shape:?}\n{text}\n    npview: {} {:?}\n{}",
            got.kind(),
            got.dims(),
            got.text()
        ));
    }
}

/// NumPy's exception class as npview's [`ErrorKind`].
fn kind_of(class: &str) -> ErrorKind {
    match class {
        "IndexError" => ErrorKind::Index,
        "TypeError" | "UFuncTypeError" => ErrorKind::Type,
        "OverflowError" => ErrorKind::Overflow,
        "AxisError" => ErrorKind::Axis,
        _ => ErrorKind::Value,
    }
}

/// A result whose NumPy `repr()` is `expected`.
pub(crate) fn expect_repr(failures: &mut Vec<String>, case: &str, got: &impl Repr, expected: &str) {
    let text = got.repr();
    if text != expected {
        failures.push(format!(
            "{case}\n    numpy:\n{expected}\n    npview:\n{text}"
        ));
    }
}

/// A Python value (`int`, `float`, `bool`) whose `str()` is `expected`.
pub(crate) fn expect_py<T: npview::FormatElement>(
    failures: &mut Vec<String>,
    case: &str,
    got: &T,
    expected: &str,
) {
    let text = python_scalar(got);
    if text != expected {
        failures.push(format!("{case}\n    numpy: {expected}\n    npview: {text}"));
    }
}

/// A result whose shape is `expected` (`np.shape(result)`).
pub(crate) fn expect_shape<
    R: core::ops::Deref<Target = ndarray::ArrayRef<T, D>>,
    T,
    D: Dimension,
>(
    failures: &mut Vec<String>,
    case: &str,
    got: &R,
    expected: &[usize],
) {
    if got.shape() != expected {
        failures.push(format!(
            "{case}\n    numpy shape: {expected:?}\n    npview shape: {:?}",
            got.shape()
        ));
    }
}

/// Whether the result shares memory with `source` (NumPy's `np.shares_memory(result, source)`):
/// a view or a copy, as NumPy made it.
pub(crate) fn expect_shares(
    failures: &mut Vec<String>,
    case: &str,
    got: &impl MemoryLayout,
    source: &impl MemoryLayout,
    expected: bool,
) {
    let shares = npview::shares_memory(got, source);
    if shares != expected {
        let what = |s: bool| {
            if s {
                "a view (shares memory)"
            } else {
                "a copy"
            }
        };
        failures.push(format!(
            "{case}\n    numpy: {}\n    npview: {}",
            what(expected),
            what(shares)
        ));
    }
}

/// An `Err` from a `try` form whose NumPy class and message are `class` and `message` (any
/// `Ok` value is a failure).
pub(crate) fn expect_err<T>(
    failures: &mut Vec<String>,
    case: &str,
    got: Result<T, IndexError>,
    class: &str,
    message: &str,
) {
    expect_error(failures, case, got.map(|_| ()), class, message);
}

pub(crate) fn expect_error(
    failures: &mut Vec<String>,
    case: &str,
    got: Result<(), IndexError>,
    class: &str,
    message: &str,
) {
    match got {
        Err(e) if e.kind() == kind_of(class) && e.message() == message => {}
        Err(e) => failures.push(format!(
            "{case}\n    numpy:  {class}: {message}\n    npview: {:?}: {}",
            e.kind(),
            e.message()
        )),
        Ok(()) => failures.push(format!(
            "{case}\n    numpy:  {class}: {message}\n    npview: no error"
        )),
    }
}

pub(crate) fn expect_text(failures: &mut Vec<String>, case: &str, got: &str, expected: &str) {
    if got != expected {
        failures.push(format!(
            "{case}\n    numpy:\n{expected}\n    npview:\n{got}"
        ));
    }
}

pub(crate) fn report(name: &str, count: usize, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{name}: {} of {count} cases differ from NumPy:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
