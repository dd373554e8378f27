//! Long flat walks of an expression as four parts side by side: one core of the benchmark
//! machine reads (and writes) four streams of memory far apart faster than one. Folds
//! (`np.count_nonzero(a > 25)`) and collects (`a * 2.0 + b` into a new array) of at least
//! [`STREAMS_FROM`] values go through [`walk_in_streams`]; the first part with an error reports
//! it, which is the first error in C order.

use core::ops::Range;

use super::node::{Block, Kernel, Node, BLOCK};
use crate::error::IndexError;
use crate::raw::Slots;

/// How many parts a long fold over one flat row is cut into, walked side by side.
pub(super) const STREAMS: usize = 4;

/// Flat folds of at least this many values are walked as [`STREAMS`] parts.
pub(super) const STREAMS_FROM: usize = 1 << 16;

/// What a walk of [`STREAMS`] parts side by side does with their values.
trait TakeParts<E> {
    /// Take the first `len` values of each part's block, side by side (the blocks hold them).
    fn take_parts<B: Block<Elem = E>>(&mut self, blocks: [B; STREAMS], len: usize);
    /// Take the first `len` values of `block`, leftover values of the last part.
    fn take_last<B: Block<Elem = E>>(&mut self, block: B, len: usize);
}

/// Hand the values at `span` of a flat walk of `node` to `sink` as [`STREAMS`] equal parts,
/// block by block side by side (the last part also takes the leftover values); the error the
/// first part with one found, if any: the first in C order. Streams of memory far apart keep
/// more of memory's bandwidth busy than one (`np.count_nonzero(a > 25)` of 10M int64 took
/// about a third less time on the machine `BENCHMARKS.md` was measured on).
fn walk_in_streams<N: Node>(
    node: &N,
    shape: &[usize],
    span: Range<usize>,
    sink: &mut impl TakeParts<N::Elem>,
) -> Option<IndexError> {
    struct Streams<'w, N, S> {
        node: &'w N,
        shape: &'w [usize],
        span: Range<usize>,
        sink: &'w mut S,
    }
    impl<N: Node, S: TakeParts<N::Elem>> crate::raw::Loop for Streams<'_, N, S> {
        type Out = Option<IndexError>;
        #[inline(always)]
        fn run(self) -> Self::Out {
            let Streams {
                node,
                shape,
                span,
                sink,
            } = self;
            let part = span.len() / STREAMS;
            let mut kernels: [N::Kernel<'_>; STREAMS] =
                core::array::from_fn(|_| node.kernel(shape, true));
            for kernel in &mut kernels {
                kernel.seek_row(&[]);
            }
            let mut off = 0;
            while off < part {
                let len = BLOCK.min(part - off);
                let [k0, k1, k2, k3] = &mut kernels;
                let blocks = [
                    k0.block(span.start + off, len),
                    k1.block(span.start + part + off, len),
                    k2.block(span.start + 2 * part + off, len),
                    k3.block(span.start + 3 * part + off, len),
                ];
                assert!(
                    blocks.iter().all(|b| b.holds(len)),
                    "a block holds its length"
                );
                sink.take_parts(blocks, len);
                off += len;
            }
            // The values the equal parts leave, into the last part.
            let last = &mut kernels[STREAMS - 1];
            let mut start = span.start + STREAMS * part;
            while start < span.end {
                let len = BLOCK.min(span.end - start);
                let block = last.block(start, len);
                assert!(block.holds(len), "a block holds its length");
                sink.take_last(block, len);
                start += len;
            }
            kernels.iter().find_map(|k| k.error())
        }
    }
    crate::raw::with_avx2(Streams {
        node,
        shape,
        span,
        sink,
    })
}

/// Folds the values at `span` of a flat walk of `node` as [`STREAMS`] equal parts side by side
/// (see [`walk_in_streams`]), each part from `init`; the error, if any.
pub(super) fn fold_in_streams<N: Node, A: Copy>(
    node: &N,
    shape: &[usize],
    span: Range<usize>,
    init: A,
    f: &impl Fn(A, N::Elem) -> A,
) -> ([A; STREAMS], Option<IndexError>) {
    struct Folds<'f, A, F> {
        acc: [A; STREAMS],
        f: &'f F,
    }
    impl<E, A: Copy, F: Fn(A, E) -> A> TakeParts<E> for Folds<'_, A, F> {
        #[inline(always)]
        fn take_parts<B: Block<Elem = E>>(&mut self, blocks: [B; STREAMS], len: usize) {
            // In locals for the loop, so that they stay in registers.
            let (mut acc, f) = (self.acc, self.f);
            for i in 0..len {
                for (acc, block) in acc.iter_mut().zip(&blocks) {
                    *acc = f(*acc, block.get(i));
                }
            }
            self.acc = acc;
        }
        #[inline(always)]
        fn take_last<B: Block<Elem = E>>(&mut self, block: B, len: usize) {
            let (mut acc, f) = (self.acc[STREAMS - 1], self.f);
            for i in 0..len {
                acc = f(acc, block.get(i));
            }
            self.acc[STREAMS - 1] = acc;
        }
    }
    let mut folds = Folds {
        acc: [init; STREAMS],
        f,
    };
    let error = walk_in_streams(node, shape, span, &mut folds);
    (folds.acc, error)
}

/// Writes the values at `span` of a flat walk of `node`, converted, into `slots` as
/// [`STREAMS`] equal parts side by side (see [`walk_in_streams`]), value by value within a
/// block: four streams far apart in the output too. The error, if any.
pub(super) fn collect_in_streams<N: Node, T>(
    node: &N,
    shape: &[usize],
    span: Range<usize>,
    slots: &mut Slots<'_, T>,
    convert: impl Fn(N::Elem) -> T + Copy,
) -> Option<IndexError> {
    struct Parts<'p, 's, T, F> {
        parts: &'p mut [Slots<'s, T>; STREAMS],
        convert: F,
    }
    impl<E, T, F: Fn(E) -> T + Copy> TakeParts<E> for Parts<'_, '_, T, F> {
        #[inline(always)]
        fn take_parts<B: Block<Elem = E>>(&mut self, blocks: [B; STREAMS], len: usize) {
            let convert = self.convert;
            // Spelled out: built by an array `map`, the four values were not inlined, and a
            // literal's conversion stayed inside the loop (15 times slower).
            let [b0, b1, b2, b3] = blocks;
            crate::raw::extend_four(self.parts, len, |i| {
                [
                    convert(b0.get(i)),
                    convert(b1.get(i)),
                    convert(b2.get(i)),
                    convert(b3.get(i)),
                ]
            });
        }
        #[inline(always)]
        fn take_last<B: Block<Elem = E>>(&mut self, block: B, len: usize) {
            let convert = self.convert;
            self.parts[STREAMS - 1].extend((0..len).map(move |i| convert(block.get(i))));
        }
    }
    let part = span.len() / STREAMS;
    let lens = [part, part, part, span.len() - 3 * part];
    slots.in_parts(lens, |parts| {
        walk_in_streams(node, shape, span, &mut Parts { parts, convert })
    })
}
