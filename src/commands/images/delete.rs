//! `images delete`.

use std::collections::HashMap;

use anyhow::Result;

use crate::commands::{RepoArg, Run};

use crate::reference::RepoName;
use serde_json::json;

use super::check_image_id;

use crate::commands::Context;
use crate::error::{usage, Exit};
use crate::output::{Human, Report};
use crate::registry::{Outcome, Registry};
use crate::ui;
use clap::Args;

pub const EX_DELETE_IMAGESDELETEARGS: &str = "Examples:\n  ecrctl images delete myapp old-tag --yes\n  ecrctl images delete myapp sha256:… --yes --if-exists";

#[derive(Debug, Clone, Args)]
pub struct ImagesDeleteArgs {
    /// Repository (name, URI, or public.ecr.aws/ALIAS/NAME), or an image in it (REPOSITORY:TAG,
    /// REPOSITORY@DIGEST)
    #[arg(value_name = "REPOSITORY|IMAGE")]
    pub repository: String,
    /// More tags or digests to delete
    #[arg(value_name = "TAG|DIGEST")]
    pub images: Vec<String>,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when an image (or the repository) does not exist: a cleanup job may run twice
    #[arg(long)]
    pub if_exists: bool,
}

impl Run for ImagesDeleteArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::image_or_name(&self.repository, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        delete(ctx, self, &repo).await
    }
}

pub async fn delete(ctx: &Context, args: &ImagesDeleteArgs, repo: &RepoName) -> Result<Report> {
    let name = &repo.name;
    let requested = requested(args)?;
    ui::confirm_or_abort(
        args.yes,
        ctx.can_prompt,
        &format!("deleting {} image(s) from {name}", requested.len()),
        &format!("Delete {} from {name}?", requested.join(", ")),
        "nothing deleted",
    )
    .await?;
    let registry = ctx.registry(repo).await?;
    let mut outcomes: Vec<(String, Outcome)> = Vec::new();
    let mut first_answer_lost = false;
    for chunk in requested.chunks(100) {
        // A missing repository is exit 3 even with --if-exists: that flag forgives a missing
        // image, and a mistyped repository must not pass a cleanup job forever.
        let answer = match registry.delete_images(name, chunk).await {
            Ok(a) => a,
            Err(e) => return Err(ctx.not_found(e, repo).await),
        };
        first_answer_lost |= answer.first_answer_lost;
        outcomes.extend(chunk.iter().map(|i| (i.clone(), answer.outcome(i))));
    }
    let survivors = surviving_images(&registry, name, &outcomes).await;
    let mut report = delete_report(name, &outcomes, &survivors, args.if_exists);
    if first_answer_lost {
        for line in &mut report.status {
            line.push_str(&format!(
                " ({}; ECR cannot tell which)",
                crate::writes::FIRST_ANSWER_LOST
            ));
        }
    }
    Ok(report)
}

/// `images delete REPO:TAG [MORE…]` or `images delete REPO TAG…`: the tags and digests, checked.
fn requested(args: &ImagesDeleteArgs) -> Result<Vec<String>> {
    let requested: Vec<String> = crate::reference::split_image_arg(&args.repository)
        .1
        .map(str::to_string)
        .into_iter()
        .chain(args.images.iter().cloned())
        .collect();
    if requested.is_empty() {
        return usage(format!(
            "name the images to delete: `ecrctl images delete {} TAG|DIGEST…` or `ecrctl images delete {}:TAG`",
            args.repository, args.repository
        ));
    }
    for i in &requested {
        check_image_id(i)?;
    }
    Ok(requested)
}

/// One record per requested image: deleted, untagged, not-found or failed; a summary line (a
/// warning when it explains a failing exit code).
fn delete_report(
    name: &str,
    outcomes: &[(String, Outcome)],
    survivors: &HashMap<&str, Option<bool>>,
    if_exists: bool,
) -> Report {
    let mut exits = Vec::new();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for (requested, outcome) in outcomes {
        let (result, digest, failure, detail, exit) = match outcome {
            Ok(digest) => {
                let (result, detail) = match survivors.get(digest.as_str()) {
                    Some(Some(true)) => ("untagged", "the tag is gone; the image remains under other tags"),
                    Some(None) => ("untagged", "the tag is gone; whether the image remains is unknown (ecr:BatchGetImage denied)"),
                    _ => ("deleted", "the image is gone"),
                };
                (
                    result,
                    Some(digest.clone()),
                    None,
                    detail.to_string(),
                    Exit::Success,
                )
            }
            Err((code, reason)) if code == crate::registry::GONE_AFTER_LOST_ANSWER => (
                "deleted-or-absent",
                None,
                None,
                reason.clone(),
                Exit::Success,
            ),
            Err((code, reason)) => {
                let missing = code == "ImageNotFound";
                let exit = match (missing, if_exists) {
                    (true, true) => Exit::Success,
                    (true, false) => Exit::NotFound,
                    (false, _) => Exit::Service,
                };
                let result = if missing { "not-found" } else { "failed" };
                (
                    result,
                    None,
                    Some((code, reason)),
                    format!("{code}: {reason}"),
                    exit,
                )
            }
        };
        exits.push(exit);
        items.push(json!({
            "image": requested,
            "result": result,
            "digest": digest.filter(|d| !d.is_empty()),
            "failureCode": failure.map(|f| f.0.clone()),
            "failureReason": failure.map(|f| f.1.clone()),
        }));
        rows.push(vec![requested.clone(), result.to_string(), detail]);
    }
    let count = |r: &str| items.iter().filter(|i| i["result"] == r).count();
    let mut summary = format!(
        "{name}: {} deleted, {} untagged",
        count("deleted"),
        count("untagged")
    );
    for (result, word) in [
        ("deleted-or-absent", "deleted or already absent"),
        ("not-found", "not found"),
        ("failed", "failed"),
    ] {
        if count(result) > 0 {
            summary.push_str(&format!(", {} {word}", count(result)));
        }
    }
    let mut report = Report::records(
        json!({"repository": name, "images": items}),
        &items,
        Human::Table {
            headers: vec!["IMAGE", "RESULT", "DETAIL"],
            rows,
        },
        "images delete",
    );
    report.exit = Exit::worst(exits);
    if report.exit == Exit::Success {
        report.with_status(summary)
    } else {
        report.with_warning(format!("error: {summary}"))
    }
}

/// Whether each image a deletion by tag touched still exists (it had other tags): `Some(true)`
/// it remains, `Some(false)` it is gone, `None` unknown. Digests not in the map are gone.
async fn surviving_images<'a>(
    registry: &Registry,
    name: &str,
    outcomes: &'a [(String, Outcome)],
) -> HashMap<&'a str, Option<bool>> {
    // A deletion by digest removes the image whatever its tags.
    let digests: Vec<&str> = outcomes
        .iter()
        .filter(|(requested, _)| !requested.contains(':'))
        .filter_map(|(_, o)| o.as_ref().ok())
        .map(String::as_str)
        .filter(|d| !d.is_empty())
        .collect();
    if digests.is_empty() {
        return HashMap::new();
    }
    registry.still_there(name, &digests).await
}
