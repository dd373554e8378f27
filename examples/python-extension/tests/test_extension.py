"""npview_example against NumPy: each function's result is compared with NumPy computing the same
thing, in-place functions must change the caller's own buffer (same data pointer), read-only
arguments must come back untouched, and strided (non-contiguous, reversed, Fortran-order) inputs
must work as views, without a copy on the way in.

Run after `maturin develop` in examples/python-extension: `pytest`.
"""

import numpy as np
import pytest

import npview_example as ne


def data_ptr(a):
    return a.__array_interface__["data"][0]


def numpy_index_error(fn):
    """The message of the IndexError NumPy raises for `fn()`."""
    with pytest.raises(IndexError) as info:
        fn()
    return str(info.value)


def matrices(dtype):
    """A C-order matrix and strided views of bigger arrays (the views keep their base alive)."""
    base = np.arange(42).reshape(6, 7).astype(dtype) * 3 - 40
    return {
        "c-order": base.copy(),
        "every other column": base[:, ::2],
        "reversed": base[::-1, ::-1],
        "fortran": np.asfortranarray(base),
        "transposed": base.T,
        "sub-block": base[1:5:2, 2:6],
    }


MATRIX_KINDS = list(matrices(np.float64))


# -- clip_above: a mask write in place (rw 1-D float64) ---------------------------------------


def test_clip_above_writes_into_the_callers_array():
    a = np.array([0.5, 7.0, -3.0, 12.5, 4.0, 9.0])
    expected = a.copy()
    expected[expected > 4.0] = 4.0
    ptr = data_ptr(a)
    assert ne.clip_above(a, 4.0) is None
    np.testing.assert_array_equal(a, expected)
    assert data_ptr(a) == ptr


@pytest.mark.parametrize("step", [2, 3, -1, -2])
def test_clip_above_through_a_strided_view_changes_the_base(step):
    base = np.linspace(-5.0, 20.0, 26)
    expected = base.copy()
    expected_view = expected[::step]
    expected_view[expected_view > 6.0] = 6.0
    ne.clip_above(base[::step], 6.0)
    np.testing.assert_array_equal(base, expected)


def test_clip_above_nan_and_empty():
    a = np.array([np.nan, 3.0, np.inf])
    ne.clip_above(a, 1.0)
    np.testing.assert_array_equal(a, [np.nan, 1.0, 1.0])  # nan > 1 is False, as in NumPy
    empty = np.zeros(0)
    ne.clip_above(empty, 1.0)
    assert empty.shape == (0,)


def test_clip_above_refuses_a_read_only_array():
    a = np.arange(5.0)
    a.flags.writeable = False
    with pytest.raises(TypeError, match="not writeable"):
        ne.clip_above(a, 1.0)
    np.testing.assert_array_equal(a, np.arange(5.0))


# -- every_other_row: a view copied once on the way out (ro 2-D int64) ------------------------


@pytest.mark.parametrize("kind", MATRIX_KINDS)
def test_every_other_row(kind):
    m = matrices(np.int64)[kind]
    before = m.copy()
    rows = ne.every_other_row(m)
    np.testing.assert_array_equal(rows, m[::2])
    assert rows.dtype == np.int64
    assert not np.shares_memory(rows, m)
    np.testing.assert_array_equal(m, before)


def test_every_other_row_result_is_a_copy():
    m = np.arange(12, dtype=np.int64).reshape(4, 3)
    rows = ne.every_other_row(m)
    rows[0, 0] = 100
    assert m[0, 0] == 0
    assert rows.flags.writeable


def test_every_other_row_of_no_rows():
    rows = ne.every_other_row(np.zeros((0, 3), dtype=np.int64))
    assert rows.shape == (0, 3)


# -- pick: a fancy index, a new array (ro 1-D float64, ro 1-D int64) --------------------------


def test_pick_matches_numpy():
    a = np.linspace(0.0, 1.0, 11)
    idx = np.array([0, 10, -1, 3, 3, -11], dtype=np.int64)
    before = a.copy()
    picked = ne.pick(a, idx)
    np.testing.assert_array_equal(picked, a[idx])
    assert not np.shares_memory(picked, a)
    np.testing.assert_array_equal(a, before)
    np.testing.assert_array_equal(idx, [0, 10, -1, 3, 3, -11])


def test_pick_with_strided_array_and_indices():
    base = np.arange(40.0) ** 2
    a = base[::-3]
    idx = np.arange(20, dtype=np.int64)[::-4] - 7  # [12, 8, 4, 0, -4]
    np.testing.assert_array_equal(ne.pick(a, idx), a[idx])


def test_pick_nothing():
    picked = ne.pick(np.arange(3.0), np.zeros(0, dtype=np.int64))
    assert picked.shape == (0,)


@pytest.mark.parametrize("bad", [5, -6, 1000])
def test_pick_out_of_bounds_raises_numpys_index_error(bad):
    a = np.arange(5.0)
    idx = np.array([0, bad], dtype=np.int64)
    message = numpy_index_error(lambda: a[idx])
    with pytest.raises(IndexError) as info:
        ne.pick(a, idx)
    assert str(info.value) == message


