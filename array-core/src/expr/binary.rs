//! Operations on two operands: NumPy's binary ufuncs with promotion, and the comparisons.

use core::cell::Cell;
use core::marker::PhantomData;

use ndarray::DimMax;

use super::bands::Layout;
use super::node::{Block, Kernel, Node};
use crate::__private::Sealed;
use crate::compare::Compare;
use crate::dtype::{CastFrom, CmpAs, DType, Promote};
use crate::error::IndexError;
use crate::ops::ufunc::Ufunc2;

/// The broadcast shape of one operation's operands, or NumPy's error listing them all.
pub(crate) fn broadcast_operands(shapes: &[Vec<usize>]) -> Result<Vec<usize>, IndexError> {
    crate::broadcast::broadcast_shapes(shapes.iter().map(Vec::as_slice)).ok_or_else(|| {
        let listed: Vec<&[usize]> = shapes.iter().map(Vec::as_slice).collect();
        IndexError::operands_mismatch(&listed)
    })
}

/// `l OP r`: both operands converted to their promoted dtype, then NumPy's loop for it.
#[doc(hidden)]
pub struct Bin<Op, L, R> {
    pub(crate) left: L,
    pub(crate) right: R,
    // A `fn` type: the marker never lives here, so the node is shared between threads as its
    // operands are.
    pub(crate) op: PhantomData<fn() -> Op>,
}

/// A one-operand loop standing for `Op` with a fixed right operand.
type FastLoop<Op, P> = fn(P) -> <Op as Ufunc2<P>>::Out;

/// The promoted dtype of two nodes.
pub(super) type Promoted<L, R> = <<L as Node>::Elem as Promote<<R as Node>::Elem>>::Out;

impl<Op, L, R> Sealed for Bin<Op, L, R> {}

impl<Op, L, R> Node for Bin<Op, L, R>
where
    L: Node,
    R: Node,
    L::Elem: Promote<R::Elem>,
    Promoted<L, R>: CastFrom<L::Elem> + CastFrom<R::Elem>,
    Op: Ufunc2<Promoted<L, R>>,
    <Op as Ufunc2<Promoted<L, R>>>::Out: DType,
    L::Dim: DimMax<R::Dim>,
{
    type Elem = <Op as Ufunc2<Promoted<L, R>>>::Out;
    type Dim = <L::Dim as DimMax<R::Dim>>::Output;
    const FALLIBLE: bool = <Op as Ufunc2<Promoted<L, R>>>::FALLIBLE || L::FALLIBLE || R::FALLIBLE;
    type Kernel<'k>
        = BinKernel<Op, L::Kernel<'k>, R::Kernel<'k>, Promoted<L, R>>
    where
        Self: 'k;
    fn shape(&self) -> Result<Vec<usize>, IndexError> {
        broadcast_operands(&[self.left.shape()?, self.right.shape()?])
    }
    fn contiguous(&self, shape: &[usize]) -> bool {
        self.left.contiguous(shape) && self.right.contiguous(shape)
    }
    fn kernel(&self, shape: &[usize], flat: bool) -> Self::Kernel<'_> {
        BinKernel {
            left: self.left.kernel(shape, flat),
            right: self.right.kernel(shape, flat),
            failed: Cell::new(false),
            fast: self.scalar_fast(),
            op: PhantomData,
        }
    }
    #[inline]
    fn first(&self) -> Self::Elem {
        let x = Promoted::<L, R>::cast_from(self.left.first());
        match self.scalar_fast() {
            Some(f) => f(x),
            None => Op::call(x, Promoted::<L, R>::cast_from(self.right.first())),
        }
    }
    fn reads(&self, out: &mut Vec<Layout>) -> bool {
        self.left.reads(out) && self.right.reads(out)
    }
}

