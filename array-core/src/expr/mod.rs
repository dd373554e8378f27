//! NumPy expressions inside `np!`: operators and ufuncs with NumPy's result dtypes, built as
//! lazy trees (`node`) and evaluated in one pass over the output (`eval`), so
//! `a * 2.0 + b` makes one array, not one per operator, with any number of operands.
//!
//! The functions here are what `np!` expands expressions into; each takes operands of any
//! kind ([`IntoNode`]: arrays, views, scalars, weak literals, lists, other expressions) and
//! returns a node; [`eval`](fn@eval) turns the outermost one into a value: an
//! [`Array`](crate::Array), or the scalar NumPy gives when every operand is 0-d.

pub(crate) mod bands;
pub(crate) mod binary;
mod clip_bounds;
pub(crate) mod eval;
pub(crate) mod node;
mod operands;
mod streams;
pub(crate) mod ternary;
pub(crate) mod unary;
pub(crate) mod whole;

use core::marker::PhantomData;

pub use self::bands::{Band, Layout};
pub use self::binary::{Bin, BinBlock, BinKernel, Cmp, CmpBlock, CmpKernel};
pub use self::clip_bounds::{BoundUse, ClipBound, IntBound, Operand};
use self::eval::Strong;
pub use self::node::{Block, Constant, Kernel, Leaf, LeafKernel, Node, OwnedLeaf};
pub use self::operands::IntoNode;
pub use self::ternary::{Clip, Where, WhereBlock, WhereKernel};
pub use self::unary::Map;
pub use self::whole::{
    allclose, array_equal, isclose, matmul, CloseFloat, MatmulElem, MatmulRank, Tolerance,
};
use crate::compare;
use crate::dtype::weak::{Wrapped, I64};
use crate::dtype::{DType, Promote, WeakFloat, WeakInt};
use crate::error::IndexError;
use crate::ops::ufunc as b;
use crate::ops::unary::{self as u, AsType, Round};
use crate::ops::Wrap;

/// What an expression gives: the scalar for rank 0, else an array.
pub type Value<N> = <<N as Node>::Dim as Wrap<<<N as Node>::Elem as DType>::Strong>>::Out;

/// Evaluate an expression: its value, computed in one pass.
///
/// # Errors
/// NumPy's error for operands that do not broadcast, or for an integer to a negative power.
pub fn eval<X: IntoNode>(x: X) -> Result<Value<X::Node>, IndexError>
where
    <X::Node as Node>::Dim: Wrap<<<X::Node as Node>::Elem as DType>::Strong>,
{
    let node = x.into_node();
    let values = eval::collect(&node)?;
    Ok(<<X::Node as Node>::Dim as Wrap<_>>::from_array(values))
}

/// What [`eval_array`] gives.
pub type ArrayValue<N> = crate::Array<Strong<N>, <N as Node>::Dim>;

/// Evaluate an expression into an array, even when every operand is 0-d (NumPy's
/// `np.where` and `astype` give 0-d arrays, not scalars).
///
/// # Errors
/// NumPy's errors for the operands, such as shapes that do not broadcast.
pub fn eval_array<X: IntoNode>(x: X) -> Result<ArrayValue<X::Node>, IndexError> {
    let values = eval::collect(&x.into_node())?;
    Ok(crate::Array {
        inner: values
            .into_dimensionality()
            .expect("rank computed from the operand types"),
    })
}

/// An unsuffixed integer literal (the macro picks the range marker `R` from its value).
#[inline(always)]
pub fn weak_int<R>(value: i128) -> WeakInt<R> {
    WeakInt::new(value)
}

/// An unsuffixed float literal (and `np.pi`, `np.e`, `np.nan`, `np.inf`).
#[inline(always)]
pub fn weak_float(value: f64) -> WeakFloat {
    WeakFloat(value)
}

/// A length NumPy gives as a Python `int` (`a.shape[0]`, `a.size`, `a.ndim`), inside an
/// expression: weak as a literal is, so `int32_array + a.shape[0]` stays int32 and
/// `-a.shape[0]` is negative. Lengths are below `2**63`; NumPy's `OverflowError` for one that
/// an array's dtype cannot hold (`uint8_array + a.size` with 300 elements) is not checked:
/// the value wraps into the dtype, as a literal `np.where` branch does.
#[inline(always)]
pub fn python_int(length: usize) -> WeakInt<Wrapped<I64>> {
    WeakInt::new(length as i128)
}

/// `-a.shape[0]`: a negated length, still a Python `int` (see [`python_int`]).
#[inline(always)]
pub fn negated_python_int(length: usize) -> WeakInt<Wrapped<I64>> {
    WeakInt::new(-(length as i128))
}

