//! The value of `np!(a[idx] = v)`. Of NumPy's element types (an expression, an array, a
//! scalar, a literal), it is written with NumPy's same_kind casting, in one pass where the
//! index is basic. An array of other element types takes values of exactly its element type,
//! cloned in. Which of the two a value is, method resolution decides at the call site: the
//! expansion calls `(&&Tag::new(v)).__np_tag()`, found on `&&Tag<V>` when `V` is an
//! expression operand and on `&Tag<V>` otherwise.

use core::cell::Cell;

use ndarray::ArrayViewMutD;

use super::item::IndexItem;
use super::write;
use crate::dtype::{SameKind, Scalar};
use crate::error::IndexError;
use crate::expr::{IntoNode, Node};
use crate::value::Operand;

/// A value on its way to [`ViaNode`] or [`ViaClone`].
pub struct Tag<V>(Cell<Option<V>>);

impl<V> Tag<V> {
    /// Wrap the value.
    #[inline(always)]
    pub fn new(v: V) -> Self {
        Self(Cell::new(Some(v)))
    }

    pub(super) fn take(&self) -> V {
        self.0.take().expect("a tag is read once")
    }
}

/// A value of NumPy's element types, as an expression node.
pub struct NodeValue<N>(pub(crate) N);
/// A value of exactly the target's element type (any type).
pub struct CloneValue<V>(pub(crate) V);

/// Found first: an expression operand.
pub trait ViaNode {
    /// [`NodeValue`].
    type Out;
    /// Take the value out.
    fn __np_tag(self) -> Self::Out;
}
impl<V: IntoNode> ViaNode for &&Tag<V> {
    type Out = NodeValue<V::Node>;
    #[inline(always)]
    fn __np_tag(self) -> NodeValue<V::Node> {
        NodeValue(self.take().into_node())
    }
}

/// Found otherwise: anything, cloned in.
pub trait ViaClone {
    /// [`CloneValue`].
    type Out;
    /// Take the value out.
    fn __np_tag(self) -> Self::Out;
}
impl<V> ViaClone for &Tag<V> {
    type Out = CloneValue<V>;
    #[inline(always)]
    fn __np_tag(self) -> CloneValue<V> {
        CloneValue(self.take())
    }
}

/// A value `np!` can write into an array of `T`.
pub trait AssignSource<T> {
    /// Write it into `target[items]`.
    ///
    /// # Errors
    /// NumPy's error; nothing is written then.
    fn write_into(
        self,
        target: ArrayViewMutD<'_, T>,
        items: &[IndexItem<'_>],
    ) -> Result<(), IndexError>;
    /// Write it into one element (`a[i, j] = v` with integers on every axis).
    ///
    /// # Errors
    /// NumPy's error; nothing is written then.
    fn write_element(self, target: &mut T) -> Result<(), IndexError>
    where
        Self: Sized,
    {
        self.write_into(element_view(target), &[])
    }
}

impl<T, N> AssignSource<T> for NodeValue<N>
where
    N: Node,
    T: Scalar,
    N::Elem: SameKind<T>,
{
    fn write_into(
        self,
        target: ArrayViewMutD<'_, T>,
        items: &[IndexItem<'_>],
    ) -> Result<(), IndexError> {
        write::assign_node(target, items, &self.0)
    }
    #[inline]
    fn write_element(self, target: &mut T) -> Result<(), IndexError> {
        if <N::Dim as ndarray::Dimension>::NDIM == Some(0) && !N::FALLIBLE {
            // A scalar expression: its one value, converted, with no buffer.
            *target = self.0.first().cast_into();
            return Ok(());
        }
        write::assign_node(element_view(target), &[], &self.0)
    }
}

/// One element as a 0-d mutable view, for the general write path.
fn element_view<T>(target: &mut T) -> ArrayViewMutD<'_, T> {
    ndarray::ArrayViewMut::from_shape((), core::slice::from_mut(target))
        .expect("one element for shape ()")
        .into_dyn()
}

impl<T: Clone, V: Operand<T>> AssignSource<T> for CloneValue<V> {
    fn write_into(
        self,
        target: ArrayViewMutD<'_, T>,
        items: &[IndexItem<'_>],
    ) -> Result<(), IndexError> {
        write::assign(target, items, &self.0.operand(), self.0.is_list())
    }
}
