// Write through the view first; `m` is free again once `t` is no longer used.
use npview::np;

fn main() {
    let mut m = np!(np.arange(6).reshape(2, 3));
    np! {
        let mut t = m.T;
        t[0, 1] = 7;
        print(m);
    }
    assert_eq!(m.to_string(), "[[0 1 2]\n [7 4 5]]");
}
