//! The run-time engine: NumPy's indexing rules on top of ndarray views.
//!
//! Every entry point first resolves the whole index (ellipsis, masks, bounds, broadcasting) and
//! only then reads or writes, so a failed assignment leaves the array untouched.

use ndarray::{
    ArrayBase, ArrayD, ArrayViewD, ArrayViewMutD, Axis, CowArray, Dimension, IxDyn, LayoutRef,
    RawData,
};

use super::item::{resolve_int, IndexItem, SliceSpec};
use crate::error::{shape_tuple, IndexError};

/// The result of a read: a view for basic indices, a copy for advanced ones.
pub(crate) enum Selection<'a, T> {
    View(ArrayViewD<'a, T>),
    Copy(ArrayD<T>),
}

/// One index element with the input axis it applies to, masks already turned into integers.
enum Step<'i> {
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
}

/// Expand `...`, check the count of indices and the shape of masks, and turn masks into the
/// integer arrays of their `nonzero()`.
fn prepare<'s>(
    shape: &[usize],
    items: &'s [IndexItem<'_>],
) -> Result<(Vec<Step<'s>>, bool), IndexError> {
    let ellipses = items
        .iter()
        .filter(|i| matches!(i, IndexItem::Ellipsis))
        .count();
    if ellipses > 1 {
        return Err(IndexError::two_ellipses());
    }
    let used: usize = items.iter().map(IndexItem::axes_used).sum();
    if used > shape.len() {
        return Err(IndexError::too_many_indices(shape.len(), used));
    }
    let advanced = items.iter().any(IndexItem::is_advanced);
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
            IndexItem::Mask(mask) => {
                for (k, (&m, &s)) in mask.shape().iter().zip(&shape[axis..]).enumerate() {
                    if m != s {
                        return Err(IndexError::index(format!(
                            "boolean index did not match indexed array along axis {}; size of axis is {s} but size of corresponding boolean axis is {m}",
                            axis + k
                        )));
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
    Ok((steps, advanced))
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
struct Advanced<'i> {
    /// An integer among index arrays: broadcast like a 0-d array, but left out of NumPy's
    /// shape-mismatch message.
    scalar: bool,
    view_axis: usize,
    input_axis: usize,
    pos: usize,
    indices: CowArray<'i, isize, IxDyn>,
}

/// Apply the basic steps. With `keep_advanced`, integers and index arrays leave their axis in
/// place and are returned for the gather; without, integers remove their axis.
fn apply_basic<'i, S: RawData>(
    mut a: ArrayBase<S, IxDyn>,
    steps: Vec<Step<'i>>,
    keep_advanced: bool,
) -> Result<(ArrayBase<S, IxDyn>, Vec<Advanced<'i>>), IndexError> {
    let mut advanced = Vec::new();
    let mut cur = 0;
    for step in steps {
        match step {
            Step::Int { index, axis, pos } => {
                let n = a.shape()[cur];
                let i = resolve_int(index, axis, n)?;
                if keep_advanced {
                    let indices = ArrayD::from_elem(IxDyn(&[]), i as isize).into();
                    advanced.push(Advanced {
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
                advanced.push(Advanced {
                    scalar: false,
                    view_axis: cur,
                    input_axis: axis,
                    pos,
                    indices,
                });
                cur += 1;
            }
        }
    }
    Ok((a, advanced))
}

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

/// The plan for an advanced index: the permuted view, the flat lists of resolved indices and
/// the shape of the result.
struct Gather<S: RawData> {
    /// The view with axes ordered as the result walks them: outer basic, advanced, inner basic.
    view: ArrayBase<S, IxDyn>,
    outer: Vec<usize>,
    /// For each advanced axis, its resolved index at every position of the broadcast shape.
    picks: Vec<Vec<usize>>,
    count: usize,
    out_shape: Vec<usize>,
}

fn plan_gather<S: RawData>(
    view: ArrayBase<S, IxDyn>,
    advanced: Vec<Advanced<'_>>,
) -> Result<Gather<S>, IndexError> {
    let shapes: Vec<&[usize]> = advanced.iter().map(|a| a.indices.shape()).collect();
    let bshape = broadcast_shapes(shapes.iter().copied()).ok_or_else(|| {
        let listed: String = advanced
            .iter()
            .filter(|a| !a.scalar)
            .map(|a| format!("{} ", shape_tuple(a.indices.shape())))
            .collect();
        IndexError::index(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {listed}"
        ))
    })?;
    let count: usize = bshape.iter().product();
    let mut picks = Vec::with_capacity(advanced.len());
    for adv in &advanced {
        let n = view.shape()[adv.view_axis];
        let b = adv
            .indices
            .broadcast(IxDyn(&bshape))
            .expect("shapes were broadcast above");
        let resolved: Result<Vec<usize>, IndexError> = b
            .iter()
            .map(|&i| resolve_int(i, adv.input_axis, n))
            .collect();
        picks.push(resolved?);
    }
    let adjacent = advanced.windows(2).all(|w| w[1].pos <= w[0].pos + 1);
    let is_adv = |ax: usize| advanced.iter().any(|a| a.view_axis == ax);
    let basic: Vec<usize> = (0..view.ndim()).filter(|&ax| !is_adv(ax)).collect();
    let split = if adjacent {
        basic
            .iter()
            .take_while(|&&ax| ax < advanced[0].view_axis)
            .count()
    } else {
        0
    };
    let mut order: Vec<usize> = basic[..split].to_vec();
    order.extend(advanced.iter().map(|a| a.view_axis));
    order.extend_from_slice(&basic[split..]);
    let outer: Vec<usize> = basic[..split].iter().map(|&ax| view.shape()[ax]).collect();
    let mut out_shape = outer.clone();
    out_shape.extend_from_slice(&bshape);
    out_shape.extend(basic[split..].iter().map(|&ax| view.shape()[ax]));
    let view = view.permuted_axes(IxDyn(&order));
    Ok(Gather {
        view,
        outer,
        picks,
        count,
        out_shape,
    })
}

/// Fix the leading axes of a view at `index`, one axis at a time.
fn fix_leading<S: RawData>(
    mut a: ArrayBase<S, IxDyn>,
    index: impl IntoIterator<Item = usize>,
) -> ArrayBase<S, IxDyn> {
    for i in index {
        a = a.index_axis_move(Axis(0), i);
    }
    a
}

/// The leading coordinates of every block of a gather, in result order: the outer basic index,
/// then one resolved index per advanced axis.
fn blocks<'g, S: RawData>(g: &'g Gather<S>) -> impl Iterator<Item = Vec<usize>> + 'g {
    ndarray::indices(IxDyn(&g.outer))
        .into_iter()
        .flat_map(move |o| {
            (0..g.count).map(move |m| {
                let mut coords = o.slice().to_vec();
                coords.extend(g.picks.iter().map(|p| p[m]));
                coords
            })
        })
}

/// Where each picked element of a gather lives, when every axis of the view is picked (`a[idx]`
/// on 1-D, `m[r, c]`): positions from the first element, found with the strides. `None` when
/// some axis is not picked or walks backwards. The caller checks the view is one contiguous
/// block (then its first element is the block's first, and these index the block's slice).
fn element_positions<S: RawData>(g: &Gather<S>) -> Option<impl Iterator<Item = usize> + '_> {
    let every_axis_picked = g.outer.is_empty() && g.picks.len() == g.view.ndim();
    let strides: Vec<usize> = g
        .view
        .strides()
        .iter()
        .map(|&s| usize::try_from(s).ok())
        .collect::<Option<_>>()?;
    let picks = &g.picks;
    every_axis_picked.then(move || {
        (0..g.count).map(move |m| picks.iter().zip(&strides).map(|(p, &s)| p[m] * s).sum())
    })
}

/// Copy out the selected elements of a gather, in C order of the result.
fn gather<T: Clone, S: ndarray::Data<Elem = T>>(g: &Gather<S>) -> ArrayD<T> {
    let size: usize = g.out_shape.iter().product();
    let mut out = crate::raw::output_vec(size);
    let view = g.view.view();
    let positions = element_positions(g);
    if let (Some(buf), Some(positions)) = (view.as_slice_memory_order(), positions) {
        // One element per pick (`a[idx]`, `m[r, c]`): a plain indexed load each. The one- and
        // two-axis loops are written out so each load is independent of the one before.
        match (g.picks.as_slice(), view.strides()) {
            ([p], &[s]) => {
                let s = s as usize;
                out.extend(p.iter().map(|&i| buf[i * s].clone()));
            }
            ([p, q], &[s, t]) => {
                let (s, t) = (s as usize, t as usize);
                out.extend(p.iter().zip(q).map(|(&i, &j)| buf[i * s + j * t].clone()));
            }
            _ => out.extend(positions.map(|p| buf[p].clone())),
        }
    } else if g.outer.is_empty() && g.picks.len() == 1 {
        // Whole sub-arrays along the first axis (`m[rows]`): one block copy each.
        for &i in &g.picks[0] {
            let block = view.index_axis(Axis(0), i);
            match block.as_slice() {
                Some(s) => out.extend_from_slice(s),
                None => out.extend(block.iter().cloned()),
            }
        }
    } else {
        for coords in blocks(g) {
            out.extend(fix_leading(g.view.view(), coords).iter().cloned());
        }
    }
    ArrayD::from_shape_vec(IxDyn(&g.out_shape), out).expect("filled to the result's size")
}

/// A single boolean mask with the array's own shape: NumPy's boolean fast path.
fn full_mask<'m>(
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
    buf: Option<&'v [T]>,
    ndim: usize,
    items: &'x [IndexItem<'_>],
) -> Option<(&'v [T], &'x CowArray<'x, isize, IxDyn>)> {
    match (buf, items) {
        (Some(buf), [IndexItem::IntArray(idx)]) if ndim == 1 => Some((buf, idx)),
        _ => None,
    }
}

