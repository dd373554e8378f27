//! npview's element-wise expressions next to ndarray's operators (or the same loop written with
//! ndarray's `Zip`) and a plain copy of the output's bytes.
//!
//! Run by `python3 scripts/benchmarks.py`, which adds NumPy's timings from
//! `scripts/numpy_bench.py` (same cases, same sizes) and writes `BENCHMARKS.md`. Each case is a
//! criterion group `<case>` with functions `npview` and, where ndarray has the operation,
//! `ndarray`.

#![allow(missing_docs)]
// criterion_group! generates undocumented items
// ndarray's `s![1..-1]` counts `-1` from the end, which clippy reads as an empty Rust range.
#![allow(clippy::reversed_empty_ranges)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ndarray::{s, Zip};
use npview::{np, Array1, Array2};

#[path = "support/floats.rs"]
mod floats;
#[path = "../tests/support/rng.rs"]
mod rng;
use floats::floats;
use rng::Rng;

const N: usize = 10_000_000;
const SIDE: usize = 2000;

/// One Jacobi relaxation step on a 2000x2000 grid, in place.
fn jacobi(c: &mut Criterion) {
    let mut rng = Rng(7);
    let grid = floats(&mut rng, SIDE * SIDE).into_reshape((SIDE, SIDE));
    let mut g = c.benchmark_group("jacobi");
    g.sample_size(20);
    g.bench_function("npview", |b| {
        b.iter_batched_ref(
            || grid.clone(),
            |u: &mut Array2<f64>| {
                np!(u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0);
            },
            BatchSize::LargeInput,
        );
    });
    // The same step by hand: the four neighbours zipped into a new array, then written back
    // (the right side must be computed before the grid changes).
    g.bench_function("ndarray", |b| {
        b.iter_batched_ref(
            || grid.clone().into_ndarray(),
            |u: &mut ndarray::Array2<f64>| {
                let next = Zip::from(u.slice(s![..-2, 1..-1]))
                    .and(u.slice(s![2.., 1..-1]))
                    .and(u.slice(s![1..-1, ..-2]))
                    .and(u.slice(s![1..-1, 2..]))
                    .map_collect(|a, b, c, d| (a + b + c + d) / 4.0);
                u.slice_mut(s![1..-1, 1..-1]).assign(&next);
            },
            BatchSize::LargeInput,
        );
    });
    g.finish();
}

fn scale_and_add(c: &mut Criterion) {
    let mut rng = Rng(8);
    let (a, b) = (floats(&mut rng, N), floats(&mut rng, N));
    let (na, nb) = (a.as_ndarray(), b.as_ndarray());
    let mut g = c.benchmark_group("scale_add");
    g.sample_size(20);
    g.bench_function("npview", |bch| bch.iter(|| black_box(np!(a * 2.0 + b))));
    g.bench_function("ndarray", |bch| bch.iter(|| black_box(na * 2.0 + nb)));
    g.finish();
}

fn where_positive(c: &mut Criterion) {
    let mut rng = Rng(9);
    let a = floats(&mut rng, N);
    let na = a.as_ndarray();
    let mut g = c.benchmark_group("where");
    g.sample_size(20);
    g.bench_function("npview", |b| {
        b.iter(|| black_box(np!(np.where(a > 0, a, 0))))
    });
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(na.mapv(|x| if x > 0.0 { x } else { 0.0 })))
    });
    g.finish();
}

fn clip(c: &mut Criterion) {
    let mut rng = Rng(10);
    let a = floats(&mut rng, N);
    let na = a.as_ndarray();
    let mut g = c.benchmark_group("clip");
    g.sample_size(20);
    g.bench_function("npview", |b| b.iter(|| black_box(np!(np.clip(a, 0, 100)))));
    g.bench_function("ndarray", |b| {
        b.iter(|| black_box(na.mapv(|x| x.clamp(0.0, 100.0))))
    });
    g.finish();
}

/// The same clip into an array that already exists: no fresh pages to fault in, which is most
/// of the time of `clip` above (NumPy: `np.clip(a, 0, 100, out=out)`).
fn clip_into(c: &mut Criterion) {
    let mut rng = Rng(10);
    let a = floats(&mut rng, N);
    let na = a.as_ndarray();
    let mut out = np!(np.zeros(N));
    let mut nout = ndarray::Array1::<f64>::zeros(N);
    let mut g = c.benchmark_group("clip_into");
    g.sample_size(20);
    g.bench_function("npview", |b| b.iter(|| np!(out[:] = np.clip(a, 0, 100))));
    g.bench_function("ndarray", |b| {
        b.iter(|| {
            Zip::from(&mut nout)
                .and(na)
                .for_each(|o, &x| *o = x.clamp(0.0, 100.0))
        })
    });
    g.finish();
    black_box((out, nout));
}

fn five_operands(c: &mut Criterion) {
    let mut rng = Rng(11);
    let (a, b, d, e, f) = (
        floats(&mut rng, N),
        floats(&mut rng, N),
        floats(&mut rng, N),
        floats(&mut rng, N),
        floats(&mut rng, N),
    );
    let nd = |x: &Array1<f64>| x.as_ndarray().clone();
    let (na, nb, ndd, ne, nf) = (nd(&a), nd(&b), nd(&d), nd(&e), nd(&f));
    let mut g = c.benchmark_group("five_operands");
    g.sample_size(20);
    g.bench_function("npview", |bch| {
        bch.iter(|| black_box(np!(a * b + d * e - f)))
    });
    g.bench_function("ndarray", |bch| {
        bch.iter(|| black_box(&na * &nb + &ndd * &ne - &nf))
    });
    g.finish();
}

criterion_group!(
    benches,
    jacobi,
    scale_and_add,
    where_positive,
    clip,
    clip_into,
    five_operands
);
criterion_main!(benches);
