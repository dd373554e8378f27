//! NumPy's one-operand element loops: what `np.sqrt(x)`, `-x`, `~x`, `np.isnan(x)` ... are
//! for one value of each dtype, with NumPy's result dtypes: the float functions give `float64`
//! for 32- and 64-bit integers, `float32` for 16-bit ones, and (npview has no `float16`)
//! `float32` for `bool`, `int8` and `uint8`, where NumPy gives `float16`; `floor`/`ceil` keep
//! integers; `square` and the arithmetic of booleans go through `int8`, as NumPy's loops do.

use crate::dtype::CastFrom;

/// A one-operand ufunc (a value, for the ones with a parameter: `np.round`'s decimals).
#[diagnostic::on_unimplemented(
    message = "NumPy's `{Self}` is not defined for `{T}`",
    note = "`-` and `np.sign` do not take bools (NumPy: use `~` or `np.logical_not`); `~` takes integers and bools"
)]
pub trait Ufunc1<T> {
    /// The result type.
    type Out;
    /// `f(x)`.
    fn call(&self, x: T) -> Self::Out;
}

macro_rules! unary_types {
    ($($(#[$doc:meta])* $name:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default)]
        pub struct $name;
    )*};
}
unary_types! {
    /// `-x` (`np.negative`): integers wrap.
    Negative;
    /// `~x` (`np.invert`): bitwise not, logical not for bools.
    Invert;
    /// `np.abs` (`np.absolute`): integers wrap (`abs(i8::MIN)` is `i8::MIN`).
    Absolute;
    /// `np.sign`.
    Sign;
    /// `np.square`.
    Square;
    /// `np.floor`.
    Floor;
    /// `np.ceil`.
    Ceil;
    /// `np.isnan`.
    IsNan;
    /// `np.isinf`.
    IsInf;
    /// `np.isfinite`.
    IsFinite;
    /// `np.logical_not`.
    LogicalNot;
    /// `np.sqrt`.
    Sqrt;
    /// `np.exp`.
    Exp;
    /// `np.log`.
    Log;
    /// `np.log2`.
    Log2;
    /// `np.log10`.
    Log10;
    /// `np.sin`.
    Sin;
    /// `np.cos`.
    Cos;
    /// `np.tan`.
    Tan;
}

/// `np.round(x, decimals)`: half to even, through `x * 10**decimals` as NumPy computes it.
#[derive(Clone, Copy, Debug)]
pub struct Round(pub i32);

/// `x.astype(U)`: NumPy's cast.
#[derive(Debug)]
pub struct AsType<U>(pub core::marker::PhantomData<U>);

impl<U> Clone for AsType<U> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<U> Copy for AsType<U> {}

impl<T, U: CastFrom<T>> Ufunc1<T> for AsType<U> {
    type Out = U;
    #[inline(always)]
    fn call(&self, x: T) -> U {
        U::cast_from(x)
    }
}

/// The functions that compute in floats, and the float type each input dtype gives.
macro_rules! float_functions {
    ($($t:ty => $f:ty),*) => {$(
        float_functions!(@each $t => $f; Sqrt sqrt, Exp exp, Log ln, Log2 log2, Log10 log10, Sin sin, Cos cos, Tan tan);
    )*};
    (@each $t:ty => $f:ty; $($op:ident $method:ident),*) => {$(
        impl Ufunc1<$t> for $op {
            type Out = $f;
            #[inline(always)]
            fn call(&self, x: $t) -> $f {
                <$f as CastFrom<$t>>::cast_from(x).$method()
            }
        }
    )*};
}
float_functions!(
    bool => f32, i8 => f32, u8 => f32, i16 => f32, u16 => f32, i32 => f64, u32 => f64,
    i64 => f64, u64 => f64, isize => f64, usize => f64, f32 => f32, f64 => f64
);

/// The tests every dtype has (integers are never NaN or infinite).
macro_rules! tests {
    ($($t:ty: |$x:ident| $nan:expr, $inf:expr;)*) => {$(
        impl Ufunc1<$t> for IsNan { type Out = bool; #[inline(always)] fn call(&self, $x: $t) -> bool { $nan } }
        impl Ufunc1<$t> for IsInf { type Out = bool; #[inline(always)] fn call(&self, $x: $t) -> bool { $inf } }
        impl Ufunc1<$t> for IsFinite { type Out = bool; #[inline(always)] fn call(&self, $x: $t) -> bool { !($nan || $inf) } }
        impl Ufunc1<$t> for LogicalNot {
            type Out = bool;
            #[inline(always)]
            fn call(&self, $x: $t) -> bool { !<bool as CastFrom<$t>>::cast_from($x) }
        }
    )*};
}
tests! {
    bool: |x| { let _ = x; false }, { let _ = x; false };
    i8: |x| { let _ = x; false }, { let _ = x; false };
    i16: |x| { let _ = x; false }, { let _ = x; false };
    i32: |x| { let _ = x; false }, { let _ = x; false };
    i64: |x| { let _ = x; false }, { let _ = x; false };
    isize: |x| { let _ = x; false }, { let _ = x; false };
    u8: |x| { let _ = x; false }, { let _ = x; false };
    u16: |x| { let _ = x; false }, { let _ = x; false };
    u32: |x| { let _ = x; false }, { let _ = x; false };
    u64: |x| { let _ = x; false }, { let _ = x; false };
    usize: |x| { let _ = x; false }, { let _ = x; false };
    f32: |x| x.is_nan(), x.is_infinite();
    f64: |x| x.is_nan(), x.is_infinite();
}

macro_rules! signed_loops {
    ($($t:ty),*) => {$(
        impl Ufunc1<$t> for Negative { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.wrapping_neg() } }
        impl Ufunc1<$t> for Invert { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { !x } }
        impl Ufunc1<$t> for Absolute { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.wrapping_abs() } }
        impl Ufunc1<$t> for Sign { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.signum() } }
        impl Ufunc1<$t> for Square { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.wrapping_mul(x) } }
        impl Ufunc1<$t> for Floor { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x } }
        impl Ufunc1<$t> for Ceil { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x } }
        impl Ufunc1<$t> for Round {
            type Out = $t;
            #[inline]
            fn call(&self, x: $t) -> $t {
                round_integer(x as f64, self.0).map_or(x, |r| r as $t)
            }
        }
    )*};
}
signed_loops!(i8, i16, i32, i64, isize);

