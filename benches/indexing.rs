//! npview's indexing next to ndarray's equivalent and a plain copy of the same bytes.
//!
//! Run by `python3 scripts/benchmarks.py`, which adds NumPy's timings from
//! `scripts/numpy_bench.py` and writes `BENCHMARKS.md`. Sizes match that script. Each case is a
//! criterion group `<case>` with functions `npview`, `ndarray` (its method, or the loop by hand
//! where ndarray has no such index) and
//! `copy` (a `copy_from_slice` of as many bytes as the case reads or writes, whichever is more,
//! into a buffer that already exists: the memory-bandwidth limit).
//!
//! The `_vec` cases repeat a case on an array built from a user's `Vec` (`Array1::from(vec)`,
//! `Array2::from_shape_vec`) instead of `zeros` or `arange`: that buffer was filled before npview
//! saw it, so npview cannot ask for huge pages under it. Only the input differs: outputs are
//! npview's own allocations in both rows.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ndarray::{s, Axis};
use npview::{np, Array1, Array2};

#[path = "../tests/support/rng.rs"]
mod rng;
use rng::Rng;

const N: usize = 10_000_000;
const PICKS: usize = 1_000_000;
const ROWS: usize = 4000;
const COLS: usize = 2500;

/// `N` int64 values uniform in `0..100`, as NumPy's `integers(0, 100, N)`. Made as npview
/// users make arrays (from `zeros`, which like NumPy asks for huge pages under big arrays).
fn values(rng: &mut Rng) -> Array1<i64> {
    let mut a = Array1::<i64>::zeros(N);
    a.iter_mut().for_each(|x| *x = rng.below(100) as i64);
    a
}

/// Values like [`values`]'s (uniform in `0..100`), in a `Vec` filled before any array exists:
/// what a user hands to `Array1::from(vec)` or ndarray's `Array1::from_vec(vec)`.
fn values_vec(rng: &mut Rng) -> Vec<i64> {
    (0..N).map(|_| rng.below(100) as i64).collect()
}

fn indices(rng: &mut Rng, count: usize, below: usize) -> Vec<isize> {
    (0..count).map(|_| rng.below(below) as isize).collect()
}

fn matrix(rows: usize, cols: usize) -> Array2<i64> {
    npview::arange((rows * cols) as i64).into_reshape((rows, cols))
}

/// A plain copy of `len` int64 values into a buffer that already exists.
fn plain_copy(c: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, len: usize) {
    let src = vec![1i64; len];
    let mut dst = vec![0i64; len];
    c.bench_function("copy", |b| {
        b.iter(|| {
            dst.copy_from_slice(black_box(&src));
            black_box(&dst);
        });
    });
}

fn view_of_literal_slice(c: &mut Criterion) {
    let m = matrix(1000, 1000);
    let nd = m.as_ndarray();
    let mut g = c.benchmark_group("view_literal_slice");
    g.bench_function("npview", |b| {
        b.iter(|| {
            let m = black_box(&m);
            black_box(np!(m[1:4, ::2]))
        });
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(black_box(nd).slice(s![1..4, ..;2])));
    });
    g.finish();
}

fn gather(c: &mut Criterion) {
    let mut rng = Rng(1);
    let a = values(&mut rng);
    let idx = Array1::from(indices(&mut rng, PICKS, N));
    let idx_usize: Vec<usize> = idx.iter().map(|&i| i as usize).collect();
    let mut g = c.benchmark_group("gather");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(a[idx]))));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(a.as_ndarray().select(Axis(0), &idx_usize)));
    });
    plain_copy(&mut g, PICKS);
    g.finish();
}

fn mask_select(c: &mut Criterion) {
    let mut rng = Rng(2);
    let a = values(&mut rng);
    let mut g = c.benchmark_group("mask_select");
    // ndarray has no boolean index: the values kept by a filter, into a `Vec` kept from one
    // run to the next (a fresh one would time its page faults: npview reuses its output's).
    let mut kept: Vec<i64> = Vec::with_capacity(N);
    let filter = |kept: &mut Vec<i64>| {
        kept.clear();
        kept.extend(a.as_ndarray().iter().copied().filter(|&x| x > 25));
    };
    filter(&mut kept);
    assert_eq!(np!(a[a > 25]).as_slice(), Some(&kept[..]));
    g.bench_function("npview", |b| b.iter(|| black_box(np!(a[a > 25]))));
    g.bench_function("ndarray", |b| b.iter(|| filter(black_box(&mut kept))));
    plain_copy(&mut g, N);
    g.finish();
}

