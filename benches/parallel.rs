//! The `rayon` feature: the kernels it splits over threads, each timed in a pool of one thread
//! (not split) and in rayon's default pool (one thread per core), on the sizes of the
//! single-threaded benchmarks: fused expressions over 10M float64, a fused write, whole-array
//! and axis reductions, `count_nonzero` of a comparison, a gather and a fused mask select.
//!
//! Run by `python3 scripts/benchmarks.py` (`cargo bench --features rayon --bench parallel`),
//! which writes the speed-ups into `BENCHMARKS.md`.

#![allow(missing_docs)] // criterion_group! generates undocumented items

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
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

/// Time `f` in a pool of one thread and in rayon's default pool, as `group/one_thread` and
/// `group/threads`.
fn both_pools(c: &mut Criterion, group: &str, mut f: impl FnMut() + Send) {
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a pool of one thread");
    let mut g = c.benchmark_group(group);
    g.sample_size(20);
    g.bench_function("one_thread", |b| one.install(|| b.iter(&mut f)));
    g.bench_function("threads", |b| b.iter(&mut f));
    g.finish();
}

fn kernels(c: &mut Criterion) {
    let mut rng = Rng(20261126);
    let a = floats(&mut rng, N);
    let b = floats(&mut rng, N);
    let m: Array2<f64> = floats(&mut rng, ROWS * COLS).into_reshape((ROWS, COLS));
    let mut out = Array1::<f64>::zeros(N);

    both_pools(c, "par_scale_add", || {
        black_box(np!(black_box(&a) * 2.0 + black_box(&b)));
    });
    both_pools(c, "par_where", || {
        black_box(np!(np.where(black_box(&a) > 0, a, 0)));
    });
    both_pools(c, "par_write", || {
        np!(out[:] = black_box(&a) * 2.0 + b);
        black_box(&out);
    });
    both_pools(c, "par_sum", || {
        black_box(np!(np.sum(black_box(&a))));
    });
    both_pools(c, "par_mean", || {
        black_box(np!(np.mean(black_box(&a))));
    });
    both_pools(c, "par_sum_axis1", || {
        black_box(np!(np.sum(black_box(&m), axis = 1)));
    });
    both_pools(c, "par_count_nonzero", || {
        black_box(np!(np.count_nonzero(black_box(&a) > 25.0)));
    });
    let idx: Array1<i64> = Array1::from(
        (0..1_000_000)
            .map(|_| rng.below(N) as i64)
            .collect::<Vec<_>>(),
    );
    both_pools(c, "par_gather", || {
        black_box(np!(black_box(&a)[idx]));
    });
    both_pools(c, "par_mask_select", || {
        black_box(np!(black_box(&a)[a > 25.0]));
    });
}

criterion_group!(benches, kernels);
criterion_main!(benches);
