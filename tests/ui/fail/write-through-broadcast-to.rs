// NumPy: np.broadcast_to returns a read-only view (writing raises "assignment destination is
// read-only" at run time); in npview it is a shared view, so the write does not compile.
use npview::{array, np};

fn main() {
    let a = array![1, 2, 3];
    let b = np!(np.broadcast_to(a, (2, 3)));
    np!(b[0, 0] = 5);
    println!("{b}");
}
