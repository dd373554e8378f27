//! NumPy's conversion of a value to another dtype, as `astype` and the casting writes do it:
//! integers wrap to narrower integers, floats truncate toward zero into integers (NumPy leaves
//! NaN, infinities and out-of-range floats undefined; Rust's conversion saturates them, and
//! npview keeps Rust's), anything nonzero is `True` as a bool.

use ndarray::{ArrayD, ArrayViewD};

use super::DType;

/// `Self` made from a `T` by NumPy's cast.
#[doc(hidden)]
pub trait CastFrom<T>: Sized {
    /// The cast.
    fn cast_from(x: T) -> Self;
}

/// The numeric casts: `as` between every pair of number types.
macro_rules! numeric_casts {
    (@to $from:ty => $($to:ty),*) => {$(
        impl CastFrom<$from> for $to {
            #[inline(always)]
            #[allow(clippy::cast_lossless, clippy::unnecessary_cast)]
            fn cast_from(x: $from) -> $to {
                x as $to
            }
        }
    )*};
    ($($from:ty),*) => {$(
        numeric_casts!(@to $from => i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);
        impl CastFrom<$from> for bool {
            #[inline(always)]
            #[allow(clippy::float_cmp)]
            fn cast_from(x: $from) -> bool {
                // NaN is nonzero, so `True`, as in NumPy.
                x != 0 as $from
            }
        }
        impl CastFrom<bool> for $from {
            #[inline(always)]
            fn cast_from(x: bool) -> $from {
                u8::from(x) as $from
            }
        }
    )*};
}
numeric_casts!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// Floats into every number type. Into integers, through `i64` as C's conversion does on the
/// machines NumPy runs on (`-1.5` into `uint8` is 255, not Rust's saturated 0); NumPy leaves
/// values past the target's range undefined.
macro_rules! float_casts {
    ($($from:ty),*) => {$(
        numeric_casts!(@to $from => i64, isize, f32, f64);
        float_casts!(@via_i64 $from => i8, i16, i32, u8, u16, u32);
        float_casts!(@unsigned_64 $from => u64, usize);
        impl CastFrom<$from> for bool {
            #[inline(always)]
            fn cast_from(x: $from) -> bool {
                // NaN is nonzero, so `True`, as in NumPy.
                x != 0.0
            }
        }
        impl CastFrom<bool> for $from {
            #[inline(always)]
            fn cast_from(x: bool) -> $from {
                u8::from(x) as $from
            }
        }
    )*};
    (@via_i64 $from:ty => $($to:ty),*) => {$(
        impl CastFrom<$from> for $to {
            #[inline(always)]
            #[allow(clippy::cast_possible_truncation)]
            fn cast_from(x: $from) -> $to {
                x as i64 as $to
            }
        }
    )*};
    (@unsigned_64 $from:ty => $($to:ty),*) => {$(
        impl CastFrom<$from> for $to {
            #[inline(always)]
            fn cast_from(x: $from) -> $to {
                if x < 0.0 { x as i64 as $to } else { x as $to }
            }
        }
    )*};
}
float_casts!(f32, f64);

impl CastFrom<bool> for bool {
    #[inline(always)]
    fn cast_from(x: bool) -> bool {
        x
    }
}

/// Appends `values`, cast to `T`, to `out`: a plain copy (`memcpy`) when `T` is `S` itself
/// (weak literals, whose dtype only becomes `T`, take the cast).
pub(crate) fn extend_cast<S: DType, T: CastFrom<S::Strong> + Copy + 'static>(
    values: &[S],
    out: &mut Vec<T>,
) {
    extend_with(values, out, |v| T::cast_from(v.strong()));
}

/// `values` cast to `T`, as a new array: C-ordered values go in one pass over their memory
/// into a buffer advised for huge pages (see [`extend_cast`]); other layouts through ndarray's
/// `mapv`, which keeps their memory order.
pub(crate) fn cast_copy<S: DType, T: CastFrom<S::Strong> + Copy + 'static>(
    values: &ArrayViewD<'_, S>,
) -> ArrayD<T> {
    copy_with(values, |v| T::cast_from(v.strong()))
}

/// `values` in their own dtype (see [`DType::strong`]), as a new array, copied as
/// [`cast_copy`] copies.
pub(crate) fn strong_copy<S: DType>(values: &ArrayViewD<'_, S>) -> ArrayD<S::Strong> {
    copy_with(values, DType::strong)
}

/// `values` converted by `convert` into `out`, which must be the identity when `T` is `S`: that
/// case is one `memcpy`.
fn extend_with<S: 'static, T: Copy + 'static>(
    values: &[S],
    out: &mut Vec<T>,
    convert: impl Fn(&S) -> T,
) {
    match crate::raw::same_type::<S, T>(values) {
        Some(same) => out.extend_from_slice(same),
        None => out.extend(values.iter().map(convert)),
    }
}

/// The copy behind [`cast_copy`] and [`strong_copy`]; `convert` as for [`extend_with`].
fn copy_with<S: Copy + 'static, T: Copy + 'static>(
    values: &ArrayViewD<'_, S>,
    convert: impl Fn(S) -> T,
) -> ArrayD<T> {
    match values.as_slice() {
        Some(slice) => {
            let mut out = crate::raw::output_vec(slice.len());
            extend_with(slice, &mut out, |&v| convert(v));
            ArrayD::from_shape_vec(values.raw_dim(), out).expect("one value per element")
        }
        None => values.mapv(convert),
    }
}
