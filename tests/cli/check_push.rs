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
    let log = dir.join("docker-args");
    write_script(
        &dir.join("docker"),
        &format!(
            "echo \"$@\" >> '{}'\ncat <<'JSON'\n{inspect_json}\nJSON",
            log.display()
        ),
    );
    path_with(dir)
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
        assert_usage_error(&["check-push", reference], message);
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

mod mocked {
    //! check-push where the emulator cannot go: ECR Public, archived images, missing permissions,
    //! create-on-push templates, and the number of calls made.
    use std::sync::{Arc, Mutex};

    use aws_sdk_ecr::operation::batch_get_image::{BatchGetImageError, BatchGetImageOutput};
    use aws_sdk_ecr::operation::describe_images::{DescribeImagesError, DescribeImagesOutput};
    use aws_sdk_ecr::operation::describe_repositories::{
        DescribeRepositoriesError, DescribeRepositoriesOutput,
    };
    use aws_sdk_ecr::operation::describe_repository_creation_templates::DescribeRepositoryCreationTemplatesOutput;
    use aws_sdk_ecr::types::error::RepositoryNotFoundException;
    use aws_sdk_ecr::types::{
        Image, ImageDetail, ImageFailure, ImageFailureCode, ImageIdentifier, ImageTagMutability,
        ImageTagMutabilityExclusionFilter, ImageTagMutabilityExclusionFilterType, RctAppliedFor,
        Repository, RepositoryCreationTemplate,
    };
    use aws_sdk_ecr::Client;
    use aws_smithy_mocks::{mock, Rule};
    use ecrctl::error::Exit;
    use serde_json::Value;

    use crate::mocks::{meta, run_mocked};

    fn d(c: char) -> String {
        format!("sha256:{}", c.to_string().repeat(64))
    }

    fn repository(name: &str, mode: ImageTagMutability, filters: &[&str]) -> Repository {
        Repository::builder()
            .repository_name(name)
            .registry_id("111122223333")
            .repository_uri(format!(
                "111122223333.dkr.ecr.eu-west-1.amazonaws.com/{name}"
            ))
            .repository_arn(format!(
                "arn:aws:ecr:eu-west-1:111122223333:repository/{name}"
            ))
            .image_tag_mutability(mode)
            .set_image_tag_mutability_exclusion_filters(Some(
                filters
                    .iter()
                    .map(|f| {
                        ImageTagMutabilityExclusionFilter::builder()
                            .filter_type(ImageTagMutabilityExclusionFilterType::Wildcard)
                            .filter(*f)
                            .build()
                            .unwrap()
                    })
                    .collect(),
            ))
            .build()
    }

    fn describe_ok(repo: Repository) -> Rule {
        mock!(Client::describe_repositories).then_output(move || {
            DescribeRepositoriesOutput::builder()
                .repositories(repo.clone())
                .build()
        })
    }

    /// DescribeImages as ECR answers it when a requested tag does not exist (the details read that
    /// runs beside the deciding calls).
    fn no_details() -> Rule {
        mock!(Client::describe_images).then_error(|| {
            DescribeImagesError::ImageNotFoundException(
                aws_sdk_ecr::types::error::ImageNotFoundException::builder()
                    .meta(meta("ImageNotFoundException"))
                    .build(),
            )
        })
    }

    /// DescribeRegistry: the caller's registry id (asked when a short reference's repository is
    /// missing, to name the registry).
    fn registry() -> Rule {
        mock!(Client::describe_registry).then_output(|| {
            aws_sdk_ecr::operation::describe_registry::DescribeRegistryOutput::builder()
                .registry_id("444455556666")
                .build()
        })
    }

    fn image(tag: &str, digest: &str) -> Image {
        Image::builder()
            .image_id(
                ImageIdentifier::builder()
                    .image_tag(tag)
                    .image_digest(digest)
                    .build(),
            )
            .image_manifest(r#"{"schemaVersion":2,"config":{"digest":"sha256:cfg"},"layers":[]}"#)
            .build()
    }

    fn not_found(tag: &str) -> ImageFailure {
        ImageFailure::builder()
            .image_id(ImageIdentifier::builder().image_tag(tag).build())
            .failure_code(ImageFailureCode::ImageNotFound)
            .build()
    }

    fn verdicts(report: &ecrctl::output::Report) -> Vec<String> {
        report
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["verdict"].as_str().unwrap().to_string())
            .collect()
    }

