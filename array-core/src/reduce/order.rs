//! The order NumPy adds elements in, so float sums agree to the last bit: NumPy walks an array
//! in memory order (axes sorted by stride, adjacent contiguous axes merged), and where the
//! innermost run is reduced it sums the run pairwise (`pairwise_sum`: eight accumulators in
//! blocks of up to 128 elements, halves above), adding the run sums one after another;
//! where the innermost run is kept, it adds slice after slice.

use core::ops::Range;

use ndarray::ArrayViewD;

use super::pairwise::{pairwise, pairwise_runs, pairwise_slice, QUARTERS_FROM};

/// What a sum adds: NumPy's `+` for the sum's dtype (integers wrap, booleans or).
pub trait Acc: Copy + Send + Sync {
    /// Where NumPy's short sums start: `-0.0` for floats (so a sum of negative zeros stays
    /// negative), zero otherwise.
    const START: Self;
    /// `self + other`.
    fn add(self, other: Self) -> Self;
}

macro_rules! acc_wrapping {
    ($($t:ty),*) => {$(
        impl Acc for $t {
            const START: $t = 0;
            #[inline(always)]
            fn add(self, other: $t) -> $t {
                self.wrapping_add(other)
            }
        }
    )*};
}
acc_wrapping!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);
impl Acc for f32 {
    const START: f32 = -0.0;
    #[inline(always)]
    fn add(self, other: f32) -> f32 {
        self + other
    }
}
impl Acc for f64 {
    const START: f64 = -0.0;
    #[inline(always)]
    fn add(self, other: f64) -> f64 {
        self + other
    }
}
impl Acc for bool {
    const START: bool = false;
    #[inline(always)]
    fn add(self, other: bool) -> bool {
        self | other
    }
}

/// How the elements of a reduction are walked: the array's axes in memory order, merged where
/// NumPy's iterator merges them, each with its stride in the input and in the output (0 for a
/// reduced axis).
pub(crate) struct Walk {
    lens: Vec<usize>,
    strides: Vec<isize>,
    out_strides: Vec<usize>,
}

impl Walk {
    /// The walk over `view` reducing the axes marked in `reduced`, into a C-ordered output of
    /// the kept axes.
    pub(crate) fn new<T>(view: &ArrayViewD<'_, T>, reduced: &[bool]) -> Self {
        let shape = view.shape();
        // Output strides of the kept axes, in their original order (C order).
        let mut out_strides = vec![0usize; shape.len()];
        let mut acc = 1;
        for k in (0..shape.len()).rev() {
            if !reduced[k] {
                out_strides[k] = acc;
                acc *= shape[k];
            }
        }
        // Axes in memory order, outer to inner; length-1 axes take no part.
        let mut axes: Vec<usize> = (0..shape.len()).filter(|&k| shape[k] > 1).collect();
        axes.sort_by_key(|&k| core::cmp::Reverse(view.strides()[k].unsigned_abs()));
        let mut lens: Vec<usize> = Vec::new();
        let mut strides: Vec<isize> = Vec::new();
        let mut outs: Vec<usize> = Vec::new();
        for &k in &axes {
            let (n, s, o) = (shape[k], view.strides()[k], out_strides[k]);
            // Merge with the axis before when one walk of both is one walk of this stride.
            if let (Some(&pn), Some(&ps), Some(&po)) = (lens.last(), strides.last(), outs.last()) {
                let same_role = (po == 0) == (o == 0);
                if same_role && ps == s * n as isize && po == o * n {
                    let last = lens.len() - 1;
                    lens[last] = pn * n;
                    strides[last] = s;
                    outs[last] = o;
                    continue;
                }
            }
            lens.push(n);
            strides.push(s);
            outs.push(o);
        }
        Self {
            lens,
            strides,
            out_strides: outs,
        }
    }

