//! What a new user hit in the first hour (the trust issue), each through the real binary.

use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use crate::fake_ecr::{empty_listing, fake_ecr};
use crate::harness::*;

const HOST: &str = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

/// A config file with a `prod` profile whose credential_process leaves a marker file.
fn profile_files(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let marker = dir.join("credential-process-ran");
    let script = dir.join("creds.sh");
    write_script(
        &script,
        &format!(
            "touch '{}'\necho '{{\"Version\":1,\"AccessKeyId\":\"AKIDFROMPROFILE\",\"SecretAccessKey\":\"s\"}}'",
            marker.display()
        ),
    );
    let config = dir.join("config");
    std::fs::write(
        &config,
        format!(
            "[profile prod]\nregion = us-east-1\ncredential_process = {}\n\n[profile other]\nregion = us-east-1\naws_access_key_id = AKIDOTHER\naws_secret_access_key = s\n",
            script.display()
        ),
    )
    .unwrap();
    (config, marker)
}

#[test]
fn an_explicit_profile_beats_environment_keys() {
    let dir = tempfile::tempdir().unwrap();
    let (config, marker) = profile_files(dir.path());
    let ecr = fake_ecr(|_| empty_listing());
    // The harness sets AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in the environment.
    bare_ecrctl()
        .env("AWS_CONFIG_FILE", &config)
        .args([
            "--profile",
            "prod",
            "--endpoint-url",
            &ecr.url,
            "-vv",
            "repo",
            "list",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "credentials: profile prod (credential_process; from --profile)",
        ));
    assert!(
        marker.exists(),
        "the profile's credential_process did not run"
    );
    assert_eq!(ecr.access_keys(), ["AKIDFROMPROFILE"]);
}

#[test]
fn aws_profile_yields_to_environment_keys_as_the_aws_cli_does() {
    let dir = tempfile::tempdir().unwrap();
    let (config, _) = profile_files(dir.path());
    let ecr = fake_ecr(|_| empty_listing());
    ecrctl_at(&ecr.url)
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_PROFILE", "other")
        .args(["repo", "list"])
        .assert()
        .success();
    assert_eq!(ecr.access_keys(), ["AKIAIOSFODNN7EXAMPLE"]);
}

#[test]
fn a_profile_that_does_not_exist_is_exit_9_whatever_the_environment_holds() {
    let dir = tempfile::tempdir().unwrap();
    let (config, _) = profile_files(dir.path());
    let ecr = fake_ecr(|_| empty_listing());
    bare_ecrctl()
        .env("AWS_CONFIG_FILE", &config)
        .args([
            "--profile",
            "nosuch",
            "--endpoint-url",
            &ecr.url,
            "repo",
            "list",
        ])
        .assert()
        .code(9)
        .stderr(
            predicate::str::contains(
                "the config profile (nosuch) named by --profile could not be found",
            )
            .and(predicate::str::contains(config.display().to_string()))
            .and(predicate::str::contains("profiles there: other, prod")),
        );
    ecrctl_at(&ecr.url)
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_PROFILE", "nope")
        .args(["repo", "list"])
        .assert()
        .code(9)
        .stderr(predicate::str::contains("(nope) named by AWS_PROFILE"));
    assert_eq!(ecr.hits(), 0, "nothing is sent with a broken profile");
}

