//! The audit's report: findings by severity, the summary, the --fail-on exit, CI outputs.

use serde_json::{json, Value};

use super::{AccountFinding, Audited};
use crate::ci::Runner;
use crate::commands::audit::args::AuditArgs;
use crate::commands::audit::args::FailSeverity;
use crate::error::Exit;
use crate::output::{CiFile, CiTarget, Human, Report};
use crate::posture::{AuditFinding, Level};

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
struct Row<'a> {
    level: Level,
    account: &'a str,
    region: &'a str,
    /// `None`: the finding is about the whole account.
    name: Option<&'a str>,
    /// The repository's URI (empty for a finding about the whole account).
    uri: &'a str,
    finding: &'a AuditFinding,
}

impl Row<'_> {
    /// The repository, or what stands for the whole account, for people.
    fn shown_name(&self) -> &str {
        self.name.unwrap_or("(account)")
    }

    /// Its region, and its account in a fleet audit: "eu-west-1, account 111122223333".
    fn location(&self, multi: bool) -> String {
        match (multi && !self.account.is_empty(), self.region.is_empty()) {
            (true, true) => format!("account {}", self.account),
            (true, false) => format!("{}, account {}", self.region, self.account),
            (false, _) => self.region.to_string(),
        }
    }

    /// A path naming where it was found, for code-quality reports.
    fn path(&self, multi: bool) -> String {
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

fn threshold(f: FailSeverity) -> Level {
    match f {
        FailSeverity::High => Level::High,
        FailSeverity::Medium => Level::Medium,
        FailSeverity::Low => Level::Low,
        FailSeverity::Info => Level::Info,
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
    let records: Vec<Value> = rows
        .iter()
        .map(|r| {
            json!({
                "severity": r.level.as_str(),
                "account": (!r.account.is_empty()).then_some(r.account),
                "region": (!r.region.is_empty()).then_some(r.region),
                "repository": r.name,
                "code": r.finding.code,
                "message": r.finding.message,
                "controls": r.finding.controls,
                "fix": r.finding.fix,
            })
        })
        .collect();
    // The matrix or the fix script replaces the findings on stdout; the gate and the CI
    // outputs stay.
    let mut report = if let Some(format) = run.args.matrix {
        super::matrix::report(&run, format)
    } else if run.args.fix_script {
        let script = fix_script(&rows, run.multi);
        let lines: Vec<String> = script.lines().map(str::to_string).collect();
        let text = lines.iter().map(|l| vec![l.clone()]).collect();
        Report::new(json!({"script": script}), Human::Lines(lines), text)
    } else {
        Report::records(
            summary_json(&run, &rows, counts),
            &records,
            table(&run, &rows),
            "audit",
        )
    }
    .with_status(summary_line(&run, counts));
    // Accounts not audited are said on stderr whatever the format and -q: a CI log shows them
    // even when the findings are filtered or go to a file.
    for a in &run.account_findings {
        let line = match &a.finding.fix_note {
            Some(note) => format!("{} ({note})", a.finding.message),
            None => a.finding.message.clone(),
        };
        report.warnings.push(if run.runner.github() {
            crate::ci::github_annotation("warning", "ecrctl audit unreadable", &line, None)
        } else {
            format!("warning: {}", crate::ui::clean(&line))
        });
    }
    fail_on(&mut report, &run, &rows);
    if run.runner.github() {
        github(&mut report, &run, &rows, counts);
    }
    if let Some(path) = &run.args.codequality {
        report.ci_files.push(CiFile {
            target: CiTarget::Path(path.clone()),
            text: codequality(&rows, run.multi),
            replace: true,
        });
    }
    report
}

/// The JSON document: every repository with its findings, and the summary.
fn summary_json(run: &Run<'_>, rows: &[Row], [high, medium, low, info]: [usize; 4]) -> Value {
    let repositories: Vec<Value> = run
        .results
        .iter()
        .map(|r| {
            json!({
                "account": r.account,
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
    // Findings about whole accounts: a role not assumed, repositories not listed.
    let account_findings: Vec<Value> = run
        .account_findings
        .iter()
        .map(|a| {
            let mut v = json!({"account": a.account, "region": a.region});
            if let (Some(v), Ok(Value::Object(f))) =
                (v.as_object_mut(), serde_json::to_value(&a.finding))
            {
                v.extend(f);
            }
            v
        })
        .collect();
    let mut doc = json!({
        "repositories": repositories,
        "accountFindings": account_findings,
        "summary": {
            "repositories": run.results.len(),
            "regions": run.regions,
            "skippedRegions": run.skipped,
            "accounts": account_totals(run, rows),
            "findings": {"high": high, "medium": medium, "low": low, "info": info},
            "seconds": (run.seconds * 1000.0).round() / 1000.0,
            "controls": run.reading(),
            "concurrency": run.args.concurrency,
            "lowestConcurrency": run.lowest_concurrency,
            "throttled": run.throttled.iter().map(|(account, region, lowest)| json!({
                "account": account,
                "region": region,
                "lowestConcurrency": lowest,
            })).collect::<Vec<_>>(),
        },
    });
    if let (Some((exit, message)), Some(map)) = (&run.failure, doc.as_object_mut()) {
        map.insert(
            "error".into(),
            json!({"code": "unreadable", "message": message, "hint": null, "exit": exit.code()}),
        );
    }
    doc
}

/// Per account: repositories, findings by severity, whether it could be read, the regions
/// skipped (not enabled).
fn account_totals(run: &Run<'_>, rows: &[Row]) -> Vec<Value> {
    run.accounts
        .iter()
        .map(|id| {
            let mine = |r: &&Row| r.account == id;
            let count = |l: Level| rows.iter().filter(mine).filter(|r| r.level == l).count();
            let unreadable = run
                .account_findings
                .iter()
                .any(|a| &a.account == id && a.region.is_none());
            let skipped: Vec<&String> = run
                .skipped_by_account
                .iter()
                .filter(|(a, _)| a.as_ref() == Some(id))
                .map(|(_, r)| r)
                .collect();
            let errors: Vec<&str> = run
                .account_findings
                .iter()
                .filter(|a| &a.account == id)
                .map(|a| a.finding.message.as_str())
                .collect();
            let error = (!errors.is_empty()).then(|| errors.join("; "));
            json!({
                "account": id,
                "audited": !unreadable,
                "error": error,
                "repositories": run.results.iter().filter(|r| r.account.as_ref() == Some(id)).count(),
                "findings": {
                    "high": count(Level::High),
                    "medium": count(Level::Medium),
                    "low": count(Level::Low),
                    "info": count(Level::Info),
                },
                "skippedRegions": skipped,
            })
        })
        .collect()
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

/// A reviewable script: strict mode, one commented command per finding, grouped by repository;
/// findings without a command say why, as comments. Each change says its account, region and
/// repository on stderr before it runs, and `--dry-run` (or `DRY_RUN=1`) prints the commands
/// instead of running them. In a fleet audit each account's commands are a function, and the
/// script runs one account at a time (`bash fix.sh ACCOUNT [PROFILE]`), since each needs that
/// account's credentials.
fn fix_script(rows: &[Row], multi: bool) -> String {
    let mut out = String::from(
        "#!/usr/bin/env bash\n# The commands that fix what `ecrctl audit` found. Review each one before running this:\n# it changes repositories. Findings without a command say why.\n",
    );
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by(|a, b| {
        (a.account, a.region, a.name, a.level).cmp(&(b.account, b.region, b.name, b.level))
    });
    let mut accounts: Vec<&str> = sorted.iter().map(|r| r.account).collect();
    accounts.dedup();
    let multi = multi && !accounts.is_empty() && accounts.iter().all(|a| !a.is_empty());
    let usage = if multi {
        "bash fix.sh [--dry-run] ACCOUNT [PROFILE]"
    } else {
        "bash fix.sh [--dry-run] [ACCOUNT]"
    };
    out.push_str(&format!(
        "#\n# Each change says its repository, account and region on stderr before it runs. A dry run\n# prints each command instead of running it, and changes nothing:\n#   {usage}    (or DRY_RUN=1 {usage_env})\n",
        usage_env = usage.replace(" [--dry-run]", "")
    ));
    let indent = if multi {
        let list = accounts.join(" ");
        out.push_str(&format!(
            "#\n# Each account's commands need credentials for that account (and ecrctl on PATH). Run this\n# once per account, naming it, with credentials for it:\n#   bash fix.sh ACCOUNT [PROFILE]\n# PROFILE, when given, is passed to every command as --profile (it wins over credentials in\n# the environment). Each account's part first checks that it can read one of its repositories.\n# Accounts: {list}\n{PRELUDE}if [ $# -lt 1 ] || [ $# -gt 2 ]; then\n  echo \"usage: bash $0 [--dry-run] ACCOUNT [PROFILE] (accounts: {list})\" >&2\n  exit 2\nfi\nif [ $# -eq 2 ]; then\n  profile=(--profile \"$2\")\nfi\n"
        ));
        "  "
    } else {
        out.push_str(PRELUDE);
        // One account: naming it is allowed (a wrapper that always passes the account works
        // whatever the audit covered), naming another is refused.
        let check = match accounts.first().filter(|a| !a.is_empty()) {
            Some(a) => format!("[ $# -gt 1 ] || {{ [ $# -eq 1 ] && [ \"$1\" != \"{a}\" ]; }}"),
            None => "[ $# -gt 1 ]".to_string(),
        };
        out.push_str(&format!(
            "if {check}; then\n  echo \"usage: bash $0 [--dry-run] [ACCOUNT] (this script fixes {})\" >&2\n  exit 2\nfi\n",
            accounts.first().filter(|a| !a.is_empty()).map_or("the audited account".to_string(), |a| format!("account {a}"))
        ));
        ""
    };
    // The end of an account's function: an account not audited stops the script.
    let close = |out: &mut String, account: &str, rows: &[&Row]| {
        let unaudited = rows
            .iter()
            .any(|r| r.account == account && r.name.is_none() && r.region.is_empty());
        if unaudited {
            out.push_str(&format!(
                "  echo \"account {account} was not audited (see the comments above): give the audit access, audit again, then fix\" >&2\n  exit 1\n}}\n"
            ));
        } else {
            out.push_str("  :\n}\n");
        }
    };
    let all: Vec<&Row> = sorted.clone();
    let mut current: Option<(&str, &str, Option<&str>)> = None;
    let mut account: Option<&str> = None;
    for r in sorted {
        if multi && account != Some(r.account) {
            if let Some(done) = account {
                close(&mut out, done, &all);
            }
            out.push_str(&format!(
                "#\n# ---- account {}\naccount_{}() {{\n",
                r.account, r.account
            ));
            // Credentials for another account would fail on the first command: say so first
            // (not in a dry run, which changes nothing and may have no credentials at all).
            let commands = all
                .iter()
                .any(|x| x.account == r.account && x.finding.fix.is_some());
            if let Some(probe) = all
                .iter()
                .find(|x| x.account == r.account && !x.uri.is_empty())
                .filter(|_| commands)
            {
                out.push_str(&format!(
                    "  if [ \"$dry_run\" = 0 ] && ! probe=$(ecrctl ${{profile[@]+\"${{profile[@]}}\"}} repo show {uri} 2>&1 >/dev/null); then\n    echo \"$probe\" >&2\n    echo \"these credentials cannot read {uri}: run this with credentials for account {a} (bash $0 {a} PROFILE)\" >&2\n    exit 1\n  fi\n",
                    uri = probe.uri,
                    a = r.account
                ));
            }
            account = Some(r.account);
        }
        if current != Some((r.account, r.region, r.name)) {
            // A "#" line, not an empty one: text output writes an empty record as "-".
            let place = match (r.name, r.region.is_empty()) {
                (None, true) => format!("account {}", r.account),
                (None, false) => format!("account {} ({})", r.account, r.region),
                (Some(name), _) => format!("{name} ({})", r.region),
            };
            out.push_str(&format!(
                "{indent}#\n{indent}# {}\n",
                crate::ui::clean(&place)
            ));
            current = Some((r.account, r.region, r.name));
        }
        let f = r.finding;
        let controls = if f.controls.is_empty() {
            String::new()
        } else {
            format!(" [{}]", f.controls.join(", "))
        };
        out.push_str(&format!(
            "{indent}# {} {}{controls}: {}\n",
            r.level.as_str(),
            f.code,
            crate::ui::clean(&f.message)
        ));
        if let Some(note) = &f.fix_note {
            out.push_str(&format!("{indent}#   {}\n", crate::ui::clean(note)));
        }
        let or_dash = |s: &str| {
            if s.is_empty() {
                "-".to_string()
            } else {
                s.to_string()
            }
        };
        match &f.fix {
            Some(cmd) => {
                let cmd = cmd.strip_prefix("ecrctl ").unwrap_or(cmd);
                let line = format!(
                    "change {} {} {} {cmd}",
                    or_dash(r.account),
                    or_dash(r.region),
                    or_dash(r.uri)
                );
                // A command with a value to fill in (KEY=VALUE) must not run as it is.
                if cmd.contains("KEY=VALUE") {
                    out.push_str(&format!(
                        "{indent}#   fill in KEY=VALUE, then remove the '#' to run it:\n{indent}# {line}\n"
                    ));
                } else {
                    out.push_str(&format!("{indent}{line}\n"));
                }
            }
            None => out.push_str(&format!("{indent}#   (no command)\n")),
        }
    }
    if multi {
        if let Some(done) = account {
            close(&mut out, done, &all);
        }
        out.push_str("#\ncase \"$1\" in\n");
        for a in &accounts {
            out.push_str(&format!("  {a}) account_{a} ;;\n"));
        }
        out.push_str(&format!(
            "  *)\n    echo \"account $1 has no part in this script (accounts: {})\" >&2\n    exit 2\n    ;;\nesac\n",
            accounts.join(" ")
        ));
    }
    out
}

/// The fix script's options and its one way to make a change: say where (account, region,
/// repository) on stderr, then run the command, or, in a dry run, print it.
const PRELUDE: &str = r#"set -euo pipefail
dry_run=0
if [ -n "${DRY_RUN:-}" ] && [ "${DRY_RUN}" != 0 ]; then
  dry_run=1
fi
if [ "${1:-}" = --dry-run ]; then
  dry_run=1
  shift
fi
profile=()
# change ACCOUNT REGION URI ARGS…: one change, by `ecrctl ARGS…`.
change() {
  local account=$1 region=$2 uri=$3 line word
  shift 3
  line=ecrctl
  for word in ${profile[@]+"${profile[@]}"} "$@"; do
    line+=" $(printf '%q' "$word")"
  done
  if [ "$dry_run" != 0 ]; then
    echo "$line"
    return
  fi
  echo "changing $uri (account $account, $region): $line" >&2
  ecrctl ${profile[@]+"${profile[@]}"} "$@"
}
"#;

/// "audited 12 repositories in eu-west-1 in 0.4 s: 1 high, …".
fn summary_line(run: &Run<'_>, [high, medium, low, info]: [usize; 4]) -> String {
    let mut where_ = match run.regions {
        [one] => one.clone(),
        _ => plural(run.regions.len(), "region", "regions"),
    };
    let unread: Vec<&str> = run
        .account_findings
        .iter()
        .filter(|a| a.region.is_none())
        .map(|a| a.account.as_str())
        .collect();
    if run.multi {
        let total = run.accounts.len();
        where_ = if unread.is_empty() {
            format!("{} and {where_}", plural(total, "account", "accounts"))
        } else {
            format!(
                "{} of {} and {where_}",
                total - unread.len(),
                plural(total, "account", "accounts")
            )
        };
    }
    let reading = match run.args.controls {
        crate::commands::audit::args::ControlReading::Ecrctl => "",
        crate::commands::audit::args::ControlReading::Securityhub => {
            ", as Security Hub reads the controls,"
        }
    };
    let mut summary = format!(
        "audited {} in {where_}{reading} in {:.1} s: {high} high, {medium} medium, {low} low, {info} info",
        plural(run.results.len(), "repository", "repositories"),
        run.seconds
    );
    if !unread.is_empty() {
        summary.push_str(&format!(" (not audited: {})", unread.join(", ")));
    }
    let unlisted: Vec<String> = run
        .account_findings
        .iter()
        .filter_map(|a| Some(format!("{} in {}", a.account, a.region.as_ref()?)))
        .collect();
    if !unlisted.is_empty() {
        summary.push_str(&format!(" (not listed: {})", unlisted.join(", ")));
    }
    if !run.skipped.is_empty() {
        summary.push_str(&format!(
            " (skipped, not enabled: {})",
            run.skipped.join(", ")
        ));
    }
    if !run.throttled.is_empty() {
        let places: Vec<String> = run
            .throttled
            .iter()
            .map(|(account, region, lowest)| match account {
                Some(a) => format!("{lowest} in {region}, account {a}"),
                None => format!("{lowest} in {region}"),
            })
            .collect();
        summary.push_str(&format!(
            " (ECR throttled: concurrency lowered to {})",
            places.join("; ")
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
                &match r.name {
                    Some(name) => format!(
                        "{name} ({}, {}): {}",
                        r.location(run.multi),
                        r.level.as_str(),
                        r.finding.message
                    ),
                    None => format!("{} ({})", r.finding.message, r.level.as_str()),
                },
                None,
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
fn codequality(rows: &[Row], multi: bool) -> String {
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
