//! `ecrctl policy …` against the emulator, checked through the ECR API; validate offline.

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::*;

fn stored_policy(repo: &str) -> Option<Value> {
    block_on(async {
        api()
            .get_repository_policy()
            .repository_name(repo)
            .send()
            .await
            .ok()
            .and_then(|o| o.policy_text().map(|t| serde_json::from_str(t).unwrap()))
    })
}

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

const PUSH_PULL: &str = r#"{
  "Version": "2012-10-17",
  "Statement": [{
    "Sid": "AllowPushPull",
    "Effect": "Allow",
    "Principal": {"AWS": "arn:aws:iam::111122223333:user/push-pull-user-1"},
    "Action": ["ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability", "ecr:CompleteLayerUpload",
               "ecr:GetDownloadUrlForLayer", "ecr:InitiateLayerUpload", "ecr:PutImage", "ecr:UploadLayerPart"]
  }]
}"#;

#[test]
fn set_get_delete_round_trip() {
    let repo = create_repo("pol-rt", &[]);
    let dir = tempfile::tempdir().unwrap();
    let file = write(&dir, "p.json", PUSH_PULL);
    ecrctl()
        .args(["policy", "get", &repo])
        .assert()
        .code(14)
        .stderr(predicate::str::contains("has no repository policy"));

    let v = json(ecrctl().args(["policy", "set", &repo, "--file", &file]));
    assert_eq!(v["changed"], true);
    assert_eq!(v["applied"], true);
    let stored = stored_policy(&repo).expect("stored");
    assert_eq!(stored, serde_json::from_str::<Value>(PUSH_PULL).unwrap());
    // ecrctl sends the minified form.
    let raw = block_on(async {
        api()
            .get_repository_policy()
            .repository_name(&repo)
            .send()
            .await
            .unwrap()
            .policy_text()
            .unwrap()
            .to_string()
    });
    assert!(!raw.contains('\n') && !raw.contains(": "), "{raw}");

    // `get --output json` round-trips.
    let got = json(ecrctl().args(["policy", "get", &repo]));
    assert_eq!(got, stored);
    let again = write(&dir, "again.json", &got.to_string());
    let v = json(ecrctl().args(["policy", "set", &repo, "--file", &again]));
    assert_eq!(
        (v["changed"].as_bool(), v["applied"].as_bool()),
        (Some(false), Some(false))
    );

    ecrctl().args(["policy", "delete", &repo]).assert().code(8);
    ecrctl()
        .args(["policy", "delete", &repo, "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("deleted the policy"));
    assert_eq!(stored_policy(&repo), None);
    ecrctl()
        .args(["policy", "delete", &repo, "--yes"])
        .assert()
        .code(14);
}

#[test]
fn unchanged_means_equivalent_not_identical() {
    let repo = create_repo("pol-same", &[]);
    let dir = tempfile::tempdir().unwrap();
    ecrctl()
        .args([
            "policy",
            "set",
            &repo,
            "--file",
            &write(&dir, "a.json", PUSH_PULL),
        ])
        .assert()
        .success();
    // Other key order, whitespace, a string instead of a one-element list, actions reordered.
    let same = r#"{"Statement":{"Action":["ecr:UploadLayerPart","ecr:PutImage","ecr:InitiateLayerUpload","ecr:GetDownloadUrlForLayer","ecr:CompleteLayerUpload","ecr:BatchCheckLayerAvailability","ecr:BatchGetImage"],"Principal":{"AWS":["arn:aws:iam::111122223333:user/push-pull-user-1"]},"Effect":"Allow","Sid":"AllowPushPull"},"Version":"2012-10-17"}"#;
    ecrctl()
        .args([
            "policy",
            "set",
            &repo,
            "--file",
            &write(&dir, "b.json", same),
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("unchanged: nothing sent"));
}

#[test]
fn dry_run_shows_the_diff_and_writes_nothing() {
    let repo = create_repo("pol-dry", &[]);
    let dir = tempfile::tempdir().unwrap();
    ecrctl()
        .args([
            "policy",
            "set",
            &repo,
            "--file",
            &write(&dir, "a.json", PUSH_PULL),
        ])
        .assert()
        .success();
    let out = ecrctl()
        .args([
            "policy",
            "set",
            &repo,
            "--template",
            "pull-only",
            "--account",
            "444455556666",
            "--dry-run",
            "-o",
            "table",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let diff = String::from_utf8(out.stdout).unwrap();
    assert!(
        diff.contains("-        \"ecr:PutImage\",")
            && diff.contains("+          \"arn:aws:iam::444455556666:root\""),
        "{diff}"
    );
    assert_eq!(
        stored_policy(&repo).unwrap(),
        serde_json::from_str::<Value>(PUSH_PULL).unwrap()
    );
}

#[test]
fn errors_block_set_unless_no_validate() {
    let repo = create_repo("pol-bad", &[]);
    let dir = tempfile::tempdir().unwrap();
    let open = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:PutImage"}]}"#;
    let file = write(&dir, "open.json", open);
    ecrctl()
        .args(["policy", "set", &repo, "--file", &file])
        .assert()
        .code(15)
        .stderr(
            predicate::str::contains("error[public-write]")
                .and(predicate::str::contains("nothing was sent")),
        );
    assert_eq!(stored_policy(&repo), None);
    ecrctl()
        .args(["policy", "set", &repo, "--file", &file, "--no-validate"])
        .assert()
        .success();
    assert!(
        stored_policy(&repo).is_some(),
        "the emulator accepts it: only ecrctl's lint stopped it"
    );
}

#[test]
fn set_from_stdin_and_templates() {
    let repo = create_repo("pol-stdin", &[]);
    ecrctl()
        .args(["policy", "set", &repo, "--file", "-"])
        .write_stdin(PUSH_PULL)
        .assert()
        .success();
    assert!(stored_policy(&repo).is_some());
    ecrctl()
        .args([
            "policy",
            "set",
            &repo,
            "--template",
            "org-pull",
            "--org-id",
            "o-abcdef1234",
        ])
        .assert()
        .success();
    assert_eq!(
        stored_policy(&repo).unwrap()["Statement"][0]["Condition"]["StringEquals"]
            ["aws:PrincipalOrgID"],
        "o-abcdef1234"
    );
    ecrctl()
        .args(["policy", "set", &repo, "--template", "org-pull"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--org-id"));
}

#[test]
fn validate_exit_codes_and_json() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(&dir, "good.json", PUSH_PULL);
    bare_ecrctl()
        .args(["policy", "validate", &good])
        .assert()
        .success();
    let warn = write(
        &dir,
        "warn.json",
        &PUSH_PULL.replace(r#""Version": "2012-10-17","#, ""),
    );
    bare_ecrctl()
        .args(["policy", "validate", &warn])
        .assert()
        .success();
    bare_ecrctl()
        .args(["policy", "validate", &warn, "--strict"])
        .assert()
        .code(15);
    let bad = write(
        &dir,
        "bad.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:BatchGetImage"}]}"#,
    );
    let out = bare_ecrctl()
        .args(["policy", "validate", &bad, "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(15));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["findings"][0],
        json!({"severity": "error", "code": "principal-missing", "message": v["findings"][0]["message"], "statement": 1})
    );
    assert_eq!(v["valid"], false);
    // Identity policies follow their own rules.
    let identity = write(
        &dir,
        "id.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"}]}"#,
    );
    bare_ecrctl()
        .args(["policy", "validate", &identity, "--identity"])
        .assert()
        .success();
    bare_ecrctl()
        .args(["policy", "validate", &identity])
        .assert()
        .code(15);
}

/// Anyone may pull (and push, with `push`), under this Condition.
fn anyone_under(condition: &str, push: bool) -> String {
    let push = if push { r#","ecr:PutImage""# } else { "" };
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"AnyonePull","Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"{push}],"Condition":{condition}}}]}}"#
    )
}

