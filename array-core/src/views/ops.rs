//! The rearrangements behind NumPy's view functions, as data (`ViewOp`) applied to any ndarray
//! of dynamic rank (a view, a mutable view or an owned array: only strides change), with
//! NumPy's checks and messages; and the shape arithmetic of `reshape` and `broadcast_to`.

use ndarray::{ArrayBase, ArrayViewD, Axis, IxDyn, RawData};

use crate::axes::normalize;
use crate::error::IndexError;

/// One of NumPy's rearrangements of axes, with its arguments as given.
pub(super) enum ViewOp {
    /// `transpose`: reverse the axes, or permute them.
    Transpose(Option<Vec<isize>>),
    /// `swapaxes(i, j)`.
    SwapAxes(isize, isize),
    /// `moveaxis(source, destination)`.
    MoveAxis(Vec<isize>, Vec<isize>),
    /// `flip`: every axis, or these.
    Flip(Option<Vec<isize>>),
    /// `squeeze`: every length-1 axis, or these (each of length 1).
    Squeeze(Option<Vec<isize>>),
    /// `expand_dims`: new length-1 axes at these positions of the result.
    ExpandDims(Vec<isize>),
}

/// `op` applied to `a`.
///
/// # Errors
/// NumPy's error for axes that do not fit `a`.
pub(super) fn apply<S: RawData>(
    a: ArrayBase<S, IxDyn>,
    op: &ViewOp,
) -> Result<ArrayBase<S, IxDyn>, IndexError> {
    let ndim = a.ndim();
    Ok(match op {
        ViewOp::Transpose(None) => a.reversed_axes(),
        ViewOp::Transpose(Some(axes)) => {
            if axes.len() != ndim {
                return Err(IndexError::value_text("axes don't match array"));
            }
            let perm = unique(axes, ndim, "", "repeated axis in transpose")?;
            a.permuted_axes(IxDyn(&perm))
        }
        ViewOp::SwapAxes(i, j) => {
            let (i, j) = (
                normalize(*i, ndim, "axis1: ")?,
                normalize(*j, ndim, "axis2: ")?,
            );
            let mut a = a;
            a.swap_axes(i, j);
            a
        }
        ViewOp::MoveAxis(from, to) => a.permuted_axes(IxDyn(&moved_order(from, to, ndim)?)),
        ViewOp::Flip(axes) => {
            let axes = match axes {
                None => (0..ndim).collect(),
                Some(given) => unique(given, ndim, "", "repeated axis")?,
            };
            let mut a = a;
            for k in axes {
                a.invert_axis(Axis(k));
            }
            a
        }
        ViewOp::Squeeze(axes) => squeezed(a, axes.as_deref())?,
        ViewOp::ExpandDims(given) => {
            let out_ndim = ndim + given.len();
            let mut axes = unique(given, out_ndim, "", "repeated axis")?;
            axes.sort_unstable();
            let mut a = a;
            for k in axes {
                a = a.insert_axis(Axis(k));
            }
            a
        }
    })
}

/// The axis order `np.moveaxis(a, from, to)` gives: the other axes in order, then each moved
/// axis inserted at its destination, destinations in increasing order (NumPy's algorithm).
fn moved_order(from: &[isize], to: &[isize], ndim: usize) -> Result<Vec<usize>, IndexError> {
    if from.len() != to.len() {
        return Err(IndexError::value_text(
            "`source` and `destination` arguments must have the same number of elements",
        ));
    }
    let from = unique(from, ndim, "source: ", "repeated axis in `source` argument")?;
    let to = unique(
        to,
        ndim,
        "destination: ",
        "repeated axis in `destination` argument",
    )?;
    let mut order: Vec<usize> = (0..ndim).filter(|k| !from.contains(k)).collect();
    let mut pairs: Vec<(usize, usize)> = to.into_iter().zip(from).collect();
    pairs.sort_unstable();
    for (dst, src) in pairs {
        order.insert(dst, src);
    }
    Ok(order)
}

/// `np.squeeze(a, axes)`: every length-1 axis removed, or the ones named (each of length 1).
fn squeezed<S: RawData>(
    a: ArrayBase<S, IxDyn>,
    axes: Option<&[isize]>,
) -> Result<ArrayBase<S, IxDyn>, IndexError> {
    let ndim = a.ndim();
    let mut axes: Vec<usize> = match axes {
        None => (0..ndim).filter(|&k| a.shape()[k] == 1).collect(),
        Some(given) => {
            let axes = unique(given, ndim, "", "duplicate value in 'axis'")?;
            if axes.iter().any(|&k| a.shape()[k] != 1) {
                return Err(IndexError::value_text(
                    "cannot select an axis to squeeze out which has size not equal to one",
                ));
            }
            axes
        }
    };
    axes.sort_unstable();
    let mut a = a;
    for &k in axes.iter().rev() {
        a = a.index_axis_move(Axis(k), 0);
    }
    Ok(a)
}

