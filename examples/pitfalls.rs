//! The copies-vs-views lesson, part `pitfalls` alone (`cargo run --example pitfalls`).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = String::new();
    parts::pitfalls::run(&mut out);
    print!("{out}");
}
