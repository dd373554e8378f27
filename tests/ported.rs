//! NumPy scripts ported line by line into `np!` blocks (`examples/ported.rs`) print what NumPy
//! prints for the same scripts (`tests/expected/ported/*.txt`, written by `scripts/ported.py`).

#[test]
#[cfg_attr(miri, ignore = "runs cargo")]
fn the_ported_scripts_print_what_numpy_prints() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "ported"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = [
        include_str!("expected/ported/threshold.txt"),
        include_str!("expected/ported/cleaning.txt"),
        include_str!("expected/ported/jacobi.txt"),
    ]
    .concat();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}
