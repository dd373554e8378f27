#!/usr/bin/env python3
"""Generate tests/expr_cases.rs: NumPy 2.x expressions inside np! checked against NumPy's repr().

Every case is a few inputs (arrays of every dtype, 0-d arrays, NumPy scalars that stand for
typed Rust scalars), one NumPy expression or write written the same way in Python and in np!,
and what NumPy gave: the repr() of the result (so the dtype is compared too), str() of a Python
value, the array after a write, or NumPy's exception class and message.
The Rust file is committed, so the tests need no Python. Re-run after changing this script:

    pip install numpy
    python3 scripts/gen_expr_cases.py

The random part uses a fixed seed, so the output only changes when this script (or the NumPy
version) does. Inputs whose NumPy result depends on the machine's SIMD kernels (see
`check_libm`) are redrawn, so a machine with other kernels may pick other inputs.
"""

import ast
import ctypes
import ctypes.util
import math
import random
import sys
import warnings
from collections import Counter, OrderedDict
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parent.parent / "tests" / "expr_cases.rs"
SEED = 20261126
CASES_PER_FN = 40

SINTS = ["int8", "int16", "int32", "int64"]
UINTS = ["uint8", "uint16", "uint32", "uint64"]
INTS = SINTS + UINTS
FLOATS = ["float32", "float64"]
DTYPES = ["bool"] + INTS + FLOATS
INTLIKE = ["bool"] + INTS
RUST = {
    "bool": "bool", "int8": "i8", "int16": "i16", "int32": "i32", "int64": "i64",
    "uint8": "u8", "uint16": "u16", "uint32": "u32", "uint64": "u64",
    "float32": "f32", "float64": "f64",
}
NAN, INF = float("nan"), float("inf")


def rust_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# ---------------------------------------------------------------- the C library's answers
# npview computes sin, exp, pow ... with Rust's f64/f32 methods, which call the C library
# (glibc's correctly rounded or < 1 ULP functions). NumPy uses its own SIMD kernels where the
# CPU has them (AVX2/AVX512: SVML, Highway), whose last bit differs for some inputs and from
# machine to machine. A case keeps only inputs where NumPy's answer is the C library's.
_LIBM = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
LIBM = {}
for _name in ["sin", "cos", "tan", "exp", "log", "log2", "log10", "pow"]:
    _arity = 2 if _name == "pow" else 1
    _f64 = getattr(_LIBM, _name)
    _f64.restype, _f64.argtypes = ctypes.c_double, [ctypes.c_double] * _arity
    _f32 = getattr(_LIBM, _name + "f")
    _f32.restype, _f32.argtypes = ctypes.c_float, [ctypes.c_float] * _arity
    LIBM[_name] = {"float64": _f64, "float32": _f32}

STATS = Counter()      # draws discarded because NumPy's SIMD result is not the C library's
MISMATCH = [False]


def same_values(got, ref):
    got, ref = np.asarray(got).ravel(), np.asarray(ref).ravel()
    eq = (got == ref) & (np.signbit(got) == np.signbit(ref))
    return bool(np.all(eq | (np.isnan(got) & np.isnan(ref))))


def check_libm(name, args, result):
    res = np.asarray(result)
    if res.dtype.name not in FLOATS or res.size == 0:
        return
    dt = res.dtype.name
    ins = [np.broadcast_to(np.asarray(a).astype(dt), res.shape).ravel() for a in args]
    f = LIBM[name][dt]
    ref = np.array([f(*(float(x[k]) for x in ins)) for k in range(res.size)], dtype=dt)
    if not same_values(res, ref):
        MISMATCH[0] = True


FAST_EXPONENTS = {-1.0, 0.0, 0.5, 1.0, 2.0}


def check_power(x, y, r):
    """NumPy's float power: a scalar exponent -1, 0, 0.5, 1 or 2 takes NumPy's own fast path
    (1/x, 1, sqrt, x, x*x: the same on every machine, and sqrt(-0.0) is -0.0 where C's pow
    gives 0.0); anything else is the SIMD pow kernel, kept only where it is the C library's."""
    res = np.asarray(r)
    if res.dtype.name not in FLOATS or res.size == 0:
        return
    scalar_y = isinstance(y, (bool, int, float, np.generic)) or (
        isinstance(y, np.ndarray) and y.ndim == 0)
    if (isinstance(x, np.ndarray) and x.ndim >= 1 and scalar_y
            and float(np.asarray(y)) in FAST_EXPONENTS):
        return
    if scalar_y and np.ndim(x) == 0 and float(np.asarray(y)) == 0.5:
        xv = float(np.asarray(x))
        if xv == -INF or (xv == 0.0 and math.copysign(1.0, xv) < 0):
            # a 0-d or scalar base: NumPy's scalar power (C pow: 0.0, inf) and its array fast
            # path (sqrt: -0.0, nan) disagree, so neither is pinned down here
            MISMATCH[0] = True
            return
    check_libm("pow", [x, y], r)


def pow_op(x, y):
    r = x ** y
    check_power(x, y, r)
    return r


def np_power(x, y, *rest, **kw):
    r = np.power(x, y, *rest, **kw)
    check_power(x, y, r)
    return r


F16_INPUTS = {"bool", "int8", "uint8"}


def to_f32(a):
    if isinstance(a, (np.ndarray, np.generic)) and a.dtype.name in F16_INPUTS:
        return a.astype(np.float32)
    return a


def wrap(name, f, libm_name):
    """A NumPy function that gives float16 for bool, int8 and uint8 input: npview has no
    float16 and gives float32, so the expected value is the function of the input converted
    to float32 first. Transcendental results are checked against the C library."""
    def g(*args, **kw):
        r = f(*args, **kw)
        if np.asarray(r).dtype == np.float16:
            args = [to_f32(a) for a in args]
            r = f(*args, **kw)
        if libm_name:
            check_libm(libm_name, args[:1], r)
        return r
    return g


WRAPPED = {"power": np_power}
for _name in ["sin", "cos", "tan", "exp", "log", "log2", "log10"]:
    WRAPPED[_name] = wrap(_name, getattr(np, _name), _name)
for _name in ["sqrt", "round", "around"]:
    WRAPPED[_name] = wrap(_name, getattr(np, _name), None)


class NumPyProxy:
    def __getattr__(self, name):
        if name in WRAPPED:
            return WRAPPED[name]
        return getattr(np, name)


PROXY = NumPyProxy()


class PowRewriter(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Pow):
            return ast.Call(func=ast.Name(id="_pow", ctx=ast.Load()), args=[node.left, node.right],
                            keywords=[])
        return node


# ---------------------------------------------------------------- values
def irange(dt):
    info = np.iinfo(dt)
    return int(info.min), int(info.max)


def int_corners(dt):
    lo, hi = irange(dt)
    cand = [lo, lo + 1, -100, -7, -3, -2, -1, 0, 1, 2, 3, 5, 7, 100, 127, 128, 255, 256,
            hi - 1, hi]
    extra = {"int16": [-300, 1000], "int32": [-100000, 65536], "int64": [-2**53 - 1, 2**32, 2**53 + 1],
             "uint16": [1000, 32768], "uint32": [65536, 2**31], "uint64": [2**32, 2**53 + 1, 2**63, 2**63 + 1]}
    cand += extra.get(dt, [])
    out = []
    for v in cand:
        if lo <= v <= hi and v not in out:
            out.append(v)
    return out


CORNER = {"bool": [True, False]}
for _dt in INTS:
    CORNER[_dt] = int_corners(_dt)
CORNER["float64"] = [NAN, INF, -INF, -0.0, 0.0, 0.5, -0.5, 1.5, -2.5, 2.5, 1.0, -1.0, 3.0, 0.1,
                     -7.25, 1e-3, 1e10, 1e300, -1e300, 5e-324, 1.7976931348623157e308, 2.0**53,
                     2.0**63, 0.30000000000000004]
CORNER["float32"] = [NAN, INF, -INF, -0.0, 0.0, 0.5, -0.5, 1.5, -2.5, 2.5, 1.0, -1.0, 3.0, 0.1,
                     -7.25, 1e-3, 1e10, 3.4028234663852886e38, -3e38, 1e-45, 16777216.0, 2.0**31]


def small_pool(dt):
    if dt == "bool":
        return [True, False]
    if dt in SINTS:
        return list(range(-9, 10))
    if dt in UINTS:
        return list(range(0, 13))
    return [k / 4 for k in range(-24, 25)] + [0.1, 0.7, -0.3, 2.675, 1e-3]


def tiny_pool(dt):
    """Values whose sums of products stay exact (matmul, products of several operands)."""
    if dt == "bool":
        return [True, False]
    if dt in SINTS:
        return list(range(-4, 5))
    if dt in UINTS:
        return list(range(0, 7))
    return [k / 2 for k in range(-8, 9)]


def fit(dt, vals):
    if dt == "bool":
        return [bool(v) for v in vals]
    if dt in INTS:
        lo, hi = irange(dt)
        return [v for v in vals if isinstance(v, int) and lo <= v <= hi]
    return [float(v) for v in vals]


def pool(dt, style):
    if style == "corner":
        return CORNER[dt]
    if style == "small":
        return small_pool(dt)
    if style == "tiny":
        return tiny_pool(dt)
    if style == "expo":
        if dt == "bool":
            return [True, False]
        if dt in INTS:
            return fit(dt, [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 31, 63, 64, 100])
        return [0.0, 0.5, 1.0, 2.0, -1.0, 3.0, 1.5, -0.5, NAN, INF, -INF, 10.0, -2.0, 0.25]
    if style == "powbase":
        if dt in INTLIKE:
            return fit(dt, list(range(-5, 6)) + [100, 255])
        return [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 3.0, -2.0, 10.0, 1.5, NAN, INF, -INF, 7.0, 0.1]
    if style == "shift":
        return fit(dt, [-100, -65, -9, -1, 0, 1, 2, 3, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65,
                        100, 200, 255]) if dt != "bool" else [True, False]
    if style == "positive":
        if dt in INTLIKE:
            return fit(dt, [1, 2, 3, 4, 5, 7, 8, 10, 16, 100, 127, 255, 1000, 1024])
        return [0.5, 1.0, 2.0, 3.0, 4.0, 0.25, 10.0, 100.0, 1e-5, 1024.0, 7.5]
    if style == "trans":
        # inputs of exp, log, sin ...: specials, exact points and ordinary values
        if dt in INTLIKE:
            return fit(dt, [0, 1, 2, 3, -1, -2, 4, 5, 7, 8, 10, 16, 64, 100, 127, 1000, 1024, -5])
        return [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 10.0, 100.0, 1e-5, 0.1, 3.0, -3.5, 8.0, 1024.0,
                NAN, INF, -INF, 88.0, 89.0, 700.0, 710.0, -100.0, 1000.0, 0.3, 1.7, 2.5, 6.0,
                12.5, -0.7, 42.0, 0.001, -20.0]
    raise ValueError(style)


_TRANS = {}


