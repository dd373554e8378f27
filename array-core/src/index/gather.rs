//! Advanced indexing: the plan that places the broadcast index arrays among the basic axes
//! (NumPy's rule: adjacent advanced indices stay in place, separated ones go first), and the
//! copy it reads.

use ndarray::{ArrayBase, ArrayD, Axis, Dimension, IxDyn, RawData};

use super::item::resolve_int;
use super::prepare::{fix_leading, AdvancedAxis};
use crate::broadcast::broadcast_shapes;
use crate::error::IndexError;

/// The plan for an advanced index: the permuted view, the flat lists of resolved indices and
/// the shape of the result.
pub(super) struct Gather<S: RawData> {
    /// The view with axes ordered as the result walks them: outer basic, advanced, inner basic.
    pub(super) view: ArrayBase<S, IxDyn>,
    outer: Vec<usize>,
    /// For each advanced axis, its resolved index at every position of the broadcast shape.
    picks: Vec<Vec<usize>>,
    count: usize,
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
        let resolved: Result<Vec<usize>, IndexError> = b
            .iter()
            .map(|&i| resolve_int(i, adv.input_axis, n))
            .collect();
        picks.push(resolved?);
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
        outer,
        picks,
        count,
        out_shape,
    })
}

impl<S: RawData> Gather<S> {
    /// The leading coordinates of every block of the gather, in result order: the outer basic
    /// index, then one resolved index per advanced axis.
    pub(super) fn blocks(&self) -> impl Iterator<Item = Vec<usize>> + '_ {
        ndarray::indices(IxDyn(&self.outer))
            .into_iter()
            .flat_map(move |o| {
                (0..self.count).map(move |m| {
                    let mut coords = o.slice().to_vec();
                    coords.extend(self.picks.iter().map(|p| p[m]));
                    coords
                })
            })
    }

    /// Where each picked element lives, when every axis of the view is picked (`a[idx]` on
    /// 1-D, `m[r, c]`): positions from the first element, found with the strides. `None` when
    /// some axis is not picked or walks backwards. The caller checks the view is one
    /// contiguous block (then its first element is the block's first, and these index the
    /// block's slice).
    pub(super) fn element_positions(&self) -> Option<impl Iterator<Item = usize> + '_> {
        let every_axis_picked = self.outer.is_empty() && self.picks.len() == self.view.ndim();
        let strides: Vec<usize> = self
            .view
            .strides()
            .iter()
            .map(|&s| usize::try_from(s).ok())
            .collect::<Option<_>>()?;
        let picks = &self.picks;
        every_axis_picked.then(move || {
            (0..self.count).map(move |m| picks.iter().zip(&strides).map(|(p, &s)| p[m] * s).sum())
        })
    }
}

/// Copy out the selected elements of a gather, in C order of the result.
pub(super) fn gather<T: Clone, S: ndarray::Data<Elem = T>>(g: &Gather<S>) -> ArrayD<T> {
    let size: usize = g.out_shape.iter().product();
    let mut out = crate::raw::output_vec(size);
    let view = g.view.view();
    let positions = g.element_positions();
    if let (Some(buf), Some(positions)) = (view.as_slice_memory_order(), positions) {
        // One element per pick (`a[idx]`, `m[r, c]`): a plain indexed load each. The one- and
        // two-axis loops are written out so each load is independent of the one before.
        match (g.picks.as_slice(), view.strides()) {
            ([p], &[s]) => {
                let s = s as usize;
                out.extend(p.iter().map(|&i| buf[i * s].clone()));
            }
            ([p, q], &[s, t]) => {
                let (s, t) = (s as usize, t as usize);
                out.extend(p.iter().zip(q).map(|(&i, &j)| buf[i * s + j * t].clone()));
            }
            _ => out.extend(positions.map(|p| buf[p].clone())),
        }
    } else if g.outer.is_empty() && g.picks.len() == 1 {
        // Whole sub-arrays along the first axis (`m[rows]`): one block copy each.
        for &i in &g.picks[0] {
            let block = view.index_axis(Axis(0), i);
            match block.as_slice() {
                Some(s) => out.extend_from_slice(s),
                None => out.extend(block.iter().cloned()),
            }
        }
    } else {
        for coords in g.blocks() {
            out.extend(fix_leading(g.view.view(), coords).iter().cloned());
        }
    }
    ArrayD::from_shape_vec(IxDyn(&g.out_shape), out).expect("filled to the result's size")
}
