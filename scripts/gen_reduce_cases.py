#!/usr/bin/env python3
"""Generate tests/reduce_cases.rs: np! reductions, sorting and searching, constructors and
joins, checked against NumPy's own answers.

Every case is a piece of NumPy code, written the same way inside np!, and what NumPy gave for
it: the repr() of the result (an ndarray, a NumPy scalar, or a tuple of those), the str() of a
Python value, or NumPy's exception class and message. In-place forms (a.sort(), a sort through
a mutable view) check the array afterwards. The Rust file is committed, so the tests need no
Python. Re-run after changing this script:

    pip install numpy
    python3 scripts/gen_reduce_cases.py

The random part uses a fixed seed, so the output only changes when this script (or NumPy's
version) does.
"""

import math
import random
import sys
import warnings
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "reduce_cases.rs"
SEED = 20261126
CASES_PER_FN = 40

DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float32", "float64"]
SIGNED = ["int8", "int16", "int32", "int64"]
UNSIGNED = ["uint8", "uint16", "uint32", "uint64"]
INTS = SIGNED + UNSIGNED
FLOATS = ["float32", "float64"]
NUMERIC = INTS + FLOATS
RUST_TY = {"bool": "bool", "int8": "i8", "int16": "i16", "int32": "i32", "int64": "i64",
           "uint8": "u8", "uint16": "u16", "uint32": "u32", "uint64": "u64",
           "float32": "f32", "float64": "f64"}


# ---------------------------------------------------------------- text helpers
def rust_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def np_dtype(dt: str) -> str:
    return "np.bool_" if dt == "bool" else f"np.{dt}"


def is_neg_zero(v: float) -> bool:
    return v == 0 and math.copysign(1.0, v) < 0


def rust_lit(x, dt: str) -> str:
    """One element as a Rust literal carrying its type."""
    t = RUST_TY[dt]
    if dt == "bool":
        return "true" if bool(x) else "false"
    if dt in FLOATS:
        v = float(x)
        if math.isnan(v):
            return f"{t}::NAN"
        if math.isinf(v):
            return f"{t}::INFINITY" if v > 0 else f"{t}::NEG_INFINITY"
        if is_neg_zero(v):
            return f"-0.0{t}"
        text = repr(v) if dt == "float64" else str(np.float32(x))
        if "e" not in text and "." not in text:
            text += ".0"
        return text + t
    v = int(x)
    if v < 0 and v == int(np.iinfo(dt).min):
        return f"{t}::MIN"
    return f"{v}{t}"


def py_lit(x, dt: str) -> str:
    """One element as Python source (for the case text)."""
    if dt == "bool":
        return "True" if bool(x) else "False"
    if dt in FLOATS:
        v = float(x)
        if math.isnan(v):
            return "np.nan"
        if math.isinf(v):
            return "np.inf" if v > 0 else "-np.inf"
        return repr(v) if dt == "float64" else str(np.float32(x))
    return str(int(x))


def py_array(arr: np.ndarray, summary=None) -> str:
    """NumPy source that builds `arr`."""
    dt = arr.dtype.name
    if summary is not None:
        return summary
    if arr.size == 0:
        shape = "(" + ", ".join(str(n) for n in arr.shape) + ("," if arr.ndim == 1 else "") + ")"
        return f"np.zeros({shape}, dtype={np_dtype(dt)})"

    def rec(x):
        if x.ndim == 0:
            return py_lit(x[()], dt)
        return "[" + ", ".join(rec(y) for y in x) + "]"

    return f"np.array({rec(arr)}, dtype={np_dtype(dt)})"


def rust_shape(shape) -> str:
    if len(shape) == 0:
        return "()"
    if len(shape) == 1:
        return f"({shape[0]},)"
    return "(" + ", ".join(str(n) for n in shape) + ")"


def rust_array(name: str, arr: np.ndarray, mutable: bool) -> str:
    dt = arr.dtype.name
    m = "mut " if mutable else ""
    if arr.size == 0:
        data = f"Vec::<{RUST_TY[dt]}>::new()"
    else:
        items = [rust_lit(x, dt) for x in arr.ravel()]
        if len(items) > 24:
            rows = [", ".join(items[k:k + 10]) for k in range(0, len(items), 10)]
            data = "vec![\n            " + ",\n            ".join(rows) + ",\n        ]"
        else:
            data = "vec![" + ", ".join(items) + "]"
    return f"let {m}{name} = Array::from_shape_vec({rust_shape(arr.shape)}, {data}).unwrap();"


# ---------------------------------------------------------------- evaluation
def run_expr(expr, env):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            try:
                return ("ok", eval(expr, {"np": np}, env))
            except Exception as e:  # noqa: BLE001 - NumPy's exception is the expectation
                return ("err", type(e).__name__, str(e))


def run_stmt(stmt, env):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            try:
                exec(stmt, {"np": np}, env)
                return ("ok",)
            except Exception as e:  # noqa: BLE001
                return ("err", type(e).__name__, str(e))


def classify(r):
    """('repr', text) for NumPy results, ('py', text) for Python values."""
    if isinstance(r, (np.ndarray, np.generic)):
        return ("repr", repr(r))
    if isinstance(r, (tuple, list)) and all(isinstance(x, (np.ndarray, np.generic)) for x in r):
        return ("repr", repr(r))
    if isinstance(r, (bool, int, float)):
        return ("py", str(r))
    raise TypeError(f"unexpected result type {type(r)}: {r!r}")


# ---------------------------------------------------------------- cases
class Case:
    """One block: named inputs, optional setup statements, then one or more checks.

    inputs: list of (name, ndarray, summary_text_or_None)
    setup:  list of (python_stmt, rust_line)
    checks: list of ("expr", text[, python_text_to_evaluate]) or ("stmt", text, target)
    """

    def __init__(self, cat, inputs=(), checks=(), setup=(), mut=()):
        self.cat = cat
        self.inputs = [(i[0], i[1], i[2] if len(i) > 2 else None) for i in inputs]
        self.setup = list(setup)
        self.checks = list(checks)
        self.mut = set(mut)


def rot(items, j, k=2):
    """Every k-th item, starting at an offset that turns with j: spreads forms over dtypes."""
    return [x for i, x in enumerate(items) if (i + j) % k == 0]


def expr_case(cat, inputs, expr, py=None):
    check = ("expr", expr) if py is None else ("expr", expr, py)
    return Case(cat, inputs, [check])


COMPILE_TIME = []


def npview_rejects(expr, env, res):
    """Why npview refuses a check at compile time, if it does: NumPy errors the dtypes decide
    (TypeError, OverflowError), and forms the arrays' static ranks or the literals decide (an
    axis of a 0-d array, nonzero of a 0-d array, a ragged list); meshgrid of other than two
    arrays is not supported."""
    import re
    # np.arange's bounds are Rust integers, checked at run time.
    if res[0] == "err" and res[1] in ("TypeError", "OverflowError") and not (
            res[1] == "OverflowError" and expr.startswith("np.arange(")):
        return f"NumPy's {res[1]} (the dtypes decide it)"
    if res[0] == "err" and "inhomogeneous" in res[2]:
        return "a ragged list literal"
    zero_d = [n for n, v in env.items() if isinstance(v, np.ndarray) and v.ndim == 0]
    for n in zero_d:
        if re.search(rf"\b{n}\b", expr) and ("axis" in expr or re.search(rf"np\.(nonzero|where)\({n}\)|{n}\.nonzero", expr)):
            return "an axis (or nonzero) of a 0-d array: its rank is static"
    if "np.meshgrid(" in expr and expr.count(",") - expr.count("indexing") != 1:
        return "np.meshgrid of other than two arrays"
    if re.search(r"np\.ptp\(", expr) and any(isinstance(v, np.ndarray) and v.dtype == bool and re.search(rf"\b{n}\b", expr) for n, v in env.items()):
        return "np.ptp of booleans (NumPy's TypeError)"
    pq = re.match(r"np\.(percentile|quantile)\((\w+), (\[[^]]*\]|[^,)]+)", expr)
    if pq and isinstance(env.get(pq[2]), np.ndarray) and env[pq[2]].dtype == bool:
        q = env.get(pq[3])
        int_q = pq[1] == "quantile" and (re.fullmatch(r"-?\d+|\[[-\d, ]*\]", pq[3]) is not None or (
            isinstance(q, np.ndarray) and q.dtype.kind in "iu"))
        if not int_q:
            return "percentile or quantile of booleans that interpolates (NumPy's TypeError, whatever it checks first)"
    if re.search(r"np\.arg(min|max)\([^)]*axis=\(", expr):
        return "argmin/argmax of a tuple of axes (NumPy's TypeError)"
    return None


def emit(case, stats):
    """Rust block text and its number of checks."""
    env = {name: arr.copy() for name, arr, _ in case.inputs}
    lines = [rust_array(name, arr, name in case.mut) for name, arr, _ in case.inputs]
    prefix = [f"{name} = {py_array(arr, summary)}" for name, arr, summary in case.inputs]
    for py, rust in case.setup:
        res = run_stmt(py, env)
        assert res[0] == "ok", (py, res)
        prefix.append(py)
        lines.append(rust)
    n = 0
    st = stats.setdefault(case.cat, {"ok": 0, "err": 0})
    for check in case.checks:
        if check[0] == "expr":
            expr = check[1]
            py = check[2] if len(check) > 2 else expr
            text = "; ".join(prefix + [expr if py == expr else f"{expr}  # expected: {py}"])
            res = run_expr(py, env)
            reason = npview_rejects(expr, env, res)
            if reason:
                COMPILE_TIME.append(f"{expr}: {reason}")
                continue
            if res[0] == "err":
                lines.append(f"expect_err(&mut failures, {rust_str(text)}, np!(try {expr}), "
                             f"{rust_str(res[1])}, {rust_str(res[2])});")
                st["err"] += 1
            else:
                kind, val = classify(res[1])
                lines.append(f"let got = np!({expr});")
                fn = "expect_repr" if kind == "repr" else "expect_py"
                lines.append(f"{fn}(&mut failures, {rust_str(text)}, &got, {rust_str(val)});")
                st["ok"] += 1
            n += 1
        else:
            _, stmt, target = check
            text = "; ".join(prefix + [stmt, target])
            res = run_stmt(stmt, env)
            after = repr(env[target])
            if res[0] == "err":
                lines.append(f"expect_err(&mut failures, {rust_str(text)}, np!(try {stmt}), "
                             f"{rust_str(res[1])}, {rust_str(res[2])});")
                st["err"] += 1
                n += 1
            else:
                lines.append(f"np!({stmt});")
            lines.append(f"expect_repr(&mut failures, {rust_str(text)}, &{target}, {rust_str(after)});")
            st["ok"] += 1
            n += 1
            prefix.append(stmt)
    body = "    {\n        " + "\n        ".join(lines) + "\n    }"
    return body, n


