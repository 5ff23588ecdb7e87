//! `ecrctl repo …` against the emulator, checked through a second ECR API client.

use aws_sdk_ecr::types::ImageTagMutability;
use predicates::prelude::*;
use serde_json::Value;

use crate::harness::*;

fn filters_of(repo: &aws_sdk_ecr::types::Repository) -> Vec<String> {
    repo.image_tag_mutability_exclusion_filters()
        .iter()
        .map(|f| f.filter().to_string())
        .collect()
}

#[test]
fn create_defaults_to_mutable_aes256_and_prints_the_uri() {
    let name = unique("create-default");
    let out = ecrctl().args(["repo", "create", &name]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let uri = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(
        uri.trim(),
        format!("123456789012.dkr.ecr.us-east-1.amazonaws.com/{name}")
    );
    assert!(stderr_of(&out).contains(&format!("created private repository {name}")));
    let repo = describe(&name);
    assert_eq!(
        repo.image_tag_mutability(),
        Some(&ImageTagMutability::Mutable)
    );
    assert!(!repo.image_scanning_configuration().unwrap().scan_on_push());
    assert_eq!(
        repo.encryption_configuration()
            .unwrap()
            .encryption_type()
            .as_str(),
        "AES256"
    );
}

#[test]
fn create_json_has_the_documented_fields() {
    let name = unique("create-json");
    let v = json(ecrctl().args(["repo", "create", &name, "--immutable"]));
    assert_eq!(v["name"], name.as_str());
    assert_eq!(v["public"], false);
    assert_eq!(v["created"], true);
    assert_eq!(v["tagMutability"], "IMMUTABLE");
    assert_eq!(v["exclusionFilters"], serde_json::json!([]));
    assert_eq!(v["scanOnPush"], false);
    assert_eq!(v["encryption"], "AES256");
    assert_eq!(v["registryId"], "123456789012");
    assert!(v["arn"]
        .as_str()
        .unwrap()
        .ends_with(&format!(":repository/{name}")));
    assert!(v["uri"].as_str().unwrap().ends_with(&name));
    // RFC 3339
    let created = v["createdAt"].as_str().unwrap();
    assert!(created.len() >= 20 && created.as_bytes()[10] == b'T' && created.ends_with('Z'));
}

#[test]
fn create_in_each_mutability_mode() {
    let cases: [(&[&str], ImageTagMutability, Vec<&str>); 4] = [
        (&[], ImageTagMutability::Mutable, vec![]),
        (&["--immutable"], ImageTagMutability::Immutable, vec![]),
        (
            &["--immutable", "--except", "latest", "--except", "dev-*"],
            ImageTagMutability::ImmutableWithExclusion,
            vec!["latest", "dev-*"],
        ),
        (
            &["--except", "release-*"],
            ImageTagMutability::MutableWithExclusion,
            vec!["release-*"],
        ),
    ];
    for (args, mode, filters) in cases {
        let name = create_repo("create-mode", args);
        let repo = describe(&name);
        assert_eq!(repo.image_tag_mutability(), Some(&mode), "{args:?}");
        assert_eq!(filters_of(&repo), filters, "{args:?}");
    }
}

#[test]
fn create_with_scanning_kms_and_tags() {
    let key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    let name = create_repo(
        "create-opts",
        &[
            "--scan-on-push",
            "--kms-key",
            key,
            "--tag",
            "team=a",
            "--tag",
            "env=prod",
        ],
    );
    let repo = describe(&name);
    assert!(repo.image_scanning_configuration().unwrap().scan_on_push());
    let enc = repo.encryption_configuration().unwrap();
    assert_eq!(enc.encryption_type().as_str(), "KMS");
    assert_eq!(enc.kms_key(), Some(key));
    let tags = block_on(async {
        api()
            .list_tags_for_resource()
            .resource_arn(repo.repository_arn().unwrap())
            .send()
            .await
            .unwrap()
    });
    let mut pairs: Vec<(String, String)> = tags
        .tags()
        .iter()
        .map(|t| (t.key().to_string(), t.value().to_string()))
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        vec![("env".into(), "prod".into()), ("team".into(), "a".into())]
    );
    // `repo show` reports them too.
    let v = json(ecrctl().args(["repo", "show", &name]));
    assert_eq!(v["tags"]["team"], "a");
    assert_eq!(v["kmsKey"], key);
    assert_eq!(v["scanOnPush"], true);
}

#[test]
fn create_existing_is_a_conflict_unless_if_not_exists() {
    let name = create_repo("create-twice", &["--immutable"]);
    ecrctl()
        .args(["repo", "create", &name, "--immutable"])
        .assert()
        .code(7)
        .stderr(
            predicate::str::contains("RepositoryAlreadyExistsException")
                .and(predicate::str::contains(
                    "ecrctl: error: creating repository",
                ))
                .and(predicate::str::contains("--if-not-exists")),
        );
    let v = json(ecrctl().args(["repo", "create", &name, "--immutable", "--if-not-exists"]));
    assert_eq!(v["created"], false);
    assert_eq!(v["tagMutability"], "IMMUTABLE");
    // Asking for nothing in particular says nothing about the settings.
    ecrctl()
        .args(["repo", "create", &name, "--if-not-exists"])
        .assert()
        .success()
        .stderr(predicate::str::contains("warning").not());
    // Asking for other settings names each difference, and changes nothing.
    ecrctl()
        .args([
            "repo",
            "create",
            &name,
            "--if-not-exists",
            "--except",
            "dev-*",
            "--scan-on-push",
            "--tag",
            "team=a",
        ])
        .assert()
        .success()
        .stderr(
            predicate::str::contains(format!(
                "warning: {name} exists with tags immutable, not mutable (except dev-*) as requested"
            ))
            .and(predicate::str::contains("scan on push off, not on as requested (change it with `ecrctl repo update "))
            .and(predicate::str::contains("without tag team=a as requested")),
        );
    assert_eq!(
        describe(&name).image_tag_mutability(),
        Some(&ImageTagMutability::Immutable)
    );
}

