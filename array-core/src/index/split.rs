//! Split borrows: several basic indices of one array as mutable views at once, after NumPy's
//! exact `shares_memory` test has shown that no two of them overlap.

use ndarray::{ArrayViewMutD, SliceInfoElem};

use super::item::{resolve_int, IndexItem};
use super::prepare::{prepare, Step};
use crate::error::IndexError;
use crate::memory::{spans_overlap, MemorySpan};

/// One part of a split borrow: ndarray's slice elements for `multi_slice_move`, and the
/// elements it selects as positions in the array's C order (for the overlap test).
pub(crate) struct Part {
    elems: Vec<SliceInfoElem>,
    positions: MemorySpan,
}

/// A basic index as ndarray's slice elements for an array of `shape` (`...` expanded, negative
/// integers resolved, NumPy slices normalised).
pub(crate) fn part(shape: &[usize], items: &[IndexItem<'_>]) -> Result<Part, IndexError> {
    let prepared = prepare(shape, items)?;
    if prepared.advanced {
        return Err(IndexError::mutable_view_of_copy());
    }
    // Position strides of the array's C order.
    let c_strides: Vec<isize> = (0..shape.len())
        .map(|k| shape[k + 1..].iter().product::<usize>() as isize)
        .collect();
    let mut elems = Vec::with_capacity(prepared.steps.len());
    let (mut first, mut dims, mut strides) = (0usize, Vec::new(), Vec::new());
    // The axes an index leaves whole: `...` and the trailing ones.
    let whole = |axes: core::ops::Range<usize>, elems: &mut Vec<SliceInfoElem>| {
        elems.extend(
            axes.clone()
                .map(|_| SliceInfoElem::from(ndarray::Slice::from(..))),
        );
        axes.map(|k| (shape[k], c_strides[k]))
    };
    let mut axis = 0;
    for step in prepared.steps {
        match step {
            Step::Int {
                index, axis: input, ..
            } => {
                let i = resolve_int(index, input, shape[input])?;
                elems.push(SliceInfoElem::Index(i as isize));
                first += i * c_strides[input] as usize;
                axis += 1;
            }
            Step::Slice(spec) => {
                elems.push(SliceInfoElem::from(spec.to_ndarray(shape[axis])?));
                let (start, len, step) = spec.indices(shape[axis])?;
                first += start * c_strides[axis] as usize;
                dims.push(len);
                strides.push(step * c_strides[axis]);
                axis += 1;
            }
            Step::NewAxis => elems.push(SliceInfoElem::NewAxis),
            Step::Skip(k) => {
                let (d, s): (Vec<usize>, Vec<isize>) = whole(axis..axis + k, &mut elems).unzip();
                dims.extend(d);
                strides.extend(s);
                axis += k;
            }
            Step::Array { .. } | Step::NewAxisPick { .. } => {
                unreachable!("advanced indices were rejected above")
            }
        }
    }
    // ndarray wants every axis named; NumPy leaves the trailing ones whole.
    let (d, s): (Vec<usize>, Vec<isize>) = whole(axis..shape.len(), &mut elems).unzip();
    dims.extend(d);
    strides.extend(s);
    Ok(Part {
        elems,
        positions: MemorySpan::in_positions(first, dims, strides),
    })
}

/// Several basic indices of one array as mutable views at once, after checking that no two
/// select a common element (NumPy's exact overlap test, on element positions, so elements of
/// size zero are told apart too).
pub(crate) fn split_views<'a, T>(
    view: ArrayViewMutD<'a, T>,
    parts: &[Part],
) -> Result<Vec<ArrayViewMutD<'a, T>>, IndexError> {
    let spans: Vec<&MemorySpan> = parts.iter().map(|p| &p.positions).collect();
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
            let (a, b) = (&a.elems, &b.elems);
            let (x, y) = view.multi_slice_move((&a[..], &b[..]));
            vec![x, y]
        }
        [a, b, c] => {
            let (a, b, c) = (&a.elems, &b.elems, &c.elems);
            let (x, y, z) = view.multi_slice_move((&a[..], &b[..], &c[..]));
            vec![x, y, z]
        }
        [a, b, c, d] => {
            let (a, b, c, d) = (&a.elems, &b.elems, &c.elems, &d.elems);
            let (x, y, z, w) = view.multi_slice_move((&a[..], &b[..], &c[..], &d[..]));
            vec![x, y, z, w]
        }
        _ => unreachable!("np! splits into 2 to 4 views"),
    })
}
