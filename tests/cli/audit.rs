//! `ecrctl audit` against a seeded fleet in the emulator: the exact findings per repository.

use std::collections::BTreeMap;

use predicates::prelude::*;
use serde_json::Value;

use crate::harness::*;

fn lifecycle(repo: &str) {
    block_on(async {
        api()
            .put_lifecycle_policy()
            .repository_name(repo)
            .lifecycle_policy_text(
                r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}"#,
            )
            .send()
            .await
            .unwrap();
    });
}

fn findings_by_repo(v: &Value) -> BTreeMap<String, Vec<String>> {
    v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let name = r["name"].as_str().unwrap();
            let short = name.rsplit('/').next().unwrap().to_string();
            let codes = finding_codes(r).into_iter().map(String::from).collect();
            (short, codes)
        })
        .collect()
}

#[test]
fn seeded_fleet_gives_exact_findings() {
    let fleet = unique("fleet");
    let kms = create_kms_key();
    let kms = kms.as_str();
    let good = ["--immutable", "--scan-on-push", "--kms-key", kms];
    let make = |name: &str, extra: &[&str]| {
        let full = format!("{fleet}/{name}");
        ecrctl()
            .args(["repo", "create", &full])
            .args(extra)
            .assert()
            .success();
        full
    };
    let mutable = make("mutable", &[]);
    let clean = make("clean", &good);
    lifecycle(&clean);
    let broad = make("broad", &[&good[..], &["--except", "v*"]].concat());
    lifecycle(&broad);
    let mostly = make(
        "mostly",
        &["--except", "release-*", "--scan-on-push", "--kms-key", kms],
    );
    lifecycle(&mostly);
    let open = make("open", &good);
    lifecycle(&open);
    let dir = tempfile::tempdir().unwrap();
    let open_policy = dir.path().join("open.json");
    std::fs::write(&open_policy, r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:PutImage"]}]}"#).unwrap();
    ecrctl()
        .args([
            "policy",
            "set",
            &open,
            "--file",
            open_policy.to_str().unwrap(),
            "--no-validate",
        ])
        .assert()
        .success();
    let named = make("named", &good);
    lifecycle(&named);
    ecrctl()
        .args([
            "policy",
            "set",
            &named,
            "--template",
            "pull-only",
            "--principal",
            "arn:aws:iam::123456789012:role/ci",
        ])
        .assert()
        .success();

    let v = json(ecrctl().args(["audit", &format!("{fleet}/*")]));
    let got = findings_by_repo(&v);
    let want: BTreeMap<String, Vec<String>> = [
        ("broad", vec!["broad-exclusion"]),
        ("clean", vec![]),
        ("mostly", vec!["mostly-mutable"]),
        (
            "mutable",
            vec![
                "mutable-tags",
                "no-lifecycle-policy",
                "scan-on-push-off",
                "aes256-encryption",
            ],
        ),
        ("named", vec![]),
        ("open", vec!["policy-public-write", "policy-public-read"]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(str::to_string).collect()))
    .collect();
    assert_eq!(got, want);
    let summary = &v["summary"];
    assert_eq!(summary["repositories"], 6);
    assert_eq!(summary["findings"]["high"], 2);
    assert_eq!(summary["findings"]["medium"], 3);
    assert_eq!(summary["regions"], serde_json::json!(["us-east-1"]));
    let mutable_repo = v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == mutable.as_str())
        .unwrap();
    assert_eq!(mutable_repo["tagMutability"], "MUTABLE");
    assert_eq!(mutable_repo["findings"][0]["severity"], "high");

    // --only / --ignore, and --fail-on.
    let only = json(ecrctl().args(["audit", &format!("{fleet}/*"), "--only", "mutable-tags"]));
    let total: usize = only["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["findings"].as_array().unwrap().len())
        .sum();
    assert_eq!(total, 1);
    let ignored = json(ecrctl().args([
        "audit",
        &format!("{fleet}/*"),
        "--ignore",
        "aes256-encryption",
    ]));
    assert_eq!(ignored["summary"]["findings"]["info"], 0);
    ecrctl()
        .args(["audit", &format!("{fleet}/*"), "--fail-on", "high"])
        .assert()
        .code(16);
    ecrctl()
        .args(["audit", &format!("{fleet}/clean"), "--fail-on", "low"])
        .assert()
        .success();
    ecrctl()
        .args(["audit", &format!("{fleet}/broad"), "--fail-on", "high"])
        .assert()
        .success();
    ecrctl()
        .args(["audit", &format!("{fleet}/broad"), "--fail-on", "medium"])
        .assert()
        .code(16);
    // A gate over nothing (a typo in the pattern) is a usage error like any other: no report
    // on stdout, the JSON error last on stderr.
    let e = json_failure(
        ecrctl().args(["audit", &format!("{fleet}/nope-*"), "--fail-on", "high"]),
        2,
    );
    assert_eq!(e["code"], "usage");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("no repository matches"),
        "{e}"
    );

    // Text: one finding a line; a summary on stderr; no progress bar without a terminal.
    let out = ecrctl()
        .args(["audit", &format!("{fleet}/mutable")])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(text.lines().count(), 4);
    assert!(text
        .lines()
        .next()
        .unwrap()
        .starts_with(&format!("high\tus-east-1\t{mutable}\tmutable-tags\t")));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("audited 1 repository in us-east-1 in"),
        "{err}"
    );
    assert!(
        !err.contains("auditing"),
        "no progress bar when stderr is not a terminal"
    );
}