#[test]
fn an_unknown_finding_code_is_a_usage_error() {
    bare_ecrctl()
        .args(["audit", "--only", "mutable-tag", "--fail-on", "high"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("'mutable-tag' is not a finding code")
                .and(predicate::str::contains("did you mean 'mutable-tags'")),
        );
    bare_ecrctl()
        .args(["audit", "--ignore", "policy-nonsense"])
        .assert()
        .code(2);
    bare_ecrctl()
        .args(["policy", "template", "pull-onyl"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("pull-only"));
}

#[test]
fn families_select_every_code_they_name() {
    let repo = create_repo("trust-family", &[]);
    let v = json(ecrctl().args(["audit", &repo, "--only", "scan-*", "--only", "mutable-*"]));
    let codes = finding_codes(&v["repositories"][0]);
    assert_eq!(codes, ["mutable-tags", "scan-on-push-off"]);
}

/// The environment a CI job often has: credentials and an image URI, no region.
fn no_region() -> assert_cmd::Command {
    let mut cmd = ecrctl();
    cmd.env_remove("AWS_REGION");
    cmd
}

#[test]
fn a_full_uri_carries_its_region_and_account_in_every_command() {
    let repo = create_repo("trust-uri", &[]);
    let digest = put_image(&repo, "v1", 1).unwrap();
    let uri = format!("{HOST}/{repo}");
    let v = json(no_region().args(["check-push", &format!("{uri}:v2")]));
    assert_eq!(v[0]["verdict"], "new");
    let v = json(no_region().args(["images", "show", &format!("{uri}:v1")]));
    assert_eq!(v["digest"], digest.as_str());
    let v = json(no_region().args(["repo", "show", &uri]));
    assert_eq!(v["name"], repo.as_str());
    let v = json(no_region().args(["images", "list", &uri]));
    assert_eq!(v[0]["digest"], digest.as_str());
    let v = json(no_region().args(["images", "show", &uri, "v1"]));
    assert_eq!(v["digest"], digest.as_str());
    let v = json(no_region().args(["policy", "delete", &uri, "--yes", "--if-exists"]));
    assert_eq!(v["deleted"], false);
    // --registry-id names the account without a URI; a disagreeing one is refused.
    let v = json(ecrctl().args(["--registry-id", "123456789012", "repo", "show", &repo]));
    assert_eq!(v["registryId"], "123456789012");
    ecrctl()
        .args(["--registry-id", "111122223333", "repo", "show", &uri])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "disagrees with the repository URI's account",
        ));
    // A URI in another region than --region: the URI wins, with a warning.
    ecrctl()
        .args(["--region", "eu-west-1", "repo", "show", &uri])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: the repository URI is in us-east-1, not in --region eu-west-1: using us-east-1",
        ));
    // An image reference where a repository is expected says what to give instead.
    ecrctl()
        .args(["repo", "show", &format!("{uri}:v1")])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("give {uri}")));
}

