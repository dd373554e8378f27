//! NumPy's functions and methods that return views: `transpose`, `swapaxes`, `moveaxis`,
//! `squeeze`, `expand_dims`, `flip`, `broadcast_to`, `diagonal`, the `split` family, and the
//! ones that return a view when NumPy's rule allows and a copy otherwise (`ravel`, `reshape`,
//! `ascontiguousarray`), told apart in the type.
//!
//! Each takes what `np!` reads from ([`Source`]): a borrowed array gives views that borrow it
//! (the borrow checker then answers "does this share memory?"), an owned temporary (the result
//! of an expression) gives owned arrays. The mutable forms (`np!(&mut a.T)`) take a
//! [`SourceMut`] and give mutable views.
//!
//! - `ops`: the rearrangements as data, applied to any ndarray (view, mutable view, owned).
//! - `split`: `np.split`, `np.array_split`, `np.hsplit`, `np.vsplit`.
//! - `flat`: `a.flat[...]` reads and writes.
//! - `at`: `np.add.at` and the other unbuffered `ufunc.at` forms.
//! - `methods` and `element_methods`: all of these as Rust methods of the arrays.

mod at;
mod element_methods;
mod flat;
mod methods;
mod ops;
mod reshape;
mod split;

use ndarray::{DimAdd, Dimension, IxDyn};

pub use self::at::{at, AtUfunc};
pub use self::element_methods::{AtElement, AtOp};
pub use self::flat::{flat_get, flat_set, flat_take, FlatIndex, FlatValue};
use self::ops::{apply, ViewOp};
pub use self::reshape::{
    ascontiguousarray, copy, copy_c, flatten, ravel, reshape, AtLeast1, ReshapeOut, ReshapedOf,
};
pub use self::split::{
    list_item, split, split_at, split_by, split_into, split_into_mut, IntoTuple, SplitKind,
};
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::axes::{AllAxes, AxisSpec, ManyAxes, OneAxis};
use crate::error::IndexError;
use crate::index::{Borrowed, ByValue, IntPick, Owned, Selection, Source, SourceMut, ViewOrCopy};
use crate::memory::Base;
use crate::rank::RankSub;

/// What a view function gives for a source read in mode `Self`: a view of a borrowed array,
/// an owned array for an owned temporary.
pub trait ViewOut<'a, T, O: Dimension> {
    /// The result type.
    type Output;
    /// Give the rearranged whole its type.
    fn wrap(sel: Selection<'a, T>, base: Base) -> Self::Output;
}

impl<'a, T: 'a, O: Dimension> ViewOut<'a, T, O> for Borrowed {
    type Output = ArrayView<'a, T, O>;
    fn wrap(sel: Selection<'a, T>, base: Base) -> ArrayView<'a, T, O> {
        match sel {
            Selection::View(v) => ArrayView {
                inner: fix(v),
                base,
            },
            Selection::Copy(_) => unreachable!("a borrowed source gives a view"),
        }
    }
}

impl<'a, T: 'a, O: Dimension> ViewOut<'a, T, O> for Owned {
    type Output = Array<T, O>;
    fn wrap(sel: Selection<'a, T>, _: Base) -> Array<T, O> {
        match sel {
            Selection::Copy(a) => Array { inner: fix(a) },
            Selection::View(_) => unreachable!("an owned source gives an array"),
        }
    }
}

impl<'a, T: 'a, O: Dimension> ViewOut<'a, T, O> for ViewOrCopy {
    type Output = Reshaped<'a, T, O>;
    fn wrap(sel: Selection<'a, T>, base: Base) -> Reshaped<'a, T, O> {
        match sel {
            Selection::View(v) => Reshaped::View(ArrayView {
                inner: fix(v),
                base,
            }),
            Selection::Copy(a) => Reshaped::Copy(Array { inner: fix(a) }),
        }
    }
}

