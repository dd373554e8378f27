//! Operations on whole operands rather than element by element: `@` (`np.matmul`, through
//! ndarray's `dot`), and `np.isclose`, `np.allclose` and `np.array_equal`, which compare two
//! operands under NumPy's rules. Their operands may be any expression; each is computed first.

use core::num::Wrapping;

use ndarray::linalg::Dot;
use ndarray::{ArrayD, Dimension, Ix0, Ix1, Ix2, IxDyn, Zip};

use super::eval::Strong;
use super::{IntoNode, Node};
use crate::broadcast::broadcast_shapes;
use crate::dtype::{CastFrom, CmpAs, Promote, Scalar, WeakFloat};
use crate::error::IndexError;
use crate::ops::Wrap;

/// The values of an operand, in its own dtype.
fn values<X: IntoNode>(x: X) -> Result<ArrayD<Strong<X::Node>>, IndexError> {
    crate::reduce::strong_elements(&x.into_node())
}

/// The rank of `a @ b` for the ranks of `a` and `b` (1-D and 2-D operands, as `np.dot` and
/// `np.matmul` agree there).
#[diagnostic::on_unimplemented(
    message = "npview's `@` takes 1-D and 2-D operands, not `{Self}` and `{B}`",
    note = "NumPy's matmul of a 0-d operand is an error; stacks of matrices (3-D and more) are not supported"
)]
pub trait MatmulRank<B>: Dimension {
    /// The rank of the product.
    type Out: Dimension;
}
impl MatmulRank<Ix1> for Ix1 {
    type Out = Ix0;
}
impl MatmulRank<Ix1> for Ix2 {
    type Out = Ix1;
}
impl MatmulRank<Ix2> for Ix1 {
    type Out = Ix1;
}
impl MatmulRank<Ix2> for Ix2 {
    type Out = Ix2;
}

/// The element types of `@`: ndarray's `dot` on floats, and on integers through `Wrapping`,
/// so integer products wrap as NumPy's do.
#[diagnostic::on_unimplemented(
    message = "npview's `@` is not defined for `{Self}`",
    note = "matrix products take integers and floats"
)]
pub trait MatmulElem: Scalar {
    /// The product of `a` and `b` (1-D or 2-D each, sizes checked).
    fn dot(a: &ArrayD<Self>, b: &ArrayD<Self>) -> ArrayD<Self>;
}

/// `a.dot(b)` on the static ranks ndarray's `Dot` is implemented for.
fn dot_dyn<T>(a: &ArrayD<T>, b: &ArrayD<T>) -> ArrayD<T>
where
    T: ndarray::LinalgScalar,
{
    fn one<T>(x: &ArrayD<T>) -> ndarray::ArrayView1<'_, T> {
        x.view().into_dimensionality().expect("1-D")
    }
    fn two<T>(x: &ArrayD<T>) -> ndarray::ArrayView2<'_, T> {
        x.view().into_dimensionality().expect("2-D")
    }
    match (a.ndim(), b.ndim()) {
        (1, 1) => ndarray::arr0(one(a).dot(&one(b))).into_dyn(),
        (2, 1) => Dot::dot(&two(a), &one(b)).into_dyn(),
        (1, 2) => Dot::dot(&one(a), &two(b)).into_dyn(),
        _ => Dot::dot(&two(a), &two(b)).into_dyn(),
    }
}

macro_rules! matmul_floats {
    ($($t:ty),*) => {$(
        impl MatmulElem for $t {
            fn dot(a: &ArrayD<$t>, b: &ArrayD<$t>) -> ArrayD<$t> {
                dot_dyn(a, b)
            }
        }
    )*};
}
matmul_floats!(f32, f64);

macro_rules! matmul_ints {
    ($($t:ty),*) => {$(
        impl MatmulElem for $t {
            fn dot(a: &ArrayD<$t>, b: &ArrayD<$t>) -> ArrayD<$t> {
                dot_dyn(&a.mapv(Wrapping), &b.mapv(Wrapping)).mapv(|w| w.0)
            }
        }
    )*};
}
matmul_ints!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl MatmulElem for bool {
    /// NumPy's boolean product: whether any pair along the inner axis is both true, through a
    /// count of such pairs (which cannot reach `usize::MAX`).
    fn dot(a: &ArrayD<bool>, b: &ArrayD<bool>) -> ArrayD<bool> {
        let count = |x: &ArrayD<bool>| x.mapv(usize::from);
        dot_dyn(&count(a), &count(b)).mapv(|n| n != 0)
    }
}

