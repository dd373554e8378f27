//! NumPy's type promotion: the dtype of `x OP y` for operand dtypes `L` and `R`, a table read
//! from NumPy 2's `np.result_type` (for `isize`/`usize`, NumPy's `intp`/`uintp`, that of
//! `int64`/`uint64`, keeping the Rust name when both operands allow it), and NEP 50's rules
//! for weak literals: a weak integer takes an integer or float dtype it fits (with `bool` it
//! gives int64), a weak float takes a float dtype (with `bool` and integers it gives float64),
//! and two weak literals give int64 or float64.

use super::weak::{Fits, WeakFloat, WeakInt};
use super::Scalar;

/// The dtype of an operation on an `L` (`Self`) and an `R`.
#[diagnostic::on_unimplemented(
    message = "NumPy has no common dtype for `{Self}` and `{R}`",
    note = "both operands must be npview's element types (bool, integers, floats)"
)]
pub trait Promote<R> {
    /// The result dtype.
    type Out: Scalar;
}

macro_rules! promote_table {
    ($($a:ty: [$($b:ty => $o:ty),*],)*) => {$($(
        #[diagnostic::do_not_recommend]
        impl Promote<$b> for $a {
            type Out = $o;
        }
    )*)*};
}
promote_table! {
    bool: [bool => bool, i8 => i8, i16 => i16, i32 => i32, i64 => i64, u8 => u8, u16 => u16, u32 => u32, u64 => u64, f32 => f32, f64 => f64, isize => isize, usize => usize],
    i8: [bool => i8, i8 => i8, i16 => i16, i32 => i32, i64 => i64, u8 => i16, u16 => i32, u32 => i64, u64 => f64, f32 => f32, f64 => f64, isize => isize, usize => f64],
    i16: [bool => i16, i8 => i16, i16 => i16, i32 => i32, i64 => i64, u8 => i16, u16 => i32, u32 => i64, u64 => f64, f32 => f32, f64 => f64, isize => isize, usize => f64],
    i32: [bool => i32, i8 => i32, i16 => i32, i32 => i32, i64 => i64, u8 => i32, u16 => i32, u32 => i64, u64 => f64, f32 => f64, f64 => f64, isize => isize, usize => f64],
    i64: [bool => i64, i8 => i64, i16 => i64, i32 => i64, i64 => i64, u8 => i64, u16 => i64, u32 => i64, u64 => f64, f32 => f64, f64 => f64, isize => i64, usize => f64],
    u8: [bool => u8, i8 => i16, i16 => i16, i32 => i32, i64 => i64, u8 => u8, u16 => u16, u32 => u32, u64 => u64, f32 => f32, f64 => f64, isize => isize, usize => usize],
    u16: [bool => u16, i8 => i32, i16 => i32, i32 => i32, i64 => i64, u8 => u16, u16 => u16, u32 => u32, u64 => u64, f32 => f32, f64 => f64, isize => isize, usize => usize],
    u32: [bool => u32, i8 => i64, i16 => i64, i32 => i64, i64 => i64, u8 => u32, u16 => u32, u32 => u32, u64 => u64, f32 => f64, f64 => f64, isize => isize, usize => usize],
    u64: [bool => u64, i8 => f64, i16 => f64, i32 => f64, i64 => f64, u8 => u64, u16 => u64, u32 => u64, u64 => u64, f32 => f64, f64 => f64, isize => f64, usize => u64],
    f32: [bool => f32, i8 => f32, i16 => f32, i32 => f64, i64 => f64, u8 => f32, u16 => f32, u32 => f64, u64 => f64, f32 => f32, f64 => f64, isize => f64, usize => f64],
    f64: [bool => f64, i8 => f64, i16 => f64, i32 => f64, i64 => f64, u8 => f64, u16 => f64, u32 => f64, u64 => f64, f32 => f64, f64 => f64, isize => f64, usize => f64],
    isize: [bool => isize, i8 => isize, i16 => isize, i32 => isize, i64 => i64, u8 => isize, u16 => isize, u32 => isize, u64 => f64, f32 => f64, f64 => f64, isize => isize, usize => f64],
    usize: [bool => usize, i8 => f64, i16 => f64, i32 => f64, i64 => f64, u8 => usize, u16 => usize, u32 => usize, u64 => u64, f32 => f64, f64 => f64, isize => f64, usize => usize],
}

macro_rules! weak_with {
    ($($t:ty => $int:ty, $float:ty;)*) => {$(
        // No `do_not_recommend`: for a literal out of the dtype's range, the error is `Fits`'s
        // (NumPy's OverflowError), not "no common dtype".
        impl<R: Fits<$int>> Promote<WeakInt<R>> for $t {
            type Out = $int;
        }
        impl<R: Fits<$int>> Promote<$t> for WeakInt<R> {
            type Out = $int;
        }
        #[diagnostic::do_not_recommend]
        impl Promote<WeakFloat> for $t {
            type Out = $float;
        }
        #[diagnostic::do_not_recommend]
        impl Promote<$t> for WeakFloat {
            type Out = $float;
        }
    )*};
}
weak_with! {
    bool => i64, f64;
    i8 => i8, f64; i16 => i16, f64; i32 => i32, f64; i64 => i64, f64; isize => isize, f64;
    u8 => u8, f64; u16 => u16, f64; u32 => u32, f64; u64 => u64, f64; usize => usize, f64;
    f32 => f32, f32; f64 => f64, f64;
}

impl<R: Fits<i64>, S: Fits<i64>> Promote<WeakInt<S>> for WeakInt<R> {
    type Out = i64;
}
impl<R> Promote<WeakFloat> for WeakInt<R> {
    type Out = f64;
}
impl<R> Promote<WeakInt<R>> for WeakFloat {
    type Out = f64;
}
impl Promote<WeakFloat> for WeakFloat {
    type Out = f64;
}
