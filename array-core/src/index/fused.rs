//! Comparisons fused into the read or write they index: `a[a > 25]` and `a[a > 25] = 0`.
//!
//! NumPy builds the whole boolean mask first, then counts it, then copies. Here the macro hands
//! over the two sides of the comparison instead of the mask: when one side is a scalar and the
//! other has the indexed array's shape, a read is one branch-free pass into an output sized
//! from a sample of the keys (`raw::compact_sampled`), and a write is one in-place pass. Every
//! other case builds the mask and takes the general path, so the results are NumPy's either way.

use ndarray::{ArrayViewD, ArrayViewMutD, IxDyn, Zip};

use super::item::IndexItem;
use super::spec::{Fits, IndexList};
use super::{read, write, Pick, Read, Selection, Source, SourceMut};
use crate::array::{Array, ArrayView};
pub use crate::compare::{Compare, Eq, Flip, Ge, Gt, Le, Lt, Ne};
use crate::error::IndexError;
use crate::memory::extent_base;
use crate::ops::InPlace;
use crate::ops::{try_zip_with, Broadcast, Wrap};
use crate::rank::RankSub;
use crate::value::Operand;
use ndarray::DimMax;

/// The mask a comparison of `L` and `R` makes: what the general path indexes with.
pub type Mask<L, R, T> = Array<bool, Broadcast<L, R, T, T>>;

/// What `np!(a[x OP y])` returns: what indexing with the mask returns.
pub type MaskRead<'a, S, L, R, T, E> = Read<'a, 'static, S, (Mask<L, R, T>, ()), E>;

/// A comparison with a scalar on one side: the array side (the keys) and the scalar.
struct KeyTest<'v, T> {
    keys: &'v ArrayViewD<'v, T>,
    scalar: &'v T,
    keys_on_left: bool,
}

impl<'v, T> KeyTest<'v, T> {
    fn of(l: &'v ArrayViewD<'v, T>, r: &'v ArrayViewD<'v, T>) -> Option<Self> {
        match (l.ndim(), r.ndim()) {
            (0, 0) => None,
            (_, 0) => Some(Self {
                keys: l,
                scalar: r.first()?,
                keys_on_left: true,
            }),
            (0, _) => Some(Self {
                keys: r,
                scalar: l.first()?,
                keys_on_left: false,
            }),
            _ => None,
        }
    }
}

/// The elements of `values` whose key passes `C` against `scalar`, in C order, as a 1-D copy.
fn select_kept<C: Compare<K>, T: Copy, K>(
    values: &ArrayViewD<'_, T>,
    keys: &ArrayViewD<'_, K>,
    scalar: &K,
) -> ndarray::ArrayD<T> {
    let keep = |k: &K| C::test(k, scalar);
    let kept = match (values.as_slice(), keys.as_slice()) {
        (Some(v), Some(k)) => crate::raw::compact_sampled(v, k, keep),
        _ => {
            let count = keys.iter().filter(|x| keep(x)).count();
            crate::raw::compact(values.iter().zip(keys.iter().map(&keep)), count)
        }
    };
    let n = kept.len();
    ndarray::ArrayD::from_shape_vec(IxDyn(&[n]), kept).expect("a vector fits its own length")
}

