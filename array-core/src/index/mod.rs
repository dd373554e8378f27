//! NumPy indexing: what `np!` expands into.
//!
//! - [`spec`]: the compile-time meaning of each index element (rank and kind of the result);
//! - [`item`]: its run-time form and Python's slice arithmetic;
//! - `engine`: NumPy's rules for reads and writes on ndarray views;
//! - this module: the entry points, generic over the array types, that tie the two together.

pub(crate) mod engine;
pub mod fused;
pub mod item;
pub mod spec;

use ndarray::{ArrayD, ArrayViewD, Dimension, Ix0, Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn};

use self::engine::Selection;
use self::item::IndexItem;
use self::spec::{Advanced, Basic, Fits, IndexList, IntOnly};
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::base::Base;
use crate::error::IndexError;
use crate::value::Operand;

/// Read mode of a source that borrows: basic indices give views of it.
pub enum Borrowed {}
/// Read mode of an owned temporary (a copy being indexed again): everything comes out owned.
pub enum Owned {}
/// `np!(a[i, j])`: a fully indexed element comes out by value.
pub enum ByValue {}
/// `np!(&a[i, j])`: a fully indexed element comes out by reference.
pub enum ByRef {}

/// A selection before it gets its static type.
pub enum Selected<'a, T> {
    /// A view, and the owner of its memory.
    View(ArrayViewD<'a, T>, Base),
    /// A copy.
    Copy(ArrayD<T>),
}

/// Something `np!` can read from: an array, a view, or (in a chain) a copy made by the step before.
pub trait Source<'a> {
    /// Element type.
    type Elem: 'a;
    /// Rank.
    type Dim: Dimension;
    /// [`Borrowed`] or [`Owned`].
    type Mode;
    /// Apply the index.
    ///
    /// # Errors
    /// NumPy's `IndexError` or `ValueError` for this index.
    fn select(self, items: &[IndexItem<'_>]) -> Result<Selected<'a, Self::Elem>, IndexError>
    where
        Self::Elem: Clone;
    /// All of it, as a view.
    fn whole(&self) -> ArrayViewD<'_, Self::Elem>;
}

fn borrowed<'a, T: Clone, D: Dimension>(
    view: ndarray::ArrayView<'a, T, D>,
    base: Base,
    items: &[IndexItem<'_>],
) -> Result<Selected<'a, T>, IndexError> {
    Ok(match engine::select(view.into_dyn(), items)? {
        Selection::View(v) => Selected::View(v, base),
        Selection::Copy(c) => Selected::Copy(c),
    })
}

