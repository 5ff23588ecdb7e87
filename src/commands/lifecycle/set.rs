//! `lifecycle set`: lint, diff against the current policy, say what the next run would do, ask
//! when it would expire tagged images or empty the repository (next run, or within a year if
//! nothing is pushed), apply (or say unchanged).

use anyhow::Result;
use serde_json::{json, Value};

use super::{as_images, finding_line, invalid, read_current, repository_images, source_text};

use super::LifecycleSource;
use crate::commands::{json_diff, Context};
use crate::commands::{RepoArg, Run};
use crate::error::usage;
use crate::lifecycle::eval::{evaluate, image_findings, span_until, summarize, Verdict};
use crate::lifecycle::horizon::{horizon, Event, CHECKPOINTS};
use crate::lifecycle::lint::lint;
use crate::lifecycle::{normalize, plan};
use crate::output::Report;
use crate::reference::RepoName;
use crate::registry::lifecycle::PUBLIC_HAS_NONE;
use crate::ui;
use clap::Args;

pub const EX_SET_LIFECYCLESETARGS: &str = "Examples:\n  ecrctl lifecycle set myapp --template expire-untagged --days 7\n  ecrctl lifecycle set myapp --file lifecycle.json --dry-run\n  ecrctl lifecycle set myapp --template keep-last --count 50 --pattern 'dev-*' --yes";

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["file", "template"])))]
pub struct LifecycleSetArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME)
    pub repository: String,
    #[command(flatten)]
    pub source: LifecycleSource,
    /// Validate, diff and preview; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// Do not ask for confirmation when the next run would expire tagged images (required
    /// then when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

impl Run for LifecycleSetArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.repository, false)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        set(ctx, self, &repo).await
    }
}

/// How many images the next-run summary names.
const EXAMPLES: usize = 5;

/// What the next run would do, as far as the confirmation cares.
struct NextRun {
    json: Value,
    lines: Vec<String>,
    /// What would be regretted: expired tagged images (next run or later), an emptied
    /// repository.
    risks: Vec<String>,
}

