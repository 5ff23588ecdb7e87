//! `policy validate`: the linter offline, with CI annotations and Code Quality.

use anyhow::Result;

use crate::commands::{Context, Run};
use serde_json::{json, Value};

use super::read_policy_file;
use super::set::finding_line;

use crate::error::Exit;
use crate::output::{CiFile, CiTarget, Human, Report};
use crate::policy;
use crate::policy::lint::{lint, Finding, Options, Severity};
use clap::Args;
use std::path::PathBuf;

pub const EX_VALIDATE_POLICYVALIDATEARGS: &str = "Examples:\n  ecrctl policy validate policy.json\n  ecrctl policy validate policy.json --strict --codequality gl-code-quality.json";

pub const POLICY_VALIDATE_HELP: &str = "\
Exit codes: 0 when there is no error (warnings allowed), 15 when there is an error, or with
--strict any finding. Finding severities: error, security-warning, warning, suggestion; each
finding has a stable code (see the README's rule table).";

#[derive(Debug, Clone, Args)]
pub struct PolicyValidateArgs {
    /// The policy document (`-` reads standard input)
    pub file: String,
    /// A public repository's policy (ecr-public: actions)
    #[arg(long)]
    pub public: bool,
    /// Fail on warnings too
    #[arg(long)]
    pub strict: bool,
    /// An identity policy (attached to a user or role): Resource required, Principal forbidden
    #[arg(long)]
    pub identity: bool,
    /// Also write the findings as a GitLab Code Quality report to FILE
    #[arg(long, value_name = "FILE")]
    pub codequality: Option<PathBuf>,
}

impl Run for PolicyValidateArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        validate(self, ctx.runner)
    }
}

pub fn validate(args: &PolicyValidateArgs, runner: crate::ci::Runner) -> Result<Report> {
    let text = read_policy_file(&args.file)?;
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
    let shown = if args.file == "-" {
        "<stdin>"
    } else {
        args.file.as_str()
    };
    let mut ci = Vec::new();
    if runner.github() {
        for f in &findings {
            let level = match f.severity {
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
    let mut report = findings_report(&args.file, &findings, args.strict);
    report.warnings.extend(ci);
    if let Some(path) = &args.codequality {
        let issues: Vec<crate::ci::QualityIssue> = findings
            .iter()
            .map(|f| crate::ci::QualityIssue {
                check: f.code,
                description: format!("policy-{}: {}", f.code, f.message),
                severity: match f.severity {
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

fn findings_report(file: &str, findings: &[Finding], strict: bool) -> Report {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let errors = count(Severity::Error);
    let failed = errors > 0 || (strict && !findings.is_empty());
    let summary = format!(
        "{file}: {errors} error(s), {} security warning(s), {} warning(s), {} suggestion(s)",
        count(Severity::SecurityWarning),
        count(Severity::Warning),
        count(Severity::Suggestion)
    );
    let json = json!({
        "file": file,
        "valid": !failed,
        "errors": errors,
        "securityWarnings": count(Severity::SecurityWarning),
        "warnings": count(Severity::Warning),
        "suggestions": count(Severity::Suggestion),
        "findings": findings,
    });
    let lines: Vec<String> = findings.iter().map(finding_line).collect();
    let records: Vec<Value> = findings
        .iter()
        .map(|f| serde_json::to_value(f).expect("findings serialise"))
        .collect();
    let mut report = Report::records(json, &records, Human::Lines(lines), "policy validate")
        .with_status(summary);
    if failed {
        report.exit = Exit::PolicyInvalid;
    }
    report
}
