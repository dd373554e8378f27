//! Conversions between npview's arrays and ndarray's (without copying), and equality.

use ndarray::Dimension;

use super::{Array, Array1, ArrayView, ArrayViewMut};

impl<T, D: Dimension> From<ndarray::Array<T, D>> for Array<T, D> {
    /// Wraps an ndarray array without copying.
    fn from(inner: ndarray::Array<T, D>) -> Self {
        Self { inner }
    }
}
impl<T, D: Dimension> From<Array<T, D>> for ndarray::Array<T, D> {
    fn from(a: Array<T, D>) -> Self {
        a.into_inner()
    }
}
impl<'a, T, D: Dimension> From<ndarray::ArrayView<'a, T, D>> for ArrayView<'a, T, D> {
    fn from(inner: ndarray::ArrayView<'a, T, D>) -> Self {
        Self::from_ndarray(inner)
    }
}
impl<'a, T, D: Dimension> From<ArrayView<'a, T, D>> for ndarray::ArrayView<'a, T, D> {
    fn from(a: ArrayView<'a, T, D>) -> Self {
        a.inner
    }
}
impl<'a, T, D: Dimension> From<ndarray::ArrayViewMut<'a, T, D>> for ArrayViewMut<'a, T, D> {
    fn from(inner: ndarray::ArrayViewMut<'a, T, D>) -> Self {
        Self::from_ndarray(inner)
    }
}
impl<'a, T, D: Dimension> From<ArrayViewMut<'a, T, D>> for ndarray::ArrayViewMut<'a, T, D> {
    fn from(a: ArrayViewMut<'a, T, D>) -> Self {
        a.inner
    }
}
impl<T> From<Vec<T>> for Array1<T> {
    fn from(v: Vec<T>) -> Self {
        Self {
            inner: ndarray::Array1::from(v),
        }
    }
}

impl<'a, 'b, T: PartialEq, D: Dimension> PartialEq<ArrayView<'b, T, D>> for ArrayView<'a, T, D> {
    fn eq(&self, other: &ArrayView<'b, T, D>) -> bool {
        self.inner == other.inner
    }
}
impl<'a, T: PartialEq, D: Dimension> PartialEq<Array<T, D>> for ArrayView<'a, T, D> {
    fn eq(&self, other: &Array<T, D>) -> bool {
        self.inner == other.inner
    }
}
impl<'a, T: PartialEq, D: Dimension> PartialEq<ArrayView<'a, T, D>> for Array<T, D> {
    fn eq(&self, other: &ArrayView<'a, T, D>) -> bool {
        self.inner == other.inner
    }
}

impl<T: PartialEq, D: Dimension> PartialEq for Array<T, D> {
    fn eq(&self, other: &Self) -> bool {
        self.inner == other.inner
    }
}
impl<T: Eq, D: Dimension> Eq for Array<T, D> {}