#[test]
fn show_in_every_format() {
    let name = create_repo("show", &["--immutable", "--except", "latest"]);
    let v = json(ecrctl().args(["repo", "show", &name]));
    assert_eq!(v["tagMutability"], "IMMUTABLE_WITH_EXCLUSION");
    assert_eq!(v["exclusionFilters"], serde_json::json!(["latest"]));

    let out = ecrctl()
        .args(["repo", "show", &name, "--output", "table"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("tag mutability  immutable (except latest)"),
        "{table}"
    );

    let out = ecrctl().args(["repo", "show", &name]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let fields: Vec<&str> = text.trim_end().split('\t').collect();
    assert_eq!(fields.len(), 7, "{text:?}");
    assert_eq!(fields[0], name);
    assert_eq!(fields[2], "IMMUTABLE_WITH_EXCLUSION");
    assert_eq!(fields[3], "latest");
}

#[test]
fn show_missing_repository_is_not_found() {
    let name = unique("missing");
    ecrctl()
        .args(["repo", "show", &name])
        .assert()
        .code(3)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "ecrctl: error: repository {name} does not exist in your registry in us-east-1\n  hint: it was looked up in us-east-1 (your configured region)"
        )));
    // Named by its URI, the registry and region are the URI's.
    let uri = format!("123456789012.dkr.ecr.us-east-1.amazonaws.com/{name}");
    ecrctl()
        .args(["repo", "show", &uri])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(format!(
            "repository {name} does not exist in registry 123456789012 in us-east-1"
        )));
}

#[test]
fn list_filters_by_glob_in_every_format() {
    let team = unique("team");
    let a = format!("{team}/api");
    let b = format!("{team}/web");
    let other = unique("other");
    for (n, extra) in [(&a, &["--immutable"][..]), (&b, &[][..]), (&other, &[][..])] {
        ecrctl()
            .args(["repo", "create", n])
            .args(extra)
            .assert()
            .success();
    }
    let glob = format!("{team}/*");
    let v = json(ecrctl().args(["repo", "list", &glob]));
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec![a.as_str(), b.as_str()]);
    assert_eq!(v[0]["tagMutability"], "IMMUTABLE");

    let out = ecrctl().args(["repo", "list", &glob]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "no header in text output: {text}");
    assert!(lines[0].starts_with(&format!("{a}\t")));

    let out = ecrctl()
        .args(["repo", "list", &glob, "--output", "table"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.contains("NAME") && table.contains("TAG MUTABILITY"));
    assert!(table.contains(&a) && !table.contains(&other));

    // The whole list includes everything.
    let all = json(ecrctl().args(["repo", "list"]));
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["name"] == other.as_str()));
}

#[test]
fn list_with_no_match_is_empty_and_says_so() {
    let glob = format!("{}*", unique("nomatch"));
    let v = json(ecrctl().args(["repo", "list", &glob]));
    assert_eq!(v, Value::Array(vec![]));
    ecrctl()
        .args(["repo", "list", &glob])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("no private repositories match"));
}

#[test]
fn delete_needs_yes_without_a_terminal() {
    let name = create_repo("delete-confirm", &[]);
    ecrctl()
        .args(["repo", "delete", &name])
        .assert()
        .code(8)
        .stderr(predicate::str::contains("--yes"));
    assert!(exists(&name));
    ecrctl()
        .args(["repo", "delete", &name, "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "deleted private repository {name}"
        )));
    assert!(!exists(&name));
}

#[test]
fn delete_refuses_images_without_force() {
    let name = create_repo("delete-images", &[]);
    put_image(&name, "v1", 1).unwrap();
    ecrctl()
        .args(["repo", "delete", &name, "--yes"])
        .assert()
        .code(7)
        .stderr(
            predicate::str::contains(format!("private repository {name} still holds images"))
                .and(predicate::str::contains("hint: pass --force")),
        );
    assert!(exists(&name));
    let v = json(ecrctl().args(["repo", "delete", &name, "--yes", "--force"]));
    assert_eq!(v["deleted"], true);
    assert_eq!(v["name"], name.as_str());
    assert!(!exists(&name));
}

