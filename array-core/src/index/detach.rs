//! `a += a.T` in an `np!` block: NumPy computes the right side first, so a view of `a` on the
//! right is read in full before `a` changes. Rust's `a += view_of_a` cannot borrow `a` both
//! ways; the expansion hands such a value (one that names the target) to `__np_detach`, which
//! copies a view into an array of its own and passes anything else (an owned array, a
//! number) through untouched. Method resolution picks the copy for views: [`DetachView`] is
//! implemented on `&&Tag`, found before [`KeepValue`] on `&Tag`.

use ndarray::Dimension;

use super::value::Tag;
use crate::array::{Array, ArrayView, Reshaped};

/// Found first: a view, copied.
pub trait DetachView {
    /// The copy.
    type Out;
    /// Copy the view.
    fn __np_detach(self) -> Self::Out;
}
impl<T: Clone, D: Dimension> DetachView for &&Tag<ArrayView<'_, T, D>> {
    type Out = Array<T, D>;
    fn __np_detach(self) -> Array<T, D> {
        Array {
            inner: self.take().inner.to_owned(),
        }
    }
}
impl<T: Clone, D: Dimension> DetachView for &&Tag<Reshaped<'_, T, D>> {
    type Out = Array<T, D>;
    fn __np_detach(self) -> Array<T, D> {
        match self.take() {
            Reshaped::View(v) => Array {
                inner: v.inner.to_owned(),
            },
            Reshaped::Copy(a) => a,
        }
    }
}

/// Found otherwise: the value itself.
pub trait KeepValue {
    /// The value.
    type Out;
    /// Take it out.
    fn __np_detach(self) -> Self::Out;
}
impl<V> KeepValue for &Tag<V> {
    type Out = V;
    fn __np_detach(self) -> V {
        self.take()
    }
}
