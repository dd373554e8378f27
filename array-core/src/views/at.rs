//! `np.add.at(a, idx, v)` and the other `ufunc.at` forms: unbuffered, so an index that repeats
//! applies the operation once per occurrence (`a[idx] += v` is buffered: once in all).

use ndarray::{ArrayViewMutD, IxDyn};

use crate::broadcast::fit_value;
use crate::error::IndexError;
use crate::expr::eval::collect_elems;
use crate::expr::{IntoNode, Node};
use crate::index::item::IndexItem;
use crate::index::spec::IndexList;
use crate::index::SourceMut;
use crate::ops::InPlace;
use crate::raw::update_in_bounds;

/// The ufuncs `np!` knows an `.at` for: NumPy's in-place loops.
pub trait AtUfunc {}
impl AtUfunc for crate::ops::Add {}
impl AtUfunc for crate::ops::Sub {}
impl AtUfunc for crate::ops::Mul {}
impl AtUfunc for crate::ops::Maximum {}
impl AtUfunc for crate::ops::Minimum {}

/// `np.<ufunc>.at(a, idx, value)`: for each selected element in order (repeats included),
/// `x = x OP v`, with `value` broadcast to the selection.
///
/// # Errors
/// NumPy's index errors and a value that does not broadcast; nothing is written then.
pub fn at<'a, 'i, S, L, V, O>(target: S, idx: L, value: V, _: O) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Clone,
    L: IndexList<'i>,
    V: IntoNode,
    O: AtUfunc + InPlace<S::Elem, <V::Node as Node>::Elem>,
{
    let mut items = Vec::new();
    idx.push_items(&mut items);
    let (view, _) = target.into_view_mut();
    let mut view: ArrayViewMutD<'_, S::Elem> = view.into_dyn();
    let values = collect_elems(&value.into_node())?;
    if values.iter().any(|&y| O::fails(y)) {
        return Err(O::error());
    }
    if let (Some(fast), [IndexItem::IntArray(idx)]) = (one_value(&values), items.as_slice()) {
        // The common form, `np.add.at(a, idx, 1)` on a 1-d array: one pass over the indices
        // after checking them, with no array of positions in between.
        if let (1, true, Some(indices)) = (view.ndim(), values.ndim() <= idx.ndim(), idx.as_slice())
        {
            let n = view.len();
            let in_bounds = crate::index::item::check_indices_in_bounds(idx, n)?;
            if let Some(buf) = view.as_slice_mut() {
                match in_bounds {
                    Some(at) => update_in_bounds(buf, at, |x, _| O::apply(x, fast)),
                    None => {
                        for &i in indices {
                            O::apply(&mut buf[crate::index::item::position(i, n)], fast);
                        }
                    }
                }
                return Ok(());
            }
        }
    }
    let positions = selected_positions(&view, &items)?;
    let values = values.view();
    if values.ndim() > positions.ndim() {
        return Err(IndexError::at_value_mismatch());
    }
    let fitted = fit_value(&values, positions.shape()).ok_or_else(IndexError::at_value_mismatch)?;
    // Plain slices for the loop: ndarray's iterators over dynamic-rank (and broadcast) arrays
    // cost more per element than the update itself.
    let positions: Vec<usize> = positions.iter().copied().collect();
    let values: Vec<_> = if values.len() == 1 {
        values.iter().copied().collect()
    } else {
        fitted.iter().copied().collect()
    };
    let value_at = |k: usize| values[if values.len() == 1 { 0 } else { k }];
    let shape = view.shape().to_vec();
    match view.as_slice_mut().filter(|_| shape.len() == 1) {
        Some(buf) => positions
            .iter()
            .enumerate()
            .for_each(|(k, &p)| O::apply(&mut buf[p], value_at(k))),
        None => {
            for (k, &p) in positions.iter().enumerate() {
                O::apply(
                    &mut view[IxDyn(&super::ops::unravel(p, &shape))],
                    value_at(k),
                );
            }
        }
    }
    Ok(())
}

/// The C-order flat positions of the elements `items` select, in the selection's order and
/// shape.
fn selected_positions<T>(
    view: &ArrayViewMutD<'_, T>,
    items: &[IndexItem<'_>],
) -> Result<ndarray::ArrayD<usize>, IndexError> {
    let n = view.len();
    if let ([IndexItem::IntArray(idx)], 1) = (items, view.ndim()) {
        // The common form, `np.add.at(a, idx, v)` on a 1-d array: the indices themselves.
        crate::index::item::check_indices(idx, n)?;
        return Ok(idx.map(|&i| crate::index::item::position(i, n)));
    }
    let all = ndarray::Array::from_iter(0..n)
        .into_shape_with_order(IxDyn(view.shape()))
        .expect("a position per element");
    Ok(crate::index::select_items(all.view(), items)?.into_owned())
}

/// The value when there is exactly one.
fn one_value<T: Copy>(values: &ndarray::ArrayD<T>) -> Option<T> {
    match values.len() {
        1 => values.iter().next().copied(),
        _ => None,
    }
}
