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
use crate::error::AppError;
use crate::output::{Human, Record, Report};
use crate::plan_file::{Observed, Plan, Target};
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

/// Saved plans of a registry write: write one, or apply one after a drift check.
#[derive(Debug, Clone, Args)]
pub struct PlanArgs {
    /// Write the plan (the setting as it is now and the new one) to FILE and change nothing;
    /// apply it later with --plan
    #[arg(long, value_name = "FILE", conflicts_with = "plan")]
    pub plan_out: Option<String>,
    /// Apply the saved plan FILE exactly, after checking that the setting has not changed
    /// since it was planned (exit 24 when it has, 25 when FILE is not such a plan)
    #[arg(long, value_name = "FILE")]
    pub plan: Option<String>,
}

/// The change body of a registry write's plan: the new setting, in the command's own shape.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Planned {
    pub after: Value,
}

/// A saved plan read from its file: the file's name and the plan.
pub type SavedPlan = (String, Plan<Planned>);

/// The saved plan `--plan` names, read and checked for its command before any call; its new
/// setting is what the command sets.
pub fn read_plan(plans: &PlanArgs, command: &str) -> Result<Option<SavedPlan>> {
    let Some(file) = &plans.plan else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(file)
        .map_err(|e| AppError::usage(format!("plan file {file}: {e}")))?;
    let plan = crate::plan_file::parse::<Planned>(&text, command).map_err(|r| r.error(file))?;
    if plan.targets.len() != 1 {
        return Err(crate::plan_file::Refusal::Malformed(format!(
            "{} targets; a registry setting's plan has one",
            plan.targets.len()
        ))
        .error(file)
        .into());
    }
    Ok(Some((file.clone(), plan)))
}

/// What a plan records of the setting now, as facts a drift can name: each top-level field of
/// its normal form, a list item by item (`rules[1]`, `Statement[0]`), each as compact JSON.
fn observed(before: &Value) -> Observed {
    let compact = |v: &Value| serde_json::to_string(v).expect("values serialise");
    let mut facts = Observed::new();
    match before {
        Value::Object(fields) => {
            for (key, value) in fields {
                match value {
                    Value::Array(items) if !items.is_empty() => {
                        for (i, item) in items.iter().enumerate() {
                            facts.insert(format!("{key}[{i}]"), compact(item));
                        }
                    }
                    other => {
                        facts.insert(key.clone(), compact(other));
                    }
                }
            }
        }
        other => {
            facts.insert("setting".into(), compact(other));
        }
    }
    facts
}

/// A registry setting about to be written.
pub struct Change {
    /// The command, as a plan names it (`registry scanning set`).
    pub command: &'static str,
    pub setting: String,
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

/// Diff, then stop (unchanged, dry run, --plan-out), or ask and `write`. With a saved plan
/// (`plan`), the setting must still be what it was when planned.
pub async fn apply(
    ctx: &Context,
    change: Change,
    args: &WriteArgs,
    plans: Option<(&PlanArgs, Option<SavedPlan>)>,
    write: impl Future<Output = Result<()>>,
) -> Result<Report> {
    let (plan_out, plan) = match plans {
        Some((p, plan)) => (p.plan_out.clone(), plan),
        None => (None, None),
    };
    let mut status = Vec::new();
    if plan_out.is_some() || plan.is_some() {
        let account = match &change.registry_id {
            Some(id) => id.clone(),
            None => crate::registry::Registry::own_id(&ctx.clients).await?,
        };
        let registry = crate::plan_file::Registry {
            account,
            region: change.region.clone(),
        };
        let now = observed(&change.before);
        if let Some((file, plan)) = &plan {
            plan.check_registry(&registry).map_err(|r| r.error(file))?;
            let target = &plan.targets[0];
            let drift = crate::plan_file::drift(&target.observed, &now);
            if !drift.is_empty() {
                let drifted = [(target.target.clone(), drift)];
                // What changed, above the one-line error.
                for line in crate::plan_file::drift_lines(&drifted) {
                    crate::ui::line(&line);
                }
                return Err(crate::plan_file::drift_error(file, &drifted).into());
            }
        }
        if let Some(file) = &plan_out {
            let saved = Plan::new(
                change.command,
                registry,
                vec![Target {
                    target: change.setting.clone(),
                    observed: now,
                    change: Planned {
                        after: change.after.clone(),
                    },
                }],
            );
            std::fs::write(file, saved.to_json())
                .map_err(|e| anyhow::anyhow!("writing the plan to {file}: {e}"))?;
            status.push(format!(
                "plan written to {file}: apply it with `ecrctl {} --plan {file}`",
                change.command
            ));
        }
    }
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
    let mut shown = false;
    // --plan-out only writes the plan.
    let dry_run = args.dry_run || plan_out.is_some();
    let applied = changed && !dry_run;
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
    } else if plan_out.is_some() && !args.dry_run {
        status.push(format!("{} was not changed (--plan-out)", change.setting));
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
        dry_run,
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
    let mut report = if dry_run && changed {
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
        (_, 0) => format!(
            "no repositories in this registry yet: the {what} covers them as they are created"
        ),
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn observed_facts_name_each_rule() {
        let facts = observed(&json!({"scanType": "BASIC", "rules": [{"a": 1}, {"b": 2}]}));
        assert_eq!(
            facts.into_iter().collect::<Vec<_>>(),
            [
                ("rules[0]".to_string(), r#"{"a":1}"#.to_string()),
                ("rules[1]".to_string(), r#"{"b":2}"#.to_string()),
                ("scanType".to_string(), r#""BASIC""#.to_string()),
            ]
        );
        let empty = observed(&json!({"rules": []}));
        assert_eq!(empty.get("rules").map(String::as_str), Some("[]"));
        assert_eq!(
            observed(&Value::Null).get("setting").map(String::as_str),
            Some("null")
        );
    }
}
