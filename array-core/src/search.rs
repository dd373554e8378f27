//! NumPy's sorting and searching inside `np!`: `sort`, `argsort` and `a.sort()` in place,
//! `nonzero` (and one-argument `where`), `argwhere`, `flatnonzero`, `unique`, `searchsorted`
//! and `bincount`. NaN sorts last, as in NumPy; sorts are stable (NumPy's default sort leaves
//! the order of equal elements unspecified, so a stable one is one of its answers, and the
//! one `kind="stable"` asks for). Index results are `int64` (NumPy's `intp`).

mod key_sort;

use core::cmp::Ordering;

use ndarray::{ArrayD, ArrayViewMut1, Axis, Dimension, Ix1, Ix2, IxDyn};

use crate::array::Array;
use crate::axes::OneAxis;
use crate::dtype::{CastFrom, CmpAs, Scalar};
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::index::SourceMut;
use crate::ops::Wrap;
use crate::reduce::{strong_cow, strong_elements, CumRank, DimOf, StrongOf};

/// NumPy's sort order: NaN after everything, equal values (including the two zeros) equal.
fn cmp_nan_last<T: PartialOrd>(a: &T, b: &T) -> Ordering {
    // NaN is the one value unequal to itself.
    #[allow(clippy::eq_op)]
    let nan = |v: &T| v != v;
    a.partial_cmp(b).unwrap_or_else(|| nan(a).cmp(&nan(b)))
}

/// The operand's values (dtype on their own), as an owned array (in the operand's memory
/// order when it is an array in one block, else in C order).
fn strong_values<X: IntoNode>(x: X) -> Result<ArrayD<StrongOf<X>>, IndexError> {
    let node = x.into_node();
    strong_elements(&node)
}

/// The values as one lane per position along `axis` (`None`: the flattened array).
fn lanes_of<T: Copy>(values: ArrayD<T>, axis: Option<Vec<usize>>) -> (ArrayD<T>, usize) {
    match axis {
        None => {
            let flat: Vec<T> = values.iter().copied().collect();
            (
                ArrayD::from_shape_vec(IxDyn(&[flat.len()]), flat).expect("1-d"),
                0,
            )
        }
        Some(list) => (values, list[0]),
    }
}

/// What `sort` and `argsort` of `X` along `A` give, for dtype `T`.
pub type Sorted<X, A, T> = crate::reduce::Accumulated<X, A, T>;

/// A 1-d array of `int64` indices or counts.
pub type Indices = Array<i64, Ix1>;

/// The unique values and, for each, an index or a count.
pub type WithIndices<T> = (Array<T, Ix1>, Indices);

/// The unique values, the index of each one's first occurrence, and its count.
pub type WithIndexCounts<T> = (Array<T, Ix1>, Indices, Indices);

/// `np.sort(a, axis=-1)` (`axis=None` sorts the flattened array): a sorted copy.
///
/// # Errors
/// NumPy's `AxisError` for an axis out of range.
pub fn sort<X, A>(x: X, axis: A) -> Result<Sorted<X, A, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    A: CumRank<DimOf<X>>,
{
    let values = strong_values(x)?;
    let axes = axis.resolve(values.ndim())?;
    let (mut out, k) = lanes_of(values, axes);
    let mut keyed = Vec::new();
    for lane in out.lanes_mut(Axis(k)) {
        sort_lane(lane, &mut keyed);
    }
    Ok(Array {
        inner: out
            .into_dimensionality()
            .expect("the rank computed at compile time"),
    })
}

/// `np.argsort(a, axis=-1)`: the indices that sort each lane (stably).
///
/// # Errors
/// NumPy's `AxisError` for an axis out of range.
pub fn argsort<X, A>(x: X, axis: A) -> Result<Sorted<X, A, i64>, IndexError>
where
    X: IntoNode,
    A: CumRank<DimOf<X>>,
{
    let node = x.into_node();
    let values = strong_cow(&node)?;
    if values.ndim() == 0 {
        // NumPy sorts a 0-d array as one element: the axes of a 1-d array are the ones in range.
        axis.resolve(1)?;
        return Ok(Array {
            inner: ArrayD::from_elem(IxDyn(&[1]), 0i64)
                .into_dimensionality()
                .expect("the rank computed at compile time"),
        });
    }
    let last = values.ndim() - 1;
    let out = match axis.resolve(values.ndim())? {
        // The flattened array is one lane, in C order.
        None => {
            let len = values.len();
            ArrayD::from_shape_vec(IxDyn(&[len]), lane_orders([values.iter()], len))
        }
        // Lanes along the last axis come in the output's C order, one after another.
        Some(axes) if axes[0] == last => {
            let lanes = values
                .lanes(Axis(last))
                .into_iter()
                .map(|lane| lane.into_iter());
            let orders = lane_orders(lanes, values.len());
            ArrayD::from_shape_vec(values.raw_dim(), orders)
        }
        // Lanes along another axis: each lane's order sorted, then moved back to that axis.
        Some(axes) => {
            let k = axes[0];
            let lanes = values
                .lanes(Axis(k))
                .into_iter()
                .map(|lane| lane.into_iter());
            let mut moved = values.raw_dim();
            moved.slice_mut()[k..].rotate_left(1);
            let orders = ArrayD::from_shape_vec(moved, lane_orders(lanes, values.len()))
                .expect("one index per element");
            let mut back: Vec<usize> = (0..=last).collect();
            back[k..].rotate_right(1);
            Ok(orders.permuted_axes(back).as_standard_layout().into_owned())
        }
    };
    Ok(Array {
        inner: out
            .expect("one index per element")
            .into_dimensionality()
            .expect("the rank computed at compile time"),
    })
}

