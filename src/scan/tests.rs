use serde_json::{json, Value};

use super::report::{self, Run};
use super::*;

const NOW: i64 = 1_796_000_000; // 2026-11-30T…Z

fn finding(id: &str, sev: Severity, pkg: &str, fixed: Option<&str>) -> Finding {
    Finding {
        package: Some(pkg.into()),
        installed_version: Some("1.0".into()),
        fixed_version: fixed.map(String::from),
        fix: if fixed.is_some() { Fix::Yes } else { Fix::No },
        uri: Some(format!("https://nvd.nist.gov/vuln/detail/{id}")),
        title: Some(format!("{id} title")),
        ..Finding::new(id, sev)
    }
}

fn scan(image: &str, platform: Option<&str>, status: &str, findings: Vec<Finding>) -> ImageScan {
    ImageScan {
        repository: "team-a/api".into(),
        image: image.into(),
        digest: format!("sha256:{}", "a".repeat(64)),
        platform: platform.map(String::from),
        kind: Some(ScanKind::Enhanced),
        status: status.into(),
        status_description: None,
        completed_at: Some(NOW - 60),
        source_updated_at: Some(NOW - 3600),
        findings,
        started: false,
    }
}

fn policy(fail_on: Option<FailOn>, ignore: &str) -> Policy {
    Policy {
        fail_on,
        fixable_only: false,
        ignore: IgnoreList::parse(".ecrctl-ignore", ignore).unwrap(),
        now: NOW,
    }
}

#[test]
fn severities_order_and_parse() {
    assert!(Severity::Critical > Severity::High);
    assert!(Severity::Informational > Severity::Undefined);
    assert_eq!(Severity::parse("untriaged"), Severity::Undefined);
    assert_eq!(Severity::parse("Medium"), Severity::Medium);
    assert_eq!(Severity::parse("INFORMATIONAL"), Severity::Informational);
    for s in Severity::ALL {
        assert_eq!(Severity::parse(s.as_str()), s);
    }
}

#[test]
fn thresholds() {
    use Severity::*;
    let fails = |f: FailOn| -> Vec<Severity> {
        Severity::ALL.into_iter().filter(|s| f.fails(*s)).collect()
    };
    assert_eq!(fails(FailOn::Critical), [Critical]);
    assert_eq!(fails(FailOn::High), [Critical, High]);
    assert_eq!(fails(FailOn::Medium), [Critical, High, Medium]);
    assert_eq!(fails(FailOn::Low), [Critical, High, Medium, Low]);
    assert_eq!(fails(FailOn::Any), Severity::ALL);
}

#[test]
fn the_gate_fails_only_on_counted_findings_at_or_above_the_threshold() {
    let scans = vec![scan(
        "team-a/api:v1",
        None,
        "COMPLETE",
        vec![
            finding("CVE-2024-0001", Severity::Medium, "zlib", None),
            finding(
                "CVE-2024-0002",
                Severity::Critical,
                "openssl",
                Some("3.0.8"),
            ),
            finding("CVE-2024-0003", Severity::High, "curl", None),
        ],
    )];
    let j = judge(
        scans.clone(),
        &policy(Some(FailOn::High), "CVE-2024-0002 openssl: not reachable\n"),
    );
    let image = &j.images[0];
    // Most severe first.
    let ids: Vec<&str> = image
        .findings
        .iter()
        .map(|f| f.finding.id.as_str())
        .collect();
    assert_eq!(ids, ["CVE-2024-0002", "CVE-2024-0003", "CVE-2024-0001"]);
    assert_eq!(image.findings[0].ignored.as_ref().unwrap().line, 1);
    assert!(!image.findings[0].fails);
    assert!(image.findings[1].fails);
    assert!(!image.findings[2].fails);
    assert_eq!(image.verdict, Verdict::Fail);
    assert_eq!(image.counts_text(), "1 high, 1 medium");
    assert_eq!(image.counts_json()["critical"], 0);
    assert!(j.warnings.is_empty() && j.notes.is_empty(), "{j:?}");

    // No --fail-on: findings are reported, the gate passes.
    assert_eq!(
        judge(scans.clone(), &policy(None, "")).verdict(),
        Verdict::Pass
    );
    // --fail-on critical: the one critical is ignored, so it passes.
    let j = judge(
        scans,
        &policy(Some(FailOn::Critical), "CVE-2024-0002 not reachable\n"),
    );
    assert_eq!(j.verdict(), Verdict::Pass);
}

