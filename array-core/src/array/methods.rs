//! What NumPy users reach for on every array: views of the whole, `.base`, `.T`, `.copy()`,
//! `.size`, and the conversions to and from ndarray's types.

use ndarray::{Dimension, IntoDimension};

use super::{owned_copy, Array, ArrayD, ArrayView, ArrayViewD, ArrayViewMut, ArrayViewMutD};
use crate::error::ShapeError;
use crate::memory::{extent_base, Base, Memory, MemorySpan};

impl<T, D: Dimension> Array<T, D> {
    /// A shared view of the whole array (NumPy's `a[...]`).
    ///
    /// ```
    /// let a = npview::arange(3);
    /// assert!(a.view().base().is_some_and(|b| b.is(&a)));
    /// ```
    pub fn view(&self) -> ArrayView<'_, T, D> {
        ArrayView {
            inner: self.inner.view(),
            base: self.own_base(),
        }
    }

    /// A mutable view of the whole array.
    ///
    /// ```
    /// let mut a = npview::arange(3);
    /// a.view_mut()[0] = 7;
    /// assert_eq!(a.to_string(), "[7 1 2]");
    /// ```
    pub fn view_mut(&mut self) -> ArrayViewMut<'_, T, D> {
        let base = self.own_base();
        ArrayViewMut {
            inner: self.inner.view_mut(),
            base,
        }
    }

    /// `None`: an owned array owns its memory (NumPy's `a.base is None`).
    ///
    /// ```
    /// assert!(npview::arange(3).base().is_none());
    /// ```
    pub fn base(&self) -> Option<Base> {
        None
    }

    /// The transpose, as a view (NumPy's `a.T`).
    ///
    /// ```
    /// use npview::array;
    /// let m = array![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(m.t().to_string(), "[[1 4]\n [2 5]\n [3 6]]");
    /// ```
    pub fn t(&self) -> ArrayView<'_, T, D> {
        self.view().into_t()
    }

    /// The same elements under a new shape, in C order (NumPy's `np.arange(12).reshape(3, 4)`
    /// on an array nobody else holds): no copy when the array is C-contiguous.
    ///
    /// ```
    /// let m = npview::arange(6).into_reshape((2, 3));
    /// assert_eq!(m.to_string(), "[[0 1 2]\n [3 4 5]]");
    /// ```
    ///
    /// # Panics
    /// With NumPy's message when the sizes differ (`cannot reshape array of size 5 into shape (2,3)`).
    #[track_caller]
    pub fn into_reshape<Sh: IntoDimension>(self, shape: Sh) -> Array<T, Sh::Dim>
    where
        T: Clone,
    {
        let dim = shape.into_dimension();
        if let Err(e) = ShapeError::check_dims(dim.slice()) {
            panic!("{e}");
        }
        let len = self.inner.len();
        let standard = if self.inner.is_standard_layout() {
            self.into_inner()
        } else {
            self.inner.as_standard_layout().into_owned()
        };
        match standard.into_shape_with_order(dim.clone()) {
            Ok(inner) => Array { inner },
            Err(_) => panic!("{}", ShapeError::reshape(len, dim.slice())),
        }
    }

    /// The ndarray array inside, without copying (`From` converts both ways too).
    ///
    /// ```
    /// let a = npview::arange(3);
    /// let nd: ndarray::Array1<i64> = a.into_ndarray();
    /// let back = npview::Array1::from(nd);
    /// assert_eq!(back.to_string(), "[0 1 2]");
    /// ```
    pub fn into_ndarray(self) -> ndarray::Array<T, D> {
        self.into_inner()
    }

    /// Borrow the ndarray array inside.
    ///
    /// ```
    /// let a = npview::arange(3);
    /// assert_eq!(a.as_ndarray(), &ndarray::array![0, 1, 2]);
    /// ```
    pub fn as_ndarray(&self) -> &ndarray::Array<T, D> {
        &self.inner
    }

    /// The same array with its rank known only at run time.
    ///
    /// ```
    /// let a = npview::arange(4).into_dyn();
    /// assert_eq!(a.ndim(), 1);
    /// ```
    pub fn into_dyn(self) -> ArrayD<T> {
        Array {
            inner: self.into_inner().into_dyn(),
        }
    }

    /// The identity views of this array report as their base: the span of its elements.
    #[inline]
    pub(crate) fn own_base(&self) -> Base {
        extent_base(&self.inner)
    }
}

