//! `np.median`, `np.percentile` and `np.quantile` (NumPy's default "linear" method): each group
//! sorted, NaN anywhere giving NaN, the result interpolated as NumPy's `_lerp` does it
//! (`a + (b - a) * t` below the middle, `b - (b - a) * (1 - t)` from it).

use ndarray::{ArrayD, DimAdd, Dimension, IxDyn};

use super::dtypes::{DtypeArg, Float, MeanDtype, NoDtype};
use super::{
    elements, groups, out_shape, reduced_flags_repeated, DimOf, KeepArg, ReduceRank, StrongOf,
};
use crate::dtype::{CastFrom, DType, Scalar};
use crate::error::IndexError;
use crate::expr::IntoNode;
use crate::ops::Wrap;

/// The float `median` and the quantiles of `X` are computed in.
type Stat<X> = <NoDtype as DtypeArg<<StrongOf<X> as MeanDtype>::Out>>::Out;

/// A group's values sorted, or `None` when one is NaN (NaN is the one value unequal to itself).
fn sorted_any<R: Scalar>(mut v: Vec<R>) -> Option<Vec<R>> {
    #[allow(clippy::eq_op)]
    if v.iter().any(|x| x != x) {
        return None;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(core::cmp::Ordering::Equal));
    Some(v)
}

/// A group's values as floats, sorted (NaN last), or `None` when one is NaN.
fn sorted<F: Float>(group: impl Iterator<Item = F>) -> Option<Vec<F>> {
    let mut v: Vec<F> = group.collect();
    if v.iter().any(|x| x.is_nan()) {
        return None;
    }
    v.sort_by(|a, b| a.partial_cmp(b).unwrap_or(core::cmp::Ordering::Equal));
    Some(v)
}

/// NumPy's `_lerp(a, b, t)` in a dtype: `a + (b - a) * t` below the middle, `b - (b - a) *
/// (1 - t)` from it. For integers (the quantiles `0` and `1` written as Python ints, where
/// NumPy keeps the dtype) `t` is 0 and the value is `a`.
pub trait Interp: Scalar {
    /// The dtype NumPy's interpolation gives between values of this dtype with float32
    /// weights (quantiles given as a float32 array): float32 for itself and the types that
    /// fit it (bool, 8- and 16-bit integers), float64 for the rest.
    type WithF32: Interp + CastFrom<f64>;
    /// The interpolated value.
    fn lerp(a: Self, b: Self, t: f64) -> Self;
}
impl<F: Float> Interp for F {
    type WithF32 = F;
    fn lerp(a: F, b: F, t: f64) -> F {
        let t = F::cast_from(t);
        let diff = b.sub(a);
        if t.to_f64() >= 0.5 {
            b.sub(diff.mul(F::cast_from(1.0f64).sub(t)))
        } else {
            a.add(diff.mul(t))
        }
    }
}
macro_rules! int_interp {
    ($($t:ty => $with_f32:ty),*) => {$(
        impl Interp for $t {
            type WithF32 = $with_f32;
            fn lerp(a: $t, b: $t, t: f64) -> $t {
                if t >= 0.5 { b } else { a }
            }
        }
    )*};
}
int_interp!(
    i8 => f32, i16 => f32, u8 => f32, u16 => f32, bool => f32,
    i32 => f64, i64 => f64, isize => f64, u32 => f64, u64 => f64, usize => f64
);

/// The linear-method quantile `q` (in `[0, 1]`) of sorted values; `single`: NumPy computes
/// the position and weight in float32 (quantiles given as a float32 array).
fn quantile_of<R: Interp>(v: &[R], q: f64, single: bool) -> R {
    let (below, t) = if single {
        let index = q as f32 * (v.len() - 1) as f32;
        let below = index.floor();
        (f64::from(below), f64::from(index - below))
    } else {
        let index = q * (v.len() - 1) as f64;
        let below = index.floor();
        (below, index - below)
    };
    let lo = (below as usize).min(v.len() - 1);
    let hi = (lo + 1).min(v.len() - 1);
    R::lerp(v[lo], v[hi], t)
}