    const HOST: &str = "111122223333.dkr.ecr.eu-west-1.amazonaws.com";

    #[test]
    fn one_settings_call_and_one_batched_lookup_per_repository() {
        let describe = describe_ok(repository("app", ImageTagMutability::Immutable, &[]));
        let requested = Arc::new(Mutex::new(Vec::new()));
        let r2 = requested.clone();
        let batch = mock!(Client::batch_get_image).then_compute_output(move |req| {
            let tags: Vec<String> = req
                .image_ids()
                .iter()
                .filter_map(|i| i.image_tag().map(str::to_string))
                .collect();
            r2.lock()
                .unwrap()
                .push((req.registry_id().map(str::to_string), tags));
            BatchGetImageOutput::builder()
                .images(image("v1", &d('a')))
                .failures(not_found("v2"))
                .failures(not_found("v3"))
                .build()
        });
        let details = mock!(Client::describe_images).then_output(|| {
            DescribeImagesOutput::builder()
                .image_details(
                    ImageDetail::builder()
                        .image_digest(d('a'))
                        .image_tags("v1")
                        .image_tags("stable")
                        .image_pushed_at(aws_smithy_types::DateTime::from_secs(1_700_000_000))
                        .build(),
                )
                .build()
        });
        let refs = [
            format!("{HOST}/app:v1"),
            format!("{HOST}/app:v2"),
            format!("{HOST}/app:v3"),
            format!("{HOST}/app:v1"),
        ];
        let local = d('b');
        let mut args = vec!["check-push"];
        args.extend(refs.iter().map(String::as_str));
        args.extend(["--digest", &local]);
        let report = run_mocked(&[&describe, &batch, &details], &[], &args).unwrap();
        assert_eq!(describe.num_calls(), 1);
        assert_eq!(batch.num_calls(), 1);
        assert_eq!(details.num_calls(), 1, "details only because a tag exists");
        assert_eq!(
            *requested.lock().unwrap(),
            vec![(
                Some("111122223333".to_string()),
                vec!["v1".to_string(), "v2".into(), "v3".into()]
            )]
        );
        assert_eq!(verdicts(&report), ["conflict", "new", "new", "conflict"]);
        assert_eq!(report.exit, Exit::PushConflict);
        assert_eq!(
            report.json()[0]["remoteTags"],
            serde_json::json!(["v1", "stable"])
        );
        assert_eq!(report.json()[0]["remotePushedAt"], "2023-11-14T22:13:20Z");
    }

    #[test]
    fn works_without_describe_images_permission() {
        let describe = describe_ok(repository("app", ImageTagMutability::Immutable, &[]));
        let batch = mock!(Client::batch_get_image).then_output(|| {
            BatchGetImageOutput::builder()
                .images(image("v1", &d('a')))
                .build()
        });
        let denied = mock!(Client::describe_images)
            .then_error(|| DescribeImagesError::generic(meta("AccessDeniedException")));
        let report = run_mocked(
            &[&describe, &batch, &denied],
            &[],
            &["check-push", &format!("{HOST}/app:v1")],
        )
        .unwrap();
        assert_eq!(verdicts(&report), ["conflict"]);
        assert_eq!(report.json()[0]["remotePushedAt"], Value::Null);
        assert_eq!(report.json()[0]["remoteDigest"], d('a').as_str());
    }

    #[test]
    fn archived_images_still_hold_their_tag() {
        let describe = describe_ok(repository("app", ImageTagMutability::Immutable, &[]));
        let batch = mock!(Client::batch_get_image).then_output(|| {
            BatchGetImageOutput::builder()
                .failures(
                    ImageFailure::builder()
                        .image_id(ImageIdentifier::builder().image_tag("v1").build())
                        .failure_code(ImageFailureCode::ImageInaccessible)
                        .failure_reason("The image is archived")
                        .build(),
                )
                .build()
        });
        let details = no_details();
        let report = run_mocked(
            &[&describe, &batch, &details],
            &[],
            &["check-push", &format!("{HOST}/app:v1"), "--digest", &d('b')],
        )
        .unwrap();
        assert_eq!(verdicts(&report), ["conflict"]);
        let message = report.json()[0]["message"].as_str().unwrap();
        assert!(message.contains("archived"), "{message}");
        assert!(message.contains("ImageInaccessible"), "{message}");
        assert_eq!(report.json()[0]["remoteArchived"], true);
    }