/// A source whose views borrow it for `'a`: arrays and views, not copies.
pub trait BorrowedSource<'a>: Source<'a> {
    /// All of it as a view with the static rank, and the owner of its memory.
    fn into_view(self) -> (ndarray::ArrayView<'a, Self::Elem, Self::Dim>, Base);
}

macro_rules! borrowed_sources {
    ($([$($g:tt)*] $ty:ty => |$s:ident| $view:expr, $base:expr, $whole:expr;)*) => {$(
        impl<'a, $($g)* T: 'a, D: Dimension> Source<'a> for $ty {
            type Elem = T;
            type Dim = D;
            type Mode = Borrowed;
            fn select(self, items: &[IndexItem<'_>]) -> Result<Selected<'a, T>, IndexError>
            where
                T: Clone,
            {
                let $s = self;
                borrowed($view, $base, items)
            }
            fn whole(&self) -> ArrayViewD<'_, T> {
                let $s = self;
                $whole.into_dyn()
            }
        }
        impl<'a, $($g)* T: 'a, D: Dimension> BorrowedSource<'a> for $ty {
            #[inline]
            fn into_view(self) -> (ndarray::ArrayView<'a, T, D>, Base) {
                let $s = self;
                ($view, $base)
            }
        }
    )*};
}
borrowed_sources! {
    [] &'a Array<T, D> => |a| a.inner.view(), a.own_base(), a.inner.view();
    [] ArrayView<'a, T, D> => |a| a.inner, a.base, a.inner.view();
    ['b: 'a,] &'a ArrayView<'b, T, D> => |a| a.inner.view(), a.base, a.inner.view();
    ['b: 'a,] &'a ArrayViewMut<'b, T, D> => |a| a.inner.view(), a.base, a.inner.view();
    ['b: 'a,] &'a Reshaped<'b, T, D> => |a| a.view().inner, a.view().base, a.view().inner;
    // A function's `&Array` or `&mut Array` parameter, borrowed again by the macro.
    // `&&Array` gives views for the inner borrow's whole lifetime.
    ['x,] &'x &'a Array<T, D> => |a| a.inner.view(), a.own_base(), a.inner.view();
    ['b: 'a,] &'a &'b mut Array<T, D> => |a| a.inner.view(), a.own_base(), a.inner.view();
    ['b: 'a, 'c: 'b,] &'a &'b mut ArrayViewMut<'c, T, D> => |a| a.inner.view(), a.base, a.inner.view();
}

impl<'a, T: 'a, D: Dimension> Source<'a> for Array<T, D> {
    type Elem = T;
    type Dim = D;
    type Mode = Owned;
    fn select(self, items: &[IndexItem<'_>]) -> Result<Selected<'a, T>, IndexError>
    where
        T: Clone,
    {
        Ok(Selected::Copy(
            match engine::select(self.inner.view().into_dyn(), items)? {
                Selection::View(v) => v.to_owned(),
                Selection::Copy(c) => c,
            },
        ))
    }
    fn whole(&self) -> ArrayViewD<'_, T> {
        self.inner.view().into_dyn()
    }
}

/// Something `np!` can take a mutable view of, or write into.
#[diagnostic::on_unimplemented(
    message = "np! cannot write through `{Self}`",
    label = "not an array or a mutable view",
    note = "a view from `np!(a[...])` is shared and read-only; take a mutable one with `np!(&mut a[...])`, or write into `a` itself"
)]
pub trait SourceMut<'a> {
    /// Element type.
    type Elem: 'a;
    /// Rank.
    type Dim: Dimension;
    /// The whole of it as a mutable view, and the owner of its memory.
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, Self::Elem, Self::Dim>, Base);
}
impl<'a, T: 'a, D: Dimension> SourceMut<'a> for &'a mut Array<T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        let base = self.own_base();
        (self.inner.view_mut(), base)
    }
}
impl<'a, 'b: 'a, T: 'a, D: Dimension> SourceMut<'a> for &'a mut ArrayViewMut<'b, T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        (self.inner.view_mut(), self.base)
    }
}
impl<'a, T: 'a, D: Dimension> SourceMut<'a> for ArrayViewMut<'a, T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        (self.inner, self.base)
    }
}

/// The static type of a read, from the kind of the index, the read mode, the element form
/// and the result rank.
pub trait Pick<'a, M, E, T, O: Dimension> {
    /// What `np!` returns.
    type Output;
    /// Give the selection its type.
    fn pick(sel: Selected<'a, T>) -> Self::Output;
}

fn into_view<'a, T, O: Dimension>(sel: Selected<'a, T>) -> ArrayView<'a, T, O> {
    match sel {
        Selected::View(v, base) => ArrayView {
            inner: fix_dim(v),
            base,
        },
        Selected::Copy(_) => unreachable!("a basic index on a borrowed source gives a view"),
    }
}

fn into_owned<T: Clone, O: Dimension>(sel: Selected<'_, T>) -> Array<T, O> {
    Array {
        inner: fix_dim(match sel {
            Selected::View(v, _) => v.to_owned(),
            Selected::Copy(c) => c,
        }),
    }
}

/// The engine works on dynamic rank; the type layer computed the static one.
fn fix_dim<S: ndarray::RawData, O: Dimension>(
    a: ndarray::ArrayBase<S, IxDyn>,
) -> ndarray::ArrayBase<S, O> {
    a.into_dimensionality::<O>()
        .expect("the rank computed at compile time matches the run")
}

