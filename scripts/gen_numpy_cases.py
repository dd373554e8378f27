#!/usr/bin/env python3
"""Generate tests/numpy_cases.rs: np! indexing checked against NumPy's own answers.

Every case is an array, a NumPy index written the same way in Python and in np!, and what
NumPy printed for it: the result's str() and shape and whether it was a view, a copy or a
scalar; or, for an assignment, the array afterwards; or NumPy's exception class and message.
The Rust file is committed, so the tests need no Python. Re-run after changing this script:

    pip install numpy
    python3 scripts/gen_numpy_cases.py

The random part uses a fixed seed, so the output only changes when this script does.
"""

import random
import sys
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "numpy_cases.rs"
SEED = 20261125
CASES_PER_FN = 40


def rust_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_rust(expr: str) -> str:
    """NumPy index text to np! text: the only spelling difference is True/False."""
    return expr.replace("True", "true").replace("False", "false")


def make_array(shape):
    size = int(np.prod(shape)) if shape else 1
    return np.arange(size, dtype=np.int64).reshape(shape).copy()


def outcome(a, idx, env):
    """What NumPy does for a[idx]: ('ok', kind, str, shape) or ('err', class, message)."""
    try:
        r = eval(f"a[{idx}]", {"np": np}, dict(env, a=a))
    except Exception as e:  # noqa: BLE001 - we record NumPy's exception as the expectation
        return ("err", type(e).__name__, str(e))
    if not isinstance(r, np.ndarray):
        return ("ok", "scalar", str(r), ())
    kind = "view" if r.base is a else "copy"
    return ("ok", kind, str(r), r.shape)


def assign_outcome(a, idx, op, value, env):
    target = a.copy()
    try:
        exec(f"a[{idx}] {op} {value}", {"np": np}, dict(env, a=target))
    except Exception as e:  # noqa: BLE001
        return ("err", type(e).__name__, str(e), str(target))
    return ("ok", str(target))


class Case:
    def __init__(self, shape, idx, env=None, dyn=False, op=None, value=None, note=""):
        self.shape = tuple(shape)
        self.idx = idx
        self.env = env or {}
        self.dyn = dyn
        self.op = op
        self.value = value
        self.note = note