    #[test]
    fn missing_batch_get_image_permission_is_unknown() {
        let describe = describe_ok(repository(
            "app",
            ImageTagMutability::ImmutableWithExclusion,
            &["dev-*"],
        ));
        let batch = mock!(Client::batch_get_image)
            .then_error(|| BatchGetImageError::generic(meta("AccessDeniedException")));
        let details = no_details();
        let report = run_mocked(
            &[&describe, &batch, &details],
            &[],
            &["check-push", &format!("{HOST}/app:dev-1")],
        )
        .unwrap();
        assert_eq!(verdicts(&report), ["unknown"]);
        assert_eq!(report.exit, Exit::PushUnknown);
        let item = &report.json()[0];
        assert!(item["message"]
            .as_str()
            .unwrap()
            .contains("ecr:BatchGetImage"));
        // What could still be established is reported.
        assert_eq!(item["tagMutability"], "MUTABLE");
        assert_eq!(item["matchedFilter"], "dev-*");
    }

    #[test]
    fn missing_describe_repositories_permission() {
        let denied = mock!(Client::describe_repositories)
            .then_error(|| DescribeRepositoriesError::generic(meta("AccessDeniedException")));
        let batch = mock!(Client::batch_get_image).then_output(|| {
            BatchGetImageOutput::builder()
                .images(image("v1", &d('a')))
                .failures(not_found("v2"))
                .build()
        });
        let no_details = mock!(Client::describe_images)
            .then_error(|| DescribeImagesError::generic(meta("AccessDeniedException")));
        let report = run_mocked(
            &[&denied, &batch, &no_details],
            &[],
            &[
                "check-push",
                &format!("{HOST}/app:v1"),
                &format!("{HOST}/app:v2"),
                "--digest",
                &d('b'),
            ],
        )
        .unwrap();
        // An absent tag is new whatever the setting; an existing one cannot be judged.
        assert_eq!(verdicts(&report), ["unknown", "new"]);
        assert!(report.json()[0]["message"]
            .as_str()
            .unwrap()
            .contains("ecr:DescribeRepositories"));
        assert_eq!(report.json()[0]["tagMutability"], Value::Null);
    }

    /// An answer without imageTagMutability was taken as MUTABLE: `overwrite`, exit 0, on what
    /// may be an IMMUTABLE repository. Unknown is unknown.
    #[test]
    fn a_describe_answer_without_mutability_makes_the_verdict_unknown() {
        let describe = describe_ok(
            Repository::builder()
                .repository_name("app")
                .registry_id("111122223333")
                .repository_uri(format!("{HOST}/app"))
                .build(),
        );
        let batch = mock!(Client::batch_get_image).then_output(|| {
            BatchGetImageOutput::builder()
                .images(image("v1", &d('a')))
                .build()
        });
        let details = no_details();
        let report = run_mocked(
            &[&describe, &batch, &details],
            &[],
            &["check-push", &format!("{HOST}/app:v1"), "--digest", &d('b')],
        )
        .unwrap();
        assert_eq!(verdicts(&report), ["unknown"]);
        assert_eq!(report.exit, Exit::PushUnknown);
        let item = &report.json()[0];
        assert_eq!(item["tagMutability"], Value::Null);
        assert!(
            item["message"]
                .as_str()
                .unwrap()
                .contains("without imageTagMutability"),
            "{item}"
        );
    }

    /// A BatchGetImage answer with neither images nor failures says nothing of the tag: it was
    /// taken as absent, so a conflict on an immutable repository became `new`.
    #[test]
    fn an_empty_batch_get_image_answer_is_unknown_not_new() {
        let describe = describe_ok(repository("app", ImageTagMutability::Immutable, &[]));
        let batch =
            mock!(Client::batch_get_image).then_output(|| BatchGetImageOutput::builder().build());
        let details = no_details();
        let report = run_mocked(
            &[&describe, &batch, &details],
            &[],
            &["check-push", &format!("{HOST}/app:v1"), "--digest", &d('b')],
        )
        .unwrap();
        assert_eq!(verdicts(&report), ["unknown"]);
        assert_eq!(report.exit, Exit::PushUnknown);
        let message = report.json()[0]["message"].as_str().unwrap().to_string();
        assert!(
            message.contains("neither an image nor a failure"),
            "{message}"
        );
    }

