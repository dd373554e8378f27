//! NumPy's `pairwise_sum`, the order it adds the values of one reduced run in: up to 8 values
//! one after another; up to [`BLOCK`] values in eight accumulators (value `i` into accumulator
//! `i % 8`, in order), added as `((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))`, then the
//! leftover values; more than that, the sums of two halves (the first rounded down to a
//! multiple of 8), each summed the same way.
//!
//! A long contiguous run is summed as four independent walks over its tree, one per quarter,
//! in lockstep ([`Tree`], [`quarters`]): four streams of memory far apart keep more of memory's
//! bandwidth busy than one (a 10M float64 sum took 3.6 ms against 5.9 ms as one stream on the
//! machine `BENCHMARKS.md` was measured on), and the blocks' chains of dependent additions
//! overlap. Every value still goes into the same accumulator in the same order, so the result
//! is the same to the last bit.

use super::order::Acc;

/// NumPy's pairwise sums stop splitting at blocks of this many values.
const BLOCK: usize = 128;

/// Runs at least this long are summed as four walks in lockstep ([`quarters`]). Each quarter
/// then has more than [`BLOCK`] values, and the walks' setup is small against the run.
pub(crate) const QUARTERS_FROM: usize = 1 << 15;

/// Where NumPy splits a pairwise sum of `n > BLOCK` values: the length of the first half.
#[inline(always)]
fn split(n: usize) -> usize {
    let half = n / 2;
    half - half % 8
}

/// NumPy's `pairwise_sum` of `n` values, value `i` read by `get`.
#[inline]
pub(crate) fn pairwise<A: Acc + Send, G: Fn(usize) -> A + Sync>(n: usize, get: &G) -> A {
    pairwise_from(0, n, get)
}

fn pairwise_from<A: Acc + Send, G: Fn(usize) -> A + Sync>(start: usize, n: usize, get: &G) -> A {
    if n < 8 {
        let mut res = A::START;
        for i in start..start + n {
            res = res.add(get(i));
        }
        res
    } else if n <= BLOCK {
        let mut r = [A::START; 8];
        for (j, x) in r.iter_mut().enumerate() {
            *x = get(start + j);
        }
        let whole = n - n % 8;
        let mut i = 8;
        while i < whole {
            for (j, x) in r.iter_mut().enumerate() {
                *x = x.add(get(start + i + j));
            }
            i += 8;
        }
        let mut res = (r[0].add(r[1]).add(r[2].add(r[3]))).add(r[4].add(r[5]).add(r[6].add(r[7])));
        while i < n {
            res = res.add(get(start + i));
            i += 1;
        }
        res
    } else {
        let n2 = split(n);
        let (a, b) = halves(
            n,
            || pairwise_from(start, n2, get),
            || pairwise_from(start + n2, n - n2, get),
        );
        a.add(b)
    }
}

/// [`pairwise`] over a slice, each value converted by `to`: the same additions in the same
/// order, with the bounds checks hoisted so the eight accumulators vectorise.
pub(crate) fn pairwise_slice<T: Sync, A: Acc + Send>(v: &[T], to: &(impl Fn(&T) -> A + Sync)) -> A {
    let n = v.len();
    if n < 8 {
        return v.iter().fold(A::START, |res, x| res.add(to(x)));
    }
    if n <= BLOCK {
        let [res] = blocks([v], &|_, x| to(x));
        return res;
    }
    if n >= QUARTERS_FROM && !crate::parallel::is_split(n) {
        return quarters(v, to);
    }
    let (a, b) = v.split_at(split(n));
    let (a, b) = halves(n, || pairwise_slice(a, to), || pairwise_slice(b, to));
    a.add(b)
}

/// NumPy's pairwise sums of `K` runs of one length, side by side (their trees have one
/// shape), value `x` of run `k` converted by `to(k, x)`: `K` streams of memory and `K` times
/// the additions in flight, each run's sum the same to the last bit as alone.
pub(crate) fn pairwise_runs<T, A: Acc, const K: usize>(
    runs: [&[T]; K],
    to: &impl Fn(usize, &T) -> A,
) -> [A; K] {
    let n = runs.iter().map(|r| r.len()).min().unwrap_or(0);
    if n < 8 {
        return core::array::from_fn(|k| {
            runs[k][..n]
                .iter()
                .fold(A::START, |res, x| res.add(to(k, x)))
        });
    }
    if n <= BLOCK {
        return blocks(runs.map(|r| &r[..n]), to);
    }
    let n2 = split(n);
    let first = pairwise_runs(runs.map(|r| &r[..n2]), to);
    let second = pairwise_runs(runs.map(|r| &r[n2..n]), to);
    core::array::from_fn(|k| first[k].add(second[k]))
}

