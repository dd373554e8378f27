#!/usr/bin/env python3
"""Generate tests/data/print_cases.tsv: arrays with NumPy's str() and repr() of each.

One case per line, tab-separated: the print options (precision, threshold, edgeitems,
linewidth, suppress), dtype, shape (comma-separated), the values in C order (space-separated;
floats as the shortest repr that round-trips, so Rust parses the same value), str(a), repr(a);
the two strings with backslash, newline and tab escaped.
`tests/print_cases.rs` reads it, so the tests need no Python. Re-run after changing this:

    pip install numpy
    python3 scripts/gen_print_cases.py
"""

import random
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "print_cases.tsv"
SEED = 20261125

INTS = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]
FLOATS = ["float32", "float64"]


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def value_text(x, dtype):
    if dtype == "bool":
        return "True" if x else "False"
    if dtype in FLOATS:
        v = float(x)
        if np.isnan(v):
            return "nan"
        if np.isinf(v):
            return "inf" if v > 0 else "-inf"
        return repr(v)
    return str(int(x))


def random_floats(rng, n, dtype):
    style = rng.choice(["small", "wide", "round", "mixed", "tiny", "huge", "specials", "halves"])
    out = []
    for _ in range(n):
        if style == "small":
            v = rng.uniform(-10, 10)
        elif style == "wide":
            v = 10 ** rng.uniform(-12, 12) * rng.choice([1, -1])
        elif style == "round":
            v = float(rng.randint(-1000, 1000))
        elif style == "tiny":
            v = 10 ** rng.uniform(-12, -4) * rng.choice([1, -1])
        elif style == "huge":
            v = 10 ** rng.uniform(7, 12) * rng.choice([1, -1])
        elif style == "halves":
            v = rng.randint(-40, 40) / rng.choice([2, 4, 8, 16, 1024])
        elif style == "specials":
            v = rng.choice([float("nan"), float("inf"), float("-inf"), 0.0, -0.0, 1.5, -2.25, 1e-5, 3.0])
        else:
            v = rng.choice([rng.uniform(0, 1), rng.uniform(-1e4, 1e4), 0.1 * rng.randint(0, 100)])
        out.append(v)
    return np.array(out, dtype=dtype)


def random_array(rng, dtype, shape):
    n = int(np.prod(shape)) if shape else 1
    if dtype == "bool":
        data = np.array([rng.random() < 0.5 for _ in range(n)], dtype=bool)
    elif dtype in FLOATS:
        data = random_floats(rng, n, dtype)
    else:
        info = np.iinfo(dtype)
        scale = rng.choice([10, 1000, 10**6, None])
        lo, hi = (int(info.min), int(info.max)) if scale is None else (max(int(info.min), -scale), min(int(info.max), scale))
        data = np.array([rng.randint(lo, hi) for _ in range(n)], dtype=dtype)
    return data.reshape(shape)


def hand_picked():
    f = np.float64
    cases = [
        np.array([1.0, 2.5, -3.25, 0.0]), np.array([0.3, 1.0]), np.array([np.nan, 1.5, -np.inf]),
        np.array([1e-5, 1.0, 1234.5]), np.array([1.5e8, 2.0]), np.array([0.1 + 0.2]),
        np.array([-0.0, 1.0]), np.array([np.nan]), np.array([np.inf, -np.inf]), np.array([1e-300, 1e300]),
        np.array([123456789.0, 1e-9]), np.arange(30) / 7, np.array([1e8, 1.5], dtype=np.float32),
        np.array([0.1, 0.2], dtype=np.float32), np.array([16777217.0, 1.0], dtype=np.float32),
        np.array(f(1.0)), np.array(f(1e20)), np.array(f(1.5e-5)), np.array(np.float32(0.1)),
        np.array(np.float32(1e10)), np.array(np.float32(999999.9)), np.array(np.float32(1e6)),
        np.array(f(9999999999999998.0)), np.array(f(1e16)), np.array(np.nan), np.array(-np.inf),
        np.array(f(-0.0)), np.array(np.float32(1e-4)), np.array([], dtype=np.float64),
        np.zeros((0, 3)), np.zeros((2, 0, 2), dtype=np.float32), np.array([0.125, 0.375]),
        np.arange(1001, dtype=np.float64), np.arange(2000, dtype=np.float64).reshape(40, 50) / 3,
        np.arange(1001), np.arange(1000), np.arange(30), np.arange(24).reshape(2, 3, 4),
        np.arange(120).reshape(2, 3, 4, 5) - 60, np.array([True, False, True]), np.array(True),
        np.array([[True], [False]]), np.arange(3000, dtype=np.int8).reshape(10, 300),
        np.array([-1, 20, 300, -4000]).reshape(2, 2), np.array([1, 2, 3, 10, 100]),
        np.array([[1.5, np.nan], [np.inf, 2.0]]), np.array([1e-4, 1e-3]), np.array([1e-5, np.nan]),
        np.array([0.1, 1e-5, np.nan]), np.array([1.0, np.inf]), np.linspace(0, 1, 1001),
    ]
    return cases


