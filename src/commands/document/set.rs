//! `set` as plan → apply → render. The plan (what would change, the diff, what to say, what to
//! ask) is pure; apply asks and makes the one write; render makes the report.

use std::future::Future;

use anyhow::Result;
use serde_json::Value;

use super::{pretty, Document};
use crate::commands::Context;
use crate::diagnostic::Diagnostic;
use crate::output::{Human, Report};
use crate::records::DocumentSet;
use crate::reference::RepoName;

/// What setting a document changes: nothing (ECR already has an equivalent one) or the diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub unchanged: bool,
    /// A unified diff of the two in normal form; empty when unchanged.
    pub patch: String,
}

impl Change {
    pub(crate) fn of<D: Document>(current: Option<&Value>, new: &Value) -> Change {
        let unchanged = current.is_some_and(|c| D::equivalent(c, new));
        let patch = if unchanged {
            String::new()
        } else {
            json_diff(current.map(D::normalize), D::normalize(new))
        };
        Change { unchanged, patch }
    }
}

/// What setting `new` on the repository would change, against the document it has now.
pub(crate) async fn change<D: Document>(
    ctx: &Context,
    repo: &RepoName,
    new: &Value,
) -> Result<Change> {
    let current: Option<Value> = super::current::<D>(ctx, repo)
        .await?
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    Ok(Change::of::<D>(current.as_ref(), new))
}

/// What a kind of document has to say about the new one before it is set.
#[derive(Debug, Default)]
pub struct Said {
    /// Lines for people before the outcome (lifecycle: what the next run would do).
    pub lines: Vec<String>,
    /// The linter's findings, then any other warning.
    pub warnings: Vec<Diagnostic>,
    /// Warnings said only when it is written (policy: what --force skips).
    pub on_write: Vec<Diagnostic>,
    /// What writing it would do that people regret: asked first. `None`: nothing to ask.
    pub risk: Option<String>,
}

/// What `set` will do and say.
#[derive(Debug)]
pub struct SetPlan {
    pub change: Change,
    pub dry_run: bool,
    /// Whether it writes: changed, and not a dry run.
    pub write: bool,
    /// What to ask before writing ("This policy would {question}. Set it …?").
    pub question: Option<String>,
    pub status: Vec<String>,
    pub warnings: Vec<Diagnostic>,
    /// The document as sent: minified.
    pub text: String,
}

/// The plan of setting `new` on `name`, given what ECR has and what the kind said about it.
pub(crate) fn plan<D: Document>(
    name: &str,
    change: Change,
    new: &Value,
    dry_run: bool,
    said: Said,
) -> SetPlan {
    let write = !change.unchanged && !dry_run;
    let mut status = said.lines;
    let mut warnings = said.warnings;
    if change.unchanged {
        status.push(format!("{} of {name} unchanged: nothing sent", D::NOUN));
    } else if dry_run {
        status.push(format!(
            "dry run: the {} of {name} was not changed",
            D::NOUN
        ));
    } else {
        warnings.extend(said.on_write);
    }
    SetPlan {
        change,
        dry_run,
        write,
        question: said.risk.filter(|_| write),
        status,
        warnings,
        text: crate::policy::minify(new),
    }
}

/// Ask what the plan asks (unless `yes`), then `write` it. With `says_first` (a document that
/// deletes images), the warnings are printed before the write, whatever happens to it, and a
/// person asked sees the diff, the warnings and the preview above the question. Returns whether
/// the diff was shown there.
pub(crate) async fn apply<D: Document>(
    ctx: &Context,
    plan: &mut SetPlan,
    name: &str,
    yes: bool,
    says_first: bool,
    write: impl Future<Output = Result<()>>,
) -> Result<bool> {
    if !plan.write {
        return Ok(false);
    }
    let mut shown_diff = false;
    let github = ctx.runner.github();
    if let Some(risk) = &plan.question {
        if !yes {
            if ctx.can_prompt {
                for line in plan.change.patch.lines() {
                    crate::ui::line(line);
                }
                shown_diff = true;
            }
            for line in plan.warnings.drain(..) {
                crate::ui::line(&line.render(github));
            }
            for line in plan.status.drain(..) {
                crate::ui::line(&line);
            }
        }
        crate::ui::confirm_or_abort(
            yes,
            ctx.can_prompt,
            &format!("setting a {} on {name} that would {risk}", D::NOUN),
            &format!("This policy would {risk}. Set it on {name}?"),
            &format!("{} not changed", D::NOUN),
        )
        .await?;
    }
    if says_first {
        for line in plan.warnings.drain(..) {
            crate::ui::line(&line.render(github));
        }
    }
    write.await?;
    plan.status.push(format!(
        "{} of {name} set ({} characters)",
        D::NOUN,
        plan.text.chars().count()
    ));
    Ok(shown_diff)
}