#[test]
fn delete_missing_is_not_found_unless_if_exists() {
    let name = unique("delete-missing");
    ecrctl()
        .args(["repo", "delete", &name, "--yes"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("does not exist"));
    let v = json(ecrctl().args(["repo", "delete", &name, "--yes", "--if-exists"]));
    assert_eq!(v["deleted"], false);
    // The same keys as a deletion, null where nothing is known.
    let created = create_repo("delete-shape", &[]);
    let deleted = json(ecrctl().args(["repo", "delete", &created, "--yes"]));
    let keys = |v: &serde_json::Value| {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(keys(&v), keys(&deleted));
    assert_eq!(v["uri"], serde_json::Value::Null);
}

/// Eight cleanup jobs at once: every one of them succeeds under --if-exists.
#[test]
fn parallel_deletes_under_if_exists_all_succeed() {
    let name = create_repo("delete-race", &[]);
    eight_at_once_all_succeed(&["repo", "delete", &name, "--yes", "--if-exists"]);
    assert!(!exists(&name));
}

/// Walk one repository through every mode; after each step the emulator must hold the setting.
#[test]
fn mutability_transitions_through_every_mode() {
    let name = create_repo("mutability", &[]);
    let steps: [(&str, &[&str], ImageTagMutability, Vec<&str>); 5] = [
        ("immutable", &[], ImageTagMutability::Immutable, vec![]),
        (
            "immutable",
            &["--except", "latest", "--except", "dev-*"],
            ImageTagMutability::ImmutableWithExclusion,
            vec!["latest", "dev-*"],
        ),
        (
            "mutable",
            &["--except", "release-*"],
            ImageTagMutability::MutableWithExclusion,
            vec!["release-*"],
        ),
        ("mutable", &[], ImageTagMutability::Mutable, vec![]),
        ("immutable", &[], ImageTagMutability::Immutable, vec![]),
    ];
    let mut before = "MUTABLE".to_string();
    for (verb, args, mode, filters) in steps {
        let v = json(ecrctl().args(["repo", verb, &name]).args(args));
        assert_eq!(v["changed"], true, "{verb} {args:?}: {v}");
        assert_eq!(v["before"]["tagMutability"], before.as_str());
        assert_eq!(v["after"]["tagMutability"], mode.as_str());
        assert_eq!(v["after"]["exclusionFilters"], serde_json::json!(filters));
        let repo = describe(&name);
        assert_eq!(repo.image_tag_mutability(), Some(&mode));
        assert_eq!(filters_of(&repo), filters);
        before = mode.as_str().to_string();
    }
}

#[test]
fn mutability_unchanged_makes_no_write_and_says_so() {
    let name = create_repo(
        "mutability-same",
        &["--immutable", "--except", "a", "--except", "b"],
    );
    let v = json(ecrctl().args(["repo", "immutable", &name, "--except", "b", "--except", "a"]));
    assert_eq!(v["changed"], false);
    ecrctl()
        .args([
            "repo",
            "immutable",
            &name,
            "--except",
            "a",
            "--except",
            "b",
            "-o",
            "table",
        ])
        .assert()
        .success()
        .stdout(format!(
            "{name}: already immutable (except a, b); unchanged\n"
        ));
    ecrctl()
        .args(["repo", "mutable", &name, "-o", "table"])
        .assert()
        .success()
        .stdout(format!("{name}: immutable (except a, b) → mutable\n"));
}

#[test]
fn mutability_of_a_missing_repository_is_not_found() {
    ecrctl()
        .args(["repo", "immutable", &unique("nope")])
        .assert()
        .code(3);
}

/// The emulator as oracle: what ecrctl sets is what a push meets.
#[test]
fn immutable_blocks_a_second_push_and_mutable_allows_it() {
    let name = create_repo("push-oracle", &[]);
    put_image(&name, "v1", 1).unwrap();
    put_image(&name, "v1", 2).expect("mutable tag moves");
    ecrctl()
        .args(["repo", "immutable", &name])
        .assert()
        .success();
    let err = put_image(&name, "v1", 3).unwrap_err();
    assert!(err.contains("AlreadyExists"), "{err}");
    ecrctl().args(["repo", "mutable", &name]).assert().success();
    put_image(&name, "v1", 3).expect("mutable again");
    // An exclusion filter without `*` on an exact tag: `latest` stays movable.
    ecrctl()
        .args(["repo", "immutable", &name, "--except", "latest"])
        .assert()
        .success();
    put_image(&name, "latest", 4).unwrap();
    put_image(&name, "latest", 5).expect("excluded tag moves");
    assert!(put_image(&name, "v1", 6).is_err());
}

#[test]
fn public_repositories_have_no_mutability_setting() {
    for verb in ["immutable", "mutable"] {
        ecrctl()
            .args(["repo", verb, "public.ecr.aws/myalias/app"])
            .assert()
            .code(7)
            .stderr(predicate::str::contains(
                "ECR Public has no tag mutability setting; every public tag can be overwritten",
            ));
        ecrctl()
            .args(["repo", verb, "app", "--public"])
            .assert()
            .code(7);
    }
}

fn scan_on_push_of(repo: &str) -> bool {
    describe(repo)
        .image_scanning_configuration()
        .is_some_and(|c| c.scan_on_push())
}

fn tags_of(repo: &str) -> Vec<(String, String)> {
    let arn = describe(repo).repository_arn().unwrap().to_string();
    let mut tags: Vec<(String, String)> =
        block_on(api().list_tags_for_resource().resource_arn(arn).send())
            .unwrap()
            .tags()
            .iter()
            .map(|t| (t.key().to_string(), t.value().to_string()))
            .collect();
    tags.sort();
    tags
}

#[test]
fn update_changes_scanning_and_tags_and_says_unchanged_without_a_write() {
    let repo = create_repo("upd", &["--tag", "owner=x"]);
    let v = json(ecrctl().args([
        "repo",
        "update",
        &repo,
        "--scan-on-push",
        "--tag",
        "team=a",
        "--untag",
        "owner",
    ]));
    assert_eq!(v["result"], "changed");
    assert_eq!(v["before"]["scanOnPush"], false);
    assert_eq!(v["after"]["scanOnPush"], true);
    assert_eq!(v["changes"].as_array().unwrap().len(), 3, "{v}");
    assert!(scan_on_push_of(&repo));
    assert_eq!(tags_of(&repo), [("team".to_string(), "a".to_string())]);
    // The same again: nothing written.
    let v = json(ecrctl().args([
        "repo",
        "update",
        &repo,
        "--scan-on-push",
        "--tag",
        "team=a",
        "--untag",
        "owner",
    ]));
    assert_eq!(v["result"], "unchanged");
    assert_eq!(v["changes"], serde_json::json!([]));
    // (--no-scan-on-push sends scanOnPush false, which the SDK writes as `{}`: ECR reads it as
    // false, the emulator as "no change"; tested with a mock below.)
    // Encryption is fixed at creation: exit 7 with the way out.
    let out = ecrctl()
        .args(["repo", "update", &repo, "--kms-key", "alias/other"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7));
    assert!(stderr_of(&out)
        .contains("create a new repository with `ecrctl repo create NEW --kms-key 'alias/other'`"));
    // Nothing asked, conflicting asks, a missing repository.
    ecrctl().args(["repo", "update", &repo]).assert().code(2);
    ecrctl()
        .args(["repo", "update", &repo, "--tag", "a=1", "--untag", "a"])
        .assert()
        .code(2);
    ecrctl()
        .args(["repo", "update", "no-such-repo-upd", "--scan-on-push"])
        .assert()
        .code(3);
}

#[test]
fn update_says_when_registry_scanning_rules_decide() {
    let repo = create_repo("upd-rules", &[]);
    // Registry rules change every repository of the account: this test uses its own emulator.
    let own = start_moto();
    let client = api_at(&own.endpoint);
    block_on(client.create_repository().repository_name(&repo).send()).unwrap();
    put_scan_on_push_rule(&client, "upd-*");
    let out = ecrctl_at(&own.endpoint)
        .args(["repo", "update", &repo, "--scan-on-push"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_stderr_has(&out, "registry scanning rules cover");
}

mod mocked_update {
    use std::sync::{Arc, Mutex};

    use aws_sdk_ecr::operation::batch_get_repository_scanning_configuration::BatchGetRepositoryScanningConfigurationOutput;
    use aws_sdk_ecr::operation::describe_repositories::DescribeRepositoriesOutput;
    use aws_sdk_ecr::operation::put_image_scanning_configuration::PutImageScanningConfigurationOutput;
    use aws_sdk_ecr::types::{ImageScanningConfiguration, Repository};
    use aws_sdk_ecr::Client;
    use aws_smithy_mocks::mock;

    use crate::mocks::run_mocked;

    #[test]
    fn no_scan_on_push_sends_false() {
        let describe = mock!(Client::describe_repositories).then_output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(
                    Repository::builder()
                        .repository_name("app")
                        .repository_arn("arn:aws:ecr:us-east-1:123456789012:repository/app")
                        .registry_id("123456789012")
                        .repository_uri("123456789012.dkr.ecr.us-east-1.amazonaws.com/app")
                        .image_scanning_configuration(
                            ImageScanningConfiguration::builder()
                                .scan_on_push(true)
                                .build(),
                        )
                        .build(),
                )
                .build()
        });
        let sent = Arc::new(Mutex::new(None));
        let seen = sent.clone();
        let put = mock!(Client::put_image_scanning_configuration).then_compute_output(move |req| {
            *seen.lock().unwrap() = req.image_scanning_configuration().map(|c| c.scan_on_push());
            PutImageScanningConfigurationOutput::builder().build()
        });
        let rules = mock!(Client::batch_get_repository_scanning_configuration)
            .then_output(|| BatchGetRepositoryScanningConfigurationOutput::builder().build());
        let tags = mock!(Client::list_tags_for_resource).then_output(|| {
            aws_sdk_ecr::operation::list_tags_for_resource::ListTagsForResourceOutput::builder()
                .build()
        });
        let report = run_mocked(
            &[&describe, &put, &rules, &tags],
            &[],
            &["repo", "update", "app", "--no-scan-on-push"],
        )
        .unwrap();
        assert_eq!(*sent.lock().unwrap(), Some(false));
        assert_eq!(report.json()["after"]["scanOnPush"], false);
    }

    #[test]
    fn a_failed_write_says_what_was_already_applied() {
        use aws_sdk_ecr::operation::list_tags_for_resource::ListTagsForResourceOutput;
        use aws_sdk_ecr::operation::tag_resource::TagResourceError;
        let describe = mock!(Client::describe_repositories).then_output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(
                    Repository::builder()
                        .repository_name("app")
                        .repository_arn("arn:aws:ecr:us-east-1:123456789012:repository/app")
                        .registry_id("123456789012")
                        .repository_uri("123456789012.dkr.ecr.us-east-1.amazonaws.com/app")
                        .build(),
                )
                .build()
        });
        let put = mock!(Client::put_image_scanning_configuration)
            .then_output(|| PutImageScanningConfigurationOutput::builder().build());
        let tags = mock!(Client::list_tags_for_resource)
            .then_output(|| ListTagsForResourceOutput::builder().build());
        let denied = mock!(Client::tag_resource)
            .then_error(|| TagResourceError::generic(crate::mocks::meta("AccessDeniedException")));
        let err = run_mocked(
            &[&describe, &put, &tags, &denied],
            &[],
            &["repo", "update", "app", "--scan-on-push", "--tag", "a=b"],
        )
        .unwrap_err();
        assert_eq!(ecrctl::error::classify(&err).0, ecrctl::error::Exit::Auth);
        assert!(
            format!("{err:#}").contains("already applied: scanOnPush"),
            "{err:#}"
        );
    }
}

