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

use crate::commands::fleet::{self, Fleet, PerRepo, SelectionArgs};
use crate::commands::{Context, Run};
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError, Exit};
use crate::lifecycle::eval::Image;
use crate::lifecycle::eval::Verdict;
use crate::lifecycle::plan::Outcome;
use crate::output::Report;
use crate::plan_file::{bodies, Observed};
use crate::reference::RepoName;
use crate::registry::lifecycle::Links;
use crate::registry::model::RepoInfo;
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
    #[command(flatten)]
    pub select: SelectionArgs,
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
    type Target = Fleet;
    fn target(&self) -> (&SelectionArgs, bool) {
        (&self.select, false)
    }
    async fn run(&self, ctx: &Context, fleet: Fleet) -> Result<Report> {
        if let Some(repo) = fleet.single() {
            return prune(ctx, self, repo).await;
        }
        if self.print_policy {
            return usage("--print-policy prints the policy of the options alone: give it without a selection (one repository, or none that is read)");
        }
        let per = if fleet.plan.is_some() {
            if self.untagged
                || !self.tags.is_empty()
                || !self.keep.is_empty()
                || self.older_than.is_some()
                || self.keep_last.is_some()
                || self.not_pulled_for.is_some()
                || self.now.is_some()
                || self.min_age.is_some()
            {
                return usage("--plan deletes exactly the images the saved plan lists: drop the prune options");
            }
            PerPrune {
                keep: true,
                ..PerPrune::default()
            }
        } else {
            let now = match &self.now {
                Some(t) => {
                    crate::time::parse(t).map_err(|e| AppError::usage(format!("--now {e}")))?
                }
                None => crate::time::now(),
            };
            PerPrune {
                rules: Some(Rules {
                    policy: compile(self)?,
                    newest: rules::newest_rules(self)?,
                    min_age: rules::min_age(self)?,
                    keep: self.keep.clone(),
                    tags: self.tags.clone(),
                    now,
                }),
                planned: Default::default(),
                // Only a run that deletes needs them: a plan alone stays small.
                keep: self.yes && fleet.plan_out.is_none() && !self.dry_run,
            }
        };
        // Without --yes a prune only plans, as it does for one repository; a saved plan asks.
        let mode = fleet::Mode {
            yes: self.yes,
            dry_run: self.dry_run || (!self.yes && fleet.plan.is_none()),
            exit_code: self.exit_code,
            plan_only: (!self.yes && !self.dry_run).then_some((
                "nothing was deleted",
                ": add --yes to delete what is planned",
            )),
        };
        fleet::run(ctx, &per, &fleet, mode).await
    }
}

/// The options of a prune, compiled once for every repository.
struct Rules {
    policy: crate::lifecycle::Policy,
    newest: Option<(crate::lifecycle::Policy, u32)>,
    min_age: i64,
    keep: Vec<String>,
    tags: Vec<String>,
    now: i64,
}

/// `images prune` over a selection. Each repository's plan is kept for its deletions, so a
/// run that plans and deletes lists each repository once.
#[derive(Default)]
struct PerPrune {
    /// `None` when applying a saved plan.
    rules: Option<Rules>,
    planned: std::cell::RefCell<std::collections::HashMap<String, plan::Plan>>,
    /// Whether to keep them (the run deletes).
    keep: bool,
}

/// What a saved prune plan records of a repository: every image by digest, with its tags.
fn observed(images: &[Image]) -> Observed {
    images
        .iter()
        .map(|i| {
            let tags = if i.tags.is_empty() {
                "untagged".to_string()
            } else {
                let mut t = i.tags.clone();
                t.sort();
                t.join(", ")
            };
            (format!("image {}", i.digest), tags)
        })
        .collect()
}

fn prune_summary(delete: usize, of: usize, bytes: i64) -> String {
    format!(
        "delete {delete} of {} ({})",
        fleet::plural(of, "image", "images"),
        crate::images::human_size(bytes)
    )
}

