//! Writes whose value reads the array being written, such as a Jacobi step
//! `u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0`. NumPy's
//! result is as if the value were computed whole before anything is written. Here it is
//! computed in bands of rows into a small buffer, and each band is written back as soon as no
//! band still to come reads what it overwrites (at most one band later): one pass over memory,
//! where a full-size temporary costs a second pass and the page faults of a fresh buffer.
//!
//! The expansion hands over the value as a closure that builds it from a shared view of the
//! array; it is called once to plan and then once per band. So the array is borrowed shared
//! while values are computed and mutably while a band is written, one after the other, and
//! nothing aliases. When no lag of one band works (`u[:] = u[::-1] + 1` reads at the start what
//! the end overwrites), or the value may fail midway (an integer to a negative power), the
//! value is computed whole first.

use core::ops::Range;

use ndarray::{ArrayD, ArrayViewMutD, Axis, Dimension, Slice};

use super::eval::{collect_with, output_shape, walk_span, RowIndex, Store};
use super::node::Node;
use super::operands::IntoNode;
use crate::array::ArrayView;
use crate::broadcast::{broadcast_shapes, fit_value};
use crate::dtype::{SameKind, Scalar};
use crate::error::IndexError;
use crate::index::item::IndexItem;
use crate::index::select_basic;
use crate::memory::Base;

/// Elements computed per band, at least: building the value once per band then costs little
/// beside computing it, and two bands of `f64` fit a core's L2 cache. (Tiny in this crate's
/// own tests, so that small arrays run in many bands.)
const BAND: usize = if cfg!(test) { 8 } else { 16 * 1024 };

/// Positions per unit of a 1-D output; the rows of a higher-rank output are its units. The plan
/// works out, unit by unit, what each writes and reads.
const UNIT_1D: usize = if cfg!(test) { 3 } else { 4096 };

/// Where the elements of an array operand lie: the address of its first element, its shape,
/// its strides in elements, and the size of one element.
#[doc(hidden)]
#[derive(Clone, Debug)]
pub struct Layout {
    addr: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    size: usize,
}

impl Layout {
    pub(crate) fn of<T, D: Dimension>(view: &ndarray::ArrayView<'_, T, D>) -> Self {
        Self {
            addr: view.as_ptr() as usize,
            shape: view.shape().to_vec(),
            strides: view.strides().to_vec(),
            size: core::mem::size_of::<T>(),
        }
    }

    /// The strides broadcast to `shape` (0 along the axes the operand repeats); `None` when
    /// it does not broadcast.
    fn strides_over(&self, shape: &[usize]) -> Option<Vec<isize>> {
        let missing = shape.len().checked_sub(self.shape.len())?;
        let mut out = vec![0; shape.len()];
        for (k, (&n, &s)) in self.shape.iter().zip(&self.strides).enumerate() {
            if n == shape[missing + k] {
                out[missing + k] = s;
            } else if n != 1 {
                return None;
            }
        }
        Some(out)
    }

    /// The first and last byte that each unit of an output of `shape` (non-empty, at least
    /// 1-D) touches in this operand, units in C order.
    fn unit_spans(&self, shape: &[usize], unit: usize) -> Option<Vec<(isize, isize)>> {
        let strides = self.strides_over(shape)?;
        let size = self.size as isize;
        let bytes = |start: isize, len: usize, step: isize| {
            let far = (len as isize - 1) * step;
            let (lo, hi) = (start + far.min(0), start + far.max(0));
            let addr = self.addr as isize;
            (addr + lo * size, addr + hi * size + size - 1)
        };
        let (&last, outer) = shape.split_last()?;
        let step = strides[outer.len()];
        if outer.is_empty() {
            let spans = (0..last).step_by(unit).map(|start| {
                let len = unit.min(last - start);
                bytes(start as isize * step, len, step)
            });
            return Some(spans.collect());
        }
        let rows: usize = outer.iter().product();
        let mut row = RowIndex::at(shape, false, 0);
        let mut spans = Vec::with_capacity(rows);
        for _ in 0..rows {
            let start: isize = row
                .current()
                .iter()
                .zip(&strides)
                .map(|(&i, &s)| i as isize * s)
                .sum();
            spans.push(bytes(start, last, step));
            row.advance();
        }
        Some(spans)
    }
}

/// How a write runs, decided on the first call of the value.
enum Plan<T> {
    /// An empty target: nothing to write.
    Nothing,
    /// The value computed whole first, in its own shape (broadcast when written) and the
    /// target's element type.
    Whole(ArrayD<T>),
    /// Bands of `per_band` units of `unit` positions, each written `lag` bands (0 or 1) after
    /// it is computed.
    Bands {
        unit: usize,
        per_band: usize,
        lag: usize,
    },
}

