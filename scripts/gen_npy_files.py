#!/usr/bin/env python3
"""The .npy/.npz files tests/npy.rs reads: written by NumPy (`pip install numpy; python3
scripts/gen_npy_files.py`). Each file's contents follow a rule the test restates:

- int64_3x4.npy: np.arange(12).reshape(3, 4)
- float32_5.npy: np.arange(5, dtype=np.float32) / 4
- bool_2x2.npy: np.array([[True, False], [False, True]])
- fortran_2x3.npy: np.asfortranarray(np.arange(6).reshape(2, 3)) (Fortran order on disk)
- uint8_empty.npy: np.zeros((0, 3), dtype=np.uint8)
- pair.npz: np.savez(x=np.arange(3), y=np.arange(4.0))

`--check DIR` instead reads the files npview wrote into DIR (examples/npy_roundtrip.rs) and
checks them against the same rules, so NumPy confirms it reads what npview writes.
"""
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "npy"


def expected():
    return {
        "int64_3x4.npy": np.arange(12).reshape(3, 4),
        "float32_5.npy": np.arange(5, dtype=np.float32) / 4,
        "bool_2x2.npy": np.array([[True, False], [False, True]]),
        "fortran_2x3.npy": np.asfortranarray(np.arange(6).reshape(2, 3)),
        "uint8_empty.npy": np.zeros((0, 3), dtype=np.uint8),
    }


def write():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, a in expected().items():
        np.save(OUT / name, a)
    np.savez(OUT / "pair.npz", x=np.arange(3), y=np.arange(4.0))


def check(directory):
    d = Path(directory)
    for name, a in expected().items():
        got = np.load(d / name)
        assert got.dtype == a.dtype, (name, got.dtype, a.dtype)
        np.testing.assert_array_equal(got, a, err_msg=name)
    with np.load(d / "pair.npz") as z:
        np.testing.assert_array_equal(z["x"], np.arange(3))
        assert z["x"].dtype == np.int64
        np.testing.assert_array_equal(z["y"], np.arange(4.0))
    print(f"NumPy {np.__version__} read {len(expected()) + 1} files npview wrote: all as expected")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--check":
        check(sys.argv[2])
    else:
        write()
