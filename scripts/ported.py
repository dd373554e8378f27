#!/usr/bin/env python3
"""Three NumPy scripts that examples/ported.rs ports line by line into np! blocks; this writes
what NumPy prints for each into tests/expected/ported/<name>.txt (checked by tests/ported.rs).

    python3 scripts/ported.py      # needs numpy
"""
import contextlib
import io
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "expected" / "ported"


def threshold():
    img = np.array([[12, 200, 37], [90, 255, 0], [128, 64, 180]], dtype=np.uint8)
    print(img.shape, img.ndim, img.size)
    bright = img > 127
    print(bright)
    out = np.where(bright, 255, 0).astype(np.uint8)
    print(out)
    norm = img / 255
    print(norm.round(2))
    img[img < 50] = 50
    print(img)
    print(img.T)


def cleaning():
    t = np.array([21.5, np.nan, 23.1, -999.0, 22.8, 24.0])
    t[t == -999.0] = np.nan
    ok = ~np.isnan(t)
    print(ok)
    print(t[ok])
    f = t * 9 / 5 + 32
    print(f)
    print(np.clip(f, 70, 75))
    print(np.round(f, 1))
    c = np.where(np.isnan(t), 0.0, t)
    print(c)
    print(np.isclose(c, 22.8), np.allclose(c, c))
    print(c[2] > 20, 182.0, 1e-06, 0.1, 2 ** 0.5)


def jacobi():
    u = np.zeros((5, 5))
    u[0, :] = 100.0
    for _ in range(3):
        u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0
    print(u)
    print(u.shape, u[1:-1, 1:-1] @ np.array([1.0, 1.0, 1.0]))


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for run in (threshold, cleaning, jacobi):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            run()
        (OUT / f"{run.__name__}.txt").write_text(buf.getvalue())


if __name__ == "__main__":
    main()
