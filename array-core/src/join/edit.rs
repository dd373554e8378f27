//! Rearranging one array into a new one: `np.delete`, `np.insert` and `np.roll`.
//! Each copies whole runs of the source (`np.roll` of a 1-D array is two `memcpy`s), not one
//! element at a time through an index.

use ndarray::{ArrayD, ArrayViewD, Axis, CowArray, IxDyn, Slice};

use super::pieces::{flat, from_pieces, Piece};
use super::{finish, values_as};
use crate::array::Array;
use crate::axes::AxisSpec;
use crate::dtype::{CastFrom, ConvertsTo};
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::ints::{python_index, IntArg};
use crate::reduce::{strong_cow, Accumulated, CumRank, DimOf, ElemOf, StrongOf};

/// `np.delete`'s positions `obj` along an axis of length `n`, checked (negative from the end).
fn positions(obj: &[isize], n: usize, axis: usize) -> Result<Vec<usize>, IndexError> {
    obj.iter()
        .map(|&i| python_index(i, n).ok_or_else(|| IndexError::out_of_bounds(i, axis, n)))
        .collect()
}

/// The array and axis an `insert`/`delete` works on: the flattened array (C order) without an
/// axis.
fn along<'v, T: Copy, A: AxisSpec>(
    values: CowArray<'v, T, IxDyn>,
    axis: &A,
) -> Result<(CowArray<'v, T, IxDyn>, usize), IndexError> {
    match axis.resolve(values.ndim())? {
        None => Ok((flat(values), 0)),
        Some(list) => Ok((values, list[0])),
    }
}

/// `np.delete(arr, obj, axis)`: the array without the elements (or slices) at `obj`, a list
/// of positions or a boolean mask of the axis' length.
///
/// # Errors
/// NumPy's `IndexError` for an index out of range, its `ValueError` for a mask of another
/// length; an axis out of range.
pub fn delete<X, O, A>(
    arr: X,
    obj: O,
    axis: A,
) -> Result<Accumulated<X, A, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    O: IntArg,
    A: CumRank<DimOf<X>>,
{
    let obj = obj.int_list()?;
    let node = arr.into_node();
    let values = strong_cow(&node)?;
    let (values, k) = along(values, &axis)?;
    let n = values.shape()[k];
    let mut gone = if obj.boolean {
        if obj.shape.as_ref().map(Vec::len) != Some(1) || obj.values.len() != n {
            return Err(IndexError::value_text(&format!(
                "boolean array argument obj to delete must be one dimensional and match the axis length of {n}"
            )));
        }
        mask_positions(&obj.values)
    } else {
        positions(&obj.values, n, k)?
    };
    gone.sort_unstable();
    gone.dedup();
    // The runs between the deleted positions, each one copy.
    let mut pieces = Vec::with_capacity(gone.len() + 1);
    let mut start = 0;
    for &g in gone.iter().chain([&n]) {
        if g > start {
            pieces.push(Piece::Copy {
                start,
                len: g - start,
            });
        }
        start = g + 1;
    }
    Ok(finish(from_pieces(&values.view(), k, &pieces)))
}

/// The positions where a boolean mask is true.
fn mask_positions(mask: &[isize]) -> Vec<usize> {
    mask.iter()
        .enumerate()
        .filter(|(_, &m)| m != 0)
        .map(|(i, _)| i)
        .collect()
}

