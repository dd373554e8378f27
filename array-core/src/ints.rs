//! Integer arguments that are not literals: the counts of `np.repeat`, the positions of
//! `np.delete` and `np.insert`, the shifts of `np.roll`. NumPy takes a Python int, a list, or
//! an integer (or boolean) array for each; inside `np!` a literal or a literal list becomes an
//! `isize` or `[isize; N]`, and anything else (a Rust integer, an npview array, an expression)
//! arrives wrapped in [`Ints`], read once at run time.

use crate::dtype::{DType, Kind, Scalar};
use crate::error::IndexError;
use crate::expr::{IntoNode, Node};
use crate::fmt::FormatElement;
use crate::reduce::elements;

/// `i` as Python reads an index into `len` items (negative from the end), if it is one.
pub(crate) fn python_index(i: isize, len: usize) -> Option<usize> {
    let at = if i < 0 { i + len as isize } else { i };
    (0..len as isize).contains(&at).then_some(at as usize)
}

/// An element type NumPy accepts as an index or a count: an integer or a bool.
#[diagnostic::on_unimplemented(
    message = "NumPy takes only integers or booleans here, not `{Self}`",
    label = "a float array or value where NumPy wants indices or counts",
    note = "NumPy raises at run time (\"arrays used as indices must be of integer (or boolean) type\"); convert explicitly, as in `x.astype(np.int64)`"
)]
pub trait IndexDtype: Scalar + FormatElement {}
macro_rules! index_dtypes {
    ($($t:ty),*) => {$(
        #[diagnostic::do_not_recommend]
        impl IndexDtype for $t {}
    )*};
}
index_dtypes!(bool, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// An integer argument by value: a Rust integer, an npview array of integers or booleans, or
/// an `np!` expression giving one.
///
/// # Examples
/// ```
/// use npview::np;
/// let v = np!(np.array([1, 2, 3]));
/// let counts = np!(np.array([2, 0, 1]));
/// assert_eq!(np!(np.repeat(v, counts)).to_string(), "[1 1 3]");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Ints<X>(pub X);

/// An integer argument as read: its values, its shape (`None` for one number) and whether it
/// was boolean (`np.delete` and `np.insert` read a boolean array as a mask).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IntList {
    /// The values in C order (`0`/`1` for booleans).
    pub values: Vec<isize>,
    /// The shape of an array argument; `None` for a scalar.
    pub shape: Option<Vec<usize>>,
    /// Whether the argument was a boolean array.
    pub boolean: bool,
    /// NumPy's name of the dtype of an array argument (not of a list or a number, which NumPy
    /// converts to `int64` itself): `np.insert` cannot shift unsigned positions.
    pub array_dtype: Option<&'static str>,
}

impl IntList {
    /// Whether the argument was one number (a scalar, not a list of one).
    #[must_use]
    pub fn is_scalar(&self) -> bool {
        self.shape.as_ref().map_or(true, Vec::is_empty)
    }
}

/// What `np.repeat`, `np.delete`, `np.insert` and `np.roll` take for their integers.
pub trait IntArg {
    /// The values, read once.
    ///
    /// # Errors
    /// An error computing an expression argument.
    fn int_list(self) -> Result<IntList, IndexError>;
}

impl IntArg for isize {
    fn int_list(self) -> Result<IntList, IndexError> {
        Ok(IntList {
            values: vec![self],
            shape: None,
            boolean: false,
            array_dtype: None,
        })
    }
}

impl<const N: usize> IntArg for [isize; N] {
    fn int_list(self) -> Result<IntList, IndexError> {
        Ok(IntList {
            values: self.to_vec(),
            shape: Some(vec![N]),
            boolean: false,
            array_dtype: None,
        })
    }
}

impl<X> IntArg for Ints<X>
where
    X: IntoNode,
    <<X::Node as Node>::Elem as DType>::Strong: IndexDtype,
{
    fn int_list(self) -> Result<IntList, IndexError> {
        type Elem<X> = <<<X as IntoNode>::Node as Node>::Elem as DType>::Strong;
        let node = self.0.into_node();
        let array = !node.is_list() && node.constant().is_none();
        let values = elements(&node)?;
        let boolean = Elem::<X>::KIND == Kind::Bool;
        let shape = values.shape().to_vec();
        Ok(IntList {
            values: values
                .iter()
                .map(|v| v.strong().to_i128().map_or(0, |i| i as isize))
                .collect(),
            shape: Some(shape),
            boolean,
            array_dtype: array.then_some(<Elem<X> as FormatElement>::DTYPE),
        })
    }
}

/// A shape held in a Rust value (`np.zeros(dims)`, `a.reshape(b.shape)`): one length, a
/// tuple or array of lengths, or another array's `shape`.
///
/// # Examples
/// ```
/// use npview::np;
/// let dims = (2, 3usize);
/// let m = np!(np.zeros(dims));
/// assert_eq!(np!(np.ones(m.shape)).shape(), &[2, 3]);
/// ```
pub trait ShapeArg {
    /// The lengths.
    type Lengths;
    /// Read them.
    fn lengths(self) -> Self::Lengths;
}

/// An integer of any Rust type, as a length.
pub trait Length: Copy {
    /// The length.
    fn length(self) -> isize;
}
macro_rules! lengths {
    ($($t:ty),*) => {$(
        impl Length for $t {
            fn length(self) -> isize {
                self as isize
            }
        }
        impl ShapeArg for $t {
            type Lengths = [isize; 1];
            fn lengths(self) -> [isize; 1] {
                [self.length()]
            }
        }
    )*};
}
lengths!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl<T: Length, const N: usize> ShapeArg for [T; N] {
    type Lengths = [isize; N];
    fn lengths(self) -> [isize; N] {
        self.map(Length::length)
    }
}

macro_rules! tuple_lengths {
    ($($n:literal: $($t:ident $i:tt),*;)*) => {$(
        impl<$($t: Length),*> ShapeArg for ($($t,)*) {
            type Lengths = [isize; $n];
            fn lengths(self) -> [isize; $n] {
                [$(self.$i.length()),*]
            }
        }
    )*};
}
tuple_lengths! {
    1: A 0;
    2: A 0, B 1;
    3: A 0, B 1, C 2;
    4: A 0, B 1, C 2, D 3;
    5: A 0, B 1, C 2, D 3, E 4;
    6: A 0, B 1, C 2, D 3, E 4, F 5;
}

impl<const N: usize> ShapeArg for crate::array::attrs::Shape<ndarray::Dim<[usize; N]>>
where
    ndarray::Dim<[usize; N]>: ndarray::Dimension,
{
    type Lengths = [isize; N];
    fn lengths(self) -> [isize; N] {
        core::array::from_fn(|i| self[i] as isize)
    }
}

/// `np.zeros(dims)` with `dims` a Rust value: its lengths (see [`ShapeArg`]).
pub fn shape_arg<S: ShapeArg>(shape: S) -> S::Lengths {
    shape.lengths()
}