fn mask_write(c: &mut Criterion) {
    let mut rng = Rng(3);
    let a = values(&mut rng);
    let mut g = c.benchmark_group("mask_write");
    g.sample_size(20);
    // Every run starts from the same values: a second write would find nothing above 25.
    g.bench_function("npview", |b| {
        b.iter_batched_ref(|| a.clone(), |t| np!(t[t > 25] = 0), BatchSize::LargeInput);
    });
    // ndarray: each element rewritten in place where the condition holds, in a copy made by
    // npview (on the same kind of pages as npview's side).
    let (mut t, mut u) = (a.clone(), a.clone().into_ndarray());
    np!(t[t > 25] = 0);
    u.map_inplace(|x| *x = if *x > 25 { 0 } else { *x });
    assert_eq!(t.as_ndarray(), &u);
    g.bench_function("ndarray", |b| {
        b.iter_batched_ref(
            || a.clone().into_ndarray(),
            |t| t.map_inplace(|x| *x = if *x > 25 { 0 } else { *x }),
            BatchSize::LargeInput,
        );
    });
    plain_copy(&mut g, N);
    g.finish();
}

fn fancy_write(c: &mut Criterion) {
    let mut rng = Rng(4);
    let mut a = values(&mut rng);
    let idx = Array1::from(indices(&mut rng, PICKS, N));
    let idx_usize: Vec<usize> = idx.iter().map(|&i| i as usize).collect();
    // ndarray's side in a copy made by npview (on the same kind of pages as npview's side).
    let mut nd = a.clone().into_ndarray();
    np!(a[idx] = 0);
    idx_usize.iter().for_each(|&i| nd[i] = 0);
    assert_eq!(a.as_ndarray(), &nd);
    let mut g = c.benchmark_group("fancy_write");
    g.bench_function("npview", |b| b.iter(|| np!(a[idx] = 0)));
    // ndarray has no write through an index list: the loop by hand.
    g.bench_function("ndarray", |b| {
        b.iter(|| idx_usize.iter().for_each(|&i| nd[i] = 0));
    });
    plain_copy(&mut g, PICKS);
    g.finish();
}

fn row_take(c: &mut Criterion) {
    let mut rng = Rng(5);
    let m = matrix(ROWS, COLS);
    let rows = Array1::from(indices(&mut rng, 1000, ROWS));
    let rows_usize: Vec<usize> = rows.iter().map(|&i| i as usize).collect();
    let mut g = c.benchmark_group("row_take");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(m[rows]))));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(m.as_ndarray().select(Axis(0), &rows_usize)));
    });
    plain_copy(&mut g, 1000 * COLS);
    g.finish();
}

fn strided_copy(c: &mut Criterion) {
    let m = matrix(ROWS, COLS);
    let mut g = c.benchmark_group("strided_copy");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(m[::2, ::3]).copy())));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(m.as_ndarray().slice(s![..;2, ..;3]).to_owned()));
    });
    // Every cache line of every other row is read: half the matrix streams through.
    plain_copy(&mut g, (ROWS / 2) * COLS);
    g.finish();
}

fn overlapping_write(c: &mut Criterion) {
    let mut rng = Rng(6);
    let mut a = values(&mut rng);
    // ndarray cannot borrow `a[..-1]` while it writes `a[1..]`: a copy of it into a buffer
    // kept from one run to the next, then `assign`; its array is a copy made by npview (on
    // the same kind of pages as npview's side).
    let mut nd = a.clone().into_ndarray();
    let mut before = nd.slice(s![..-1]).to_owned();
    let shift = |nd: &mut ndarray::Array1<i64>, before: &mut ndarray::Array1<i64>| {
        before.assign(&nd.slice(s![..-1]));
        nd.slice_mut(s![1..]).assign(before);
    };
    np!(a[1:] = a[:-1]);
    shift(&mut nd, &mut before);
    assert_eq!(a.as_ndarray(), &nd);
    let mut g = c.benchmark_group("overlapping_write");
    g.bench_function("npview", |b| b.iter(|| np!(a[1:] = a[:-1])));
    g.bench_function("ndarray", |b| b.iter(|| shift(&mut nd, &mut before)));
    plain_copy(&mut g, N);
    g.finish();
}

