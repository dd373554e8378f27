//! NumPy's reductions inside `np!`: `sum`, `prod`, `mean`, `var`, `std`, `min`, `max`, `ptp`,
//! `argmin`, `argmax`, `any`, `all`, `count_nonzero`, the NaN-ignoring forms, `median`,
//! `percentile`, `quantile`, and the accumulations `cumsum` and `cumprod`.
//!
//! Each takes any operand (an array, a view, an expression) and NumPy's `axis` (every axis,
//! one, or a tuple) and `keepdims`; the result's rank is in its type (a scalar when every axis
//! is reduced, as in NumPy), its dtype NumPy's (`dtypes`), and float sums add in NumPy's
//! order (`order`), so printed results agree to the last digit.

mod dtypes;
pub(crate) mod order;
mod stats;

use ndarray::{ArrayD, ArrayViewD, CowArray, Dimension, Ix0, Ix1, IxDyn};

pub use self::dtypes::{As, DtypeArg, Float, MeanDtype, Mul, NoDtype, SumDtype};
pub use self::order::Acc;
pub use self::stats::{median, percentile, quantile, Interp, QuantileOf, Quantiles};
use crate::axes::{AllAxes, AxisSpec, ManyAxes, OneAxis};
use crate::dtype::{CastFrom, DType, Scalar};
use crate::error::IndexError;
use crate::expr::eval::collect_elems;
use crate::expr::{IntoNode, Node};
use crate::ops::Wrap;
use crate::rank::RankSub;

/// `keepdims=True`: reduced axes stay, with length 1.
#[derive(Clone, Copy, Debug, Default)]
pub struct Keep;
/// `keepdims=False` (the default): reduced axes go.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoKeep;

/// A `keepdims` argument.
pub trait KeepArg: Copy {
    /// Whether reduced axes stay.
    const KEEP: bool;
}
impl KeepArg for Keep {
    const KEEP: bool = true;
}
impl KeepArg for NoKeep {
    const KEEP: bool = false;
}

/// The rank of a reduction of an array of rank `D` over these axes, with `keepdims` `K`.
#[diagnostic::on_unimplemented(
    message = "this reduction names more axes than the array has",
    note = "NumPy's AxisError; the array's rank is known at compile time"
)]
pub trait ReduceRank<D: Dimension, K>: AxisSpec {
    /// The result's rank (`Ix0`: a scalar).
    type Out: Dimension;
}
impl<D: Dimension> ReduceRank<D, NoKeep> for AllAxes {
    type Out = Ix0;
}
impl<D: Dimension> ReduceRank<D, Keep> for AllAxes {
    type Out = D;
}
impl<D: RankSub<Ix1>> ReduceRank<D, NoKeep> for OneAxis {
    type Out = <D as RankSub<Ix1>>::Output;
}
impl<D: Dimension> ReduceRank<D, Keep> for OneAxis {
    type Out = D;
}
impl<D, const K: usize> ReduceRank<D, NoKeep> for ManyAxes<K>
where
    ManyAxes<K>: AxisSpec,
    D: RankSub<<ManyAxes<K> as AxisSpec>::Count>,
{
    type Out = <D as RankSub<<ManyAxes<K> as AxisSpec>::Count>>::Output;
}
impl<D: Dimension, const K: usize> ReduceRank<D, Keep> for ManyAxes<K>
where
    ManyAxes<K>: AxisSpec,
{
    type Out = D;
}

/// The element type of an operand.
pub type ElemOf<X> = <<X as IntoNode>::Node as Node>::Elem;
/// The dtype of an operand's elements on their own.
pub type StrongOf<X> = <ElemOf<X> as DType>::Strong;
/// The rank of an operand.
pub type DimOf<X> = <<X as IntoNode>::Node as Node>::Dim;
/// What a reduction of `X` over `A` with `K` gives, for result dtype `T`.
pub type Reduced<X, A, K, T> = <<A as ReduceRank<DimOf<X>, K>>::Out as Wrap<T>>::Out;

/// The elements of an operand as one block of memory: its own when it is an array, else its
/// values computed.
///
/// # Errors
/// NumPy's error for an expression that fails.
pub fn elements<N: Node>(node: &N) -> Result<CowArray<'_, N::Elem, IxDyn>, IndexError> {
    match node.leaf() {
        Some(view) => Ok(order::contiguous(view)),
        None => Ok(CowArray::from(collect_elems(node)?)),
    }
}

/// Which axes of an array of `ndim` a reduction takes, as flags.
fn reduced_flags<A: AxisSpec>(axes: &A, ndim: usize) -> Result<Vec<bool>, IndexError> {
    Ok(match axes.resolve(ndim)? {
        None => vec![true; ndim],
        Some(list) => (0..ndim).map(|k| list.contains(&k)).collect(),
    })
}

/// [`reduced_flags`] with NumPy's message of `median`/`percentile` for a repeated axis.
fn reduced_flags_repeated<A: AxisSpec>(axes: &A, ndim: usize) -> Result<Vec<bool>, IndexError> {
    if let Some(given) = axes.given() {
        let mut seen = Vec::new();
        for a in given {
            let k = crate::axes::normalize(a, ndim, "")?;
            if seen.contains(&k) {
                return Err(IndexError::value_text("repeated axis"));
            }
            seen.push(k);
        }
    }
    reduced_flags(axes, ndim)
}

/// The shape of a reduction's result.
fn out_shape(shape: &[usize], reduced: &[bool], keep: bool) -> Vec<usize> {
    shape
        .iter()
        .zip(reduced)
        .filter_map(|(&n, &r)| match (r, keep) {
            (false, _) => Some(n),
            (true, true) => Some(1),
            (true, false) => None,
        })
        .collect()
}

