//! NumPy's reductions, sorting and joining in npview next to ndarray's equivalents: sums and
//! means of 10M float64, `count_nonzero(a > 25)` (fused: no mask is built), sums along each
//! axis of a 4000x2500 matrix, `argsort` of 1M float64, and `concatenate` of two 40 MB arrays
//! next to a plain copy of the same bytes.
//!
//! Run by `python3 scripts/benchmarks.py`, which adds NumPy's timings from
//! `scripts/numpy_bench.py` (same cases and sizes) and writes `BENCHMARKS.md`.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use ndarray::Axis;
use npview::{np, Array1, Array2};

#[path = "support/floats.rs"]
mod floats;
#[path = "../tests/support/rng.rs"]
mod rng;
use floats::floats;
use rng::Rng;

const N: usize = 10_000_000;
const ROWS: usize = 4000;
const COLS: usize = 2500;

fn whole_array(c: &mut Criterion) {
    let mut rng = Rng(20261126);
    let a = floats(&mut rng, N);
    let nd = a.as_ndarray();
    let mut g = c.benchmark_group("sum_f64");
    g.sample_size(30);
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.sum(black_box(&a)))))
    });
    g.bench_function("ndarray", |b| b.iter(|| black_box(black_box(nd).sum())));
    g.finish();
    let mut g = c.benchmark_group("mean_f64");
    g.sample_size(30);
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.mean(black_box(&a)))))
    });
    g.bench_function("ndarray", |b| b.iter(|| black_box(black_box(nd).mean())));
    g.finish();
    let mut ints = Array1::<i64>::zeros(N);
    ints.iter_mut().for_each(|x| *x = rng.below(100) as i64);
    let nd = ints.as_ndarray();
    let mut g = c.benchmark_group("count_nonzero_mask");
    g.sample_size(30);
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.count_nonzero(black_box(&ints) > 25))))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(black_box(nd).iter().filter(|&&x| x > 25).count()))
    });
    g.finish();
}

fn along_axes(c: &mut Criterion) {
    let mut rng = Rng(7);
    let m: Array2<f64> = floats(&mut rng, ROWS * COLS).into_reshape((ROWS, COLS));
    let nd = m.as_ndarray();
    let mut g = c.benchmark_group("sum_axis0");
    g.sample_size(30);
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.sum(black_box(&m), axis = 0))))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(black_box(nd).sum_axis(Axis(0))))
    });
    g.finish();
    let mut g = c.benchmark_group("sum_axis1");
    g.sample_size(30);
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.sum(black_box(&m), axis = 1))))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(black_box(nd).sum_axis(Axis(1))))
    });
    g.finish();
}

fn sorting_and_joining(c: &mut Criterion) {
    let mut rng = Rng(11);
    let a = floats(&mut rng, 1_000_000);
    let mut g = c.benchmark_group("argsort_f64");
    g.sample_size(20);
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.argsort(black_box(&a)))))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| {
            let v = black_box(&a);
            let mut idx: Vec<usize> = (0..v.len()).collect();
            idx.sort_by(|&i, &j| v[i].total_cmp(&v[j]));
            black_box(idx)
        })
    });
    g.finish();
    // Two arrays of 5M int64 (40 MB each).
    let x = npview::arange(5_000_000);
    let y = npview::arange(5_000_000);
    let mut g = c.benchmark_group("concatenate");
    g.sample_size(20);
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.concatenate((black_box(&x), black_box(&y))))))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| {
            black_box(
                ndarray::concatenate(Axis(0), &[x.as_ndarray().view(), y.as_ndarray().view()])
                    .unwrap(),
            )
        })
    });
    let src = vec![1i64; 2 * 5_000_000];
    let mut dst = vec![0i64; 2 * 5_000_000];
    g.bench_function("copy", |b| {
        b.iter(|| {
            dst.copy_from_slice(black_box(&src));
            black_box(&dst);
        })
    });
    g.finish();
}

criterion_group!(benches, whole_array, along_axes, sorting_and_joining);
criterion_main!(benches);