/// `np.insert(arr, obj, values, axis)`: `values` inserted before the index `obj` (all of
/// them, as a block, when `obj` is one index) or one slice before each index of a list or
/// boolean mask, converted to the array's dtype (an integer literal must fit it: NumPy's
/// `OverflowError` is a compile error).
///
/// # Errors
/// NumPy's `IndexError` for an index out of range, its `ValueError`s for values that do not
/// fit the inserted slices and for an `obj` of two or more dimensions; an axis out of range.
pub fn insert<X, O, V, A>(
    arr: X,
    obj: O,
    values: V,
    axis: A,
) -> Result<Accumulated<X, A, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    O: IntArg,
    V: IntoNode,
    ElemOf<V>: ConvertsTo<StrongOf<X>>,
    StrongOf<X>: CastFrom<StrongOf<V>>,
    A: CumRank<DimOf<X>>,
{
    let obj = obj.int_list()?;
    let node = arr.into_node();
    let base = strong_cow(&node)?;
    let (base, k) = along(base, &axis)?;
    let ndim_obj = obj.shape.as_ref().map_or(0, Vec::len);
    let indices = if obj.boolean {
        if ndim_obj != 1 {
            return Err(IndexError::value_text(
                "boolean array argument obj to insert must be one dimensional",
            ));
        }
        mask_positions(&obj.values)
            .into_iter()
            .map(|i| i as isize)
            .collect()
    } else if ndim_obj > 1 {
        return Err(IndexError::value_text(
            "index array argument obj to insert must be one dimensional or scalar",
        ));
    } else {
        obj.values
    };
    let new = values_as::<V, StrongOf<X>>(values)?;
    let base = base.view();
    if indices.len() != 1 && !obj.boolean {
        // NumPy shifts the positions in place (`indices += arange(n)`), which an unsigned
        // array cannot hold.
        let shifted = match obj.array_dtype {
            Some("uint64") => Some("float64"),
            Some(d) if d.starts_with("uint") => Some("int64"),
            _ => None,
        };
        if let (Some(from), Some(to)) = (shifted, obj.array_dtype) {
            return Err(IndexError::ufunc_cast("add", from, to));
        }
    }
    let out = if let [index] = indices[..] {
        insert_block(&base, k, index, ndim_obj == 0, new)?
    } else {
        insert_each(&base, k, &indices, &new)?
    };
    Ok(finish(out))
}

/// NumPy's `insert` at one index: `values` as a block of the array's rank (a scalar index
/// moves the block's first axis to `k`), broadcast to the array's other axes.
fn insert_block<T: Copy>(
    base: &ArrayViewD<'_, T>,
    k: usize,
    index: isize,
    scalar: bool,
    mut new: ArrayD<T>,
) -> Result<ArrayD<T>, IndexError> {
    let n = base.shape()[k];
    let signed = n as isize;
    if index < -signed || index > signed {
        // NumPy writes the index as given: `[7]` for a list of one.
        let written = if scalar {
            index.to_string()
        } else {
            format!("[{index}]")
        };
        return Err(IndexError::out_of_bounds_written(&written, k, n));
    }
    let p = if index < 0 { index + signed } else { index } as usize;
    let nd = base.ndim();
    while new.ndim() < nd {
        new = new.insert_axis(Axis(0));
    }
    if scalar && nd > 1 {
        let mut order: Vec<usize> = (1..nd).collect();
        order.insert(k, 0);
        new = new.permuted_axes(IxDyn(&order));
    }
    let mut shape = base.shape().to_vec();
    shape[k] = new.shape()[k];
    let block = new
        .broadcast(IxDyn(&shape))
        .ok_or_else(|| IndexError::cannot_broadcast_value(new.shape(), &shape))?;
    let parts = [
        base.slice_axis(Axis(k), Slice::from(..p)),
        block,
        base.slice_axis(Axis(k), Slice::from(p..)),
    ];
    Ok(ndarray::concatenate(Axis(k), &parts).expect("slices of one shape"))
}

/// NumPy's `insert` at several indices: index `j`, moved past the `j` slices inserted before
/// it (equal indices keep their order), receives slice `j` of `values` broadcast to the
/// inserted slices; the array's slices fill the rest in order.
fn insert_each<T: Copy>(
    base: &ArrayViewD<'_, T>,
    k: usize,
    indices: &[isize],
    new: &ArrayD<T>,
) -> Result<ArrayD<T>, IndexError> {
    let n = base.shape()[k];
    let count = indices.len();
    let size = n + count;
    // NumPy adds `n` to negative indices once, then shifts each past the earlier ones.
    let mut shifted: Vec<isize> = indices
        .iter()
        .map(|&i| if i < 0 { i + n as isize } else { i })
        .collect();
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&j| shifted[j]);
    for (rank, &j) in order.iter().enumerate() {
        shifted[j] += rank as isize;
    }
    let slots = shifted
        .iter()
        .map(|&i| python_index(i, size).ok_or_else(|| IndexError::out_of_bounds(i, k, size)))
        .collect::<Result<Vec<usize>, _>>()?;
    let mut shape = base.shape().to_vec();
    shape[k] = count;
    let block = new
        .broadcast(IxDyn(&shape))
        .ok_or_else(|| IndexError::value_mismatch(new.shape(), &shape))?;
    // Which inserted slice each slot of the result holds (the last one written wins).
    let mut holder: Vec<Option<usize>> = vec![None; size];
    for (j, &slot) in slots.iter().enumerate() {
        holder[slot] = Some(j);
    }
    let free = holder.iter().filter(|h| h.is_none()).count();
    if free != n {
        let mut full = base.shape().to_vec();
        full[k] = free;
        return Err(if base.ndim() == 1 {
            IndexError::mask_value_count(n, free)
        } else {
            IndexError::value_mismatch(base.shape(), &full)
        });
    }
    // Runs of the array's slices between the inserted ones, each one view.
    let mut parts = Vec::with_capacity(2 * count + 1);
    let mut next = 0;
    let mut run = 0;
    for h in &holder {
        match h {
            Some(j) => {
                if run > 0 {
                    parts.push(base.slice_axis(Axis(k), Slice::from(next..next + run)));
                    next += run;
                    run = 0;
                }
                parts.push(block.slice_axis(Axis(k), Slice::from(*j..*j + 1)));
            }
            None => run += 1,
        }
    }
    if run > 0 {
        parts.push(base.slice_axis(Axis(k), Slice::from(next..next + run)));
    }
    if parts.is_empty() {
        return Ok(base.to_owned());
    }
    Ok(ndarray::concatenate(Axis(k), &parts).expect("slices of one shape"))
}

