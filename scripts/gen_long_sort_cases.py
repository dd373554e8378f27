#!/usr/bin/env python3
"""NumPy's answers for tests/long_sorts.rs: argsorts of lanes long enough that npview sorts them
by their keys' leading bits (more than 64 values) rather than by comparison, and `np.unique` of
as many values, which must still give NumPy's order.

    pip install numpy; python3 scripts/gen_long_sort_cases.py

Each line is `name integers`: an argsort's indices in C order, or unique values, first indices
or counts, separated by spaces. Default-kind argsorts are asked only of tie-free values, whose
order is unique; values with ties (and NaN, the two zeros, infinities) go through
`kind="stable"`. tests/long_sorts.rs builds the same values from the same formulas.
"""
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "expected" / "long_sorts.txt"


def mixed(n):
    """Ties (1009 values, eighths from -63 to 63), NaN, both zeros and both infinities."""
    k = np.arange(n)
    v = ((k * 7919) % 1009 - 504) / 8.0
    v[k % 97 == 5] = np.nan
    v[k % 101 == 7] = -0.0
    v[k % 89 == 3] = 0.0
    v[k % 211 == 1] = np.inf
    v[k % 223 == 2] = -np.inf
    return v


def spread(n):
    """Distinct values in [0, 100), bunched in a few binary exponents as floats are."""
    k = np.arange(n, dtype=np.uint64)
    return ((k * np.uint64(2654435761)) % np.uint64(2**32)).astype(np.float64) / 2.0**32 * 100.0


def ints(n):
    k = np.arange(n, dtype=np.int64)
    return (k * 7919) % 1013 - 500


def cases():
    s = spread(6000)
    assert np.unique(s).size == s.size, "default-kind cases need tie-free values"
    yield "stable_mixed_5000", np.argsort(mixed(5000), kind="stable")
    yield "spread_5000", np.argsort(spread(5000))
    yield "stable_spread_f32_3000", np.argsort(spread(3000).astype(np.float32), kind="stable")
    yield "stable_int_4000", np.argsort(ints(4000), kind="stable")
    yield "stable_axis0_700x3", np.argsort(mixed(2100).reshape(700, 3), axis=0, kind="stable")
    yield "stable_axis_none_40x100", np.argsort(mixed(4000).reshape(40, 100), axis=None,
                                                kind="stable")
    yield "axis1_3x2000", np.argsort(s.reshape(3, 2000), axis=1)
    yield "axis0_2000x3", np.argsort(s.reshape(2000, 3), axis=0)
    # np.unique sorts too: values, first occurrences (a stable sort when return_index=True)
    # and counts; NaNs collapse into one.
    values, first, counts = np.unique(ints(4000), return_index=True, return_counts=True)
    yield "unique_int_4000_values", values
    yield "unique_int_4000_index", first
    yield "unique_int_4000_counts", counts
    _, first, counts = np.unique(mixed(5000), return_index=True, return_counts=True)
    yield "unique_mixed_5000_index", first
    yield "unique_mixed_5000_counts", counts


def main():
    lines = [f"# NumPy {np.__version__}: scripts/gen_long_sort_cases.py (do not edit)"]
    for name, order in cases():
        lines.append(name + " " + " ".join(str(i) for i in order.ravel()))
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {len(lines) - 1} cases to {OUT}")


if __name__ == "__main__":
    main()
