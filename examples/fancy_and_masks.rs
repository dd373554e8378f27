//! The copies-vs-views lesson, part `fancy_and_masks` alone (`cargo run --example fancy_and_masks`; `-- --plain` prints NumPy's output alone).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = parts::Lesson::from_args();
    parts::fancy_and_masks::run(&mut out);
    print!("{}", out.text);
}
