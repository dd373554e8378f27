//! The compile-time proof for split borrows with literal indices: two mutable views overlap
//! when, on every axis, their selections share an index. Each axis selects an arithmetic
//! progression when its element is a non-negative literal integer or a slice with
//! non-negative literal bounds and a positive literal step; anything else depends on the run
//! and is left to the run-time check.

use crate::ast::{Elem, Expr, Index};

/// The selection of one axis by a literal index element, when the syntax fixes it for every
/// axis length: `start, start + step, ...` below `stop` (`None`: no end).
#[derive(Clone, Copy)]
struct Progression {
    start: u64,
    step: u64,
    stop: Option<u64>,
}

impl Progression {
    const WHOLE: Self = Self {
        start: 0,
        step: 1,
        stop: None,
    };

    fn contains(self, x: u64) -> bool {
        x >= self.start && (x - self.start) % self.step == 0 && self.stop.map_or(true, |s| x < s)
    }

    /// The progression an element selects; `None` for anything that depends on the axis
    /// length or on values known only at run time.
    fn of(elem: &Elem) -> Option<Self> {
        let literal = |e: &Expr| -> Option<u64> {
            match e {
                Expr::Lit(l) => u64::try_from(l.non_negative_int()?).ok(),
                _ => None,
            }
        };
        match elem {
            Elem::Expr(e) => {
                let i = literal(e)?;
                Some(Self {
                    start: i,
                    step: 1,
                    stop: Some(i.checked_add(1)?),
                })
            }
            Elem::Slice {
                start, stop, step, ..
            } => {
                let part = |p: &Option<Expr>| p.as_ref().map(literal);
                let start = part(start).unwrap_or(Some(0))?;
                let stop = match part(stop) {
                    None => None,
                    Some(v) => Some(v?),
                };
                let step = part(step).unwrap_or(Some(1))?;
                (step > 0).then_some(Self { start, step, stop })
            }
            _ => None,
        }
    }
}

/// The first index two progressions share, if any (searched over one period of both steps).
fn first_common(a: Progression, b: Progression) -> Option<u64> {
    let from = a.start.max(b.start);
    let period = a.step.checked_mul(b.step)?.min(1 << 20);
    (from..from.checked_add(period)?).find(|&x| a.contains(x) && b.contains(x))
}

/// When both indices are literal enough to decide, an element both views contain (as the text
/// of an index); `None` when they are disjoint or the syntax cannot tell.
pub(super) fn literal_overlap(first: &Index, second: &Index) -> Option<String> {
    let axes = first.elems.len().max(second.elems.len());
    let mut shared = Vec::with_capacity(axes);
    for axis in 0..axes {
        let a = first
            .elems
            .get(axis)
            .map_or(Some(Progression::WHOLE), Progression::of)?;
        let b = second
            .elems
            .get(axis)
            .map_or(Some(Progression::WHOLE), Progression::of)?;
        shared.push(first_common(a, b)?.to_string());
    }
    Some(shared.join(", "))
}
