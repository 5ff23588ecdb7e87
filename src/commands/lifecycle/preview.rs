//! `lifecycle preview`: what the next run does to each image, locally; `--server` asks ECR's
//! own preview too and lists every disagreement.

use std::collections::HashMap;
use std::ops::ControlFlow;
use std::time::Duration;

use anyhow::Result;
use serde_json::{json, Value};

use super::{as_images, invalid, no_policy, read_current, repository_images, source_text};

use super::LifecycleSource;
use crate::commands::Context;
use crate::commands::{RepoArg, Run};
use crate::error::{usage, AppError, Exit};
use crate::lifecycle::eval::{evaluate, image_findings, summarize, Decision, Image};
use crate::lifecycle::horizon::horizon;
use crate::lifecycle::lint::lint;
use crate::lifecycle::plan;
use crate::output::Report;
use crate::reference::RepoName;
use crate::registry::lifecycle::{PreviewState, ServerVerdict, PUBLIC_HAS_NONE};
use crate::ui;
use crate::wait::{self, Backoff};
use clap::Args;
use std::path::PathBuf;

pub const EX_PREVIEW_LIFECYCLEPREVIEWARGS: &str = "Examples:\n  ecrctl lifecycle preview myapp\n  ecrctl lifecycle preview myapp --file lifecycle.json --server\n  ecrctl lifecycle preview --images images.json --file lifecycle.json --now 2027-01-01T00:00:00Z";

pub const LIFECYCLE_PREVIEW_HELP: &str = "\
Actions: expire (deleted by the next run), transition (moved to the archive), keep. Each image
names the deciding rule's priority and why. Exit codes: 0; 15 when the policy has errors; with
--server, 18 when ECR's preview and ecrctl's evaluation disagree on any image.";

#[derive(Debug, Clone, Args)]
pub struct LifecyclePreviewArgs {
    /// Repository: a name or its URI (not needed with --images and --file/--template)
    #[arg(required_unless_present = "images")]
    pub repository: Option<String>,
    #[command(flatten)]
    pub source: LifecycleSource,
    /// Evaluate these images instead of the repository's: a JSON array as `ecrctl images list
    /// -o json` prints it (no AWS call)
    #[arg(long, value_name = "FILE", conflicts_with = "server")]
    pub images: Option<PathBuf>,
    /// Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)
    #[arg(long, value_name = "TIME", conflicts_with = "server")]
    pub now: Option<String>,
    /// Also run ECR's own preview and list every image where it and ecrctl disagree
    #[arg(long)]
    pub server: bool,
}

impl Run for LifecyclePreviewArgs {
    type Target = Option<RepoName>;
    fn target(&self) -> Option<RepoArg<'_>> {
        self.repository.as_deref().map(|r| RepoArg::Name(r, false))
    }
    async fn run(&self, ctx: &Context, repo: Option<RepoName>) -> Result<Report> {
        preview(ctx, self, repo.as_ref()).await
    }
}

/// The repository to read (clap requires one without --images).
fn named(repo: Option<&RepoName>) -> Result<&RepoName> {
    repo.ok_or_else(|| AppError::usage("give a repository, or --images and --file").into())
}

