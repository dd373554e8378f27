//! The array types: an owned [`Array`], a shared [`ArrayView`] and a mutable [`ArrayViewMut`].
//!
//! Each wraps the ndarray type of the same name and dereferences to ndarray's `ArrayRef`, so all
//! of ndarray's element-wise methods (`iter`, `sum`, `map`, `fill`, `[[i, j]]` indexing ...) work
//! unchanged. What the wrappers add is what NumPy users rely on: `Display`/`Debug` that print like
//! NumPy, `.base()`, `.copy()`, `.reshape()` with NumPy's view-or-copy rule, and the `np!` macro.

use core::ops::{Deref, DerefMut};

use ndarray::{Dimension, IntoDimension, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn, ShapeBuilder};

use crate::base::Base;
use crate::error::ShapeError;

/// An owned n-dimensional array, NumPy's `ndarray` that owns its data (`.base` is `None`).
///
/// ```
/// use npview::{array, Array2};
/// let m: Array2<i64> = array![[1, 2], [3, 4]];
/// assert_eq!(m.to_string(), "[[1 2]\n [3 4]]");
/// ```
#[derive(Clone)]
pub struct Array<T, D> {
    pub(crate) inner: ndarray::Array<T, D>,
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
    ($($(#[$doc:meta])* $owned:ident, $view:ident, $view_mut:ident => $dim:ty;)*) => {$(
        $(#[$doc])*
        pub type $owned<T> = Array<T, $dim>;
        $(#[$doc])*
        pub type $view<'a, T> = ArrayView<'a, T, $dim>;
        $(#[$doc])*
        pub type $view_mut<'a, T> = ArrayViewMut<'a, T, $dim>;
    )*};
}
aliases! {
    /// Zero-dimensional (one element; NumPy's shape `()`).
    Array0, ArrayView0, ArrayViewMut0 => ndarray::Ix0;
    /// One-dimensional.
    Array1, ArrayView1, ArrayViewMut1 => Ix1;
    /// Two-dimensional.
    Array2, ArrayView2, ArrayViewMut2 => Ix2;
    /// Three-dimensional.
    Array3, ArrayView3, ArrayViewMut3 => Ix3;
    /// Four-dimensional.
    Array4, ArrayView4, ArrayViewMut4 => Ix4;
    /// Five-dimensional.
    Array5, ArrayView5, ArrayViewMut5 => Ix5;
    /// Six-dimensional.
    Array6, ArrayView6, ArrayViewMut6 => Ix6;
    /// Rank known only at run time.
    ArrayD, ArrayViewD, ArrayViewMutD => IxDyn;
}

impl<T, D: Dimension> Array<T, D> {
    /// An array of the given shape filled with zeros (NumPy's `np.zeros`).
    ///
    /// ```
    /// use npview::Array2;
    /// let z = Array2::<i64>::zeros((2, 3));
    /// assert_eq!(z.to_string(), "[[0 0 0]\n [0 0 0]]");
    /// ```
    ///
    /// # Panics
    /// With NumPy's message when the array would not fit in the address space: ``array is too
    /// big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.``
    #[track_caller]
    pub fn zeros<Sh: ShapeBuilder<Dim = D>>(shape: Sh) -> Self
    where
        T: Clone + num_traits::Zero,
    {
        let shape = shape.into_shape_with_order();
        let bytes = shape
            .raw_dim()
            .size_checked()
            .and_then(|n| n.checked_mul(core::mem::size_of::<T>()));
        if !matches!(bytes, Some(b) if b <= isize::MAX as usize) {
            panic!("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
        }
        let size = shape.raw_dim().size();
        // Zeroed pages come lazily from the kernel (calloc); advised before first touch, big
        // arrays get huge pages, as NumPy's do.
        let zeros = vec![T::zero(); size];
        crate::raw::advise_huge_pages(&zeros);
        Self {
            inner: ndarray::Array::from_shape_vec(shape, zeros)
                .expect("size computed from the shape"),
        }
    }

    /// An array of the given shape holding `data` in C (row-major) order.
    ///
    /// ```
    /// use npview::Array2;
    /// let m = Array2::from_shape_vec((2, 2), vec![1, 2, 3, 4]).unwrap();
    /// assert_eq!(m.to_string(), "[[1 2]\n [3 4]]");
    /// assert_eq!(
    ///     Array2::from_shape_vec((2, 3), vec![1, 2]).unwrap_err().to_string(),
    ///     "cannot reshape array of size 2 into shape (2,3)"
    /// );
    /// ```
    ///
    /// # Errors
    /// NumPy's reshape error when the shape does not hold exactly `data.len()` elements.
    pub fn from_shape_vec<Sh: IntoDimension<Dim = D>>(
        shape: Sh,
        data: Vec<T>,
    ) -> Result<Self, ShapeError> {
        let dim = shape.into_dimension();
        let len = data.len();
        ndarray::Array::from_shape_vec(dim.clone(), data)
            .map(|inner| Self { inner })
            .map_err(|_| ShapeError::reshape(len, dim.slice()))
    }

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
        let len = self.inner.len();
        let standard = if self.inner.is_standard_layout() {
            self.inner
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
        self.inner
    }

    /// Borrow the ndarray array inside.
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
            inner: self.inner.into_dyn(),
        }
    }

    /// The identity views of this array report as their base: the span of its elements.
    #[inline]
    pub(crate) fn own_base(&self) -> Base {
        crate::overlap::extent_base(&self.inner)
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
        let base = crate::overlap::extent_base(&inner);
        Self { inner, base }
    }

    /// The owner of the memory this view points into (NumPy's `view.base`).
    pub fn base(&self) -> Option<Base> {
        Some(self.base)
    }

    /// The transpose, as a view of the same memory.
    pub fn t(&self) -> ArrayView<'a, T, D> {
        self.clone().into_t()
    }

    pub(crate) fn into_t(self) -> Self {
        Self {
            inner: self.inner.reversed_axes(),
            base: self.base,
        }
    }

    /// The ndarray view inside, without copying.
    pub fn into_ndarray(self) -> ndarray::ArrayView<'a, T, D> {
        self.inner
    }

    /// The same view with its rank known only at run time.
    pub fn into_dyn(self) -> ArrayViewD<'a, T> {
        ArrayView {
            inner: self.inner.into_dyn(),
            base: self.base,
        }
    }
}

