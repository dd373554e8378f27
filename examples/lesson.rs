//! NumPy's copies-vs-views lesson in Rust, every part in order: `cargo run --example lesson`.
//!
//! Each step shows the NumPy line, the `np!` line that does the same, why the result is a view
//! or a copy, and then the output, which is exactly what the NumPy code in `scripts/lesson.py`
//! prints. The lesson ends with its quiz, answered by the types `np!` gives.
//! `cargo run --example lesson -- --plain` prints NumPy's output alone, byte for byte.

use std::any::type_name_of_val;

use npview::{arange, array, np, shares_memory};

#[path = "parts/mod.rs"]
mod parts;

fn main() {
    let narrated = parts::Lesson::from_args().narrates();
    for (name, run) in parts::PARTS {
        let mut out = parts::Lesson::from_args();
        run(&mut out);
        println!("== {name} ==");
        print!("{}", out.text);
    }
    if narrated {
        quiz();
    }
}

/// A type's name without its module paths: `ArrayView<i64, Dim<[usize; 1]>>`.
fn short(name: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else if c == ':' {
            word.clear();
        } else {
            out.push_str(&word);
            word.clear();
            out.push(c);
        }
    }
    out + &word
}

/// The lesson's quiz; each answer is the type `np!` gives, printed from the program itself.
fn quiz() {
    let mut arr = array![10i64, 20, 30, 40, 50];
    println!("\n== quiz: the answers are the types ==");
    let view = np!(arr[1:4]);
    println!(
        "\n1. What is a view? An array that borrows another's memory: `np!(arr[1:4])` is {}.",
        short(type_name_of_val(&view))
    );
    println!(
        "2. What does `arr[1:4]` return? {}, a view.",
        short(type_name_of_val(&view))
    );
    {
        let mut view = np!(&mut arr[1:4]);
        view[0] = 999;
    }
    println!("3. What does `view[0] = 999` do to the original? It changes it: arr is now {arr}.");
    let copy = np!(arr[1:4]).copy();
    println!(
        "4. How do you make an independent slice? `np!(arr[1:4]).copy()`, an {}.",
        short(type_name_of_val(&copy))
    );
    let view = np!(arr[1:4]);
    println!(
        "5. The base of a view is its owner ({}); of a copy, None ({}).",
        view.base().is_some_and(|b| b.is(&arr)),
        copy.base().is_none()
    );
    let picked = np!(arr[[0, 2, 4]]);
    let big = np!(arr[arr > 25]);
    println!(
        "6. Do `arr[[0, 2, 4]]` and `arr[arr > 25]` copy? Yes: {} and {}.",
        short(type_name_of_val(&picked)),
        short(type_name_of_val(&big))
    );
    let reshaped = np!(arr.reshape(5, 1));
    println!(
        "7. What does `arr.reshape(5, 1)` return? {}: a view when the strides allow it (here: {}), else a copy.",
        short(type_name_of_val(&reshaped)),
        reshaped.is_view()
    );
    let a = arange(6);
    let v = np!(a[::2]);
    println!(
        "8. How do you confirm two arrays share memory? `npview::shares_memory(&a, &v)`: {}.",
        shares_memory(&a, &v)
    );
}
