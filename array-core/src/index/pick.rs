//! The static type of a selection, from the kind of the index (`spec`), the read mode of the
//! source, how a full element is handed out, and the result rank.

use ndarray::{ArrayViewMutD, Dimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

use super::item::IndexItem;
use super::select::{drop_leading, select, select_mut, Selection};
use super::source::{Borrowed, Owned, ViewOrCopy};
use super::spec::{Advanced, Basic, IntOnly, NoIndex, ZeroD};
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::error::IndexError;
use crate::memory::Base;

/// `np!(a[i, j])`: a fully indexed element comes out by value.
pub enum ByValue {}
/// `np!(&a[i, j])`: a fully indexed element comes out by reference.
pub enum ByRef {}

/// The engine works on dynamic rank; the type layer computed the static one.
fn fix_dim<S: ndarray::RawData, O: Dimension>(
    a: ndarray::ArrayBase<S, IxDyn>,
) -> ndarray::ArrayBase<S, O> {
    a.into_dimensionality::<O>()
        .expect("the rank computed at compile time matches the run")
}

fn into_view<'a, T, O: Dimension>(sel: Selection<'a, T>, base: Base) -> ArrayView<'a, T, O> {
    match sel {
        Selection::View(v) => ArrayView {
            inner: fix_dim(v),
            base,
        },
        Selection::Copy(_) => unreachable!("a basic index on a borrowed source gives a view"),
    }
}

fn into_owned<T: Clone, O: Dimension>(sel: Selection<'_, T>) -> Array<T, O> {
    Array {
        inner: fix_dim(sel.into_owned()),
    }
}

/// The static type of a read, from the kind of the index, the read mode, the element form
/// and the result rank.
pub trait Pick<'a, M, E, T, O: Dimension> {
    /// What `np!` returns.
    type Output;
    /// Give the selection its type.
    fn pick(sel: Selection<'a, T>, base: Base) -> Self::Output;
    /// Give its type to a borrowed source narrowed in place by `n` leading integers, on the
    /// source's own rank (the element-access fast path, `a[i, j]`).
    #[inline]
    fn pick_narrowed<D: Dimension>(
        view: ndarray::ArrayView<'a, T, D>,
        n: usize,
        base: Base,
    ) -> Self::Output {
        Self::pick(Selection::View(drop_leading(view, n)), base)
    }
}

impl<'a, E, T: 'a, O: Dimension> Pick<'a, Borrowed, E, T, O> for Basic {
    type Output = ArrayView<'a, T, O>;
    fn pick(sel: Selection<'a, T>, base: Base) -> Self::Output {
        into_view(sel, base)
    }
}
/// A view of a view, or part of a copy: a [`Reshaped`] again.
fn into_reshaped<'a, T, O: Dimension>(sel: Selection<'a, T>, base: Base) -> Reshaped<'a, T, O> {
    match sel {
        Selection::View(v) => Reshaped::View(ArrayView {
            inner: fix_dim(v),
            base,
        }),
        Selection::Copy(a) => Reshaped::Copy(Array { inner: fix_dim(a) }),
    }
}