impl<'a, E, T: 'a, O: Dimension> Pick<'a, Borrowed, E, T, O> for Basic {
    type Output = ArrayView<'a, T, O>;
    fn pick(sel: Selected<'a, T>) -> Self::Output {
        into_view(sel)
    }
}
impl<'a, E, T: Clone, O: Dimension> Pick<'a, Owned, E, T, O> for Basic {
    type Output = Array<T, O>;
    fn pick(sel: Selected<'a, T>) -> Self::Output {
        into_owned(sel)
    }
}
impl<'a, M, E, T: Clone, O: Dimension> Pick<'a, M, E, T, O> for Advanced {
    type Output = Array<T, O>;
    fn pick(sel: Selected<'a, T>) -> Self::Output {
        into_owned(sel)
    }
}
impl<'a, M, E, T, O: IntPick<'a, M, E, T>> Pick<'a, M, E, T, O> for IntOnly {
    type Output = O::Out;
    fn pick(sel: Selected<'a, T>) -> Self::Output {
        O::pick(sel)
    }
}

/// Integers only: the element when they cover every axis of a static-rank array, else a view.
pub trait IntPick<'a, M, E, T>: Dimension {
    /// What `np!` returns.
    type Out;
    /// Give the selection its type.
    fn pick(sel: Selected<'a, T>) -> Self::Out;
}
impl<'a, T: Clone> IntPick<'a, Borrowed, ByValue, T> for Ix0 {
    type Out = T;
    fn pick(sel: Selected<'a, T>) -> T {
        into_view::<T, Ix0>(sel).inner.into_scalar().clone()
    }
}
impl<'a, T: 'a> IntPick<'a, Borrowed, ByRef, T> for Ix0 {
    type Out = &'a T;
    fn pick(sel: Selected<'a, T>) -> &'a T {
        into_view::<T, Ix0>(sel).inner.into_scalar()
    }
}
impl<'a, T: Clone> IntPick<'a, Owned, ByValue, T> for Ix0 {
    type Out = T;
    fn pick(sel: Selected<'a, T>) -> T {
        into_owned::<T, Ix0>(sel).inner.into_scalar()
    }
}
macro_rules! int_pick_views {
    ($($d:ty),*) => {$(
        impl<'a, E, T: 'a> IntPick<'a, Borrowed, E, T> for $d {
            type Out = ArrayView<'a, T, $d>;
            fn pick(sel: Selected<'a, T>) -> Self::Out { into_view(sel) }
        }
        impl<'a, E, T: Clone> IntPick<'a, Owned, E, T> for $d {
            type Out = Array<T, $d>;
            fn pick(sel: Selected<'a, T>) -> Self::Out { into_owned(sel) }
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
    fn pick(view: ndarray::ArrayViewMutD<'a, T>, base: Base) -> Self::Output;
}
impl<'a, T: 'a, O: Dimension> PickMut<'a, T, O> for Basic {
    type Output = ArrayViewMut<'a, T, O>;
    fn pick(view: ndarray::ArrayViewMutD<'a, T>, base: Base) -> Self::Output {
        ArrayViewMut {
            inner: fix_dim(view),
            base,
        }
    }
}
impl<'a, T: 'a, O: IntPickMut<'a, T>> PickMut<'a, T, O> for IntOnly {
    type Output = O::Out;
    fn pick(view: ndarray::ArrayViewMutD<'a, T>, base: Base) -> Self::Output {
        O::pick(view, base)
    }
}

/// Integers only, mutably: `&mut T` when they cover every axis, else a mutable view.
pub trait IntPickMut<'a, T>: Dimension {
    /// What `np!(&mut ...)` returns.
    type Out;
    /// Give the selection its type.
    fn pick(view: ndarray::ArrayViewMutD<'a, T>, base: Base) -> Self::Out;
}
impl<'a, T: 'a> IntPickMut<'a, T> for Ix0 {
    type Out = &'a mut T;
    fn pick(view: ndarray::ArrayViewMutD<'a, T>, _: Base) -> &'a mut T {
        fix_dim::<_, Ix0>(view).into_scalar()
    }
}
macro_rules! int_pick_views_mut {
    ($($d:ty),*) => {$(
        impl<'a, T: 'a> IntPickMut<'a, T> for $d {
            type Out = ArrayViewMut<'a, T, $d>;
            fn pick(view: ndarray::ArrayViewMutD<'a, T>, base: Base) -> Self::Out {
                ArrayViewMut { inner: fix_dim(view), base }
            }
        }
    )*};
}
int_pick_views_mut!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// The items of an index list, in order.
fn items<'i, L: IndexList<'i>>(idx: L) -> Vec<IndexItem<'i>> {
    let mut out = Vec::new();
    idx.push_items(&mut out);
    out
}

/// What `np!(a[idx])` returns for source `S` and index `L`.
pub type Read<'a, 'i, S, L, E> = <<L as IndexList<'i>>::Class as Pick<
    'a,
    <S as Source<'a>>::Mode,
    E,
    <S as Source<'a>>::Elem,
    <L as Fits<'i, <S as Source<'a>>::Dim>>::Out,
>>::Output;

/// `np!(a[idx])` and `np!(&a[idx])`: a view, the element, or a copy, as NumPy decides.
///
/// # Errors
/// NumPy's error for this index.
pub fn read<'a, 'i, E, S, L>(src: S, idx: L) -> Result<Read<'a, 'i, S, L, E>, IndexError>
where
    S: Source<'a>,
    S::Elem: Clone,
    L: Fits<'i, S::Dim>,
    L::Class: Pick<'a, S::Mode, E, S::Elem, L::Out>,
{
    let items = items(idx);
    Ok(<L::Class as Pick<'a, S::Mode, E, S::Elem, L::Out>>::pick(
        src.select(&items)?,
    ))
}

/// `np!(a[i:j, ::k])` with only slices: the view, built on the array's own rank without any
/// run-time index list (the macro passes the slices as a fixed-size array).
///
/// # Errors
/// NumPy's error for a zero step, or for too many indices on an array of dynamic rank.
#[inline]
pub fn read_slices<'a, S, const N: usize>(
    src: S,
    slices: [item::SliceSpec; N],
) -> Result<ArrayView<'a, S::Elem, S::Dim>, IndexError>
where
    S: BorrowedSource<'a>,
    crate::rank::Rank<N>: crate::rank::RankType,
    S::Dim: crate::rank::RankSub<<crate::rank::Rank<N> as crate::rank::RankType>::Dim>,
{
    let (mut view, base) = src.into_view();
    if N > view.ndim() {
        return Err(IndexError::too_many_indices(view.ndim(), N));
    }
    for (axis, spec) in slices.into_iter().enumerate() {
        let slice = spec.to_ndarray(view.len_of(ndarray::Axis(axis)))?;
        view.slice_axis_inplace(ndarray::Axis(axis), slice);
    }
    Ok(ArrayView { inner: view, base })
}