def main():
    rng = random.Random(SEED)
    arrays = hand_picked()
    dtypes = ["bool"] + INTS + FLOATS
    for _ in range(600):
        dtype = rng.choice(dtypes + FLOATS * 2)
        rank = rng.choice([0, 1, 1, 2, 2, 3, 4])
        shape = tuple(rng.choice([0, 1, 2, 3, 4, 5, 7]) for _ in range(rank))
        if rng.random() < 0.08:
            shape = rng.choice([(999,), (1000,), (1001,), (1500,), (10, 101), (3, 334), (2, 5, 101)])
        arrays.append(random_array(rng, dtype, shape))
    defaults = dict(precision=8, threshold=1000, edgeitems=3, linewidth=75, suppress=False)
    cases = [(a, defaults) for a in arrays]
    # Print options: each setting alone, then random mixtures, on random arrays.
    for _ in range(150):
        opts = dict(defaults)
        keys = rng.sample(sorted(defaults), rng.randint(1, 3))
        for k in keys:
            opts[k] = {
                "precision": rng.randint(0, 12),
                "threshold": rng.choice([0, 5, 20, 100, 10**6]),
                "edgeitems": rng.randint(1, 5),
                "linewidth": rng.choice([10, 20, 40, 60, 100, 200]),
                "suppress": True,
            }[k]
        dtype = rng.choice(FLOATS * 3 + ["int64", "bool", "uint8"])
        rank = rng.choice([1, 1, 2, 3])
        shape = tuple(rng.randint(1, 9) for _ in range(rank))
        cases.append((random_array(rng, dtype, shape), opts))
    # Options at their extremes: no room at all, one or two columns, no limit; no edge items.
    extreme = [np.arange(12), np.arange(12).reshape(3, 4), np.arange(24).reshape(2, 3, 4),
               np.array([0.5, -1.25, 100.0, 3.0]), np.array([True, False, True]),
               np.arange(2000)]
    for a in extreme:
        for linewidth in [0, 1, 2, sys.maxsize]:
            cases.append((a, dict(defaults, linewidth=linewidth)))
        for edgeitems in [0, 1, 2, sys.maxsize]:
            for threshold in [0, 5]:
                cases.append((a, dict(defaults, edgeitems=edgeitems, threshold=threshold)))
        cases.append((a, dict(defaults, edgeitems=0, threshold=5, linewidth=0)))
    lines = []
    for a, opts in cases:
        dtype = str(a.dtype)
        shape = ",".join(str(n) for n in a.shape)
        values = " ".join(value_text(x, dtype) for x in a.ravel())
        with np.printoptions(**opts):
            texts = [escape(str(a)), escape(repr(a))]
        options = ",".join(str(opts[k]) for k in ["precision", "threshold", "edgeitems", "linewidth", "suppress"])
        lines.append("\t".join([options, dtype, shape, values] + texts))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT.name}: {len(lines)} arrays")


if __name__ == "__main__":
    main()
