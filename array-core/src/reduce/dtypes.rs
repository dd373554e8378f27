//! The result dtypes of NumPy's reductions, as traits on the element type: sums and products
//! widen small integers to `int64` (`uint64` for unsigned), means and other statistics of
//! integers are `float64`, and an explicit `dtype=` replaces the default.

use core::marker::PhantomData;

use crate::dtype::{CastFrom, Scalar};

use super::order::Acc;

/// The dtype of `np.sum` / `np.prod` / `np.cumsum` of an array of `Self`.
pub trait SumDtype: Scalar {
    /// `int64` for booleans and signed integers, `uint64` for unsigned, the float itself.
    type Out: Scalar + Acc + CastFrom<Self> + Mul;
}

/// The dtype of `np.mean`, `np.var`, `np.median` ... of an array of `Self`.
pub trait MeanDtype: Scalar {
    /// `float64` for booleans and integers, the float itself.
    type Out: Float + CastFrom<Self>;
}

macro_rules! dtypes {
    ($($t:ty => $sum:ty, $mean:ty;)*) => {$(
        impl SumDtype for $t {
            type Out = $sum;
        }
        impl MeanDtype for $t {
            type Out = $mean;
        }
    )*};
}
dtypes! {
    bool => i64, f64;
    i8 => i64, f64;
    i16 => i64, f64;
    i32 => i64, f64;
    i64 => i64, f64;
    isize => i64, f64;
    u8 => u64, f64;
    u16 => u64, f64;
    u32 => u64, f64;
    u64 => u64, f64;
    usize => u64, f64;
    f32 => f32, f32;
    f64 => f64, f64;
}

/// NumPy's `*` for products (integers wrap, booleans and).
pub trait Mul: Copy {
    /// `1` (`True` for booleans).
    const ONE: Self;
    /// `self * other`.
    fn mul(self, other: Self) -> Self;
}
macro_rules! mul_wrapping {
    ($($t:ty),*) => {$(
        impl Mul for $t {
            const ONE: $t = 1;
            #[inline(always)]
            fn mul(self, other: $t) -> $t {
                self.wrapping_mul(other)
            }
        }
    )*};
}
mul_wrapping!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);
impl Mul for f32 {
    const ONE: f32 = 1.0;
    fn mul(self, other: f32) -> f32 {
        self * other
    }
}
impl Mul for f64 {
    const ONE: f64 = 1.0;
    fn mul(self, other: f64) -> f64 {
        self * other
    }
}
impl Mul for bool {
    const ONE: bool = true;
    fn mul(self, other: bool) -> bool {
        self & other
    }
}

/// The float dtypes statistics are computed in.
pub trait Float: Scalar + Acc + Mul + CastFrom<f64> + CastFrom<usize> {
    /// NaN.
    const NAN: Self;
    /// `self / other`.
    fn div(self, other: Self) -> Self;
    /// `self - other`.
    fn sub(self, other: Self) -> Self;
    /// The square root.
    fn sqrt(self) -> Self;
    /// Whether the value is NaN.
    fn is_nan(self) -> bool;
}
macro_rules! floats {
    ($($t:ty),*) => {$(
        impl Float for $t {
            const NAN: $t = <$t>::NAN;
            fn div(self, other: $t) -> $t {
                self / other
            }
            fn sub(self, other: $t) -> $t {
                self - other
            }
            fn sqrt(self) -> $t {
                <$t>::sqrt(self)
            }
            fn is_nan(self) -> bool {
                <$t>::is_nan(self)
            }
        }
    )*};
}
floats!(f32, f64);

/// `dtype=` not given: the reduction's default.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoDtype;

/// `dtype=np.float64` (or any dtype): the reduction computes in and returns `T`.
#[derive(Debug, Default)]
pub struct As<T>(pub PhantomData<T>);

impl<T> Clone for As<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for As<T> {}

/// The dtype a `dtype=` argument asks for, or `Default` without one.
pub trait DtypeArg<Default>: Copy {
    /// The dtype.
    type Out;
}
impl<D> DtypeArg<D> for NoDtype {
    type Out = D;
}
impl<D, T> DtypeArg<D> for As<T> {
    type Out = T;
}