/// NumPy (`_ureduce`) reduces two or more axes by moving the kept ones first and reshaping to
/// `kept + (-1,)`; on an empty array whose kept axes hold no elements that `-1` is ambiguous.
fn check_merged_axes<A: crate::axes::AxisSpec>(
    axes: &A,
    shape: &[usize],
    reduced: &[bool],
) -> Result<(), IndexError> {
    let given = axes.given().map_or(0, |g| g.len());
    let kept: Vec<isize> = shape
        .iter()
        .zip(reduced)
        .filter(|(_, &r)| !r)
        .map(|(&n, _)| n as isize)
        .collect();
    if given >= 2 && !kept.is_empty() && kept.contains(&0) {
        let mut merged = kept;
        merged.push(-1);
        return Err(IndexError::reshape_with_unknown(0, &merged));
    }
    Ok(())
}

/// The error NumPy's quantile raises when a group is empty: float values fail on the NaN check
/// (`arr[-1]`), integer quantiles on `take`, other integers when indexing the lower neighbour
/// of the first quantile (`-1` for a quantile of 0, else `0`).
fn empty_group_error(float_values: bool, integer_q: bool, first_q: f64) -> IndexError {
    if float_values {
        IndexError::out_of_bounds(-1, 0, 0)
    } else if integer_q {
        IndexError::index_text("cannot do a non-empty take from an empty axes.")
    } else {
        IndexError::out_of_bounds(if first_q == 0.0 { -1 } else { 0 }, 0, 0)
    }
}

/// `np.median(a, axis, keepdims)`: the middle value, or the mean of the two middle ones.
///
/// # Errors
/// NumPy's errors for the operand and the axes.
pub fn median<X, A, K>(x: X, axes: A, _: K) -> Result<super::Reduced<X, A, K, Stat<X>>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: MeanDtype,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    A::Out: Wrap<Stat<X>>,
{
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags_repeated(&axes, view.ndim())?;
    check_merged_axes(&axes, view.shape(), &reduced)?;
    let floats = view.mapv(|v| Stat::<X>::cast_from(v.strong()));
    let out = groups(&floats.view(), &reduced)
        .into_iter()
        .map(|g| match sorted(g.into_iter()) {
            None => Stat::<X>::NAN,
            Some(v) if v.is_empty() => Stat::<X>::NAN,
            Some(v) if v.len() % 2 == 1 => v[v.len() / 2],
            Some(v) => {
                // NumPy takes the mean of the two middle values: their sum (a short sum starting
                // at -0.0), halved.
                let (a, b) = (v[v.len() / 2 - 1], v[v.len() / 2]);
                use super::order::Acc;
                Stat::<X>::START
                    .add(a)
                    .add(b)
                    .div(Stat::<X>::cast_from(2.0f64))
            }
        })
        .collect();
    Ok(super::finish::<_, A::Out>(
        out,
        view.shape(),
        &reduced,
        K::KEEP,
    ))
}

/// The `q` of `percentile`/`quantile`: one number (the result has the reduction's rank), a
/// list (a leading axis of its length), or an array (leading axes of its shape).
pub trait Quantiles {
    /// The axes `q` puts in front of the result: `Ix0` for one number, `Ix1` for a list.
    type Lead: Dimension;
    /// The dtype the interpolation runs in for values of dtype `S` (`F` as a float): `F` for
    /// one Python float, `float64` for a list of them (NumPy's weights are then a float64
    /// array), `S` itself for Python ints (`np.quantile(a, 1)` keeps `a`'s dtype).
    type Out<S: Interp + CastFrom<f64>, F: Float>: Interp + CastFrom<f64>;
    /// Whether the quantiles are integers (NumPy then takes values instead of interpolating).
    const INTEGER: bool = false;
    /// Whether they are a float32 array: NumPy divides percentiles by 100 and computes
    /// positions and weights in float32.
    const SINGLE: bool = false;
    /// The values, and the shape of the axes they lead the result with.
    ///
    /// # Errors
    /// An error computing an expression given as `q`.
    fn values(self) -> Result<(Vec<f64>, Vec<usize>), IndexError>;
}
impl Quantiles for f64 {
    type Lead = ndarray::Ix0;
    type Out<S: Interp + CastFrom<f64>, F: Float> = F;
    fn values(self) -> Result<(Vec<f64>, Vec<usize>), IndexError> {
        Ok((vec![self], vec![]))
    }
}
impl<const N: usize> Quantiles for [f64; N] {
    type Lead = ndarray::Ix1;
    type Out<S: Interp + CastFrom<f64>, F: Float> = f64;
    fn values(self) -> Result<(Vec<f64>, Vec<usize>), IndexError> {
        Ok((self.to_vec(), vec![N]))
    }
}