def trans_pool(fn, dt):
    """The values of the "trans" pool whose `np.<fn>` is the C library's, in an array and as a
    0-d array (NumPy's SIMD kernels give the same answer for a value in any lane)."""
    key = (fn, dt)
    if key not in _TRANS:
        keep = []
        for v in pool(dt, "trans"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                with np.errstate(all="ignore"):
                    x = np.array([v] * 7, dtype=dt)
                    ok = True
                    for arg in (x, x[:1].reshape(())):
                        MISMATCH[0] = False
                        WRAPPED[fn](arg)
                        ok = ok and not MISMATCH[0]
            if ok:
                keep.append(v)
        MISMATCH[0] = False
        _TRANS[key] = keep
    return _TRANS[key]


def draw_from(rng, dt, shape, values):
    n = int(np.prod(shape)) if shape else 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.array([rng.choice(values) for _ in range(n)], dtype=dt).reshape(shape)


def draw(rng, dt, shape, style="mixed"):
    n = int(np.prod(shape)) if shape else 1
    if style == "mixed":
        vals = [rng.choice(CORNER[dt]) if rng.random() < 0.4 else rng.choice(small_pool(dt))
                for _ in range(n)]
    else:
        p = pool(dt, style)
        vals = [rng.choice(p) for _ in range(n)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return np.array(vals, dtype=dt).reshape(shape)


def scalar(dt, v):
    return np.dtype(dt).type(v)


def draw_scalar(rng, dt, style="mixed"):
    return draw(rng, dt, (), style)[()]


# ---------------------------------------------------------------- text: Python and Rust
def py_elem(x, dt):
    if dt == "bool":
        return "True" if x else "False"
    if dt in FLOATS:
        v = float(x)
        if math.isnan(v):
            return "np.nan"
        if math.isinf(v):
            return "np.inf" if v > 0 else "-np.inf"
        return repr(v) if dt == "float64" else str(np.float32(v))
    return str(int(x))


def py_dtype(dt):
    return "bool" if dt == "bool" else f"np.{dt}"


def shape_text(shape):
    if len(shape) == 1:
        return f"({shape[0]},)"
    return "(" + ", ".join(str(n) for n in shape) + ")"


def nested(arr):
    dt = arr.dtype.name
    if arr.ndim == 0:
        return py_elem(arr[()], dt)
    return "[" + ", ".join(nested(x) for x in arr) + "]"


def py_input(name, v):
    if isinstance(v, np.ndarray):
        dt = v.dtype.name
        if v.size == 0:
            return f"{name} = np.zeros({shape_text(v.shape)}, dtype={py_dtype(dt)})"
        return f"{name} = np.array({nested(v)}, dtype={py_dtype(dt)})"
    dt = v.dtype.name
    if dt == "bool":
        return f"{name} = np.{bool(v)}_"
    return f"{name} = np.{dt}({py_elem(v, dt)})"


def rs_elem(x, dt):
    r = RUST[dt]
    if dt == "bool":
        return "true" if x else "false"
    if dt in FLOATS:
        v = float(x)
        if math.isnan(v):
            return f"{r}::NAN"
        if math.isinf(v):
            return f"{r}::INFINITY" if v > 0 else f"{r}::NEG_INFINITY"
        if v == 0.0 and math.copysign(1.0, v) < 0:
            return f"-0.0{r}"
        return (repr(v) if dt == "float64" else str(np.float32(v))) + r
    v = int(x)
    lo, hi = irange(dt)
    if v == lo and lo < 0:
        return f"{r}::MIN"
    if v == hi and v > 255:
        return f"{r}::MAX"
    return f"{v}{r}"


def rs_shape(shape):
    if len(shape) == 1:
        return f"({shape[0]},)"
    return "(" + ", ".join(str(n) for n in shape) + ")"


def rs_input(name, v, mutable):
    m = "mut " if mutable else ""
    dt = v.dtype.name
    if isinstance(v, np.ndarray):
        if v.size == 0:
            data = f"Vec::<{RUST[dt]}>::new()"
        else:
            data = "vec![" + ", ".join(rs_elem(x, dt) for x in v.ravel()) + "]"
        return f"let {m}{name} = Array::from_shape_vec({rs_shape(v.shape)}, {data}).unwrap();"
    return f"let {m}{name} = {rs_elem(v, dt)};"


def lit(x):
    """A Python literal as written inside the expression (the same text in np!)."""
    if isinstance(x, bool):
        return "True" if x else "False"
    if isinstance(x, int):
        return str(x)
    if math.isnan(x):
        return "np.nan"
    if math.isinf(x):
        return "np.inf" if x > 0 else "-np.inf"
    return repr(float(x)).replace("e+", "e")


# ---------------------------------------------------------------- cases
class Case:
    def __init__(self, cat, inputs, expr, py=None, stmt=False, check=None):
        self.cat = cat
        self.inputs = inputs          # [(name, ndarray or NumPy scalar)]
        self.expr = expr              # np! text, also the NumPy code shown in the case
        self.py = py or expr          # what Python evaluates (differs only for method forms)
        self.stmt = stmt
        self.check = check or []      # arrays whose repr() is checked after a statement

    def label(self):
        return "; ".join([py_input(n, v) for n, v in self.inputs] + [self.expr])


def has_f16(x):
    if isinstance(x, (np.ndarray, np.generic)):
        return x.dtype == np.float16
    if isinstance(x, (tuple, list)):
        return any(has_f16(y) for y in x)
    return False


def evaluate(case, code=None):
    MISMATCH[0] = False
    env = {n: (v.copy() if isinstance(v, np.ndarray) else v) for n, v in case.inputs}
    mode = "exec" if case.stmt else "eval"
    tree = PowRewriter().visit(ast.parse(code or case.py, mode=mode))
    ast.fix_missing_locations(tree)
    compiled = compile(tree, "<case>", mode)
    g = {"np": PROXY, "_pow": pow_op}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with np.errstate(all="ignore"):
            try:
                res = None
                if case.stmt:
                    exec(compiled, g, env)
                else:
                    res = eval(compiled, g, env)
            except Exception as e:  # noqa: BLE001 - NumPy's exception is the expectation
                state = {n: repr(env[n]) for n in case.check}
                return {"kind": "err", "cls": type(e).__name__, "msg": str(e), "state": state,
                        "typeerr": isinstance(e, (TypeError, OverflowError)),
                        "mismatch": MISMATCH[0]}
    if has_f16(res):
        raise AssertionError(f"float16 escaped the float32 rule: {case.label()}")
    state = {n: repr(env[n]) for n in case.check}
    for n in case.check:
        if env[n].dtype == np.float16:
            raise AssertionError(case.label())
    return {"kind": "ok", "res": res, "state": state, "mismatch": MISMATCH[0]}


LEFT_OUT = Counter()
LEFT_OUT_EXAMPLE = {}


def left_out(reason, example):
    LEFT_OUT[reason] += 1
    LEFT_OUT_EXAMPLE.setdefault(reason, example)


def type_reason(out):
    """Group NumPy's type errors (decided by the dtypes alone, so compile errors in npview)."""
    msg = out["msg"]
    if out["cls"] == "OverflowError":
        return "OverflowError: Python integer out of bounds for the dtype (a literal that does not fit)"
    if "boolean subtract" in msg:
        return "TypeError: numpy boolean subtract (`bool - bool`)"
    if "boolean negative" in msg:
        return "TypeError: numpy boolean negative (`-bool`, np.negative of bool)"
    if "Cannot cast ufunc" in msg:
        return "UFuncTypeError: Cannot cast ufunc output ... with casting rule 'same_kind' (compound op or np.round(bool, d))"
    if "did not contain a loop" in msg or "not supported for the input types" in msg:
        fn = msg.split("'")[1] if "'" in msg else "?"
        return f"TypeError: ufunc '{fn}' not supported for the input types"
    return f"{out['cls']}: {msg[:70].rstrip()}"


class Emitter:
    def __init__(self):
        self.blocks = OrderedDict()   # category -> [rust block]
        self.counts = Counter()
        self.errors = Counter()

    def add(self, case, attempts=None, rng=None):
        """Emit a case; `attempts` (a function of rng returning a Case) redraws inputs whose
        NumPy result depends on the machine's SIMD kernels."""
        if case is None:
            return False
        out = evaluate(case)
        tries = 0
        while out["mismatch"] and attempts is not None and tries < 60:
            STATS[case.cat] += 1
            tries += 1
            case = attempts(rng)
            if case is None:
                return False
            out = evaluate(case)
        if out["mismatch"]:
            STATS[case.cat] += 1
            left_out("inputs where NumPy's SIMD kernel differs from the C library (no stable draw)",
                     case.label())
            return False
        if out["kind"] == "err" and out["typeerr"]:
            left_out(type_reason(out), case.label())
            return False
        self.blocks.setdefault(case.cat, []).append(self.render(case, out))
        self.counts[case.cat] += 1
        if out["kind"] == "err":
            self.errors[case.cat] += 1
        return True

    def render(self, case, out):
        label = rust_str(case.label())
        muts = set(case.check)
        body = [rs_input(n, v, n in muts) for n, v in case.inputs]
        if out["kind"] == "err":
            body.append(f"expect_err(&mut failures, {label}, np!(try {case.expr}), "
                        f"{rust_str(out['cls'])}, {rust_str(out['msg'])});")
            for n in case.check:
                body.append(f"expect_repr(&mut failures, {label}, &{n}, {rust_str(out['state'][n])});")
        elif case.stmt:
            body.append(f"np!({case.expr});")
            for n in case.check:
                body.append(f"expect_repr(&mut failures, {label}, &{n}, {rust_str(out['state'][n])});")
        else:
            res = out["res"]
            body.append(f"let got = np!({case.expr});")
            if isinstance(res, (bool, int, float)) and not isinstance(res, np.generic):
                body.append(f"expect_py(&mut failures, {label}, &got, {rust_str(str(res))});")
            else:
                body.append(f"expect_repr(&mut failures, {label}, &got, {rust_str(repr(res))});")
        return "    {\n        " + "\n        ".join(body) + "\n    }"


E = Emitter()


def binexpr(op, x="a", y="b"):
    if op == "//":
        return f"np.floor_divide({x}, {y})"
    return f"{x} {op} {y}"


ARITH = ["+", "-", "*", "/", "%", "**", "//"]
BITWISE = ["&", "|", "^", "<<", ">>"]
CMP = ["==", "!=", "<", "<=", ">", ">="]


def pick_shapes(rng):
    r = rng.random()
    if r < 0.70:
        n = rng.randint(1, 8)
        return (n,), (n,)
    if r < 0.78:
        return (2, 3), (2, 3)
    if r < 0.84:
        return (2, 3), (3,)
    if r < 0.89:
        return (3, 1), (1, 4)
    if r < 0.93:
        return (), (rng.randint(2, 5),)
    if r < 0.96:
        return (rng.randint(2, 5),), ()
    if r < 0.98:
        return (0,), (0,)
    return (), ()


def share_values(rng, a, b):
    """Make some elements of b equal to a's (where b's dtype holds them exactly), so that
    comparisons see equal pairs too."""
    if a.shape != b.shape:
        return b
    b = b.copy()
    for k in range(a.size):
        if rng.random() < 0.4:
            v = a.flat[k]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    w = np.array(v).astype(b.dtype)
                except (OverflowError, ValueError):
                    continue
                if (b.dtype.kind == "f" and not np.isfinite(v)) or w == v:
                    b.flat[k] = w
    return b


def operand_styles(op, d1, d2):
    if op == "**":
        rt = np.result_type(np.dtype(d1), np.dtype(d2))
        if rt.kind in "iub":
            return "powbase", "expo"
        return "powbase", "expo"
    if op in ("<<", ">>"):
        return "mixed", "shift"
    return "mixed", "mixed"


def add_zeros(rng, b, op):
    if op in ("/", "%", "//") and b.size and b.dtype != bool:
        b = b.copy()
        b.flat[rng.randrange(b.size)] = 0
        if b.dtype.kind == "i" and b.size > 1:
            b.flat[rng.randrange(b.size)] = -1
    return b


def binary_maker(op, d1, d2, cat="binary", shapes=None, names=("a", "b")):
    def make(rng):
        sa, sb = shapes(rng) if shapes else pick_shapes(rng)
        st_a, st_b = operand_styles(op, d1, d2)
        a = draw(rng, d1, sa, st_a)
        b = draw(rng, d2, sb, st_b)
        if op in CMP:
            b = share_values(rng, a, b)
        b = add_zeros(rng, b, op)
        return Case(cat, [(names[0], a), (names[1], b)], binexpr(op, *names))
    return make


def emit_maker(maker, rng):
    case = maker(rng)
    return E.add(case, attempts=maker, rng=rng)


# ---------------------------------------------------------------- categories
def cat_binary(rng):
    for op in ARITH:
        for d1 in DTYPES:
            for d2 in DTYPES:
                emit_maker(binary_maker(op, d1, d2), rng)
    for op in ["&", "<<", ">>"]:
        for d1 in DTYPES:
            for d2 in DTYPES:
                if op != "&" and (d1 in FLOATS or d2 in FLOATS):
                    if d1 == "float64" and d2 == "int64":
                        emit_maker(binary_maker(op, d1, d2), rng)   # recorded as left out
                    continue
                emit_maker(binary_maker(op, d1, d2), rng)
    pairs = [(x, y) for x in INTLIKE for y in INTLIKE]
    for op in ["|", "^"]:
        chosen = [("bool", "bool"), ("uint8", "int8"), ("int64", "uint32")] + rng.sample(pairs, 25)
        for d1, d2 in chosen:
            emit_maker(binary_maker(op, d1, d2), rng)
    for op in ["==", "<"]:
        for d1 in DTYPES:
            for d2 in DTYPES:
                emit_maker(binary_maker(op, d1, d2), rng)
    all_pairs = [(x, y) for x in DTYPES for y in DTYPES]
    for op in ["!=", "<=", ">", ">="]:
        chosen = [("uint64", "int64"), ("int64", "uint64"), ("int64", "float64")] + rng.sample(all_pairs, 27)
        for d1, d2 in chosen:
            emit_maker(binary_maker(op, d1, d2), rng)


def cat_comparisons_exact(rng):
    """Hand-picked comparisons where promoting to a common type would lose information."""
    u64 = np.array([0, 1, 2**63 - 1, 2**63, 2**64 - 1, 5], dtype=np.uint64)
    i64 = np.array([0, -1, 2**63 - 1, -2**63, -1, 5], dtype=np.int64)
    for op in CMP:
        E.add(Case("comparisons", [("a", u64), ("b", i64)], f"a {op} b"))
    E.add(Case("comparisons", [("a", i64), ("b", u64)], "a < b"))
    big = np.array([2**53, 2**53 + 1, 2**63 - 1, -2**63], dtype=np.int64)
    fl = np.array([2.0**53, 2.0**53, 2.0**63, -2.0**63], dtype=np.float64)
    for op in ["==", "<", ">="]:
        E.add(Case("comparisons", [("a", big), ("b", fl)], f"a {op} b"))
    f32 = np.array([16777216.0, 16777216.0, 0.1, -1.0], dtype=np.float32)
    i32 = np.array([16777216, 16777217, 0, -1], dtype=np.int32)
    E.add(Case("comparisons", [("a", i32), ("b", f32)], "a == b"))
    E.add(Case("comparisons", [("a", np.array([1, 0, -1, 3], np.int16)), ("b", f32)], "a < b"))
    E.add(Case("comparisons", [("a", np.array([0.1, 0.5], np.float32)), ("b", np.array([0.1, 0.5]))], "a == b"))
    # Python literals beyond the dtype's range: comparisons accept them (NEP 50) and compare exactly
    for dt, forms in [("uint8", ["a > -1", "a < 300", "a == 256", "a != -1", "a >= -128"]),
                      ("int8", ["a == 200", "a < 128", "a > -129", "a <= 1000"]),
                      ("uint64", ["a > -1", "a == -1", "a >= -9223372036854775808"]),
                      ("int64", ["a < 18446744073709551615", "a == 9223372036854775808", "a != 9223372036854775808"]),
                      ("uint32", ["a < 4294967296", "a == -2147483648"]),
                      ("int16", ["a > 40000", "a == -40000"]),
                      ("bool", ["a == 2", "a < -1", "a == 1", "a > 0.5"])]:
        for form in forms:
            a = draw(rng, dt, (6,), "corner")
            E.add(Case("comparisons", [("a", a)], form))
    for form in ["a == 9007199254740993", "a == 9007199254740992.0", "a > 9007199254740992.0"]:
        E.add(Case("comparisons", [("a", big)], form))
    E.add(Case("comparisons", [("a", np.array([2**63, 2**64 - 1, 0], np.uint64))], "a == 18446744073709551615"))
    E.add(Case("comparisons", [("a", np.array([NAN, 0.0, -0.0, INF], np.float64)),
                               ("b", np.array([NAN, -0.0, 0.0, INF], np.float64))], "a == b"))
    E.add(Case("comparisons", [("a", np.array([NAN, 0.0, -0.0, INF], np.float32))], "a != a"))


WEAK_FORMS = ["a + 1", "a * 2.5", "1 - a", "a ** 2", "2 ** a", "a / 2", "a - 1", "a * 3", "a % 3",
              "np.floor_divide(a, 2)", "7 % a", "a * -2", "a + True", "a & 1", "a | True",
              "a << 1", "a >> 1", "a ** 0.5", "a ** 3", "a / 2.0", "2.5 - a", "a * 0.1",
              "a > 2.5", "a == 1", "a <= 0", "a + 100", "a * 1e300", "a + 1e-50",
              "np.add(a, 1)", "np.maximum(a, 0)", "np.minimum(a, 2.5)", "np.true_divide(1, a)",
              "a ** 1", "a ** 0", "a ** -1.0", "2.0 ** a", "a - 1.5", "3 // 1 + a"]


def cat_weak(rng):
    for dt in DTYPES:
        for form in WEAK_FORMS:
            if form == "3 // 1 + a":
                continue   # `//` cannot be written in np!
            def make(rng, dt=dt, form=form):
                shape = () if rng.random() < 0.15 else (rng.randint(3, 8),)
                style = "expo" if form.startswith("2 ** ") else "mixed"
                if form.startswith("2.0 ** ") and dt in FLOATS:
                    style = "powbase"
                return Case("weak_literals", [("a", draw(rng, dt, shape, style))], form)
            emit_maker(make, rng)


def cat_typed_scalars(rng):
    for d1 in DTYPES:
        for d2 in DTYPES:
            def make(rng, d1=d1, d2=d2):
                shape = (rng.randint(2, 6),) if rng.random() < 0.8 else (2, 3)
                return Case("typed_scalars", [("a", draw(rng, d1, shape)), ("s", draw_scalar(rng, d2))],
                            "a + s")
            emit_maker(make, rng)
    ops = ["-", "*", "/", "%", "**", "<", "==", "&", ">>", "//", ">="]
    for _ in range(90):
        d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
        op = rng.choice(ops)
        swap = rng.random() < 0.4

        def make(rng, d1=d1, d2=d2, op=op, swap=swap):
            left, right = operand_styles(op, d1, d2)   # styles of the left and right operand
            a = draw(rng, d1, (rng.randint(2, 6),), right if swap else left)
            s = draw_scalar(rng, d2, left if swap else right)
            if op in ("/", "%", "//") and not swap and rng.random() < 0.3 and d2 != "bool":
                s = scalar(d2, 0)
            expr = binexpr(op, "s", "a") if swap else binexpr(op, "a", "s")
            return Case("typed_scalars", [("a", a), ("s", s)], expr)
        emit_maker(make, rng)
    for form in ["np.maximum(a, s)", "np.minimum(s, a)", "np.where(a > s, a, s)", "np.clip(a, s, 10)",
                 "a * s + 1", "np.isclose(a, s)", "np.power(a, s)", "np.logical_and(a, s)"]:
        for _ in range(3):
            d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)

            def make(rng, d1=d1, d2=d2, form=form):
                sty = "expo" if "power" in form else "mixed"
                return Case("typed_scalars", [("a", draw(rng, d1, (5,))), ("s", draw_scalar(rng, d2, sty))], form)
            emit_maker(make, rng)
    # scalar with scalar: NumPy's scalar arithmetic gives NumPy scalars
    for _ in range(40):
        d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
        op = rng.choice(ARITH + ["<", "==", "&", "<<"])

        def make(rng, d1=d1, d2=d2, op=op):
            st_a, st_b = operand_styles(op, d1, d2)
            return Case("typed_scalars", [("s", draw_scalar(rng, d1, st_a)), ("t", draw_scalar(rng, d2, st_b))],
                        binexpr(op, "s", "t"))
        emit_maker(make, rng)
    for form, vals in [("s + t", [(np.int8(100), np.int8(100))]), ("s * t", [(np.uint8(16), np.uint8(16))]),
                       ("s - t", [(np.uint32(0), np.uint32(1))]), ("np.floor_divide(s, t)", [(np.int8(-128), np.int8(-1))]),
                       ("s % t", [(np.int64(7), np.int64(0)), (np.float64(-7.0), np.float64(0.0))]),
                       ("s / t", [(np.int32(1), np.int32(0)), (np.float32(-1.0), np.float32(0.0))]),
                       ("s + 1", [(np.int8(127), None)]), ("s * 2.5", [(np.float32(1.5), None)]),
                       ("s > 300", [(np.uint8(255), None)]), ("1 + s", [(np.True_, None)])]:
        for s, t in vals:
            inputs = [("s", s)] + ([("t", t)] if t is not None else [])
            E.add(Case("typed_scalars", inputs, form))


def cat_zero_d(rng):
    ops = ARITH + BITWISE + CMP
    for _ in range(90):
        d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
        op = rng.choice(ops)
        E_maker = binary_maker(op, d1, d2, cat="zero_d", shapes=lambda rng: ((), ()))
        emit_maker(E_maker, rng)
    for _ in range(30):
        d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
        op = rng.choice(ARITH + CMP)
        shp = rng.choice([(4,), (2, 3), (0,), (2, 1, 2)])
        sh = (lambda rng, shp=shp: ((), shp)) if rng.random() < 0.5 else (lambda rng, shp=shp: (shp, ()))
        emit_maker(binary_maker(op, d1, d2, cat="zero_d", shapes=sh), rng)
    funcs = ["-a", "~a", "np.abs(a)", "np.sqrt(a)", "np.square(a)", "np.sign(a)", "np.floor(a)",
             "np.round(a, 1)", "np.isnan(a)", "np.logical_not(a)", "a.astype(np.float32)",
             "np.clip(a, 1, 3)", "np.where(a > 1, a, 0)", "np.exp(a)", "np.isclose(a, 1)",
             "np.maximum(a, 2)", "np.negative(a)", "a.astype(bool)", "np.isfinite(a)", "a + 1"]
    for form in funcs:
        for _ in range(2):
            dt = rng.choice(DTYPES)

            def make(rng, dt=dt, form=form):
                st = "trans" if "exp" in form else "mixed"
                return Case("zero_d", [("a", draw(rng, dt, (), st))], form)
            emit_maker(make, rng)


UNARY = ["-a", "~a", "np.negative(a)", "np.abs(a)", "np.absolute(a)", "np.sign(a)", "np.square(a)",
         "np.sqrt(a)", "np.exp(a)", "np.log(a)", "np.log2(a)", "np.log10(a)", "np.sin(a)",
         "np.cos(a)", "np.tan(a)", "np.floor(a)", "np.ceil(a)", "np.round(a)", "np.round(a, 1)",
         "np.round(a, -1)", "a.round(2)", "np.round(a, decimals=2)", "np.isnan(a)", "np.isinf(a)",
         "np.isfinite(a)", "np.logical_not(a)"]
TRANS = ["exp", "log", "sin", "cos", "tan"]

ROUND_F = [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 15.0, 25.0, -35.0,
           1234.5678, 1e300, 1.7976931348623157e308, NAN, INF, -INF, -0.0, 0.05, 0.15, -0.25,
           1e-10, 3.4e38]


def round_ok(a, decimals):
    """Integer np.round with decimals < 0 computes in float64 and casts back: keep only values
    whose float64 result fits the dtype (the cast of an out-of-range float is undefined in C)."""
    if a.dtype.kind not in "iu" or decimals >= 0:
        return a
    lo, hi = irange(a.dtype.name)
    f = 10.0 ** (-decimals)
    keep = []
    for x in a.ravel():
        r = np.rint(float(x) / f) * f
        if lo <= r <= hi and not (r == 2.0**63 or r == 2.0**64):
            keep.append(x)
    return np.array(keep, dtype=a.dtype)


def cat_unary(rng):
    for dt in DTYPES:
        for form in UNARY:
            def make(rng, dt=dt, form=form):
                n = rng.randint(3, 9)
                fn = next((t for t in ["log10", "log2", "log", "exp", "sin", "cos", "tan"]
                           if f"np.{t}(" in form), None)
                if fn:
                    a = draw_from(rng, dt, (n,), trans_pool(fn, dt))
                elif "round" in form and dt in FLOATS:
                    a = np.array([rng.choice(ROUND_F) for _ in range(n)], dtype=dt)
                else:
                    a = draw(rng, dt, (n,), "mixed")
                if "round" in form:
                    dec = -1 if "-1" in form else 0
                    a = round_ok(a, dec)
                py = None
                if form == "a.round(2)":
                    py = "np.round(a, 2)"
                return Case("unary", [("a", a)], form, py=py)
            if form == "a.round(2)" and dt == "bool":
                left_out("`bool_array.round(d)` (NumPy: UFuncTypeError, or float16 for d=0)", "a.round(2)")
                continue
            emit_maker(make, rng)
    # rounding of large integers through float64, and empty / 2-D inputs
    E.add(Case("unary", [("a", np.array([2**62 + 1, -2**62 - 5, 15, 25, 2**53 + 5], np.int64))], "np.round(a, -1)"))
    E.add(Case("unary", [("a", np.array([15, 25, 35, 45, 2**32 - 6], np.uint32))], "np.round(a, -1)"))
    E.add(Case("unary", [("a", np.array([1250, -1250, 1350, 150], np.int16))], "np.round(a, -2)"))
    E.add(Case("unary", [("a", np.array([1250, 1350, 150], np.int64))], "np.round(a, -5)"))
    E.add(Case("unary", [("a", np.array([1234.5678, -1250.0, 1350.0, 0.5], np.float64))], "np.round(a, -2)"))
    E.add(Case("unary", [("a", np.array([1234.5678, 0.125, 1e-3], np.float32))], "np.round(a, 3)"))
    E.add(Case("unary", [("a", np.array([1e300, 1.5e308, 123.456, -0.0], np.float64))], "np.round(a, 10)"))
    E.add(Case("unary", [("a", np.array([-0.4, -0.5, 0.4, -0.0], np.float64))], "np.round(a)"))
    E.add(Case("unary", [("a", np.array([-0.4, -0.5, 0.4, -0.0], np.float32))], "np.floor(a)"))
    E.add(Case("unary", [("a", np.array([-0.4, -0.5, 0.4, -0.0], np.float32))], "np.ceil(a)"))
    E.add(Case("unary", [("a", np.array([True, False, True]))], "np.round(a)"))
    for dt in ["int8", "uint8", "bool", "int16", "float32"]:
        for form in ["np.sqrt(a)", "np.exp(a)", "np.log10(a)"]:
            def make(rng, dt=dt, form=form):
                if "sqrt" in form:
                    a = draw(rng, dt, (2, 3), "positive")
                else:
                    a = draw_from(rng, dt, (2, 3), trans_pool(form[3:-3], dt))
                return Case("unary", [("a", a)], form)
            emit_maker(make, rng)
    for dt in DTYPES:
        form = rng.choice(["-a", "np.abs(a)", "np.sqrt(a)", "np.floor(a)", "np.isnan(a)", "~a", "np.sign(a)"])
        E.add(Case("unary", [("a", np.zeros((0,), dtype=dt))], form))
        E.add(Case("unary", [("a", np.zeros((2, 0), dtype=dt))], "np.square(a)"))
    for dt in ["int8", "int64", "uint8", "float32", "float64"]:
        E.add(Case("unary", [("a", np.array(CORNER[dt][:12], dtype=dt))], "np.abs(a)"))
        E.add(Case("unary", [("a", np.array(CORNER[dt][:12], dtype=dt))], "-a"))


NAMED_BINARY = ["add", "subtract", "multiply", "divide", "true_divide", "floor_divide", "mod",
                "remainder", "power", "minimum", "maximum", "greater", "greater_equal", "less",
                "less_equal", "equal", "not_equal", "logical_and", "logical_or", "logical_xor",
                "isclose"]
OP_OF = {"add": "+", "subtract": "-", "multiply": "*", "divide": "/", "true_divide": "/",
         "floor_divide": "//", "mod": "%", "remainder": "%", "power": "**", "greater": ">",
         "greater_equal": ">=", "less": "<", "less_equal": "<=", "equal": "==", "not_equal": "!="}


def no_signed_zero(a):
    """np.minimum, np.maximum and np.clip of -0.0 against 0.0 give either zero depending on the
    SIMD kernel: -0.0 is left out of their inputs."""
    if a.dtype.kind == "f":
        a = a.copy()
        a[a == 0] = 0.0
    return a


def cat_functions(rng):
    for name in NAMED_BINARY:
        chosen = rng.sample([(x, y) for x in DTYPES for y in DTYPES], 9)
        for d1, d2 in chosen:
            def make(rng, name=name, d1=d1, d2=d2):
                op = OP_OF.get(name, "+")
                sa, sb = pick_shapes(rng)
                st_a, st_b = operand_styles(op, d1, d2)
                a = draw(rng, d1, sa, st_a)
                b = draw(rng, d2, sb, st_b)
                if op in CMP or name == "isclose":
                    b = share_values(rng, a, b)
                b = add_zeros(rng, b, op)
                if name in ("minimum", "maximum"):
                    a, b = no_signed_zero(a), no_signed_zero(b)
                return Case("functions", [("a", a), ("b", b)], f"np.{name}(a, b)")
            emit_maker(make, rng)
    # np.clip and the method form
    for dt in DTYPES:
        forms = [("np.clip(a, 1, 5)", None), ("a.clip(1, 5)", "np.clip(a, 1, 5)"),
                 ("np.clip(a, 0, 3.5)", None), ("np.clip(a, 5, 1)", None),
                 ("np.clip(a, b, c)", None), ("np.clip(a, s, t)", None)]
        for form, py in forms:
            def make(rng, dt=dt, form=form, py=py):
                a = no_signed_zero(draw(rng, dt, (6,)))
                inputs = [("a", a)]
                if "b, c" in form:
                    db, dc = rng.choice(DTYPES), rng.choice(DTYPES)
                    b = no_signed_zero(draw(rng, db, (6,), "small"))
                    c = no_signed_zero(draw(rng, dc, (1,), "small"))
                    inputs += [("b", b), ("c", c)]
                if "s, t" in form:
                    ds = rng.choice(DTYPES)
                    s = scalar(ds, rng.choice(fit(ds, [0, 1, 2, True])))
                    t = scalar(ds, rng.choice(fit(ds, [3, 5, 7, True])))
                    inputs += [("s", s), ("t", t)]
                return Case("functions", inputs, form, py=py)
            emit_maker(make, rng)
    E.add(Case("functions", [("a", np.array([NAN, 1.0, 5.0, INF, -INF], np.float64))], "np.clip(a, 2, 4)"))
    E.add(Case("functions", [("a", np.array([NAN, 1.0, 5.0, INF, -INF], np.float32))], "a.clip(2.5, 4)"))
    E.add(Case("functions", [("a", np.array([[1, 9], [5, -3]], np.int32)), ("b", np.array([[0], [6]], np.int32))],
               "np.clip(a, b, 7)"))
    E.add(Case("functions", [("a", np.array([1, 200, 50], np.uint8))], "np.clip(a, 10, 100)"))
    # np.where
    for _ in range(30):
        d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)

        def make(rng, d1=d1, d2=d2):
            shape = rng.choice([(5,), (2, 3), (0,), ()])
            c = draw(rng, "bool", shape)
            return Case("functions", [("c", c), ("a", draw(rng, d1, shape)), ("b", draw(rng, d2, shape))],
                        "np.where(c, a, b)")
        emit_maker(make, rng)
    for dt in DTYPES:
        for form in ["np.where(a > 2, a, -a)", "np.where(a > 0, a, 0)", "np.where(a > 0, a, 0.5)",
                     "np.where(a > 1, 1, 0)", "np.where(a, 1.5, a)"]:
            def make(rng, dt=dt, form=form):
                return Case("functions", [("a", draw(rng, dt, (rng.randint(3, 7),)))], form)
            emit_maker(make, rng)
    E.add(Case("functions", [("c", np.array([[True], [False]])), ("a", np.array([1, 2, 3], np.int16)),
                             ("b", np.array(-1.5, np.float32))], "np.where(c, a, b)"))
    E.add(Case("functions", [("c", np.array([[True], [False]])), ("a", np.array([1, 2, 3], np.int16))],
               "np.where(c, a, 7)"))
    # NumPy's clip drops a Python int bound at or past an integer array's limit (_methods._clip):
    # np.clip(uint8_array, -5, 300) is allowed, and a dropped bound is not in a broadcast error.
    for dt in DTYPES:
        for form in ["np.clip(a, -5, 300)", "a.clip(0, 2)", "np.clip(a, -129, 1)", "np.clip(a, 1, 65535)",
                     "np.clip(a, -9223372036854775808, 18446744073709551615)", "np.clip(a + 1, 0, 2)"]:
            E.add(Case("functions", [("a", np.array([0, 1, 2, 3], dt))], form))
        for form in ["np.clip(a, 0, b)", "np.clip(a, b, 255)", "np.clip(a, 1, b)"]:
            E.add(Case("functions", [("a", np.zeros((2, 3, 4), dt)), ("b", np.zeros((3, 3), "uint8"))], form))
    # A literal bound or branch in parentheses or with ~, a negated operand beside a literal, and
    # a kept clip bound out of the dtype's range (NumPy's OverflowError).
    for dt in INTS:
        for form in ["np.where(a > 1, a, (-1))", "np.where(a > 1, a, ~0)", "np.where(a > 1, -1, -a)",
                     "np.clip(a, (-5), 300)", "np.clip(a, 300, 400)", "np.clip(a, -400, -300)", "a.clip(200, -200)"]:
            E.add(Case("functions", [("a", np.array([0, 1, 2, 3], dt))], form))
    # A Python int bound of an integer array beside an array bound: NumPy promotes all three
    # (np.clip(uint8_array, 300, int16_array) is int16 and clips at 300); a kept bound the
    # result cannot hold is the OverflowError, a dropped one (at or past the array's limit on
    # its own side) is left out even where the result is wider.
    for dt in INTS:
        for bdt in ["int16", "uint16", "int64", "float32", "uint8"]:
            b = np.array([5, 120, 90, 127] if np.dtype(bdt).itemsize == 1 else [5, 120, 1000, 30000], bdt)
            for form in ["np.clip(a, 300, b)", "np.clip(a, b, 300)", "np.clip(a, -5, b)", "np.clip(a, -200, b)"]:
                E.add(Case("functions", [("a", np.array([0, 1, 100, 127], dt)), ("b", b)], form))
    # A Python int as a branch of np.where takes the promoted dtype without a range check:
    # np.where(c, uint8_array, -1) holds 255 (unlike np.maximum(uint8_array, -1), an error).
    for dt in DTYPES:
        for form in ["np.where(a > 1, a, -1)", "np.where(a > 1, 300, a)", "np.where(a > 1, a, -129)",
                     "np.where(a > 1, a, 9223372036854775808)", "np.where(a > 1, -9223372036854775808, a)"]:
            E.add(Case("functions", [("a", np.array([0, 1, 2, 3], dt))], form))
    # Python values: np.allclose, np.array_equal
    for _ in range(24):
        dt1, dt2 = rng.choice(DTYPES), rng.choice(DTYPES)
        fn = rng.choice(["np.allclose(a, b)", "np.array_equal(a, b)", "np.allclose(a, b)"])

        def make(rng, dt1=dt1, dt2=dt2, fn=fn):
            a = draw(rng, dt1, (5,), "small")
            b = a.astype(dt2) if rng.random() < 0.6 else draw(rng, dt2, (5,), "small")
            if rng.random() < 0.5 and b.dtype.kind == "f":
                b = b.copy()
                b.flat[rng.randrange(5)] += rng.choice([1e-9, 1e-6, 1e-3, 0.5])
            return Case("functions", [("a", a), ("b", b)], fn)
        emit_maker(make, rng)
    f = np.array([1.0, NAN, INF, -INF, 0.0], np.float64)
    E.add(Case("functions", [("a", f), ("b", f.copy())], "np.allclose(a, b)"))
    E.add(Case("functions", [("a", f), ("b", f.copy())], "np.array_equal(a, b)"))
    E.add(Case("functions", [("a", f), ("b", f.copy())], "np.isclose(a, b)"))
    E.add(Case("functions", [("a", np.array([1.0, 2.0])), ("b", np.array([[1.0, 2.0]]))], "np.array_equal(a, b)"))
    E.add(Case("functions", [("a", np.array([1.0, 2.0])), ("b", np.array([1.0, 2.0, 3.0]))], "np.array_equal(a, b)"))
    E.add(Case("functions", [("a", np.array([1.0, 1.0])), ("b", np.array([[1.0], [1.0 + 1e-9]]))], "np.allclose(a, b)"))
    E.add(Case("functions", [("a", np.array([1, 2, 3], np.int8)), ("b", np.array([1.0, 2.0, 3.0], np.float32))], "np.array_equal(a, b)"))
    E.add(Case("functions", [("a", np.array([1, 2, 3], np.uint64)), ("b", np.array([1, 2, 3], np.int64))], "np.allclose(a, b)"))
    E.add(Case("functions", [("a", np.array(2.0, np.float32)), ("b", np.array([2.0, 2.0000001], np.float64))], "np.allclose(a, b)"))
    E.add(Case("functions", [("a", np.array([1e10, 1e-8, 0.0, 1.0], np.float64)),
                             ("b", np.array([1.00001e10, 0.0, 1e-8, 1.0 + 1e-5], np.float64))], "np.isclose(a, b)"))
    E.add(Case("functions", [("a", np.array([1.0, 1.0, 100.0], np.float32)),
                             ("b", np.array([1.00001, 1.0000101, 100.001], np.float32))], "np.isclose(a, b)"))
    E.add(Case("functions", [("a", np.array([1, 2, 3], np.float32))], "np.isclose(a, 2)"))
    E.add(Case("functions", [("a", np.array([1.0, 2.0], np.float32))], "np.allclose(a, 1.0)"))
    E.add(Case("functions", [("a", np.zeros((0,), np.float64)), ("b", np.zeros((0,), np.float64))], "np.allclose(a, b)"))
    E.add(Case("functions", [("a", np.zeros((0,), np.int8)), ("b", np.zeros((0,), np.int8))], "np.array_equal(a, b)"))