#[test]
fn validate_and_audit_agree_that_public_is_public_whatever_the_condition() {
    let dir = tempfile::tempdir().unwrap();
    let repo = create_repo("pol-open", &[]);
    let set = |text: &str| {
        block_on(
            api()
                .set_repository_policy()
                .repository_name(&repo)
                .policy_text(text)
                .send(),
        )
        .unwrap();
    };
    let audit_policy_findings = || {
        let v = json(ecrctl().args(["audit", &repo, "--only", "policy-*"]));
        v["repositories"][0]["findings"].as_array().unwrap().clone()
    };
    for (condition, says) in [
        (
            r#"{"Bool":{"aws:SecureTransport":"true"}}"#,
            "aws:SecureTransport does not say who the caller is",
        ),
        (
            r#"{"StringEquals":{"aws:RequestedRegion":"us-east-1"}}"#,
            "aws:RequestedRegion does not say who the caller is",
        ),
        (
            r#"{"StringLike":{"aws:UserAgent":"docker/*"}}"#,
            "aws:UserAgent is whatever the caller chooses to send",
        ),
        (
            r#"{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}"#,
            "\"0.0.0.0/0\" is every address on the internet",
        ),
        (
            r#"{"StringLike":{"aws:PrincipalOrgID":"*"}}"#,
            "aws:PrincipalOrgID \"*\" matches any value",
        ),
    ] {
        let text = anyone_under(condition, false);
        let file = write(&dir, "open.json", &text);
        // A public pull is a security warning: it fails only --strict.
        bare_ecrctl()
            .args(["policy", "validate", &file])
            .assert()
            .success();
        let out = bare_ecrctl()
            .args(["policy", "validate", &file, "--strict", "-o", "json"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(15), "{condition}");
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let message = v["findings"][0]["message"].as_str().unwrap();
        assert_eq!(v["findings"][0]["code"], "public-read", "{v}");
        assert!(message.contains(says), "{message}");
        // The audit reports the same finding, from the same analysis.
        set(&text);
        let found = audit_policy_findings();
        assert_eq!(found.len(), 1, "{condition}: {found:?}");
        assert_eq!(found[0]["code"], "policy-public-read");
        assert_eq!(found[0]["severity"], "medium");
        assert_eq!(found[0]["message"], format!("policy: {message}"));
    }
    // Anyone may push: an error, and a high audit finding.
    let text = anyone_under(r#"{"Bool":{"aws:SecureTransport":"true"}}"#, true);
    let file = write(&dir, "push.json", &text);
    bare_ecrctl()
        .args(["policy", "validate", &file])
        .assert()
        .code(15)
        .stdout(predicate::str::contains("error\tpublic-write\t1\t"));
    set(&text);
    let found = audit_policy_findings();
    let codes: Vec<(&str, &str)> = found
        .iter()
        .map(|f| (f["code"].as_str().unwrap(), f["severity"].as_str().unwrap()))
        .collect();
    assert_eq!(
        codes,
        [
            ("policy-public-write", "high"),
            ("policy-public-read", "medium")
        ]
    );
    // Conditions that name the caller or its network: neither reports anything.
    for condition in [
        r#"{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}"#,
        r#"{"StringEquals":{"aws:SourceVpce":"vpce-1a2b"}}"#,
        r#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
    ] {
        let text = anyone_under(condition, true);
        let file = write(&dir, "closed.json", &text);
        bare_ecrctl()
            .args(["policy", "validate", &file, "--strict"])
            .assert()
            .success();
        set(&text);
        assert_eq!(audit_policy_findings(), Vec::<Value>::new(), "{condition}");
    }
}

#[test]
fn validate_rejects_unreadable_files_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("bin.json");
    std::fs::write(&binary, [0u8, 0xff, 0xfe, 1]).unwrap();
    let huge = dir.path().join("huge.json");
    std::fs::write(&huge, vec![b' '; 2 * 1024 * 1024]).unwrap();
    for (path, message) in [
        (
            dir.path().to_str().unwrap().to_string(),
            "not a regular file",
        ),
        (binary.to_str().unwrap().to_string(), "not UTF-8"),
        (
            huge.to_str().unwrap().to_string(),
            "bytes; a repository policy is at most",
        ),
        ("/nonexistent/p.json".to_string(), "/nonexistent/p.json"),
    ] {
        bare_ecrctl()
            .args(["policy", "validate", &path])
            .assert()
            .code(2)
            .stderr(
                predicate::str::contains(message).and(predicate::str::contains("panicked").not()),
            );
    }
}

#[test]
fn templates_print_valid_documents() {
    let out = bare_ecrctl()
        .args(["policy", "templates", "-o", "json"])
        .output()
        .unwrap();
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "pull-only",
            "push-pull",
            "cross-account-pull",
            "org-pull",
            "lambda-pull",
            "public-restrict-pull"
        ]
    );
    let dir = tempfile::tempdir().unwrap();
    for (name, extra) in [
        (
            "pull-only",
            vec!["--principal", "arn:aws:iam::111122223333:role/ci"],
        ),
        ("push-pull", vec!["--account", "111122223333"]),
        ("cross-account-pull", vec!["--account", "444455556666"]),
        ("org-pull", vec!["--org-id", "o-abcdef1234"]),
        ("lambda-pull", vec!["--account", "111122223333"]),
        (
            "public-restrict-pull",
            vec![
                "--principal",
                "arn:aws:iam::111122223333:role/admin",
                "--public",
            ],
        ),
    ] {
        let out = bare_ecrctl()
            .args(["policy", "template", name])
            .args(&extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}: {}", stderr_of(&out));
        let file = write(
            &dir,
            &format!("{name}.json"),
            &String::from_utf8(out.stdout).unwrap(),
        );
        let mut validate = vec!["policy", "validate", file.as_str(), "--strict"];
        if extra.contains(&"--public") {
            validate.push("--public");
        }
        bare_ecrctl().args(&validate).assert().success();
    }
}

