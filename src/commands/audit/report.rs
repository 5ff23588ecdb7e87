//! The audit's report: findings by severity, the summary, the --fail-on exit, CI outputs.

use serde_json::{json, Value};

use super::Audited;
use crate::ci::Runner;
use crate::cli::{AuditArgs, FailSeverity};
use crate::error::Exit;
use crate::output::{CiFile, CiTarget, Human, Report};
use crate::posture::{AuditFinding, Level};

/// One audit run, as the report needs it.
pub(super) struct Run<'a> {
    pub runner: Runner,
    pub results: Vec<Audited>,
    pub regions: &'a [String],
    pub skipped: Vec<String>,
    pub seconds: f64,
    pub args: &'a AuditArgs,
    pub lowest_concurrency: usize,
}

/// One finding with where it was found, in report order (severity, region, repository, code).
struct Row<'a> {
    level: Level,
    region: &'a str,
    name: &'a str,
    finding: &'a AuditFinding,
}

fn threshold(f: FailSeverity) -> Level {
    match f {
        FailSeverity::High => Level::High,
        FailSeverity::Medium => Level::Medium,
        FailSeverity::Low => Level::Low,
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(super) fn report(run: Run<'_>) -> Report {
    let mut rows: Vec<Row> = run
        .results
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(move |f| Row {
                level: f.severity,
                region: &r.region,
                name: &r.info.name,
                finding: f,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.level, a.region, a.name, &a.finding.code).cmp(&(
            b.level,
            b.region,
            b.name,
            &b.finding.code,
        ))
    });
    let count = |l: Level| rows.iter().filter(|r| r.level == l).count();
    let counts = [
        count(Level::High),
        count(Level::Medium),
        count(Level::Low),
        count(Level::Info),
    ];
    let records: Vec<Value> = rows
        .iter()
        .map(|r| {
            json!({
                "severity": r.level.as_str(),
                "region": r.region,
                "repository": r.name,
                "code": r.finding.code,
                "message": r.finding.message,
                "controls": r.finding.controls,
                "fix": r.finding.fix,
            })
        })
        .collect();
    if run.args.fix_script {
        let script = fix_script(&rows);
        let lines: Vec<String> = script.lines().map(str::to_string).collect();
        let text = lines.iter().map(|l| vec![l.clone()]).collect();
        return Report::new(json!({"script": script}), Human::Lines(lines), text)
            .with_status(summary_line(&run, counts));
    }
    let mut report = Report::records(
        summary_json(&run, counts),
        &records,
        table(&run, &rows),
        "audit",
    )
    .with_status(summary_line(&run, counts));
    fail_on(&mut report, &run, &rows);
    if run.runner.github() {
        github(&mut report, &run, &rows, counts);
    }
    if let Some(path) = &run.args.codequality {
        report.ci_files.push(CiFile {
            target: CiTarget::Path(path.clone()),
            text: codequality(&rows),
            replace: true,
        });
    }
    report
}

/// The JSON document: every repository with its findings, and the summary.
fn summary_json(run: &Run<'_>, [high, medium, low, info]: [usize; 4]) -> Value {
    let repositories: Vec<Value> = run
        .results
        .iter()
        .map(|r| {
            json!({
                "name": r.info.name,
                "region": r.region,
                "public": r.info.public,
                "uri": r.info.uri,
                "tagMutability": r.info.tag_mutability,
                "exclusionFilters": r.info.exclusion_filters,
                "findings": r.findings,
            })
        })
        .collect();
    json!({
        "repositories": repositories,
        "summary": {
            "repositories": run.results.len(),
            "regions": run.regions,
            "skippedRegions": run.skipped,
            "findings": {"high": high, "medium": medium, "low": low, "info": info},
            "seconds": (run.seconds * 1000.0).round() / 1000.0,
            "concurrency": run.args.concurrency,
            "lowestConcurrency": run.lowest_concurrency,
        },
    })
}

/// The table: the repository before the region; with one region no region column (its name
/// is in the summary, and the column would only take width from the findings).
fn table(run: &Run<'_>, rows: &[Row]) -> Human {
    let one_region = run.regions.len() <= 1;
    let rows = rows
        .iter()
        .map(|r| {
            let mut row = vec![r.level.as_str().to_string(), r.name.to_string()];
            if !one_region {
                row.push(r.region.to_string());
            }
            let mut finding = r.finding.message.clone();
            if let Some(fix) = &r.finding.fix {
                finding.push_str(&format!(" — fix: {fix}"));
            }
            row.extend([r.finding.code.clone(), finding]);
            row
        })
        .collect();
    let headers = if one_region {
        vec!["SEVERITY", "REPOSITORY", "CODE", "FINDING"]
    } else {
        vec!["SEVERITY", "REPOSITORY", "REGION", "CODE", "FINDING"]
    };
    Human::Table { headers, rows }
}

/// A reviewable script: strict mode, one commented command per finding, grouped by repository;
/// findings without a command say why, as comments.
fn fix_script(rows: &[Row]) -> String {
    let mut out = String::from(
        "#!/usr/bin/env bash\n# The commands that fix what `ecrctl audit` found. Review each one before running this:\n# it changes repositories. Findings without a command say why.\nset -euo pipefail\n",
    );
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by(|a, b| (a.region, a.name, a.level).cmp(&(b.region, b.name, b.level)));
    let mut current: Option<(&str, &str)> = None;
    for r in sorted {
        if current != Some((r.region, r.name)) {
            // A "#" line, not an empty one: text output writes an empty record as "-".
            out.push_str(&format!("#\n# {} ({})\n", r.name, r.region));
            current = Some((r.region, r.name));
        }
        let f = r.finding;
        let controls = if f.controls.is_empty() {
            String::new()
        } else {
            format!(" [{}]", f.controls.join(", "))
        };
        out.push_str(&format!(
            "# {} {}{controls}: {}\n",
            r.level.as_str(),
            f.code,
            crate::ui::clean(&f.message)
        ));
        if let Some(note) = &f.fix_note {
            out.push_str(&format!("#   {}\n", crate::ui::clean(note)));
        }
        match &f.fix {
            Some(cmd) => out.push_str(&format!("{cmd}\n")),
            None => out.push_str("#   (no command)\n"),
        }
    }
    out
}

/// "audited 12 repositories in eu-west-1 in 0.4 s: 1 high, …".
fn summary_line(run: &Run<'_>, [high, medium, low, info]: [usize; 4]) -> String {
    let where_ = match run.regions {
        [one] => one.clone(),
        _ => plural(run.regions.len(), "region", "regions"),
    };
    let mut summary = format!(
        "audited {} in {where_} in {:.1} s: {high} high, {medium} medium, {low} low, {info} info",
        plural(run.results.len(), "repository", "repositories"),
        run.seconds
    );
    if !run.skipped.is_empty() {
        summary.push_str(&format!(
            " (skipped, not enabled: {})",
            run.skipped.join(", ")
        ));
    }
    if run.lowest_concurrency < run.args.concurrency as usize {
        summary.push_str(&format!(
            " (ECR throttled: concurrency lowered to {})",
            run.lowest_concurrency
        ));
    }
    summary
}

/// --fail-on: exit 16 when a finding is at or above the threshold, said even with -q.
fn fail_on(report: &mut Report, run: &Run<'_>, rows: &[Row]) {
    let Some(limit) = run.args.fail_on.map(threshold) else {
        return;
    };
    let failing = rows.iter().filter(|r| r.level <= limit).count();
    if failing > 0 {
        report.exit = Exit::AuditFindings;
        report.warnings.push(format!(
            "error: {} at or above {} (--fail-on {}): exit 16",
            plural(failing, "finding", "findings"),
            limit.as_str(),
            limit.as_str()
        ));
    }
}

/// Under GitHub Actions: the findings that fail the gate as annotations, where a reviewer sees
/// them, and a summary table for the step.
fn github(report: &mut Report, run: &Run<'_>, rows: &[Row], [high, medium, low, info]: [usize; 4]) {
    if let Some(limit) = run.args.fail_on.map(threshold) {
        for r in rows.iter().filter(|r| r.level <= limit) {
            report.warnings.push(crate::ci::github_annotation(
                "error",
                &format!("ecrctl audit {}", r.finding.code),
                &format!(
                    "{} ({}, {}): {}",
                    r.name,
                    r.region,
                    r.level.as_str(),
                    r.finding.message
                ),
                None,
            ));
        }
    }
    let mut md = format!(
        "### ecrctl audit\n\n{} repositories: {high} high, {medium} medium, {low} low, {info} info\n\n",
        run.results.len()
    );
    if !rows.is_empty() {
        md.push_str(
            "| severity | repository | region | code | finding |\n| --- | --- | --- | --- | --- |\n",
        );
        for r in rows.iter().take(200) {
            md.push_str(&format!(
                "| {} | `{}` | {} | `{}` | {} |\n",
                r.level.as_str(),
                crate::ci::markdown_cell(r.name),
                r.region,
                r.finding.code,
                crate::ci::markdown_cell(&r.finding.message)
            ));
        }
        if rows.len() > 200 {
            md.push_str(&format!(
                "\n… and {} more (see the step log)\n",
                rows.len() - 200
            ));
        }
    }
    md.push('\n');
    report.ci_files.push(CiFile {
        target: CiTarget::Env("GITHUB_STEP_SUMMARY"),
        text: md,
        replace: false,
    });
}

/// A GitLab Code Quality report of every finding.
fn codequality(rows: &[Row]) -> String {
    let paths: Vec<String> = rows
        .iter()
        .map(|r| format!("ecr/{}/{}", r.region, r.name))
        .collect();
    let issues: Vec<crate::ci::QualityIssue> = rows
        .iter()
        .zip(&paths)
        .map(|(r, path)| crate::ci::QualityIssue {
            check: &r.finding.code,
            description: format!("{}: {}: {}", r.name, r.finding.code, r.finding.message),
            severity: match r.level {
                Level::High => "critical",
                Level::Medium => "major",
                Level::Low => "minor",
                Level::Info => "info",
            },
            path,
            line: 1,
        })
        .collect();
    crate::ci::codequality(&issues)
}
