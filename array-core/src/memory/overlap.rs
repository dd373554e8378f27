//! NumPy's memory questions: `may_share_memory` (address ranges) and `shares_memory` (exact).
//!
//! `shares_memory` decides whether two strided arrays have a byte in common by solving the
//! bounded linear Diophantine problem of NumPy's `mem_overlap.c`: find `x_i` in `[0, ub_i]` with
//! `sum(a_i * x_i) = b`. The search is depth-first over the variables sorted by coefficient,
//! stepping each variable only through values that keep the rest solvable modulo their gcd.

use ndarray::Dimension;

use super::Base;

/// The memory an array spans: start address, shape, strides in bytes, element size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemorySpan {
    addr: usize,
    shape: Vec<usize>,
    byte_strides: Vec<isize>,
    itemsize: usize,
}

impl MemorySpan {
    pub(crate) fn of<T, D: Dimension>(a: &ndarray::ArrayRef<T, D>) -> Self {
        let itemsize = core::mem::size_of::<T>() as isize;
        Self {
            addr: a.as_ptr() as usize,
            shape: a.shape().to_vec(),
            byte_strides: a.strides().iter().map(|&s| s * itemsize).collect(),
            itemsize: itemsize as usize,
        }
    }

    /// The elements a view of an array of `shape` selects, as positions in that array's C
    /// order: each element one "byte" at its position, `strides` in positions. Two views of
    /// one array share an element exactly when these spans overlap, whatever the element
    /// size (zero-sized elements included).
    pub(crate) fn in_positions(first: usize, shape: Vec<usize>, strides: Vec<isize>) -> Self {
        Self {
            addr: first,
            shape,
            byte_strides: strides,
            itemsize: 1,
        }
    }

    /// Whether the array has no elements (and so no memory).
    fn is_empty(&self) -> bool {
        self.itemsize == 0 || self.shape.contains(&0)
    }

    /// The half-open byte range `[low, high)` the elements span.
    fn extent(&self) -> (usize, usize) {
        let (mut low, mut high) = (self.addr as isize, self.addr as isize);
        for (&n, &s) in self.shape.iter().zip(&self.byte_strides) {
            let reach = (n as isize - 1) * s;
            if reach < 0 {
                low += reach;
            } else {
                high += reach;
            }
        }
        (low as usize, high as usize + self.itemsize)
    }
}

/// The base a view of unknown owner reports: the memory it spans.
#[inline]
pub(crate) fn extent_base<T, D: Dimension>(a: &ndarray::ArrayRef<T, D>) -> Base {
    // Computed in place, without building a `Layout`: every view `np!` makes asks for this.
    let itemsize = core::mem::size_of::<T>() as isize;
    let addr = a.as_ptr() as isize;
    let (mut low, mut high) = (addr, addr);
    if itemsize != 0 && !a.is_empty() {
        for (&n, &s) in a.shape().iter().zip(a.strides()) {
            let reach = (n as isize - 1) * s * itemsize;
            if reach < 0 {
                low += reach;
            } else {
                high += reach;
            }
        }
        high += itemsize;
    }
    Base::of_span(low as usize, (high - low) as usize)
}

/// An array whose memory can be compared: every npview array type (and references to them).
/// The arguments of [`shares_memory`], [`may_share_memory`] and [`Base::is`].
///
/// Sealed: its methods live in a hidden supertrait, so they are not part of the API.
///
/// ```
/// use npview::{arange, shares_memory, MemoryLayout};
/// fn overlaps(a: &impl MemoryLayout, b: &impl MemoryLayout) -> bool {
///     shares_memory(a, b)
/// }
/// let a = arange(4);
/// assert!(overlaps(&a, &a.view()));
/// ```
pub trait MemoryLayout: Memory {}

impl<M: Memory + ?Sized> MemoryLayout for M {}

/// What [`MemoryLayout`] asks of an array. Not a stable API.
#[doc(hidden)]
pub trait Memory {
    /// Where its elements are.
    fn memory_span(&self) -> MemorySpan;
    /// The base its views report, if it owns its memory.
    fn owned_base(&self) -> Option<Base>;
}

