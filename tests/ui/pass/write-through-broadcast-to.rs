// The fix: copy the broadcast array first (its rows then stop sharing one buffer).
use npview::{array, np};

fn main() {
    let a = array![1, 2, 3];
    let mut b = np!(np.broadcast_to(a, (2, 3))).copy();
    np!(b[0, 0] = 5);
    println!("{b}");
}
