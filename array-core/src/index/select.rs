//! Reads: `view[items]` as a view for basic indices, a copy for advanced ones, with fast
//! paths for a 1-D gather (`a[idx]`) and a mask of the array's own shape (`a[m]`).

use ndarray::{ArrayD, ArrayViewD, ArrayViewMutD, CowArray, IxDyn};

use super::gather::{gather, plan_gather};
use super::item::{check_indices, position, IndexItem};
use super::prepare::{apply_basic, basic, prepare};
use crate::error::IndexError;

/// The result of a read: a view for basic indices, a copy for advanced ones.
pub enum Selection<'a, T> {
    /// A view of the indexed memory.
    View(ArrayViewD<'a, T>),
    /// A copy.
    Copy(ArrayD<T>),
}

impl<T: Clone> Selection<'_, T> {
    /// The selection as an owned array: the copy as it is, or a copy of the view.
    pub(crate) fn into_owned(self) -> ArrayD<T> {
        match self {
            Self::View(v) => v.to_owned(),
            Self::Copy(c) => c,
        }
    }
}

/// A single boolean mask with the array's own shape: NumPy's boolean fast path.
pub(super) fn full_mask<'m>(
    shape: &[usize],
    items: &'m [IndexItem<'_>],
) -> Option<&'m CowArray<'m, bool, IxDyn>> {
    match items {
        [IndexItem::Mask(m)] if m.shape() == shape => Some(m),
        _ => None,
    }
}

/// `a[idx]` on a contiguous 1-D array: the buffer and the index array, when that is the case.
fn take_1d<'v, 'x, T>(
    view: &'v ArrayViewD<'_, T>,
    items: &'x [IndexItem<'_>],
) -> Option<(&'v [T], &'x CowArray<'x, isize, IxDyn>)> {
    match items {
        [IndexItem::IntArray(idx)] if view.ndim() == 1 && view.is_standard_layout() => {
            Some((view.as_slice()?, idx))
        }
        _ => None,
    }
}

/// `a[idx]` on a contiguous 1-D array: check the indices (a pass over them alone), then one
/// independent load per index, so many cache misses are in flight at once.
fn take<T: Clone>(buf: &[T], idx: &CowArray<'_, isize, IxDyn>) -> Result<ArrayD<T>, IndexError> {
    let n = buf.len();
    check_indices(idx, n)?;
    let mut out = crate::raw::output_vec(idx.len());
    match idx.as_slice() {
        Some(ix) => out.extend(ix.iter().map(|&i| buf[position(i, n)].clone())),
        None => out.extend(idx.iter().map(|&i| buf[position(i, n)].clone())),
    }
    Ok(ArrayD::from_shape_vec(idx.raw_dim(), out).expect("one element per index"))
}

/// Read `view[items]`: a view for basic indices, a copy for advanced ones.
pub(crate) fn select<'a, T: Clone>(
    view: ArrayViewD<'a, T>,
    items: &[IndexItem<'_>],
) -> Result<Selection<'a, T>, IndexError> {
    if let Some((buf, idx)) = take_1d(&view, items) {
        return Ok(Selection::Copy(take(buf, idx)?));
    }
    if let Some(mask) = full_mask(view.shape(), items) {
        // One pass in C order over the array and the mask together.
        let picked: Vec<T> = view
            .iter()
            .zip(mask.iter())
            .filter(|(_, &m)| m)
            .map(|(x, _)| x.clone())
            .collect();
        let n = picked.len();
        return Ok(Selection::Copy(
            ArrayD::from_shape_vec(IxDyn(&[n]), picked).expect("1-D"),
        ));
    }
    let prepared = prepare(view.shape(), items)?;
    let (view, adv) = apply_basic(view, prepared.steps, prepared.advanced)?;
    if !prepared.advanced {
        return Ok(Selection::View(view));
    }
    Ok(Selection::Copy(gather(&plan_gather(view, adv)?)))
}

/// `view[items]` as a mutable view; basic indices only (the type layer never sends others).
pub(crate) fn select_mut<'a, T>(
    view: ArrayViewMutD<'a, T>,
    items: &[IndexItem<'_>],
) -> Result<ArrayViewMutD<'a, T>, IndexError> {
    basic(view, items)
}
