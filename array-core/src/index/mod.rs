//! NumPy indexing: what `np!` expands into.
//!
//! - `spec`: the compile-time meaning of each index element (rank and kind of the result);
//! - `item`: its run-time form and Python's slice and index arithmetic;
//! - `source` and `pick`: what can be indexed, and the static type of each result;
//! - `prepare`, `select`, `gather`, `write`, `split`, `within`: NumPy's rules at run time
//!   (preparing an index, reads, advanced reads, writes, split borrows, writes within one
//!   array);
//! - `fused`: comparisons fused into the read or write they index;
//! - `threads`: which reads' copies may split over threads (the `rayon` feature);
//! - this module: the entry points, generic over the array types, that tie them together.

pub(crate) mod detach;
pub mod fused;
mod gather;
pub(crate) mod item;
mod let_mut;
mod pick;
mod prepare;
mod select;
mod source;
pub(crate) mod spec;
mod split;
mod threads;
pub(crate) mod tuple;
pub(crate) mod value;
mod within;
mod write;

use ndarray::Dimension;

use self::item::IndexItem;
pub use self::let_mut::{
    LetMutElement1, LetMutElement2, LetMutElement3, LetMutElement4, LetMutElement5, LetMutElement6,
    LetMutView1, LetMutView2, LetMutView3, LetMutView4, LetMutView5, LetMutView6,
};
pub use self::pick::{
    ByRef, ByValue, CopyPick, IntPick, IntPickMut, LetMutInt, Pick, PickLetMut, PickMut, ZeroDPick,
};
pub(crate) use self::prepare::basic as select_basic;
pub(crate) use self::select::select as select_items;
pub use self::select::Selection;
pub use self::source::{Borrowed, BorrowedSource, Owned, Source, SourceMut, ViewOrCopy};
use self::spec::{Fits, IndexList};
pub use self::threads::{Probe, SplitAny, SplitSync, Threads};
use self::value::AssignSource;
use crate::array::ArrayView;
use crate::error::IndexError;
use crate::expr::{IntoNode, Node};
use crate::memory::Base;
use crate::ops::InPlace;

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

/// `np!(a[idx])` and `np!(&a[idx])`: a view, the element, or a copy, as NumPy decides; a big
/// copy is split over `threads` where the element type allows (see [`Probe`]).
///
/// # Errors
/// NumPy's error for this index.
#[inline]
pub fn read<'a, 'i, E, S, L>(
    src: S,
    idx: L,
    threads: Threads<S::Elem>,
) -> Result<Read<'a, 'i, S, L, E>, IndexError>
where
    S: Source<'a>,
    S::Elem: Clone,
    L: Fits<'i, S::Dim>,
    L::Class: Pick<'a, S::Mode, E, S::Elem, L::Out>,
{
    if L::ALL_INTS && L::LEN <= spec::MAX_INTS {
        return src.read_ints::<E, L::Out, L::Class, L>(&idx);
    }
    read_items(src, idx, threads)
}

