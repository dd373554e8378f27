//! Reads: `view[items]` as a view for basic indices, a copy for advanced ones, with fast
//! paths for a 1-D gather (`a[idx]`) and a mask of the array's own shape (`a[m]`).

use ndarray::{ArrayD, ArrayViewD, ArrayViewMutD, Axis, CowArray, Dimension, IxDyn};

use super::gather::{gather, plan_gather};
use super::item::{check_indices_in_bounds, position, IndexItem};
use super::prepare::{apply_basic, basic, prepare};
use super::spec::{IndexList, MAX_INTS};
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

/// `view[i, j, ...]` with plain integers (`L::ALL_INTS`), narrowed in place: each indexed axis
/// keeps the one position, on the array's own rank (so nothing is allocated). NumPy's checks
/// and errors, in NumPy's order (see [`int_index_error`]).
#[inline]
pub(crate) fn narrow_ints<'i, S: ndarray::RawData, D: Dimension, L: IndexList<'i>>(
    mut view: ndarray::ArrayBase<S, D>,
    idx: &L,
) -> Result<ndarray::ArrayBase<S, D>, IndexError> {
    debug_assert!(
        L::ALL_INTS && L::LEN <= MAX_INTS,
        "only plain integers, at most MAX_INTS"
    );
    let mut at = [0; MAX_INTS];
    let checked = if L::LEN > view.ndim() {
        Err(0)
    } else {
        idx.positions(view.shape(), &mut at, 0)
    };
    if let Err(axis) = checked {
        let mut values = [0; MAX_INTS];
        idx.int_values(&mut values, 0);
        // The shape by value: a slice of the view's own would keep the view in memory on
        // the fast path too.
        let shape = view.raw_dim();
        return Err(int_index_error(
            shape,
            &values[..L::LEN.min(MAX_INTS)],
            axis,
        ));
    }
    for (axis, &position) in at.iter().take(L::LEN).enumerate() {
        view.collapse_axis(Axis(axis), position);
    }
    Ok(view)
}

/// The error of plain integers `values` that [`narrow_ints`] refused at `failed_axis`, in
/// NumPy's order (the general path's too): an integer past `isize` anywhere (`OverflowError`,
/// raised while NumPy reads the index); too many indices; the failed axis's index out of
/// bounds (the first from the left).
///
/// Out of line and returning only the error, so that the caller's loop holds nothing across
/// it: an element read that could continue after a call kept its index in memory and its
/// array's strides on the stack (1.3x to 2x ndarray's `m[[i, j]]` in a loop of random reads).
#[cold]
#[inline(never)]
fn int_index_error<D: Dimension>(shape: D, values: &[i128], failed_axis: usize) -> IndexError {
    let shape = shape.slice();
    if let Some(&value) = values.iter().find(|&&v| isize::try_from(v).is_err()) {
        return IndexError::too_large(value);
    }
    if values.len() > shape.len() {
        return IndexError::too_many_indices(shape.len(), values.len());
    }
    match (values.get(failed_axis), shape.get(failed_axis)) {
        // Fits `isize`: checked first.
        (Some(&index), Some(&size)) => IndexError::out_of_bounds(index as isize, failed_axis, size),
        _ => IndexError::too_many_indices(shape.len(), values.len()),
    }
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