impl<'a, T, D: Dimension> ArrayView<'a, T, D> {
    /// A view of an ndarray view; its base is the memory that view spans, since the owner is not
    /// known.
    ///
    /// ```
    /// let nd = ndarray::array![[1, 2], [3, 4]];
    /// let v = npview::ArrayView::from_ndarray(nd.view());
    /// assert_eq!(v.to_string(), "[[1 2]\n [3 4]]");
    /// ```
    pub fn from_ndarray(inner: ndarray::ArrayView<'a, T, D>) -> Self {
        let base = extent_base(&inner);
        Self { inner, base }
    }

    /// The owner of the memory this view points into (NumPy's `view.base`).
    ///
    /// ```
    /// use npview::{arange, np};
    /// let a = arange(5);
    /// let v = np!(a[1:4]);
    /// assert!(v.base().is_some_and(|b| b.is(&a)));
    /// ```
    pub fn base(&self) -> Option<Base> {
        Some(self.base)
    }

    /// The transpose, as a view of the same memory.
    ///
    /// ```
    /// use npview::{array, np};
    /// let m = array![[1, 2, 3], [4, 5, 6]];
    /// let v = np!(m[:, 1:]);
    /// assert_eq!(v.t().to_string(), "[[2 5]\n [3 6]]");
    /// ```
    pub fn t(&self) -> ArrayView<'a, T, D> {
        self.clone().into_t()
    }

    /// NumPy's `v.view()`: a new view of the same elements, with the same base.
    ///
    /// ```
    /// use npview::{arange, np};
    /// let a = arange(4);
    /// let v = np!(a[1:]);
    /// assert!(v.view().base().unwrap().is(&a));
    /// ```
    pub fn view(&self) -> ArrayView<'a, T, D> {
        self.clone()
    }

    pub(crate) fn into_t(self) -> Self {
        Self {
            inner: self.inner.reversed_axes(),
            base: self.base,
        }
    }

    /// The ndarray view inside, without copying.
    ///
    /// ```
    /// use npview::{arange, np};
    /// let a = arange(5);
    /// let nd: ndarray::ArrayView1<i64> = np!(a[::2]).into_ndarray();
    /// assert_eq!(nd, ndarray::array![0, 2, 4]);
    /// ```
    pub fn into_ndarray(self) -> ndarray::ArrayView<'a, T, D> {
        self.inner
    }

    /// The same view with its rank known only at run time.
    ///
    /// ```
    /// use npview::{arange, np, ArrayViewD};
    /// let a = arange(5);
    /// let v: ArrayViewD<i64> = np!(a[1:]).into_dyn();
    /// assert_eq!(v.shape(), [4]);
    /// ```
    pub fn into_dyn(self) -> ArrayViewD<'a, T> {
        ArrayView {
            inner: self.inner.into_dyn(),
            base: self.base,
        }
    }
}

impl<'a, T, D: Dimension> ArrayViewMut<'a, T, D> {
    /// A mutable view of an ndarray view; its base is the memory that view spans.
    ///
    /// ```
    /// let mut nd = ndarray::array![1, 2, 3];
    /// let mut v = npview::ArrayViewMut::from_ndarray(nd.view_mut());
    /// v[0] = 10;
    /// assert_eq!(nd, ndarray::array![10, 2, 3]);
    /// ```
    pub fn from_ndarray(inner: ndarray::ArrayViewMut<'a, T, D>) -> Self {
        let base = extent_base(&inner);
        Self { inner, base }
    }

    /// The owner of the memory this view points into (NumPy's `view.base`).
    ///
    /// ```
    /// use npview::{arange, np};
    /// let mut a = arange(5);
    /// let base = np!(&mut a[1:4]).base().unwrap();
    /// assert!(base.is(&a));
    /// ```
    pub fn base(&self) -> Option<Base> {
        Some(self.base)
    }