def float_to_int_ok(x, dt):
    v = float(x)
    if not math.isfinite(v):
        return False
    lo, hi = irange(dt)
    return lo <= math.trunc(v) <= hi


def cat_astype(rng):
    for d1 in DTYPES:
        for d2 in DTYPES:
            a = np.array(CORNER[d1], dtype=d1)
            if d1 in FLOATS and d2 in INTS:
                kept = [x for x in a if float_to_int_ok(x, d2)]
                extra = [x for x in [2.7, -2.7, -0.5, 0.99, 127.9, -128.9, 255.5, 65535.5, 1e9 + 0.5]
                         if float_to_int_ok(x, d2)]
                a = np.array(list(kept) + extra, dtype=d1)
            rng.shuffle(a)
            a = a[:12]
            name = "np.bool_" if d2 == "bool" else f"np.{d2}"
            E.add(Case("astype", [("a", a)], f"a.astype({name})"))
    for d1 in DTYPES:
        for tname, target in [("bool", "bool"), ("int", "int64"), ("float", "float64")]:
            a = np.array(CORNER[d1], dtype=d1)
            if d1 in FLOATS and target == "int64":
                a = np.array([x for x in a if float_to_int_ok(x, "int64")], dtype=d1)
            a = a[:10]
            E.add(Case("astype", [("a", a)], f"a.astype({tname})"))
    for d1, d2 in [("int64", "float32"), ("float64", "int16"), ("uint8", "int8"), ("bool", "float64")]:
        a = draw(rng, d1, (2, 3), "small")
        E.add(Case("astype", [("a", a)], f"a.astype(np.{d2})"))
        E.add(Case("astype", [("a", draw(rng, d1, (), "small"))], f"a.astype(np.{d2})"))
    E.add(Case("astype", [("a", np.array([16777217, 2**63 - 1, -2**63, 2**53 + 1], np.int64))], "a.astype(np.float32)"))
    E.add(Case("astype", [("a", np.array([2**64 - 1, 2**63 + 1, 2**53 + 1], np.uint64))], "a.astype(np.float64)"))
    E.add(Case("astype", [("a", np.array([0.1, 1e40, -1e40, 1e-50, 3.4028235677973366e38], np.float64))], "a.astype(np.float32)"))
    E.add(Case("astype", [("a", np.array([-1.5, 2.7, -0.0, 255.9, 0.5], np.float64))], "a.astype(np.uint8)"))
    E.add(Case("astype", [("a", np.array([-1, 300, -129, 65536], np.int64))], "a.astype(np.uint8)"))
    E.add(Case("astype", [("a", np.array([-1, 300, -129, 65536], np.int64))], "a.astype(np.int8)"))
    E.add(Case("astype", [("a", np.zeros((0, 2), np.float32))], "a.astype(np.int32)"))