impl<M: Memory + ?Sized> Memory for &M {
    fn memory_span(&self) -> MemorySpan {
        (**self).memory_span()
    }
    fn owned_base(&self) -> Option<Base> {
        (**self).owned_base()
    }
}

/// Whether the address ranges of `a` and `b` overlap (NumPy's `np.may_share_memory`).
///
/// ```
/// use npview::{arange, np, may_share_memory, shares_memory};
/// let a = arange(10);
/// let (even, odd) = (np!(a[::2]), np!(a[1::2]));
/// assert!(may_share_memory(&even, &odd));
/// assert!(!shares_memory(&even, &odd));
/// ```
pub fn may_share_memory(a: &impl MemoryLayout, b: &impl MemoryLayout) -> bool {
    let (la, lb) = (a.memory_span(), b.memory_span());
    if la.is_empty() || lb.is_empty() {
        return false;
    }
    let ((a0, a1), (b0, b1)) = (la.extent(), lb.extent());
    a0 < b1 && b0 < a1
}

/// The exact test of [`shares_memory`] on two spans.
pub(crate) fn spans_overlap(la: &MemorySpan, lb: &MemorySpan) -> bool {
    shares_memory(la, lb)
}

/// A span is its own memory, owned by nothing the caller knows.
impl Memory for MemorySpan {
    fn memory_span(&self) -> MemorySpan {
        self.clone()
    }
    fn owned_base(&self) -> Option<Base> {
        None
    }
}

/// Whether `a` and `b` have at least one byte of memory in common (NumPy's `np.shares_memory`,
/// exact).
///
/// ```
/// use npview::{array, np, shares_memory};
/// let arr = array![10, 20, 30, 40, 50];
/// assert!(shares_memory(&arr, &np!(arr[1:4])));
/// assert!(!shares_memory(&arr, &np!(arr[[0, 2]])));
/// ```
pub fn shares_memory(a: &impl MemoryLayout, b: &impl MemoryLayout) -> bool {
    if !may_share_memory(a, b) {
        return false;
    }
    let (la, lb) = (a.memory_span(), b.memory_span());
    // Move both to their lowest address with non-negative strides: the same set of bytes.
    let (a0, _) = la.extent();
    let (b0, _) = lb.extent();
    // a0 + sum(sa_i x_i) + u == b0 + sum(sb_j y_j) + v, with u < itemsize_a, v < itemsize_b.
    // Replace y_j by ub_j - y_j and v by (itemsize_b - 1) - v to make every coefficient positive.
    let mut terms: Vec<(u128, u128)> = Vec::new();
    let mut rhs = b0 as i128 - a0 as i128 + lb.itemsize as i128 - 1;
    for (&n, &s) in la.shape.iter().zip(&la.byte_strides) {
        terms.push((s.unsigned_abs() as u128, n as u128 - 1));
    }
    for (&n, &s) in lb.shape.iter().zip(&lb.byte_strides) {
        let coef = s.unsigned_abs() as u128;
        rhs += (coef * (n as u128 - 1)) as i128;
        terms.push((coef, n as u128 - 1));
    }
    terms.push((1, (la.itemsize + lb.itemsize - 2) as u128));
    if rhs < 0 {
        return false;
    }
    solvable(terms, rhs as u128)
}

/// Is there `x_i` in `[0, ub_i]` with `sum(a_i * x_i) == b`?
fn solvable(mut terms: Vec<(u128, u128)>, b: u128) -> bool {
    terms.retain(|&(a, ub)| a != 0 && ub != 0);
    terms.sort_unstable_by_key(|&(a, _)| core::cmp::Reverse(a));
    // Merge equal coefficients: a*x + a*y with bounds u, v is a*z with bound u + v.
    let mut merged: Vec<(u128, u128)> = Vec::with_capacity(terms.len());
    for (a, ub) in terms {
        match merged.last_mut() {
            Some(last) if last.0 == a => last.1 += ub,
            _ => merged.push((a, ub.min(b / a))),
        }
    }
    let n = merged.len();
    // Suffix gcds and maximal sums of the variables after each position.
    let mut gcd_after = vec![0u128; n + 1];
    let mut max_after = vec![0u128; n + 1];
    for i in (0..n).rev() {
        gcd_after[i] = gcd(gcd_after[i + 1], merged[i].0);
        max_after[i] = max_after[i + 1].saturating_add(merged[i].0.saturating_mul(merged[i].1));
    }
    search(&merged, &gcd_after, &max_after, 0, b)
}