/// What `np!(&mut a[idx])` returns.
pub type ReadMut<'a, 'i, S, L> = <<L as IndexList<'i>>::Class as PickMut<
    'a,
    <S as SourceMut<'a>>::Elem,
    <L as Fits<'i, <S as SourceMut<'a>>::Dim>>::Out,
>>::Output;

/// `np!(&mut a[idx])`: a mutable view (or `&mut` element); basic indices only.
///
/// # Errors
/// NumPy's error for this index.
pub fn view_mut<'a, 'i, S, L>(src: S, idx: L) -> Result<ReadMut<'a, 'i, S, L>, IndexError>
where
    S: SourceMut<'a>,
    L: Fits<'i, S::Dim>,
    L::Class: PickMut<'a, S::Elem, L::Out>,
{
    let items = items(idx);
    let (view, base) = src.into_view_mut();
    let view = engine::select_mut(view.into_dyn(), &items)?;
    Ok(<L::Class as PickMut<'a, S::Elem, L::Out>>::pick(view, base))
}

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
        view: ndarray::ArrayViewMutD<'a, T>,
        base: Base,
        items: &[IndexItem<'_>],
    ) -> Result<Self::Output, IndexError>;
}

impl<'a, T: 'a, O: Dimension> PickLetMut<'a, T, O> for Basic {
    type Output = ArrayViewMut<'a, T, O>;
    fn pick(
        view: ndarray::ArrayViewMutD<'a, T>,
        base: Base,
        items: &[IndexItem<'_>],
    ) -> Result<Self::Output, IndexError> {
        Ok(ArrayViewMut {
            inner: fix_dim(engine::select_mut(view, items)?),
            base,
        })
    }
}