pub async fn preview(
    ctx: &Context,
    args: &LifecyclePreviewArgs,
    repo: Option<&RepoName>,
) -> Result<Report> {
    let now = match &args.now {
        Some(t) => crate::time::parse(t).map_err(|e| AppError::usage(format!("--now {e}")))?,
        None => crate::time::now(),
    };
    if let (Some(repo), Some(_)) = (&args.repository, &args.images) {
        return usage(format!(
            "give a repository or --images, not both: --images evaluates the images in the file instead of {repo}'s"
        ));
    }
    let given = source_text(&args.source)?;
    let (text, label, images, mut warnings) = match &args.images {
        Some(path) => {
            let Some(text) = given else {
                return usage(
                    "--images evaluates offline: give the policy with --file or --template",
                );
            };
            let raw = std::fs::read_to_string(path)
                .map_err(|e| AppError::usage(format!("images file {}: {e}", path.display())))?;
            let images = plan::images_from_json(&raw)
                .map_err(|e| AppError::usage(format!("images file {}: {e}", path.display())))?;
            (text, path.display().to_string(), images, Vec::new())
        }
        None => {
            let repo = super::private_repo(named(repo)?)?;
            let (text, label) = match given {
                Some(t) => (
                    t,
                    args.source
                        .file
                        .clone()
                        .unwrap_or_else(|| "<template>".into()),
                ),
                None => {
                    let hint = "see what a template would do with `ecrctl lifecycle preview REPO --template expire-untagged`, and set it with `ecrctl lifecycle set`";
                    let current = read_current(ctx, repo).await?;
                    (
                        current.ok_or_else(|| no_policy(repo, hint))?,
                        format!("lifecycle policy of {}", repo.name),
                    )
                }
            };
            // Lint before listing: a broken policy costs no call.
            if let Some(report) = invalid(&label, "the lifecycle policy", &lint(&text)) {
                return Ok(report);
            }
            let (rows, warning) = repository_images(ctx, repo).await?;
            (
                text,
                label,
                as_images(&repo.name, &rows)?,
                warning.into_iter().collect(),
            )
        }
    };
    let linted = lint(&text);
    if let Some(report) = invalid(&label, "the lifecycle policy", &linted) {
        return Ok(report);
    }
    let policy = linted
        .policy
        .as_ref()
        .expect("a policy without errors is parsed");
    let future = images.iter().filter(|i| i.pushed_at > now).count();
    if future > 0 {
        warnings.push(format!(
            "warning: {future} image(s) were pushed after {}: they count as just pushed",
            crate::time::format(now)
        ));
    }
    let decisions = evaluate(policy, &images, now);
    let mut findings = linted.findings.clone();
    let horizon = horizon(policy, &images, now, &decisions);
    crate::lifecycle::lint::merge_image_findings(
        &mut findings,
        image_findings(&images, &decisions, &horizon, now),
    );
    warnings.extend(findings.iter().map(super::finding_line));
    let summary = summarize(&images, &decisions);
    let order = plan::order(&images, &decisions);
    let mut exit = Exit::Success;
    let mut server = None;
    let mut status = vec![format!("next run: {}", plan::summary_text(&summary))];
    if args.server {
        let repo = named(repo)?;
        let minified = crate::policy::minify(&serde_json::from_str::<Value>(&text)?);
        let verdicts = server_preview(ctx, repo, &minified).await?;
        let disagreements = compare(&images, &decisions, &verdicts);
        if disagreements.is_empty() {
            status.push(format!(
                "ECR's preview agrees on all {} image(s)",
                images.len()
            ));
        } else {
            exit = Exit::LifecycleMismatch;
            warnings.push(format!(
                "error: ECR's preview and ecrctl's evaluation disagree on {} image(s):",
                disagreements.len()
            ));
            for d in &disagreements {
                warnings.push(format!(
                    "  {}: ecrctl {}, ECR {}",
                    d["digest"].as_str().unwrap_or_default(),
                    d["ecrctl"].as_str().unwrap_or_default(),
                    d["ecr"].as_str().unwrap_or_default()
                ));
            }
            let mut readings: Vec<&str> = disagreements
                .iter()
                .filter_map(|d| d["reading"].as_str())
                .collect();
            readings.dedup();
            for r in readings {
                warnings.push(format!(
                    "  where the guide is silent, {r}: ECR's answer above reads it otherwise"
                ));
            }
        }
        server = Some(json!({"agrees": disagreements.is_empty(), "disagreements": disagreements}));
    }
    let mut tail = vec![
        ("summary", plan::summary_json(&summary)),
        ("findings", serde_json::to_value(&findings)?),
    ];
    tail.extend(server.map(|v| ("server", v)));
    let mut report = Report::from_body(plan::PlanBody {
        images,
        decisions,
        order,
        now,
        head: Vec::new(),
        tail,
        outcomes: None,
        command: "lifecycle preview",
        all: true,
    });
    report.status = status;
    report.warnings = warnings;
    report.exit = exit;
    Ok(report)
}

