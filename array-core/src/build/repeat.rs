//! Repetition: `np.tile`, `np.repeat` and `np.meshgrid`.

use ndarray::{ArrayD, DimMax, IntoDimension, Ix2, IxDyn};

use super::dims;
use crate::array::Array;
use crate::dtype::DType;
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::ints::IntArg;
use crate::join::pieces::{flat, from_pieces, Piece};
use crate::reduce::{elements, strong_cow, strong_elements, DimOf, StrongOf};

/// `np.tile(a, reps)`: of the larger rank of the array's and the count of repetitions.
pub type Tiled<X, R> = Array<StrongOf<X>, <DimOf<X> as DimMax<<R as IntoDimension>::Dim>>::Output>;

/// The two grids of `np.meshgrid(x, y)`.
pub type Grids<X, Y> = (Array<StrongOf<X>, Ix2>, Array<StrongOf<Y>, Ix2>);

/// `np.tile(A, reps)`: `A` repeated along each axis (leading axes added as needed).
///
/// # Errors
/// NumPy's errors for the operand; negative repetitions.
pub fn tile<X, const K: usize>(a: X, reps: [isize; K]) -> Result<Tiled<X, [usize; K]>, IndexError>
where
    X: IntoNode,
    [usize; K]: IntoDimension,
    DimOf<X>: DimMax<<[usize; K] as IntoDimension>::Dim>,
{
    let reps = dims(reps)?;
    let node = a.into_node();
    let values = strong_elements(&node)?;
    let nd = values.ndim().max(K);
    let mut shape = vec![1usize; nd - values.ndim()];
    shape.extend_from_slice(values.shape());
    let mut r = vec![1usize; nd - K];
    r.extend_from_slice(&reps);
    let tiled: Vec<usize> = shape
        .iter()
        .zip(&r)
        .map(|(&n, &k)| n.saturating_mul(k))
        .collect();
    checked_size(&tiled)?;
    // Axis by axis from the last: each block of the axes from `k` on, repeated `r[k]` times.
    let mut flat = c_order(values);
    for k in (0..nd).rev() {
        let block: usize = shape[k..].iter().product();
        if r[k] != 1 && block > 0 {
            let mut next = crate::raw::output_vec(flat.len() * r[k]);
            for chunk in flat.chunks_exact(block) {
                for _ in 0..r[k] {
                    next.extend_from_slice(chunk);
                }
            }
            flat = next;
        } else if r[k] == 0 {
            flat.clear();
        }
        shape[k] *= r[k];
    }
    Ok(Array {
        inner: ArrayD::from_shape_vec(IxDyn(&shape), flat)
            .expect("one value per element")
            .into_dimensionality()
            .expect("the rank computed at compile time"),
    })
}

/// NumPy's error for a result whose size does not fit `isize`.
fn checked_size(shape: &[usize]) -> Result<usize, IndexError> {
    shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(IndexError::too_big)
}

/// The elements of `values` in C order.
fn c_order<T: Copy>(values: ArrayD<T>) -> Vec<T> {
    if values.is_standard_layout() {
        values.into_raw_vec_and_offset().0
    } else {
        values.iter().copied().collect()
    }
}

