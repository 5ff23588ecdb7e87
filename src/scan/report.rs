//! The reports of `images scan` that CI systems read: SARIF 2.1.0 (GitHub code scanning), the
//! GitLab container-scanning report, JUnit XML, and GitHub annotations with a step summary.
//! Every value from a scanner is cleaned of control characters first.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::{Fix, Judged, JudgedImage, Severity, Verdict};
use crate::ci::{github_annotation, markdown_cell, markdown_code};
use crate::ui::clean;

/// What a report says about its run.
#[derive(Debug, Clone)]
pub struct Run<'a> {
    pub images: &'a [JudgedImage],
    /// The --fail-on threshold as given (`high`), if any.
    pub fail_on: Option<&'a str>,
    pub started_at: i64,
    pub finished_at: i64,
    /// The file results point at in SARIF (e.g. a Dockerfile); else the repository name.
    pub location: Option<&'a str>,
}

/// GitHub shows at most 10 error and 10 warning annotations per step: say the rest in one line.
pub const ANNOTATION_LIMIT: usize = 10;
/// Rows of the step summary's findings table (a summary is capped at 1 MiB).
pub const SUMMARY_ROWS: usize = 100;

const TOOL: &str = "ecrctl";

/// A stable id for a finding of an image: the same finding keeps it across runs (SARIF's
/// partial fingerprint, GitLab's vulnerability id), whatever the tag.
fn fingerprint(image: &JudgedImage, j: &Judged) -> [u8; 16] {
    let mut h = Sha256::new();
    for part in [
        image.scan.repository.as_str(),
        image.scan.platform.as_deref().unwrap_or(""),
        j.finding.id.as_str(),
        j.finding.package.as_deref().unwrap_or(""),
        j.finding.installed_version.as_deref().unwrap_or(""),
    ] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let mut out = [0u8; 16];
    out.copy_from_slice(&h.finalize()[..16]);
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// UUID-shaped (version 8, "custom"): GitLab recommends a UUID for a vulnerability's id.
fn uuid(mut b: [u8; 16]) -> String {
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// GitHub's `security-severity` (0.0-10.0): the CVSS score where there is one, else a score in
/// the middle of the severity's band (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0, low > 0).
fn security_severity(s: Severity, cvss: Option<f64>) -> f64 {
    if let Some(score) = cvss.filter(|c| (0.0..=10.0).contains(c)) {
        return score;
    }
    match s {
        Severity::Critical => 9.5,
        Severity::High => 8.0,
        Severity::Medium => 5.5,
        Severity::Low => 2.0,
        Severity::Informational | Severity::Undefined => 0.0,
    }
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        _ => "note",
    }
}

/// A SARIF 2.1.0 log: one run, a rule per vulnerability id, a result per finding (ignored ones
/// carry an external suppression with the ignore file's reason, so code scanning shows them as
/// dismissed rather than losing them).
pub fn sarif(run: &Run<'_>) -> String {
    // One rule per id; its severity is the worst seen.
    let mut rules: BTreeMap<&str, (usize, &Judged)> = BTreeMap::new();
    for image in run.images {
        for j in &image.findings {
            let e = rules.entry(j.finding.id.as_str()).or_insert((0, j));
            if j.finding.severity > e.1.finding.severity {
                e.1 = j;
            }
        }
    }
    for (i, v) in rules.values_mut().enumerate() {
        v.0 = i;
    }
    let rule_json: Vec<Rule<'_>> = rules
        .values()
        .map(|(_, j)| {
            let f = &j.finding;
            let title = clean(f.title.as_deref().unwrap_or(&f.id));
            Rule {
                id: &f.id,
                name: "ContainerImageVulnerability",
                full_description: Text {
                    text: f
                        .description
                        .as_deref()
                        .map(clean)
                        .unwrap_or_else(|| title.clone()),
                },
                short_description: Text { text: title },
                help_uri: f.uri.as_deref().map(clean),
                default_configuration: Level {
                    level: sarif_level(f.severity),
                },
                properties: RuleProperties {
                    tags: ["vulnerability", "security", f.severity.word()],
                    precision: "very-high",
                    security_severity: format!(
                        "{:.1}",
                        security_severity(f.severity, f.cvss_score)
                    ),
                },
            }
        })
        .collect();
    let mut results = Vec::with_capacity(run.images.iter().map(|i| i.findings.len()).sum());
    for image in run.images {
        let label = image.scan.label();
        let label_clean: Clean<'static> = clean(&label).into_owned().into();
        let uri = clean(run.location.unwrap_or(&image.scan.repository));
        for j in &image.findings {
            let f = &j.finding;
            results.push(SarifResult {
                rule_id: &f.id,
                rule_index: rules[f.id.as_str()].0,
                level: sarif_level(f.severity),
                message: Text {
                    text: clean(&format!("{} — {label}", f.sentence()))
                        .into_owned()
                        .into(),
                },
                locations: [Location {
                    physical_location: Physical {
                        artifact_location: Artifact { uri: uri.clone() },
                        region: Region { start_line: 1 },
                    },
                    message: Text {
                        text: label_clean.clone(),
                    },
                }],
                partial_fingerprints: Fingerprints {
                    finding: hex(&fingerprint(image, j)),
                },
                suppressions: j.ignored.as_ref().map(|ig| {
                    [Suppression {
                        kind: "external",
                        justification: clean(&ig.reason),
                    }]
                }),
                properties: ResultProperties {
                    image: clean(&image.scan.image),
                    digest: &image.scan.digest,
                    platform: image.scan.platform.as_deref(),
                    severity: f.severity.as_str(),
                    package: f.package.as_deref().map(clean),
                    installed_version: f.installed_version.as_deref().map(clean),
                    fixed_version: f.fixed_version.as_deref().map(clean),
                    cvss_score: f.cvss_score,
                    fails_gate: j.fails,
                },
            });
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": TOOL,
                "version": env!("CARGO_PKG_VERSION"),
                "rules": [],
            }},
            "invocations": [{
                "executionSuccessful": run.images.iter().all(|i| i.verdict != Verdict::NoVerdict),
                "startTimeUtc": crate::time::format(run.started_at),
                "endTimeUtc": crate::time::format(run.finished_at),
            }],
            "results": [],
        }],
    });
    // The rules and results go in as raw JSON: turning thousands of them into `Value`s first
    // would cost more than the rest of the command.
    let mut log = serde_json::to_string(&log).expect("JSON values serialise");
    let rules_text = serde_json::to_string(&rule_json).expect("JSON values serialise");
    let results_text = serde_json::to_string(&results).expect("JSON values serialise");
    log = log.replacen("\"rules\":[]", &format!("\"rules\":{rules_text}"), 1);
    log = log.replacen("\"results\":[]", &format!("\"results\":{results_text}"), 1);
    // Compact: a report of thousands of findings is read by machines, and GitHub caps uploads.
    log.push('\n');
    log
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule<'a> {
    id: &'a str,
    name: &'static str,
    short_description: Text<'a>,
    full_description: Text<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help_uri: Option<Clean<'a>>,
    default_configuration: Level,
    properties: RuleProperties,
}