# ---------------------------------------------------------------- hand-picked cases
def corner_cases():
    cs = []
    # Python's slice rules: clamped bounds and negative steps, n = 5.
    for idx in ["10:-10:-1", "-10:10:-1", ":3:-1", "0:4:-2", "::-2", "::2", "1::2", "-1", "-5",
                "3:1", "-2:", ":-2", "::-1", "4:0:-1", "100:", ":100", "-100:100:3", "...",
                ":", "None", "None, 2", "..., None", "[0, 2, 4]", "[-1, -5]", "[]", "[4, 4, 0]",
                "[[0, 1], [2, 3]]", "a > 2", "a % 2 == 0", "(a > 0) & (a < 4)", "~(a > 2)",
                "(a < 1) | (a > 3)", "(a > 1) ^ (a > 3)", "a != 2", "a == 7", "a >= 2", "a <= 2",
                "[True, False, True, False, True]", "5", "-6", "[5]", "[0, -6]",
                "[True, False]", "a[:2] > 0"]:
        cs.append(Case((5,), idx))
    # Adjacent and separated advanced indices (section 2), shapes small enough to print.
    for idx in ["[0, 1], [1, 2]", ":, [0, 1], [1, 2]", "[0, 1], :, [1, 2]", "[0, 1], 1, :",
                "1, :, [0, 2]", ":, 1, [0, 2]", "[[0], [1]], [[0, 1, 2]]", "[0, 1], [0, 1, 2]",
                "..., [0, 1], [1, 0]", "[1, 0], ..., [2]", "None, [0, 1], :, [3, 2]",
                "[0, 1], None, [1, 2]", "1, [0, 2], 1", "a[:, 0, 0] > 0", "a[:, :, 0] > 4",
                "a[:, 0, 0] > 0, [0, 2]", "a[:, 0, 0] > 0, :, [1, 3]", "[True, False], 1",
                "a > 100", "a[0] > 5", "[[True, False, True], [False, True, False]]",
                "1, [[True, False, True, True], [False, False, True, False], [True, True, True, True]]",
                "[0, 1], [0, 1], [0, 1]", "[0, 2], [0]", "-1, -1, -1", "1, 2, 3", "0", "0, 1",
                "..., 0", "0, ..., 0", ":, ::-1, ::2", "1:, 1:, 1:", "None, ..., None",
                "[[[0]]], 0", "[1, 0], [[1], [0]]", "2", "0, 3", "0, 0, 4", "[2]", "[0, 2]",
                "[0, 1], [0, 3]", "[0, 1], [0, 1, 2]", "a[0] > 5, 0"]:
        cs.append(Case((2, 3, 4), idx))
    # The (10,20,30,40) shape rule from section 2, with index arrays i (2,3) and j (3).
    env = {"i": np.array([[0, 1, 2], [3, 4, 5]]), "j": np.array([0, 1, 2])}
    for idx in [":, i, j", "i, :, j", "..., i, j", "i, j, ...", "None, i, j", "i, None, j"]:
        cs.append(Case((10, 20, 30, 40), idx, env=env))
    # 2-D classics.
    for idx in ["1:4, ::2", "::-1, ::-1", "[0, 2]", ":, [0, 2]", "[0, 2], [1, 3]", "[[0], [2]], [1, 3]",
                "a[:, 0] > 3", "a % 3 == 0", "1, ::2", "-1, :", "[3, 0, 0]", "::2, [True, False, True, False]",
                "a[:, 1] > 5, 1:", "1:3, [0, 3]", "[0, 3], 1:3", "None, 1, None", "[-1], [-1]"]:
        cs.append(Case((4, 4), idx))
    # 0-d, empty and length-1 axes.
    for idx in ["...", "None", "()" if False else "..., None"]:
        cs.append(Case((), idx))
    for idx in [":", "...", "[]", "0", "1:", "::-1", "None", "a > 0"]:
        cs.append(Case((0,), idx))
    for idx in [":, 0", "0", "0, :", ":, :, None", "[0, 0], 1", "a > 0", "1:, 1"]:
        cs.append(Case((0, 3), idx))
        cs.append(Case((1, 3), idx))
    # Runtime-only errors: a zero step through a variable; too many indices on a dynamic array.
    cs.append(Case((5,), "::s", env={"s": 0}))
    cs.append(Case((5,), "1:3:s", env={"s": -1}))
    cs.append(Case((5,), "0, 1", dyn=True))
    cs.append(Case((2, 3), "0, 1, 2", dyn=True))
    cs.append(Case((2, 3), "..., 0, 1, 2", dyn=True))
    cs.append(Case((2, 3), "[0], [0], [0]", dyn=True))
    cs.append(Case((2, 3), "..., 1", dyn=True))
    return cs