/// Axes normalised against `ndim` (with `what` before an out-of-range message), none twice
/// (`repeated` is NumPy's message for a repeat in this function).
fn unique(
    axes: &[isize],
    ndim: usize,
    what: &str,
    repeated: &str,
) -> Result<Vec<usize>, IndexError> {
    let mut out = Vec::with_capacity(axes.len());
    for &a in axes {
        let k = normalize(a, ndim, what)?;
        if out.contains(&k) {
            return Err(IndexError::value_text(repeated));
        }
        out.push(k);
    }
    Ok(out)
}

/// The lengths of `reshape(shape)` for `size` elements: one negative length inferred.
///
/// # Errors
/// NumPy's messages: two unknowns, a negative length, a size that does not fit.
pub(super) fn resolve_shape(shape: &[isize], size: usize) -> Result<Vec<usize>, IndexError> {
    // NumPy reads any negative length as the unknown one.
    let unknown: Vec<usize> = (0..shape.len()).filter(|&k| shape[k] < 0).collect();
    if unknown.len() > 1 {
        return Err(IndexError::value_text(
            "can only specify one unknown dimension",
        ));
    }
    let known: usize = shape
        .iter()
        .filter(|&&d| d >= 0)
        .map(|&d| d as usize)
        .product();
    let mismatch = || IndexError::reshape_with_unknown(size, shape);
    let mut dims: Vec<usize> = shape.iter().map(|&d| d.max(0) as usize).collect();
    match unknown.first() {
        Some(&k) => {
            if known == 0 || size % known != 0 {
                return Err(mismatch());
            }
            dims[k] = size / known;
        }
        None if known != size => return Err(mismatch()),
        None => {}
    }
    Ok(dims)
}

/// The lengths of `broadcast_to(shape)`.
///
/// # Errors
/// NumPy's message for a negative length.
pub(super) fn broadcast_shape(shape: &[isize]) -> Result<Vec<usize>, IndexError> {
    if shape.iter().any(|&d| d < 0) {
        return Err(IndexError::value_text(
            "all elements of broadcast shape must be non-negative",
        ));
    }
    Ok(shape.iter().map(|&d| d as usize).collect())
}

/// `v` broadcast to `dims`, as a read-only view.
///
/// # Errors
/// NumPy's messages when `v` does not broadcast to `dims`.
pub(super) fn broadcast<'a, T>(
    v: ArrayViewD<'a, T>,
    dims: &[usize],
) -> Result<ArrayViewD<'a, T>, IndexError> {
    if v.ndim() > dims.len() {
        if dims.is_empty() {
            return Err(IndexError::value_text(
                "cannot broadcast a non-scalar to a scalar array",
            ));
        }
        return Err(IndexError::value_text(
            "input operand has more dimensions than allowed by the axis remapping",
        ));
    }
    let shape = v.shape().to_vec();
    crate::raw::broadcast_view(v, dims).ok_or_else(|| IndexError::broadcast_to(&shape, dims))
}

/// The diagonal of axes `axis1` and `axis2` with `offset`, moved to the last axis.
///
/// # Errors
/// NumPy's messages for fewer than two axes, axes out of range, or the same axis twice.
pub(super) fn diagonal<'a, T>(
    v: ArrayViewD<'a, T>,
    offset: isize,
    axis1: isize,
    axis2: isize,
) -> Result<ArrayViewD<'a, T>, IndexError> {
    let ndim = v.ndim();
    if ndim < 2 {
        return Err(IndexError::value_text(
            "diag requires an array of at least two dimensions",
        ));
    }
    let (a1, a2) = (
        normalize(axis1, ndim, "axis1: ")?,
        normalize(axis2, ndim, "axis2: ")?,
    );
    if a1 == a2 {
        return Err(IndexError::value_text("axis1 and axis2 cannot be the same"));
    }
    let mut order: Vec<usize> = (0..ndim).filter(|&k| k != a1 && k != a2).collect();
    order.extend([a1, a2]);
    let mut v = v.permuted_axes(IxDyn(&order));
    let (n1, n2) = (v.shape()[ndim - 2] as isize, v.shape()[ndim - 1] as isize);
    // Start at (0, offset) or (-offset, 0); the diagonal runs while both indices are in range.
    let (r0, c0) = if offset >= 0 {
        (0, offset)
    } else {
        (-offset, 0)
    };
    let len = (n1 - r0).min(n2 - c0).max(0);
    let (r0, c0) = (r0.min(n1), c0.min(n2));
    v.slice_axis_inplace(Axis(ndim - 2), ndarray::Slice::from(r0..r0 + len));
    v.slice_axis_inplace(Axis(ndim - 1), ndarray::Slice::from(c0..c0 + len));
    Ok(crate::raw::diagonal_of_last_two(v))
}

/// The index of element `p` (counted in C order) of an array of `shape`.
pub(super) fn unravel(mut p: usize, shape: &[usize]) -> Vec<usize> {
    let mut ix = vec![0; shape.len()];
    for (i, &n) in ix.iter_mut().zip(shape).rev() {
        *i = p % n;
        p /= n;
    }
    ix
}
