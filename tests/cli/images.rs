//! `ecrctl images …` against the emulator, checked through the ECR API.

use predicates::prelude::*;
use serde_json::Value;

use crate::harness::*;

fn digests_of(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i["digest"].as_str().unwrap().to_string())
        .collect()
}

/// A repository with three tagged images (sizes grow with the seed) and one untagged; the
/// mutability flags are applied afterwards (the emulator fails an untagged push to a repository
/// with exclusion filters).
fn seeded(prefix: &str, flags: &[&str]) -> (String, Vec<String>) {
    let repo = create_repo(prefix, &[]);
    let a = put_image(&repo, "v1", 1).unwrap();
    let b = put_image(&repo, "v2", 2).unwrap();
    let c = put_image(&repo, "latest", 3).unwrap();
    let u = put_untagged(&repo, 4).unwrap();
    if !flags.is_empty() {
        let verb = if flags.contains(&"--immutable") {
            "immutable"
        } else {
            "mutable"
        };
        let rest: Vec<&str> = flags
            .iter()
            .copied()
            .filter(|f| *f != "--immutable")
            .collect();
        ecrctl()
            .args(["repo", verb, &repo])
            .args(rest)
            .assert()
            .success();
    }
    (repo, vec![a, b, c, u])
}

#[test]
fn list_json_fields_and_filters() {
    let (repo, d) = seeded("img-list", &[]);
    let v = json(ecrctl().args(["images", "list", &repo]));
    assert_eq!(v.as_array().unwrap().len(), 4);
    let first = v
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["digest"] == d[0].as_str())
        .unwrap();
    assert_eq!(first["tags"], serde_json::json!(["v1"]));
    assert_eq!(
        first["sizeBytes"], 1001,
        "the emulator reports the config size"
    );
    assert_eq!(
        first["mediaType"],
        "application/vnd.docker.distribution.manifest.v2+json"
    );
    assert!(first["pushedAt"].as_str().unwrap().ends_with('Z'));
    assert!(first.get("lastPulledAt").is_some() && first.get("status").is_some());

    let tagged = json(ecrctl().args(["images", "list", &repo, "--tagged"]));
    assert_eq!(tagged.as_array().unwrap().len(), 3);
    let untagged = json(ecrctl().args(["images", "list", &repo, "--untagged"]));
    assert_eq!(digests_of(&untagged), vec![d[3].clone()]);
    let glob = json(ecrctl().args(["images", "list", &repo, "--tag", "v*"]));
    let mut got = digests_of(&glob);
    got.sort();
    let mut want = vec![d[0].clone(), d[1].clone()];
    want.sort();
    assert_eq!(got, want);
    let recent = json(ecrctl().args(["images", "list", &repo, "--since", "1h"]));
    assert_eq!(recent.as_array().unwrap().len(), 4);
}

#[test]
fn list_sorting_and_limit() {
    let (repo, d) = seeded("img-sort", &[]);
    let by_size = json(ecrctl().args(["images", "list", &repo, "--sort", "size"]));
    assert_eq!(
        digests_of(&by_size),
        vec![d[3].clone(), d[2].clone(), d[1].clone(), d[0].clone()]
    );
    let reversed = json(ecrctl().args([
        "images",
        "list",
        &repo,
        "--sort",
        "size",
        "--reverse",
        "--limit",
        "2",
    ]));
    assert_eq!(digests_of(&reversed), vec![d[0].clone(), d[1].clone()]);
    let by_tag = json(ecrctl().args(["images", "list", &repo, "--sort", "tag"]));
    assert_eq!(
        digests_of(&by_tag),
        vec![d[2].clone(), d[0].clone(), d[1].clone(), d[3].clone()]
    );
}

