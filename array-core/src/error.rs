//! Errors with NumPy's exact messages.

use core::fmt;

/// Which Python exception NumPy raises for an [`IndexError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// NumPy raises `IndexError` (out-of-bounds index, too many indices, mask size mismatch,
    /// index arrays that do not broadcast).
    Index,
    /// NumPy raises `ValueError` (zero slice step, a value that does not broadcast into the
    /// selection, a mask assignment with the wrong number of values).
    Value,
    /// NumPy raises `TypeError` (a mask assignment from a value of more than one dimension).
    Type,
}

/// An indexing or assignment error that only the run can see, with NumPy's message.
///
/// `np!(try ...)` returns it; the plain forms panic with the same text.
///
/// ```
/// use npview::{array, np, ErrorKind};
/// let a = array![1, 2, 3, 4, 5];
/// let err = np!(try a[[0, 5]]).unwrap_err();
/// assert_eq!(err.to_string(), "index 5 is out of bounds for axis 0 with size 5");
/// assert_eq!(err.kind(), ErrorKind::Index);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndexError {
    kind: ErrorKind,
    message: String,
}

impl IndexError {
    /// NumPy's exception class for this error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// NumPy's message, without the exception class.
    pub fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn index(message: String) -> Self {
        Self {
            kind: ErrorKind::Index,
            message,
        }
    }

    pub(crate) fn value(message: String) -> Self {
        Self {
            kind: ErrorKind::Value,
            message,
        }
    }

    pub(crate) fn type_error(message: String) -> Self {
        Self {
            kind: ErrorKind::Type,
            message,
        }
    }

    pub(crate) fn out_of_bounds(index: isize, axis: usize, size: usize) -> Self {
        Self::index(format!(
            "index {index} is out of bounds for axis {axis} with size {size}"
        ))
    }

    pub(crate) fn too_many_indices(ndim: usize, used: usize) -> Self {
        Self::index(format!(
            "too many indices for array: array is {ndim}-dimensional, but {used} were indexed"
        ))
    }

    pub(crate) fn zero_step() -> Self {
        Self::value("slice step cannot be zero".to_owned())
    }

    pub(crate) fn two_ellipses() -> Self {
        Self::index("an index can only have a single ellipsis ('...')".to_owned())
    }

    pub(crate) fn cannot_broadcast_value(from: &[usize], into: &[usize]) -> Self {
        Self::value(format!(
            "could not broadcast input array from shape {} into shape {}",
            shape_tuple(from),
            shape_tuple(into)
        ))
    }
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for IndexError {}

/// A shape that does not fit the data, with NumPy's message.
///
/// ```
/// let err = npview::arange(5).try_reshape((2, 3)).unwrap_err();
/// assert_eq!(err.to_string(), "cannot reshape array of size 5 into shape (2,3)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShapeError {
    message: String,
}

impl ShapeError {
    pub(crate) fn reshape(size: usize, shape: &[usize]) -> Self {
        Self {
            message: format!(
                "cannot reshape array of size {size} into shape {}",
                shape_tuple(shape)
            ),
        }
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ShapeError {}

/// A shape as NumPy writes it in error messages: `(3,)`, `(2,3)`, `()`.
pub(crate) fn shape_tuple(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(ToString::to_string).collect();
            format!("({})", parts.join(","))
        }
    }
}
