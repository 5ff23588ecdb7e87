//! What a CI engineer hit (the pipelines issue): injection, races, exit codes, CI files.

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use crate::fake_ecr::fake_ecr;
use crate::harness::*;

/// A stand-in executable named `name` in `dir` running `body` (sh).
fn tool(dir: &Path, name: &str, body: &str) -> String {
    write_script(&dir.join(name), body);
    path_with(dir)
}

/// No line of `text` may start a GitHub workflow command that ecrctl did not write itself,
/// and no terminal control character may pass.
fn assert_no_injection(text: &str) {
    assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
    // The runner only reads lines that start with `::`; every such line must be ecrctl's own.
    for line in text.lines() {
        let start = line.trim_start_matches(['│', ' ']);
        if start.starts_with("::") {
            assert!(
                [
                    "::error title=ecrctl",
                    "::warning title=ecrctl",
                    "::notice title=ecrctl"
                ]
                .iter()
                .any(|own| start.starts_with(own)),
                "injected line: {line:?}\n{text}"
            );
        }
    }
}

const HOSTILE_SID: &str = "x\n::error title=injected::owned\u{1b}[2J\u{07}";

#[test]
fn hostile_text_is_cleaned_on_every_printing_path() {
    let repo = create_repo("pipe-hostile", &[]);
    let dir = tempfile::tempdir().unwrap();
    // A policy whose Sid carries a workflow command, ESC and BEL, and that lints with findings.
    let policy = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": HOSTILE_SID,
            "Effect": "Allow",
            "Principal": "*",
            "Action": ["ecr:BatchGetImage", "ecr:PutImage"]
        }]
    });
    let file = dir.path().join("p.json");
    std::fs::write(&file, serde_json::to_string_pretty(&policy).unwrap()).unwrap();
    for format in ["table", "text", "json"] {
        for args in [
            vec!["policy", "set", &repo, "--file", file.to_str().unwrap()],
            vec!["policy", "validate", file.to_str().unwrap()],
        ] {
            let out = ecrctl()
                .env("GITHUB_ACTIONS", "true")
                .args(&args)
                .args(["-o", format])
                .output()
                .unwrap();
            assert_no_injection(&String::from_utf8_lossy(&out.stdout));
            assert_no_injection(&stderr_of(&out));
        }
    }
    // A service error message with the same payload.
    let ecr = fake_ecr(|_| {
        (
            400,
            r#"{"__type":"InvalidParameterException","message":"bad\n::error title=injected::owned\u001b[2J"}"#
                .to_string(),
        )
    });
    let out = ecrctl_at(&ecr.url)
        .args(["repo", "list", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert_no_injection(&stderr_of(&out));
    assert_no_injection(&String::from_utf8_lossy(&out.stdout));
    // Resource tags as the service returns them.
    let tagged = unique("pipe-hostile-tag");
    block_on(async {
        api()
            .create_repository()
            .repository_name(&tagged)
            .tags(
                aws_sdk_ecr::types::Tag::builder()
                    .key("k")
                    .value("v\n::error title=injected::owned")
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
    });
    for format in ["table", "text"] {
        let out = ecrctl()
            .args(["repo", "show", &tagged, "-o", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_no_injection(&String::from_utf8_lossy(&out.stdout));
    }
}

#[test]
fn images_tag_from_eight_jobs_at_once_all_succeed() {
    let repo = create_repo("pipe-race", &[]);
    let digest = put_image(&repo, "v1", 1).unwrap();
    eight_at_once_all_succeed(&["images", "tag", &repo, "v1", "promo", "stable"]);
    assert_eq!(tag_digest(&repo, "promo").as_deref(), Some(digest.as_str()));
    assert_eq!(
        tag_digest(&repo, "stable").as_deref(),
        Some(digest.as_str())
    );
    // Re-run: every tag unchanged, nothing written.
    let v = json(ecrctl().args(["images", "tag", &repo, "v1", "promo"]));
    assert_eq!(v["written"], false);
    assert_eq!(v["tags"][0]["result"], "unchanged");
}

#[test]
fn second_runs_of_cleanup_jobs_succeed() {
    let repo = create_repo("pipe-cleanup", &[]);
    ecrctl()
        .args(["policy", "delete", &repo, "--yes"])
        .assert()
        .code(14);
    let v = json(ecrctl().args(["policy", "delete", &repo, "--yes", "--if-exists"]));
    assert_eq!(v["deleted"], false);
    let gone = unique("pipe-gone");
    ecrctl()
        .args(["policy", "delete", &gone, "--yes", "--if-exists"])
        .assert()
        .success();
}

#[test]
fn quiet_keeps_annotations_and_the_warnings_behind_an_exit_code() {
    let repo = create_repo("pipe-quiet", &["--immutable"]);
    put_image(&repo, "v1", 1).unwrap();
    let (_, other) = manifest(2);
    ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .args([
            "-q",
            "check-push",
            &format!("{repo}:v1"),
            "--digest",
            &other,
        ])
        .assert()
        .code(10)
        .stderr(predicate::str::contains("::error title=ecrctl check-push"));
    ecrctl()
        .args([
            "-q",
            "check-push",
            &format!("{repo}:v1"),
            "--digest",
            &other,
        ])
        .assert()
        .code(10)
        .stderr(
            predicate::str::contains("error: ").and(predicate::str::contains("will be refused")),
        );
}

#[test]
fn a_missing_failing_or_silent_docker_is_exit_17() {
    let repo = create_repo("pipe-docker", &[]);
    let reference = format!("{repo}:v1");
    // Not on PATH at all.
    let empty = tempfile::tempdir().unwrap();
    ecrctl()
        .env("PATH", empty.path())
        .args(["check-push", &reference, "--docker", "myimage"])
        .assert()
        .code(17)
        .stderr(predicate::str::contains("docker is not on PATH"));
    // The daemon is down.
    let dir = tempfile::tempdir().unwrap();
    let path = tool(
        dir.path(),
        "docker",
        "echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.' >&2; exit 1",
    );
    ecrctl()
        .env("PATH", &path)
        .args(["check-push", &reference, "--docker", "myimage"])
        .assert()
        .code(17)
        .stderr(
            predicate::str::contains("Cannot connect to the Docker daemon")
                .and(predicate::str::contains("start docker")),
        );
    // No such image: the name is what to check, not the daemon.
    let gone = tempfile::tempdir().unwrap();
    let path = tool(
        gone.path(),
        "docker",
        "echo 'Error response from daemon: No such image: myimage' >&2; exit 1",
    );
    ecrctl()
        .env("PATH", &path)
        .args(["check-push", &reference, "--docker", "myimage"])
        .assert()
        .code(17)
        .stderr(
            predicate::str::contains("No such image")
                .and(predicate::str::contains("check the image name"))
                .and(predicate::str::contains("start docker").not()),
        );
    // It never answers: bounded by --timeout.
    let hang = tempfile::tempdir().unwrap();
    let path = tool(hang.path(), "docker", "exec sleep 30");
    let started = std::time::Instant::now();
    ecrctl()
        .env("PATH", &path)
        .args([
            "--timeout",
            "1",
            "check-push",
            &reference,
            "--docker",
            "myimage",
        ])
        .assert()
        .code(17)
        .stderr(predicate::str::contains("no answer within 1 s"));
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
}

#[test]
fn an_unwritable_github_output_does_not_hide_the_verdict() {
    let repo = create_repo("pipe-ghout", &[]);
    let dir = tempfile::tempdir().unwrap();
    let out = ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_OUTPUT", dir.path()) // a directory: cannot be opened for appending
        .args(["check-push", &format!("{repo}:v1"), "-o", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["verdict"], "new");
    // Under GitHub Actions the warning is an annotation, so the run shows it.
    assert_stderr_has(
        &out,
        "::warning title=ecrctl::could not write $GITHUB_OUTPUT",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "its own code only when nothing else failed"
    );
    let out = ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_OUTPUT", "")
        .args(["check-push", &format!("{repo}:v1")])
        .output()
        .unwrap();
    assert!(stderr_of(&out).contains("$GITHUB_OUTPUT is set but empty"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("new"));
}

#[test]
fn ci_reports_for_github_and_gitlab() {
    let repo = create_repo("pipe-reports", &[]);
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let output = dir.path().join("output");
    ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("GITHUB_OUTPUT", &output)
        .args(["check-push", &format!("{repo}:v1")])
        .assert()
        .success();
    let md = std::fs::read_to_string(&summary).unwrap();
    assert!(
        md.contains("### ecrctl check-push") && md.contains("| **new** |"),
        "{md}"
    );
    assert!(std::fs::read_to_string(&output)
        .unwrap()
        .contains("push-needed=true"));

    // GitLab: a dotenv report.
    let dotenv = dir.path().join("check.env");
    ecrctl()
        .env("GITLAB_CI", "true")
        .args(["check-push", &format!("{repo}:v1"), "--dotenv"])
        .arg(&dotenv)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(&dotenv).unwrap(),
        "ECRCTL_VERDICT=new\nECRCTL_PUSH_NEEDED=true\n"
    );

    // Code Quality reports from audit and policy validate.
    let quality = dir.path().join("audit.json");
    ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_STEP_SUMMARY", &summary)
        .args(["audit", &repo, "--fail-on", "high", "--codequality"])
        .arg(&quality)
        .assert()
        .code(16)
        .stderr(predicate::str::contains(
            "::error title=ecrctl audit mutable-tags::",
        ));
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&quality).unwrap()).unwrap();
    assert!(report
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["check_name"] == "mutable-tags" && i["severity"] == "critical"));
    assert!(std::fs::read_to_string(&summary)
        .unwrap()
        .contains("### ecrctl audit"));

    let policy = dir.path().join("policy.json");
    std::fs::write(
        &policy,
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": \"*\",\n      \"Action\": \"ecr:PutImage\"\n    }\n  ]\n}\n",
    )
    .unwrap();
    let quality = dir.path().join("policy-quality.json");
    bare_ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .args(["policy", "validate"])
        .arg(&policy)
        .arg("--codequality")
        .arg(&quality)
        .assert()
        .code(15)
        .stderr(predicate::str::contains(format!(
            "::error title=ecrctl policy public-write,file={},line=4::",
            policy.display()
        )));
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&quality).unwrap()).unwrap();
    assert_eq!(report[0]["location"]["lines"]["begin"], 4);
}

