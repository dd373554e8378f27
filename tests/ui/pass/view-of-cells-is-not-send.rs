// The fix: plain integers may be read from another thread.
use npview::{np, Array1};

fn main() {
    let a = Array1::from(vec![1, 2]);
    let v = np!(a[..]);
    std::thread::scope(|s| {
        s.spawn(move || v[0] + 5);
    });
}
