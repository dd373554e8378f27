// `let mut t = m.T` in a block is a mutable view of `m` (NumPy's `t[0, 1] = 7` writes into
// `m`): `m` cannot be read while `t` is still used.
use npview::np;

fn main() {
    let mut m = np!(np.arange(6).reshape(2, 3));
    np! {
        let mut t = m.T;
        print(m);
        t[0, 1] = 7;
    }
}