/// `np.roll(a, shift, axis)`: elements moved along the axes (of the flattened array without
/// one), wrapping around.
///
/// # Errors
/// NumPy's errors for the axes.
pub fn roll<X, Sh, A>(a: X, shift: Sh, axis: A) -> Result<Array<StrongOf<X>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    Sh: IntArg,
    A: AxisSpec,
{
    let shift = shift.int_list()?;
    if shift.shape.as_ref().is_some_and(|s| s.len() > 1) {
        return Err(IndexError::value_text(
            "'shift' and 'axis' should be scalars or 1D sequences",
        ));
    }
    let node = a.into_node();
    let values = strong_cow(&node)?;
    // NumPy's roll allows an axis twice (it rolls that axis twice).
    let resolved = match axis.given() {
        None => None,
        Some(given) => Some(
            given
                .iter()
                .map(|&k| crate::axes::normalize(k, values.ndim(), ""))
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    let axes = resolved.clone().unwrap_or_else(|| vec![0]);
    let pairs = shift_pairs(&shift.values, &axes)?;
    let rolled = |work: &ArrayViewD<'_, StrongOf<X>>, s: isize, k: usize| {
        let n = work.shape()[k];
        let s = if n == 0 {
            0
        } else {
            s.rem_euclid(n as isize) as usize
        };
        from_pieces(
            work,
            k,
            &[
                Piece::Copy {
                    start: n - s,
                    len: s,
                },
                Piece::Copy {
                    start: 0,
                    len: n - s,
                },
            ],
        )
    };
    match resolved {
        // Rolled flat: the elements in C order, rotated, back in the array's shape.
        None => {
            let shape = values.raw_dim();
            // Each shift reduced first: their sum cannot overflow (NumPy adds Python ints).
            let n = values.len().max(1) as isize;
            let total = pairs.iter().map(|&(s, _)| s.rem_euclid(n)).sum();
            let out = rolled(&flat(values).view(), total, 0);
            Ok(finish(
                out.into_shape_with_order(shape).expect("the same size"),
            ))
        }
        Some(_) => {
            let mut work = values;
            for (s, k) in pairs {
                work = CowArray::from(rolled(&work.view(), s, k));
            }
            Ok(finish(work.into_owned()))
        }
    }
}

/// `np.roll`'s shifts and axes broadcast against each other, as NumPy does: one shift for
/// every axis, one axis for every shift, or as many of each.
fn shift_pairs(shifts: &[isize], axes: &[usize]) -> Result<Vec<(isize, usize)>, IndexError> {
    match (shifts.len(), axes.len()) {
        (s, a) if s == a => Ok(shifts.iter().copied().zip(axes.iter().copied()).collect()),
        (1, _) => Ok(axes.iter().map(|&k| (shifts[0], k)).collect()),
        (_, 1) => Ok(shifts.iter().map(|&s| (s, axes[0])).collect()),
        (s, a) => Err(IndexError::value_text(&format!(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ({s},) and arg 1 with shape ({a},)."
        ))),
    }
}