# ---------------------------------------------------------------- random inputs
def rand_values(rng, dt, n, nan=0.0, inf=0.0, lo=None, hi=None):
    out = []
    for _ in range(n):
        if dt == "bool":
            out.append(rng.random() < 0.5)
        elif dt in SIGNED:
            out.append(rng.randint(-5 if lo is None else lo, 9 if hi is None else hi))
        elif dt in UNSIGNED:
            out.append(rng.randint(0 if lo is None else max(lo, 0), 9 if hi is None else hi))
        else:
            r = rng.random()
            if r < nan:
                out.append(float("nan"))
            elif r < nan + inf:
                out.append(rng.choice([float("inf"), float("-inf")]))
            else:
                # Quarters: sums and means of a few of them are exact in any order.
                out.append(rng.randint(-40 if lo is None else lo * 4, 40 if hi is None else hi * 4) / 4)
    return out


def make(rng, dt, shape, **kw):
    n = int(np.prod(shape)) if shape else 1
    vals = rand_values(rng, dt, n, **kw)
    return np.array(vals, dtype=dt).reshape(shape)


def distinct(rng, dt, n, nan=False):
    """n distinct values (no ties), at most one NaN: a unique sorting order."""
    if dt == "bool":
        raise ValueError
    if dt in SIGNED:
        vals = rng.sample(range(-60, 60), n)
    elif dt in UNSIGNED:
        vals = rng.sample(range(0, 120), n)
    else:
        vals = [v / 4 for v in rng.sample(range(-200, 200), n)]
        if nan and n >= 2:
            vals[rng.randrange(n)] = float("nan")
        if rng.random() < 0.2 and n >= 3:
            vals[rng.randrange(n)] = rng.choice([float("inf"), float("-inf")])
            if len({v for v in vals if not math.isnan(v)}) != sum(not math.isnan(v) for v in vals):
                vals = [v / 4 for v in rng.sample(range(-200, 200), n)]
    return np.array(vals, dtype=dt)


# ---------------------------------------------------------------- reductions
# name: (has a method, kind of axis it takes, extra keyword kinds)
REDUCTIONS = {
    "sum": (True, "multi", ["keepdims", "dtype_int"]),
    "prod": (True, "multi", ["keepdims", "dtype_int"]),
    "mean": (True, "multi", ["keepdims", "dtype_float"]),
    "std": (True, "multi", ["keepdims", "ddof"]),
    "var": (True, "multi", ["keepdims", "ddof"]),
    "min": (True, "multi", ["keepdims"]),
    "max": (True, "multi", ["keepdims"]),
    "ptp": (False, "multi", ["keepdims"]),
    "argmin": (True, "single", ["keepdims"]),
    "argmax": (True, "single", ["keepdims"]),
    "any": (True, "multi", ["keepdims"]),
    "all": (True, "multi", ["keepdims"]),
    "count_nonzero": (False, "multi", ["keepdims"]),
    "cumsum": (True, "cum", ["dtype_int"]),
    "cumprod": (True, "cum", ["dtype_int"]),
    "median": (False, "multi", ["keepdims"]),
    "percentile": (False, "multi", ["keepdims", "q_pct"]),
    "quantile": (False, "multi", ["keepdims", "q_frac"]),
    "nansum": (False, "multi", ["keepdims"]),
    "nanmean": (False, "multi", ["keepdims"]),
    "nanmin": (False, "multi", ["keepdims"]),
    "nanmax": (False, "multi", ["keepdims"]),
    "nanstd": (False, "multi", ["keepdims", "ddof"]),
}

SHAPES = [(), (1,), (6,), (7,), (0,), (2, 3), (3, 4), (1, 5), (0, 3), (3, 0), (2, 3, 4), (2, 0, 3),
          (3, 1, 2)]
SHAPE_WEIGHTS = [1, 1, 3, 2, 1, 3, 3, 1, 1, 1, 3, 1, 1]


def axis_forms(rank, kind):
    """Every axis argument worth writing for an array of this rank (with the errors)."""
    forms = ["", "axis=None"]
    forms += [f"axis={k}" for k in range(rank)]
    if rank >= 1:
        forms.append("axis=-1")
    if rank >= 2:
        forms.append(f"axis={-rank}")
    if kind == "multi":
        if rank >= 2:
            forms += ["axis=(0, 1)", f"axis=({rank - 1}, 0)"]
        if rank == 3:
            forms += ["axis=(0, 2)", "axis=(-1, -2)", "axis=(0, 1, 2)"]
        if rank == 1:
            forms.append("axis=(0,)")
    errs = [f"axis={rank}", f"axis={-rank - 1}"]
    if kind == "multi" and rank >= 2:
        errs.append("axis=(0, 0)")
    if kind == "single" and rank >= 2:
        errs.append("axis=(0, 1)")
    return forms, errs


def pick_q(rng, kind):
    if kind == "q_pct":
        return rng.choice(["50", "25", "0", "100", "37.5", "90", "[25, 75]", "[0, 50, 100]", "[10]",
                           "[12.5, 62.5]", "33"])
    return rng.choice(["0.5", "0.25", "0", "1", "0.3", "0.9", "[0.25, 0.75]", "[0.1, 0.5, 0.9]",
                       "[0.4]", "0.125"])


def reduction_call(rng, fn, name, rank, axis, method):
    has_method, kind, extras = REDUCTIONS[fn]
    args = []
    if "q_pct" in extras or "q_frac" in extras:
        args.append(pick_q(rng, "q_pct" if "q_pct" in extras else "q_frac"))
    kw = []
    if axis:
        kw.append(axis)
    if "ddof" in extras and rng.random() < 0.5:
        kw.append(f"ddof={rng.choice([0, 1, 1, 2])}")
    if "dtype_int" in extras and rng.random() < 0.15:
        kw.append("dtype=" + rng.choice(["np.int8", "np.int32", "np.uint64", "np.float32", "np.float64"]))
    if "dtype_float" in extras and rng.random() < 0.2:
        kw.append("dtype=" + rng.choice(["np.float32", "np.float64"]))
    if "keepdims" in extras and rng.random() < 0.25:
        kw.append("keepdims=True")
    if method and has_method:
        return f"{name}.{fn}(" + ", ".join(args + kw) + ")"
    return f"np.{fn}(" + ", ".join([name] + args + kw) + ")"


def reduction_input(rng, fn, dt, shape):
    if dt in FLOATS:
        mode = rng.random()
        nan_heavy = fn.startswith("nan")
        if mode < (0.45 if nan_heavy else 0.25):
            return make(rng, dt, shape, nan=0.3)
        if mode < (0.55 if nan_heavy else 0.32):
            return make(rng, dt, shape, nan=1.0)
        if mode < (0.62 if nan_heavy else 0.40):
            return make(rng, dt, shape, inf=0.2)
        return make(rng, dt, shape)
    if fn in ("prod", "cumprod"):
        return make(rng, dt, shape, lo=-3, hi=4)
    return make(rng, dt, shape)


def reduction_cases(rng):
    cases = []
    for fn, (has_method, kind, _extras) in REDUCTIONS.items():
        # Random: three per dtype, on random shapes and call forms.
        for dt in DTYPES:
            for _ in range(2):
                shape = rng.choices(SHAPES, SHAPE_WEIGHTS)[0]
                forms, errs = axis_forms(len(shape), kind)
                axis = rng.choice(errs) if rng.random() < 0.06 else rng.choice(forms)
                a = reduction_input(rng, fn, dt, shape)
                expr = reduction_call(rng, fn, "a", len(shape), axis, rng.random() < 0.4)
                cases.append(expr_case("reductions", [("a", a)], expr))
        # Every axis form (and its errors) once, on a 3-D array, dtypes in turn.
        forms, errs = axis_forms(3, kind)
        for k, axis in enumerate(forms + errs):
            dt = DTYPES[(k + len(cases)) % len(DTYPES)]
            a = reduction_input(rng, fn, dt, (2, 3, 4))
            expr = reduction_call(rng, fn, "a", 3, axis, k % 3 == 1)
            cases.append(expr_case("reductions", [("a", a)], expr))
        # keepdims with every axis form on 2-D.
        if "keepdims" in REDUCTIONS[fn][2]:
            forms2, _ = axis_forms(2, kind)
            for k, axis in enumerate(forms2):
                dt = DTYPES[(3 * k + len(cases)) % len(DTYPES)]
                a = reduction_input(rng, fn, dt, (3, 4))
                kws = ([axis] if axis else []) + ["keepdims=True"]
                args = ["a"]
                if fn == "percentile":
                    args.append(rng.choice(["40", "[20, 80]"]))
                if fn == "quantile":
                    args.append(rng.choice(["0.4", "[0.2, 0.8]"]))
                cases.append(expr_case("reductions", [("a", a)], f"np.{fn}(" + ", ".join(args + kws) + ")"))
    return cases


def empty_cases(rng):
    """Reductions over a 0-length axis: identities, nan, and NumPy's errors."""
    cases = []
    qarg = {"percentile": ", 50", "quantile": ", 0.5"}
    for fn, (has_method, kind, extras) in REDUCTIONS.items():
        for k, (shape, axis) in enumerate([((0,), ""), ((0, 3), "axis=0"), ((0, 3), "axis=1"),
                                           ((3, 0), "axis=None"), ((3, 0), "axis=0"),
                                           ((3, 0), "axis=1"), ((2, 0, 3), "axis=-1"),
                                           ((2, 0, 3), "axis=(0, 1)" if kind == "multi" else "axis=1")]):
            dt = DTYPES[(k * 5 + len(fn)) % len(DTYPES)]
            if k == 0 and fn in ("sum", "prod", "mean", "max", "argmax", "cumsum", "median", "nanmin"):
                dts = DTYPES  # 1-D empty of every dtype
            elif k == 0:
                dts = [DTYPES[(len(fn) + 3 * j) % len(DTYPES)] for j in range(4)]
            else:
                dts = [dt]
            for d in dts:
                a = np.zeros(shape, dtype=d)
                call = f"np.{fn}(a{qarg.get(fn, '')}" + (f", {axis}" if axis else "") + ")"
                cases.append(expr_case("empty", [("a", a)], call))
        # keepdims on an empty array
        if "keepdims" in extras:
            a = np.zeros((0, 2), dtype="float64")
            cases.append(expr_case("empty", [("a", a)], f"np.{fn}(a{qarg.get(fn, '')}, axis=0, keepdims=True)"))
    # methods on empties
    methods = ["a.sum()", "a.prod()", "a.mean()", "a.std()", "a.var(ddof=1)", "a.min()", "a.max()",
               "a.argmin()", "a.argmax()", "a.any()", "a.all()", "a.cumsum()", "a.cumprod()",
               "a.max(axis=1)", "a.min(axis=0)", "a.argmax(axis=1)"]
    for j, d in enumerate(["int32", "float32", "bool", "uint8"]):
        cases.append(Case("empty", [("a", np.zeros((0, 4), dtype=d))], [("expr", e) for e in rot(methods, j)]))
    return cases


