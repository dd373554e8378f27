//! The copies-vs-views lesson, part `copies` alone (`cargo run --example copies`).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = String::new();
    parts::copies::run(&mut out);
    print!("{out}");
}