#[test]
fn an_expired_entry_no_longer_ignores_and_says_so() {
    let scans = vec![scan(
        "team-a/api:v1",
        None,
        "COMPLETE",
        vec![finding(
            "CVE-2024-0002",
            Severity::Critical,
            "openssl",
            None,
        )],
    )];
    let ignore = "CVE-2024-0002 exp:2026-01-31 waiting for the base image\nCVE-2020-1111 exp:2026-01-01 gone\nCVE-2021-2222 still here\n";
    let j = judge(scans, &policy(Some(FailOn::Critical), ignore));
    assert_eq!(j.verdict(), Verdict::Fail);
    assert!(j.images[0].findings[0].ignored.is_none());
    assert_eq!(j.warnings.len(), 2, "{:?}", j.warnings);
    assert!(j.warnings[0].contains(".ecrctl-ignore line 1: the entry for CVE-2024-0002 expired on 2026-01-31: no longer ignored (counted again)"), "{}", j.warnings[0]);
    assert!(
        j.warnings[1].contains("line 2") && j.warnings[1].contains("matched no finding anyway")
    );
    assert_eq!(
        j.notes,
        [".ecrctl-ignore line 3: CVE-2021-2222 matched no finding (stale entry?)"]
    );
}

#[test]
fn fixable_only_leaves_out_what_has_no_fix_and_keeps_what_it_cannot_judge() {
    let mut unknown = finding("CVE-2024-0009", Severity::High, "bash", None);
    unknown.fix = Fix::Unknown;
    let mut basic_fixed = finding("CVE-2024-0010", Severity::Low, "tar", Some("1.35"));
    basic_fixed.fix = Fix::Unknown;
    let scans = vec![scan(
        "team-a/api:v1",
        None,
        "COMPLETE",
        vec![
            finding("CVE-2024-0001", Severity::Critical, "glibc", None),
            finding("CVE-2024-0002", Severity::High, "openssl", Some("3.0.8")),
            unknown,
            basic_fixed,
        ],
    )];
    let mut p = policy(Some(FailOn::Critical), "");
    p.fixable_only = true;
    let j = judge(scans, &p);
    let image = &j.images[0];
    let left_out: Vec<&str> = image
        .findings
        .iter()
        .filter(|f| f.unfixable)
        .map(|f| f.finding.id.as_str())
        .collect();
    assert_eq!(left_out, ["CVE-2024-0001"]);
    // The critical has no fix: --fail-on critical passes.
    assert_eq!(image.verdict, Verdict::Pass);
    assert_eq!(image.counts_text(), "2 high, 1 low");
    assert_eq!(j.warnings.len(), 1);
    assert!(j.warnings[0].contains("1 finding(s) do not say whether a fix exists"));
}

#[test]
fn an_unfinished_or_failed_scan_has_no_verdict() {
    for status in [
        "IN_PROGRESS",
        "PENDING",
        "FAILED",
        "UNSUPPORTED_IMAGE",
        NO_SCAN,
    ] {
        let j = judge(
            vec![scan("r:t", None, status, vec![])],
            &policy(Some(FailOn::Any), ""),
        );
        assert_eq!(j.verdict(), Verdict::NoVerdict, "{status}");
    }
    assert_eq!(phase("ACTIVE"), Phase::Done);
    // A failure anywhere outranks an image without a verdict.
    let j = judge(
        vec![
            scan("r:t", Some("linux/amd64"), "FAILED", vec![]),
            scan(
                "r:t",
                Some("linux/arm64"),
                "COMPLETE",
                vec![finding("CVE-2024-0001", Severity::Low, "x", None)],
            ),
        ],
        &policy(Some(FailOn::Low), ""),
    );
    assert_eq!(j.verdict(), Verdict::Fail);
    assert_eq!(j.images[1].scan.label(), "r:t (linux/arm64)");
}