impl<'a, T, D: Dimension> ArrayViewMut<'a, T, D> {
    /// A mutable view of an ndarray view; its base is the memory that view spans.
    pub fn from_ndarray(inner: ndarray::ArrayViewMut<'a, T, D>) -> Self {
        let base = crate::overlap::extent_base(&inner);
        Self { inner, base }
    }

    /// The owner of the memory this view points into (NumPy's `view.base`).
    pub fn base(&self) -> Option<Base> {
        Some(self.base)
    }

    /// A shared view of the same elements, borrowed from this one.
    pub fn view(&self) -> ArrayView<'_, T, D> {
        ArrayView {
            inner: self.inner.view(),
            base: self.base,
        }
    }

    /// A mutable view of the same elements, borrowed from this one.
    pub fn view_mut(&mut self) -> ArrayViewMut<'_, T, D> {
        ArrayViewMut {
            inner: self.inner.view_mut(),
            base: self.base,
        }
    }

    /// The transpose, as a shared view borrowed from this one.
    pub fn t(&self) -> ArrayView<'_, T, D> {
        self.view().into_t()
    }

    /// The ndarray view inside, without copying.
    pub fn into_ndarray(self) -> ndarray::ArrayViewMut<'a, T, D> {
        self.inner
    }

    /// The same view with its rank known only at run time.
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

            fn memory_base(&self) -> Base {
                match self.base() {
                    Some(b) => b,
                    None => crate::overlap::extent_base(&self.inner),
                }
            }
        }

        impl<$($lt,)? T, D: Dimension> crate::overlap::MemoryLayout for $ty<$($lt,)? T, D> {
            fn layout(&self) -> crate::overlap::Layout {
                crate::overlap::Layout::of(&self.inner)
            }
            fn owned_base(&self) -> Option<Base> {
                // Owning its memory is having no base (NumPy's `a.base is None`).
                match self.base() {
                    None => Some(crate::overlap::extent_base(&self.inner)),
                    Some(_) => None,
                }
            }
        }
    };
}