impl<'a, T: Clone + 'a, O: Dimension> PickLetMut<'a, T, O> for Advanced {
    type Output = Array<T, O>;
    fn pick(
        view: ndarray::ArrayViewMutD<'a, T>,
        _: Base,
        items: &[IndexItem<'_>],
    ) -> Result<Self::Output, IndexError> {
        let copy = match engine::select(view.view(), items)? {
            Selection::View(v) => v.to_owned(),
            Selection::Copy(c) => c,
        };
        Ok(Array {
            inner: fix_dim(copy),
        })
    }
}

impl<'a, T: Clone + 'a, O: LetMutInt<'a, T>> PickLetMut<'a, T, O> for IntOnly {
    type Output = <O as LetMutInt<'a, T>>::Out;
    fn pick(
        view: ndarray::ArrayViewMutD<'a, T>,
        base: Base,
        items: &[IndexItem<'_>],
    ) -> Result<Self::Output, IndexError> {
        Ok(O::pick_let(engine::select_mut(view, items)?, base))
    }
}

/// Integers only in `let mut x = a[i, j]`: the element's value (NumPy gives a scalar copy)
/// when they cover every axis, else a mutable view.
pub trait LetMutInt<'a, T>: Dimension {
    /// The bound value.
    type Out;
    /// Type the selection.
    fn pick_let(view: ndarray::ArrayViewMutD<'a, T>, base: Base) -> Self::Out;
}
impl<'a, T: Clone + 'a> LetMutInt<'a, T> for Ix0 {
    type Out = T;
    fn pick_let(view: ndarray::ArrayViewMutD<'a, T>, _: Base) -> T {
        fix_dim::<_, Ix0>(view).into_scalar().clone()
    }
}
macro_rules! let_mut_views {
    ($($d:ty),*) => {$(
        impl<'a, T: 'a> LetMutInt<'a, T> for $d {
            type Out = ArrayViewMut<'a, T, $d>;
            fn pick_let(view: ndarray::ArrayViewMutD<'a, T>, base: Base) -> Self::Out {
                ArrayViewMut { inner: fix_dim(view), base }
            }
        }
    )*};
}
let_mut_views!(Ix1, Ix2, Ix3, Ix4, Ix5, Ix6, IxDyn);

/// What `let mut x = a[idx]` binds inside `np! { ... }`.
pub type LetMut<'a, 'i, S, L> = <<L as IndexList<'i>>::Class as PickLetMut<
    'a,
    <S as SourceMut<'a>>::Elem,
    <L as Fits<'i, <S as SourceMut<'a>>::Dim>>::Out,
>>::Output;

/// `let mut x = a[idx]` inside `np! { ... }`: see `PickLetMut`.
///
/// # Errors
/// NumPy's error for this index.
pub fn let_mut<'a, 'i, S, L>(src: S, idx: L) -> Result<LetMut<'a, 'i, S, L>, IndexError>
where
    S: SourceMut<'a>,
    L: Fits<'i, S::Dim>,
    L::Class: PickLetMut<'a, S::Elem, L::Out>,
{
    let items = items(idx);
    let (view, base) = src.into_view_mut();
    <L::Class as PickLetMut<'a, S::Elem, L::Out>>::pick(view.into_dyn(), base, &items)
}