/// `np!(a[x OP y])`: NumPy's `a[x OP y]`, without building the mask when one side is a scalar
/// and the other has `a`'s shape.
///
/// # Errors
/// NumPy's error for the mask (a shape that does not match `a`).
pub fn select_where<'a, E, S, C, T, L, R>(
    src: S,
    l: L,
    r: R,
    _: C,
) -> Result<MaskRead<'a, S, L, R, T, E>, IndexError>
where
    S: Source<'a>,
    S::Elem: Copy,
    C: Compare<T>,
    L: Operand<T>,
    R: Operand<T>,
    L::Dim: DimMax<R::Dim>,
    Broadcast<L, R, T, T>: Wrap<bool, Out = Mask<L, R, T>>,
    (Mask<L, R, T>, ()): Fits<'static, S::Dim>,
    <(Mask<L, R, T>, ()) as IndexList<'static>>::Class:
        Pick<'a, S::Mode, E, S::Elem, <(Mask<L, R, T>, ()) as Fits<'static, S::Dim>>::Out>,
{
    let fused = {
        let (lv, rv) = (l.operand(), r.operand());
        let values = src.whole();
        let base = extent_base(&values);
        KeyTest::of(&lv, &rv)
            .filter(|t| t.keys.shape() == values.shape())
            .map(|t| {
                let kept = if t.keys_on_left {
                    select_kept::<C, _, _>(&values, t.keys, t.scalar)
                } else {
                    select_kept::<Flip<C>, _, _>(&values, t.keys, t.scalar)
                };
                (kept, base)
            })
    };
    match fused {
        Some((kept, base)) => Ok(
            <<(Mask<L, R, T>, ()) as IndexList<'static>>::Class as Pick<
                'a,
                S::Mode,
                E,
                S::Elem,
                _,
            >>::pick(Selection::Copy(kept), base),
        ),
        None => read(src, (try_zip_with(&l, &r, C::test)?, ())),
    }
}

/// Whether a value can be written by the fused loop: one element, at most one dimension (more
/// is NumPy's error, which the general path raises).
fn single<'v, T>(value: &'v ArrayViewD<'_, T>) -> Option<&'v T> {
    (value.ndim() <= 1 && value.len() == 1)
        .then(|| value.first())
        .flatten()
}

/// How a fused write changes a selected element: `=` sets it, a compound operator updates it.
pub trait Update<T> {
    /// Change `x` by `value` if `keep`.
    fn apply(&self, x: &mut T, keep: bool, value: &T);
    /// The general path, once the mask is built: NumPy's `__setitem__` or its buffered
    /// in-place operator.
    ///
    /// # Errors
    /// NumPy's error; nothing is written then.
    fn general(
        &self,
        target: ArrayViewMutD<'_, T>,
        items: &[IndexItem<'_>],
        value: &ArrayViewD<'_, T>,
        is_list: bool,
    ) -> Result<(), IndexError>;
}

/// `=`.
pub struct Set;

impl<T: Copy> Update<T> for Set {
    /// A branch-free select and an unconditional store, which vectorises, so an unpredictable
    /// mask costs nothing extra. Elements are copied, never cloned: an unselected element gets
    /// its own bits back, which no program can tell from not being touched.
    #[inline]
    fn apply(&self, x: &mut T, keep: bool, value: &T) {
        *x = if keep { *value } else { *x };
    }

    fn general(
        &self,
        target: ArrayViewMutD<'_, T>,
        items: &[IndexItem<'_>],
        value: &ArrayViewD<'_, T>,
        is_list: bool,
    ) -> Result<(), IndexError> {
        write::assign(target, items, value, is_list)
    }
}

/// A compound operator such as `+=`: NumPy's in-place ufunc `O`. Only selected elements
/// are touched.
pub struct With<O>(pub O);

impl<T: Copy, O: InPlace<T>> Update<T> for With<O> {
    #[inline]
    fn apply(&self, x: &mut T, keep: bool, value: &T) {
        if keep {
            O::apply(x, value);
        }
    }