/// The dtype of `a @ b`.
type MatmulOut<A, B> = <Strong<A> as Promote<Strong<B>>>::Out;
/// The rank of `a @ b`.
type MatmulDim<A, B> = <<A as Node>::Dim as MatmulRank<<B as Node>::Dim>>::Out;
/// What `a @ b` gives: a scalar for two vectors, else an array.
pub(crate) type MatmulValue<A, B> = <MatmulDim<A, B> as Wrap<MatmulOut<A, B>>>::Out;

/// `a @ b` (`np.matmul`) for 1-D and 2-D operands, in NumPy's promoted dtype: a scalar for two
/// vectors, else an array.
///
/// # Errors
/// NumPy's error when the inner sizes differ.
pub fn matmul<A: IntoNode, B: IntoNode>(
    a: A,
    b: B,
) -> Result<MatmulValue<A::Node, B::Node>, IndexError>
where
    Strong<A::Node>: Promote<Strong<B::Node>>,
    MatmulOut<A::Node, B::Node>: MatmulElem + CastFrom<Strong<A::Node>> + CastFrom<Strong<B::Node>>,
    <A::Node as Node>::Dim: MatmulRank<<B::Node as Node>::Dim>,
    <<A::Node as Node>::Dim as MatmulRank<<B::Node as Node>::Dim>>::Out:
        Wrap<MatmulOut<A::Node, B::Node>>,
{
    type P<A, B> = MatmulOut<<A as IntoNode>::Node, <B as IntoNode>::Node>;
    let a = values(a)?.mapv(P::<A, B>::cast_from);
    let b = values(b)?.mapv(P::<A, B>::cast_from);
    let k_a = a.shape()[a.ndim() - 1];
    let k_b = b.shape()[0];
    if k_a != k_b {
        return Err(IndexError::matmul_mismatch(k_a, k_b));
    }
    let out = P::<A, B>::dot(&a, &b);
    Ok(<<<A::Node as Node>::Dim as MatmulRank<
        <B::Node as Node>::Dim,
    >>::Out as Wrap<_>>::from_array(out))
}

/// The tolerances of `np.isclose` and `np.allclose`.
#[derive(Clone, Copy, Debug)]
pub struct Tolerance {
    /// Relative tolerance (NumPy's default `1e-05`).
    pub rtol: f64,
    /// Absolute tolerance (NumPy's default `1e-08`).
    pub atol: f64,
    /// Whether two NaNs are close.
    pub equal_nan: bool,
}

/// The float dtypes `np.isclose` computes in.
pub trait CloseFloat: Scalar {
    /// `|x - y| <= atol + rtol * |y|` for finite `y`, or `x == y`, or both NaN (`equal_nan`).
    fn close(x: Self, y: Self, tol: Tolerance) -> bool;
}

macro_rules! close_floats {
    ($($t:ty),*) => {$(
        impl CloseFloat for $t {
            #[inline]
            #[allow(clippy::float_cmp)]
            fn close(x: $t, y: $t, tol: Tolerance) -> bool {
                // NumPy: less_equal(abs(x - y), atol + rtol * abs(y)) & isfinite(y) | (x == y),
                // with the tolerances as weak Python floats (so in this dtype).
                let near = (x - y).abs() <= tol.atol as $t + tol.rtol as $t * y.abs();
                (near && y.is_finite()) || x == y || (tol.equal_nan && x.is_nan() && y.is_nan())
            }
        }
    )*};
}
close_floats!(f32, f64);

/// The dtype `y` is converted to (`result_type(y, 1.0)`), and the one `x - y` is computed in.
type CloseY<B> = <Strong<B> as Promote<WeakFloat>>::Out;
type CloseIn<A, B> = <Strong<A> as Promote<CloseY<B>>>::Out;
/// The rank of `np.isclose(a, b)`.
type CloseDim<A, B> = <<A as Node>::Dim as ndarray::DimMax<<B as Node>::Dim>>::Output;
/// What `np.isclose(a, b)` gives: a bool for 0-d operands, else a bool array.
pub(crate) type CloseValue<A, B> = <CloseDim<A, B> as Wrap<bool>>::Out;

