// Written out, each value gives the rank NumPy's does.
use npview::np;

fn main() {
    let m = np!(np.arange(6).reshape(2, 3));
    let kept = np!(m.mean(axis=0, keepdims=True));
    let dropped = np!(m.mean(axis=0, keepdims=False));
    assert_eq!(kept.to_string(), "[[1.5 2.5 3.5]]");
    assert_eq!(dropped.to_string(), "[1.5 2.5 3.5]");
}
