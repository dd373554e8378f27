//! NumPy's copies-vs-views lesson in Rust, every part in order: `cargo run --example lesson`.
//!
//! Each part prints exactly what the NumPy code in `scripts/lesson.py` prints.

#[path = "parts/mod.rs"]
mod parts;

fn main() {
    for (name, run) in parts::PARTS {
        let mut out = String::new();
        run(&mut out);
        println!("== {name} ==");
        print!("{out}");
    }
}