/// StartLifecyclePolicyPreview, then GetLifecyclePolicyPreview until it completes or --timeout
/// runs out (asked again after 0.5 s, doubling up to 10 s).
async fn server_preview(ctx: &Context, repo: &RepoName, text: &str) -> Result<Vec<ServerVerdict>> {
    let name = &repo.name;
    let registry = ctx.registry(repo).await?;
    let registry = registry.private_for(PUBLIC_HAS_NONE)?;
    if let Err(e) = registry.start_lifecycle_preview(name, text).await {
        return Err(ctx.not_found(e, repo).await);
    }
    let every = Backoff {
        first: Duration::from_millis(500),
        most: Duration::from_secs(10),
    };
    let look = || async {
        match registry.lifecycle_preview(name).await {
            Ok(PreviewState::Done(v)) => ControlFlow::Break(Ok(v)),
            Ok(PreviewState::Failed(status)) => ControlFlow::Break(Err(AppError::new(
                Exit::Service,
                format!("ECR's lifecycle preview of {name} ended {status}"),
            )
            .with_hint("run it again; the local evaluation above does not depend on it")
            .into())),
            Ok(PreviewState::Running) => ControlFlow::Continue(()),
            Err(e) => ControlFlow::Break(Err(e)),
        }
    };
    let waiting = |wait| {
        ui::debug(
            1,
            format_args!("ECR's preview is running; asking again in {wait:?}"),
        )
    };
    wait::until(every, ctx.timeout, look, waiting)
        .await
        .unwrap_or_else(|()| {
            Err(AppError::new(
                Exit::Network,
                format!("ECR's lifecycle preview of {name} did not finish within {} s", ctx.timeout.as_secs()),
            )
            .with_hint("give it longer with --timeout SECONDS (previews of large repositories take minutes)")
            .into())
        })
}

/// ecrctl's reading of the guide for a manifest an image index lists.
const INDEX_READING: &str = "ecrctl keeps a manifest that an index staying in the repository lists (\"cannot be expired or archived without the manifest list being deleted or archived first\"), counts it in its rule's imageCountMoreThan all the same, and lets its own rule decide once its indexes go";
/// … and for a referrer.
const REFERRER_READING: &str = "ecrctl expires a referrer with its subject (\"within 24 hours of their subject image's deletion\") and otherwise lets its own rule decide";

/// Every image where ECR's verdict and ecrctl's differ (action or deciding rule), and every
/// image ECR names that ecrctl did not see.
fn compare(images: &[Image], decisions: &[Decision], server: &[ServerVerdict]) -> Vec<Value> {
    let by_digest: HashMap<&str, &ServerVerdict> =
        server.iter().map(|v| (v.digest.as_str(), v)).collect();
    let show = |action: &str, rule: Option<i64>| match rule {
        Some(r) => format!("{action} (rule {r})"),
        None => action.to_string(),
    };
    let mut out = Vec::new();
    for (img, d) in images.iter().zip(decisions) {
        let ours = (d.verdict.as_str(), d.rule.map(i64::from));
        let theirs = by_digest
            .get(img.digest.as_str())
            .map(|v| (v.action.as_str(), v.rule.map(i64::from)))
            .unwrap_or(("keep", None));
        if ours != theirs {
            // Where the guide is silent, say which reading of ours ECR's answer tests.
            let reading = if !img.indexed_by.is_empty() {
                Some(INDEX_READING)
            } else if img.subject.is_some() {
                Some(REFERRER_READING)
            } else {
                None
            };
            out.push(json!({"digest": img.digest, "tags": img.tags, "ecrctl": show(ours.0, ours.1), "ecr": show(theirs.0, theirs.1), "reading": reading}));
        }
    }
    for v in server {
        if !images.iter().any(|i| i.digest == v.digest) {
            out.push(json!({"digest": v.digest, "tags": [], "ecrctl": "not listed", "ecr": show(&v.action, v.rule.map(i64::from))}));
        }
    }
    out
}