impl<Op, L, R> Bin<Op, L, R>
where
    L: Node,
    R: Node,
    L::Elem: Promote<R::Elem>,
    Promoted<L, R>: CastFrom<L::Elem> + CastFrom<R::Elem>,
    Op: Ufunc2<Promoted<L, R>>,
{
    /// NumPy's loop for an array (not a scalar) and one right-hand value, if it has one.
    fn scalar_fast(&self) -> Option<FastLoop<Op, Promoted<L, R>>> {
        if !Op::SCALAR_FAST || self.left.constant().is_some() {
            return None;
        }
        let one_value = self.right.shape().is_ok_and(|s| s.is_empty());
        one_value
            .then(|| Op::scalar_fast(Promoted::<L, R>::cast_from(self.right.first())))
            .flatten()
    }
}

/// The walker of a binary operation.
#[doc(hidden)]
pub struct BinKernel<Op: Ufunc2<P>, L, R, P> {
    left: L,
    right: R,
    failed: Cell<bool>,
    /// NumPy's loop for a scalar right operand, when it has one (see `Ufunc2::scalar_fast`).
    fast: Option<fn(P) -> Op::Out>,
    op: PhantomData<(Op, P)>,
}

/// A block of a binary operation: both operands' blocks.
#[doc(hidden)]
pub struct BinBlock<'f, Op: Ufunc2<P>, L, R, P> {
    left: L,
    right: R,
    failed: &'f Cell<bool>,
    fast: Option<fn(P) -> Op::Out>,
    op: PhantomData<(Op, P)>,
}

impl<Op, L, R, P> Kernel for BinKernel<Op, L, R, P>
where
    L: Kernel,
    R: Kernel,
    P: CastFrom<L::Elem> + CastFrom<R::Elem> + Copy,
    Op: Ufunc2<P>,
{
    type Elem = Op::Out;
    type Block<'b>
        = BinBlock<'b, Op, L::Block<'b>, R::Block<'b>, P>
    where
        Self: 'b;
    #[inline]
    fn seek_row(&mut self, outer: &[usize]) {
        self.left.seek_row(outer);
        self.right.seek_row(outer);
    }
    #[inline]
    fn block(&mut self, start: usize, len: usize) -> Self::Block<'_> {
        BinBlock {
            left: self.left.block(start, len),
            right: self.right.block(start, len),
            failed: &self.failed,
            fast: self.fast,
            op: PhantomData,
        }
    }
    fn error(&self) -> Option<IndexError> {
        if self.failed.get() {
            return Some(Op::error());
        }
        self.left.error().or_else(|| self.right.error())
    }
}

impl<Op, L, R, P> Block for BinBlock<'_, Op, L, R, P>
where
    L: Block,
    R: Block,
    P: CastFrom<L::Elem> + CastFrom<R::Elem> + Copy,
    Op: Ufunc2<P>,
{
    type Elem = Op::Out;
    #[inline(always)]
    fn get(&self, i: usize) -> Op::Out {
        if Op::SCALAR_FAST {
            if let Some(f) = self.fast {
                return f(P::cast_from(self.left.get(i)));
            }
        }
        let (x, y) = (
            P::cast_from(self.left.get(i)),
            P::cast_from(self.right.get(i)),
        );
        if Op::FALLIBLE && Op::fails(x, y) {
            self.failed.set(true);
        }
        Op::call(x, y)
    }
    #[inline(always)]
    fn holds(&self, len: usize) -> bool {
        self.left.holds(len) && self.right.holds(len)
    }
}

/// `l OP r` for a comparison: `bool` elements, the operands compared in the type that makes
/// NumPy's comparison exact (`CmpAs`).
#[doc(hidden)]
pub struct Cmp<C, L, R> {
    pub(crate) left: L,
    pub(crate) right: R,
    pub(crate) op: PhantomData<fn() -> C>,
}

impl<C, L, R> Sealed for Cmp<C, L, R> {}

