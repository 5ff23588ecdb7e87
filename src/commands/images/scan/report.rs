//! `images scan`'s results as records and a report, pure.

use super::*;

pub(super) fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Pass => "pass",
        Verdict::Fail => "fail",
        Verdict::NoVerdict => "no-verdict",
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn image_scan(
    repository: &str,
    _label: &str,
    shown: &str,
    digest: String,
    platform: Option<String>,
    answer: Option<ScanAnswer>,
    started: bool,
    scanning: &Scanning,
) -> ImageScan {
    let (status, status_description, completed_at, source_updated_at, kind, findings) = match answer
    {
        Some(a) => (
            a.status,
            a.description,
            a.completed_at,
            a.source_updated_at,
            a.kind.or(scanning.kind),
            a.findings,
        ),
        None if started => (
            "IN_PROGRESS".to_string(),
            None,
            None,
            None,
            scanning.kind,
            Vec::new(),
        ),
        None => (
            NO_SCAN.to_string(),
            Some("the image has never been scanned".to_string()),
            None,
            None,
            scanning.kind,
            Vec::new(),
        ),
    };
    ImageScan {
        repository: repository.to_string(),
        image: shown.to_string(),
        digest,
        platform,
        kind,
        status,
        status_description,
        completed_at,
        source_updated_at,
        findings,
        started,
    }
}

pub(super) fn finding_json(j: &Judged) -> Value {
    let mut v = serde_json::to_value(&j.finding).expect("findings serialise");
    v["failsGate"] = json!(j.fails);
    if let Some(ig) = &j.ignored {
        v["ignored"] = json!(ig);
    }
    v
}

pub(super) fn image_json(i: &JudgedImage) -> Value {
    let s = &i.scan;
    json!({
        "image": s.image,
        "repository": s.repository,
        "digest": s.digest,
        "platform": s.platform,
        "scanning": s.kind,
        "status": s.status,
        "statusDescription": s.status_description,
        "started": s.started,
        "completedAt": s.completed_at.map(time::format),
        "vulnerabilitySourceUpdatedAt": s.source_updated_at.map(time::format),
        "counts": i.counts_json(),
        "verdict": i.verdict,
        "findings": i.findings.iter().filter(|j| j.counts()).map(finding_json).collect::<Vec<_>>(),
        "ignored": i.findings.iter().filter(|j| j.ignored.is_some()).map(finding_json).collect::<Vec<_>>(),
        "leftOutUnfixable": i.findings.iter().filter(|j| j.unfixable && j.ignored.is_none()).count(),
    })
}

pub(super) fn report_of(
    images: &[JudgedImage],
    fail_on: Option<FailOn>,
    verdict: Verdict,
) -> Report {
    let json = json!({
        "failOn": fail_on.map(FailOn::word),
        "verdict": verdict,
        "images": images.iter().map(image_json).collect::<Vec<_>>(),
    });
    let lines: Vec<FindingLine> = images
        .iter()
        .flat_map(|i| {
            i.findings
                .iter()
                .filter(|j| j.counts())
                .map(move |j| FindingLine {
                    image: i.scan.image.clone(),
                    platform: i.scan.platform.clone(),
                    severity: j.finding.severity.as_str(),
                    id: j.finding.id.clone(),
                    package: j.finding.package.clone(),
                    installed_version: j.finding.installed_version.clone(),
                    fixed_version: j.finding.fixed_version.clone(),
                    cvss_score: j.finding.cvss_score,
                    fails_gate: j.fails,
                })
        })
        .collect();
    let summary = Human::Table {
        headers: vec!["image", "digest", "scan", "findings", "verdict"],
        rows: images
            .iter()
            .map(|i| {
                vec![
                    i.scan.label(),
                    short_digest(&i.scan.digest),
                    scan_text(&i.scan),
                    i.counts_text(),
                    match i.verdict {
                        Verdict::Pass if fail_on.is_none() => "-".into(),
                        Verdict::Pass => "pass".into(),
                        Verdict::Fail => format!(
                            "FAIL (--fail-on {})",
                            fail_on.map(FailOn::word).unwrap_or("?")
                        ),
                        Verdict::NoVerdict => "no verdict".into(),
                    },
                ]
            })
            .collect(),
    };
    let several = images.len() > 1;
    let mut headers = vec!["severity", "id", "package", "installed", "fixed", "CVSS"];
    if several {
        headers.push("image");
    }
    let rows: Vec<Vec<String>> = lines
        .iter()
        .map(|l| {
            let mut row = vec![
                if l.fails_gate {
                    format!("{} ✗", l.severity.to_ascii_lowercase())
                } else {
                    l.severity.to_ascii_lowercase()
                },
                l.id.clone(),
                l.package.clone().unwrap_or_default(),
                l.installed_version.clone().unwrap_or_default(),
                l.fixed_version.clone().unwrap_or_default(),
                l.cvss_score.map(|c| format!("{c:.1}")).unwrap_or_default(),
            ];
            if several {
                row.push(match &l.platform {
                    Some(p) => format!("{} ({p})", l.image),
                    None => l.image.clone(),
                });
            }
            row
        })
        .collect();
    let human = if rows.is_empty() {
        summary
    } else {
        Human::Many(vec![summary, Human::Table { headers, rows }])
    };
    Report::with_rows(json, &lines, human)
}

/// `complete 2026-12-03 12:00`, `in progress`, `failed: why`.
pub(super) fn scan_text(s: &ImageScan) -> String {
    let status = s.status.to_ascii_lowercase().replace('_', " ");
    match (&s.status_description, phase(&s.status)) {
        (Some(d), Phase::NoVerdict) => format!("{status}: {d}"),
        _ => status,
    }
}