    fn template(
        prefix: &str,
        applied: RctAppliedFor,
        mode: ImageTagMutability,
    ) -> RepositoryCreationTemplate {
        RepositoryCreationTemplate::builder()
            .prefix(prefix)
            .applied_for(applied)
            .image_tag_mutability(mode)
            .build()
    }

    fn repo_missing() -> [Rule; 2] {
        let describe = mock!(Client::describe_repositories).then_error(|| {
            DescribeRepositoriesError::RepositoryNotFoundException(
                RepositoryNotFoundException::builder()
                    .meta(meta("RepositoryNotFoundException"))
                    .build(),
            )
        });
        let batch = mock!(Client::batch_get_image).then_error(|| {
            BatchGetImageError::RepositoryNotFoundException(
                RepositoryNotFoundException::builder()
                    .meta(meta("RepositoryNotFoundException"))
                    .build(),
            )
        });
        [describe, batch]
    }

    #[test]
    fn a_create_on_push_template_makes_a_missing_repository_new() {
        let [describe, batch] = repo_missing();
        let templates = mock!(Client::describe_repository_creation_templates).then_output(|| {
            DescribeRepositoryCreationTemplatesOutput::builder()
                .repository_creation_templates(template(
                    "ROOT",
                    RctAppliedFor::CreateOnPush,
                    ImageTagMutability::Mutable,
                ))
                .repository_creation_templates(template(
                    "team-a",
                    RctAppliedFor::CreateOnPush,
                    ImageTagMutability::Immutable,
                ))
                .repository_creation_templates(template(
                    "team-a/api",
                    RctAppliedFor::Replication,
                    ImageTagMutability::Mutable,
                ))
                .build()
        });
        let (details, registry) = (no_details(), registry());
        let report = run_mocked(
            &[&describe, &batch, &templates, &details, &registry],
            &[],
            &["check-push", "team-a/api:v1", "other/x:v1"],
        )
        .unwrap();
        // The registry of a short reference to a missing repository is still named.
        assert_eq!(
            report.json()[0]["registry"],
            "444455556666.dkr.ecr.us-east-1.amazonaws.com"
        );
        assert_eq!(verdicts(&report), ["new", "new"]);
        assert_eq!(report.json()[0]["createOnPushTemplate"], "team-a");
        assert_eq!(report.json()[0]["tagMutability"], "IMMUTABLE");
        assert!(report.json()[0]["message"]
            .as_str()
            .unwrap()
            .contains("template 'team-a' will create it with tags immutable"));
        assert_eq!(report.json()[1]["createOnPushTemplate"], "ROOT");
        assert_eq!(report.exit, Exit::Success);
    }

    #[test]
    fn a_missing_repository_without_template() {
        let [describe, batch] = repo_missing();
        let templates = mock!(Client::describe_repository_creation_templates)
            .then_output(|| DescribeRepositoryCreationTemplatesOutput::builder().build());
        let (details, registry) = (no_details(), registry());
        let report = run_mocked(
            &[&describe, &batch, &templates, &details, &registry],
            &[],
            &["check-push", "team-b/api:v1"],
        )
        .unwrap();
        assert_eq!(verdicts(&report), ["repository-missing"]);
        assert_eq!(report.exit, Exit::PushRepositoryMissing);
    }

    mod public {
        use super::*;
        use aws_sdk_ecrpublic::operation::describe_image_tags::DescribeImageTagsOutput;
        use aws_sdk_ecrpublic::operation::describe_repositories::DescribeRepositoriesOutput as PubDescribe;
        use aws_sdk_ecrpublic::types::{
            ImageTagDetail, ReferencedImageDetail, Repository as PubRepo,
        };
        use aws_sdk_ecrpublic::Client as Public;

        fn tag_detail(tag: &str, digest: &str) -> ImageTagDetail {
            ImageTagDetail::builder()
                .image_tag(tag)
                .image_detail(
                    ReferencedImageDetail::builder()
                        .image_digest(digest)
                        .image_pushed_at(aws_smithy_types::DateTime::from_secs(1_700_000_000))
                        .build(),
                )
                .build()
        }

