//! `lifecycle set`: lint, diff against the current policy, say what the next run would do, ask
//! when it would expire tagged images or empty the repository (next run, or within a year if
//! nothing is pushed), apply (or say unchanged).

use anyhow::Result;
use clap::Args;
use serde_json::{json, Value};

use super::{as_images, invalid, repository_images, source_text, LifecyclePolicy, LifecycleSource};
use crate::commands::document::set::{self as doc_set, Extra, Said};
use crate::commands::document::{validate::LintFinding, Document};
use crate::commands::fleet::{self, Fleet, PerRepo, SelectionArgs};
use crate::commands::{Context, Run};
use crate::diagnostic::Diagnostic;
use crate::error::usage;
use crate::lifecycle::eval::{evaluate, image_findings, span_until, summarize, Image, Verdict};
use crate::lifecycle::horizon::{horizon, Event, CHECKPOINTS};
use crate::lifecycle::lint::{lint, Finding};
use crate::lifecycle::{plan, Policy};
use crate::output::Report;
use crate::plan_file::{bodies, Observed};
use crate::reference::RepoName;
use crate::registry::lifecycle::PUBLIC_HAS_NONE;
use crate::registry::model::RepoInfo;

pub const EX_SET_LIFECYCLESETARGS: &str = "Examples:\n  ecrctl lifecycle set myapp --template expire-untagged --days 7\n  ecrctl lifecycle set myapp --file lifecycle.json --dry-run\n  ecrctl lifecycle set myapp --template keep-last --count 50 --pattern 'dev-*' --yes";

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("source").args(["file", "template"])))]
pub struct LifecycleSetArgs {
    #[command(flatten)]
    pub select: SelectionArgs,
    #[command(flatten)]
    pub source: LifecycleSource,
    /// Validate, diff and preview; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// Do not ask for confirmation when the next run would expire tagged images, or before
    /// setting it on several repositories or applying --plan (required then when there is no
    /// terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

impl Run for LifecycleSetArgs {
    type Target = Fleet;
    fn target(&self) -> (&SelectionArgs, bool) {
        (&self.select, false)
    }
    async fn run(&self, ctx: &Context, fleet: Fleet) -> Result<Report> {
        if let Some(repo) = fleet.single() {
            return set(ctx, self, repo).await;
        }
        let mode = fleet::Mode {
            yes: self.yes,
            dry_run: self.dry_run,
            exit_code: self.exit_code,
            plan_only: None,
        };
        if fleet.plan.is_some() {
            if self.source.file.is_some() || self.source.template.is_some() {
                return usage("--plan applies the saved plan's policy: drop --file / --template");
            }
            let per = PerLifecycle {
                doc: Value::Null,
                policy: None,
            };
            return fleet::run(ctx, &per, &fleet, mode).await;
        }
        let Some(text) = source_text(&self.source)? else {
            return usage("give either --file or --template");
        };
        let linted = lint(&text);
        let label = self
            .source
            .file
            .clone()
            .unwrap_or_else(|| "<template>".into());
        if let Some(report) = invalid(&label, "the lifecycle policy", &linted) {
            return Ok(report);
        }
        let per = PerLifecycle {
            doc: serde_json::from_str(&text)?,
            policy: linted.policy.clone(),
        };
        let mut report = fleet::run(ctx, &per, &fleet, mode).await?;
        let mut said: Vec<Diagnostic> = linted
            .findings
            .iter()
            .map(LintFinding::diagnostic)
            .collect();
        said.append(&mut report.diagnostics);
        report.diagnostics = said;
        Ok(report)
    }
}

/// `lifecycle set` over a selection: the same linted policy on each repository, with what its
/// next run would do there.
struct PerLifecycle {
    doc: Value,
    /// `None` when applying a saved plan (its preview was reviewed when it was planned).
    policy: Option<Policy>,
}

impl PerRepo for PerLifecycle {
    type Change = bodies::Document;
    fn command(&self) -> &'static str {
        "lifecycle set"
    }
    fn verb(&self) -> &'static str {
        "set the lifecycle policy of"
    }
    async fn plan(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
    ) -> Result<fleet::Planned<bodies::Document>> {
        let (observed, current) = doc_set::observed::<LifecyclePolicy>(ctx, repo).await?;
        let mut planned =
            doc_set::planned::<LifecyclePolicy>(observed, current.as_ref(), &self.doc, false);
        if let (Some(policy), Some(_)) = (&self.policy, &planned.change) {
            let (rows, warning) = repository_images(ctx, repo).await?;
            let images = as_images(&repo.name, &rows)?;
            planned.warnings.extend(warning);
            let mut findings = Vec::new();
            let next = next_run(
                &repo.name,
                policy,
                &images,
                crate::time::now(),
                &mut findings,
            );
            if let Some(first) = next.lines.first() {
                planned.summary = format!("{}; {first}", planned.summary);
            }
            planned.detail.extend(next.lines);
        }
        Ok(planned)
    }
    async fn observe(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
        _: &bodies::Document,
    ) -> Result<Observed> {
        Ok(doc_set::observed::<LifecyclePolicy>(ctx, repo).await?.0)
    }
    fn summary(&self, change: &bodies::Document) -> String {
        format!(
            "set the lifecycle policy ({} characters)",
            change.document.chars().count()
        )
    }
    async fn apply(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
        change: &bodies::Document,
    ) -> Result<String> {
        let sent = &change.document;
        match ctx
            .registry(repo)
            .await?
            .private_for(PUBLIC_HAS_NONE)?
            .set_lifecycle_policy(&repo.name, sent)
            .await
        {
            Ok(()) => Ok(format!(
                "lifecycle policy set ({} characters)",
                sent.chars().count()
            )),
            Err(e) => Err(ctx.not_found(e, repo).await),
        }
    }
}

