//! The lesson examples print what NumPy prints for the same lesson code
//! (`tests/expected/lesson/*.txt`, written by `scripts/lesson.py`).

#[path = "../examples/parts/mod.rs"]
mod parts;

#[test]
fn every_lesson_part_prints_what_numpy_prints() {
    for (name, run) in parts::PARTS {
        let expected = std::fs::read_to_string(format!(
            "{}/tests/expected/lesson/{name}.txt",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("expected output written by scripts/lesson.py");
        let mut got = String::new();
        run(&mut got);
        assert_eq!(got, expected, "lesson part `{name}` differs from NumPy");
    }
}

#[test]
fn the_lesson_example_prints_every_part_in_order() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "lesson"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut expected = String::new();
    for (name, _) in parts::PARTS {
        expected.push_str(&format!("== {name} ==\n"));
        expected.push_str(
            &std::fs::read_to_string(format!(
                "{}/tests/expected/lesson/{name}.txt",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("expected output"),
        );
    }
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}
