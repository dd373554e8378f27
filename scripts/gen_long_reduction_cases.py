#!/usr/bin/env python3
"""NumPy's answers for tests/long_reductions.rs: reductions long enough that npview walks them
in parts side by side (float sums: the quarters of one long run's pairwise tree, or four short
runs at once; counts of an expression and expressions collected into a new array: four
streams), which must still give NumPy's answers, float sums to the last bit
(`pip install numpy; python3 scripts/gen_long_reduction_cases.py`).

Each line is `name value`: a float's `repr` (which round-trips exactly), an integer, or an
error as `Class: message`. The inputs are `x[k] = 1.0 / (k + 1.0) + k * 1e-7` (float64, or
that cast to float32), whose sums depend on the order of the additions, and `k` itself;
tests/long_reductions.rs builds the same values.
"""
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "expected" / "long_reductions.txt"


def values(n, dtype=np.float64):
    k = np.arange(n)
    return (1.0 / (k + 1.0) + k * 1e-7).astype(dtype)


def naive(a):
    acc = a.dtype.type(0)
    for v in a:
        acc = acc + v
    return acc


def cases():
    # One run: below, at and above the length from which it is summed as four quarters, and
    # lengths whose quarters' trees differ by a block.
    for n in [32767, 32768, 100003, 262144 + 136, 1000001]:
        x = values(n)
        assert np.sum(x) != naive(x), "the case must tell summation orders apart"
        yield f"sum_{n}", np.sum(x)
        yield f"mean_{n}", np.mean(x)
        yield f"var_{n}", np.var(x)
        x32 = values(n, np.float32)
        yield f"sum_f32_{n}", np.sum(x32)
    # Rows (contiguous runs, each its own output), summed four at a time: whole batches and
    # leftover rows, rows shorter than 8 and than a block, and rows long enough for quarters.
    for rows, cols in [(9, 2500), (4, 7), (7, 130), (5, 1000), (3, 40000)]:
        m = values(rows * cols).reshape(rows, cols)
        for r, s in enumerate(np.sum(m, axis=1)):
            yield f"rows_{rows}x{cols}_sum_{r}", s
        for r, s in enumerate(np.var(m, axis=1)):
            yield f"rows_{rows}x{cols}_var_{r}", s
    # Several runs into one output: each output adds its runs' sums one after another.
    t = values(6 * 5 * 300).reshape(6, 5, 300)
    for j, s in enumerate(np.sum(t, axis=(0, 2))):
        yield f"runs_6x5x300_axes02_{j}", s
    for j, s in enumerate(np.mean(t, axis=(0, 2))):
        yield f"runs_6x5x300_mean_axes02_{j}", s
    # More short runs than one chunk (4096) of runs summed side by side: each output still adds
    # its runs in walk order, across chunks.
    t = values(4100 * 3 * 5).reshape(4100, 3, 5)
    for j, s in enumerate(np.sum(t, axis=(0, 2))):
        yield f"runs_4100x3x5_axes02_{j}", s
    for j, s in enumerate(np.mean(t, axis=(0, 2))):
        yield f"runs_4100x3x5_mean_axes02_{j}", s
    m = values(4099 * 7).reshape(4099, 7)
    yield "rows_4099x7_sum_of_sums", np.sum(m, axis=1).sum()
    for r in [0, 1024, 2048, 3072, 4095, 4096, 4098]:
        yield f"rows_4099x7_sum_{r}", np.sum(m, axis=1)[r]
    # The sum of a transposed matrix along its axis 0 is a sum along memory's rows.
    m = values(11 * 900).reshape(11, 900)
    for j, s in enumerate(np.sum(m.T, axis=0)):
        yield f"transposed_11x900_{j}", s
    # Counts of an expression over one long array: four streams and the values they leave.
    for n in [65535, 65536, 100003, 1000001]:
        x = values(n)
        k = np.arange(n)
        yield f"count_{n}", np.count_nonzero(x > 0.001)
        yield f"count_int_{n}", np.count_nonzero(k % 7 == 3)
        # An error only the last stream meets: NumPy raises it however late it comes.
        try:
            np.count_nonzero(k ** np.where(k == n - 1, -1, 1) > 5)
        except ValueError as e:
            yield f"count_error_{n}", f"ValueError: {e}"
        # Expressions collected into a new array (four streams from 65536 values): each value in
        # its place (the sum weights each by its position), and an error only the last meets.
        y = np.clip(x, 0.0005, 0.5) * k
        yield f"collect_{n}", np.sum(y)
        try:
            k ** np.where(k == n - 1, -1, 1)
        except ValueError as e:
            yield f"collect_error_{n}", f"ValueError: {e}"


def value(v):
    if isinstance(v, str):
        return v
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    return repr(float(v)) if v.dtype == np.float64 else repr(v.item())


def main():
    lines = [f"{name} {value(v)}" for name, v in cases()]
    OUT.write_text(f"# NumPy {np.__version__}: scripts/gen_long_reduction_cases.py (do not edit)\n" + "\n".join(lines) + "\n")
    print(f"{len(lines)} cases -> {OUT}")


if __name__ == "__main__":
    main()
