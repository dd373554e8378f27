//! Advanced indexing: the plan that places the broadcast index arrays among the basic axes
//! (NumPy's rule: adjacent advanced indices stay in place, separated ones go first), and the
//! copy it reads; `write.rs` stores through the same plan.

use ndarray::{ArrayBase, ArrayD, ArrayView1, ArrayViewD, Ix1, Ix2, IxDyn, RawData};

use super::item::resolve_int;
use super::prepare::{fix_leading, AdvancedAxis};
use crate::broadcast::broadcast_shapes;
use crate::error::IndexError;
use crate::raw::{ahead, prefetch, InBounds};

/// The plan for an advanced index: the permuted view, the flat lists of resolved indices and
/// the shape of the result.
pub(super) struct Gather<S: RawData> {
    /// The view with axes ordered as the result walks them: outer basic, advanced, inner basic.
    view: ArrayBase<S, IxDyn>,
    /// How many leading axes of `view` are outer basic ones, walked before the picks.
    outer_ndim: usize,
    /// For each advanced axis, its resolved index at every position of the broadcast shape.
    picks: Vec<Vec<usize>>,
    pub(super) out_shape: Vec<usize>,
}

/// Broadcast the index arrays, resolve every index, and order the view's axes as the result
/// walks them.
pub(super) fn plan_gather<S: RawData>(
    view: ArrayBase<S, IxDyn>,
    advanced: Vec<AdvancedAxis<'_>>,
) -> Result<Gather<S>, IndexError> {
    let shapes: Vec<&[usize]> = advanced.iter().map(|a| a.indices.shape()).collect();
    let bshape = broadcast_shapes(shapes.iter().copied()).ok_or_else(|| {
        IndexError::index_arrays_mismatch(
            advanced
                .iter()
                .filter(|a| !a.scalar)
                .map(|a| a.indices.shape()),
        )
    })?;
    // NumPy's iterator counts elements in `intp`: a broadcast shape past it is refused
    // before anything is allocated.
    let count = bshape
        .iter()
        .try_fold(1usize, |n, &d| n.checked_mul(d))
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(IndexError::iterator_too_large)?;
    let mut picks = Vec::with_capacity(advanced.len());
    for adv in &advanced {
        let n = view.shape()[adv.view_axis];
        let b = adv
            .indices
            .broadcast(IxDyn(&bshape))
            .expect("shapes were broadcast above");
        // An advised buffer: a million picks are 8 MB, whose page faults would cost more
        // than resolving them.
        let mut resolved = crate::raw::output_vec(count);
        match b.as_slice().filter(|ix| InBounds::check(ix, n).is_some()) {
            // The common case, an index array of the broadcast shape with every index in
            // `0..n`: one vectorised check and a copy. Walking the broadcast view element by
            // element, each index resolved, was most of the time of `m[r, c]` (NumPy's
            // iterator walks it once too, but in C).
            Some(ix) => resolved.extend(ix.iter().map(|&i| i as usize)),
            None => {
                for &i in &b {
                    resolved.push(resolve_int(i, adv.input_axis, n)?);
                }
            }
        }
        picks.push(resolved);
    }
    let adjacent = advanced.windows(2).all(|w| w[1].pos <= w[0].pos + 1);
    let is_adv = |ax: usize| advanced.iter().any(|a| a.view_axis == ax);
    let basic: Vec<usize> = (0..view.ndim()).filter(|&ax| !is_adv(ax)).collect();
    let split = if adjacent {
        basic
            .iter()
            .take_while(|&&ax| ax < advanced[0].view_axis)
            .count()
    } else {
        0
    };
    let mut order: Vec<usize> = basic[..split].to_vec();
    order.extend(advanced.iter().map(|a| a.view_axis));
    order.extend_from_slice(&basic[split..]);
    let outer: Vec<usize> = basic[..split].iter().map(|&ax| view.shape()[ax]).collect();
    let mut out_shape = outer.clone();
    out_shape.extend_from_slice(&bshape);
    out_shape.extend(basic[split..].iter().map(|&ax| view.shape()[ax]));
    let view = view.permuted_axes(IxDyn(&order));
    Ok(Gather {
        view,
        outer_ndim: outer.len(),
        picks,
        out_shape,
    })
}