    /// The walk cut along its outermost axis for threads (see [`crate::parallel`]), when that
    /// axis is kept and is the outermost of the output's `out_len` outputs, and the `size`
    /// elements are worth splitting: each piece's walk, its offset in the input (in elements)
    /// and the outputs it owns. `None` when the walk stays whole.
    fn outer_pieces(
        &self,
        out_len: usize,
        size: usize,
    ) -> Option<Vec<(Walk, isize, Range<usize>)>> {
        let (&n, &stride, &out_stride) = (
            self.lens.first()?,
            self.strides.first()?,
            self.out_strides.first()?,
        );
        if self.lens.len() < 2 || out_stride == 0 || out_stride * n != out_len {
            return None;
        }
        let spans = crate::parallel::spans(n, 1, size);
        if spans.len() < 2 {
            return None;
        }
        let pieces = spans
            .into_iter()
            .map(|span| {
                let mut lens = self.lens.clone();
                lens[0] = span.len();
                let walk = Walk {
                    lens,
                    strides: self.strides.clone(),
                    out_strides: self.out_strides.clone(),
                };
                let outputs = span.start * out_stride..span.end * out_stride;
                (walk, span.start as isize * stride, outputs)
            })
            .collect();
        Some(pieces)
    }

    /// When the two innermost axes of the walk are reduced rows of a contiguous kept row (the
    /// walk of `sum(m, axis=0)` on a C-ordered matrix): the walk over those rows (its runs go
    /// along the reduced axis, one row per step) and the row length.
    fn rows_into_one_row(&self) -> Option<(Walk, usize)> {
        let nd = self.lens.len();
        let inner = nd.checked_sub(1)?;
        let rows = nd.checked_sub(2)?;
        let row_kept = self.strides[inner] == 1 && self.out_strides[inner] == 1;
        if !row_kept || self.out_strides[rows] != 0 || self.lens[rows] < 8 {
            return None;
        }
        let walk = Walk {
            lens: self.lens[..inner].to_vec(),
            strides: self.strides[..inner].to_vec(),
            out_strides: self.out_strides[..inner].to_vec(),
        };
        Some((walk, self.lens[inner]))
    }

    /// Call `run(input_offset, output_offset, stride, out_stride, len)` for each run along the
    /// innermost axis, in memory order (offsets in elements from the first element).
    pub(crate) fn for_each_run(&self, mut run: impl FnMut(isize, usize, isize, usize, usize)) {
        let nd = self.lens.len();
        if nd == 0 {
            run(0, 0, 0, 0, 1);
            return;
        }
        let (len, stride, out_stride) = (
            self.lens[nd - 1],
            self.strides[nd - 1],
            self.out_strides[nd - 1],
        );
        let outer = &self.lens[..nd - 1];
        let mut index = vec![0usize; outer.len()];
        loop {
            let mut off = 0isize;
            let mut o = 0usize;
            for (k, &i) in index.iter().enumerate() {
                off += i as isize * self.strides[k];
                o += i * self.out_strides[k];
            }
            run(off, o, stride, out_stride, len);
            // Next outer index, C order.
            let mut k = outer.len();
            loop {
                if k == 0 {
                    return;
                }
                k -= 1;
                index[k] += 1;
                if index[k] < outer[k] {
                    break;
                }
                index[k] = 0;
            }
        }
    }
}

