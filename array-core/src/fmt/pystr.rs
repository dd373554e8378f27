//! Python's `str()` of the values of NumPy code, so a script's `print` lines port unchanged:
//! arrays as NumPy prints them, floats as Python does (`182.0`, `1e-06`), booleans `True` and
//! `False`, shapes as tuples, text as written.

use core::fmt::Display;

use ndarray::Dimension;

use super::FormatElement;
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped, Shape};
use crate::dtype::Scalar;

/// A value with Python's `str()`: npview's arrays, views and shapes, NumPy's scalars, text.
///
/// ```
/// use npview::{array, pystr};
/// assert_eq!(pystr(&182.0), "182.0");
/// assert_eq!(pystr(&1e-6), "1e-06");
/// assert_eq!(pystr(&true), "True");
/// assert_eq!(pystr(&array![0.5, 1.0]), "[0.5 1. ]");
/// ```
pub trait PyStr {
    /// The text `str(self)` gives in Python.
    ///
    /// ```
    /// use npview::{array, PyStr};
    /// assert_eq!(0.1f64.py_str(), "0.1");
    /// assert_eq!(array![[1, 2], [3, 4]].py_str(), "[[1 2]\n [3 4]]");
    /// ```
    fn py_str(&self) -> String;
}

macro_rules! scalar_str {
    ($($t:ty),*) => {$(
        impl PyStr for $t {
            fn py_str(&self) -> String {
                self.format_scalar()
            }
        }
    )*};
}
scalar_str!(bool, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

impl PyStr for str {
    fn py_str(&self) -> String {
        self.to_owned()
    }
}
impl PyStr for String {
    fn py_str(&self) -> String {
        self.clone()
    }
}
impl<T: PyStr + ?Sized> PyStr for &T {
    fn py_str(&self) -> String {
        (**self).py_str()
    }
}
impl<D: Dimension> PyStr for Shape<D> {
    fn py_str(&self) -> String {
        self.to_string()
    }
}

macro_rules! array_str {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)*> PyStr for $ty where $ty: Display {
            fn py_str(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
array_str! {
    [T: Scalar, D: Dimension] Array<T, D>;
    ['a, T: Scalar, D: Dimension] ArrayView<'a, T, D>;
    ['a, T: Scalar, D: Dimension] ArrayViewMut<'a, T, D>;
    ['a, T: Scalar, D: Dimension] Reshaped<'a, T, D>;
}

/// Python's `str(x)`: what `print(x)` inside `np!` writes.
///
/// ```
/// use npview::{arange, np, pystr};
/// let a = arange(6).into_reshape((2, 3));
/// assert_eq!(pystr(&np!(a.shape)), "(2, 3)");
/// assert_eq!(pystr(&np!(a / 2)), "[[0.  0.5 1. ]\n [1.5 2.  2.5]]");
/// ```
pub fn pystr<T: PyStr + ?Sized>(x: &T) -> String {
    x.py_str()
}

/// The line `print(*values, sep=sep, end=end)` writes.
#[doc(hidden)]
pub fn print_line(values: &[&dyn PyStr], sep: &str, end: &str) -> String {
    let parts: Vec<String> = values.iter().map(|v| v.py_str()).collect();
    format!("{}{end}", parts.join(sep))
}
