//! NEP 50's weak scalars: an unsuffixed literal inside `np!` is a Python `int` or `float`,
//! which takes the dtype of the array it meets when its value fits that dtype
//! (`int32_array + 1` is int32, `float32_array * 2.5` is float32), and is int64 or float64 on
//! its own. A literal that does not fit (`uint8_array + 300`, NumPy's `OverflowError`) is a
//! compile error here: the macro gives each integer literal the type of its range, and only
//! the ranges that fit a dtype promote with it.

use core::marker::PhantomData;

use super::cast::CastFrom;
use super::DType;

/// An unsuffixed integer literal, with the marker type of its value's range `R`.
#[derive(Clone, Copy, Debug)]
pub struct WeakInt<R> {
    value: i128,
    // A `fn` type: `R` is a marker, never stored, so the literal is `Send` and `Sync`.
    range: PhantomData<fn() -> R>,
}

impl<R> WeakInt<R> {
    /// The literal `value`; the macro picks `R` from the value, so it is always right.
    #[inline(always)]
    pub fn new(value: i128) -> Self {
        Self {
            value,
            range: PhantomData,
        }
    }

    /// The value written.
    #[inline(always)]
    pub fn value(self) -> i128 {
        self.value
    }
}

/// An unsuffixed float literal (or `np.pi`, `np.nan` ...).
#[derive(Clone, Copy, Debug)]
pub struct WeakFloat(pub f64);

/// A range of integer literals, with the dtype NumPy gives such a literal on its own:
/// `int64`, or `uint64` past `int64`'s largest value.
pub trait Range: Copy + 'static {
    /// The literal's dtype on its own.
    type Strong: super::Scalar + CastFrom<WeakInt<Self>>;
}

impl<A: Copy + 'static, B: Range> Range for (A, B)
where
    B::Strong: CastFrom<WeakInt<(A, B)>>,
{
    type Strong = B::Strong;
}

impl<R: Range> DType for WeakInt<R> {
    type Strong = R::Strong;
    #[inline(always)]
    fn strong(self) -> R::Strong {
        R::Strong::cast_from(self)
    }
}

impl DType for WeakFloat {
    type Strong = f64;
    #[inline(always)]
    fn strong(self) -> f64 {
        self.0
    }
}

/// The range of an integer literal fits the dtype `T`.
#[diagnostic::on_unimplemented(
    message = "this integer literal is out of bounds for `{T}`",
    label = "NumPy: OverflowError: Python integer out of bounds for this dtype",
    note = "write a value that fits `{T}`, or convert the array first, as in `a.astype(np.int64)`"
)]
pub trait Fits<T> {}

/// The ranges of a list literal's smallest and largest values: it fits where both do.
impl<A: Fits<T>, B: Fits<T>, T> Fits<T> for (A, B) {}

macro_rules! ranges {
    ($($(#[$doc:meta])* $name:ident => $strong:ty: $($t:ty),*;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug)]
        pub enum $name {}
        impl Range for $name {
            type Strong = $strong;
        }
        $( impl Fits<$t> for $name {} )*
        impl Fits<f32> for $name {}
        impl Fits<f64> for $name {}
    )*};
}
ranges! {
    /// `0..=127`.
    I8 => i64: i8, i16, i32, i64, isize, u8, u16, u32, u64, usize;
    /// `128..=255`.
    U8 => i64: i16, i32, i64, isize, u8, u16, u32, u64, usize;
    /// `256..=32767`.
    I16 => i64: i16, i32, i64, isize, u16, u32, u64, usize;
    /// `32768..=65535`.
    U16 => i64: i32, i64, isize, u16, u32, u64, usize;
    /// `65536..=2**31 - 1`.
    I32 => i64: i32, i64, isize, u32, u64, usize;
    /// `2**31..=2**32 - 1`.
    U32 => i64: i64, isize, u32, u64, usize;
    /// `2**32..=2**63 - 1`.
    I64 => i64: i64, isize, u64, usize;
    /// `2**63..=2**64 - 1`.
    U64 => u64: u64, usize;
    /// `-128..=-1`.
    NegI8 => i64: i8, i16, i32, i64, isize;
    /// `-32768..=-129`.
    NegI16 => i64: i16, i32, i64, isize;
    /// `-2**31..=-32769`.
    NegI32 => i64: i32, i64, isize;
    /// `-2**63..=-2**31 - 1`.
    NegI64 => i64: i64, isize;
}

/// A value that NumPy's `np.array(value, dtype=T)` converts into `T`, as `np.full`,
/// `np.full_like` and `np.insert` convert theirs: an array or scalar of any dtype (cast as
/// NumPy casts, a float truncated) and a Python float, but a Python `int` only when its value
/// fits `T` (`np.full(3, 300, dtype=np.uint8)` is NumPy's `OverflowError`; here the literal's
/// range is checked at compile time, through [`Fits`]).
pub trait ConvertsTo<T> {}

impl<T> ConvertsTo<T> for WeakFloat {}
// Any Python int converts to `bool` (nonzero is `True`).
impl<R> ConvertsTo<bool> for WeakInt<R> {}

macro_rules! weak_int_converts {
    ($($t:ty),*) => {$( impl<R: Fits<$t>> ConvertsTo<$t> for WeakInt<R> {} )*};
}
weak_int_converts!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

macro_rules! strong_converts {
    ($($t:ty),*) => {$( impl<T> ConvertsTo<T> for $t {} )*};
}
strong_converts!(bool, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

/// The range of an integer literal written as a branch of `np.where(c, x, y)`: NumPy picks
/// the result dtype as for any weak integer, but then casts the value without a range check
/// (`np.where(c, uint8_array, -1)` holds 255, and `300` becomes 44), so this range fits every
/// dtype. `R` is the literal's own range, which gives its dtype on its own.
pub struct Wrapped<R>(PhantomData<fn() -> R>);

impl<R> Clone for Wrapped<R> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<R> Copy for Wrapped<R> {}
impl<R: Range> Range for Wrapped<R>
where
    R::Strong: CastFrom<WeakInt<Wrapped<R>>>,
{
    type Strong = R::Strong;
}
impl<R, T> Fits<T> for Wrapped<R> {}

/// A weak integer as any number type (the promotion that chose the type checked it fits).
macro_rules! weak_int_casts {
    ($($t:ty),*) => {$(
        impl<R> CastFrom<WeakInt<R>> for $t {
            #[inline(always)]
            fn cast_from(x: WeakInt<R>) -> $t {
                x.value as $t
            }
        }
    )*};
}
weak_int_casts!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

impl CastFrom<WeakFloat> for f32 {
    #[inline(always)]
    fn cast_from(x: WeakFloat) -> f32 {
        x.0 as f32
    }
}
impl CastFrom<WeakFloat> for f64 {
    #[inline(always)]
    fn cast_from(x: WeakFloat) -> f64 {
        x.0
    }
}
