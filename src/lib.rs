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
//!
//! ## Expressions
//!
//! Inside `np!`, operators and NumPy's functions mean what they mean in NumPy 2, and the Rust
//! type of a result is NumPy's dtype:
//!
//! ```
//! use npview::{array, np};
//!
//! let a = array![1i32, 2, 3, 4, 5];
//! let half = np!(a / 2); // true division: float64
//! assert_eq!(format!("{half:?}"), "array([0.5, 1. , 1.5, 2. , 2.5])");
//! let plus = np!(a + 1); // a Python int takes the array's dtype (NEP 50): int32
//! assert_eq!(format!("{plus:?}"), "array([2, 3, 4, 5, 6], dtype=int32)");
//! let capped = np!(np.where(a > 2, np.sqrt(a * 10.0), 0.0)); // one pass, no temporaries
//! assert_eq!(capped.to_string(), "[0.         0.         5.47722558 6.32455532 7.07106781]");
//!
//! let mut z = npview::Array1::<f64>::zeros(4);
//! np!(z[1:3] = 1); // an integer written into floats: NumPy's same_kind rule allows it
//! assert_eq!(z.to_string(), "[0. 1. 1. 0.]");
//! ```
//!
//! - Operators: `+ - * / % ** @`, `& | ^ << >> ~`, unary `-`, comparisons. Rust's lexer reads
//!   `//` as a comment before any macro sees it, so floor division is
//!   `np.floor_divide(a, b)` (and `a //= b` is `a[...] = np.floor_divide(a[...], b)`).
//!   rustfmt reads `a ** b` inside a macro call as `a * *b` and rewrites it so: keep
//!   `#[rustfmt::skip]` on such items, or write `np.power(a, b)`.
//! - Functions: `np.abs`, `np.sqrt`, `np.exp`, `np.log` (`log2`, `log10`), `np.sin` (`cos`,
//!   `tan`), `np.floor`, `np.ceil`, `np.round(a, decimals)`, `np.sign`, `np.square`,
//!   `np.minimum`, `np.maximum`, `np.clip`, `np.where`, `np.isnan` (`isinf`, `isfinite`),
//!   `np.logical_and` (`or`, `not`, `xor`), the function forms of the operators (`np.add`,
//!   `np.divide`, `np.power`, `np.greater`, ...), `np.isclose`, `np.allclose`,
//!   `np.array_equal`, `np.matmul`; `np.pi`, `np.e`, `np.nan`, `np.inf`; `a.astype(np.float64)`
//!   (or `astype(f64)`), `a.clip(lo, hi)`, `a.round(d)`, `a.T`, `a.shape`, `a.ndim`, `a.size`;
//!   `print(...)` as Python's print ([`pystr`] formats one value the same way). Any other
//!   `np.NAME` is a compile error that lists these.
//! - Writes convert values under NumPy's `same_kind` rule; a float written into an integer
//!   array (which NumPy truncates silently) is a compile error that names `.astype(...)`, and so
//!   is `a_int /= 2` (NumPy's `UFuncTypeError`).
//!
//! ## Optional features
//!
//! - `npy`: `npview::npy::{load, save, load_npz, savez}`, NumPy's `.npy` and `.npz` files.
//! - `serde`: `Serialize`/`Deserialize` for arrays and views, in ndarray's format.
//! - `rayon`: fused expressions, expression writes, sums, gathers and mask selects over at
//!   least 131,072 elements split over rayon's threads; every result stays NumPy's to the last
//!   bit (see [Performance](guide::performance)).
//!
//! ## Guide
//!
//! The [`guide`] explains npview at more length, in chapters whose every example is a doctest:
//!
//! - [Copies vs views](guide::copies_vs_views): NumPy's copies-vs-views lesson step by step,
//!   each NumPy line beside its `np!` line and the output both print, and its quiz answered by
//!   the compiler.
//! - [npview for NumPy users](guide::numpy_users): the NumPy idioms `np!` covers, with NumPy's
//!   outputs, and what npview does differently on purpose.
//! - [Aliasing rules](guide::aliasing_rules): the mistakes that are compile errors, each beside
//!   the version that compiles.
//! - [Performance](guide::performance): what `np!` does without allocating, what it fuses, and
//!   what it copies.

pub use npview_core::*;

/// The guide: copies and views, NumPy idioms, aliasing rules and performance, as doctests.
pub mod guide;
