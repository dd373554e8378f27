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
mod broadcast;
mod compare;
mod error;
mod fmt;
mod index;
mod memory;
mod ops;
mod rank;
#[allow(unsafe_code)] // the one module with `unsafe`: see its invariants
mod raw;
mod value;

pub use crate::array::{
    arange, Array, Array0, Array1, Array2, Array3, Array4, Array5, Array6, ArrayD, ArrayView,
    ArrayView0, ArrayView1, ArrayView2, ArrayView3, ArrayView4, ArrayView5, ArrayView6, ArrayViewD,
    ArrayViewMut, ArrayViewMut0, ArrayViewMut1, ArrayViewMut2, ArrayViewMut3, ArrayViewMut4,
    ArrayViewMut5, ArrayViewMut6, ArrayViewMutD, Reshaped,
};
pub use crate::error::{ErrorKind, IndexError, ShapeError};
pub use crate::fmt::{set_printoptions, FormatElement, PrintOptions, PrintOptionsGuard};
pub use crate::memory::{may_share_memory, shares_memory, Base, MemoryLayout};
pub use crate::value::{Operand, Scalar};
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
pub mod __private {
    pub use crate::index::fused;
    pub use crate::index::item::{IndexItem, SliceSpec};
    pub use crate::index::spec::{slice, Ellipsis, IndexElem, IndexList, NewAxis};
    pub use crate::index::{
        assign, assign_op, assign_within, let_mut, read, read_slices, split_mut, unwrap, view_mut,
        ByRef, ByValue,
    };
    /// The element-wise operations of expressions.
    pub mod ops {
        pub use crate::ops::*;
    }
    pub use ndarray;
    pub use npview_macros::np_impl;

    /// The place an `np!` write goes to, reborrowed mutably by method-call syntax: `a` may be
    /// an array or mutable view (borrowed here) or a `&mut` to one (reborrowed, so a function's
    /// `a: &mut Array1<i64>` parameter needs no `mut`).
    pub trait Place {
        /// `self`, mutably.
        fn __np_mut(&mut self) -> &mut Self {
            self
        }
    }
    impl<T: ?Sized> Place for T {}

    /// A fresh owned copy of an operand, so the right side of a self-assignment no longer
    /// borrows the array being written (NumPy's "as if the right side were copied first").
    pub fn materialize<T: Clone, V: crate::Operand<T>>(v: V) -> crate::Array<T, V::Dim> {
        crate::Array {
            inner: v
                .operand()
                .to_owned()
                .into_dimensionality()
                .expect("same rank"),
        }
    }
}
