// `a.shape` is a tuple of lengths: `np!` reads one length at a time from it.
use npview::np;

fn main() {
    let m = np!(np.arange(12).reshape(3, 4));
    let tail = np!(m.shape[1:]);
    println!("{tail:?}");
}
