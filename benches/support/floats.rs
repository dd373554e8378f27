//! The float data the benchmarks share, made as `scripts/numpy_bench.py` makes NumPy's.

use npview::Array1;

use super::rng::Rng;

/// `n` float64 values in -100..100 with two decimals, in an array made by `zeros`
/// (huge-page advised, as NumPy's arrays are).
pub(crate) fn floats(rng: &mut Rng, n: usize) -> Array1<f64> {
    let mut a = Array1::<f64>::zeros(n);
    a.iter_mut()
        .for_each(|x| *x = rng.below(20_000) as f64 / 100.0 - 100.0);
    a
}
