//! The audit's CI outputs: annotations and a step summary under GitHub Actions, a GitLab Code
//! Quality report.

use super::report::{plural, threshold, Row, Run};
use crate::diagnostic::Diagnostic;
use crate::output::{CiFile, CiTarget, Report};
use crate::posture::Level;

/// Under GitHub Actions: the findings that fail the gate as annotations, where a reviewer sees
/// them, and a summary table for the step.
pub(super) fn github(
    report: &mut Report,
    run: &Run<'_>,
    rows: &[Row],
    [high, medium, low, info]: [usize; 4],
) {
    if let Some(limit) = run.args.fail_on.map(threshold) {
        for r in rows.iter().filter(|r| r.level <= limit) {
            let message = match r.name {
                Some(name) => format!(
                    "{name} ({}, {}): {}",
                    r.location(run.multi),
                    r.level.as_str(),
                    r.finding.message
                ),
                None => format!("{} ({})", r.finding.message, r.level.as_str()),
            };
            report.diagnostics.push(super::report::titled(
                Diagnostic::error(message),
                &r.finding.code,
                true,
            ));
        }
    }
    let accounts = if run.multi {
        let unread = run
            .account_findings
            .iter()
            .filter(|a| a.region.is_none())
            .count();
        format!(
            " in {} of {} accounts",
            run.accounts.len() - unread,
            run.accounts.len()
        )
    } else {
        String::new()
    };
    let mut md = format!(
        "### ecrctl audit\n\n{}{accounts}: {high} high, {medium} medium, {low} low, {info} info\n\n",
        plural(run.results.len(), "repository", "repositories")
    );
    if !rows.is_empty() {
        if run.multi {
            md.push_str("| account ");
        }
        md.push_str("| severity | repository | region | code | finding |\n");
        if run.multi {
            md.push_str("| --- ");
        }
        md.push_str("| --- | --- | --- | --- | --- |\n");
        for r in rows.iter().take(200) {
            if run.multi {
                md.push_str(&format!("| {} ", r.account));
            }
            let name = match r.name {
                Some(name) => format!("`{}`", crate::ci::markdown_code(name)),
                None => "(account)".to_string(),
            };
            md.push_str(&format!(
                "| {} | {name} | {} | `{}` | {} |\n",
                r.level.as_str(),
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
pub(super) fn codequality(rows: &[Row], multi: bool) -> String {
    let paths: Vec<String> = rows.iter().map(|r| r.path(multi)).collect();
    let issues: Vec<crate::ci::QualityIssue> = rows
        .iter()
        .zip(&paths)
        .map(|(r, path)| crate::ci::QualityIssue {
            check: &r.finding.code,
            description: match (multi && !r.account.is_empty(), r.name) {
                (true, Some(name)) => format!(
                    "{name} (account {}): {}: {}",
                    r.account, r.finding.code, r.finding.message
                ),
                (_, None) => format!("{}: {}", r.finding.code, r.finding.message),
                (false, Some(name)) => {
                    format!("{name}: {}: {}", r.finding.code, r.finding.message)
                }
            },
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
