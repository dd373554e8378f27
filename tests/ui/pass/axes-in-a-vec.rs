// Axes held in a tuple or an array: the count is in the type, as for axes written in the call.
use npview::np;

fn main() {
    let m = np!(np.arange(24).reshape(2, 3, 4));
    let axes = (0, 2);
    let listed = [0usize, 2];
    // NumPy: np.arange(24).reshape(2, 3, 4).sum(axis=(0, 2)) is [ 60  92 124].
    assert_eq!(np!(m.sum(axis=axes)).to_string(), "[ 60  92 124]");
    assert_eq!(np!(m.sum(axis=listed)).to_string(), "[ 60  92 124]");
}
