//! NumPy's element types (dtypes) at the type level: which Rust types they are, how values
//! convert between them, and which type an operation on two of them gives (NumPy's promotion,
//! with NEP 50's "weak" Python literals), all decided at compile time.
//!
//! - [`Scalar`]: `bool`, `i8`..`i64`, `u8`..`u64`, `f32`, `f64` (and `isize`/`usize`, NumPy's
//!   `intp`/`uintp`, so Rust's index types work in expressions).
//! - `cast`: NumPy's conversion of a value of one dtype to another (`astype`).
//! - `promote`: the result dtype of a binary operation.
//! - `weak`: unsuffixed literals inside `np!`, which take the other operand's dtype when they
//!   fit it, as Python's `int` and `float` do in NumPy 2.

pub(crate) mod cast;
pub(crate) mod compare;
pub(crate) mod promote;
pub(crate) mod same_kind;
pub(crate) mod weak;

use crate::__private::Sealed;
use crate::fmt::FormatElement;

pub use self::cast::CastFrom;
pub use self::compare::CmpAs;
pub use self::promote::Promote;
pub use self::same_kind::SameKind;
pub use self::weak::{ConvertsTo, Fits, WeakFloat, WeakInt};

/// The element types NumPy has scalars for: `bool`, the integers and the floats. Sealed: the
/// set is NumPy's dtypes.
///
/// ```
/// fn takes_scalars<T: npview::Scalar>(_: T) {}
/// takes_scalars(1.5f32);
/// ```
pub trait Scalar:
    Sealed
    + DType<Strong = Self>
    + Copy
    + PartialEq
    + PartialOrd
    + Default
    + Send
    + Sync
    + FormatElement
    + core::fmt::Debug
    + 'static
{
    /// NumPy's kind of the type.
    #[doc(hidden)]
    const KIND: Kind;
    /// The value as `f64` (exact for every type but the 64-bit integers).
    #[doc(hidden)]
    fn to_f64(self) -> f64;
    /// The value as an `i128`, exactly, for `bool` and the integers; `None` for floats.
    #[doc(hidden)]
    fn to_i128(self) -> Option<i128>;
    /// Whether a Python `int` of value `v` converts to this type without NumPy's
    /// `OverflowError` (every float does; an integer type where `v` is in its range).
    #[doc(hidden)]
    fn holds_python_int(v: i128) -> bool;
    /// A Python `int` as this type, as NumPy casts one (wrapping: check
    /// [`holds_python_int`](Scalar::holds_python_int) first where NumPy does).
    #[doc(hidden)]
    fn from_python_int(v: i128) -> Self;
    /// The lowest value (negative infinity for floats): a minimum there changes nothing.
    #[doc(hidden)]
    const LOWEST: Self;
    /// The highest value (infinity for floats): a maximum there changes nothing.
    #[doc(hidden)]
    const HIGHEST: Self;
    /// A key whose unsigned order is NumPy's sort order: NaN last, `-0.0` equal to `0.0`.
    #[doc(hidden)]
    #[inline(always)]
    fn sort_key(self) -> u64 {
        match (Self::KIND, self.to_i128()) {
            (Kind::Uint, Some(i)) => i as u64,
            // Signed: flipping the sign bit orders two's complement as unsigned.
            (_, Some(i)) => (i as i64 as u64) ^ (1 << 63),
            (_, None) => {
                let x = self.to_f64();
                if x.is_nan() {
                    return u64::MAX;
                }
                // `+ 0.0` makes `-0.0` into `0.0`; negative floats order by inverted bits.
                let bits = (x + 0.0).to_bits();
                if bits >> 63 == 1 {
                    !bits
                } else {
                    bits | (1 << 63)
                }
            }
        }
    }
}

/// NumPy's kinds of dtype, in promotion order.
#[doc(hidden)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// `bool`.
    Bool,
    /// Signed integers.
    Int,
    /// Unsigned integers.
    Uint,
    /// Floats.
    Float,
}

/// The element type of an operand of an expression: a [`Scalar`], or a weak literal waiting
/// to take its dtype from the other operand.
#[doc(hidden)]
pub trait DType: Copy + Send + Sync + 'static {
    /// The dtype the value has on its own (a weak integer is `int64`, a weak float `float64`).
    type Strong: Scalar;
    /// The value as that dtype.
    fn strong(self) -> Self::Strong;
}

macro_rules! scalars {
    ($($t:ty => $kind:ident, |$x:ident| $f64:expr, $i128:expr, |$v:ident| $holds:expr,
        $from:expr, $lowest:expr, $highest:expr;)*) => {$(
        impl Sealed for $t {}
        impl DType for $t {
            type Strong = $t;
            #[inline(always)]
            fn strong(self) -> $t {
                self
            }
        }
        impl Scalar for $t {
            const KIND: Kind = Kind::$kind;
            #[inline(always)]
            fn to_f64(self) -> f64 {
                let $x = self;
                $f64
            }
            #[inline(always)]
            fn to_i128(self) -> Option<i128> {
                let $x = self;
                $i128
            }
            #[inline(always)]
            fn holds_python_int($v: i128) -> bool {
                $holds
            }
            #[inline(always)]
            fn from_python_int($v: i128) -> $t {
                $from
            }
            const LOWEST: $t = $lowest;
            const HIGHEST: $t = $highest;
        }
    )*};
}
scalars! {
    bool => Bool, |x| f64::from(u8::from(x)), Some(i128::from(x)), |v| v == 0 || v == 1,
        v != 0, false, true;
    f32 => Float, |x| f64::from(x), { let _ = x; None }, |v| { let _ = v; true },
        v as f32, f32::NEG_INFINITY, f32::INFINITY;
    f64 => Float, |x| x, { let _ = x; None }, |v| { let _ = v; true },
        v as f64, f64::NEG_INFINITY, f64::INFINITY;
}

/// The integer types: every value is exact as an `i128` (and as an `f64` up to 2**53), a
/// Python `int` fits where `try_from` succeeds, and the limits are the type's own.
macro_rules! int_scalars {
    ($kind:ident: $($t:ident),*) => {
        scalars! {$(
            $t => $kind, |x| x as f64, Some(x as i128), |v| $t::try_from(v).is_ok(),
                v as $t, $t::MIN, $t::MAX;
        )*}
    };
}
int_scalars!(Int: i8, i16, i32, i64, isize);
int_scalars!(Uint: u8, u16, u32, u64, usize);
