//! # npview
//!
//! NumPy's indexing in Rust, with the borrow checker keeping track of which arrays share memory.
//!
//! In NumPy, `arr[1:4]` is a *view*: writing through it changes `arr`. Fancy indexing
//! (`arr[[0, 2]]`) and boolean masks (`arr[arr > 25]`) give *copies*: writing into those changes
//! nothing. The [`np!`] macro takes NumPy's index syntax and decides at compile time which one
//! you get, a borrow-checked [`ArrayView`]/[`ArrayViewMut`] or an owned [`Array`], so the
//! aliasing mistakes NumPy users make at run time become compile errors.
//!
//! ```
//! use npview::{array, np};
//!
//! let mut arr = array![10, 20, 30, 40, 50];
//! let mut view = np!(&mut arr[1:4]); // a mutable view borrowing arr
//! view[0] = 999;
//! assert_eq!(view.to_string(), "[999  30  40]");
//! assert_eq!(arr.to_string(), "[ 10 999  30  40  50]");
//!
//! let copy = np!(arr[1:4]).copy(); // owned
//! let picked = np!(arr[[0, 2, 4]]); // fancy index: owned copy
//! let big = np!(arr[arr > 25]); // boolean mask: owned copy
//! np!(arr[[0, 2]] = 0); // fancy assignment writes in place
//! assert_eq!(arr.to_string(), "[  0 999   0  40  50]");
//! assert_eq!(copy.to_string(), "[999  30  40]");
//! assert_eq!(picked.to_string(), "[10 30 50]");
//! assert_eq!(big.to_string(), "[999  30  40  50]");
//! ```
//!
//! Printing follows NumPy: `Display` is `str(a)` and `Debug` is `repr(a)`.

pub use npview_core::*;
