//! Evaluating an expression in one pass: into a fresh array (huge-page advised, filled in C
//! order) or straight into the view a write goes to, converting each value to the target's
//! element type.

use ndarray::{ArrayD, ArrayViewMutD, Axis, IxDyn};

use super::node::{Block, Kernel, Node, BLOCK};
use crate::broadcast::broadcast_shapes;
use crate::dtype::{DType, SameKind, Scalar};
use crate::error::IndexError;

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
struct RowIndex {
    dims: Vec<usize>,
    index: Vec<usize>,
}

impl RowIndex {
    fn new(shape: &[usize], flat: bool) -> Self {
        let dims = if flat || shape.is_empty() {
            Vec::new()
        } else {
            shape[..shape.len() - 1].to_vec()
        };
        let index = vec![0; dims.len()];
        Self { dims, index }
    }

    fn current(&self) -> &[usize] {
        &self.index
    }

    fn advance(&mut self) {
        for (i, &n) in self.index.iter_mut().zip(&self.dims).rev() {
            *i += 1;
            if *i < n {
                return;
            }
            *i = 0;
        }
    }
}

/// Folds the values of `node` in C order without storing them: a whole-array reduction of an
/// expression (`np.count_nonzero(a > 25)`) needs no temporary array.
pub(crate) fn fold<N: Node, A>(
    node: &N,
    init: A,
    mut f: impl FnMut(A, N::Elem) -> A,
) -> Result<A, IndexError> {
    let shape = output_shape(node)?;
    let size: usize = shape.iter().product();
    let mut acc = init;
    if size == 0 {
        return Ok(acc);
    }
    let flat = node.contiguous(&shape);
    let (rows, row_len) = rows_of(&shape, flat);
    let mut kernel = node.kernel(&shape, flat);
    let mut outer = RowIndex::new(&shape, flat);
    for _ in 0..rows {
        kernel.seek_row(outer.current());
        outer.advance();
        let mut start = 0;
        while start < row_len {
            let len = BLOCK.min(row_len - start);
            let block = kernel.block(start, len);
            assert!(block.holds(len), "a block holds its length");
            for i in 0..len {
                acc = f(acc, block.get(i));
            }
            start += len;
        }
    }
    match kernel.error() {
        Some(e) => Err(e),
        None => Ok(acc),
    }
}

/// The values of `node` as a new C-order array.
pub(crate) fn collect<N: Node>(node: &N) -> Result<ArrayD<Strong<N>>, IndexError> {
    collect_with(node, DType::strong)
}

/// The values of `node` in its own element type, weak literals kept weak (the value of a
/// compound operator, whose dtype rule treats a literal as NEP 50 does).
pub(crate) fn collect_elems<N: Node>(node: &N) -> Result<ArrayD<N::Elem>, IndexError> {
    collect_with(node, |x| x)
}

/// The values of `node`, each converted by `f`, as a new C-order array.
fn collect_with<N: Node, T>(
    node: &N,
    f: impl Fn(N::Elem) -> T + Copy,
) -> Result<ArrayD<T>, IndexError> {
    let shape = output_shape(node)?;
    let size: usize = shape.iter().product();
    if shape.is_empty() {
        // One value: no rows to walk, unless it may fail.
        if !N::FALLIBLE {
            return Ok(ArrayD::from_shape_vec(IxDyn(&[]), vec![f(node.first())])
                .expect("one value for a 0-d shape"));
        }
    }
    let mut out = crate::raw::output_vec(size);
    if size > 0 {
        let flat = node.contiguous(&shape);
        let (rows, row_len) = rows_of(&shape, flat);
        let mut kernel = node.kernel(&shape, flat);
        let mut outer = RowIndex::new(&shape, flat);
        for _ in 0..rows {
            kernel.seek_row(outer.current());
            outer.advance();
            let mut start = 0;
            while start < row_len {
                let len = BLOCK.min(row_len - start);
                let block = kernel.block(start, len);
                assert!(block.holds(len), "a block holds its length");
                // The block moves into the loop, so its slices live in registers.
                out.extend((0..len).map(move |i| f(block.get(i))));
                start += len;
            }
        }
        if let Some(e) = kernel.error() {
            return Err(e);
        }
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
    let mut rowed = if flat {
        target
            .into_shape_with_order(IxDyn(&[size]))
            .expect("a contiguous view flattens")
    } else {
        target
    };
    let last = rowed.ndim() - 1;
    let mut kernel = node.kernel(&shape, flat);
    let mut outer = RowIndex::new(&shape, flat);
    for mut row in rowed.lanes_mut(Axis(last)) {
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
    Ok(())
}
