//! `ecrctl images scan` and `images wait`: against the emulator (its configurable scan results:
//! basic and enhanced shapes, failed and unfinished scans), and with mocks where it cannot go
//! (a scan in progress that completes, findings over several pages).

use std::io::{Read, Write};
use std::time::Instant;

use serde_json::{json, Value};

use crate::harness::*;

/// Give the emulator the DescribeImageScanFindings answer for one image (by digest): moto's
/// `POST /moto-api/static/ecr/scan-finding-results`.
fn set_scan_result(repo: &str, digest: &str, status: &str, findings: Value) {
    set_scan_result_at(&moto().endpoint, repo, digest, status, findings)
}

/// [`set_scan_result`] on the emulator at `endpoint`.
pub(crate) fn set_scan_result_at(
    endpoint: &str,
    repo: &str,
    digest: &str,
    status: &str,
    findings: Value,
) {
    let result = json!({
        "results": [{
            "registryId": "123456789012",
            "repositoryName": repo,
            "imageId": {"imageDigest": digest},
            "imageScanStatus": {"status": status, "description": format!("scan {status}")},
            "imageScanFindings": findings,
        }],
        "region": "us-east-1",
    })
    .to_string();
    let host = endpoint.trim_start_matches("http://").to_string();
    let mut s = std::net::TcpStream::connect(&host).unwrap();
    write!(
        s,
        "POST /moto-api/static/ecr/scan-finding-results HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{result}",
        result.len()
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
}

pub(crate) fn basic_findings() -> Value {
    let attrs = |pkg: &str, ver: &str, score: &str| {
        json!([
            {"key": "package_name", "value": pkg},
            {"key": "package_version", "value": ver},
            {"key": "CVSS3_SCORE", "value": score},
        ])
    };
    json!({
        "imageScanCompletedAt": "2026-12-01T10:00:00Z",
        "findings": [
            {"name": "CVE-2024-0001", "severity": "LOW", "uri": "https://nvd.example/CVE-2024-0001", "attributes": attrs("zlib", "1.2.13", "3.1")},
            {"name": "CVE-2024-0002", "severity": "CRITICAL", "uri": "https://nvd.example/CVE-2024-0002", "description": "heap overflow", "attributes": attrs("openssl", "3.0.7", "9.8")},
        ],
        "findingSeverityCounts": {"LOW": 1, "CRITICAL": 1},
    })
}

fn scanned_image(prefix: &str, status: &str, findings: Value) -> (String, String) {
    let repo = create_repo(prefix, &[]);
    let digest = put_image(&repo, "v1", 1).unwrap();
    set_scan_result(&repo, &digest, status, findings);
    (repo, digest)
}

#[test]
fn basic_findings_fail_the_gate_and_fill_every_report() {
    let (repo, digest) = scanned_image("scan-basic", "COMPLETE", basic_findings());
    let dir = tempfile::tempdir().unwrap();
    let file = |n: &str| dir.path().join(n).display().to_string();
    let out = ecrctl()
        .args(["images", "scan", &format!("{repo}:v1"), "--fail-on", "high"])
        .args([
            "--sarif",
            &file("s.sarif"),
            "--gitlab-report",
            &file("gl.json"),
        ])
        .args(["--junit", &file("junit.xml"), "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(19), "{}", stderr_of(&out));
    // The scan was started (the image had none) and read at once.
    assert!(stderr_of(&out).contains(&format!("started a scan of {repo}:v1")));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["verdict"], "fail");
    let image = &v["images"][0];
    assert_eq!(image["digest"], digest.as_str());
    assert_eq!(image["scanning"], "basic");
    assert_eq!(image["counts"]["critical"], 1);
    let f = &image["findings"][0];
    assert_eq!(
        (
            &f["id"],
            &f["package"],
            &f["installedVersion"],
            &f["cvssScore"],
            &f["failsGate"]
        ),
        (
            &json!("CVE-2024-0002"),
            &json!("openssl"),
            &json!("3.0.7"),
            &json!(9.8),
            &json!(true)
        )
    );
    assert_eq!(image["findings"][1]["failsGate"], false);

    let sarif: Value =
        serde_json::from_str(&std::fs::read_to_string(file("s.sarif")).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 2);
    let gl: Value =
        serde_json::from_str(&std::fs::read_to_string(file("gl.json")).unwrap()).unwrap();
    assert_eq!(gl["scan"]["type"], "container_scanning");
    assert_eq!(
        gl["vulnerabilities"][0]["location"]["image"],
        format!("{repo}:v1")
    );
    let junit = std::fs::read_to_string(file("junit.xml")).unwrap();
    assert!(junit.contains("tests=\"3\" failures=\"1\""), "{junit}");

    // Ignoring the critical (with a reason) passes a critical gate; the low one still shows.
    let ignore = dir.path().join("ignore");
    std::fs::write(
        &ignore,
        "# upstream fix pending, not reachable\nCVE-2024-0002\n",
    )
    .unwrap();
    let out = critical_gate(&repo, &ignore);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text,
        format!("{repo}:v1\t-\tLOW\tCVE-2024-0001\tzlib\t1.2.13\t-\t3.1\tfalse\n")
    );
}

#[test]
fn an_expired_ignore_entry_counts_again_and_a_bad_file_names_its_line() {
    let (repo, _) = scanned_image("scan-expired", "COMPLETE", basic_findings());
    let dir = tempfile::tempdir().unwrap();
    let ignore = dir.path().join("ignore");
    std::fs::write(&ignore, "CVE-2024-0002 exp:2020-01-31 old exception\n").unwrap();
    let out = critical_gate(&repo, &ignore);
    assert_eq!(out.status.code(), Some(19));
    assert_stderr_has(
        &out,
        "line 1: the entry for CVE-2024-0002 expired on 2020-01-31: no longer ignored (counted again)",
    );

    std::fs::write(&ignore, "CVE-2024-0002 exp:2020-01-31 old\nCVE-2024-0001\n").unwrap();
    let out = ecrctl()
        .args(["images", "scan", &format!("{repo}:v1")])
        .arg("--ignore")
        .arg(&ignore)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "line 2: CVE-2024-0001 has no reason");
}

