//! NumPy's constructors inside `np!`: `np.zeros`, `np.ones`, `np.empty` (zero-filled: safe
//! Rust has no uninitialised arrays, and NumPy promises no contents), `np.full`, the `_like`
//! forms, `np.eye`, `np.identity`, `np.array`, `np.arange`, `np.linspace`, `np.tile`,
//! `np.repeat` and `np.meshgrid`, with NumPy's default dtypes (`float64` for `zeros`, the fill
//! value's for `full`, `int64` for integer ranges) and error texts.

use ndarray::{ArrayD, IntoDimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

use crate::array::Array;
use crate::dtype::{CastFrom, ConvertsTo, Scalar};
use crate::error::{bytes_fit, IndexError};
use crate::expr::IntoNode;
use crate::reduce::{elements, elements_as, DimOf, DtypeArg, ElemOf, StrongOf};

mod repeat;

pub use self::repeat::{meshgrid, repeat, tile, Grids, Tiled};

/// Lengths such as `np.tile`'s repetitions: each checked non-negative.
fn dims<const K: usize>(shape: [isize; K]) -> Result<[usize; K], IndexError> {
    if shape.iter().any(|&d| d < 0) {
        return Err(IndexError::value_text(
            "negative dimensions are not allowed",
        ));
    }
    Ok(shape.map(|d| d as usize))
}

/// The array type of a constructor with `K` lengths.
pub type Built<T, const K: usize> = Array<T, <[usize; K] as IntoDimension>::Dim>;

/// Zeros (the dtype's default) of shape `dims`, in a buffer advised for huge pages before its
/// first touch, as NumPy's `zeros` is (see `raw::zeroed_vec`).
fn zeros_in<T: Clone + Default, D: ndarray::Dimension>(dims: D) -> ndarray::Array<T, D> {
    let zeros = crate::raw::zeroed_vec(dims.size(), T::default());
    ndarray::Array::from_shape_vec(dims, zeros).expect("one zero per element")
}

/// [`zeros_in`] for a shape as `np.zeros` takes it, checked.
fn zero_filled<T: Clone + Default, const K: usize>(
    shape: [isize; K],
) -> Result<Built<T, K>, IndexError>
where
    [usize; K]: IntoDimension,
{
    Ok(Array {
        inner: zeros_in(sized_dims::<T, K>(shape)?.into_dimension()),
    })
}

/// A new array's shape checked as NumPy's array constructor checks it, one length after the
/// other: a negative one is `negative dimensions are not allowed`, unless the lengths before
/// it already make the array too big (`np.zeros((2**62, 4, -1))` is too big); see
/// [`bytes_fit`] for the size.
fn sized_dims<T, const K: usize>(shape: [isize; K]) -> Result<[usize; K], IndexError> {
    let leading = shape.iter().take_while(|&&d| d >= 0).map(|&d| d as usize);
    if !bytes_fit(core::mem::size_of::<T>(), leading) {
        return Err(IndexError::too_big());
    }
    dims(shape)
}

/// The dtype `np.zeros(..., dtype=U)` makes: `float64` by default.
pub type Float64Or<U> = <U as DtypeArg<f64>>::Out;

/// `np.zeros(shape, dtype)` (and `np.empty`, zero-filled).
///
/// # Errors
/// `negative dimensions are not allowed`; `array is too big; ...` past `isize::MAX` bytes.
pub fn zeros<U, const K: usize>(
    shape: [isize; K],
    _: U,
) -> Result<Built<Float64Or<U>, K>, IndexError>
where
    U: DtypeArg<f64>,
    U::Out: Scalar,
    [usize; K]: IntoDimension,
{
    zero_filled(shape)
}

/// `np.ones(shape, dtype)`.
///
/// # Errors
/// `negative dimensions are not allowed`; `array is too big; ...` past `isize::MAX` bytes.
pub fn ones<U, const K: usize>(
    shape: [isize; K],
    _: U,
) -> Result<Built<Float64Or<U>, K>, IndexError>
where
    U: DtypeArg<f64>,
    U::Out: Scalar + CastFrom<bool>,
    [usize; K]: IntoDimension,
{
    let dims = ndarray::IxDyn(&sized_dims::<U::Out, K>(shape)?);
    Ok(Array {
        inner: filled_with(dims, U::Out::cast_from(true))
            .into_dimensionality()
            .expect("the rank of the shape"),
    })
}

/// The dtype of `np.full(shape, fill, dtype)`: the fill value's unless `dtype=` is given.
pub type FullOf<F, U> = <U as DtypeArg<StrongOf<F>>>::Out;

/// An array of shape `dims` holding `value` everywhere, in a buffer advised for huge pages
/// (written at once, unlike the zeros of `np.zeros`, which the kernel supplies page by page on
/// first touch, as for NumPy).
fn filled_with<T: Clone>(dims: ndarray::IxDyn, value: T) -> ArrayD<T> {
    let n = ndarray::Dimension::size(&dims);
    let mut out = crate::raw::output_vec(n);
    out.resize(n, value);
    ArrayD::from_shape_vec(dims, out).expect("one value per element")
}

/// An array of shape `dims` holding `fill`, converted to `T` and broadcast to it, as NumPy's
/// `full` writes its fill value into the new array (`np.full((2, 2), [1, 2])` repeats the
/// row; a fill that does not broadcast is NumPy's error).
fn broadcast_fill<F, T>(dims: ndarray::IxDyn, fill: F) -> Result<ArrayD<T>, IndexError>
where
    F: IntoNode,
    T: Scalar + CastFrom<StrongOf<F>>,
{
    let mut values: ArrayD<T> = elements_as(&fill.into_node())?;
    // NumPy's copy into the new array first drops leading axes of length 1 that the shape
    // does not have (`np.full(2, [[1, 2]])` is `[1 2]`).
    while values.ndim() > ndarray::Dimension::ndim(&dims) && values.shape()[0] == 1 {
        values = values.index_axis_move(ndarray::Axis(0), 0);
    }
    if values.ndim() == 0 {
        let v = values.iter().next().copied().unwrap_or_default();
        return Ok(filled_with(dims, v));
    }
    match values.broadcast(dims.clone()) {
        Some(view) => Ok(view.as_standard_layout().into_owned()),
        None => Err(IndexError::cannot_broadcast_value(
            values.shape(),
            ndarray::Dimension::slice(&dims),
        )),
    }
}

/// The fill values `np.full` and `np.full_like` take for an array of `T`, by the fill's rank
/// and dtype: NumPy converts a lone Python `int` as a Python scalar (`np.full(3, 300,
/// dtype=np.uint8)` is its `OverflowError`, here a compile error), but a list through an int64
/// array first, which it then casts unsafely (`np.full(2, [1, 300], dtype=np.uint8)` is
/// `[1 44]`).
pub trait FillConverts<T> {}

impl<E: ConvertsTo<T>, T> FillConverts<T> for (Ix0, E) {}

macro_rules! list_fills {
    ($($d:ty),*) => {$( impl<E, T> FillConverts<T> for ($d, E) {} )*};
}
list_fills!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// `np.full(shape, fill_value, dtype)`: NumPy's unsafe cast of the fill value (a float into
/// an integer dtype truncates); a lone integer literal must fit the dtype, a compile error
/// where NumPy raises `OverflowError` (see [`FillConverts`]).
///
/// # Errors
/// `negative dimensions are not allowed`; `array is too big; ...` past `isize::MAX` bytes.
pub fn full<F, U, const K: usize>(
    shape: [isize; K],
    fill: F,
    _: U,
) -> Result<Built<FullOf<F, U>, K>, IndexError>
where
    F: IntoNode,
    (DimOf<F>, ElemOf<F>): FillConverts<U::Out>,
    U: DtypeArg<StrongOf<F>>,
    U::Out: Scalar + CastFrom<StrongOf<F>>,
    [usize; K]: IntoDimension,
{
    let inner = broadcast_fill(ndarray::IxDyn(&sized_dims::<U::Out, K>(shape)?), fill)?;
    Ok(Array {
        inner: inner.into_dimensionality().expect("the rank of the shape"),
    })
}

/// The dtype of `np.zeros_like(a, dtype)`: `a`'s unless `dtype=` is given.
pub type LikeOf<X, U> = <U as DtypeArg<StrongOf<X>>>::Out;

/// An array of `a`'s shape holding zeros (the dtype's default), on advised pages as
/// [`zero_filled`]'s.
fn zeros_of_shape<X: IntoNode, T: Clone + Default>(a: X) -> Result<Array<T, DimOf<X>>, IndexError> {
    let node = a.into_node();
    Ok(Array {
        inner: zeros_in(elements(&node)?.raw_dim())
            .into_dimensionality()
            .expect("the operand's rank"),
    })
}

/// `np.zeros_like(a, dtype)` (and `np.empty_like`, zero-filled).
///
/// # Errors
/// NumPy's errors for the operand.
pub fn zeros_like<X, U>(a: X, _: U) -> Result<Array<LikeOf<X, U>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    U: DtypeArg<StrongOf<X>>,
    U::Out: Scalar,
{
    zeros_of_shape(a)
}

/// `np.ones_like(a, dtype)`.
///
/// # Errors
/// NumPy's errors for the operand.
pub fn ones_like<X, U>(a: X, _: U) -> Result<Array<LikeOf<X, U>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    U: DtypeArg<StrongOf<X>>,
    U::Out: Scalar + CastFrom<bool>,
{
    let node = a.into_node();
    let dims = elements(&node)?.raw_dim();
    Ok(Array {
        inner: filled_with(dims, U::Out::cast_from(true))
            .into_dimensionality()
            .expect("the operand's rank"),
    })
}

/// `np.full_like(a, fill_value, dtype)`: NumPy's unsafe cast of the fill value; a lone
/// integer literal must fit the dtype, as in [`full`].
///
/// # Errors
/// NumPy's errors for the operand.
pub fn full_like<X, F, U>(a: X, fill: F, _: U) -> Result<Array<LikeOf<X, U>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    F: IntoNode,
    (DimOf<F>, ElemOf<F>): FillConverts<LikeOf<X, U>>,
    U: DtypeArg<StrongOf<X>>,
    U::Out: Scalar + CastFrom<StrongOf<F>>,
{
    let node = a.into_node();
    let dims = elements(&node)?.raw_dim();
    Ok(Array {
        inner: broadcast_fill(dims, fill)?
            .into_dimensionality()
            .expect("the operand's rank"),
    })
}

/// `np.eye(N, M, k, dtype)`: ones on diagonal `k`.
///
/// # Errors
/// `negative dimensions are not allowed`; `array is too big; ...` past `isize::MAX` bytes.
pub fn eye<U>(
    n: isize,
    m: Option<isize>,
    k: isize,
    _: U,
) -> Result<Array<Float64Or<U>, Ix2>, IndexError>
where
    U: DtypeArg<f64>,
    U::Out: Scalar + CastFrom<bool>,
{
    let [rows, cols] = sized_dims::<U::Out, 2>([n, m.unwrap_or(n)])?;
    let mut out = zeros_in(ndarray::Ix2(rows, cols));
    // Only the rows the diagonal crosses (row r holds column r + k): `np.eye(2**59, 0)` has
    // none, and a loop over all its rows would not end. In i128, where `-k` and `cols - k`
    // cannot overflow.
    let k = k as i128;
    for r in (-k).max(0)..(rows as i128).min(cols as i128 - k) {
        out[(r as usize, (r + k) as usize)] = U::Out::cast_from(true);
    }
    Ok(Array { inner: out })
}

/// `np.identity(n, dtype)`.
///
/// # Errors
/// `negative dimensions are not allowed`; `array is too big; ...` past `isize::MAX` bytes.
pub fn identity<U>(n: isize, dtype: U) -> Result<Array<Float64Or<U>, Ix2>, IndexError>
where
    U: DtypeArg<f64>,
    U::Out: Scalar + CastFrom<bool>,
{
    eye(n, None, 0, dtype)
}

/// `np.array(obj, dtype)`: a new array (a copy of an array, or a list literal's values),
/// cast as NumPy casts; an integer literal must fit the dtype (NumPy's `OverflowError` is a
/// compile error).
///
/// # Errors
/// NumPy's errors for the operand.
pub fn array<X, U>(obj: X, _: U) -> Result<Array<LikeOf<X, U>, DimOf<X>>, IndexError>
where
    X: IntoNode,
    ElemOf<X>: ConvertsTo<LikeOf<X, U>>,
    U: DtypeArg<StrongOf<X>>,
    U::Out: Scalar + CastFrom<StrongOf<X>>,
{
    let node = obj.into_node();
    Ok(Array {
        inner: elements_as::<U::Out, _>(&node)?
            .into_dimensionality()
            .expect("the operand's rank"),
    })
}

/// NumPy's arange in dtype `T`: `len` values `first + i * delta`, where `first` and
/// `delta = (start + step) - first` are computed in `T` (so `np.arange(0, 5, 0.5,
/// dtype=np.int64)` is all zeros, as in NumPy).
fn arange_in<T>(start: f64, step: f64, len: usize) -> Array<T, Ix1>
where
    T: Scalar + CastFrom<f64>,
    crate::ops::Add: crate::ops::Ufunc2<T, Out = T>,
    crate::ops::Sub: crate::ops::Ufunc2<T, Out = T>,
    crate::ops::Mul: crate::ops::Ufunc2<T, Out = T>,
{
    use crate::ops::{Add, Mul, Sub, Ufunc2};
    let first = T::cast_from(start);
    let delta = Sub::call(T::cast_from(start + step), first);
    Array {
        inner: (0..len)
            .map(|i| Add::call(first, Mul::call(T::cast_from(i as f64), delta)))
            .collect(),
    }
}

/// `np.arange(start, stop, step, dtype)` of integers: `int64` unless `dtype=` is given.
///
/// # Errors
/// `division by zero` for a zero step (Python's `ZeroDivisionError`); NumPy's `OverflowError`
/// when the first value, or the second, does not fit the dtype.
pub fn arange_int<U>(
    start: isize,
    stop: isize,
    step: isize,
    _: U,
) -> Result<Array<<U as DtypeArg<i64>>::Out, Ix1>, IndexError>
where
    U: DtypeArg<i64>,
    U::Out: Scalar + CastFrom<f64>,
    crate::ops::Add: crate::ops::Ufunc2<U::Out, Out = U::Out>,
    crate::ops::Sub: crate::ops::Ufunc2<U::Out, Out = U::Out>,
    crate::ops::Mul: crate::ops::Ufunc2<U::Out, Out = U::Out>,
{
    if step == 0 {
        return Err(IndexError::zero_division("division by zero"));
    }
    let span = stop as i128 - start as i128;
    let step128 = step as i128;
    // ceil(span / step), or none when the step points away from `stop`.
    let len = if span != 0 && (span > 0) == (step128 > 0) {
        (span.abs() + step128.abs() - 1) / step128.abs()
    } else {
        0
    };
    let len = usize::try_from(len)
        .map_err(|_| IndexError::value_text("Maximum allowed size exceeded"))?;
    // NumPy converts the first value, and the second when there is one, to the dtype as
    // Python ints, with its `OverflowError` when one does not fit (`np.arange(-1, 3,
    // dtype=np.uint8)`); the later values wrap.
    let converted = [start as i128, start as i128 + step128];
    if let Some(&v) = converted[..len.min(2)]
        .iter()
        .find(|&&v| !U::Out::holds_python_int(v))
    {
        let dtype = <U::Out as crate::fmt::FormatElement>::DTYPE;
        return Err(IndexError::int_out_of_bounds(v, dtype));
    }
    Ok(arange_in(start as f64, step as f64, len))
}

/// `np.arange(start, stop, step, dtype)` with a float: `float64` unless `dtype=` is given,
/// NumPy's length (`ceil((stop - start) / step)`) and values.
///
/// # Errors
/// `division by zero` for a zero step.
pub fn arange_float<U>(
    start: f64,
    stop: f64,
    step: f64,
    _: U,
) -> Result<Array<<U as DtypeArg<f64>>::Out, Ix1>, IndexError>
where
    U: DtypeArg<f64>,
    U::Out: Scalar + CastFrom<f64>,
    crate::ops::Add: crate::ops::Ufunc2<U::Out, Out = U::Out>,
    crate::ops::Sub: crate::ops::Ufunc2<U::Out, Out = U::Out>,
    crate::ops::Mul: crate::ops::Ufunc2<U::Out, Out = U::Out>,
{
    if step == 0.0 {
        return Err(IndexError::zero_division("division by zero"));
    }
    let len = ((stop - start) / step).ceil();
    let len = if len.is_nan() || len < 0.0 {
        0
    } else {
        len as usize
    };
    Ok(arange_in(start, step, len))
}

/// `np.linspace(start, stop, num, endpoint, dtype)`.
///
/// # Errors
/// `Number of samples, -1, must be non-negative.`
pub fn linspace<U>(
    start: f64,
    stop: f64,
    num: isize,
    endpoint: bool,
    _: U,
) -> Result<Array<Float64Or<U>, Ix1>, IndexError>
where
    U: DtypeArg<f64>,
    U::Out: Scalar + CastFrom<f64>,
{
    if num < 0 {
        return Err(IndexError::value_text(&format!(
            "Number of samples, {num}, must be non-negative."
        )));
    }
    let num = num as usize;
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = stop - start;
    let mut y: Vec<f64> = (0..num)
        .map(|i| {
            let i = i as f64;
            if div > 0 {
                let step = delta / div as f64;
                if step == 0.0 {
                    i / div as f64 * delta + start
                } else {
                    i * step + start
                }
            } else {
                i * delta + start
            }
        })
        .collect();
    if endpoint && num > 1 {
        y[num - 1] = stop;
    }
    // An integer dtype takes the floor, as NumPy's linspace does.
    let is_int = U::Out::cast_from(0.5f64).to_f64() == 0.0;
    Ok(Array {
        inner: y
            .into_iter()
            .map(|v| U::Out::cast_from(if is_int { v.floor() } else { v }))
            .collect(),
    })
}
