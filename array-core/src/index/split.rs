//! Split borrows: several basic indices of one array as mutable views at once, after NumPy's
//! exact `shares_memory` test has shown that no two of them overlap.

use ndarray::{ArrayViewMutD, SliceInfoElem};

use super::item::{resolve_int, IndexItem};
use super::prepare::{prepare, Step};
use crate::error::IndexError;
use crate::memory::{spans_overlap, MemorySpan};

/// A basic index as ndarray's slice elements for an array of `shape` (`...` expanded, negative
/// integers resolved, NumPy slices normalised), for `multi_slice_move`.
pub(crate) fn slice_elems(
    shape: &[usize],
    items: &[IndexItem<'_>],
) -> Result<Vec<SliceInfoElem>, IndexError> {
    let prepared = prepare(shape, items)?;
    if prepared.advanced {
        return Err(IndexError::mutable_view_of_copy());
    }
    let mut out = Vec::with_capacity(prepared.steps.len());
    let mut axis = 0;
    for step in prepared.steps {
        match step {
            Step::Int {
                index, axis: input, ..
            } => {
                let i = resolve_int(index, input, shape[input])?;
                out.push(SliceInfoElem::Index(i as isize));
                axis += 1;
            }
            Step::Slice(spec) => {
                out.push(SliceInfoElem::from(spec.to_ndarray(shape[axis])?));
                axis += 1;
            }
            Step::NewAxis => out.push(SliceInfoElem::NewAxis),
            Step::Skip(k) => {
                out.extend((0..k).map(|_| SliceInfoElem::from(ndarray::Slice::from(..))));
                axis += k;
            }
            Step::Array { .. } | Step::NewAxisPick { .. } => {
                unreachable!("advanced indices were rejected above")
            }
        }
    }
    // ndarray wants every axis named; NumPy leaves the trailing ones whole.
    out.extend((axis..shape.len()).map(|_| SliceInfoElem::from(ndarray::Slice::from(..))));
    Ok(out)
}

/// Several basic indices of one array as mutable views at once, after checking with NumPy's
/// exact `shares_memory` test that no two of them overlap.
pub(crate) fn split_views<'a, T>(
    view: ArrayViewMutD<'a, T>,
    parts: &[Vec<SliceInfoElem>],
) -> Result<Vec<ArrayViewMutD<'a, T>>, IndexError> {
    let spans: Vec<MemorySpan> = parts
        .iter()
        .map(|p| MemorySpan::of(&view.view().slice_move(&p[..])))
        .collect();
    for (k, a) in spans.iter().enumerate() {
        for (m, b) in spans.iter().enumerate().skip(k + 1) {
            if spans_overlap(a, b) {
                return Err(IndexError::overlapping_views(k + 1, m + 1));
            }
        }
    }
    // Disjoint: ndarray hands out the views together (and checks disjointness again).
    Ok(match parts {
        [a, b] => {
            let (x, y) = view.multi_slice_move((&a[..], &b[..]));
            vec![x, y]
        }
        [a, b, c] => {
            let (x, y, z) = view.multi_slice_move((&a[..], &b[..], &c[..]));
            vec![x, y, z]
        }
        [a, b, c, d] => {
            let (x, y, z, w) = view.multi_slice_move((&a[..], &b[..], &c[..], &d[..]));
            vec![x, y, z, w]
        }
        _ => unreachable!("np! splits into 2 to 4 views"),
    })
}