#[test]
fn json_rules_scripts_rely_on() {
    // A failure with -o json is one JSON line on stderr, its last line; stdout stays empty so
    // `jq` never reads the failure as data.
    let out = ecrctl()
        .args(["repo", "show", &unique("pipe-missing"), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("ecrctl: error:"), "{stderr}");
    let v: Value = serde_json::from_str(stderr.lines().last().unwrap()).unwrap();
    assert_eq!(v["error"]["exit"], 3);
    assert_eq!(v["error"]["code"], "RepositoryNotFoundException");
    assert!(v["error"]["hint"].as_str().unwrap().contains("--region"));
    // A usage error too (clap refused the line), and under GitHub Actions the annotation comes
    // first: the JSON is still the last line.
    let out = ecrctl()
        .args(["repo", "show", "-o", "json", "--no-such-flag"])
        .env("GITHUB_ACTIONS", "true")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines[lines.len() - 2].starts_with("::error title=ecrctl::"),
        "{stderr}"
    );
    let v: Value = serde_json::from_str(lines[lines.len() - 1]).unwrap();
    assert_eq!(v["error"]["code"], "usage");
    assert!(
        v["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--no-such-flag"),
        "{v}"
    );
    // Timestamps: whole seconds, UTC.
    let repo = create_repo("pipe-times", &[]);
    let v = json(ecrctl().args(["repo", "show", &repo]));
    let created = v["createdAt"].as_str().unwrap();
    assert!(
        created.ends_with('Z') && !created.contains('.'),
        "{created}"
    );
    // check-push names the resolved registry for every reference, a missing repository too.
    let out = ecrctl()
        .args([
            "check-push",
            &format!("{}:v1", unique("pipe-nothere")),
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v[0]["registry"],
        "123456789012.dkr.ecr.us-east-1.amazonaws.com"
    );
    // ecrctl version.
    let v = json(bare_ecrctl().arg("version"));
    assert_eq!(v["version"], env!("CARGO_PKG_VERSION"));
    assert!(v["sdk"]["awsSdkEcr"].as_str().unwrap().starts_with("1."));
}

#[test]
fn buildx_metadata_with_the_same_content_under_another_manifest() {
    let repo = create_repo("pipe-buildx", &["--immutable"]);
    put_image(&repo, "v1", 7).unwrap();
    // The emulator's manifest for seed 7 has config digest sha256:…08 (seed + 1, hex).
    let config = format!("sha256:{:064x}", 8u128);
    let other_manifest = format!("sha256:{}", "e".repeat(64));
    let dir = tempfile::tempdir().unwrap();
    let meta = dir.path().join("meta.json");
    std::fs::write(
        &meta,
        format!(
            r#"{{"containerimage.config.digest":"{config}","containerimage.digest":"{other_manifest}"}}"#
        ),
    )
    .unwrap();
    let v = json(ecrctl().args([
        "check-push",
        &format!("{repo}:v1"),
        "--metadata-file",
        meta.to_str().unwrap(),
    ]));
    assert_eq!(v[0]["verdict"], "unchanged");
    let message = v[0]["message"].as_str().unwrap();
    assert!(message.contains("same image content"), "{message}");
    assert!(message.contains("would be refused"), "{message}");
}

#[test]
fn credential_failures_name_the_provider_and_its_remedy() {
    let ecr = fake_ecr(|_| (200, r#"{"repositories":[]}"#.to_string()));
    let out = ecrctl_at(&ecr.url)
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/ci")
        .env("AWS_WEB_IDENTITY_TOKEN_FILE", "/nonexistent/token")
        .args(["repo", "list"])
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("web identity"), "{stderr}");
    assert!(stderr.contains("/nonexistent/token"), "{stderr}");
    assert!(!stderr.contains("AWS_ACCESS_KEY_ID"), "{stderr}");
    assert_eq!(ecr.hits(), 0);
}

#[test]
fn usage_errors_are_annotated_under_github_too() {
    let out = bare_ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .args(["audit", "--only", "mutable-tag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("::error title=ecrctl::--only: 'mutable-tag' is not a finding code or control (did you mean 'mutable-tags'?)"),
        "{stderr}"
    );
    assert_no_injection(&stderr);
}
