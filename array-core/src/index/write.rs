//! Writes: NumPy's `__setitem__` (`a[idx] = v`) for basic, fancy and mask indices, and the
//! buffered compound operators (`a[idx] += v`). Everything that can fail is checked before
//! the first element is written.

use ndarray::{ArrayViewD, ArrayViewMutD, CowArray, Ix1, Ix2, IxDyn};

use super::gather::plan_gather;
use super::item::{check_indices_in_bounds, position, IndexItem};
use super::prepare::{apply_basic, fix_leading, prepare};
use super::select::{full_mask, select, select_mut};
use crate::broadcast::{apply_in_place, fit_value};
use crate::dtype::{SameKind, Scalar};
use crate::error::IndexError;
use crate::expr::eval::{assign_into, collect_elems, output_shape};
use crate::expr::Node;

/// `target[items] = value`, NumPy's `__setitem__`.
///
/// `from_list` says the value was a list (a Rust array or `Vec`): NumPy converts a list to at
/// most the target's number of dimensions for a basic index, where an array value may instead
/// carry extra leading length-1 axes.
pub(crate) fn assign<T: Clone>(
    target: ArrayViewMutD<'_, T>,
    items: &[IndexItem<'_>],
    value: &ArrayViewD<'_, T>,
    from_list: bool,
) -> Result<(), IndexError> {
    if let Some(mask) = full_mask(target.shape(), items) {
        return assign_mask(target, mask, value);
    }
    if let [IndexItem::IntArray(idx)] = items {
        if target.ndim() == 1 && target.is_standard_layout() {
            return put(target, idx, value);
        }
    }
    let prepared = prepare(target.shape(), items)?;
    let (mut view, adv) = apply_basic(target, prepared.steps, prepared.advanced)?;
    if !prepared.advanced {
        if from_list && value.ndim() > view.ndim() {
            return Err(IndexError::sequence_too_deep(view.ndim()));
        }
        let fitted = fit_value(value, view.shape())
            .ok_or_else(|| IndexError::cannot_broadcast_value(value.shape(), view.shape()))?;
        view.zip_mut_with(&fitted, |x, y| x.clone_from(y));
        return Ok(());
    }
    let g = plan_gather(view, adv)?;
    let fitted = fit_value(value, &g.out_shape)
        .ok_or_else(|| IndexError::value_mismatch(value.shape(), &g.out_shape))?;
    let depth = g.outer_ndim();
    let (view, picks) = g.into_parts();
    // Stores in C order of the result, so the last write to a repeated index wins as in NumPy.
    match (value.len(), value.first()) {
        (1, Some(v)) => scatter(view, depth, &picks, &mut std::iter::repeat(v)),
        _ => scatter(view, depth, &picks, &mut fitted.iter()),
    }
    Ok(())
}

/// Store `values` into what `picks` select from `view` once its first `depth` axes are fixed,
/// walking those settings in C order: the write counterpart of the gather's read.
fn scatter<'v, T: Clone + 'v>(
    mut view: ArrayViewMutD<'_, T>,
    depth: usize,
    picks: &[Vec<usize>],
    values: &mut impl Iterator<Item = &'v T>,
) {
    if depth > 0 {
        for sub in view.outer_iter_mut() {
            scatter(sub, depth - 1, picks, values);
        }
        return;
    }
    let mut next = || values.next().expect("value fitted to the result shape");
    match (picks, view.ndim()) {
        ([p], 1) => {
            let mut line = view.into_dimensionality::<Ix1>().expect("one axis");
            match line.as_slice_mut() {
                Some(buf) => p.iter().for_each(|&i| buf[i].clone_from(next())),
                None => p.iter().for_each(|&i| line[i].clone_from(next())),
            }
        }
        ([p, q], 2) => {
            let mut plane = view.into_dimensionality::<Ix2>().expect("two axes");
            for (&i, &j) in p.iter().zip(q) {
                plane[[i, j]].clone_from(next());
            }
        }
        _ => {
            for m in 0..picks.first().map_or(0, Vec::len) {
                let block = fix_leading(view.view_mut(), picks.iter().map(|p| p[m]));
                block.into_iter().for_each(|x| x.clone_from(next()));
            }
        }
    }
}

/// `a[idx] = value` on a contiguous 1-D array: every index is checked before anything is
/// written (a failed write changes nothing), then one store per index, in order, so the last
/// write to a repeated index wins.
fn put<T: Clone>(
    mut target: ArrayViewMutD<'_, T>,
    idx: &CowArray<'_, isize, IxDyn>,
    value: &ArrayViewD<'_, T>,
) -> Result<(), IndexError> {
    let n = target.len();
    let fitted = fit_value(value, idx.shape())
        .ok_or_else(|| IndexError::value_mismatch(value.shape(), idx.shape()))?;
    let in_bounds = check_indices_in_bounds(idx, n)?;
    let buf = target
        .as_slice_mut()
        .expect("the caller checked the layout");
    let at = |i: isize| position(i, n);
    let single = value.first().filter(|_| value.len() == 1);
    // Indices checked in one pass have no negative ones to resolve; the stores still index
    // with a bounds check, which measured faster (see `InBounds::indices`).
    match (in_bounds, single, fitted.as_slice()) {
        (Some(checked), Some(v), _) => {
            for &i in checked.indices() {
                buf[i as usize].clone_from(v);
            }
        }
        (Some(checked), None, Some(vals)) => {
            for (&i, v) in checked.indices().iter().zip(vals) {
                buf[i as usize].clone_from(v);
            }
        }
        (None, Some(v), _) => idx.iter().for_each(|&i| buf[at(i)].clone_from(v)),
        _ => idx
            .iter()
            .zip(fitted.iter())
            .for_each(|(&i, v)| buf[at(i)].clone_from(v)),
    }
    Ok(())
}

/// NumPy's boolean assignment: a scalar, one value, or exactly one value per true entry.
fn assign_mask<T: Clone>(
    mut target: ArrayViewMutD<'_, T>,
    mask: &CowArray<'_, bool, IxDyn>,
    value: &ArrayViewD<'_, T>,
) -> Result<(), IndexError> {
    if value.ndim() > 1 {
        return Err(IndexError::mask_value_ndim(value.ndim()));
    }
    let count = mask.iter().filter(|&&m| m).count();
    if value.len() != 1 && value.len() != count {
        return Err(IndexError::mask_value_count(value.len(), count));
    }
    let mut values = value.iter().cycle();
    for (x, &m) in target.iter_mut().zip(mask.iter()) {
        if m {
            x.clone_from(values.next().expect("value is not empty when count > 0"));
        }
    }
    Ok(())
}

/// `target[items] op= value`: NumPy reads the selection, applies the in-place operator, writes
/// back. So repeated indices apply the operator once, and the last write wins.
pub(crate) fn assign_op<T: Clone, V>(
    target: ArrayViewMutD<'_, T>,
    items: &[IndexItem<'_>],
    value: &ArrayViewD<'_, V>,
    op: &dyn Fn(&mut T, &V),
) -> Result<(), IndexError> {
    if !items.iter().any(IndexItem::is_advanced) {
        let mut view = select_mut(target, items)?;
        return apply_in_place(&mut view, value, op);
    }
    let mut updated = select(target.view(), items)?.into_owned();
    apply_in_place(&mut updated.view_mut(), value, op)?;
    assign(target, items, &updated.view(), false)
}

/// `target[items] = value` for an expression (or any operand of NumPy's element types): a
/// basic index is written in one pass, each value converted to the target's type; an advanced
/// one takes the general path with the values computed first.
pub(crate) fn assign_node<T, N>(
    target: ArrayViewMutD<'_, T>,
    items: &[IndexItem<'_>],
    node: &N,
) -> Result<(), IndexError>
where
    N: Node,
    T: Scalar,
    N::Elem: SameKind<T>,
{
    if !items.iter().any(IndexItem::is_advanced) {
        let view = select_mut(target, items)?;
        if node.is_list() && output_shape(node)?.len() > view.ndim() {
            return Err(IndexError::sequence_too_deep(view.ndim()));
        }
        return assign_into(view, node);
    }
    let values = collect_elems(node)?.mapv(SameKind::cast_into);
    assign(target, items, &values.view(), node.is_list())
}