def assignment_cases():
    cs = []
    for idx, op, value in [
        ("1:4", "=", "0"), ("1:4", "=", "[7, 8, 9]"), ("[0, 2]", "=", "0"), ("[0, 0, 1]", "=", "[1, 2, 3]"),
        ("[0, 0, 0]", "+=", "1"), ("a > 2", "=", "0"), ("a > 2", "=", "[7, 8, 9]"), ("a > 2", "=", "[7, 8]"),
        ("a > 2", "+=", "100"), ("::-1", "=", "a"), ("1:", "=", "a[:-1]"), (":-1", "=", "a[1:]"),
        ("1:", "+=", "a[:-1]"), ("[4, 3]", "=", "a[:2]"), ("[1, 2]", "=", "[1, 2, 3]"), ("1:3", "=", "[1, 2, 3]"),
        ("[5]", "=", "1"), ("-6", "=", "1"), ("...", "-=", "1"), ("::2", "*=", "3"), ("a % 2 == 0", "%=", "3"),
        ("[-1, -2]", "=", "[10, 20]"), ("[0, 1]", "+=", "[1, 2, 3]"), ("1:3", "+=", "[[1, 2]]"),
        ("a < 0", "=", "[1, 2]"), ("[True, False, True, False, True]", "=", "[1, 2, 3]"),
        ("::2", "=", "a[1::2]"), ("a[::-1] > 2", "=", "-1"), ("2", "=", "-5"), ("[]", "=", "9"),
    ]:
        cs.append(Case((5,), idx, op=op, value=value))
    for idx, op, value in [
        ("0", "=", "[1, 2, 3]"), (":, 0", "=", "[1, 2]"), (":, 0", "=", "[[1, 2]]"), ("[0, 1], [1, 2]", "=", "0"),
        ("[0, 1], [1, 2]", "=", "[5, 6]"), ("a > 2", "=", "0"), ("a[:, 0] > 0", "=", "[7, 8, 9]"),
        ("a[:, 0] > 0", "=", "[[7], [8]]"), ("[1, 0]", "=", "a"), ("[1, 0]", "=", "a[::-1]"), (":, ::-1", "=", "a"),
        ("1:, 1:", "+=", "a[:-1, :-1]"), ("...", "=", "[1, 2, 3]"), (":, 1", "=", "[1, 2, 3]"),
        ("[0, 1]", "=", "[[1], [2], [3]]"), ("None, 0", "=", "[[4, 5, 6]]"), ("a > 0", "=", "[1, 2, 3]"),
        ("0, [0, 0, 0]", "+=", "10"), ("[[0, 0], [1, 1]], [[0, 2], [0, 2]]", "=", "-1"), ("1", "=", "b"),
    ]:
        cs.append(Case((2, 3), idx, op=op, value=value, env={"b": np.arange(3, dtype=np.int64)}))
    return cs


def comparison_cases():
    """Masks written as one comparison, which np! runs without building the mask: the array
    compared with itself or with another array, the scalar on either side, reversed and
    mismatched keys (which fall back to NumPy's general rule and its errors)."""
    b5 = {"b": np.array([3, 0, 4, 1, 5])}
    b23 = {"b": np.array([0, 2, 1])}
    b234 = {"b": np.arange(24).reshape(2, 3, 4) % 5}
    reads = [Case((5,), idx, env=b5) for idx in
             ["2 < a", "b > 1", "b[::-1] > 1", "1 <= b", "b == 3", "b != 3", "a < b", "b < 9",
              "b[:3] > 0", "a[1:] > 0"]]
    reads += [Case((2, 3), idx, env=b23) for idx in ["a > b", "b > 0", "a >= 3", "4 > a", "a[0] > 0"]]
    reads += [Case((2, 3, 4), idx, env=b234) for idx in ["b > 2", "a >= 10", "13 >= a", "b == 0", "a[0] > 5"]]
    writes = [Case((5,), idx, op=op, value=value, env=b5) for idx, op, value in [
        ("b > 1", "=", "0"), ("2 < a", "=", "-1"), ("a == 3", "=", "[9]"), ("a > 2", "=", "[[9]]"),
        ("b[::-1] > 2", "=", "7"), ("b > 1", "=", "[7, 8, 9]"), ("b > 1", "=", "[7, 8]"),
        ("a > b", "=", "0"), ("b > a", "=", "b"), ("b[:3] > 0", "=", "1"),
        ("a != 2", "=", "[5]"), ("b == 9", "=", "1"), ("b == 9", "=", "[1, 2]"),
        ("b > 1", "+=", "10"), ("2 < a", "-=", "1"), ("a > b", "*=", "2"), ("b > 1", "+=", "[1, 2, 3]"),
        ("a >= 3", "%=", "2"), ("b > 1", "+=", "[[1]]"), ("a < 3", "<<=", "[2]"), ("b != 0", "-=", "a[0]")]]
    # Writes whose source is a basic index of the target: in place, in the order that reads
    # each source element before overwriting it, or through a copy when no order does.
    writes += [Case((5,), idx, op="=", value=value) for idx, value in [
        (":-2", "a[2:]"), ("2:", "a[:-2]"), ("::2", "a[::-2]"), ("1:4", "a[0]"), ("0", "a[4]"),
        ("1:", "a[:-1]"), ("::-1", "a[::-1]"), (":", "a[None]"), ("[2, 0]", "a[3:]")]]
    writes += [Case((4, 4), idx, op="=", value=value) for idx, value in [
        (":, 1:", "a[:, :-1]"), (":, :-1", "a[:, 1:]"), ("1:", "a[:1, ::-1]"), ("...", "a[::-1, ::-1]"),
        ("1", "a[0]"), (":, 0", "a[:, 2]"), ("1:, 1:", "a[:-1, :-1]"), (":-1, :-1", "a[1:, 1:]"),
        ("::2", "a[1::2]"), (":, ::2", "a[:, 1::2]"), ("2:", "a[:2, :3]")]]
    writes.append(Case((5,), "a >= 0", op="=", value="a[::-1]", note="as-if-copied"))
    writes.append(Case((5,), "a > 1", op="=", value="a[:3]", note="as-if-copied"))
    writes += [Case((2, 3), idx, op=op, value=value, env=b23) for idx, op, value in [
        ("b > 0", "=", "0"), ("a > b", "=", "0"), ("a > 2", "=", "b[0]"), ("4 > a", "=", "[[1]]"),
        ("a[:, 0] > 0", "=", "5"), ("a <= 1", "=", "[7, 8]")]]
    return reads, writes