#[test]
fn sentences_read_as_prose() {
    let f = finding("CVE-2024-0002", Severity::High, "openssl", Some("3.0.8"));
    assert_eq!(
        f.sentence(),
        "CVE-2024-0002 (high) in openssl 1.0, fixed in 3.0.8: CVE-2024-0002 title"
    );
    let mut bare = Finding::new("CVE-2024-0003", Severity::Undefined);
    bare.title = Some("CVE-2024-0003".into());
    assert_eq!(
        bare.sentence(),
        "CVE-2024-0003 (undefined) in an unnamed package"
    );
}

/// Two images (one a platform of an index), with hostile text from the scanner.
fn sample() -> Judgement {
    let mut hostile = finding("CVE-2024-0004", Severity::Medium, "li<b>\"c\"", None);
    hostile.title = Some("bad\n::error::injected & <x>".into());
    hostile.description = Some("| pipes | and `code` ![img](x)".into());
    hostile.cvss_score = Some(5.3);
    let mut untriaged = Finding::new("GHSA-aaaa-bbbb-cccc", Severity::Undefined);
    // The same critical finding in both platform images.
    let openssl = || {
        finding(
            "CVE-2024-0002",
            Severity::Critical,
            "openssl",
            Some("3.0.8"),
        )
    };
    untriaged.uri = None;
    let scans = vec![
        scan(
            "team-a/api:v1",
            Some("linux/amd64"),
            "COMPLETE",
            vec![openssl(), hostile, untriaged],
        ),
        scan(
            "team-a/api:v1",
            Some("linux/arm64"),
            "COMPLETE",
            vec![
                openssl(),
                finding("CVE-2024-0005", Severity::Low, "zlib", None),
            ],
        ),
        scan("team-a/worker:v1", None, "FAILED", vec![]),
    ];
    judge(
        scans,
        &policy(
            Some(FailOn::High),
            "CVE-2024-0005 exp:2027-06-30 test only\n",
        ),
    )
}

fn run(j: &Judgement) -> Run<'_> {
    Run {
        images: &j.images,
        fail_on: Some("high"),
        started_at: NOW - 120,
        finished_at: NOW,
        location: None,
    }
}

fn validator(schema: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(schema).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn sarif_is_valid_sarif_2_1_0() {
    let j = sample();
    let text = report::sarif(&run(&j));
    let doc: Value = serde_json::from_str(&text).unwrap();
    // The published schema's `run.language` pattern ends in a stray `]?`, which the regex crate
    // refuses as a pattern; ecrctl sets no language, so escaping it changes nothing checked here.
    let schema = include_str!("../../tests/data/sarif-schema-2.1.0.json")
        .replace("{2}-[a-zA-Z]{2}]?$", "{2}-[a-zA-Z]{2}\\\\]?$");
    let v = validator(&schema);
    assert_valid(&v, &doc);
    // The schema is not a formality: a result without a message is refused.
    let mut broken = doc.clone();
    broken["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!v.is_valid(&broken));

    let run0 = &doc["runs"][0];
    let rules = run0["tool"]["driver"]["rules"].as_array().unwrap();
    // One rule per id, whichever image it was found in.
    assert_eq!(rules.len(), 4);
    let results = run0["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    for r in results {
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], r["ruleId"]);
    }
    let critical = &results[0];
    assert_eq!(critical["level"], "error");
    assert_eq!(
        rules[critical["ruleIndex"].as_u64().unwrap() as usize]["properties"]["security-severity"],
        "9.5"
    );
    // The same finding on two platforms: two fingerprints.
    assert_ne!(
        results[0]["partialFingerprints"],
        results[3]["partialFingerprints"]
    );
    // The ignored finding is there, suppressed with its reason.
    let ignored = results
        .iter()
        .find(|r| r["ruleId"] == "CVE-2024-0005")
        .unwrap();
    assert_eq!(ignored["suppressions"][0]["justification"], "test only");
    assert!(!text.contains("\n::error"), "{text}");
    assert_eq!(run0["invocations"][0]["executionSuccessful"], false);
}

