// Either mode on its own: the edge values, or the constant.
use npview::np;

fn main() {
    let a = np!(np.array([1, 2, 3]));
    let edged = np!(np.pad(a, 2, mode="edge"));
    let filled = np!(np.pad(a, 2, mode="constant", constant_values=9));
    assert_eq!(edged.to_string(), "[1 1 1 2 3 3 3]");
    assert_eq!(filled.to_string(), "[9 9 1 2 3 9 9]");
}