def reduction_corner_cases():
    """Hand-picked: dtype rules, overflow, NaN placement, ddof, percentile interpolation."""
    cs = []

    def add(inputs, *exprs):
        cs.append(Case("reductions", inputs, [("expr", e) for e in exprs]))

    i8 = np.array([100, 100, 100, -128], dtype=np.int8)
    add([("a", i8)], "np.sum(a)", "a.sum(dtype=np.int8)", "np.cumsum(a)", "np.cumsum(a, dtype=np.int8)",
        "np.prod(a)", "np.mean(a)", "np.ptp(a)", "np.min(a)", "a.max()", "np.mean(a, dtype=np.float32)")
    u8 = np.array([200, 100, 255, 0], dtype=np.uint8)
    add([("a", u8)], "np.sum(a)", "np.cumsum(a)", "np.cumprod(a)", "np.ptp(a)", "np.mean(a)", "np.var(a)",
        "a.sum(dtype=np.uint8)", "np.median(a)", "np.percentile(a, 50)")
    i64 = np.array([np.iinfo(np.int64).max, 1, -5], dtype=np.int64)
    add([("a", i64)], "np.sum(a)", "np.cumsum(a)", "np.prod(a)", "np.ptp(a)", "np.mean(a)", "np.median(a)")
    add([("a", np.array([4294967296, 4294967296], dtype=np.int64))], "np.prod(a)", "np.cumprod(a)")
    u64 = np.array([np.iinfo(np.uint64).max, 1], dtype=np.uint64)
    add([("a", u64)], "np.sum(a)", "np.mean(a)", "np.ptp(a)", "np.cumsum(a)", "np.median(a)")
    b = np.array([[True, False, True], [True, True, False]])
    add([("a", b)], "np.sum(a)", "np.sum(a, axis=0)", "np.prod(a)", "np.mean(a)", "np.cumsum(a)",
        "np.cumprod(a, axis=1)", "np.min(a)", "np.max(a, axis=1)", "np.ptp(a)", "np.argmax(a)",
        "np.median(a)", "np.percentile(a, 50)", "np.std(a)", "np.var(a, ddof=1)", "a.sum(dtype=np.bool_)",
        "np.nansum(a)", "np.nanmean(a)", "np.nanmax(a)", "a.any(axis=0)", "a.all(axis=1)",
        "np.count_nonzero(a)", "np.count_nonzero(a, axis=1)", "np.count_nonzero(a, keepdims=True)")
    f = np.array([1.0, np.nan, -2.5, np.nan, 3.0])
    add([("a", f)], "np.min(a)", "np.max(a)", "np.argmin(a)", "np.argmax(a)", "np.ptp(a)", "np.sum(a)",
        "np.mean(a)", "np.median(a)", "np.percentile(a, 50)", "np.quantile(a, [0, 1])", "np.nansum(a)",
        "np.nanmean(a)", "np.nanmin(a)", "np.nanmax(a)", "np.nanstd(a)", "np.nanstd(a, ddof=1)",
        "np.cumsum(a)", "np.any(a)", "np.all(a)", "np.count_nonzero(a)", "np.sort(a)")
    f2 = np.array([[1.0, np.nan, 3.0], [np.nan, np.nan, np.nan], [-1.0, 2.0, 0.5]], dtype=np.float32)
    add([("a", f2)], "np.min(a, axis=1)", "np.argmax(a, axis=0)", "np.argmin(a, axis=1)",
        "np.nanmin(a, axis=1)", "np.nanmax(a, axis=0)", "np.nanmean(a, axis=1)", "np.nansum(a, axis=1)",
        "np.nanstd(a, axis=0)", "np.median(a, axis=1)", "np.median(a, axis=0)", "np.percentile(a, 50, axis=1)",
        "np.max(a, axis=0, keepdims=True)")
    add([("a", np.array([np.inf, -np.inf, 1.0]))], "np.sum(a)", "np.mean(a)", "np.std(a)", "np.min(a)",
        "np.ptp(a)", "np.median(a)", "np.cumsum(a)", "np.prod(a)")
    add([("a", np.array([1e308, 1e308, -1e308]))], "np.sum(a)", "np.mean(a)", "np.median(a[:2])",
        "np.cumsum(a)")
    add([("a", np.array([-0.0, -0.0]))], "np.sum(a)", "np.prod(a)", "np.cumsum(a)", "np.mean(a)")
    add([("a", np.array([1.0]))], "np.std(a, ddof=1)", "np.var(a, ddof=1)", "np.nanstd(a, ddof=1)")
    add([("a", np.array([1.0, 2.0]))], "np.var(a, ddof=2)", "np.var(a, ddof=3)", "np.std(a, ddof=2)")
    add([("a", np.array([1.0, 1.0]))], "np.var(a, ddof=2)")
    add([("a", np.array([5], dtype=np.int16).reshape(()))], "np.sum(a)", "np.sum(a, keepdims=True)",
        "np.sum(a, axis=0)", "np.sum(a, axis=-1)", "np.mean(a)", "np.cumsum(a)", "np.argmax(a)",
        "np.median(a)", "np.percentile(a, [10, 90])", "np.std(a)", "np.count_nonzero(a)",
        "np.sum(a, axis=1)", "np.argmax(a, axis=0)", "np.min(a, axis=None)")
    # percentile: linear interpolation at fractional positions; float32 stays float32.
    p = np.array([1.0, 3.0, 3.5, 10.0, 11.0, 20.0, 21.5])
    add([("a", p)], "np.percentile(a, 30)", "np.percentile(a, 33)", "np.percentile(a, 62.5)",
        "np.percentile(a, [1, 99])", "np.quantile(a, 0.3)", "np.quantile(a, [0.1, 0.7])",
        "np.percentile(a, 100)", "np.percentile(a, 0)", "np.percentile(a, 101)", "np.quantile(a, -0.1)",
        "np.median(a)")
    add([("a", p.astype(np.float32))], "np.percentile(a, 30)", "np.quantile(a, [0.1, 0.7])", "np.median(a)")
    add([("a", np.array([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], dtype=np.int32))],
        "np.percentile(a, 30)", "np.quantile(a, 0.3)", "np.quantile(a, 0.7)", "np.percentile(a, [15, 85])")
    add([("a", np.array([0.1, 0.2, 0.7]))], "np.percentile(a, 40)", "np.quantile(a, 0.7)", "np.quantile(a, 0.9)")
    # Where NumPy's two-sided lerp (index (n - 1) * q, t its fraction; a + (b - a) * t below
    # t = 0.5, b - (b - a) * (1 - t) from 0.5 up) differs from a + t * (b - a) in the last digit.
    add([("a", np.array([-5.1, 0.885, 6.2]))], "np.percentile(a, 32)", "np.quantile(a, 0.32)")
    add([("a", np.array([-6.0, -1.8, 0.4, 1.5]))], "np.percentile(a, 83.5)", "np.quantile(a, [0.835, 0.25])")
    add([("a", np.array([-9.6, -4.56, -2.33, 2.72, 8.5, 8.73]))], "np.percentile(a, 34.5)", "np.percentile(a, [8.9, 34.5, 50])")
    add([("a", np.array([-6.2, -2.1, -0.395, 0.976, 1.75, 3.29, 5.517, 5.95, 6.601, 6.924]))], "np.percentile(a, 8.9)",
        "np.median(a)", "np.quantile(a, 0.089)")
    # Python values: the size/ndim of a result, array_equal.
    add([("a", np.array([[1, 0, 3], [0, 5, 6]], dtype=np.int32))], "np.sum(a, keepdims=True).ndim",
        "np.sum(a, axis=0).size", "np.cumsum(a).size", "np.count_nonzero(a, axis=0).ndim",
        "np.array_equal(np.cumsum(a)[-1], np.sum(a))", "np.mean(a, axis=1, keepdims=True).ndim")
    m = np.arange(24, dtype=np.int64).reshape(2, 3, 4) % 7
    add([("a", m)], "np.sum(a, 1)", "a.sum(0)", "a.max(2)", "np.median(a, axis=(0, 2))",
        "np.percentile(a, 50, axis=(1, 2), keepdims=True)", "np.cumsum(a, axis=1)", "np.cumprod(a, axis=-1)",
        "np.argmax(a, axis=1)", "np.ptp(a, axis=(0, 1))", "np.std(a, axis=(0, 2), ddof=1)")
    return cs


# Summation order: pairwise blocks of 8 up to 128 elements, halves above that (NumPy's
# pairwise_sum); along a non-contiguous axis, one element after another.
def pairwise(vals, dt):
    n = len(vals)
    if n < 8:
        res = dt(-0.0)
        for x in vals:
            res = dt(res + x)
        return res
    if n <= 128:
        r = [dt(x) for x in vals[:8]]
        i = 8
        while i < n - n % 8:
            for j in range(8):
                r[j] = dt(r[j] + vals[i + j])
            i += 8
        res = dt(dt(dt(r[0] + r[1]) + dt(r[2] + r[3])) + dt(dt(r[4] + r[5]) + dt(r[6] + r[7])))
        while i < n:
            res = dt(res + vals[i])
            i += 1
        return res
    n2 = n // 2
    n2 -= n2 % 8
    return dt(pairwise(vals[:n2], dt) + pairwise(vals[n2:], dt))


def naive(vals, dt):
    s = dt(0)
    for x in vals:
        s = dt(s + x)
    return s


def big_values(rng, n, dt):
    """Values with a few significant digits but no exact binary form, mixed magnitudes."""
    out = []
    for _ in range(n):
        e = rng.choice([0, 1, 2, 3, 4])
        v = round(rng.uniform(-1, 1) * 10 ** e, rng.choice([2, 3, 4]) if dt == np.float64 else 2)
        out.append(v)
    return np.array(out, dtype=dt)