/// `np.repeat(a, repeats, axis)`: each element (or each slice along `axis`) repeated; without
/// an axis, of the flattened array.
///
/// # Errors
/// NumPy's errors: negative counts, as many counts as elements needed, an axis out of range.
pub fn repeat<X, R, A>(
    a: X,
    repeats: R,
    axis: A,
) -> Result<crate::reduce::Accumulated<X, A, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    R: IntArg,
    A: crate::reduce::CumRank<DimOf<X>>,
{
    let repeats = repeats.int_list()?;
    if repeats.array_dtype == Some("uint64") {
        // NumPy converts the counts to intp with its `safe` rule.
        return Err(IndexError::unsafe_cast("uint64", "int64"));
    }
    if repeats.shape.as_ref().is_some_and(|s| s.len() > 1) {
        return Err(IndexError::value_text("object too deep for desired array"));
    }
    // One count (a list of one too) applies to every element.
    let one_count = repeats.values.len() == 1;
    let node = a.into_node();
    let values = strong_cow(&node)?;
    let (values, k) = match axis.resolve(values.ndim())? {
        None => (flat(values), 0),
        Some(list) => (values, list[0]),
    };
    let shape = values.shape().to_vec();
    let n = shape[k];
    let counts = repeats.values;
    if counts.iter().any(|&c| c < 0) {
        return Err(IndexError::value_text(if one_count {
            "negative dimensions are not allowed"
        } else {
            "repeats may not contain negative values."
        }));
    }
    // One count for every slice (`None`), or one each.
    let each: Option<Vec<usize>> = if one_count {
        None
    } else if counts.len() == n {
        Some(counts.iter().map(|&c| c as usize).collect())
    } else {
        return Err(IndexError::value_text(&format!(
            "operands could not be broadcast together with shape ({n},) ({},)",
            counts.len()
        )));
    };
    let one = counts.first().map_or(0, |&c| c as usize);
    let mut out_shape = shape.clone();
    let overflowed = || IndexError::value_text("negative dimensions are not allowed");
    out_shape[k] = match &each {
        None => one.checked_mul(n),
        Some(c) => c.iter().try_fold(0usize, |acc, &x| acc.checked_add(x)),
    }
    .filter(|&len| len <= isize::MAX as usize)
    .ok_or_else(overflowed)?;
    checked_size(&out_shape)?;
    let out = if k + 1 == values.ndim() {
        // Slices of one element: each element repeated in place, lane by lane (pushing one
        // element at a time would check the capacity each time).
        let standard = values.as_standard_layout();
        let src = standard.as_slice().expect("C order");
        let total: usize = out_shape.iter().product();
        let mut out = crate::raw::output_vec(total);
        if let Some(&first) = src.first() {
            out.resize(total, first);
            let width = out_shape[k].max(1);
            for (lane, dst) in src.chunks_exact(n).zip(out.chunks_exact_mut(width)) {
                match &each {
                    None => {
                        for (d, &v) in dst.chunks_exact_mut(one.max(1)).zip(lane) {
                            d.fill(v);
                        }
                    }
                    Some(counts) => {
                        let mut at = 0;
                        for (&v, &c) in lane.iter().zip(counts) {
                            dst[at..at + c].fill(v);
                            at += c;
                        }
                    }
                }
            }
        }
        ArrayD::from_shape_vec(IxDyn(&out_shape), out).expect("one value per element")
    } else {
        let pieces: Vec<Piece<_>> = (0..n)
            .map(|index| Piece::Repeat {
                index,
                times: each.as_ref().map_or(one, |c| c[index]),
            })
            .collect();
        from_pieces(&values.view(), k, &pieces)
    };
    Ok(Array {
        inner: out
            .into_dimensionality()
            .expect("the rank computed at compile time"),
    })
}

/// `np.meshgrid(x, y, indexing)`: two matrices of coordinates (`"xy"`: rows follow `y`;
/// `"ij"`: rows follow `x`).
///
/// # Errors
/// An `indexing` other than `"xy"` or `"ij"`.
pub fn meshgrid<X, Y>(x: X, y: Y, indexing: &str) -> Result<Grids<X, Y>, IndexError>
where
    X: IntoNode,
    Y: IntoNode,
{
    let xs: Vec<StrongOf<X>> = elements(&x.into_node())?
        .iter()
        .map(|v| v.strong())
        .collect();
    let ys: Vec<StrongOf<Y>> = elements(&y.into_node())?
        .iter()
        .map(|v| v.strong())
        .collect();
    let xy = match indexing {
        "xy" => true,
        "ij" => false,
        _ => {
            return Err(IndexError::value_text(
                "Valid values for `indexing` are 'xy' and 'ij'.",
            ))
        }
    };
    let (rows, cols) = if xy {
        (ys.len(), xs.len())
    } else {
        (xs.len(), ys.len())
    };
    let gx = ndarray::Array2::from_shape_fn((rows, cols), |(r, c)| if xy { xs[c] } else { xs[r] });
    let gy = ndarray::Array2::from_shape_fn((rows, cols), |(r, c)| if xy { ys[r] } else { ys[c] });
    Ok((Array { inner: gx }, Array { inner: gy }))
}
