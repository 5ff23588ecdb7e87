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
            let codes = r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["code"].as_str().unwrap().to_string())
                .collect();
            (short, codes)
        })
        .collect()
}

#[test]
fn seeded_fleet_gives_exact_findings() {
    let fleet = unique("fleet");
    let kms = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
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