#[derive(Serialize)]
struct Level {
    level: &'static str,
}

#[derive(Serialize)]
struct RuleProperties {
    tags: [&'static str; 3],
    precision: &'static str,
    #[serde(rename = "security-severity")]
    security_severity: String,
}

type Clean<'a> = std::borrow::Cow<'a, str>;

#[derive(Serialize)]
struct Text<'a> {
    text: Clean<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    rule_index: usize,
    level: &'static str,
    message: Text<'a>,
    locations: [Location<'a>; 1],
    partial_fingerprints: Fingerprints,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<[Suppression<'a>; 1]>,
    properties: ResultProperties<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: Physical<'a>,
    message: Text<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Physical<'a> {
    artifact_location: Artifact<'a>,
    region: Region,
}

#[derive(Serialize)]
struct Artifact<'a> {
    uri: Clean<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: u32,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "ecrctlFinding/v1")]
    finding: String,
}

#[derive(Serialize)]
struct Suppression<'a> {
    kind: &'static str,
    justification: Clean<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultProperties<'a> {
    image: Clean<'a>,
    digest: &'a str,
    platform: Option<&'a str>,
    severity: &'static str,
    package: Option<Clean<'a>>,
    installed_version: Option<Clean<'a>>,
    fixed_version: Option<Clean<'a>>,
    cvss_score: Option<f64>,
    fails_gate: bool,
}

