//! The type each pair of dtypes is compared in: NumPy's promotion, except where promotion would
//! round. NumPy 2 compares integers exactly, whatever their signedness (`uint64` with `int64`,
//! whose promotion is `float64`), and compares with a Python integer out of a dtype's range
//! without error (`uint8_array > 300` is all `False`): those compare in `i128`.

use super::cast::CastFrom;
use super::weak::{self, WeakFloat, WeakInt};

/// The type `Self` and `R` are compared in.
#[doc(hidden)]
pub trait CmpAs<R> {
    /// The comparison type.
    type Out: Copy + Send + Sync + PartialOrd + CastFrom<Self> + CastFrom<R>
    where
        Self: Sized;
}

macro_rules! compare_in {
    ($($a:ty => $b:ty: $o:ty),* $(,)?) => {$(
        impl CmpAs<$b> for $a {
            type Out = $o;
        }
    )*};
}
compare_in! {
    bool => bool: bool,
    bool => i8: i8,
    bool => i16: i16,
    bool => i32: i32,
    bool => i64: i64,
    bool => isize: isize,
    bool => u8: u8,
    bool => u16: u16,
    bool => u32: u32,
    bool => u64: u64,
    bool => usize: usize,
    bool => f32: f32,
    bool => f64: f64,
    i8 => bool: i8,
    i8 => i8: i8,
    i8 => i16: i16,
    i8 => i32: i32,
    i8 => i64: i64,
    i8 => isize: isize,
    i8 => u8: i16,
    i8 => u16: i32,
    i8 => u32: i64,
    i8 => u64: i128,
    i8 => usize: i128,
    i8 => f32: f32,
    i8 => f64: f64,
    i16 => bool: i16,
    i16 => i8: i16,
    i16 => i16: i16,
    i16 => i32: i32,
    i16 => i64: i64,
    i16 => isize: isize,
    i16 => u8: i16,
    i16 => u16: i32,
    i16 => u32: i64,
    i16 => u64: i128,
    i16 => usize: i128,
    i16 => f32: f32,
    i16 => f64: f64,
    i32 => bool: i32,
    i32 => i8: i32,
    i32 => i16: i32,
    i32 => i32: i32,
    i32 => i64: i64,
    i32 => isize: isize,
    i32 => u8: i32,
    i32 => u16: i32,
    i32 => u32: i64,
    i32 => u64: i128,
    i32 => usize: i128,
    i32 => f32: f64,
    i32 => f64: f64,
    i64 => bool: i64,
    i64 => i8: i64,
    i64 => i16: i64,
    i64 => i32: i64,
    i64 => i64: i64,
    i64 => isize: i64,
    i64 => u8: i64,
    i64 => u16: i64,
    i64 => u32: i64,
    i64 => u64: i128,
    i64 => usize: i128,
    i64 => f32: f64,
    i64 => f64: f64,
    isize => bool: isize,
    isize => i8: isize,
    isize => i16: isize,
    isize => i32: isize,
    isize => i64: i64,
    isize => isize: isize,
    isize => u8: isize,
    isize => u16: isize,
    isize => u32: isize,
    isize => u64: i128,
    isize => usize: i128,
    isize => f32: f64,
    isize => f64: f64,
    u8 => bool: u8,
    u8 => i8: i16,
    u8 => i16: i16,
    u8 => i32: i32,
    u8 => i64: i64,
    u8 => isize: isize,
    u8 => u8: u8,
    u8 => u16: u16,
    u8 => u32: u32,
    u8 => u64: u64,
    u8 => usize: usize,
    u8 => f32: f32,
    u8 => f64: f64,
    u16 => bool: u16,
    u16 => i8: i32,
    u16 => i16: i32,
    u16 => i32: i32,
    u16 => i64: i64,
    u16 => isize: isize,
    u16 => u8: u16,
    u16 => u16: u16,
    u16 => u32: u32,
    u16 => u64: u64,
    u16 => usize: usize,
    u16 => f32: f32,
    u16 => f64: f64,
    u32 => bool: u32,
    u32 => i8: i64,
    u32 => i16: i64,
    u32 => i32: i64,
    u32 => i64: i64,
    u32 => isize: isize,
    u32 => u8: u32,
    u32 => u16: u32,
    u32 => u32: u32,
    u32 => u64: u64,
    u32 => usize: usize,
    u32 => f32: f64,
    u32 => f64: f64,
    u64 => bool: u64,
    u64 => i8: i128,
    u64 => i16: i128,
    u64 => i32: i128,
    u64 => i64: i128,
    u64 => isize: i128,
    u64 => u8: u64,
    u64 => u16: u64,
    u64 => u32: u64,
    u64 => u64: u64,
    u64 => usize: u64,
    u64 => f32: f64,
    u64 => f64: f64,
    usize => bool: usize,
    usize => i8: i128,
    usize => i16: i128,
    usize => i32: i128,
    usize => i64: i128,
    usize => isize: i128,
    usize => u8: usize,
    usize => u16: usize,
    usize => u32: usize,
    usize => u64: u64,
    usize => usize: usize,
    usize => f32: f64,
    usize => f64: f64,
    f32 => bool: f32,
    f32 => i8: f32,
    f32 => i16: f32,
    f32 => i32: f64,
    f32 => i64: f64,
    f32 => isize: f64,
    f32 => u8: f32,
    f32 => u16: f32,
    f32 => u32: f64,
    f32 => u64: f64,
    f32 => usize: f64,
    f32 => f32: f32,
    f32 => f64: f64,
    f64 => bool: f64,
    f64 => i8: f64,
    f64 => i16: f64,
    f64 => i32: f64,
    f64 => i64: f64,
    f64 => isize: f64,
    f64 => u8: f64,
    f64 => u16: f64,
    f64 => u32: f64,
    f64 => u64: f64,
    f64 => usize: f64,
    f64 => f32: f64,
    f64 => f64: f64
}

