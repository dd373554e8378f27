//! Expression trees: the operands of an `np!` expression and the operations on them, built
//! lazily and evaluated in one pass over the output (see `eval`).
//!
//! A [`Node`] knows its element type and static rank; its [`Kernel`] walks the output row by
//! row (rows along the last axis, in C order) and hands out blocks of up to
//! [`BLOCK`] elements. A leaf's block is its own memory when the row is contiguous there, and
//! otherwise a small scratch buffer filled from the strided (or broadcast) row, so every block
//! is a plain slice and the loop over it compiles to straight-line (vectorisable) code however
//! many operands the expression has.

use ndarray::{ArrayViewD, Axis, Dimension, Ix0, IxDyn};

use super::bands::Layout;
use crate::__private::Sealed;
use crate::dtype::DType;

/// Elements per block of a row.
pub(crate) const BLOCK: usize = 2048;

/// An element-wise expression of NumPy's.
#[doc(hidden)]
pub trait Node: Sealed + Sized + Sync {
    /// The element type (a [`Scalar`], or a weak literal's type).
    type Elem: DType;
    /// The static rank (the broadcast of the operands').
    type Dim: Dimension;
    /// Whether evaluating may fail (an integer to a negative power), so a write must compute
    /// everything before it changes anything.
    const FALLIBLE: bool = false;
    /// The walker over an output.
    type Kernel<'k>: Kernel<Elem = Self::Elem>
    where
        Self: 'k;
    /// The shape of the values: the operands broadcast together, or NumPy's error for the
    /// operation whose operands do not broadcast (listing its operands, `()` for a scalar).
    ///
    /// # Errors
    /// That error.
    fn shape(&self) -> Result<Vec<usize>, crate::error::IndexError>;
    /// Whether every array operand, broadcast to `shape`, is one C-contiguous block of that
    /// shape (then the whole output is one row).
    fn contiguous(&self, shape: &[usize]) -> bool;
    /// The walker over an output of `shape` (`flat`: one row of `shape`'s size).
    fn kernel(&self, shape: &[usize], flat: bool) -> Self::Kernel<'_>;
    /// The value when every operand has one element (a 0-d result).
    fn first(&self) -> Self::Elem;
    /// The elements, when the node is an array operand (the keys of a fused comparison).
    fn leaf(&self) -> Option<ArrayViewD<'_, Self::Elem>> {
        None
    }
    /// The value, when the node is a scalar (the other side of a fused comparison).
    fn constant(&self) -> Option<Self::Elem> {
        None
    }
    /// Whether the node is a list literal (NumPy converts a list written into an array to at
    /// most the target's number of dimensions).
    fn is_list(&self) -> bool {
        false
    }
    /// Pushes where the elements of each borrowed array operand lie: a write whose value reads
    /// the array being written plans its order from them (see `expr::bands`). The node's
    /// values must depend on nothing else that the write changes: an operand holding values
    /// of its own (a scalar, a copy) pushes nothing. `false` when the node cannot tell; such a
    /// write then computes the whole value before it writes.
    fn reads(&self, out: &mut Vec<Layout>) -> bool {
        let _ = out;
        false
    }
}

/// Walks one node's values over the output, row by row.
#[doc(hidden)]
pub trait Kernel {
    /// The element type.
    type Elem;
    /// A block of values.
    type Block<'b>: Block<Elem = Self::Elem>
    where
        Self: 'b;
    /// Go to the row at `outer` (its index on every axis but the last; empty for a walk of
    /// one flat row).
    fn seek_row(&mut self, outer: &[usize]);
    /// Elements `start..start + len` of the current row.
    fn block(&mut self, start: usize, len: usize) -> Self::Block<'_>;
    /// An error found while computing (an integer to a negative power), if any.
    fn error(&self) -> Option<crate::error::IndexError> {
        None
    }
}

/// The values of one block.
#[doc(hidden)]
pub trait Block {
    /// The element type.
    type Elem;
    /// Value `i` of the block.
    fn get(&self, i: usize) -> Self::Elem;
    /// Whether every slice in the block holds at least `len` values. Checked once before a
    /// block's loop, it lets the compiler drop the bounds check of every `get` in the loop,
    /// which then vectorises.
    fn holds(&self, len: usize) -> bool;
}

impl<T: Copy> Block for &[T] {
    type Elem = T;
    #[inline(always)]
    fn get(&self, i: usize) -> T {
        self[i]
    }
    #[inline(always)]
    fn holds(&self, len: usize) -> bool {
        self.len() >= len
    }
}

/// A scalar operand: the same value everywhere.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Constant<T>(pub T);

impl<T: Copy> Block for Constant<T> {
    type Elem = T;
    #[inline(always)]
    fn get(&self, _: usize) -> T {
        self.0
    }
    #[inline(always)]
    fn holds(&self, _: usize) -> bool {
        true
    }
}

impl<T> Sealed for Constant<T> {}

impl<T: DType> Node for Constant<T> {
    type Elem = T;
    type Dim = Ix0;
    type Kernel<'k>
        = Constant<T>
    where
        Self: 'k;
    fn shape(&self) -> Result<Vec<usize>, crate::error::IndexError> {
        Ok(Vec::new())
    }
    fn contiguous(&self, _: &[usize]) -> bool {
        true
    }
    fn kernel(&self, _: &[usize], _: bool) -> Constant<T> {
        *self
    }
    fn first(&self) -> T {
        self.0
    }
    fn constant(&self) -> Option<T> {
        Some(self.0)
    }
    fn reads(&self, _: &mut Vec<Layout>) -> bool {
        true
    }
}

