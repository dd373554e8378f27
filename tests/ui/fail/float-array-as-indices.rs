// Counts and positions are integers (or booleans): NumPy raises at run time for a float array
// here ("arrays used as indices must be of integer (or boolean) type"); npview at compile time.
use npview::np;

fn main() {
    let v = np!(np.array([10, 20, 30, 40]));
    let at = np!(np.array([1.0, 3.0]));
    let fewer = np!(np.delete(v, at));
    println!("{fewer}");
}