/// The engine works on dynamic rank; the macro's types fixed the static one.
fn fix<S: ndarray::RawData, O: Dimension>(
    a: ndarray::ArrayBase<S, IxDyn>,
) -> ndarray::ArrayBase<S, O> {
    a.into_dimensionality()
        .expect("the rank computed at compile time matches the run")
}

/// The result of a view function on `S` with result rank `O`.
pub type Viewed<'a, S, O> =
    <<S as Source<'a>>::Mode as ViewOut<'a, <S as Source<'a>>::Elem, O>>::Output;

/// Rearrange the whole of `src` by `op`.
fn rearranged<'a, S, O>(src: S, op: ViewOp) -> Result<Viewed<'a, S, O>, IndexError>
where
    S: Source<'a>,
    S::Mode: ViewOut<'a, S::Elem, O>,
    O: Dimension,
{
    let (whole, base) = src.into_whole();
    let sel = match whole {
        Selection::View(v) => Selection::View(apply(v, &op)?),
        Selection::Copy(a) => Selection::Copy(apply(a, &op)?),
    };
    Ok(<S::Mode as ViewOut<'a, S::Elem, O>>::wrap(sel, base))
}

/// Rearrange the whole of a mutable source by `op`: a mutable view.
fn rearranged_mut<'a, S, O>(src: S, op: ViewOp) -> Result<ArrayViewMut<'a, S::Elem, O>, IndexError>
where
    S: SourceMut<'a>,
    O: Dimension,
{
    let (view, base) = src.into_view_mut();
    Ok(ArrayViewMut {
        inner: fix(apply(view.into_dyn(), &op)?),
        base,
    })
}

/// What `np.flip` gives for `S`: a view (an element for a 0-d array).
pub type Flipped<'a, S> = <<S as Source<'a>>::Dim as IntPick<
    'a,
    <S as Source<'a>>::Mode,
    ByValue,
    <S as Source<'a>>::Elem,
>>::Out;

/// `np.flip(a)`, `np.flip(a, axis)`: a view with the axes reversed (NumPy gives the element
/// itself for a 0-d array).
///
/// # Errors
/// NumPy's error for axes that do not fit the array.
pub fn flip<'a, S, A>(src: S, axes: A) -> Result<Flipped<'a, S>, IndexError>
where
    S: Source<'a>,
    A: AxisSpec,
    S::Dim: IntPick<'a, S::Mode, ByValue, S::Elem>,
{
    let (whole, base) = src.into_whole();
    let op = ViewOp::Flip(axes.given());
    let sel = match whole {
        Selection::View(v) => Selection::View(apply(v, &op)?),
        Selection::Copy(a) => Selection::Copy(apply(a, &op)?),
    };
    Ok(<S::Dim as IntPick<'a, S::Mode, ByValue, S::Elem>>::pick(
        sel, base,
    ))
}

/// The mutable form of [`flip`]: a mutable view.
///
/// # Errors
/// As [`flip`].
pub fn flip_mut<'a, S: SourceMut<'a>, A: AxisSpec>(
    src: S,
    axes: A,
) -> Result<ArrayViewMut<'a, S::Elem, S::Dim>, IndexError> {
    rearranged_mut(src, ViewOp::Flip(axes.given()))
}

/// The permutation `np.transpose` takes: none (reverse the axes) or every axis once.
pub trait TransposeAxes {
    /// The permutation as given (checked later against the rank).
    fn axes(&self) -> Option<Vec<isize>>;
}
impl TransposeAxes for AllAxes {
    fn axes(&self) -> Option<Vec<isize>> {
        None
    }
}
impl<const K: usize> TransposeAxes for ManyAxes<K> {
    fn axes(&self) -> Option<Vec<isize>> {
        Some(self.0.to_vec())
    }
}

