//! Accumulations: `cumsum` and `cumprod`, along one axis or over the flattened array.

use ndarray::{ArrayD, Dimension, Ix0, Ix1, IxDyn};

use super::dtypes::{DtypeArg, Mul, SumDtype};
use super::order::{self, Acc};
use super::{elements, DimOf, StrongOf};
use crate::axes::{AllAxes, AxisSpec, OneAxis};
use crate::dtype::{CastFrom, DType, Scalar};
use crate::error::IndexError;
use crate::expr::IntoNode;

/// The rank of `cumsum`: the array's own with an axis, 1 without (the flattened array).
pub trait CumRank<D: Dimension>: AxisSpec {
    /// The result's rank.
    type Out: Dimension;
}
impl<D: Dimension> CumRank<D> for AllAxes {
    type Out = Ix1;
}
macro_rules! cum_ranks {
    ($($d:ty => $o:ty),*) => {$( impl CumRank<$d> for OneAxis { type Out = $o; } )*};
}
// A 0-d array has no axis to accumulate along; `np.argsort` gives it one element.
cum_ranks!(Ix0 => Ix1, Ix1 => Ix1, ndarray::Ix2 => ndarray::Ix2, ndarray::Ix3 => ndarray::Ix3,
    ndarray::Ix4 => ndarray::Ix4, ndarray::Ix5 => ndarray::Ix5, ndarray::Ix6 => ndarray::Ix6, IxDyn => IxDyn);

/// What `cumsum` of `X` over `A` gives, for dtype `T`.
pub type Accumulated<X, A, T> = crate::Array<T, <A as CumRank<DimOf<X>>>::Out>;

macro_rules! cumulative_functions {
    ($($(#[$doc:meta])* $name:ident, |$acc:ident, $v:ident| $step:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// NumPy's errors for the operand and the axis.
        pub fn $name<X, A, U>(x: X, axes: A, _: U) -> Result<Accumulated<X, A, <U as DtypeArg<<StrongOf<X> as SumDtype>::Out>>::Out>, IndexError>
        where
            X: IntoNode,
            StrongOf<X>: SumDtype,
            A: CumRank<DimOf<X>>,
            U: DtypeArg<<StrongOf<X> as SumDtype>::Out>,
            U::Out: Scalar + order::Acc + Mul + CastFrom<StrongOf<X>>,
        {
            let node = x.into_node();
            let values = elements(&node)?;
            let view = values.view();
            let converted = view.mapv(|v| U::Out::cast_from(v.strong()));
            let (mut out, axis) = match axes.resolve(view.ndim())? {
                None => {
                    let flat: Vec<U::Out> = converted.iter().copied().collect();
                    (ArrayD::from_shape_vec(IxDyn(&[flat.len()]), flat).expect("1-d"), 0)
                }
                Some(list) => (converted.as_standard_layout().into_owned(), list[0]),
            };
            // Sequential along the axis, as NumPy's accumulate.
            out.accumulate_axis_inplace(ndarray::Axis(axis), |&$acc, $v| *$v = $step);
            Ok(crate::Array {
                inner: out.into_dimensionality().expect("the rank computed at compile time"),
            })
        }
    )*};
}
cumulative_functions! {
    /// `np.cumsum(a, axis, dtype)`: running sums (flattened without an axis).
    cumsum, |prev, v| prev.add(*v);
    /// `np.cumprod(a, axis, dtype)`: running products.
    cumprod, |prev, v| prev.mul(*v);
}
