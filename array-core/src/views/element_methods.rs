//! `a.flat[...]` and the unbuffered `ufunc.at` updates as Rust methods of arrays and views, for
//! code outside `np!`: the same functions `np!(a.flat[i])` and `np!(np.add.at(a, idx, v))`
//! call, so the same values and errors.

use ndarray::{Dimension, Ix1};

use super::{at, flat_get, flat_set, flat_take, FlatIndex};
use crate::array::{Array, ArrayView, ArrayViewMut};
use crate::dtype::Scalar;
use crate::error::IndexError;
use crate::index::value::CloneValue;
use crate::index::SourceMut;
use crate::ops;

macro_rules! flat_read_methods {
    ($([$($lt:lifetime)?] $ty:ty, $make:literal;)*) => {$(
        impl<$($lt,)? T: Clone, D: Dimension> $ty {
            /// NumPy's `a.flat[i]` (also `a.item(i)`): the element at flat index `i` in C
            /// order, copied; a negative `i` counts from the end.
            ///
            /// # Errors
            /// NumPy's `IndexError: index 6 is out of bounds for size 6`.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.transpose().flat_get(1), Ok(3));
            /// assert_eq!(m.flat_get(-1), Ok(5));
            /// assert!(m.flat_get(6).is_err());
            /// ```
            pub fn flat_get(&self, index: isize) -> Result<T, IndexError> {
                flat_get(self, index)
            }

            /// NumPy's `a.flat[[i, j, ...]]`: the elements at those flat indices (C order), in
            /// a new 1-d array.
            ///
            /// # Errors
            /// NumPy's `IndexError` for an index out of range.
            ///
            /// ```
            #[doc = $make]
            /// assert_eq!(m.flat_take(&[0, -1, 4]).unwrap().to_string(), "[0 5 4]");
            /// ```
            pub fn flat_take(&self, indices: &[isize]) -> Result<Array<T, Ix1>, IndexError> {
                flat_take(self, FlatIndex::List(indices.to_vec()))
            }
        }
    )*};
}