/// GitLab's container-scanning report time: `YYYY-MM-DDTHH:MM:SS`, UTC, no zone.
fn gitlab_time(secs: i64) -> String {
    crate::time::format(secs).trim_end_matches('Z').to_string()
}

fn gitlab_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "Critical",
        Severity::High => "High",
        Severity::Medium => "Medium",
        Severity::Low => "Low",
        Severity::Informational => "Info",
        Severity::Undefined => "Unknown",
    }
}

/// GitLab's container-scanning report (schema 15.0.7): the findings that count (an ignored
/// finding is left out: GitLab has no suppression field, and its vulnerability report would
/// show it as new).
pub fn gitlab(run: &Run<'_>) -> String {
    let cut = |s: &str, max: usize| -> String {
        let s = clean(s);
        match s.char_indices().nth(max) {
            Some((i, _)) => s[..i].to_string(),
            None => s.into_owned(),
        }
    };
    let mut vulns = Vec::new();
    for image in run.images {
        for j in image.findings.iter().filter(|j| j.counts()) {
            let f = &j.finding;
            let kind = if f.id.to_ascii_uppercase().starts_with("CVE-") {
                "cve"
            } else {
                "vendor"
            };
            let mut identifier = json!({"type": kind, "name": f.id, "value": f.id});
            if let Some(uri) = &f.uri {
                identifier["url"] = json!(clean(uri));
            }
            let solution = match (&f.fixed_version, f.fix) {
                (Some(v), _) => format!(
                    "Upgrade {} to {}",
                    f.package.as_deref().unwrap_or("the package"),
                    v
                ),
                (None, Fix::No) => "No fix is available yet".to_string(),
                _ => "No solution provided".to_string(),
            };
            let mut v = json!({
                "id": uuid(fingerprint(image, j)),
                "name": cut(&format!("{} in {}", f.id, f.package_text()), 255),
                "description": cut(f.description.as_deref().or(f.title.as_deref()).unwrap_or(&f.id), 1_048_576),
                "severity": gitlab_severity(f.severity),
                "solution": cut(&solution, 7000),
                "identifiers": [identifier],
                "location": {
                    "dependency": {
                        "package": {"name": cut(f.package.as_deref().unwrap_or("unknown"), 255)},
                        "version": cut(f.installed_version.as_deref().unwrap_or("unknown"), 255),
                    },
                    "operating_system": image.scan.platform.as_deref().map(clean).unwrap_or_else(|| "unknown".into()),
                    "image": clean(&image.scan.image),
                },
            });
            if let Some(uri) = &f.uri {
                v["links"] = json!([{"url": clean(uri)}]);
            }
            vulns.push(v);
        }
    }
    let scanner_version = if run
        .images
        .iter()
        .any(|i| i.scan.kind == Some(super::ScanKind::Enhanced))
    {
        "enhanced"
    } else {
        "basic"
    };
    let report = json!({
        "version": "15.0.7",
        "scan": {
            "analyzer": {
                "id": TOOL,
                "name": TOOL,
                "version": env!("CARGO_PKG_VERSION"),
                "vendor": {"name": TOOL},
            },
            "scanner": {
                "id": "amazon-ecr",
                "name": "Amazon ECR image scanning",
                "version": scanner_version,
                "vendor": {"name": "Amazon Web Services"},
            },
            "type": "container_scanning",
            "start_time": gitlab_time(run.started_at),
            "end_time": gitlab_time(run.finished_at),
            "status": if run.images.iter().all(|i| i.verdict != Verdict::NoVerdict) { "success" } else { "failure" },
        },
        "vulnerabilities": vulns,
        "remediations": [],
    });
    let mut text = serde_json::to_string(&report).expect("JSON values serialise");
    text.push('\n');
    text
}

