//! The array types: an owned [`Array`], a shared [`ArrayView`] and a mutable [`ArrayViewMut`].
//!
//! Each wraps the ndarray type of the same name and dereferences to ndarray's `ArrayRef`, so all
//! of ndarray's element-wise methods (`iter`, `sum`, `map`, `fill`, `[[i, j]]` indexing ...) work
//! unchanged. What the wrappers add is what NumPy users rely on: `Display`/`Debug` that print like
//! NumPy, `.base()`, `.copy()`, `.reshape()` with NumPy's view-or-copy rule, and the `np!` macro.

pub(crate) mod attrs;
mod construct;
mod convert;
mod methods;
mod reductions;
mod reshape;

use core::ops::{Deref, DerefMut};

use ndarray::{Dimension, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

use crate::memory::Base;

pub use self::attrs::Shape;
pub use self::construct::arange;
pub(crate) use self::construct::owned_copy;
pub use self::reductions::{MeanType, SumType};
pub(crate) use self::reshape::nocopy_strides;
pub use self::reshape::Reshaped;

/// An owned n-dimensional array, NumPy's `ndarray` that owns its data (`.base` is `None`).
///
/// ```
/// use npview::{array, Array2};
/// let m: Array2<i64> = array![[1, 2], [3, 4]];
/// assert_eq!(m.to_string(), "[[1 2]\n [3 4]]");
/// ```
pub struct Array<T, D: Dimension> {
    pub(crate) inner: ndarray::Array<T, D>,
}

/// Dropping a big array (4 MiB or more, of a NumPy dtype) hands its buffer to the next output
/// of about its size instead of back to the system, so a loop that makes a new big array each
/// time does not pay for fresh pages each time (see [`crate::set_freed_buffer_limit`]).
impl<T, D: Dimension> Drop for Array<T, D> {
    fn drop(&mut self) {
        let bytes = self.inner.len().saturating_mul(core::mem::size_of::<T>());
        // A 0-d array holds one value: never a buffer worth keeping, and no empty 0-d array
        // exists to leave in its place.
        if !crate::raw::worth_reusing::<T>(bytes) || D::NDIM == Some(0) {
            return;
        }
        // A zero-length axis (a dynamic rank gets one axis): no element and no allocation.
        let Ok(empty) = ndarray::Array::from_shape_vec(D::zeros(D::NDIM.unwrap_or(1)), Vec::new())
        else {
            return;
        };
        let (buffer, _) = core::mem::replace(&mut self.inner, empty).into_raw_vec_and_offset();
        crate::raw::recycle(buffer);
    }
}

impl<T, D: Dimension> Array<T, D> {
    /// The ndarray array inside (moved out: `Array` has a destructor, so the field cannot be).
    pub(crate) fn into_inner(self) -> ndarray::Array<T, D> {
        crate::raw::into_inner(self)
    }
}

/// A clone is a copy like every other: a C-order array of 4 MiB or more gets a buffer advised
/// for huge pages, as `copy()` and `zeros` do (ndarray's clone copies into ordinary pages, on
/// which random reads and writes of a big array miss the TLB too); any other layout is cloned
/// as ndarray does, strides and all.
///
/// ```
/// use npview::np;
/// let a = npview::arange(6);
/// let mut b = a.clone();
/// np!(b[0] = 10);
/// assert_eq!((a.to_string(), b.to_string()), ("[0 1 2 3 4 5]".into(), "[10  1  2  3  4  5]".into()));
/// ```
impl<T: Clone, D: Dimension> Clone for Array<T, D> {
    fn clone(&self) -> Self {
        let inner = if self.inner.is_standard_layout() {
            owned_copy(&self.inner.view())
        } else {
            self.inner.clone()
        };
        Self { inner }
    }
}

/// A shared view into an array's memory, borrowed for `'a`: what NumPy's basic indexing returns.
///
/// ```
/// use npview::{array, np};
/// let arr = array![10, 20, 30, 40, 50];
/// let view = np!(arr[1:4]);
/// assert_eq!(view.to_string(), "[20 30 40]");
/// ```
pub struct ArrayView<'a, T, D> {
    pub(crate) inner: ndarray::ArrayView<'a, T, D>,
    pub(crate) base: Base,
}

impl<T, D: Dimension> Clone for ArrayView<'_, T, D> {
    /// Another view of the same elements (no element is cloned).
    fn clone(&self) -> Self {
        Self {
            inner: self.inner.clone(),
            base: self.base,
        }
    }
}

