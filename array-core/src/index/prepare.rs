//! Preparing an index: `...` expanded, the count of indices and the shapes of masks checked,
//! masks turned into the integer arrays of their `nonzero()`; then the basic steps applied
//! to a view, leaving the advanced ones for a gather or a scatter.
//!
//! Every entry point resolves the whole index this way before it reads or writes, so a failed
//! assignment leaves the array untouched.

use ndarray::{ArrayBase, ArrayD, Axis, CowArray, Dimension, IxDyn, LayoutRef, RawData};

use super::item::{resolve_int, IndexItem, SliceSpec};
use crate::error::IndexError;

/// One index element with the input axis it applies to, masks already turned into integers.
pub(super) enum Step<'i> {
    Int {
        index: isize,
        axis: usize,
        pos: usize,
    },
    Slice(SliceSpec),
    NewAxis,
    Skip(usize),
    Array {
        indices: CowArray<'i, isize, IxDyn>,
        axis: usize,
        pos: usize,
    },
    /// A 0-d boolean: a new axis of length 1, indexed as advanced by `[0]` (true) or `[]`
    /// (false), as NumPy's mapping does.
    NewAxisPick {
        indices: CowArray<'i, isize, IxDyn>,
        pos: usize,
    },
}

/// A prepared index: its steps, and whether any is advanced (an index array or a mask).
pub(super) struct Prepared<'i> {
    pub(super) steps: Vec<Step<'i>>,
    pub(super) advanced: bool,
}

/// Expand `...`, check the count of indices and the shape of masks, and turn masks into the
/// integer arrays of their `nonzero()`.
pub(super) fn prepare<'s>(
    shape: &[usize],
    items: &'s [IndexItem<'_>],
) -> Result<Prepared<'s>, IndexError> {
    // What NumPy refuses while it reads the index, from the left, before it counts the
    // indices against the array: an integer past `intp`, a second `...`.
    let mut ellipses = 0;
    for item in items {
        match item {
            IndexItem::TooLarge(value) => return Err(IndexError::too_large(*value)),
            IndexItem::Ellipsis if ellipses > 0 => return Err(IndexError::two_ellipses()),
            IndexItem::Ellipsis => ellipses += 1,
            _ => {}
        }
    }
    let used: usize = items.iter().map(IndexItem::axes_used).sum();
    if used > shape.len() {
        return Err(IndexError::too_many_indices(shape.len(), used));
    }
    let mut steps = Vec::with_capacity(items.len());
    let mut axis = 0;
    for (pos, item) in items.iter().enumerate() {
        match item {
            IndexItem::Int(index) => {
                steps.push(Step::Int {
                    index: *index,
                    axis,
                    pos,
                });
                axis += 1;
            }
            // Refused in the first pass.
            IndexItem::TooLarge(value) => return Err(IndexError::too_large(*value)),
            IndexItem::Slice(spec) => {
                steps.push(Step::Slice(*spec));
                axis += 1;
            }
            IndexItem::NewAxis => steps.push(Step::NewAxis),
            IndexItem::Ellipsis => {
                let skip = shape.len() - used;
                steps.push(Step::Skip(skip));
                axis += skip;
            }
            IndexItem::IntArray(a) => {
                steps.push(Step::Array {
                    indices: a.view().into(),
                    axis,
                    pos,
                });
                axis += 1;
            }
            IndexItem::Mask(mask) if mask.ndim() == 0 => {
                let picked = usize::from(mask.first().copied().unwrap_or(false));
                let indices = ArrayD::from_shape_vec(IxDyn(&[picked]), vec![0; picked])
                    .expect("a vector fits its own length");
                steps.push(Step::NewAxisPick {
                    indices: indices.into(),
                    pos,
                });
            }
            IndexItem::Mask(mask) => {
                for (k, (&m, &s)) in mask.shape().iter().zip(&shape[axis..]).enumerate() {
                    if m != s {
                        return Err(IndexError::mask_mismatch(axis + k, s, m));
                    }
                }
                for (k, coords) in nonzero(mask).into_iter().enumerate() {
                    let indices = ArrayD::from_shape_vec(IxDyn(&[coords.len()]), coords)
                        .expect("a vector fits its own length");
                    steps.push(Step::Array {
                        indices: indices.into(),
                        axis: axis + k,
                        pos,
                    });
                }
                axis += mask.ndim();
            }
        }
    }
    let advanced = items.iter().any(IndexItem::is_advanced);
    Ok(Prepared { steps, advanced })
}