/// NumPy's wrap-around and bounds check of one index into an axis of `n`, inlined for the
/// one-pass loops.
#[inline(always)]
fn wrap(i: isize, n: usize) -> Result<usize, IndexError> {
    let j = if i < 0 { i.wrapping_add(n as isize) } else { i };
    if (j as usize) < n {
        Ok(j as usize)
    } else {
        Err(IndexError::out_of_bounds(i, 0, n))
    }
}

/// Check every index of `idx` against an axis of `n` (NumPy's message names the first bad
/// one), with one vectorisable pass for the range.
fn check_indices(idx: &CowArray<'_, isize, IxDyn>, n: usize) -> Result<(), IndexError> {
    let (low, high) = idx
        .iter()
        .fold((0isize, -1isize), |(lo, hi), &i| (lo.min(i), hi.max(i)));
    if low < -(n as isize) || high >= n as isize {
        let bad = idx
            .iter()
            .find(|&&i| wrap(i, n).is_err())
            .expect("an index is out of range");
        return Err(IndexError::out_of_bounds(*bad, 0, n));
    }
    Ok(())
}

/// A checked index in `-n..n` as a position.
#[inline(always)]
fn position(i: isize, n: usize) -> usize {
    if i < 0 {
        (i + n as isize) as usize
    } else {
        i as usize
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
    let is_standard = view.is_standard_layout();
    if let Some((buf, idx)) = take_1d(view.as_slice().filter(|_| is_standard), view.ndim(), items) {
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
    let (steps, advanced) = prepare(view.shape(), items)?;
    let (view, adv) = apply_basic(view, steps, advanced)?;
    if !advanced {
        return Ok(Selection::View(view));
    }
    Ok(Selection::Copy(gather(&plan_gather(view, adv)?)))
}

/// `view[items]` as a mutable view; basic indices only (the type layer never sends others).
pub(crate) fn select_mut<'a, T>(
    view: ArrayViewMutD<'a, T>,
    items: &[IndexItem<'_>],
) -> Result<ArrayViewMutD<'a, T>, IndexError> {
    let (steps, advanced) = prepare(view.shape(), items)?;
    if advanced {
        return Err(IndexError::value(
            "fancy and boolean indexing return a copy, so they cannot give a mutable view"
                .to_owned(),
        ));
    }
    Ok(apply_basic(view, steps, false)?.0)
}

/// `value` broadcast to `shape`, after dropping leading length-1 axes it has in excess.
fn fit_value<'v, T>(value: &'v ArrayViewD<'_, T>, shape: &[usize]) -> Option<ArrayViewD<'v, T>> {
    let extra = value.ndim().saturating_sub(shape.len());
    if value.shape()[..extra].iter().any(|&n| n != 1) {
        return None;
    }
    let mut padded = vec![1; extra];
    padded.extend_from_slice(shape);
    value
        .broadcast(IxDyn(&padded))
        .map(|b| fix_leading(b, core::iter::repeat(0).take(extra)))
}

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
    let (steps, advanced) = prepare(target.shape(), items)?;
    let (mut view, adv) = apply_basic(target, steps, advanced)?;
    if !advanced {
        if from_list && value.ndim() > view.ndim() {
            return Err(IndexError::value(format!(
                "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {}.",
                view.ndim()
            )));
        }
        let fitted = fit_value(value, view.shape())
            .ok_or_else(|| IndexError::cannot_broadcast_value(value.shape(), view.shape()))?;
        view.zip_mut_with(&fitted, |x, y| x.clone_from(y));
        return Ok(());
    }
    let mut g = plan_gather(view, adv)?;
    let fitted = fit_value(value, &g.out_shape).ok_or_else(|| {
        IndexError::value(format!(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
            shape_tuple(value.shape()),
            shape_tuple(&g.out_shape)
        ))
    })?;
    let positions: Option<Vec<usize>> = element_positions(&g).map(Iterator::collect);
    if let (Some(positions), Some(buf)) = (positions, g.view.as_slice_memory_order_mut()) {
        // One element per pick (`a[idx] = v`): indexed stores, in order, so the last write to a
        // repeated index wins as in NumPy.
        match (fitted.len(), fitted.first()) {
            (_, Some(v)) if value.len() == 1 => {
                positions.iter().for_each(|&p| buf[p].clone_from(v))
            }
            _ => positions
                .iter()
                .zip(fitted.iter())
                .for_each(|(&p, v)| buf[p].clone_from(v)),
        }
        return Ok(());
    }
    let mut source = fitted.iter();
    let coords: Vec<Vec<usize>> = blocks(&g).collect();
    for c in coords {
        for x in fix_leading(g.view.view_mut(), c).iter_mut() {
            x.clone_from(source.next().expect("value fitted to the result shape"));
        }
    }
    Ok(())
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
    let fitted = fit_value(value, idx.shape()).ok_or_else(|| {
        IndexError::value(format!(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
            shape_tuple(value.shape()),
            shape_tuple(idx.shape())
        ))
    })?;
    check_indices(idx, n)?;
    let buf = target
        .as_slice_mut()
        .expect("the caller checked the layout");
    let at = |i: isize| position(i, n);
    match (value.len(), value.first(), idx.as_slice()) {
        (1, Some(v), Some(ix)) => ix.iter().for_each(|&i| buf[at(i)].clone_from(v)),
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
        return Err(IndexError::type_error(format!(
            "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has {} dimensions",
            value.ndim()
        )));
    }
    let count = mask.iter().filter(|&&m| m).count();
    if value.len() != 1 && value.len() != count {
        return Err(IndexError::value(format!(
            "NumPy boolean array indexing assignment cannot assign {} input values to the {count} output values where the mask is true",
            value.len()
        )));
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
pub(crate) fn assign_op<T: Clone>(
    target: ArrayViewMutD<'_, T>,
    items: &[IndexItem<'_>],
    value: &ArrayViewD<'_, T>,
    op: &dyn Fn(&mut T, &T),
) -> Result<(), IndexError> {
    let advanced = items.iter().any(IndexItem::is_advanced);
    if !advanced {
        let mut view = select_mut(target, items)?;
        return apply_in_place(&mut view, value, op);
    }
    let current = match select(target.view(), items)? {
        Selection::Copy(c) => c,
        Selection::View(v) => v.to_owned(),
    };
    let mut updated = current;
    apply_in_place(&mut updated.view_mut(), value, op)?;
    assign(target, items, &updated.view(), false)
}

/// An in-place ufunc such as `x += v` with NumPy's broadcasting rules and messages.
pub(crate) fn apply_in_place<T>(
    out: &mut ArrayViewMutD<'_, T>,
    value: &ArrayViewD<'_, T>,
    op: &dyn Fn(&mut T, &T),
) -> Result<(), IndexError> {
    let shape = broadcast_shapes([out.shape(), value.shape()]).ok_or_else(|| {
        IndexError::value(format!(
            "operands could not be broadcast together with shapes {} {} {} ",
            shape_tuple(out.shape()),
            shape_tuple(value.shape()),
            shape_tuple(out.shape())
        ))
    })?;
    if shape != out.shape() {
        return Err(IndexError::value(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            shape_tuple(out.shape()),
            shape_tuple(&shape)
        )));
    }
    out.zip_mut_with(value, |x, y| op(x, y));
    Ok(())
}

/// A basic index as ndarray's slice elements for an array of `shape` (`...` expanded, negative
/// integers resolved, NumPy slices normalised), for `multi_slice_move`.
pub(crate) fn slice_elems(
    shape: &[usize],
    items: &[IndexItem<'_>],
) -> Result<Vec<ndarray::SliceInfoElem>, IndexError> {
    use ndarray::SliceInfoElem as E;
    let (steps, advanced) = prepare(shape, items)?;
    if advanced {
        return Err(IndexError::value(
            "fancy and boolean indexing return a copy, so they cannot give a mutable view"
                .to_owned(),
        ));
    }
    let mut out = Vec::with_capacity(steps.len());
    let mut axis = 0;
    for step in steps {
        match step {
            Step::Int {
                index, axis: input, ..
            } => {
                let i = resolve_int(index, input, shape[input])?;
                out.push(E::Index(i as isize));
                axis += 1;
            }
            Step::Slice(spec) => {
                out.push(E::from(spec.to_ndarray(shape[axis])?));
                axis += 1;
            }
            Step::NewAxis => out.push(E::NewAxis),
            Step::Skip(k) => {
                out.extend((0..k).map(|_| E::from(ndarray::Slice::from(..))));
                axis += k;
            }
            Step::Array { .. } => unreachable!("advanced indices were rejected above"),
        }
    }
    // ndarray wants every axis named; NumPy leaves the trailing ones whole.
    out.extend((axis..shape.len()).map(|_| E::from(ndarray::Slice::from(..))));
    Ok(out)
}

/// Several basic indices of one array as mutable views at once, after checking with NumPy's
/// exact `shares_memory` test that no two of them overlap.
pub(crate) fn split_views<'a, T>(
    view: ArrayViewMutD<'a, T>,
    parts: &[Vec<ndarray::SliceInfoElem>],
) -> Result<Vec<ArrayViewMutD<'a, T>>, IndexError> {
    let layouts: Vec<crate::overlap::Layout> = parts
        .iter()
        .map(|p| crate::overlap::Layout::of(&view.view().slice_move(&p[..])))
        .collect();
    for (k, a) in layouts.iter().enumerate() {
        for (m, b) in layouts.iter().enumerate().skip(k + 1) {
            if crate::overlap::layouts_overlap(a, b) {
                return Err(IndexError::value(format!(
                    "mutable views {} and {} overlap: they share memory, so they cannot both be written at the same time",
                    k + 1,
                    m + 1
                )));
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

/// `target[dst] = target[src]`: NumPy's result (as if the right side were copied first), with a
/// copy only when the two sides overlap in a way no loop order can handle.
pub(crate) fn assign_within<T: Clone>(
    mut target: ArrayViewMutD<'_, T>,
    dst_items: &[IndexItem<'_>],
    src_items: &[IndexItem<'_>],
) -> Result<(), IndexError> {
    if let Some(plan) = plan_move(&target, dst_items, src_items)? {
        let buf = target
            .as_slice_memory_order_mut()
            .expect("plan_move only plans for contiguous arrays");
        plan.run(buf);
        return Ok(());
    }
    let src = match select(target.view(), src_items)? {
        Selection::View(v) => v.to_owned(),
        Selection::Copy(c) => c,
    };
    assign(target, dst_items, &src.view(), false)
}

/// An element-by-element move inside one contiguous buffer: positions of the destination and
/// source (first element, strides) and the order that reads every source element before it
/// is overwritten.
struct Move {
    shape: Vec<usize>,
    dst: (isize, Vec<isize>),
    src: (isize, Vec<isize>),
    forward: bool,
}

/// Plan `dst = src` inside the array's own buffer, or `None` to copy the source first: an
/// advanced index on either side, an array that is not one contiguous block, or an overlap in
/// which the two sides walk memory differently (`a[::-1] = a`).
fn plan_move<T>(
    target: &ArrayViewMutD<'_, T>,
    dst_items: &[IndexItem<'_>],
    src_items: &[IndexItem<'_>],
) -> Result<Option<Move>, IndexError> {
    let size = core::mem::size_of::<T>();
    let advanced = dst_items.iter().any(IndexItem::is_advanced)
        || src_items.iter().any(IndexItem::is_advanced);
    let whole = target.view();
    let Some(buf) = whole.as_slice_memory_order() else {
        return Ok(None);
    };
    if advanced || size == 0 {
        return Ok(None);
    }
    let start = buf.as_ptr() as usize;
    let (steps, _) = prepare(whole.shape(), dst_items)?;
    let dst = apply_basic(whole.view(), steps, false)?.0;
    let (steps, _) = prepare(whole.shape(), src_items)?;
    let src = apply_basic(whole.view(), steps, false)?.0;
    // A source that does not fit takes the general path, which raises NumPy's error.
    let Some(src) = fit_value(&src, dst.shape()) else {
        return Ok(None);
    };
    let offset = |p: *const T| ((p as usize - start) / size) as isize;
    let shape = dst.shape().to_vec();
    let (dst_strides, src_strides) = (dst.strides().to_vec(), src.strides().to_vec());
    let (dst_at, src_at) = (offset(dst.as_ptr()), offset(src.as_ptr()));
    let overlap = !dst.is_empty()
        && crate::overlap::layouts_overlap(
            &crate::overlap::Layout::of(&dst),
            &crate::overlap::Layout::of(&src),
        );
    let forward = if !overlap {
        true
    } else if dst_strides == src_strides && walks_upwards(&shape, &dst_strides) {
        // Both sides walk memory upwards in step: copying away from the overlap is safe.
        dst_at <= src_at
    } else {
        return Ok(None);
    };
    Ok(Some(Move {
        shape,
        dst: (dst_at, dst_strides),
        src: (src_at, src_strides),
        forward,
    }))
}

/// Whether walking `shape` in C order with these strides visits strictly increasing positions.
fn walks_upwards(shape: &[usize], strides: &[isize]) -> bool {
    let mut inner_span = 0isize;
    for (&n, &s) in shape.iter().zip(strides).rev() {
        if n <= 1 {
            continue;
        }
        if s <= inner_span {
            return false;
        }
        inner_span += s * (n as isize - 1);
    }
    true
}

impl Move {
    fn run<T: Clone>(&self, buf: &mut [T]) {
        self.walk(buf, 0, self.dst.0, self.src.0);
    }

    /// `buf[d..d + n] = buf[s..s + n]`, as memmove does it.
    fn move_run<T: Clone>(buf: &mut [T], d: usize, s: usize, n: usize) {
        let shift = d.abs_diff(s);
        if shift == 0 || n == 0 {
            return;
        }
        if shift < n && shift <= 4096 {
            // A short shift of a long run (`a[1:] = a[:-1]`): rotate the span both touch by
            // the shift (std rotates with memmove), then put back the `shift` elements the
            // rotation carried round into the part that is not written.
            let (lo, span) = (d.min(s), n + shift);
            let kept = if d > s { s..s + shift } else { d + n..s + n };
            let saved = buf[kept.clone()].to_vec();
            if d > s {
                buf[lo..lo + span].rotate_right(shift);
            } else {
                buf[lo..lo + span].rotate_left(shift);
            }
            buf[kept].clone_from_slice(&saved);
            return;
        }
        // Blocks no longer than the shift do not overlap: copy them directly, in the order that
        // reads each source block before anything overwrites it.
        let block = shift.min(n);
        let mut copy = |start: usize, len: usize| {
            if d < s {
                let (head, tail) = buf.split_at_mut(s + start);
                head[d + start..d + start + len].clone_from_slice(&tail[..len]);
            } else {
                let (head, tail) = buf.split_at_mut(d + start);
                tail[..len].clone_from_slice(&head[s + start..s + start + len]);
            }
        };
        if d < s {
            let mut start = 0;
            while start < n {
                let len = block.min(n - start);
                copy(start, len);
                start += len;
            }
        } else {
            let mut end = n;
            while end > 0 {
                let len = block.min(end);
                copy(end - len, len);
                end -= len;
            }
        }
    }

    fn walk<T: Clone>(&self, buf: &mut [T], axis: usize, dst: isize, src: isize) {
        let Some(&n) = self.shape.get(axis) else {
            let value = buf[src as usize].clone();
            buf[dst as usize] = value;
            return;
        };
        let (ds, ss) = (self.dst.1[axis], self.src.1[axis]);
        let last = axis + 1 == self.shape.len();
        let step = |i: usize| (dst + i as isize * ds, src + i as isize * ss);
        if last && ds == 1 && ss == 1 {
            // The common case, `a[1:] = a[:-1]`: one run each.
            Self::move_run(buf, dst as usize, src as usize, n);
            return;
        }
        let mut visit = |i: usize| {
            let (d, s) = step(i);
            if last {
                let value = buf[s as usize].clone();
                buf[d as usize] = value;
            } else {
                self.walk(buf, axis + 1, d, s);
            }
        };
        if self.forward {
            (0..n).for_each(&mut visit);
        } else {
            (0..n).rev().for_each(&mut visit);
        }
    }
}
