//! Compile-fail cases for the aliasing rules, each with a passing twin of the same name that
//! differs by the fix, so a failure cannot come from an unrelated mistake.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail/*.rs");
    t.pass("tests/ui/pass/*.rs");
}

#[test]
fn every_compile_fail_case_has_a_compiling_twin() {
    let names = |dir: &str| -> Vec<String> {
        let mut v: Vec<String> =
            std::fs::read_dir(format!("{}/tests/ui/{dir}", env!("CARGO_MANIFEST_DIR")))
                .expect("ui folder")
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| n.ends_with(".rs"))
                .collect();
        v.sort();
        v
    };
    let (fail, pass) = (names("fail"), names("pass"));
    assert!(!fail.is_empty());
    assert_eq!(
        fail, pass,
        "tests/ui/fail and tests/ui/pass must hold the same case names"
    );
}
