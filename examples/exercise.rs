//! The copies-vs-views lesson, part `exercise` alone (`cargo run --example exercise`).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = String::new();
    parts::exercise::run(&mut out);
    print!("{out}");
}
