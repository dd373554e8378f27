//! Reads: `view[items]` as a view for basic indices, a copy for advanced ones, with fast
//! paths for a 1-D gather (`a[idx]`) and a mask of the array's own shape (`a[m]`).

use ndarray::{ArrayD, ArrayViewD, ArrayViewMutD, Axis, CowArray, Dimension, IxDyn};

use super::gather::{gather, plan_gather};
use super::item::{check_indices_in_bounds, position, resolve_int, IndexItem};
use super::prepare::{apply_basic, basic, prepare};
use super::threads::Threads;
use crate::error::IndexError;
use crate::raw::InBounds;

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
fn take<T: Clone>(
    buf: &[T],
    idx: &CowArray<'_, isize, IxDyn>,
    threads: Threads<T>,
) -> Result<ArrayD<T>, IndexError> {
    let n = buf.len();
    let in_bounds = check_indices_in_bounds(idx, n)?;
    if let (Some(kernels), Some(ix)) = (threads.split(idx.len()), idx.as_slice()) {
        let out = (kernels.take)(buf, ix);
        return Ok(ArrayD::from_shape_vec(idx.raw_dim(), out).expect("one element per index"));
    }
    let mut out = crate::raw::output_vec(idx.len());
    match (in_bounds, idx.as_slice()) {
        (Some(at), _) => take_in_bounds(buf, at, &mut out),
        (None, Some(ix)) => take_checked(buf, ix, &mut out),
        (None, None) => out.extend(idx.iter().map(|&i| buf[position(i, n)].clone())),
    }
    Ok(ArrayD::from_shape_vec(idx.raw_dim(), out).expect("one element per index"))
}

/// The load loop of [`take`], for indices already checked. A function of its own: inlined
/// into its caller, it ran short of registers and reloaded the length from the stack on every
/// index, and that extra load per element left fewer cache misses in flight (a gather of 1M
/// float32 from 10M went from 7.5-8.2 ms to 8.8-10.1 ms).
#[inline(never)]
fn take_checked<T: Clone>(buf: &[T], ix: &[isize], out: &mut Vec<T>) {
    let n = buf.len();
    out.extend(ix.iter().map(|&i| buf[position(i, n)].clone()));
}

/// The load loop of [`take`] for indices all in `0..buf.len()`: no check per index (see
/// [`InBounds`]). A function of its own for the reason [`take_checked`] is.
#[inline(never)]
fn take_in_bounds<T: Clone>(buf: &[T], at: InBounds<'_>, out: &mut Vec<T>) {
    out.extend(at.take(buf));
}

/// `buf[idx]` split over threads (see [`Threads`]), for indices already checked.
pub(super) fn take_split<T: Clone + Send + Sync>(buf: &[T], idx: &[isize]) -> Vec<T> {
    let n = buf.len();
    let pieces = crate::parallel::spans(idx.len(), 1024, idx.len())
        .into_iter()
        .map(|span| (span.len(), span))
        .collect();
    let (out, _) = crate::raw::filled_in_pieces(pieces, |span, slots| {
        let ix = &idx[span];
        match InBounds::check(ix, n) {
            Some(at) => slots.extend(at.take(buf)),
            None => slots.extend(ix.iter().map(|&i| buf[position(i, n)].clone())),
        }
    });
    out
}

/// Read `view[items]`: a view for basic indices, a copy for advanced ones.
pub(crate) fn select<'a, T: Clone>(
    view: ArrayViewD<'a, T>,
    items: &[IndexItem<'_>],
) -> Result<Selection<'a, T>, IndexError> {
    select_with(view, items, Threads::calling())
}

/// [`select`], with the big copies split over `threads` where the element type allows.
pub(crate) fn select_with<'a, T: Clone>(
    view: ArrayViewD<'a, T>,
    items: &[IndexItem<'_>],
    threads: Threads<T>,
) -> Result<Selection<'a, T>, IndexError> {
    if let Some((buf, idx)) = take_1d(&view, items) {
        return Ok(Selection::Copy(take(buf, idx, threads)?));
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

/// `view[i, j, ...]` with plain integers, narrowed in place: each indexed axis keeps the one
/// position, on the array's own rank (so nothing is allocated). NumPy's checks and errors, in
/// NumPy's order: too many indices first, then each index from the left.
#[inline]
pub(crate) fn narrow<S: ndarray::RawData, D: Dimension>(
    mut view: ndarray::ArrayBase<S, D>,
    ints: &[isize],
) -> Result<ndarray::ArrayBase<S, D>, IndexError> {
    if ints.len() > view.ndim() {
        return Err(IndexError::too_many_indices(view.ndim(), ints.len()));
    }
    for (axis, &i) in ints.iter().enumerate() {
        let at = resolve_int(i, axis, view.len_of(Axis(axis)))?;
        view.collapse_axis(Axis(axis), at);
    }
    Ok(view)
}

/// The one element of a mutable view narrowed on every axis.
#[inline]
pub(crate) fn only_element_mut<'a, T, D: Dimension>(
    view: ndarray::ArrayViewMut<'a, T, D>,
) -> &'a mut T {
    view.into_iter()
        .next()
        .expect("every axis narrowed to one element")
}

/// A view narrowed to length 1 on its first `n` axes, without them: what integers that leave
/// some axes (`m[i]`) select.
pub(crate) fn drop_leading<S: ndarray::RawData, D: Dimension>(
    view: ndarray::ArrayBase<S, D>,
    n: usize,
) -> ndarray::ArrayBase<S, IxDyn> {
    let mut rest = view.into_dyn();
    for _ in 0..n {
        rest = rest.index_axis_move(Axis(0), 0);
    }
    rest
}

/// `view[items]` as a mutable view; basic indices only (the type layer never sends others).
pub(crate) fn select_mut<'a, T>(
    view: ArrayViewMutD<'a, T>,
    items: &[IndexItem<'_>],
) -> Result<ArrayViewMutD<'a, T>, IndexError> {
    basic(view, items)
}
