//! The copies-vs-views lesson, part `more_views` alone (`cargo run --example more_views`; `-- --plain` prints NumPy's output alone):
//! views beyond indexing.

#[allow(dead_code)]
#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let mut out = parts::Lesson::from_args();
    parts::more_views::run(&mut out);
    print!("{}", out.text);
}