#[test]
fn host_rules_agree_with_ecr() {
    for (reference, message) in [
        (
            "123456789012.dkr.ecr.us-east-1.amazonaws.com.cn/myapp:v1",
            "serves only China regions",
        ),
        (
            "123456789012.dkr.ecr.cn-north-1.amazonaws.com/myapp:v1",
            "is a China region",
        ),
        (
            "123456789012.dkr.ecr.us-east-1.amazonaws.com",
            "a registry host with no repository",
        ),
        ("", "an image reference is empty"),
        (
            "docker.io/library/ubuntu:22.04",
            "'docker.io/library/ubuntu:22.04': 'docker.io' is not an Amazon ECR registry host",
        ),
    ] {
        bare_ecrctl()
            .args(["check-push", reference])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
}

#[test]
fn the_wildcard_filter_is_accepted_with_a_warning() {
    let name = unique("trust-star");
    ecrctl()
        .args(["repo", "create", &name, "--immutable", "--except", "*"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: exclusion filter '*' matches every tag: every tag will be mutable",
        ));
    assert_eq!(
        describe(&name).image_tag_mutability_exclusion_filters()[0].filter(),
        "*"
    );
}

#[test]
fn answers_that_are_not_ecr_json_keep_their_http_status() {
    for (status, body, code, said) in [
        (
            403,
            "<html><body>Forbidden by proxy</body></html>",
            4,
            "HTTP 403",
        ),
        (
            404,
            "<html>\n<head><title>404 Not Found</title></head>",
            9,
            "HTTP 404",
        ),
        (403, "", 4, "an empty body"),
        (502, "<html><body>Bad Gateway</body></html>", 5, "HTTP 502"),
    ] {
        let ecr = fake_ecr(move |_| (status, body.to_string()));
        let out = ecrctl_at(&ecr.url)
            .env("AWS_MAX_ATTEMPTS", "2")
            .args(["repo", "list"])
            .output()
            .unwrap();
        let stderr = stderr_of(&out);
        assert_eq!(out.status.code(), Some(code), "{status}: {stderr}");
        assert!(stderr.contains(said), "{status}: {stderr}");
        assert!(!stderr.contains("UnknownError"), "{stderr}");
        if status == 404 {
            assert!(stderr.contains("--endpoint-url"), "{stderr}");
            assert!(
                stderr.contains("'404 Not Found'"),
                "an HTML page is named by its title: {stderr}"
            );
        }
    }
}

#[test]
fn check_push_messages_read_as_sentences() {
    let repo = create_repo("trust-words", &["--immutable", "--except", "dev-*"]);
    put_image(&repo, "v1", 1).unwrap();
    let (_, other) = manifest(2);
    let out = ecrctl()
        .args([
            "check-push",
            &format!("{repo}:dev-1"),
            &format!("{repo}:v1"),
            "--digest",
            &other,
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v[0]["message"],
        format!(
            "{repo}:dev-1 does not exist; the push will create it as a mutable tag (it matches exclusion filter 'dev-*')"
        )
        .as_str()
    );
    let conflict = v[1]["message"].as_str().unwrap();
    assert!(
        conflict.starts_with(&format!(
            "{repo}:v1 already exists and is an immutable tag, holding sha256:"
        )) && conflict.contains("(pushed just now)"),
        "{conflict}"
    );
}

#[test]
fn behaviour_a_new_user_expects() {
    // --limit 0 is not a limit.
    bare_ecrctl()
        .args(["images", "list", "myapp", "--limit", "0"])
        .assert()
        .code(2);
    // A non-empty repository is refused before any confirmation is asked for.
    let repo = create_repo("trust-nonempty", &[]);
    put_image(&repo, "v1", 1).unwrap();
    ecrctl()
        .args(["repo", "delete", &repo])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("still holds images"));
    // policy set --dry-run shows the diff in text output too (the default in CI).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    std::fs::write(
        &file,
        r#"{"Version":"2012-10-17","Statement":[{"Sid":"Pull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ecr:BatchGetImage"]}]}"#,
    )
    .unwrap();
    let out = ecrctl()
        .args(["policy", "set", &repo, "--file"])
        .arg(&file)
        .args(["--dry-run", "-o", "text"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        text.contains("+++ new") && text.contains("+  \"Statement\""),
        "{text}"
    );
    // Identity policy templates use the partition of the region.
    let out = bare_ecrctl()
        .args([
            "--region",
            "cn-north-1",
            "policy",
            "template",
            "push-pull",
            "--identity",
            "--repo",
            "myapp",
            "--account",
            "123456789012",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        doc.to_string()
            .contains("arn:aws-cn:ecr:cn-north-1:123456789012:repository/myapp"),
        "{doc}"
    );
}

#[test]
fn verbose_modes_say_where_things_come_from() {
    let ecr = fake_ecr(|_| empty_listing());
    bare_ecrctl()
        .env("AWS_ENDPOINT_URL_ECR", &ecr.url)
        .args(["-vv", "repo", "list"])
        .assert()
        .success()
        .stderr(
            predicate::str::contains(format!("endpoint {} (from AWS_ENDPOINT_URL_ECR)", ecr.url))
                .and(predicate::str::contains(
                    "region us-east-1 (from AWS_REGION)",
                ))
                .and(predicate::str::contains(
                    "call ECR DescribeRepositories in us-east-1",
                )),
        );
}

#[test]
fn help_puts_the_command_first_and_ends_with_examples() {
    let out = bare_ecrctl()
        .args(["repo", "create", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    let own = help.find("--immutable").unwrap();
    let global = help.find("Global options:").unwrap();
    assert!(own < global, "{help}");
    assert_eq!(help.matches("--region").count(), 1, "{help}");
    assert!(
        help.trim_end()
            .lines()
            .last()
            .unwrap()
            .starts_with("  ecrctl repo create"),
        "{help}"
    );
    for leaf in [
        &["repo", "list"][..],
        &["images", "tag"],
        &["policy", "validate"],
        &["check-push"],
        &["audit"],
        &["version"],
    ] {
        let out = bare_ecrctl().args(leaf).arg("--help").output().unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("Examples:\n  ecrctl"), "{leaf:?}: {help}");
    }
}

/// An optional read that is denied degrades: `repo show` for a role without
/// ecr:ListTagsForResource shows the repository, `tags: null`, and a warning.
#[test]
fn repo_show_without_permission_to_read_tags() {
    use aws_sdk_ecr::operation::describe_repositories::DescribeRepositoriesOutput;
    use aws_sdk_ecr::operation::list_tags_for_resource::ListTagsForResourceError;
    use aws_sdk_ecr::types::Repository;
    use aws_sdk_ecr::Client;
    use aws_smithy_mocks::mock;
    let describe = mock!(Client::describe_repositories).then_output(|| {
        DescribeRepositoriesOutput::builder()
            .repositories(
                Repository::builder()
                    .repository_name("app")
                    .repository_uri(format!("{HOST}/app"))
                    .repository_arn("arn:aws:ecr:us-east-1:123456789012:repository/app")
                    .build(),
            )
            .build()
    });
    let denied = mock!(Client::list_tags_for_resource).then_error(|| {
        ListTagsForResourceError::generic(crate::mocks::meta("AccessDeniedException"))
    });
    let report =
        crate::mocks::run_mocked(&[&describe, &denied], &[], &["repo", "show", "app"]).unwrap();
    assert_eq!(report.exit, ecrctl::error::Exit::Success);
    assert_eq!(report.json()["tags"], Value::Null);
    assert_eq!(report.json()["uri"], format!("{HOST}/app").as_str());
    assert!(
        report.diagnostics[0]
            .message
            .contains("ecr:ListTagsForResource"),
        "{:?}",
        report.diagnostics
    );
}