/// The GitLab container-scanning report's requirements (schema 15.0.x), written out from
/// GitLab's documentation: the schema itself is published in no package on the registries this
/// project can reach (see tests/data/README.md).
const GITLAB_REQUIREMENTS: &str = r##"{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "type": "object",
  "required": ["version", "scan", "vulnerabilities"],
  "properties": {
    "version": {"type": "string", "pattern": "^15\\.0\\.[0-9]+$"},
    "scan": {
      "type": "object",
      "required": ["analyzer", "scanner", "type", "start_time", "end_time", "status"],
      "properties": {
        "analyzer": {"$ref": "#/definitions/tool"},
        "scanner": {"$ref": "#/definitions/tool"},
        "type": {"const": "container_scanning"},
        "start_time": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"},
        "end_time": {"type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"},
        "status": {"enum": ["success", "failure"]}
      }
    },
    "vulnerabilities": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "identifiers", "location"],
        "properties": {
          "id": {"type": "string", "minLength": 1},
          "name": {"type": "string", "maxLength": 255},
          "description": {"type": "string", "maxLength": 1048576},
          "severity": {"enum": ["Info", "Unknown", "Low", "Medium", "High", "Critical"]},
          "solution": {"type": "string", "maxLength": 7000},
          "identifiers": {
            "type": "array", "minItems": 1,
            "items": {
              "type": "object", "required": ["type", "name", "value"],
              "properties": {
                "type": {"type": "string", "minLength": 1},
                "name": {"type": "string", "minLength": 1},
                "value": {"type": "string", "minLength": 1},
                "url": {"type": "string", "pattern": "^(https?|ftp)://.+"}
              }
            }
          },
          "links": {"type": "array", "items": {"type": "object", "required": ["url"]}},
          "location": {
            "type": "object",
            "required": ["dependency", "operating_system", "image"],
            "properties": {
              "dependency": {
                "type": "object",
                "properties": {
                  "package": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 1}}},
                  "version": {"type": "string"}
                }
              },
              "operating_system": {"type": "string", "minLength": 1},
              "image": {"type": "string", "minLength": 1}
            }
          }
        }
      }
    },
    "remediations": {"type": "array"}
  },
  "definitions": {
    "tool": {
      "type": "object",
      "required": ["id", "name", "version", "vendor"],
      "properties": {
        "id": {"type": "string", "minLength": 1},
        "name": {"type": "string", "minLength": 1},
        "version": {"type": "string", "minLength": 1},
        "vendor": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 1}}}
      }
    }
  }
}"##;

