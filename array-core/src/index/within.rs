//! `a[dst] = a[src]` within one array: NumPy's result (as if the right side were copied
//! first), with a copy only when the two sides overlap in a way no loop order can handle.
//! `a[1:] = a[:-1]` runs in place like `memmove`.

use ndarray::ArrayViewMutD;

use super::item::IndexItem;
use super::prepare::basic;
use super::select::select;
use super::write::assign;
use crate::broadcast::fit_value;
use crate::error::IndexError;
use crate::memory::{spans_overlap, MemorySpan};

/// `target[dst] = target[src]`: NumPy's result (as if the right side were copied first), with a
/// copy only when the two sides overlap in a way no loop order can handle.
pub(crate) fn assign_within<T: Clone>(
    mut target: ArrayViewMutD<'_, T>,
    dst_items: &[IndexItem<'_>],
    src_items: &[IndexItem<'_>],
) -> Result<(), IndexError> {
    if let Some(plan) = plan_move(&target, dst_items, src_items)? {
        let buf = target
            .as_slice_memory_order_mut()
            .expect("plan_move only plans for contiguous arrays");
        plan.run(buf);
        return Ok(());
    }
    let src = select(target.view(), src_items)?.into_owned();
    assign(target, dst_items, &src.view(), false)
}

/// An element-by-element move inside one contiguous buffer: positions of the destination and
/// source (first element, strides) and the order that reads every source element before it
/// is overwritten.
struct Move {
    shape: Vec<usize>,
    dst: (isize, Vec<isize>),
    src: (isize, Vec<isize>),
    forward: bool,
}

/// Plan `dst = src` inside the array's own buffer, or `None` to copy the source first: an
/// advanced index on either side, an array that is not one contiguous block, or an overlap in
/// which the two sides walk memory differently (`a[::-1] = a`).
fn plan_move<T>(
    target: &ArrayViewMutD<'_, T>,
    dst_items: &[IndexItem<'_>],
    src_items: &[IndexItem<'_>],
) -> Result<Option<Move>, IndexError> {
    let size = core::mem::size_of::<T>();
    let advanced = dst_items.iter().any(IndexItem::is_advanced)
        || src_items.iter().any(IndexItem::is_advanced);
    let whole = target.view();
    let Some(buf) = whole.as_slice_memory_order() else {
        return Ok(None);
    };
    if advanced || size == 0 {
        return Ok(None);
    }
    let start = buf.as_ptr() as usize;
    let dst = basic(whole.view(), dst_items)?;
    let src = basic(whole.view(), src_items)?;
    // A source that does not fit takes the general path, which raises NumPy's error.
    let Some(src) = fit_value(&src, dst.shape()) else {
        return Ok(None);
    };
    let offset = |p: *const T| ((p as usize - start) / size) as isize;
    let shape = dst.shape().to_vec();
    let (dst_strides, src_strides) = (dst.strides().to_vec(), src.strides().to_vec());
    let (dst_at, src_at) = (offset(dst.as_ptr()), offset(src.as_ptr()));
    let overlap = !dst.is_empty() && spans_overlap(&MemorySpan::of(&dst), &MemorySpan::of(&src));
    let forward = if !overlap {
        true
    } else if dst_strides == src_strides && walks_upwards(&shape, &dst_strides) {
        // Both sides walk memory upwards in step: copying away from the overlap is safe.
        dst_at <= src_at
    } else {
        return Ok(None);
    };
    Ok(Some(Move {
        shape,
        dst: (dst_at, dst_strides),
        src: (src_at, src_strides),
        forward,
    }))
}

/// Whether walking `shape` in C order with these strides visits strictly increasing positions.
fn walks_upwards(shape: &[usize], strides: &[isize]) -> bool {
    let mut inner_span = 0isize;
    for (&n, &s) in shape.iter().zip(strides).rev() {
        if n <= 1 {
            continue;
        }
        if s <= inner_span {
            return false;
        }
        inner_span += s * (n as isize - 1);
    }
    true
}

impl Move {
    fn run<T: Clone>(&self, buf: &mut [T]) {
        self.walk(buf, 0, self.dst.0, self.src.0);
    }

    /// `buf[d..d + n] = buf[s..s + n]`, as memmove does it.
    fn move_run<T: Clone>(buf: &mut [T], d: usize, s: usize, n: usize) {
        let shift = d.abs_diff(s);
        if shift == 0 || n == 0 {
            return;
        }
        if shift < n && shift <= 4096 {
            // A short shift of a long run (`a[1:] = a[:-1]`): rotate the span both touch by
            // the shift (std rotates with memmove), then put back the `shift` elements the
            // rotation carried round into the part that is not written.
            let (lo, span) = (d.min(s), n + shift);
            let kept = if d > s { s..s + shift } else { d + n..s + n };
            let saved = buf[kept.clone()].to_vec();
            if d > s {
                buf[lo..lo + span].rotate_right(shift);
            } else {
                buf[lo..lo + span].rotate_left(shift);
            }
            buf[kept].clone_from_slice(&saved);
            return;
        }
        // Blocks no longer than the shift do not overlap: copy them directly, in the order that
        // reads each source block before anything overwrites it.
        let block = shift.min(n);
        let mut copy = |start: usize, len: usize| {
            if d < s {
                let (head, tail) = buf.split_at_mut(s + start);
                head[d + start..d + start + len].clone_from_slice(&tail[..len]);
            } else {
                let (head, tail) = buf.split_at_mut(d + start);
                tail[..len].clone_from_slice(&head[s + start..s + start + len]);
            }
        };
        if d < s {
            let mut start = 0;
            while start < n {
                let len = block.min(n - start);
                copy(start, len);
                start += len;
            }
        } else {
            let mut end = n;
            while end > 0 {
                let len = block.min(end);
                copy(end - len, len);
                end -= len;
            }
        }
    }

    fn walk<T: Clone>(&self, buf: &mut [T], axis: usize, dst: isize, src: isize) {
        let Some(&n) = self.shape.get(axis) else {
            let value = buf[src as usize].clone();
            buf[dst as usize] = value;
            return;
        };
        let (ds, ss) = (self.dst.1[axis], self.src.1[axis]);
        let last = axis + 1 == self.shape.len();
        let step = |i: usize| (dst + i as isize * ds, src + i as isize * ss);
        if last && ds == 1 && ss == 1 {
            // The common case, `a[1:] = a[:-1]`: one run each.
            Self::move_run(buf, dst as usize, src as usize, n);
            return;
        }
        let mut visit = |i: usize| {
            let (d, s) = step(i);
            if last {
                let value = buf[s as usize].clone();
                buf[d as usize] = value;
            } else {
                self.walk(buf, axis + 1, d, s);
            }
        };
        if self.forward {
            (0..n).for_each(&mut visit);
        } else {
            (0..n).rev().for_each(&mut visit);
        }
    }
}
