// The equivalents the messages name: the default method, the sorted array, and a write into
// the existing array.
use npview::np;

fn main() {
    let a = np!(np.array([1, 7, 3, 9, 4, 2]));
    let mut out = np!(np.zeros(6, dtype=np.int64));
    let median = np!(np.percentile(a, 50, method="linear"));
    let at = np!(np.searchsorted(a[np.argsort(a)], 3));
    np!(out[...] = np.cumsum(a, out=None));
    println!("{median} {at} {out}");
}
