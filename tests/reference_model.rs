//! np! against a small reference model written here from NumPy's documented rules:
//! element by element, with index lists instead of strides. Every run draws thousands of
//! random shapes and indices (a fixed seed, so a failure reproduces) and compares values,
//! shapes, error messages, and the array after every write, failed or not.

use npview::{np, Array, Array1, Array2, Array3, IndexError};

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// The draws these tests need, on top of the shared generator.
impl Rng {
    fn range(&mut self, lo: isize, hi: isize) -> isize {
        lo + self.below((hi - lo + 1) as usize) as isize
    }
    fn maybe(&mut self, lo: isize, hi: isize) -> Option<isize> {
        if self.below(3) == 0 {
            None
        } else {
            Some(self.range(lo, hi))
        }
    }
    fn step(&mut self, n: usize) -> Option<isize> {
        match self.below(6) {
            0 => None,
            1 => Some(0),
            _ => Some(self.range(-(n as isize) - 1, n as isize + 1)),
        }
    }
}

const CASES: usize = 2000;

// ---------------------------------------------------------------- the model

/// Python's slice semantics by walking: the indices `start:stop:step` picks from `n` items.
fn model_slice(
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
    n: usize,
) -> Result<Vec<usize>, String> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err("slice step cannot be zero".into());
    }
    let n = n as isize;
    let fix = |v: isize, lo: isize, hi: isize| {
        let v = if v < 0 { v + n } else { v };
        v.clamp(lo, hi)
    };
    let (start, stop) = if step > 0 {
        (
            start.map_or(0, |v| fix(v, 0, n)),
            stop.map_or(n, |v| fix(v, 0, n)),
        )
    } else {
        (
            start.map_or(n - 1, |v| fix(v, -1, n - 1)),
            stop.map_or(-1, |v| fix(v, -1, n - 1)),
        )
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

/// An integer index on an axis, with NumPy's message when it is out of bounds.
fn model_int(i: isize, axis: usize, n: usize) -> Result<usize, String> {
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j >= n as isize {
        Err(format!(
            "index {i} is out of bounds for axis {axis} with size {n}"
        ))
    } else {
        Ok(j as usize)
    }
}

/// A result: shape and values in C order, or NumPy's message.
type Outcome = Result<(Vec<usize>, Vec<i64>), String>;

fn of<T: Into<Vec<usize>>>(shape: T, values: Vec<i64>) -> Outcome {
    Ok((shape.into(), values))
}

fn got_view<D: npview::Dimension>(r: Result<npview::ArrayView<'_, i64, D>, IndexError>) -> Outcome {
    r.map(|v| (v.shape().to_vec(), v.iter().copied().collect()))
        .map_err(|e| e.to_string())
}

fn got_owned<D: npview::Dimension>(r: Result<Array<i64, D>, IndexError>) -> Outcome {
    r.map(|v| (v.shape().to_vec(), v.iter().copied().collect()))
        .map_err(|e| e.to_string())
}

fn random_1d(rng: &mut Rng) -> (Array1<i64>, Vec<i64>) {
    let n = rng.below(7);
    let data: Vec<i64> = (0..n as i64).map(|x| x * 10).collect();
    (Array1::from(data.clone()), data)
}

fn random_2d(rng: &mut Rng) -> (Array2<i64>, usize, usize) {
    let (r, c) = (rng.below(5), rng.below(5));
    let a = Array2::from_shape_vec((r, c), (0..(r * c) as i64).collect()).expect("shape");
    (a, r, c)
}

// ---------------------------------------------------------------- reads

#[test]
fn one_dimensional_slices_match_the_model() {
    let mut rng = Rng(1);
    for _ in 0..CASES {
        let (a, data) = random_1d(&mut rng);
        let n = data.len() as isize;
        let (start, stop, step) = (
            rng.maybe(-n - 3, n + 3),
            rng.maybe(-n - 3, n + 3),
            rng.step(data.len()),
        );
        let expected = model_slice(start, stop, step, data.len()).map(|ix| {
            (
                vec![ix.len()],
                ix.iter().map(|&i| data[i]).collect::<Vec<_>>(),
            )
        });
        let got = got_view(np!(try a[start:stop:step]));
        assert_eq!(
            got, expected,
            "a = {data:?}; a[{start:?}:{stop:?}:{step:?}]"
        );
    }
}

#[test]
fn integer_then_slice_on_two_axes_matches_the_model() {
    let mut rng = Rng(2);
    for _ in 0..CASES {
        let (a, r, c) = random_2d(&mut rng);
        let i = rng.range(-(r as isize) - 2, r as isize + 1);
        let (start, stop, step) = (rng.maybe(-6, 6), rng.maybe(-6, 6), rng.step(c));
        let expected = model_int(i, 0, r).and_then(|row| {
            let cols = model_slice(start, stop, step, c)?;
            of(
                [cols.len()],
                cols.iter().map(|&j| (row * c + j) as i64).collect(),
            )
        });
        let got = got_view(np!(try a[i, start:stop:step]));
        assert_eq!(
            got, expected,
            "shape ({r}, {c}); a[{i}, {start:?}:{stop:?}:{step:?}]"
        );
    }
}

#[test]
fn two_index_arrays_walk_together_and_broadcast() {
    let mut rng = Rng(3);
    for _ in 0..CASES {
        let (a, r, c) = random_2d(&mut rng);
        let len = rng.below(4);
        let rows: Vec<isize> = (0..len)
            .map(|_| rng.range(-(r as isize) - 1, r as isize))
            .collect();
        let cols_len = if rng.below(4) == 0 {
            1
        } else if rng.below(6) == 0 {
            len + 1
        } else {
            len
        };
        let cols: Vec<isize> = (0..cols_len)
            .map(|_| rng.range(-(c as isize) - 1, c as isize))
            .collect();
        let expected = if rows.len() != cols.len() && cols.len() != 1 && rows.len() != 1 {
            Err(format!(
                "shape mismatch: indexing arrays could not be broadcast together with shapes ({},) ({},) ",
                rows.len(),
                cols.len()
            ))
        } else {
            let n = rows.len().max(cols.len());
            let n = if rows.is_empty() || cols.is_empty() {
                0
            } else {
                n
            };
            // NumPy checks one index array at a time, over the broadcast shape: all of the
            // rows first, then all of the columns; an empty result checks nothing.
            let checked = |v: &[isize], axis: usize, size: usize| -> Result<Vec<usize>, String> {
                (0..n)
                    .map(|k| model_int(v[k.min(v.len() - 1)], axis, size))
                    .collect()
            };
            checked(&rows, 0, r).and_then(|ri| {
                let ci = checked(&cols, 1, c)?;
                of([n], (0..n).map(|k| (ri[k] * c + ci[k]) as i64).collect())
            })
        };
        let got = got_owned(np!(try a[&rows, &cols]));
        assert_eq!(got, expected, "shape ({r}, {c}); a[{rows:?}, {cols:?}]");
    }
}

#[test]
fn index_arrays_separated_by_a_slice_go_first() {
    let mut rng = Rng(4);
    for _ in 0..CASES {
        let (d0, d1, d2) = (1 + rng.below(3), rng.below(4), 1 + rng.below(3));
        let a = Array3::from_shape_vec((d0, d1, d2), (0..(d0 * d1 * d2) as i64).collect())
            .expect("shape");
        let len = 1 + rng.below(3);
        let i: Vec<isize> = (0..len).map(|_| rng.range(0, d0 as isize - 1)).collect();
        let j: Vec<isize> = (0..len)
            .map(|_| rng.range(-(d2 as isize), d2 as isize - 1))
            .collect();
        let mut values = Vec::new();
        for k in 0..len {
            let (x, z) = (i[k] as usize, model_int(j[k], 2, d2).expect("in range"));
            for y in 0..d1 {
                values.push((x * d1 * d2 + y * d2 + z) as i64);
            }
        }
        let got = got_owned(np!(try a[&i, :, &j]));
        assert_eq!(
            got,
            of([len, d1], values),
            "shape ({d0}, {d1}, {d2}); a[{i:?}, :, {j:?}]"
        );
    }
}

#[test]
fn boolean_masks_pick_in_c_order() {
    let mut rng = Rng(5);
    for _ in 0..CASES {
        let (a, r, c) = random_2d(&mut rng);
        let full: Vec<bool> = (0..r * c).map(|_| rng.below(2) == 0).collect();
        let m = Array2::from_shape_vec((r, c), full.clone()).expect("shape");
        let values: Vec<i64> = (0..r * c).filter(|&k| full[k]).map(|k| k as i64).collect();
        assert_eq!(
            got_owned(np!(try a[&m])),
            of([values.len()], values),
            "mask {full:?}"
        );
        // A mask over the rows only, sometimes of the wrong length.
        let rows_len = if rng.below(5) == 0 { r + 1 } else { r };
        let rows: Vec<bool> = (0..rows_len).map(|_| rng.below(2) == 0).collect();
        let expected = if rows_len != r {
            Err(format!(
                "boolean index did not match indexed array along axis 0; size of axis is {r} but size of corresponding boolean axis is {rows_len}"
            ))
        } else {
            let picked: Vec<usize> = (0..r).filter(|&i| rows[i]).collect();
            of(
                [picked.len(), c],
                picked
                    .iter()
                    .flat_map(|&i| (0..c).map(move |j| (i * c + j) as i64))
                    .collect(),
            )
        };
        assert_eq!(
            got_owned(np!(try a[&rows])),
            expected,
            "row mask {rows:?} on ({r}, {c})"
        );
    }
}

// ---------------------------------------------------------------- writes

#[test]
fn slice_assignment_writes_exactly_the_selection_or_nothing() {
    let mut rng = Rng(6);
    for _ in 0..CASES {
        let (mut a, data) = random_1d(&mut rng);
        let n = data.len() as isize;
        let (start, stop, step) = (
            rng.maybe(-n - 2, n + 2),
            rng.maybe(-n - 2, n + 2),
            rng.step(data.len()),
        );
        let vlen = rng.below(4);
        let values: Vec<i64> = (0..vlen as i64).map(|v| -1 - v).collect();
        let mut expected = data.clone();
        let outcome = model_slice(start, stop, step, data.len()).and_then(|ix| {
            if vlen != 1 && vlen != ix.len() {
                return Err(format!(
                    "could not broadcast input array from shape ({vlen},) into shape ({},)",
                    ix.len()
                ));
            }
            for (k, &i) in ix.iter().enumerate() {
                expected[i] = values[if vlen == 1 { 0 } else { k }];
            }
            Ok(())
        });
        let got = np!(try a[start:stop:step] = &values).map_err(|e| e.to_string());
        assert_eq!(got, outcome, "a[{start:?}:{stop:?}:{step:?}] = {values:?}");
        assert_eq!(
            a.iter().copied().collect::<Vec<_>>(),
            expected,
            "array after the write"
        );
    }
}

#[test]
fn fancy_compound_assignment_is_buffered_and_all_or_nothing() {
    let mut rng = Rng(7);
    for _ in 0..CASES {
        let (mut a, data) = random_1d(&mut rng);
        let n = data.len() as isize;
        let idx: Vec<isize> = (0..rng.below(6)).map(|_| rng.range(-n - 1, n)).collect();
        let mut expected = data.clone();
        let outcome = idx
            .iter()
            .map(|&i| model_int(i, 0, data.len()))
            .collect::<Result<Vec<_>, String>>()
            .map(|ix| {
                // Read all, add, write back in order: a repeated index gets one increment.
                for &i in &ix {
                    expected[i] = data[i] + 5;
                }
            });
        let got = np!(try a[&idx] += 5).map_err(|e| e.to_string());
        assert_eq!(got, outcome, "a = {data:?}; a[{idx:?}] += 5");
        assert_eq!(
            a.iter().copied().collect::<Vec<_>>(),
            expected,
            "array after a[{idx:?}] += 5"
        );
    }
}

#[test]
fn fancy_assignment_last_write_wins() {
    let mut rng = Rng(8);
    for _ in 0..CASES {
        let (mut a, data) = random_1d(&mut rng);
        if data.is_empty() {
            continue;
        }
        let idx: Vec<usize> = (0..1 + rng.below(5))
            .map(|_| rng.below(data.len()))
            .collect();
        let values: Vec<i64> = (0..idx.len() as i64).map(|v| 100 + v).collect();
        let mut expected = data.clone();
        for (k, &i) in idx.iter().enumerate() {
            expected[i] = values[k];
        }
        np!(a[&idx] = &values);
        assert_eq!(
            a.iter().copied().collect::<Vec<_>>(),
            expected,
            "a[{idx:?}] = {values:?}"
        );
    }
}

// ---------------------------------------------------------------- views as sources

#[test]
fn indexing_a_view_with_negative_or_large_strides_matches_the_model() {
    let mut rng = Rng(9);
    for _ in 0..CASES {
        let n = rng.below(13);
        let a = Array1::from((0..n as i64).collect::<Vec<_>>());
        // The source: every third element, walked backwards (stride -3).
        let source: Vec<i64> = (0..n as i64).rev().step_by(3).collect();
        let v = np!(a[::-3]);
        let m = source.len() as isize;
        let (start, stop, step) = (
            rng.maybe(-m - 2, m + 2),
            rng.maybe(-m - 2, m + 2),
            rng.step(source.len()),
        );
        let expected = model_slice(start, stop, step, source.len()).map(|ix| {
            (
                vec![ix.len()],
                ix.iter().map(|&i| source[i]).collect::<Vec<_>>(),
            )
        });
        assert_eq!(
            got_view(np!(try v[start:stop:step])),
            expected,
            "a[::-3][{start:?}:{stop:?}:{step:?}], n = {n}"
        );
        let idx: Vec<isize> = (0..rng.below(4)).map(|_| rng.range(-m - 1, m)).collect();
        let expected = idx
            .iter()
            .map(|&i| model_int(i, 0, source.len()).map(|j| source[j]))
            .collect::<Result<Vec<_>, String>>()
            .map(|vals| (vec![vals.len()], vals));
        assert_eq!(
            got_owned(np!(try v[&idx])),
            expected,
            "a[::-3][{idx:?}], n = {n}"
        );
    }
}

#[test]
fn writing_through_a_strided_mutable_view_changes_exactly_its_elements() {
    let mut rng = Rng(10);
    for _ in 0..CASES {
        let n = rng.below(13);
        let mut a = Array1::from((0..n as i64).collect::<Vec<_>>());
        let mut expected: Vec<i64> = (0..n as i64).collect();
        // The view: a[n-2::-2] (or empty), i.e. positions n-2, n-4, ...
        let positions: Vec<usize> = if n >= 2 {
            (0..=n - 2).rev().step_by(2).collect()
        } else {
            Vec::new()
        };
        let idx: Vec<isize> = (0..rng.below(4))
            .map(|_| rng.range(-(positions.len() as isize) - 1, positions.len() as isize))
            .collect();
        let outcome = idx
            .iter()
            .map(|&i| model_int(i, 0, positions.len()))
            .collect::<Result<Vec<_>, String>>()
            .map(|ix| {
                for &i in &ix {
                    expected[positions[i]] = -7;
                }
            });
        let mut v = np!(&mut a[-2::-2]);
        let got = np!(try v[&idx] = -7).map_err(|e| e.to_string());
        assert_eq!(got, outcome, "a[-2::-2][{idx:?}] = -7, n = {n}");
        assert_eq!(
            a.iter().copied().collect::<Vec<_>>(),
            expected,
            "after a[-2::-2][{idx:?}] = -7"
        );
    }
}

#[test]
fn indexing_a_two_dimensional_strided_view_matches_the_model() {
    let mut rng = Rng(11);
    for _ in 0..CASES {
        let (a, r, c) = random_2d(&mut rng);
        // The source: rows walked backwards two at a time, every other column from 1.
        let rows: Vec<usize> = (0..r).rev().step_by(2).collect();
        let cols: Vec<usize> = (1..c).step_by(2).collect();
        let v = np!(a[::-2, 1::2]);
        let i = rng.range(-(rows.len() as isize) - 1, rows.len() as isize);
        let (start, stop, step) = (rng.maybe(-4, 4), rng.maybe(-4, 4), rng.step(cols.len()));
        let expected = model_int(i, 0, rows.len()).and_then(|row| {
            let picked = model_slice(start, stop, step, cols.len())?;
            of(
                [picked.len()],
                picked
                    .iter()
                    .map(|&j| (rows[row] * c + cols[j]) as i64)
                    .collect(),
            )
        });
        let got = got_view(np!(try v[i, start:stop:step]));
        assert_eq!(
            got, expected,
            "shape ({r}, {c}); a[::-2, 1::2][{i}, {start:?}:{stop:?}:{step:?}]"
        );
    }
}