def cat_constants(rng):
    forms = ["a * np.pi", "np.pi * a", "a + np.e", "a / np.e", "a + np.nan", "a * np.inf", "a - np.inf",
             "np.where(a > 0, a, np.nan)", "np.isnan(a + np.nan)", "np.sin(a * np.pi)",
             "np.minimum(a, np.inf)", "a > np.pi", "np.clip(a, -np.pi, np.pi)", "np.exp(a) - np.e",
             "np.round(a * np.pi, 3)"]
    for form in forms:
        for _ in range(3):
            dt = rng.choice(DTYPES)

            def make(rng, dt=dt, form=form):
                st = "trans" if ("sin" in form or "exp" in form) else "small"
                a = draw(rng, dt, (rng.randint(3, 6),), st)
                if "clip" in form or "minimum" in form:
                    a = no_signed_zero(a)
                return Case("constants", [("a", a)], form)
            emit_maker(make, rng)


MM_SHAPES = [((3,), (3,)), ((2, 3), (3, 4)), ((3,), (3, 2)), ((2, 3), (3,)), ((1, 1), (1, 1)),
             ((0,), (0,)), ((2, 0), (0, 3)), ((0, 2), (2, 3)), ((4,), (4, 1)), ((1, 4), (4,)),
             ((3, 3), (3, 3)), ((2, 5), (5, 2))]