/// What one call of the value does with it: plan the write, or compute one band.
#[doc(hidden)]
pub struct Band<'b, T> {
    step: Step<'b, T>,
}

enum Step<'b, T> {
    /// The first call: where the target lies (or NumPy's error for its index).
    Plan {
        target: &'b Result<Layout, IndexError>,
        plan: &'b mut Option<Plan<T>>,
    },
    /// Compute positions `span` (in C order) of an output of `shape` into `out`.
    Fill {
        shape: &'b [usize],
        span: Range<usize>,
        out: &'b mut [T],
    },
}

impl<T: Scalar> Band<'_, T> {
    /// Take the value built for this call: plan from it, or compute this band of it.
    ///
    /// # Errors
    /// NumPy's errors: operands that do not broadcast, an integer to a negative power, the
    /// target's index, a value that does not fit the target.
    pub fn fill<V: IntoNode>(&mut self, value: V) -> Result<(), IndexError>
    where
        <V::Node as Node>::Elem: SameKind<T>,
    {
        let node = value.into_node();
        match &mut self.step {
            Step::Plan { target, plan } => {
                **plan = Some(plan_write(&node, target)?);
                Ok(())
            }
            Step::Fill { shape, span, out } => {
                let mut sink = Store {
                    piece: &mut out[..],
                    at: 0,
                };
                match walk_span(&node, shape, false, span.clone(), &mut sink) {
                    Some(e) => Err(e),
                    None => Ok(()),
                }
            }
        }
    }
}

/// The plan for writing `node` into `target`, with NumPy's errors in NumPy's order: the value's
/// own (it is computed before the write), then the target's index, then the fit.
fn plan_write<N: Node, T: Scalar>(
    node: &N,
    target: &Result<Layout, IndexError>,
) -> Result<Plan<T>, IndexError>
where
    N::Elem: SameKind<T>,
{
    let value_shape = output_shape(node)?;
    let computed = if N::FALLIBLE {
        Some(collect_with(node, SameKind::cast_into)?)
    } else {
        None
    };
    let target = target.as_ref().map_err(Clone::clone)?;
    let shape = target.shape.as_slice();
    let fits = value_shape.len() <= shape.len()
        && broadcast_shapes([shape, value_shape.as_slice()]).as_deref() == Some(shape);
    if fits && computed.is_none() && !shape.is_empty() {
        if shape.contains(&0) {
            return Ok(Plan::Nothing);
        }
        if let Some((unit, per_band, lag)) = lag_plan(node, target) {
            return Ok(Plan::Bands {
                unit,
                per_band,
                lag,
            });
        }
    }
    let values = match computed {
        Some(values) => values,
        None => collect_with(node, SameKind::cast_into)?,
    };
    if fit_value(&values.view(), shape).is_none() {
        return Err(IndexError::cannot_broadcast_value(values.shape(), shape));
    }
    Ok(Plan::Whole(values))
}

/// The unit, units per band, and the lag (0 or 1 band) after which a computed band can be written:
/// every unit must be written only once no unit still to be computed reads what it writes.
/// `None` when that takes bands as big as half the output, or the node cannot tell what it
/// reads.
fn lag_plan<N: Node>(node: &N, target: &Layout) -> Option<(usize, usize, usize)> {
    let mut reads = Vec::new();
    if !node.reads(&mut reads) {
        return None;
    }
    let shape = target.shape.as_slice();
    let unit = match shape {
        [n] => UNIT_1D.min(*n),
        _ => shape[shape.len() - 1],
    };
    // What units `0..=q` write between them, as one span of bytes: it only grows with `q`.
    let mut hull = Vec::new();
    let (mut lo, mut hi) = (isize::MAX, isize::MIN);
    for (l, h) in target.unit_spans(shape, unit)? {
        (lo, hi) = (lo.min(l), hi.max(h));
        hull.push((lo, hi));
    }
    let units = hull.len();
    // Unit `r` must be computed before unit `q` is written when it reads what `q` writes: a
    // lag of `r - q` units. The units before `clear` write nothing that unit `r` reads.
    let mut lag = 0;
    for read in &reads {
        for (r, (l, h)) in read.unit_spans(shape, unit)?.into_iter().enumerate() {
            let clear = hull[..r].partition_point(|&(wl, wh)| wh < l || wl > h);
            lag = lag.max(r - clear);
        }
    }
    // Bands at least `lag` units long: writing each one band after it is computed then keeps
    // `lag` units between a write and the last read of what it overwrites.
    let per_band = BAND.div_ceil(unit).max(lag);
    (2 * per_band < units).then_some((unit, per_band, usize::from(lag > 0)))
}