/// [`read`] for an index that is not all integers. Out of line, so that `read` of an element
/// stays small enough to inline into the caller's loop, as ndarray's `m[[i, j]]` does: a call
/// per element kept fewer independent loads in flight (1.3x ndarray's time on random reads).
#[inline(never)]
fn read_items<'a, 'i, E, S, L>(
    src: S,
    idx: L,
    threads: Threads<S::Elem>,
) -> Result<Read<'a, 'i, S, L, E>, IndexError>
where
    S: Source<'a>,
    S::Elem: Clone,
    L: Fits<'i, S::Dim>,
    L::Class: Pick<'a, S::Mode, E, S::Elem, L::Out>,
{
    let (selection, base) = src.select(&items(idx), threads)?;
    Ok(<L::Class as Pick<'a, S::Mode, E, S::Elem, L::Out>>::pick(
        selection, base,
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

/// One element of an index of integer literals and slices (see [`read_basic`]).
#[derive(Clone, Copy, Debug)]
pub enum BasicItem {
    /// An integer: removes its axis.
    Int(isize),
    /// A slice: keeps its axis.
    Slice(item::SliceSpec),
}

/// The view `np!(a[2, 1:])` gives: `S::Dim` less `INTS` axes.
pub type BasicView<'a, S, const INTS: usize> = ArrayView<
    'a,
    <S as Source<'a>>::Elem,
    <<S as Source<'a>>::Dim as crate::rank::RankSub<
        <crate::rank::Rank<INTS> as crate::rank::RankType>::Dim,
    >>::Output,
>;

/// `np!(a[2, 1:])` with integer literals and slices only, at least one of each: the view, on
/// the array's own rank, without a run-time index list or the type-level one [`read`] works
/// out (the macro passes the items as a fixed-size array and counts the integers), which keeps
/// such lines as cheap to compile as slices alone.
///
/// # Errors
/// NumPy's error for the first bad item, in order: an integer out of bounds, a zero step; too
/// many indices on an array of dynamic rank.
#[inline]
pub fn read_basic<'a, S, const N: usize, const INTS: usize>(
    src: S,
    mut items: [BasicItem; N],
) -> Result<BasicView<'a, S, INTS>, IndexError>
where
    S: BorrowedSource<'a>,
    crate::rank::Rank<N>: crate::rank::RankType,
    crate::rank::Rank<INTS>: crate::rank::RankType,
    S::Dim: crate::rank::RankSub<<crate::rank::Rank<N> as crate::rank::RankType>::Dim>
        + crate::rank::RankSub<<crate::rank::Rank<INTS> as crate::rank::RankType>::Dim>,
{
    let (view, base) = src.into_view();
    let ndim = view.ndim();
    if N > ndim {
        return Err(IndexError::too_many_indices(ndim, N));
    }
    let mut view = view.into_dyn();
    // Checked in order, as NumPy does, each integer replaced by its position; the integer axes
    // are removed afterwards, from the last, so each removal leaves the axes still to go.
    for (axis, item) in items.iter_mut().enumerate() {
        let len = view.len_of(ndarray::Axis(axis));
        match item {
            BasicItem::Int(index) => *index = item::resolve_int(*index, axis, len)? as isize,
            BasicItem::Slice(spec) => {
                view.slice_axis_inplace(ndarray::Axis(axis), spec.to_ndarray(len)?);
            }
        }
    }
    for (axis, item) in items.iter().enumerate().rev() {
        if let BasicItem::Int(at) = *item {
            view = view.index_axis_move(ndarray::Axis(axis), at as usize);
        }
    }
    // Cannot fail when the macro counted the integers (`INTS`) right; an error, not a panic,
    // if a hand-written call did not.
    let inner = view
        .into_dimensionality()
        .map_err(|_| IndexError::too_many_indices(ndim, N))?;
    Ok(ArrayView { inner, base })
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
    let view = select::select_mut(view.into_dyn(), &items)?;
    Ok(<L::Class as PickMut<'a, S::Elem, L::Out>>::pick(view, base))
}

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
    let parts = parts
        .iter()
        .map(|items| split::part(view.shape(), items))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(P::pick(split::split_views(view, &parts)?, base))
}

/// `np!(a[idx] = value)`: NumPy's `__setitem__`, for basic, fancy and mask indices; the value
/// tagged by the expansion for NumPy's casting or a plain clone.
///
/// # Errors
/// NumPy's error; nothing is written then.
pub fn assign<'a, 'i, S, L, V>(target: S, idx: L, value: V) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    L: IndexList<'i>,
    S::Dim: crate::rank::RankSub<L::In>,
    V: AssignSource<S::Elem>,
{
    let (view, _) = target.into_view_mut();
    if L::ALL_INTS && L::LEN <= spec::MAX_INTS {
        let narrowed = select::narrow_ints(view, &idx)?;
        if L::LEN == narrowed.ndim() {
            return value.write_element(select::only_element_mut(narrowed));
        }
        return value.write_into(select::drop_leading(narrowed, L::LEN), &[]);
    }
    value.write_into(view.into_dyn(), &items(idx))
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
    within::assign_within(view.into_dyn(), &dst, &src)
}

/// `np!(u[dst] = value)` where the value reads `u` itself, as in a Jacobi step
/// `u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0`: NumPy's
/// result (as if the value were computed first), in one pass over `u` where the layouts allow
/// it. The expansion passes the value as a closure that builds it from a shared view of `u`,
/// called once to plan and then once per band of rows (see `expr::bands`).
///
/// # Errors
/// NumPy's error; nothing is written then.
pub fn assign_in_bands<'a, 'i, S, L, F>(target: S, dst: L, value: F) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: crate::dtype::Scalar,
    L: IndexList<'i>,
    S::Dim: crate::rank::RankSub<L::In>,
    F: FnMut(
        &ArrayView<'_, S::Elem, S::Dim>,
        &mut crate::expr::Band<'_, S::Elem>,
    ) -> Result<(), IndexError>,
{
    let (view, base) = target.into_view_mut();
    crate::expr::bands::run(view, base, &items(dst), value)
}

/// `np!(a[idx] op= value)`: read, apply NumPy's in-place operator `O` (a ufunc type such as
/// `Add`) in the promoted dtype, write back under the same_kind rule (NumPy's buffered rule: a
/// repeated index is updated once). A scalar value keeps its weak type, so `a_f32 *= 2.5`
/// computes in float32 as NumPy does.
///
/// # Errors
/// NumPy's error; nothing is written then.
#[inline]
pub fn assign_op<'a, 'i, S, L, V, O>(target: S, idx: L, value: V, _: O) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Clone,
    L: IndexList<'i>,
    S::Dim: crate::rank::RankSub<L::In>,
    V: IntoNode,
    O: InPlace<S::Elem, <V::Node as Node>::Elem>,
{
    let node = value.into_node();
    let ints = L::ALL_INTS && L::LEN <= spec::MAX_INTS;
    let scalar = <<V::Node as Node>::Dim as Dimension>::NDIM == Some(0) && !V::Node::FALLIBLE;
    if ints && scalar {
        // `a[i, j] += v` with a scalar value: the one element updated in place, no buffers.
        // Every element the integers leave, on the array's own rank; the index checked
        // before the value, as NumPy reads `a[i, j]` before it applies the operator.
        let (view, _) = target.into_view_mut();
        let mut target = select::narrow_ints(view, &idx)?;
        let y = node.first();
        if O::fails(y) {
            return Err(O::error());
        }
        target.iter_mut().for_each(|x| O::apply(x, y));
        return Ok(());
    }
    assign_op_values::<_, _, _, O>(target, idx, node)
}

/// [`assign_op`] for a value that is not one scalar, or an index that is not all integers.
///
/// Out of line, and given only what the caller already holds in registers (no view, no index
/// list), so that `a[i, j] += v` inlines into the caller's loop with no stores but the update:
/// in a loop of random updates, every extra store per iteration left fewer cache misses in
/// flight (1.2-4 ms against 0.5 ms for 100k updates when a call or a stored view remained).
#[inline(never)]
fn assign_op_values<'a, 'i, S, L, N, O>(target: S, idx: L, node: N) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Clone,
    L: IndexList<'i>,
    N: Node,
    O: InPlace<S::Elem, N::Elem>,
{
    let (view, _) = target.into_view_mut();
    let values = crate::expr::eval::collect_elems(&node)?;
    if values.iter().any(|&y| O::fails(y)) {
        return Err(O::error());
    }
    let op = |x: &mut S::Elem, y: &N::Elem| O::apply(x, *y);
    if L::ALL_INTS && L::LEN <= spec::MAX_INTS {
        let narrowed = select::narrow_ints(view, &idx)?;
        let mut narrowed = select::drop_leading(narrowed, L::LEN);
        return crate::broadcast::apply_in_place(&mut narrowed, &values.view(), &op);
    }
    write::assign_op(view.into_dyn(), &items(idx), &values.view(), &op)
}

/// The panic of the non-`try` forms: NumPy's message, at the caller's line.
#[track_caller]
#[inline]
pub fn unwrap<T>(r: Result<T, IndexError>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => fail(e),
    }
}

/// The panic itself, out of line: element reads in a loop stay small enough to inline.
#[cold]
#[inline(never)]
#[track_caller]
fn fail(e: IndexError) -> ! {
    panic!("{e}")
}