/// For each lane in turn, the indices that sort it stably, one lane after another in a buffer
/// of `len` indices (every lane's length together).
fn lane_orders<'v, T, L, I>(lanes: L, len: usize) -> Vec<i64>
where
    T: Scalar + 'v,
    L: IntoIterator<Item = I>,
    I: ExactSizeIterator<Item = &'v T>,
{
    let mut orders = crate::raw::output_vec(len);
    let mut keyed: Vec<(u64, i64)> = Vec::new();
    for lane in lanes {
        if keyed.capacity() < lane.len() {
            keyed = crate::raw::output_vec(lane.len());
        }
        // Each value's key beside its index: the values are read once, in order, and sorted
        // as integers whose order is NumPy's.
        keyed.clear();
        keyed.extend(lane.map(|v| v.sort_key()).zip(0i64..));
        key_sort::sort_by_key(&mut keyed);
        orders.extend(keyed.iter().map(|&(_, i)| i));
    }
    crate::raw::recycle(keyed);
    orders
}

/// `a.sort(axis=-1)`: sorts the lanes of `a` (or of the elements a mutable view shows) in
/// place.
///
/// # Errors
/// NumPy's `AxisError` for an axis out of range; nothing is changed then.
pub fn sort_in_place<'a, S>(target: S, axis: OneAxis) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Scalar,
{
    let (view, _) = target.into_view_mut();
    let mut view = view.into_dyn();
    if view.ndim() == 0 {
        return Err(IndexError::axis_out_of_bounds("", axis.0, 0));
    }
    let k = crate::axes::normalize(axis.0, view.ndim(), "")?;
    let mut keyed = Vec::new();
    for lane in view.lanes_mut(Axis(k)) {
        sort_lane(lane, &mut keyed);
    }
    Ok(())
}

/// Sorts one lane in place, stably, in NumPy's order: each value beside its key, sorted as
/// integers whose order is NumPy's (`keyed` is a buffer kept from one lane to the next).
fn sort_lane<T: Scalar>(mut lane: ArrayViewMut1<'_, T>, keyed: &mut Vec<(u64, T)>) {
    keyed.clear();
    keyed.extend(lane.iter().map(|&v| (v.sort_key(), v)));
    key_sort::sort_by_key(keyed);
    lane.iter_mut()
        .zip(keyed.iter())
        .for_each(|(x, &(_, v))| *x = v);
}

/// The result of `nonzero` for an array of rank `Self`: one `int64` index array per axis.
pub trait NonzeroRank: Dimension {
    /// A tuple of `Self::NDIM` arrays.
    type Out;
    /// The tuple from the index arrays, one per axis.
    fn tuple(columns: Vec<Array<i64, Ix1>>) -> Self::Out;
}

macro_rules! nonzero_ranks {
    ($($d:ty => ($($v:ident),*);)*) => {$(
        impl NonzeroRank for $d {
            type Out = ($(nonzero_ranks!(@ty $v),)*);
            fn tuple(columns: Vec<Array<i64, Ix1>>) -> Self::Out {
                let mut it = columns.into_iter();
                ($({ let $v = it.next().expect("one array per axis"); $v },)*)
            }
        }
    )*};
    (@ty $v:ident) => { Array<i64, Ix1> };
}
nonzero_ranks! {
    ndarray::Ix1 => (a);
    ndarray::Ix2 => (a, b);
    ndarray::Ix3 => (a, b, c);
    ndarray::Ix4 => (a, b, c, d);
    ndarray::Ix5 => (a, b, c, d, e);
    ndarray::Ix6 => (a, b, c, d, e, f);
}

/// The C-order multi-indices of the nonzero elements.
fn nonzero_positions<T: Scalar>(values: &ArrayD<T>) -> Vec<Vec<usize>>
where
    bool: CastFrom<T>,
{
    values
        .indexed_iter()
        .filter(|(_, &v)| bool::cast_from(v))
        .map(|(ix, _)| ix.slice().to_vec())
        .collect()
}

