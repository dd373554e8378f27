//! A picture of an array's memory for teaching: its shape and strides, whether it owns its
//! data, and, for a view, its base's memory element by element with the elements the view
//! shows marked, so a learner sees why `a[::2]` is a view (every other element of `a`'s
//! memory) and `a[[0, 2]]` is not (memory of its own). `format!("{:#}", a)` prints it.

use core::fmt::Write;

use ndarray::ArrayViewD;

use super::Base;
use crate::fmt::{numpy_str, FormatElement};

/// At most this many base elements are drawn one by one; longer bases show their two ends.
const DRAWN: usize = 120;

/// NumPy's `str(a)`, then the picture of `a`'s memory (`base`: `None` for an array that owns
/// its memory).
pub(crate) fn explain<T: FormatElement>(a: &ArrayViewD<'_, T>, base: Option<Base>) -> String {
    let itemsize = core::mem::size_of::<T>();
    let strides: Vec<isize> = a.strides().iter().map(|&s| s * itemsize as isize).collect();
    let mut out = numpy_str(a);
    let _ = write!(
        out,
        "\nshape {}, strides {} (bytes), itemsize {itemsize}",
        tuple(a.shape().iter()),
        tuple(strides.iter())
    );
    let Some(base) = base else {
        out.push_str("\nowns its data: True (base is None): a copy, or an array made fresh");
        return out;
    };
    let (start, bytes) = base.span();
    let count = bytes.checked_div(itemsize).unwrap_or(0);
    // Which elements of the base's memory this view shows, from the addresses of its elements.
    let mut seen = vec![false; count];
    for x in a.iter() {
        let position = (x as *const T as usize).wrapping_sub(start) / itemsize.max(1);
        if let Some(s) = seen.get_mut(position) {
            *s = true;
        }
    }
    let offset = seen.iter().position(|&s| s).unwrap_or(0);
    let shown = seen.iter().filter(|&&s| s).count();
    let _ = write!(
        out,
        "\nowns its data: False: a view of a base of {count} elements, starting at element \
         {offset} of it, showing {shown} of them\nthe base's memory, element by element \
         (# shown by this view, . not):\n{}",
        strip(&seen)
    );
    out
}

/// `(a, b)`, or `(a,)` for one value, as Python writes tuples.
fn tuple<V: ToString>(values: impl ExactSizeIterator<Item = V>) -> String {
    let one = values.len() == 1;
    let parts: Vec<String> = values.map(|v| v.to_string()).collect();
    if one {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }
}

/// `#` for each element seen, `.` for the others; the two ends of a long base.
fn strip(seen: &[bool]) -> String {
    let mark = |s: &bool| if *s { '#' } else { '.' };
    if seen.len() <= DRAWN {
        return seen.iter().map(mark).collect();
    }
    let half = DRAWN / 2;
    let head: String = seen[..half].iter().map(mark).collect();
    let tail: String = seen[seen.len() - half..].iter().map(mark).collect();
    format!("{head} ... {tail}")
}