mod public {
    //! ECR Public paths through in-process mocks (the emulator has no ECR Public): the request
    //! fields ecrctl sends and the output it renders.
    use std::sync::{Arc, Mutex};

    use aws_sdk_ecrpublic::operation::create_repository::{
        CreateRepositoryError, CreateRepositoryOutput,
    };
    use aws_sdk_ecrpublic::operation::delete_repository::DeleteRepositoryOutput;
    use aws_sdk_ecrpublic::operation::describe_repositories::DescribeRepositoriesOutput;
    use aws_sdk_ecrpublic::operation::get_repository_catalog_data::GetRepositoryCatalogDataOutput;
    use aws_sdk_ecrpublic::types::error::RepositoryAlreadyExistsException;
    use aws_sdk_ecrpublic::types::{Repository, RepositoryCatalogData};
    use aws_sdk_ecrpublic::Client;
    use aws_smithy_mocks::{mock, Rule};
    use ecrctl::cli::OutputFormat;
    use ecrctl::error::{classify, Exit};
    use ecrctl::output::Report;
    use serde_json::Value;

    use crate::mocks::{meta, rendered, run_mocked};

    fn repo(name: &str) -> Repository {
        Repository::builder()
            .repository_name(name)
            .repository_arn(format!(
                "arn:aws:ecr-public::123456789012:repository/{name}"
            ))
            .registry_id("123456789012")
            .repository_uri(format!("public.ecr.aws/myalias/{name}"))
            .created_at(aws_smithy_types::DateTime::from_secs(1_767_225_600))
            .build()
    }

