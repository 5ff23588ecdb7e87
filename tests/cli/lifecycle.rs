//! `ecrctl lifecycle …` and `images prune` against the emulator (checked through a second
//! client), offline previews with exact expectations, and mocks for ECR's own preview, paging
//! and partial delete failures.

use serde_json::{json, Value};

use crate::harness::*;

const KEEP_TWO_DEV: &str = r#"{"rules":[{"rulePriority":1,"description":"Keep two dev images","selection":{"tagStatus":"tagged","tagPatternList":["dev-*"],"countType":"imageCountMoreThan","countNumber":2},"action":{"type":"expire"}}]}"#;

fn lifecycle_text(repo: &str) -> Option<String> {
    block_on(api().get_lifecycle_policy().repository_name(repo).send())
        .ok()
        .and_then(|o| o.lifecycle_policy_text().map(str::to_string))
}

fn file(dir: &tempfile::TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn get_set_delete_round_trip_through_the_api() {
    let repo = create_repo("lc-rt", &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = file(&dir, "p.json", KEEP_TWO_DEV);
    let out = ecrctl().args(["lifecycle", "get", &repo]).output().unwrap();
    assert_eq!(out.status.code(), Some(14), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("has no lifecycle policy"));
    // No tagged image is at risk in an empty repository: no confirmation needed.
    let v = json(ecrctl().args(["lifecycle", "set", &repo, "--file", &f, "-o", "json"]));
    assert_eq!(v["result"], "applied");
    let stored: Value = serde_json::from_str(&lifecycle_text(&repo).unwrap()).unwrap();
    assert_eq!(stored, serde_json::from_str::<Value>(KEEP_TWO_DEV).unwrap());
    // The same policy, written differently: unchanged, nothing sent.
    let pretty = serde_json::to_string_pretty(&stored).unwrap();
    let f2 = file(&dir, "p2.json", &pretty);
    let v = json(ecrctl().args(["lifecycle", "set", &repo, "--file", &f2, "-o", "json"]));
    assert_eq!(v["result"], "unchanged");
    // get -o json round-trips.
    let got = json(ecrctl().args(["lifecycle", "get", &repo, "-o", "json"]));
    assert_eq!(got, stored);
    // A template replaces it, with a diff.
    let out = ecrctl()
        .args([
            "lifecycle",
            "set",
            &repo,
            "--template",
            "expire-untagged",
            "--days",
            "7",
            "-o",
            "table",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("+        \"countNumber\": 7,"));
    assert!(lifecycle_text(&repo).unwrap().contains("\"countNumber\":7"));
    // Delete asks without a terminal, then deletes with --yes; again: 14, or 0 with --if-exists.
    let out = ecrctl()
        .args(["lifecycle", "delete", &repo])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    assert!(lifecycle_text(&repo).is_some());
    ecrctl()
        .args(["lifecycle", "delete", &repo, "--yes"])
        .assert()
        .success();
    assert!(lifecycle_text(&repo).is_none());
    ecrctl()
        .args(["lifecycle", "delete", &repo, "--yes"])
        .assert()
        .code(14);
    ecrctl()
        .args(["lifecycle", "delete", &repo, "--yes", "--if-exists"])
        .assert()
        .success();
}

#[test]
fn set_asks_before_expiring_tagged_images_and_dry_run_writes_nothing() {
    let repo = create_repo("lc-ask", &[]);
    for (i, t) in ["dev-1", "dev-2", "dev-3"].iter().enumerate() {
        put_image(&repo, t, 200 + i as u32).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let f = file(&dir, "p.json", KEEP_TWO_DEV);
    let out = ecrctl()
        .args([
            "lifecycle",
            "set",
            &repo,
            "--file",
            &f,
            "--dry-run",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["result"], "would-change");
    assert_eq!(v["nextRun"]["expire"], 1);
    assert!(lifecycle_text(&repo).is_none());
    // Without a terminal and without --yes: refused, exit 8, nothing written.
    let out = ecrctl()
        .args(["lifecycle", "set", &repo, "--file", &f])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("next run would expire 1 image(s)"), "{err}");
    assert!(err.contains("pass --yes to go ahead"), "{err}");
    assert!(lifecycle_text(&repo).is_none());
    ecrctl()
        .args(["lifecycle", "set", &repo, "--file", &f, "--yes"])
        .assert()
        .success();
    assert!(lifecycle_text(&repo).is_some());
}

#[test]
fn invalid_policies_are_refused_before_any_call() {
    let dir = tempfile::tempdir().unwrap();
    let bad = file(
        &dir,
        "bad.json",
        r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#,
    );
    let out = ecrctl()
        .args(["lifecycle", "validate", &bad, "-o", "table"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(15));
    assert!(String::from_utf8_lossy(&out.stdout).contains("error[tag-list-missing] rule 1:"));
    // set on a repository that does not even exist: the lint refuses first (exit 15).
    let out = ecrctl()
        .args([
            "lifecycle",
            "set",
            "no-such-repo-lc",
            "--file",
            &bad,
            "--yes",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(15), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("nothing was sent"));
    let warn = file(
        &dir,
        "warn.json",
        r#"{"rules":[{"rulePriority":1,"description":"Everything old","selection":{"tagStatus":"any","countType":"sinceImagePushed","countUnit":"days","countNumber":30},"action":{"type":"expire"}}]}"#,
    );
    ecrctl()
        .args(["lifecycle", "validate", &warn])
        .assert()
        .success();
    ecrctl()
        .args(["lifecycle", "validate", &warn, "--strict"])
        .assert()
        .code(15);
}

#[test]
fn offline_preview_is_exact() {
    let dir = tempfile::tempdir().unwrap();
    let images = json!([
        {"digest": "sha256:a", "tags": ["beta-1", "prod-1"], "pushedAt": "2026-01-01T00:00:00Z", "sizeBytes": 10},
        {"digest": "sha256:b", "tags": ["beta-2", "prod-2"], "pushedAt": "2026-01-02T00:00:00Z", "sizeBytes": 20},
        {"digest": "sha256:c", "tags": ["beta-3"], "pushedAt": "2026-01-03T00:00:00Z", "sizeBytes": 40},
        {"digest": "sha256:d", "tags": [], "pushedAt": "2025-01-01T00:00:00Z", "status": "archived", "lastArchivedAt": "2025-06-01T00:00:00Z"}
    ]);
    let imgs = file(&dir, "images.json", &images.to_string());
    let policy = json!({"rules": [
        {"rulePriority": 1, "description": "prod", "selection": {"tagStatus": "tagged", "tagPrefixList": ["prod"], "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "expire"}},
        {"rulePriority": 2, "description": "beta", "selection": {"tagStatus": "tagged", "tagPrefixList": ["beta"], "countType": "imageCountMoreThan", "countNumber": 1}, "action": {"type": "expire"}},
        {"rulePriority": 3, "description": "old archive", "selection": {"tagStatus": "any", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 180}, "action": {"type": "expire"}}
    ]});
    let pol = file(&dir, "p.json", &policy.to_string());
    // No AWS at all: an unreachable endpoint would fail any call.
    let v = json(
        bare_ecrctl()
            .env("AWS_ENDPOINT_URL", DEAD_ENDPOINT)
            .env("AWS_REGION", "us-east-1")
            .args([
                "lifecycle",
                "preview",
                "--images",
                &imgs,
                "--file",
                &pol,
                "--now",
                "2026-02-01T00:00:00Z",
                "-o",
                "json",
            ]),
    );
    let by: std::collections::HashMap<&str, &Value> = v["images"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["digest"].as_str().unwrap(), i))
        .collect();
    assert_eq!(by["sha256:a"]["action"], "expire");
    assert_eq!(by["sha256:a"]["rule"], 1);
    assert_eq!(
        by["sha256:a"]["reason"],
        "2nd newest of images tagged `prod*`; rule keeps 1"
    );
    assert_eq!(by["sha256:b"]["action"], "keep");
    assert_eq!(by["sha256:b"]["rule"], Value::Null);
    assert!(by["sha256:b"]["reason"]
        .as_str()
        .unwrap()
        .contains("rule 2 would act on it, but rule 1 selects it first"));
    assert_eq!(by["sha256:c"]["action"], "keep");
    assert_eq!(by["sha256:d"]["action"], "expire");
    assert_eq!(by["sha256:d"]["rule"], 3);
    assert_eq!(
        v["summary"],
        json!({"expire": 2, "transition": 0, "keep": 2, "expireBytes": 10, "transitionBytes": 0})
    );
    // A wrong images file is a usage error naming the entry.
    let broken = file(&dir, "broken.json", r#"[{"digest":"sha256:a","tags":[]}]"#);
    let out = bare_ecrctl()
        .args(["lifecycle", "preview", "--images", &broken, "--file", &pol])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "image 1 has no pushedAt");
}

/// Put an image index (and its platform image and attestation) whose digests ECR computes.
pub(crate) fn put_index(repo: &str, tag: &str, seed: u32) -> (String, String, String) {
    let platform = put_untagged(repo, seed).unwrap();
    let attestation = put_untagged(repo, seed + 1).unwrap();
    let index = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"{platform}","size":500,"platform":{{"os":"linux","architecture":"arm64"}}}},{{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","digest":"{attestation}","size":500,"annotations":{{"vnd.docker.reference.type":"attestation-manifest","vnd.docker.reference.digest":"{platform}"}},"platform":{{"os":"unknown","architecture":"unknown"}}}}]}}"#
    );
    let digest = crate::harness::sha256_digest(&index);
    block_on(
        api()
            .put_image()
            .repository_name(repo)
            .image_tag(tag)
            .image_manifest(&index)
            .image_manifest_media_type("application/vnd.oci.image.index.v1+json")
            .image_digest(&digest)
            .send(),
    )
    .unwrap();
    (digest, platform, attestation)
}

/// Put a manifest as given (tagged or not), its digest computed as ECR does; no media type is
/// sent when `media` is None, as some clients push.
pub(crate) fn put_raw(
    repo: &str,
    tag: Option<&str>,
    manifest: &str,
    media: Option<&str>,
) -> String {
    let digest = crate::harness::sha256_digest(manifest);
    block_on(
        api()
            .put_image()
            .repository_name(repo)
            .set_image_tag(tag.map(str::to_string))
            .image_manifest(manifest)
            .set_image_manifest_media_type(media.map(str::to_string))
            .image_digest(&digest)
            .send(),
    )
    .unwrap();
    digest
}

const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";

fn index_of(children: &[&str]) -> String {
    let entries: Vec<String> = children
        .iter()
        .map(|d| format!(r#"{{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"{d}","size":500,"platform":{{"os":"linux","architecture":"amd64"}}}}"#))
        .collect();
    format!(
        r#"{{"schemaVersion":2,"mediaType":"{OCI_INDEX}","manifests":[{}]}}"#,
        entries.join(",")
    )
}

pub(crate) fn signature_of(subject: &str, n: u32) -> String {
    format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","artifactType":"application/vnd.cncf.notary.signature","config":{{"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","size":2}},"layers":[{{"mediaType":"application/jose+json","digest":"sha256:{n:064x}","size":2000}}],"subject":{{"mediaType":"{OCI_INDEX}","digest":"{subject}","size":900}}}}"#
    )
}

/// A multi-arch fleet as buildx and notation leave it: a tagged index listing a nested index
/// and a platform image, a signature of it (OCI 1.1 subject) and a cosign tag-scheme signature;
/// an old untagged index with its platforms and signature; and garbage.
struct Fleet {
    repo: String,
    keep: Vec<String>,
    garbage: Vec<String>,
}

fn fleet(prefix: &str, seed: u32) -> Fleet {
    let repo = create_repo(prefix, &[]);
    let (a, b, c) = (
        put_untagged(&repo, seed).unwrap(),
        put_untagged(&repo, seed + 1).unwrap(),
        put_untagged(&repo, seed + 2).unwrap(),
    );
    // The nested index is pushed without a media type: found by reading it all the same.
    let inner = put_raw(&repo, None, &index_of(&[&b, &c]), None);
    let outer = put_raw(
        &repo,
        Some("multi"),
        &index_of(&[&inner, &a]),
        Some(OCI_INDEX),
    );
    let sig = put_raw(&repo, None, &signature_of(&outer, seed), None);
    let cosign = put_raw(
        &repo,
        Some(&format!(
            "sha256-{}.sig",
            outer.trim_start_matches("sha256:")
        )),
        &signature_of("sha256:0", seed + 100),
        None,
    );
    let (d, e) = (
        put_untagged(&repo, seed + 3).unwrap(),
        put_untagged(&repo, seed + 4).unwrap(),
    );
    let old = put_raw(&repo, None, &index_of(&[&d, &e]), Some(OCI_INDEX));
    let old_sig = put_raw(&repo, None, &signature_of(&old, seed + 1), None);
    let junk = put_untagged(&repo, seed + 5).unwrap();
    Fleet {
        repo,
        keep: vec![outer, inner, a, b, c, sig, cosign],
        garbage: vec![old, d, e, old_sig, junk],
    }
}

fn digests_where(plan: &Value, key: &str, value: &str) -> Vec<String> {
    let mut out: Vec<String> = plan["images"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i[key] == value)
        .map(|i| i["digest"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

fn listed(repo: &str) -> Vec<String> {
    let mut out: Vec<String> = json(ecrctl().args(["images", "list", repo, "-o", "json"]))
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["digest"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn an_untagged_prune_of_a_multi_arch_fleet_loses_nothing_and_does_what_it_planned() {
    let f = fleet("lc-graph", 900);
    // images show lists the index's referrers (the emulator has no ListImageReferrers: read
    // from the manifests' subjects and cosign's tag).
    let shown = json(ecrctl().args(["images", "show", &format!("{}:multi", f.repo), "-o", "json"]));
    let mut referrers: Vec<&str> = shown["referrers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["digest"].as_str().unwrap())
        .collect();
    referrers.sort();
    let mut sigs = vec![f.keep[5].as_str(), f.keep[6].as_str()];
    sigs.sort();
    assert_eq!(referrers, sigs, "{shown:#}");
    let sig = json(ecrctl().args([
        "images",
        "show",
        &format!("{}@{}", f.repo, f.keep[5]),
        "-o",
        "json",
    ]));
    assert_eq!(sig["subject"], f.keep[0].as_str());
    let table = ecrctl()
        .args(["images", "show", &format!("{}:multi", f.repo)])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&table.stdout).contains("signature"));
    let args = ["images", "prune", &f.repo, "--untagged", "--min-age", "0"];
    let plan = json(ecrctl().args(args).args(["-o", "json"]));
    let mut garbage = f.garbage.clone();
    garbage.sort();
    assert_eq!(
        digests_where(&plan, "action", "expire"),
        garbage,
        "{plan:#}"
    );
    let reason = |d: &str| {
        plan["images"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["digest"] == d)
            .unwrap()["reason"]
            .as_str()
            .unwrap()
            .to_string()
    };
    // Grandchildren of the tagged index stay, and say why; the signature of a kept image too.
    assert!(
        reason(&f.keep[3]).contains("which stays"),
        "{}",
        reason(&f.keep[3])
    );
    assert!(
        reason(&f.keep[5]).contains("signature of"),
        "{}",
        reason(&f.keep[5])
    );
    assert!(
        reason(&f.garbage[3]).contains("which goes"),
        "{}",
        reason(&f.garbage[3])
    );
    let done = json(ecrctl().args(args).args(["--yes", "-o", "json"]));
    assert_eq!(
        digests_where(&done, "result", "deleted"),
        garbage,
        "{done:#}"
    );
    assert_eq!(done["result"]["failed"], 0);
    let mut keep = f.keep.clone();
    keep.sort();
    assert_eq!(listed(&f.repo), keep);
    // Again: nothing left to do, and success.
    let again = ecrctl().args(args).arg("--yes").output().unwrap();
    assert!(again.status.success(), "{}", stderr_of(&again));
    assert!(stderr_of(&again).contains("nothing to delete"));
}

#[test]
fn a_tag_prune_of_an_index_takes_what_belongs_to_it() {
    let f = fleet("lc-graph-tag", 950);
    let args = ["images", "prune", &f.repo, "--tag", "multi", "--yes"];
    let out = ecrctl().args(args).args(["-o", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let done: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The index, its nested index and platform images (after it), its two signatures (OCI
    // subject and cosign tag): the whole image, and nothing else.
    let mut gone = f.keep.clone();
    gone.sort();
    assert_eq!(digests_where(&done, "result", "deleted"), gone, "{done:#}");
    let mut left = f.garbage.clone();
    left.sort();
    assert_eq!(listed(&f.repo), left);
}

#[test]
fn index_children_are_marked_listed_apart_and_never_pruned() {
    let repo = create_repo("lc-index", &[]);
    let (index, platform, attestation) = put_index(&repo, "multi", 300);
    let garbage = put_untagged(&repo, 310).unwrap();
    let all = json(ecrctl().args(["images", "list", &repo, "-o", "json"]));
    let find = |d: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|i| i["digest"] == d)
            .unwrap()
            .clone()
    };
    assert_eq!(find(&platform)["role"], "platform");
    assert_eq!(find(&platform)["indexedBy"], json!([index]));
    assert_eq!(find(&attestation)["role"], "attestation");
    assert_eq!(find(&garbage)["role"], Value::Null);
    assert!(find(&garbage).get("lastArchivedAt").is_some());
    let untagged = json(ecrctl().args(["images", "list", &repo, "--untagged", "-o", "json"]));
    let digests: Vec<&str> = untagged
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["digest"].as_str().unwrap())
        .collect();
    assert_eq!(digests, [garbage.as_str()]);
    // images show names the attestation as such.
    let shown = ecrctl()
        .args(["images", "show", &format!("{repo}:multi")])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&shown.stdout).contains("attestation of"),
        "{}",
        String::from_utf8_lossy(&shown.stdout)
    );
    // The plan deletes only the garbage; --yes does it.
    let plan = json(ecrctl().args([
        "images",
        "prune",
        &repo,
        "--untagged",
        "--min-age",
        "0",
        "-o",
        "json",
    ]));
    let expired: Vec<&str> = plan["images"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["action"] == "expire")
        .map(|i| i["digest"].as_str().unwrap())
        .collect();
    assert_eq!(expired, [garbage.as_str()]);
    assert!(tag_digest(&repo, "multi").is_some());
    ecrctl()
        .args([
            "images",
            "prune",
            &repo,
            "--untagged",
            "--min-age",
            "0",
            "--yes",
        ])
        .assert()
        .success();
    let left = json(ecrctl().args(["images", "list", &repo, "-o", "json"]));
    let left: Vec<&str> = left
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["digest"].as_str().unwrap())
        .collect();
    assert!(!left.contains(&garbage.as_str()));
    for d in [&index, &platform, &attestation] {
        assert!(left.contains(&d.as_str()), "{d} was pruned");
    }
}

#[test]
fn a_printed_policy_keeps_multi_arch_images_as_ecr_does() {
    // ECR expires no image an index that stays refers to: an untagged count rule takes the
    // garbage, never the platform image or attestation of the tagged index.
    let repo = create_repo("lc-pp", &[]);
    let (_, platform, attestation) = put_index(&repo, "multi", 500);
    for seed in 510..514 {
        put_untagged(&repo, seed).unwrap();
    }
    let out = bare_pipeline(&format!(
        "ecrctl images prune {repo} --untagged --keep-last 1 --print-policy | ecrctl lifecycle preview {repo} --file - -o json"
    ));
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    for child in [&platform, &attestation] {
        let img = plan["images"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["digest"] == child.as_str())
            .unwrap();
        assert_eq!(img["action"], "keep", "{img}");
        assert!(
            img["reason"].as_str().unwrap().contains("which stays"),
            "{img}"
        );
    }
    assert_eq!(plan["summary"]["expire"], 3, "{plan}");
    assert!(!stderr_of(&out).contains("untagged-indexes"));
}

/// `bash -eo pipefail -c SCRIPT` with ecrctl on PATH, the emulator's environment and stdin closed.
fn bare_pipeline(script: &str) -> std::process::Output {
    let path = path_with_ecrctl();
    let mut cmd = std::process::Command::new("bash");
    cmd.args(["-eo", "pipefail", "-c", script])
        .env("PATH", path)
        .envs(DUMMY_AWS_ENV)
        .env("AWS_ENDPOINT_URL", &moto().endpoint)
        .stdin(std::process::Stdio::null());
    cmd.output().unwrap()
}

#[test]
fn concurrent_prunes_all_succeed_and_an_expired_index_takes_its_platforms_along() {
    let repo = create_repo("lc-par", &[]);
    for seed in 600..640 {
        put_untagged(&repo, seed).unwrap();
    }
    eight_at_once_all_succeed(&[
        "images",
        "prune",
        &repo,
        "--untagged",
        "--min-age",
        "0",
        "--yes",
    ]);
    assert!(json(ecrctl().args(["images", "list", &repo, "-o", "json"]))
        .as_array()
        .unwrap()
        .is_empty());
    // An image index that goes takes its platform image and attestation along, after it.
    let (index, platform, attestation) = put_index(&repo, "multi", 650);
    let plan = json(ecrctl().args([
        "images",
        "prune",
        &repo,
        "--older-than",
        "1d",
        "--now",
        "2099-01-01T00:00:00Z",
        "-o",
        "json",
    ]));
    let expired: Vec<&str> = plan["images"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["action"] == "expire")
        .map(|i| i["digest"].as_str().unwrap())
        .collect();
    assert_eq!(expired.len(), 3, "{plan}");
    let out = ecrctl()
        .args([
            "images",
            "prune",
            &repo,
            "--older-than",
            "1d",
            "--now",
            "2099-01-01T00:00:00Z",
            "--yes",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let done: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(done["result"]["deleted"], 3, "{done}");
    let left = json(ecrctl().args(["images", "list", &repo, "-o", "json"]));
    for d in [&index, &platform, &attestation] {
        assert!(!left.to_string().contains(d.as_str()), "{d} left behind");
    }
}

#[test]
fn templates_refuse_options_that_make_a_policy_ecr_refuses() {
    let out = bare_ecrctl()
        .args([
            "lifecycle",
            "template",
            "keep-last",
            "--pattern",
            "a**b*c*d*e*f",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "wildcard-limit");
    let out = bare_ecrctl()
        .args([
            "lifecycle",
            "template",
            "keep-last",
            "--pattern",
            "dev-*",
            "--pattern",
            "dev-*",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bare_ecrctl()
        .args([
            "lifecycle",
            "template",
            "keep-last",
            "--pattern",
            "dev-*",
            "--pattern",
            "dev-1*",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_stderr_has(&out, "warning[rule-unreachable] rule 2: never acts");
    // An invalid policy in preview prints validate's report, in JSON too.
    let dir = tempfile::tempdir().unwrap();
    let bad = file(
        &dir,
        "bad.json",
        r#"{"rules":[{"rulePriority":1,"description":"an invalid rule here","selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":0},"action":{"type":"expir"}}]}"#,
    );
    let imgs = file(&dir, "i.json", "[]");
    let out = bare_ecrctl()
        .args([
            "lifecycle",
            "preview",
            "--images",
            &imgs,
            "--file",
            &bad,
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(15));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["valid"], false);
    assert!(
        v["findings"].to_string().contains("did you mean `expire`?"),
        "{v}"
    );
}

#[test]
fn prune_keeps_the_newest_and_what_keep_protects() {
    let repo = create_repo("lc-prune", &[]);
    for (i, t) in ["pr-1", "pr-2", "pr-3", "pr-4", "v1"].iter().enumerate() {
        put_image(&repo, t, 400 + i as u32).unwrap();
    }
    // Every push has the same second in the emulator: order by digest decides, so keep a
    // pattern that protects one image whatever its rank.
    let out = ecrctl()
        .args([
            "images",
            "prune",
            &repo,
            "--tag",
            "pr-*",
            "--keep-last",
            "1",
            "--keep",
            "pr-2",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    let doomed: Vec<String> = plan["images"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["action"] == "expire")
        .map(|i| i["tags"][0].as_str().unwrap().to_string())
        .collect();
    assert_eq!(doomed.len(), 2, "{plan}");
    assert!(!doomed.contains(&"pr-2".to_string()));
    assert!(stderr_of(&out).contains("nothing was deleted"));
    assert_eq!(
        json(ecrctl().args(["images", "list", &repo, "-o", "json"]))
            .as_array()
            .unwrap()
            .len(),
        5
    );
    ecrctl()
        .args([
            "images",
            "prune",
            &repo,
            "--tag",
            "pr-*",
            "--keep-last",
            "1",
            "--keep",
            "pr-2",
            "--yes",
        ])
        .assert()
        .success();
    for t in &doomed {
        assert!(tag_digest(&repo, t).is_none(), "{t} survived");
    }
    for t in ["pr-2", "v1"] {
        assert!(tag_digest(&repo, t).is_some(), "{t} was deleted");
    }
    // Age rules need a clock: --now moves it.
    let plan = json(ecrctl().args([
        "images",
        "prune",
        &repo,
        "--older-than",
        "30d",
        "--now",
        "2099-01-01T00:00:00Z",
        "--keep",
        "v*",
        "-o",
        "json",
    ]));
    let doomed: Vec<&Value> = plan["images"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["action"] == "expire")
        .collect();
    assert_eq!(doomed.len(), 2, "{plan}");
    let printed = json(ecrctl().args([
        "images",
        "prune",
        &repo,
        "--untagged",
        "--print-policy",
        "-o",
        "json",
    ]));
    assert_eq!(printed["rules"][0]["selection"]["countNumber"], 1);
    let out = ecrctl()
        .args(["images", "prune", &repo, "--older-than", "36h"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("whole days"));
}

mod mocked {
    //! Where the emulator cannot go: ECR's preview, DescribeImages paging, BatchDeleteImage
    //! batching and partial failures.
    use std::sync::{Arc, Mutex};

    use aws_sdk_ecr::operation::batch_delete_image::BatchDeleteImageOutput;
    use aws_sdk_ecr::operation::batch_get_image::BatchGetImageOutput;
    use aws_sdk_ecr::operation::describe_images::DescribeImagesOutput;
    use aws_sdk_ecr::operation::get_lifecycle_policy::GetLifecyclePolicyOutput;
    use aws_sdk_ecr::operation::get_lifecycle_policy_preview::GetLifecyclePolicyPreviewOutput;
    use aws_sdk_ecr::operation::start_lifecycle_policy_preview::StartLifecyclePolicyPreviewOutput;
    use aws_sdk_ecr::types::{
        Image, ImageActionType, ImageDetail, ImageFailure, ImageFailureCode, ImageIdentifier,
        LifecyclePolicyPreviewResult, LifecyclePolicyPreviewStatus, LifecyclePolicyRuleAction,
    };
    use aws_sdk_ecr::Client;
    use aws_smithy_mocks::mock;
    use aws_smithy_types::DateTime;
    use ecrctl::error::{classify, Exit};

    use super::KEEP_TWO_DEV;
    use crate::mocks::run_mocked;

    fn digest(i: usize) -> String {
        format!("sha256:{i:064x}")
    }

    fn detail(i: usize, tag: Option<&str>) -> ImageDetail {
        ImageDetail::builder()
            .image_digest(digest(i))
            .set_image_tags(tag.map(|t| vec![t.to_string()]))
            .image_pushed_at(DateTime::from_secs(1_700_000_000 + i as i64))
            .image_size_in_bytes(100)
            .build()
    }

    /// DescribeImages in two pages (the emulator returns one).
    fn two_pages(images: Vec<ImageDetail>) -> aws_smithy_mocks::Rule {
        let half = images.len() / 2;
        let (first, second) = (images[..half].to_vec(), images[half..].to_vec());
        mock!(Client::describe_images)
            .sequence()
            .output(move || {
                DescribeImagesOutput::builder()
                    .set_image_details(Some(first.clone()))
                    .next_token("page-2")
                    .build()
            })
            .output(move || {
                DescribeImagesOutput::builder()
                    .set_image_details(Some(second.clone()))
                    .build()
            })
            .build()
    }

    fn dev_images() -> Vec<ImageDetail> {
        (1..=4)
            .map(|i| detail(i, Some(&format!("dev-{i}"))))
            .collect()
    }

    fn current() -> aws_smithy_mocks::Rule {
        mock!(Client::get_lifecycle_policy).then_output(|| {
            GetLifecyclePolicyOutput::builder()
                .lifecycle_policy_text(KEEP_TWO_DEV)
                .build()
        })
    }

    fn server(
        results: Vec<LifecyclePolicyPreviewResult>,
    ) -> (aws_smithy_mocks::Rule, aws_smithy_mocks::Rule) {
        let start = mock!(Client::start_lifecycle_policy_preview)
            .then_output(|| StartLifecyclePolicyPreviewOutput::builder().build());
        let (a, b) = results.split_at(results.len() / 2);
        let (a, b) = (a.to_vec(), b.to_vec());
        let get = mock!(Client::get_lifecycle_policy_preview)
            .sequence()
            .output(|| {
                GetLifecyclePolicyPreviewOutput::builder()
                    .status(LifecyclePolicyPreviewStatus::InProgress)
                    .build()
            })
            .output(move || {
                GetLifecyclePolicyPreviewOutput::builder()
                    .status(LifecyclePolicyPreviewStatus::Complete)
                    .set_preview_results(Some(a.clone()))
                    .next_token("more")
                    .build()
            })
            .output(move || {
                GetLifecyclePolicyPreviewOutput::builder()
                    .status(LifecyclePolicyPreviewStatus::Complete)
                    .set_preview_results(Some(b.clone()))
                    .build()
            })
            .build();
        (start, get)
    }

    fn expired(i: usize) -> LifecyclePolicyPreviewResult {
        LifecyclePolicyPreviewResult::builder()
            .image_digest(digest(i))
            .action(
                LifecyclePolicyRuleAction::builder()
                    .r#type(ImageActionType::Expire)
                    .build(),
            )
            .applied_rule_priority(1)
            .build()
    }

    #[test]
    fn ecr_preview_agreeing_over_pages_exits_0() {
        // dev-1 and dev-2 are the oldest: the policy keeps two of four.
        let (start, get) = server(vec![expired(1), expired(2)]);
        let report = run_mocked(
            &[
                &current(),
                &two_pages(dev_images()),
                &plain_manifests(),
                &start,
                &get,
            ],
            &[],
            &["lifecycle", "preview", "myapp", "--server"],
        )
        .unwrap();
        assert_eq!(report.exit, Exit::Success, "{:?}", report.warnings);
        assert_eq!(report.json()["server"]["agrees"], true);
        assert_eq!(report.json()["summary"]["expire"], 2);
    }

    #[test]
    fn ecr_preview_disagreeing_exits_18_and_lists_the_images() {
        let (start, get) = server(vec![expired(1), expired(3)]);
        let report = run_mocked(
            &[
                &current(),
                &two_pages(dev_images()),
                &plain_manifests(),
                &start,
                &get,
            ],
            &[],
            &["lifecycle", "preview", "myapp", "--server"],
        )
        .unwrap();
        assert_eq!(report.exit, Exit::LifecycleMismatch);
        let d = report.json()["server"]["disagreements"]
            .as_array()
            .unwrap()
            .clone();
        assert_eq!(d.len(), 2, "{d:?}");
        assert!(report
            .warnings
            .iter()
            .any(|w| w.contains("disagree on 2 image(s)")));
    }

    #[test]
    fn prune_deletes_100_per_call_and_reports_partial_failures() {
        let images: Vec<ImageDetail> = (1..=250).map(|i| detail(i, None)).collect();
        let calls = Arc::new(Mutex::new(Vec::new()));
        let seen = calls.clone();
        let delete = mock!(Client::batch_delete_image).then_compute_output(move |req| {
            let ids = req.image_ids().to_vec();
            seen.lock().unwrap().push(ids.len());
            let (bad, good): (Vec<ImageIdentifier>, Vec<ImageIdentifier>) =
                ids.into_iter().partition(|id| {
                    [digest(7), digest(8)]
                        .iter()
                        .any(|d| id.image_digest() == Some(d.as_str()))
                });
            BatchDeleteImageOutput::builder()
                .set_image_ids(Some(good))
                .set_failures(Some(
                    bad.into_iter()
                        .map(|id| {
                            // ECR keeps what an index lists: kept, not a failure.
                            let code = if id.image_digest() == Some(digest(7).as_str()) {
                                ImageFailureCode::ImageReferencedByManifestList
                            } else {
                                ImageFailureCode::KmsError
                            };
                            ImageFailure::builder()
                                .image_id(id)
                                .failure_code(code)
                                .failure_reason("refused")
                                .build()
                        })
                        .collect(),
                ))
                .build()
        });
        let report = run_mocked(
            &[&two_pages(images), &plain_manifests(), &delete],
            &[],
            &["images", "prune", "myapp", "--untagged", "--yes"],
        )
        .unwrap();
        let mut sizes = calls.lock().unwrap().clone();
        sizes.sort();
        assert_eq!(sizes, [50, 100, 100]);
        assert_eq!(report.exit, Exit::Service);
        let failed: Vec<&serde_json::Value> = report.json()["images"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["result"] == "failed")
            .collect();
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0]["failureCode"], "KmsError");
        let held: Vec<&serde_json::Value> = report.json()["images"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["result"] == "kept-referenced")
            .collect();
        assert_eq!(held.len(), 1);
        assert_eq!(report.json()["result"]["deleted"], 248);
        assert_eq!(report.json()["result"]["keptReferenced"], 1);
        assert!(
            report.diagnostics.iter().any(|d| d
                .plain()
                .contains("248 image(s) deleted (24.2 KiB freed), 1 failed, 1 kept; ECR kept 1 that an image index still refers to")),
            "{:?}",
            report.diagnostics
        );
    }

    /// BatchGetImage of plain image manifests (nothing links them).
    fn plain_manifests() -> aws_smithy_mocks::Rule {
        mock!(Client::batch_get_image).then_compute_output(|req| {
            BatchGetImageOutput::builder()
                .set_images(Some(
                    req.image_ids()
                        .iter()
                        .map(|id| {
                            Image::builder()
                                .image_id(id.clone())
                                .image_manifest(r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"digest":"sha256:c","size":2},"layers":[]}"#)
                                .build()
                        })
                        .collect(),
                ))
                .build()
        })
    }

    #[test]
    fn prune_fails_closed_when_manifests_cannot_be_read() {
        let images: Vec<ImageDetail> = (1..=3).map(|i| detail(i, None)).collect();
        let tagged: Vec<ImageDetail> = vec![detail(9, Some("v1"))];
        let denied = mock!(Client::batch_get_image).then_error(|| {
            aws_sdk_ecr::operation::batch_get_image::BatchGetImageError::generic(
                aws_smithy_types::error::ErrorMetadata::builder()
                    .code("AccessDeniedException")
                    .message("not allowed")
                    .build(),
            )
        });
        for args in [
            &["images", "prune", "myapp", "--untagged", "--yes"][..],
            &["images", "prune", "myapp", "--tag", "v*", "--yes"][..],
            &["images", "prune", "myapp", "--older-than", "1d", "--yes"][..],
        ] {
            let mut all = images.clone();
            all.extend(tagged.clone());
            let err = run_mocked(&[&two_pages(all), &denied], &[], args).unwrap_err();
            assert_eq!(classify(&err).0, Exit::Auth, "{args:?}");
            assert!(
                format!("{err:#}").contains("nothing was deleted"),
                "{err:#}"
            );
        }
    }

    #[test]
    fn images_show_lists_referrers_from_ecr() {
        let describe = mock!(Client::describe_images).then_output(|| {
            DescribeImagesOutput::builder()
                .image_details(detail(1, Some("v1")))
                .build()
        });
        let referrers = mock!(Client::list_image_referrers).then_output(|| {
            aws_sdk_ecr::operation::list_image_referrers::ListImageReferrersOutput::builder()
                .referrers(
                    aws_sdk_ecr::types::ImageReferrer::builder()
                        .digest(digest(2))
                        .media_type("application/vnd.oci.image.manifest.v1+json")
                        .artifact_type("application/spdx+json")
                        .size(1234)
                        .build()
                        .unwrap(),
                )
                .build()
        });
        // No managed signing here: an empty answer, shown as nothing.
        let signing = mock!(Client::describe_image_signing_status).then_output(|| {
            aws_sdk_ecr::operation::describe_image_signing_status::DescribeImageSigningStatusOutput::builder().build()
        });
        let report = run_mocked(
            &[&describe, &plain_manifests(), &referrers, &signing],
            &[],
            &["images", "show", "myapp:v1"],
        )
        .unwrap();
        let json = report.json();
        assert_eq!(json["referrers"][0]["digest"], digest(2).as_str());
        assert_eq!(
            json["referrers"][0]["artifactType"],
            "application/spdx+json"
        );
    }

    #[test]
    fn a_public_repository_has_no_lifecycle_policy() {
        let err =
            run_mocked(&[], &[], &["lifecycle", "get", "public.ecr.aws/alias/tool"]).unwrap_err();
        assert_eq!(classify(&err).0, Exit::Conflict);
    }
}

#[test]
fn readme_lifecycle_rule_table_is_current() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let table = ecrctl::commands::lifecycle::rule_table();
    assert!(
        readme.contains(&table),
        "README's lifecycle rule table differs from the linter's RULES:\n{table}"
    );
}

/// A sound seven-rule policy: keepers first, then ages; nothing can empty a repository.
const SEVEN_RULES: &str = r#"{"rules":[
 {"rulePriority":1,"selection":{"tagStatus":"tagged","tagPatternList":["latest"],"countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}},
 {"rulePriority":2,"selection":{"tagStatus":"tagged","tagPatternList":["prod-*"],"countType":"imageCountMoreThan","countNumber":30},"action":{"type":"expire"}},
 {"rulePriority":3,"selection":{"tagStatus":"tagged","tagPatternList":["release-*"],"countType":"imageCountMoreThan","countNumber":20},"action":{"type":"expire"}},
 {"rulePriority":4,"selection":{"tagStatus":"tagged","tagPatternList":["dev-*"],"countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}},
 {"rulePriority":5,"selection":{"tagStatus":"tagged","tagPatternList":["pr-*"],"countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}},
 {"rulePriority":6,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":1},"action":{"type":"expire"}},
 {"rulePriority":7,"selection":{"tagStatus":"any","countType":"sinceImagePushed","countUnit":"days","countNumber":90},"action":{"type":"expire"}}]}"#;

#[test]
fn set_judges_the_year_ahead_and_validate_does_not_cry_wolf() {
    let dir = tempfile::tempdir().unwrap();
    let seven = file(&dir, "seven.json", SEVEN_RULES);
    // No false expires-newest: the keepers stop the last rule from emptying a repository.
    let out = bare_ecrctl()
        .args(["lifecycle", "validate", &seven, "--strict"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    // A policy that expires everything after 30 days is told, with the days.
    let age = r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"sinceImagePushed","countUnit":"days","countNumber":30},"action":{"type":"expire"}}]}"#;
    let age = file(&dir, "age.json", age);
    let out = bare_ecrctl()
        .args(["lifecycle", "validate", &age, "--strict"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(15));
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("if nothing is pushed for 30 days, every image is expired"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // On a repository whose images are fresh, the next run does nothing, but in 14 days the
    // dev image goes: set says when, and asks (no terminal: exit 8, nothing set).
    let repo = create_repo("lc-horizon", &[]);
    put_image(&repo, "dev-1", 700).unwrap();
    put_image(&repo, "prod-1", 701).unwrap();
    let out = ecrctl()
        .args(["lifecycle", "set", &repo, "--file", &seven])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(err.contains("next run would expire 0 image(s)"), "{err}");
    assert!(
        err.contains("within a year, if nothing is pushed, it expires tagged images from ")
            && err.contains("(in 14 days, by rule 4) and never empties the repository"),
        "{err}"
    );
    assert!(err.contains("would expire tagged images from"), "{err}");
    assert!(lifecycle_text(&repo).is_none());
    let v = json(ecrctl().args([
        "lifecycle",
        "set",
        &repo,
        "--file",
        &seven,
        "--yes",
        "-o",
        "json",
    ]));
    assert_eq!(v["result"], "applied");
    assert_eq!(v["nextRun"]["horizon"]["firstTaggedExpiry"]["rule"], 4);
    assert_eq!(v["nextRun"]["horizon"]["emptied"], Value::Null);
}

#[test]
fn keep_last_counts_images_as_people_name_them() {
    let f = fleet("lc-graph-count", 980);
    // Three images by name: the tagged index, the old untagged index, the garbage (newest).
    let out = ecrctl()
        .args([
            "images",
            "prune",
            &f.repo,
            "--keep-last",
            "2",
            "--yes",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let mut left = f.garbage.clone();
    left.sort();
    assert_eq!(listed(&f.repo), left);
    assert!(
        !stderr_of(&out).contains("every image"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_tagged_signature_of_an_image_that_stays_is_kept() {
    let repo = create_repo("lc-tagged-sbom", &[]);
    let app = put_image(&repo, "v1", 990).unwrap();
    let sbom = put_raw(&repo, Some("sbom-1"), &signature_of(&app, 990), None);
    let plan = json(ecrctl().args(["images", "prune", &repo, "--tag", "sbom-*", "-o", "json"]));
    assert_eq!(
        digests_where(&plan, "action", "expire"),
        Vec::<String>::new(),
        "{plan:#}"
    );
    let reason = plan["images"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["digest"] == sbom.as_str())
        .unwrap()["reason"]
        .clone();
    assert!(reason.as_str().unwrap().contains("which stays"), "{reason}");
    // The subject goes: its tagged signature with it, after it.
    let out = ecrctl()
        .args([
            "images", "prune", &repo, "--tag", "v1", "--yes", "-o", "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    // The warning comes before the deletion, not after it.
    let (warned, deleted) = (err.find("every image"), err.find("image(s) deleted"));
    assert!(warned.is_some() && warned < deleted, "{err}");
    assert!(listed(&repo).is_empty());
}

#[test]
fn min_age_is_said_only_when_it_kept_something() {
    // A fresh multi-arch image: its platforms are held by the index anyway.
    let repo = create_repo("lc-minage", &[]);
    put_index(&repo, "multi", 995);
    let out = ecrctl()
        .args(["images", "prune", &repo, "--untagged"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(
        !stderr_of(&out).contains("--min-age"),
        "{}",
        stderr_of(&out)
    );
    // Fresh garbage: --min-age is what keeps it.
    put_untagged(&repo, 997).unwrap();
    let out = ecrctl()
        .args(["images", "prune", &repo, "--untagged"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&out).contains("1 image(s) pushed in the last 1h kept (--min-age"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn set_dry_run_exit_code_is_1_while_the_policy_would_change() {
    let repo = create_repo("lc-dry-exit", &[]);
    let dir = tempfile::tempdir().unwrap();
    let f = file(&dir, "p.json", KEEP_TWO_DEV);
    let out = ecrctl()
        .args([
            "lifecycle",
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
    assert!(
        lifecycle_text(&repo).is_none(),
        "a dry run wrote the policy"
    );
    ecrctl()
        .args(["lifecycle", "set", &repo, "--file", &f, "--yes"])
        .assert()
        .success();
    ecrctl()
        .args([
            "lifecycle",
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

/// `--older-than X --keep-last N` together: only what is older than X goes, and never the
/// newest N (the two options were mutually exclusive before).
#[test]
fn prune_older_than_with_keep_last_always_keeps_the_newest() {
    let repo = create_repo("lc-prune-both", &[]);
    for i in 0..5 {
        put_image(&repo, &format!("b-{i}"), 900 + i).unwrap();
    }
    // Newest first, by push time; within one second (the emulator's stamps are whole seconds,
    // and five pushes may or may not cross one) the smaller digest counts as newer.
    let listed = json(ecrctl().args(["images", "list", &repo, "-o", "json"]));
    let mut by_age: Vec<(String, String)> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["pushedAt"].as_str().unwrap().to_string(),
                i["digest"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    by_age.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let newest: Vec<String> = by_age.iter().map(|(_, d)| d.clone()).collect();
    let mut digests_old: Vec<String> = newest[2..].to_vec();
    digests_old.sort();
    let plan = |extra: &[&str]| {
        json(
            ecrctl()
                .args([
                    "images",
                    "prune",
                    &repo,
                    "--older-than",
                    "30d",
                    "--keep-last",
                    "2",
                ])
                .args(extra)
                .args(["-o", "json"]),
        )
    };
    let expired = |plan: &Value| -> Vec<String> {
        let mut d: Vec<String> = plan["images"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["action"] == "expire")
            .map(|i| i["digest"].as_str().unwrap().to_string())
            .collect();
        d.sort();
        d
    };
    // Nothing is 30 days old yet: --keep-last alone would have deleted three.
    assert!(expired(&plan(&[])).is_empty());
    // Everything is old: all but the newest two go.
    let old = plan(&["--now", "2099-01-01T00:00:00Z"]);
    assert_eq!(expired(&old), digests_old, "{old}");
    let kept = old["images"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["digest"] == newest[0].as_str())
        .unwrap();
    assert!(
        kept["reason"].as_str().unwrap().contains("--keep-last 2"),
        "{kept}"
    );
    // Text lists only what it deletes unless --all; JSON above had all five.
    assert_eq!(old["images"].as_array().unwrap().len(), 5);
    let text = |all: bool| {
        let mut cmd = ecrctl();
        cmd.args([
            "images",
            "prune",
            &repo,
            "--older-than",
            "30d",
            "--keep-last",
            "2",
        ])
        .args(["--now", "2099-01-01T00:00:00Z", "-o", "text"]);
        if all {
            cmd.arg("--all");
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        (
            String::from_utf8(out.stdout.clone()).unwrap(),
            stderr_of(&out),
        )
    };
    let (only, err) = text(false);
    assert_eq!(only.lines().count(), 3, "{only}");
    assert!(only.lines().all(|l| l.starts_with("expire\t")), "{only}");
    assert!(err.contains("the 2 image(s) kept are not listed"), "{err}");
    let (all, _) = text(true);
    assert_eq!(all.lines().count(), 5, "{all}");
    // JSON lists every image: nothing is said about kept ones not being listed.
    let prune = |extra: &[&str]| {
        ecrctl()
            .args([
                "images",
                "prune",
                &repo,
                "--older-than",
                "30d",
                "--keep-last",
                "2",
            ])
            .args(extra)
            .output()
            .unwrap()
    };
    let o = prune(&["--now", "2099-01-01T00:00:00Z", "-o", "json"]);
    assert!(o.status.success(), "{}", stderr_of(&o));
    assert!(!stderr_of(&o).contains("not listed"), "{}", stderr_of(&o));
    // --dry-run --exit-code: 1 when something would be deleted, 0 when nothing would.
    let o = prune(&["--now", "2099-01-01T00:00:00Z", "--dry-run", "--exit-code"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr_of(&o));
    let o = prune(&["--dry-run", "--exit-code"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr_of(&o));
    let o = prune(&["--exit-code"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr_of(&o));
    // No lifecycle policy can say it: --print-policy refuses rather than print another rule.
    ecrctl()
        .args([
            "images",
            "prune",
            &repo,
            "--older-than",
            "30d",
            "--keep-last",
            "2",
        ])
        .arg("--print-policy")
        .assert()
        .code(2);
    // And it deletes what it planned.
    ecrctl()
        .args([
            "images",
            "prune",
            &repo,
            "--older-than",
            "30d",
            "--keep-last",
            "2",
        ])
        .args(["--now", "2099-01-01T00:00:00Z", "--yes"])
        .assert()
        .success();
    let left = json(ecrctl().args(["images", "list", &repo, "-o", "json"]));
    for (i, d) in newest.iter().enumerate() {
        let there = left
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["digest"] == d.as_str());
        assert_eq!(there, i < 2, "{d}");
    }
}

/// `images prune --now` before the pushes: the images did not exist then and are kept as such,
/// not as `--min-age`'s doing (whose hint, "`--min-age 0` prunes them too", was given with
/// --min-age already 0). `--dry-run` prints that same plan.
#[test]
fn prune_now_before_the_pushes_keeps_them_as_such() {
    let repo = create_repo("prune-future", &[]);
    for i in 0..3 {
        put_image(&repo, &format!("v{i}"), 900 + i).unwrap();
    }
    let out = ecrctl()
        .args([
            "images",
            "prune",
            &repo,
            "--keep-last",
            "1",
            "--now",
            "2020-01-01T00:00:00Z",
            "--dry-run",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("--min-age"), "{err}");
    assert!(
        err.contains("2 image(s) pushed after --now 2020-01-01T00:00:00Z kept"),
        "{err}"
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["dryRun"], true);
    assert!(
        v["images"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["action"] != "expire"),
        "{v}"
    );
}
