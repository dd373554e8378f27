//! Rearranging one array into a new one: `np.delete`, `np.insert`, `np.roll` and `np.pad`.

use ndarray::{ArrayD, Axis, Dimension, IxDyn, Slice};

use super::{finish, flattened, values_as};
use crate::array::Array;
use crate::axes::AxisSpec;
use crate::dtype::CastFrom;
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::reduce::{strong_elements, Accumulated, CumRank, DimOf, StrongOf};

/// Flat or per-axis positions of `obj` for `insert`/`delete`, checked against `n`.
fn positions(
    obj: &[isize],
    n: usize,
    axis: usize,
    allow_end: bool,
) -> Result<Vec<usize>, IndexError> {
    let limit = if allow_end { n + 1 } else { n };
    obj.iter()
        .map(|&i| {
            let j = if i < 0 { i + n as isize } else { i };
            if j < 0 || j as usize >= limit {
                Err(IndexError::out_of_bounds(i, axis, n))
            } else {
                Ok(j as usize)
            }
        })
        .collect()
}

/// The array and axis an `insert`/`delete`/`roll` works on: the flattened array without an
/// axis.
fn along<T: Clone, A: AxisSpec>(
    values: ArrayD<T>,
    axis: &A,
) -> Result<(ArrayD<T>, usize), IndexError> {
    match axis.resolve(values.ndim())? {
        None => Ok((flattened(&values), 0)),
        Some(list) => Ok((values, list[0])),
    }
}

/// `np.delete(arr, obj, axis)`: the array without the elements (or slices) at `obj`.
///
/// # Errors
/// NumPy's `IndexError` for an index out of range; an axis out of range.
pub fn delete<X, A>(
    arr: X,
    obj: &[isize],
    axis: A,
) -> Result<Accumulated<X, A, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    A: CumRank<DimOf<X>>,
{
    let node = arr.into_node();
    let values = strong_elements(&node)?;
    let (values, k) = along(values, &axis)?;
    let n = values.shape()[k];
    let gone = positions(obj, n, k, false)?;
    let keep: Vec<usize> = (0..n).filter(|i| !gone.contains(i)).collect();
    Ok(finish(values.select(Axis(k), &keep)))
}

/// `np.insert(arr, obj, values, axis)`: `values` inserted before the index `obj` (all of
/// them, as a block, when `obj` is one integer) or one slice before each index of a list,
/// converted to the array's dtype.
///
/// # Errors
/// NumPy's `IndexError` for an index out of range; an axis out of range.
pub fn insert<X, V, A>(
    arr: X,
    obj: (&[isize], bool),
    values: V,
    axis: A,
) -> Result<Accumulated<X, A, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    V: IntoNode,
    StrongOf<X>: CastFrom<StrongOf<V>>,
    A: CumRank<DimOf<X>>,
{
    let (obj, scalar) = obj;
    let node = arr.into_node();
    let base = strong_elements(&node)?;
    let (base, k) = along(base, &axis)?;
    let n = base.shape()[k];
    let at = positions(obj, n, k, true)?;
    let mut new = values_as::<V, StrongOf<X>>(values)?;
    let nd = base.ndim();
    while new.ndim() < nd {
        new = new.insert_axis(Axis(0));
    }
    let mut pieces: Vec<ArrayD<StrongOf<X>>> = Vec::new();
    if scalar {
        // NumPy: `values` as an array of the array's rank, its first axis moved to `axis`.
        let moved = if nd > 1 {
            let mut order: Vec<usize> = (1..nd).collect();
            order.insert(k, 0);
            new.permuted_axes(IxDyn(&order))
        } else {
            new
        };
        let mut shape = base.shape().to_vec();
        shape[k] = moved.shape()[k];
        let block = moved
            .broadcast(IxDyn(&shape))
            .ok_or_else(|| IndexError::cannot_broadcast_value(moved.shape(), &shape))?
            .to_owned();
        let p = at[0];
        pieces.push(base.slice_axis(Axis(k), Slice::from(..p)).to_owned());
        pieces.push(block);
        pieces.push(base.slice_axis(Axis(k), Slice::from(p..)).to_owned());
    } else {
        let flat: Vec<StrongOf<X>> = new.iter().copied().collect();
        let slice_shape: Vec<usize> = base
            .shape()
            .iter()
            .enumerate()
            .map(|(d, &m)| if d == k { 1 } else { m })
            .collect();
        let mut order: Vec<(usize, usize)> = at
            .iter()
            .copied()
            .enumerate()
            .map(|(j, p)| (p, j))
            .collect();
        order.sort_unstable();
        let mut prev = 0;
        for (p, j) in order {
            pieces.push(base.slice_axis(Axis(k), Slice::from(prev..p)).to_owned());
            let v = if flat.len() == at.len() {
                flat[j]
            } else {
                flat.first().copied().unwrap_or_default()
            };
            pieces.push(ArrayD::from_elem(IxDyn(&slice_shape), v));
            prev = p;
        }
        pieces.push(base.slice_axis(Axis(k), Slice::from(prev..n)).to_owned());
    }
    let views: Vec<_> = pieces.iter().map(|a| a.view()).collect();
    Ok(finish(
        ndarray::concatenate(Axis(k), &views).expect("slices of one array"),
    ))
}

