//! Evaluating an expression in one pass: into a fresh array (huge-page advised, filled in C
//! order) or straight into the view a write goes to, converting each value to the target's
//! element type.

use core::ops::Range;

use ndarray::{ArrayD, ArrayViewMutD, Axis, IxDyn};

use super::node::{Block, Kernel, Node, BLOCK};
use super::streams::{collect_in_streams, fold_in_streams, STREAMS_FROM};
use crate::broadcast::broadcast_shapes;
use crate::dtype::{CastFrom, DType, SameKind, Scalar};
use crate::error::IndexError;
use crate::raw::Slots;

/// The strong dtype of a node's values.
pub(crate) type Strong<N> = <<N as Node>::Elem as DType>::Strong;

/// The shape of the result: the operands broadcast together.
pub(crate) fn output_shape<N: Node>(node: &N) -> Result<Vec<usize>, IndexError> {
    node.shape()
}

/// Rows and row length of a walk over `shape` (one row of everything when `flat`).
fn rows_of(shape: &[usize], flat: bool) -> (usize, usize) {
    let size = shape.iter().product();
    match shape.split_last() {
        _ if flat => (1, size),
        Some((&last, outer)) => (outer.iter().product(), last),
        None => (1, 1),
    }
}

/// The index of the current row on the output's outer axes, counted in C order.
pub(super) struct RowIndex {
    dims: Vec<usize>,
    index: Vec<usize>,
}

impl RowIndex {
    /// The index of row `row` (counted in C order) of an output of `shape`.
    pub(super) fn at(shape: &[usize], flat: bool, row: usize) -> Self {
        let dims = if flat || shape.is_empty() {
            Vec::new()
        } else {
            shape[..shape.len() - 1].to_vec()
        };
        let mut index = vec![0; dims.len()];
        let mut rest = row;
        for (i, &n) in index.iter_mut().zip(&dims).rev() {
            *i = rest % n;
            rest /= n;
        }
        Self { dims, index }
    }

    pub(super) fn current(&self) -> &[usize] {
        &self.index
    }

    pub(super) fn advance(&mut self) {
        for (i, &n) in self.index.iter_mut().zip(&self.dims).rev() {
            *i += 1;
            if *i < n {
                return;
            }
            *i = 0;
        }
    }
}

/// What a walk over an expression's values does with each block of them.
pub(super) trait TakeBlock<E> {
    /// Take the first `len` values of `block` (the block holds them).
    fn take<B: Block<Elem = E>>(&mut self, block: B, len: usize);
}

/// Hand the values of `node` at positions `span` (in C order of `shape`, which has values)
/// to `sink`, block by block; the error the kernel found, if any.
pub(super) fn walk_span<N: Node>(
    node: &N,
    shape: &[usize],
    flat: bool,
    span: Range<usize>,
    sink: &mut impl TakeBlock<N::Elem>,
) -> Option<IndexError> {
    struct Walk<'w, N, S> {
        node: &'w N,
        shape: &'w [usize],
        flat: bool,
        span: Range<usize>,
        sink: &'w mut S,
    }
    impl<N: Node, S: TakeBlock<N::Elem>> crate::raw::Loop for Walk<'_, N, S> {
        type Out = Option<IndexError>;
        #[inline(always)]
        fn run(self) -> Option<IndexError> {
            walk_span_here(self.node, self.shape, self.flat, self.span, self.sink)
        }
    }
    crate::raw::with_avx2(Walk {
        node,
        shape,
        flat,
        span,
        sink,
    })
}

/// [`walk_span`], compiled into its caller's instruction set.
#[inline(always)]
fn walk_span_here<N: Node>(
    node: &N,
    shape: &[usize],
    flat: bool,
    span: Range<usize>,
    sink: &mut impl TakeBlock<N::Elem>,
) -> Option<IndexError> {
    let (_, row_len) = rows_of(shape, flat);
    let mut kernel = node.kernel(shape, flat);
    let mut outer = RowIndex::at(shape, flat, span.start / row_len);
    let mut pos = span.start;
    while pos < span.end {
        let row_start = pos - pos % row_len;
        let end = span.end.min(row_start + row_len) - row_start;
        kernel.seek_row(outer.current());
        outer.advance();
        let mut start = pos - row_start;
        while start < end {
            let len = BLOCK.min(end - start);
            let block = kernel.block(start, len);
            assert!(block.holds(len), "a block holds its length");
            sink.take(block, len);
            start += len;
        }
        pos = row_start + end;
    }
    kernel.error()
}

/// The pieces the values of an output of `size` are walked in (one without the `rayon`
/// feature or for small outputs); cuts fall on whole blocks.
fn value_spans(size: usize) -> Vec<Range<usize>> {
    crate::parallel::spans(size, BLOCK, size)
}