/// NumPy's sum of the elements of `view` (one block of memory; see `contiguous`) over the
/// axes marked in `reduced`, each element converted by `to(x, output_index)`: a C-ordered
/// vector of the kept axes' outputs, each starting at `zero` (NumPy's identity).
///
/// Big sums are split over threads (the `rayon` feature) where that keeps every addition: a
/// long reduced run along the halves of its pairwise sum, else the outermost axis of the walk
/// when it is the output's outermost axis (each piece then owns a block of outputs).
pub(crate) fn sum<T: Sync, A: Acc>(
    view: &ArrayViewD<'_, T>,
    reduced: &[bool],
    zero: A,
    to: impl Fn(&T, usize) -> A + Sync,
) -> Vec<A> {
    let out_len: usize = view
        .shape()
        .iter()
        .zip(reduced)
        .filter(|(_, &r)| !r)
        .map(|(&n, _)| n)
        .product();
    let mut out = vec![zero; out_len];
    if view.is_empty() {
        return out;
    }
    // NumPy starts each output at the identity (so `-0.0` sums to `0.0`) and adds every run.
    let walk = Walk::new(view, reduced);
    let (slice, first) = memory_of(view);
    let add_runs = |walk: &Walk, first: isize, out: &mut [A], base: usize| {
        sum_runs(walk, slice, first, out, &|x: &T, o: usize| to(x, base + o));
    };
    match walk.outer_pieces(out_len, view.len()) {
        Some(pieces) => {
            let mut rest = &mut out[..];
            let mut jobs = Vec::with_capacity(pieces.len());
            for (piece, offset, outputs) in pieces {
                let (mine, tail) = rest.split_at_mut(outputs.len());
                rest = tail;
                jobs.push((piece, offset, mine, outputs.start));
            }
            crate::parallel::map(jobs, |(piece, offset, mine, base)| {
                add_runs(&piece, first + offset, mine, base)
            });
        }
        None => add_runs(&walk, first, &mut out, 0),
    }
    out
}

/// Add every run of `walk` into `out`: the elements lie in `slice` from `first` on, and
/// `to(x, o)` converts one for output `o` (an index into `out`).
fn sum_runs<T: Sync, A: Acc>(
    walk: &Walk,
    slice: &[T],
    first: isize,
    out: &mut [A],
    to: &(impl Fn(&T, usize) -> A + Sync),
) {
    if let Some((rows, cols)) = walk.rows_into_one_row() {
        // `sum(m, axis=0)` of a C-ordered matrix: whole rows added into one row of outputs.
        rows.for_each_run(|off, o, row_stride, _, n_rows| {
            let out = &mut out[o..o + cols];
            add_rows(slice, first + off, row_stride, n_rows, out, &|x, j| {
                to(x, o + j)
            });
        });
        return;
    }
    // The element at offset `off` (in elements from the view's first, strides applied).
    let at = |off: isize| &slice[(first + off) as usize];
    // Contiguous reduced runs shorter than what `pairwise_slice` splits into streams of its
    // own (every run of a walk has one length): gathered a chunk at a time, see `sum_chunk`.
    let mut chunk: Vec<(usize, usize)> = Vec::new();
    let mut sums: Vec<A> = Vec::new();
    let mut len_of_runs = 0;
    walk.for_each_run(|off, o, stride, out_stride, len| {
        if stride == 1 {
            // A contiguous run: slices, so the loops vectorise.
            let start = (first + off) as usize;
            let run = &slice[start..start + len];
            if out_stride == 0 && len < QUARTERS_FROM {
                chunk.push((start, o));
                len_of_runs = len;
                if chunk.len() == CHUNK_RUNS {
                    sum_chunk(&chunk, len, slice, out, to, &mut sums);
                    chunk.clear();
                }
                return;
            }
            if out_stride == 0 {
                let v = pairwise_slice(run, &|x| to(x, o));
                out[o] = out[o].add(v);
                return;
            }
            if out_stride == 1 {
                for (i, (dst, x)) in out[o..o + len].iter_mut().zip(run).enumerate() {
                    *dst = dst.add(to(x, o + i));
                }
                return;
            }
        }
        if out_stride == 0 {
            let get = |i: usize| to(at(off + i as isize * stride), o);
            let v = pairwise(len, &get);
            out[o] = out[o].add(v);
        } else {
            for i in 0..len {
                let v = to(at(off + i as isize * stride), o + i * out_stride);
                let p = o + i * out_stride;
                out[p] = out[p].add(v);
            }
        }
    });
    sum_chunk(&chunk, len_of_runs, slice, out, to, &mut sums);
}

/// How many short runs [`sum_chunk`] takes at once: enough that its four streams start far
/// apart (a 4000x2500 matrix's rows are one chunk), little enough that the list of runs and
/// their sums stay small.
const CHUNK_RUNS: usize = 4096;

