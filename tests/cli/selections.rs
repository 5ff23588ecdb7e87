//! Several repositories at once and saved plans, beyond the snapshots: lists on standard
//! input, a partial failure (a fake ECR that refuses one repository), a plan applied from
//! another account, drift of each kind, and eight runs at once.

use serde_json::Value;

use crate::fake_ecr::{error, fake_service};
use crate::harness::*;

/// Three repositories with one prefix, created on the shared emulator.
fn three(prefix: &str) -> (String, Vec<String>) {
    let stem = unique(prefix);
    let names: Vec<String> = ["a", "b", "c"]
        .iter()
        .map(|s| format!("{stem}/{s}"))
        .collect();
    for n in &names {
        ecrctl().args(["repo", "create", n]).assert().success();
    }
    (stem, names)
}

fn results(v: &Value) -> Vec<(String, String)> {
    v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["repository"].as_str().unwrap().to_string(),
                r["result"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_list_on_standard_input_with_comments_and_a_pattern() {
    let (stem, names) = three("sel-stdin");
    let list = format!(
        "# first\n{}\n\n{stem}/[bc]-not-a-glob-but-ok\n{stem}/c # last\n",
        names[0]
    );
    // A line that is not a repository name is refused before any call.
    let out = ecrctl()
        .args([
            "repo",
            "immutable",
            "--repos-file",
            "-",
            "--yes",
            "-o",
            "json",
        ])
        .write_stdin(list)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let list = format!("# first\n{}\n\n{stem}/c # last\n", names[0]);
    let v: Value = serde_json::from_slice(
        &ecrctl()
            .args([
                "repo",
                "immutable",
                "--repos-file",
                "-",
                "--yes",
                "-o",
                "json",
            ])
            .write_stdin(list)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(
        results(&v),
        [
            (names[0].clone(), "applied".to_string()),
            (names[2].clone(), "applied".to_string())
        ]
    );
    assert_eq!(
        describe(&names[1]).image_tag_mutability().unwrap().as_str(),
        "MUTABLE"
    );
    assert_eq!(
        describe(&names[2]).image_tag_mutability().unwrap().as_str(),
        "IMMUTABLE"
    );
    // A pattern on standard input, and a full URI beside it: one selection, each once.
    let uri = format!("123456789012.dkr.ecr.us-east-1.amazonaws.com/{}", names[1]);
    let v = json(
        ecrctl()
            .args([
                "repo",
                "immutable",
                &uri,
                "--repos-file",
                "-",
                "--yes",
                "-o",
                "json",
            ])
            .write_stdin(format!("{stem}/*\n")),
    );
    let got = results(&v);
    assert_eq!(got.len(), 3);
    assert_eq!(got[1], (names[1].clone(), "applied".to_string()));
    assert_eq!(got[0].1, "unchanged");
}

#[test]
fn an_image_reference_where_a_repository_is_expected_is_refused_with_the_repository() {
    let out = ecrctl()
        .args(["repo", "immutable", "a/b", "team/api:v1", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "team/api");
}

/// A fake ECR with three repositories that refuses to change the second: the other two are
/// applied, the row of the second says why, the exit code is the refusal's (4), and stderr
/// names what was and was not applied.
#[test]
fn a_partial_failure_names_what_was_and_was_not_applied() {
    let repo = |name: &str| {
        format!(
            r#"{{"repositoryName":"{name}","registryId":"123456789012","repositoryArn":"arn:aws:ecr:us-east-1:123456789012:repository/{name}","repositoryUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/{name}","imageTagMutability":"MUTABLE"}}"#
        )
    };
    let listing = format!(
        r#"{{"repositories":[{},{},{}]}}"#,
        repo("t/a"),
        repo("t/b"),
        repo("t/c")
    );
    let fake = fake_service(move |r| match r.operation.as_str() {
        "DescribeRepositories" => (200, listing.clone()),
        "PutImageTagMutability" if r.body.contains("\"t/b\"") => error(
            400,
            "AccessDeniedException",
            "not authorized to perform ecr:PutImageTagMutability on t/b",
        ),
        "PutImageTagMutability" => {
            let name = if r.body.contains("\"t/a\"") {
                "t/a"
            } else {
                "t/c"
            };
            (
                200,
                format!(
                    r#"{{"registryId":"123456789012","repositoryName":"{name}","imageTagMutability":"IMMUTABLE"}}"#
                ),
            )
        }
        other => error(400, "UnknownOperationException", other),
    });
    let out = ecrctl_at(&fake.url)
        .args(["repo", "immutable", "--repos", "t/*", "--yes", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        results(&v),
        [
            ("t/a".to_string(), "applied".to_string()),
            ("t/b".to_string(), "failed".to_string()),
            ("t/c".to_string(), "applied".to_string())
        ]
    );
    assert!(v["repositories"][1]["error"]
        .as_str()
        .unwrap()
        .contains("AccessDeniedException"));
    assert_eq!(v["total"]["applied"], 2);
    assert_eq!(v["total"]["failed"], 1);
    assert_stderr_has(
        &out,
        "error: failed on 1 of 3 repositories (t/b); applied to 2: t/a, t/c",
    );
}

/// A plan made in one account is refused in another (the emulator's STS: a role's credentials
/// act in the role's account), before any repository is read.
#[test]
fn a_plan_from_another_account_is_refused() {
    let (stem, _) = three("sel-account");
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    ecrctl()
        .args(["repo", "immutable", "--repos", &format!("{stem}/*")])
        .arg("--plan-out")
        .arg(&plan)
        .assert()
        .success();
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        "[profile there]\nrole_arn = arn:aws:iam::210987654321:role/Apply\ncredential_source = Environment\nregion = us-east-1\n",
    )
    .unwrap();
    let out = ecrctl()
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_ENDPOINT_URL_STS", &moto().endpoint)
        .args(["--profile", "there", "repo", "immutable", "--yes", "--plan"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(25), "{}", stderr_of(&out));
    assert_stderr_has(
        &out,
        "was planned against account 123456789012 in us-east-1; this run is against account 210987654321 in us-east-1",
    );
    // The same plan from another region.
    let out = ecrctl()
        .args([
            "--region",
            "eu-west-1",
            "repo",
            "immutable",
            "--yes",
            "--plan",
        ])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(25));
    assert_stderr_has(
        &out,
        "this run is against account 123456789012 in eu-west-1",
    );
}

/// Each kind of drift refuses the whole plan with exit 24 and names what changed; nothing of
/// the plan is applied, not even to the repositories that did not change.
#[test]
fn drift_of_each_kind_refuses_the_whole_plan() {
    let (stem, names) = three("sel-drift");
    for (i, n) in names.iter().enumerate() {
        put_image(n, "v1", 900 + i as u32).unwrap();
        put_untagged(n, 950 + i as u32).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("prune.json");
    let pattern = format!("{stem}/*");
    ecrctl()
        .args([
            "images",
            "prune",
            "--repos",
            &pattern,
            "--untagged",
            "--min-age",
            "0",
        ])
        .arg("--plan-out")
        .arg(&plan)
        .assert()
        .success();
    // A tag moved in one repository, an image deleted in another.
    put_image(&names[0], "v1", 990).unwrap();
    ecrctl()
        .args(["images", "delete", &format!("{}:v1", names[1]), "--yes"])
        .assert()
        .success();
    let out = ecrctl()
        .args(["images", "prune", "--yes", "-o", "json", "--plan"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(24), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        results(&v),
        [
            (names[0].clone(), "drifted".to_string()),
            (names[1].clone(), "drifted".to_string()),
            (names[2].clone(), "not-applied".to_string())
        ]
    );
    let kinds = |i: usize| -> Vec<String> {
        v["repositories"][i]["drift"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["kind"].as_str().unwrap().to_string())
            .collect()
    };
    // The tag moved: the new image is new; the old one lost its tag (changed; the emulator
    // drops an image whose last tag moves: gone).
    let k0 = kinds(0);
    assert_eq!(k0.len(), 2, "{k0:?}");
    assert!(k0.contains(&"new".to_string()));
    assert!(k0.contains(&"changed".to_string()) || k0.contains(&"gone".to_string()));
    assert_eq!(kinds(1), ["gone"]);
    assert_stderr_has(
        &out,
        "no longer matches the registry (2 of 3 targets changed",
    );
    // Nothing was deleted, in the repository that did not change either.
    assert_eq!(
        json(ecrctl().args(["images", "list", &names[2], "-o", "json"]))
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // A repository deleted since the plan is drift too.
    ecrctl()
        .args(["repo", "delete", &names[2], "--force", "--yes"])
        .assert()
        .success();
    let out = ecrctl()
        .args(["images", "prune", "--yes", "--plan"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(24));
    assert_stderr_has(&out, "3 of 3 targets changed");
    assert!(String::from_utf8_lossy(&out.stdout).contains("- repository: exists"));
}

/// A policy changed between plan and apply is drift; the same plan applies once it is put
/// back, and then applies exactly the planned policy.
#[test]
fn a_policy_changed_since_the_plan_is_drift() {
    let (stem, names) = three("sel-policy");
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("policy.json");
    let args = |principal: &str| -> Vec<String> {
        [
            "policy",
            "set",
            "--template",
            "pull-only",
            "--principal",
            principal,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    };
    ecrctl()
        .args(args("arn:aws:iam::111122223333:role/ci"))
        .args(["--repos", &format!("{stem}/*")])
        .arg("--plan-out")
        .arg(&plan)
        .assert()
        .success();
    ecrctl()
        .args(args("arn:aws:iam::444455556666:role/other"))
        .arg(&names[1])
        .assert()
        .success();
    let out = ecrctl()
        .args(["policy", "set", "--yes", "--plan"])
        .arg(&plan)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(24));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("~ policy: none → {"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    ecrctl()
        .args(["policy", "delete", &names[1], "--yes"])
        .assert()
        .success();
    let v = json(
        ecrctl()
            .args(["policy", "set", "--yes", "-o", "json", "--plan"])
            .arg(&plan),
    );
    assert_eq!(v["total"]["applied"], 3);
    let got = json(ecrctl().args(["policy", "get", &names[1], "-o", "json"]));
    assert!(got.to_string().contains("111122223333"));
}

#[test]
fn eight_selections_at_once() {
    let (stem, _) = three("sel-eight");
    eight_at_once_all_succeed(&[
        "repo",
        "update",
        "--repos",
        &format!("{stem}/*"),
        "--tag",
        "owner=platform",
        "--yes",
    ]);
}