    fn general(
        &self,
        target: ArrayViewMutD<'_, T>,
        items: &[IndexItem<'_>],
        value: &ArrayViewD<'_, T>,
        _: bool,
    ) -> Result<(), IndexError> {
        write::assign_op(target, items, value, &O::apply)
    }
}

/// Update wherever the key passes `C` against `scalar`; `keys` has the target's shape.
fn update_kept<C: Compare<K>, T, K, U: Update<T>>(
    target: &mut ArrayViewMutD<'_, T>,
    keys: &ArrayViewD<'_, K>,
    scalar: &K,
    update: &U,
    value: &T,
) {
    let standard = target.is_standard_layout() && keys.is_standard_layout();
    match (standard, target.as_slice_mut(), keys.as_slice()) {
        (true, Some(t), Some(k)) => {
            for (x, key) in t.iter_mut().zip(k) {
                update.apply(x, C::test(key, scalar), value);
            }
        }
        _ => Zip::from(target)
            .and(keys)
            .for_each(|x, key| update.apply(x, C::test(key, scalar), value)),
    }
}

/// Update wherever the element itself passes `C` against `scalar`.
fn update_own<C: Compare<T>, T, U: Update<T>>(
    target: &mut ArrayViewMutD<'_, T>,
    scalar: &T,
    update: &U,
    value: &T,
) {
    match target.as_slice_memory_order_mut() {
        Some(s) => {
            for x in s {
                let keep = C::test(x, scalar);
                update.apply(x, keep, value);
            }
        }
        None => target.iter_mut().for_each(|x| {
            let keep = C::test(x, scalar);
            update.apply(x, keep, value);
        }),
    }
}

/// `np!(a[x OP y] = value)` (`update` is [`Set`]) or `np!(a[x OP y] += value)` ([`With`] the
/// operator) where the comparison does not read `a`.
///
/// # Errors
/// NumPy's error for the mask or the value; nothing is written then.
pub fn update_where<'a, S, C, T, L, R, V, U>(
    target: S,
    l: L,
    r: R,
    _: C,
    value: V,
    update: U,
) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Copy,
    C: Compare<T>,
    L: Operand<T>,
    R: Operand<T>,
    L::Dim: DimMax<R::Dim>,
    Broadcast<L, R, T, T>: Wrap<bool, Out = Mask<L, R, T>>,
    S::Dim: RankSub<Broadcast<L, R, T, T>>,
    V: Operand<S::Elem>,
    U: Update<S::Elem>,
{
    let (view, _) = target.into_view_mut();
    let mut view = view.into_dyn();
    let operand = value.operand();
    {
        let (lv, rv) = (l.operand(), r.operand());
        if let (Some(t), Some(v)) = (KeyTest::of(&lv, &rv), single(&operand)) {
            if t.keys.shape() == view.shape() {
                if t.keys_on_left {
                    update_kept::<C, _, _, _>(&mut view, t.keys, t.scalar, &update, v);
                } else {
                    update_kept::<Flip<C>, _, _, _>(&mut view, t.keys, t.scalar, &update, v);
                }
                return Ok(());
            }
        }
    }
    let mask = try_zip_with(&l, &r, C::test)?;
    let items = [IndexItem::Mask(mask.inner.view().into_dyn().into())];
    update.general(view, &items, &operand, value.is_list())
}

/// `np!(a[a OP y] = value)` or `np!(a[a OP y] += value)` (or `a[y OP a]`): the comparison reads
/// the array being written, so the keys are its own elements, read just before each changes.
///
/// # Errors
/// NumPy's error for the value; nothing is written then.
pub fn update_where_self<'a, S, C, R, V, U>(
    target: S,
    other: R,
    target_on_left: bool,
    _: C,
    value: V,
    update: U,
) -> Result<(), IndexError>
where
    S: SourceMut<'a>,
    S::Elem: Copy,
    C: Compare<S::Elem>,
    R: Operand<S::Elem>,
    V: Operand<S::Elem>,
    U: Update<S::Elem>,
{
    let (view, _) = target.into_view_mut();
    let mut view = view.into_dyn();
    let operand = value.operand();
    let other_view = other.operand();
    if let (0, Some(v)) = (other_view.ndim(), single(&operand)) {
        let y = other_view.first().expect("a 0-d operand holds one element");
        if target_on_left {
            update_own::<C, _, _>(&mut view, y, &update, v);
        } else {
            update_own::<Flip<C>, _, _>(&mut view, y, &update, v);
        }
        return Ok(());
    }
    let test = |x: &S::Elem, y: &S::Elem| {
        if target_on_left {
            C::test(x, y)
        } else {
            C::test(y, x)
        }
    };
    let mask = {
        let keys = ArrayView::from_ndarray(view.view());
        let other = ArrayView::from_ndarray(other_view.view());
        try_zip_with(&keys, &other, test)?
    };
    let items = [IndexItem::Mask(mask.inner.view().into())];
    drop(other_view);
    update.general(view, &items, &operand, value.is_list())
}
