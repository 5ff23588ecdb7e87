//! `lifecycle validate`: the linter offline, with GitHub annotations on each rule's line.

use anyhow::Result;

use super::LifecyclePolicy;
use crate::cli::LifecycleValidateArgs;
use crate::commands::document::{self, validate::LintFinding};
use crate::lifecycle::lint::{lint, Severity};
use crate::output::Report;

pub fn validate(args: &LifecycleValidateArgs, runner: crate::ci::Runner) -> Result<Report> {
    let text = document::read_file::<LifecyclePolicy>(&args.file)?;
    let findings = lint(&text).findings;
    let mut report =
        document::validate::findings_report::<LifecyclePolicy>(&args.file, &findings, args.strict);
    if runner.github() {
        report.own_annotations = true;
        let shown = document::validate::shown(&args.file);
        let lines = rule_lines(&text);
        for f in &findings {
            let line = f
                .position
                .and_then(|p| lines.get(p - 1).copied())
                .unwrap_or(1);
            let level = if f.severity() == Severity::Error {
                "error"
            } else {
                "warning"
            };
            report.warnings.push(crate::ci::github_annotation(
                level,
                &format!("ecrctl lifecycle {}", f.code),
                &f.line(),
                Some((shown, line)),
            ));
        }
    }
    Ok(report)
}

/// The line of each rule's `rulePriority` key, in order: where an annotation points.
fn rule_lines(text: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .flat_map(|(i, l)| std::iter::repeat_n(i + 1, l.matches("\"rulePriority\"").count()))
        .collect()
}
