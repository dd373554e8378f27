#!/usr/bin/env python3
"""NumPy's answers for the `rayon` feature's test (tests/parallel.rs): kernels over arrays big
enough to be split over threads, whose results must still be NumPy's to the last bit
(`pip install numpy; python3 scripts/gen_parallel_cases.py`).

Each line is `name value`: a float as its `repr` (which round-trips exactly), an integer, or
an error as `Class: message`.
Results with many elements are given by their sum, in NumPy's order, so the file stays small.
"""
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "expected" / "parallel.txt"

ROWS, COLS = 1000, 1201  # 1,201,000 elements: far above the threshold for splitting


def cases():
    # Values whose sums depend on the order of the additions (the halves of a pairwise sum
    # added in another order give another last bit).
    n = np.arange(ROWS * COLS)
    x = 1.0 / (n + 1.0) + n * 1e-7
    m = x.reshape(ROWS, COLS)
    i = n % 1009 - 500
    f32 = x.astype(np.float32)
    yield "sum", np.sum(x)
    yield "mean", np.mean(x)
    yield "var", np.var(x)
    yield "std", np.std(x)
    yield "sum_f32", np.sum(f32)
    yield "sum_int", np.sum(i)
    yield "sum_rows_total", np.sum(np.sum(m, axis=1))
    yield "sum_rows_first", np.sum(m, axis=1)[0]
    yield "sum_rows_last", np.sum(m, axis=1)[-1]
    yield "sum_cols_total", np.sum(np.sum(m, axis=0))
    yield "mean_rows_total", np.sum(np.mean(m, axis=1))
    yield "sum_transposed_rows_total", np.sum(np.sum(m.T, axis=1))
    yield "expr_total", np.sum(x * 2 - x / 3)
    yield "expr_broadcast_total", np.sum(m + m[0])
    yield "expr_int_total", np.sum(i * i // 7)
    yield "where_total", np.sum(np.where(x > 0.05, x, -x))
    yield "count_nonzero", np.count_nonzero(x > 0.06)
    yield "count_nonzero_int", np.count_nonzero(i % 3 == 0)
    # Gathers (`a[idx]`, indices spread over the array, a third of them negative) and mask
    # selects (fused: the comparison is not built into a mask first).
    idx = (n[: ROWS * COLS // 2] * 7919) % (ROWS * COLS)
    idx = np.where(idx % 3 == 0, idx - ROWS * COLS, idx)
    yield "take_total", np.sum(x[idx])
    yield "take_int_total", np.sum(i[idx])
    yield "take_first", x[idx][0]
    yield "take_last", x[idx][-1]
    yield "mask_total", np.sum(x[x > 0.06])
    yield "mask_count", len(x[x > 0.06])
    yield "mask_flipped_total", np.sum(x[0.06 < x])
    yield "mask_int_total", np.sum(i[i > 100])
    yield "mask_int_count", len(i[i > 100])
    try:
        x[np.append(idx, ROWS * COLS)]
    except IndexError as e:
        yield "take_error", f"IndexError: {e}"
    y = x.copy()
    y[:] = x * 3
    yield "write_total", np.sum(y)
    z = m.copy()
    z[:, ::2] = m[:, ::2] + 1
    yield "write_strided_total", np.sum(z)


def value(v):
    if isinstance(v, str):
        return v
    if isinstance(v, (np.floating, float)):
        return repr(float(v)) if isinstance(v, np.float64) else repr(v.item())
    return str(int(v))


def main():
    lines = [f"{name} {value(v)}" for name, v in cases()]
    OUT.write_text(
        f"# NumPy {np.__version__}: scripts/gen_parallel_cases.py (do not edit)\n"
        + "\n".join(lines)
        + "\n"
    )
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
