//! Three NumPy scripts ported line by line: an image threshold, a data-cleaning pass and a
//! Jacobi relaxation. Inside `np! { ... }` every line is the Python line (`print` included);
//! only the loop header and the array literals are Rust. `cargo run --example ported` prints
//! what `python3 scripts/ported.py` prints with NumPy (checked by `tests/ported.rs`).

use npview::{array, np, Array2};

/// An 8-bit image: a mask of bright pixels, a thresholded copy, a normalised float image, and
/// dark pixels raised in place.
pub fn threshold() {
    let mut img = array![[12u8, 200, 37], [90, 255, 0], [128, 64, 180]];
    np! {
        print(img.shape, img.ndim, img.size);
        let bright = img > 127;
        print(bright);
        let out = np.where(bright, 255, 0).astype(np.uint8);
        print(out);
        let norm = img / 255;
        print(norm.round(2));
        img[img < 50] = 50;
        print(img);
        print(img.T);
    }
}

/// Temperatures with missing values: a sentinel turned into NaN, the valid readings, a unit
/// conversion, clipping, rounding, and NaN replaced.
pub fn cleaning() {
    let mut t = array![21.5, f64::NAN, 23.1, -999.0, 22.8, 24.0];
    np! {
        t[t == -999.0] = np.nan;
        let ok = ~np.isnan(t);
        print(ok);
        print(t[ok]);
        let f = t * 9 / 5 + 32;
        print(f);
        print(np.clip(f, 70, 75));
        print(np.round(f, 1));
        let c = np.where(np.isnan(t), 0.0, t);
        print(c);
        print(np.isclose(c, 22.8), np.allclose(c, c));
        print(c[2] > 20, 182.0, 1e-06, 0.1, 2 ** 0.5);
    }
}

/// Three Jacobi steps on a grid with one hot edge.
pub fn jacobi() {
    let mut u = Array2::<f64>::zeros((5, 5));
    np! {
        u[0, :] = 100.0;
        for _ in 0..3 {
            u[1:-1, 1:-1] = (u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:]) / 4.0;
        }
        print(u);
        print(u.shape, u[1:-1, 1:-1] @ [1.0, 1.0, 1.0]);
    }
}

fn main() {
    threshold();
    cleaning();
    jacobi();
}