/// NumPy's `reshape` on a borrowed array: a view of `source` when the strides allow it,
/// otherwise a copy.
fn reshape_view<'a, T: Clone, D: Dimension, E: Dimension>(
    source: ndarray::ArrayView<'a, T, D>,
    base: Base,
    dim: E,
) -> Result<Reshaped<'a, T, E>, ShapeError> {
    if dim.size_checked() != Some(source.len()) {
        return Err(ShapeError::reshape(source.len(), dim.slice()));
    }
    Ok(
        match crate::raw::reshaped_view(source.clone(), dim.clone()) {
            Some(view) => Reshaped::View(ArrayView { inner: view, base }),
            None => {
                let flat: Vec<T> = source.iter().cloned().collect();
                let inner = ndarray::Array::from_shape_vec(dim, flat)
                    .expect("the sizes were compared above");
                Reshaped::Copy(Array { inner })
            }
        },
    )
}

macro_rules! reshape_methods {
    ($out:lifetime $(, $decl:lifetime)?, |$s:ident| $view:expr) => {
        /// NumPy's `reshape` in C order: a view when the strides allow it (always for a
        /// C-contiguous array), otherwise a copy; [`Reshaped::is_view`] says which.
        ///
        /// ```
        /// use npview::{arange, np};
        /// let a = arange(12).into_reshape((3, 4));
        /// assert!(np!(a[:, :2]).reshape((3, 2, 1)).is_view());
        /// assert!(!a.t().reshape(12).is_view());
        /// ```
        ///
        /// # Panics
        /// With NumPy's message when the sizes differ: see `try_reshape`.
        #[track_caller]
        pub fn reshape<$($decl,)? Sh: IntoDimension>(&$($decl)? self, shape: Sh) -> Reshaped<$out, T, Sh::Dim>
        where
            T: Clone,
        {
            match self.try_reshape(shape) {
                Ok(r) => r,
                Err(e) => panic!("{e}"),
            }
        }

        /// `reshape` that returns NumPy's error instead of panicking.
        ///
        /// # Errors
        /// `cannot reshape array of size N into shape (...)` when the sizes differ.
        pub fn try_reshape<$($decl,)? Sh: IntoDimension>(
            &$($decl)? self,
            shape: Sh,
        ) -> Result<Reshaped<$out, T, Sh::Dim>, ShapeError>
        where
            T: Clone,
        {
            let $s = self;
            reshape_view($view, $s.memory_base(), shape.into_dimension())
        }
    };
}