fn pointwise_pick(c: &mut Criterion) {
    let mut rng = Rng(7);
    let m = matrix(ROWS, COLS);
    let r = Array1::from(indices(&mut rng, PICKS, ROWS));
    let cc = Array1::from(indices(&mut rng, PICKS, COLS));
    let at: Vec<[usize; 2]> = r
        .iter()
        .zip(cc.iter())
        .map(|(&i, &j)| [i as usize, j as usize])
        .collect();
    let nd = m.as_ndarray();
    // ndarray has no pointwise pick: its element index over the pairs, collected.
    let pick = || {
        at.iter()
            .map(|&ij| nd[ij])
            .collect::<ndarray::Array1<i64>>()
    };
    assert_eq!(np!(m[r, cc]).as_ndarray(), &pick());
    let mut g = c.benchmark_group("pointwise_pick");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(m[r, cc]))));
    g.bench_function("ndarray", |b| b.iter(|| black_box(pick())));
    plain_copy(&mut g, PICKS);
    g.finish();
}

fn gather_vec(c: &mut Criterion) {
    let mut rng = Rng(8);
    let vec = values_vec(&mut rng);
    // Each side gets its own buffer, both made the way users make them from a `Vec`.
    let a = Array1::from(vec.clone());
    let nd = ndarray::Array1::from_vec(vec);
    let idx = Array1::from(indices(&mut rng, PICKS, N));
    let idx_usize: Vec<usize> = idx.iter().map(|&i| i as usize).collect();
    assert_eq!(np!(a[idx]).as_ndarray(), nd.select(Axis(0), &idx_usize));
    let mut g = c.benchmark_group("gather_vec");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(a[idx]))));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(nd.select(Axis(0), &idx_usize)));
    });
    plain_copy(&mut g, PICKS);
    g.finish();
}

fn fancy_write_vec(c: &mut Criterion) {
    let mut rng = Rng(9);
    let vec = values_vec(&mut rng);
    // Each side gets its own buffer, both made the way users make them from a `Vec`.
    let mut a = Array1::from(vec.clone());
    let mut nd = ndarray::Array1::from_vec(vec);
    let idx = Array1::from(indices(&mut rng, PICKS, N));
    let idx_usize: Vec<usize> = idx.iter().map(|&i| i as usize).collect();
    // The write is checked once on a copy against ndarray's loop by hand.
    let mut expected = nd.clone();
    idx_usize.iter().for_each(|&i| expected[i] = 0);
    let mut t = a.clone();
    np!(t[idx] = 0);
    assert_eq!(t.as_ndarray(), &expected);
    let mut g = c.benchmark_group("fancy_write_vec");
    g.bench_function("npview", |b| b.iter(|| np!(a[idx] = 0)));
    g.bench_function("ndarray", |b| {
        b.iter(|| idx_usize.iter().for_each(|&i| nd[i] = 0));
    });
    plain_copy(&mut g, PICKS);
    g.finish();
}

fn column_take(c: &mut Criterion) {
    let mut rng = Rng(10);
    let m = matrix(ROWS, COLS);
    let cols = Array1::from(indices(&mut rng, 1000, COLS));
    let cols_usize: Vec<usize> = cols.iter().map(|&i| i as usize).collect();
    assert_eq!(
        np!(m[:, cols]).as_ndarray(),
        m.as_ndarray().select(Axis(1), &cols_usize)
    );
    let mut g = c.benchmark_group("column_take");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(m[:, cols]))));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(m.as_ndarray().select(Axis(1), &cols_usize)));
    });
    // Sized by the output, 1000 of every row's 2500 values, as `gather` is by its picks (the
    // scattered reads touch nearly every cache line of the matrix).
    plain_copy(&mut g, ROWS * 1000);
    g.finish();
}