# ---------------------------------------------------------------- random cases
def random_slice(rng, n):
    def bound():
        return rng.choice([None, None, rng.randint(-n - 2, n + 2)])
    start, stop = bound(), bound()
    step = rng.choice([None, None, 1, -1, 2, -2, 3, -3, n + 1])
    text = ("" if start is None else str(start)) + ":" + ("" if stop is None else str(stop))
    if step is not None:
        text += ":" + str(step)
    return text


def random_index(rng, shape):
    """A random valid-for-Rust index of `shape`: returns (text, uses_axes)."""
    elems = []
    axis = 0
    ndim = len(shape)
    has_ellipsis = False
    budget = rng.randint(1, max(1, ndim + 1))
    while len(elems) < budget:
        remaining = ndim - axis
        kinds = ["none"]
        if remaining > 0:
            kinds += ["int", "slice", "slice", "list"]
            if remaining >= 1:
                kinds.append("mask")
            if remaining >= 2:
                kinds.append("mask2")
        if not has_ellipsis:
            kinds.append("ellipsis")
        kind = rng.choice(kinds)
        n = shape[axis] if axis < ndim else 0
        if kind == "int":
            elems.append(str(rng.randint(-n - 1, n)))
            axis += 1
        elif kind == "slice":
            elems.append(random_slice(rng, n))
            axis += 1
        elif kind == "list":
            k = rng.randint(0, 3)
            vals = [rng.randint(-n, max(n - 1, 0)) if n else 0 for _ in range(k)] if n else []
            if rng.random() < 0.3 and vals:
                half = [rng.randint(-n, n - 1) for _ in range(len(vals))]
                elems.append(f"[{vals}, {half}]".replace(" ", "").replace(",", ", "))
            else:
                elems.append(str(vals))
            axis += 1
        elif kind == "mask":
            # A mask over the next axis, built from the array itself when possible.
            if axis == 0 and ndim == 1:
                elems.append(rng.choice(["a > 2", "a % 2 == 0", "~(a < 3)", "(a > 1) & (a < 6)"]))
            else:
                bools = [rng.random() < 0.5 for _ in range(n)]
                if rng.random() < 0.15:
                    bools = bools + [True]
                elems.append(str(bools))
            axis += 1
        elif kind == "mask2":
            # A 2-D mask over the next two axes (sometimes of the wrong shape).
            n2 = shape[axis + 1]
            rows = [[rng.random() < 0.5 for _ in range(n2)] for _ in range(n)]
            if rng.random() < 0.1 and rows:
                rows = rows[:-1] if len(rows) > 1 else rows + rows
            elems.append(str(rows) if rows else "[[True]]")
            axis += 2
        elif kind == "ellipsis":
            elems.append("...")
            has_ellipsis = True
        else:
            elems.append("None")
    return ", ".join(elems)


