//! Errors with NumPy's exact messages.

use core::fmt;

/// Which Python exception NumPy raises for an [`IndexError`].
///
/// ```
/// use npview::{arange, np, ErrorKind};
/// let a = arange(5);
/// assert_eq!(np!(try a[7]).unwrap_err().kind(), ErrorKind::Index);
/// let step = 0; // a literal `::0` is refused at compile time
/// assert_eq!(np!(try a[::step]).unwrap_err().kind(), ErrorKind::Value);
/// ```
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
    /// NumPy raises `OverflowError` (an integer index too large for an index).
    Overflow,
    /// NumPy raises `AxisError` (an axis out of range for the array; a subclass of both
    /// `ValueError` and `IndexError` in NumPy).
    Axis,
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
#[derive(Clone, PartialEq, Eq)]
pub struct IndexError(Box<ErrorParts>);

/// An [`IndexError`]'s contents, boxed so that the error is one non-null pointer: a
/// `Result<T, IndexError>` then keeps an explicit tag (and is smaller), which lets the
/// compiler see that an error it just built is an error. With the parts inline, the tag was
/// a niche inside the message's `String`, and an element read in a loop had to test the
/// error a cold path returned before it could panic, keeping the loop's values alive across
/// that call.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ErrorParts {
    kind: ErrorKind,
    message: String,
}

impl fmt::Debug for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IndexError")
            .field("kind", &self.0.kind)
            .field("message", &self.0.message)
            .finish()
    }
}

impl IndexError {
    /// NumPy's exception class for this error.
    ///
    /// ```
    /// use npview::{arange, np, ErrorKind};
    /// let a = arange(5);
    /// let e = np!(try a[[0, 9]]).unwrap_err();
    /// assert_eq!(e.kind(), ErrorKind::Index);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// NumPy's message, without the exception class.
    ///
    /// ```
    /// use npview::{arange, np};
    /// let a = arange(5);
    /// let e = np!(try a[7]).unwrap_err();
    /// assert_eq!(e.message(), "index 7 is out of bounds for axis 0 with size 5");
    /// assert_eq!(e.to_string(), e.message()); // `Display` is the message too
    /// ```
    pub fn message(&self) -> &str {
        &self.0.message
    }

    fn new(kind: ErrorKind, message: String) -> Self {
        Self(Box::new(ErrorParts { kind, message }))
    }

    fn index(message: String) -> Self {
        Self::new(ErrorKind::Index, message)
    }

    fn value(message: String) -> Self {
        Self::new(ErrorKind::Value, message)
    }

    fn type_error(message: String) -> Self {
        Self::new(ErrorKind::Type, message)
    }

