//! Writes the files `scripts/gen_npy_files.py` describes, with npview (feature `npy`), into the
//! directory given, so NumPy can check it reads them: `cargo run --features npy --example
//! npy_roundtrip -- DIR` then `python3 scripts/gen_npy_files.py --check DIR` (`.ci/run` does).

use std::path::PathBuf;

use npview::npy::save;
use npview::{arange, array, np, Array1};

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).expect("a directory to write into"));
    std::fs::create_dir_all(&dir).expect("the directory can be made");
    let m = arange(12).into_reshape((3, 4));
    save(dir.join("int64_3x4.npy"), m.view()).unwrap();
    let quarters = np!(np.arange(5).astype(np.float32) / 4);
    save(dir.join("float32_5.npy"), quarters.view()).unwrap();
    let b = array![[true, false], [false, true]];
    save(dir.join("bool_2x2.npy"), b.view()).unwrap();
    // A view in Fortran order: the transpose of the C-ordered [[0, 3], [1, 4], [2, 5]].
    let columns = np!(np.array([[0, 3], [1, 4], [2, 5]]));
    let fortran = np!(columns.T);
    assert_eq!(fortran.to_string(), "[[0 1 2]\n [3 4 5]]");
    save(dir.join("fortran_2x3.npy"), fortran).unwrap();
    let empty = npview::Array2::<u8>::zeros((0, 3));
    save(dir.join("uint8_empty.npy"), empty.view()).unwrap();
    // Two dtypes in one file: NpzWriter with the ndarray arrays underneath.
    let x = arange(3);
    let y = Array1::from(vec![0.0, 1.0, 2.0, 3.0]);
    let file = std::fs::File::create(dir.join("pair.npz")).unwrap();
    let mut writer = npview::npy::NpzWriter::new(file);
    writer.add_array("x", x.as_ndarray()).unwrap();
    writer.add_array("y", y.as_ndarray()).unwrap();
    writer.finish().unwrap();
    println!("wrote 6 files into {}", dir.display());
}