/// XML text and attribute escaping, after cleaning control characters (which XML 1.0 forbids).
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in clean(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// JUnit XML: a test suite per image, a test case per finding (a failure when it fails the
/// gate, skipped when ignored), and one case for the scan itself, failed when it has no verdict.
pub fn junit(run: &Run<'_>) -> String {
    let mut body = String::new();
    let (mut all_tests, mut all_failures) = (0usize, 0usize);
    for image in run.images {
        let label = image.scan.label();
        let mut cases = String::new();
        let (mut tests, mut failures, mut skipped) = (1usize, 0usize, 0usize);
        let _ = write!(
            cases,
            "    <testcase classname=\"{}\" name=\"scan {}\">",
            xml(&label),
            xml(&image.scan.status)
        );
        if image.verdict == Verdict::NoVerdict {
            failures += 1;
            let why = image
                .scan
                .status_description
                .clone()
                .unwrap_or_else(|| format!("scan status {}", image.scan.status));
            let _ = write!(
                cases,
                "<failure message=\"no verdict: {}\" type=\"{}\"/>",
                xml(&why),
                xml(&image.scan.status)
            );
        }
        cases.push_str("</testcase>\n");
        for j in image.findings.iter().filter(|j| !j.unfixable) {
            tests += 1;
            let f = &j.finding;
            let _ = write!(
                cases,
                "    <testcase classname=\"{}\" name=\"{} {}\">",
                xml(&label),
                xml(&f.id),
                xml(&f.package_text())
            );
            if let Some(ig) = &j.ignored {
                skipped += 1;
                let _ = write!(cases, "<skipped message=\"ignored: {}\"/>", xml(&ig.reason));
            } else if j.fails {
                failures += 1;
                let _ = write!(
                    cases,
                    "<failure message=\"{}\" type=\"{}\">{}</failure>",
                    xml(&f.sentence()),
                    f.severity.as_str(),
                    xml(f.uri.as_deref().unwrap_or(""))
                );
            }
            cases.push_str("</testcase>\n");
        }
        all_tests += tests;
        all_failures += failures;
        let _ = write!(
            body,
            "  <testsuite name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" timestamp=\"{}\">\n{cases}  </testsuite>\n",
            xml(&label),
            gitlab_time(run.finished_at)
        );
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"ecrctl images scan\" tests=\"{all_tests}\" failures=\"{all_failures}\">\n{body}</testsuites>\n"
    )
}

/// GitHub annotations: an `::error` per finding that fails the gate, a `::warning` per image
/// without a verdict; past [`ANNOTATION_LIMIT`], one line says how many more.
pub fn github_annotations(run: &Run<'_>) -> Vec<String> {
    let mut lines = Vec::new();
    for image in run.images {
        if image.verdict == Verdict::NoVerdict {
            lines.push(github_annotation(
                "warning",
                "ecrctl images scan",
                &format!(
                    "{}: no verdict, scan {}{}",
                    image.scan.label(),
                    image.scan.status,
                    image
                        .scan
                        .status_description
                        .as_deref()
                        .map(|d| format!(": {d}"))
                        .unwrap_or_default()
                ),
                None,
            ));
        }
    }
    let failing: Vec<(&JudgedImage, &Judged)> = run
        .images
        .iter()
        .flat_map(|i| i.failing().map(move |j| (i, j)))
        .collect();
    for (image, j) in failing.iter().take(ANNOTATION_LIMIT) {
        lines.push(github_annotation(
            "error",
            &format!("{} ({})", j.finding.id, j.finding.severity.word()),
            &format!("{}: {}", image.scan.label(), j.finding.sentence()),
            None,
        ));
    }
    if failing.len() > ANNOTATION_LIMIT {
        lines.push(github_annotation(
            "error",
            "ecrctl images scan",
            &format!(
                "{} more finding(s) at or above --fail-on {}: see the step summary or the SARIF report",
                failing.len() - ANNOTATION_LIMIT,
                run.fail_on.unwrap_or("?")
            ),
            None,
        ));
    }
    lines
}

/// The step summary (Markdown): a line per image with its counts and verdict, then the
/// findings that count, most severe first, at most [`SUMMARY_ROWS`].
pub fn step_summary(run: &Run<'_>) -> String {
    let mut s = String::from("### ecrctl images scan\n\n");
    if let Some(f) = run.fail_on {
        let _ = writeln!(s, "Fails on: {f} and above\n");
    }
    s.push_str("| image | digest | scan | critical | high | medium | low | other | verdict |\n");
    s.push_str("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for image in run.images {
        let c = image.counts();
        let verdict = match image.verdict {
            Verdict::Pass => "pass",
            Verdict::Fail => "**fail**",
            Verdict::NoVerdict => "no verdict",
        };
        let _ = writeln!(
            s,
            "| `{}` | `{}` | {} | {} | {} | {} | {} | {} | {verdict} |",
            markdown_code(&image.scan.label()),
            crate::images::short_digest(&image.scan.digest),
            markdown_cell(&image.scan.status.to_ascii_lowercase()),
            c[0].1,
            c[1].1,
            c[2].1,
            c[3].1,
            c[4].1 + c[5].1,
        );
    }
    let rows: Vec<(&JudgedImage, &Judged)> = run
        .images
        .iter()
        .flat_map(|i| {
            i.findings
                .iter()
                .filter(|j| j.counts())
                .map(move |j| (i, j))
        })
        .collect();
    if !rows.is_empty() {
        s.push_str("\n| severity | id | package | installed | fixed | CVSS | image |\n");
        s.push_str("| --- | --- | --- | --- | --- | ---: | --- |\n");
        for (image, j) in rows.iter().take(SUMMARY_ROWS) {
            let f = &j.finding;
            let id = match &f.uri {
                Some(u) if u.starts_with("https://") && !u.contains([')', ' ', '(']) => {
                    format!("[{}]({})", markdown_cell(&f.id), clean(u))
                }
                _ => markdown_cell(&f.id),
            };
            let _ = writeln!(
                s,
                "| {}{} | {id} | {} | {} | {} | {} | `{}` |",
                f.severity.word(),
                if j.fails { " ❌" } else { "" },
                markdown_cell(f.package.as_deref().unwrap_or("")),
                markdown_cell(f.installed_version.as_deref().unwrap_or("")),
                markdown_cell(f.fixed_version.as_deref().unwrap_or("")),
                f.cvss_score.map(|c| format!("{c:.1}")).unwrap_or_default(),
                markdown_code(&image.scan.label()),
            );
        }
        if rows.len() > SUMMARY_ROWS {
            let _ = writeln!(
                s,
                "\n{} more finding(s) not shown: see the JSON output or the SARIF report.",
                rows.len() - SUMMARY_ROWS
            );
        }
    }
    let ignored: usize = run
        .images
        .iter()
        .map(|i| i.findings.iter().filter(|j| j.ignored.is_some()).count())
        .sum();
    if ignored > 0 {
        let _ = writeln!(s, "\n{ignored} finding(s) ignored by the ignore file.");
    }
    s
}