/// How many images the next-run summary names.
const EXAMPLES: usize = 5;

/// What the next run would do, as far as the confirmation cares.
#[derive(Debug)]
struct NextRun {
    json: Value,
    lines: Vec<String>,
    /// What would be regretted: expired tagged images (next run or later), an emptied
    /// repository.
    risks: Vec<String>,
}

pub async fn set(ctx: &Context, args: &LifecycleSetArgs, repo: &RepoName) -> Result<Report> {
    let repo = LifecyclePolicy::repo(repo)?;
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
    let change = doc_set::change::<LifecyclePolicy>(ctx, repo, &doc).await?;
    let mut findings = linted.findings.clone();
    let mut warnings = Vec::new();
    // What the next run would do to the images there now (None: they could not be listed).
    let next = if change.unchanged {
        None
    } else {
        match repository_images(ctx, repo)
            .await
            .and_then(|(rows, warning)| Ok((as_images(&repo.name, &rows)?, warning)))
        {
            Ok((images, warning)) => {
                warnings.extend(warning);
                let now = crate::time::now();
                Some(next_run(name, policy, &images, now, &mut findings))
            }
            Err(e) => {
                warnings.push(Diagnostic::warning(format!(
                    "could not list the images of {name} to preview the next run: {}",
                    crate::error::render(&e)
                )));
                None
            }
        }
    };
    let said = said(&findings, warnings, next.as_ref());
    let mut plan = doc_set::plan::<LifecyclePolicy>(name, change, &doc, args.dry_run, said);
    let sent = plan.text.clone();
    let write = async {
        match ctx
            .registry(repo)
            .await?
            .private_for(PUBLIC_HAS_NONE)?
            .set_lifecycle_policy(name, &sent)
            .await
        {
            Ok(()) => Ok(()),
            Err(e) => Err(ctx.not_found(e, repo).await),
        }
    };
    // The diff already shown above the question is not shown again.
    let shown_diff =
        doc_set::apply::<LifecyclePolicy>(ctx, &mut plan, name, args.yes, true, write).await?;
    let extra = Extra {
        next_run: Some(next.map(|n| n.json)),
        ..Extra::default()
    };
    Ok(doc_set::render::<LifecyclePolicy>(
        name,
        plan,
        &findings,
        &doc,
        extra,
        shown_diff,
        args.exit_code,
    ))
}

