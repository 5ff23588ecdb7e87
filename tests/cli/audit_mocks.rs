//! audit where the emulator cannot go: throttling, access denied on one repository, ECR Public.

use aws_sdk_ecr::operation::describe_repositories::DescribeRepositoriesOutput;
use aws_sdk_ecr::operation::get_lifecycle_policy::{
    GetLifecyclePolicyError, GetLifecyclePolicyOutput,
};
use aws_sdk_ecr::operation::get_repository_policy::{
    GetRepositoryPolicyError, GetRepositoryPolicyOutput,
};
use aws_sdk_ecr::types::error::RepositoryPolicyNotFoundException;
use aws_sdk_ecr::types::{ImageTagMutability, Repository};
use aws_sdk_ecr::Client;
use aws_smithy_mocks::{mock, MockResponse};

use crate::mocks::{meta, run_mocked};

fn repos(n: usize) -> aws_smithy_mocks::Rule {
    mock!(Client::describe_repositories).then_output(move || {
        let mut out = DescribeRepositoriesOutput::builder();
        for i in 0..n {
            out = out.repositories(
                Repository::builder()
                    .repository_name(format!("svc-{i:02}"))
                    .registry_id("111122223333")
                    .image_tag_mutability(ImageTagMutability::Immutable)
                    .build(),
            );
        }
        out.build()
    })
}

fn no_policy() -> MockResponse<GetRepositoryPolicyOutput, GetRepositoryPolicyError> {
    MockResponse::Error(GetRepositoryPolicyError::RepositoryPolicyNotFoundException(
        RepositoryPolicyNotFoundException::builder()
            .meta(meta("RepositoryPolicyNotFoundException"))
            .build(),
    ))
}

fn lifecycle_ok() -> aws_smithy_mocks::Rule {
    mock!(Client::get_lifecycle_policy).then_output(|| {
        GetLifecyclePolicyOutput::builder()
            .lifecycle_policy_text("{}")
            .build()
    })
}

#[test]
fn throttling_slows_down_and_still_finishes() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let calls = Arc::new(AtomicUsize::new(0));
    let c2 = calls.clone();
    // The first 12 policy reads are throttled, then ECR answers.
    let policy = mock!(Client::get_repository_policy).then_compute_response(move |_| {
        if c2.fetch_add(1, Ordering::SeqCst) < 12 {
            MockResponse::Error(GetRepositoryPolicyError::generic(meta(
                "ThrottlingException",
            )))
        } else {
            no_policy()
        }
    });
    let report = run_mocked(
        &[&repos(8), &policy, &lifecycle_ok()],
        &[],
        &["audit", "--concurrency", "4"],
    )
    .unwrap();
    let json = report.json();
    assert_eq!(json["summary"]["repositories"], 8);
    let unreadable = json["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["findings"].as_array().unwrap().iter())
        .filter(|f| f["code"] == "unreadable")
        .count();
    assert_eq!(
        unreadable, 0,
        "every repository was read in the end: {json}"
    );
    assert!(
        json["summary"]["lowestConcurrency"].as_u64().unwrap() < 4,
        "{json}"
    );
    assert!(
        report.status[0].contains("concurrency lowered"),
        "{:?}",
        report.status
    );
}

#[test]
fn access_denied_on_one_repository_is_a_finding() {
    let policy = mock!(Client::get_repository_policy).then_compute_response(|req| {
        if req.repository_name() == Some("svc-01") {
            MockResponse::Error(GetRepositoryPolicyError::generic(meta(
                "AccessDeniedException",
            )))
        } else {
            no_policy()
        }
    });
    let lifecycle = mock!(Client::get_lifecycle_policy)
        .then_error(|| GetLifecyclePolicyError::generic(meta("LifecyclePolicyNotFoundException")));
    let report = run_mocked(&[&repos(3), &policy, &lifecycle], &[], &["audit"]).unwrap();
    let json = report.json();
    let repos = json["repositories"].as_array().unwrap();
    assert_eq!(repos.len(), 3);
    let codes = |i: usize| {
        repos[i]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes(1),
        [
            "unreadable",
            "no-lifecycle-policy",
            "scan-on-push-off",
            "aes256-encryption"
        ]
    );
    assert!(repos[1]["findings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("access denied (ecr:GetRepositoryPolicy)"));
    assert_eq!(
        codes(0),
        [
            "no-lifecycle-policy",
            "scan-on-push-off",
            "aes256-encryption"
        ]
    );
}

#[test]
fn several_regions_are_listed_separately() {
    let policy = mock!(Client::get_repository_policy).then_compute_response(|_| no_policy());
    let list = repos(2);
    let report = run_mocked(&[&list, &policy, &lifecycle_ok()], &[], &["audit"]).unwrap();
    assert_eq!(report.json()["summary"]["repositories"], 2);
    assert_eq!(list.num_calls(), 1);
}

mod public {
    use super::*;
    use aws_sdk_ecrpublic::operation::describe_repositories::DescribeRepositoriesOutput as PubList;
    use aws_sdk_ecrpublic::operation::get_repository_policy::GetRepositoryPolicyOutput as PubPolicy;
    use aws_sdk_ecrpublic::types::Repository as PubRepo;
    use aws_sdk_ecrpublic::Client as Public;

    #[test]
    fn public_repositories_with_their_policy_findings() {
        let list = mock!(Public::describe_repositories).then_output(|| {
            PubList::builder()
                .repositories(
                    PubRepo::builder()
                        .repository_name("tool")
                        .registry_id("111122223333")
                        .repository_uri("public.ecr.aws/a1/tool")
                        .build(),
                )
                .build()
        });
        let policy = mock!(Public::get_repository_policy).then_output(|| {
            PubPolicy::builder()
                .policy_text(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr-public:PutImage"}]}"#)
                .build()
        });
        let report = run_mocked(&[], &[&list, &policy], &["audit", "--public"]).unwrap();
        let json = report.json();
        assert_eq!(json["repositories"][0]["public"], true);
        assert_eq!(
            json["repositories"][0]["findings"][0]["code"],
            "policy-public-write"
        );
        assert_eq!(
            json["repositories"][0]["findings"]
                .as_array()
                .unwrap()
                .len(),
            1
        );
        assert_eq!(json["summary"]["regions"], serde_json::json!(["us-east-1"]));
    }
}

#[test]
fn reads_that_no_selected_finding_needs_are_skipped() {
    let policy = mock!(Client::get_repository_policy).then_compute_response(|_| no_policy());
    let lifecycle = lifecycle_ok();
    let report = run_mocked(
        &[&repos(3), &policy, &lifecycle],
        &[],
        &["audit", "--only", "mutable-tags"],
    )
    .unwrap();
    assert_eq!(report.json()["summary"]["repositories"], 3);
    assert_eq!(policy.num_calls(), 0);
    assert_eq!(lifecycle.num_calls(), 0);
    run_mocked(
        &[&repos(3), &policy, &lifecycle],
        &[],
        &["audit", "--ignore", "no-lifecycle-policy"],
    )
    .unwrap();
    assert_eq!((policy.num_calls(), lifecycle.num_calls()), (3, 0));
}