/// A weak integer against a scalar, both ways: in the scalar's type when the literal's range
/// fits it, else exactly in `i128`; against floats, in the float type.
macro_rules! weak_compare_in {
    ($($range:ident, $t:ty: $o:ty),* $(,)?) => {$(
        impl CmpAs<$t> for WeakInt<weak::$range> {
            type Out = $o;
        }
        impl CmpAs<WeakInt<weak::$range>> for $t {
            type Out = $o;
        }
    )*};
}
weak_compare_in! {
    I8, bool: i128,
    I8, i8: i8,
    I8, i16: i16,
    I8, i32: i32,
    I8, i64: i64,
    I8, isize: isize,
    I8, u8: u8,
    I8, u16: u16,
    I8, u32: u32,
    I8, u64: u64,
    I8, usize: usize,
    U8, bool: i128,
    U8, i8: i128,
    U8, i16: i16,
    U8, i32: i32,
    U8, i64: i64,
    U8, isize: isize,
    U8, u8: u8,
    U8, u16: u16,
    U8, u32: u32,
    U8, u64: u64,
    U8, usize: usize,
    I16, bool: i128,
    I16, i8: i128,
    I16, i16: i16,
    I16, i32: i32,
    I16, i64: i64,
    I16, isize: isize,
    I16, u8: i128,
    I16, u16: u16,
    I16, u32: u32,
    I16, u64: u64,
    I16, usize: usize,
    U16, bool: i128,
    U16, i8: i128,
    U16, i16: i128,
    U16, i32: i32,
    U16, i64: i64,
    U16, isize: isize,
    U16, u8: i128,
    U16, u16: u16,
    U16, u32: u32,
    U16, u64: u64,
    U16, usize: usize,
    I32, bool: i128,
    I32, i8: i128,
    I32, i16: i128,
    I32, i32: i32,
    I32, i64: i64,
    I32, isize: isize,
    I32, u8: i128,
    I32, u16: i128,
    I32, u32: u32,
    I32, u64: u64,
    I32, usize: usize,
    U32, bool: i128,
    U32, i8: i128,
    U32, i16: i128,
    U32, i32: i128,
    U32, i64: i64,
    U32, isize: isize,
    U32, u8: i128,
    U32, u16: i128,
    U32, u32: u32,
    U32, u64: u64,
    U32, usize: usize,
    I64, bool: i128,
    I64, i8: i128,
    I64, i16: i128,
    I64, i32: i128,
    I64, i64: i64,
    I64, isize: isize,
    I64, u8: i128,
    I64, u16: i128,
    I64, u32: i128,
    I64, u64: u64,
    I64, usize: usize,
    U64, bool: i128,
    U64, i8: i128,
    U64, i16: i128,
    U64, i32: i128,
    U64, i64: i128,
    U64, isize: i128,
    U64, u8: i128,
    U64, u16: i128,
    U64, u32: i128,
    U64, u64: u64,
    U64, usize: usize,
    NegI8, bool: i128,
    NegI8, i8: i8,
    NegI8, i16: i16,
    NegI8, i32: i32,
    NegI8, i64: i64,
    NegI8, isize: isize,
    NegI8, u8: i128,
    NegI8, u16: i128,
    NegI8, u32: i128,
    NegI8, u64: i128,
    NegI8, usize: i128,
    NegI16, bool: i128,
    NegI16, i8: i128,
    NegI16, i16: i16,
    NegI16, i32: i32,
    NegI16, i64: i64,
    NegI16, isize: isize,
    NegI16, u8: i128,
    NegI16, u16: i128,
    NegI16, u32: i128,
    NegI16, u64: i128,
    NegI16, usize: i128,
    NegI32, bool: i128,
    NegI32, i8: i128,
    NegI32, i16: i128,
    NegI32, i32: i32,
    NegI32, i64: i64,
    NegI32, isize: isize,
    NegI32, u8: i128,
    NegI32, u16: i128,
    NegI32, u32: i128,
    NegI32, u64: i128,
    NegI32, usize: i128,
    NegI64, bool: i128,
    NegI64, i8: i128,
    NegI64, i16: i128,
    NegI64, i32: i128,
    NegI64, i64: i64,
    NegI64, isize: isize,
    NegI64, u8: i128,
    NegI64, u16: i128,
    NegI64, u32: i128,
    NegI64, u64: i128,
    NegI64, usize: i128
}

