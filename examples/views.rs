//! The copies-vs-views lesson, part `views` alone (`cargo run --example views`; `-- --plain` prints NumPy's output alone).

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = parts::Lesson::from_args();
    parts::views::run(&mut out);
    print!("{}", out.text);
}