/// What `set` says before it writes: the findings first (they come before any write), then
/// the other warnings; the next run; and what to ask about: what people regret, or not
/// knowing it when the images could not be listed.
fn said(findings: &[Finding], warnings: Vec<Diagnostic>, next: Option<&NextRun>) -> Said {
    let mut all: Vec<Diagnostic> = findings.iter().map(LintFinding::diagnostic).collect();
    all.extend(warnings);
    let risk = match next {
        Some(n) if n.risks.is_empty() => None,
        Some(n) => Some(n.risks.join(", and ")),
        None => Some("do something unknown (the images could not be listed)".to_string()),
    };
    Said {
        lines: next.map(|n| n.lines.clone()).unwrap_or_default(),
        warnings: all,
        on_write: Vec::new(),
        risk,
    }
}

/// What the next run would do to `images` at `now`, and within a year if nothing is pushed;
/// what the images reveal joins the policy's `findings`.
fn next_run(
    name: &str,
    policy: &Policy,
    images: &[Image],
    now: i64,
    findings: &mut Vec<Finding>,
) -> NextRun {
    let decisions = evaluate(policy, images, now);
    let horizon = horizon(policy, images, now, &decisions);
    crate::lifecycle::lint::merge_image_findings(
        findings,
        image_findings(images, &decisions, &horizon, now),
    );
    let summary = summarize(images, &decisions);
    let order = plan::order(images, &decisions);
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
    let event =
        |e: Option<Event>| e.map(|e| json!({"at": crate::time::format(e.at), "rule": e.rule}));
    json["horizon"] = json!({
        "days": CHECKPOINTS[CHECKPOINTS.len() - 1],
        "firstTaggedExpiry": event(horizon.tagged),
        "emptied": event(horizon.empty),
    });

    NextRun { json, lines, risks }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_700_000_000;
    const DAY: i64 = crate::lifecycle::DAY;

    fn image(n: u8, tags: &[&str], days_ago: i64) -> Image {
        Image {
            digest: format!("sha256:{n:064}"),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            pushed_at: NOW - days_ago * DAY,
            ..Default::default()
        }
    }

    fn linted(doc: Value) -> (Policy, Vec<Finding>) {
        let linted = crate::lifecycle::lint::lint_value(&doc);
        (linted.policy.expect("a valid policy"), linted.findings)
    }

    fn keep(count: u32) -> Value {
        json!({"rules": [{"rulePriority": 1, "description": "keep the newest",
            "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": count},
            "action": {"type": "expire"}}]})
    }

    #[test]
    fn expiring_tagged_images_next_run_is_asked_about() {
        let (policy, mut findings) = linted(keep(1));
        let images = [
            image(1, &["v1"], 3),
            image(2, &["v2"], 2),
            image(3, &["v3"], 1),
        ];
        let next = next_run("app", &policy, &images, NOW, &mut findings);
        assert!(
            next.lines[0].starts_with("next run would expire 2 image(s) ("),
            "{:?}",
            next.lines
        );
        assert!(
            next.lines[1].starts_with("  e.g. expire app:v"),
            "{:?}",
            next.lines
        );
        assert_eq!(next.risks, ["expire 2 tagged image(s) in its next run"]);
        assert_eq!(next.json["examples"].as_array().unwrap().len(), 2);
        let said = said(&findings, vec![Diagnostic::warning("listing")], Some(&next));
        assert_eq!(
            said.risk.as_deref(),
            Some("expire 2 tagged image(s) in its next run")
        );
        assert_eq!(said.lines, next.lines);
        assert_eq!(
            said.warnings.last().map(Diagnostic::plain).as_deref(),
            Some("warning: listing")
        );
    }

    #[test]
    fn a_policy_that_keeps_what_is_there_asks_nothing() {
        let (policy, mut findings) = linted(keep(10));
        let images = [image(1, &["v1"], 3)];
        let next = next_run("app", &policy, &images, NOW, &mut findings);
        assert!(next.risks.is_empty(), "{:?}", next.risks);
        assert_eq!(
            next.lines.last().unwrap(),
            "within a year, if nothing is pushed, it expires no tagged image and never empties the repository"
        );
        assert_eq!(said(&findings, Vec::new(), Some(&next)).risk, None);
    }

    #[test]
    fn images_that_could_not_be_listed_are_asked_about() {
        let (_, findings) = linted(keep(1));
        let said = said(&findings, Vec::new(), None);
        assert_eq!(
            said.risk.as_deref(),
            Some("do something unknown (the images could not be listed)")
        );
        assert!(said.lines.is_empty());
    }
}