    fn run(rules: &[&Rule], args: &[&str]) -> anyhow::Result<Report> {
        run_mocked(&[], rules, args)
    }

    #[test]
    fn update_merges_catalog_data_and_reports_what_was_applied_when_a_write_fails() {
        use aws_sdk_ecrpublic::operation::list_tags_for_resource::ListTagsForResourceOutput;
        use aws_sdk_ecrpublic::operation::put_repository_catalog_data::PutRepositoryCatalogDataOutput;
        use aws_sdk_ecrpublic::operation::tag_resource::TagResourceError;
        let describe = mock!(Client::describe_repositories).then_output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(repo("tool"))
                .build()
        });
        let current = mock!(Client::get_repository_catalog_data).then_output(|| {
            GetRepositoryCatalogDataOutput::builder()
                .catalog_data(
                    RepositoryCatalogData::builder()
                        .description("old")
                        .usage_text("use it")
                        .build(),
                )
                .build()
        });
        let sent = Arc::new(Mutex::new(None));
        let seen = sent.clone();
        let put = mock!(Client::put_repository_catalog_data).then_compute_output(move |req| {
            *seen.lock().unwrap() = req.catalog_data().map(|c| {
                (
                    c.description().map(str::to_string),
                    c.usage_text().map(str::to_string),
                )
            });
            PutRepositoryCatalogDataOutput::builder().build()
        });
        let tags = mock!(Client::list_tags_for_resource)
            .then_output(|| ListTagsForResourceOutput::builder().build());
        let report = run(
            &[&describe, &current, &put, &tags],
            &[
                "repo",
                "update",
                "public.ecr.aws/myalias/tool",
                "--description",
                "new",
            ],
        )
        .unwrap();
        assert_eq!(report.json()["result"], "changed");
        // The usage text that was there is kept.
        assert_eq!(
            *sent.lock().unwrap(),
            Some((Some("new".to_string()), Some("use it".to_string())))
        );
        // A tag write that fails (before the catalog write: nothing applied yet).
        let denied = mock!(Client::tag_resource)
            .then_error(|| TagResourceError::generic(meta("AccessDeniedException")));
        let err = run(
            &[&describe, &current, &put, &tags, &denied],
            &[
                "repo",
                "update",
                "public.ecr.aws/myalias/tool",
                "--description",
                "newer",
                "--tag",
                "a=b",
            ],
        )
        .unwrap_err();
        assert_eq!(classify(&err).0, Exit::Auth);
        assert!(
            !format!("{err:#}").contains("already applied"),
            "the tag write comes first: {err:#}"
        );
        // --scan-on-push on a public repository is a usage error.
        let err = run(
            &[&describe],
            &[
                "repo",
                "update",
                "public.ecr.aws/myalias/tool",
                "--scan-on-push",
            ],
        )
        .unwrap_err();
        assert_eq!(classify(&err).0, Exit::Usage);
    }

    #[test]
    fn create_sends_catalog_data_and_tags_and_prints_the_uri() {
        let dir = tempfile::tempdir().unwrap();
        let about = dir.path().join("about.md");
        std::fs::write(&about, "# About\nA tool.").unwrap();
        let seen = Arc::new(Mutex::new(None));
        let seen2 = seen.clone();
        let create = mock!(Client::create_repository).then_compute_output(move |req| {
            *seen2.lock().unwrap() = Some(req.clone());
            CreateRepositoryOutput::builder()
                .repository(repo(req.repository_name().unwrap()))
                .build()
        });
        let report = run(
            &[&create],
            &[
                "repo",
                "create",
                "tool",
                "--public",
                "--description",
                "A tool",
                "--about-file",
                about.to_str().unwrap(),
                "--architecture",
                "amd64",
                "--architecture",
                "arm64",
                "--os",
                "linux",
                "--tag",
                "team=a",
            ],
        )
        .unwrap();
        let req = seen
            .lock()
            .unwrap()
            .clone()
            .expect("CreateRepository was called");
        assert_eq!(req.repository_name(), Some("tool"));
        let catalog = req.catalog_data().unwrap();
        assert_eq!(catalog.description(), Some("A tool"));
        assert_eq!(catalog.about_text(), Some("# About\nA tool."));
        assert_eq!(catalog.architectures(), ["x86-64", "ARM 64"]);
        assert_eq!(catalog.operating_systems(), ["Linux"]);
        assert_eq!(req.tags()[0].key(), Some("team"));
        assert_eq!(req.tags()[0].value(), Some("a"));

        assert_eq!(
            rendered(&report, OutputFormat::Text),
            "public.ecr.aws/myalias/tool\n"
        );
        let v: Value = serde_json::from_str(&rendered(&report, OutputFormat::Json)).unwrap();
        assert_eq!(v["public"], true);
        assert_eq!(v["created"], true);
        assert_eq!(v["tagMutability"], Value::Null);
        assert_eq!(v["createdAt"], "2026-01-01T00:00:00Z");
        assert!(report.status[0].contains("created public repository tool"));
    }

    #[test]
    fn create_without_catalog_options_sends_no_catalog() {
        let seen = Arc::new(Mutex::new(None));
        let seen2 = seen.clone();
        let create = mock!(Client::create_repository).then_compute_output(move |req| {
            *seen2.lock().unwrap() = Some(req.clone());
            CreateRepositoryOutput::builder()
                .repository(repo("plain"))
                .build()
        });
        run(
            &[&create],
            &["repo", "create", "public.ecr.aws/myalias/plain"],
        )
        .unwrap();
        let req = seen.lock().unwrap().clone().unwrap();
        assert_eq!(req.repository_name(), Some("plain"));
        assert!(req.catalog_data().is_none());
        assert!(req.tags().is_empty());
    }

    #[test]
    fn create_existing_with_if_not_exists_reports_the_repository() {
        let create = mock!(Client::create_repository).then_error(|| {
            CreateRepositoryError::RepositoryAlreadyExistsException(
                RepositoryAlreadyExistsException::builder()
                    .message("exists")
                    .meta(meta("RepositoryAlreadyExistsException"))
                    .build(),
            )
        });
        let describe = mock!(Client::describe_repositories)
            .match_requests(|r| r.repository_names() == ["tool"])
            .then_output(|| {
                DescribeRepositoriesOutput::builder()
                    .repositories(repo("tool"))
                    .build()
            });
        let report = run(
            &[&create, &describe],
            &["repo", "create", "tool", "--public", "--if-not-exists"],
        )
        .unwrap();
        assert_eq!(report.json()["created"], false);
        assert!(report.status[0].contains("already exists"));

        let err = run(&[&create], &["repo", "create", "tool", "--public"]).unwrap_err();
        assert_eq!(classify(&err).0, Exit::Conflict);
        assert!(format!("{err:#}").contains("RepositoryAlreadyExistsException"));
    }

    #[test]
    fn list_follows_every_page() {
        let pages = mock!(Client::describe_repositories)
            .sequence()
            .output(|| {
                DescribeRepositoriesOutput::builder()
                    .repositories(repo("b-repo"))
                    .next_token("t1")
                    .build()
            })
            .output(|| {
                DescribeRepositoriesOutput::builder()
                    .repositories(repo("a-repo"))
                    .repositories(repo("c-other"))
                    .build()
            })
            .build();
        let report = run(&[&pages], &["repo", "list", "--public"]).unwrap();
        assert_eq!(pages.num_calls(), 2);
        let v: Value = serde_json::from_str(&rendered(&report, OutputFormat::Json)).unwrap();
        let names: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, ["a-repo", "b-repo", "c-other"]);
        let table = rendered(&report, OutputFormat::Table);
        assert!(table.contains("mutable (public: no setting)"), "{table}");
    }

    #[test]
    fn list_sends_the_page_token_back() {
        let tokens = Arc::new(Mutex::new(Vec::new()));
        let t2 = tokens.clone();
        let pages = mock!(Client::describe_repositories).then_compute_output(move |req| {
            t2.lock()
                .unwrap()
                .push((req.next_token().map(str::to_string), req.max_results()));
            let b = DescribeRepositoriesOutput::builder().repositories(repo("x-repo"));
            if req.next_token().is_none() {
                b.next_token("page-2").build()
            } else {
                b.build()
            }
        });
        let report = run(&[&pages], &["repo", "list", "--public", "x-*"]).unwrap();
        assert_eq!(report.json().as_array().unwrap().len(), 2);
        assert_eq!(
            *tokens.lock().unwrap(),
            vec![(None, Some(1000)), (Some("page-2".to_string()), Some(1000))]
        );
    }

    #[test]
    fn show_includes_catalog_data() {
        let describe = mock!(Client::describe_repositories).then_output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(repo("tool"))
                .build()
        });
        let catalog = mock!(Client::get_repository_catalog_data)
            .match_requests(|r| r.repository_name() == Some("tool"))
            .then_output(|| {
                GetRepositoryCatalogDataOutput::builder()
                    .catalog_data(
                        RepositoryCatalogData::builder()
                            .description("A tool")
                            .architectures("ARM 64")
                            .operating_systems("Linux")
                            .build(),
                    )
                    .build()
            });
        let report = run(
            &[&describe, &catalog],
            &["repo", "show", "tool", "--public"],
        )
        .unwrap();
        assert_eq!(report.json()["catalog"]["description"], "A tool");
        assert_eq!(report.json()["catalog"]["architectures"][0], "ARM 64");
        let table = rendered(&report, OutputFormat::Table);
        assert!(table.contains("visibility") && table.contains("public"));
        assert!(table.contains("description") && table.contains("A tool"));
        assert!(
            !table.contains("scan on push"),
            "public repositories have no scanning setting"
        );
    }

    #[test]
    fn delete_sends_force_only_when_asked() {
        for (extra, want) in [(&[][..], false), (&["--force"][..], true)] {
            let forced = Arc::new(Mutex::new(None));
            let f2 = forced.clone();
            let describe = mock!(Client::describe_repositories).then_output(|| {
                DescribeRepositoriesOutput::builder()
                    .repositories(repo("tool"))
                    .build()
            });
            let delete = mock!(Client::delete_repository).then_compute_output(move |req| {
                *f2.lock().unwrap() = Some(req.force());
                DeleteRepositoryOutput::builder()
                    .repository(repo("tool"))
                    .build()
            });
            // Empty: asked before anything is deleted.
            let images = mock!(Client::describe_images).then_output(|| {
                aws_sdk_ecrpublic::operation::describe_images::DescribeImagesOutput::builder()
                    .build()
            });
            let mut args = vec!["repo", "delete", "tool", "--public", "--yes"];
            args.extend_from_slice(extra);
            let report = run(&[&describe, &delete, &images], &args).unwrap();
            assert_eq!(*forced.lock().unwrap(), Some(Some(want)));
            assert_eq!(report.json()["deleted"], true);
        }
    }
}