impl Quantiles for i64 {
    const INTEGER: bool = true;
    type Lead = ndarray::Ix0;
    type Out<S: Interp + CastFrom<f64>, F: Float> = S;
    fn values(self) -> Result<(Vec<f64>, Vec<usize>), IndexError> {
        Ok((vec![self as f64], vec![]))
    }
}
impl<const N: usize> Quantiles for [i64; N] {
    const INTEGER: bool = true;
    type Lead = ndarray::Ix1;
    type Out<S: Interp + CastFrom<f64>, F: Float> = S;
    fn values(self) -> Result<(Vec<f64>, Vec<usize>), IndexError> {
        Ok((self.iter().map(|&q| q as f64).collect(), vec![N]))
    }
}

/// Quantiles that `np.percentile` and `np.quantile` take over values of dtype `S`. A quantile
/// written as a Python int (`np.quantile(a, 1)`) picks a value; any other interpolates with a
/// subtraction, which NumPy refuses for booleans (`TypeError: numpy boolean subtract, the `-`
/// operator, is not supported`), and npview at compile time, through the bound on `-`.
pub trait QuantilesOf<S>: Quantiles {}
impl<S> QuantilesOf<S> for f64 where crate::ops::Sub: crate::ops::Ufunc2<S> {}
impl<S, const N: usize> QuantilesOf<S> for [f64; N] where crate::ops::Sub: crate::ops::Ufunc2<S> {}
impl<S> QuantilesOf<S> for i64 {}
impl<S, const N: usize> QuantilesOf<S> for [i64; N] {}
// Percentiles are divided by 100 first, so they always interpolate.
impl<S, X> QuantilesOf<S> for PercentArray<X>
where
    PercentArray<X>: Quantiles,
    crate::ops::Sub: crate::ops::Ufunc2<S>,
{
}
impl<S, X> QuantilesOf<S> for QuantileArray<X>
where
    QuantileArray<X>: Quantiles,
    X: IntoNode,
    StrongOf<X>: QuantileDtypeOf<S>,
{
}

/// A dtype of quantile arrays that `np.quantile` takes over values of dtype `S`: integers
/// pick values, floats interpolate (see [`QuantilesOf`]).
pub trait QuantileDtypeOf<S>: QuantileDtype {}
macro_rules! int_quantile_dtypes_of {
    ($($t:ty),*) => {$( impl<S> QuantileDtypeOf<S> for $t {} )*};
}
int_quantile_dtypes_of!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);
impl<S> QuantileDtypeOf<S> for f32 where crate::ops::Sub: crate::ops::Ufunc2<S> {}
impl<S> QuantileDtypeOf<S> for f64 where crate::ops::Sub: crate::ops::Ufunc2<S> {}

/// The dtype of quantiles given as an array (or a typed Rust value), which decides the
/// result's dtype as NumPy's promotion does.
#[diagnostic::on_unimplemented(
    message = "NumPy's quantiles are integers or floats, not `{Self}`",
    label = "not a number NumPy interpolates at"
)]
pub trait QuantileDtype: Scalar {
    /// Whether they are integers.
    const INTEGER: bool;
    /// Whether they are float32.
    const SINGLE: bool = false;
    /// `np.percentile`'s interpolation dtype for values of dtype `S` (`F` as a float):
    /// `q / 100` makes integer percentiles float64.
    type Percent<S: Interp + CastFrom<f64>, F: Float>: Interp + CastFrom<f64>;
    /// `np.quantile`'s: integer quantiles keep `S`.
    type Quantile<S: Interp + CastFrom<f64>, F: Float>: Interp + CastFrom<f64>;
}
macro_rules! int_quantile_dtypes {
    ($($t:ty),*) => {$(
        impl QuantileDtype for $t {
            const INTEGER: bool = true;
            type Percent<S: Interp + CastFrom<f64>, F: Float> = f64;
            type Quantile<S: Interp + CastFrom<f64>, F: Float> = S;
        }
    )*};
}
int_quantile_dtypes!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);
impl QuantileDtype for f32 {
    const INTEGER: bool = false;
    const SINGLE: bool = true;
    type Percent<S: Interp + CastFrom<f64>, F: Float> = <S as Interp>::WithF32;
    type Quantile<S: Interp + CastFrom<f64>, F: Float> = <S as Interp>::WithF32;
}
impl QuantileDtype for f64 {
    const INTEGER: bool = false;
    type Percent<S: Interp + CastFrom<f64>, F: Float> = f64;
    type Quantile<S: Interp + CastFrom<f64>, F: Float> = f64;
}

