//! The README's demo command must keep working: run it against the binary under test.

use std::path::Path;

use crate::harness::bare_ecrctl;

#[test]
fn readme_demo_runs_the_classic_scenario() {
    // Make sure the binary exists (assert_cmd builds it), then hand it to the script.
    bare_ecrctl().arg("--version").assert().success();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = std::process::Command::new("bash")
        .arg(root.join("tests/demo.sh"))
        .env("ECRCTL", assert_cmd::cargo::cargo_bin("ecrctl"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "demo failed: {stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("myapp: mutable → immutable"), "{stdout}");
    assert!(stdout.contains("rejected, as it should be"), "{stdout}");
    assert!(
        stdout.contains("myapp:latest\tconflict\tIMMUTABLE")
            && stdout.contains("exit status 10: conflict"),
        "{stdout}"
    );
    assert!(stdout.contains("myapp:v3\tnew\t"), "{stdout}");
    assert!(
        stdout.contains("::error title=ecrctl check-push myapp%3Alatest::"),
        "{stdout}"
    );
    assert!(stdout.contains("immutable (except dev-*)"), "{stdout}");
}
