//! Operations on three operands: `np.where(c, x, y)` and `np.clip(a, lo, hi)`.

use core::marker::PhantomData;

use ndarray::DimMax;

use super::bands::Layout;
use super::binary::{broadcast_operands, Bin, Promoted};
use super::node::{Block, Kernel, Node};
use crate::__private::Sealed;
use crate::dtype::{CastFrom, Promote};
use crate::error::IndexError;

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
    /// What NumPy does with each bound (see `ClipBound`): a dropped one is not in a
    /// broadcasting error.
    pub(crate) bounds: [super::clip_bounds::BoundUse; 2],
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
        use super::clip_bounds::BoundUse;
        use crate::dtype::Scalar as _;
        type Result<E> = <E as crate::dtype::DType>::Strong;
        let mut shapes = vec![self.inner.left.left.shape()?];
        for (k, used) in self.bounds.into_iter().enumerate() {
            match used {
                BoundUse::Beyond(v) if !Result::<Self::Elem>::holds_python_int(v) => {
                    let dtype = <Result<Self::Elem> as crate::fmt::FormatElement>::DTYPE;
                    return Err(IndexError::int_out_of_bounds(v, dtype));
                }
                BoundUse::Dropped => {}
                BoundUse::Kept | BoundUse::Beyond(_) if k == 0 => {
                    shapes.push(self.inner.left.right.shape()?)
                }
                BoundUse::Kept | BoundUse::Beyond(_) => shapes.push(self.inner.right.shape()?),
            }
        }
        broadcast_operands(&shapes)
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