/// Ctrl-C at the confirmation prompt is an interruption (exit 130), not a "no" (exit 8), and
/// nothing is deleted. Driven through a real pseudo-terminal by Python's pty module.
#[test]
fn ctrl_c_at_the_prompt_exits_130() {
    let name = create_repo("prompt-ctrl-c", &[]);
    let script = r#"
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
buf = b""
deadline = time.time() + 20
while b"[y/N]" not in buf and time.time() < deadline:
    if select.select([fd], [], [], 0.2)[0]:
        buf += os.read(fd, 1000)
os.write(fd, b"\x03")
deadline = time.time() + 20
while time.time() < deadline:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        print(os.waitstatus_to_exitcode(status))
        sys.exit(0)
    time.sleep(0.05)
os.kill(pid, 9)
print("hung")
"#;
    let bin = assert_cmd::cargo::cargo_bin("ecrctl");
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&bin)
        .args(["--endpoint-url", &moto().endpoint, "repo", "delete", &name])
        .envs(DUMMY_AWS_ENV)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "130");
    assert!(exists(&name));
}

/// `repo immutable|mutable --dry-run --exit-code`: 1 while it would change, nothing written,
/// 0 once it is as asked (as `git diff --exit-code`).
#[test]
fn mutability_dry_run_exit_code_says_whether_it_would_change() {
    let name = create_repo("mut-dry", &[]);
    let out = ecrctl()
        .args(["repo", "immutable", &name, "--dry-run", "--exit-code"])
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["result"], "would-change");
    assert_eq!(v["dryRun"], true);
    assert_eq!(v["after"]["tagMutability"], "IMMUTABLE");
    assert_eq!(
        describe(&name).image_tag_mutability(),
        Some(&ImageTagMutability::Mutable),
        "a dry run wrote the setting"
    );
    // Without --exit-code a dry run that would change is still a success.
    let out = ecrctl()
        .args(["repo", "immutable", &name, "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_stderr_has(&out, "dry run: nothing was changed");
    // Already as asked: 0.
    ecrctl()
        .args(["repo", "mutable", &name, "--dry-run", "--exit-code"])
        .assert()
        .code(0);
    ecrctl()
        .args(["repo", "immutable", &name])
        .assert()
        .success();
    ecrctl()
        .args(["repo", "immutable", &name, "--dry-run", "--exit-code"])
        .assert()
        .code(0);
    // A failure is not an answer: a missing repository stays exit 3.
    ecrctl()
        .args([
            "repo",
            "immutable",
            &unique("mut-dry-missing"),
            "--dry-run",
            "--exit-code",
        ])
        .assert()
        .code(3);
}

#[test]
fn update_dry_run_exit_code_says_whether_it_would_change() {
    let name = create_repo("upd-dry", &[]);
    let out = ecrctl()
        .args(["repo", "update", &name, "--scan-on-push", "--tag", "team=a"])
        .args(["--dry-run", "--exit-code", "-o", "text"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(&format!("{name}\tscanOnPush\tfalse\ttrue\twould-change")),
        "{text}"
    );
    let repo = describe(&name);
    assert!(!repo.image_scanning_configuration().unwrap().scan_on_push());
    let tags = block_on(
        api()
            .list_tags_for_resource()
            .resource_arn(repo.repository_arn().unwrap())
            .send(),
    )
    .unwrap();
    assert!(tags.tags().is_empty(), "a dry run wrote tags");
    ecrctl()
        .args(["repo", "update", &name, "--scan-on-push", "--tag", "team=a"])
        .assert()
        .success();
    ecrctl()
        .args(["repo", "update", &name, "--scan-on-push", "--tag", "team=a"])
        .args(["--dry-run", "--exit-code"])
        .assert()
        .code(0);
}

/// `repo create --kms-key alias/x --if-not-exists` resolves the alias (KMS DescribeKey)
/// before saying the existing repository has another key: ECR reports the key ARN, never
/// the alias, so comparing the alias's name with it claimed drift on the very same key.
#[test]
fn create_if_not_exists_resolves_a_kms_alias_before_claiming_drift() {
    let kms = kms_at(&moto().endpoint);
    let key = |alias: &str| {
        let arn = create_kms_key();
        block_on(
            kms.create_alias()
                .alias_name(alias)
                .target_key_id(&arn)
                .send(),
        )
        .unwrap();
        arn
    };
    let same_alias = format!("alias/{}", unique("ecr-key"));
    let other_alias = format!("alias/{}", unique("ecr-other"));
    let arn = key(&same_alias);
    key(&other_alias);
    let name = create_repo("kms-alias", &["--kms-key", &arn]);
    let again = |given: &str| {
        let out = ecrctl()
            .args([
                "repo",
                "create",
                &name,
                "--kms-key",
                given,
                "--if-not-exists",
            ])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        stderr_of(&out)
    };
    let err = again(&same_alias);
    assert!(
        !err.contains("warning"),
        "the same key, through its alias: {err}"
    );
    let alias_arn = format!("arn:aws:kms:us-east-1:123456789012:{same_alias}");
    let err = again(&alias_arn);
    assert!(
        !err.contains("warning"),
        "the same key, through its alias ARN: {err}"
    );
    let err = again(&other_alias);
    assert!(
        err.contains(&format!(
            "exists encrypted with KMS key {arn}, not KMS key {other_alias}"
        )),
        "{err}"
    );
    // An alias KMS will not resolve: no claim either way.
    let err = again("alias/no-such-alias-anywhere");
    assert!(
        err.contains("could not tell whether --kms-key alias/no-such-alias-anywhere"),
        "{err}"
    );
    assert!(err.contains("the comparison was not made"), "{err}");
    assert!(!err.contains("exists encrypted with"), "{err}");
    // repo update takes the same comparison: the alias of its own key is unchanged, not exit 7.
    ecrctl()
        .args(["repo", "update", &name, "--kms-key", &same_alias])
        .assert()
        .success();
    ecrctl()
        .args(["repo", "update", &name, "--kms-key", &other_alias])
        .assert()
        .code(7);

    // The other way round: created with the alias (the emulator keeps the alias), compared
    // with the key's ARN: both sides are resolved, so it is the same key.
    let by_alias = create_repo("kms-by-alias", &["--kms-key", &same_alias]);
    ecrctl()
        .args([
            "repo",
            "update",
            &by_alias,
            "--kms-key",
            &arn,
            "--dry-run",
            "--exit-code",
        ])
        .assert()
        .code(0);
    let err = again_for(&by_alias, &arn);
    assert!(!err.contains("warning"), "the same key, by ARN: {err}");
    ecrctl()
        .args(["repo", "update", &by_alias, "--kms-key", &other_alias])
        .assert()
        .code(7);
}

/// `repo create NAME --kms-key KEY --if-not-exists`, succeeding; its stderr.
fn again_for(name: &str, key: &str) -> String {
    let out = ecrctl()
        .args(["repo", "create", name, "--kms-key", key, "--if-not-exists"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    stderr_of(&out)
}

/// `repo list -o json` printed `"uri":""` and invented `MUTABLE` / `AES256` / scan-on-push off
/// for a repository whose answer left them out: unknown is `null`, and the table says unknown.
#[test]
fn fields_the_answer_left_out_are_null_not_defaults() {
    use aws_sdk_ecr::operation::describe_repositories::DescribeRepositoriesOutput;
    use aws_sdk_ecr::types::Repository;
    use aws_smithy_mocks::mock;
    let list = mock!(aws_sdk_ecr::Client::describe_repositories).then_output(|| {
        DescribeRepositoriesOutput::builder()
            .repositories(Repository::builder().repository_name("bare").build())
            .build()
    });
    let report = crate::mocks::run_mocked(&[&list], &[], &["repo", "list"]).unwrap();
    let json = report.json();
    let repo = &json[0];
    assert_eq!(repo["name"], "bare");
    for field in [
        "uri",
        "arn",
        "registryId",
        "tagMutability",
        "scanOnPush",
        "encryption",
    ] {
        assert_eq!(repo[field], Value::Null, "{field}: {repo}");
    }
    let show = mock!(aws_sdk_ecr::Client::describe_repositories).then_output(|| {
        DescribeRepositoriesOutput::builder()
            .repositories(Repository::builder().repository_name("bare").build())
            .build()
    });
    let tags = mock!(aws_sdk_ecr::Client::list_tags_for_resource).then_output(|| {
        aws_sdk_ecr::operation::list_tags_for_resource::ListTagsForResourceOutput::builder().build()
    });
    let report = crate::mocks::run_mocked(&[&show, &tags], &[], &["repo", "show", "bare"]).unwrap();
    let table = crate::mocks::rendered(&report, ecrctl::cli::OutputFormat::Text);
    assert!(
        !table.contains("MUTABLE") && !table.contains("AES256"),
        "{table}"
    );
}