fn search(
    terms: &[(u128, u128)],
    gcd_after: &[u128],
    max_after: &[u128],
    i: usize,
    b: u128,
) -> bool {
    if i == terms.len() {
        return b == 0;
    }
    if b > max_after[i] || b % gcd_after[i] != 0 {
        return false;
    }
    let (a, ub) = terms[i];
    let rest_g = gcd_after[i + 1];
    let rest_max = max_after[i + 1];
    // x must leave b - a*x within [0, rest_max]...
    let lo = if b > rest_max {
        (b - rest_max).div_ceil(a)
    } else {
        0
    };
    let hi = ub.min(b / a);
    if lo > hi {
        return false;
    }
    if rest_g == 0 {
        // Last variable: exact division.
        return b % a == 0 && (lo..=hi).contains(&(b / a));
    }
    // ...and be divisible by the gcd of the rest: a*x ≡ b (mod g), a step of g / gcd(a, g).
    let g = gcd(a, rest_g);
    let period = rest_g / g;
    let Some(first) = (lo..lo + period).find(|&x| (b - a * x.min(hi)) % rest_g == 0 && x <= hi)
    else {
        return false;
    };
    let mut x = first;
    while x <= hi {
        if search(terms, gcd_after, max_after, i + 1, b - a * x) {
            return true;
        }
        x += period;
    }
    false
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Brute force: enumerate every byte of both arrays.
    fn brute(la: &MemorySpan, lb: &MemorySpan) -> bool {
        let bytes = |l: &MemorySpan| -> Vec<isize> {
            let mut out = Vec::new();
            for idx in ndarray::indices(ndarray::IxDyn(&l.shape)) {
                let off: isize = idx
                    .slice()
                    .iter()
                    .zip(&l.byte_strides)
                    .map(|(&i, &s)| i as isize * s)
                    .sum();
                for k in 0..l.itemsize as isize {
                    out.push(l.addr as isize + off + k);
                }
            }
            out
        };
        let sa = bytes(la);
        let sb = bytes(lb);
        sa.iter().any(|x| sb.contains(x))
    }

    #[test]
    fn exact_answer_matches_brute_force_on_small_layouts() {
        // A deterministic sweep of small 1-D and 2-D layouts in a 64-byte window.
        // Miri runs this too, where 4000 layouts would take minutes.
        let rounds = if cfg!(miri) { 100 } else { 4000 };
        let mut checked = 0;
        let mut seed = 12345u64;
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        for _ in 0..rounds {
            let mut make = || {
                let nd = 1 + next(2) as usize;
                let itemsize = [1usize, 2, 4, 8][next(4) as usize];
                let shape: Vec<usize> = (0..nd).map(|_| 1 + next(4) as usize).collect();
                let strides: Vec<isize> = (0..nd).map(|_| next(13) as isize - 6).collect();
                let below: isize = shape
                    .iter()
                    .zip(&strides)
                    .map(|(&n, &s)| ((n as isize - 1) * s).min(0))
                    .sum();
                let addr = (100 + next(24) as isize - below) as usize;
                MemorySpan {
                    addr,
                    shape,
                    byte_strides: strides,
                    itemsize,
                }
            };
            let (la, lb) = (make(), make());
            assert_eq!(shares_memory(&la, &lb), brute(&la, &lb), "{la:?} {lb:?}");
            checked += 1;
        }
        assert_eq!(checked, rounds);
    }
}