/// A mutable view into an array's memory, borrowed for `'a`: writing through it changes the owner.
///
/// ```
/// use npview::{array, np};
/// let mut arr = array![10, 20, 30, 40, 50];
/// let mut view = np!(&mut arr[1:4]);
/// view[0] = 999;
/// assert_eq!(arr.to_string(), "[ 10 999  30  40  50]");
/// ```
pub struct ArrayViewMut<'a, T, D> {
    pub(crate) inner: ndarray::ArrayViewMut<'a, T, D>,
    pub(crate) base: Base,
}

macro_rules! aliases {
    ($($(#[$doc:meta])* $owned:ident, $view:ident, $view_mut:ident => $dim:ty,
       arange($size:literal).into_reshape($shape:expr);)*) => {$(
        aliases!(@one $owned<T> = Array<T, $dim>, [$(#[$doc])*], $owned, $view, $view_mut, $size, $shape);
        aliases!(@one $view<'a, T> = ArrayView<'a, T, $dim>, [$(#[$doc])*], $owned, $view, $view_mut, $size, $shape);
        aliases!(@one $view_mut<'a, T> = ArrayViewMut<'a, T, $dim>, [$(#[$doc])*], $owned, $view, $view_mut, $size, $shape);
    )*};
    (@one $name:ident<$($g:tt),*> = $target:ty, [$(#[$doc:meta])*], $owned:ident, $view:ident,
     $view_mut:ident, $size:literal, $shape:expr) => {
        $(#[$doc])*
        ///
        /// ```
        #[doc = concat!("use npview::{", stringify!($owned), ", ", stringify!($view), ", ",
                        stringify!($view_mut), "};")]
        #[doc = concat!("let mut a: ", stringify!($owned), "<i64> = npview::arange(",
                        stringify!($size), ").into_reshape(", stringify!($shape), ");")]
        #[doc = concat!("let v: ", stringify!($view), "<i64> = a.view();")]
        /// assert!(v.base().is_some_and(|b| b.is(&a)));
        #[doc = concat!("let m: ", stringify!($view_mut), "<i64> = a.view_mut();")]
        /// assert_eq!(m.len(), a.len());
        /// ```
        pub type $name<$($g),*> = $target;
    };
}
aliases! {
    /// Zero-dimensional (one element; NumPy's shape `()`).
    Array0, ArrayView0, ArrayViewMut0 => ndarray::Ix0, arange(1).into_reshape(());
    /// One-dimensional.
    Array1, ArrayView1, ArrayViewMut1 => Ix1, arange(3).into_reshape(3);
    /// Two-dimensional.
    Array2, ArrayView2, ArrayViewMut2 => Ix2, arange(6).into_reshape((2, 3));
    /// Three-dimensional.
    Array3, ArrayView3, ArrayViewMut3 => Ix3, arange(24).into_reshape((2, 3, 4));
    /// Four-dimensional.
    Array4, ArrayView4, ArrayViewMut4 => Ix4, arange(16).into_reshape((2, 2, 2, 2));
    /// Five-dimensional.
    Array5, ArrayView5, ArrayViewMut5 => Ix5, arange(32).into_reshape((2, 2, 2, 2, 2));
    /// Six-dimensional.
    Array6, ArrayView6, ArrayViewMut6 => Ix6, arange(64).into_reshape((2, 2, 2, 2, 2, 2));
    /// Rank known only at run time.
    ArrayD, ArrayViewD, ArrayViewMutD => IxDyn, arange(6).into_reshape(npview::IxDyn(&[2, 3]));
}

impl<T, D: Dimension> Deref for Array<T, D> {
    type Target = ndarray::ArrayRef<T, D>;
    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}
impl<T, D: Dimension> DerefMut for Array<T, D> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.inner
    }
}
impl<T, D: Dimension> Deref for ArrayView<'_, T, D> {
    type Target = ndarray::ArrayRef<T, D>;
    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}
impl<T, D: Dimension> Deref for ArrayViewMut<'_, T, D> {
    type Target = ndarray::ArrayRef<T, D>;
    fn deref(&self) -> &Self::Target {
        &self.inner
    }
}
impl<T, D: Dimension> DerefMut for ArrayViewMut<'_, T, D> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.inner
    }
}