impl<'a, E, T: 'a, O: Dimension> Pick<'a, ViewOrCopy, E, T, O> for Basic {
    type Output = Reshaped<'a, T, O>;
    fn pick(sel: Selection<'a, T>, base: Base) -> Self::Output {
        into_reshaped(sel, base)
    }
}
impl<'a, E, T: Clone, O: Dimension> Pick<'a, Owned, E, T, O> for Basic {
    type Output = Array<T, O>;
    fn pick(sel: Selection<'a, T>, _: Base) -> Self::Output {
        into_owned(sel)
    }
}
impl<'a, M, E, T: Clone, O: Dimension> Pick<'a, M, E, T, O> for Advanced {
    type Output = Array<T, O>;
    fn pick(sel: Selection<'a, T>, _: Base) -> Self::Output {
        into_owned(sel)
    }
}
/// Integers only, or no index at all (`a[()]`): the element when they cover every axis.
macro_rules! int_like_picks {
    ($($class:ty),*) => {$(
        impl<'a, M, E, T, O: IntPick<'a, M, E, T>> Pick<'a, M, E, T, O> for $class {
            type Output = O::Out;
            fn pick(sel: Selection<'a, T>, base: Base) -> Self::Output {
                O::pick(sel, base)
            }
            #[inline]
            fn pick_narrowed<D: Dimension>(
                view: ndarray::ArrayView<'a, T, D>,
                n: usize,
                base: Base,
            ) -> Self::Output {
                O::pick_narrowed(view, n, base)
            }
        }
        #[diagnostic::do_not_recommend]
        impl<'a, T: 'a, O: IntPickMut<'a, T>> PickMut<'a, T, O> for $class {
            type Output = O::Out;
            fn pick(view: ArrayViewMutD<'a, T>, base: Base) -> Self::Output {
                O::pick(view, base)
            }
        }
        impl<'a, T: Clone + 'a, O: LetMutInt<'a, T>> PickLetMut<'a, T, O> for $class {
            type Output = <O as LetMutInt<'a, T>>::Out;
            fn pick(
                view: ArrayViewMutD<'a, T>,
                base: Base,
                items: &[IndexItem<'_>],
            ) -> Result<Self::Output, IndexError> {
                Ok(O::pick_let(select_mut(view, items)?, base))
            }
        }
    )*};
}
int_like_picks!(IntOnly, NoIndex);

impl<'a, M, E, T: Clone, O: ZeroDPick<T>> Pick<'a, M, E, T, O> for ZeroD {
    type Output = O::Out;
    fn pick(sel: Selection<'a, T>, _: Base) -> Self::Output {
        O::pick(into_owned(sel))
    }
}

impl<'a, T: Clone + 'a, O: ZeroDPick<T>> PickLetMut<'a, T, O> for ZeroD {
    type Output = O::Out;
    fn pick(
        view: ArrayViewMutD<'a, T>,
        _: Base,
        items: &[IndexItem<'_>],
    ) -> Result<Self::Output, IndexError> {
        Ok(O::pick(into_owned(select(view.view(), items)?)))
    }
}

/// 0-d integer arrays among integers: NumPy gives the element (a copy) when they cover every
/// axis, and a copy otherwise.
pub trait ZeroDPick<T>: Dimension {
    /// What `np!` returns.
    type Out;
    /// Type the copy.
    fn pick(copy: Array<T, Self>) -> Self::Out;
}
impl<T: Clone> ZeroDPick<T> for Ix0 {
    type Out = T;
    fn pick(copy: Array<T, Ix0>) -> T {
        copy.into_inner().into_scalar()
    }
}
macro_rules! zero_d_copies {
    ($($d:ty),*) => {$(
        impl<T> ZeroDPick<T> for $d {
            type Out = Array<T, $d>;
            fn pick(copy: Array<T, $d>) -> Self::Out { copy }
        }
    )*};
}
zero_d_copies!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// Integers only: the element when they cover every axis of a static-rank array, else a view.
pub trait IntPick<'a, M, E, T>: Dimension {
    /// What `np!` returns.
    type Out;
    /// Give the selection its type.
    fn pick(sel: Selection<'a, T>, base: Base) -> Self::Out;
    /// See [`Pick::pick_narrowed`].
    #[inline]
    fn pick_narrowed<D: Dimension>(
        view: ndarray::ArrayView<'a, T, D>,
        n: usize,
        base: Base,
    ) -> Self::Out {
        Self::pick(Selection::View(drop_leading(view, n)), base)
    }
}

/// The one element of a view narrowed on every axis.
#[inline]
fn only_element<'a, T, D: Dimension>(view: ndarray::ArrayView<'a, T, D>) -> &'a T {
    view.into_iter()
        .next()
        .expect("every axis narrowed to one element")
}