    /// A shared view of the same elements, borrowed from this one.
    ///
    /// ```
    /// use npview::{arange, np};
    /// let mut a = arange(5);
    /// let v = np!(&mut a[1:4]);
    /// assert_eq!(v.view().to_string(), "[1 2 3]");
    /// ```
    pub fn view(&self) -> ArrayView<'_, T, D> {
        ArrayView {
            inner: self.inner.view(),
            base: self.base,
        }
    }

    /// A mutable view of the same elements, borrowed from this one (a reborrow: the view
    /// can be used again once the new one is gone).
    ///
    /// ```
    /// use npview::{arange, np};
    /// let mut a = arange(5);
    /// let mut v = np!(&mut a[1:4]);
    /// v.view_mut()[0] = 10;
    /// v[1] = 20;
    /// assert_eq!(a.to_string(), "[ 0 10 20  3  4]");
    /// ```
    pub fn view_mut(&mut self) -> ArrayViewMut<'_, T, D> {
        ArrayViewMut {
            inner: self.inner.view_mut(),
            base: self.base,
        }
    }

    /// The transpose, as a shared view borrowed from this one.
    ///
    /// ```
    /// use npview::{array, np};
    /// let mut m = array![[1, 2], [3, 4]];
    /// let v = np!(&mut m[:, :]);
    /// assert_eq!(v.t().to_string(), "[[1 3]\n [2 4]]");
    /// ```
    pub fn t(&self) -> ArrayView<'_, T, D> {
        self.view().into_t()
    }

    /// The ndarray view inside, without copying.
    ///
    /// ```
    /// use npview::{arange, np};
    /// let mut a = arange(4);
    /// let mut nd: ndarray::ArrayViewMut1<i64> = np!(&mut a[::2]).into_ndarray();
    /// nd.fill(9);
    /// assert_eq!(a.to_string(), "[9 1 9 3]");
    /// ```
    pub fn into_ndarray(self) -> ndarray::ArrayViewMut<'a, T, D> {
        self.inner
    }

    /// The same view with its rank known only at run time.
    ///
    /// ```
    /// use npview::{arange, np, ArrayViewMutD};
    /// let mut a = arange(4);
    /// let v: ArrayViewMutD<i64> = np!(&mut a[1:]).into_dyn();
    /// assert_eq!(v.ndim(), 1);
    /// ```
    pub fn into_dyn(self) -> ArrayViewMutD<'a, T> {
        ArrayViewMut {
            inner: self.inner.into_dyn(),
            base: self.base,
        }
    }
}

/// What all three array types share: `copy`, `reshape`, the element type's printing.
macro_rules! common_methods {
    ($ty:ident $(<$lt:lifetime>)?) => {
        impl<$($lt,)? T, D: Dimension> $ty<$($lt,)? T, D> {
            /// A new owned array with the same elements, in C order (NumPy's `.copy()`); its base
            /// is `None` and it shares no memory with `self`.
            ///
            /// ```
            /// use npview::{arange, np, shares_memory};
            /// let a = arange(6);
            /// let c = np!(a[::-2]).copy();
            /// assert_eq!((c.to_string(), shares_memory(&a, &c)), ("[5 3 1]".to_owned(), false));
            /// ```
            pub fn copy(&self) -> Array<T, D>
            where
                T: Clone,
            {
                Array { inner: owned_copy(&self.inner.view()) }
            }

            /// The number of elements (NumPy's `.size`).
            ///
            /// ```
            /// assert_eq!(npview::arange(12).into_reshape((3, 4)).size(), 12);
            /// ```
            pub fn size(&self) -> usize {
                self.inner.len()
            }

            pub(super) fn memory_base(&self) -> Base {
                match self.base() {
                    Some(b) => b,
                    None => extent_base(&self.inner),
                }
            }
        }

        impl<$($lt,)? T, D: Dimension> Memory for $ty<$($lt,)? T, D> {
            fn memory_span(&self) -> MemorySpan {
                MemorySpan::of(&self.inner)
            }
            fn owned_base(&self) -> Option<Base> {
                // Owning its memory is having no base (NumPy's `a.base is None`).
                match self.base() {
                    None => Some(extent_base(&self.inner)),
                    Some(_) => None,
                }
            }
        }
    };
}

common_methods!(Array);
common_methods!(ArrayView<'a>);
common_methods!(ArrayViewMut<'a>);