def mm_values(rng, dt, shape, wrap):
    a = draw(rng, dt, shape, "tiny")
    if wrap and dt in ("int8", "uint8", "int16") and a.size:
        a = a.copy()
        a.flat[rng.randrange(a.size)] = {"int8": 100, "uint8": 200, "int16": 300}[dt]
    return a


def cat_matmul(rng):
    for dt in DTYPES:
        for sa, sb in rng.sample(MM_SHAPES, 5):
            a, b = mm_values(rng, dt, sa, True), mm_values(rng, dt, sb, True)
            E.add(Case("matmul", [("a", a), ("b", b)], "a @ b"))
    for _ in range(45):
        d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
        sa, sb = rng.choice(MM_SHAPES)
        a, b = mm_values(rng, d1, sa, False), mm_values(rng, d2, sb, False)
        E.add(Case("matmul", [("a", a), ("b", b)], "a @ b"))
    a = np.array([[100, 100], [-100, 27]], np.int8)
    E.add(Case("matmul", [("a", a), ("b", a.copy())], "a @ b"))
    E.add(Case("matmul", [("a", np.array([[True, False], [False, False]])), ("b", np.array([[False, True], [True, False]]))], "a @ b"))
    E.add(Case("matmul", [("a", np.array([2**32, 3], np.uint64)), ("b", np.array([2**32, 5], np.uint64))], "a @ b"))
    E.add(Case("matmul", [("a", np.array([[1, 2], [3, 4]], np.int64))], "a @ a.T"))
    E.add(Case("matmul", [("a", np.array([[1.5, 2], [3, 4]], np.float32)), ("b", np.array([1, -1], np.int8))], "a @ b + 1"))


NESTED = [
    ("np.sqrt(a[1:] - a[:-1])", [("a", DTYPES, (7,), "small")]),
    ("np.where(a > 2, a, -a)", [("a", SINTS + FLOATS, (6,), "mixed")]),
    ("(a + b) * c", [("a", DTYPES, (4,), "small"), ("b", DTYPES, (4,), "small"), ("c", DTYPES, (4,), "small")]),
    ("a * b + c", [("a", DTYPES, (2, 3), "small"), ("b", DTYPES, (3,), "small"), ("c", DTYPES, (), "small")]),
    ("np.abs(a - b) < 0.5", [("a", FLOATS + SINTS, (5,), "small"), ("b", FLOATS + SINTS, (5,), "small")]),
    ("np.maximum(a, b) - np.minimum(a, b)", [("a", INTS + FLOATS, (5,), "small"), ("b", INTS + FLOATS, (5,), "small")]),
    ("np.clip(a * 2, 0, 10)", [("a", INTS + FLOATS, (6,), "small")]),
    ("-a ** 2", [("a", SINTS + FLOATS, (5,), "small")]),
    ("(a > 1) & (b < 3)", [("a", DTYPES, (5,), "small"), ("b", DTYPES, (5,), "small")]),
    ("~(a == b)", [("a", DTYPES, (5,), "small"), ("b", DTYPES, (5,), "small")]),
    ("np.logical_and(a > 0, b > 0)", [("a", DTYPES, (5,), "small"), ("b", DTYPES, (5,), "small")]),
    ("a[::-1] + a", [("a", DTYPES, (6,), "mixed")]),
    ("a[1:] * a[:-1]", [("a", DTYPES, (6,), "mixed")]),
    ("np.floor_divide(a + 7, 3) % 2", [("a", INTS + FLOATS, (6,), "small")]),
    ("np.round(a / 3, 2)", [("a", INTS + FLOATS, (6,), "small")]),
    ("(a + 1) ** 2 - a ** 2", [("a", INTS + FLOATS, (5,), "small")]),
    ("np.where(np.isnan(a), 0, a)", [("a", FLOATS, (6,), "mixed")]),
    ("np.sign(a) * np.sqrt(np.abs(a))", [("a", SINTS + FLOATS, (6,), "small")]),
    ("a.astype(np.float32) / 3", [("a", DTYPES, (5,), "small")]),
    ("np.allclose(a + b, b + a)", [("a", FLOATS, (5,), "small"), ("b", FLOATS, (5,), "small")]),
    ("np.array_equal(a * 2, a + a)", [("a", DTYPES, (5,), "mixed")]),
    ("np.isclose(a * 3, a + a + a)", [("a", FLOATS, (6,), "small")]),
    ("a - b[:, None]", [("a", DTYPES, (3,), "small"), ("b", DTYPES, (2,), "small")]),
    ("a[:, 0] + a[0, :]", [("a", DTYPES, (3, 3), "small")]),
    ("(a % 3 == 0) | (a < 0)", [("a", SINTS + FLOATS, (6,), "small")]),
    ("a * (a > 0)", [("a", SINTS + FLOATS, (6,), "small")]),
    ("a + a.T", [("a", DTYPES, (3, 3), "small")]),
    ("a @ b + 1", [("a", INTS + FLOATS, (2, 3), "tiny"), ("b", INTS + FLOATS, (3,), "tiny")]),
    ("np.exp(-a) * 2", [("a", FLOATS + ["int16", "int32"], (4,), "trans")]),
    ("np.log(a) / np.log(2)", [("a", FLOATS + ["int16", "uint16"], (4,), "positive")]),
    ("a / b / c", [("a", DTYPES, (4,), "small"), ("b", DTYPES, (4,), "small"), ("c", DTYPES, (4,), "small")]),
    ("a - b - c", [("a", INTS + FLOATS, (4,), "small"), ("b", INTS + FLOATS, (4,), "small"), ("c", INTS + FLOATS, (4,), "small")]),
    ("a ** b ** 2", [("a", INTS, (4,), "tiny"), ("b", ["uint8", "int8"], (4,), "tiny")]),
    ("a << b + 1", [("a", INTS, (4,), "small"), ("b", ["uint8", "int16"], (4,), "tiny")]),
    ("a & b == 0", [("a", INTS, (4,), "small"), ("b", INTS, (4,), "small")]),
    ("-a[1:] + a[:-1] * 2", [("a", SINTS + FLOATS, (5,), "mixed")]),
    ("np.sqrt(a ** 2 + b ** 2)", [("a", FLOATS + ["int16"], (4,), "tiny"), ("b", FLOATS + ["int8"], (4,), "tiny")]),
    ("np.where(a > b, a - b, b - a)", [("a", DTYPES, (5,), "small"), ("b", DTYPES, (5,), "small")]),
    ("np.logical_not(a) ^ b", [("a", DTYPES, (5,), "small"), ("b", ["bool"], (5,), "small")]),
    ("np.maximum(a, 0) + np.minimum(a, 0)", [("a", SINTS + FLOATS, (6,), "small")]),
]


def cat_nested(rng):
    for form, spec in NESTED:
        for _ in range(4):
            dts = [rng.choice(choices) for _, choices, _, _ in spec]

            def make(rng, form=form, spec=spec, dts=dts):
                inputs = []
                for (name, _, shape, style), dt in zip(spec, dts):
                    v = draw(rng, dt, shape, style)
                    if "minimum" in form or "maximum" in form or "clip" in form:
                        v = no_signed_zero(v)
                    if "a ** b ** 2" in form and name == "b":
                        v = np.abs(v)
                    inputs.append((name, v))
                return Case("nested", inputs, form)
            emit_maker(make, rng)


# ---------------------------------------------------------------- writes
def nonneg(v):
    """|v| for a signed integer array (MIN becomes MAX), for exponents that must not raise."""
    hi = irange(v.dtype.name)[1]
    return np.array([min(abs(int(x)), hi) for x in v.ravel()], dtype=v.dtype).reshape(v.shape)


def write_allowed(target, value):
    """np! writes follow NumPy's same_kind rule (NumPy's own `=` casts unsafely)."""
    tdt = target.dtype
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return tdt != np.bool_
    if isinstance(value, float):
        return tdt.kind == "f"
    if isinstance(value, list):
        return all(write_allowed(target, v) for v in value)
    return np.can_cast(np.asarray(value).dtype, tdt, "same_kind")


