// The explicit conversion the message names, and an integer array as NumPy takes it.
use npview::np;

fn main() {
    let v = np!(np.array([10, 20, 30, 40]));
    let at = np!(np.array([1.0, 3.0]));
    let fewer = np!(np.delete(v, at.astype(np.int64)));
    let counts = np!(np.array([1, 0, 2, 1]));
    let more = np!(np.repeat(v, counts));
    assert_eq!(fewer.to_string(), "[10 30]");
    assert_eq!(more.to_string(), "[10 30 30 40]");
}
