//! `images prune`: a one-off cleanup planned by the lifecycle evaluator; deletes only with --yes.
//! The options compile to rules ([`rules`]), the plan is pure ([`plan`]), the deletions
//! ([`apply`]) and the report ([`render`]) follow it.

mod apply;
mod plan;
mod render;
mod rules;
#[cfg(test)]
mod tests;

use anyhow::Result;

use crate::commands::{Context, RepoArg, Run};
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError, Exit};
use crate::lifecycle::eval::Image;
use crate::output::Report;
use crate::reference::RepoName;
use crate::registry::lifecycle::Links;
use crate::registry::{ImageQuery, ImageStatus};
use clap::Args;

use rules::compile;

pub const EX_PRUNE_IMAGESPRUNEARGS: &str = "Examples:\n  ecrctl images prune myapp --untagged --older-than 14d\n  ecrctl images prune myapp --tag 'pr-*' --keep-last 5 --keep 'v*' --yes\n  ecrctl images prune myapp --older-than 30d --keep-last 10\n  ecrctl images prune myapp --untagged --keep-last 3 --print-policy | ecrctl lifecycle set myapp --file -";

pub const PRUNE_HELP: &str = "\
The options compile to lifecycle rules (--print-policy shows them) and are evaluated as ECR
evaluates a lifecycle policy: --keep patterns first (their images are never deleted), then one
rule per --tag pattern, then --untagged; with neither --tag nor --untagged, every image. Each
rule deletes what is beyond --keep-last, older than --older-than, or not pulled for
--not-pulled-for (not both of the last two); --keep-last with one of them deletes only what
that one selects and always keeps the rule's newest N. Platform images and attestations of an image index that
stays are never deleted, nor are the signatures and SBOMs of an image that stays (they go with
their image). With --untagged, images pushed in the last hour are kept (--min-age). Without --yes nothing is deleted: the plan is printed and the exit code
is 0. With --yes, images are deleted 100 per call; a failure of any image exits 5. A table or
text lists only what is (or would be) deleted; --all lists the kept images too, and JSON
always has every image.";

#[derive(Debug, Clone, Args)]
pub struct ImagesPruneArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME); private only
    pub repository: String,
    /// Prune untagged images
    #[arg(long)]
    pub untagged: bool,
    /// Prune images with a tag matching this pattern (`*` any characters; repeatable, one rule
    /// each)
    #[arg(long = "tag", value_name = "PATTERN")]
    pub tags: Vec<String>,
    /// Never delete images with a tag matching this pattern (repeatable)
    #[arg(long = "keep", value_name = "PATTERN")]
    pub keep: Vec<String>,
    /// Delete what is older than this (whole days or weeks: 30d, 2w)
    #[arg(
        long,
        value_name = "DURATION",
        group = "count",
        allow_hyphen_values = true
    )]
    pub older_than: Option<String>,
    /// Keep the newest N of each rule's images, delete the rest; with --older-than or
    /// --not-pulled-for, delete only what that selects but always keep the newest N
    #[arg(long, value_name = "N", value_parser = crate::cli::count_arg, allow_hyphen_values = true)]
    pub keep_last: Option<u32>,
    /// Delete what was not pulled for this long (never pulled: since its push; whole days or
    /// weeks)
    #[arg(
        long,
        value_name = "DURATION",
        group = "count",
        allow_hyphen_values = true
    )]
    pub not_pulled_for: Option<String>,
    /// Print the lifecycle policy these options make (for `ecrctl lifecycle set --file -`)
    /// and do nothing else
    #[arg(long, conflicts_with_all = ["yes", "now"])]
    pub print_policy: bool,
    /// Delete (without it, only the plan is printed)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Print the plan and delete nothing, never asking (the default without --yes; for
    /// scripts that say so)
    #[arg(long, conflicts_with_all = ["yes", "print_policy"])]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would be deleted, 0 when nothing would (as `diff`
    /// and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    /// Keep images pushed within this long (30m, 1h, 2d; default 1h with --untagged, else 0)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub min_age: Option<String>,
    /// List every image in a table or text, kept ones too (default: only what is deleted;
    /// JSON always lists every image)
    #[arg(long)]
    pub all: bool,
}

impl Run for ImagesPruneArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.repository, false)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        prune(ctx, self, &repo).await
    }
}

pub async fn prune(ctx: &Context, args: &ImagesPruneArgs, repo: &RepoName) -> Result<Report> {
    if repo.public {
        return Err(AppError::new(Exit::Conflict, "images prune works on private repositories: ECR Public serves no manifests, so the platform images of a multi-arch image cannot be told from garbage").into());
    }
    let name = &repo.name;
    let policy = compile(args)?;
    let newest = rules::newest_rules(args)?;
    let min_age = rules::min_age(args)?;
    if args.print_policy && newest.is_some() {
        return usage("--print-policy cannot print --keep-last with --older-than or --not-pulled-for: a lifecycle rule counts either an age or the newest N, never both, so no lifecycle policy keeps the newest N of what an age rule selects");
    }
    if args.print_policy {
        let (doc, notes) = rules::printable(&policy)?;
        let mut report = crate::commands::document_report(doc);
        report.diagnostics = notes.into_iter().map(Diagnostic::note).collect();
        return Ok(report);
    }
    let now = match &args.now {
        Some(t) => crate::time::parse(t).map_err(|e| AppError::usage(format!("--now {e}")))?,
        None => crate::time::now(),
    };
    let registry = ctx.registry(repo).await?;
    apply::Progress::new(name, 0).planning();
    let query = ImageQuery {
        tagged: None,
        status: ImageStatus::Active,
    };
    let mut rows = match registry.images(name, query).await {
        Ok(rows) => rows,
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    // Fail closed: without every link, a platform image or a signature looks like garbage.
    let links = registry.read_links(name, &mut rows, Links::Referrers).await;
    if links.unread > 0 {
        let exit = if links.denied {
            Exit::Auth
        } else {
            Exit::Service
        };
        return Err(AppError::new(exit, format!(
            "cannot tell which images of {name} other images still need: {} manifest(s) could not be read ({}); nothing was deleted",
            links.unread,
            links.first_error.as_deref().unwrap_or("not returned")
        ))
        .with_hint("a prune reads the manifests of image indexes and untagged images (ecr:BatchGetImage) to keep platform images and signatures; grant it, or run again if the service failed")
        .into());
    }
    if let Some(why) = crate::images::unknown_image(name, &rows) {
        return Err(AppError::new(Exit::Service, why)
            .with_hint("the service's answer was incomplete: run again; a prune acts only on images whose digest and push time it knows")
            .into());
    }
    let images: Vec<Image> = rows.iter().map(Image::from_row).collect();
    let options = plan::Options {
        policy: &policy,
        newest: newest.as_ref(),
        keep: &args.keep,
        tags: &args.tags,
        min_age,
        now,
    };
    let mut plan = plan::plan(name, images, &options);
    let outcomes = if args.yes && plan.summary.expire > 0 {
        // Said before the first deletion, not after the last.
        for w in std::mem::take(&mut plan.warnings) {
            crate::ui::line(&w.render(ctx.runner.github()));
        }
        apply::apply(&registry, name, &plan).await
    } else {
        plan.outcomes()
    };
    // Done: printing the report is all that is left.
    crate::ui::clear_interrupt();
    let run = render::Run {
        name,
        yes: args.yes,
        all: args.all,
        exit_code: args.exit_code,
        policy: &policy,
        min_age,
        now,
    };
    Ok(render::report(plan, outcomes, &run))
}