def random_cases(rng, count):
    cs = []
    while len(cs) < count:
        ndim = rng.choice([0, 1, 1, 2, 2, 3, 4, 5])
        shape = tuple(rng.choice([0, 1, 2, 3, 4, 5]) if rng.random() < 0.15 else rng.randint(1, 5)
                      for _ in range(ndim))
        idx = random_index(rng, shape)
        dyn = rng.random() < 0.08
        if dyn and rng.random() < 0.5:
            # Dynamic rank: too many indices is a run-time IndexError there.
            idx = idx + ", 0"
        cs.append(Case(shape, idx, dyn=dyn))
    return cs


def random_assignments(rng, count):
    cs = []
    while len(cs) < count:
        ndim = rng.choice([1, 2, 3])
        shape = tuple(rng.randint(1, 4) for _ in range(ndim))
        idx = random_index(rng, shape)
        a = make_array(shape)
        res = outcome(a, idx, {})
        value = rng.choice(["-1", "100"])
        if res[0] == "ok" and res[1] != "scalar" and rng.random() < 0.5:
            shp = res[3]
            if len(shp) >= 1 and 0 < shp[-1] <= 6:
                value = str(list(range(50, 50 + shp[-1])))
        op = rng.choice(["=", "=", "+=", "-="])
        cs.append(Case(shape, idx, op=op, value=value))
    return cs


# ---------------------------------------------------------------- Rust output
def rust_env(env):
    lines = []
    for name, v in env.items():
        if isinstance(v, np.ndarray):
            data = ", ".join(f"{int(x)}i64" for x in v.ravel())
            shape = "".join(f"{n}, " for n in v.shape)
            lines.append(f"let {name} = Array::from_shape_vec(({shape}), vec![{data}]).unwrap();")
        else:
            lines.append(f"let {name}: isize = {v};")
    return lines


def rust_array(name, shape, dyn, mutable):
    size = int(np.prod(shape)) if shape else 1
    dims = "(" + "".join(f"{n}, " for n in shape) + ")"
    m = "mut " if mutable else ""
    conv = ".into_dyn()" if dyn else ""
    return f"let {m}{name} = Array::from_shape_vec({dims}, (0..{size}i64).collect()).unwrap(){conv};"


def emit_read(case, out, stats):
    a = make_array(case.shape)
    res = outcome(a, case.idx, case.env)
    ridx = to_rust(case.idx)
    label = rust_str(f"shape {case.shape}: a[{case.idx}]")
    body = [rust_array("a", case.shape, case.dyn, False)] + rust_env(case.env)
    if res[0] == "err":
        stats["errors"] += 1
        body.append(f"let got = np!(try a[{ridx}]);")
        body.append(f"expect_error(&mut failures, {label}, got.map(|_| ()), {rust_str(res[1])}, {rust_str(res[2])});")
    else:
        stats["reads"] += 1
        _, kind, text, shape = res
        if case.dyn and kind == "scalar":
            # Stated divergence: with a rank known only at run time (ArrayD), np! cannot return
            # an element type, so integers on every axis give a 0-d view of that element.
            kind = "view"
        body.append(f"let got = np!(a[{ridx}]);")
        body.append(
            f"expect_read(&mut failures, {label}, &got, {rust_str(kind)}, {rust_str(text)}, &{rust_shape_list(shape)});"
        )
    out.append("    {\n        " + "\n        ".join(body) + "\n    }")


def rust_shape_list(shape):
    return "[" + ", ".join(f"{n}usize" for n in shape) + "]" if shape else "[0usize; 0]"