impl<'a, T: Clone> IntPick<'a, Borrowed, ByValue, T> for Ix0 {
    type Out = T;
    fn pick(sel: Selection<'a, T>, base: Base) -> T {
        into_view::<T, Ix0>(sel, base).inner.into_scalar().clone()
    }
    #[inline]
    fn pick_narrowed<D: Dimension>(view: ndarray::ArrayView<'a, T, D>, _: usize, _: Base) -> T {
        only_element(view).clone()
    }
}
impl<'a, T: 'a> IntPick<'a, Borrowed, ByRef, T> for Ix0 {
    type Out = &'a T;
    fn pick(sel: Selection<'a, T>, base: Base) -> &'a T {
        into_view::<T, Ix0>(sel, base).inner.into_scalar()
    }
    #[inline]
    fn pick_narrowed<D: Dimension>(view: ndarray::ArrayView<'a, T, D>, _: usize, _: Base) -> &'a T {
        only_element(view)
    }
}
impl<'a, T: Clone> IntPick<'a, Owned, ByValue, T> for Ix0 {
    type Out = T;
    fn pick(sel: Selection<'a, T>, _: Base) -> T {
        into_owned::<T, Ix0>(sel).into_inner().into_scalar()
    }
}
impl<'a, T: Clone> IntPick<'a, ViewOrCopy, ByValue, T> for Ix0 {
    type Out = T;
    fn pick(sel: Selection<'a, T>, _: Base) -> T {
        into_owned::<T, Ix0>(sel).into_inner().into_scalar()
    }
}
macro_rules! int_pick_views {
    ($($d:ty),*) => {$(
        impl<'a, E, T: 'a> IntPick<'a, ViewOrCopy, E, T> for $d {
            type Out = Reshaped<'a, T, $d>;
            fn pick(sel: Selection<'a, T>, base: Base) -> Self::Out { into_reshaped(sel, base) }
        }
        impl<'a, E, T: 'a> IntPick<'a, Borrowed, E, T> for $d {
            type Out = ArrayView<'a, T, $d>;
            fn pick(sel: Selection<'a, T>, base: Base) -> Self::Out { into_view(sel, base) }
        }
        impl<'a, E, T: Clone> IntPick<'a, Owned, E, T> for $d {
            type Out = Array<T, $d>;
            fn pick(sel: Selection<'a, T>, _: Base) -> Self::Out { into_owned(sel) }
        }
    )*};
}
int_pick_views!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// The static type of a mutable selection; advanced indices have none.
#[diagnostic::on_unimplemented(
    message = "fancy and boolean indexing return a copy, so they cannot give a mutable view",
    label = "this index selects a copy",
    note = "to change the selected elements, assign through the index: `np!(a[idx] = value)` or `np!(a[idx] += value)`"
)]
pub trait PickMut<'a, T, O: Dimension> {
    /// What `np!(&mut ...)` returns.
    type Output;
    /// Give the selection its type.
    fn pick(view: ArrayViewMutD<'a, T>, base: Base) -> Self::Output;
}
#[diagnostic::do_not_recommend]
impl<'a, T: 'a, O: Dimension> PickMut<'a, T, O> for Basic {
    type Output = ArrayViewMut<'a, T, O>;
    fn pick(view: ArrayViewMutD<'a, T>, base: Base) -> Self::Output {
        ArrayViewMut {
            inner: fix_dim(view),
            base,
        }
    }
}

/// Integers only, mutably: `&mut T` when they cover every axis, else a mutable view.
pub trait IntPickMut<'a, T>: Dimension {
    /// What `np!(&mut ...)` returns.
    type Out;
    /// Give the selection its type.
    fn pick(view: ArrayViewMutD<'a, T>, base: Base) -> Self::Out;
}
impl<'a, T: 'a> IntPickMut<'a, T> for Ix0 {
    type Out = &'a mut T;
    fn pick(view: ArrayViewMutD<'a, T>, _: Base) -> &'a mut T {
        fix_dim::<_, Ix0>(view).into_scalar()
    }
}
macro_rules! int_pick_views_mut {
    ($($d:ty),*) => {$(
        impl<'a, T: 'a> IntPickMut<'a, T> for $d {
            type Out = ArrayViewMut<'a, T, $d>;
            fn pick(view: ArrayViewMutD<'a, T>, base: Base) -> Self::Out {
                ArrayViewMut { inner: fix_dim(view), base }
            }
        }
    )*};
}
int_pick_views_mut!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// What `let mut x = a[idx]` binds in an `np! { ... }` block: a mutable view for a basic
/// index, a copy (mutable because it is yours) for an advanced one, the element's value when
/// integers cover every axis.
pub trait PickLetMut<'a, T, O: Dimension> {
    /// The bound value.
    type Output;
    /// Select and type the result.
    ///
    /// # Errors
    /// NumPy's error for this index.
    fn pick(
        view: ArrayViewMutD<'a, T>,
        base: Base,
        items: &[IndexItem<'_>],
    ) -> Result<Self::Output, IndexError>;
}