#[test]
fn enhanced_findings_come_in_the_same_shape() {
    let findings = json!({
        "enhancedFindings": [{
            "awsAccountId": "123456789012",
            "description": "glibc overflow",
            "findingArn": "arn:aws:inspector2:us-east-1:123456789012:finding/x",
            "severity": "HIGH",
            "score": 7.8,
            "status": "ACTIVE",
            "title": "CVE-2024-9999 - glibc",
            "type": "PACKAGE_VULNERABILITY",
            "fixAvailable": "YES",
            "packageVulnerabilityDetails": {
                "vulnerabilityId": "CVE-2024-9999",
                "source": "NVD",
                "sourceUrl": "https://nvd.example/CVE-2024-9999",
                "vulnerablePackages": [
                    {"name": "glibc", "version": "2.36", "release": "9", "fixedInVersion": "2.36-10"}
                ]
            }
        }],
        "findingSeverityCounts": {"HIGH": 1},
    });
    let (repo, _) = scanned_image("scan-enhanced", "ACTIVE", findings);
    let v = json(ecrctl().args(["images", "scan", &format!("{repo}:v1"), "--fixable-only"]));
    let image = &v["images"][0];
    assert_eq!(image["scanning"], "enhanced");
    assert_eq!(image["verdict"], "pass");
    let f = &image["findings"][0];
    assert_eq!(f["id"], "CVE-2024-9999");
    assert_eq!(f["installedVersion"], "2.36-9");
    assert_eq!(f["fixedVersion"], "2.36-10");
    assert_eq!(f["fix"], "yes");
    assert_eq!(f["cvssScore"], 7.8);
}

