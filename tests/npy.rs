//! Feature `npy`: reading the files NumPy wrote (`scripts/gen_npy_files.py`, whose docstring
//! states each file's contents) and writing files that read back the same. That NumPy reads
//! what npview writes is checked by `.ci/run` (`examples/npy_roundtrip.rs`, then
//! `scripts/gen_npy_files.py --check`).
#![cfg(feature = "npy")]

use std::path::PathBuf;

use npview::npy::{load, load_npz, save, savez};
use npview::{np, Array1, Array2, ArrayD};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/npy")
        .join(name)
}

#[test]
fn reads_what_numpy_wrote() {
    let m: Array2<i64> = load(data("int64_3x4.npy")).unwrap();
    assert_eq!(
        m.to_string(),
        "[[ 0  1  2  3]\n [ 4  5  6  7]\n [ 8  9 10 11]]"
    );
    let f: Array1<f32> = load(data("float32_5.npy")).unwrap();
    assert_eq!(
        format!("{f:?}"),
        "array([0.  , 0.25, 0.5 , 0.75, 1.  ], dtype=float32)"
    );
    let b: Array2<bool> = load(data("bool_2x2.npy")).unwrap();
    assert_eq!(b.to_string(), "[[ True False]\n [False  True]]");
    // Fortran order on disk: the same logical array.
    let fortran: Array2<i64> = load(data("fortran_2x3.npy")).unwrap();
    assert_eq!(fortran.to_string(), "[[0 1 2]\n [3 4 5]]");
    assert_eq!(np!(fortran[1, 0]), 3);
    let empty: ArrayD<u8> = load(data("uint8_empty.npy")).unwrap();
    assert_eq!(empty.shape(), &[0, 3]);
    let x: Array1<i64> = load_npz(data("pair.npz"), "x").unwrap();
    let y: Array1<f64> = load_npz(data("pair.npz"), "y").unwrap();
    assert_eq!(
        (x.to_string(), y.to_string()),
        ("[0 1 2]".to_owned(), "[0. 1. 2. 3.]".to_owned())
    );
}

#[test]
fn a_wrong_dtype_or_rank_is_an_error() {
    assert!(load::<f64, ndarray::Ix2>(data("int64_3x4.npy")).is_err());
    assert!(load::<i64, ndarray::Ix1>(data("int64_3x4.npy")).is_err());
    assert!(load_npz::<i64, ndarray::Ix1>(data("pair.npz"), "z").is_err());
}

#[test]
fn writes_views_of_any_layout_and_reads_them_back() {
    let dir = std::env::temp_dir().join(format!("npview-npy-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let m = npview::arange(12).into_reshape((3, 4));
    for (name, view) in [
        ("t", np!(m.T)),
        ("step", np!(m[::2, ::-1])),
        ("whole", m.view()),
    ] {
        let path = dir.join(format!("{name}.npy"));
        save(&path, view.clone()).unwrap();
        let back: ArrayD<i64> = load(&path).unwrap();
        assert_eq!(back.to_string(), view.to_string(), "{name}");
    }
    let path = dir.join("pair.npz");
    savez(&path, &[("a", np!(m[0])), ("b", np!(m[:, 1]))]).unwrap();
    let b: Array1<i64> = load_npz(&path, "b").unwrap();
    assert_eq!(b.to_string(), "[1 5 9]");
    std::fs::remove_dir_all(&dir).unwrap();
}