impl<'a, T: 'a, O: Dimension> PickLetMut<'a, T, O> for Basic {
    type Output = ArrayViewMut<'a, T, O>;
    fn pick(
        view: ArrayViewMutD<'a, T>,
        base: Base,
        items: &[IndexItem<'_>],
    ) -> Result<Self::Output, IndexError> {
        Ok(ArrayViewMut {
            inner: fix_dim(select_mut(view, items)?),
            base,
        })
    }
}

impl<'a, T: Clone + 'a, O: Dimension> PickLetMut<'a, T, O> for Advanced {
    type Output = Array<T, O>;
    fn pick(
        view: ArrayViewMutD<'a, T>,
        _: Base,
        items: &[IndexItem<'_>],
    ) -> Result<Self::Output, IndexError> {
        Ok(into_owned(select(view.view(), items)?))
    }
}

/// Integers only in `let mut x = a[i, j]`: the element's value (NumPy gives a scalar copy)
/// when they cover every axis, else a mutable view.
pub trait LetMutInt<'a, T>: Dimension {
    /// The bound value.
    type Out;
    /// Type the selection.
    fn pick_let(view: ArrayViewMutD<'a, T>, base: Base) -> Self::Out;
}
impl<'a, T: Clone + 'a> LetMutInt<'a, T> for Ix0 {
    type Out = T;
    fn pick_let(view: ArrayViewMutD<'a, T>, _: Base) -> T {
        fix_dim::<_, Ix0>(view).into_scalar().clone()
    }
}
macro_rules! let_mut_views {
    ($($d:ty),*) => {$(
        impl<'a, T: 'a> LetMutInt<'a, T> for $d {
            type Out = ArrayViewMut<'a, T, $d>;
            fn pick_let(view: ArrayViewMutD<'a, T>, base: Base) -> Self::Out {
                ArrayViewMut { inner: fix_dim(view), base }
            }
        }
    )*};
}
let_mut_views!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// The type of a selection that is a copy or an element whatever the source (an advanced
/// index, or integers covering every axis): what `let mut x = a[...]` binds without borrowing
/// `a` mutably.
#[diagnostic::on_unimplemented(
    message = "`let mut` of this index would be a view, which needs `a` borrowed mutably",
    label = "this index gives a view",
    note = "take the mutable view explicitly, as in `let mut v = np!(&mut a[...]);`"
)]
pub trait CopyPick<T, O: Dimension> {
    /// The bound value.
    type Out;
    /// Give the selection its type.
    fn pick(sel: Selection<'_, T>) -> Self::Out;
}
#[diagnostic::do_not_recommend]
impl<T: Clone, O: Dimension> CopyPick<T, O> for Advanced {
    type Out = Array<T, O>;
    fn pick(sel: Selection<'_, T>) -> Self::Out {
        into_owned(sel)
    }
}
#[diagnostic::do_not_recommend]
impl<T: Clone, O: ZeroDPick<T>> CopyPick<T, O> for ZeroD {
    type Out = O::Out;
    fn pick(sel: Selection<'_, T>) -> Self::Out {
        O::pick(into_owned(sel))
    }
}
#[diagnostic::do_not_recommend]
impl<T: Clone> CopyPick<T, Ix0> for IntOnly {
    type Out = T;
    fn pick(sel: Selection<'_, T>) -> T {
        into_owned::<T, Ix0>(sel).into_inner().into_scalar()
    }
}
#[diagnostic::do_not_recommend]
impl<T: Clone> CopyPick<T, Ix0> for NoIndex {
    type Out = T;
    fn pick(sel: Selection<'_, T>) -> T {
        into_owned::<T, Ix0>(sel).into_inner().into_scalar()
    }
}
