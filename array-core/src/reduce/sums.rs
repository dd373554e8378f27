//! Sums and their relatives: `sum`, `prod`, `mean`, `var`, `std` and the NaN-ignoring forms,
//! floats added in NumPy's order.

use ndarray::ArrayViewD;

use super::dtypes::{DtypeArg, Float, MeanDtype, Mul, SumDtype};
use super::order;
use super::{groups, reduce_with, DimOf, ElemOf, KeepArg, ReduceRank, Reduced, StrongOf};
use crate::dtype::{CastFrom, DType, Scalar};
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::ops::Wrap;

/// `np.sum(a, axis, dtype, keepdims)`: NumPy's sum, floats added in NumPy's order.
///
/// # Errors
/// NumPy's errors for the operand and the axes.
pub fn sum<X, A, K, U>(
    x: X,
    axes: A,
    _: K,
    _: U,
) -> Result<Reduced<X, A, K, SumOf<X, U>>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: SumDtype,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    U: DtypeArg<<StrongOf<X> as SumDtype>::Out>,
    U::Out: Scalar + order::Acc + CastFrom<StrongOf<X>>,
    A::Out: Wrap<U::Out>,
{
    reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
        Ok(order::sum(view, reduced, U::Out::default(), |v, _| {
            U::Out::cast_from(v.strong())
        }))
    })
}

/// `np.prod(a, axis, dtype, keepdims)`.
///
/// # Errors
/// NumPy's errors for the operand and the axes.
pub fn prod<X, A, K, U>(
    x: X,
    axes: A,
    _: K,
    _: U,
) -> Result<Reduced<X, A, K, SumOf<X, U>>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: SumDtype,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    U: DtypeArg<<StrongOf<X> as SumDtype>::Out>,
    U::Out: Scalar + Mul + CastFrom<StrongOf<X>>,
    A::Out: Wrap<U::Out>,
{
    reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
        Ok(groups(view, reduced)
            .into_iter()
            .map(|g| {
                g.iter().fold(<U::Out as Mul>::ONE, |acc, v| {
                    acc.mul(U::Out::cast_from(v.strong()))
                })
            })
            .collect())
    })
}

/// The dtype a sum or product of `X` is computed in (or `dtype=`).
pub type SumOf<X, U> = <U as DtypeArg<<StrongOf<X> as SumDtype>::Out>>::Out;

/// The float a mean, variance or statistic of `X` is computed in (or `dtype=`).
pub type MeanOf<X, U> = <U as DtypeArg<<StrongOf<X> as MeanDtype>::Out>>::Out;

/// `np.mean(a, axis, dtype, keepdims)`: the sum (in NumPy's order) divided by the count.
///
/// # Errors
/// NumPy's errors for the operand and the axes.
pub fn mean<X, A, K, U>(
    x: X,
    axes: A,
    _: K,
    _: U,
) -> Result<Reduced<X, A, K, MeanOf<X, U>>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: MeanDtype,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    U: DtypeArg<<StrongOf<X> as MeanDtype>::Out>,
    U::Out: Float + CastFrom<StrongOf<X>>,
    A::Out: Wrap<U::Out>,
{
    reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
        Ok(means::<_, U::Out>(
            view,
            reduced,
            |v| U::Out::cast_from(v.strong()),
            true,
            |_| true,
        ))
    })
}

/// How many elements of each group `keep` accepts; when it accepts `every` one, the group's
/// size, without a pass over the data.
fn group_counts<T: Sync>(
    view: &ArrayViewD<'_, T>,
    reduced: &[bool],
    every: bool,
    keep: impl Fn(&T) -> bool + Sync,
) -> Vec<usize> {
    if every {
        let kept: usize = view
            .shape()
            .iter()
            .zip(reduced)
            .filter(|(_, &r)| !r)
            .map(|(&n, _)| n)
            .product();
        let group: usize = view
            .shape()
            .iter()
            .zip(reduced)
            .filter(|(_, &r)| r)
            .map(|(&n, _)| n)
            .product();
        vec![group; kept]
    } else {
        order::sum(view, reduced, 0usize, |v, _| usize::from(keep(v)))
    }
}

/// Sums of the elements `keep` accepts (others count as 0), divided by how many it accepted
/// (`every`: it accepts all).
fn means<T: Sync, F: Float>(
    view: &ArrayViewD<'_, T>,
    reduced: &[bool],
    to: impl Fn(&T) -> F + Sync,
    every: bool,
    keep: impl Fn(&T) -> bool + Sync,
) -> Vec<F> {
    let sums = order::sum(view, reduced, F::default(), |v, _| {
        if keep(v) {
            to(v)
        } else {
            F::default()
        }
    });
    let counts = group_counts(view, reduced, every, keep);
    sums.into_iter()
        .zip(counts)
        .map(|(s, n)| s.div(F::cast_from(n)))
        .collect()
}

