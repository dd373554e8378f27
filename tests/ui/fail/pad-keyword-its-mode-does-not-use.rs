// `constant_values` belongs to mode "constant": NumPy raises a ValueError for it in any other
// mode, npview refuses it at compile time when the mode is written out.
use npview::np;

fn main() {
    let a = np!(np.array([1, 2, 3]));
    let edged = np!(np.pad(a, 2, mode="edge", constant_values=9));
    println!("{edged}");
}