common_methods!(Array);
common_methods!(ArrayView<'a>);
common_methods!(ArrayViewMut<'a>);

impl<T, D: Dimension> Array<T, D> {
    reshape_methods!('s, 's, |a| a.inner.view());
}
impl<'a, T, D: Dimension> ArrayView<'a, T, D> {
    reshape_methods!('a, |a| a.inner.clone());
}
impl<T, D: Dimension> ArrayViewMut<'_, T, D> {
    reshape_methods!('s, 's, |a| a.inner.view());
}

/// The result of [`Array::reshape`]: a view when the strides allowed one, else a copy.
///
/// ```
/// use npview::{arange, shares_memory};
/// let a = arange(6);
/// let b = a.reshape((2, 3));
/// assert!(b.is_view() && shares_memory(&a, &b));
/// let t = b.t();
/// let c = t.reshape(6);
/// assert!(!c.is_view() && !shares_memory(&a, &c));
/// ```
pub enum Reshaped<'a, T, D> {
    /// The strides allowed a view of the same memory.
    View(ArrayView<'a, T, D>),
    /// A copy was needed (NumPy copies silently here; npview says so in the type).
    Copy(Array<T, D>),
}

impl<'a, T, D: Dimension> Reshaped<'a, T, D> {
    /// Whether this is a view of the original memory.
    pub fn is_view(&self) -> bool {
        matches!(self, Self::View(_))
    }

    /// NumPy's `.base`: the owner for a view, `None` for a copy.
    pub fn base(&self) -> Option<Base> {
        match self {
            Self::View(v) => v.base(),
            Self::Copy(_) => None,
        }
    }

    /// A shared view of the result (of the original memory, or of the copy).
    pub fn view(&self) -> ArrayView<'_, T, D> {
        match self {
            Self::View(v) => ArrayView {
                inner: v.inner.view(),
                base: v.base,
            },
            Self::Copy(a) => a.view(),
        }
    }

    /// The transpose, as a view.
    pub fn t(&self) -> ArrayView<'_, T, D> {
        self.view().into_t()
    }

    /// A new owned array with the same elements.
    pub fn copy(&self) -> Array<T, D>
    where
        T: Clone,
    {
        self.view().copy()
    }

    /// The owned result: the copy as it is, or a copy of the view.
    pub fn into_owned(self) -> Array<T, D>
    where
        T: Clone,
    {
        match self {
            Self::View(v) => v.copy(),
            Self::Copy(a) => a,
        }
    }
}

impl<T, D: Dimension> Deref for Reshaped<'_, T, D> {
    type Target = ndarray::ArrayRef<T, D>;
    fn deref(&self) -> &Self::Target {
        match self {
            Self::View(v) => v,
            Self::Copy(a) => a,
        }
    }
}

impl<T, D: Dimension> crate::overlap::MemoryLayout for Reshaped<'_, T, D> {
    fn layout(&self) -> crate::overlap::Layout {
        match self {
            Self::View(v) => v.layout(),
            Self::Copy(a) => a.layout(),
        }
    }
    fn owned_base(&self) -> Option<Base> {
        match self {
            Self::View(_) => None,
            Self::Copy(a) => a.owned_base(),
        }
    }
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

impl<T, D: Dimension> From<ndarray::Array<T, D>> for Array<T, D> {
    /// Wraps an ndarray array without copying.
    fn from(inner: ndarray::Array<T, D>) -> Self {
        Self { inner }
    }
}
impl<T, D: Dimension> From<Array<T, D>> for ndarray::Array<T, D> {
    fn from(a: Array<T, D>) -> Self {
        a.inner
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

/// A C-order copy of a view into a fresh (huge-page advised) buffer.
pub(crate) fn owned_copy<T: Clone, D: Dimension>(
    v: &ndarray::ArrayView<'_, T, D>,
) -> ndarray::Array<T, D> {
    let out = match v.as_slice() {
        Some(s) => {
            let mut out = crate::raw::output_vec(s.len());
            out.extend_from_slice(s);
            out
        }
        None => crate::raw::copy_rows(v),
    };
    ndarray::Array::from_shape_vec(v.raw_dim(), out).expect("filled in C order to the view's size")
}

/// `0, 1, ..., stop - 1` as int64, like NumPy's `np.arange(stop)`.
///
/// ```
/// assert_eq!(npview::arange(5).to_string(), "[0 1 2 3 4]");
/// ```
pub fn arange(stop: i64) -> Array1<i64> {
    let mut v = crate::raw::output_vec(usize::try_from(stop).unwrap_or(0));
    v.extend(0..stop.max(0));
    Array {
        inner: ndarray::Array1::from(v),
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
