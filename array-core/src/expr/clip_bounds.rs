//! The bounds of `np.clip(a, lo, hi)`. NumPy's `clip` drops a Python `int` bound that lies at
//! or past the limit of an integer array's dtype before it computes anything
//! (`numpy/_core/_methods.py`, `_clip`): `np.clip(uint8_array, -5, 300)` is allowed, gives
//! the array's values, and leaves the dropped bounds out of a broadcasting error's list of
//! shapes. A literal bound it keeps must fit the dtype, as any Python `int` (NumPy's
//! `OverflowError` otherwise: `np.clip(uint8_array, 300, 400)`). A bound that is not such a
//! literal is an operand as in any expression.

use core::marker::PhantomData;

use super::node::{Constant, Node};
use super::IntoNode;
use crate::dtype::weak::{Range, WeakInt, Wrapped};
use crate::dtype::WeakFloat;

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
    /// A kept Python `int` the dtype cannot hold: NumPy's `OverflowError` for it.
    OutOfBounds(i128, &'static str),
}

/// A bound of `np.clip` for an array of element type `T`.
#[doc(hidden)]
pub trait ClipBound<T> {
    /// The bound as an operand.
    type Node: Node;
    /// The operand and what NumPy does with it (`lower`: it is the minimum).
    fn bound(self, lower: bool) -> (Self::Node, BoundUse);
}

impl<T, X: IntoNode> ClipBound<T> for Operand<X> {
    type Node = X::Node;
    #[inline(always)]
    fn bound(self, _: bool) -> (X::Node, BoundUse) {
        (self.0.into_node(), BoundUse::Kept)
    }
}

/// Integer arrays: a bound at or past the dtype's limit on its own side is dropped, and the
/// value kept in its place is that limit, which changes no element, so the loop stays the
/// same; a bound past the limit on the other side is NumPy's `OverflowError`.
macro_rules! int_arrays {
    ($($t:ty => $limits:ty),*) => {$(
        impl<R: Range> ClipBound<$t> for IntBound<R>
        where
            WeakInt<Wrapped<R>>: crate::dtype::DType,
        {
            type Node = Constant<WeakInt<Wrapped<R>>>;
            #[inline(always)]
            fn bound(self, lower: bool) -> (Self::Node, BoundUse) {
                let (min, max) = (i128::from(<$limits>::MIN), i128::from(<$limits>::MAX));
                let v = self.value;
                let used = if (lower && v <= min) || (!lower && v >= max) {
                    BoundUse::Dropped
                } else if v < min || v > max {
                    BoundUse::OutOfBounds(v, <$t as crate::fmt::FormatElement>::DTYPE)
                } else {
                    BoundUse::Kept
                };
                (Constant(WeakInt::new(v.clamp(min, max))), used)
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
            WeakInt<R>: crate::dtype::DType,
        {
            type Node = Constant<WeakInt<R>>;
            #[inline(always)]
            fn bound(self, _: bool) -> (Self::Node, BoundUse) {
                (Constant(WeakInt::new(self.value)), BoundUse::Kept)
            }
        }
    )*};
}
other_arrays!(bool, f32, f64, WeakFloat);
impl<R: Range, S> ClipBound<WeakInt<S>> for IntBound<R>
where
    WeakInt<R>: crate::dtype::DType,
{
    type Node = Constant<WeakInt<R>>;
    #[inline(always)]
    fn bound(self, _: bool) -> (Self::Node, BoundUse) {
        (Constant(WeakInt::new(self.value)), BoundUse::Kept)
    }
}