#[test]
fn several_regions() {
    let name = unique("regional");
    ecrctl()
        .args(["--region", "eu-west-1", "repo", "create", &name])
        .assert()
        .success();
    let v = json(ecrctl().args([
        "audit",
        &name,
        "--region",
        "us-east-1",
        "--region",
        "eu-west-1",
    ]));
    let repos = v["repositories"].as_array().unwrap();
    assert_eq!(repos.len(), 1);
    assert_eq!(repos[0]["region"], "eu-west-1");
    assert_eq!(
        v["summary"]["regions"],
        serde_json::json!(["us-east-1", "eu-west-1"])
    );
}

#[test]
fn other_commands_take_one_region() {
    ecrctl()
        .args([
            "--region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "repo",
            "list",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only `audit`"));
}

mod mocked {
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

    /// No registry scanning rule covers anything.
    fn no_scanning_rules() -> aws_smithy_mocks::Rule {
        mock!(aws_sdk_ecr::Client::batch_get_repository_scanning_configuration).then_output(|| {
            aws_sdk_ecr::operation::batch_get_repository_scanning_configuration::BatchGetRepositoryScanningConfigurationOutput::builder().build()
        })
    }

    /// The registry has no scanning rules.
    fn no_registry_rules() -> aws_smithy_mocks::Rule {
        mock!(aws_sdk_ecr::Client::get_registry_scanning_configuration).then_output(|| {
            aws_sdk_ecr::operation::get_registry_scanning_configuration::GetRegistryScanningConfigurationOutput::builder().build()
        })
    }

    fn repos(n: usize) -> aws_smithy_mocks::Rule {
        mock!(Client::describe_repositories).then_output(move || {
            let mut out = DescribeRepositoriesOutput::builder();
            for i in 0..n {
                out = out.repositories(
                    Repository::builder()
                        .repository_name(format!("svc-{i:02}"))
                        .registry_id("111122223333")
                        .image_tag_mutability(ImageTagMutability::Immutable)
                        // As ECR answers: the scanning and encryption settings always come.
                        .image_scanning_configuration(
                            aws_sdk_ecr::types::ImageScanningConfiguration::builder()
                                .scan_on_push(false)
                                .build(),
                        )
                        .encryption_configuration(
                            aws_sdk_ecr::types::EncryptionConfiguration::builder()
                                .encryption_type(aws_sdk_ecr::types::EncryptionType::Aes256)
                                .build()
                                .unwrap(),
                        )
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

    /// `audit --scan-findings`: the tagged images' summaries (one listing per repository, the
    /// tagged filter sent), critical as a high finding, high-only as a medium one; untagged
    /// images are not judged.
    #[test]
    fn scan_findings_come_from_the_tagged_images_summaries() {
        use aws_sdk_ecr::operation::describe_images::DescribeImagesOutput;
        use aws_sdk_ecr::types::{FindingSeverity, ImageDetail, ImageScanFindingsSummary};
        let image = |digest: char, tags: &[&str], counts: &[(&str, i32)]| {
            let mut summary = ImageScanFindingsSummary::builder();
            for (s, n) in counts {
                summary = summary.finding_severity_counts(FindingSeverity::from(*s), *n);
            }
            ImageDetail::builder()
                .image_digest(format!("sha256:{}", digest.to_string().repeat(64)))
                .set_image_tags(Some(tags.iter().map(|t| t.to_string()).collect()))
                .image_scan_findings_summary(summary.build())
                .build()
        };
        let filters = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let f2 = filters.clone();
        let images = mock!(Client::describe_images).then_compute_output(move |req| {
            f2.lock().unwrap().push(
                req.filter()
                    .and_then(|f| f.tag_status())
                    .map(|t| t.as_str().to_string()),
            );
            match req.repository_name() {
                Some("svc-00") => DescribeImagesOutput::builder()
                    .image_details(image('a', &["v1"], &[("CRITICAL", 2), ("HIGH", 1)]))
                    .image_details(image('b', &["v0"], &[("LOW", 3)]))
                    .build(),
                _ => DescribeImagesOutput::builder()
                    .image_details(image('c', &["v2", "latest"], &[("HIGH", 4)]))
                    .image_details(image('d', &[], &[("CRITICAL", 9)]))
                    .build(),
            }
        });
        let report = run_mocked(
            &[&repos(2), &images],
            &[],
            &[
                "audit",
                "--scan-findings",
                "--only",
                "critical-scan-findings",
                "--only",
                "high-scan-findings",
                "--fail-on",
                "high",
            ],
        )
        .unwrap();
        assert_eq!(images.num_calls(), 2);
        assert!(filters
            .lock()
            .unwrap()
            .iter()
            .all(|f| f.as_deref() == Some("TAGGED")));
        let json = report.json();
        let found = |i: usize| -> Vec<(String, String, String)> {
            json["repositories"][i]["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    (
                        f["code"].as_str().unwrap().to_string(),
                        f["severity"].as_str().unwrap().to_string(),
                        f["message"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        };
        assert_eq!(
            found(0),
            [(
                "critical-scan-findings".to_string(),
                "high".to_string(),
                "1 tagged image(s) carry critical vulnerabilities in their last scan: v1 (2 critical)".to_string()
            )]
        );
        assert_eq!(found(1)[0].0, "high-scan-findings");
        assert_eq!(found(1)[0].1, "medium");
        assert!(
            found(1)[0].2.ends_with("v2, latest (4 high)"),
            "{:?}",
            found(1)
        );
        assert_eq!(found(1).len(), 1, "the untagged image is not judged");
        assert_eq!(report.exit, ecrctl::error::Exit::AuditFindings);
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
        let lifecycle = mock!(Client::get_lifecycle_policy).then_error(|| {
            GetLifecyclePolicyError::generic(meta("LifecyclePolicyNotFoundException"))
        });
        let report = run_mocked(
            &[
                &repos(3),
                &policy,
                &lifecycle,
                &no_scanning_rules(),
                &no_registry_rules(),
            ],
            &[],
            &["audit"],
        )
        .unwrap();
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
        let report = run_mocked(
            &[
                &list,
                &policy,
                &lifecycle_ok(),
                &no_scanning_rules(),
                &no_registry_rules(),
            ],
            &[],
            &["audit"],
        )
        .unwrap();
        assert_eq!(report.json()["summary"]["repositories"], 2);
        assert_eq!(list.num_calls(), 1);
    }

    #[test]
    fn the_aws_managed_key_fails_ecr_5() {
        use aws_sdk_ecr::types::{EncryptionConfiguration, EncryptionType};
        let list = mock!(Client::describe_repositories).then_output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(
                    Repository::builder()
                        .repository_name("svc")
                        .registry_id("111122223333")
                        .encryption_configuration(
                            EncryptionConfiguration::builder()
                                .encryption_type(EncryptionType::Kms)
                                .kms_key("arn:aws:kms:eu-west-1:111122223333:key/aws-managed")
                                .build()
                                .unwrap(),
                        )
                        .build(),
                )
                .build()
        });
        let key = mock!(aws_sdk_kms::Client::describe_key)
            .match_requests(|r| {
                r.key_id() == Some("arn:aws:kms:eu-west-1:111122223333:key/aws-managed")
            })
            .then_output(|| {
                aws_sdk_kms::operation::describe_key::DescribeKeyOutput::builder()
                    .key_metadata(
                        aws_sdk_kms::types::KeyMetadata::builder()
                            .key_id("aws-managed")
                            .key_manager(aws_sdk_kms::types::KeyManagerType::Aws)
                            .build()
                            .unwrap(),
                    )
                    .build()
            });
        let report = crate::mocks::run_mocked_with_kms(
            &[&list, &no_scanning_rules(), &no_registry_rules()],
            &[&key],
            &["audit", "--only", "ECR.5"],
        )
        .unwrap();
        let json = report.json();
        assert_eq!(
            json["repositories"][0]["findings"][0]["code"], "kms-aws-managed",
            "{json}"
        );
        assert!(json["repositories"][0]["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("aws/ecr (arn:aws:kms:eu-west-1:111122223333:key/aws-managed)"));
        assert_eq!(key.num_calls(), 1);
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
            let tagged = mock!(Public::list_tags_for_resource).then_output(|| {
                aws_sdk_ecrpublic::operation::list_tags_for_resource::ListTagsForResourceOutput::builder()
                    .tags(aws_sdk_ecrpublic::types::Tag::builder().key("team").value("tools").build())
                    .build()
            });
            let report =
                run_mocked(&[], &[&list, &policy, &tagged], &["audit", "--public"]).unwrap();
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
            // ECR.4 as Security Hub checks it without required keys: at least one tag.
            let untagged = mock!(Public::list_tags_for_resource).then_output(|| {
                aws_sdk_ecrpublic::operation::list_tags_for_resource::ListTagsForResourceOutput::builder().build()
            });
            let report = run_mocked(
                &[],
                &[&list, &policy, &untagged],
                &["audit", "--public", "--only", "ECR.4", "--fail-on", "low"],
            )
            .unwrap();
            let json = report.json();
            assert_eq!(
                json["repositories"][0]["findings"][0]["message"],
                "the public repository has no tags",
                "{json}"
            );
            assert_eq!(policy.num_calls(), 1, "no policy read for ECR.4 alone");
        }
    }

    #[test]
    fn reads_that_no_selected_finding_needs_are_skipped() {
        let policy = mock!(Client::get_repository_policy).then_compute_response(|_| no_policy());
        let lifecycle = lifecycle_ok();
        let report = run_mocked(
            &[
                &repos(3),
                &policy,
                &lifecycle,
                &no_scanning_rules(),
                &no_registry_rules(),
            ],
            &[],
            &["audit", "--only", "mutable-tags"],
        )
        .unwrap();
        assert_eq!(report.json()["summary"]["repositories"], 3);
        assert_eq!(policy.num_calls(), 0);
        assert_eq!(lifecycle.num_calls(), 0);
        run_mocked(
            &[
                &repos(3),
                &policy,
                &lifecycle,
                &no_scanning_rules(),
                &no_registry_rules(),
            ],
            &[],
            &[
                "audit",
                "--ignore",
                "no-lifecycle-policy",
                "--ignore",
                "lifecycle-*",
            ],
        )
        .unwrap();
        assert_eq!((policy.num_calls(), lifecycle.num_calls()), (3, 0));
        // The lifecycle lint findings need the lifecycle policy read.
        run_mocked(
            &[
                &repos(3),
                &policy,
                &lifecycle,
                &no_scanning_rules(),
                &no_registry_rules(),
            ],
            &[],
            &["audit", "--ignore", "no-lifecycle-policy"],
        )
        .unwrap();
        assert_eq!(lifecycle.num_calls(), 3);
    }
}

#[test]
fn the_fix_script_fixes_what_the_audit_found() {
    let repo = create_repo("fixme", &[]);
    let out = ecrctl()
        .args(["audit", &repo, "--fix-script"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let script = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(script.starts_with("#!/usr/bin/env bash\n"), "{script}");
    assert!(script.contains("set -euo pipefail"));
    let uri = format!("123456789012.dkr.ecr.us-east-1.amazonaws.com/{repo}");
    assert!(
        script.contains(&format!(
            "\nchange 123456789012 us-east-1 {uri} repo immutable {uri}\n"
        )),
        "{script}"
    );
    assert!(
        script.contains("# info aes256-encryption [ECR.5]"),
        "{script}"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fix.sh");
    std::fs::write(&file, &script).unwrap();
    // A dry run prints each command and runs none: a stand-in ecrctl on PATH that records
    // every call sees nothing.
    let standin = dir.path().join("bin");
    std::fs::create_dir(&standin).unwrap();
    let calls = dir.path().join("calls.log");
    write_script(
        &standin.join("ecrctl"),
        &format!("echo \"$*\" >> {}", calls.display()),
    );
    let bash = |args: &[&str], env: &[(&str, &str)], path: &std::path::Path| {
        std::process::Command::new("bash")
            .arg(&file)
            .args(args)
            .env("PATH", path_with(path))
            .envs(DUMMY_AWS_ENV)
            .envs(env.iter().copied())
            .env("AWS_ENDPOINT_URL", &moto().endpoint)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    let planned = [
        format!("ecrctl repo immutable {uri}"),
        format!("ecrctl lifecycle set {uri} --template expire-untagged"),
        format!("ecrctl repo update {uri} --scan-on-push"),
    ];
    for (args, env) in [
        (&["--dry-run"][..], &[][..]),
        (&[][..], &[("DRY_RUN", "1")][..]),
        // A wrapper that always names the account works for one account too.
        (&["--dry-run", "123456789012"][..], &[][..]),
    ] {
        let out = bash(args, env, &standin);
        assert!(out.status.success(), "{}", stderr_of(&out));
        let printed: Vec<String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect();
        assert_eq!(printed, planned, "{args:?} {env:?}");
        assert!(!calls.exists(), "a dry run ran ecrctl");
    }
    // For real, through the stand-in: each change is said (repository, account, region)
    // before it runs, in order.
    let out = bash(&[], &[], &standin);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let said = stderr_of(&out);
    assert!(
        said.contains(&format!(
            "changing {uri} (account 123456789012, us-east-1): ecrctl repo immutable {uri}\n"
        )),
        "{said}"
    );
    let ran: Vec<String> = std::fs::read_to_string(&calls)
        .unwrap()
        .lines()
        .map(|l| format!("ecrctl {l}"))
        .collect();
    assert_eq!(ran, planned);
    assert_eq!(bash(&["extra"], &[], &standin).status.code(), Some(2));
    assert_eq!(
        bash(&["--dry-run", "999999999999"], &[], &standin)
            .status
            .code(),
        Some(2),
        "another account is refused"
    );
    // Run it as written (the real ecrctl on PATH, the emulator's environment, no terminal).
    let bin = assert_cmd::cargo::cargo_bin("ecrctl");
    let run = bash(&[], &[], bin.parent().unwrap());
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // What the script fixed is gone; ECR.5 (encryption) has no command and stays.
    let v = json(ecrctl().args(["audit", &repo]));
    let codes = finding_codes(&v["repositories"][0]);
    assert_eq!(codes, ["aes256-encryption"], "{v}");
    // The gate and the CI reports still work with --fix-script.
    let report = dir.path().join("cq.json");
    let gated = create_repo("fixgate", &[]);
    let out = ecrctl()
        .args(["audit", &gated, "--fix-script", "--fail-on", "high"])
        .arg("--codequality")
        .arg(&report)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(16), "{}", stderr_of(&out));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("#!/usr/bin/env bash\n"));
    assert!(std::fs::read_to_string(&report)
        .unwrap()
        .contains("aes256-encryption"));
    // --fail-on info gates on everything, ECR.5's info findings included.
    let out = ecrctl()
        .args(["audit", &repo, "--only", "ECR.5", "--fail-on", "info"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(16), "{}", stderr_of(&out));
    // A selection that leaves nothing is said.
    let out = ecrctl()
        .args([
            "audit",
            &repo,
            "--only",
            "mutable-tags",
            "--ignore",
            "ECR.2",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_stderr_has(&out, "warning: --only / --ignore leave no finding code; it can report only accounts it could not read");
    // Control ids select findings, in any case.
    let v = json(ecrctl().args(["audit", &repo, "--only", "ecr.5"]));
    assert_eq!(
        v["repositories"][0]["findings"][0]["controls"],
        serde_json::json!(["ECR.5"])
    );
}

#[test]
fn ecr_1_is_judged_by_the_effective_scanning_not_the_flag() {
    // Registry rules are account-wide: an emulator of its own.
    let own = start_moto();
    let client = api_at(&own.endpoint);
    let create = |name: &str, scan_on_push: bool| {
        block_on(
            client
                .create_repository()
                .repository_name(name)
                .image_scanning_configuration(
                    aws_sdk_ecr::types::ImageScanningConfiguration::builder()
                        .scan_on_push(scan_on_push)
                        .build(),
                )
                .send(),
        )
        .unwrap();
    };
    // Before any registry rule, the repository's own flag is what ECR applies.
    create("prod-api", false);
    create("dev-api", true);
    let audit = || {
        let out = ecrctl_at(&own.endpoint)
            .args(["audit", "--only", "ECR.1"])
            .args(["-o", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    let flagged = |v: &Value| -> Vec<(String, String)> {
        v["repositories"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| {
                r["findings"].as_array().unwrap().iter().map(move |f| {
                    (
                        r["name"].as_str().unwrap().to_string(),
                        f["message"].as_str().unwrap().to_string(),
                    )
                })
            })
            .collect()
    };
    let before = flagged(&audit());
    assert_eq!(before.len(), 1, "{before:?}");
    assert_eq!(before[0].0, "prod-api");
    assert!(
        before[0].1.contains("the registry has no scanning rules"),
        "{before:?}"
    );
    // A scan-on-push rule for prod-*: prod-api (flag off) is scanned; dev-api (flag on, no
    // rule matches) is set to manual scanning by ECR, and fails.
    put_scan_on_push_rule(&client, "prod-*");
    let v = audit();
    let after = flagged(&v);
    assert_eq!(after.len(), 1, "{v}");
    assert_eq!(after[0].0, "dev-api");
    assert!(
        after[0].1.contains("scan on push is on for the repository, but the registry has scanning rules and none matches it"),
        "{after:?}"
    );
    let finding = v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "dev-api")
        .unwrap()["findings"][0]
        .clone();
    assert_eq!(finding["fix"], Value::Null, "{finding}");
    assert!(
        finding["fixNote"]
            .as_str()
            .unwrap()
            .contains("registry scanning rules decide"),
        "{finding}"
    );
}

#[test]
fn unreadable_effective_scanning_falls_back_to_the_flag_and_says_so() {
    let ecr = crate::fake_ecr::fake_service(|r| {
        match r.operation.as_str() {
        "DescribeRepositories" => (
            200,
            r#"{"repositories":[{"repositoryName":"on","registryId":"123456789012","repositoryUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/on","imageTagMutability":"IMMUTABLE","imageScanningConfiguration":{"scanOnPush":true}},{"repositoryName":"off","registryId":"123456789012","repositoryUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/off","imageTagMutability":"IMMUTABLE","imageScanningConfiguration":{"scanOnPush":false}}]}"#.to_string(),
        ),
        _ => crate::fake_ecr::error(400, "AccessDeniedException", "not allowed"),
    }
    });
    let out = ecrctl_at(&ecr.url)
        .args(["audit", "--only", "ECR.1", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings: Vec<(&str, &str)> = v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| {
            r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |f| (r["name"].as_str().unwrap(), f["message"].as_str().unwrap()))
        })
        .collect();
    assert_eq!(findings.len(), 1, "{v}");
    assert_eq!(findings[0].0, "off");
    assert!(
        findings[0].1.contains("judged by the repository's own flag: its effective scanning could not be read: access denied (ecr:BatchGetRepositoryScanningConfiguration)"),
        "{findings:?}"
    );
    assert!(
        stderr_of(&out).contains("warning: the effective scanning of repositories in us-east-1 could not be read (access denied (ecr:BatchGetRepositoryScanningConfiguration)): ECR.1 is judged by each repository's own scan-on-push setting"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_one_account_audit_names_its_account_even_with_no_repository() {
    // A region no test creates repositories in.
    let v = json(ecrctl().args(["audit", "--region", "ca-central-1"]));
    assert_eq!(v["summary"]["repositories"], 0, "{v}");
    let accounts = v["summary"]["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 1, "{v}");
    assert_eq!(accounts[0]["account"], "123456789012", "{v}");
    assert_eq!(accounts[0]["audited"], true, "{v}");
    // And with repositories: the listing names it.
    let repo = create_repo("named", &["--immutable"]);
    let v = json(ecrctl().args(["audit", &repo]));
    assert_eq!(
        v["summary"]["accounts"][0]["account"], "123456789012",
        "{v}"
    );
}

/// What a fake KMS answers DescribeKey: the key, managed by `manager`.
pub fn describe_key_answer(key: &str, manager: &str) -> (u16, String) {
    (
        200,
        format!(
            r#"{{"KeyMetadata":{{"KeyId":"{key}","Arn":"{key}","KeyManager":"{manager}","KeyState":"Enabled"}}}}"#
        ),
    )
}

#[test]
fn ecr_5_asks_kms_who_manages_each_key() {
    // A customer managed key in the emulator's KMS; a key ARN KMS does not know.
    let key = create_kms_key();
    let prefix = unique("keys");
    let unknown = "arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000";
    for (name, k) in [("cmk", key.as_str()), ("gone", unknown)] {
        ecrctl()
            .args([
                "repo",
                "create",
                &format!("{prefix}/{name}"),
                "--kms-key",
                k,
            ])
            .assert()
            .success();
    }
    let glob = format!("{prefix}/*");
    let v = json(
        ecrctl()
            .env("AWS_ENDPOINT_URL_KMS", &moto().endpoint)
            .args(["audit", &glob, "--only", "ECR.5"]),
    );
    let got = findings_by_repo(&v);
    assert_eq!(got["cmk"], Vec::<String>::new(), "{v}");
    assert_eq!(got["gone"], ["kms-key-unreadable"], "{v}");
    let gone = &v["repositories"][1]["findings"][0];
    assert!(
        gone["message"].as_str().unwrap().contains(&format!(
            "KMS key {unknown} could not be described, so whether it is customer managed is unknown: DescribeKey: NotFoundException"
        )),
        "{gone}"
    );
    assert_eq!(gone["controls"], serde_json::json!(["ECR.5"]), "{gone}");

    // The AWS managed key (a plain key ARN in ECR's answer), and access denied, through a
    // KMS of our own; each distinct key is described once.
    let aws_key = "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555";
    let prefix = unique("keys");
    for (name, k) in [("a", aws_key), ("b", aws_key), ("c", unknown)] {
        ecrctl()
            .args([
                "repo",
                "create",
                &format!("{prefix}/{name}"),
                "--kms-key",
                k,
            ])
            .assert()
            .success();
    }
    let kms = crate::fake_ecr::fake_service(move |r| {
        assert_eq!(r.operation, "DescribeKey", "{}", r.body);
        if r.body.contains(aws_key) {
            describe_key_answer(aws_key, "AWS")
        } else {
            crate::fake_ecr::error(
                400,
                "AccessDeniedException",
                "not authorized to perform: kms:DescribeKey",
            )
        }
    });
    let out = ecrctl()
        .env("AWS_ENDPOINT_URL_KMS", &kms.url)
        .args([
            "audit",
            &format!("{prefix}/*"),
            "--only",
            "ECR.5",
            "-o",
            "json",
            "-v",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let got = findings_by_repo(&v);
    assert_eq!(got["a"], ["kms-aws-managed"], "{v}");
    assert_eq!(got["b"], ["kms-aws-managed"], "{v}");
    assert_eq!(got["c"], ["kms-key-unreadable"], "{v}");
    assert!(
        v["repositories"][2]["findings"][0]["message"]
            .as_str()
            .unwrap()
            .ends_with("is customer managed is unknown: access denied (kms:DescribeKey)"),
        "{v}"
    );
    assert_eq!(kms.hits(), 2, "one DescribeKey per distinct key");
    assert_eq!(
        stderr_of(&out)
            .matches("call KMS DescribeKey in us-east-1")
            .count(),
        2,
        "{}",
        stderr_of(&out)
    );
    // KMS out of reach: each key unknown, and said once, with where KMS calls go.
    let out = ecrctl()
        .env("AWS_ENDPOINT_URL_KMS", DEAD_ENDPOINT)
        .env("AWS_MAX_ATTEMPTS", "1")
        .args(["audit", &format!("{prefix}/*"), "--only", "ECR.5"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let said = stderr_of(&out);
    assert_eq!(
        said.matches("warning: KMS could not be reached to describe 2 keys")
            .count(),
        1,
        "{said}"
    );
    assert!(
        said.contains(
            "KMS calls go to AWS_ENDPOINT_URL_KMS or AWS_ENDPOINT_URL, never to --endpoint-url"
        ),
        "{said}"
    );
}

#[test]
fn security_hubs_reading_gates_what_an_auditor_gates() {
    let key = create_kms_key();
    let prefix = unique("hub");
    let excepted = format!("{prefix}/excepted");
    let unscanned = format!("{prefix}/unscanned");
    ecrctl()
        .args([
            "repo",
            "create",
            &excepted,
            "--immutable",
            "--except",
            "latest",
        ])
        .args(["--scan-on-push", "--kms-key", &key])
        .assert()
        .success();
    lifecycle(&excepted);
    ecrctl()
        .args([
            "repo",
            "create",
            &unscanned,
            "--immutable",
            "--kms-key",
            &key,
        ])
        .assert()
        .success();
    lifecycle(&unscanned);
    let run =
        |repo: &str, extra: &[&str]| ecrctl().args(["audit", repo]).args(extra).output().unwrap();
    // ecrctl's reading: an exclusion for latest is fine, scan on push off is low.
    let v = json(ecrctl().args(["audit", &format!("{prefix}/*")]));
    assert_eq!(
        findings_by_repo(&v)["unscanned"],
        ["scan-on-push-off"],
        "{v}"
    );
    assert!(findings_by_repo(&v)["excepted"].is_empty(), "{v}");
    assert_eq!(
        run(&unscanned, &["--fail-on", "high"]).status.code(),
        Some(0)
    );
    // Security Hub's: ECR.1 is high, ECR.2 passes only IMMUTABLE (medium).
    let v = json(ecrctl().args(["audit", &format!("{prefix}/*"), "--controls", "securityhub"]));
    assert_eq!(v["summary"]["controls"], "securityhub", "{v}");
    let found: Vec<(String, String)> = v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["findings"].as_array().unwrap().clone())
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("immutable-with-exclusion".to_string(), "medium".to_string()),
            ("scan-on-push-off".to_string(), "high".to_string())
        ],
        "{v}"
    );
    let hub = ["--controls", "securityhub", "--fail-on", "high"];
    let out = run(&unscanned, &hub);
    assert_eq!(out.status.code(), Some(16), "{}", stderr_of(&out));
    assert_stderr_has(&out, ", as Security Hub reads the controls, in ");
    assert_eq!(run(&excepted, &hub).status.code(), Some(0));
    let out = run(
        &excepted,
        &["--controls", "securityhub", "--fail-on", "medium"],
    );
    assert_eq!(out.status.code(), Some(16), "{}", stderr_of(&out));
}

#[test]
fn a_selection_that_can_never_find_anything_is_said() {
    // Without --fail-on: a warning, and the audit runs.
    let repo = create_repo("nothing", &[]);
    let out = ecrctl()
        .args(["audit", &repo, "--only", "ECR.4"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_stderr_has(&out, "warning: --only / --ignore keep only findings this audit cannot make: ECR.4 (public-untagged) checks public repositories (add --public); it can report only accounts it could not read");
    // With --fail-on that gate could never fail: a usage error before any call.
    let cases: &[(&[&str], &str)] = &[
        (
            &["--only", "ECR.4", "--fail-on", "low"],
            "error: --only / --ignore keep only findings this audit cannot make: ECR.4 (public-untagged) checks public repositories (add --public), so --fail-on could never fail",
        ),
        (
            &["--only", "policy-*", "--controls", "securityhub", "--fail-on", "high"],
            "--controls securityhub checks the five ECR controls only",
        ),
        (
            &["--only", "kms-key-not-allowed", "--fail-on", "medium"],
            "kms-key-not-allowed needs --kms-key-arn",
        ),
        (
            &["--only", "critical-scan-findings", "--fail-on", "high"],
            "critical-scan-findings and high-scan-findings need --scan-findings",
        ),
        (
            &["--only", "mutable-tags", "--ignore", "ECR.2", "--fail-on", "high"],
            "--only / --ignore leave no finding code, so --fail-on could never fail",
        ),
        (&["--only", "ECR2"], "did you mean 'ECR.2'?"),
        (&["--ignore", "ecr-5"], "did you mean 'ECR.5'?"),
    ];
    for (args, said) in cases {
        assert_usage_error(&[&["audit"], *args].concat(), said);
    }
}

#[test]
fn the_evidence_matrix_has_a_row_per_repository_and_a_cell_per_control() {
    let key = create_kms_key();
    let prefix = unique("matrix");
    let (good, bad) = (format!("{prefix}/good"), format!("{prefix}/bad"));
    ecrctl()
        .args([
            "repo",
            "create",
            &good,
            "--immutable",
            "--scan-on-push",
            "--kms-key",
            &key,
        ])
        .assert()
        .success();
    lifecycle(&good);
    ecrctl().args(["repo", "create", &bad]).assert().success();
    let glob = format!("{prefix}/*");
    let host = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    let out = ecrctl()
        .args(["audit", &glob, "--matrix", "csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "account,region,repository,uri,ECR.1,ECR.1 reason,ECR.2,ECR.2 reason,ECR.3,ECR.3 reason,ECR.4,ECR.4 reason,ECR.5,ECR.5 reason"
    );
    assert_eq!(lines.len(), 3, "{csv}");
    // Rows in name order: bad, then good. A reason with a comma is quoted.
    assert_eq!(
        lines[1],
        format!(
            "123456789012,us-east-1,{bad},{host}/{bad},FAIL,scan on push is off and the registry has no scanning rules,FAIL,tags are mutable: any push can move any tag,FAIL,no lifecycle policy: old and untagged images are never expired,NOT_APPLICABLE,ECR.4 is about public repositories,FAIL,\"encrypted with AES256, not a customer managed KMS key\""
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "123456789012,us-east-1,{good},{host}/{good},PASS,scanned on push (the repository's own setting; the registry has no scanning rules),PASS,tags are immutable,PASS,a lifecycle policy is set,NOT_APPLICABLE,ECR.4 is about public repositories,PASS,encrypted with customer managed KMS key {key}"
        )
    );

    // JSON, the columns --only asks about, and UNKNOWN where the data could not be read.
    let kms = crate::fake_ecr::fake_service(|_| {
        crate::fake_ecr::error(400, "AccessDeniedException", "no")
    });
    let out = ecrctl()
        .env("AWS_ENDPOINT_URL_KMS", &kms.url)
        .args([
            "audit", &glob, "--matrix", "json", "--only", "ECR.5", "--only", "ECR.2",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["controls"], "ecrctl", "{v}");
    assert_eq!(v["columns"], serde_json::json!(["ECR.2", "ECR.5"]), "{v}");
    let good_row = &v["rows"][1];
    assert_eq!(good_row["repository"], good.as_str(), "{v}");
    assert_eq!(good_row["uri"], format!("{host}/{good}"), "{v}");
    assert_eq!(good_row["account"], "123456789012", "{v}");
    assert_eq!(good_row["controls"]["ECR.2"]["status"], "PASS", "{v}");
    assert_eq!(good_row["controls"]["ECR.5"]["status"], "UNKNOWN", "{v}");
    assert!(
        good_row["controls"]["ECR.5"]["reason"]
            .as_str()
            .unwrap()
            .ends_with("access denied (kms:DescribeKey)"),
        "{v}"
    );
    // Security Hub's reading of the same repository's exclusion filters.
    let excepted = format!("{prefix}/excepted");
    ecrctl()
        .args([
            "repo",
            "create",
            &excepted,
            "--immutable",
            "--except",
            "latest",
        ])
        .assert()
        .success();
    let cell = |reading: &str| {
        let v = json(ecrctl().args([
            "audit",
            &excepted,
            "--matrix",
            "json",
            "--only",
            "ECR.2",
            "--controls",
            reading,
        ]));
        v["rows"][0]["controls"]["ECR.2"]["status"].clone()
    };
    assert_eq!(cell("ecrctl"), "PASS");
    assert_eq!(cell("securityhub"), "FAIL");
}

#[test]
fn a_gate_over_a_pattern_that_matches_nothing_is_a_usage_error() {
    // A typo in the pattern must not make a CI gate pass.
    let out = ecrctl()
        .args(["audit", "no-such-team-xyz/*", "--fail-on", "high"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    assert_stderr_has(&out, "so --fail-on could never fail");
    // Without a gate it stays a warning.
    let out = ecrctl()
        .args(["audit", "no-such-team-xyz/*"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    // An allowed key must be a whole key ARN, as ECR reports it.
    let out = ecrctl()
        .args(["audit", "--kms-key-arn", "alias/foo"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "is not a KMS key ARN");
}

/// A fake ECR for the audit's throttling: 8 repositories, no lifecycle policies, no scanning
/// rules; `policy(name, n)` answers the n-th GetRepositoryPolicy of a repository (from 0).
fn throttling_ecr(
    policy: impl Fn(&str, usize) -> (u16, String) + Send + Sync + 'static,
) -> crate::fake_ecr::FakeEcr {
    use std::sync::Mutex;
    let asked: Mutex<BTreeMap<String, usize>> = Mutex::default();
    crate::fake_ecr::fake_service(move |r| match r.operation.as_str() {
        "DescribeRepositories" => {
            let listing: Vec<String> = (0..8)
                .map(|i| {
                    format!(
                        r#"{{"repositoryName":"svc-{i}","registryId":"123456789012","repositoryArn":"arn:aws:ecr:{0}:123456789012:repository/svc-{i}","repositoryUri":"123456789012.dkr.ecr.{0}.amazonaws.com/svc-{i}","imageTagMutability":"IMMUTABLE","imageScanningConfiguration":{{"scanOnPush":true}},"encryptionConfiguration":{{"encryptionType":"AES256"}}}}"#,
                        r.region
                    )
                })
                .collect();
            (
                200,
                format!(r#"{{"repositories":[{}]}}"#, listing.join(",")),
            )
        }
        "BatchGetRepositoryScanningConfiguration" => (
            200,
            r#"{"scanningConfigurations":[],"failures":[]}"#.to_string(),
        ),
        "GetLifecyclePolicy" => {
            crate::fake_ecr::error(400, "LifecyclePolicyNotFoundException", "none")
        }
        "GetRepositoryPolicy" => {
            let body: Value = serde_json::from_str(&r.body).unwrap();
            let name = body["repositoryName"].as_str().unwrap().to_string();
            let n = {
                let mut asked = asked.lock().unwrap();
                let n = asked.entry(name.clone()).or_default();
                *n += 1;
                *n - 1
            };
            policy(&name, n)
        }
        other => crate::fake_ecr::error(400, "UnsupportedOperation", other),
    })
}

#[test]
fn throttling_slows_down_and_still_finishes() {
    // Four repositories' first two policy reads are throttled: the SDK's retries (3 attempts)
    // read them, and the throttling lowers the concurrency.
    let ecr = throttling_ecr(|name, n| {
        if n < 2 && ["svc-0", "svc-2", "svc-4", "svc-6"].contains(&name) {
            crate::fake_ecr::error(400, "ThrottlingException", "Rate exceeded")
        } else {
            crate::fake_ecr::error(400, "RepositoryPolicyNotFoundException", "none")
        }
    });
    let out = bare_ecrctl()
        .args(["--endpoint-url", &ecr.url, "--region", "eu-west-1"])
        .args(["audit", "--concurrency", "4", "-o", "json"])
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert!(out.status.success(), "{stderr}");
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
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
        stderr.contains("(ECR throttled: concurrency lowered to "),
        "{stderr}"
    );
}

#[test]
fn a_throttled_read_is_attempted_the_configured_times_only() {
    // ECR throttles every policy read: the SDK's attempts are all there are (no loop of
    // ecrctl's own around them), and the repositories are reported unreadable.
    for (max_attempts, attempts) in [(None, 3), (Some("2"), 2)] {
        let reads = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = reads.clone();
        let ecr = throttling_ecr(move |_, _| {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            crate::fake_ecr::error(400, "ThrottlingException", "Rate exceeded")
        });
        let mut cmd = bare_ecrctl();
        if let Some(n) = max_attempts {
            cmd.env("AWS_MAX_ATTEMPTS", n);
        }
        let out = cmd
            .args(["--endpoint-url", &ecr.url, "--region", "eu-west-1"])
            .args(["audit", "--concurrency", "8", "-o", "json"])
            .output()
            .unwrap();
        let json: Value = serde_json::from_slice(&out.stdout).unwrap();
        let why: Vec<&str> = json["repositories"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| r["findings"].as_array().unwrap().iter())
            .filter(|f| f["code"] == "unreadable")
            .map(|f| f["message"].as_str().unwrap())
            .collect();
        assert_eq!(why.len(), 8, "{json}");
        assert!(
            why.iter()
                .all(|m| m.contains("repository policy: still throttled after backing off")),
            "{why:?}"
        );
        assert_eq!(
            reads.load(std::sync::atomic::Ordering::SeqCst),
            8 * attempts,
            "GetRepositoryPolicy attempts with AWS_MAX_ATTEMPTS {max_attempts:?}"
        );
        assert_eq!(out.status.code(), Some(5), "{}", stderr_of(&out));
    }
}

/// `audit --scan-findings` against the emulator: its DescribeImages carries no scan summary
/// (moto 5.2.1, even after a scan with configured findings: checked), so a scanned image is
/// no finding and nothing is unreadable; the summaries themselves are tested with mocks.
#[test]
fn scan_findings_read_the_listing_and_find_nothing_the_emulator_does_not_say() {
    let repo = create_repo("audit-scanfind", &[]);
    put_image(&repo, "v1", 77).unwrap();
    let out = ecrctl()
        .args([
            "audit",
            &repo,
            "--scan-findings",
            "--only",
            "critical-scan-findings",
        ])
        .args([
            "--only",
            "high-scan-findings",
            "--fail-on",
            "medium",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["repositories"][0]["findings"],
        serde_json::json!([]),
        "{v}"
    );
}