impl<S: RawData> Gather<S> {
    /// How many leading axes of the view are outer basic ones (walked before the picks).
    pub(super) fn outer_ndim(&self) -> usize {
        self.outer_ndim
    }

    /// The permuted view and the resolved indices (one list per advanced axis), for a write.
    pub(super) fn into_parts(self) -> (ArrayBase<S, IxDyn>, Vec<Vec<usize>>) {
        (self.view, self.picks)
    }
}

/// Call `visit` with every sub-view left once the first `depth` axes are fixed, in C order.
pub(super) fn each_outer<T>(
    view: ArrayViewD<'_, T>,
    depth: usize,
    visit: &mut impl FnMut(ArrayViewD<'_, T>),
) {
    match depth {
        0 => visit(view),
        _ => view
            .outer_iter()
            .for_each(|sub| each_outer(sub, depth - 1, visit)),
    }
}

/// Copy out the selected elements of a gather, in C order of the result.
///
/// For each setting of the outer basic axes, the picks are read from the sub-view that
/// setting leaves: a single element per pick when every remaining axis is picked (`a[idx]`,
/// `m[:, cols]`, `m[r, c]`), else one block per pick (`m[rows]`). Nothing is allocated per
/// element or per block.
pub(super) fn gather<T: Clone, S: ndarray::Data<Elem = T>>(g: &Gather<S>) -> ArrayD<T> {
    let size: usize = g.out_shape.iter().product();
    let mut out = crate::raw::output_vec(size);
    each_outer(g.view.view(), g.outer_ndim(), &mut |sub| {
        read_picks(sub, &g.picks, &mut out)
    });
    ArrayD::from_shape_vec(IxDyn(&g.out_shape), out).expect("filled to the result's size")
}

/// Append to `out` what `picks` select from the leading axes of `sub`, in order.
fn read_picks<T: Clone>(sub: ArrayViewD<'_, T>, picks: &[Vec<usize>], out: &mut Vec<T>) {
    match (picks, sub.ndim()) {
        ([p], 1) => {
            let line = sub.into_dimensionality::<Ix1>().expect("one axis");
            // The loads do not depend on each other, so many cache misses are in flight; the
            // one some picks ahead is asked for early (see `raw::prefetch`).
            match line.as_slice() {
                Some(buf) => out.extend(p.iter().enumerate().map(|(k, &i)| {
                    prefetch(buf.as_ptr().wrapping_add(ahead(p, k)));
                    buf[i].clone()
                })),
                None => out.extend(p.iter().map(|&i| line[i].clone())),
            }
        }
        ([p, q], 2) => {
            // No prefetch here: computing the address some picks ahead made `m[r, c]` slower
            // (1M picks from 4000x2500: 13.1-14.3 ms without, 15.8-16.9 ms with).
            let plane = sub.into_dimensionality::<Ix2>().expect("two axes");
            out.extend(p.iter().zip(q).map(|(&i, &j)| plane[[i, j]].clone()));
        }
        _ => {
            let count = picks.first().map_or(0, Vec::len);
            let block = |m: usize| fix_leading(sub.view(), picks.iter().map(|p| p[m]));
            let push = |out: &mut Vec<T>, block: ArrayViewD<'_, T>| match block.as_slice() {
                Some(s) => out.extend_from_slice(s),
                None => out.extend(block.iter().cloned()),
            };
            // Four contiguous blocks (rows of `m[rows]`) at a time, copied side by side.
            let mut m = 0;
            while m + 4 <= count {
                let blocks: [ArrayViewD<'_, T>; 4] = core::array::from_fn(|k| block(m + k));
                match blocks.each_ref().map(|b| b.as_slice()) {
                    [Some(b0), Some(b1), Some(b2), Some(b3)] => {
                        crate::raw::extend_with_rows(out, [b0, b1, b2, b3].map(ArrayView1::from))
                    }
                    _ => blocks.into_iter().for_each(|b| push(out, b)),
                }
                m += 4;
            }
            for m in m..count {
                push(out, block(m));
            }
        }
    }
}