fn pointwise_pick_vec(c: &mut Criterion) {
    let mut rng = Rng(11);
    // The values of `matrix`, from a `Vec` instead of `arange`, for each side.
    let values: Vec<i64> = (0..(ROWS * COLS) as i64).collect();
    let m = Array2::from_shape_vec((ROWS, COLS), values.clone()).expect("ROWS * COLS values");
    let nd = ndarray::Array2::from_shape_vec((ROWS, COLS), values).expect("ROWS * COLS values");
    let r = Array1::from(indices(&mut rng, PICKS, ROWS));
    let cc = Array1::from(indices(&mut rng, PICKS, COLS));
    let at: Vec<[usize; 2]> = r
        .iter()
        .zip(cc.iter())
        .map(|(&i, &j)| [i as usize, j as usize])
        .collect();
    // ndarray has no pointwise pick: its element index over the pairs, collected.
    let pick = || {
        at.iter()
            .map(|&ij| nd[ij])
            .collect::<ndarray::Array1<i64>>()
    };
    assert_eq!(np!(m[r, cc]).as_ndarray(), &pick());
    let mut g = c.benchmark_group("pointwise_pick_vec");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(m[r, cc]))));
    g.bench_function("ndarray", |b| b.iter(|| black_box(pick())));
    plain_copy(&mut g, PICKS);
    g.finish();
}

fn take_f32(c: &mut Criterion) {
    let mut rng = Rng(12);
    // Made like `values` (from `zeros`), so this row differs from `gather` only in the dtype.
    let mut a = Array1::<f32>::zeros(N);
    a.iter_mut().for_each(|x| *x = rng.below(100) as f32);
    let idx = Array1::from(indices(&mut rng, PICKS, N));
    let idx_usize: Vec<usize> = idx.iter().map(|&i| i as usize).collect();
    assert_eq!(
        np!(a[idx]).as_ndarray(),
        a.as_ndarray().select(Axis(0), &idx_usize)
    );
    let mut g = c.benchmark_group("take_f32");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(a[idx]))));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(a.as_ndarray().select(Axis(0), &idx_usize)));
    });
    // The output is 1M f32, 4 MB: as many bytes as PICKS / 2 int64.
    plain_copy(&mut g, PICKS / 2);
    g.finish();
}

/// How many positions the element loops visit.
const ELEMENTS: usize = 100_000;

/// `ELEMENTS` random positions of the `ROWS` x `COLS` matrix, as `usize` pairs.
fn positions(rng: &mut Rng) -> Vec<(usize, usize)> {
    (0..ELEMENTS)
        .map(|_| (rng.below(ROWS), rng.below(COLS)))
        .collect()
}

fn element_read(c: &mut Criterion) {
    let mut rng = Rng(13);
    let m = matrix(ROWS, COLS);
    let at = positions(&mut rng);
    let nd = m.as_ndarray();
    let mut g = c.benchmark_group("element_read");
    g.bench_function("npview", |b| {
        b.iter(|| at.iter().map(|&(i, j)| np!(m[i, j])).sum::<i64>());
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| at.iter().map(|&(i, j)| nd[[i, j]]).sum::<i64>());
    });
    g.finish();
}

fn element_update(c: &mut Criterion) {
    let mut rng = Rng(14);
    let mut m = matrix(ROWS, COLS);
    // A copy made by npview, on the same kind of pages as `m`.
    let mut nd = m.clone().into_ndarray();
    let at = positions(&mut rng);
    let mut g = c.benchmark_group("element_update");
    g.bench_function("npview", |b| {
        b.iter(|| at.iter().for_each(|&(i, j)| np!(m[i, j] += 1)));
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| at.iter().for_each(|&(i, j)| nd[[i, j]] += 1));
    });
    g.finish();
}

fn print(c: &mut Criterion) {
    let big = npview::arange(1_000_000);
    let small = npview::arange(10_000);
    let mut g = c.benchmark_group("print_1m");
    g.bench_function("npview", |b| {
        b.iter(|| black_box(black_box(&big).to_string()))
    });
    g.finish();
    let mut g = c.benchmark_group("print_10k");
    g.bench_function("npview", |b| {
        b.iter(|| black_box(black_box(&small).to_string()))
    });
    g.finish();
}

criterion_group!(
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = view_of_literal_slice, gather, mask_select, mask_write, fancy_write, row_take,
        strided_copy, overlapping_write, pointwise_pick, gather_vec, fancy_write_vec, column_take,
        pointwise_pick_vec, take_f32, element_read, element_update, print
);
criterion_main!(benches);
