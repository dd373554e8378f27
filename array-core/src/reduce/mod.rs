//! NumPy's reductions inside `np!`: `sum`, `prod`, `mean`, `var`, `std`, `min`, `max`, `ptp`,
//! `argmin`, `argmax`, `any`, `all`, `count_nonzero`, the NaN-ignoring forms, `median`,
//! `percentile`, `quantile`, and the accumulations `cumsum` and `cumprod`.
//!
//! Each takes any operand (an array, a view, an expression) and NumPy's `axis` (every axis,
//! one, or a tuple) and `keepdims`; the result's rank is in its type (a scalar when every axis
//! is reduced, as in NumPy), its dtype NumPy's (`dtypes`), and float sums add in NumPy's
//! order (`order`), so printed results agree to the last digit.

mod cumulative;
mod dtypes;
mod extremes;
pub(crate) mod order;
mod pairwise;
mod stats;
mod sums;

use ndarray::{ArrayD, ArrayViewD, CowArray, Dimension, Ix0, Ix1, IxDyn};

pub use self::cumulative::{cumprod, cumsum, Accumulated, CumRank};
pub use self::dtypes::{As, DtypeArg, Float, MeanDtype, Mul, NoDtype, SumDtype};
pub use self::extremes::{
    all, any, argmax, argmin, count_nonzero, max, min, nanmax, nanmin, ptp, ArgAxis,
};
pub use self::order::Acc;
pub use self::stats::{
    median, percentile, quantile, Interp, PercentArray, QuantileArray, QuantileDtype,
    QuantileDtypeOf, QuantileOf, Quantiles, QuantilesOf,
};
pub use self::sums::{mean, nanmean, nanstd, nansum, nanvar, prod, std, sum, var, MeanOf, SumOf};
use crate::axes::{AllAxes, AxisSpec, ManyAxes, OneAxis};
use crate::dtype::cast::{cast_copy, strong_copy};
use crate::dtype::{CastFrom, DType};
use crate::error::IndexError;
use crate::expr::eval::{collect, collect_as, collect_elems, Strong};
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

/// An operand's values in its own dtype, as a new array: an array operand copied once (one
/// `memcpy` when it is C-ordered), a computed one collected in that dtype as it is computed.
pub(crate) fn strong_elements<N: Node>(node: &N) -> Result<ArrayD<Strong<N>>, IndexError> {
    match node.leaf() {
        Some(view) => Ok(strong_copy(&view)),
        None => collect(node),
    }
}

/// An operand's values in its own dtype, borrowed when it is a C-ordered array of that dtype
/// (nothing copied), else as [`strong_elements`] gives them.
pub(crate) fn strong_cow<N: Node>(node: &N) -> Result<CowArray<'_, Strong<N>, IxDyn>, IndexError> {
    if let Some(view) = node.leaf() {
        let same = view
            .to_slice()
            .and_then(crate::raw::same_type::<N::Elem, Strong<N>>);
        if let Some(same) = same {
            let view = ArrayViewD::from_shape(view.raw_dim(), same).expect("the view's own shape");
            return Ok(CowArray::from(view));
        }
    }
    strong_elements(node).map(CowArray::from)
}

/// An operand's values cast to `T`, as a new array, copied or collected once as
/// [`strong_elements`] does.
pub(crate) fn elements_as<T, N: Node>(node: &N) -> Result<ArrayD<T>, IndexError>
where
    T: CastFrom<Strong<N>> + Copy + Send + 'static,
{
    match node.leaf() {
        Some(view) => Ok(cast_copy(&view)),
        None => collect_as(node),
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

/// What every reduction along axes does around its own loop: take `x`'s values (one block of
/// memory), check `axes` against their rank, let `body(values, reduced)` give one result per
/// output (C order of the kept axes), and shape them as NumPy's result, with the static rank.
fn reduce_with<X, A, K, T>(
    x: X,
    axes: &A,
    body: impl FnOnce(&ArrayViewD<'_, ElemOf<X>>, &[bool]) -> Result<Vec<T>, IndexError>,
) -> Result<Reduced<X, A, K, T>, IndexError>
where
    X: IntoNode,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    <A as ReduceRank<DimOf<X>, K>>::Out: Wrap<T>,
{
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags(axes, view.ndim())?;
    let out = body(&view, &reduced)?;
    Ok(finish::<_, A::Out>(out, view.shape(), &reduced, K::KEEP))
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
