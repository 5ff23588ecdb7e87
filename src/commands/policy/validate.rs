//! `policy validate`: the linter offline, with CI annotations and Code Quality.

use anyhow::Result;

use super::RepositoryPolicy;
use crate::cli::PolicyValidateArgs;
use crate::commands::document::{self, validate::findings_report};
use crate::output::{CiFile, CiTarget, Report};
use crate::policy;
use crate::policy::lint::{lint, Finding, Options, Severity};

pub fn validate(args: &PolicyValidateArgs, runner: crate::ci::Runner) -> Result<Report> {
    let text = document::read_file::<RepositoryPolicy>(&args.file)?;
    let opts = Options {
        public: args.public,
        identity: args.identity,
        own_account: None,
    };
    let findings = lint(&text, &opts);
    let lines = policy::statement_lines(&text);
    // The statement's line; for a parse error, the line the parser names.
    let line_of = |f: &Finding| {
        f.statement
            .and_then(|n| lines.get(n - 1).copied())
            .or_else(|| {
                let at = f.message.find("line ")? + "line ".len();
                let digits: String = f.message[at..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                digits.parse().ok()
            })
            .unwrap_or(1)
    };
    let shown = document::validate::shown(&args.file);
    let mut ci = Vec::new();
    if runner.github() {
        for f in &findings {
            let level = match f.severity() {
                Severity::Error => "error",
                Severity::SecurityWarning | Severity::Warning => "warning",
                Severity::Suggestion => "notice",
            };
            ci.push(crate::ci::github_annotation(
                level,
                &format!("ecrctl policy {}", f.code),
                &f.message,
                Some((shown, line_of(f))),
            ));
        }
    }
    let mut report = findings_report::<RepositoryPolicy>(&args.file, &findings, args.strict);
    report.warnings.extend(ci);
    if let Some(path) = &args.codequality {
        let issues: Vec<crate::ci::QualityIssue> = findings
            .iter()
            .map(|f| crate::ci::QualityIssue {
                check: f.code.as_str(),
                description: format!("policy-{}: {}", f.code, f.message),
                severity: match f.severity() {
                    Severity::Error => "critical",
                    Severity::SecurityWarning => "major",
                    Severity::Warning => "minor",
                    Severity::Suggestion => "info",
                },
                path: shown,
                line: line_of(f),
            })
            .collect();
        report.ci_files.push(CiFile {
            target: CiTarget::Path(path.clone()),
            text: crate::ci::codequality(&issues),
            replace: true,
        });
    }
    Ok(report)
}
