//! The array types and run-time behaviour behind `npview`'s `np!` macro.
//!
//! Use it through the `npview` crate, which re-exports everything here. The pieces:
//!
//! - [`Array`], [`ArrayView`], [`ArrayViewMut`]: ndarray's arrays with NumPy's printing,
//!   `.base()`, `.copy()` and `.reshape()`;
//! - `index`: what `np!` expands into: the compile-time rank and kind of a result and the
//!   run-time engine for NumPy's indexing rules;
//! - [`shares_memory`] and [`may_share_memory`]: NumPy's memory questions;
//! - printing with NumPy's layout (`Display` is `str()`, `Debug` is `repr()`).

#![deny(unsafe_code)]

mod arith;
mod array;
mod axes;
mod broadcast;
mod build;
mod compare;
mod dtype;
mod error;
mod expr;
mod fmt;
mod index;
mod ints;
mod join;
mod memory;
#[cfg(feature = "npy")]
pub mod npy;
mod ops;
mod parallel;
mod rank;
#[allow(unsafe_code)] // the one module with `unsafe`: see its invariants
mod raw;
mod reduce;
mod search;
#[cfg(feature = "serde")]
mod serde_impls;
mod value;
mod views;

pub use crate::array::{
    arange, Array, Array0, Array1, Array2, Array3, Array4, Array5, Array6, ArrayD, ArrayView,
    ArrayView0, ArrayView1, ArrayView2, ArrayView3, ArrayView4, ArrayView5, ArrayView6, ArrayViewD,
    ArrayViewMut, ArrayViewMut0, ArrayViewMut1, ArrayViewMut2, ArrayViewMut3, ArrayViewMut4,
    ArrayViewMut5, ArrayViewMut6, ArrayViewMutD, MeanType, Reshaped, Shape, SumType,
};
pub use crate::dtype::Scalar;
pub use crate::error::{ErrorKind, IndexError, ShapeError};
pub use crate::fmt::{
    pystr, set_printoptions, FormatElement, PrintOptions, PrintOptionsGuard, PyStr,
};
pub use crate::memory::{
    may_share_memory, set_freed_buffer_limit, shares_memory, Base, MemoryLayout,
};
pub use crate::value::Operand;
pub use crate::views::AtElement;
pub use ndarray;
pub use ndarray::{Axis, Dimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

/// Build an owned array from nested list literals, 1-D to 6-D, like ndarray's `array!`.
///
/// ```
/// use npview::array;
/// let a = array![10, 20, 30];
/// let m = array![[1, 2], [3, 4]];
/// assert_eq!(a.to_string(), "[10 20 30]");
/// assert_eq!(m.shape(), &[2, 2]);
/// ```
#[macro_export]
macro_rules! array {
    ($($t:tt)*) => {
        $crate::Array::from($crate::__private::ndarray::array![$($t)*])
    };
}

/// NumPy's indexing in Rust, with the view-or-copy decision made at compile time.
///
/// | form | result |
/// |---|---|
/// | `np!(a[IDX])`, `np!(&a[IDX])` | a view for basic indices, the element when integers cover every axis (by value, or `&T` with `&`), an owned copy for fancy or mask indices |
/// | `np!(&mut a[IDX])` | a mutable view (or `&mut T`); basic indices only |
/// | `np!(a[IDX] = v)`, `np!(a[IDX] += v)` (every compound operator) | an in-place write, for any index |
/// | `np!(try ...)` | the same, as `Result<_, IndexError>` instead of a panic |
///
/// `IDX` is NumPy's syntax: integers, `start:stop:step`, `...`, `None`, list literals, masks
/// built from comparisons (`a > 25`, `(a > 10) & (a < 40)`, `~m`, `a % 2 == 0`), nested
/// indexing (`a[a[:, 0] > 3]`) and any Rust expression, dispatched by its type.
///
/// ```
/// use npview::{array, np};
/// let mut arr = array![10, 20, 30, 40, 50];
/// let view = np!(arr[1:4]);
/// assert_eq!(view.to_string(), "[20 30 40]");
/// let picked = np!(arr[[0, 2, 4]]);
/// let big = np!(arr[arr > 25]);
/// assert_eq!((picked.to_string(), big.to_string()), ("[10 30 50]".into(), "[30 40 50]".into()));
/// np!(arr[[0, 2]] = 0);
/// assert_eq!(arr.to_string(), "[ 0 20  0 40 50]");
/// ```
#[macro_export]
macro_rules! np {
    ($($t:tt)*) => {
        $crate::__private::np_impl! { $crate; $($t)* }
    };
}

/// What `np!` expands into. Not a stable API: use the macro.
#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
