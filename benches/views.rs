//! NumPy's view functions in npview next to ndarray's equivalents, the copies `flatten` and
//! `ravel` make of a transposed matrix next to a plain copy of the same bytes, and `np.add.at`.
//!
//! Run by `python3 scripts/benchmarks.py`, which adds NumPy's timings from
//! `scripts/numpy_bench.py` (same cases and sizes) and writes `BENCHMARKS.md`.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ndarray::Axis;
use npview::{np, Array1, Array2};

#[path = "../tests/support/rng.rs"]
mod rng;
use rng::Rng;

const ROWS: usize = 4000;
const COLS: usize = 2500;
const N: usize = 10_000_000;
const PICKS: usize = 1_000_000;

fn square() -> Array2<i64> {
    npview::arange(1_000_000).into_reshape((1000, 1000))
}

fn view_functions(c: &mut Criterion) {
    let m = square();
    let nd = m.as_ndarray();
    let mut g = c.benchmark_group("view_transpose");
    g.bench_function("npview", |b| b.iter(|| black_box(np!(black_box(&m).T))));
    g.bench_function("ndarray", |b| b.iter(|| black_box(black_box(nd).t())));
    g.finish();
    let mut g = c.benchmark_group("view_swapaxes");
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.swapaxes(black_box(&m), 0, 1))))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| {
            let mut v = black_box(nd).view();
            v.swap_axes(0, 1);
            black_box(v)
        })
    });
    g.finish();
    let mut g = c.benchmark_group("view_expand_dims");
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.expand_dims(black_box(&m), 0))))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(black_box(nd).view().insert_axis(Axis(0))))
    });
    g.finish();
}

/// A plain copy of `len` int64 values into a buffer that already exists.
fn plain_copy(g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>, len: usize) {
    let src = vec![1i64; len];
    let mut dst = vec![0i64; len];
    g.bench_function("copy", |b| {
        b.iter(|| {
            dst.copy_from_slice(black_box(&src));
            black_box(&dst);
        })
    });
}

fn copies_of_a_transpose(c: &mut Criterion) {
    let m = npview::arange((ROWS * COLS) as i64).into_reshape((ROWS, COLS));
    let nd = m.as_ndarray();
    let mut g = c.benchmark_group("flatten_transposed");
    g.sample_size(20);
    g.bench_function("npview", |b| b.iter(|| black_box(np!(m.T.flatten()))));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(nd.t().iter().copied().collect::<ndarray::Array1<i64>>()))
    });
    plain_copy(&mut g, ROWS * COLS);
    g.finish();
    let mut g = c.benchmark_group("ravel_transposed");
    g.sample_size(20);
    g.bench_function("npview", |b| b.iter(|| black_box(np!(m.T.ravel()))));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(nd.t().as_standard_layout().into_owned()))
    });
    plain_copy(&mut g, ROWS * COLS);
    g.finish();
}

fn add_at(c: &mut Criterion) {
    let mut rng = Rng(12);
    let idx: Vec<isize> = (0..PICKS).map(|_| rng.below(N) as isize).collect();
    let a = Array1::<i64>::zeros(N);
    let mut g = c.benchmark_group("add_at");
    g.sample_size(20);
    g.bench_function("npview", |b| {
        b.iter_batched_ref(
            || a.clone(),
            |a: &mut Array1<i64>| np!(np.add.at(a, idx, 1)),
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

criterion_group!(benches, view_functions, copies_of_a_transpose, add_at);
criterion_main!(benches);
