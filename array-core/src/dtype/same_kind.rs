//! NumPy's `same_kind` casting rule, which decides what a write may convert: `bool` into
//! anything, signed integers into signed integers and floats, unsigned integers into any
//! integer and floats, floats into floats. A weak literal goes where its value fits. NumPy's
//! `a[...] = v` itself casts unsafely (a float into an integer array truncates); npview
//! refuses that at compile time and names the explicit conversion, `.astype(...)`.

use super::cast::CastFrom;
use super::weak::{Fits, WeakFloat, WeakInt};

/// A value of `Self` may be written into an array of `T`.
#[diagnostic::on_unimplemented(
    message = "NumPy's same_kind rule does not write `{Self}` into an array of `{T}`",
    label = "this value would be converted unsafely",
    note = "convert it explicitly, as in `v.astype(np.int64)` (NumPy would truncate a float or wrap a negative value silently here; npview refuses at compile time)"
)]
pub trait SameKind<T>: Sized {
    /// The value converted to `T` (NumPy's cast, which the rule allows here).
    fn cast_into(self) -> T;
}

macro_rules! same_kind {
    ($($from:ty => $($to:ty),*;)*) => {$($(
        #[diagnostic::do_not_recommend]
        impl SameKind<$to> for $from {
            #[inline(always)]
            fn cast_into(self) -> $to {
                <$to>::cast_from(self)
            }
        }
    )*)*};
}
same_kind! {
    bool => bool, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, isize, usize;
    i8 => i8, i16, i32, i64, f32, f64, isize;
    i16 => i8, i16, i32, i64, f32, f64, isize;
    i32 => i8, i16, i32, i64, f32, f64, isize;
    i64 => i8, i16, i32, i64, f32, f64, isize;
    u8 => i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, isize, usize;
    u16 => i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, isize, usize;
    u32 => i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, isize, usize;
    u64 => i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, isize, usize;
    f32 => f32, f64;
    f64 => f32, f64;
    isize => i8, i16, i32, i64, f32, f64, isize;
    usize => i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, isize, usize;
}

macro_rules! weak_same_kind {
    ($($t:ty),*) => {$(
        impl<R: Fits<$t>> SameKind<$t> for WeakInt<R> {
            #[inline(always)]
            fn cast_into(self) -> $t {
                <$t>::cast_from(self)
            }
        }
    )*};
}
weak_same_kind!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

#[diagnostic::do_not_recommend]
impl SameKind<f32> for WeakFloat {
    #[inline(always)]
    fn cast_into(self) -> f32 {
        f32::cast_from(self)
    }
}
#[diagnostic::do_not_recommend]
impl SameKind<f64> for WeakFloat {
    #[inline(always)]
    fn cast_into(self) -> f64 {
        self.0
    }
}