/// `np.nonzero(a)`, `a.nonzero()`, `np.where(c)`: the indices of the nonzero elements, one
/// array per axis (usable as an index: `a[np.nonzero(a > 0)]`).
///
/// # Errors
/// NumPy's errors for the operand.
pub fn nonzero<X>(x: X) -> Result<<DimOf<X> as NonzeroRank>::Out, IndexError>
where
    X: IntoNode,
    DimOf<X>: NonzeroRank,
    bool: CastFrom<StrongOf<X>>,
{
    let values = strong_values(x)?;
    let positions = nonzero_positions(&values);
    let columns = (0..values.ndim())
        .map(|k| Array {
            inner: positions.iter().map(|ix| ix[k] as i64).collect(),
        })
        .collect();
    Ok(<DimOf<X> as NonzeroRank>::tuple(columns))
}

/// `np.argwhere(a)`: the indices of the nonzero elements, one row each.
///
/// # Errors
/// NumPy's errors for the operand.
pub fn argwhere<X>(x: X) -> Result<Array<i64, Ix2>, IndexError>
where
    X: IntoNode,
    bool: CastFrom<StrongOf<X>>,
{
    let values = strong_values(x)?;
    let positions = nonzero_positions(&values);
    let nd = values.ndim();
    let flat: Vec<i64> = positions.iter().flatten().map(|&i| i as i64).collect();
    Ok(Array {
        inner: ndarray::Array2::from_shape_vec((positions.len(), nd), flat)
            .expect("one row per element"),
    })
}

/// `np.flatnonzero(a)`: the flat (C-order) indices of the nonzero elements.
///
/// # Errors
/// NumPy's errors for the operand.
pub fn flatnonzero<X>(x: X) -> Result<Array<i64, Ix1>, IndexError>
where
    X: IntoNode,
    bool: CastFrom<StrongOf<X>>,
{
    let values = strong_values(x)?;
    Ok(Array {
        inner: values
            .iter()
            .enumerate()
            .filter(|(_, &v)| bool::cast_from(v))
            .map(|(i, _)| i as i64)
            .collect(),
    })
}

/// The sorted unique values, the index of each one's first occurrence, and its count.
type UniqueParts<T> = (Vec<T>, Vec<i64>, Vec<i64>);

/// The sorted distinct values of the flattened operand (NaNs collapsed into one, last), with
/// the index of each one's first occurrence and its count.
fn unique_parts<X: IntoNode>(x: X) -> Result<UniqueParts<StrongOf<X>>, IndexError> {
    let node = x.into_node();
    let values = strong_cow(&node)?;
    // Each value beside its key and its flat index, sorted stably by key: equal values (equal
    // keys) end up side by side, the first occurrence first.
    let mut keyed: Vec<(u64, (i64, StrongOf<X>))> = values
        .iter()
        .zip(0i64..)
        .map(|(&v, i)| (v.sort_key(), (i, v)))
        .collect();
    key_sort::sort_by_key(&mut keyed);
    let (mut uniq, mut first, mut counts) = (Vec::new(), Vec::new(), Vec::new());
    let mut last_key = None;
    for &(key, (i, v)) in &keyed {
        if last_key == Some(key) {
            *counts.last_mut().expect("a value before") += 1;
        } else {
            last_key = Some(key);
            uniq.push(v);
            first.push(i);
            counts.push(1);
        }
    }
    Ok((uniq, first, counts))
}

fn array1<T>(v: Vec<T>) -> Array<T, Ix1> {
    Array { inner: v.into() }
}

/// `np.unique(a)`: the sorted distinct values. NaNs are one value, last; `-0.0` and `0.0` are
/// one value, shown as the one that comes first in `a` (NumPy shows whichever its unstable sort
/// puts first, so its sign of zero can differ).
///
/// # Errors
/// NumPy's errors for the operand.
pub fn unique<X: IntoNode>(x: X) -> Result<Array<StrongOf<X>, Ix1>, IndexError> {
    Ok(array1(unique_parts(x)?.0))
}

/// `np.unique(a, return_index=True)`.
///
/// # Errors
/// NumPy's errors for the operand.
pub fn unique_index<X: IntoNode>(x: X) -> Result<WithIndices<StrongOf<X>>, IndexError> {
    let (u, f, _) = unique_parts(x)?;
    Ok((array1(u), array1(f)))
}

/// `np.unique(a, return_counts=True)`.
///
/// # Errors
/// NumPy's errors for the operand.
pub fn unique_counts<X: IntoNode>(x: X) -> Result<WithIndices<StrongOf<X>>, IndexError> {
    let (u, _, c) = unique_parts(x)?;
    Ok((array1(u), array1(c)))
}