def emit_assign(case, out, stats):
    a = make_array(case.shape)
    value = case.value
    if case.note == "as-if-copied":
        # Stated divergence: NumPy's boolean assignment reads a value that is a view of the
        # target while writing it (a[a >= 0] = a[::-1] gives [4 3 2 3 4]); np! keeps the rule
        # it applies to every other write, "as if the right side were copied first".
        value = f"({value}).copy()"
    res = assign_outcome(a, case.idx, case.op, value, case.env)
    ridx, rval = to_rust(case.idx), to_rust(case.value)
    label = rust_str(f"shape {case.shape}: a[{case.idx}] {case.op} {case.value}")
    body = [rust_array("a", case.shape, case.dyn, True)] + rust_env(case.env)
    if res[0] == "err":
        stats["assign_errors"] += 1
        body.append(f"let got = np!(try a[{ridx}] {case.op} {rval});")
        body.append(f"expect_error(&mut failures, {label}, got, {rust_str(res[1])}, {rust_str(res[2])});")
        body.append(f"expect_text(&mut failures, {label}, &a.to_string(), {rust_str(res[3])});")
    else:
        stats["assignments"] += 1
        body.append(f"np!(a[{ridx}] {case.op} {rval});")
        body.append(f"expect_text(&mut failures, {label}, &a.to_string(), {rust_str(res[1])});")
    out.append("    {\n        " + "\n        ".join(body) + "\n    }")


def rust_valid(case):
    """Cases np! rejects at compile time by design (static rank) are left to the UI tests."""
    elems = [e.strip() for e in split_top(case.idx)]
    used = 0
    for e in elems:
        if e in ("...", "None", ""):
            continue
        if e.startswith("[") and e.endswith("]") and ("True" in e or "False" in e):
            depth = len(e) - len(e.lstrip("["))
            used += depth
        elif any(op in e for op in (">", "<", "==", "!=", "~")):
            # A mask built from the array: its rank is the rank of the compared expression.
            try:
                m = eval(e, {"np": np}, dict(case.env, a=make_array(case.shape)))
                used += np.ndim(m)
            except Exception:  # noqa: BLE001
                return False
        else:
            used += 1
    if case.dyn:
        return True
    if used > len(case.shape):
        return False
    # Mixed bool/int lists and ragged lists cannot be Rust arrays.
    for e in elems:
        if e.startswith("[") and ("True" in e or "False" in e) and any(c.isdigit() for c in e):
            return False
    return True


def split_top(text):
    parts, depth, cur = [], 0, ""
    for c in text:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    return parts


HEADER = '''//! NumPy conformance: np! against NumPy {version}'s own answers.
//!
//! GENERATED by `scripts/gen_numpy_cases.py` (seed {seed}); do not edit by hand.
//! {reads} reads, {errors} read errors, {assignments} assignments, {assign_errors} assignment errors.

#![allow(clippy::too_many_lines, unused_variables, unused_mut)]

mod support;

use npview::{{np, Array}};
use support::{{expect_error, expect_read, expect_text, report}};
'''


def main():
    rng = random.Random(SEED)
    fused_reads, fused_writes = comparison_cases()
    reads = [c for c in corner_cases() + fused_reads + random_cases(rng, 2300) if rust_valid(c)]
    assigns = [c for c in assignment_cases() + fused_writes + random_assignments(rng, 800) if rust_valid(c)]
    stats = {"reads": 0, "errors": 0, "assignments": 0, "assign_errors": 0}
    blocks = []
    for c in reads:
        emit_read(c, blocks, stats)
    for c in assigns:
        emit_assign(c, blocks, stats)
    fns = []
    for k in range(0, len(blocks), CASES_PER_FN):
        chunk = blocks[k:k + CASES_PER_FN]
        name = f"numpy_cases_{k // CASES_PER_FN:03}"
        fns.append(
            f"#[test]\nfn {name}() {{\n    let mut failures = Vec::new();\n"
            + "\n".join(chunk)
            + f"\n    report({rust_str(name)}, {len(chunk)}, &failures);\n}}\n"
        )
    text = HEADER.format(version=np.__version__, seed=SEED, **stats) + "\n" + "\n".join(fns)
    OUT.write_text(text)
    total = sum(stats.values())
    print(f"wrote {OUT.name}: {total} cases {stats}", file=sys.stderr)


if __name__ == "__main__":
    main()