#[test]
fn gitlab_report_meets_the_container_scanning_requirements() {
    let j = sample();
    let doc: Value = serde_json::from_str(&report::gitlab(&run(&j))).unwrap();
    assert_valid(&validator(GITLAB_REQUIREMENTS), &doc);
    let vulns = doc["vulnerabilities"].as_array().unwrap();
    // The ignored finding is left out.
    assert_eq!(vulns.len(), 4);
    assert!(vulns
        .iter()
        .all(|v| v["name"] != "CVE-2024-0005 in zlib 1.0"));
    assert_eq!(vulns[0]["severity"], "Critical");
    assert_eq!(vulns[0]["solution"], "Upgrade openssl to 3.0.8");
    assert_eq!(vulns[0]["location"]["operating_system"], "linux/amd64");
    assert_eq!(vulns[2]["severity"], "Unknown");
    assert_eq!(vulns[2]["identifiers"][0]["type"], "vendor");
    // Stable, distinct, UUID-shaped ids.
    let ids: std::collections::HashSet<&str> =
        vulns.iter().map(|v| v["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 4);
    assert!(ids
        .iter()
        .all(|id| id.len() == 36 && id.as_bytes()[14] == b'8'));
    assert_eq!(
        report::gitlab(&run(&sample())),
        report::gitlab(&run(&j)),
        "the same input gives the same report"
    );
    assert_eq!(doc["scan"]["start_time"], "2026-11-30T00:51:20");
    assert_eq!(doc["scan"]["status"], "failure");
}

#[test]
fn junit_counts_and_escapes() {
    let j = sample();
    let xml = report::junit(&run(&j));
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
    // amd64: scan + 3 findings, 1 failure (the critical); arm64: scan + 2, 1 failure, 1
    // skipped; worker: the failed scan.
    assert!(
        xml.contains("name=\"team-a/api:v1 (linux/amd64)\" tests=\"4\" failures=\"1\""),
        "{xml}"
    );
    assert!(
        xml.contains("tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\""),
        "{xml}"
    );
    assert!(
        xml.contains("<testsuites name=\"ecrctl images scan\" tests=\"8\" failures=\"3\">"),
        "{xml}"
    );
    assert!(xml.contains("<skipped message=\"ignored: test only\"/>"));
    assert!(xml.contains("li&lt;b&gt;&quot;c&quot;"));
    assert!(!xml.contains("<b>"));
    assert_eq!(
        xml.matches("<testcase").count(),
        xml.matches("</testcase>").count()
    );
    assert_eq!(xml.matches("<testsuite ").count(), 3);
}

#[test]
fn github_annotations_are_capped_and_safe() {
    let many: Vec<Finding> = (0..25)
        .map(|i| {
            finding(
                &format!("CVE-2024-{:04}", 1000 + i),
                Severity::High,
                "p",
                None,
            )
        })
        .collect();
    let j = judge(
        vec![scan("r:t", None, "COMPLETE", many)],
        &policy(Some(FailOn::High), ""),
    );
    let lines = report::github_annotations(&run(&j));
    assert_eq!(lines.len(), report::ANNOTATION_LIMIT + 1);
    assert!(lines.iter().all(|l| l.starts_with("::error ")));
    assert!(lines[10].ends_with("15 more finding(s) at or above --fail-on high: see the step summary or the SARIF report"), "{}", lines[10]);

    let j = sample();
    let lines = report::github_annotations(&run(&j));
    assert!(
        lines[0].starts_with(
            "::warning title=ecrctl images scan::team-a/worker:v1: no verdict, scan FAILED"
        ),
        "{lines:?}"
    );
    assert!(lines.iter().all(|l| !l.contains('\n')));
}

#[test]
fn step_summaries_carry_no_markup_from_the_scanner() {
    let j = sample();
    let md = report::step_summary(&run(&j));
    assert!(md.contains("| `team-a/api:v1 (linux/amd64)` | `sha256:aaaaaaaaaaaa…` | complete | 1 | 0 | 1 | 0 | 1 | **fail** |"), "{md}");
    assert!(md.contains("| `team-a/worker:v1` |"));
    assert!(md.contains("no verdict |"));
    assert!(md.contains("li&lt;b&gt;\"c\""), "{md}");
    assert!(
        md.contains(
            "critical ❌ | [CVE-2024-0002](https://nvd.nist.gov/vuln/detail/CVE-2024-0002)"
        ),
        "{md}"
    );
    assert!(md.contains("1 finding(s) ignored by the ignore file."));
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let cells = line.matches(" | ").count();
        assert!(cells == 8 || cells == 6, "{line}");
    }
}

#[test]
fn json_of_a_finding() {
    let f = finding("CVE-2024-0002", Severity::High, "openssl", Some("3.0.8"));
    assert_eq!(
        serde_json::to_value(&f).unwrap(),
        json!({
            "id": "CVE-2024-0002", "severity": "HIGH", "package": "openssl",
            "installedVersion": "1.0", "fixedVersion": "3.0.8", "fix": "yes", "cvssScore": null,
            "uri": "https://nvd.nist.gov/vuln/detail/CVE-2024-0002", "title": "CVE-2024-0002 title",
            "description": null
        })
    );
}

/// DescribeImages' summary counts: unknown severities are undefined, negatives none, the JSON
/// has all six in order and reads back.
#[test]
fn severity_counts_from_a_summary() {
    let c = SeverityCounts::from_pairs([
        ("CRITICAL", 2),
        ("HIGH", 1),
        ("UNTRIAGED", 3),
        ("LOW", -4),
        ("high", 1),
    ]);
    assert_eq!(c.get(Severity::Critical), 2);
    assert_eq!(c.get(Severity::High), 2);
    assert_eq!(c.get(Severity::Low), 0);
    assert_eq!(c.get(Severity::Undefined), 3);
    assert_eq!(c.total(), 7);
    assert_eq!(c.text(), "2 critical, 2 high, 3 undefined");
    assert_eq!(SeverityCounts::default().text(), "no findings");
    let v = serde_json::to_value(c).unwrap();
    assert_eq!(
        v.as_object().unwrap().keys().cloned().collect::<Vec<_>>(),
        [
            "critical",
            "high",
            "medium",
            "low",
            "informational",
            "undefined"
        ]
    );
    let back: SeverityCounts = serde_json::from_value(v).unwrap();
    assert_eq!(back, c);
}
