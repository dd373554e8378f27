//! `.npy` and `.npz` files, as NumPy's `np.save`, `np.load` and `np.savez` write and read them
//! (feature `npy`, through the ndarray-npy crate): npview arrays in, npview arrays out.

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use ndarray::Dimension;
pub use ndarray_npy::{
    NpzReader, NpzWriter, ReadNpyError, ReadNpzError, ReadableElement, WritableElement,
    WriteNpyError, WriteNpzError,
};

use crate::array::{Array, ArrayView};

/// `np.load(path)` of an `.npy` file: its dtype and rank must be `T` and `D` (a dynamic rank
/// reads any).
///
/// # Errors
/// The file cannot be read, is not an `.npy` file, or holds another dtype or rank.
///
/// ```
/// use npview::{arange, Array2};
/// let path = std::env::temp_dir().join("npview-doc-load.npy");
/// npview::npy::save(&path, arange(6).into_reshape((2, 3)).view()).unwrap();
/// let back: Array2<i64> = npview::npy::load(&path).unwrap();
/// assert_eq!(back.to_string(), "[[0 1 2]\n [3 4 5]]");
/// ```
pub fn load<T: ReadableElement, D: Dimension>(
    path: impl AsRef<Path>,
) -> Result<Array<T, D>, ReadNpyError> {
    let inner: ndarray::Array<T, D> = ndarray_npy::read_npy(path)?;
    Ok(Array::from(inner))
}

/// `np.save(path, a)`: an array or a view (of any layout: NumPy's reader gets C order or
/// Fortran order as the view is laid out, and copies of other layouts).
///
/// # Errors
/// The file cannot be written.
///
/// ```
/// use npview::np;
/// let a = npview::arange(10);
/// let path = std::env::temp_dir().join("npview-doc-save.npy");
/// npview::npy::save(&path, np!(a[::3])).unwrap();
/// let back: npview::Array1<i64> = npview::npy::load(&path).unwrap();
/// assert_eq!(back.to_string(), "[0 3 6 9]");
/// ```
pub fn save<T: WritableElement, D: Dimension>(
    path: impl AsRef<Path>,
    a: ArrayView<'_, T, D>,
) -> Result<(), WriteNpyError> {
    let view: ndarray::ArrayView<'_, T, D> = a.into();
    ndarray_npy::write_npy(path, &view)
}

/// The array `name` (without `.npy`) of an `.npz` file, as `np.load(path)[name]`.
///
/// # Errors
/// The file cannot be read, has no such array, or it has another dtype or rank.
///
/// ```
/// use npview::Array1;
/// let path = std::env::temp_dir().join("npview-doc-load.npz");
/// let (x, y) = (npview::arange(3), npview::arange(4));
/// npview::npy::savez(&path, &[("x", x.view()), ("y", y.view())]).unwrap();
/// let y: Array1<i64> = npview::npy::load_npz(&path, "y").unwrap();
/// assert_eq!(y.to_string(), "[0 1 2 3]");
/// ```
pub fn load_npz<T: ReadableElement, D: Dimension>(
    path: impl AsRef<Path>,
    name: &str,
) -> Result<Array<T, D>, ReadNpzError> {
    let mut reader = NpzReader::new(File::open(path).map_err(ReadNpyError::from)?)?;
    let inner: ndarray::Array<T, D> = reader.by_name(name)?;
    Ok(Array::from(inner))
}

/// `np.savez(path, name=a, ...)` of arrays of one dtype (for several dtypes, add each with
/// [`NpzWriter`] and `a.as_ndarray()`).
///
/// # Errors
/// The file cannot be written.
///
/// ```
/// use npview::np;
/// let m = npview::arange(6).into_reshape((2, 3));
/// let path = std::env::temp_dir().join("npview-doc-savez.npz");
/// npview::npy::savez(&path, &[("first_row", np!(m[0])), ("last_column", np!(m[:, -1]))]).unwrap();
/// let col: npview::Array1<i64> = npview::npy::load_npz(&path, "last_column").unwrap();
/// assert_eq!(col.to_string(), "[2 5]");
/// ```
pub fn savez<T: WritableElement, D: Dimension>(
    path: impl AsRef<Path>,
    arrays: &[(&str, ArrayView<'_, T, D>)],
) -> Result<(), WriteNpzError> {
    let file = File::create(path).map_err(WriteNpyError::from)?;
    let mut writer = NpzWriter::new(BufWriter::new(file));
    for (name, a) in arrays {
        let view: ndarray::ArrayView<'_, T, D> = a.clone().into();
        writer.add_array(*name, &view)?;
    }
    writer.finish()?;
    Ok(())
}
