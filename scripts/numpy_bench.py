#!/usr/bin/env python3
"""NumPy's side of benches/indexing.rs: the same cases and sizes, timed the same way.

Prints one JSON object: case name -> median seconds of one operation. Run by
scripts/benchmarks.py on the same machine, right after the Rust benchmarks.
Each sample times enough repetitions to last about 2 ms (like timeit's autorange); operations
that change their input get a fresh copy before each sample, outside the timed part.
The `_vec` cases (npview on an array built from a user's `Vec`) are not measured again: NumPy
makes every array's buffer itself, so they report the time of the case they repeat.
"""
import json
import sys
import time

import numpy as np

N = 10_000_000
PICKS = 1_000_000
ROWS, COLS = 4000, 2500
SAMPLES = 30
ELEMENTS = 100_000


def median_time(op, reset=None, samples=SAMPLES):
    """Median seconds per call of op(); reset() (untimed) runs before every sample."""
    if reset:
        reset()
    op()  # warm-up
    start = time.perf_counter()
    reps = 0
    while time.perf_counter() - start < 0.002:
        op()
        reps += 1
    reps = 1 if reset else max(reps, 1)
    times = []
    for _ in range(samples):
        if reset:
            reset()
        t0 = time.perf_counter()
        for _ in range(reps):
            op()
        times.append((time.perf_counter() - t0) / reps)
    times.sort()
    return times[len(times) // 2]


def expression_cases(rng):
    """benches/expressions.rs: float64 values in -100..100, 10M (2000x2000 for Jacobi)."""
    f = lambda n: rng.integers(0, 20_000, n) / 100.0 - 100.0
    a, b, d, e, g = (f(N) for _ in range(5))
    grid = f(2000 * 2000).reshape(2000, 2000)
    u = grid.copy()
    out = np.zeros(N)

    def fresh_grid():
        u[...] = grid

    def jacobi():
        u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0

    return {
        "jacobi": median_time(jacobi, reset=fresh_grid),
        "scale_add": median_time(lambda: a * 2.0 + b),
        "where": median_time(lambda: np.where(a > 0, a, 0)),
        "clip": median_time(lambda: np.clip(a, 0, 100)),
        "clip_into": median_time(lambda: np.clip(a, 0, 100, out=out)),
        "five_operands": median_time(lambda: a * b + d * e - g),
    }


def view_cases(rng):
    """benches/views.rs: making views, copies of a transpose, np.add.at."""
    square = np.arange(1000 * 1000, dtype=np.int64).reshape(1000, 1000)
    m = np.arange(ROWS * COLS, dtype=np.int64).reshape(ROWS, COLS)
    idx = rng.integers(0, N, PICKS)
    a = np.zeros(N, dtype=np.int64)
    return {
        "view_transpose": median_time(lambda: square.T),
        "view_swapaxes": median_time(lambda: np.swapaxes(square, 0, 1)),
        "view_expand_dims": median_time(lambda: np.expand_dims(square, 0)),
        "flatten_transposed": median_time(lambda: m.T.flatten()),
        "ravel_transposed": median_time(lambda: m.T.ravel()),
        "add_at": median_time(lambda: np.add.at(a, idx, 1)),
    }


def reduction_cases(rng):
    """benches/reductions.rs: sums, counts, argsort and concatenate."""
    f = lambda n: rng.integers(0, 20_000, n) / 100.0 - 100.0
    a = f(N)
    ints = rng.integers(0, 100, N, dtype=np.int64)
    m = f(ROWS * COLS).reshape(ROWS, COLS)
    s = f(1_000_000)
    x, y = np.arange(5_000_000), np.arange(5_000_000)
    return {
        "sum_f64": median_time(lambda: a.sum()),
        "mean_f64": median_time(lambda: a.mean()),
        "count_nonzero_mask": median_time(lambda: np.count_nonzero(ints > 25)),
        "sum_axis0": median_time(lambda: m.sum(axis=0)),
        "sum_axis1": median_time(lambda: m.sum(axis=1)),
        "argsort_f64": median_time(lambda: np.argsort(s)),
        "concatenate": median_time(lambda: np.concatenate((x, y))),
    }


def main():
    rng = np.random.default_rng(20261125)
    a = rng.integers(0, 100, N, dtype=np.int64)
    work = a.copy()

    def fresh():
        work[:] = a

    idx = rng.integers(0, N, PICKS)
    m = np.arange(ROWS * COLS, dtype=np.int64).reshape(ROWS, COLS)
    square = np.arange(1000 * 1000, dtype=np.int64).reshape(1000, 1000)
    rows = rng.integers(0, ROWS, 1000)
    r, c = rng.integers(0, ROWS, PICKS), rng.integers(0, COLS, PICKS)
    cols = rng.integers(0, COLS, 1000)
    a32 = rng.integers(0, 100, N).astype(np.float32)
    big, small = np.arange(1_000_000), np.arange(10_000)

    # Element loops: 100k random positions as Python ints, read and updated one at a time as
    # a ported loop does (its own generator, so the draws of the cases below do not change).
    at = [(int(i), int(j)) for i, j in zip(*np.random.default_rng(14).integers(
        0, (ROWS, COLS), (ELEMENTS, 2)).T)]
    grid = m.copy()

    def element_read():
        return sum(m[i, j] for i, j in at)

    def element_update():
        for i, j in at:
            grid[i, j] += 1

    def mask_write():
        work[work > 25] = 0

    def fancy_write():
        work[idx] = 0

    def overlapping_write():
        work[1:] = work[:-1]

    results = {
        "view_literal_slice": median_time(lambda: square[1:4, ::2]),
        "gather": median_time(lambda: a[idx]),
        "mask_select": median_time(lambda: a[a > 25]),
        "mask_write": median_time(mask_write, reset=fresh),
        "fancy_write": median_time(fancy_write),
        "row_take": median_time(lambda: m[rows]),
        "strided_copy": median_time(lambda: m[::2, ::3].copy()),
        "overlapping_write": median_time(overlapping_write),
        "pointwise_pick": median_time(lambda: m[r, c]),
        "column_take": median_time(lambda: m[:, cols]),
        # `a32[idx]`, not `np.take(a32, idx)`: the same operation, spelled as the Rust side's np!.
        "take_f32": median_time(lambda: a32[idx]),
        "element_read": median_time(element_read, samples=5),
        "element_update": median_time(element_update, samples=5),
        "print_1m": median_time(lambda: str(big)),
        "print_10k": median_time(lambda: str(small)),
    }
    # NumPy has one way to make these arrays (its own allocation, which asks for huge pages
    # under big buffers), so the `_vec` rows repeat the time of the case measured above.
    for case in ("gather", "fancy_write", "pointwise_pick"):
        results[f"{case}_vec"] = results[case]
    results.update(expression_cases(rng))
    results.update(view_cases(rng))
    results.update(reduction_cases(rng))
    json.dump({"numpy": np.__version__, "python": sys.version.split()[0], "seconds": results}, sys.stdout)


if __name__ == "__main__":
    main()