macro_rules! weak_with_floats {
    ($($t:ty),*) => {$(
        impl<R> CmpAs<$t> for WeakInt<R> {
            type Out = $t;
        }
        impl<R> CmpAs<WeakInt<R>> for $t {
            type Out = $t;
        }
    )*};
}
weak_with_floats!(f32, f64);

macro_rules! weak_float_with {
    ($($t:ty => $o:ty),*) => {$(
        impl CmpAs<$t> for WeakFloat {
            type Out = $o;
        }
        impl CmpAs<WeakFloat> for $t {
            type Out = $o;
        }
    )*};
}
weak_float_with!(
    bool => f64, i8 => f64, i16 => f64, i32 => f64, i64 => f64, isize => f64, u8 => f64,
    u16 => f64, u32 => f64, u64 => f64, usize => f64, f32 => f32, f64 => f64
);

impl<R, S> CmpAs<WeakInt<S>> for WeakInt<R> {
    type Out = i128;
}
impl<R> CmpAs<WeakFloat> for WeakInt<R> {
    type Out = f64;
}
impl<R> CmpAs<WeakInt<R>> for WeakFloat {
    type Out = f64;
}
impl CmpAs<WeakFloat> for WeakFloat {
    type Out = f64;
}

/// Exact integer comparisons go through `i128`.
macro_rules! to_i128 {
    ($($t:ty),*) => {$(
        impl CastFrom<$t> for i128 {
            #[inline(always)]
            fn cast_from(x: $t) -> i128 {
                x as i128
            }
        }
    )*};
}
to_i128!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl CastFrom<bool> for i128 {
    #[inline(always)]
    fn cast_from(x: bool) -> i128 {
        i128::from(x)
    }
}

impl<R> CastFrom<WeakInt<R>> for i128 {
    #[inline(always)]
    fn cast_from(x: WeakInt<R>) -> i128 {
        x.value()
    }
}
