//! The copies-vs-views lesson, part `copies` alone (`cargo run --example copies`; `-- --plain` prints NumPy's output alone).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = parts::Lesson::from_args();
    parts::copies::run(&mut out);
    print!("{}", out.text);
}