/// Percentiles given as an npview array, a Rust value or an expression (not a literal):
/// `np.percentile(a, q)` with `q` an array puts `q`'s axes in front of the result.
///
/// # Examples
/// ```
/// use npview::np;
/// let a = np!(np.arange(10));
/// let q = np!(np.array([[25, 50], [75, 100]]));
/// assert_eq!(np!(np.percentile(a, q)).to_string(), "[[2.25 4.5 ]\n [6.75 9.  ]]");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct PercentArray<X>(pub X);

/// Quantiles given as an npview array, a Rust value or an expression: as [`PercentArray`],
/// and integer quantiles keep the values' dtype as NumPy's do.
///
/// # Examples
/// ```
/// use npview::np;
/// let a = np!(np.arange(10));
/// let q = np!(np.array([0, 1]));
/// // Integer quantiles keep the dtype, as in NumPy.
/// assert_eq!(format!("{:?}", np!(np.quantile(a, q))), "array([0, 9])");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct QuantileArray<X>(pub X);

/// The values of an array of quantiles and its shape.
fn quantile_values<X: IntoNode>(x: X) -> Result<(Vec<f64>, Vec<usize>), IndexError> {
    let node = x.into_node();
    let values = elements(&node)?;
    Ok((
        values.iter().map(|v| v.strong().to_f64()).collect(),
        values.shape().to_vec(),
    ))
}

impl<X> Quantiles for PercentArray<X>
where
    X: IntoNode,
    StrongOf<X>: QuantileDtype,
{
    const SINGLE: bool = <StrongOf<X> as QuantileDtype>::SINGLE;
    type Lead = DimOf<X>;
    type Out<S: Interp + CastFrom<f64>, F: Float> = <StrongOf<X> as QuantileDtype>::Percent<S, F>;
    fn values(self) -> Result<(Vec<f64>, Vec<usize>), IndexError> {
        quantile_values(self.0)
    }
}

impl<X> Quantiles for QuantileArray<X>
where
    X: IntoNode,
    StrongOf<X>: QuantileDtype,
{
    const INTEGER: bool = <StrongOf<X> as QuantileDtype>::INTEGER;
    const SINGLE: bool = <StrongOf<X> as QuantileDtype>::SINGLE;
    type Lead = DimOf<X>;
    type Out<S: Interp + CastFrom<f64>, F: Float> = <StrongOf<X> as QuantileDtype>::Quantile<S, F>;
    fn values(self) -> Result<(Vec<f64>, Vec<usize>), IndexError> {
        quantile_values(self.0)
    }
}

/// What `percentile` of `X` over `A` with `K` and quantiles `Q` gives.
pub type QuantileOf<X, A, K, Q> = <<<Q as Quantiles>::Lead as DimAdd<
    <A as ReduceRank<DimOf<X>, K>>::Out,
>>::Output as Wrap<<Q as Quantiles>::Out<StrongOf<X>, Stat<X>>>>::Out;

