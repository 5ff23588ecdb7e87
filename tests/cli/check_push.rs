//! `ecrctl check-push` against the emulator, differential: the verdict must predict what an
//! actual push (PutImage through the ECR API) then does.

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use crate::harness::*;

const HOST: &str = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

fn check(args: &[&str]) -> (Option<i32>, Value, String) {
    let out = ecrctl()
        .arg("check-push")
        .args(args)
        .args(["--output", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code(), v, stderr_of(&out))
}

/// Settings × remote state × local image, each checked, then pushed for real.
#[test]
fn verdicts_predict_what_the_push_does() {
    // (repo flags, tag, existing image seed, local image seed, expected verdict)
    type Scenario<'a> = (&'a [&'a str], &'a str, Option<u32>, u32, &'a str);
    let scenarios: &[Scenario] = &[
        (&[], "v1", None, 1, "new"),
        (&[], "v1", Some(1), 1, "unchanged"),
        (&[], "v1", Some(1), 2, "overwrite"),
        (&["--immutable"], "v1", None, 1, "new"),
        (&["--immutable"], "v1", Some(1), 1, "unchanged"),
        (&["--immutable"], "v1", Some(1), 2, "conflict"),
        (
            &["--immutable", "--except", "latest"],
            "latest",
            Some(1),
            2,
            "overwrite",
        ),
        (
            &["--immutable", "--except", "latest"],
            "v1",
            Some(1),
            2,
            "conflict",
        ),
        (&["--except", "release"], "release", Some(1), 2, "conflict"),
        (&["--except", "release"], "latest", Some(1), 2, "overwrite"),
    ];
    for (i, (flags, tag, existing, local_seed, want)) in scenarios.iter().enumerate() {
        let repo = create_repo("cp-diff", flags);
        // Seeds are offset per scenario so no two repositories share images.
        let base = 100 * (i as u32 + 1);
        if let Some(seed) = existing {
            put_image(&repo, tag, base + seed).unwrap();
        }
        let (_, local_digest) = manifest(base + local_seed);
        let reference = format!("{HOST}/{repo}:{tag}");
        let (code, v, _) = check(&[&reference, "--digest", &local_digest]);
        let verdict = v[0]["verdict"].as_str().unwrap().to_string();
        assert_eq!(&verdict, want, "scenario {i}: {flags:?} {tag}: {v}");
        assert_eq!(
            code,
            Some(if verdict == "conflict" { 10 } else { 0 }),
            "scenario {i}"
        );

        let before = tag_digest(&repo, tag);
        let pushed = put_image(&repo, tag, base + local_seed);
        let after = tag_digest(&repo, tag);
        match verdict.as_str() {
            "new" => {
                assert_eq!(before, None);
                assert!(pushed.is_ok(), "scenario {i}: {pushed:?}");
                assert_eq!(after.as_deref(), Some(local_digest.as_str()));
            }
            "overwrite" => {
                assert!(pushed.is_ok(), "scenario {i}: {pushed:?}");
                assert_ne!(before, after);
                assert_eq!(after.as_deref(), Some(local_digest.as_str()));
            }
            "unchanged" => assert_eq!(after.as_deref(), Some(local_digest.as_str())),
            "conflict" => {
                assert!(pushed.is_err(), "scenario {i}: a conflict must fail");
                assert_eq!(before, after);
            }
            other => panic!("unexpected verdict {other}"),
        }
    }
}

#[test]
fn json_fields_and_the_conflict_warning() {
    let repo = create_repo("cp-json", &["--immutable", "--except", "latest"]);
    let old = put_image(&repo, "v1.0", 7).unwrap();
    let (_, new_digest) = manifest(8);
    let reference = format!("{HOST}/{repo}:v1.0");
    let (code, v, stderr) = check(&[&reference, "--digest", &new_digest]);
    assert_eq!(code, Some(10));
    let item = &v[0];
    assert_eq!(item["reference"], reference.as_str());
    assert_eq!(item["registry"], HOST);
    assert_eq!(item["repository"], repo.as_str());
    assert_eq!(item["tag"], "v1.0");
    assert_eq!(item["verdict"], "conflict");
    assert_eq!(item["tagMutability"], "IMMUTABLE");
    assert_eq!(item["repositoryTagMutability"], "IMMUTABLE_WITH_EXCLUSION");
    assert_eq!(item["matchedFilter"], Value::Null);
    assert_eq!(item["remoteDigest"], old.as_str());
    assert_eq!(item["localDigest"], new_digest.as_str());
    assert_eq!(item["remoteTags"], serde_json::json!(["v1.0"]));
    assert!(item["remotePushedAt"].as_str().unwrap().ends_with('Z'));
    assert!(item["message"]
        .as_str()
        .unwrap()
        .contains("the push will be refused"));
    assert!(
        stderr.contains(&format!(
            "error: {repo}:v1.0 already exists and is an immutable tag, holding sha256:"
        )),
        "{stderr}"
    );

    // The excluded tag reports the filter that made it mutable.
    let (code, v, _) = check(&[&format!("{repo}:latest")]);
    assert_eq!(code, Some(0));
    assert_eq!(v[0]["verdict"], "new");
    assert_eq!(v[0]["tagMutability"], "MUTABLE");
    assert_eq!(v[0]["matchedFilter"], "latest");
    assert_eq!(
        v[0]["registry"], HOST,
        "short references are resolved to the caller's registry"
    );
}

#[test]
fn many_references_over_several_repositories() {
    let a = create_repo("cp-many-a", &["--immutable"]);
    let b = create_repo("cp-many-b", &[]);
    put_image(&a, "v1", 11).unwrap();
    put_image(&b, "latest", 12).unwrap();
    let missing = unique("cp-many-missing");
    let refs = [
        format!("{a}:v1"),
        format!("{a}:v2"),
        format!("{HOST}/{b}:latest"),
        b.to_string(),
        format!("{missing}:v1"),
    ];
    let args: Vec<&str> = refs.iter().map(String::as_str).collect();
    let (code, v, _) = check(&args);
    let verdicts: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["verdict"].as_str().unwrap())
        .collect();
    assert_eq!(
        verdicts,
        [
            "conflict",
            "new",
            "overwrite",
            "overwrite",
            "repository-missing"
        ]
    );
    assert_eq!(v[3]["tag"], "latest", "no tag means latest");
    assert_eq!(
        code,
        Some(10),
        "the most severe verdict decides the exit code"
    );

    let (code, _, _) = check(&[&refs[4]]);
    assert_eq!(code, Some(11));
    let (code, _, _) = check(&[&refs[0], "--warn-only"]);
    assert_eq!(code, Some(0));
    let (code, _, _) = check(&[&refs[0], "--fail-on", "never"]);
    assert_eq!(code, Some(0));
    let (code, _, _) = check(&[&refs[2], "--fail-on", "overwrite"]);
    assert_eq!(code, Some(13));
}

#[test]
fn digest_only_reference_needs_no_check() {
    let repo = create_repo("cp-digest", &["--immutable"]);
    let (_, digest) = manifest(5);
    let (code, v, _) = check(&[&format!("{repo}@{digest}")]);
    assert_eq!(code, Some(0));
    assert_eq!(v[0]["verdict"], "skipped");
    assert!(v[0]["message"]
        .as_str()
        .unwrap()
        .contains("nothing to check"));
}

#[test]
fn tag_and_digest_in_the_reference_is_the_local_image() {
    let repo = create_repo("cp-tagdigest", &["--immutable"]);
    let digest = put_image(&repo, "v1", 21).unwrap();
    let (code, v, _) = check(&[&format!("{repo}:v1@{digest}")]);
    assert_eq!(code, Some(0));
    assert_eq!(v[0]["verdict"], "unchanged");
    // A --digest that contradicts the reference is a usage error.
    let (_, other) = manifest(22);
    ecrctl()
        .args([
            "check-push",
            &format!("{repo}:v1@{digest}"),
            "--digest",
            &other,
        ])
        .assert()
        .code(2);
}

#[test]
fn local_image_from_an_oci_layout_and_buildx_metadata() {
    let repo = create_repo("cp-local", &["--immutable"]);
    let digest = put_image(&repo, "v1", 31).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let layout = dir.path().join("layout");
    std::fs::create_dir(&layout).unwrap();
    std::fs::write(
        layout.join("oci-layout"),
        r#"{"imageLayoutVersion":"1.0.0"}"#,
    )
    .unwrap();
    std::fs::write(
        layout.join("index.json"),
        format!(r#"{{"schemaVersion":2,"manifests":[{{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"{digest}","size":100}}]}}"#),
    )
    .unwrap();
    let reference = format!("{repo}:v1");
    let (code, v, _) = check(&[&reference, "--oci-layout", layout.to_str().unwrap()]);
    assert_eq!(
        (code, v[0]["verdict"].as_str()),
        (Some(0), Some("unchanged"))
    );

    let meta = dir.path().join("meta.json");
    let (_, other) = manifest(32);
    std::fs::write(
        &meta,
        format!(r#"{{"containerimage.digest":"{other}","image.name":"{repo}:v1"}}"#),
    )
    .unwrap();
    let (code, v, _) = check(&[&reference, "--metadata-file", meta.to_str().unwrap()]);
    assert_eq!(
        (code, v[0]["verdict"].as_str()),
        (Some(10), Some("conflict"))
    );
    assert_eq!(v[0]["localDigest"], other.as_str());

    // Only one source at a time; bad files are usage errors.
    ecrctl()
        .args([
            "check-push",
            &reference,
            "--digest",
            &other,
            "--metadata-file",
            "x",
        ])
        .assert()
        .code(2);
    ecrctl()
        .args([
            "check-push",
            &reference,
            "--metadata-file",
            dir.path().to_str().unwrap(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
}

/// A stand-in `docker` on PATH: records how it was called and prints inspect output.
fn fake_docker(dir: &Path, inspect_json: &str) -> String {
    let script = dir.join("docker");
    let log = dir.join("docker-args");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho \"$@\" >> '{}'\ncat <<'JSON'\n{inspect_json}\nJSON\n",
            log.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

#[test]
fn local_image_from_the_docker_cli() {
    let repo = create_repo("cp-docker", &["--immutable"]);
    let digest = put_image(&repo, "v1", 41).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let json = format!(
        r#"[{{"Id":"sha256:{}","RepoTags":["{HOST}/{repo}:v1"],"RepoDigests":["{HOST}/{repo}@{digest}"]}}]"#,
        "c".repeat(64)
    );
    let path = fake_docker(dir.path(), &json);
    let out = ecrctl()
        .env("PATH", &path)
        .args([
            "check-push",
            &format!("{HOST}/{repo}:v1"),
            "--docker",
            "myimage:dev",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["verdict"], "unchanged", "{}", stderr_of(&out));
    let args = std::fs::read_to_string(dir.path().join("docker-args")).unwrap();
    assert_eq!(args.trim(), "image inspect -- myimage:dev");

    // No repo digest for this repository: the image id is compared with the config digest,
    // which differs, so an immutable tag is a conflict.
    let json = format!(r#"[{{"Id":"sha256:{}","RepoDigests":[]}}]"#, "d".repeat(64));
    let path = fake_docker(dir.path(), &json);
    ecrctl()
        .env("PATH", &path)
        .args([
            "check-push",
            &format!("{repo}:v1"),
            "--docker",
            "myimage:dev",
        ])
        .assert()
        .code(10);
}

#[test]
fn github_annotations_and_outputs() {
    let repo = create_repo("cp-gh", &["--immutable"]);
    put_image(&repo, "v1", 51).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let outputs = dir.path().join("github_output");
    let out = ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .env("GITHUB_OUTPUT", &outputs)
        .args(["check-push", &format!("{repo}:v1"), &format!("{repo}:v2")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains(&format!("::error title=ecrctl check-push {repo}%3Av1::{repo}:v1 already exists and is an immutable tag")),
        "{stderr}"
    );
    let written = std::fs::read_to_string(&outputs).unwrap();
    assert!(written.contains("verdict=conflict\n"), "{written}");
    assert!(written.contains("push-needed=true\n"), "{written}");
    let verdicts = written
        .lines()
        .find_map(|l| l.strip_prefix("verdicts="))
        .unwrap();
    let v: Value = serde_json::from_str(verdicts).unwrap();
    assert_eq!(v[1]["verdict"], "new");

    // --format plain turns annotations off even under GitHub Actions.
    ecrctl()
        .env("GITHUB_ACTIONS", "true")
        .env_remove("GITHUB_OUTPUT")
        .args(["check-push", &format!("{repo}:v1"), "--format", "plain"])
        .assert()
        .code(10)
        .stderr(predicate::str::contains("error: ").and(predicate::str::contains("::error").not()));
}

#[test]
fn invalid_references_are_usage_errors() {
    for (reference, message) in [
        (
            "123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example/app:v1",
            "not an Amazon ECR registry host",
        ),
        (
            "docker.io/library/ubuntu:22.04",
            "not an Amazon ECR registry host",
        ),
        ("myapp:-bad", "invalid tag"),
        ("MyApp:v1", "must be lowercase"),
        ("myapp@sha256:ABC", "invalid digest"),
    ] {
        bare_ecrctl()
            .args([
                "--endpoint-url",
                "http://127.0.0.1:9",
                "check-push",
                reference,
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
}

#[test]
fn region_flag_conflicting_with_the_host_is_reported() {
    let repo = create_repo("cp-region", &[]);
    ecrctl()
        .args([
            "--region",
            "eu-west-1",
            "check-push",
            &format!("{HOST}/{repo}:v1"),
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "is in us-east-1, not in --region eu-west-1",
        ));
}
