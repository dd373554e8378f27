// The number of axes a reduction removes is the result's rank, in its type: axes held in a
// `Vec` have no length the compiler can see. A tuple or an array says how many.
use npview::np;

fn main() {
    let m = np!(np.arange(24).reshape(2, 3, 4));
    let axes = vec![0, 2];
    println!("{}", np!(m.sum(axis=axes)));
}