    /// `a @ b` whose inner sizes differ (`k_a` columns of `a`, `k_b` rows of `b`).
    pub(crate) fn matmul_mismatch(k_a: usize, k_b: usize) -> Self {
        Self::value(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {k_b} is different from {k_a})"
        ))
    }

    /// NumPy's `AxisError` (`what` is `"axis1: "`, `"source: "` ... or empty).
    pub(crate) fn axis_out_of_bounds(what: &str, axis: isize, ndim: usize) -> Self {
        Self::new(
            ErrorKind::Axis,
            format!("{what}axis {axis} is out of bounds for array of dimension {ndim}"),
        )
    }

    /// An `IndexError` with NumPy's (or Python's) text as it is.
    pub(crate) fn index_text(message: &str) -> Self {
        Self::index(message.to_owned())
    }

    /// Python's `ZeroDivisionError`, reported with the `ValueError` kind (its text kept).
    pub(crate) fn zero_division(message: &str) -> Self {
        Self::value(message.to_owned())
    }

    /// A `TypeError` with NumPy's text as it is.
    pub(crate) fn type_text(message: &str) -> Self {
        Self::type_error(message.to_owned())
    }

    /// A reduction without an identity (`min`, `max`) over no elements.
    pub(crate) fn no_identity(ufunc: &str) -> Self {
        Self::value(format!(
            "zero-size array to reduction operation {ufunc} which has no identity"
        ))
    }

    /// `a.flat[i]` out of range.
    pub(crate) fn flat_out_of_bounds(index: isize, size: usize) -> Self {
        Self::index(format!("index {index} is out of bounds for size {size}"))
    }

    /// A `reshape` whose shape (with `-1` for the unknown length, which NumPy prints as
    /// `newaxis`) does not fit the size.
    pub(crate) fn reshape_with_unknown(size: usize, shape: &[isize]) -> Self {
        // NumPy's convert_shape_to_string: leading unknowns are left out, later ones print as
        // `newaxis`, and only a shape of exactly one length gets the tuple's trailing comma.
        let first = shape.iter().position(|&d| d >= 0).unwrap_or(shape.len());
        let parts: Vec<String> = shape[first..]
            .iter()
            .map(|&d| {
                if d < 0 {
                    "newaxis".to_owned()
                } else {
                    d.to_string()
                }
            })
            .collect();
        let tuple = match (parts.as_slice(), shape.len()) {
            ([], _) => "()".to_owned(),
            ([one], 1) => format!("({one},)"),
            _ => format!("({})", parts.join(",")),
        };
        Self::value(format!(
            "cannot reshape array of size {size} into shape {tuple}"
        ))
    }

    /// `np.broadcast_to` of an array that does not broadcast to the shape.
    pub(crate) fn broadcast_to(from: &[usize], to: &[usize]) -> Self {
        Self::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
            shape_tuple(from),
            shape_tuple(to)
        ))
    }

    /// A `ufunc.at` value that does not broadcast to the selection.
    pub(crate) fn at_value_mismatch() -> Self {
        Self::value("array is not broadcastable to correct shape".to_owned())
    }

    pub(crate) fn out_of_bounds(index: isize, axis: usize, size: usize) -> Self {
        Self::out_of_bounds_written(&index.to_string(), axis, size)
    }

    /// [`IndexError::out_of_bounds`] with the index written as the caller wrote it (`[7]`).
    pub(crate) fn out_of_bounds_written(index: &str, axis: usize, size: usize) -> Self {
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

    /// A `ValueError` with NumPy's text.
    pub(crate) fn value_text(message: &str) -> Self {
        Self::value(message.to_owned())
    }

    /// An integer index beyond `isize`: NumPy's `OverflowError`, with the value written.
    pub(crate) fn too_large(value: i128) -> Self {
        Self::new(
            ErrorKind::Overflow,
            format!("Python int too large to convert to C long (the index {value})"),
        )
    }

    /// A ufunc whose result NumPy's `same_kind` rule does not write back (`UFuncTypeError`,
    /// a `TypeError`).
    pub(crate) fn ufunc_cast(ufunc: &str, from: &str, to: &str) -> Self {
        Self::type_error(format!(
            "Cannot cast ufunc '{ufunc}' output from dtype('{from}') to dtype('{to}') with casting rule 'same_kind'"
        ))
    }

    /// An array NumPy converts with its `safe` rule and cannot (`np.repeat` of uint64 counts).
    pub(crate) fn unsafe_cast(from: &str, to: &str) -> Self {
        Self::type_error(format!(
            "Cannot cast array data from dtype('{from}') to dtype('{to}') according to the rule 'safe'"
        ))
    }

    /// A list (the pieces of `np.split`) indexed past its length.
    pub(crate) fn list_index() -> Self {
        Self::index("list index out of range".to_owned())
    }

    /// `len()` of a 0-d array.
    pub(crate) fn unsized_len() -> Self {
        Self::type_error("len() of unsized object".to_owned())
    }

    /// A tuple (`a.shape`) indexed past its length.
    pub(crate) fn tuple_index() -> Self {
        Self::index("tuple index out of range".to_owned())
    }

    /// A new array whose size does not fit the address space: NumPy's `ValueError`.
    pub(crate) fn too_big() -> Self {
        Self::value_text(
            "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.",
        )
    }

    /// A Python `int` that NumPy converts to `dtype` and that does not fit it.
    pub(crate) fn int_out_of_bounds(value: i128, dtype: &str) -> Self {
        Self::new(
            ErrorKind::Overflow,
            format!("Python integer {value} out of bounds for {dtype}"),
        )
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

    /// A mask whose shape does not match the axes it indexes.
    pub(crate) fn mask_mismatch(axis: usize, size: usize, mask_size: usize) -> Self {
        Self::index(format!(
            "boolean index did not match indexed array along axis {axis}; size of axis is {size} but size of corresponding boolean axis is {mask_size}"
        ))
    }

    /// Index arrays that do not broadcast together (NumPy lists each shape with a trailing
    /// space).
    pub(crate) fn index_arrays_mismatch<'s>(shapes: impl IntoIterator<Item = &'s [usize]>) -> Self {
        let listed: String = shapes
            .into_iter()
            .map(|s| format!("{} ", shape_tuple(s)))
            .collect();
        Self::index(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {listed}"
        ))
    }

    /// A value that does not broadcast to the result of an advanced index.
    pub(crate) fn value_mismatch(value: &[usize], result: &[usize]) -> Self {
        Self::value(format!(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
            shape_tuple(value),
            shape_tuple(result)
        ))
    }

    /// A list value with more dimensions than the basic selection it is written into.
    pub(crate) fn sequence_too_deep(ndim: usize) -> Self {
        Self::value(format!(
            "setting an array element with a sequence. The requested array would exceed the maximum number of dimension of {ndim}."
        ))
    }

    /// A mask assignment from a value of more than one dimension.
    pub(crate) fn mask_value_ndim(ndim: usize) -> Self {
        Self::type_error(format!(
            "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has {ndim} dimensions"
        ))
    }

    /// A mask assignment with neither one value nor one per true entry.
    pub(crate) fn mask_value_count(values: usize, count: usize) -> Self {
        Self::value(format!(
            "NumPy boolean array indexing assignment cannot assign {values} input values to the {count} output values where the mask is true"
        ))
    }

    /// The operands of an in-place operator that do not broadcast together.
    pub(crate) fn in_place_operands(out: &[usize], value: &[usize]) -> Self {
        Self::value(format!(
            "operands could not be broadcast together with shapes {} {} {} ",
            shape_tuple(out),
            shape_tuple(value),
            shape_tuple(out)
        ))
    }

    /// An in-place operator whose value would grow the target.
    pub(crate) fn non_broadcastable_output(out: &[usize], broadcast: &[usize]) -> Self {
        Self::value(format!(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            shape_tuple(out),
            shape_tuple(broadcast)
        ))
    }

    /// Operands of an element-wise operation that do not broadcast together (NumPy lists
    /// each shape with a trailing space).
    pub(crate) fn operands_mismatch(shapes: &[&[usize]]) -> Self {
        let listed: String = shapes
            .iter()
            .map(|s| format!("{} ", shape_tuple(s)))
            .collect();
        Self::value(format!(
            "operands could not be broadcast together with shapes {listed}"
        ))
    }

    /// A broadcast index whose element count does not fit an index (`intp`).
    pub(crate) fn iterator_too_large() -> Self {
        Self::value("iterator is too large".to_owned())
    }

    /// A mutable view asked of an advanced index.
    pub(crate) fn mutable_view_of_copy() -> Self {
        Self::value(
            "fancy and boolean indexing return a copy, so they cannot give a mutable view"
                .to_owned(),
        )
    }

    /// Two mutable views of a split borrow that share memory (`first`, `second` count from 1).
    pub(crate) fn overlapping_views(first: usize, second: usize) -> Self {
        Self::value(format!(
            "mutable views {first} and {second} overlap: they share memory, so they cannot both be written at the same time"
        ))
    }
}