/// The pairwise sum of `v` (at least [`QUARTERS_FROM`] values) as its four quarters' trees,
/// walked in lockstep, then added as NumPy's tree adds them: `(q0 + q1) + (q2 + q3)`.
fn quarters<T, A: Acc>(v: &[T], to: &impl Fn(&T) -> A) -> A {
    let to = &|_, x: &T| to(x);
    let (a, b) = v.split_at(split(v.len()));
    let (a0, a1) = a.split_at(split(a.len()));
    let (b0, b1) = b.split_at(split(b.len()));
    let mut trees = [a0, a1, b0, b1].map(Tree::new);
    loop {
        let [t0, t1, t2, t3] = &mut trees;
        match (t0.block(), t1.block(), t2.block(), t3.block()) {
            (Some(x0), Some(x1), Some(x2), Some(x3)) => {
                let [s0, s1, s2, s3] = blocks([x0, x1, x2, x3], to);
                t0.done(s0);
                t1.done(s1);
                t2.done(s2);
                t3.done(s3);
            }
            _ => break,
        }
    }
    // The quarters' trees differ by a few blocks at most: the rest one at a time.
    for tree in &mut trees {
        while let Some(x) = tree.block() {
            let [s] = blocks([x], to);
            tree.done(s);
        }
    }
    let [q0, q1, q2, q3] = trees.map(|t| t.sum);
    q0.add(q1).add(q2.add(q3))
}

/// A walk over the tree of one pairwise sum of more than 8 values, one block at a time:
/// [`Tree::block`] says which values to sum next, [`Tree::done`] takes their sum and adds up
/// the halves it completes, in NumPy's order.
struct Tree<'a, T, A> {
    values: &'a [T],
    /// The open halves from the root down: start, length, and the first half's sum once it is
    /// known. The last one is the next block.
    open: [(usize, usize, Option<A>); usize::BITS as usize],
    depth: usize,
    /// The whole sum, once `depth` is 0.
    sum: A,
}

impl<'a, T, A: Acc> Tree<'a, T, A> {
    fn new(values: &'a [T]) -> Self {
        let mut tree = Tree {
            values,
            open: [(0, 0, None); usize::BITS as usize],
            depth: 1,
            sum: A::START,
        };
        tree.open[0] = (0, values.len(), None);
        tree.descend();
        tree
    }

    /// Open first halves until the innermost open range is a block. Each level at least
    /// halves the length, so the depth stays below `usize::BITS`.
    fn descend(&mut self) {
        loop {
            let (start, n, _) = self.open[self.depth - 1];
            if n <= BLOCK {
                return;
            }
            self.open[self.depth] = (start, split(n), None);
            self.depth += 1;
        }
    }

    /// The next block's values, or `None` once the sum is complete.
    fn block(&self) -> Option<&'a [T]> {
        let (start, n, _) = *self.open[..self.depth].last()?;
        Some(&self.values[start..start + n])
    }

    /// Take the sum of the block [`Tree::block`] gave, and add up every half it completes.
    fn done(&mut self, block_sum: A) {
        let mut sum = block_sum;
        self.depth -= 1;
        while self.depth > 0 {
            let (start, n, first) = &mut self.open[self.depth - 1];
            match *first {
                None => {
                    // The first half is done: open the second.
                    *first = Some(sum);
                    let n2 = split(*n);
                    self.open[self.depth] = (*start + n2, *n - n2, None);
                    self.depth += 1;
                    self.descend();
                    return;
                }
                Some(first) => {
                    sum = first.add(sum);
                    self.depth -= 1;
                }
            }
        }
        self.sum = sum;
    }
}

