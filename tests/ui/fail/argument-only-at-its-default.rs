// NumPy arguments npview has only at their default (`out=`, `method=`, `sorter=` ...) are
// refused with the equivalent, never silently dropped.
use npview::np;

fn main() {
    let a = np!(np.array([1, 7, 3, 9, 4, 2]));
    let mut out = np!(np.zeros(6, dtype=np.int64));
    let lower = np!(np.percentile(a, 50, method="lower"));
    let at = np!(np.searchsorted(a, 3, sorter=np.argsort(a)));
    let _ = np!(np.cumsum(a, out=out));
    println!("{lower} {at} {out}");
}