#[test]
fn a_failed_scan_has_no_verdict() {
    let (repo, _) = scanned_image("scan-failed", "FAILED", json!({}));
    let out = ecrctl()
        .args(["images", "scan", &format!("{repo}:v1"), "--fail-on", "any"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(21), "{}", stderr_of(&out));
    assert!(String::from_utf8_lossy(&out.stdout).is_empty());
    // Without a gate, the listing is still printed and the exit is 0, with a warning.
    let out = ecrctl()
        .args(["images", "scan", &format!("{repo}:v1"), "-o", "table"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("no verdict"));
    assert_stderr_has(&out, "1 image(s) have no verdict");
}

#[test]
fn waiting_for_a_scan_that_never_completes_ends_at_the_deadline() {
    let (repo, _) = scanned_image("scan-slow", "IN_PROGRESS", json!({}));
    let started = Instant::now();
    let out = ecrctl()
        .args([
            "images",
            "scan",
            &format!("{repo}:v1"),
            "--wait",
            "--fail-on",
            "high",
        ])
        .args(["--deadline", "3", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(20), "{}", stderr_of(&out));
    assert!(
        started.elapsed().as_secs_f64() < 4.5,
        "{:?}",
        started.elapsed()
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["images"][0]["status"], "IN_PROGRESS");
    assert_stderr_has(&out, "did not complete within");
}

#[test]
fn no_start_leaves_an_unscanned_image_without_a_verdict() {
    let repo = create_repo("scan-nostart", &[]);
    put_image(&repo, "v1", 1).unwrap();
    let out = ecrctl()
        .args([
            "images",
            "scan",
            &format!("{repo}:v1"),
            "--no-start",
            "--fail-on",
            "high",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(21), "{}", stderr_of(&out));
    assert_stderr_has(&out, "has no scan: --no-start given");
}

#[test]
fn wait_tells_a_timeout_from_a_missing_repository() {
    let repo = create_repo("scan-wait", &[]);
    put_image(&repo, "v1", 1).unwrap();
    let v = json(ecrctl().args(["images", "wait", &format!("{repo}:v1")]));
    assert_eq!(v[0]["result"], "present");

    let out = ecrctl()
        .args(["images", "wait", &format!("{repo}:v2"), "--deadline", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(20), "{}", stderr_of(&out));
    assert_stderr_has(&out, "no image had this tag or digest by the deadline");

    let err = json_failure(
        ecrctl().args([
            "images",
            "wait",
            &format!("{repo}-missing:v1"),
            "--deadline",
            "5",
        ]),
        3,
    );
    assert_eq!(err["code"], "RepositoryNotFoundException");
}

/// What the emulator cannot do: a scan that is in progress at first, then complete with its
/// findings over two pages.
mod mocked {
    use aws_sdk_ecr::operation::batch_get_image::BatchGetImageOutput;
    use aws_sdk_ecr::operation::batch_get_repository_scanning_configuration::BatchGetRepositoryScanningConfigurationOutput;
    use aws_sdk_ecr::operation::describe_image_scan_findings::DescribeImageScanFindingsOutput;
    use aws_sdk_ecr::operation::describe_images::DescribeImagesOutput;
    use aws_sdk_ecr::operation::get_registry_scanning_configuration::GetRegistryScanningConfigurationOutput;
    use aws_sdk_ecr::types::{
        FindingSeverity, ImageDetail, ImageScanFinding, ImageScanFindings, ImageScanStatus,
        ScanStatus,
    };
    use aws_sdk_ecr::Client;
    use aws_smithy_mocks::mock;

    use crate::mocks::run_mocked;

    fn page(
        status: ScanStatus,
        ids: &[&str],
        token: Option<&str>,
    ) -> DescribeImageScanFindingsOutput {
        let mut findings = ImageScanFindings::builder();
        for id in ids {
            findings = findings.findings(
                ImageScanFinding::builder()
                    .name(*id)
                    .severity(FindingSeverity::High)
                    .build(),
            );
        }
        DescribeImageScanFindingsOutput::builder()
            .image_scan_status(ImageScanStatus::builder().status(status).build())
            .image_scan_findings(findings.build())
            .set_next_token(token.map(str::to_string))
            .build()
    }

    #[test]
    fn a_scan_in_progress_is_waited_for_and_every_page_read() {
        let digest = format!("sha256:{}", "c".repeat(64));
        let d = digest.clone();
        let describe = mock!(Client::describe_images).then_output(move || {
            DescribeImagesOutput::builder()
                .image_details(
                    ImageDetail::builder()
                        .image_digest(&d)
                        .image_tags("v1")
                        .image_manifest_media_type(
                            "application/vnd.docker.distribution.manifest.v2+json",
                        )
                        .build(),
                )
                .build()
        });
        let manifests =
            mock!(Client::batch_get_image).then_output(|| BatchGetImageOutput::builder().build());
        let registry = mock!(Client::get_registry_scanning_configuration)
            .then_output(|| GetRegistryScanningConfigurationOutput::builder().build());
        let repo = mock!(Client::batch_get_repository_scanning_configuration)
            .then_output(|| BatchGetRepositoryScanningConfigurationOutput::builder().build());
        let findings = mock!(Client::describe_image_scan_findings)
            .sequence()
            .output(|| page(ScanStatus::InProgress, &[], None))
            .output(|| page(ScanStatus::Complete, &["CVE-2024-0001"], Some("next")))
            .output(|| page(ScanStatus::Complete, &["CVE-2024-0002"], None))
            .build();
        let report = run_mocked(
            &[&describe, &manifests, &registry, &repo, &findings],
            &[],
            &["images", "scan", "app:v1", "--wait", "--fail-on", "high"],
        )
        .unwrap();
        assert_eq!(report.exit, ecrctl::error::Exit::ScanFindings);
        let image = &report.json()["images"][0];
        assert_eq!(image["status"], "COMPLETE");
        assert_eq!(image["digest"], digest.as_str());
        let ids: Vec<&str> = image["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["CVE-2024-0001", "CVE-2024-0002"]);
        assert_eq!(findings.num_calls(), 3);
    }
}

/// `images scan REPO:v1 --fail-on critical --ignore FILE`.
fn critical_gate(repo: &str, ignore: &std::path::Path) -> std::process::Output {
    ecrctl()
        .args([
            "images",
            "scan",
            &format!("{repo}:v1"),
            "--fail-on",
            "critical",
        ])
        .arg("--ignore")
        .arg(ignore)
        .output()
        .unwrap()
}
