//! The stacking shorthands: `np.vstack`, `np.hstack`, `np.dstack`, `np.column_stack`, and
//! `np.append`, each a `concatenate` after NumPy's `atleast_Nd`.

use ndarray::{ArrayD, Dimension, Ix1, Ix2, Ix3, IxDyn};

use super::{concat, concatenate, finish, some_arrays, Arrays, Joined};
use crate::array::Array;
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::reduce::CumRank;

/// The rank of `np.vstack` / `np.column_stack` (at least 2) and `np.dstack` (at least 3).
pub trait AtLeast<const N: usize>: Dimension {
    /// The result's rank.
    type Out: Dimension;
}
macro_rules! at_least {
    ($n:literal: $($d:ty => $o:ty),*) => {$( impl AtLeast<$n> for $d { type Out = $o; } )*};
}
at_least!(1: ndarray::Ix0 => Ix1, Ix1 => Ix1, Ix2 => Ix2, Ix3 => Ix3, ndarray::Ix4 => ndarray::Ix4);
at_least!(2: ndarray::Ix0 => Ix2, Ix1 => Ix2, Ix2 => Ix2, Ix3 => Ix3, ndarray::Ix4 => ndarray::Ix4);
at_least!(3: ndarray::Ix0 => Ix3, Ix1 => Ix3, Ix2 => Ix3, Ix3 => Ix3, ndarray::Ix4 => ndarray::Ix4);

/// NumPy's `atleast_2d` (`(n,)` becomes `(1, n)`) and `atleast_3d` (`(n,)` becomes `(1, n, 1)`,
/// `(m, n)` becomes `(m, n, 1)`).
fn at_least<T: Clone>(a: ArrayD<T>, n: usize) -> ArrayD<T> {
    let shape = a.shape().to_vec();
    let new: Vec<usize> = match (n, shape.as_slice()) {
        (_, s) if s.len() >= n => return a,
        (1, []) => vec![1],
        (2, []) => vec![1, 1],
        (2, [k]) => vec![1, *k],
        (3, []) => vec![1, 1, 1],
        (3, [k]) => vec![1, *k, 1],
        (3, [m, k]) => vec![*m, *k, 1],
        _ => shape,
    };
    a.into_shape_with_order(IxDyn(&new))
        .expect("only length-1 axes added")
}

macro_rules! stacks {
    ($($(#[$doc:meta])* $name:ident, at_least: $n:literal, axis: |$nd:ident| $axis:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// NumPy's messages for shapes that do not match.
        pub fn $name<S>(arrays: S) -> Result<Array<S::Elem, <S::Dim as AtLeast<$n>>::Out>, IndexError>
        where
            S: Arrays,
            S::Dim: AtLeast<$n>,
        {
            let arrays: Vec<ArrayD<S::Elem>> = some_arrays(arrays, "concatenate")?.into_iter().map(|a| at_least(a, $n)).collect();
            let $nd = arrays[0].ndim();
            Ok(finish(concat(&arrays, $axis)?))
        }
    )*};
}
stacks! {
    /// `np.vstack((a, b))`: rows after rows (1-d arrays become rows).
    vstack, at_least: 2, axis: |nd| { let _ = nd; 0 };
    /// `np.dstack((a, b))`: along the third axis.
    dstack, at_least: 3, axis: |nd| { let _ = nd; 2 };
}

/// `np.hstack((a, b))`: along axis 1 (axis 0 of 1-d arrays).
///
/// # Errors
/// NumPy's messages for shapes that do not match.
pub fn hstack<S>(arrays: S) -> Result<Array<S::Elem, <S::Dim as AtLeast<1>>::Out>, IndexError>
where
    S: Arrays,
    S::Dim: AtLeast<1>,
{
    let arrays: Vec<ArrayD<S::Elem>> = some_arrays(arrays, "concatenate")?
        .into_iter()
        .map(|a| at_least(a, 1))
        .collect();
    let axis = usize::from(arrays[0].ndim() > 1);
    Ok(finish(concat(&arrays, axis)?))
}

/// `np.column_stack((a, b))`: 1-d arrays as columns, 2-d ones side by side.
///
/// # Errors
/// NumPy's messages for shapes that do not match.
pub fn column_stack<S>(arrays: S) -> Result<Array<S::Elem, <S::Dim as AtLeast<2>>::Out>, IndexError>
where
    S: Arrays,
    S::Dim: AtLeast<2>,
{
    let arrays: Vec<ArrayD<S::Elem>> = some_arrays(arrays, "concatenate")?
        .into_iter()
        .map(|a| match a.ndim() {
            0 | 1 => {
                let n = a.len();
                a.into_shape_with_order(IxDyn(&[n, 1])).expect("a column")
            }
            _ => a,
        })
        .collect();
    Ok(finish(concat(&arrays, 1)?))
}

/// `np.append(arr, values, axis)`: without an axis, the flattened values after the flattened
/// array; with one, a concatenation.
///
/// # Errors
/// As [`concatenate`].
pub fn append<X, V, A>(arr: X, values: V, axis: A) -> Result<Joined<(X, V), A>, IndexError>
where
    X: IntoNode,
    V: IntoNode,
    (X, V): Arrays,
    A: CumRank<<(X, V) as Arrays>::Dim>,
{
    concatenate((arr, values), axis)
}