macro_rules! unsigned_loops {
    ($($t:ty),*) => {$(
        impl Ufunc1<$t> for Negative { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.wrapping_neg() } }
        impl Ufunc1<$t> for Invert { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { !x } }
        impl Ufunc1<$t> for Absolute { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x } }
        impl Ufunc1<$t> for Sign { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { <$t>::from(x != 0) } }
        impl Ufunc1<$t> for Square { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.wrapping_mul(x) } }
        impl Ufunc1<$t> for Floor { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x } }
        impl Ufunc1<$t> for Ceil { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x } }
        impl Ufunc1<$t> for Round {
            type Out = $t;
            #[inline]
            fn call(&self, x: $t) -> $t {
                round_integer(x as f64, self.0).map_or(x, |r| r as $t)
            }
        }
    )*};
}
unsigned_loops!(u8, u16, u32, u64, usize);

macro_rules! float_loops {
    ($($t:ident),*) => {$(
        impl Ufunc1<$t> for Negative { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { -x } }
        impl Ufunc1<$t> for Absolute { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.abs() } }
        impl Ufunc1<$t> for Sign {
            type Out = $t;
            #[inline(always)]
            fn call(&self, x: $t) -> $t {
                // NaN is its own sign; both zeros give +0.0, as in NumPy.
                if x > 0.0 { 1.0 } else if x < 0.0 { -1.0 } else if x == 0.0 { 0.0 } else { x }
            }
        }
        impl Ufunc1<$t> for Square { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x * x } }
        impl Ufunc1<$t> for Floor { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.floor() } }
        impl Ufunc1<$t> for Ceil { type Out = $t; #[inline(always)] fn call(&self, x: $t) -> $t { x.ceil() } }
        impl Ufunc1<$t> for Round {
            type Out = $t;
            #[inline]
            fn call(&self, x: $t) -> $t {
                // NumPy: y = x * 10**d (x / 10**-d for negative d), rint, then back; in the
                // array's own float type.
                let d = self.0;
                if d == 0 {
                    return x.round_ties_even();
                }
                let factor = (10.0 as $t).powi(d.abs());
                if d > 0 {
                    (x * factor).round_ties_even() / factor
                } else {
                    (x / factor).round_ties_even() * factor
                }
            }
        }
    )*};
}
float_loops!(f32, f64);

/// `np.round` of an integer: unchanged for `decimals >= 0`; otherwise NumPy divides by
/// `10**-decimals` in float64, rounds half to even and multiplies back (`None`: unchanged).
fn round_integer(x: f64, decimals: i32) -> Option<f64> {
    (decimals < 0).then(|| {
        let factor = 10f64.powi(-decimals);
        (x / factor).round_ties_even() * factor
    })
}

impl Ufunc1<bool> for Round {
    /// NumPy gives `float16`, which npview does not have: `float32` holds the same values.
    type Out = f32;
    #[inline]
    fn call(&self, x: bool) -> f32 {
        self.call(f32::from(u8::from(x)))
    }
}

impl Ufunc1<bool> for Invert {
    type Out = bool;
    #[inline(always)]
    fn call(&self, x: bool) -> bool {
        !x
    }
}
impl Ufunc1<bool> for Absolute {
    type Out = bool;
    #[inline(always)]
    fn call(&self, x: bool) -> bool {
        x
    }
}
impl Ufunc1<bool> for Square {
    type Out = i8;
    #[inline(always)]
    fn call(&self, x: bool) -> i8 {
        i8::from(x)
    }
}
impl Ufunc1<bool> for Floor {
    type Out = bool;
    #[inline(always)]
    fn call(&self, x: bool) -> bool {
        x
    }
}
impl Ufunc1<bool> for Ceil {
    type Out = bool;
    #[inline(always)]
    fn call(&self, x: bool) -> bool {
        x
    }
}
