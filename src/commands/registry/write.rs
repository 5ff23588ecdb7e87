//! The one workflow of every registry-wide write: diff the normal forms, show what it does to
//! each repository, then say unchanged, stop at a dry run, or ask (a terminal) / need --yes
//! (none) and write.

use std::future::Future;

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use crate::commands::document::set::json_diff;
use crate::commands::Context;
use crate::diagnostic::Diagnostic;
use crate::output::{Human, Record, Report};
use crate::records::registry::RegistryWrite;

/// The options every registry write takes.
#[derive(Debug, Clone, Args)]
pub struct WriteArgs {
    /// Show the diff and what it does to each repository; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// A registry setting about to be written.
pub struct Change {
    pub setting: &'static str,
    pub registry_id: Option<String>,
    pub region: String,
    /// The current setting in normal form (`null`: none).
    pub before: Value,
    /// The new one in normal form (`null`: none, as after a delete).
    pub after: Value,
    /// What it does to each repository, in JSON.
    pub preview: Value,
    /// The same for people (a table of the repositories that change, a count of the others).
    pub preview_human: Vec<Human>,
    /// The repositories that change, a line each, shown above the question.
    pub prompt_lines: Vec<String>,
    pub warnings: Vec<Diagnostic>,
    /// "Set registry scanning … ?"
    pub question: String,
}

/// Diff, then stop (unchanged, dry run), or ask and `write`.
pub async fn apply(
    ctx: &Context,
    change: Change,
    args: &WriteArgs,
    write: impl Future<Output = Result<()>>,
) -> Result<Report> {
    let changed = change.before != change.after;
    let diff = if changed {
        json_diff(
            (!change.before.is_null()).then(|| change.before.clone()),
            change.after.clone(),
        )
    } else {
        String::new()
    };
    let diff_lines: Vec<String> = diff.lines().map(str::to_string).collect();
    let mut status = Vec::new();
    let mut shown = false;
    let applied = changed && !args.dry_run;
    let github = ctx.runner.github();
    let mut warnings = change.warnings;
    if applied {
        if !args.yes && ctx.can_prompt {
            // What is asked about, above the question.
            for line in &diff_lines {
                crate::ui::line(line);
            }
            for line in &change.prompt_lines {
                crate::ui::line(line);
            }
            for w in warnings.drain(..) {
                crate::ui::line(&w.render(github));
            }
            shown = true;
        }
        let region = change.region.clone();
        crate::ui::confirm_or_abort(
            args.yes,
            ctx.can_prompt,
            &format!("changing {}", change.setting),
            &change.question,
            &format!("{} not changed", change.setting),
        )
        .await?;
        write.await?;
        status.push(format!("{} set in {region}", change.setting));
    } else if !changed {
        status.push(format!("{} unchanged: nothing sent", change.setting));
    } else {
        status.push(format!("dry run: {} was not changed", change.setting));
    }
    let result = match (changed, applied) {
        (false, _) => "unchanged",
        (true, true) => "applied",
        (true, false) => "would-change",
    };
    let record = RegistryWrite {
        setting: change.setting,
        registry_id: change.registry_id,
        region: change.region,
        result,
        changed,
        applied,
        dry_run: args.dry_run,
        diff,
        before: change.before,
        after: change.after,
        preview: change.preview,
    };
    let mut views = Vec::new();
    if !shown {
        views.push(Human::Lines(diff_lines.clone()));
        views.extend(change.preview_human);
    }
    views.retain(|v| !matches!(v, Human::Lines(l) if l.is_empty()));
    let human = Human::Many(views);
    let mut report = if args.dry_run && changed {
        // A dry run's text output is the diff itself, as `policy set --dry-run`'s.
        let lines = diff_lines.iter().map(|l| vec![l.clone()]).collect();
        Report::new(Record::json(&record), human, lines)
    } else {
        Report::of_record(&record, human)
    };
    report.status = status;
    report.diagnostics = warnings;
    report.exit = crate::commands::dry_run_exit(args.exit_code, changed);
    Ok(report)
}

/// The rows that change, as a table, and a line counting the others; `None` rows: nothing.
pub fn changed_table(
    headers: Vec<&'static str>,
    rows: Vec<(bool, Vec<String>)>,
    what: &str,
) -> Vec<Human> {
    let total = rows.len();
    let changed: Vec<Vec<String>> = rows
        .into_iter()
        .filter(|(c, _)| *c)
        .map(|(_, r)| r)
        .collect();
    let same = total - changed.len();
    let mut out = Vec::new();
    let summary = match (changed.len(), total) {
        (_, 0) => format!("no repositories: the {what} covers none yet"),
        (0, _) => format!("no repository changes ({total} checked)"),
        (n, _) => format!(
            "{n} of {total} repositories change{}",
            if same == 1 {
                " (the other one is listed with -o json)".to_string()
            } else if same > 1 {
                format!(" (the {same} others are listed with -o json)")
            } else {
                String::new()
            }
        ),
    };
    if !changed.is_empty() {
        out.push(Human::Table {
            headers,
            rows: changed,
        });
    }
    out.push(Human::Lines(vec![summary]));
    out
}
