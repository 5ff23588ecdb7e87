//! `lifecycle validate`: the linter offline; and the findings report every lifecycle command
//! prints for a policy with errors.

use anyhow::Result;
use serde_json::{json, Value};

use super::finding_line;

use crate::commands::{Context, Run};
use crate::error::Exit;
use crate::lifecycle::lint::{lint, Finding, Severity};
use crate::output::{Human, Report};
use clap::Args;

pub const EX_VALIDATE_LIFECYCLEVALIDATEARGS: &str = "Examples:\n  ecrctl lifecycle validate lifecycle.json\n  ecrctl lifecycle validate lifecycle.json --strict -o json";

pub const LIFECYCLE_VALIDATE_HELP: &str = "\
Exit codes: 0 when there is no error (warnings allowed), 15 when there is an error, or with
--strict any finding. Each finding has a stable code (see the README's lifecycle rule table).";

#[derive(Debug, Clone, Args)]
pub struct LifecycleValidateArgs {
    /// The lifecycle policy document (`-` reads standard input)
    pub file: String,
    /// Fail on warnings too
    #[arg(long)]
    pub strict: bool,
}

impl Run for LifecycleValidateArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        validate(self, ctx.runner)
    }
}

pub fn validate(args: &LifecycleValidateArgs, runner: crate::ci::Runner) -> Result<Report> {
    let text = super::read_policy(&args.file)?;
    let findings = lint(&text).findings;
    let mut report = findings_report(&args.file, &findings, args.strict);
    if runner.github() {
        report.own_annotations = true;
        let shown = if args.file == "-" {
            "<stdin>"
        } else {
            args.file.as_str()
        };
        let lines = rule_lines(&text);
        for f in &findings {
            let line = f
                .position
                .and_then(|p| lines.get(p - 1).copied())
                .unwrap_or(1);
            let level = if f.severity == Severity::Error {
                "error"
            } else {
                "warning"
            };
            report.warnings.push(crate::ci::github_annotation(
                level,
                &format!("ecrctl lifecycle {}", f.code),
                &finding_line(f),
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

/// The findings as `validate` prints them: exit 15 on an error (with `strict`, any finding).
pub(super) fn findings_report(file: &str, findings: &[Finding], strict: bool) -> Report {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let errors = count(Severity::Error);
    let failed = errors > 0 || (strict && !findings.is_empty());
    let json = json!({
        "file": file,
        "valid": !failed,
        "errors": errors,
        "warnings": count(Severity::Warning),
        "findings": findings,
    });
    let records: Vec<Value> = findings
        .iter()
        .map(|f| serde_json::to_value(f).expect("findings serialise"))
        .collect();
    let lines = findings.iter().map(finding_line).collect();
    let mut report = Report::records(json, &records, Human::Lines(lines), "lifecycle validate")
        .with_status(format!(
            "{file}: {errors} error(s), {} warning(s){}",
            count(Severity::Warning),
            if errors == 0 && failed {
                " (--strict fails on warnings)"
            } else {
                ""
            }
        ));
    if failed {
        report.exit = Exit::PolicyInvalid;
    }
    report
}