/// Add the sums of `runs` (each `(start, output)`, `len` values from `start` in `slice`) into
/// `out`, in the order of `runs`. They are summed four at a time, the four from the four
/// quarters of the list, so that the reads are four streams far apart in memory (which one core
/// of the benchmark machine reads faster than one stream or four neighbouring rows); each sum
/// is NumPy's pairwise sum of its run, and the sums are added into their outputs in walk order,
/// so every output gets the same additions in the same order as one run after another.
fn sum_chunk<T: Sync, A: Acc>(
    runs: &[(usize, usize)],
    len: usize,
    slice: &[T],
    out: &mut [A],
    to: &(impl Fn(&T, usize) -> A + Sync),
    sums: &mut Vec<A>,
) {
    let quarter = runs.len() / 4;
    sums.clear();
    sums.resize(runs.len(), A::START);
    let run = |r: usize| &slice[runs[r].0..runs[r].0 + len];
    for i in 0..quarter {
        let group = [i, quarter + i, 2 * quarter + i, 3 * quarter + i];
        let four = pairwise_runs(group.map(run), &|k, x| to(x, runs[group[k]].1));
        for (r, v) in group.into_iter().zip(four) {
            sums[r] = v;
        }
    }
    for r in 4 * quarter..runs.len() {
        sums[r] = pairwise_slice(run(r), &|x| to(x, runs[r].1));
    }
    for (&(_, o), &v) in runs.iter().zip(sums.iter()) {
        out[o] = out[o].add(v);
    }
}

/// Add `n_rows` contiguous rows, the first at `start` in `slice` and each `row_stride` after
/// the one before, into `out` (one output per column), row after row as NumPy does. Eight rows
/// at a time, each output kept in a register across them: the same additions in the same
/// order, with one load and store of `out` per eight rows instead of per row.
fn add_rows<T, A: Acc>(
    slice: &[T],
    start: isize,
    row_stride: isize,
    n_rows: usize,
    out: &mut [A],
    to: &impl Fn(&T, usize) -> A,
) {
    let cols = out.len();
    let row = |r: usize| {
        let at = (start + r as isize * row_stride) as usize;
        &slice[at..at + cols]
    };
    let mut r = 0;
    while r + 8 <= n_rows {
        let block: [&[T]; 8] = core::array::from_fn(|k| row(r + k));
        for (j, dst) in out.iter_mut().enumerate() {
            let mut acc = *dst;
            for rk in &block {
                acc = acc.add(to(&rk[j], j));
            }
            *dst = acc;
        }
        r += 8;
    }
    for r in r..n_rows {
        for (j, (dst, x)) in out.iter_mut().zip(row(r)).enumerate() {
            *dst = dst.add(to(x, j));
        }
    }
}

/// The view's memory-order slice and where its first element lies in it.
fn memory_of<'v, T>(view: &'v ArrayViewD<'_, T>) -> (&'v [T], isize) {
    let slice = view
        .as_slice_memory_order()
        .expect("reductions walk views of one block of memory");
    (slice, first_offset(view))
}

/// Where the view's first element lies in its memory-order slice.
fn first_offset<T>(view: &ArrayViewD<'_, T>) -> isize {
    view.shape()
        .iter()
        .zip(view.strides())
        .filter(|(&n, &s)| s < 0 && n > 0)
        .map(|(&n, &s)| -(n as isize - 1) * s)
        .sum()
}

/// `view` itself when its elements are one block of memory, else a C-ordered copy (NumPy then
/// walks the strided view in C order too, for the views a slice of a C array gives).
pub(crate) fn contiguous<'v, T: Clone>(
    view: ArrayViewD<'v, T>,
) -> ndarray::CowArray<'v, T, ndarray::IxDyn> {
    if view.as_slice_memory_order().is_some() {
        ndarray::CowArray::from(view)
    } else {
        ndarray::CowArray::from(view.as_standard_layout().into_owned())
    }
}
