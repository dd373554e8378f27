//! What `np!` expands into. Not a stable API: use the macro.
//!
//! Two groups live here. The functions and types expansions name (reached through the
//! forwarded `$crate`, so the macro works under any crate name). And the traits and types those
//! functions' signatures mention: nothing names them, but every type reachable from a public
//! signature must have a name somewhere (the `unnameable_types` lint), and this is where they
//! have it without becoming API.

// Called by expansions: reads, writes, split borrows, and the `try` form's unwrapping.
pub use crate::index::{
    assign, assign_in_bands, assign_op, assign_within, let_mut, read, read_basic, read_slices,
    split_mut, unwrap, view_mut,
};
// Named by expansions: the element form of a read, the index elements the macro builds.
pub use crate::index::spec::{slice, Ellipsis, NewAxis};
pub use crate::index::{BasicItem, BasicView, ByRef, ByValue};
// Called by expansions: `let mut x = a[i, j]`, shared or mutable by the rank of `a`.
pub use crate::index::{
    LetMutElement1, LetMutElement2, LetMutElement3, LetMutElement4, LetMutElement5, LetMutElement6,
    LetMutView1, LetMutView2, LetMutView3, LetMutView4, LetMutView5, LetMutView6,
};
// Called by expansions: comparisons fused into the read or write they index.
pub use crate::index::fused;
// Called by expansions: which threads a read's copy may use, probed by the element type.
pub use crate::index::{Probe, SplitAny, SplitSync, Threads};
// Named by expansions: the value of a write, tagged so method resolution picks NumPy's
// casting (an expression operand) or a plain clone (any other element type).
pub use crate::index::detach::{DetachView, KeepValue};
pub use crate::index::value::{AssignSource, CloneValue, NodeValue, Tag, ViaClone, ViaNode};
// Called by expansions: NumPy's attributes (`a.T`, `a.shape`, `a.ndim`, `a.size`) and `print`.
pub use crate::array::attrs::{len, ndim, shape, shape_item, size, transpose, Attributes};
pub use crate::fmt::pystr::print_line;
// Called by expansions: NumPy's functions that return views (or copies), `a.flat`, `ufunc.at`.
pub mod views {
    pub use crate::axes::{AllAxes, AxisValue, ManyAxes, OneAxis};
    pub use crate::views::*;
}
/// NumPy's reductions, searches, constructors and joins, called by expansions.
pub mod np {
    pub use crate::axes::{AllAxes, AxisValue, ManyAxes, OneAxis};
    pub use crate::build::*;
    pub use crate::index::tuple::IndexTuple;
    pub use crate::ints::{shape_arg, IndexDtype, IntArg, IntList, Ints, Length, ShapeArg};
    pub use crate::join::*;
    pub use crate::reduce::*;
    pub use crate::search::*;
}
// Reached by `npview::array!` and by expansions.
pub use ndarray;
pub use npview_macros::np_impl;

/// The element-wise operations of expressions, called by expansions.
pub mod ops {
    pub use crate::ops::*;
}

/// NumPy expressions: lazy trees evaluated in one pass, called by expansions.
pub mod expr {
    pub use crate::dtype::weak::{
        NegI16, NegI32, NegI64, NegI8, Wrapped, I16, I32, I64, I8, U16, U32, U64, U8,
    };
    pub use crate::expr::*;
}

// Named only so that the signatures above have names for every type they mention.
pub use crate::axes::{AxisInt, AxisSpec};
pub use crate::dtype::weak::Range as LiteralRange;
pub use crate::dtype::ConvertsTo as LiteralConvertsTo;
pub use crate::dtype::Fits as LiteralFits;
pub use crate::dtype::{CastFrom, CmpAs, DType, Kind, Promote, SameKind, WeakFloat, WeakInt};
pub use crate::index::item::{IndexItem, SliceSpec};
pub use crate::index::spec::{
    AddTo, Advanced, ArrayClass, Basic, Class, Fits, IndexElem, IndexList, IndexScalar, IntOnly,
    Join, NoIndex, SliceBound, Summary, ZeroD,
};
pub use crate::index::{
    Borrowed, BorrowedSource, CopyPick, IntPick, IntPickMut, LetMut, LetMutInt, Owned, Pick,
    PickLetMut, PickMut, Read, ReadMut, Selection, Source, SourceMut, SplitMut, ViewOrCopy,
    ZeroDPick,
};
pub use crate::memory::{Memory, MemorySpan};
pub use crate::rank::{Rank, RankSub, RankType};
// Called by expansions: an integer argument held in any Rust number, converted as `as isize`.
pub use num_traits::AsPrimitive;

/// The seal of npview's public traits that users must not implement ([`crate::Scalar`],
/// [`crate::Operand`], [`crate::FormatElement`]): the element types and operands npview
/// knows are a closed set, as NumPy's dtypes are.
pub trait Sealed {}

/// The value of a `try` step that left early: never made. The `try` form writes
/// `Err(e) => absurd(break 'try Err(e))`, so the arm has the step's value type rather than a
/// diverging one. With a diverging arm, a step whose type waits on integer fallback
/// (`d[i, j]` with untyped `i`, `j` on an array of dynamic rank) had its type fall back to
/// `()` first, and the user saw "expected `()`, found `ArrayView`".
///
/// ```
/// let value: Result<u8, core::convert::Infallible> = Ok(3);
/// let x: u8 = match value {
///     Ok(v) => v,
///     Err(never) => npview::__private::absurd(never),
/// };
/// assert_eq!(x, 3);
/// ```
#[inline(always)]
pub fn absurd<T>(never: core::convert::Infallible) -> T {
    match never {}
}

/// The array behind the variable an `np!` index starts from, reached by method-call syntax,
/// so autoderef finds it behind `&`, `&mut`, `Box`, `RefMut` and any other smart pointer (a
/// function's `a: &mut Array1<i64>` parameter needs no `mut` to be written).
pub trait Place {
    /// `self`, shared.
    fn __np_ref(&self) -> &Self {
        self
    }
    /// `self`, mutably.
    fn __np_mut(&mut self) -> &mut Self {
        self
    }
}
impl<T, D: ndarray::Dimension> Place for crate::Array<T, D> {}
impl<T, D> Place for crate::ArrayView<'_, T, D> {}
impl<T, D> Place for crate::ArrayViewMut<'_, T, D> {}
impl<T, D: ndarray::Dimension> Place for crate::Reshaped<'_, T, D> {}
impl<T, D> Place for ndarray::Array<T, D> {}
impl<T, D> Place for ndarray::ArrayView<'_, T, D> {}
impl<T, D> Place for ndarray::ArrayViewMut<'_, T, D> {}

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