/// The element-wise closeness of two operands, broadcast together.
fn close_values<A, B>(a: A, b: B, tol: Tolerance) -> Result<ArrayD<bool>, IndexError>
where
    A: IntoNode,
    B: IntoNode,
    Strong<B::Node>: Promote<WeakFloat>,
    CloseY<B::Node>: CastFrom<Strong<B::Node>>,
    Strong<A::Node>: Promote<CloseY<B::Node>>,
    CloseIn<A::Node, B::Node>: CloseFloat + CastFrom<Strong<A::Node>> + CastFrom<CloseY<B::Node>>,
{
    type P<A, B> = CloseIn<<A as IntoNode>::Node, <B as IntoNode>::Node>;
    type Y<B> = CloseY<<B as IntoNode>::Node>;
    let x = values(a)?;
    let y = values(b)?.mapv(Y::<B>::cast_from);
    let shape = broadcast_shapes([x.shape(), y.shape()])
        .ok_or_else(|| IndexError::operands_mismatch(&[x.shape(), y.shape()]))?;
    let (xb, yb) = (
        x.broadcast(IxDyn(&shape)).expect("broadcast shape"),
        y.broadcast(IxDyn(&shape)).expect("broadcast shape"),
    );
    Ok(Zip::from(&xb).and(&yb).map_collect(|&x, &y| {
        P::<A, B>::close(P::<A, B>::cast_from(x), P::<A, B>::cast_from(y), tol)
    }))
}

/// `np.isclose(a, b, rtol, atol, equal_nan)`: a bool array (a bool for 0-d operands).
///
/// # Errors
/// NumPy's error when the operands do not broadcast.
pub fn isclose<A, B>(a: A, b: B, tol: Tolerance) -> Result<CloseValue<A::Node, B::Node>, IndexError>
where
    A: IntoNode,
    B: IntoNode,
    Strong<B::Node>: Promote<WeakFloat>,
    CloseY<B::Node>: CastFrom<Strong<B::Node>>,
    Strong<A::Node>: Promote<CloseY<B::Node>>,
    CloseIn<A::Node, B::Node>: CloseFloat + CastFrom<Strong<A::Node>> + CastFrom<CloseY<B::Node>>,
    <A::Node as Node>::Dim: ndarray::DimMax<<B::Node as Node>::Dim>,
    CloseDim<A::Node, B::Node>: Wrap<bool>,
{
    let close = close_values(a, b, tol)?;
    Ok(<CloseDim<A::Node, B::Node> as Wrap<bool>>::from_array(
        close,
    ))
}

/// `np.allclose(...)`: whether every element is close (a Python `bool`).
///
/// # Errors
/// NumPy's error when the operands do not broadcast.
pub fn allclose<A, B>(a: A, b: B, tol: Tolerance) -> Result<bool, IndexError>
where
    A: IntoNode,
    B: IntoNode,
    Strong<B::Node>: Promote<WeakFloat>,
    CloseY<B::Node>: CastFrom<Strong<B::Node>>,
    Strong<A::Node>: Promote<CloseY<B::Node>>,
    CloseIn<A::Node, B::Node>: CloseFloat + CastFrom<Strong<A::Node>> + CastFrom<CloseY<B::Node>>,
{
    Ok(close_values(a, b, tol)?.iter().all(|&c| c))
}

/// `np.array_equal(a, b, equal_nan)`: the same shape and equal elements (a Python `bool`).
///
/// # Errors
/// Never: different shapes are simply not equal. (A `Result` like its neighbours, for the
/// expansion.)
pub fn array_equal<A, B>(a: A, b: B, equal_nan: bool) -> Result<bool, IndexError>
where
    A: IntoNode,
    B: IntoNode,
    Strong<A::Node>: CmpAs<Strong<B::Node>>,
{
    type Q<A, B> = <Strong<<A as IntoNode>::Node> as CmpAs<Strong<<B as IntoNode>::Node>>>::Out;
    let (x, y) = (values(a)?, values(b)?);
    if x.shape() != y.shape() {
        return Ok(false);
    }
    Ok(x.iter().zip(y.iter()).all(|(&x, &y)| {
        let (x, y) = (Q::<A, B>::cast_from(x), Q::<A, B>::cast_from(y));
        // NaN is the one value unequal to itself.
        #[allow(clippy::eq_op)]
        let both_nan = equal_nan && x != x && y != y;
        x == y || both_nan
    }))
}
