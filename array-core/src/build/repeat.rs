//! Repetition: `np.tile`, `np.repeat` and `np.meshgrid`.

use ndarray::{ArrayD, DimMax, Dimension, IntoDimension, Ix2, IxDyn};

use super::dims;
use crate::array::Array;
use crate::dtype::DType;
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::reduce::{elements, strong_elements, DimOf, StrongOf};

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
    let src = values
        .into_shape_with_order(IxDyn(&shape))
        .expect("leading axes of length 1");
    let out_shape: Vec<usize> = shape.iter().zip(&r).map(|(&n, &k)| n * k).collect();
    let out = ArrayD::from_shape_fn(IxDyn(&out_shape), |ix: IxDyn| {
        let src_ix: Vec<usize> = ix
            .slice()
            .iter()
            .zip(&shape)
            .map(|(&i, &n)| i % n)
            .collect();
        src[IxDyn(&src_ix)]
    });
    Ok(Array {
        inner: out
            .into_dimensionality()
            .expect("the rank computed at compile time"),
    })
}

/// The repetitions of `np.repeat`: one count for every element, or one per element.
pub trait Repeats {
    /// The counts as given.
    fn counts(&self) -> Vec<isize>;
    /// Whether one count applies to every element.
    fn one(&self) -> bool;
}
impl Repeats for isize {
    fn counts(&self) -> Vec<isize> {
        vec![*self]
    }
    fn one(&self) -> bool {
        true
    }
}
impl<const N: usize> Repeats for [isize; N] {
    fn counts(&self) -> Vec<isize> {
        self.to_vec()
    }
    fn one(&self) -> bool {
        N == 1
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
    R: Repeats,
    A: crate::reduce::CumRank<DimOf<X>>,
{
    let node = a.into_node();
    let values = strong_elements(&node)?;
    let (values, k) = match axis.resolve(values.ndim())? {
        None => {
            let flat: Vec<_> = values.iter().copied().collect();
            (
                ArrayD::from_shape_vec(IxDyn(&[flat.len()]), flat).expect("1-d"),
                0,
            )
        }
        Some(list) => (values, list[0]),
    };
    let n = values.shape()[k];
    let counts = repeats.counts();
    if counts.iter().any(|&c| c < 0) {
        return Err(IndexError::value_text(if repeats.one() {
            "negative dimensions are not allowed"
        } else {
            "repeats may not contain negative values."
        }));
    }
    let counts: Vec<usize> = if repeats.one() {
        vec![counts[0] as usize; n]
    } else if counts.len() == n {
        counts.iter().map(|&c| c as usize).collect()
    } else {
        return Err(IndexError::value_text(&format!(
            "operands could not be broadcast together with shape ({n},) ({},)",
            counts.len()
        )));
    };
    let picks: Vec<usize> = counts
        .iter()
        .enumerate()
        .flat_map(|(i, &c)| core::iter::repeat(i).take(c))
        .collect();
    let out = values.select(ndarray::Axis(k), &picks);
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
