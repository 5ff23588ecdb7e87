//! The audit's report: findings by severity, the summary, the --fail-on exit, CI outputs.

use serde_json::json;

use super::{AccountFinding, Audited};
use crate::ci::Runner;
use crate::commands::audit::args::AuditArgs;
use crate::commands::audit::args::FailSeverity;
use crate::diagnostic::Diagnostic;
use crate::error::Exit;
use crate::output::{CiFile, CiTarget, Human, Report};
use crate::posture::{AuditFinding, Level};
use crate::records::AuditRecord;

/// One audit run, as the report needs it.
pub(super) struct Run<'a> {
    pub runner: Runner,
    pub results: Vec<Audited>,
    /// Findings about whole accounts (a role not assumed, a listing that failed).
    pub account_findings: Vec<AccountFinding>,
    /// Every account audited or tried, sorted (in a one-account audit: those the listing named).
    pub accounts: Vec<String>,
    /// Whether accounts were asked for: the table and script then group by account.
    pub multi: bool,
    pub regions: &'a [String],
    /// Regions skipped in every account (not enabled).
    pub skipped: Vec<String>,
    /// Each (account, region) skipped.
    pub skipped_by_account: Vec<(Option<String>, String)>,
    pub seconds: f64,
    pub args: &'a AuditArgs,
    pub lowest_concurrency: usize,
    /// Each (account in a fleet audit, region) where ECR throttled, and its lowest concurrency.
    pub throttled: Vec<(Option<String>, String, usize)>,
    /// The run failed as a whole (no account read): its exit and message, for JSON's `error`.
    pub failure: Option<(Exit, String)>,
    /// The evidence matrix's columns (with --matrix).
    pub columns: Vec<&'static str>,
}

impl Run<'_> {
    /// Whose reading of the controls the findings follow, as JSON and the matrix name it.
    pub fn reading(&self) -> &'static str {
        match self.args.controls {
            crate::commands::audit::args::ControlReading::Ecrctl => "ecrctl",
            crate::commands::audit::args::ControlReading::Securityhub => "securityhub",
        }
    }
}

/// One finding with where it was found, in report order (account in a fleet audit, severity,
/// region, repository, code).
pub(super) struct Row<'a> {
    pub level: Level,
    pub account: &'a str,
    pub region: &'a str,
    /// `None`: the finding is about the whole account.
    pub name: Option<&'a str>,
    /// The repository's URI (empty for a finding about the whole account).
    pub uri: &'a str,
    pub finding: &'a AuditFinding,
}

impl Row<'_> {
    /// Its output record.
    fn record(&self) -> AuditRecord<'_> {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        AuditRecord {
            severity: self.level.as_str(),
            account: some(self.account),
            region: some(self.region),
            repository: self.name.map(str::to_string),
            code: &self.finding.code,
            message: &self.finding.message,
            controls: &self.finding.controls,
            fix: self.finding.fix.as_deref(),
        }
    }

    /// The repository, or what stands for the whole account, for people.
    fn shown_name(&self) -> &str {
        self.name.unwrap_or("(account)")
    }

    /// Its region, and its account in a fleet audit: "eu-west-1, account 111122223333".
    pub(super) fn location(&self, multi: bool) -> String {
        match (multi && !self.account.is_empty(), self.region.is_empty()) {
            (true, true) => format!("account {}", self.account),
            (true, false) => format!("{}, account {}", self.region, self.account),
            (false, _) => self.region.to_string(),
        }
    }

    /// A path naming where it was found, for code-quality reports.
    pub(super) fn path(&self, multi: bool) -> String {
        let mut parts = vec!["ecr"];
        if multi && !self.account.is_empty() {
            parts.push(self.account);
        }
        if !self.region.is_empty() {
            parts.push(self.region);
        }
        if let Some(name) = self.name {
            parts.push(name);
        }
        parts.join("/")
    }
}

pub(super) fn threshold(f: FailSeverity) -> Level {
    match f {
        FailSeverity::High => Level::High,
        FailSeverity::Medium => Level::Medium,
        FailSeverity::Low => Level::Low,
        FailSeverity::Info => Level::Info,
    }
}

