//! A Python extension module, `npview_example`, whose functions index NumPy arrays with npview's
//! `np!` macro without copying them on the way in.
//!
//! rust-numpy hands a NumPy argument over as a borrow of the caller's buffer:
//! `PyReadonlyArray::as_array` is an ndarray `ArrayView` and `PyReadwriteArray::as_array_mut`
//! an `ArrayViewMut`, both with the array's own strides, so slices like `m[:, ::2]` arrive
//! as they are. `np!` indexes those ndarray views in place: a basic index gives another view, a
//! fancy index or a mask gives an owned copy, and writes go straight into the caller's array.
//! Results go back to Python with `PyArray::from_owned_array`, which takes over an owned array's
//! buffer: `npview::Array` converts into `ndarray::Array` without copying.
//!
//! Index errors that NumPy would raise come back from `np!(try ...)` with NumPy's message and are
//! raised as Python's `IndexError`; an argument of the wrong dtype or number of dimensions is a
//! `TypeError` raised by rust-numpy before the function runs.
//!
//! Build and test: `maturin develop` and `pytest` in this directory (see its README.md).

use pyo3::prelude::*;

/// The Python module `npview_example`.
#[pymodule]
mod npview_example {
    use ndarray::ArrayViewMut2;
    use npview::{np, IndexError};
    use numpy::prelude::*;
    use numpy::{PyArray1, PyArray2, PyArrayDyn, PyReadonlyArray1, PyReadonlyArray2};
    use numpy::{PyReadonlyArrayDyn, PyReadwriteArray1, PyReadwriteArray2};
    use pyo3::exceptions::PyIndexError;
    use pyo3::prelude::*;

    /// npview's `IndexError` (NumPy's message) as Python's `IndexError`.
    fn index_error(err: IndexError) -> PyErr {
        PyIndexError::new_err(err.to_string())
    }

    /// Caps `a` at `hi` in place, as NumPy's `a[a > hi] = hi`: the mask write goes straight
    /// into the caller's array (no mask is built, nothing is copied).
    #[pyfunction]
    fn clip_above(mut a: PyReadwriteArray1<'_, f64>, hi: f64) {
        let mut a = a.as_array_mut();
        np!(a[a > hi] = hi);
    }

    /// Rows 0, 2, 4, ... of `m`, as NumPy's `m[::2].copy()`: `np!(m[::2])` is a view of the
    /// caller's array, copied once into the returned array.
    #[pyfunction]
    fn every_other_row<'py>(
        py: Python<'py>,
        m: PyReadonlyArray2<'py, i64>,
    ) -> Bound<'py, PyArray2<i64>> {
        let m = m.as_array();
        let rows = np!(m[::2]);
        PyArray2::from_owned_array(py, rows.copy().into())
    }

    /// `a[idx]` with NumPy's fancy indexing (negative indices count from the end): a new array.
    /// An index out of bounds raises `IndexError` with NumPy's message.
    #[pyfunction]
    fn pick<'py>(
        py: Python<'py>,
        a: PyReadonlyArray1<'py, f64>,
        idx: PyReadonlyArray1<'py, i64>,
    ) -> PyResult<Bound<'py, PyArray1<f64>>> {
        let (a, idx) = (a.as_array(), idx.as_array());
        let picked = np!(try a[idx]).map_err(index_error)?;
        Ok(PyArray1::from_owned_array(py, picked.into()))
    }

    /// The sum of each column of `m`, as NumPy's `np.sum(m, axis=0)`.
    #[pyfunction]
    fn column_sums<'py>(
        py: Python<'py>,
        m: PyReadonlyArray2<'py, f64>,
    ) -> Bound<'py, PyArray1<f64>> {
        let m = m.as_array();
        let sums = np!(np.sum(m, axis = 0));
        PyArray1::from_owned_array(py, sums.into())
    }

    /// Sets the first and last row and column of `m` to 0 in place, as NumPy's
    /// `m[0] = 0; m[-1] = 0; m[:, 0] = 0; m[:, -1] = 0`. An empty axis raises `IndexError`
    /// (as NumPy's `m[0]` does) and leaves `m` as it was.
    #[pyfunction]
    fn zero_border(mut m: PyReadwriteArray2<'_, f64>) -> PyResult<()> {
        // NumPy gives an array without elements zero strides, which ndarray's debug builds
        // reject in `as_array_mut` for shapes like (3, 0) (rust-numpy#527, ndarray#1609). Such
        // an array has nothing to write, so index an empty view of its shape instead: np! then
        // raises NumPy's errors for it all the same.
        let mut m = if m.len() == 0 {
            ArrayViewMut2::from_shape(m.dims(), &mut []).expect("no elements fit any shape")
        } else {
            m.as_array_mut()
        };
        np!(try m[0] = 0).map_err(index_error)?;
        np!(try m[-1] = 0).map_err(index_error)?;
        np!(try m[:, 0] = 0).map_err(index_error)?;
        np!(try m[:, -1] = 0).map_err(index_error)?;
        Ok(())
    }

    /// `(a - np.mean(a)) / np.std(a)` for an array of any shape: a new array.
    #[pyfunction]
    fn normalize<'py>(
        py: Python<'py>,
        a: PyReadonlyArrayDyn<'py, f64>,
    ) -> Bound<'py, PyArrayDyn<f64>> {
        let a = a.as_array();
        let z = np!((a - np.mean(a)) / np.std(a));
        PyArrayDyn::from_owned_array(py, z.into())
    }
}
