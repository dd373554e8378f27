//! Writes whose value reads the array being written, such as a Jacobi step, on arrays big
//! enough that npview computes them in bands of rows and writes each band back behind the
//! reads (or, where no such order exists, computes the value whole first). NumPy's result
//! either way: as if the value were computed before anything is written.
//!
//! The expected sums are NumPy's (`scripts/gen_band_cases.py` wrote `tests/expected/bands.txt`);
//! each case starts from `u.flat[k] = (k * 37) % 101 - 50` and runs the same statements.

use std::collections::HashMap;

use npview::ndarray::IntoDimension;
use npview::{np, Array, Dimension};

/// NumPy's two sums for each case.
fn expected() -> HashMap<&'static str, (f64, f64)> {
    include_str!("expected/bands.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.split(' ');
            let name = parts.next().expect("a name");
            let mut number = || {
                parts
                    .next()
                    .and_then(|v| v.parse::<f64>().ok())
                    .expect("two numbers")
            };
            (name, (number(), number()))
        })
        .collect()
}

/// The starting array of every case, in the element type `T`.
fn start<T: Copy, Sh: IntoDimension>(shape: Sh, of: fn(i64) -> T) -> Array<T, Sh::Dim> {
    let dim = shape.into_dimension();
    let values = (0..dim.size() as i64)
        .map(|k| of((k * 37) % 101 - 50))
        .collect();
    Array::from_shape_vec(dim, values).expect("one value per element")
}

/// The element types of the cases, as `f64` (exact for their values).
trait AsF64: Copy {
    fn as_f64(self) -> f64;
}

macro_rules! as_f64 {
    ($($t:ty),*) => {$(
        impl AsF64 for $t {
            fn as_f64(self) -> f64 {
                self as f64
            }
        }
    )*};
}
as_f64!(f64, f32, i64, i32);

/// The sum of the elements (in C order) and the sum of `u.flat[k] * (k % 13 - 6)`, exact for
/// these values.
fn sums<T: AsF64, D: Dimension>(u: &Array<T, D>) -> (f64, f64) {
    let (mut total, mut weighted) = (0.0, 0.0);
    for (k, &v) in u.iter().enumerate() {
        let v = v.as_f64();
        total += v;
        weighted += v * ((k % 13) as f64 - 6.0);
    }
    (total, weighted)
}

#[test]
fn writes_reading_their_target_give_numpys_result() {
    let expected = expected();
    let mut got: Vec<(&str, (f64, f64))> = Vec::new();

    let mut u = start((300, 200), |v| v as f64);
    np!(u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0);
    np!(u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0);
    got.push(("jacobi", sums(&u)));

    let mut u = start((260, 130), |v| v as f32);
    np!(u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0);
    got.push(("jacobi_f32", sums(&u)));

    let mut u = start(100_000, |v| v as f64);
    np!(u[1:-1] = (u[:-2] + u[2:]) / 2.0);
    got.push(("smooth_1d", sums(&u)));

    let mut u = start(70_001, |v| v);
    np!(u[1:] = u[:-1] * 3 + 1);
    got.push(("shift_up_1d", sums(&u)));

    let mut u = start(70_001, |v| v);
    np!(u[:-1] = u[1:] - u[:-1]);
    got.push(("shift_down_1d", sums(&u)));

    let mut u = start(50_000, |v| v);
    np!(u[:] = u[::-1] + u);
    got.push(("reversed_1d", sums(&u)));

    let mut u = start(50_000, |v| v as i32);
    np!(u[::-1] = u * 2);
    got.push(("reversed_target_1d", sums(&u)));

    let mut u = start(90_000, |v| v as f64);
    np!(u[::2] = u[1::2] * 2.0 - u[::2]);
    got.push(("strided_1d", sums(&u)));

    let mut u = start((300, 200), |v| v as f64);
    np!(u[:, 1:] = u[:, :-1] * 2.0);
    got.push(("columns", sums(&u)));

    let mut u = start((300, 200), |v| v as i32);
    np!(u[1:, :] = u[:-1, :] + 1);
    got.push(("rows_down", sums(&u)));

    let mut u = start((300, 200), |v| v as i32);
    np!(u[:-1, :] = u[1:, :] - u[:-1, :]);
    got.push(("rows_up", sums(&u)));

    let mut u = start((400, 150), |v| v as f64);
    np!(u[1:] = u[1:] - u[0]);
    got.push(("first_row_broadcast", sums(&u)));

    let mut u = start((400, 150), |v| v as f64);
    np!(u[1:] = u[1:] - u[0:1]);
    got.push(("first_rows_slice", sums(&u)));

    let mut u = start((400, 100), |v| v as f64);
    np!(u[...] = u - u[0, 0]);
    got.push(("element_read", sums(&u)));

    let mut u = start((400, 100), |v| v as f64);
    np!(u[1:, :] = u[1:, :] - u[[0], :]);
    got.push(("gathered_row", sums(&u)));

    let mut u = start((300, 200), |v| v as f64);
    np!(u[1:, ::-1] = u[:-1, :] * 2.0 + 1.0);
    got.push(("reversed_columns", sums(&u)));

    let mut u = start((400, 150), |v| v);
    np!(u[:-1] = u[:-1] + u[-1]);
    got.push(("last_row_broadcast", sums(&u)));

    let mut u = start((400, 150), |v| v as f64);
    np!(u[...] = u - u[0]);
    got.push(("whole_minus_first_row", sums(&u)));

    let mut u = start((300, 200), |v| v as f64);
    np!(u[:, :] = u[::-1, :] * 0.5 + u);
    got.push(("reversed_rows", sums(&u)));

    let mut u = start((40, 30, 50), |v| v as f64);
    np!(u[1:-1, :, :] = u[:-2] + u[2:] - u[1:-1]);
    got.push(("planes", sums(&u)));

    let mut u = start((300, 200), |v| v as f64);
    np!(u[1:, :] = np.where(u[:-1, :] > 0, u[:-1, :], np.clip(u[1:, :], -5, 5)));
    got.push(("where_clip", sums(&u)));

    let mut u = start((300, 200), |v| v as f64);
    np!(u[1:-1, :] = u[2:, :] * 2 + np.abs(u[:-2, :]) - 1);
    got.push(("mixed_types", sums(&u)));

    assert_eq!(got.len(), expected.len(), "every NumPy case runs");
    for (name, sums) in got {
        assert_eq!(Some(&sums), expected.get(name), "{name}");
    }
}

#[test]
fn the_try_form_writes_in_bands_and_returns_errors_before_writing() {
    let mut u = start((300, 200), |v| v as f64);
    let mut whole = u.copy();
    let ok = np!(try u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1]) / 2.0);
    assert!(ok.is_ok());
    // The same write with the value computed first, as NumPy defines it.
    let value = np!((whole[:-2, 1:-1] + whole[2:, 1:-1]) / 2.0);
    np!(whole[1:-1, 1:-1] = value);
    assert_eq!(u, whole);

    let before = u.copy();
    let err = np!(try u[1:-1] = u[:-2, :5] + u[2:]).expect_err("shapes do not broadcast");
    assert_eq!(
        err.to_string(),
        "operands could not be broadcast together with shapes (298,5) (298,200) "
    );
    let err = np!(try u[400:, 1:-1] = u[:, 2:] * 2.0).expect_err("the value does not fit");
    assert_eq!(
        err.to_string(),
        "could not broadcast input array from shape (300,198) into shape (0,198)"
    );
    assert_eq!(u, before, "a failed write changes nothing");
}