/// `target[items] = value`, where `value` builds the value from a shared view of the whole of
/// `target` (it may read it), called once to plan and then once per band (see the module's
/// documentation).
pub(crate) fn run<T, D, F>(
    mut whole: ndarray::ArrayViewMut<'_, T, D>,
    base: Base,
    items: &[IndexItem<'_>],
    mut value: F,
) -> Result<(), IndexError>
where
    T: Scalar,
    D: Dimension,
    F: FnMut(&ArrayView<'_, T, D>, &mut Band<'_, T>) -> Result<(), IndexError>,
{
    let target = select_basic(whole.view().into_dyn(), items).map(|view| Layout::of(&view));
    let mut plan = None;
    let step = Step::Plan {
        target: &target,
        plan: &mut plan,
    };
    call(&mut value, &whole, base, step)?;
    let (Some(plan), Ok(target)) = (plan, target) else {
        // The closure handed over no value (the expansion always does): nothing to write.
        return Ok(());
    };
    let (unit, per_band, lag) = match plan {
        Plan::Nothing => return Ok(()),
        Plan::Whole(values) => {
            let mut dst = select_basic(whole.view_mut().into_dyn(), items)?;
            let values = values.view();
            let fitted = fit_value(&values, dst.shape()).expect("checked by the plan");
            dst.assign(&fitted);
            return Ok(());
        }
        Plan::Bands {
            unit,
            per_band,
            lag,
        } => (unit, per_band, lag),
    };
    let shape = target.shape;
    let size: usize = shape.iter().product();
    let band = per_band * unit;
    let bands = size.div_ceil(band);
    let span_of = |b: usize| b * band..size.min((b + 1) * band);
    let filler = *whole
        .first()
        .expect("a target with elements is in a non-empty array");
    let mut ring = vec![filler; band * (lag + 1)];
    // Band `b` is computed at step `b` and written at step `b + lag`.
    for b in 0..bands + lag {
        if b < bands {
            let span = span_of(b);
            let at = (b % (lag + 1)) * band;
            let step = Step::Fill {
                shape: &shape,
                span: span.clone(),
                out: &mut ring[at..at + span.len()],
            };
            call(&mut value, &whole, base, step)?;
        }
        if let Some(done) = b.checked_sub(lag) {
            let at = (done % (lag + 1)) * band;
            let dst = select_basic(whole.view_mut().into_dyn(), items)?;
            write_band(dst, &shape, unit, span_of(done), &ring[at..]);
        }
    }
    Ok(())
}

/// One call of the value, on a shared view of the whole array.
fn call<T, D, F>(
    value: &mut F,
    whole: &ndarray::ArrayViewMut<'_, T, D>,
    base: Base,
    step: Step<'_, T>,
) -> Result<(), IndexError>
where
    D: Dimension,
    F: FnMut(&ArrayView<'_, T, D>, &mut Band<'_, T>) -> Result<(), IndexError>,
{
    let view = ArrayView {
        inner: whole.view(),
        base,
    };
    value(&view, &mut Band { step })
}

/// Write `values` into positions `span` (in C order, whole units of `unit` positions) of `dst`.
fn write_band<T: Copy>(
    mut dst: ArrayViewMutD<'_, T>,
    shape: &[usize],
    unit: usize,
    span: Range<usize>,
    values: &[T],
) {
    let values = &values[..span.len()];
    if shape.len() == 1 {
        let part = dst.slice_axis_mut(Axis(0), Slice::from(span));
        copy_into(part, values);
        return;
    }
    let mut outer = RowIndex::at(shape, false, span.start / unit);
    for row_values in values.chunks_exact(unit) {
        let mut row = dst.view_mut();
        for &i in outer.current() {
            row = row.index_axis_move(Axis(0), i);
        }
        copy_into(row, row_values);
        outer.advance();
    }
}

/// Copy `values` into the 1-D view `row`, in order.
fn copy_into<T: Copy>(mut row: ArrayViewMutD<'_, T>, values: &[T]) {
    match row.as_slice_mut() {
        Some(slots) => slots.copy_from_slice(values),
        None => {
            for (slot, &v) in row.iter_mut().zip(values) {
                *slot = v;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::{add, mul};
    use crate::index::item::SliceSpec;
    use crate::index::{assign_in_bands, read_slices};
    use crate::{Array, Ix1, Ix2};

    fn slice(start: isize, stop: isize, step: isize) -> SliceSpec {
        SliceSpec::new(Some(start), Some(stop), Some(step))
    }

    fn grid(rows: usize, cols: usize) -> Array<f64, Ix2> {
        let values = (0..rows * cols).map(|k| ((k * 37) % 101) as f64).collect();
        Array::from_shape_vec((rows, cols), values).expect("fits")
    }

    /// The plan for `dst = src1 * 2 + src2` on `a`, as (units per band, lag) or `None`.
    fn plan_of<D: Dimension>(
        a: &Array<f64, D>,
        dst: &[SliceSpec],
        srcs: [&[SliceSpec]; 2],
    ) -> Option<(usize, usize)> {
        let view = |specs: &[SliceSpec]| {
            let mut v = a.inner.view().into_dyn();
            for (axis, spec) in specs.iter().enumerate() {
                let n = v.len_of(Axis(axis));
                v.slice_axis_inplace(Axis(axis), spec.to_ndarray(n).expect("a slice"));
            }
            v
        };
        let target = Layout::of(&view(dst));
        let node = add(mul(view(srcs[0]), 2.0), view(srcs[1]));
        lag_plan(&node, &target).map(|(_, per_band, lag)| (per_band, lag))
    }

    #[test]
    fn the_plan_lags_by_what_later_units_read() {
        let u = grid(30, 10);
        let (all, inner, head, tail) = (
            slice(0, 30, 1),
            slice(1, -1, 1),
            slice(0, -2, 1),
            slice(2, 30, 1),
        );
        // Jacobi's rows: a unit reads the unit above it, so each is written a band later.
        assert_eq!(
            plan_of(&u, &[inner, inner], [&[head, inner], &[tail, inner]]),
            Some((1, 1))
        );
        // Reading only below and to the side: written as soon as computed.
        let (cols, left) = (slice(1, 10, 1), slice(0, 9, 1));
        assert_eq!(
            plan_of(&u, &[all, cols], [&[all, left], &[all, cols]]),
            Some((1, 0))
        );
        assert_eq!(
            plan_of(&u, &[head, all], [&[tail, all], &[head, all]]),
            Some((1, 0))
        );
        // Rows read in reverse: the last rows read what the first rows wrote.
        let rev = slice(-1, -31, -1);
        assert_eq!(plan_of(&u, &[all, all], [&[rev, all], &[all, all]]), None);
    }

    /// `dst = src1 * 2 + src2` on a 1-D array, in bands and as NumPy defines it (the value
    /// computed first), for every combination of a few slices of equal length.
    #[test]
    fn bands_give_the_value_computed_first_on_every_overlap() {
        let n = 41;
        let base: Vec<f64> = (0..n).map(|k| ((k * 37) % 101) as f64).collect();
        let specs = [
            slice(0, 20, 1),
            slice(1, 21, 1),
            slice(21, 41, 1),
            SliceSpec::new(Some(19), None, Some(-1)),
            slice(0, 40, 2),
            slice(1, 41, 2),
            slice(40, 0, -2),
            slice(5, 25, 1),
        ];
        for (i, dst) in specs.into_iter().enumerate() {
            for (j, a) in specs.into_iter().enumerate() {
                for (k, b) in specs.into_iter().enumerate() {
                    if cfg!(miri) && (i + j + k) % 4 != 0 {
                        // A quarter of the combinations, for Miri's time.
                        continue;
                    }
                    let mut u = Array::from_shape_vec(n, base.clone()).expect("1-D");
                    let value: Array<f64, Ix1> = {
                        let v = read_slices(&u, [a]).expect("a");
                        let w = read_slices(&u, [b]).expect("b");
                        crate::expr::eval(add(mul(v, 2.0), w)).expect("same length")
                    };
                    let mut expected = u.copy();
                    let mut target = expected.inner.view_mut();
                    target.slice_axis_inplace(Axis(0), dst.to_ndarray(n).expect("dst"));
                    target.assign(&value.inner);
                    assign_in_bands(&mut u, (dst, ()), |u, band| {
                        let v = read_slices(u, [a])?;
                        let w = read_slices(u, [b])?;
                        band.fill(add(mul(v, 2.0), w))
                    })
                    .expect("fits");
                    assert_eq!(u, expected, "{dst:?} = {a:?} * 2 + {b:?}");
                }
            }
        }
    }
}