/// `np.unique(a, return_index=True, return_counts=True)`.
///
/// # Errors
/// NumPy's errors for the operand.
pub fn unique_index_counts<X: IntoNode>(x: X) -> Result<WithIndexCounts<StrongOf<X>>, IndexError> {
    let (u, f, c) = unique_parts(x)?;
    Ok((array1(u), array1(f), array1(c)))
}

/// `np.searchsorted(a, v, side)`: where each value of `v` would go in the sorted `a`
/// (`right`: after equal elements), compared as NumPy compares the two dtypes.
///
/// # Errors
/// `side` other than `"left"` or `"right"`, and NumPy's errors for the operands.
pub fn searchsorted<X, V>(
    a: X,
    v: V,
    side: &str,
) -> Result<<DimOf<V> as Wrap<i64>>::Out, IndexError>
where
    X: IntoNode,
    V: IntoNode,
    StrongOf<X>: CmpAs<StrongOf<V>>,
    DimOf<V>: Wrap<i64>,
{
    type Q<X, V> = <StrongOf<X> as CmpAs<StrongOf<V>>>::Out;
    let right = match side {
        "left" => false,
        "right" => true,
        // NumPy's two messages: one for a word that starts as a side does, one for the rest.
        other if other.starts_with(['l', 'L', 'r', 'R']) => {
            return Err(IndexError::value_text(
                "search side must be one of 'left' or 'right'",
            ))
        }
        other => {
            return Err(IndexError::value_text(&format!(
                "search side must be 'left' or 'right' (got '{other}')"
            )))
        }
    };
    let a = strong_values(a)?;
    if a.ndim() != 1 {
        return Err(IndexError::value_text("object too deep for desired array"));
    }
    let sorted: Vec<Q<X, V>> = a.iter().map(|&x| Q::<X, V>::cast_from(x)).collect();
    let keys = strong_values(v)?;
    let out = keys.mapv(|k| {
        let k = Q::<X, V>::cast_from(k);
        sorted.partition_point(|x| match cmp_nan_last(x, &k) {
            Ordering::Less => true,
            Ordering::Equal => right,
            Ordering::Greater => false,
        }) as i64
    });
    Ok(<DimOf<V> as Wrap<i64>>::from_array(out))
}

/// `np.bincount(x, minlength)`: how often each value `0..=max(x)` occurs.
///
/// # Errors
/// NumPy's messages for negative values and a negative `minlength`.
pub fn bincount<X>(x: X, minlength: isize) -> Result<Array<i64, Ix1>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: Scalar,
{
    let counts = bins(strong_values(x)?, minlength, |_| 1i64)?;
    Ok(array1(counts))
}

/// `np.bincount(x, weights=w, minlength)`: the sum of the weights of each value.
///
/// # Errors
/// As [`bincount`], and weights that are not as long as `x`.
pub fn bincount_weighted<X, W>(
    x: X,
    weights: W,
    minlength: isize,
) -> Result<Array<f64, Ix1>, IndexError>
where
    X: IntoNode,
    W: IntoNode,
    f64: CastFrom<StrongOf<W>>,
{
    let w: Vec<f64> = strong_values(weights)?
        .iter()
        .map(|&v| f64::cast_from(v))
        .collect();
    let x = strong_values(x)?;
    if x.ndim() == 1 && x.len() != w.len() {
        return Err(IndexError::value_text(
            "The weights and list don't have the same length.",
        ));
    }
    let sums = bins(x, minlength, |k| w[k])?;
    Ok(array1(sums))
}

/// The per-value totals of `bincount`, each occurrence `k` adding `weight(k)`.
fn bins<T: Scalar, W>(
    values: ArrayD<T>,
    minlength: isize,
    weight: impl Fn(usize) -> W,
) -> Result<Vec<W>, IndexError>
where
    W: Copy + Default + core::ops::AddAssign,
{
    if minlength < 0 {
        return Err(IndexError::value_text("'minlength' must not be negative"));
    }
    match values.ndim() {
        0 => {
            return Err(IndexError::value_text(
                "object of too small depth for desired array",
            ))
        }
        1 => {}
        _ => return Err(IndexError::value_text("object too deep for desired array")),
    }
    let mut ints = Vec::with_capacity(values.len());
    for &v in &values {
        match v.to_i128() {
            Some(i) if i < 0 => {
                return Err(IndexError::value_text("'list' argument must have no negative elements"))
            }
            Some(i) => ints.push(i as usize),
            None => {
                return Err(IndexError::type_text(
                    "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
                ))
            }
        }
    }
    let len = ints
        .iter()
        .map(|&i| i + 1)
        .max()
        .unwrap_or(0)
        .max(minlength as usize);
    let mut out = vec![W::default(); len];
    for (k, &i) in ints.iter().enumerate() {
        out[i] += weight(k);
    }
    Ok(out)
}