def write_case(cat, inputs, stmt, target):
    """A write `target[...] = value` (or a compound op) checked for same_kind first."""
    if " = " in stmt and not any(op in stmt for op in ["+=", "-=", "*=", "/=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>="]):
        value_text = stmt.split(" = ", 1)[1]
        env = {n: (v.copy() if isinstance(v, np.ndarray) else v) for n, v in inputs}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                value = eval(value_text, {"np": np}, env)
        tgt = dict(inputs)[target]
        if not write_allowed(tgt, value):
            left_out("`=` writes NumPy allows by unsafe casting but same_kind forbids "
                     "(float into int, int into bool, signed into unsigned array)", stmt)
            return None
    return Case(cat, inputs, stmt, stmt=True, check=[target])


def add_write(case):
    if case is not None:
        E.add(case)


def cat_writes(rng):
    for dt in FLOATS:
        z1 = lambda: draw(rng, dt, (6,), "small")
        for stmt in ["z[4] = 1", "z[...] = 2.5", "z[::2] = np.nan", "z[0] = True", "z[:2] = [1, 2]",
                     "z[1:3] = [0.5, -1.5]", "z[-1] = -0.0", "z[1] = np.inf", "z[:] = 0.1", "z[2:] = -7",
                     "z[[0, 2]] = 9", "z[z > 0] = 0", "z[z < 1] = -1.5", "z[:] = 1e300"]:
            add_write(write_case("writes", [("z", z1())], stmt, "z"))
        z2 = draw(rng, dt, (4, 5), "small")
        add_write(write_case("writes", [("z", z2)], "z[1:-1, 1:-1] = 0", "z"))
        add_write(write_case("writes", [("z", draw(rng, dt, (4, 5), "small"))], "z[:, 0] = [1, 2, 3, 4]", "z"))
        add_write(write_case("writes", [("z", draw(rng, dt, (3, 4), "small"))], "z[1] = [0.5, 1, 1.5, 2]", "z"))
        # arrays of every dtype into a float target
        for vd in DTYPES:
            i = draw(rng, vd, (5,), "mixed")
            add_write(write_case("writes", [("z", draw(rng, dt, (5,), "small")), ("i", i)], "z[:] = i", "z"))
        for vd in rng.sample(DTYPES, 4):
            i = draw(rng, vd, (3,), "small")
            add_write(write_case("writes", [("z", draw(rng, dt, (6,), "small")), ("i", i)], "z[::2] = i * 2", "z"))
            add_write(write_case("writes", [("z", draw(rng, dt, (2, 3), "small")), ("i", i)], "z[...] = i", "z"))
    # integer and bool targets, every source dtype same_kind allows
    for td in INTLIKE:
        for vd in INTLIKE:
            t = draw(rng, td, (5,), "small")
            v = draw(rng, vd, (5,), "mixed")
            add_write(write_case("writes", [("i", t), ("j", v)], "i[:] = j", "i"))
        for stmt in ["i[0] = -1", "i[2:] = 5", "i[:] = True", "i[1] = 127", "i[::2] = [1, 2, 3]",
                     "i[-1] = 255", "i[i > 3] = 0"]:
            add_write(write_case("writes", [("i", draw(rng, td, (5,), "small"))], stmt, "i"))
    add_write(write_case("writes", [("i", draw(rng, "int32", (5,), "small")), ("j", draw(rng, "int64", (5,), "corner"))],
                         "i[:] = i + j", "i"))
    add_write(write_case("writes", [("i", draw(rng, "int8", (4,), "small")), ("j", draw(rng, "uint8", (4,), "corner"))],
                         "i[:] = j", "i"))
    # compound operators: every pair of dtypes with +=, others at random
    for td in DTYPES:
        for vd in DTYPES:
            t = draw(rng, td, (5,), "mixed")
            v = draw(rng, vd, (5,), "mixed")
            add_write(write_case("compound", [("a", t), ("b", v)], "a += b", "a"))
    comp = ["-=", "*=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "/="]
    for _ in range(110):
        td, vd = rng.choice(DTYPES), rng.choice(DTYPES)
        op = rng.choice(comp)

        def make(rng, td=td, vd=vd, op=op):
            bop = op[:-1]
            st_a, st_b = operand_styles(bop, td, vd)
            if op == "**=" and td in FLOATS:
                st_b = "expo"
            shape_b = rng.choice([(5,), (1,), ()])
            t = draw(rng, td, (5,), st_a)
            v = draw(rng, vd, shape_b, st_b)
            v = add_zeros(rng, v, bop) if v.ndim else v
            if op == "**=" and vd in SINTS:
                v = nonneg(v)
            return write_case("compound", [("a", t), ("b", v)], f"a {op} b", "a")
        emit_maker(make, rng)
    for dt in DTYPES:
        for stmt in ["a += 1", "a *= 2", "a -= 3", "a /= 2", "a %= 3", "a **= 2", "a <<= 1",
                     "a *= 2.5", "a |= True", "a += s", "a[1:] += 1", "a[::2] *= b", "a[a > 2] -= 1"]:
            def make(rng, dt=dt, stmt=stmt):
                inputs = [("a", draw(rng, dt, (6,), "mixed"))]
                if " s" in stmt:
                    inputs.append(("s", draw_scalar(rng, rng.choice(DTYPES), "small")))
                if "b" in stmt:
                    inputs.append(("b", draw(rng, rng.choice(DTYPES), (3,), "small")))
                return write_case("compound", inputs, stmt, "a")
            emit_maker(make, rng)
    # writes whose value reads the target: NumPy computes the right side first
    overlap = ["u[1:-1] = (u[:-2] + u[2:]) / 2.0", "u[1:] = u[:-1] + u[1:]", "u[::-1] = u * 2",
               "u[1:] += u[:-1]", "u[:-1] += u[1:]", "u[:-1] -= u[1:]", "u[::-1] += u",
               "u[:] = u[::-1] - u", "u[2:] = u[:-2] * u[2:]", "u[:-1:2] = u[1::2] + 1"]
    for stmt in overlap:
        choices = FLOATS if "/ 2.0" in stmt else [d for d in DTYPES if d != "bool"]
        for dt in rng.sample(choices, min(4, len(choices))):
            u = draw(rng, dt, (7,), "small")
            add_write(write_case("overlap", [("u", u)], stmt, "u"))
    for dt in ["float64", "float32", "int32", "int64", "uint8"]:
        for stmt in ["u[...] = u.T", "u += u.T", "u[:, 1:] = u[:, :-1] * 2", "u[1:, :] = u[:-1, :] + 1",
                     "u[::-1, ::-1] = u - 1"]:
            add_write(write_case("overlap", [("u", draw(rng, dt, (3, 3), "small"))], stmt, "u"))


# ---------------------------------------------------------------- errors
def cat_errors(rng):
    bad = [((2, 3), (2,)), ((3,), (4,)), ((2, 3), (3, 2)), ((0,), (2,)), ((2, 1, 3), (2, 4)),
           ((4,), (2, 3)), ((2, 3, 4), (3, 3)), ((5,), (0,))]
    ops = ARITH + ["&", "<<", "==", "<", "@"]
    for sa, sb in bad:
        for _ in range(3):
            op = rng.choice(ops[:-1])
            d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
            if op in ("&", "<<") and (d1 in FLOATS or d2 in FLOATS):
                d1 = d2 = "int32"
            E.add(Case("errors", [("a", draw(rng, d1, sa, "small")), ("b", draw(rng, d2, sb, "small"))],
                       binexpr(op)))
    for fn in ["np.maximum(a, b)", "np.add(a, b)", "np.isclose(a, b)", "np.allclose(a, b)",
               "np.logical_and(a, b)", "np.where(a > 0, a, b)", "np.where(c, a, b)", "np.clip(a, b, 5)",
               "np.clip(a, 0, b)", "a.clip(b, 5)", "np.power(a, b)", "np.floor_divide(a, b)"]:
        sa, sb = rng.choice(bad)
        d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
        inputs = [("a", draw(rng, d1, sa, "small")), ("b", draw(rng, d2, sb, "small"))]
        if "c," in fn:
            inputs.append(("c", draw(rng, "bool", (2, 2))))
        py = "np.clip(a, b, 5)" if fn == "a.clip(b, 5)" else None
        E.add(Case("errors", inputs, fn, py=py))
    for sa, sb in [((3,), (4,)), ((2, 3), (2, 3)), ((2, 3), (4,)), ((3,), (2, 3)), ((2, 3), (4, 2)),
                   ((1, 2), (3, 1)), ((0,), (1,)), ((2, 0), (2, 0)), ((5,), (4, 5))]:
        d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
        E.add(Case("errors", [("a", draw(rng, d1, sa, "tiny")), ("b", draw(rng, d2, sb, "tiny"))], "a @ b"))
    # integers to negative integer powers
    for dt in SINTS:
        b = nonneg(draw(rng, dt, (4,), "small"))
        b[rng.randrange(4)] = -1
        E.add(Case("errors", [("a", draw(rng, rng.choice([dt, "uint8", "int8"]), (4,), "small")), ("b", b)], "a ** b"))
        E.add(Case("errors", [("a", draw(rng, dt, (4,), "small")), ("s", scalar(dt, -2))], "a ** s"))
        E.add(Case("errors", [("a", np.array([3, -1, 2, 0], dtype=dt))], "2 ** a"))
        E.add(Case("errors", [("a", draw(rng, "uint8", (3,), "small")), ("b", np.array([2, -3, 1], dtype=dt))], "np.power(a, b)"))
        E.add(Case("errors", [("s", scalar(dt, 2)), ("t", scalar(dt, -1))], "s ** t"))
        E.add(Case("errors", [("a", np.array(2, dtype=dt)), ("b", np.array(-1, dtype=dt))], "a ** b"))
    E.add(Case("errors", [("a", np.array([True, False])), ("s", np.int64(-1))], "a ** s"))
    # failed writes leave the target as it was
    fails = [
        ([("z", np.zeros(5)), ("b", np.ones(3))], "z[:] = b", "z"),
        ([("z", np.arange(5.0))], "z[1:3] = z + 1", "z"),
        ([("z", np.zeros((2, 3))), ("b", np.ones((2, 3)))], "z[:, 1:] = b", "z"),
        ([("z", np.zeros((1, 3))), ("b", np.ones((2, 3)))], "z += b", "z"),
        ([("z", np.zeros((2, 3), np.int32)), ("b", np.ones((2, 2), np.int32))], "z -= b", "z"),
        ([("z", np.arange(5.0))], "z[:2] = [1, 2, 3]", "z"),
        ([("z", np.arange(6.0).reshape(2, 3))], "z[0, :] = [1, 2]", "z"),
        ([("z", np.arange(5.0))], "z[[0, 1]] = [1, 2, 3]", "z"),
        ([("z", np.arange(4, dtype=np.int8)), ("b", np.array([-1, 2, 3, 1], np.int8))], "z **= b", "z"),
        ([("z", np.arange(4, dtype=np.int64)), ("s", np.int64(-1))], "z **= s", "z"),
        ([("z", np.arange(6, dtype=np.float32)), ("b", np.ones(4, np.float32))], "z[::2] = b", "z"),
        ([("z", np.arange(6, dtype=np.uint16)), ("b", np.ones(4, np.uint16))], "z[z > 2] = b", "z"),
        ([("u", np.arange(7.0))], "u[::2] = u[1::2] + 1", "u"),
    ]
    for inputs, stmt, target in fails:
        E.add(Case("errors", inputs, stmt, stmt=True, check=[target]))


def cat_broadcast(rng):
    good = [((2, 3), (3,)), ((3,), (2, 3)), ((3, 1), (1, 4)), ((1, 4), (3, 1)), ((), (2, 3)),
            ((2, 3), ()), ((2, 1, 3), (4, 1)), ((2, 3, 4), (3, 1)), ((1,), (5,)), ((5,), (1,)),
            ((0,), (1,)), ((0, 3), (3,)), ((2, 0), (2, 1)), ((2, 1, 2, 3), (3,)), ((1, 2, 1, 3), (2, 1, 1)),
            ((4, 1), (0,)), ((1, 1), (1,)), ((2, 2, 2, 2), (2, 1, 2, 1)), ((3, 1, 1), (1, 2, 1))]
    ops = ARITH + BITWISE + CMP
    for sa, sb in good:
        for _ in range(4):
            op = rng.choice(ops)
            d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)
            if op in BITWISE and (d1 in FLOATS or d2 in FLOATS):
                op = rng.choice(ARITH + CMP)
            emit_maker(binary_maker(op, d1, d2, cat="broadcast", shapes=lambda rng, sa=sa, sb=sb: (sa, sb)), rng)
    for fn in ["np.maximum(a, b)", "np.where(a > 0, a, b)", "np.clip(a, b, 10)", "np.isclose(a, b)",
               "np.logical_or(a, b)", "np.power(a, b)"]:
        for _ in range(2):
            sa, sb = rng.choice(good)
            d1, d2 = rng.choice(DTYPES), rng.choice(DTYPES)

            def make(rng, fn=fn, sa=sa, sb=sb, d1=d1, d2=d2):
                st_b = "expo" if "power" in fn else "small"
                a = no_signed_zero(draw(rng, d1, sa, "powbase" if "power" in fn else "small"))
                return Case("broadcast", [("a", a), ("b", no_signed_zero(draw(rng, d2, sb, st_b)))], fn)
            emit_maker(make, rng)