pub async fn set(ctx: &Context, args: &LifecycleSetArgs, repo: &RepoName) -> Result<Report> {
    let repo = super::private_repo(repo)?;
    let name = &repo.name;
    let Some(text) = source_text(&args.source)? else {
        return usage("give either --file or --template");
    };
    let linted = lint(&text);
    let label = args
        .source
        .file
        .clone()
        .unwrap_or_else(|| "<template>".into());
    if let Some(report) = invalid(&label, &format!("the lifecycle policy for {name}"), &linted) {
        return Ok(report);
    }
    let policy = linted
        .policy
        .as_ref()
        .expect("a policy without errors is parsed");
    let doc: Value = serde_json::from_str(&text)?;
    let minified = crate::policy::minify(&doc);
    let current: Option<Value> = read_current(ctx, repo)
        .await?
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    let unchanged = current
        .as_ref()
        .is_some_and(|c| crate::lifecycle::equivalent(c, &doc));
    let patch = if unchanged {
        String::new()
    } else {
        json_diff(current.as_ref().map(normalize), normalize(&doc))
    };
    let mut findings = linted.findings.clone();
    let mut warnings = Vec::new();
    let mut status = Vec::new();
    // What the next run would do to the images there now (None: they could not be listed).
    let next = if unchanged {
        None
    } else {
        match repository_images(ctx, repo)
            .await
            .and_then(|(rows, warning)| Ok((as_images(&repo.name, &rows)?, warning)))
        {
            Ok((images, warning)) => {
                warnings.extend(warning);
                let now = crate::time::now();
                let decisions = evaluate(policy, &images, now);
                let horizon = horizon(policy, &images, now, &decisions);
                crate::lifecycle::lint::merge_image_findings(
                    &mut findings,
                    image_findings(&images, &decisions, &horizon, now),
                );
                let summary = summarize(&images, &decisions);
                let order = plan::order(&images, &decisions);
                let acted: Vec<usize> = order
                    .iter()
                    .copied()
                    .filter(|&i| decisions[i].verdict != Verdict::Keep)
                    .collect();
                let mut lines = vec![format!("next run would {}", plan::summary_text(&summary))];
                if !acted.is_empty() {
                    let names: Vec<String> = acted
                        .iter()
                        .take(EXAMPLES)
                        .map(|&i| {
                            format!(
                                "{} {}",
                                decisions[i].verdict.as_str(),
                                plan::image_name(name, &images[i])
                            )
                        })
                        .collect();
                    lines.push(format!("  e.g. {}", names.join(", ")));
                }
                let mut risks = Vec::new();
                if summary.expire_tagged > 0 {
                    risks.push(format!(
                        "expire {} tagged image(s) in its next run",
                        summary.expire_tagged
                    ));
                }
                let later = |e: &Event| {
                    format!(
                        "from {} (in {}, by rule {})",
                        crate::time::format(e.at),
                        span_until(e.at - now),
                        e.rule.map(|r| r.to_string()).unwrap_or_else(|| "-".into())
                    )
                };
                let mut beyond = Vec::new();
                match horizon.tagged {
                    Some(e) if e.at > now => {
                        beyond.push(format!("expires tagged images {}", later(&e)));
                        risks.push(format!(
                            "expire tagged images {} if nothing is pushed",
                            later(&e)
                        ));
                    }
                    Some(_) => {}
                    None => beyond.push("expires no tagged image".into()),
                }
                match horizon.empty {
                    Some(e) if e.at > now => {
                        beyond.push(format!("empties the repository {}", later(&e)));
                        risks.push(format!(
                            "empty the repository {} if nothing is pushed",
                            later(&e)
                        ));
                    }
                    Some(_) => risks.push("empty the repository in its next run".into()),
                    None => beyond.push("never empties the repository".into()),
                }
                lines.push(format!(
                    "within a year, if nothing is pushed, it {}",
                    beyond.join(" and ")
                ));
                let mut json = plan::summary_json(&summary);
                json["examples"] = json!(acted
                    .iter()
                    .take(EXAMPLES)
                    .map(|&i| plan::record(&images[i], &decisions[i]))
                    .collect::<Vec<_>>());
                let event = |e: Option<Event>| {
                    e.map(|e| json!({"at": crate::time::format(e.at), "rule": e.rule}))
                };
                json["horizon"] = json!({
                    "days": CHECKPOINTS[CHECKPOINTS.len() - 1],
                    "firstTaggedExpiry": event(horizon.tagged),
                    "emptied": event(horizon.empty),
                });
                Some(NextRun { json, lines, risks })
            }
            Err(e) => {
                warnings.push(format!(
                    "warning: could not list the images of {name} to preview the next run: {}",
                    crate::error::render(&e)
                ));
                None
            }
        }
    };
    // Findings are warnings: printed first, so that they come before any write.
    warnings.splice(0..0, findings.iter().map(finding_line));
    let applied = !unchanged && !args.dry_run;
    let mut shown_diff = false;
    if let Some(n) = &next {
        status.extend(n.lines.iter().cloned());
    }
    if unchanged {
        status.push(format!(
            "lifecycle policy of {name} unchanged: nothing sent"
        ));
    } else if args.dry_run {
        status.push(format!(
            "dry run: the lifecycle policy of {name} was not changed"
        ));
    } else {
        // What people regret (or not knowing it): ask first, after saying what it is.
        let risk = match &next {
            Some(n) if n.risks.is_empty() => None,
            Some(n) => Some(n.risks.join(", and ")),
            None => Some("do something unknown (the images could not be listed)".to_string()),
        };
        if let Some(risk) = risk {
            if !args.yes {
                if ctx.can_prompt {
                    for line in patch.lines() {
                        ui::line(line);
                    }
                    shown_diff = true;
                }
                for line in warnings.drain(..) {
                    ui::line(&crate::output::annotated(&line, ctx.runner.github()));
                }
                for line in status.drain(..) {
                    ui::line(&line);
                }
            }
            ui::confirm_or_abort(
                args.yes,
                ctx.can_prompt,
                &format!("setting a lifecycle policy on {name} that would {risk}"),
                &format!("This policy would {risk}. Set it on {name}?"),
                "lifecycle policy not changed",
            )
            .await?;
        }
        // Warnings print before the write, whatever happens to it.
        for line in warnings.drain(..) {
            ui::line(&crate::output::annotated(&line, ctx.runner.github()));
        }
        if let Err(e) = ctx
            .registry(repo)
            .await?
            .private_for(PUBLIC_HAS_NONE)?
            .set_lifecycle_policy(name, &minified)
            .await
        {
            return Err(ctx.not_found(e, repo).await);
        }
        status.push(format!(
            "lifecycle policy of {name} set ({} characters)",
            minified.chars().count()
        ));
    }
    let result = crate::commands::set_result(unchanged, applied);
    let json = json!({
        "repository": name,
        "result": result,
        "changed": !unchanged,
        "applied": applied,
        "dryRun": args.dry_run,
        "findings": findings,
        "diff": patch,
        "nextRun": next.map(|n| n.json),
        "policy": doc,
    });
    // The diff already shown above the question is not shown again.
    let mut report = crate::commands::set_report(
        json,
        &patch,
        args.dry_run && !unchanged,
        !shown_diff,
        "lifecycle set",
    );
    report.status = status;
    report.warnings = warnings;
    report.exit = crate::commands::dry_run_exit(args.exit_code, !unchanged);
    Ok(report)
}
