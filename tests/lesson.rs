//! The lesson examples print what NumPy prints for the same lesson code
//! (`tests/expected/lesson/*.txt`, written by `scripts/lesson.py`).

#[path = "../examples/parts/mod.rs"]
mod parts;

/// NumPy's output for each part, by name.
const EXPECTED: [(&str, &str); 6] = [
    ("views", include_str!("expected/lesson/views.txt")),
    ("copies", include_str!("expected/lesson/copies.txt")),
    (
        "fancy_and_masks",
        include_str!("expected/lesson/fancy_and_masks.txt"),
    ),
    ("exercise", include_str!("expected/lesson/exercise.txt")),
    ("pitfalls", include_str!("expected/lesson/pitfalls.txt")),
    ("more_views", include_str!("expected/lesson/more_views.txt")),
];

#[test]
fn every_lesson_part_prints_what_numpy_prints() {
    for ((name, run), (expected_name, expected)) in parts::PARTS.into_iter().zip(EXPECTED) {
        assert_eq!(name, expected_name);
        let mut got = parts::Lesson::plain();
        run(&mut got);
        assert_eq!(
            got.text, expected,
            "lesson part `{name}` differs from NumPy"
        );
    }
}

#[test]
#[cfg_attr(miri, ignore = "runs cargo")]
fn the_lesson_example_prints_every_part_in_order() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "lesson", "--", "--plain"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected: String = EXPECTED
        .iter()
        .map(|(name, text)| format!("== {name} ==\n{text}"))
        .collect();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}

#[path = "../examples/lesson_block.rs"]
#[allow(dead_code)]
mod lesson_block;

#[test]
fn the_block_form_port_prints_what_numpy_prints() {
    let mut got = String::new();
    lesson_block::views(&mut got);
    assert_eq!(
        got, EXPECTED[0].1,
        "the np! {{ ... }} port of `views` differs from NumPy"
    );
}