def cat_gotchas(rng):
    """Hand-picked cases of NumPy rules that are easy to implement differently."""
    A = np.array
    f64 = lambda *v: A(v, np.float64)
    f32 = lambda *v: A(v, np.float32)
    G = "gotchas"
    cases = [
        # float power: NumPy's fast path for a scalar exponent 0.5 is sqrt, an array exponent is pow
        ([("a", f64(-0.0, -INF, 4.0, NAN, INF))], "a ** 0.5"),
        ([("a", f32(-0.0, -INF, 4.0, NAN, INF))], "np.power(a, 0.5)"),
        ([("a", f64(-0.0, -INF, 4.0, NAN)), ("s", np.float64(0.5))], "a ** s"),
        ([("a", f64(-0.0, -INF, 4.0, NAN)), ("b", A(0.5))], "a ** b"),
        ([("a", f64(-0.0, -INF, 4.0, NAN)), ("b", f64(0.5, 0.5, 0.5, 0.5))], "a ** b"),
        ([("a", f64(0.0, -0.0, 4.0, NAN, INF, -INF))], "a ** -1"),
        ([("a", f64(0.0, NAN, INF, -INF))], "a ** 0"),
        ([("a", f32(NAN, 1.0, -1.0))], "a ** 1"),
        ([("a", f64(1.0, -1.0, 2.0)), ("b", f64(NAN, INF, -INF))], "a ** b"),
        ([("a", f64(0.0, -0.0)), ("b", f64(-1.0, -3.0))], "a ** b"),
        # bool ** 2 is np.square (int8); other exponents and np.power give int64
        ([("a", A([True, False]))], "a ** 2"),
        ([("a", A([True, False]))], "a ** 3"),
        ([("a", A([True, False]))], "np.power(a, 2)"),
        ([("a", A([True, False]))], "np.square(a)"),
        ([("a", A([True, False])), ("b", A([True, False]))], "a ** b"),
        ([("a", A([16, -3, 127, 2], np.int8))], "a ** 2"),
        ([("a", A([3, 2, -1], np.int64))], "a ** 63"),
        # bool with bool
        ([("a", A([True, True, False])), ("b", A([True, False, False]))], "a + b"),
        ([("a", A([True, True, False])), ("b", A([True, False, False]))], "a * b"),
        ([("a", A([True, True, False])), ("b", A([True, False, False]))], "a / b"),
        ([("a", A([True, True, False])), ("b", A([True, True, True]))], "a % b"),
        ([("a", A([True, True, False])), ("b", A([True, True, True]))], "np.floor_divide(a, b)"),
        ([("a", A([True, True, False])), ("b", A([True, False, True]))], "a << b"),
        ([("a", A([True, True, False])), ("b", A([True, False, True]))], "a ^ b"),
        ([("a", A([True, False]))], "~a"),
        ([("a", A([True, False]))], "a + 1"),
        ([("a", A([True, False]))], "a + True"),
        ([("a", A([True, False]))], "np.abs(a)"),
        # uint64 with int64: float64 arithmetic, exact comparisons
        ([("a", A([2**64 - 1, 2**63], np.uint64)), ("b", A([-1, 1], np.int64))], "a + b"),
        ([("a", A([2**64 - 1, 7], np.uint64)), ("b", A([-1, -2], np.int64))], "a % b"),
        ([("a", A([2**64 - 1, 7], np.uint64)), ("b", A([-1, -2], np.int64))], "np.floor_divide(a, b)"),
        ([("a", A([2**64 - 1, 2**63, 0], np.uint64)), ("b", A([-1, -2**63, 0], np.int64))], "a == b"),
        ([("a", A([2**64 - 1, 2**63, 0], np.uint64)), ("b", A([-1, 2**63 - 1, -1], np.int64))], "a > b"),
        ([("a", A([2**63 + 1], np.uint64)), ("s", np.int64(1))], "a - s"),
        ([("a", A([2**63 + 1], np.uint64))], "a - 1"),
        # integer division and remainder by zero and of MIN by -1; signs of remainders
        ([("a", A([-128, 7, -7, 0], np.int8)), ("b", A([-1, 0, 0, 0], np.int8))], "np.floor_divide(a, b)"),
        ([("a", A([-128, 7, -7, 0], np.int8)), ("b", A([-1, 0, 0, 0], np.int8))], "a % b"),
        ([("a", A([-7, 7, -7, 7], np.int32)), ("b", A([2, -2, -2, 2], np.int32))], "a % b"),
        ([("a", A([-7, 7, -7, 7], np.int32)), ("b", A([2, -2, -2, 2], np.int32))], "np.floor_divide(a, b)"),
        ([("a", f64(-7.0, 7.0, -0.0, 0.0, 1.0, -1.0))], "a % 3"),
        ([("a", f64(-7.0, 7.0, -0.0, 0.0, 1.0, -1.0))], "a % -3"),
        ([("a", f64(-1.0, 1.0, 0.0))], "a % np.inf"),
        ([("a", f64(-1.0, 1.0, 0.0))], "a % -np.inf"),
        ([("a", f64(-1.0, 1.0, 0.0, NAN))], "a % 0.0"),
        ([("a", f64(-1.0, 1.0, 0.0))], "np.floor_divide(a, 0.0)"),
        ([("a", f64(-1.0, 1.0, 0.0))], "np.floor_divide(a, np.inf)"),
        ([("a", f64(1.0, -1.0, 1.0)), ("b", f64(0.1, 0.1, -0.1))], "np.floor_divide(a, b)"),
        ([("a", f64(1.0, -1.0, 1.0)), ("b", f64(0.1, 0.1, -0.1))], "a % b"),
        ([("a", f32(-5.5, 5.5)), ("b", A([-2, 3], np.int8))], "np.mod(a, b)"),
        ([("a", f64(-1.0, 1.0, 0.0, -0.0))], "a / 0.0"),
        ([("a", A([1, -1, 0], np.int64))], "a / 0"),
        # rounding: half to even, through x * 10**d
        ([("a", f64(0.5, 1.5, 2.5, -0.5, -2.5, 3.5))], "np.round(a)"),
        ([("a", f64(2.675, 0.285, 1.005, 0.125, 0.375))], "np.round(a, 2)"),
        ([("a", f32(2.675, 0.285, 1.005, 0.125, 0.375))], "np.round(a, 2)"),
        ([("a", f64(1e300, 1.7976931348623157e308, 123.456))], "np.round(a, 10)"),
        ([("a", f64(1250.0, 1350.0, -1250.0, 1234.5678))], "np.round(a, -2)"),
        ([("a", A([15, 25, 35, 125, -125], np.int16))], "np.round(a, -1)"),
        ([("a", A([2**62 + 1, 2**53 + 5], np.int64))], "np.round(a, -1)"),
        ([("a", A([7, -7], np.int8))], "np.round(a, 3)"),
        ([("a", f64(-0.4, -0.5, 0.4))], "np.round(a)"),
        ([("a", f64(-0.5, -0.0, NAN, 0.5))], "np.floor(a)"),
        ([("a", f64(-0.5, -0.0, NAN, 0.5))], "np.ceil(a)"),
        ([("a", f64(-0.0, 0.0, NAN, -INF, INF, -2.5))], "np.sign(a)"),
        ([("a", f64(-0.0, NAN, -INF))], "np.abs(a)"),
        ([("a", A([-128, -127, 127], np.int8))], "np.abs(a)"),
        ([("a", A([-128, 0, 1], np.int8))], "-a"),
        ([("a", A([0, 1, 255], np.uint8))], "-a"),
        ([("a", A([0, 1, 255], np.uint8))], "~a"),
        ([("a", A([16, 200], np.uint8))], "np.square(a)"),
        ([("a", A([3, 200], np.uint8))], "np.sign(a)"),
        # shifts by negative amounts or past the width
        ([("a", A([1] * 6, np.int8)), ("b", A([7, 8, 9, -1, 100, 0], np.int8))], "a << b"),
        ([("a", A([-5] * 6, np.int8)), ("b", A([1, 7, 8, -1, 100, 0], np.int8))], "a >> b"),
        ([("a", A([200] * 4, np.uint8)), ("b", A([7, 8, 9, 255], np.uint8))], "a >> b"),
        ([("a", A([1, 1, 1], np.int64)), ("b", A([62, 63, 64], np.int64))], "a << b"),
        ([("a", A([1, 1], np.uint8)), ("b", A([7, 8], np.int8))], "a << b"),
        ([("a", A([-1, 5], np.int32))], "a >> 40"),
        ([("a", A([-1, 5], np.int32))], "a << -1"),
        # NEP 50: Python literals take the array's dtype; NumPy scalars and 0-d arrays do not
        ([("a", A([100, 27], np.int8))], "a + 100"),
        ([("a", A([100, 27], np.int8)), ("s", np.int16(100))], "a + s"),
        ([("a", A([100, 27], np.int8)), ("b", A(100, np.int16))], "a + b"),
        ([("a", A([100, 27], np.int8))], "a + 1.5"),
        ([("a", f32(0.1, 1.0))], "a == 0.1"),
        ([("a", f32(0.1, 1.0)), ("s", np.float64(0.1))], "a == s"),
        ([("a", f32(1.0, 0.0))], "a * 1e300"),
        ([("a", f32(1.5, 2.0))], "a + 16777217"),
        ([("a", f32(1.5)), ("b", A([1], np.int16))], "a + b"),
        ([("a", f32(1.5)), ("b", A([1], np.int32))], "a + b"),
        ([("a", f32(1.5)), ("s", np.int64(1))], "a + s"),
        ([("a", A([1, 2], np.int64))], "a / 2"),
        ([("a", A([1, 2], np.uint8))], "2 ** a"),
        ([("a", A([7, 8, 9], np.int8))], "2 ** a"),
        ([("a", A([2**53 + 1, 2**53], np.int64))], "a == 9007199254740992"),
        ([("a", A([2**53 + 1, 2**53], np.int64))], "a == 9007199254740992.0"),
        ([("a", A([2**53 + 1], np.int64)), ("b", f64(2.0**53))], "a == b"),
        ([("a", A([0, 255], np.uint8))], "a > -1"),
        ([("a", A([0, 255], np.uint8))], "a == 256"),
        ([("a", A([-128, 127], np.int8))], "a < 200"),
        # 0-d operands: NumPy scalars out, except np.where and astype (0-d arrays)
        ([("a", A(5, np.int8)), ("b", A(3, np.int32))], "a + b"),
        ([("a", A(5, np.int8))], "a + 3"),
        ([("a", A(5, np.int8))], "a > 3"),
        ([("a", A(5, np.uint8))], "-a"),
        ([("a", A(4, np.uint8))], "np.sqrt(a)"),
        ([("a", A(2.5))], "np.round(a)"),
        ([("c", A(True)), ("a", A(5, np.int8)), ("b", A(3, np.int8))], "np.where(c, a, b)"),
        ([("a", A(5, np.int8))], "a.astype(np.float32)"),
        ([("a", A(1.0, np.float32)), ("b", A(1.00001, np.float32))], "np.isclose(a, b)"),
        ([("a", A(1.0, np.float32)), ("b", A(1.00001, np.float32))], "np.allclose(a, b)"),
        ([("a", A([1, 2], np.int8)), ("b", A([3, 4], np.int8))], "a @ b"),
        ([("a", A([100, 100], np.int8)), ("b", A([2, 1], np.int8))], "a @ b"),
        # float16 results become float32 (the input converted to float32 first)
        ([("a", A([4, 2, 0], np.int8))], "np.sqrt(a)"),
        ([("a", A([4, 2, 255], np.uint8))], "np.log2(a)"),
        ([("a", A([True, False]))], "np.log2(a)"),
        ([("a", A([True, False]))], "np.round(a)"),
        ([("a", A([4, 2], np.int16))], "np.sqrt(a)"),
        ([("a", A([4, 2], np.int32))], "np.sqrt(a)"),
        # min/max/clip propagate NaN; clip with lo > hi gives hi
        ([("a", f64(NAN, 1.0, 3.0)), ("b", f64(2.0, NAN, 1.0))], "np.maximum(a, b)"),
        ([("a", f32(NAN, 1.0, 3.0)), ("b", f64(2.0, NAN, 1.0))], "np.minimum(a, b)"),
        ([("a", A([1, 5, 9], np.int8))], "np.clip(a, 6, 2)"),
        ([("a", A([1, 5, 9], np.int8))], "np.clip(a, 2.5, 6)"),
        ([("a", A([1, 5, 9], np.uint8)), ("b", A([2], np.int8))], "np.clip(a, b, 6)"),
        ([("a", f64(NAN, -INF, INF, 0.5))], "np.clip(a, 0, 1)"),
        ([("c", A([True, False])), ("a", A([1, 2], np.int8))], "np.where(c, a, 0)"),
        ([("c", A([True, False])), ("a", A([1, 2], np.int8))], "np.where(c, a, 0.5)"),
        ([("c", A([True, False]))], "np.where(c, 1, 0)"),
        ([("a", f64(NAN, 0.0, -0.0, 2.0))], "np.logical_not(a)"),
        ([("a", f64(NAN, INF, 1.0))], "np.isclose(a, a)"),
        ([("a", f64(NAN, 1.0))], "np.array_equal(a, a)"),
        # casts: wrap, truncate toward zero, round to nearest float
        ([("a", A([-1, 300, -129, 65536], np.int64))], "a.astype(np.uint8)"),
        ([("a", A([-1, 300, -129, 65536], np.int64))], "a.astype(np.int8)"),
        ([("a", f64(-1.9, 2.7, -0.5, 255.9))], "a.astype(np.int16)"),
        ([("a", f64(0.9, -0.9, 255.9))], "a.astype(np.uint8)"),
        ([("a", A([16777217, 2**63 - 1], np.int64))], "a.astype(np.float32)"),
        ([("a", A([2**64 - 1], np.uint64))], "a.astype(np.float64)"),
        ([("a", f64(NAN, -0.0, 0.5))], "a.astype(bool)"),
        ([("a", f64(1e40, 0.1, 1e-50))], "a.astype(np.float32)"),
    ]
    for inputs, expr in cases:
        E.add(Case(G, inputs, expr))
    writes = [
        # float32 += float64 is computed in float64, then rounded once to float32
        ([("a", f32(16777216.0, 1.0)), ("b", f64(1.00000001, 1e-8))], "a += b"),
        ([("a", f32(16777216.0, 1.0)), ("b", f64(1.00000001, 1e-8))], "a[:] = a + b"),
        ([("a", A([1, 2], np.int32)), ("b", A([2**40 + 5, -2**32], np.int64))], "a += b"),
        ([("a", A([100, 50], np.int8)), ("b", A([200, 255], np.uint8))], "a += b"),
        ([("a", A([0, 1], np.uint8))], "a -= 1"),
        ([("a", f32(1.0, 0.0))], "a *= 1e300"),
        ([("a", A([3, 4], np.int8))], "a **= 2"),
        ([("a", A([1, 2], np.int8))], "a <<= 9"),
        ([("a", A([5, -5], np.int16))], "a %= 0"),
        ([("a", A([True, False]))], "a += True"),
        ([("a", A([True, False]))], "a *= True"),
        ([("z", f64(0.0, 0.0, 0.0)), ("i", A([-1, 2**53 + 1, 7], np.int64))], "z[:] = i"),
        ([("z", f32(0.0, 0.0, 0.0)), ("i", A([16777217, -3, 2**31 - 1], np.int32))], "z[:] = i"),
        ([("z", f32(0.0, 0.0, 0.0)), ("w", f64(0.1, 1e40, -1e-50))], "z[:] = w"),
        ([("z", f32(0.0, 0.0, 0.0))], "z[0] = 1e300"),
        ([("a", A([1, 2, 3, 4, 5], np.int64))], "a[1:] += a[:-1]"),
        ([("a", A([1, 2, 3, 4, 5], np.int64))], "a[:-1] += a[1:]"),
        ([("a", A([1.0, 2.0, 3.0, 4.0], np.float64))], "a[::-1] = a * 2"),
        ([("a", A([[1, 2], [3, 4]], np.int32))], "a[...] = a.T"),
        ([("a", A([[1, 2], [3, 4]], np.int32))], "a += a.T"),
    ]
    for inputs, stmt in writes:
        add_write(write_case(G, inputs, stmt, inputs[0][0]))
    # a failed **= on integers: NumPy raises before writing when the first exponent is negative
    E.add(Case(G, [("a", A([2, 3, 4], np.int8)), ("b", A([-1, 2, 2], np.int8))], "a **= b", stmt=True, check=["a"]))
    E.add(Case(G, [("a", A([2, 3], np.int8)), ("b", A([1, 2, 3], np.int8))], "a + b"))