        fn rules(alias: &'static str) -> (Rule, Rule) {
            let describe = mock!(Public::describe_repositories)
                .match_requests(|r| r.repository_names() == ["tool"])
                .then_output(move || {
                    PubDescribe::builder()
                        .repositories(
                            PubRepo::builder()
                                .repository_name("tool")
                                .repository_uri(format!("public.ecr.aws/{alias}/tool"))
                                .build(),
                        )
                        .build()
                });
            let tags = mock!(Public::describe_image_tags)
                .match_requests(|r| r.repository_name() == Some("tool"))
                .sequence()
                .output(|| {
                    DescribeImageTagsOutput::builder()
                        .image_tag_details(tag_detail("latest", &d('a')))
                        .next_token("p2")
                        .build()
                })
                .output(|| {
                    DescribeImageTagsOutput::builder()
                        .image_tag_details(tag_detail("v1", &d('a')))
                        .image_tag_details(tag_detail("v2", &d('c')))
                        .build()
                })
                .build();
            (describe, tags)
        }

        #[test]
        fn public_tags_are_always_mutable() {
            let (describe, tags) = rules("myalias");
            let report = run_mocked(
                &[],
                &[&describe, &tags],
                &[
                    "check-push",
                    "public.ecr.aws/myalias/tool:latest",
                    "public.ecr.aws/myalias/tool:v2",
                    "public.ecr.aws/myalias/tool:v9",
                    "--digest",
                    &d('c'),
                ],
            )
            .unwrap();
            assert_eq!(tags.num_calls(), 2, "every page of tags");
            assert_eq!(describe.num_calls(), 1);
            assert_eq!(verdicts(&report), ["overwrite", "unchanged", "new"]);
            let first = &report.json()[0];
            assert_eq!(first["public"], true);
            assert_eq!(first["tagMutability"], "MUTABLE");
            assert_eq!(first["registry"], "public.ecr.aws/myalias");
            assert_eq!(first["remoteTags"], serde_json::json!(["latest", "v1"]));
            assert_eq!(first["oldImageUntagged"], false);
            assert_eq!(report.exit, Exit::Success);
        }

        /// A tag listed without its image's digest was taken as a different image: what it
        /// points at is unknown.
        #[test]
        fn a_public_tag_without_its_digest_is_unknown() {
            let (describe, _) = rules("myalias");
            let tags = mock!(Public::describe_image_tags).then_output(|| {
                DescribeImageTagsOutput::builder()
                    .image_tag_details(
                        ImageTagDetail::builder()
                            .image_tag("v1")
                            .image_detail(ReferencedImageDetail::builder().build())
                            .build(),
                    )
                    .build()
            });
            let report = run_mocked(
                &[],
                &[&describe, &tags],
                &[
                    "check-push",
                    "public.ecr.aws/myalias/tool:v1",
                    "--digest",
                    &d('c'),
                ],
            )
            .unwrap();
            assert_eq!(verdicts(&report), ["unknown"]);
            assert_eq!(report.exit, Exit::PushUnknown);
            assert!(report.json()[0]["message"]
                .as_str()
                .unwrap()
                .contains("without its image digest"));
        }

        #[test]
        fn another_registry_alias_cannot_be_checked() {
            let (describe, tags) = rules("mine");
            let report = run_mocked(
                &[],
                &[&describe, &tags],
                &["check-push", "public.ecr.aws/theirs/tool:v1"],
            )
            .unwrap();
            assert_eq!(verdicts(&report), ["unknown"]);
            assert!(report.json()[0]["message"]
                .as_str()
                .unwrap()
                .contains("not your registry"));
        }
    }

