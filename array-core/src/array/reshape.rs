//! NumPy's `reshape`: a view when the strides allow one, else a copy, told apart in the type.

use core::ops::Deref;

use ndarray::{Dimension, IntoDimension};

use super::{Array, ArrayView, ArrayViewMut};
use crate::error::ShapeError;
use crate::memory::{Base, Memory, MemorySpan};

/// NumPy's `reshape` on a borrowed array: a view of `source` when the strides allow it,
/// otherwise a copy.
fn reshape_view<'a, T: Clone, D: Dimension, E: Dimension>(
    source: ndarray::ArrayView<'a, T, D>,
    base: Base,
    dim: E,
) -> Result<Reshaped<'a, T, E>, ShapeError> {
    ShapeError::check_dims(dim.slice())?;
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

impl<T, D: Dimension> Memory for Reshaped<'_, T, D> {
    fn memory_span(&self) -> MemorySpan {
        match self {
            Self::View(v) => v.memory_span(),
            Self::Copy(a) => a.memory_span(),
        }
    }
    fn owned_base(&self) -> Option<Base> {
        match self {
            Self::View(_) => None,
            Self::Copy(a) => a.owned_base(),
        }
    }
}
