// One length, or the whole tuple sliced in Rust.
use npview::np;

fn main() {
    let m = np!(np.arange(12).reshape(3, 4));
    let cols = np!(m.shape[1]);
    let shape = np!(m.shape);
    assert_eq!(cols, 4);
    assert_eq!(&shape[1..], &[4]);
}
