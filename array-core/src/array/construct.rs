//! Making owned arrays: NumPy's constructors, and copies of views into fresh buffers.

use ndarray::{Dimension, IntoDimension, ShapeBuilder};

use super::{Array, Array1};
use crate::error::ShapeError;

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
    /// With NumPy's message when a dimension is `2**63` or more (`Maximum allowed dimension
    /// exceeded`) or the array would not fit in the address space (``array is too big;
    /// `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.``): see
    /// [`Array::try_zeros`].
    #[track_caller]
    pub fn zeros<Sh: ShapeBuilder<Dim = D>>(shape: Sh) -> Self
    where
        T: Clone + num_traits::Zero,
    {
        match Self::try_zeros(shape) {
            Ok(a) => a,
            Err(e) => panic!("{e}"),
        }
    }

    /// [`Array::zeros`], returning NumPy's error instead of panicking.
    ///
    /// ```
    /// use npview::Array2;
    /// let e = Array2::<i64>::try_zeros((1 << 62, 4)).map(|_| ()).unwrap_err();
    /// assert!(e.to_string().starts_with("array is too big"));
    /// ```
    ///
    /// # Errors
    /// NumPy's `ValueError` texts, as for [`Array::zeros`].
    pub fn try_zeros<Sh: ShapeBuilder<Dim = D>>(shape: Sh) -> Result<Self, ShapeError>
    where
        T: Clone + num_traits::Zero,
    {
        let shape = shape.into_shape_with_order();
        ShapeError::check_dims(shape.raw_dim().slice())?;
        let lengths = shape.raw_dim().slice().iter().copied();
        if !crate::error::bytes_fit(core::mem::size_of::<T>(), lengths) {
            return Err(ShapeError::too_big());
        }
        let size = shape.raw_dim().size();
        let zeros = crate::raw::zeroed_vec(size, T::zero());
        Ok(Self {
            inner: ndarray::Array::from_shape_vec(shape, zeros)
                .expect("size computed from the shape"),
        })
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
        ShapeError::check_dims(dim.slice())?;
        let len = data.len();
        ndarray::Array::from_shape_vec(dim.clone(), data)
            .map(|inner| Self { inner })
            .map_err(|_| ShapeError::reshape(len, dim.slice()))
    }
}

/// A C-order copy of a view into a fresh (huge-page advised) buffer: one block copy when the
/// view is C-contiguous, strips of rows when it is a transposed C matrix (`a.T`), row by row
/// otherwise.
pub(crate) fn owned_copy<T: Clone, D: Dimension>(
    v: &ndarray::ArrayView<'_, T, D>,
) -> ndarray::Array<T, D> {
    let (shape, strides) = (v.shape(), v.strides());
    let transposed =
        shape.len() == 2 && shape[0] > 1 && shape[1] > 1 && strides == [1, shape[0] as isize];
    let out = match (v.as_slice(), v.as_slice_memory_order()) {
        (Some(s), _) => {
            let mut out = crate::raw::output_vec(s.len());
            out.extend_from_slice(s);
            out
        }
        // A transposed C matrix (`a.T`): element (i, j) is `mem[i + j * rows]`.
        (None, Some(mem)) if transposed => crate::raw::transpose_copy(mem, shape[1], shape[0]),
        _ => crate::raw::copy_rows(v),
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