impl<T: Copy> Kernel for Constant<T> {
    type Elem = T;
    type Block<'b>
        = Constant<T>
    where
        Self: 'b;
    fn seek_row(&mut self, _: &[usize]) {}
    #[inline(always)]
    fn block(&mut self, _: usize, _: usize) -> Constant<T> {
        *self
    }
}

/// An array operand: a view of its elements.
#[doc(hidden)]
pub struct Leaf<'a, T, D> {
    pub(super) view: ndarray::ArrayView<'a, T, D>,
    pub(super) list: bool,
}

/// An array operand the expression owns (a copy made by a fancy index, or a result).
#[doc(hidden)]
pub struct OwnedLeaf<T, D> {
    pub(super) array: ndarray::Array<T, D>,
    pub(super) list: bool,
}

impl<T, D> Sealed for Leaf<'_, T, D> {}
impl<T, D> Sealed for OwnedLeaf<T, D> {}

/// The walker of an array operand: its rows, as the output's rows pick them (an axis the
/// operand broadcasts along is read at index 0), and a scratch block for rows that are not
/// contiguous.
#[doc(hidden)]
pub struct LeafKernel<'a, T> {
    view: ArrayViewD<'a, T>,
    /// How many leading output axes the operand does not have.
    missing: usize,
    row: ndarray::ArrayView1<'a, T>,
    scratch: Vec<T>,
}

fn leaf_contiguous<T, D: Dimension>(view: &ndarray::ArrayView<'_, T, D>, shape: &[usize]) -> bool {
    view.shape() == shape && view.is_standard_layout()
}

/// The kernel of an operand over an output of `shape` (`flat`: as one row, the operand being
/// C-contiguous with exactly that shape).
fn leaf_kernel<'a, T: DType>(
    view: ArrayViewD<'a, T>,
    shape: &[usize],
    flat: bool,
) -> LeafKernel<'a, T> {
    let view = if flat {
        let n = view.len();
        view.into_shape_with_order(IxDyn(&[n]))
            .expect("a contiguous operand flattens")
    } else {
        view
    };
    let missing = if flat {
        0
    } else {
        shape.len().max(1) - view.ndim().min(shape.len().max(1))
    };
    LeafKernel {
        view,
        missing,
        row: ndarray::ArrayView1::from(&[][..]),
        scratch: Vec::new(),
    }
}

impl<'a, T: DType> Kernel for LeafKernel<'a, T> {
    type Elem = T;
    type Block<'b>
        = &'b [T]
    where
        Self: 'b;
    #[inline]
    fn seek_row(&mut self, outer: &[usize]) {
        let mut v = self.view.clone();
        for &i in outer.iter().skip(self.missing) {
            let along = if v.shape()[0] == 1 { 0 } else { i };
            v = v.index_axis_move(Axis(0), along);
        }
        self.row = match v.ndim() {
            // A 0-d operand: one value for every element of the row.
            0 => v.insert_axis(Axis(0)),
            _ => v,
        }
        .into_dimensionality()
        .expect("one axis is left");
    }
    #[inline]
    fn block(&mut self, start: usize, len: usize) -> &[T] {
        if self.row.len() == 1 && len > 1 || self.row.len() == 1 && start > 0 {
            // A row the operand broadcasts along: one value repeated.
            self.scratch.clear();
            self.scratch.resize(len, self.row[0]);
            return &self.scratch;
        }
        if let Some(row) = self.row.to_slice() {
            return &row[start..start + len];
        }
        self.scratch.clear();
        self.scratch.extend(
            self.row
                .slice(ndarray::s![start..start + len])
                .iter()
                .copied(),
        );
        &self.scratch
    }
}

impl<'a, T: DType, D: Dimension> Node for Leaf<'a, T, D> {
    type Elem = T;
    type Dim = D;
    type Kernel<'k>
        = LeafKernel<'k, T>
    where
        Self: 'k;
    fn shape(&self) -> Result<Vec<usize>, crate::error::IndexError> {
        Ok(self.view.shape().to_vec())
    }
    fn contiguous(&self, shape: &[usize]) -> bool {
        leaf_contiguous(&self.view, shape)
    }
    fn kernel(&self, shape: &[usize], flat: bool) -> LeafKernel<'_, T> {
        leaf_kernel(self.view.view().into_dyn(), shape, flat)
    }
    fn first(&self) -> T {
        *self.view.first().expect("a 0-d operand holds one element")
    }
    fn leaf(&self) -> Option<ArrayViewD<'_, T>> {
        Some(self.view.view().into_dyn())
    }
    fn is_list(&self) -> bool {
        self.list
    }
    fn reads(&self, out: &mut Vec<Layout>) -> bool {
        out.push(Layout::of(&self.view));
        true
    }
}

impl<T: DType, D: Dimension> Node for OwnedLeaf<T, D> {
    type Elem = T;
    type Dim = D;
    type Kernel<'k>
        = LeafKernel<'k, T>
    where
        Self: 'k;
    fn shape(&self) -> Result<Vec<usize>, crate::error::IndexError> {
        Ok(self.array.shape().to_vec())
    }
    fn contiguous(&self, shape: &[usize]) -> bool {
        leaf_contiguous(&self.array.view(), shape)
    }
    fn kernel(&self, shape: &[usize], flat: bool) -> LeafKernel<'_, T> {
        leaf_kernel(self.array.view().into_dyn(), shape, flat)
    }
    fn first(&self) -> T {
        *self.array.first().expect("a 0-d operand holds one element")
    }
    fn leaf(&self) -> Option<ArrayViewD<'_, T>> {
        Some(self.array.view().into_dyn())
    }
    fn is_list(&self) -> bool {
        self.list
    }
    fn reads(&self, _: &mut Vec<Layout>) -> bool {
        // Values of its own (a copy, a list), which no write changes.
        true
    }
}