#[test]
fn identity_template_uses_the_callers_account_and_region() {
    let v = json(ecrctl().args([
        "policy",
        "template",
        "push-pull",
        "--identity",
        "--repo",
        "app",
        "--repo",
        "team/api",
    ]));
    assert_eq!(
        v["Statement"][0]["Resource"],
        json!([
            "arn:aws:ecr:us-east-1:123456789012:repository/app",
            "arn:aws:ecr:us-east-1:123456789012:repository/team/api"
        ])
    );
    assert_eq!(
        v["Statement"][1],
        json!({"Sid": "RegistryLogin", "Effect": "Allow", "Action": ["ecr:GetAuthorizationToken"], "Resource": "*"})
    );
    let v = json(bare_ecrctl().args([
        "--region",
        "eu-west-1",
        "policy",
        "template",
        "pull-only",
        "--identity",
        "--repo",
        "x1",
        "--account",
        "111122223333",
    ]));
    assert_eq!(
        v["Statement"][0]["Resource"],
        json!(["arn:aws:ecr:eu-west-1:111122223333:repository/x1"])
    );
}

#[test]
fn readme_rule_table_is_current() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = ecrctl::commands::policy::rule_table();
    assert!(
        readme.contains(&table),
        "README's rule table differs from the linter's RULES:\n{table}"
    );
}

