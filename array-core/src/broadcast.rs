//! NumPy's broadcasting: the shape several operands broadcast to, a value fitted to the shape
//! of what it is written into, and in-place operations (`x += v`), whose right side
//! broadcasts to the left side's shape and never the other way.

use ndarray::{ArrayViewD, ArrayViewMutD, Axis, IxDyn};

use crate::error::IndexError;

/// NumPy's broadcasting of several shapes; `None` when they do not broadcast.
pub(crate) fn broadcast_shapes<'s>(
    shapes: impl IntoIterator<Item = &'s [usize]>,
) -> Option<Vec<usize>> {
    let mut out: Vec<usize> = Vec::new();
    for shape in shapes {
        if shape.len() > out.len() {
            let mut grown = vec![1; shape.len() - out.len()];
            grown.extend_from_slice(&out);
            out = grown;
        }
        let offset = out.len() - shape.len();
        for (o, &s) in out[offset..].iter_mut().zip(shape) {
            if *o == 1 {
                *o = s;
            } else if s != 1 && s != *o {
                return None;
            }
        }
    }
    Some(out)
}

/// `value` broadcast to `shape`, after dropping leading length-1 axes it has in excess (the
/// value of an assignment may carry them: `a[0] = [[1, 2, 3]]`).
pub(crate) fn fit_value<'v, T>(
    value: &'v ArrayViewD<'_, T>,
    shape: &[usize],
) -> Option<ArrayViewD<'v, T>> {
    let extra = value.ndim().saturating_sub(shape.len());
    if value.shape()[..extra].iter().any(|&n| n != 1) {
        return None;
    }
    let mut padded = vec![1; extra];
    padded.extend_from_slice(shape);
    let mut fitted = value.broadcast(IxDyn(&padded))?;
    for _ in 0..extra {
        fitted = fitted.index_axis_move(Axis(0), 0);
    }
    Some(fitted)
}

/// An in-place ufunc such as `x += v` with NumPy's broadcasting rules and messages.
pub(crate) fn apply_in_place<T, V>(
    out: &mut ArrayViewMutD<'_, T>,
    value: &ArrayViewD<'_, V>,
    op: &dyn Fn(&mut T, &V),
) -> Result<(), IndexError> {
    let shape = broadcast_shapes([out.shape(), value.shape()])
        .ok_or_else(|| IndexError::in_place_operands(out.shape(), value.shape()))?;
    if shape != out.shape() {
        return Err(IndexError::non_broadcastable_output(out.shape(), &shape));
    }
    out.zip_mut_with(value, |x, y| op(x, y));
    Ok(())
}
