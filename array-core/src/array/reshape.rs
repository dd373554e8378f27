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
        /// ```
        /// let a = npview::arange(6);
        /// assert_eq!(a.try_reshape((2, 3)).unwrap().shape(), [2, 3]);
        /// let e = a.try_reshape((4, 2)).unwrap_err();
        /// assert_eq!(e.to_string(), "cannot reshape array of size 6 into shape (4,2)");
        /// ```
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
pub enum Reshaped<'a, T, D: Dimension> {
    /// The strides allowed a view of the same memory.
    View(ArrayView<'a, T, D>),
    /// A copy was needed (NumPy copies silently here; npview says so in the type).
    Copy(Array<T, D>),
}

impl<'a, T, D: Dimension> Reshaped<'a, T, D> {
    /// Whether this is a view of the original memory.
    ///
    /// ```
    /// use npview::{array, np};
    /// let m = array![[1, 2], [3, 4]];
    /// assert!(m.reshape(4).is_view()); // C-contiguous: a view
    /// assert!(!np!(m.T).reshape(4).is_view()); // transposed: NumPy copies
    /// ```
    pub fn is_view(&self) -> bool {
        matches!(self, Self::View(_))
    }

    /// NumPy's `.base`: the owner for a view, `None` for a copy.
    ///
    /// ```
    /// use npview::{array, np};
    /// let m = array![[1, 2], [3, 4]];
    /// assert!(m.reshape(4).base().is_some_and(|b| b.is(&m)));
    /// assert!(np!(m.T).reshape(4).base().is_none());
    /// ```
    pub fn base(&self) -> Option<Base> {
        match self {
            Self::View(v) => v.base(),
            Self::Copy(_) => None,
        }
    }

    /// A shared view of the result (of the original memory, or of the copy).
    ///
    /// ```
    /// let a = npview::arange(4);
    /// let r = a.reshape((2, 2));
    /// assert_eq!(r.view().to_string(), "[[0 1]\n [2 3]]");
    /// ```
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
    ///
    /// ```
    /// let a = npview::arange(4);
    /// assert_eq!(a.reshape((2, 2)).t().to_string(), "[[0 2]\n [1 3]]");
    /// ```
    pub fn t(&self) -> ArrayView<'_, T, D> {
        self.view().into_t()
    }

    /// A new owned array with the same elements.
    ///
    /// ```
    /// use npview::shares_memory;
    /// let a = npview::arange(4);
    /// let c = a.reshape((2, 2)).copy();
    /// assert!(c.base().is_none() && !shares_memory(&a, &c));
    /// ```
    pub fn copy(&self) -> Array<T, D>
    where
        T: Clone,
    {
        self.view().copy()
    }

    /// The owned result: the copy as it is, or a copy of the view.
    ///
    /// ```
    /// use npview::{array, np, Array1};
    /// let m = array![[1, 2], [3, 4]];
    /// let flat: Array1<i64> = np!(m.T).reshape(4).into_owned(); // already a copy: moved out
    /// assert_eq!(flat.to_string(), "[1 3 2 4]");
    /// ```
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

/// NumPy's `_attempt_nocopy_reshape` (C order): strides (in elements) under which `new_shape`
/// walks the elements of an array of `shape` and `strides` in the same C order, if any exist.
///
/// Axes of length 1 are dropped first; then runs of old axes that are mutually C-contiguous are
/// matched with runs of new axes of the same total length.
pub(crate) fn nocopy_strides(
    shape: &[usize],
    strides: &[isize],
    new_shape: &[usize],
) -> Option<Vec<isize>> {
    let (old_dims, old_strides): (Vec<usize>, Vec<isize>) = shape
        .iter()
        .zip(strides)
        .filter(|(&n, _)| n != 1)
        .map(|(&n, &s)| (n, s))
        .unzip();
    let mut new_strides = vec![0isize; new_shape.len()];
    let (mut oi, mut oj, mut ni, mut nj) = (0, 1, 0, 1);
    while ni < new_shape.len() && oi < old_dims.len() {
        let mut np = new_shape[ni];
        let mut op = old_dims[oi];
        while np != op {
            if np < op {
                np *= *new_shape.get(nj)?;
                nj += 1;
            } else {
                op *= *old_dims.get(oj)?;
                oj += 1;
            }
        }
        // The old axes oi..oj must merge into one.
        for ok in oi..oj - 1 {
            if old_strides[ok] != old_dims[ok + 1] as isize * old_strides[ok + 1] {
                return None;
            }
        }
        new_strides[nj - 1] = old_strides[oj - 1];
        for nk in (ni + 1..nj).rev() {
            new_strides[nk - 1] = new_strides[nk] * new_shape[nk] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    // Trailing length-1 axes of the new shape: any stride will do; NumPy repeats the last.
    let last = if ni >= 1 { new_strides[ni - 1] } else { 1 };
    for s in &mut new_strides[ni..] {
        *s = last;
    }
    Some(new_strides)
}

#[cfg(test)]
mod tests {
    use super::nocopy_strides;

    #[test]
    fn numpys_no_copy_rule() {
        // a[:, :2] of a (3, 4) array: (3, 2) with strides (4, 1).
        assert_eq!(
            nocopy_strides(&[3, 2], &[4, 1], &[3, 2, 1]),
            Some(vec![4, 1, 1])
        );
        assert_eq!(nocopy_strides(&[3, 2], &[4, 1], &[6]), None);
        // a.T of a (3, 4) array cannot be flattened without a copy.
        assert_eq!(nocopy_strides(&[4, 3], &[1, 4], &[12]), None);
        // Splitting a strided axis: a[::2] of 12 elements into (2, 3).
        assert_eq!(nocopy_strides(&[6], &[2], &[2, 3]), Some(vec![6, 2]));
        // A reversed axis keeps its negative stride.
        assert_eq!(nocopy_strides(&[6], &[-1], &[3, 2]), Some(vec![-2, -1]));
    }
}