/// NumPy's sums of `K` blocks of 8 to [`BLOCK`] values each, in lockstep: each block's eight
/// accumulators see its values in NumPy's order, and the blocks' chains of dependent additions
/// are independent, so the core overlaps them.
#[inline(always)]
fn blocks<T, A: Acc, const K: usize>(parts: [&[T]; K], to: &impl Fn(usize, &T) -> A) -> [A; K] {
    let mut acc = [[A::START; 8]; K];
    let mut rows: [&[[T; 8]]; K] = [&[]; K];
    let mut tails: [&[T]; K] = [&[]; K];
    for k in 0..K {
        let (head, rest) = parts[k].split_at(8);
        for (x, h) in acc[k].iter_mut().zip(head) {
            *x = to(k, h);
        }
        (rows[k], tails[k]) = crate::raw::rows_of_eight(rest);
    }
    // The rows every block has, side by side; then each block's own last rows.
    let common = rows.iter().map(|r| r.len()).min().unwrap_or(0);
    for i in 0..common {
        for (k, (acc, rows)) in acc.iter_mut().zip(&rows).enumerate() {
            add_row(acc, &rows[i], &|x| to(k, x));
        }
    }
    for (k, (acc, rows)) in acc.iter_mut().zip(&rows).enumerate() {
        for row in &rows[common..] {
            add_row(acc, row, &|x| to(k, x));
        }
    }
    core::array::from_fn(|k| {
        let r = &acc[k];
        let res = (r[0].add(r[1]).add(r[2].add(r[3]))).add(r[4].add(r[5]).add(r[6].add(r[7])));
        tails[k].iter().fold(res, |res, x| res.add(to(k, x)))
    })
}

/// One row of eight values into a block's eight accumulators.
#[inline(always)]
fn add_row<T, A: Acc>(acc: &mut [A; 8], row: &[T; 8], to: &impl Fn(&T) -> A) {
    for (x, h) in acc.iter_mut().zip(row) {
        *x = x.add(to(h));
    }
}

/// The sums of the two halves of a pairwise sum of `n` values: at once on two threads when
/// the `rayon` feature is on and `n` is big. The halves are NumPy's own, so the additions and
/// their order are the same either way.
#[inline]
fn halves<A: Send>(n: usize, a: impl FnOnce() -> A + Send, b: impl FnOnce() -> A + Send) -> (A, A) {
    if crate::parallel::is_split(n) {
        crate::parallel::join(a, b)
    } else {
        (a(), b())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values whose sums depend on the order of the additions.
    fn values(n: usize) -> Vec<f64> {
        (0..n)
            .map(|k| 1.0 / (k as f64 + 1.0) + k as f64 * 1e-7)
            .collect()
    }

    /// The slice forms (blocks side by side, quarters walked in lockstep, runs side by side)
    /// add exactly as [`pairwise`], the line-by-line form of NumPy's `pairwise_sum`: every
    /// length up to a few blocks, and lengths around where quarters start.
    #[test]
    fn the_slice_forms_add_as_numpys_recursion() {
        let v = values(if cfg!(miri) {
            400
        } else {
            3 * QUARTERS_FROM + 1100
        });
        let lengths: Vec<usize> = if cfg!(miri) {
            // Miri runs this thousands of times slower: the block and split edges only (the
            // quarters' walks are safe code; what Miri checks here is `rows_of_eight`).
            vec![0, 7, 8, 9, 15, 16, 127, 128, 129, 136, 257, 300]
        } else {
            (0..700)
                .chain(QUARTERS_FROM - 9..QUARTERS_FROM + 9)
                .chain([2 * QUARTERS_FROM + 136, 3 * QUARTERS_FROM + 999])
                .collect()
        };
        for n in lengths {
            let reference = pairwise(n, &|i| v[i]);
            let got = pairwise_slice(&v[..n], &|x| *x);
            assert_eq!(got.to_bits(), reference.to_bits(), "length {n}");
            // Four runs of one length, each from its own start.
            let runs: [&[f64]; 4] = core::array::from_fn(|k| &v[k * 7..k * 7 + n]);
            let sums = pairwise_runs(runs, &|_, x| *x);
            for (k, s) in sums.into_iter().enumerate() {
                let alone = pairwise(n, &|i| v[k * 7 + i]);
                assert_eq!(s.to_bits(), alone.to_bits(), "length {n}, run {k}");
            }
        }
    }
}