/// Values in C order of the kept axes as the result, with the static rank `O`.
fn finish<R, O: Wrap<R>>(values: Vec<R>, shape: &[usize], reduced: &[bool], keep: bool) -> O::Out {
    let dims = out_shape(shape, reduced, keep);
    O::from_array(ArrayD::from_shape_vec(IxDyn(&dims), values).expect("one value per output"))
}

/// The positions (C-order index of the kept axes) and values of each reduced group, in C order
/// within the group: what the order-free reductions (`min`, `any`, `argmax` ...) fold.
fn groups<T: Copy>(view: &ArrayViewD<'_, T>, reduced: &[bool]) -> Vec<Vec<T>> {
    let kept: Vec<usize> = (0..view.ndim()).filter(|&k| !reduced[k]).collect();
    let red: Vec<usize> = (0..view.ndim()).filter(|&k| reduced[k]).collect();
    let order: Vec<usize> = kept.iter().chain(&red).copied().collect();
    let permuted = view.view().permuted_axes(IxDyn(&order));
    let n_out: usize = kept.iter().map(|&k| view.shape()[k]).product();
    let per: usize = red.iter().map(|&k| view.shape()[k]).product();
    let mut out = Vec::with_capacity(n_out);
    let mut all = permuted.iter().copied();
    for _ in 0..n_out {
        out.push(all.by_ref().take(per).collect());
    }
    out
}

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
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags(&axes, view.ndim())?;
    let out = order::sum(&view, &reduced, U::Out::default(), |v, _| {
        U::Out::cast_from(v.strong())
    });
    Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags(&axes, view.ndim())?;
    let out = groups(&view, &reduced)
        .into_iter()
        .map(|g| {
            g.iter().fold(<U::Out as Mul>::ONE, |acc, v| {
                acc.mul(U::Out::cast_from(v.strong()))
            })
        })
        .collect();
    Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags(&axes, view.ndim())?;
    let out = means::<_, U::Out>(
        &view,
        &reduced,
        |v| U::Out::cast_from(v.strong()),
        true,
        |_| true,
    );
    Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
}

/// How many elements of each group `keep` accepts; when it accepts `every` one, the group's
/// size, without a pass over the data.
fn group_counts<T>(
    view: &ArrayViewD<'_, T>,
    reduced: &[bool],
    every: bool,
    keep: impl Fn(&T) -> bool,
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
fn means<T, F: Float>(
    view: &ArrayViewD<'_, T>,
    reduced: &[bool],
    to: impl Fn(&T) -> F,
    every: bool,
    keep: impl Fn(&T) -> bool,
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
fn variances<T, F: Float>(
    view: &ArrayViewD<'_, T>,
    reduced: &[bool],
    ddof: usize,
    to: impl Fn(&T) -> F + Copy,
    every: bool,
    keep: impl Fn(&T) -> bool + Copy,
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
            let node = x.into_node();
            let values = elements(&node)?;
            let view = values.view();
            let reduced = reduced_flags(&axes, view.ndim())?;
            let to = |v: &ElemOf<X>| U::Out::cast_from(v.strong());
            let keep = |v: &ElemOf<X>| !$nan || !U::Out::cast_from(v.strong()).is_nan();
            let mut out = variances::<_, U::Out>(&view, &reduced, ddof.max(0) as usize, to, !$nan, keep);
            if $sqrt {
                out.iter_mut().for_each(|v| *v = v.sqrt());
            }
            Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags(&axes, view.ndim())?;
    let out = order::sum(&view, &reduced, U::Out::default(), |v, _| {
        let v = v.strong();
        if v.to_f64().is_nan() {
            U::Out::default()
        } else {
            U::Out::cast_from(v)
        }
    });
    Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags(&axes, view.ndim())?;
    let to = |v: &ElemOf<X>| U::Out::cast_from(v.strong());
    let out = means::<_, U::Out>(&view, &reduced, to, false, |v| !to(v).is_nan());
    Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
}

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
            let node = x.into_node();
            let values = elements(&node)?;
            let view = values.view();
            let reduced = reduced_flags(&axes, view.ndim())?;
            let strong = view.mapv(|v| v.strong());
            let mut out = Vec::new();
            for g in groups(&strong.view(), &reduced) {
                out.push(extreme(&g, $better, $nan).ok_or_else(|| IndexError::no_identity($ufunc))?);
            }
            Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags(&axes, view.ndim())?;
    let strong = view.mapv(|v| v.strong());
    let mut out = Vec::new();
    for g in groups(&strong.view(), &reduced) {
        let hi =
            extreme(&g, |v, b| v > b, true).ok_or_else(|| IndexError::no_identity("maximum"))?;
        let lo =
            extreme(&g, |v, b| v < b, true).ok_or_else(|| IndexError::no_identity("maximum"))?;
        out.push(crate::ops::Sub::call(hi, lo));
    }
    Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
            let node = x.into_node();
            let values = elements(&node)?;
            let view = values.view();
            let reduced = reduced_flags(&axes, view.ndim())?;
            let strong = view.mapv(|v| v.strong());
            let is_nan = |v: StrongOf<X>| v.to_f64().is_nan() && v.to_i128().is_none();
            let mut out = Vec::new();
            for g in groups(&strong.view(), &reduced) {
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
            Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
            let node = x.into_node();
            let values = elements(&node)?;
            let view = values.view();
            let reduced = reduced_flags(&axes, view.ndim())?;
            let truths = view.mapv(|v| bool::cast_from(v.strong()));
            let out = groups(&truths.view(), &reduced)
                .into_iter()
                .map(|g| g.iter().copied().$fold(|t| t))
                .collect();
            Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
            let count = crate::expr::eval::fold(&node, 0i64, |n, v| {
                n + i64::from(bool::cast_from(v.strong()))
            })?;
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