def order_cases(rng):
    cases = []
    dt64, dt32 = np.float64, np.float32
    for n in [200, 300, 777, 1000, 1500, 3000]:
        while True:
            a = big_values(rng, n, dt64)
            s = np.sum(a)
            assert pairwise(list(a), dt64) == s, "NumPy's summation order changed"
            if naive(list(a), dt64) != s:
                break
        summary = f"np.array(<{n} float64 values, as in the Rust literal>)"
        checks = [("expr", "np.sum(a)"), ("expr", "a.sum()"), ("expr", "np.mean(a)"), ("expr", "np.var(a)"),
                  ("expr", "np.std(a, ddof=1)"), ("expr", "np.cumsum(a)"), ("expr", "np.cumsum(a)[-1]"),
                  ("expr", "np.nanmean(a)"), ("expr", "np.nansum(a)")]
        if n in (300, 1500):
            # Array reprs print 8 digits: the elements are read back as scalars to see all 17.
            checks += [("expr", "np.sum(a.reshape(-1, 3), axis=0)"), ("expr", "np.sum(a.reshape(3, -1), axis=1)"),
                       ("expr", "np.sum(a.reshape(-1, 3), axis=0)[0]"), ("expr", "np.sum(a.reshape(3, -1), axis=1)[2]")]
        cases.append(Case("summation order", [("a", a, summary)], checks))
    for n in [256, 1200, 2500]:
        while True:
            a = big_values(rng, n, dt32)
            s = np.sum(a)
            assert pairwise(list(a), dt32) == s
            if naive(list(a), dt32) != s:
                break
        summary = f"np.array(<{n} float32 values, as in the Rust literal>, dtype=np.float32)"
        cases.append(Case("summation order", [("a", a, summary)],
                          [("expr", "np.sum(a)"), ("expr", "np.mean(a)"), ("expr", "np.sum(a, dtype=np.float64)"),
                           ("expr", "np.mean(a, dtype=np.float64)"), ("expr", "np.std(a)"), ("expr", "np.var(a)"),
                           ("expr", "a.cumsum()"), ("expr", "np.nansum(a)")]))
    # 2-D: along axis 0 of a C-ordered array NumPy adds row after row (no pairwise), along the
    # last axis each row is summed pairwise; axis=None is pairwise over memory order, also for a.T.
    for shape, dt in [((400, 3), dt64), ((3, 500), dt64), ((160, 9), dt64), ((300, 4), dt32), ((40, 40), dt64),
                      ((203, 5), dt64), ((21, 11), dt32)]:
        while True:
            a = big_values(rng, shape[0] * shape[1], dt).reshape(shape)
            col_naive = [naive(list(a[:, j]), dt) for j in range(shape[1])]
            col_pw = [pairwise(list(a[:, j]), dt) for j in range(shape[1])]
            assert list(np.sum(a, axis=0)) == col_naive
            row_naive = [naive(list(a[i]), dt) for i in range(shape[0])]
            assert list(np.sum(a, axis=1)) == [pairwise(list(a[i]), dt) for i in range(shape[0])]
            flat_ok = np.sum(a.T) == pairwise(list(a.ravel()), dt) and np.sum(a.T) != pairwise(list(a.T.ravel()), dt)
            # The elements checked as scalars (first columns, first rows) must tell the orders apart.
            if ((shape[0] < 8 or col_naive[:3] != col_pw[:3])
                    and (shape[1] < 8 or row_naive[:2] != list(np.sum(a, axis=1))[:2]) and flat_ok):
                break
        summary = f"np.array(<{shape[0] * shape[1]} {np.dtype(dt).name} values>, dtype=np.{np.dtype(dt).name}).reshape{shape}"
        cases.append(Case("summation order", [("a", a, summary)],
                          [("expr", "np.sum(a, axis=0)"), ("expr", "np.sum(a, axis=1)"), ("expr", "np.sum(a)"),
                           ("expr", "np.sum(a.T)"), ("expr", "np.sum(a.T, axis=1)"), ("expr", "a.mean(axis=0)"),
                           ("expr", "np.mean(a, axis=-1)"), ("expr", "np.var(a, axis=0)"),
                           ("expr", "np.cumsum(a, axis=0)[-1]"), ("expr", "np.nansum(a, axis=0)")]
                          # Array reprs print 8 digits: elements read back as scalars show all of them.
                          + [("expr", f"np.sum(a, axis=0)[{j}]") for j in range(min(shape[1], 3))]
                          + [("expr", f"np.sum(a, axis=1)[{i}]") for i in range(min(shape[0], 2))]
                          + [("expr", "np.mean(a, axis=0)[-1]"), ("expr", "np.std(a, axis=1)[0]"),
                             ("expr", "np.sum(a.T, axis=0)[1]")]))
    # 3-D: reducing over leading axes adds slice after slice; over the last axis each row is
    # pairwise and the row sums are added one after another (out += pairwise(row)).
    for shape in [(2, 3, 40), (4, 5, 3), (3, 2, 130), (3, 11, 20)]:
        a = big_values(rng, shape[0] * shape[1] * shape[2], dt64).reshape(shape)
        got = np.sum(a, axis=(0, 2))
        for j in range(shape[1]):
            acc = pairwise(list(a[0, j]), dt64)
            for i in range(1, shape[0]):
                acc = acc + pairwise(list(a[i, j]), dt64)
            assert acc == got[j], "NumPy's multi-axis summation order changed"
        summary = f"np.array(<{a.size} float64 values>).reshape{shape}"
        cases.append(Case("summation order", [("a", a, summary)],
                          [("expr", "np.sum(a, axis=(0, 2))"), ("expr", "np.sum(a, axis=(0, 1))"),
                           ("expr", "np.sum(a, axis=(1, 2))"), ("expr", "np.sum(a, axis=2)"), ("expr", "np.sum(a)"),
                           ("expr", "np.mean(a, axis=(0, 2))"), ("expr", "np.std(a, axis=(-1, 0))"),
                           ("expr", "a.var(axis=(0, 1))"), ("expr", "np.sum(a, axis=(0, 2))[0]"),
                           ("expr", "np.sum(a, axis=(0, 2))[1]"), ("expr", "np.sum(a, axis=(0, 1))[-1]"),
                           ("expr", "np.sum(a, axis=(1, 2))[0]"), ("expr", "np.mean(a, axis=(0, 2))[1]"),
                           # Axis 1 alone: each outer slice adds its rows one after another.
                           ("expr", "np.sum(a, axis=1)"), ("expr", "np.sum(a, axis=1)[-1, -1]"),
                           ("expr", "np.var(a, axis=1)[0, 1]")]))
    # NaN-laden: nansum replaces NaN with 0 and then sums pairwise.
    for n in [500, 1300]:
        a = big_values(rng, n, dt64)
        for k in rng.sample(range(n), n // 10):
            a[k] = np.nan
        summary = f"np.array(<{n} float64 values, one in ten NaN>)"
        cases.append(Case("summation order", [("a", a, summary)],
                          [("expr", "np.nansum(a)"), ("expr", "np.nanmean(a)"), ("expr", "np.nanstd(a)"),
                           ("expr", "np.sum(a)"), ("expr", "np.nanmax(a)"), ("expr", "np.nanmin(a)"),
                           ("expr", "np.median(a)"), ("expr", "np.argmax(a)")]))
    return cases


# ---------------------------------------------------------------- sorting and searching
def sorting_cases(rng):
    cs = []
    cat = "sorting and searching"

    def add(inputs, *exprs):
        cs.append(Case(cat, inputs, [("expr", e) for e in exprs]))

    for j, dt in enumerate(DTYPES):
        # argsort: default kind only on tie-free data (its tie order is unspecified); stable anywhere.
        for n in [6, 17]:
            if dt != "bool":
                a = distinct(rng, dt, n, nan=dt in FLOATS and rng.random() < 0.5)
                add([("a", a)], "np.argsort(a)", "a.argsort()", "np.sort(a)")
            ties = make(rng, dt, (n,), nan=0.25 if dt in FLOATS else 0.0, lo=-3, hi=3)
            add([("a", ties)], "np.argsort(a, kind=\"stable\")", "a[np.argsort(a)]", "np.sort(a)",
                "np.sort(a, kind=\"stable\")")
        if dt != "bool":
            a2 = distinct(rng, dt, 12).reshape(3, 4)
            add([("a", a2)], "np.argsort(a)", "np.argsort(a, axis=0)", "np.argsort(a, axis=None)",
                "np.argsort(a, axis=-1)")
        m = make(rng, dt, (3, 4), nan=0.2 if dt in FLOATS else 0.0)
        add([("a", m)], *rot(["np.sort(a)", "np.sort(a, axis=0)", "np.sort(a, axis=None)", "np.sort(a, axis=-2)",
                              "np.argsort(a, axis=0, kind=\"stable\")", "np.argsort(a, axis=1, kind=\"stable\")",
                              "a[np.argsort(a, axis=None)]"], j))
        t3 = make(rng, dt, (2, 3, 4), nan=0.15 if dt in FLOATS else 0.0)
        add([("a", t3)], "np.sort(a, axis=1)", "np.argsort(a, axis=0, kind=\"stable\")")
        add([("a", make(rng, dt, (0,)))], *rot(["np.sort(a)", "np.argsort(a)"], j))
        add([("a", make(rng, dt, (0, 3)))], *rot(["np.sort(a, axis=0)", "np.argsort(a, axis=1)"], j))
        add([("a", make(rng, dt, ()))], *rot(["np.sort(a)", "np.argsort(a)", "np.sort(a, axis=None)"], j))
        add([("a", m)], *rot(["np.sort(a, axis=2)", "np.argsort(a, axis=-3)"], j))
        # In place: the array, then a mutable view of every other element.
        v = make(rng, dt, (7,), nan=0.25 if dt in FLOATS else 0.0)
        cs.append(Case(cat, [("a", v)], [("stmt", "a.sort()", "a")], mut=["a"]))
        w = make(rng, dt, (3, 4), nan=0.2 if dt in FLOATS else 0.0)
        cs.append(Case(cat, [("a", w)], [("stmt", "a.sort(axis=0)", "a")], mut=["a"]))
        cs.append(Case(cat, [("a", w)], [("stmt", "a.sort()" if j % 2 else "a.sort(axis=2)", "a")], mut=["a"]))
        u = make(rng, dt, (9,), nan=0.25 if dt in FLOATS else 0.0)
        cs.append(Case(cat, [("a", u)], [("stmt", "v.sort()", "a")],
                       setup=[("v = a[::2]", "let mut v = np!(&mut a[::2]);")], mut=["a"]))
        u2 = make(rng, dt, (4, 5))
        cs.append(Case(cat, [("a", u2)], [("stmt", "v.sort(axis=0)", "a")],
                       setup=[("v = a[:, 1::2]", "let mut v = np!(&mut a[:, 1::2]);")], mut=["a"]))
        cs.append(Case(cat, [("a", u2)], [("stmt", "v.sort()", "a")],
                       setup=[("v = a[::-1, ::2]", "let mut v = np!(&mut a[::-1, ::2]);")], mut=["a"]))

        # nonzero, argwhere, flatnonzero, where(c)
        for shape in rot([(8,), (3, 4), (2, 2, 3), (0,), (0, 2), ()], j):
            z = make(rng, dt, shape, nan=0.2 if dt in FLOATS else 0.0, lo=-1, hi=1)
            if dt in FLOATS and z.size >= 3:
                z.ravel()[0] = -0.0
            exprs = ["np.nonzero(a)", "np.argwhere(a)", "np.flatnonzero(a)", "np.where(a)"]
            if shape != ():
                exprs.append("a.nonzero()")
            add([("a", z)], *exprs)
        g = make(rng, dt, (3, 4), lo=-2, hi=3)
        if dt != "bool":
            add([("a", g)], "np.nonzero(a > 0)", "np.where(a > 1)", "np.argwhere(a == 0)", "a[np.nonzero(a > 0)]",
                "a[np.flatnonzero(a)]", "a[np.where(a > 1)]", "a[a.argmax()]", "a[np.argmax(a, axis=0), np.arange(4)]")
        else:
            add([("a", g)], "np.nonzero(~a)", "a[np.nonzero(a)]", "a[np.flatnonzero(a)]")

        # unique
        for shape in [(10,), [(3, 4), (0,), ()][j % 3]]:
            q = make(rng, dt, shape, nan=0.25 if dt in FLOATS else 0.0, lo=-3, hi=4)
            add([("a", q)], "np.unique(a)", "np.unique(a, return_counts=True)", "np.unique(a, return_index=True)",
                "np.unique(a, return_index=True, return_counts=True)")

        # searchsorted
        if dt != "bool":
            s = np.sort(make(rng, dt, (8,), lo=-4, hi=6))
            if dt in FLOATS:
                s[-1] = np.nan
            vdt = rng.choice(["int64", "float64", dt, "int8"])
            v = make(rng, vdt, (5,), lo=-5, hi=7)
            add([("a", s)], "np.searchsorted(a, 2)", "np.searchsorted(a, 2, side=\"right\")",
                "np.searchsorted(a, -10)", "np.searchsorted(a, 100)", "np.searchsorted(a, 2.5)")
            add([("a", s), ("v", v)], "np.searchsorted(a, v)", "np.searchsorted(a, v, side=\"right\")",
                "a.searchsorted(v)", "np.searchsorted(a, v, side=\"left\")")
        else:
            s = np.array([False, False, True, True, True])
            v = np.array([True, False])
            add([("a", s), ("v", v)], "np.searchsorted(a, v)", "np.searchsorted(a, v, side=\"right\")")

        # bincount (integer inputs; others raise)
        x = make(rng, dt, (9,), lo=0, hi=6)
        if dt in FLOATS:
            x = np.abs(np.round(x)).astype(dt)
        wv = np.array([v / 4 for v in rng.sample(range(-20, 20), 9)], dtype=rng.choice(["float64", "float32", "int32"]))
        add([("x", x)], "np.bincount(x)", "np.bincount(x, minlength=10)", "np.bincount(x, minlength=2)")
        add([("x", x), ("w", wv)], "np.bincount(x, weights=w)", "np.bincount(x, weights=w, minlength=8)")
    # Hand-picked searching corners.
    add([("a", np.array([3, 1, 2, 1, 3, 1, 2, 2, 1, 3, 3, 1, 2, 1, 1, 2, 3, 1, 2, 3, 1, 1, 1, 2]))],
        "np.argsort(a, kind=\"stable\")", "a[np.argsort(a)]", "np.unique(a, return_index=True)",
        "np.array_equal(np.sort(a), a[np.argsort(a)])", "np.unique(a).size", "np.nonzero(a > 2)[0].size")
    add([("a", np.array([np.nan, 1.0, np.inf, -np.inf, np.nan, 0.5]))], "np.argsort(a, kind=\"stable\")",
        "np.sort(a)", "np.unique(a)", "np.unique(a, return_counts=True, return_index=True)", "np.argmax(a)",
        "np.argmin(a)", "np.searchsorted(np.sort(a), 1)", "np.nonzero(a)")
    add([("a", np.array([1.0, 2.0, np.nan])), ("v", np.array([np.nan, 2.0, 5.0]))],
        "np.searchsorted(a, v)", "np.searchsorted(a, v, side=\"right\")")
    add([("a", np.array([1, 2, 2, 2, 5], dtype=np.int32)), ("v", np.array([[2, 5], [0, 6]]))],
        "np.searchsorted(a, v)", "np.searchsorted(a, v, side=\"right\")")
    add([("a", np.zeros((0,))), ("v", np.array([1.0, -1.0]))], "np.searchsorted(a, v)", "np.searchsorted(a, 3)")
    add([("a", np.array([[1, 2], [3, 4]]))], "np.searchsorted(a, 2)")
    add([("x", np.array([-1, 2, 3]))], "np.bincount(x)")
    add([("x", np.array([[1, 2], [0, 0]]))], "np.bincount(x)")
    add([("x", np.array(3))], "np.bincount(x)")
    add([("x", np.array([1, 2])), ("w", np.array([1.0]))], "np.bincount(x, weights=w)")
    add([("x", np.array([1, 2]))], "np.bincount(x, minlength=-1)", "np.bincount(x, minlength=0)")
    # Review of the rearranging functions: leading unit axes of a fill, sizes that overflow, the
    # order of np.pad's checks, an empty result of a copying mode, NumPy's two side messages.
    add([("v", np.array([1, 2, 3], dtype=np.int32))], "np.full(2, [[1, 2]])", "np.full((), [5])",
        "np.full_like(v, [[7, 8, 9]])", "np.repeat(v, 4611686018427387904)", "np.tile(v, 4611686018427387904)",
        "np.pad(v, 4611686018427387904)", 'np.pad(v, -1, "foo")', "np.roll(v, (9223372036854775807, 1))",
        'np.searchsorted(v, 1, "Right")', 'np.searchsorted(v, 1, "xleft")', 'np.searchsorted(v, 1, "")')
    add([("e", np.zeros((0, 3)))], 'np.pad(e, ((0, 0), (2, 0)), "edge")', 'np.pad(e, ((1, 0), (0, 0)), "wrap")',
        "np.pad(e, 1, constant_values=[1, 2, 3])")
    # Flags and weights given by position, and the side NumPy does not know.
    add([("x", np.array([0, 1, 1, 3])), ("w", np.array([0.5, 0.25, 0.25, 2.0]))], "np.bincount(x, w)",
        "np.bincount(x, w, minlength=6)", "np.unique(x, True)", "np.unique(x, False, False, True)",
        "np.searchsorted(x, 1, \"middle\")", "np.searchsorted(x, 1, side=\"middle\")")
    add([("x", np.zeros((0,), dtype=np.int64))], "np.bincount(x)", "np.bincount(x, minlength=3)")
    add([("a", np.array(7))], "np.nonzero(a)", "np.where(a)", "np.argwhere(a)", "np.flatnonzero(a)")
    add([("a", np.array(0.0))], "np.argwhere(a)", "np.flatnonzero(a)")
    add([("a", np.array([5, 3, 9, 1], dtype=np.uint16))], "a[np.argsort(a)]", "a[a.argmax()]", "a[a.argmin()]",
        "a[np.argsort(a)[::-1]]", "a[np.argsort(-a.astype(np.int64))]")
    # Counts, positions and shifts given as arrays of every integer dtype, or computed; a
    # boolean array is a mask for np.delete and np.insert, counts for np.repeat. Their own
    # random stream, so that adding them moved no other case.
    rng = random.Random(20261127)
    for j, it in enumerate(INTS):
        v = make(rng, DTYPES[(j * 3) % len(DTYPES)], (5,))
        m = make(rng, DTYPES[(j * 5 + 1) % len(DTYPES)], (3, 4))
        c = np.array([1, 0, 2, 1, 3], dtype=it)
        i = np.array(rng.sample([0, 1, 2, 3], 2), dtype=it)
        add([("v", v), ("m", m), ("c", c), ("i", i)], *rot([
            "np.repeat(v, c)", "np.repeat(v, c + 1)", "np.repeat(v, i[:1])", "np.repeat(v, c[2])",
            "np.delete(v, i)", "np.delete(v, c)", "np.insert(v, i, 9)", "np.insert(v, i, [7, 8])",
            "np.insert(v, i[:1], [7, 8])", "np.roll(v, i)", "np.roll(v, c[4])",
            "np.repeat(m, c[:3], axis=0)", "np.repeat(m, c[1:], axis=1)", "np.delete(m, i, axis=1)",
            "np.delete(m, i, axis=0)", "np.insert(m, i, [[1], [2], [3]], axis=1)",
            "np.insert(m, i[:1], [5, 6, 7], axis=0)", "np.roll(m, i, axis=(0, 1))", "np.delete(m, i)",
            "np.insert(m, i, 0)"], j, 1))
    b = np.array([True, False, True, False, False])
    add([("v", np.array([10, 20, 30, 40, 50])), ("b", b), ("m", np.arange(12).reshape(3, 4))],
        "np.delete(v, b)", "np.delete(v, v > 25)", "np.insert(v, b, 0)", "np.insert(v, v > 25, [1, 2, 3])",
        "np.repeat(v, b)", "np.roll(v, b)", "np.delete(v, b[:2])", "np.delete(m, m[0] > 1, axis=1)",
        "np.insert(m, m[:, 0] > 3, 9, axis=0)", "np.delete(v, m > 3)", "np.insert(v, m > 3, 0)",
        "np.repeat(v, m)", "np.insert(v, m, 0)", "np.roll(v, m)", "np.delete(v, m)",
        "np.insert(v, np.array([7]), 0)", "np.insert(v, np.array(7), 0)", "np.insert(v, [1, 9], 0)",
        "np.insert(v, [-6, 5], 0)", "np.insert(v, [-5, -1], 0)", "np.insert(m, [-5, 4], 0, axis=1)",
        "np.insert(v, [1, 2], [[1, 2], [3, 4]])", "np.insert(m, [0, 2], [[1, 2], [3, 4], [5, 6]], axis=1)",
        "np.insert(m, [0, 0], [7, 8], axis=1)", "np.insert(m, 1, [7, 8, 9], axis=1)",
        "np.insert(m, [1], [7, 8, 9], axis=1)", "np.insert(m, [0, 2], [[1, 2, 3]], axis=1)",
        "np.insert(v, [], 9)", "np.insert(v, [], [7, 8])", "np.delete(v, [])", "np.delete(v, np.array([7]))",
        "np.repeat(v, np.array([], dtype=np.int64))", "np.repeat(v, np.array([-2]))")
    # Quantiles given as arrays: their axes lead the result, their dtype decides its dtype.
    for j, qt in enumerate(NUMERIC):
        a = make(rng, NUMERIC[(j * 3 + 1) % len(NUMERIC)], (3, 4))
        q = np.array([[0, 25], [60, 100]], dtype=qt)
        q01 = np.array([1, 0], dtype=qt)
        add([("a", a), ("q", q), ("p", q01)], *rot([
            "np.percentile(a, q)", "np.percentile(a, q, axis=0)", "np.percentile(a, q, axis=1, keepdims=True)",
            "np.quantile(a, p)", "np.quantile(a, p, axis=1)", "np.quantile(a, q / 100)",
            "np.percentile(a, q[0])", "np.percentile(a, q[1, 1])", "np.quantile(a, p[0])",
            "np.percentile(a, q * 2)", "np.quantile(a, -p)"], j, 1))
    add([("a", np.arange(10.0)), ("q", np.array([], dtype=np.float64))], "np.percentile(a, q)",
        "np.quantile(a, q)")
    # Booleans: integer quantiles pick values; any other interpolates with a subtraction NumPy
    # refuses for booleans (TypeError; npview refuses at compile time).
    add([("b", np.array([True, False, True])), ("p", np.array([1, 0])), ("q", np.array([0.5, 1.0]))],
        "np.quantile(b, 1)", "np.quantile(b, [0, 1])", "np.quantile(b, p)", "np.quantile(b, 0)",
        "np.percentile(b, 50)", "np.percentile(b, [0, 100])", "np.percentile(b, p)", "np.quantile(b, q)",
        "np.quantile(b, 0.5)", "np.median(b)")
    return cs


# ---------------------------------------------------------------- constructors
def constructor_cases(rng):
    cs = []
    cat = "constructors"

    def add(*exprs, inputs=()):
        cs.append(Case(cat, list(inputs), [("expr", e) for e in exprs]))

    add("np.array([[1, 2], [3, 4]])", "np.array([1, 2, 3])", "np.array([1.5, 2, -3])", "np.array([True, False])",
        "np.array([[1, 2], [3, 4]], dtype=np.float32)", "np.array([[1.7, -2.7]], dtype=np.int32)",
        "np.array([1, -1], dtype=np.uint8)", "np.array([300], dtype=np.int8)", "np.array([[1, 2], [3]])",
        "np.array(5)", "np.array(2.5)", "np.array(True)", "np.array([])", "np.array([[], []])", "np.array([1, True])",
        "np.array([1.5, True])", "np.array([[1, 2], [3, 4]], dtype=bool)", "np.array([0, 2], dtype=np.bool_)",
        "np.array([[[1], [2]], [[3], [4]]])", "np.array([[1, 2]], dtype=np.uint64)", "np.array([-1, 0.5], dtype=np.float32)",
        "np.array([9223372036854775807])", "np.array([1, 2], dtype=float)",
        "np.array([1, 2], dtype=int)", "np.array([[1, 2], [3, 4]]).sum()", "np.array([0.1, 0.2, 0.3]).sum()")
    for j, dt in enumerate(DTYPES):
        a = make(rng, dt, (2, 3))
        add("np.zeros_like(a)", "np.ones_like(a)", "np.empty_like(a)", "np.full_like(a, 5)",
            *rot(["np.array(a)", "np.array(a, dtype=np.float32)", "np.full_like(a, 2.7)", "np.full_like(a, -1)",
                  "np.full_like(a, True)", "np.zeros_like(a, dtype=np.int8)", "np.ones_like(a, dtype=np.float64)",
                  "np.full_like(a, 5, dtype=np.float32)"], j), inputs=[("a", a)])
    # np.empty is compared with np.zeros of its shape and dtype (npview fills with zeros).
    for e in ["np.empty((2, 3))", "np.empty(4, dtype=np.int32)", "np.empty((0, 2))", "np.empty((2, 2), dtype=bool)",
              "np.empty(3, dtype=np.uint16)"]:
        cs.append(expr_case(cat, [], e, e.replace("np.empty", "np.zeros")))
    # np.empty_like likewise: swap the expected value for zeros_like.
    for c in cs:
        c.checks = [("expr", ch[1], "np.zeros_like(a)") if ch[1] == "np.empty_like(a)" else ch for ch in c.checks]
    for dt in DTYPES:
        add(f"np.zeros((2, 3), dtype={np_dtype(dt)})", f"np.ones(4, dtype={np_dtype(dt)})",
            f"np.full((2, 2), 7, dtype={np_dtype(dt)})", f"np.eye(3, dtype={np_dtype(dt)})",
            f"np.identity(2, dtype={np_dtype(dt)})", f"np.zeros(0, dtype={np_dtype(dt)})",
            f"np.ones((2, 0, 3), dtype={np_dtype(dt)})", f"np.full(3, -1, dtype={np_dtype(dt)})")
    add("np.zeros((2, 3))", "np.zeros(3)", "np.ones(4, dtype=np.int32)", "np.ones((2, 2, 2))", "np.zeros(-1)",
        "np.full((2, 2), 7)", "np.full((2, 2), 7.5)", "np.full(3, True)", "np.full((2, 3), 2.5, dtype=np.int16)",
        "np.full((2, 3), 300, dtype=np.uint8)", "np.full(0, 1)", "np.ones((3,), dtype=int)", "np.zeros((1, 1), dtype=float)",
        "np.eye(3)", "np.eye(3, 4, k=1)", "np.eye(4, k=-2)", "np.eye(3, k=5)", "np.eye(2, 3)", "np.eye(3, 2, k=-1)",
        "np.eye(0)", "np.eye(1)", "np.identity(3)", "np.identity(1, dtype=bool)", "np.eye(3, 4, k=-3)")
    # A lone Python int fill must fit the dtype (NumPy's OverflowError, refused at compile
    # time); a list goes through an int64 array and is cast unsafely; a float truncates.
    add("np.full(2, [1, 300], dtype=np.uint8)", "np.full((2, 2), [-1, 256], dtype=np.uint8)",
        "np.full(2, 7.9, dtype=np.uint8)", "np.full(2, -7.9, dtype=np.int8)", "np.full(2, 300, dtype=np.float32)",
        "np.full(2, -1, dtype=np.int8)", "np.full(2, -1, dtype=np.uint64)")
    add("np.full_like(s, 200, dtype=np.int16)", "np.full_like(s, [1, -129])", "np.full_like(s, 200)",
        "np.full_like(s, -128)", "np.insert(s, 1, 2.7)", "np.insert(s, [0, 1], [5, -129])", "np.insert(s, 1, -128)",
        "np.insert(s, 1, 128)", "np.insert(s.astype(np.int16), 1, 128)", inputs=[("s", np.array([1, 2], dtype=np.int8))])
    # arange: integer and float forms, NumPy's length rule ceil((stop - start) / step).
    add("np.arange(5)", "np.arange(0)", "np.arange(-3)", "np.arange(2, 9)", "np.arange(2, 9, 3)", "np.arange(9, 2, -2)",
        "np.arange(5, 2)", "np.arange(-4, 4, 3)", "np.arange(10, dtype=np.int8)", "np.arange(0, 5, dtype=np.uint8)",
        "np.arange(5, dtype=np.float32)", "np.arange(5.0)", "np.arange(2.5)", "np.arange(0, 1, 0.1)",
        "np.arange(1, 0, -0.25)", "np.arange(1, 1.3, 0.1)", "np.arange(1, 2, 0.1)", "np.arange(0.5, 3.7, 0.3)",
        "np.arange(-3, 3, 0.5)", "np.arange(0, 1, 0.1, dtype=np.float32)", "np.arange(0, 5, 0.5, dtype=np.int64)",
        "np.arange(0, 10, 0)", "np.arange(0, -1, 0.1)", "np.arange(0.1, 0.4, 0.1)", "np.arange(3, dtype=bool)",
        "np.arange(0, 2, 1 / 3)", "np.arange(10, 0, -3)", "np.arange(0.0, 1.0, 0.25)")
    # Integer bounds into a smaller dtype: the first two values must fit (NumPy's
    # OverflowError), the later ones wrap.
    add("np.arange(-1, 3, dtype=np.uint8)", "np.arange(300, dtype=np.uint8)", "np.arange(0, -5, -1, dtype=np.uint8)",
        "np.arange(0, 3, 1000, dtype=np.int8)", "np.arange(-129, -127, dtype=np.int8)", "np.arange(5, 0, -2, dtype=np.uint8)",
        "np.arange(-1, -3, dtype=np.uint8)", "np.arange(-1, 0, dtype=np.uint8)", "np.arange(-1, 3, 0, dtype=np.uint8)",
        "np.arange(0, 3, -300, dtype=np.uint8)", "np.arange(126, 130, dtype=np.int8)")
    for e in ["np.arange(0, 1, 0.1).size", "np.arange(1, 1.3, 0.1).size", "np.arange(0.1, 0.4, 0.1).size",
              "np.arange(0, 2, 1 / 3).size", "np.arange(1, 0, -0.25).size", "np.arange(0.5, 3.7, 0.3).size",
              "np.arange(5, 2).size", "np.arange(2, 9, 3).size", "np.arange(1, 2.1, 0.1).size", "np.arange(0, 0.7, 0.1).size"]:
        add(e)
    # Array reprs print 8 digits; the elements read back as scalars show NumPy's exact values
    # (arange: start + i * ((start + step) - start); linspace: i * ((stop - start) / div) + start).
    add("np.arange(1, 2, 0.1)[2]", "np.arange(1, 2, 0.1)[9]", "np.arange(0, 1, 0.1)[3]", "np.arange(0, 1, 0.1)[-1]",
        "np.arange(0.5, 3.7, 0.3)[-1]", "np.arange(1, 1.3, 0.1)[-1]", "np.arange(0, 1, 0.1, dtype=np.float32)[9]",
        "np.arange(-3, 3, 0.7)[5]", "np.arange(0, 2, 1 / 3)[4]", "np.linspace(0, 1, 7)[5]", "np.linspace(0, 1, 7)[6]",
        "np.linspace(0, 1, 7, endpoint=False)[3]", "np.linspace(0.1, 0.9, 9)[7]", "np.linspace(-2.5, 2.5, 6)[4]",
        "np.linspace(0, 1, 11)[3]", "np.linspace(1, 0, 6)[3]", "np.linspace(0, 1, 3, dtype=np.float32)[1]")
    add("np.linspace(0, 1, 5)", "np.linspace(0, 1, 7)", "np.linspace(0, 1, 5, endpoint=False)", "np.linspace(2, 3, 1)",
        "np.linspace(2, 3, 0)", "np.linspace(-1, 1, 4)", "np.linspace(0, 10, 5, dtype=np.int64)", "np.linspace(1, 0, 6)",
        "np.linspace(0, 1, 11)", "np.linspace(0, 1, -1)", "np.linspace(0, 1, 7, endpoint=False)", "np.linspace(0, 1)",
        "np.linspace(5, 5, 3)", "np.linspace(0, 1, 3, dtype=np.float32)", "np.linspace(-2.5, 2.5, 6)",
        "np.linspace(0.1, 0.9, 9)", "np.linspace(2, 3, 1, endpoint=False)", "np.linspace(0, 1, 2)")
    # tile and repeat on every dtype.
    for j, dt in enumerate(DTYPES):
        a = make(rng, dt, (3,))
        m = make(rng, dt, (2, 3))
        add(*rot(["np.tile(a, 2)", "np.tile(a, (2, 1))", "np.tile(a, (2, 2))", "np.tile(a, 0)", "np.repeat(a, 2)",
                  "np.repeat(a, [1, 2, 3])", "np.repeat(a, [1, 2])", "np.repeat(a, 0)", "a.repeat(2)"], j),
            inputs=[("a", a)])
        add(*rot(["np.tile(m, 2)", "np.tile(m, (2, 1))", "np.tile(m, (2, 1, 1))", "np.repeat(m, 2)",
                  "np.repeat(m, 2, axis=0)", "np.repeat(m, [1, 0, 2], axis=1)", "np.repeat(m, 2, axis=-1)",
                  "np.repeat(m, 2, axis=2)"], j), inputs=[("m", m)])
    add("np.repeat(a, -1)", "np.repeat(a, [1, -1, 2])", "np.tile(a, 3)", "np.repeat(a, 3)", "np.tile(a, (2, 0))",
        inputs=[("a", np.array([1, 2, 3], dtype=np.int16))])
    add("np.tile(a, 3)", "np.repeat(a, 3)", "np.tile(a, (2, 2))", inputs=[("a", np.array(5, dtype=np.int8))])
    add("np.tile(a, 2)", "np.repeat(a, 2)", "np.repeat(a, 2, axis=1)", inputs=[("a", np.zeros((2, 0), dtype=np.float32))])
    # meshgrid: NumPy 2 returns a tuple; each output keeps its input's dtype.
    pairs = [("int64", "int64"), ("float64", "int32"), ("int8", "uint8"), ("float32", "float64"), ("bool", "int16"),
             ("uint64", "float32"), ("int32", "int32"), ("uint16", "uint32")]
    for d1, d2 in pairs:
        x = make(rng, d1, (3,))
        y = make(rng, d2, (2,))
        add("np.meshgrid(x, y)", "np.meshgrid(x, y, indexing=\"ij\")", "np.meshgrid(y, x, indexing=\"xy\")",
            inputs=[("x", x), ("y", y)])
    x, y, z = make(rng, "int64", (2,)), make(rng, "float64", (3,)), make(rng, "int8", (2,))
    add("np.meshgrid(x, y, z)", "np.meshgrid(x, y, z, indexing=\"ij\")", "np.meshgrid(x)", "np.meshgrid(x, np.zeros(0))",
        inputs=[("x", x), ("y", y), ("z", z)])
    add("np.meshgrid(x, y)", inputs=[("x", np.array([[1, 2], [3, 4]])), ("y", np.array([5, 6, 7]))])
    # Another array's shape and lengths: a shape where NumPy takes one, Python ints in an
    # expression (weak, as literals: int8 + m.shape[0] stays int8; -m.shape[1] is negative).
    for dt in ["int8", "uint16", "int64", "float32", "bool"]:
        m = np.arange(6).reshape(2, 3).astype(dt)
        v = np.arange(10).astype(dt)
        add("np.zeros(m.shape)", "np.ones(m.T.shape, dtype=np.int32)", "np.full(m.shape, 7)", "np.empty(m.shape)",
            "v[:6].reshape(m.shape)", "np.reshape(v[:6], m.T.shape)", "np.broadcast_to(m[0], m.shape)",
            "m + m.shape[0]", "v * m.shape[1]", "v[-m.shape[1]:]", "v[:-m.shape[0]]", "v[-m.shape[0]]",
            "-m.shape[1]", "m.shape[0] - m.shape[1]", "v + v.size", "v - m.ndim", "np.full(m.shape[1], m.shape[0])",
            "np.where(v > 5, m.shape[0], 0)", "np.linspace(-v.shape[0], v.shape[0], 3)", "np.array([m.shape[0], 1])",
            "np.arange(m.shape[1])", "m.shape[-1]", "m.shape[2]",
            inputs=[("m", m), ("v", v)])
    # np.split into positions held in an array, or a count held in a variable.
    add("np.split(v, i)[1]", "np.split(v, i)[-1]", "np.array_split(v, i)[0]", "np.hsplit(v, i)[2]",
        "np.split(v, i)[3]", "np.split(m, i[:1], axis=1)[1]", "np.vsplit(m, i[:1])[0]",
        inputs=[("v", np.arange(10)), ("m", np.arange(12).reshape(3, 4)), ("i", np.array([3, 7]))])
    return cs


# ---------------------------------------------------------------- joining
def join_cases(rng):
    cs = []
    cat = "joining"

    def add(inputs, *exprs):
        cs.append(Case(cat, inputs, [("expr", e) for e in exprs]))

    # Every dtype pair through concatenate (NumPy's promotion), a sample through the others.
    for d1 in DTYPES:
        for d2 in DTYPES:
            a = make(rng, d1, (3,))
            b = make(rng, d2, (2,))
            add([("a", a), ("b", b)], "np.concatenate((a, b))")
    pairs = [(d1, d2) for d1 in DTYPES for d2 in DTYPES]
    for d1, d2 in rng.sample(pairs, 40):
        a = make(rng, d1, (2, 3))
        b = make(rng, d2, (2, 3))
        e = rng.choice(["np.stack((a, b))", "np.vstack((a, b))", "np.hstack((a, b))", "np.append(a, b)",
                        "np.column_stack((a, b))", "np.dstack((a, b))", "np.concatenate((a, b), axis=1)",
                        "np.append(a, b, axis=0)", "np.stack((a, b), axis=-1)", "np.concatenate((a, b), axis=None)"])
        add([("a", a), ("b", b)], e)
    for j, dt in enumerate(DTYPES):
        a = make(rng, dt, (2, 3))
        b = make(rng, dt, (2, 3))
        c = make(rng, dt, (2, 2))
        add([("a", a), ("b", b)], *rot(["np.concatenate((a, b))", "np.concatenate((a, b), axis=1)",
            "np.concatenate((a, b), axis=None)", "np.concatenate((a, b), axis=-1)", "np.concatenate((a, b, a))",
            "np.stack((a, b))", "np.stack((a, b), axis=1)", "np.stack((a, b), axis=-1)", "np.vstack((a, b))",
            "np.hstack((a, b))", "np.column_stack((a, b))", "np.dstack((a, b))", "np.append(a, b)",
            "np.append(a, b, axis=0)", "np.append(a, b, axis=1)", "np.concatenate((a, b), axis=2)",
            "np.stack((a, b), axis=3)"], j))
        add([("a", a), ("c", c)], *rot(["np.concatenate((a, c))", "np.concatenate((a, c), axis=1)", "np.stack((a, c))",
            "np.vstack((a, c))", "np.hstack((a, c))", "np.append(a, c, axis=0)", "np.dstack((a, c))"], j))
        v = make(rng, dt, (3,))
        w = make(rng, dt, (2,))
        add([("v", v), ("w", w)], *rot(["np.concatenate((v, w))", "np.stack((v, w))", "np.vstack((v, w))", "np.hstack((v, w))",
            "np.column_stack((v, w))", "np.dstack((v, w))", "np.append(v, w)"], j))
        add([("a", a), ("v", v)], *rot(["np.vstack((a, v))", "np.concatenate((a, v))", "np.column_stack((a[0], v))",
            "np.append(a, v)", "np.append(a, v, axis=0)", "np.hstack((a, v))"], j))
        # insert / delete
        add([("v", v)], *rot(["np.insert(v, 1, 5)", "np.insert(v, [1, 3], [7, 8])", "np.insert(v, 3, 9)", "np.insert(v, -1, 4)",
            "np.insert(v, 5, 1)", "np.insert(v, 1, 2.5)", "np.insert(v, 0, -1)", "np.insert(v, 1, [1, 2])",
            "np.delete(v, 1)", "np.delete(v, [0, 2])", "np.delete(v, -1)", "np.delete(v, 3)", "np.delete(v, [])",
            "np.append(v, 5)", "np.append(v, [1.5])", "np.append(v, [[1, 2]])"], j))
        add([("a", a)], *rot(["np.insert(a, 1, 0, axis=1)", "np.insert(a, 1, 5)", "np.insert(a, 2, [7, 8, 9], axis=0)",
            "np.insert(a, 1, [7, 8], axis=1)", "np.insert(a, 0, 1, axis=2)", "np.delete(a, 1, axis=0)",
            "np.delete(a, [0, 2], axis=1)", "np.delete(a, 1)", "np.delete(a, 5, axis=1)", "np.delete(a, -1, axis=-1)"], j))
        # roll
        add([("a", a)], *rot(["np.roll(a, 2)", "np.roll(a, -1, axis=1)", "np.roll(a, 1, axis=0)", "np.roll(a, 7)",
            "np.roll(a, (1, 2), axis=(0, 1))", "np.roll(a, 1, axis=2)", "np.roll(a, -4, axis=-1)"], j))
        add([("v", v)], *rot(["np.roll(v, 2)", "np.roll(v, -1)", "np.roll(v, 0)", "np.roll(v, 10)"], j))
        # pad
        add([("v", v)], *rot(["np.pad(v, 2)", "np.pad(v, (1, 2))", "np.pad(v, 1, constant_values=9)", "np.pad(v, (2, 3), mode=\"edge\")",
            "np.pad(v, 1, constant_values=-1)", "np.pad(v, 1, constant_values=2.5)", "np.pad(v, 0)"], j))
        add([("a", a)], *rot(["np.pad(a, 1)", "np.pad(a, (1, 2))", "np.pad(a, ((1, 0), (0, 2)), mode=\"edge\")",
            "np.pad(a, 1, constant_values=9)", "np.pad(a, ((0, 0), (2, 1)))", "np.pad(a, 1, mode=\"edge\")",
            "np.pad(a, ((1, 2), (3, 0)), constant_values=7)"], j))
    # Empty and 0-d inputs, and the errors.
    e0 = np.zeros((0, 3), dtype=np.int32)
    b3 = np.arange(6, dtype=np.int32).reshape(2, 3)
    add([("a", e0), ("b", b3)], "np.concatenate((a, b))", "np.vstack((a, b))", "np.stack((a, a))",
        "np.concatenate((a, a), axis=1)", "np.append(a, b, axis=0)", "np.concatenate((b, a), axis=1)",
        "np.hstack((a, a))", "np.roll(a, 2)", "np.pad(a, 1)", "np.pad(a, ((0, 0), (1, 1)), mode=\"edge\")",
        "np.pad(a, 1, mode=\"edge\")", "np.insert(a, 0, 5, axis=0)", "np.delete(b, [0, 1], axis=0)", "np.tile(a, 2)")
    s1, s2 = np.array(1, dtype=np.int64), np.array(2.5)
    add([("a", s1), ("b", s2)], "np.concatenate((a, b))", "np.stack((a, b))", "np.hstack((a, b))", "np.vstack((a, b))",
        "np.column_stack((a, b))", "np.dstack((a, b))", "np.append(a, b)", "np.roll(a, 1)", "np.pad(a, 1)",
        "np.insert(a, 0, 3)", "np.delete(a, 0)", "np.stack((a, b), axis=1)", "np.stack((a, b), axis=-1)")
    t3 = np.arange(24, dtype=np.int16).reshape(2, 3, 4)
    add([("a", t3)], "np.concatenate((a, a), axis=2)", "np.concatenate((a, a), axis=-2)", "np.stack((a, a), axis=3)",
        "np.dstack((a, a))", "np.vstack((a, a))", "np.hstack((a, a))", "np.concatenate((a, a), axis=3)",
        "np.roll(a, 1, axis=(0, 2))", "np.roll(a, (1, -1), axis=(1, 2))", "np.pad(a, 1)", "np.delete(a, 1, axis=1)",
        "np.insert(a, 1, 0, axis=2)", "np.append(a, a, axis=1)", "np.pad(a, ((0, 0), (1, 1), (0, 0)), mode=\"edge\")")
    add([("a", np.zeros((2, 3))), ("b", np.ones((3, 2)))], "np.concatenate((a, b))", "np.concatenate((a, b), axis=1)",
        "np.stack((a, b))", "np.vstack((a, b))", "np.hstack((a, b))", "np.dstack((a, b))", "np.column_stack((a, b))",
        "np.concatenate((a, b), axis=None)", "np.append(a, b)", "np.append(a, b, axis=1)")
    add([("a", np.zeros((2, 3), dtype=np.int8)), ("b", np.ones(3, dtype=np.int8))], "np.concatenate((a, b))",
        "np.stack((a, b))", "np.append(a, b, axis=0)", "np.vstack((a, b))", "np.column_stack((a, b))")
    add([("a", np.zeros((2, 3), dtype=np.int16)), ("b", np.ones((2, 3), dtype=np.uint8))],
        "np.concatenate((a, b)).ndim", "np.stack((a, b)).ndim", "np.stack((a, b), axis=1).size",
        "np.concatenate((a, b), axis=None).ndim", "np.dstack((a, b)).ndim", "np.array_equal(np.vstack((a, b)), np.concatenate((a, b)))")
    # np.pad's copying modes and per-side values, np.roll's shifts broadcast against its axes,
    # np.full's array fill values, and their errors.
    v3 = np.array([1, 2, 3], dtype=np.int32)
    m23 = np.arange(6, dtype=np.int64).reshape(2, 3)
    one = np.array([7.5])
    add([("v", v3)], 'np.pad(v, 5, mode="reflect")', 'np.pad(v, 5, mode="symmetric")', 'np.pad(v, 5, mode="wrap")',
        'np.pad(v, (2, 7), mode="reflect")', 'np.pad(v, (0, 4), mode="symmetric")', 'np.pad(v, (1, 8), mode="wrap")',
        "np.pad(v, -1)", "np.pad(v, (1, -1))", "np.pad(v, (1, 2), constant_values=(9, 8))",
        "np.pad(v, 1, constant_values=[9, 8])", "np.pad(v, 1, constant_values=[1, 2, 3])",
        'np.pad(v, 1, mode="empty").size', 'np.pad(v, 1, mode="foo")', "np.roll(v, (1, 2))",
        "np.roll(v, (1, -3), axis=0)", "np.roll(v, 1, axis=(0, 0))", "np.roll(v, (1, 2, 3), axis=(0, 0))",
        "np.full((2, 3), v)", "np.full_like(v, [4, 5, 6])", "np.full((2, 2), v)", "np.full((2, 3), [[1], [2]])",
        "np.full(3, [5])", "np.tile(v, (2, 1, 3))", "np.repeat(v, [0, 2, 1])", "np.delete(v, [0, 0, -1])")
    add([("m", m23), ("o", one)], 'np.pad(m, ((1, 3), (4, 2)), mode="reflect")',
        'np.pad(m, ((3, 1), (2, 5)), mode="symmetric")', 'np.pad(m, ((3, 1), (2, 5)), mode="wrap")',
        "np.pad(m, 1, constant_values=((7, 8), (5, 6)))", 'np.pad(m, ((1, 2),), mode="edge")',
        "np.pad(m, ((1, 2), (0, 1), (1, 1)))", 'np.pad(o, 3, mode="reflect")',
        "np.pad(m, 1, constant_values=[[7, 8], [5, 6], [1, 2]])", "np.roll(m, (1, 2), axis=(0, 1, 1))",
        "np.roll(m, (1, 2), axis=1)", "np.full_like(m, [1, 2, 3])", "np.full_like(m, [1, 2])", "np.tile(m, (3, 1, 2))",
        "np.repeat(m, [1, 0, 2], axis=1)", "np.repeat(m, 2, axis=0)", "np.delete(m, [0, 2], axis=1)")
    add([("a", np.zeros(0, dtype=np.float32))], "np.pad(a, 1, mode=\"edge\")", "np.pad(a, 2, constant_values=1.5)",
        "np.roll(a, 3)", "np.insert(a, 0, 1)", "np.delete(a, 0)", "np.append(a, 1)", "np.concatenate((a, a))")
    return cs


# ---------------------------------------------------------------- output
HEADER = """//! NumPy conformance for reductions, sorting and searching, constructors and joins: np!
//! against NumPy {version}'s own answers (repr() of every result: values and dtype).
//!
//! GENERATED by `scripts/gen_reduce_cases.py` (NumPy {version}, seed {seed}); do not edit by hand.
//! {total} checks (one `expect_*` call each) in {blocks} blocks:
{counts}
//!
//! Rules this corpus applies:
//! - The np! text is the NumPy text of the case, unchanged.
//! - `np.empty(...)`/`np.empty_like(a)`: npview fills with zeros, so the expected value is
//!   NumPy's `np.zeros(...)`/`np.zeros_like(a)` of the same shape and dtype (the case text
//!   says so after `# expected:`).
//! - Default-kind `np.argsort`/`a.argsort()` and `np.sort` are checked directly only where the
//!   order is unique (distinct values, at most one NaN); with ties NumPy leaves the order of
//!   equal elements unspecified (introsort, or AVX-512/AVX2 sorting networks depending on the
//!   CPU), so ties are checked through `kind="stable"` and through `a[np.argsort(a)]`.
//! - `-0.0` is never mixed with `0.0` in inputs to sort, unique, min/max or argmin/argmax:
//!   which of the two equal zeros comes first or survives depends on the SIMD path.
//! - `np.count_nonzero(a)` without `axis` is a NumPy scalar (`np.int64(3)`) in NumPy {version},
//!   so it is checked with `expect_repr`; Python values (`.size`, `.ndim`, `np.array_equal`)
//!   are checked with `expect_py`.
//! - Float inputs of the random cases are multiples of 1/4, so their sums are exact in any
//!   order (a mean, std or var then divides once, or takes a square root). The "summation
//!   order" cases use a few hundred to a few thousand non-dyadic values where a left-to-right
//!   sum differs from NumPy's: pairwise in blocks of 8 up to 128 elements and halves above;
//!   along axis 0 of a C-ordered 2-D array, row after row; over several axes ending with the
//!   last, each row pairwise and the row sums added in order; with axis=None, pairwise over
//!   memory order, also for `a.T`. The script asserts these orders against NumPy.
//! - Array reprs print at most 8 digits after the point, so exact float results (sums along
//!   an axis, arange and linspace elements) are also checked as scalars read back by index
//!   (`np.sum(a, axis=0)[1]`, `np.arange(1, 2, 0.1)[2]`), whose repr shows every digit.
//! - Checks that share their inputs share one block, so np! must borrow its operands.
//! - Forms are spread over dtypes in turn (each form on about half the dtypes, every
//!   function on every dtype); in-place sorts that fail are followed by a check that the
//!   array is unchanged.
//!
//! Left out (np! cannot spell them, or they have no Rust type):
//! - `np.concatenate(())`, `np.stack(())`, `np.meshgrid()`: an empty sequence of arrays has
//!   no element type.
//! - `np.nan`/`np.inf` and `**` inside np! expressions: NaN and infinity inputs are built in
//!   Rust (`f64::NAN`) instead. Integer literals past i64::MAX (`np.array([2**63])` is
//!   uint64, `2**64` an object array) are not used.
//! - `np.ptp` as a method: NumPy 2 removed `ndarray.ptp`.
//! - {compile_time} checks npview refuses at compile time, so not generated: NumPy errors the
//!   dtypes decide (TypeError, OverflowError: `np.ptp` of booleans, a Python int out of a
//!   dtype's range, argmin over a tuple of axes), forms the static ranks or the literals decide
//!   (an axis or `nonzero` of a 0-d array, a ragged list literal), and `np.meshgrid` of other
//!   than two arrays (not supported).

#![allow(
    clippy::too_many_lines,
    clippy::approx_constant,
    clippy::unreadable_literal,
    unused_variables,
    unused_mut
)]

mod support;

use npview::{{np, Array}};
use support::{{expect_err, expect_py, expect_repr, report}};
"""


def main():
    rng = random.Random(SEED)
    groups = [
        reduction_corner_cases(),
        reduction_cases(rng),
        empty_cases(rng),
        order_cases(rng),
        sorting_cases(rng),
        constructor_cases(rng),
        join_cases(rng),
    ]
    stats = {}
    blocks = []
    for g in groups:
        for c in g:
            blocks.append(emit(c, stats))
    # Chunk by checks, about CASES_PER_FN each.
    fns = []
    chunk, count = [], 0
    for body, n in blocks:
        chunk.append(body)
        count += n
        if count >= CASES_PER_FN:
            fns.append((chunk, count))
            chunk, count = [], 0
    if chunk:
        fns.append((chunk, count))
    out = []
    for k, (chunk, count) in enumerate(fns):
        name = f"cases_{k:03}"
        out.append(f"#[test]\nfn {name}() {{\n    let mut failures = Vec::new();\n" + "\n".join(chunk)
                   + f"\n    report({rust_str(name)}, {count}, &failures);\n}}\n")
    total = sum(v["ok"] + v["err"] for v in stats.values())
    counts = "\n".join(f"//! - {cat}: {v['ok'] + v['err']} ({v['ok']} results, {v['err']} errors)"
                       for cat, v in stats.items())
    text = HEADER.format(version=np.__version__, seed=SEED, total=total, blocks=len(blocks), counts=counts,
                         compile_time=len(COMPILE_TIME))
    OUT.write_text(text + "\n" + "\n".join(out))
    for cat, v in stats.items():
        print(f"{cat}: {v['ok'] + v['err']} ({v['ok']} results, {v['err']} errors)", file=sys.stderr)
    print(f"wrote {OUT.name}: {total} checks in {len(blocks)} blocks, {len(fns)} test functions", file=sys.stderr)


if __name__ == "__main__":
    main()