/// The shifts of `np.roll`: one for every axis given.
pub trait Shifts {
    /// The shifts.
    fn shifts(&self) -> Vec<isize>;
}
impl Shifts for isize {
    fn shifts(&self) -> Vec<isize> {
        vec![*self]
    }
}
impl<const N: usize> Shifts for [isize; N] {
    fn shifts(&self) -> Vec<isize> {
        self.to_vec()
    }
}

/// `np.roll(a, shift, axis)`: elements moved along the axes (of the flattened array without
/// one), wrapping around.
///
/// # Errors
/// NumPy's errors for the axes.
pub fn roll<X, Sh, A>(a: X, shift: Sh, axis: A) -> Result<Array<StrongOf<X>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    Sh: Shifts,
    A: AxisSpec,
{
    let node = a.into_node();
    let values = strong_elements(&node)?;
    let shape = values.shape().to_vec();
    let shifts = shift.shifts();
    let (mut work, axes) = match axis.resolve(values.ndim())? {
        None => (flattened(&values), vec![0]),
        Some(list) => (values, list),
    };
    for (i, &k) in axes.iter().enumerate() {
        let s = shifts.get(i).or(shifts.first()).copied().unwrap_or(0);
        let n = work.shape()[k];
        if n == 0 {
            continue;
        }
        let s = s.rem_euclid(n as isize) as usize;
        let idx: Vec<usize> = (0..n).map(|j| (j + n - s) % n).collect();
        work = work.select(Axis(k), &idx);
    }
    if work.shape() != shape.as_slice() {
        // Rolled flat: back to the array's shape, in C order.
        let flat: Vec<StrongOf<X>> = work.iter().copied().collect();
        work = ArrayD::from_shape_vec(IxDyn(&shape), flat).expect("the same size");
    }
    Ok(finish(work))
}

/// The widths of `np.pad`: one for every side, `(before, after)` for every axis, or a pair per
/// axis.
pub trait PadWidth {
    /// `(before, after)` for each of `ndim` axes.
    fn widths(&self, ndim: usize) -> Vec<(usize, usize)>;
}
impl PadWidth for isize {
    fn widths(&self, ndim: usize) -> Vec<(usize, usize)> {
        vec![(*self as usize, *self as usize); ndim]
    }
}
impl PadWidth for [isize; 2] {
    fn widths(&self, ndim: usize) -> Vec<(usize, usize)> {
        vec![(self[0] as usize, self[1] as usize); ndim]
    }
}
impl<const N: usize> PadWidth for [[isize; 2]; N] {
    fn widths(&self, _: usize) -> Vec<(usize, usize)> {
        self.iter()
            .map(|w| (w[0] as usize, w[1] as usize))
            .collect()
    }
}

/// `np.pad(array, pad_width, mode, constant_values)`: `"constant"` (the value) or `"edge"`
/// (the nearest element).
///
/// # Errors
/// NumPy's message for `"edge"` on an empty axis; an unknown mode.
pub fn pad<X, W, C>(
    array: X,
    width: W,
    mode: &str,
    constant: C,
) -> Result<Array<StrongOf<X>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    W: PadWidth,
    C: IntoNode,
    StrongOf<X>: CastFrom<StrongOf<C>>,
{
    let node = array.into_node();
    let values = strong_elements(&node)?;
    let fill = values_as::<C, StrongOf<X>>(constant)?
        .iter()
        .next()
        .copied()
        .unwrap_or_default();
    let widths = width.widths(values.ndim());
    let edge = match mode {
        "constant" => false,
        "edge" => true,
        other => {
            return Err(IndexError::value_text(&format!(
                "mode '{other}' is not supported"
            )))
        }
    };
    let mut out = values;
    for (k, &(before, after)) in widths.iter().enumerate().take(out.ndim()) {
        let n = out.shape()[k];
        if edge && n == 0 && before + after > 0 {
            return Err(IndexError::value_text(&format!(
                "can't extend empty axis {k} using modes other than 'constant' or 'empty'"
            )));
        }
        let idx: Vec<Option<usize>> = (0..before + n + after)
            .map(|j| {
                if j < before {
                    edge.then_some(0)
                } else if j < before + n {
                    Some(j - before)
                } else {
                    edge.then(|| n - 1)
                }
            })
            .collect();
        let mut shape = out.shape().to_vec();
        shape[k] = idx.len();
        let src = out;
        out = ArrayD::from_shape_fn(IxDyn(&shape), |ix: IxDyn| {
            let mut ix = ix.slice().to_vec();
            match idx[ix[k]] {
                Some(j) => {
                    ix[k] = j;
                    src[IxDyn(&ix)]
                }
                None => fill,
            }
        });
    }
    Ok(finish(out))
}