pub(super) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub(super) fn report(run: Run<'_>) -> Report {
    let mut rows: Vec<Row> = run
        .results
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(move |f| Row {
                level: f.severity,
                account: r.account.as_deref().unwrap_or_default(),
                region: &r.region,
                name: Some(&r.info.name),
                uri: &r.info.uri,
                finding: f,
            })
        })
        .chain(run.account_findings.iter().map(|a| Row {
            level: a.finding.severity,
            account: &a.account,
            region: a.region.as_deref().unwrap_or_default(),
            name: None,
            uri: "",
            finding: &a.finding,
        }))
        .collect();
    let multi = run.multi;
    rows.sort_by(|a, b| {
        let group = |r: &Row| {
            if multi {
                r.account.to_string()
            } else {
                String::new()
            }
        };
        (group(a), a.level, a.region, a.name, &a.finding.code).cmp(&(
            group(b),
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
    let records: Vec<AuditRecord> = rows.iter().map(Row::record).collect();
    // The matrix or the fix script replaces the findings on stdout; the gate and the CI
    // outputs stay.
    let mut report = if let Some(format) = run.args.matrix {
        super::matrix::report(&run, format)
    } else if run.args.fix_script {
        let script = super::script::fix_script(&rows, run.multi);
        let lines: Vec<String> = script.lines().map(str::to_string).collect();
        let text = lines.iter().map(|l| vec![l.clone()]).collect();
        Report::new(json!({"script": script}), Human::Lines(lines), text)
    } else {
        Report::with_rows(
            super::summary::summary_json(&run, &rows, counts),
            &records,
            table(&run, &rows),
        )
    }
    .with_status(super::summary::summary_line(&run, counts));
    // Accounts not audited are said on stderr whatever the format and -q: a CI log shows them
    // even when the findings are filtered or go to a file.
    for a in &run.account_findings {
        let line = match &a.finding.fix_note {
            Some(note) => format!("{} ({note})", a.finding.message),
            None => a.finding.message.clone(),
        };
        report.diagnostics.push(titled(
            Diagnostic::warning(line),
            "unreadable",
            run.runner.github(),
        ));
    }
    fail_on(&mut report, &run, &rows);
    if run.runner.github() {
        super::ci::github(&mut report, &run, &rows, counts);
    }
    if let Some(path) = &run.args.codequality {
        report.ci_files.push(CiFile {
            target: CiTarget::Path(path.clone()),
            text: super::ci::codequality(&rows, run.multi),
            replace: true,
        });
    }
    report
}

/// The table: the repository before the region; with one region no region column (its name
/// is in the summary, and the column would only take width from the findings); in a fleet
/// audit the account first, the rows grouped by it.
fn table(run: &Run<'_>, rows: &[Row]) -> Human {
    let one_region = run.regions.len() <= 1;
    let rows = rows
        .iter()
        .map(|r| {
            let mut row = Vec::new();
            if run.multi {
                row.push(r.account.to_string());
            }
            row.extend([r.level.as_str().to_string(), r.shown_name().to_string()]);
            if !one_region {
                row.push(r.region.to_string());
            }
            let mut finding = r.finding.message.clone();
            match (&r.finding.fix, &r.finding.fix_note, r.name) {
                (Some(fix), _, _) => finding.push_str(&format!(" — fix: {fix}")),
                (None, Some(note), None) => finding.push_str(&format!(" — {note}")),
                _ => {}
            }
            row.extend([r.finding.code.clone(), finding]);
            row
        })
        .collect();
    let mut headers = Vec::new();
    if run.multi {
        headers.push("ACCOUNT");
    }
    headers.extend(["SEVERITY", "REPOSITORY"]);
    if !one_region {
        headers.push("REGION");
    }
    headers.extend(["CODE", "FINDING"]);
    Human::Table { headers, rows }
}

/// --fail-on: exit 16 when a finding is at or above the threshold, said even with -q.
fn fail_on(report: &mut Report, run: &Run<'_>, rows: &[Row]) {
    let Some(limit) = run.args.fail_on.map(threshold) else {
        return;
    };
    let failing = rows.iter().filter(|r| r.level <= limit).count();
    if failing > 0 {
        report.exit = Exit::AuditFindings;
        report.diagnostics.push(Diagnostic::error(format!(
            "{} at or above {} (--fail-on {}): exit 16",
            plural(failing, "finding", "findings"),
            limit.as_str(),
            limit.as_str()
        )));
    }
}

/// A diagnostic about audit findings of one code: under GitHub Actions an annotation titled
/// `ecrctl audit CODE`; otherwise a plain line.
pub(super) fn titled(d: Diagnostic, code: &str, github: bool) -> Diagnostic {
    if github {
        d.with_code(format!("audit {code}"))
    } else {
        d
    }
}
