#!/usr/bin/env python3
"""NumPy's answers for tests/writes_in_bands.rs: writes whose value reads the array being
written (`u[1:-1] = (u[:-2] + u[2:]) / 2.0`), on arrays big enough that npview computes them in
bands of rows and writes each band back behind the reads (`pip install numpy;
python3 scripts/gen_band_cases.py`).

Each case starts from `u` with `u.flat[k] = (k * 37) % 101 - 50` in the case's dtype and shape,
runs its statements in order, and is checked by two numbers of the result: the sum of its
elements and the sum of `u.flat[k] * (k % 13 - 6)`. The values are integers or binary fractions
small enough that both sums are exact, so the order of the additions does not matter.
"""
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "expected" / "bands.txt"

JACOBI = "u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0"

# (name, dtype, shape, statements)
CASES = [
    ("jacobi", "float64", (300, 200), [JACOBI, JACOBI]),
    ("jacobi_f32", "float32", (260, 130), [JACOBI]),
    ("smooth_1d", "float64", (100_000,), ["u[1:-1] = (u[:-2] + u[2:]) / 2.0"]),
    ("shift_up_1d", "int64", (70_001,), ["u[1:] = u[:-1] * 3 + 1"]),
    ("shift_down_1d", "int64", (70_001,), ["u[:-1] = u[1:] - u[:-1]"]),
    ("reversed_1d", "int64", (50_000,), ["u[:] = u[::-1] + u"]),
    ("reversed_target_1d", "int32", (50_000,), ["u[::-1] = u * 2"]),
    ("strided_1d", "float64", (90_000,), ["u[::2] = u[1::2] * 2.0 - u[::2]"]),
    ("columns", "float64", (300, 200), ["u[:, 1:] = u[:, :-1] * 2.0"]),
    ("rows_down", "int32", (300, 200), ["u[1:, :] = u[:-1, :] + 1"]),
    ("rows_up", "int32", (300, 200), ["u[:-1, :] = u[1:, :] - u[:-1, :]"]),
    ("first_row_broadcast", "float64", (400, 150), ["u[1:] = u[1:] - u[0]"]),
    ("first_rows_slice", "float64", (400, 150), ["u[1:] = u[1:] - u[0:1]"]),
    ("element_read", "float64", (400, 100), ["u[...] = u - u[0, 0]"]),
    ("gathered_row", "float64", (400, 100), ["u[1:, :] = u[1:, :] - u[[0], :]"]),
    ("reversed_columns", "float64", (300, 200), ["u[1:, ::-1] = u[:-1, :] * 2.0 + 1.0"]),
    ("last_row_broadcast", "int64", (400, 150), ["u[:-1] = u[:-1] + u[-1]"]),
    ("whole_minus_first_row", "float64", (400, 150), ["u[...] = u - u[0]"]),
    ("reversed_rows", "float64", (300, 200), ["u[:, :] = u[::-1, :] * 0.5 + u"]),
    ("planes", "float64", (40, 30, 50), ["u[1:-1, :, :] = u[:-2] + u[2:] - u[1:-1]"]),
    ("where_clip", "float64", (300, 200), ["u[1:, :] = np.where(u[:-1, :] > 0, u[:-1, :], np.clip(u[1:, :], -5, 5))"]),
    ("mixed_types", "float64", (300, 200), ["u[1:-1, :] = u[2:, :] * 2 + np.abs(u[:-2, :]) - 1"]),
]


def start(dtype, shape):
    k = np.arange(int(np.prod(shape)))
    return ((k * 37) % 101 - 50).astype(dtype).reshape(shape)


def main():
    lines = [f"# NumPy {np.__version__}: scripts/gen_band_cases.py (do not edit)"]
    for name, dtype, shape, stmts in CASES:
        u = start(dtype, shape)
        for stmt in stmts:
            exec(stmt, {"np": np}, {"u": u})
        flat = u.reshape(-1).astype(np.float64)
        weights = (np.arange(flat.size) % 13 - 6).astype(np.float64)
        total, weighted = float(flat.sum()), float((flat * weights).sum())
        # Exact sums (see the docstring): no rounding, so any order gives these.
        assert total == float(sum(flat.tolist())) and abs(total) < 2 ** 50, name
        lines.append(f"{name} {total!r} {weighted!r}")
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
