//! Operations on one operand: NumPy's one-operand ufuncs, `np.round`, `astype`.

use super::node::{Block, Kernel, Node};
use crate::__private::Sealed;
use crate::dtype::DType;
use crate::error::IndexError;
use crate::ops::unary::Ufunc1;

/// `f(x)` element by element.
#[doc(hidden)]
pub struct Map<F, N> {
    pub(crate) f: F,
    pub(crate) node: N,
}

impl<F, N> Sealed for Map<F, N> {}

impl<F, N> Node for Map<F, N>
where
    N: Node,
    F: Ufunc1<N::Elem> + Copy + Sync,
    F::Out: DType,
{
    type Elem = F::Out;
    type Dim = N::Dim;
    const FALLIBLE: bool = N::FALLIBLE;
    type Kernel<'k>
        = Map<F, N::Kernel<'k>>
    where
        Self: 'k;
    fn shape(&self) -> Result<Vec<usize>, IndexError> {
        self.node.shape()
    }
    fn contiguous(&self, shape: &[usize]) -> bool {
        self.node.contiguous(shape)
    }
    fn kernel(&self, shape: &[usize], flat: bool) -> Self::Kernel<'_> {
        Map {
            f: self.f,
            node: self.node.kernel(shape, flat),
        }
    }
    #[inline]
    fn first(&self) -> F::Out {
        self.f.call(self.node.first())
    }
    fn reads(&self, out: &mut Vec<super::bands::Layout>) -> bool {
        self.node.reads(out)
    }
}

impl<F, K> Kernel for Map<F, K>
where
    K: Kernel,
    F: Ufunc1<K::Elem> + Copy,
{
    type Elem = F::Out;
    type Block<'b>
        = Map<F, K::Block<'b>>
    where
        Self: 'b;
    #[inline]
    fn seek_row(&mut self, outer: &[usize]) {
        self.node.seek_row(outer);
    }
    #[inline]
    fn block(&mut self, start: usize, len: usize) -> Self::Block<'_> {
        Map {
            f: self.f,
            node: self.node.block(start, len),
        }
    }
    fn error(&self) -> Option<IndexError> {
        self.node.error()
    }
}

impl<F, B> Block for Map<F, B>
where
    B: Block,
    F: Ufunc1<B::Elem>,
{
    type Elem = F::Out;
    #[inline(always)]
    fn get(&self, i: usize) -> F::Out {
        self.f.call(self.node.get(i))
    }
    #[inline(always)]
    fn holds(&self, len: usize) -> bool {
        self.node.holds(len)
    }
}