impl fmt::Display for IndexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)
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

    /// A dimension of `2**63` or more (NumPy's dimensions are `intp`).
    pub(crate) fn max_dimension() -> Self {
        Self {
            message: "Maximum allowed dimension exceeded".to_owned(),
        }
    }

    /// An array whose bytes would not fit in the address space.
    pub(crate) fn too_big() -> Self {
        Self {
            message: "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.".to_owned(),
        }
    }

    /// NumPy's check of a new shape, before its size is compared with anything: every
    /// dimension below `2**63`.
    pub(crate) fn check_dims(shape: &[usize]) -> Result<(), Self> {
        if shape.iter().any(|&d| d > isize::MAX as usize) {
            return Err(Self::max_dimension());
        }
        Ok(())
    }
}

impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ShapeError {}

/// NumPy's size check of a new array: its bytes, the item size times every nonzero length,
/// must not pass `isize::MAX`. A zero length is skipped rather than making the product zero,
/// so it does not excuse the others: `np.zeros((0, 2**62, 4))` is `array is too big`.
pub(crate) fn bytes_fit(item: usize, lengths: impl IntoIterator<Item = usize>) -> bool {
    lengths
        .into_iter()
        .filter(|&d| d != 0)
        .try_fold(item, |bytes, d| {
            bytes.checked_mul(d).filter(|&b| b <= isize::MAX as usize)
        })
        .is_some()
}

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
