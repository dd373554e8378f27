//! What `np!` reads from and writes into: arrays, views, references to them, and (in a chain)
//! a copy made by the step before.

use ndarray::{ArrayViewD, Dimension};

use super::item::IndexItem;
use super::pick::Pick;
use super::select::{narrow_ints, select_with, Selection};
use super::spec::{IndexList, MAX_INTS};
use super::threads::Threads;
use crate::array::{Array, ArrayView, ArrayViewMut, Reshaped};
use crate::error::IndexError;
use crate::memory::{extent_base, Base};

/// Read mode of a source that borrows: basic indices give views of it.
pub enum Borrowed {}
/// Read mode of an owned temporary (a copy being indexed again): everything comes out owned.
pub enum Owned {}
/// Read mode of a [`Reshaped`] value (a view of another array, or a copy, decided at run time):
/// basic indices and view functions give a [`Reshaped`] again.
pub enum ViewOrCopy {}

/// Something `np!` can read from: an array, a view, or (in a chain) a copy made by the step before.
pub trait Source<'a> {
    /// Element type.
    type Elem: 'a;
    /// Rank.
    type Dim: Dimension;
    /// [`Borrowed`] or [`Owned`].
    type Mode;
    /// Apply the index: the selection, and the owner of the memory a view points into.
    ///
    /// # Errors
    /// NumPy's `IndexError` or `ValueError` for this index.
    fn select(
        self,
        items: &[IndexItem<'_>],
        threads: Threads<Self::Elem>,
    ) -> Result<(Selection<'a, Self::Elem>, Base), IndexError>
    where
        Self::Elem: Clone;
    /// Read `self[idx]` for an index of plain integers (the element-access fast path), typed by `P`: the
    /// same result and errors as [`Source::select`] then [`Pick::pick`]. A borrowed source is
    /// narrowed in place on its own rank, with no index list built.
    ///
    /// # Errors
    /// NumPy's `IndexError` for these integers.
    #[inline]
    fn read_ints<'i, E, O: Dimension, P: Pick<'a, Self::Mode, E, Self::Elem, O>, L>(
        self,
        idx: &L,
    ) -> Result<P::Output, IndexError>
    where
        Self::Elem: Clone,
        Self: Sized,
        L: IndexList<'i>,
    {
        let mut values = [0; MAX_INTS];
        idx.int_values(&mut values, 0);
        let items: Vec<IndexItem<'_>> = values
            .iter()
            .take(L::LEN)
            .map(|&v| IndexItem::from_int(v))
            .collect();
        let (selection, base) = self.select(&items, Threads::calling())?;
        Ok(P::pick(selection, base))
    }
    /// All of it, as a view.
    fn whole(&self) -> ArrayViewD<'_, Self::Elem>;
    /// All of it for the view functions (`transpose`, `split` ...): a view of a borrowed
    /// source, the array itself for an owned one; and the owner of the memory.
    fn into_whole(self) -> (Selection<'a, Self::Elem>, Base);
}

/// A source whose views borrow it for `'a`: arrays and views, not copies.
pub trait BorrowedSource<'a>: Source<'a> {
    /// All of it as a view with the static rank, and the owner of its memory.
    fn into_view(self) -> (ndarray::ArrayView<'a, Self::Elem, Self::Dim>, Base);
}

macro_rules! borrowed_sources {
    ($([$($g:tt)*] $ty:ty => |$s:ident| $view:expr, $base:expr, $whole:expr;)*) => {$(
        impl<$($g)* T: 'a, D: Dimension> Source<'a> for $ty {
            type Elem = T;
            type Dim = D;
            type Mode = Borrowed;
            fn select(
                self,
                items: &[IndexItem<'_>],
                threads: Threads<T>,
            ) -> Result<(Selection<'a, T>, Base), IndexError>
            where
                T: Clone,
            {
                let $s = self;
                let base = $base;
                Ok((select_with($view.into_dyn(), items, threads)?, base))
            }
            #[inline]
            fn read_ints<'i, E, O: Dimension, P: Pick<'a, Borrowed, E, T, O>, L>(
                self,
                idx: &L,
            ) -> Result<P::Output, IndexError>
            where
                T: Clone,
                L: IndexList<'i>,
            {
                let $s = self;
                let base = $base;
                Ok(P::pick_narrowed(narrow_ints($view, idx)?, L::LEN, base))
            }
            fn whole(&self) -> ArrayViewD<'_, T> {
                let $s = self;
                $whole.into_dyn()
            }
            fn into_whole(self) -> (Selection<'a, T>, Base) {
                let $s = self;
                let base = $base;
                (Selection::View($view.into_dyn()), base)
            }
        }
        impl<$($g)* T: 'a, D: Dimension> BorrowedSource<'a> for $ty {
            #[inline]
            fn into_view(self) -> (ndarray::ArrayView<'a, T, D>, Base) {
                let $s = self;
                ($view, $base)
            }
        }
    )*};
}
borrowed_sources! {
    ['a,] &'a Array<T, D> => |a| a.inner.view(), a.own_base(), a.inner.view();
    ['a,] ArrayView<'a, T, D> => |a| a.inner, a.base, a.inner.view();
    // A shared view's elements live as long as the view says, however briefly the view
    // itself is borrowed (so a function can return `np!(v[1:])` of its view parameter).
    ['a, 'x,] &'x ArrayView<'a, T, D> => |a| a.inner.clone(), a.base, a.inner.view();
    ['a, 'b: 'a,] &'a ArrayViewMut<'b, T, D> => |a| a.inner.view(), a.base, a.inner.view();
    ['a, 'b: 'a,] &'a Reshaped<'b, T, D> => |a| a.view().inner, a.view().base, a.view().inner;
    // ndarray's own arrays and views, indexed in place: their base is the memory they span.
    ['a,] &'a ndarray::Array<T, D> => |a| a.view(), extent_base(a), a.view();
    ['a,] ndarray::ArrayView<'a, T, D> => |a| a.clone(), extent_base(&a), a.view();
    ['a, 'x,] &'x ndarray::ArrayView<'a, T, D> => |a| a.clone(), extent_base(a), a.view();
    ['a, 'b: 'a,] &'a ndarray::ArrayViewMut<'b, T, D> => |a| a.view(), extent_base(a), a.view();
}

impl<'a, T: 'a, D: Dimension> Source<'a> for Array<T, D> {
    type Elem = T;
    type Dim = D;
    type Mode = Owned;
    fn select(
        self,
        items: &[IndexItem<'_>],
        threads: Threads<T>,
    ) -> Result<(Selection<'a, T>, Base), IndexError>
    where
        T: Clone,
    {
        let base = self.own_base();
        let copy = select_with(self.inner.view().into_dyn(), items, threads)?.into_owned();
        Ok((Selection::Copy(copy), base))
    }
    fn whole(&self) -> ArrayViewD<'_, T> {
        self.inner.view().into_dyn()
    }
    fn into_whole(self) -> (Selection<'a, T>, Base) {
        let base = self.own_base();
        (Selection::Copy(self.into_inner().into_dyn()), base)
    }
}

/// Something `np!` can take a mutable view of, or write into.
#[diagnostic::on_unimplemented(
    message = "np! cannot write through `{Self}`",
    label = "not an array or a mutable view",
    note = "a view from `np!(a[...])` or `a.T` is shared, and NumPy's `broadcast_to` and `diagonal` are read-only views: take a mutable view with `np!(&mut a[...])`, write into `a` itself, or copy the view first (`.copy()`)"
)]
pub trait SourceMut<'a> {
    /// Element type.
    type Elem: 'a;
    /// Rank.
    type Dim: Dimension;
    /// The whole of it as a mutable view, and the owner of its memory.
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, Self::Elem, Self::Dim>, Base);
}
#[diagnostic::do_not_recommend]
impl<'a, T: 'a, D: Dimension> SourceMut<'a> for &'a mut Array<T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        let base = self.own_base();
        (self.inner.view_mut(), base)
    }
}
#[diagnostic::do_not_recommend]
impl<'a, 'b: 'a, T: 'a, D: Dimension> SourceMut<'a> for &'a mut ArrayViewMut<'b, T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        (self.inner.view_mut(), self.base)
    }
}
#[diagnostic::do_not_recommend]
impl<'a, T: 'a, D: Dimension> SourceMut<'a> for ArrayViewMut<'a, T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        (self.inner, self.base)
    }
}

#[diagnostic::do_not_recommend]
impl<'a, T: 'a, D: Dimension> SourceMut<'a> for &'a mut ndarray::Array<T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        let base = extent_base(self);
        (self.view_mut(), base)
    }
}
#[diagnostic::do_not_recommend]
impl<'a, 'b: 'a, T: 'a, D: Dimension> SourceMut<'a> for &'a mut ndarray::ArrayViewMut<'b, T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        let base = extent_base(self);
        (self.view_mut(), base)
    }
}
#[diagnostic::do_not_recommend]
impl<'a, T: 'a, D: Dimension> SourceMut<'a> for ndarray::ArrayViewMut<'a, T, D> {
    type Elem = T;
    type Dim = D;
    fn into_view_mut(self) -> (ndarray::ArrayViewMut<'a, T, D>, Base) {
        let base = extent_base(&self);
        (self, base)
    }
}

impl<'a, T: 'a, D: Dimension> Source<'a> for Reshaped<'a, T, D> {
    type Elem = T;
    type Dim = D;
    type Mode = ViewOrCopy;
    fn select(
        self,
        items: &[IndexItem<'_>],
        threads: Threads<T>,
    ) -> Result<(Selection<'a, T>, Base), IndexError>
    where
        T: Clone,
    {
        match self {
            Reshaped::View(v) => v.select(items, threads),
            Reshaped::Copy(a) => a.select(items, threads),
        }
    }
    fn whole(&self) -> ArrayViewD<'_, T> {
        self.view().inner.into_dyn()
    }
    fn into_whole(self) -> (Selection<'a, T>, Base) {
        match self {
            Reshaped::View(v) => v.into_whole(),
            Reshaped::Copy(a) => a.into_whole(),
        }
    }
}