/// Folds the values of `node` without storing them: a whole-array reduction of an expression
/// (`np.count_nonzero(a > 25)`) needs no temporary array. The values are cut into consecutive
/// parts (pieces for threads, streams within a long flat piece), each folded in C order from
/// `init`, and `combine` joins the parts' results in order: the fold must be one that can be
/// split so (a count can; a float sum in NumPy's order cannot).
pub(crate) fn fold<N: Node, A: Copy + Send + Sync>(
    node: &N,
    init: A,
    f: impl Fn(A, N::Elem) -> A + Sync + Send,
    combine: impl Fn(A, A) -> A + Sync,
) -> Result<A, IndexError> {
    struct Fold<A, F> {
        acc: A,
        f: F,
    }
    impl<E, A: Copy, F: Fn(A, E) -> A> TakeBlock<E> for Fold<A, F> {
        #[inline(always)]
        fn take<B: Block<Elem = E>>(&mut self, block: B, len: usize) {
            for i in 0..len {
                self.acc = (self.f)(self.acc, block.get(i));
            }
        }
    }
    let shape = output_shape(node)?;
    let size: usize = shape.iter().product();
    if size == 0 {
        return Ok(init);
    }
    let flat = node.contiguous(&shape);
    let pieces = crate::parallel::map(value_spans(size), |span| {
        if flat && span.len() >= STREAMS_FROM {
            let (accs, error) = fold_in_streams(node, &shape, span, init, &f);
            return (accs.into_iter().reduce(&combine).unwrap_or(init), error);
        }
        let mut sink = Fold { acc: init, f: &f };
        let error = walk_span(node, &shape, flat, span, &mut sink);
        (sink.acc, error)
    });
    let mut acc = init;
    for (piece, error) in pieces {
        if let Some(e) = error {
            return Err(e);
        }
        acc = combine(acc, piece);
    }
    Ok(acc)
}

/// The values of `node` as a new C-order array.
pub(crate) fn collect<N: Node>(node: &N) -> Result<ArrayD<Strong<N>>, IndexError> {
    collect_with(node, DType::strong)
}

/// The values of `node` cast to `T` as they are computed (no copy in the operand's own dtype
/// first).
pub(crate) fn collect_as<N: Node, T>(node: &N) -> Result<ArrayD<T>, IndexError>
where
    T: CastFrom<Strong<N>> + Send,
{
    collect_with(node, |x| T::cast_from(x.strong()))
}

/// The values of `node` in its own element type, weak literals kept weak (the value of a
/// compound operator, whose dtype rule treats a literal as NEP 50 does).
pub(crate) fn collect_elems<N: Node>(node: &N) -> Result<ArrayD<N::Elem>, IndexError> {
    collect_with(node, |x| x)
}

/// Writes each value, converted, into the next slots of a piece of the output.
struct Collect<'p, 's, T, F> {
    slots: &'p mut Slots<'s, T>,
    convert: F,
}

impl<E, T, F: Fn(E) -> T + Copy> TakeBlock<E> for Collect<'_, '_, T, F> {
    #[inline(always)]
    fn take<B: Block<Elem = E>>(&mut self, block: B, len: usize) {
        let convert = self.convert;
        // The block moves into the loop, so its slices live in registers.
        self.slots
            .extend((0..len).map(move |i| convert(block.get(i))));
    }
}

/// The values of `node`, each converted by `convert`, as a new C-order array.
pub(super) fn collect_with<N: Node, T: Send>(
    node: &N,
    convert: impl Fn(N::Elem) -> T + Copy + Sync + Send,
) -> Result<ArrayD<T>, IndexError> {
    let shape = output_shape(node)?;
    let size: usize = shape.iter().product();
    if shape.is_empty() && !N::FALLIBLE {
        // One value: no rows to walk, unless it may fail.
        return Ok(
            ArrayD::from_shape_vec(IxDyn(&[]), vec![convert(node.first())])
                .expect("one value for a 0-d shape"),
        );
    }
    let flat = size > 0 && node.contiguous(&shape);
    let spans = if size == 0 {
        Vec::new()
    } else {
        value_spans(size)
    };
    let pieces = spans.into_iter().map(|span| (span.len(), span)).collect();
    let (out, errors) = crate::raw::filled_in_pieces(pieces, |span, slots| {
        if flat && span.len() >= STREAMS_FROM {
            return collect_in_streams(node, &shape, span, slots, convert);
        }
        walk_span(node, &shape, flat, span, &mut Collect { slots, convert })
    });
    if let Some(e) = errors.into_iter().flatten().next() {
        return Err(e);
    }
    Ok(ArrayD::from_shape_vec(IxDyn(&shape), out).expect("filled to the shape's size"))
}

