//! NumPy's attributes of an array inside `np!`: `a.T` (the transpose, a view of a borrowed
//! array), `a.shape` (a tuple), `a.ndim` and `a.size`.

use core::fmt;
use core::ops::Deref;

use ndarray::Dimension;

use super::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::error::IndexError;
use crate::ints::python_index;

/// The shape of an array as NumPy's `a.shape`: it prints as a Python tuple (`(3, 4)`,
/// `(5,)`) and reads as a slice of lengths (`shape[0]`, `shape.len()`).
///
/// ```
/// use npview::{arange, np};
/// let a = arange(12).into_reshape((3, 4));
/// let shape = np!(a.shape);
/// assert_eq!(shape.to_string(), "(3, 4)");
/// assert_eq!(shape[0], 3);
/// assert_eq!(shape.pattern(), (3, 4));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shape<D>(D);

impl<D: Dimension> Shape<D> {
    /// The lengths as Rust's tuple (a plain `usize` for one axis), to destructure:
    /// `let (rows, cols) = np!(m.shape).pattern();`.
    ///
    /// ```
    /// use npview::np;
    /// let m = npview::arange(6).into_reshape((2, 3));
    /// let (rows, cols) = np!(m.shape).pattern();
    /// assert_eq!((rows, cols), (2, 3));
    /// ```
    pub fn pattern(&self) -> D::Pattern {
        self.0.clone().into_pattern()
    }
}

impl<D: Dimension> Deref for Shape<D> {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        self.0.slice()
    }
}

impl<D: Dimension> fmt::Display for Shape<D> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lengths: Vec<String> = self.iter().map(usize::to_string).collect();
        match lengths.as_slice() {
            [one] => write!(f, "({one},)"),
            all => write!(f, "({})", all.join(", ")),
        }
    }
}

/// What has NumPy's attributes: npview's arrays and views, borrowed or owned.
#[doc(hidden)]
pub trait Attributes {
    /// The static rank.
    type Dim: Dimension;
    /// `a.T`: a view with the axes reversed, or for an owned array the array itself.
    type Transposed;
    /// The dimension.
    fn dim(&self) -> Self::Dim;
    /// The transpose.
    fn transposed(self) -> Self::Transposed;
}

macro_rules! attributes {
    ($([$($g:tt)*] $ty:ty => $out:ty, |$s:ident| $dim:expr, $t:expr;)*) => {$(
        impl<$($g)*> Attributes for $ty {
            type Dim = D;
            type Transposed = $out;
            fn dim(&self) -> D {
                let $s = self;
                $dim
            }
            fn transposed(self) -> $out {
                let $s = self;
                $t
            }
        }
    )*};
}
attributes! {
    ['a, T, D: Dimension] &'a Array<T, D> => ArrayView<'a, T, D>, |a| a.inner.raw_dim(), a.t();
    [T, D: Dimension] Array<T, D> => Array<T, D>, |a| a.inner.raw_dim(), Array { inner: a.into_inner().reversed_axes() };
    ['a, T, D: Dimension] ArrayView<'a, T, D> => ArrayView<'a, T, D>, |a| a.inner.raw_dim(), a.into_t();
    ['a, 'b, T, D: Dimension] &'a ArrayView<'b, T, D> => ArrayView<'b, T, D>, |a| a.inner.raw_dim(), a.t();
    ['a, 'b, T, D: Dimension] &'a ArrayViewMut<'b, T, D> => ArrayView<'a, T, D>, |a| a.inner.raw_dim(), a.t();
    ['a, 'b, T, D: Dimension] &'a Reshaped<'b, T, D> => ArrayView<'a, T, D>, |a| a.view().inner.raw_dim(), a.t();
    ['a, 'b, T, D: Dimension] &'a &'b Array<T, D> => ArrayView<'b, T, D>, |a| a.inner.raw_dim(), a.t();
    ['a, 'b, T, D: Dimension] &'a &'b mut Array<T, D> => ArrayView<'a, T, D>, |a| a.inner.raw_dim(), a.t();
}

impl<'a, T, D: Dimension> Attributes for Reshaped<'a, T, D> {
    type Dim = D;
    type Transposed = Reshaped<'a, T, D>;
    fn dim(&self) -> D {
        self.view().inner.raw_dim()
    }
    fn transposed(self) -> Reshaped<'a, T, D> {
        match self {
            Reshaped::View(v) => Reshaped::View(v.into_t()),
            Reshaped::Copy(a) => Reshaped::Copy(Array {
                inner: a.into_inner().reversed_axes(),
            }),
        }
    }
}

/// `a.T`.
pub fn transpose<A: Attributes>(a: A) -> A::Transposed {
    a.transposed()
}

/// `a.shape`.
pub fn shape<A: Attributes>(a: A) -> Shape<A::Dim> {
    Shape(a.dim())
}

/// `a.shape[i]`: one length, `i` negative from the end as Python indexes a tuple.
///
/// # Errors
/// Python's `IndexError: tuple index out of range`.
pub fn shape_item<D: Dimension>(shape: Shape<D>, i: isize) -> Result<usize, IndexError> {
    python_index(i, shape.len())
        .map(|at| shape[at])
        .ok_or_else(IndexError::tuple_index)
}

/// Python's `len(a)`: the length of the first axis.
///
/// # Errors
/// NumPy's `TypeError: len() of unsized object` for a 0-d array.
pub fn len<A: Attributes>(a: A) -> Result<usize, IndexError> {
    a.dim()
        .slice()
        .first()
        .copied()
        .ok_or_else(IndexError::unsized_len)
}

/// `a.ndim`.
pub fn ndim<A: Attributes>(a: A) -> usize {
    a.dim().ndim()
}

/// `a.size`.
pub fn size<A: Attributes>(a: A) -> usize {
    a.dim().size()
}
