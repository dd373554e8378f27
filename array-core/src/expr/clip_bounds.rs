//! The bounds of `np.clip(a, lo, hi)`. NumPy's `clip` drops a Python `int` bound that lies at
//! or past the limit of an integer array's dtype before it computes anything
//! (`numpy/_core/_methods.py`, `_clip`): `np.clip(uint8_array, -5, 300)` is allowed, gives
//! the array's values, and leaves the dropped bounds out of a broadcasting error's list of
//! shapes. A literal bound it keeps must fit the result's dtype, as any Python `int` (NumPy's
//! `OverflowError` otherwise: `np.clip(uint8_array, 300, 400)`, while
//! `np.clip(uint8_array, 300, int16_array)` is int16 and clips at 300). A bound that is not
//! such a literal is an operand as in any expression.

use core::marker::PhantomData;

use super::node::{Constant, Node};
use super::IntoNode;
use crate::dtype::weak::{Range, WeakInt, Wrapped};
use crate::dtype::{DType, Scalar, WeakFloat};

/// A bound of `np.clip` that is an operand like any other.
#[doc(hidden)]
pub struct Operand<X>(pub X);

/// A bound of `np.clip` written as a Python `int` literal, with the marker of its range `R`.
#[doc(hidden)]
pub struct IntBound<R> {
    value: i128,
    range: PhantomData<fn() -> R>,
}

impl<R> IntBound<R> {
    /// The literal `value` (the macro picks `R` from it).
    #[inline(always)]
    pub fn new(value: i128) -> Self {
        Self {
            value,
            range: PhantomData,
        }
    }
}

/// What NumPy's `clip` does with a bound.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundUse {
    /// It clips.
    Kept,
    /// It lies at or past the dtype's limit on its side, so NumPy leaves it out.
    Dropped,
    /// A kept Python `int` past the array's dtype on the other side: it clips where the
    /// result's dtype (promoted with the other bound's) holds it, else NumPy's
    /// `OverflowError` for that dtype (`np.clip(uint8_array, 300, 400)`).
    Beyond(i128),
}

/// A bound of `np.clip` for an array of element type `T`.
#[doc(hidden)]
pub trait ClipBound<T> {
    /// The bound's dtype as NumPy promotes it with the array's and the other bound's (a
    /// literal's is weak).
    type Elem: DType;
    /// The bound as an operand of a clip whose result has element type `P`.
    type Node<P: Scalar>: Node;
    /// The operand and what NumPy does with it (`lower`: it is the minimum).
    fn bound<P: Scalar>(self, lower: bool) -> (Self::Node<P>, BoundUse);
}

impl<T, X: IntoNode> ClipBound<T> for Operand<X> {
    type Elem = <X::Node as Node>::Elem;
    type Node<P: Scalar> = X::Node;
    #[inline(always)]
    fn bound<P: Scalar>(self, _: bool) -> (X::Node, BoundUse) {
        (self.0.into_node(), BoundUse::Kept)
    }
}

/// Integer arrays: the literal promotes as a weak Python `int`, and is then a constant of the
/// result's type `P`, so it clips in that type even where the other bound widens it
/// (`np.clip(uint8_array, 300, int16_array)` clips at 300 in int16). A bound at or past the
/// array's limit on its own side is dropped: its value is then `P`'s extreme on that side,
/// which changes no value. A bound past the limit on the other side is kept, and checked
/// against `P` before anything is computed (NumPy's `OverflowError` when `P` cannot hold it).
macro_rules! int_arrays {
    ($($t:ty => $limits:ty),*) => {$(
        impl<R: Range> ClipBound<$t> for IntBound<R>
        where
            WeakInt<Wrapped<R>>: DType,
        {
            type Elem = WeakInt<Wrapped<R>>;
            type Node<P: Scalar> = Constant<P>;
            #[inline(always)]
            fn bound<P: Scalar>(self, lower: bool) -> (Constant<P>, BoundUse) {
                let (min, max) = (i128::from(<$limits>::MIN), i128::from(<$limits>::MAX));
                let v = self.value;
                if lower && v <= min {
                    (Constant(P::LOWEST), BoundUse::Dropped)
                } else if !lower && v >= max {
                    (Constant(P::HIGHEST), BoundUse::Dropped)
                } else if v < min || v > max {
                    (Constant(P::from_python_int(v)), BoundUse::Beyond(v))
                } else {
                    (Constant(P::from_python_int(v)), BoundUse::Kept)
                }
            }
        }
    )*};
}
// `isize` and `usize` (NumPy's `intp` and `uintp`) have no `i128: From`: their limits are
// those of the 64-bit types.
int_arrays!(
    i8 => i8, i16 => i16, i32 => i32, i64 => i64, isize => i64,
    u8 => u8, u16 => u16, u32 => u32, u64 => u64, usize => u64
);

/// Other arrays (bool, floats, and Python numbers): the literal as in any expression, NEP 50's
/// range check included.
macro_rules! other_arrays {
    ($($t:ty),*) => {$(
        impl<R: Range> ClipBound<$t> for IntBound<R>
        where
            WeakInt<R>: DType,
        {
            type Elem = WeakInt<R>;
            type Node<P: Scalar> = Constant<WeakInt<R>>;
            #[inline(always)]
            fn bound<P: Scalar>(self, _: bool) -> (Constant<WeakInt<R>>, BoundUse) {
                (Constant(WeakInt::new(self.value)), BoundUse::Kept)
            }
        }
    )*};
}
other_arrays!(bool, f32, f64, WeakFloat);
impl<R: Range, S> ClipBound<WeakInt<S>> for IntBound<R>
where
    WeakInt<R>: DType,
{
    type Elem = WeakInt<R>;
    type Node<P: Scalar> = Constant<WeakInt<R>>;
    #[inline(always)]
    fn bound<P: Scalar>(self, _: bool) -> (Constant<WeakInt<R>>, BoundUse) {
        (Constant(WeakInt::new(self.value)), BoundUse::Kept)
    }
}
