//! Extremes and truth: `min`, `max`, `ptp`, `argmin`, `argmax`, `any`, `all` and
//! `count_nonzero`, with NumPy's NaN rules and its errors for empty groups.

use super::{
    elements, finish, groups, order, reduce_with, reduced_flags, DimOf, KeepArg, ReduceRank,
    Reduced, StrongOf,
};
use crate::axes::{AllAxes, AxisSpec, OneAxis};
use crate::dtype::{CastFrom, DType, Scalar};
use crate::error::IndexError;
use crate::expr::{IntoNode, Node};
use crate::ops::Wrap;

/// The extreme of a group by NumPy's rules: `better(x, best)` says when `x` replaces the best
/// so far; with `nan_wins` a NaN is the result (NumPy's `minimum`/`maximum`), without it NaNs
/// are skipped (`fmin`/`fmax`, the `nan` forms) and a group of only NaNs gives NaN.
fn extreme<T: Scalar>(group: &[T], better: impl Fn(T, T) -> bool, nan_wins: bool) -> Option<T> {
    let is_nan = |v: T| v.to_f64().is_nan() && v.to_i128().is_none();
    let mut best: Option<T> = None;
    for &v in group {
        if is_nan(v) {
            if nan_wins {
                return Some(v);
            }
            continue;
        }
        best = Some(match best {
            Some(b) if !better(v, b) => b,
            _ => v,
        });
    }
    match (best, group.first()) {
        (None, Some(&first)) => Some(first),
        (b, _) => b,
    }
}

macro_rules! extreme_functions {
    ($($(#[$doc:meta])* $name:ident, $ufunc:literal, $better:expr, nan_wins: $nan:literal;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// NumPy's `zero-size array to reduction operation ... which has no identity` for an empty
        /// group, and its errors for the operand and the axes.
        pub fn $name<X, A, K>(x: X, axes: A, _: K) -> Result<Reduced<X, A, K, StrongOf<X>>, IndexError>
        where
            X: IntoNode,
            A: ReduceRank<DimOf<X>, K>,
            K: KeepArg,
            A::Out: Wrap<StrongOf<X>>,
        {
            reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
                let strong = view.mapv(|v| v.strong());
                let mut out = Vec::new();
                for g in groups(&strong.view(), reduced) {
                    out.push(extreme(&g, $better, $nan).ok_or_else(|| IndexError::no_identity($ufunc))?);
                }
                Ok(out)
            })
        }
    )*};
}
extreme_functions! {
    /// `np.min(a, axis, keepdims)` (`np.amin`): NaN wins.
    min, "minimum", |v, b| v < b, nan_wins: true;
    /// `np.max(a, axis, keepdims)`: NaN wins.
    max, "maximum", |v, b| v > b, nan_wins: true;
    /// `np.nanmin`: NaNs skipped (all NaN gives NaN).
    nanmin, "fmin", |v, b| v < b, nan_wins: false;
    /// `np.nanmax`: NaNs skipped (all NaN gives NaN).
    nanmax, "fmax", |v, b| v > b, nan_wins: false;
}

/// `np.ptp(a, axis, keepdims)`: `max - min` (integers wrap, as NumPy's subtraction does).
///
/// # Errors
/// As [`max`].
pub fn ptp<X, A, K>(x: X, axes: A, _: K) -> Result<Reduced<X, A, K, StrongOf<X>>, IndexError>
where
    X: IntoNode,
    crate::ops::Sub: crate::ops::Ufunc2<StrongOf<X>, Out = StrongOf<X>>,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    A::Out: Wrap<StrongOf<X>>,
{
    use crate::ops::Ufunc2;
    reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
        let strong = view.mapv(|v| v.strong());
        let mut out = Vec::new();
        for g in groups(&strong.view(), reduced) {
            let hi = extreme(&g, |v, b| v > b, true)
                .ok_or_else(|| IndexError::no_identity("maximum"))?;
            let lo = extreme(&g, |v, b| v < b, true)
                .ok_or_else(|| IndexError::no_identity("maximum"))?;
            out.push(crate::ops::Sub::call(hi, lo));
        }
        Ok(out)
    })
}

