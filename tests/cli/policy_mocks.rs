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
            assert!(report.warnings.iter().any(|s| s.contains("--force skips")));
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
            *s2.lock().unwrap() = Some((req.repository_name().map(str::to_string), req.force()));
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
        let err = run_mocked(&[], &[&none], &["policy", "get", "tool", "--public"]).unwrap_err();
        assert_eq!(classify(&err).0, Exit::NoPolicy);
    }
}
