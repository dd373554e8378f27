#!/usr/bin/env python3
"""The copies-vs-views lesson in NumPy: the specification of examples/parts/*.rs.

Each part prints what the matching Rust example must print, byte for byte. Run it to refresh
tests/expected/lesson/*.txt (`pip install numpy; python3 scripts/lesson.py`).
"""

import contextlib
import io
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "expected" / "lesson"


def views():
    # Slicing gives a view: the same memory under another name.
    arr = np.array([10, 20, 30, 40, 50])
    view = arr[1:4]
    print(view)
    view[0] = 999
    print(view)
    print(arr)
    print("view.base is arr:", view.base is arr)
    # Every basic index is a view, also on several axes at once.
    m = np.arange(12).reshape(3, 4)
    col = m[:, 1]
    col[:] = 0
    print(m)
    print(m[::2, ::-1])
    print("m[1, 2] =", m[1, 2])
    row = m[1]
    row += 100
    print(m)


def copies():
    # .copy() makes new memory: writing to it leaves the original alone.
    arr = np.array([10, 20, 30, 40, 50])
    copy = arr[1:4].copy()
    copy[0] = 999
    print(copy)
    print(arr)
    print("copy.base is None:", copy.base is None)
    view = arr[1:4]
    print("view.base is arr:", view.base is arr)
    print("view of a view, base is arr:", view[1:].base is arr)
    print("shares memory:", np.shares_memory(arr, view), np.shares_memory(arr, copy))


def fancy_and_masks():
    # Fancy (integer-array) and boolean indexing always copy.
    arr = np.array([10, 20, 30, 40, 50])
    picked = arr[[0, 2, 4]]
    picked[0] = -1
    print(picked)
    print(arr)
    big = arr[arr > 25]
    print(big)
    print("shares memory:", np.shares_memory(arr, picked), np.shares_memory(arr, big))
    # ...but assigning through them writes in place.
    arr[[0, 2]] = 0
    print(arr)
    arr[arr > 25] += 1
    print(arr)
    # reshape is a view when the strides allow it, a copy when they do not.
    a = np.arange(6)
    b = a.reshape(2, 3)
    print(b)
    print("a, b share memory:", np.shares_memory(a, b))
    c = b.T.reshape(6)
    print(c)
    print("a, c share memory:", np.shares_memory(a, c))
    evens, odds = a[::2], a[1::2]
    print("may share:", np.may_share_memory(evens, odds), "shares:", np.shares_memory(evens, odds))


def exercise():
    # Practice: which of these lines change `data`?
    data = np.arange(10)
    a = data[2:5]
    a[:] = -1
    b = data[[7, 8]]
    b[:] = -2
    c = data[data > 7]
    c[:] = -3
    data[data % 2 == 1] *= 10
    print(data)
    print(a, b, c)
    print("views:", np.shares_memory(data, a), np.shares_memory(data, b), np.shares_memory(data, c))


def pitfalls():
    # Pitfall 1: a slice you meant as a copy writes through to the original.
    scores = np.array([88, 92, 79, 65, 95])
    top = scores[:3]
    top[:] = 100
    print(scores)
    scores = np.array([88, 92, 79, 65, 95])
    top = scores[:3].copy()
    top[:] = 100
    print(scores, top)
    # Pitfall 2: assigning into a fancy-indexed copy changes nothing (np! rejects it).
    scores = np.array([88, 92, 79, 65, 95])
    scores[[0, 2]][0] = 0
    print(scores)
    scores[[0, 2]] = 0
    print(scores)
    mask = scores > 90
    scores[mask] = 90
    print(scores)




def more_views():
    # ravel is a view when it can be (C-contiguous memory); flatten always copies.
    m = np.array([[0, 1, 2], [3, 4, 5]])
    r = m.ravel()
    f = m.flatten()
    r[0] = 100
    f[1] = -1
    print(m)
    print("ravel shares memory:", np.shares_memory(m, r), "flatten:", np.shares_memory(m, f))
    # .T is a view: writing through it changes m.
    t = m.T
    t[2, 1] = 0
    print(m)
    print("m.T.base is m:", m.T.base is m)
    # The transpose is not C-contiguous, so its ravel has to copy.
    print("m.T.ravel() shares memory:", np.shares_memory(m, m.T.ravel()))
    # broadcast_to repeats one row without copying it: a read-only view.
    b = np.broadcast_to(np.array([1, 2, 3]), (2, 3))
    print(b)
    print("rows share memory:", np.shares_memory(b[0], b[1]))
    # a[idx] += 1 reads, adds and writes back once: a repeated index counts once.
    a = np.zeros(4, dtype=np.int64)
    a[[0, 0, 2]] += 1
    print(a)
    # np.add.at is unbuffered: each occurrence of an index adds again.
    np.add.at(a, [0, 0, 2], 1)
    print(a)


PARTS = [views, copies, fancy_and_masks, exercise, pitfalls, more_views]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for part in PARTS:
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            part()
        (OUT / f"{part.__name__}.txt").write_text(buf.getvalue())
        print(f"== {part.__name__} ==")
        print(buf.getvalue(), end="")


if __name__ == "__main__":
    main()