/// The variance of each group: NumPy's two passes (the mean, then the sum of squared
/// differences, both in NumPy's order), divided by `count - ddof`; elements `keep` rejects (the
/// NaNs of `nanvar`) count as 0 and are not counted.
fn variances<T: Sync, F: Float>(
    view: &ArrayViewD<'_, T>,
    reduced: &[bool],
    ddof: usize,
    to: impl Fn(&T) -> F + Copy + Sync,
    every: bool,
    keep: impl Fn(&T) -> bool + Copy + Sync,
) -> Vec<F> {
    let means = means(view, reduced, to, every, keep);
    let counts = group_counts(view, reduced, every, keep);
    let squares = order::sum(view, reduced, F::default(), |v, o| {
        if keep(v) {
            let d = to(v).sub(means[o]);
            d.mul(d)
        } else {
            F::default()
        }
    });
    squares
        .into_iter()
        .zip(counts)
        .map(|(s, n)| s.div(F::cast_from(n.saturating_sub(ddof))))
        .collect()
}

macro_rules! variance_functions {
    ($($(#[$doc:meta])* $name:ident, nan: $nan:literal, sqrt: $sqrt:literal;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// NumPy's errors for the operand and the axes.
        pub fn $name<X, A, K, U>(x: X, axes: A, _: K, _: U, ddof: isize) -> Result<Reduced<X, A, K, MeanOf<X, U>>, IndexError>
        where
            X: IntoNode,
            StrongOf<X>: MeanDtype,
            A: ReduceRank<DimOf<X>, K>,
            K: KeepArg,
            U: DtypeArg<<StrongOf<X> as MeanDtype>::Out>,
            U::Out: Float + CastFrom<StrongOf<X>>,
            A::Out: Wrap<U::Out>,
        {
            reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
                let to = |v: &ElemOf<X>| U::Out::cast_from(v.strong());
                let keep = |v: &ElemOf<X>| !$nan || !U::Out::cast_from(v.strong()).is_nan();
                let mut out = variances::<_, U::Out>(view, reduced, ddof.max(0) as usize, to, !$nan, keep);
                if $sqrt {
                    out.iter_mut().for_each(|v| *v = v.sqrt());
                }
                Ok(out)
            })
        }
    )*};
}
variance_functions! {
    /// `np.var(a, axis, dtype, ddof=..., keepdims)`.
    var, nan: false, sqrt: false;
    /// `np.std(a, axis, dtype, ddof=..., keepdims)`.
    std, nan: false, sqrt: true;
    /// `np.nanvar`: NaNs left out.
    nanvar, nan: true, sqrt: false;
    /// `np.nanstd`: NaNs left out.
    nanstd, nan: true, sqrt: true;
}

/// `np.nansum(a, axis, dtype, keepdims)`: NaNs count as zero.
///
/// # Errors
/// NumPy's errors for the operand and the axes.
pub fn nansum<X, A, K, U>(
    x: X,
    axes: A,
    _: K,
    _: U,
) -> Result<Reduced<X, A, K, SumOf<X, U>>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: SumDtype,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    U: DtypeArg<<StrongOf<X> as SumDtype>::Out>,
    U::Out: Scalar + order::Acc + CastFrom<StrongOf<X>>,
    A::Out: Wrap<U::Out>,
{
    reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
        Ok(order::sum(view, reduced, U::Out::default(), |v, _| {
            let v = v.strong();
            if v.to_f64().is_nan() {
                U::Out::default()
            } else {
                U::Out::cast_from(v)
            }
        }))
    })
}

/// `np.nanmean(a, axis, dtype, keepdims)`: the mean of the values that are not NaN.
///
/// # Errors
/// NumPy's errors for the operand and the axes.
pub fn nanmean<X, A, K, U>(
    x: X,
    axes: A,
    _: K,
    _: U,
) -> Result<Reduced<X, A, K, MeanOf<X, U>>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: MeanDtype,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    U: DtypeArg<<StrongOf<X> as MeanDtype>::Out>,
    U::Out: Float + CastFrom<StrongOf<X>>,
    A::Out: Wrap<U::Out>,
{
    reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
        let to = |v: &ElemOf<X>| U::Out::cast_from(v.strong());
        Ok(means::<_, U::Out>(view, reduced, to, false, |v| {
            !to(v).is_nan()
        }))
    })
}
