//! Bad input is rejected with a precise message and exit code 2 before any AWS call: the
//! endpoint here refuses connections, so a call would end with exit code 6 instead.

use predicates::prelude::*;

use crate::harness::{bare_ecrctl, ecrctl_at, DEAD_ENDPOINT};

fn offline() -> assert_cmd::Command {
    ecrctl_at(DEAD_ENDPOINT)
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
    // A port that is not a number is a usage error, not "Connection refused".
    bare_ecrctl()
        .args(["--endpoint-url", "http://127.0.0.1:5126x", "repo", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "has port '5126x', which is not a port number",
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
    for &(command, columns) in ecrctl::records::TEXT_COLUMNS {
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

/// An argument echoed in an error is cut to 200 characters, with its length (a message may echo
/// two, a reference and its tag): a 5,000-character
/// argument (a variable that expanded to a file's content) must not fill the log.
#[test]
fn long_arguments_are_cut_in_errors() {
    let huge = format!("Bad{}", "x".repeat(5000));
    let tag = format!("app:{}", "t".repeat(400));
    let image = format!("app@{}", "f".repeat(3000));
    let cases: [&[&str]; 8] = [
        &["repo", "create", &huge],
        &["repo", "create", "ok-name", "--kms-key", &huge],
        &["repo", "create", "ok-name", "--tag", &huge],
        &["repo", "immutable", "ok-name", "--except", &huge],
        &["images", "list", "ok-name", "--before", &huge],
        &["images", "list", "ok-name", "--larger-than", &huge],
        &["images", "show", &tag],
        &["check-push", &image, "--digest", &huge],
    ];
    for args in cases {
        let out = offline().args(args).output().unwrap();
        let what = &args[..2];
        assert_eq!(out.status.code(), Some(2), "{what:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().next().unwrap_or("");
        assert!(first.contains('…'), "{what:?}: {first}");
        assert!(
            first.chars().count() < 800,
            "{what:?}: {} characters: {first}",
            first.chars().count()
        );
    }
}

/// Tags: 300 characters to read or delete (ECR's API), 128 to write (docker, OCI); each error
/// names its limit and why the other differs.
#[test]
fn tag_length_errors_name_both_limits() {
    let long_read = "t".repeat(301);
    rejects(
        &["images", "delete", "ok-name", &long_read, "--yes"],
        "at most 300 characters (its API limit; a tag ecrctl writes is at most 128",
    );
    let long_write = "t".repeat(129);
    rejects(
        &["images", "tag", "ok-name:v1", &long_write],
        "at most 128 characters, the OCI distribution spec's limit; ECR's API reads and deletes tags of up to 300",
    );
}

/// A long argument is cut wherever a message echoes it: errors and hints (whatever their exit
/// code), and warnings and status lines too (one rule where they are printed).
#[test]
fn long_arguments_are_cut_in_every_message() {
    let long = "L".repeat(10_000);
    let tag = format!("k={long}");
    let cases: [&[&str]; 9] = [
        &["--profile", &long, "repo", "list"],
        &["--region", &long, "repo", "list"],
        &["--endpoint-url", &long, "repo", "list"],
        &["policy", "set", "sz", "--file", &long],
        &["lifecycle", "set", "sz", "--file", &long],
        &["repo", "immutable", "ok-name", "--except", &long],
        &["repo", "create", "ok-name", "--tag", &tag],
        &["-o", "json", "--profile", &long, "repo", "list"],
        &["-o", "json", "policy", "set", "sz", "--file", &long],
    ];
    for args in cases {
        let out = offline()
            .env("AWS_CONFIG_FILE", "/nonexistent")
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?}");
        assert!(err.contains("… (1000"), "{:?}: {err}", &args[..2]);
        assert!(
            err.len() < 1500,
            "{:?}: {} bytes: {err}",
            &args[..2],
            err.len()
        );
    }
}

/// 2026-02-30 is no date: refused (exit 2) as month 13 is, never carried into March.
#[test]
fn impossible_dates_are_refused() {
    for date in ["2026-02-29", "2026-02-30", "2026-02-31", "2026-04-31"] {
        rejects(
            &["images", "list", "sz", "--before", date],
            "is not a date: ",
        );
        let time = format!("{date}T00:00:00Z");
        rejects(
            &["images", "prune", "kl", "--keep-last", "1", "--now", &time],
            "--now",
        );
        rejects(
            &["images", "list", "sz", "--before", &time],
            "is not a date: ",
        );
    }
    rejects(
        &["images", "list", "sz", "--before", "2026-02-30"],
        "February 2026 has 28 days",
    );
}

/// Negative numbers, sizes and durations are values refused in words, not unknown flags with a
/// `-- -5` tip.
#[test]
fn negative_values_are_refused_as_values() {
    for (args, message) in [
        (
            &["images", "list", "sz", "--limit", "-1"][..],
            "--limit must be 1 or more (not -1)",
        ),
        (
            &["images", "list", "sz", "--limit", "0"],
            "--limit must be 1 or more (not 0)",
        ),
        (
            &["images", "prune", "sz", "--keep-last", "-3"],
            "--keep-last must be 1 or more",
        ),
        (
            &["images", "list", "sz", "--larger-than", "-5MB"],
            "negative",
        ),
        (
            &["images", "list", "sz", "--since", "-1d"],
            "not a duration",
        ),
        (
            &["images", "prune", "sz", "--untagged", "--min-age", "-1"],
            "not a duration",
        ),
        (
            &["audit", "--concurrency", "-2"],
            "--concurrency must be 1 to 256",
        ),
        (
            &[
                "lifecycle",
                "set",
                "sz",
                "--template",
                "keep-last",
                "--count",
                "-1",
            ],
            "--count must be 1 or more",
        ),
        (
            &["--timeout", "-5", "repo", "list"],
            "--timeout must be more than 0",
        ),
    ] {
        let out = offline().args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(!err.contains("unexpected argument"), "{args:?}: {err}");
        assert!(!err.contains("'-- "), "{args:?}: {err}");
    }
}

/// Units in any case (days and weeks as sizes); no fraction of a byte; an empty time window
/// refused as contradictory sizes are.
#[test]
fn units_fractions_and_empty_windows() {
    rejects(
        &["images", "list", "sz", "--larger-than", "1.5"],
        "fraction of a byte",
    );
    rejects(
        &["images", "list", "sz", "--smaller-than", "0.0001B"],
        "fraction of a byte",
    );
    rejects(
        &["images", "list", "sz", "--since", "1d", "--before", "5d"],
        "leave no time between them",
    );
    // Accepted: these reach the (refused) endpoint, exit 6, instead of a usage error.
    for args in [
        &["images", "list", "sz", "--before", "2W"][..],
        &["images", "list", "sz", "--since", "2D"],
        &["images", "list", "sz", "--larger-than", "1.5MiB"],
        &["images", "prune", "sz", "--older-than", "2W"],
        &["images", "list", "sz", "--since", "5d", "--before", "1d"],
    ] {
        let out = offline().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(6),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// clap's "a similar argument exists" is the JSON usage error's hint.
#[test]
fn clap_tips_are_json_hints() {
    let out = offline()
        .args(["repo", "create", "app", "--immutible", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    let v: serde_json::Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(v["error"]["code"], "usage");
    assert!(
        v["error"]["hint"]
            .as_str()
            .is_some_and(|h| h.contains("a similar argument exists: '--immutable'")),
        "{v}"
    );
}

/// `images prune --dry-run` is the plan (accepted, not with --yes); `images tag --dry-run
/// --exit-code` is accepted as the other dry runs.
#[test]
fn prune_and_tag_take_the_dry_run_flags() {
    for args in [
        &["images", "prune", "sz", "--untagged", "--dry-run"][..],
        &[
            "images",
            "tag",
            "sz",
            "v1",
            "v2",
            "--dry-run",
            "--exit-code",
        ],
    ] {
        let out = offline().args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(6),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = offline()
        .args(["images", "prune", "sz", "--untagged", "--dry-run", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = offline()
        .args(["images", "tag", "sz", "v1", "v2", "--exit-code"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
