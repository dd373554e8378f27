//! The copies-vs-views lesson, part `exercise` alone (`cargo run --example exercise`; `-- --plain` prints NumPy's output alone).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = parts::Lesson::from_args();
    parts::exercise::run(&mut out);
    print!("{}", out.text);
}
