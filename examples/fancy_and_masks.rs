//! The copies-vs-views lesson, part `fancy_and_masks` alone (`cargo run --example fancy_and_masks`).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = String::new();
    parts::fancy_and_masks::run(&mut out);
    print!("{out}");
}