#[test]
fn list_text_and_table() {
    let (repo, d) = seeded("img-text", &[]);
    let out = ecrctl()
        .args(["images", "list", &repo, "--sort", "size"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "no header line: {text}");
    let fields: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(fields[0], d[2]);
    assert_eq!(fields[1], "latest");
    assert_eq!(fields[2], "1003", "bytes, not human units");
    let out = ecrctl()
        .args(["images", "list", &repo, "-o", "table"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("TAGS") && table.contains("<untagged>") && table.contains("1003 B"),
        "{table}"
    );
    assert!(
        table.contains("just now") || table.contains("minute"),
        "{table}"
    );
}

#[test]
fn list_of_a_missing_repository() {
    ecrctl()
        .args(["images", "list", &unique("img-missing")])
        .assert()
        .code(3)
        .stderr(
            predicate::str::contains("does not exist in your registry in us-east-1").and(
                predicate::str::contains("hint: it was looked up in us-east-1"),
            ),
        );
    ecrctl()
        .args(["images", "list", "ok-name", "--since", "7y"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a duration"));
}

#[test]
fn show_by_tag_digest_and_reference() {
    let (repo, d) = seeded("img-show", &[]);
    for args in [
        vec![
            "images".to_string(),
            "show".into(),
            repo.clone(),
            "v2".into(),
        ],
        vec![
            "images".to_string(),
            "show".into(),
            repo.clone(),
            d[1].clone(),
        ],
        vec![
            "images".to_string(),
            "show".into(),
            format!("123456789012.dkr.ecr.us-east-1.amazonaws.com/{repo}:v2"),
        ],
        vec![
            "images".to_string(),
            "show".into(),
            format!("{repo}@{}", d[1]),
        ],
    ] {
        let v = json(ecrctl().args(&args));
        assert_eq!(v["digest"], d[1].as_str(), "{args:?}");
        assert_eq!(v["manifest"]["configDigest"], format!("sha256:{:064x}", 3));
        assert_eq!(v["manifest"]["layers"].as_array().unwrap().len(), 1);
        assert_eq!(v["manifest"]["layers"][0]["size"], 5002);
    }
    let out = ecrctl()
        .args(["images", "show", &repo, "v2", "-o", "table"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("layers      1 (4.9 KiB compressed)"),
        "{table}"
    );
    ecrctl()
        .args(["images", "show", &repo, "nope"])
        .assert()
        .code(3);
    // Any tag the API takes may exist: looked up (not found here), not refused.
    ecrctl()
        .args(["images", "show", &repo, "bad+tag"])
        .assert()
        .code(3);
    ecrctl()
        .args(["images", "show", &repo, &"a".repeat(301)])
        .assert()
        .code(2);
}

fn tag_results(v: &Value) -> Vec<(String, String)> {
    v["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["tag"].as_str().unwrap().to_string(),
                t["result"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn tag_on_a_mutable_repository() {
    let (repo, d) = seeded("img-tag-mut", &[]);
    let v = json(ecrctl().args(["images", "tag", &repo, "v1", "v1", "prod", "latest"]));
    assert_eq!(
        tag_results(&v),
        pairs(&[
            ("v1", "unchanged"),
            ("prod", "created"),
            ("latest", "moved")
        ])
    );
    assert_eq!(v["tags"][2]["previousDigest"], d[2].as_str());
    assert_eq!(tag_digest(&repo, "prod").as_deref(), Some(d[0].as_str()));
    assert_eq!(tag_digest(&repo, "latest").as_deref(), Some(d[0].as_str()));
}

#[test]
fn tag_refuses_immutable_tags_and_honours_exclusions() {
    let (repo, d) = seeded("img-tag-imm", &["--immutable", "--except", "latest"]);
    let out = ecrctl()
        .args([
            "images",
            "tag",
            &repo,
            d[0].as_str(),
            "v2",
            "latest",
            "release",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        tag_results(&v),
        pairs(&[
            ("v2", "refused"),
            ("latest", "moved"),
            ("release", "created")
        ])
    );
    assert_eq!(v["tags"][1]["matchedFilter"], "latest");
    assert_eq!(
        tag_digest(&repo, "v2").as_deref(),
        Some(d[1].as_str()),
        "refused tag untouched"
    );
    assert_eq!(tag_digest(&repo, "latest").as_deref(), Some(d[0].as_str()));
    assert_eq!(tag_digest(&repo, "release").as_deref(), Some(d[0].as_str()));
}

#[test]
fn tag_all_or_nothing_and_dry_run_write_nothing() {
    let (repo, d) = seeded("img-tag-aon", &["--immutable"]);
    ecrctl()
        .args([
            "images",
            "tag",
            &repo,
            "v1",
            "v2",
            "fresh",
            "--all-or-nothing",
        ])
        .assert()
        .code(10)
        .stderr(predicate::str::contains("nothing written"));
    assert_eq!(tag_digest(&repo, "fresh"), None);
    let v = json(ecrctl().args(["images", "tag", &repo, "v1", "fresh", "--dry-run"]));
    assert_eq!(tag_results(&v), pairs(&[("fresh", "planned")]));
    assert_eq!(tag_digest(&repo, "fresh"), None);
    let _ = d;
}

#[test]
fn tag_with_a_mutable_exclusion() {
    let (repo, _) = seeded("img-tag-mutx", &["--except", "release"]);
    put_image(&repo, "release", 9).unwrap();
    ecrctl()
        .args(["images", "tag", &repo, "v1", "release"])
        .assert()
        .code(10);
    ecrctl()
        .args(["images", "tag", &repo, "v1", "latest"])
        .assert()
        .success();
    ecrctl()
        .args(["images", "tag", &repo, "missing-tag", "x"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("not found"));
}

#[test]
fn delete_reports_each_image() {
    let (repo, d) = seeded("img-del", &[]);
    ecrctl()
        .args(["images", "delete", &repo, "v1"])
        .assert()
        .code(8);
    let out = ecrctl()
        .args([
            "images",
            "delete",
            &repo,
            "v1",
            d[3].as_str(),
            "nope",
            "--yes",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "one was not found");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let results: Vec<&str> = v["images"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["result"].as_str().unwrap())
        .collect();
    assert_eq!(results, ["deleted", "deleted", "not-found"]);
    assert_eq!(v["images"][2]["failureCode"], "ImageNotFound");
    // Every item has the same keys, null where they do not apply.
    for item in v["images"].as_array().unwrap() {
        let mut keys: Vec<&String> = item.as_object().unwrap().keys().collect();
        keys.sort();
        assert_eq!(
            keys,
            ["digest", "failureCode", "failureReason", "image", "result"]
        );
    }
    assert_eq!(v["images"][0]["failureCode"], Value::Null);
    let left = json(ecrctl().args(["images", "list", &repo]));
    let mut left = digests_of(&left);
    left.sort();
    let mut want = vec![d[1].clone(), d[2].clone()];
    want.sort();
    assert_eq!(left, want);

    // Deleting one tag of an image that has another only untags it.
    ecrctl()
        .args(["images", "tag", &repo, "v2", "keep"])
        .assert()
        .success();
    let v = json(ecrctl().args(["images", "delete", &repo, "v2", "--yes"]));
    assert_eq!(v["images"][0]["result"], "untagged");
    assert_eq!(tag_digest(&repo, "keep").as_deref(), Some(d[1].as_str()));
    ecrctl()
        .args(["images", "delete", &repo, "v2", "--yes"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("1 not found"));

    // A cleanup job's second run: --if-exists makes what is gone a success.
    let v = json(ecrctl().args(["images", "delete", &repo, "v2", "--yes", "--if-exists"]));
    assert_eq!(v["images"][0]["result"], "not-found");
    // ...but not a repository that does not exist (a mistyped name): exit 3, the JSON error.
    let gone = unique("img-gone");
    let e = json_failure(
        ecrctl().args(["images", "delete", &gone, "v1", "--yes", "--if-exists"]),
        3,
    );
    assert_eq!(e["code"], "RepositoryNotFoundException");
}

/// An image deleted by digest names its digest in JSON, whatever the answer carries.
#[test]
fn delete_by_digest_reports_the_digest() {
    let repo = create_repo("img-del-digest", &[]);
    let digest = put_image(&repo, "v1", 41).unwrap();
    let v = json(ecrctl().args(["images", "delete", &repo, &digest, "--yes"]));
    assert_eq!(v["images"][0]["result"], "deleted");
    assert_eq!(v["images"][0]["digest"], digest.as_str());
}

/// A tag written through the API that docker could not have pushed can still be read and
/// deleted (ECR's PutImage takes any 1-300 characters).
#[test]
fn a_tag_outside_the_docker_grammar_can_be_shown_and_deleted() {
    let repo = create_repo("img-odd-tag", &[]);
    put_image(&repo, "odd$(tag)", 42).unwrap();
    ecrctl()
        .args(["images", "show", &repo, "odd$(tag)"])
        .assert()
        .success();
    let v = json(ecrctl().args(["images", "delete", &repo, "odd$(tag)", "--yes"]));
    assert_eq!(v["images"][0]["result"], "deleted");
    // A new tag still follows the docker grammar.
    ecrctl()
        .args(["images", "tag", &repo, "odd$(tag)", "new$tag"])
        .assert()
        .code(2);
}

/// `images tag` moving the only tag off a signed image: a warning and
/// `untaggedWithReferrers`, exit 0. The emulator has no ListImageReferrers (the manifests'
/// subjects say it), and deletes the image the tag leaves (ECR keeps it untagged): the
/// referrers are read before the write.
#[test]
fn a_tag_move_that_leaves_a_signed_image_untagged_warns() {
    let repo = create_repo("img-tag-referrers", &[]);
    let old = put_image(&repo, "latest", 41).unwrap();
    let sig =
        crate::lifecycle::put_raw(&repo, None, &crate::lifecycle::signature_of(&old, 41), None);
    put_image(&repo, "v2", 42).unwrap();
    let out = ecrctl()
        .args([
            "images",
            "tag",
            &repo,
            "v2",
            "latest",
            "--dry-run",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["untaggedWithReferrers"][0]["digest"], old.as_str(), "{v}");
    assert_eq!(v["untaggedWithReferrers"][0]["movedTags"][0], "latest");
    assert!(
        stderr_of(&out).contains("would leave"),
        "{}",
        stderr_of(&out)
    );
    let out = ecrctl()
        .args(["images", "tag", &repo, "v2", "latest", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["untaggedWithReferrers"][0]["referrers"][0]["digest"],
        sig.as_str(),
        "{v}"
    );
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("moving `latest` left") && stderr.contains("1 signature refers to it"),
        "{stderr}"
    );
    // A new tag moves nothing: nothing to say.
    let out = ecrctl()
        .args(["images", "tag", &repo, "v2", "fresh", "-o", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["untaggedWithReferrers"], serde_json::json!([]));
}

mod mocked {
    //! images where the emulator cannot go: paging, archived images, ECR Public, multi-arch
    //! indexes; and a snapshot of the table layout.
    use std::sync::{Arc, Mutex};

    use aws_sdk_ecr::operation::batch_get_image::BatchGetImageOutput;
    use aws_sdk_ecr::operation::describe_images::DescribeImagesOutput;
    use aws_sdk_ecr::types::{Image, ImageDetail, ImageIdentifier, ImageStatus};
    use aws_sdk_ecr::Client;
    use aws_smithy_mocks::mock;
    use aws_smithy_types::DateTime;
    use ecrctl::cli::OutputFormat;

    use crate::mocks::{rendered, run_mocked};

    fn d(c: char) -> String {
        format!("sha256:{}", c.to_string().repeat(64))
    }

    /// An image as ECR describes it: media type and artifact (config) type said, so no
    /// manifest needs reading to know it is a plain image.
    fn detail(digest: &str, tags: &[&str], status: Option<ImageStatus>) -> ImageDetail {
        ImageDetail::builder()
            .image_digest(digest)
            .image_manifest_media_type("application/vnd.oci.image.manifest.v1+json")
            .artifact_media_type("application/vnd.oci.image.config.v1+json")
            .set_image_tags(Some(tags.iter().map(|t| t.to_string()).collect()))
            .image_size_in_bytes(1000)
            .image_pushed_at(DateTime::from_secs(1_700_000_000))
            .set_image_status(status)
            .build()
    }

    /// Regional routing as in production: a repository URI's region, FIPS, dual-stack and China
    /// forms choose the endpoint the request is sent to.
    #[test]
    fn a_uri_routes_to_its_regional_endpoint() {
        let cases = [
            (
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/app",
                "api.ecr.us-east-1.amazonaws.com",
            ),
            (
                "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app",
                "api.ecr.eu-west-1.amazonaws.com",
            ),
            (
                "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/app",
                "api.ecr-fips.us-gov-west-1.amazonaws.com",
            ),
            (
                "123456789012.dkr-ecr.eu-west-1.on.aws/app",
                "ecr.eu-west-1.api.aws",
            ),
            (
                "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app",
                "api.ecr.cn-north-1.amazonaws.com.cn",
            ),
        ];
        for (uri, host) in cases {
            let list = mock!(Client::describe_images)
                .then_output(|| DescribeImagesOutput::builder().build());
            let (report, hosts) =
                crate::mocks::run_mocked_seeing_hosts(&[&list], &[], &["images", "list", uri]);
            report.unwrap();
            assert_eq!(hosts, vec![host.to_string()], "{uri}");
        }
    }

    #[test]
    fn list_follows_every_page_at_the_largest_page_size() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let s2 = seen.clone();
        let pages = mock!(Client::describe_images).then_compute_output(move |req| {
            s2.lock()
                .unwrap()
                .push((req.next_token().map(str::to_string), req.max_results()));
            match req.next_token() {
                None => DescribeImagesOutput::builder()
                    .image_details(detail(&d('a'), &["v1"], None))
                    .next_token("t2")
                    .build(),
                Some("t2") => DescribeImagesOutput::builder()
                    .image_details(detail(&d('b'), &["v2"], None))
                    .next_token("t3")
                    .build(),
                _ => DescribeImagesOutput::builder()
                    .image_details(detail(&d('c'), &[], None))
                    .build(),
            }
        });
        let report = run_mocked(&[&pages], &[], &["images", "list", "app"]).unwrap();
        assert_eq!(report.json().as_array().unwrap().len(), 3);
        assert_eq!(
            *seen.lock().unwrap(),
            vec![
                (None, Some(1000)),
                (Some("t2".into()), Some(1000)),
                (Some("t3".into()), Some(1000))
            ]
        );
    }

    #[test]
    fn archived_images_are_asked_for_and_shown() {
        let filters = Arc::new(Mutex::new(Vec::new()));
        let f2 = filters.clone();
        let pages = mock!(Client::describe_images).then_compute_output(move |req| {
            let f = req.filter();
            f2.lock().unwrap().push((
                f.and_then(|f| f.image_status())
                    .map(|s| s.as_str().to_string()),
                f.and_then(|f| f.tag_status())
                    .map(|s| s.as_str().to_string()),
            ));
            DescribeImagesOutput::builder()
                .image_details(detail(&d('a'), &["old"], Some(ImageStatus::Archived)))
                .image_details(detail(&d('b'), &["new"], Some(ImageStatus::Active)))
                .build()
        });
        let report = run_mocked(
            &[&pages],
            &[],
            &["images", "list", "app", "--status", "archived", "--tagged"],
        )
        .unwrap();
        assert_eq!(
            *filters.lock().unwrap(),
            vec![(Some("ARCHIVED".to_string()), Some("TAGGED".to_string()))]
        );
        let rows = report.json().as_array().unwrap();
        assert_eq!(rows.len(), 1, "only the archived one is kept");
        assert_eq!(rows[0]["status"], "archived");

        let report = run_mocked(
            &[&pages],
            &[],
            &["images", "list", "app", "--status", "any"],
        )
        .unwrap();
        assert_eq!(report.json().as_array().unwrap().len(), 2);
        assert!(rendered(&report, OutputFormat::Table).contains("archived"));
    }

    #[test]
    fn show_a_multi_arch_index() {
        let index = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
            {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:1111111111111111111111111111111111111111111111111111111111111111","size":1200,"platform":{"os":"linux","architecture":"amd64"}},
            {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:2222222222222222222222222222222222222222222222222222222222222222","size":1300,"platform":{"os":"linux","architecture":"arm64","variant":"v8"}}]}"#;
        let details = mock!(Client::describe_images).then_output(|| {
            DescribeImagesOutput::builder()
                .image_details(detail(&d('f'), &["multi"], Some(ImageStatus::Active)))
                .build()
        });
        let manifest = mock!(Client::batch_get_image)
            .match_requests(|r| !r.accepted_media_types().is_empty())
            .then_output(move || {
                BatchGetImageOutput::builder()
                    .images(
                        Image::builder()
                            .image_id(
                                ImageIdentifier::builder()
                                    .image_tag("multi")
                                    .image_digest(d('f'))
                                    .build(),
                            )
                            .image_manifest(index)
                            .image_manifest_media_type("application/vnd.oci.image.index.v1+json")
                            .build(),
                    )
                    .build()
            });
        let referrers = mock!(Client::list_image_referrers).then_output(|| {
            aws_sdk_ecr::operation::list_image_referrers::ListImageReferrersOutput::builder()
                .build()
        });
        let signing = mock!(Client::describe_image_signing_status).then_output(|| {
            aws_sdk_ecr::operation::describe_image_signing_status::DescribeImageSigningStatusOutput::builder().build()
        });
        let report = run_mocked(
            &[&details, &manifest, &referrers, &signing],
            &[],
            &["images", "show", "app", "multi"],
        )
        .unwrap();
        assert_eq!(report.json()["referrers"], serde_json::json!([]));
        let platforms = report.json()["manifest"]["platforms"].as_array().unwrap();
        assert_eq!(platforms.len(), 2);
        assert_eq!(platforms[1]["architecture"], "arm64");
        assert_eq!(platforms[1]["variant"], "v8");
        let table = rendered(&report, OutputFormat::Table);
        assert!(table.contains("MANIFEST SIZE"), "{table}");
        assert!(
            table.contains("PLATFORM")
                && table.contains("linux/arm64/v8")
                && table.contains("sha256:222222222222"),
            "{table}"
        );
        let text = rendered(&report, OutputFormat::Text);
        assert!(
            text.contains("platform\tlinux/amd64\tsha256:1111"),
            "{text}"
        );
    }

    mod public {
        use super::*;
        use aws_sdk_ecrpublic::operation::batch_delete_image::BatchDeleteImageOutput;
        use aws_sdk_ecrpublic::operation::describe_images::DescribeImagesOutput as PubImages;
        use aws_sdk_ecrpublic::types::{
            ImageDetail as PubDetail, ImageFailure, ImageFailureCode, ImageIdentifier as PubId,
        };
        use aws_sdk_ecrpublic::Client as Public;

        fn pub_detail(digest: &str, tag: &str) -> PubDetail {
            PubDetail::builder()
                .image_digest(digest)
                .image_tags(tag)
                .image_size_in_bytes(2048)
                .image_pushed_at(DateTime::from_secs(1_700_000_000))
                .build()
        }

        #[test]
        fn list_show_and_delete_through_ecr_public() {
            let list = mock!(Public::describe_images)
                .match_requests(|r| r.repository_name() == Some("tool") && r.image_ids().is_empty())
                .sequence()
                .output(|| {
                    PubImages::builder()
                        .image_details(pub_detail(&d('a'), "v1"))
                        .next_token("n")
                        .build()
                })
                .output(|| {
                    PubImages::builder()
                        .image_details(pub_detail(&d('b'), "v2"))
                        .build()
                })
                .build();
            let report = run_mocked(
                &[],
                &[&list],
                &["images", "list", "public.ecr.aws/myalias/tool"],
            )
            .unwrap();
            assert_eq!(report.json().as_array().unwrap().len(), 2);
            assert_eq!(report.json()[0]["sizeBytes"], 2048);

            let one = mock!(Public::describe_images)
                .match_requests(|r| r.image_ids().first().and_then(|i| i.image_tag()) == Some("v1"))
                .then_output(|| {
                    PubImages::builder()
                        .image_details(pub_detail(&d('a'), "v1"))
                        .build()
                });
            let report =
                run_mocked(&[], &[&one], &["images", "show", "tool", "v1", "--public"]).unwrap();
            assert_eq!(report.json()["digest"], d('a').as_str());
            assert!(report.status[0].contains("does not serve manifests"));

            let delete = mock!(Public::batch_delete_image).then_output(|| {
                BatchDeleteImageOutput::builder()
                    .image_ids(
                        PubId::builder()
                            .image_tag("v1")
                            .image_digest(d('a'))
                            .build(),
                    )
                    .failures(
                        ImageFailure::builder()
                            .image_id(PubId::builder().image_tag("v9").build())
                            .failure_code(ImageFailureCode::ImageNotFound)
                            .failure_reason("not found")
                            .build(),
                    )
                    .build()
            });
            // Afterwards the image is looked up: gone, so "deleted" (not "untagged").
            let gone = mock!(Public::describe_images).then_error(|| {
                aws_sdk_ecrpublic::operation::describe_images::DescribeImagesError::ImageNotFoundException(
                    aws_sdk_ecrpublic::types::error::ImageNotFoundException::builder()
                        .meta(crate::mocks::meta("ImageNotFoundException"))
                        .build(),
                )
            });
            let report = run_mocked(
                &[],
                &[&delete, &gone],
                &["images", "delete", "tool", "v1", "v9", "--public", "--yes"],
            )
            .unwrap();
            assert_eq!(report.json()["images"][0]["result"], "deleted");
            assert_eq!(report.json()["images"][1]["result"], "not-found");
            assert_eq!(report.json()["images"][0]["digest"], d('a').as_str());
            assert_eq!(report.json()["images"][1]["failureCode"], "ImageNotFound");
            assert_eq!(report.exit, ecrctl::error::Exit::NotFound);
        }
    }

    /// An image with DescribeImages' scan summary: its status and counts per severity.
    fn scanned(digest: &str, tags: &[&str], counts: &[(&str, i32)]) -> ImageDetail {
        use aws_sdk_ecr::types::{
            FindingSeverity, ImageScanFindingsSummary, ImageScanStatus, ScanStatus,
        };
        let mut summary = ImageScanFindingsSummary::builder();
        for (s, n) in counts {
            summary = summary.finding_severity_counts(FindingSeverity::from(*s), *n);
        }
        let mut image = detail(digest, tags, None);
        image.image_scan_status = Some(
            ImageScanStatus::builder()
                .status(ScanStatus::Complete)
                .build(),
        );
        image.image_scan_findings_summary = Some(summary.build());
        image
    }

    /// `images list --scan`: status and counts from the listing itself, in every format; no
    /// call but DescribeImages (any other would find no mock rule and fail the command).
    #[test]
    fn list_scan_reads_the_summaries_of_the_listing_only() {
        let list = mock!(Client::describe_images).then_output(|| {
            DescribeImagesOutput::builder()
                .image_details(scanned(&d('a'), &["v1"], &[("CRITICAL", 1), ("HIGH", 2)]))
                .image_details(scanned(&d('b'), &["v2"], &[]))
                .image_details(detail(&d('c'), &["v3"], None))
                .build()
        });
        let report = run_mocked(&[&list], &[], &["images", "list", "app", "--scan"]).unwrap();
        assert_eq!(list.num_calls(), 1);
        let rows = report.json();
        let by_tag = |t: &str| {
            rows.as_array()
                .unwrap()
                .iter()
                .find(|r| r["tags"][0] == t)
                .unwrap()
                .clone()
        };
        assert_eq!(by_tag("v1")["scanStatus"], "COMPLETE");
        assert_eq!(
            by_tag("v1")["scanFindings"],
            serde_json::json!({"critical": 1, "high": 2, "medium": 0, "low": 0, "informational": 0, "undefined": 0})
        );
        assert_eq!(by_tag("v2")["scanFindings"]["critical"], 0);
        assert_eq!(by_tag("v3")["scanFindings"], serde_json::Value::Null);
        let table = rendered(&report, OutputFormat::Table);
        assert!(table.contains("FINDINGS"), "{table}");
        assert!(
            table.contains("1 critical,") && table.contains("2 high"),
            "{table}"
        );
        assert!(table.contains("no findings"), "{table}");
        let text = rendered(&report, OutputFormat::Text);
        let v1 = text.lines().find(|l| l.contains("\tv1\t")).unwrap();
        let fields: Vec<&str> = v1.split('\t').collect();
        // scanFindings.critical … .undefined follow `subject`.
        assert_eq!(fields[12..18], ["1", "2", "0", "0", "0", "0"], "{v1}");
        // Without --scan the table stays as it was (the SCAN column when any image has one).
        let plain = run_mocked(&[&list], &[], &["images", "list", "app"]).unwrap();
        let table = rendered(&plain, OutputFormat::Table);
        assert!(
            table.contains("SCAN") && !table.contains("FINDINGS"),
            "{table}"
        );
    }

    /// `images show`: the scan's counts as a field and a `scan` text line.
    #[test]
    fn show_gives_the_scan_summary() {
        let details = mock!(Client::describe_images).then_output(|| {
            DescribeImagesOutput::builder()
                .image_details(scanned(&d('a'), &["v1"], &[("MEDIUM", 3)]))
                .build()
        });
        let manifest =
            mock!(Client::batch_get_image).then_output(|| BatchGetImageOutput::builder().build());
        let referrers = mock!(Client::list_image_referrers).then_output(|| {
            aws_sdk_ecr::operation::list_image_referrers::ListImageReferrersOutput::builder()
                .build()
        });
        let signing = mock!(Client::describe_image_signing_status).then_output(|| {
            aws_sdk_ecr::operation::describe_image_signing_status::DescribeImageSigningStatusOutput::builder().build()
        });
        let report = run_mocked(
            &[&details, &manifest, &referrers, &signing],
            &[],
            &["images", "show", "app", "v1"],
        )
        .unwrap();
        assert_eq!(report.json()["scanFindings"]["medium"], 3);
        let table = rendered(&report, OutputFormat::Table);
        assert!(table.contains("3 medium"), "{table}");
        let text = rendered(&report, OutputFormat::Text);
        assert!(
            text.contains("\nscan\tCOMPLETE\t0\t0\t3\t0\t0\t0\n"),
            "{text}"
        );
    }
    fn referrer(digest: &str, artifact_type: &str) -> aws_sdk_ecr::types::ImageReferrer {
        aws_sdk_ecr::types::ImageReferrer::builder()
            .digest(digest)
            .media_type("application/vnd.oci.image.manifest.v1+json")
            .artifact_type(artifact_type)
            .size(700)
            .build()
            .unwrap()
    }

    /// `images show`: ListImageReferrers grouped by kind (signatures first) with the format
    /// people know, and ECR managed signing where the registry signs.
    #[test]
    fn show_groups_referrers_and_gives_managed_signing() {
        use aws_sdk_ecr::operation::describe_image_signing_status::DescribeImageSigningStatusOutput;
        use aws_sdk_ecr::operation::list_image_referrers::ListImageReferrersOutput;
        use aws_sdk_ecr::types::{ImageSigningStatus, SigningStatus};
        let details = mock!(Client::describe_images).then_output(|| {
            DescribeImagesOutput::builder()
                .image_details(detail(&d('a'), &["v1"], None))
                .build()
        });
        let manifest =
            mock!(Client::batch_get_image).then_output(|| BatchGetImageOutput::builder().build());
        let referrers = mock!(Client::list_image_referrers).then_output(|| {
            ListImageReferrersOutput::builder()
                .referrers(referrer(&d('s'), "application/spdx+json"))
                .referrers(referrer(&d('n'), "application/vnd.cncf.notary.signature"))
                .referrers(referrer(
                    &d('c'),
                    "application/vnd.dev.cosign.artifact.sig.v1+json",
                ))
                .build()
        });
        let signing = mock!(Client::describe_image_signing_status).then_output(|| {
            DescribeImageSigningStatusOutput::builder()
                .signing_statuses(
                    ImageSigningStatus::builder()
                        .signing_profile_arn(
                            "arn:aws:signer:us-east-1:123456789012:/signing-profiles/release",
                        )
                        .status(SigningStatus::Complete)
                        .build(),
                )
                .build()
        });
        let report = run_mocked(
            &[&details, &manifest, &referrers, &signing],
            &[],
            &["images", "show", "app", "v1"],
        )
        .unwrap();
        let v = report.json();
        let kinds: Vec<&str> = v["referrers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["kind"].as_str().unwrap())
            .collect();
        assert_eq!(kinds, ["signature", "signature", "SBOM"]);
        assert_eq!(v["referrers"][0]["format"], "Notation");
        assert_eq!(v["referrers"][1]["format"], "cosign");
        assert_eq!(
            v["referrerKinds"],
            serde_json::json!(["signature", "signature", "SBOM"])
        );
        assert_eq!(v["signing"][0]["status"], "COMPLETE");
        let table = rendered(&report, OutputFormat::Table);
        for said in [
            "2 signatures and 1 SBOM",
            "(Notation)",
            "(SPDX)",
            "COMPLETE (signing profile release)",
        ] {
            assert!(table.contains(said), "{said}: {table}");
        }
        let text = rendered(&report, OutputFormat::Text);
        assert!(
            text.contains("\nsigning\tCOMPLETE\tarn:aws:signer:us-east-1:123456789012:/signing-profiles/release\t-\n"),
            "{text}"
        );
    }

    /// No signing configuration (an empty answer) or no right to read it: silence, not an
    /// error, and no warning.
    #[test]
    fn show_is_silent_about_signing_it_cannot_read() {
        use aws_sdk_ecr::operation::describe_image_signing_status::{
            DescribeImageSigningStatusError, DescribeImageSigningStatusOutput,
        };
        let details = mock!(Client::describe_images).then_output(|| {
            DescribeImagesOutput::builder()
                .image_details(detail(&d('a'), &["v1"], None))
                .build()
        });
        let manifest =
            mock!(Client::batch_get_image).then_output(|| BatchGetImageOutput::builder().build());
        let referrers = mock!(Client::list_image_referrers).then_output(|| {
            aws_sdk_ecr::operation::list_image_referrers::ListImageReferrersOutput::builder()
                .build()
        });
        let empty = mock!(Client::describe_image_signing_status)
            .then_output(|| DescribeImageSigningStatusOutput::builder().build());
        let denied = mock!(Client::describe_image_signing_status).then_error(|| {
            DescribeImageSigningStatusError::generic(crate::mocks::meta("AccessDeniedException"))
        });
        for signing in [&empty, &denied] {
            let report = run_mocked(
                &[&details, &manifest, &referrers, signing],
                &[],
                &["images", "show", "app", "v1"],
            )
            .unwrap();
            assert_eq!(signing.num_calls(), 1);
            assert_eq!(report.json()["signing"], serde_json::Value::Null);
            assert!(report.diagnostics.is_empty() && report.warnings.is_empty());
            assert!(!rendered(&report, OutputFormat::Table).contains("signing"));
        }
    }

    /// `images list --referrers`: the listing asks for every image (the filters apply after,
    /// so referrers are counted), marks the images that have referrers and the referrers
    /// themselves.
    #[test]
    fn list_referrers_marks_both_ends() {
        let filters = Arc::new(Mutex::new(Vec::new()));
        let f2 = filters.clone();
        let list = mock!(Client::describe_images).then_compute_output(move |req| {
            f2.lock()
                .unwrap()
                .push(req.filter().and_then(|f| f.tag_status()).is_some());
            let mut sig = detail(&d('s'), &[], None);
            sig.subject_manifest_digest = Some(d('a'));
            sig.artifact_media_type = Some("application/vnd.cncf.notary.signature".into());
            let mut sbom = detail(&d('b'), &[], None);
            sbom.subject_manifest_digest = Some(d('a'));
            sbom.artifact_media_type = Some("application/spdx+json".into());
            DescribeImagesOutput::builder()
                .image_details(detail(&d('a'), &["v1"], None))
                .image_details(sig)
                .image_details(sbom)
                .image_details(detail(&d('c'), &["v2"], None))
                .build()
        });
        let report = run_mocked(
            &[&list],
            &[],
            &["images", "list", "app", "--referrers", "--tagged"],
        )
        .unwrap();
        assert_eq!(*filters.lock().unwrap(), [false], "no tag filter sent");
        let rows = report.json();
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), 2, "--tagged applies after counting");
        let v1 = rows.iter().find(|r| r["tags"][0] == "v1").unwrap();
        assert_eq!(
            v1["referrerKinds"],
            serde_json::json!(["signature", "SBOM"])
        );
        let table = rendered(&report, OutputFormat::Table);
        assert!(
            table.contains("REFERRERS") && table.contains("signature,") && table.contains("1 SBOM"),
            "{table}"
        );

        let all = run_mocked(&[&list], &[], &["images", "list", "app", "--referrers"]).unwrap();
        let sig = all.json();
        let sig = sig
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["digest"] == d('s').as_str())
            .unwrap()
            .clone();
        assert_eq!(sig["referrerKind"], "signature");
        let table = rendered(&all, OutputFormat::Table);
        assert!(table.contains("signature of"), "{table}");
        let text = rendered(&all, OutputFormat::Text);
        let line = text.lines().find(|l| l.starts_with(&d('a'))).unwrap();
        assert!(line.ends_with("\t-\tsignature,SBOM"), "{line}");
    }
    /// `images list --all-repos` and `repo list --stats` follow every page of the repository
    /// listing and of each repository's images (the emulator answers in one page).
    #[test]
    fn all_repos_and_stats_follow_every_page() {
        use aws_sdk_ecr::operation::describe_repositories::DescribeRepositoriesOutput;
        use aws_sdk_ecr::types::Repository;
        let repos = mock!(Client::describe_repositories).then_compute_output(|req| {
            let repo = |n: &str| Repository::builder().repository_name(n).build();
            match req.next_token() {
                None => DescribeRepositoriesOutput::builder()
                    .repositories(repo("b-svc"))
                    .next_token("r2")
                    .build(),
                _ => DescribeRepositoriesOutput::builder()
                    .repositories(repo("a-svc"))
                    .build(),
            }
        });
        let images = mock!(Client::describe_images).then_compute_output(|req| {
            let (first, second) = match req.repository_name() {
                Some("a-svc") => ('a', 'b'),
                _ => ('c', 'd'),
            };
            match req.next_token() {
                None => DescribeImagesOutput::builder()
                    .image_details(detail(&d(first), &["v1"], None))
                    .next_token("i2")
                    .build(),
                _ => DescribeImagesOutput::builder()
                    .image_details(detail(&d(second), &[], None))
                    .build(),
            }
        });
        let report = run_mocked(
            &[&repos, &images],
            &[],
            &["images", "list", "--all-repos", "--sort", "tag"],
        )
        .unwrap();
        let listed: Vec<(String, String)> = report
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["repository"].as_str().unwrap().to_string(),
                    r["digest"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(listed.len(), 4, "{listed:?}");
        // One order over all: the tagged images of both repositories first.
        assert_eq!(listed[0], ("a-svc".to_string(), d('a')));
        assert_eq!(listed[1], ("b-svc".to_string(), d('c')));
        let text = rendered(&report, OutputFormat::Text);
        assert!(
            text.starts_with(&format!("a-svc\t{}\tv1\t1000\t", d('a'))),
            "{text}"
        );
        assert!(rendered(&report, OutputFormat::Table).contains("REPOSITORY"));

        let report = run_mocked(&[&repos, &images], &[], &["repo", "list", "--stats"]).unwrap();
        let v = report.json();
        assert_eq!(v[0]["name"], "a-svc");
        assert_eq!(
            (&v[0]["images"], &v[0]["bytes"], &v[0]["untagged"]),
            (
                &serde_json::json!(2),
                &serde_json::json!(2000),
                &serde_json::json!(1)
            )
        );
        assert_eq!(v[1]["name"], "b-svc");
        assert_eq!(v[1]["newestPushAt"], "2023-11-14T22:13:20Z");
    }
}

/// One size for an image index: the sum of its platform images, read by the size filters,
/// `--sort size`, the table and `totalSizeBytes` alike (ECR's `sizeBytes` kept as reported).
#[test]
fn an_index_has_one_size_everywhere() {
    let repo = create_repo("img-index-size", &[]);
    put_image(&repo, "single", 40).unwrap();
    let (index, platform, _) = crate::lifecycle::put_index(&repo, "multi", 50);
    let rows = json(ecrctl().args(["images", "list", &repo]));
    let row = |d: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["digest"] == d)
            .unwrap()
            .clone()
    };
    let platform_size = row(&platform)["sizeBytes"].as_i64().unwrap();
    assert_eq!(row(&index)["totalSizeBytes"], platform_size, "{rows}");
    assert_eq!(row(&platform)["totalSizeBytes"], platform_size);
    let largest = json(ecrctl().args([
        "images", "list", &repo, "--tagged", "--sort", "size", "--limit", "1",
    ]));
    assert_eq!(largest[0]["digest"], index.as_str(), "{largest}");
    let filtered = json(ecrctl().args([
        "images",
        "list",
        &repo,
        "--tag",
        "multi",
        "--larger-than",
        &format!("{}B", platform_size - 1),
    ]));
    assert_eq!(filtered[0]["totalSizeBytes"], platform_size);
    // Text: the third field is that size.
    let out = ecrctl()
        .args(["images", "list", &repo, "--tag", "multi", "-o", "text"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.split('\t').nth(2),
        Some(platform_size.to_string().as_str()),
        "{text}"
    );
}

/// `images tag` of a missing source: ECR's code; `--dry-run --exit-code`: 1 when a tag would
/// be written, 0 when none would.
#[test]
fn tag_dry_run_exit_code_and_missing_source() {
    let repo = create_repo("img-tag-dry", &[]);
    put_image(&repo, "v1", 60).unwrap();
    let e = json_failure(ecrctl().args(["images", "tag", &repo, "nope", "x"]), 3);
    assert_eq!(e["code"], "ImageNotFoundException");
    ecrctl()
        .args([
            "images",
            "tag",
            &repo,
            "v1",
            "v2",
            "--dry-run",
            "--exit-code",
        ])
        .assert()
        .code(1);
    ecrctl()
        .args([
            "images",
            "tag",
            &repo,
            "v1",
            "v1",
            "--dry-run",
            "--exit-code",
        ])
        .assert()
        .code(0);
    assert_eq!(tag_digest(&repo, "v2"), None, "a dry run writes nothing");
}

/// `images list --before` and the size bounds, end to end: the emulator stamps pushes now.
#[test]
fn list_filters_by_push_time_and_size() {
    let repo = create_repo("img-filters", &[]);
    put_image(&repo, "a", 1).unwrap();
    put_image(&repo, "b", 2).unwrap();
    let count = |extra: &[&str]| {
        json(ecrctl().args(["images", "list", &repo]).args(extra))
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(count(&[]), 2);
    assert_eq!(count(&["--before", "2999-01-01"]), 2);
    assert_eq!(
        count(&["--before", "1d"]),
        0,
        "nothing was pushed a day ago"
    );
    assert_eq!(count(&["--before", "2020-01-01T00:00:00Z"]), 0);
    assert_eq!(count(&["--larger-than", "0B"]), 2);
    assert_eq!(count(&["--smaller-than", "1"]), 0);
    assert_eq!(count(&["--larger-than", "1TB"]), 0);
    ecrctl()
        .args([
            "images",
            "list",
            &repo,
            "--smaller-than",
            "1MB",
            "--larger-than",
            "2MB",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("leave no size between them"));
}

/// Against the emulator: `repo list --stats` sums each repository's images, `images list
/// --all-repos` names the repository of each (the shared emulator holds other tests'
/// repositories: only this test's are looked at).
#[test]
fn registry_wide_views_against_the_emulator() {
    let a = create_repo("wide-a", &[]);
    let b = create_repo("wide-b", &[]);
    let one = put_image(&a, "v1", 61).unwrap();
    put_image(&a, "v2", 62).unwrap();
    put_untagged(&a, 63).unwrap();
    let two = put_image(&b, "v1", 64).unwrap();
    let stats = json(ecrctl().args(["repo", "list", "wide-*", "--stats", "-o", "json"]));
    let of = |name: &str| {
        stats
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(of(&a)["images"], 3);
    assert_eq!(of(&a)["untagged"], 1);
    // The emulator's sizes are the config's: 1061 + 1062 + 1063 bytes here.
    let sizes: i64 = json(ecrctl().args(["images", "list", &a, "-o", "json"]))
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["sizeBytes"].as_i64().unwrap())
        .sum();
    assert_eq!(of(&a)["bytes"], sizes);
    assert_eq!(of(&b)["images"], 1);
    let all = json(ecrctl().args(["images", "list", "--all-repos", "--tag", "v1", "-o", "json"]));
    let mine: Vec<(String, String)> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["repository"] == a.as_str() || r["repository"] == b.as_str())
        .map(|r| {
            (
                r["repository"].as_str().unwrap().to_string(),
                r["digest"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(mine.len(), 2, "{mine:?}");
    assert!(mine.contains(&(a.clone(), one)) && mine.contains(&(b.clone(), two)));
    assert_usage_error(
        &["images", "list", "app", "--all-repos"],
        "cannot be used with '--all-repos'",
    );
}
