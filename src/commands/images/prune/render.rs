//! A prune's report: every image and its outcome, the summary, what was done, and the lines
//! that say it.

use serde_json::{json, Value};

use super::plan::Plan;
use super::rules::human_duration;
use crate::diagnostic::{Diagnostic, Level};
use crate::error::Exit;
use crate::images::human_size;
use crate::lifecycle::eval::Image;
use crate::lifecycle::plan::{self, Outcome};
use crate::lifecycle::Policy;
use crate::output::Report;
use crate::records::images::{PruneResult, PRUNE_COLUMNS};

/// How the prune ran.
pub struct Run<'a> {
    pub name: &'a str,
    /// --yes: deleting, not planning.
    pub yes: bool,
    pub all: bool,
    pub exit_code: bool,
    pub policy: &'a Policy,
    pub min_age: i64,
    pub now: i64,
}

/// What the deletions did, counted.
pub fn tally(images: &[Image], outcomes: &[Outcome]) -> PruneResult {
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    PruneResult {
        deleted: count(|o| matches!(o, Outcome::Deleted)),
        already_gone: count(|o| matches!(o, Outcome::Gone)),
        failed: count(|o| matches!(o, Outcome::Failed(..))),
        kept_referenced: count(|o| matches!(o, Outcome::Held)),
        not_attempted: count(|o| matches!(o, Outcome::NotAttempted(_))),
        freed_bytes: images
            .iter()
            .zip(outcomes)
            .filter(|(_, o)| matches!(o, Outcome::Deleted))
            .map(|(img, _)| img.size_bytes.unwrap_or(0))
            .sum(),
    }
}

/// The report of a plan and, with --yes, of what was deleted (`outcomes`: each image's).
pub fn report(plan: Plan, outcomes: Vec<Outcome>, run: &Run) -> Report {
    let (name, summary) = (run.name, plan.summary);
    let mut diagnostics = plan.warnings;
    let mut exit = Exit::Success;
    let mut status = Vec::new();
    let mut tail = vec![("summary", plan::summary_json(&summary))];
    if plan.later > 0 {
        status.push(format!(
            "{} image(s) pushed after --now {} kept (they did not exist then)",
            plan.later,
            crate::time::format(run.now)
        ));
    }
    if plan.young > 0 {
        status.push(format!(
            "{} image(s) pushed in the last {} kept (--min-age; `--min-age 0` prunes them too)",
            plan.young,
            human_duration(run.min_age)
        ));
    }
    // With nothing to delete, the plan line already says how many stay.
    let mut table_status = Vec::new();
    if !run.all && summary.keep > 0 && summary.expire > 0 {
        table_status.push(format!(
            "the {} image(s) kept are not listed in a table or text (--all lists them; JSON always does)",
            summary.keep
        ));
    }
    if plan.orphans > 0 {
        status.push(format!(
            "{} manifest(s) listed by the image indexes {} stay, unreferenced: they carry tags of their own, or --keep or --min-age kept them",
            plan.orphans,
            if run.yes { "deleted" } else { "to delete" }
        ));
    }
    if !run.yes {
        tail.push(("result", Value::Null));
        status.push(if summary.expire == 0 {
            format!("plan: nothing to delete in {name} (keep {})", summary.keep)
        } else {
            format!(
                "plan: delete {} image(s) ({}) of {name}, keep {}; nothing was deleted: run again with --yes to delete",
                summary.expire,
                human_size(summary.expire_bytes),
                summary.keep
            )
        });
    } else if summary.expire == 0 {
        tail.push(("result", json!(PruneResult::default())));
        status.push(format!("{name}: nothing to delete"));
    } else {
        let done = tally(&plan.images, &outcomes);
        let mut line = format!(
            "{name}: {} image(s) deleted ({} freed), {} failed, {} kept",
            done.deleted,
            human_size(done.freed_bytes),
            done.failed,
            summary.keep + done.kept_referenced + done.not_attempted
        );
        if done.already_gone > 0 {
            line.push_str(&format!(
                ", {} already gone (deleted by someone else meanwhile)",
                done.already_gone
            ));
        }
        if done.kept_referenced > 0 {
            line.push_str(&format!(
                "; ECR kept {} that an image index still refers to",
                done.kept_referenced
            ));
        }
        if done.not_attempted > 0 {
            line.push_str(&format!(
                "; {} not attempted because what had to go first was not deleted",
                done.not_attempted
            ));
        }
        tail.push(("result", json!(done)));
        if done.failed > 0 {
            exit = Exit::Service;
            diagnostics.push(Diagnostic::error(line));
            diagnostics.extend(failure_lines(&outcomes));
        } else {
            status.push(line);
        }
    }
    // The rules as evaluated (countNumber 0: every image the rule selects, which a lifecycle
    // policy cannot say; --print-policy gives the nearest policy ECR takes).
    tail.push(("policy", run.policy.to_json()));
    tail.push(("minAgeSeconds", json!(run.min_age)));
    let mut report = Report::from_body(plan::PlanBody {
        images: plan.images,
        decisions: plan.decisions,
        order: plan.order,
        now: run.now,
        head: vec![("repository", json!(name)), ("dryRun", json!(!run.yes))],
        tail,
        outcomes: Some(outcomes),
        columns: PRUNE_COLUMNS,
        all: run.all,
    });
    report.status = status;
    report.table_status = table_status;
    report.diagnostics = diagnostics;
    report.exit = exit;
    // A dry run's --exit-code: 1 when something would be deleted, as the other dry runs.
    if !run.yes && exit == Exit::Success {
        report.exit = crate::commands::dry_run_exit(run.exit_code, summary.expire > 0);
    }
    report
}

/// The distinct failures (five at most), each on a line of its own under the error.
fn failure_lines(outcomes: &[Outcome]) -> impl Iterator<Item = Diagnostic> {
    let mut reasons: Vec<String> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Failed(code, reason) => Some(format!("{code}: {reason}")),
            _ => None,
        })
        .collect();
    reasons.sort();
    reasons.dedup();
    reasons.into_iter().take(5).map(|message| Diagnostic {
        level: Level::Other("  failed"),
        code: None,
        message,
        title: None,
    })
}