/// Several indices of one array, each giving a mutable view (`np!(&mut a[i], &mut a[j])`).
pub trait SplitMut<'a, 'i, T, D: Dimension> {
    /// A tuple with one mutable view (or `&mut T`) per index.
    type Output;
    /// The items of each index, in order.
    fn parts(self) -> Vec<Vec<IndexItem<'i>>>;
    /// Give each view its type.
    fn pick(views: Vec<ndarray::ArrayViewMutD<'a, T>>, base: Base) -> Self::Output;
}

macro_rules! split_mut_tuples {
    ($(($($l:ident $n:tt),*);)*) => {$(
        impl<'a, 'i, T: 'a, D: Dimension, $($l),*> SplitMut<'a, 'i, T, D> for ($($l,)*)
        where
            $($l: Fits<'i, D>, $l::Class: PickMut<'a, T, $l::Out>,)*
        {
            type Output = ($(<$l::Class as PickMut<'a, T, $l::Out>>::Output,)*);
            fn parts(self) -> Vec<Vec<IndexItem<'i>>> {
                vec![$(items(self.$n)),*]
            }
            fn pick(views: Vec<ndarray::ArrayViewMutD<'a, T>>, base: Base) -> Self::Output {
                let mut views = views.into_iter();
                ($(<$l::Class as PickMut<'a, T, $l::Out>>::pick(views.next().expect("one view per index"), base),)*)
            }
        }
    )*};
}
split_mut_tuples! {
    (L0 0, L1 1);
    (L0 0, L1 1, L2 2);
    (L0 0, L1 1, L2 2, L3 3);
}

/// `np!(&mut a[i], &mut a[j])`: mutable views of one array that may be used at the same time,
/// after a run-time check (NumPy's exact `shares_memory`) that they do not overlap.
///
/// # Errors
/// NumPy's error for an index, or an error naming two views that overlap.
pub fn split_mut<'a, 'i, S, P>(src: S, parts: P) -> Result<P::Output, IndexError>
where
    S: SourceMut<'a>,
    P: SplitMut<'a, 'i, S::Elem, S::Dim>,
{
    let parts = parts.parts();
    let (view, base) = src.into_view_mut();
    let view = view.into_dyn();
    let elems = parts
        .iter()
        .map(|items| engine::slice_elems(view.shape(), items))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(P::pick(engine::split_views(view, &elems)?, base))
}

/// `np!(a[idx] = value)`: NumPy's `__setitem__`, for basic, fancy and mask indices.
///
/// # Errors
/// NumPy's error; nothing is written then.
pub fn assign<'a, 'i, S, L, V>(target: S, idx: L, value: V) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Clone,
    L: IndexList<'i>,
    S::Dim: crate::rank::RankSub<L::In>,
    V: Operand<S::Elem>,
{
    let items = items(idx);
    let (view, _) = target.into_view_mut();
    engine::assign(view.into_dyn(), &items, &value.operand(), value.is_list())
}

/// `np!(a[dst] = a[src])`: the source is a basic index of the array being written. NumPy's
/// result (as if the source were copied first), copying only when the two sides overlap in a
/// way no loop order handles; `a[1:] = a[:-1]` runs in place like `memmove`.
///
/// # Errors
/// NumPy's error; nothing is written then.
pub fn assign_within<'a, 'i, 'j, S, L, M>(target: S, dst: L, src: M) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Clone,
    L: IndexList<'i>,
    M: IndexList<'j>,
    S::Dim: crate::rank::RankSub<L::In> + crate::rank::RankSub<M::In>,
{
    let (dst, src) = (items(dst), items(src));
    let (view, _) = target.into_view_mut();
    engine::assign_within(view.into_dyn(), &dst, &src)
}

/// `np!(a[idx] op= value)`: read, apply the in-place operator, write back (NumPy's buffered rule).
///
/// # Errors
/// NumPy's error; nothing is written then.
pub fn assign_op<'a, 'i, S, L, V, F>(target: S, idx: L, value: V, op: F) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Clone,
    L: IndexList<'i>,
    S::Dim: crate::rank::RankSub<L::In>,
    V: Operand<S::Elem>,
    F: Fn(&mut S::Elem, &S::Elem),
{
    let items = items(idx);
    let (view, _) = target.into_view_mut();
    engine::assign_op(view.into_dyn(), &items, &value.operand(), &op)
}

/// The panic of the non-`try` forms: NumPy's message, at the caller's line.
#[track_caller]
#[inline]
pub fn unwrap<T>(r: Result<T, IndexError>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    }
}