    /// Several repositories of one registry share one DescribeRepositories call; when one of them
    /// is missing the call fails as a whole, and each is then asked alone.
    #[test]
    fn one_settings_call_per_registry_with_a_fallback_for_missing_ones() {
        use aws_smithy_mocks::MockResponse;
        let calls = Arc::new(Mutex::new(Vec::new()));
        let c2 = calls.clone();
        let describe = mock!(Client::describe_repositories).then_compute_response(move |req| {
            let names = req.repository_names().to_vec();
            c2.lock().unwrap().push(names.clone());
            if names.iter().any(|n| n == "gone") {
                return MockResponse::Error(
                    DescribeRepositoriesError::RepositoryNotFoundException(
                        RepositoryNotFoundException::builder()
                            .meta(meta("RepositoryNotFoundException"))
                            .build(),
                    ),
                );
            }
            let mut out = DescribeRepositoriesOutput::builder();
            for n in names {
                out = out.repositories(repository(&n, ImageTagMutability::Immutable, &[]));
            }
            MockResponse::Output(out.build())
        });
        let batch = mock!(Client::batch_get_image).then_compute_response(|req| {
            if req.repository_name() == Some("gone") {
                return MockResponse::Error(BatchGetImageError::RepositoryNotFoundException(
                    RepositoryNotFoundException::builder()
                        .meta(meta("RepositoryNotFoundException"))
                        .build(),
                ));
            }
            MockResponse::Output(
                BatchGetImageOutput::builder()
                    .failures(not_found("v1"))
                    .build(),
            )
        });
        let templates = mock!(Client::describe_repository_creation_templates)
            .then_output(|| DescribeRepositoryCreationTemplatesOutput::builder().build());

        let details = no_details();
        let report = run_mocked(
            &[&describe, &batch, &details],
            &[],
            &[
                "check-push",
                &format!("{HOST}/app:v1"),
                &format!("{HOST}/web:v1"),
            ],
        )
        .unwrap();
        assert_eq!(verdicts(&report), ["new", "new"]);
        assert_eq!(
            *calls.lock().unwrap(),
            vec![vec!["app".to_string(), "web".to_string()]]
        );

        calls.lock().unwrap().clear();
        let report = run_mocked(
            &[&describe, &batch, &templates, &details],
            &[],
            &[
                "check-push",
                &format!("{HOST}/app:v1"),
                &format!("{HOST}/gone:v1"),
            ],
        )
        .unwrap();
        assert_eq!(verdicts(&report), ["new", "repository-missing"]);
        let mut seen = calls.lock().unwrap().clone();
        seen.sort();
        assert_eq!(
            seen,
            vec![
                vec!["app".to_string()],
                vec!["app".into(), "gone".into()],
                vec!["gone".into()]
            ]
        );
    }
}

/// A push that moves the only tags off an image a signature refers to: a warning and
/// `untaggedReferrers`, the verdict and exit code unchanged. The emulator has no
/// ListImageReferrers: the repository's manifests name the subject (the fallback).
#[test]
fn a_push_that_leaves_a_signed_image_untagged_warns() {
    let repo = create_repo("cp-referrers", &[]);
    let old = put_image(&repo, "latest", 31).unwrap();
    put_image(&repo, "v1", 31).unwrap();
    let sig =
        crate::lifecycle::put_raw(&repo, None, &crate::lifecycle::signature_of(&old, 31), None);
    let (_, new_digest) = manifest(32);
    let latest = format!("{HOST}/{repo}:latest");
    let v1 = format!("{HOST}/{repo}:v1");
    // One tag alone leaves the image tagged: nothing to say.
    let (code, v, stderr) = check(&[&latest, "--digest", &new_digest]);
    assert_eq!(code, Some(0));
    assert_eq!(v[0]["verdict"], "overwrite");
    assert_eq!(v[0]["untaggedReferrers"], Value::Null, "{v}");
    assert!(!stderr.contains("without a tag"), "{stderr}");
    // Both tags move: the signature points at an untagged image.
    let (code, v, stderr) = check(&[&latest, &v1, "--digest", &new_digest]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(v[0]["untaggedReferrers"][0]["digest"], sig.as_str(), "{v}");
    assert_eq!(v[0]["untaggedReferrers"][0]["kind"], "signature");
    assert_eq!(v[0]["untaggedReferrers"][0]["format"], "Notation");
    assert_eq!(v[1]["untaggedReferrers"][0]["digest"], sig.as_str());
    assert_eq!(
        stderr.matches("without a tag").count(),
        1,
        "one warning per image: {stderr}"
    );
    assert!(
        stderr.contains("moving `latest` and `v1` would leave")
            && stderr.contains("while 1 signature refers to it"),
        "{stderr}"
    );
}
