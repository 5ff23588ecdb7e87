//! Bad input is rejected with a precise message and exit code 2 before any AWS call: the
//! endpoint here refuses connections, so a call would end with exit code 6 instead.

use predicates::prelude::*;

use crate::harness::bare_ecrctl;

fn offline() -> assert_cmd::Command {
    let mut cmd = bare_ecrctl();
    cmd.args(["--endpoint-url", "http://127.0.0.1:9"]);
    cmd
}

fn rejects(args: &[&str], message: &str) {
    offline().args(args).assert().code(2).stdout("").stderr(
        predicate::str::starts_with("ecrctl: error: ").and(predicate::str::contains(message)),
    );
}

#[test]
fn invalid_repository_names() {
    let long = "a".repeat(257);
    for (name, message) in [
        ("a", "is 1 character long: it must be 2 to 256"),
        (long.as_str(), "is 257 characters long"),
        ("MyApp", "upper-case 'M'"),
        ("a//b", "empty path component"),
        ("ab-", "must start and end with a letter or digit"),
        ("a___b", "joins words with '___'"),
        ("a b", "contains ' '"),
    ] {
        rejects(&["repo", "create", name], message);
        rejects(&["repo", "show", name], message);
    }
    // Public repositories use the older grammar.
    rejects(
        &["repo", "create", "a__b", "--public"],
        "(public repositories)",
    );
}

#[test]
fn invalid_exclusion_filters() {
    rejects(
        &["repo", "create", "ok-name", "--except", "dev/*"],
        "exclusion filter 'dev/*' contains '/'",
    );
    rejects(
        &["repo", "mutable", "ok-name", "--except", ""],
        "cannot be empty",
    );
    let long = "a".repeat(129);
    rejects(
        &["repo", "immutable", "ok-name", "--except", &long],
        "longer than 128",
    );
    let mut six = vec!["repo", "immutable", "ok-name"];
    for f in ["a", "b", "c", "d", "e", "f"] {
        six.extend(["--except", f]);
    }
    rejects(&six, "6 exclusion filters given: ECR allows at most 5");
    rejects(
        &[
            "repo",
            "immutable",
            "ok-name",
            "--except",
            "x",
            "--except",
            "x",
        ],
        "given twice",
    );
}

#[test]
fn invalid_kms_keys_and_tags() {
    rejects(
        &["repo", "create", "ok-name", "--kms-key", "mykey"],
        "is not a KMS key id",
    );
    rejects(
        &["repo", "create", "ok-name", "--tag", "novalue"],
        "is not KEY=VALUE",
    );
    rejects(
        &["repo", "create", "ok-name", "--tag", "aws:x=1"],
        "reserved",
    );
}

#[test]
fn options_that_do_not_fit_the_repository_kind() {
    rejects(
        &["repo", "create", "ok-name", "--description", "x"],
        "add --public",
    );
    rejects(
        &["repo", "create", "ok-name", "--os", "linux"],
        "add --public",
    );
    rejects(
        &["repo", "create", "ok-name", "--public", "--scan-on-push"],
        "private repositories only",
    );
    rejects(
        &[
            "repo",
            "create",
            "ok-name",
            "--public",
            "--architecture",
            "sparc",
        ],
        "--architecture 'sparc'",
    );
    offline()
        .args(["repo", "create", "ok-name", "--public", "--immutable"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "ECR Public has no tag mutability setting",
        ));
}

#[test]
fn unreadable_catalog_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    rejects(
        &["repo", "create", "ok-name", "--public", "--about-file", d],
        "not a regular file",
    );
    let bin = dir.path().join("bin.md");
    std::fs::write(&bin, [0xff, 0xfe, 0x00, 0x80]).unwrap();
    rejects(
        &[
            "repo",
            "create",
            "ok-name",
            "--public",
            "--usage-file",
            bin.to_str().unwrap(),
        ],
        "not UTF-8 text",
    );
    rejects(
        &[
            "repo",
            "create",
            "ok-name",
            "--public",
            "--usage-file",
            "/nonexistent/u.md",
        ],
        "/nonexistent/u.md",
    );
}

#[test]
fn bad_global_options() {
    bare_ecrctl()
        .args(["--endpoint-url", "localhost:5000", "repo", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "is not an http:// or https:// URL",
        ));
    rejects(
        &["--region", "Mars 1", "repo", "list"],
        "is not a region name",
    );
    // clap's own usage errors keep clap's code 2.
    offline().args(["repo", "frobnicate"]).assert().code(2);
    offline()
        .args(["--output", "yaml", "repo", "list"])
        .assert()
        .code(2);
}

#[test]
fn help_documents_the_exit_codes() {
    offline()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Exit codes:").and(predicate::str::contains("130")));
}

#[test]
fn readme_exit_code_table_is_current() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (exit, meaning) in ecrctl::error::Exit::TABLE {
        let row = format!("| {} | {meaning} |", exit.code());
        assert!(
            readme.contains(&row),
            "README lacks the exit-code row {row}"
        );
    }
}

#[test]
fn readme_text_field_table_is_current() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (command, columns) in ecrctl::output::TEXT_COLUMNS {
        let row = format!("| `{command}` | {} |", columns.join(", "));
        assert!(
            readme.contains(&row),
            "README lacks the text-field row {row}"
        );
    }
}

/// `--exit-code` only has a meaning with `--dry-run`: without it, a usage error (exit 2)
/// before any call, so a script cannot mistake a real write for a "would change" answer.
#[test]
fn exit_code_needs_dry_run() {
    for args in [
        &["repo", "immutable", "app"][..],
        &["repo", "mutable", "app"],
        &["repo", "update", "app", "--scan-on-push"],
        &["policy", "set", "app", "--template", "pull-only"],
        &["lifecycle", "set", "app", "--template", "expire-untagged"],
    ] {
        let out = bare_ecrctl()
            .args(args)
            .arg("--exit-code")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--dry-run"), "{args:?}: {err}");
    }
}