mod mocked {
    //! Policy calls where the emulator cannot go: ECR Public, and `force` sent only when asked.
    use std::sync::{Arc, Mutex};

    use aws_sdk_ecr::operation::get_repository_policy::{
        GetRepositoryPolicyError, GetRepositoryPolicyOutput,
    };
    use aws_sdk_ecr::operation::set_repository_policy::{
        SetRepositoryPolicyError, SetRepositoryPolicyOutput,
    };
    use aws_sdk_ecr::types::error::RepositoryPolicyNotFoundException;
    use aws_sdk_ecr::Client;
    use aws_smithy_mocks::mock;
    use ecrctl::error::{classify, Exit};

    use crate::mocks::{meta, run_mocked};

    const DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/ci"},"Action":"ecr:BatchGetImage"}]}"#;

    fn no_policy() -> aws_smithy_mocks::Rule {
        mock!(Client::get_repository_policy).then_error(|| {
            GetRepositoryPolicyError::RepositoryPolicyNotFoundException(
                RepositoryPolicyNotFoundException::builder()
                    .meta(meta("RepositoryPolicyNotFoundException"))
                    .build(),
            )
        })
    }

    #[test]
    fn force_is_sent_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.json");
        std::fs::write(&file, DOC).unwrap();
        for (extra, want) in [(None, None), (Some("--force"), Some(true))] {
            let seen = Arc::new(Mutex::new(Vec::new()));
            let s2 = seen.clone();
            let set = mock!(Client::set_repository_policy).then_compute_output(move |req| {
                s2.lock()
                    .unwrap()
                    .push((req.force(), req.policy_text().map(str::to_string)));
                SetRepositoryPolicyOutput::builder().build()
            });
            let mut args = vec!["policy", "set", "app", "--file", file.to_str().unwrap()];
            args.extend(extra);
            let report = run_mocked(&[&no_policy(), &set], &[], &args).unwrap();
            let calls = seen.lock().unwrap().clone();
            assert_eq!(calls.len(), 1);
            assert_eq!(calls[0].0, want, "{extra:?}");
            assert_eq!(calls[0].1.as_deref(), Some(DOC), "minified text is sent");
            assert_eq!(report.json()["forced"], want.is_some());
            if want.is_some() {
                assert!(report
                    .diagnostics
                    .iter()
                    .any(|d| d.message.contains("--force skips")));
            }
        }
    }

    #[test]
    fn invalid_policy_hint_mentions_iam_propagation() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.json");
        std::fs::write(&file, DOC).unwrap();
        let set = mock!(Client::set_repository_policy)
            .then_error(|| SetRepositoryPolicyError::generic(meta("InvalidParameterException")));
        let err = run_mocked(
            &[&no_policy(), &set],
            &[],
            &["policy", "set", "app", "--file", file.to_str().unwrap()],
        )
        .unwrap_err();
        let (exit, hint) = classify(&err);
        assert_eq!(exit, Exit::Service);
        assert!(hint.unwrap().contains("IAM propagation"), "{hint:?}");
    }

    #[test]
    fn wait_retries_while_a_principal_propagates() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.json");
        std::fs::write(&file, DOC).unwrap();
        let set = mock!(Client::set_repository_policy)
            .sequence()
            .error(|| SetRepositoryPolicyError::generic(meta("InvalidParameterException")))
            .output(|| SetRepositoryPolicyOutput::builder().build())
            .build();
        let report = run_mocked(
            &[&no_policy(), &set],
            &[],
            &[
                "policy",
                "set",
                "app",
                "--file",
                file.to_str().unwrap(),
                "--wait",
                "5",
            ],
        )
        .unwrap();
        assert_eq!(set.num_calls(), 2);
        assert_eq!(report.json()["applied"], true);
    }

    #[test]
    fn get_prints_the_document() {
        let get = mock!(Client::get_repository_policy).then_output(|| {
            GetRepositoryPolicyOutput::builder()
                .policy_text(DOC)
                .build()
        });
        let report = run_mocked(&[&get], &[], &["policy", "get", "app"]).unwrap();
        assert_eq!(report.json()["Statement"][0]["Action"], "ecr:BatchGetImage");
    }

    mod public {
        use super::*;
        use aws_sdk_ecrpublic::operation::get_repository_policy::{
            GetRepositoryPolicyError as PubGetError, GetRepositoryPolicyOutput as PubGet,
        };
        use aws_sdk_ecrpublic::operation::set_repository_policy::SetRepositoryPolicyOutput as PubSet;
        use aws_sdk_ecrpublic::types::error::RepositoryPolicyNotFoundException as PubNotFound;
        use aws_sdk_ecrpublic::Client as Public;

        const PUB_DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"AllowPush","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/ci"},"Action":["ecr-public:PutImage","ecr-public:UploadLayerPart"]}]}"#;

        #[test]
        fn public_set_get_and_lint_rules() {
            let dir = tempfile::tempdir().unwrap();
            let file = dir.path().join("p.json");
            std::fs::write(&file, PUB_DOC).unwrap();
            let none = mock!(Public::get_repository_policy).then_error(|| {
                PubGetError::RepositoryPolicyNotFoundException(
                    PubNotFound::builder()
                        .meta(meta("RepositoryPolicyNotFoundException"))
                        .build(),
                )
            });
            let seen = Arc::new(Mutex::new(None));
            let s2 = seen.clone();
            let set = mock!(Public::set_repository_policy).then_compute_output(move |req| {
                *s2.lock().unwrap() =
                    Some((req.repository_name().map(str::to_string), req.force()));
                PubSet::builder().build()
            });
            run_mocked(
                &[],
                &[&none, &set],
                &[
                    "policy",
                    "set",
                    "public.ecr.aws/myalias/tool",
                    "--file",
                    file.to_str().unwrap(),
                ],
            )
            .unwrap();
            assert_eq!(
                *seen.lock().unwrap(),
                Some((Some("tool".to_string()), None))
            );

            // A private action in a public policy is an error before anything is sent.
            std::fs::write(
                &file,
                PUB_DOC.replace("ecr-public:PutImage", "ecr:PutImage"),
            )
            .unwrap();
            let err = run_mocked(
                &[],
                &[&none, &set],
                &[
                    "policy",
                    "set",
                    "tool",
                    "--public",
                    "--file",
                    file.to_str().unwrap(),
                ],
            )
            .unwrap_err();
            assert_eq!(classify(&err).0, Exit::PolicyInvalid);

            let get = mock!(Public::get_repository_policy)
                .then_output(|| PubGet::builder().policy_text(PUB_DOC).build());
            let report = run_mocked(&[], &[&get], &["policy", "get", "tool", "--public"]).unwrap();
            assert_eq!(report.json()["Statement"][0]["Sid"], "AllowPush");
            let err =
                run_mocked(&[], &[&none], &["policy", "get", "tool", "--public"]).unwrap_err();
            assert_eq!(classify(&err).0, Exit::NoPolicy);
        }
    }
}

#[test]
fn dry_run_exit_code_is_1_while_the_policy_would_change() {
    let repo = create_repo("pol-dry-exit", &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, "a.json", PUSH_PULL);
    let out = ecrctl()
        .args([
            "policy",
            "set",
            &repo,
            "--file",
            &f,
            "--dry-run",
            "--exit-code",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(stored_policy(&repo).is_none(), "a dry run wrote the policy");
    ecrctl()
        .args(["policy", "set", &repo, "--file", &f])
        .assert()
        .success();
    ecrctl()
        .args([
            "policy",
            "set",
            &repo,
            "--file",
            &f,
            "--dry-run",
            "--exit-code",
        ])
        .assert()
        .code(0);
}
