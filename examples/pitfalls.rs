//! The copies-vs-views lesson, part `pitfalls` alone (`cargo run --example pitfalls`; `-- --plain` prints NumPy's output alone).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = parts::Lesson::from_args();
    parts::pitfalls::run(&mut out);
    print!("{}", out.text);
}