/// The coordinates of the true entries of a mask, one vector per axis, in C order.
fn nonzero(mask: &CowArray<'_, bool, IxDyn>) -> Vec<Vec<isize>> {
    let mut coords = vec![Vec::new(); mask.ndim()];
    for (index, &m) in mask.indexed_iter() {
        if m {
            for (c, &i) in coords.iter_mut().zip(index.slice()) {
                c.push(i as isize);
            }
        }
    }
    coords
}

/// An advanced index after the basic steps ran: which axis of the view it indexes, and how.
pub(super) struct AdvancedAxis<'i> {
    /// An integer among index arrays: broadcast like a 0-d array, but left out of NumPy's
    /// shape-mismatch message.
    pub(super) scalar: bool,
    pub(super) view_axis: usize,
    pub(super) input_axis: usize,
    pub(super) pos: usize,
    pub(super) indices: CowArray<'i, isize, IxDyn>,
}

/// Apply the basic steps. With `keep_advanced`, integers and index arrays leave their axis in
/// place and are returned for the gather; without, integers remove their axis.
pub(super) fn apply_basic<'i, S: RawData>(
    mut a: ArrayBase<S, IxDyn>,
    steps: Vec<Step<'i>>,
    keep_advanced: bool,
) -> Result<(ArrayBase<S, IxDyn>, Vec<AdvancedAxis<'i>>), IndexError> {
    let mut advanced = Vec::new();
    let mut cur = 0;
    for step in steps {
        match step {
            Step::Int { index, axis, pos } => {
                let n = a.shape()[cur];
                let i = resolve_int(index, axis, n)?;
                if keep_advanced {
                    let indices = ArrayD::from_elem(IxDyn(&[]), i as isize).into();
                    advanced.push(AdvancedAxis {
                        scalar: true,
                        view_axis: cur,
                        input_axis: axis,
                        pos,
                        indices,
                    });
                    cur += 1;
                } else {
                    a = a.index_axis_move(Axis(cur), i);
                }
            }
            Step::Slice(spec) => {
                let slice = spec.to_ndarray(a.shape()[cur])?;
                let layout: &mut LayoutRef<S::Elem, IxDyn> = a.as_mut();
                layout.slice_axis_inplace(Axis(cur), slice);
                cur += 1;
            }
            Step::NewAxis => {
                a = a.insert_axis(Axis(cur));
                cur += 1;
            }
            Step::Skip(k) => cur += k,
            Step::Array { indices, axis, pos } => {
                advanced.push(AdvancedAxis {
                    scalar: false,
                    view_axis: cur,
                    input_axis: axis,
                    pos,
                    indices,
                });
                cur += 1;
            }
            Step::NewAxisPick { indices, pos } => {
                a = a.insert_axis(Axis(cur));
                advanced.push(AdvancedAxis {
                    scalar: false,
                    view_axis: cur,
                    input_axis: cur,
                    pos,
                    indices,
                });
                cur += 1;
            }
        }
    }
    Ok((a, advanced))
}

/// Fix the leading axes of a view at `index`, one axis at a time.
pub(super) fn fix_leading<S: RawData>(
    mut a: ArrayBase<S, IxDyn>,
    index: impl IntoIterator<Item = usize>,
) -> ArrayBase<S, IxDyn> {
    for i in index {
        a = a.index_axis_move(Axis(0), i);
    }
    a
}

/// Apply a basic index (no index arrays or masks) to a view.
///
/// # Errors
/// NumPy's error for the index; a mutable view of an advanced index is refused.
pub(crate) fn basic<S: RawData>(
    view: ArrayBase<S, IxDyn>,
    items: &[IndexItem<'_>],
) -> Result<ArrayBase<S, IxDyn>, IndexError> {
    if items.is_empty() {
        // The whole view (a write into an element or sub-view already narrowed).
        return Ok(view);
    }
    let prepared = prepare(view.shape(), items)?;
    if prepared.advanced {
        return Err(IndexError::mutable_view_of_copy());
    }
    Ok(apply_basic(view, prepared.steps, false)?.0)
}