/// The axis `argmin`/`argmax` search along: one axis, or every axis (the flat C-order index).
pub trait ArgAxis: AxisSpec {}
impl ArgAxis for AllAxes {}
impl ArgAxis for OneAxis {}

macro_rules! arg_functions {
    ($($(#[$doc:meta])* $name:ident, $what:literal, $better:expr;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// NumPy's `attempt to get ... of an empty sequence`, and its errors for the axes.
        pub fn $name<X, A, K>(x: X, axes: A, _: K) -> Result<Reduced<X, A, K, i64>, IndexError>
        where
            X: IntoNode,
            A: ReduceRank<DimOf<X>, K> + ArgAxis,
            K: KeepArg,
            A::Out: Wrap<i64>,
        {
            reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
                let strong = view.mapv(|v| v.strong());
                let is_nan = |v: StrongOf<X>| v.to_f64().is_nan() && v.to_i128().is_none();
                let mut out = Vec::new();
                for g in groups(&strong.view(), reduced) {
                    if g.is_empty() {
                        return Err(IndexError::value_text(concat!("attempt to get ", $what, " of an empty sequence")));
                    }
                    // The first extreme; the first NaN, if any, wins (NumPy's rule).
                    let mut best = 0;
                    for (k, &v) in g.iter().enumerate() {
                        if is_nan(v) {
                            best = k;
                            break;
                        }
                        if $better(v, g[best]) {
                            best = k;
                        }
                    }
                    out.push(best as i64);
                }
                Ok(out)
            })
        }
    )*};
}
arg_functions! {
    /// `np.argmin(a, axis, keepdims)`: the index of the first minimum.
    argmin, "argmin", |v: StrongOf<X>, b: StrongOf<X>| v < b;
    /// `np.argmax(a, axis, keepdims)`: the index of the first maximum.
    argmax, "argmax", |v: StrongOf<X>, b: StrongOf<X>| v > b;
}

macro_rules! truth_functions {
    ($($(#[$doc:meta])* $name:ident, $fold:ident;)*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// NumPy's errors for the operand and the axes.
        pub fn $name<X, A, K>(x: X, axes: A, _: K) -> Result<Reduced<X, A, K, bool>, IndexError>
        where
            X: IntoNode,
            bool: CastFrom<StrongOf<X>>,
            A: ReduceRank<DimOf<X>, K>,
            K: KeepArg,
            A::Out: Wrap<bool>,
        {
            reduce_with::<_, _, K, _>(x, &axes, |view, reduced| {
                let truths = view.mapv(|v| bool::cast_from(v.strong()));
                Ok(groups(&truths.view(), reduced)
                    .into_iter()
                    .map(|g| g.iter().copied().$fold(|t| t))
                    .collect())
            })
        }
    )*};
}
truth_functions! {
    /// `np.any(a, axis, keepdims)`.
    any, any;
    /// `np.all(a, axis, keepdims)`.
    all, all;
}

/// `np.count_nonzero(a, axis, keepdims)`: an `int64` scalar (NumPy's `np.int64`) or array.
///
/// # Errors
/// NumPy's errors for the operand and the axes.
pub fn count_nonzero<X, A, K>(x: X, axes: A, _: K) -> Result<Reduced<X, A, K, i64>, IndexError>
where
    X: IntoNode,
    bool: CastFrom<StrongOf<X>>,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    A::Out: Wrap<i64>,
{
    let node = x.into_node();
    if node.leaf().is_none() {
        // An expression counted over the whole array is folded as it is computed: no mask.
        let shape = crate::expr::eval::output_shape(&node)?;
        let reduced = reduced_flags(&axes, shape.len())?;
        if reduced.iter().all(|&r| r) {
            let count = crate::expr::eval::fold(
                &node,
                0i64,
                |n, v| n + i64::from(bool::cast_from(v.strong())),
                |a, b| a + b,
            )?;
            return Ok(finish::<_, A::Out>(vec![count], &shape, &reduced, K::KEEP));
        }
    }
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags(&axes, view.ndim())?;
    let out = order::sum(&view, &reduced, 0i64, |v, _| {
        i64::from(bool::cast_from(v.strong()))
    });
    Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
}