fn quantiles_of<X, A, K, Q>(
    x: X,
    q: Q,
    axes: A,
    scale: f64,
) -> Result<QuantileOf<X, A, K, Q>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: MeanDtype + Interp + CastFrom<f64>,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    Q: QuantilesOf<StrongOf<X>>,
    Q::Lead: DimAdd<A::Out>,
    <Q::Lead as DimAdd<A::Out>>::Output: Wrap<Q::Out<StrongOf<X>, Stat<X>>>,
{
    type R<Q, X> = <Q as Quantiles>::Out<StrongOf<X>, Stat<X>>;
    let (qs, lead) = q.values()?;
    let qs: Vec<f64> = qs
        .into_iter()
        .map(|v| {
            if Q::SINGLE {
                f64::from(v as f32 / scale as f32)
            } else {
                v / scale
            }
        })
        .collect();
    if qs.iter().any(|&v| !(0.0..=1.0).contains(&v)) {
        return Err(IndexError::value_text(if scale == 100.0 {
            "Percentiles must be in the range [0, 100]"
        } else {
            "Quantiles must be in the range [0, 1]"
        }));
    }
    let node = x.into_node();
    let values = elements(&node)?;
    let view = values.view();
    let reduced = reduced_flags_repeated(&axes, view.ndim())?;
    let values = view.mapv(|v| R::<Q, X>::cast_from(Stat::<X>::cast_from(v.strong()).to_f64()));
    check_merged_axes(&axes, view.shape(), &reduced)?;
    let group_size: usize = view
        .shape()
        .iter()
        .zip(&reduced)
        .filter(|(_, &r)| r)
        .map(|(&n, _)| n)
        .product();
    if group_size == 0 {
        let float_values = StrongOf::<X>::KIND == crate::dtype::Kind::Float;
        return Err(empty_group_error(
            float_values,
            Q::INTEGER && scale == 1.0,
            qs.first().copied().unwrap_or(0.0),
        ));
    }
    let groups = groups(&values.view(), &reduced);
    let sorted_groups: Vec<Option<Vec<R<Q, X>>>> = groups.into_iter().map(sorted_any).collect();
    let nan = R::<Q, X>::cast_from(f64::NAN);
    let mut out = Vec::with_capacity(qs.len() * sorted_groups.len());
    for &q in &qs {
        for g in &sorted_groups {
            out.push(g.as_deref().map_or(nan, |v| quantile_of(v, q, Q::SINGLE)));
        }
    }
    let mut shape = out_shape(view.shape(), &reduced, K::KEEP);
    shape.splice(0..0, lead);
    let array = ArrayD::from_shape_vec(IxDyn(&shape), out).expect("one value per output");
    Ok(<<Q::Lead as DimAdd<A::Out>>::Output as Wrap<R<Q, X>>>::from_array(array))
}

/// `np.percentile(a, q, axis, keepdims)`: `q` in `[0, 100]`.
///
/// # Errors
/// `Percentiles must be in the range [0, 100]`, and NumPy's errors for the axes.
pub fn percentile<X, A, K, Q>(
    x: X,
    q: Q,
    axes: A,
    _: K,
) -> Result<QuantileOf<X, A, K, Q>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: MeanDtype + Interp + CastFrom<f64>,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    Q: QuantilesOf<StrongOf<X>>,
    Q::Lead: DimAdd<A::Out>,
    <Q::Lead as DimAdd<A::Out>>::Output: Wrap<Q::Out<StrongOf<X>, Stat<X>>>,
{
    quantiles_of::<X, A, K, Q>(x, q, axes, 100.0)
}

/// `np.quantile(a, q, axis, keepdims)`: `q` in `[0, 1]`.
///
/// # Errors
/// `Quantiles must be in the range [0, 1]`, and NumPy's errors for the axes.
pub fn quantile<X, A, K, Q>(x: X, q: Q, axes: A, _: K) -> Result<QuantileOf<X, A, K, Q>, IndexError>
where
    X: IntoNode,
    StrongOf<X>: MeanDtype + Interp + CastFrom<f64>,
    A: ReduceRank<DimOf<X>, K>,
    K: KeepArg,
    Q: QuantilesOf<StrongOf<X>>,
    Q::Lead: DimAdd<A::Out>,
    <Q::Lead as DimAdd<A::Out>>::Output: Wrap<Q::Out<StrongOf<X>, Stat<X>>>,
{
    quantiles_of::<X, A, K, Q>(x, q, axes, 1.0)
}