macro_rules! view_functions {
    ($(
        $(#[$doc:meta])*
        $name:ident, $name_mut:ident ($($arg:ident: $ty:ty),*) [$($bound:tt)*] where [$($extra:tt)*] -> $out:ty => $op:expr;
    )*) => {$(
        $(#[$doc])*
        ///
        /// # Errors
        /// NumPy's error for axes that do not fit the array.
        pub fn $name<'a, S, $($bound)*>(src: S, $($arg: $ty),*) -> Result<Viewed<'a, S, $out>, IndexError>
        where
            S: Source<'a>,
            S::Mode: ViewOut<'a, S::Elem, $out>,
            $($extra)*
        {
            rearranged(src, $op)
        }

        /// The mutable form (`np!(&mut ...)`): a mutable view.
        ///
        /// # Errors
        /// As the shared form.
        pub fn $name_mut<'a, S, $($bound)*>(src: S, $($arg: $ty),*) -> Result<ArrayViewMut<'a, S::Elem, $out>, IndexError>
        where
            S: SourceMut<'a>,
            $($extra)*
        {
            rearranged_mut(src, $op)
        }
    )*};
}

view_functions! {
    /// `a.T`, `a.transpose()`, `a.transpose(axes)`, `np.transpose(a, axes)`.
    transpose, transpose_mut (axes: A) [A: TransposeAxes] where [] -> S::Dim => ViewOp::Transpose(axes.axes());
    /// `a.swapaxes(i, j)`, `np.swapaxes(a, i, j)`.
    swapaxes, swapaxes_mut (i: isize, j: isize) [] where [] -> S::Dim => ViewOp::SwapAxes(i, j);
    /// `np.moveaxis(a, source, destination)`.
    moveaxis, moveaxis_mut (from: F, to: T) [F: MoveAxes, T: MoveAxes] where [] -> S::Dim => ViewOp::MoveAxis(from.list(), to.list());
    /// `a.squeeze()`, `a.squeeze(axis)`, `np.squeeze(a, axis)`.
    squeeze, squeeze_mut (axes: A) [A: SqueezeAxes<S::Dim>] where [] -> A::Out => ViewOp::Squeeze(axes.given());
    /// `np.expand_dims(a, axis)`.
    expand_dims, expand_dims_mut (axes: A) [A: AxisSpec] where [S::Dim: DimAdd<A::Count>,] -> <S::Dim as DimAdd<A::Count>>::Output => ViewOp::ExpandDims(axes.given().unwrap_or_default());
}

/// The axes of `np.moveaxis`: one axis or a tuple.
pub trait MoveAxes {
    /// The axes as given.
    fn list(&self) -> Vec<isize>;
}
impl MoveAxes for OneAxis {
    fn list(&self) -> Vec<isize> {
        vec![self.0]
    }
}
impl<const K: usize> MoveAxes for ManyAxes<K> {
    fn list(&self) -> Vec<isize> {
        self.0.to_vec()
    }
}

/// The rank after `squeeze`: unknown until run time without axes (every length-1 axis goes),
/// the rank less the axes named otherwise.
pub trait SqueezeAxes<D: Dimension>: AxisSpec {
    /// The rank of the result.
    type Out: Dimension;
}
impl<D: Dimension> SqueezeAxes<D> for AllAxes {
    type Out = IxDyn;
}
impl<D: RankSub<ndarray::Ix1>> SqueezeAxes<D> for OneAxis {
    type Out = <D as RankSub<ndarray::Ix1>>::Output;
}
impl<D, const K: usize> SqueezeAxes<D> for ManyAxes<K>
where
    ManyAxes<K>: AxisSpec,
    D: RankSub<<ManyAxes<K> as AxisSpec>::Count>,
{
    type Out = <D as RankSub<<ManyAxes<K> as AxisSpec>::Count>>::Output;
}

/// `np.broadcast_to(a, shape)`: a read-only view (NumPy marks it so; here the type has no
/// mutable access at all).
///
/// # Errors
/// NumPy's message when `a` does not broadcast to `shape`.
pub fn broadcast_to<'a, S, const K: usize>(
    src: S,
    shape: [isize; K],
) -> Result<Viewed<'a, S, <[usize; K] as ndarray::IntoDimension>::Dim>, IndexError>
where
    S: Source<'a>,
    [usize; K]: ndarray::IntoDimension,
    S::Mode: ViewOut<'a, S::Elem, <[usize; K] as ndarray::IntoDimension>::Dim>,
    S::Elem: Clone,
{
    let dims = ops::broadcast_shape(&shape)?;
    let (whole, base) = src.into_whole();
    let sel = match whole {
        Selection::View(v) => Selection::View(ops::broadcast(v, &dims)?),
        Selection::Copy(a) => Selection::Copy(ops::broadcast(a.view(), &dims)?.to_owned()),
    };
    Ok(<S::Mode as ViewOut<'a, S::Elem, _>>::wrap(sel, base))
}

/// `a.diagonal(offset, axis1, axis2)`, `np.diagonal(...)`: a read-only view of the diagonal,
/// moved to the last axis.
///
/// # Errors
/// NumPy's messages for a 0-d or 1-d array, axes out of range or equal.
pub fn diagonal<'a, S>(
    src: S,
    offset: isize,
    axis1: isize,
    axis2: isize,
) -> Result<Viewed<'a, S, <S::Dim as RankSub<ndarray::Ix1>>::Output>, IndexError>
where
    S: Source<'a>,
    S::Dim: RankSub<ndarray::Ix1>,
    S::Mode: ViewOut<'a, S::Elem, <S::Dim as RankSub<ndarray::Ix1>>::Output>,
    S::Elem: Clone,
{
    let (whole, base) = src.into_whole();
    let sel = match whole {
        Selection::View(v) => Selection::View(ops::diagonal(v, offset, axis1, axis2)?),
        Selection::Copy(a) => {
            Selection::Copy(ops::diagonal(a.view(), offset, axis1, axis2)?.to_owned())
        }
    };
    Ok(<S::Mode as ViewOut<'a, S::Elem, _>>::wrap(sel, base))
}

/// What has NumPy's `.base`: npview's arrays and views.
pub trait HasBase {
    /// The owner of the memory, `None` for an owned array.
    fn np_base(&self) -> Option<Base>;
}
macro_rules! has_base {
    ($([$($g:tt)*] $ty:ty;)*) => {$(
        impl<$($g)*> HasBase for $ty {
            fn np_base(&self) -> Option<Base> {
                self.base()
            }
        }
    )*};
}
has_base! {
    [T, D: Dimension] Array<T, D>;
    ['a, T, D: Dimension] ArrayView<'a, T, D>;
    ['a, T, D: Dimension] ArrayViewMut<'a, T, D>;
    ['a, T, D: Dimension] Reshaped<'a, T, D>;
}
/// A NumPy scalar (what a 0-d `flip` gives) owns itself: its `.base` is `None`.
macro_rules! scalars_own_themselves {
    ($($t:ty),*) => {$(
        impl HasBase for $t {
            fn np_base(&self) -> Option<Base> {
                None
            }
        }
    )*};
}
scalars_own_themselves!(bool, i8, i16, i32, i64, isize, u8, u16, u32, u64, usize, f32, f64);

impl<X: HasBase + ?Sized> HasBase for &X {
    fn np_base(&self) -> Option<Base> {
        (**self).np_base()
    }
}

/// `x.base is a`: `x` is a view whose memory `a` owns.
pub fn base_is<X: HasBase + ?Sized, O: crate::memory::MemoryLayout + ?Sized>(
    x: &X,
    owner: &O,
) -> bool {
    x.np_base().is_some_and(|b| b.is(owner))
}

/// `x.base is None`: `x` owns its memory.
pub fn base_is_none<X: HasBase + ?Sized>(x: &X) -> bool {
    x.np_base().is_none()
}
