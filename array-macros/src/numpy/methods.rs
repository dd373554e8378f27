//! The methods and attributes with NumPy's meaning on an expression (`a.astype(T)`, `a.T`,
//! `a.sum(axis=0)`).

use super::signatures::{method_call, FnSpec};
use super::views::ViewFn;

/// A method or attribute with NumPy's meaning on an expression (`a.astype(np.float64)`,
/// `a.T`): the function it stands for and whether it is an attribute (no parentheses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NpMethod {
    /// `a.astype(dtype)`.
    AsType,
    /// `a.clip(lo, hi)`: `np.clip(a, lo, hi)`.
    Clip,
    /// `a.round(decimals=0)`: `np.round(a, decimals)`.
    Round,
    /// `a.T`: the transpose, a view.
    Transpose,
    /// `a.shape`: the shape as a tuple.
    Shape,
    /// `a.ndim`.
    Ndim,
    /// `a.size`.
    Size,
    /// Python's `len(a)`: the length of the first axis (parsed from `len(a)`, not a method).
    Len,
    /// A method returning a view or a copy: `a.transpose(1, 0)`, `a.ravel()` ...
    View(ViewFn),
    /// `a.flat`, indexed (`a.flat[3]`) or written (`a.flat[::2] = 0`).
    Flat,
    /// `a.base`, compared with `is`.
    Base,
    /// A method computed by a table entry (`a.sum(axis=0)`).
    Call(&'static FnSpec),
    /// `a.sort(axis=-1)`: in place.
    SortInPlace,
}

/// The NumPy method `name` called with (`call`) or without parentheses, if it is one.
pub(crate) fn method(name: &str, call: bool) -> Option<NpMethod> {
    Some(match (name, call) {
        ("astype", true) => NpMethod::AsType,
        ("clip", true) => NpMethod::Clip,
        ("round", true) => NpMethod::Round,
        ("T", false) => NpMethod::Transpose,
        ("shape", false) => NpMethod::Shape,
        ("ndim", false) => NpMethod::Ndim,
        ("size", false) => NpMethod::Size,
        ("transpose", true) => NpMethod::View(ViewFn::Transpose),
        ("swapaxes", true) => NpMethod::View(ViewFn::SwapAxes),
        ("squeeze", true) => NpMethod::View(ViewFn::Squeeze),
        ("ravel", true) => NpMethod::View(ViewFn::Ravel),
        ("reshape", true) => NpMethod::View(ViewFn::Reshape),
        ("flatten", true) => NpMethod::View(ViewFn::Flatten),
        ("copy", true) => NpMethod::View(ViewFn::CopyC),
        ("diagonal", true) => NpMethod::View(ViewFn::Diagonal),
        ("flat", false) => NpMethod::Flat,
        ("base", false) => NpMethod::Base,
        ("sort", true) => NpMethod::SortInPlace,
        (other, true) => NpMethod::Call(method_call(other)?),
        _ => return None,
    })
}
