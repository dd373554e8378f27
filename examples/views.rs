//! The copies-vs-views lesson, part `views` alone (`cargo run --example views`).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = String::new();
    parts::views::run(&mut out);
    print!("{out}");
}