# -- column_sums: np.sum(m, axis=0) (ro 2-D float64) ------------------------------------------


@pytest.mark.parametrize("kind", MATRIX_KINDS)
def test_column_sums(kind):
    m = matrices(np.float64)[kind]
    before = m.copy()
    np.testing.assert_allclose(ne.column_sums(m), np.sum(m, axis=0))
    np.testing.assert_array_equal(m, before)


@pytest.mark.parametrize("shape", [(0, 3), (3, 0), (1, 1)])
def test_column_sums_edge_shapes(shape):
    m = np.ones(shape)
    np.testing.assert_array_equal(ne.column_sums(m), np.sum(m, axis=0))


# -- zero_border: four basic-index writes in place (rw 2-D float64) ---------------------------


def numpy_zero_border(m):
    m[0] = 0
    m[-1] = 0
    m[:, 0] = 0
    m[:, -1] = 0


@pytest.mark.parametrize("kind", MATRIX_KINDS)
def test_zero_border_in_place(kind):
    m = matrices(np.float64)[kind]
    expected = m.copy()
    numpy_zero_border(expected)
    ptr = data_ptr(m)
    ne.zero_border(m)
    np.testing.assert_array_equal(m, expected)
    assert data_ptr(m) == ptr


def test_zero_border_through_a_strided_view_changes_the_base():
    base = np.arange(1.0, 64.0 + 1.0).reshape(8, 8)
    expected = base.copy()
    numpy_zero_border(expected[1::2, ::3])
    ne.zero_border(base[1::2, ::3])
    np.testing.assert_array_equal(base, expected)


@pytest.mark.parametrize("shape", [(1, 1), (1, 5), (5, 1), (2, 2)])
def test_zero_border_small(shape):
    m = np.ones(shape)
    ne.zero_border(m)
    np.testing.assert_array_equal(m, np.zeros(shape))


@pytest.mark.parametrize("shape", [(0, 3), (3, 0), (0, 0)])
def test_zero_border_of_an_empty_axis_raises_numpys_index_error(shape):
    m = np.zeros(shape)
    message = numpy_index_error(lambda: numpy_zero_border(np.zeros(shape)))
    with pytest.raises(IndexError) as info:
        ne.zero_border(m)
    assert str(info.value) == message


def test_zero_border_refuses_a_read_only_array():
    m = np.ones((3, 3))
    m.flags.writeable = False
    with pytest.raises(TypeError, match="not writeable"):
        ne.zero_border(m)
    np.testing.assert_array_equal(m, np.ones((3, 3)))


# -- normalize: (a - np.mean(a)) / np.std(a), any number of dimensions (ro float64) -----------


@pytest.mark.parametrize(
    "a",
    [
        np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]),
        np.linspace(-3.0, 8.0, 12).reshape(3, 4),
        np.linspace(-3.0, 8.0, 24).reshape(2, 3, 4)[:, ::-1, 1::2],
        np.array(3.5) + np.arange(5.0) ** 3,
    ],
    ids=["1-D", "2-D", "3-D strided", "cubes"],
)
def test_normalize(a):
    before = a.copy()
    z = ne.normalize(a)
    np.testing.assert_allclose(z, (a - np.mean(a)) / np.std(a), rtol=1e-12, atol=1e-15)
    assert z.shape == a.shape
    assert not np.shares_memory(z, a)
    np.testing.assert_array_equal(a, before)


def test_normalize_constant_gives_nan_as_numpy_does():
    a = np.full(4, 2.5)
    with np.errstate(invalid="ignore"):
        expected = (a - np.mean(a)) / np.std(a)
    np.testing.assert_array_equal(ne.normalize(a), expected)


# -- arguments rust-numpy refuses before np! runs ---------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: ne.clip_above(np.arange(5), 1.0),  # int64, not float64
        lambda: ne.clip_above(np.arange(5, dtype=np.float32), 1.0),
        lambda: ne.every_other_row(np.ones((3, 3))),  # float64, not int64
        lambda: ne.every_other_row(np.arange(6)),  # 1-D, not 2-D
        lambda: ne.pick(np.arange(5.0), np.array([0, 1], dtype=np.int32)),
        lambda: ne.pick(np.arange(5.0), np.array([True, False, True, False, True])),
        lambda: ne.column_sums(np.ones((2, 2), dtype=np.complex128)),
        lambda: ne.zero_border(np.ones((3, 3), dtype=np.int64)),
        lambda: ne.normalize([1.0, 2.0, 3.0]),  # a list, not an ndarray
    ],
    ids=[
        "clip_above int64",
        "clip_above float32",
        "every_other_row float64",
        "every_other_row 1-D",
        "pick int32 indices",
        "pick bool mask",
        "column_sums complex",
        "zero_border int64",
        "normalize list",
    ],
)
def test_wrong_dtype_or_rank_raises_type_error(call):
    with pytest.raises(TypeError):
        call()
