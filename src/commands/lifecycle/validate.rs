//! `lifecycle validate`: the linter offline, with GitHub annotations on each rule's line.

use anyhow::Result;
use clap::Args;

use super::LifecyclePolicy;
use crate::commands::document::{self, validate::LintFinding};
use crate::commands::{Context, Run};
use crate::lifecycle::lint::{lint, Severity};
use crate::output::Report;

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