/// The comparison `l OP r` as a node.
pub(crate) fn cmp<C, L: super::IntoNode, R: super::IntoNode>(
    l: L,
    r: R,
) -> Cmp<C, L::Node, R::Node> {
    Cmp {
        left: l.into_node(),
        right: r.into_node(),
        op: PhantomData,
    }
}

impl<C, L, R> Node for Cmp<C, L, R>
where
    L: Node,
    R: Node,
    L::Elem: CmpAs<R::Elem>,
    C: Compare<<L::Elem as CmpAs<R::Elem>>::Out>,
    L::Dim: DimMax<R::Dim>,
{
    type Elem = bool;
    type Dim = <L::Dim as DimMax<R::Dim>>::Output;
    const FALLIBLE: bool = L::FALLIBLE || R::FALLIBLE;
    type Kernel<'k>
        = CmpKernel<C, L::Kernel<'k>, R::Kernel<'k>, <L::Elem as CmpAs<R::Elem>>::Out>
    where
        Self: 'k;
    fn shape(&self) -> Result<Vec<usize>, IndexError> {
        broadcast_operands(&[self.left.shape()?, self.right.shape()?])
    }
    fn contiguous(&self, shape: &[usize]) -> bool {
        self.left.contiguous(shape) && self.right.contiguous(shape)
    }
    fn kernel(&self, shape: &[usize], flat: bool) -> Self::Kernel<'_> {
        CmpKernel {
            left: self.left.kernel(shape, flat),
            right: self.right.kernel(shape, flat),
            op: PhantomData,
        }
    }
    #[inline]
    fn first(&self) -> bool {
        type Q<L, R> = <<L as Node>::Elem as CmpAs<<R as Node>::Elem>>::Out;
        C::test(
            &Q::<L, R>::cast_from(self.left.first()),
            &Q::<L, R>::cast_from(self.right.first()),
        )
    }
    fn reads(&self, out: &mut Vec<Layout>) -> bool {
        self.left.reads(out) && self.right.reads(out)
    }
}

/// The walker of a comparison.
#[doc(hidden)]
pub struct CmpKernel<C, L, R, Q> {
    left: L,
    right: R,
    op: PhantomData<(C, Q)>,
}

/// A block of a comparison.
#[doc(hidden)]
pub struct CmpBlock<C, L, R, Q> {
    left: L,
    right: R,
    op: PhantomData<(C, Q)>,
}

impl<C, L, R, Q> Kernel for CmpKernel<C, L, R, Q>
where
    L: Kernel,
    R: Kernel,
    Q: Copy + CastFrom<L::Elem> + CastFrom<R::Elem>,
    C: Compare<Q>,
{
    type Elem = bool;
    type Block<'b>
        = CmpBlock<C, L::Block<'b>, R::Block<'b>, Q>
    where
        Self: 'b;
    #[inline]
    fn seek_row(&mut self, outer: &[usize]) {
        self.left.seek_row(outer);
        self.right.seek_row(outer);
    }
    #[inline]
    fn block(&mut self, start: usize, len: usize) -> Self::Block<'_> {
        CmpBlock {
            left: self.left.block(start, len),
            right: self.right.block(start, len),
            op: PhantomData,
        }
    }
    fn error(&self) -> Option<IndexError> {
        self.left.error().or_else(|| self.right.error())
    }
}

impl<C, L, R, Q> Block for CmpBlock<C, L, R, Q>
where
    L: Block,
    R: Block,
    Q: Copy + CastFrom<L::Elem> + CastFrom<R::Elem>,
    C: Compare<Q>,
{
    type Elem = bool;
    #[inline(always)]
    fn get(&self, i: usize) -> bool {
        C::test(
            &Q::cast_from(self.left.get(i)),
            &Q::cast_from(self.right.get(i)),
        )
    }
    #[inline(always)]
    fn holds(&self, len: usize) -> bool {
        self.left.holds(len) && self.right.holds(len)
    }
}
