//! Operations on two (or three) operands: NumPy's binary ufuncs with promotion, the
//! comparisons, and `np.where`.

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
type Promoted<L, R> = <<L as Node>::Elem as Promote<<R as Node>::Elem>>::Out;

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

/// `np.where(c, x, y)`: `x` where `c` is true, else `y`, in their promoted dtype.
#[doc(hidden)]
pub struct Where<C, X, Y> {
    pub(crate) cond: C,
    pub(crate) yes: X,
    pub(crate) no: Y,
}

impl<C, X, Y> Sealed for Where<C, X, Y> {}

impl<C, X, Y> Node for Where<C, X, Y>
where
    C: Node,
    bool: CastFrom<C::Elem>,
    X: Node,
    Y: Node,
    X::Elem: Promote<Y::Elem>,
    Promoted<X, Y>: CastFrom<X::Elem> + CastFrom<Y::Elem>,
    C::Dim: DimMax<X::Dim>,
    <C::Dim as DimMax<X::Dim>>::Output: DimMax<Y::Dim>,
{
    type Elem = Promoted<X, Y>;
    type Dim = <<C::Dim as DimMax<X::Dim>>::Output as DimMax<Y::Dim>>::Output;
    const FALLIBLE: bool = C::FALLIBLE || X::FALLIBLE || Y::FALLIBLE;
    type Kernel<'k>
        = WhereKernel<C::Kernel<'k>, X::Kernel<'k>, Y::Kernel<'k>, Promoted<X, Y>>
    where
        Self: 'k;
    fn shape(&self) -> Result<Vec<usize>, IndexError> {
        broadcast_operands(&[self.cond.shape()?, self.yes.shape()?, self.no.shape()?])
    }
    fn contiguous(&self, shape: &[usize]) -> bool {
        self.cond.contiguous(shape) && self.yes.contiguous(shape) && self.no.contiguous(shape)
    }
    fn kernel(&self, shape: &[usize], flat: bool) -> Self::Kernel<'_> {
        WhereKernel {
            cond: self.cond.kernel(shape, flat),
            yes: self.yes.kernel(shape, flat),
            no: self.no.kernel(shape, flat),
            out: PhantomData,
        }
    }
    fn first(&self) -> Self::Elem {
        if bool::cast_from(self.cond.first()) {
            Promoted::<X, Y>::cast_from(self.yes.first())
        } else {
            Promoted::<X, Y>::cast_from(self.no.first())
        }
    }
    fn reads(&self, out: &mut Vec<Layout>) -> bool {
        self.cond.reads(out) && self.yes.reads(out) && self.no.reads(out)
    }
}

/// The walker of `np.where`.
#[doc(hidden)]
pub struct WhereKernel<C, X, Y, P> {
    cond: C,
    yes: X,
    no: Y,
    out: PhantomData<P>,
}

/// A block of `np.where`.
#[doc(hidden)]
pub struct WhereBlock<C, X, Y, P> {
    cond: C,
    yes: X,
    no: Y,
    out: PhantomData<P>,
}

impl<C, X, Y, P> Kernel for WhereKernel<C, X, Y, P>
where
    C: Kernel,
    bool: CastFrom<C::Elem>,
    X: Kernel,
    Y: Kernel,
    P: Copy + CastFrom<X::Elem> + CastFrom<Y::Elem>,
{
    type Elem = P;
    type Block<'b>
        = WhereBlock<C::Block<'b>, X::Block<'b>, Y::Block<'b>, P>
    where
        Self: 'b;
    fn seek_row(&mut self, outer: &[usize]) {
        self.cond.seek_row(outer);
        self.yes.seek_row(outer);
        self.no.seek_row(outer);
    }
    fn block(&mut self, start: usize, len: usize) -> Self::Block<'_> {
        WhereBlock {
            cond: self.cond.block(start, len),
            yes: self.yes.block(start, len),
            no: self.no.block(start, len),
            out: PhantomData,
        }
    }
    fn error(&self) -> Option<IndexError> {
        self.cond
            .error()
            .or_else(|| self.yes.error())
            .or_else(|| self.no.error())
    }
}

impl<C, X, Y, P> Block for WhereBlock<C, X, Y, P>
where
    C: Block,
    bool: CastFrom<C::Elem>,
    X: Block,
    Y: Block,
    P: Copy + CastFrom<X::Elem> + CastFrom<Y::Elem>,
{
    type Elem = P;
    #[inline(always)]
    fn get(&self, i: usize) -> P {
        // Both sides are computed, so the choice is a select, not a branch.
        let (yes, no) = (P::cast_from(self.yes.get(i)), P::cast_from(self.no.get(i)));
        if bool::cast_from(self.cond.get(i)) {
            yes
        } else {
            no
        }
    }
    #[inline(always)]
    fn holds(&self, len: usize) -> bool {
        self.cond.holds(len) && self.yes.holds(len) && self.no.holds(len)
    }
}

/// `np.clip(a, lo, hi)`: `np.minimum(np.maximum(a, lo), hi)` as NumPy computes it, one
/// operation of three operands for broadcasting (and its error).
#[doc(hidden)]
pub struct Clip<A, L, H> {
    pub(crate) inner: Bin<crate::ops::ufunc::Minimum, Bin<crate::ops::ufunc::Maximum, A, L>, H>,
}

impl<A, L, H> Sealed for Clip<A, L, H> {}

impl<A: Node, L: Node, H: Node> Node for Clip<A, L, H>
where
    Bin<crate::ops::ufunc::Minimum, Bin<crate::ops::ufunc::Maximum, A, L>, H>: Node,
{
    type Elem =
        <Bin<crate::ops::ufunc::Minimum, Bin<crate::ops::ufunc::Maximum, A, L>, H> as Node>::Elem;
    type Dim =
        <Bin<crate::ops::ufunc::Minimum, Bin<crate::ops::ufunc::Maximum, A, L>, H> as Node>::Dim;
    const FALLIBLE: bool = A::FALLIBLE || L::FALLIBLE || H::FALLIBLE;
    type Kernel<'k>
        =
        <Bin<crate::ops::ufunc::Minimum, Bin<crate::ops::ufunc::Maximum, A, L>, H> as Node>::Kernel<
            'k,
        >
    where
        Self: 'k;
    fn shape(&self) -> Result<Vec<usize>, IndexError> {
        let (a, lo, hi) = (
            self.inner.left.left.shape()?,
            self.inner.left.right.shape()?,
            self.inner.right.shape()?,
        );
        broadcast_operands(&[a, lo, hi])
    }
    fn contiguous(&self, shape: &[usize]) -> bool {
        self.inner.contiguous(shape)
    }
    fn kernel(&self, shape: &[usize], flat: bool) -> Self::Kernel<'_> {
        self.inner.kernel(shape, flat)
    }
    fn first(&self) -> Self::Elem {
        self.inner.first()
    }
    fn reads(&self, out: &mut Vec<Layout>) -> bool {
        self.inner.reads(out)
    }
}