# ---------------------------------------------------------------- Rust output
HEADER = '''//! NumPy expressions inside `np!` (operators, promotion, broadcasting, 0-d operands, NEP 50
//! weak literals and typed Rust scalars, element-wise functions, casts and casting writes)
//! against NumPy {version}'s own answers: every result's `repr()` (so its dtype too), the
//! `str()` of a Python value, the array after a write, or NumPy's exception and message.
//!
//! GENERATED by `scripts/gen_expr_cases.py` (NumPy {version}, seed {seed}); do not edit by hand.
//! {total} cases: {counts}.
//! Of them {errors} are NumPy errors checked with `expect_err`.
//!
//! Rules the expected values follow:
//! - npview has no float16: where NumPy gives float16 (`np.sqrt`, `np.exp`, `np.log*`, `np.sin`,
//!   `np.cos`, `np.tan` of bool, int8 or uint8; `np.round(bool_array)`), the expected value is
//!   NumPy's result for the input converted to float32 first (a float32 result).
//! - `exp`, `log`, `log2`, `log10`, `sin`, `cos`, `tan` and `**`/`np.power` with a float result
//!   keep only inputs where NumPy's result is bit for bit the C library's (glibc `sin`/`sinf`
//!   ...), since NumPy's SIMD kernels differ in the last bit by machine ({redrawn} draws redrawn).
//!   A float power whose exponent is a scalar (literal, Rust scalar, 0-d array) equal to -1, 0,
//!   0.5, 1 or 2 is NumPy's fast path on every machine (1/x, 1, sqrt, x, x*x) and is kept as is:
//!   `a ** 0.5` of -0.0 is -0.0 and of -inf is nan, where C's `pow` gives 0.0 and inf.
//! - `np.minimum`, `np.maximum` and `np.clip` see no -0.0 (which zero they return for -0.0
//!   against 0.0 depends on the SIMD kernel); `np.clip` bounds are never NaN.
//! - Float matmul uses small multiples of 0.5 (exact in any summation order, as BLAS may
//!   reorder); integer matmul wraps (order-free).
//! - Casts of floats to integers leave out NaN, inf and values whose truncation does not fit
//!   the target (undefined in C, platform-dependent in NumPy); `np.round(int_array, d)` with
//!   d < 0 (computed in float64 and cast back) leaves out values whose result does not fit.
//! - A failed `**=` checks the target unchanged only where NumPy writes nothing before it
//!   raises (the negative exponent comes first: NumPy's loop writes the elements before it).
//! - Writes follow NumPy's same_kind rule (npview's); compound operators are NumPy's own rule.
//!
//! Left out (never emitted), with the reason:
{left_out}
//!
//! The test functions are `#[rustfmt::skip]`: rustfmt reads `np!(a ** b)` as Rust's
//! `a * (*b)` and would rewrite it as `np!(a * *b)`, which np! reads as two operators.

#![allow(
    clippy::too_many_lines,
    unused_variables,
    unused_mut,
    clippy::approx_constant
)]

mod support;

use npview::{{np, Array}};
use support::{{expect_err, expect_py, expect_repr, report}};
'''

EXTRA_LEFT_OUT = [
    ("compile-time errors in npview, tested by its UI cases",
     "every NumPy TypeError/UFuncTypeError/OverflowError below is decided by the dtypes alone"),
    ("`int_array ** -1` with a literal negative exponent",
     "NumPy always raises ValueError, so npview may refuse it at compile time; the array, Rust "
     "scalar and 0-d forms are checked with expect_err"),
    ("writes of float values into integer arrays, `/=` on integer arrays, out-of-range literals "
     "(`uint8_array + 300`, `int8_array[0] = 300`, `a * -2` on unsigned)",
     "compile-time errors in npview, tested by its UI cases"),
    ("`np.where(c, uint8_array, -1)` and `np.clip(uint8_array, -1, 300)`",
     "NumPy accepts these out-of-range Python ints (where wraps -1 to 255, clip keeps them); "
     "out-of-range literals outside comparisons are compile errors in npview"),
    ("Python ints past 2**64 - 1 and `a @ b` with a 0-d operand", "np! literal range / static rank"),
    ("errors the static ranks decide (`z[0] = [1, 2]`: a sequence into one element; `z += b` with b "
     "of higher rank than z)", "npview may refuse them at compile time; same-rank shape errors are "
     "checked"),
    ("`x ** 0.5` with a 0-d or Rust scalar base -0.0 or -inf (redrawn)",
     "NumPy's scalar power (C pow: 0.0, inf) and its 0-d array fast path (sqrt: -0.0, nan) "
     "disagree"),
]


def main():
    warnings.simplefilter("ignore")
    np.seterr(all="ignore")
    rng = random.Random(SEED)
    cat_binary(rng)
    cat_comparisons_exact(rng)
    cat_broadcast(rng)
    cat_zero_d(rng)
    cat_weak(rng)
    cat_typed_scalars(rng)
    cat_unary(rng)
    cat_functions(rng)
    cat_astype(rng)
    cat_constants(rng)
    cat_matmul(rng)
    cat_nested(rng)
    cat_writes(rng)
    cat_errors(rng)
    cat_gotchas(rng)

    blocks = [b for cat in E.blocks for b in E.blocks[cat]]
    fns = []
    for k in range(0, len(blocks), CASES_PER_FN):
        chunk = blocks[k:k + CASES_PER_FN]
        name = f"cases_{k // CASES_PER_FN:03}"
        fns.append(
            f"#[test]\n#[rustfmt::skip]\nfn {name}() {{\n    let mut failures = Vec::new();\n"
            + "\n".join(chunk)
            + f"\n    report({rust_str(name)}, {len(chunk)}, &failures);\n}}\n"
        )
    counts = ", ".join(f"{n} {cat}" for cat, n in E.counts.items())
    lines = []
    for what, why in EXTRA_LEFT_OUT:
        lines.append(f"//! - {what}: {why}.")
    for reason, n in sorted(LEFT_OUT.items(), key=lambda kv: -kv[1]):
        noun = "form" if n == 1 else "forms"
        lines.append(f"//! - {n} {noun}: {reason} (e.g. `{LEFT_OUT_EXAMPLE[reason].split('; ')[-1]}`).")
    wrapped = []
    for line in lines:
        wrapped.extend(wrap_doc(line))
    text = HEADER.format(version=np.__version__, seed=SEED, total=sum(E.counts.values()),
                         counts=counts, errors=sum(E.errors.values()),
                         redrawn=sum(STATS.values()), left_out="\n".join(wrapped))
    text = "\n".join(sum((wrap_doc(l) if l.startswith("//! ") and len(l) > 100 else [l]
                          for l in text.split("\n")), []))
    OUT.write_text(text + "\n" + "\n".join(fns))
    print(f"wrote {OUT.name}: {sum(E.counts.values())} cases", file=sys.stderr)
    for cat, n in E.counts.items():
        print(f"  {cat:15} {n:5}  ({E.errors[cat]} errors)", file=sys.stderr)
    print(f"  left out: {sum(LEFT_OUT.values())} forms", file=sys.stderr)
    for reason, n in sorted(LEFT_OUT.items(), key=lambda kv: -kv[1]):
        print(f"    {n:4}  {reason}", file=sys.stderr)
    print(f"  redrawn (SIMD differs from the C library): {dict(STATS)}", file=sys.stderr)


def wrap_doc(line, width=100):
    """Wrap a `//! ` line at `width`, continuing with the same indentation."""
    if len(line) <= width:
        return [line]
    indent = "//!   " if line.startswith("//! - ") or line.startswith("//!   ") else "//! "
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = indent + w
        else:
            cur = w if not cur else cur + " " + w
    out.append(cur)
    return [line.rstrip() for line in out]


if __name__ == "__main__":
    main()