flat_read_methods! {
    [] Array<T, D>, "let m = npview::arange(6).into_reshape((2, 3));";
    ['a] ArrayView<'a, T, D>, "let owner = npview::arange(6).into_reshape((2, 3));\nlet m = owner.view();";
    ['a] ArrayViewMut<'a, T, D>, "let mut owner = npview::arange(6).into_reshape((2, 3));\nlet m = owner.view_mut();";
}

/// The element types of the `ufunc.at` methods ([`Array::add_at`] and the others): NumPy's
/// integer and floating-point dtypes. Sealed.
///
/// ```
/// fn bump<T: npview::AtElement + From<u8>>(a: &mut npview::Array1<T>, at: &[isize]) {
///     a.add_at(at, T::from(1)).unwrap();
/// }
/// let mut counts = npview::Array1::<f64>::zeros(3);
/// bump(&mut counts, &[2, 0, 2]);
/// assert_eq!(counts.to_string(), "[1. 0. 2.]");
/// ```
pub trait AtElement: Scalar + crate::__private::Sealed {
    /// `np.<op>.at(target, indices, value)` along the first axis.
    #[doc(hidden)]
    fn __at<'a, S: SourceMut<'a, Elem = Self>>(
        target: S,
        indices: &[isize],
        value: Self,
        op: AtOp,
    ) -> Result<(), IndexError>;
}

/// Which `ufunc.at`.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum AtOp {
    Add,
    Subtract,
    Multiply,
    Maximum,
    Minimum,
}

macro_rules! at_elements {
    ($($t:ty),*) => {$(
        impl AtElement for $t {
            fn __at<'a, S: SourceMut<'a, Elem = Self>>(
                target: S,
                indices: &[isize],
                value: Self,
                op: AtOp,
            ) -> Result<(), IndexError> {
                let (idx, value) = ((indices, ()), Array { inner: ndarray::arr0(value) });
                match op {
                    AtOp::Add => at(target, idx, value, ops::Add),
                    AtOp::Subtract => at(target, idx, value, ops::Sub),
                    AtOp::Multiply => at(target, idx, value, ops::Mul),
                    AtOp::Maximum => at(target, idx, value, ops::Maximum),
                    AtOp::Minimum => at(target, idx, value, ops::Minimum),
                }
            }
        }
    )*};
}
at_elements!(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64);

macro_rules! write_methods {
    ($([$($lt:lifetime)?] $ty:ty, $make:literal;)*) => {$(
        impl<$($lt,)? T: Scalar, D: Dimension> $ty {
            /// NumPy's `a.flat[i] = value`: the element at flat index `i` (C order; negative
            /// from the end).
            ///
            /// # Errors
            /// NumPy's `IndexError` for an index out of range; nothing is written then.
            ///
            /// ```
            #[doc = $make]
            /// m.flat_set(-1, 50).unwrap();
            /// assert_eq!(m.to_string(), "[[ 0  1  2]\n [ 3  4 50]]");
            /// ```
            pub fn flat_set(&mut self, index: isize, value: T) -> Result<(), IndexError> {
                flat_set(self, FlatIndex::Int(index), CloneValue(value))
            }
        }

        impl<$($lt,)? T: AtElement, D: Dimension> $ty {
            /// NumPy's `np.add.at(a, indices, value)` along the first axis: unbuffered, so an
            /// index that repeats adds once per occurrence (`np!(a[idx] += v)` is buffered:
            /// once in all).
            ///
            /// # Errors
            /// NumPy's `IndexError` for an index out of range; nothing is written then.
            ///
            /// ```
            #[doc = $make]
            /// m.add_at(&[1, 1, 0], 10).unwrap();
            /// assert_eq!(m.to_string(), "[[10 11 12]\n [23 24 25]]");
            /// ```
            pub fn add_at(&mut self, indices: &[isize], value: T) -> Result<(), IndexError> {
                T::__at(self, indices, value, AtOp::Add)
            }

            /// NumPy's `np.subtract.at(a, indices, value)`: as [`add_at`](Self::add_at), with
            /// `-`.
            ///
            /// # Errors
            /// As [`add_at`](Self::add_at).
            ///
            /// ```
            #[doc = $make]
            /// m.subtract_at(&[0, 0], 1).unwrap();
            /// assert_eq!(m.to_string(), "[[-2 -1  0]\n [ 3  4  5]]");
            /// ```
            pub fn subtract_at(&mut self, indices: &[isize], value: T) -> Result<(), IndexError> {
                T::__at(self, indices, value, AtOp::Subtract)
            }

            /// NumPy's `np.multiply.at(a, indices, value)`: as [`add_at`](Self::add_at), with
            /// `*`.
            ///
            /// # Errors
            /// As [`add_at`](Self::add_at).
            ///
            /// ```
            #[doc = $make]
            /// m.multiply_at(&[1, -1], 2).unwrap();
            /// assert_eq!(m.to_string(), "[[ 0  1  2]\n [12 16 20]]");
            /// ```
            pub fn multiply_at(&mut self, indices: &[isize], value: T) -> Result<(), IndexError> {
                T::__at(self, indices, value, AtOp::Multiply)
            }

            /// NumPy's `np.maximum.at(a, indices, value)`: each selected element becomes the
            /// larger of itself and `value`.
            ///
            /// # Errors
            /// As [`add_at`](Self::add_at).
            ///
            /// ```
            #[doc = $make]
            /// m.maximum_at(&[0], 2).unwrap();
            /// assert_eq!(m.to_string(), "[[2 2 2]\n [3 4 5]]");
            /// ```
            pub fn maximum_at(&mut self, indices: &[isize], value: T) -> Result<(), IndexError> {
                T::__at(self, indices, value, AtOp::Maximum)
            }

            /// NumPy's `np.minimum.at(a, indices, value)`: each selected element becomes the
            /// smaller of itself and `value`.
            ///
            /// # Errors
            /// As [`add_at`](Self::add_at).
            ///
            /// ```
            #[doc = $make]
            /// m.minimum_at(&[1], 4).unwrap();
            /// assert_eq!(m.to_string(), "[[0 1 2]\n [3 4 4]]");
            /// ```
            pub fn minimum_at(&mut self, indices: &[isize], value: T) -> Result<(), IndexError> {
                T::__at(self, indices, value, AtOp::Minimum)
            }
        }
    )*};
}

write_methods! {
    [] Array<T, D>, "let mut m = npview::arange(6).into_reshape((2, 3));";
    ['a] ArrayViewMut<'a, T, D>, "let mut owner = npview::arange(6).into_reshape((2, 3));\nlet mut m = owner.view_mut();";
}