impl PerRepo for PerPrune {
    type Change = bodies::Prune;
    fn command(&self) -> &'static str {
        "images prune"
    }
    fn verb(&self) -> &'static str {
        "delete images from"
    }
    async fn plan(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
    ) -> Result<fleet::Planned<bodies::Prune>> {
        let Some(r) = &self.rules else {
            return Err(anyhow::anyhow!("bug: planning a prune without its options"));
        };
        let images = read_images(ctx, repo).await?;
        let facts = observed(&images);
        let options = plan::Options {
            policy: &r.policy,
            newest: r.newest.as_ref(),
            keep: &r.keep,
            tags: &r.tags,
            min_age: r.min_age,
            now: r.now,
        };
        let p = plan::plan(&repo.name, images, &options);
        let mut delete: Vec<bodies::Image> = p
            .order
            .iter()
            .filter(|&&i| p.decisions[i].verdict == Verdict::Expire)
            .map(|&i| bodies::Image {
                digest: p.images[i].digest.clone(),
                tags: p.images[i].tags.clone(),
            })
            .collect();
        // By digest: the same deletions give the same plan file, whatever order push times
        // (to the second, often equal) put them in.
        delete.sort_by(|a, b| a.digest.cmp(&b.digest));
        let summary = if delete.is_empty() {
            format!(
                "nothing to delete ({} kept)",
                fleet::plural(p.images.len(), "image", "images")
            )
        } else {
            prune_summary(delete.len(), p.images.len(), p.summary.expire_bytes)
        };
        let warnings = p.warnings.clone();
        let changes = !delete.is_empty();
        if self.keep {
            self.planned.borrow_mut().insert(repo.name.clone(), p);
        }
        Ok(fleet::Planned {
            observed: facts,
            change: changes.then_some(bodies::Prune { delete }),
            summary,
            detail: Vec::new(),
            warnings,
        })
    }
    async fn observe(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
        _: &bodies::Prune,
    ) -> Result<Observed> {
        let images = read_images(ctx, repo).await?;
        let facts = observed(&images);
        // Kept for the deletions: they follow what was just read.
        self.planned
            .borrow_mut()
            .insert(repo.name.clone(), plan::Plan::saved(images, &[]));
        Ok(facts)
    }
    fn summary(&self, change: &bodies::Prune) -> String {
        format!(
            "delete {}",
            fleet::plural(change.delete.len(), "image", "images")
        )
    }
    async fn apply(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
        change: &bodies::Prune,
    ) -> Result<String> {
        let cached = self.planned.borrow_mut().remove(&repo.name);
        let images = match cached {
            Some(p) => p.images,
            None => read_images(ctx, repo).await?,
        };
        let digests: Vec<&str> = change.delete.iter().map(|i| i.digest.as_str()).collect();
        let p = plan::Plan::saved(images, &digests);
        if p.summary.expire != digests.len() {
            return Err(AppError::new(
                Exit::Service,
                format!(
                    "{} of the {} images to delete from {} are no longer there; nothing was deleted from it",
                    digests.len() - p.summary.expire,
                    digests.len(),
                    repo.name
                ),
            )
            .into());
        }
        let registry = ctx.registry(repo).await?;
        let outcomes = apply::apply(&registry, &repo.name, &p).await;
        let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
        let deleted = count(|o| matches!(o, Outcome::Deleted | Outcome::Gone));
        let failed: Vec<String> = outcomes
            .iter()
            .zip(&p.images)
            .filter_map(|(o, i)| match o {
                Outcome::Failed(code, reason) => Some(format!(
                    "{}: {code}: {reason}",
                    crate::images::short_digest(&i.digest)
                )),
                Outcome::Held | Outcome::NotAttempted(_) => {
                    Some(format!("{}: kept", crate::images::short_digest(&i.digest)))
                }
                _ => None,
            })
            .collect();
        if !failed.is_empty() {
            return Err(AppError::new(
                Exit::Service,
                format!(
                    "deleted {deleted} of {} images; not deleted: {}",
                    digests.len(),
                    failed.join("; ")
                ),
            )
            .into());
        }
        Ok(
            prune_summary(deleted, p.images.len(), p.summary.expire_bytes)
                .replacen("delete", "deleted", 1),
        )
    }
}

/// Every image of a repository with what links them (indexes, referrers), or a refusal when
/// any link or image is unknown: a prune decides only on what it knows.
async fn read_images(ctx: &Context, repo: &RepoName) -> Result<Vec<Image>> {
    let name = &repo.name;
    let registry = ctx.registry(repo).await?;
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
    Ok(rows.iter().map(Image::from_row).collect())
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
    let images = read_images(ctx, repo).await?;
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