/// Write the values of `node` into `target`, converted to its element type; the operands
/// broadcast to the target's shape (NumPy's assignment). Checked before anything is written.
pub(crate) fn assign_into<N, T>(target: ArrayViewMutD<'_, T>, node: &N) -> Result<(), IndexError>
where
    N: Node,
    T: Scalar,
    N::Elem: SameKind<T>,
{
    let value_shape = output_shape(node)?;
    let shape = target.shape().to_vec();
    let fits = value_shape.len() <= shape.len()
        && broadcast_shapes([shape.as_slice(), value_shape.as_slice()]).as_deref()
            == Some(&shape[..]);
    if !fits || N::FALLIBLE || shape.is_empty() {
        // Extra leading axes of length one, a value that does not fit (NumPy's error), an
        // operation that may fail, or one element: evaluate first, then write as a whole.
        let values = collect_elems(node)?;
        let values = values.view();
        let fitted = crate::broadcast::fit_value(&values, &shape)
            .ok_or_else(|| IndexError::cannot_broadcast_value(values.shape(), &shape))?;
        let mut target = target;
        target.zip_mut_with(&fitted, |x, &y| *x = y.cast_into());
        return Ok(());
    }
    if target.is_empty() {
        return Ok(());
    }
    let flat = target.is_standard_layout() && node.contiguous(&shape);
    let size = target.len();
    if flat {
        let mut rest = target
            .into_slice()
            .expect("a C-contiguous view is one slice");
        let mut pieces = Vec::new();
        for span in value_spans(size) {
            let (piece, tail) = rest.split_at_mut(span.len());
            rest = tail;
            pieces.push((span, piece));
        }
        crate::parallel::map(pieces, |(span, piece)| {
            walk_span(node, &shape, true, span, &mut Store { piece, at: 0 })
        });
        return Ok(());
    }
    // Rows that are not one slice: a target with rows to cut between is cut along its first
    // axis, and each slab written row by row.
    let mut pieces = Vec::new();
    if shape.len() == 1 {
        pieces.push((0, target));
    } else {
        let rows_per_slab = size / shape[0] / shape[shape.len() - 1];
        let mut rest = target;
        for span in crate::parallel::spans(shape[0], 1, size) {
            let (piece, tail) = rest.split_at(Axis(0), span.len());
            rest = tail;
            pieces.push((span.start * rows_per_slab, piece));
        }
    }
    crate::parallel::map(pieces, |(first_row, piece)| {
        store_rows(piece, node, &shape, first_row)
    });
    Ok(())
}

/// Writes each value, converted, into the next elements of a slice of the target.
pub(super) struct Store<'p, T> {
    pub(super) piece: &'p mut [T],
    pub(super) at: usize,
}

impl<E: SameKind<T>, T: Scalar> TakeBlock<E> for Store<'_, T> {
    #[inline(always)]
    fn take<B: Block<Elem = E>>(&mut self, block: B, len: usize) {
        for (i, x) in self.piece[self.at..self.at + len].iter_mut().enumerate() {
            *x = block.get(i).cast_into();
        }
        self.at += len;
    }
}

/// Write the values of `node` over an output of `shape` into `target`, rows of that output
/// from `first_row` on, row by row (the rows need not be slices).
fn store_rows<N, T>(target: ArrayViewMutD<'_, T>, node: &N, shape: &[usize], first_row: usize)
where
    N: Node,
    T: Scalar,
    N::Elem: SameKind<T>,
{
    struct Rows<'w, 't, N, T> {
        target: ArrayViewMutD<'t, T>,
        node: &'w N,
        shape: &'w [usize],
        first_row: usize,
    }
    impl<N: Node, T: Scalar> crate::raw::Loop for Rows<'_, '_, N, T>
    where
        N::Elem: SameKind<T>,
    {
        type Out = ();
        #[inline(always)]
        fn run(self) {
            store_rows_here(self.target, self.node, self.shape, self.first_row);
        }
    }
    crate::raw::with_avx2(Rows {
        target,
        node,
        shape,
        first_row,
    });
}

/// [`store_rows`], compiled into its caller's instruction set.
#[inline(always)]
fn store_rows_here<N, T>(
    mut target: ArrayViewMutD<'_, T>,
    node: &N,
    shape: &[usize],
    first_row: usize,
) where
    N: Node,
    T: Scalar,
    N::Elem: SameKind<T>,
{
    let last = target.ndim() - 1;
    let mut kernel = node.kernel(shape, false);
    let mut outer = RowIndex::at(shape, false, first_row);
    for mut row in target.lanes_mut(Axis(last)) {
        kernel.seek_row(outer.current());
        outer.advance();
        let row_len = row.len();
        let mut start = 0;
        while start < row_len {
            let len = BLOCK.min(row_len - start);
            let block = kernel.block(start, len);
            assert!(block.holds(len), "a block holds its length");
            match row.as_slice_mut() {
                Some(s) => {
                    for (i, x) in s[start..start + len].iter_mut().enumerate() {
                        *x = block.get(i).cast_into();
                    }
                }
                None => {
                    let mut part = row.slice_mut(ndarray::s![start..start + len]);
                    for (i, x) in part.iter_mut().enumerate() {
                        *x = block.get(i).cast_into();
                    }
                }
            }
            start += len;
        }
    }
}