macro_rules! binary_functions {
    ($($(#[$doc:meta])* $name:ident => $op:ty;)*) => {$(
        $(#[$doc])*
        #[inline(always)]
        pub fn $name<L: IntoNode, R: IntoNode>(l: L, r: R) -> Bin<$op, L::Node, R::Node> {
            Bin { left: l.into_node(), right: r.into_node(), op: PhantomData }
        }
    )*};
}
binary_functions! {
    /// `l + r` (`np.add`).
    add => b::Add;
    /// `l - r` (`np.subtract`).
    sub => b::Sub;
    /// `l * r` (`np.multiply`).
    mul => b::Mul;
    /// `l / r` (`np.true_divide`): integers give `float64`.
    div => b::TrueDivide;
    /// `np.floor_divide(l, r)` (Python's `//`).
    floor_divide => b::FloorDivide;
    /// `l % r` (`np.remainder`).
    rem => b::Remainder;
    /// `l ** r` (`np.power`).
    pow => b::Power;
    /// `l & r`.
    bitand => b::BitAnd;
    /// `l | r`.
    bitor => b::BitOr;
    /// `l ^ r`.
    bitxor => b::BitXor;
    /// `l << r`.
    shl => b::LeftShift;
    /// `l >> r`.
    shr => b::RightShift;
    /// `np.minimum(l, r)`.
    minimum => b::Minimum;
    /// `np.maximum(l, r)`.
    maximum => b::Maximum;
    /// `np.logical_and(l, r)`.
    logical_and => b::LogicalAnd;
    /// `np.logical_or(l, r)`.
    logical_or => b::LogicalOr;
    /// `np.logical_xor(l, r)`.
    logical_xor => b::LogicalXor;
}

macro_rules! comparison_functions {
    ($($(#[$doc:meta])* $name:ident => $op:ty;)*) => {$(
        $(#[$doc])*
        #[inline(always)]
        pub fn $name<L: IntoNode, R: IntoNode>(l: L, r: R) -> Cmp<$op, L::Node, R::Node> {
            Cmp { left: l.into_node(), right: r.into_node(), op: PhantomData }
        }
    )*};
}
comparison_functions! {
    /// `l == r`.
    eq => compare::Eq;
    /// `l != r`.
    ne => compare::Ne;
    /// `l < r`.
    lt => compare::Lt;
    /// `l <= r`.
    le => compare::Le;
    /// `l > r`.
    gt => compare::Gt;
    /// `l >= r`.
    ge => compare::Ge;
}

macro_rules! unary_functions {
    ($($(#[$doc:meta])* $name:ident => $op:ident;)*) => {$(
        $(#[$doc])*
        #[inline(always)]
        pub fn $name<X: IntoNode>(x: X) -> Map<u::$op, X::Node> {
            Map { f: u::$op, node: x.into_node() }
        }
    )*};
}
unary_functions! {
    /// `-x` (`np.negative`).
    neg => Negative;
    /// `~x` (`np.invert`).
    invert => Invert;
    /// `np.abs(x)`.
    abs => Absolute;
    /// `np.sign(x)`.
    sign => Sign;
    /// `np.square(x)`.
    square => Square;
    /// `np.floor(x)`.
    floor => Floor;
    /// `np.ceil(x)`.
    ceil => Ceil;
    /// `np.isnan(x)`.
    isnan => IsNan;
    /// `np.isinf(x)`.
    isinf => IsInf;
    /// `np.isfinite(x)`.
    isfinite => IsFinite;
    /// `np.logical_not(x)`.
    logical_not => LogicalNot;
    /// `np.sqrt(x)`.
    sqrt => Sqrt;
    /// `np.exp(x)`.
    exp => Exp;
    /// `np.log(x)`.
    log => Log;
    /// `np.log2(x)`.
    log2 => Log2;
    /// `np.log10(x)`.
    log10 => Log10;
    /// `np.sin(x)`.
    sin => Sin;
    /// `np.cos(x)`.
    cos => Cos;
    /// `np.tan(x)`.
    tan => Tan;
}

/// `np.round(x, decimals)`: half to even.
#[inline(always)]
pub fn round<X: IntoNode>(x: X, decimals: i32) -> Map<Round, X::Node> {
    Map {
        f: Round(decimals),
        node: x.into_node(),
    }
}

/// `x.astype(U)`: NumPy's cast to `U`.
#[inline(always)]
pub fn astype<U, X: IntoNode>(x: X) -> Map<AsType<U>, X::Node> {
    Map {
        f: AsType(PhantomData),
        node: x.into_node(),
    }
}

/// `np.where(c, x, y)`.
#[inline(always)]
pub fn where_<C: IntoNode, X: IntoNode, Y: IntoNode>(
    c: C,
    x: X,
    y: Y,
) -> Where<C::Node, X::Node, Y::Node> {
    Where {
        cond: c.into_node(),
        yes: x.into_node(),
        no: y.into_node(),
    }
}

/// The element type of `np.clip(a, lo, hi)`: NumPy's promotion of all three.
#[doc(hidden)]
pub type ClipElem<A, L, H> =
    <<<<A as IntoNode>::Node as Node>::Elem as Promote<
        <L as ClipBound<<<A as IntoNode>::Node as Node>::Elem>>::Elem,
    >>::Out as Promote<<H as ClipBound<<<A as IntoNode>::Node as Node>::Elem>>::Elem>>::Out;

/// `np.clip(a, lo, hi)`: `np.minimum(np.maximum(a, lo), hi)`, as NumPy computes it (NaN
/// stays NaN; with `lo > hi` every value is `hi`). A Python `int` bound at or past an integer
/// array's limit is dropped first, as NumPy's `clip` does (see [`ClipBound`]).
#[inline(always)]
#[allow(clippy::type_complexity)] // the result's element type, spelled out once here
pub fn clip<A, L, H>(
    a: A,
    lo: L,
    hi: H,
) -> Clip<A::Node, L::Node<ClipElem<A, L, H>>, H::Node<ClipElem<A, L, H>>>
where
    A: IntoNode,
    L: ClipBound<<A::Node as Node>::Elem>,
    H: ClipBound<<A::Node as Node>::Elem>,
    <A::Node as Node>::Elem: Promote<L::Elem>,
    <<A::Node as Node>::Elem as Promote<L::Elem>>::Out: Promote<H::Elem>,
{
    let (lo, lo_used) = lo.bound::<ClipElem<A, L, H>>(true);
    let (hi, hi_used) = hi.bound::<ClipElem<A, L, H>>(false);
    Clip {
        inner: Bin {
            left: Bin {
                left: a.into_node(),
                right: lo,
                op: PhantomData,
            },
            right: hi,
            op: PhantomData,
        },
        bounds: [lo_used, hi_used],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::weak::{I8, U16};
    use crate::{arange, array};

    #[test]
    fn one_pass_with_numpys_dtypes() {
        let a = array![1i32, 2, 3];
        let b = array![0.5f32, 1.5, 2.5];
        // NumPy: a * 2 + b -> array([2.5, 5.5, 8.5]) (int32 * weak int stays int32; + float32 is float64)
        let r = eval(add(mul(&a, weak_int::<I8>(2)), &b)).unwrap();
        assert_eq!(format!("{r:?}"), "array([2.5, 5.5, 8.5])");
        // a / 2 -> float64; a // 2 -> int32
        assert_eq!(
            format!("{:?}", eval(div(&a, weak_int::<I8>(2))).unwrap()),
            "array([0.5, 1. , 1.5])"
        );
        assert_eq!(
            format!("{:?}", eval(floor_divide(&a, weak_int::<I8>(2))).unwrap()),
            "array([0, 1, 1], dtype=int32)"
        );
        // uint8 compared with 300 (out of its range) is exact
        let u = array![5u8, 255];
        assert_eq!(
            format!("{:?}", eval(lt(&u, weak_int::<U16>(300))).unwrap()),
            "array([ True,  True])"
        );
        // scalar arithmetic stays scalar
        let i = 3usize;
        let j: usize = eval(add(&i, weak_int::<I8>(1))).unwrap();
        assert_eq!(j, 4);
    }

    #[test]
    fn broadcasting_and_strided_operands() {
        let m = arange(6).into_reshape((2, 3));
        let col = array![[10i64], [20]];
        let r = eval(add(&m, &col)).unwrap();
        assert_eq!(r.to_string(), "[[10 11 12]\n [23 24 25]]");
        let t = m.t();
        let r = eval(mul(&t, weak_int::<I8>(2))).unwrap();
        assert_eq!(r.to_string(), "[[ 0  6]\n [ 2  8]\n [ 4 10]]");
        let big = arange(5000);
        let r = eval(sub(&big, &big)).unwrap();
        assert!(r.iter().all(|&x| x == 0));
        let err = eval(pow(&m, weak_int::<crate::dtype::weak::NegI8>(-1))).unwrap_err();
        assert_eq!(
            err.to_string(),
            "Integers to negative integer powers are not allowed."
        );
        let err = eval(add(&m, &array![1i64, 2])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "operands could not be broadcast together with shapes (2,3) (2,) "
        );
    }
}