/// What a kind adds to the `set` record.
#[derive(Debug, Default)]
pub struct Extra {
    /// Policy: whether the repository is public.
    pub public: Option<bool>,
    /// Policy: whether --force was sent.
    pub forced: Option<bool>,
    /// Lifecycle: what the next run would do (`Some(None)`: not known).
    pub next_run: Option<Option<Value>>,
}

/// The report of `set`: the record, and the diff for people unless it was shown above the
/// question; a dry run's text output is the diff itself. `--exit-code` makes a change exit 1.
#[allow(clippy::too_many_arguments)]
pub(crate) fn render<D: Document>(
    name: &str,
    plan: SetPlan,
    findings: &[D::Finding],
    doc: &Value,
    extra: Extra,
    shown_diff: bool,
    exit_code: bool,
) -> Report {
    let SetPlan {
        change,
        dry_run,
        write,
        status,
        warnings,
        ..
    } = plan;
    let result = match (change.unchanged, write) {
        (true, _) => "unchanged",
        (_, true) => "applied",
        // The word `repo update` and `repo immutable` use.
        _ => "would-change",
    };
    let record = DocumentSet::<D::Commands> {
        repository: name,
        result,
        public: extra.public,
        changed: !change.unchanged,
        applied: write,
        dry_run,
        forced: extra.forced,
        findings,
        diff: &change.patch,
        next_run: extra.next_run,
        policy: doc,
        commands: std::marker::PhantomData,
    };
    let patch = &change.patch;
    // A diff of pretty JSON: its line breaks are the documents' own.
    let human = Human::Lines(if shown_diff {
        Vec::new()
    } else {
        patch.lines().map(str::to_string).collect()
    });
    let mut report = if dry_run && !change.unchanged {
        let lines = patch.lines().map(|l| vec![l.to_string()]).collect();
        Report::new(crate::output::Record::json(&record), human, lines)
    } else {
        Report::of_record(&record, human)
    };
    report.status = status;
    report.diagnostics = warnings;
    report.exit = crate::commands::dry_run_exit(exit_code, !change.unchanged);
    report
}

/// A unified diff of two documents already in normal form, for people.
pub fn json_diff(old: Option<Value>, new: Value) -> String {
    let old_text = old.map(|o| pretty(&o) + "\n").unwrap_or_default();
    let new_text = pretty(&new) + "\n";
    similar::TextDiff::from_lines(&old_text, &new_text)
        .unified_diff()
        .context_radius(3)
        .header("current", "new")
        .to_string()
}

#[cfg(test)]
mod tests;

/// What a saved plan records of a repository's document: its normal form, minified (`none`
/// without one; its text as it is when it is not JSON), and the document parsed.
pub(crate) async fn observed<D: Document>(
    ctx: &Context,
    repo: &RepoName,
) -> Result<(crate::plan_file::Observed, Option<Value>)> {
    let text = super::current::<D>(ctx, repo).await?;
    let current: Option<Value> = text.as_deref().and_then(|t| serde_json::from_str(t).ok());
    let fact = match (&current, text) {
        (Some(v), _) => crate::policy::minify(&D::normalize(v)),
        (None, Some(t)) => t,
        (None, None) => "none".to_string(),
    };
    Ok((
        crate::plan_file::Observed::from([(D::NOUN.to_string(), fact)]),
        current,
    ))
}

/// The plan of setting `new` on one repository of a selection, against what it has.
pub(crate) fn planned<D: Document>(
    observed: crate::plan_file::Observed,
    current: Option<&Value>,
    new: &Value,
    force: bool,
) -> crate::commands::fleet::Planned<crate::plan_file::bodies::Document> {
    let change = Change::of::<D>(current, new);
    let body = crate::plan_file::bodies::Document {
        document: crate::policy::minify(new),
        force,
    };
    let summary = if change.unchanged {
        format!("{} unchanged", D::NOUN)
    } else {
        summary_of::<D>(current.is_some(), &change.patch)
    };
    crate::commands::fleet::Planned {
        observed,
        change: (!change.unchanged).then_some(body),
        summary,
        detail: change.patch.lines().map(str::to_string).collect(),
        warnings: Vec::new(),
    }
}

/// "new policy" or "policy changes: +3 -1 lines".
pub(crate) fn summary_of<D: Document>(had_one: bool, patch: &str) -> String {
    if !had_one {
        return format!("new {}", D::NOUN);
    }
    let count = |c: char, skip: &str| {
        patch
            .lines()
            .filter(|l| l.starts_with(c) && !l.starts_with(skip))
            .count()
    };
    format!(
        "{} changes: +{} -{} lines",
        D::NOUN,
        count('+', "+++"),
        count('-', "---")
    )
}
