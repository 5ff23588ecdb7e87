//! `images prune`: a one-off cleanup planned by the lifecycle evaluator; deletes only with --yes.

use std::collections::HashSet;

use anyhow::Result;

use crate::commands::{RepoArg, Run};

use crate::reference::RepoName;
use futures::stream::StreamExt;
use serde_json::{json, Value};

use crate::commands::Context;
use crate::error::{usage, AppError, Exit};
use crate::images::{human_size, short_digest};
use crate::lifecycle::eval::{evaluate_rules, keep_newest, summarize, Decision, Image, Verdict};
use crate::lifecycle::graph;
use crate::lifecycle::lint::{lint_value, Severity};
use crate::lifecycle::plan::Outcome;
use crate::lifecycle::templates::KEEP_ALL;
use crate::lifecycle::{
    plan, Action, Count, Policy, Rule, StorageClass, TagSelection, MAX_WILDCARDS,
};
use crate::output::Report;
use crate::registry::lifecycle::Links;
use crate::registry::{ImageQuery, ImageStatus, Registry};
use clap::Args;

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
use crate::time::parse_duration;

/// BatchDeleteImage calls in flight at once.
const IN_FLIGHT: usize = 4;

/// Whole days of a duration option, `14d` or `2w` (lifecycle rules count days).
fn days(option: &str, value: &str) -> Result<u32> {
    let shown = crate::error::cut(value);
    let bad = || {
        AppError::usage(format!("{option} {shown}: give whole days or weeks, e.g. 14d or 2w (lifecycle rules count days)"))
    };
    let (n, unit) = value.split_at(value.len().saturating_sub(1));
    let n: u64 = n.parse().map_err(|_| bad())?;
    let days = match unit {
        "d" | "D" => n,
        "w" | "W" => n.checked_mul(7).ok_or_else(bad)?,
        _ => return Err(bad().into()),
    };
    match u32::try_from(days) {
        Ok(0) => usage(format!("{option} {shown}: give at least 1 day")),
        Err(_) => Err(bad().into()),
        Ok(d) if d > 36_500 => usage(format!("{option} {shown}: more than 100 years")),
        Ok(d) => Ok(d),
    }
}

fn check_pattern(option: &str, p: &str) -> Result<()> {
    let shown = crate::error::cut(p);
    if p.is_empty() {
        return usage(format!("{option} needs a pattern"));
    }
    if p.matches('*').count() > MAX_WILDCARDS {
        return usage(format!(
            "{option} {shown}: at most {MAX_WILDCARDS} `*` per pattern (ECR's limit)"
        ));
    }
    if let Some(c) = p
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "._-*".contains(*c)))
    {
        return usage(format!(
            "{option} {shown}: `{}` cannot appear in a tag",
            c.escape_default()
        ));
    }
    Ok(())
}

/// The options as lifecycle rules: keepers first, then one rule per --tag, then --untagged (or
/// every image); each with the one count the options give (none: every selected image).
pub fn compile(args: &ImagesPruneArgs) -> Result<Policy> {
    let mut seen = HashSet::new();
    for (option, p) in args
        .tags
        .iter()
        .map(|p| ("--tag", p))
        .chain(args.keep.iter().map(|p| ("--keep", p)))
    {
        check_pattern(option, p)?;
        if !seen.insert(p) {
            return usage(format!(
                "{p} is given twice (--tag and --keep patterns must differ: --keep wins, so the --tag would prune nothing)"
            ));
        }
    }
    // An age with --keep-last: the age decides here, and [`newest_rules`] spares the newest.
    let count = match (&args.older_than, &args.not_pulled_for, args.keep_last) {
        (Some(d), _, _) => Some(Count::SincePushed(days("--older-than", d)?)),
        (_, Some(d), _) => Some(Count::SincePulled(days("--not-pulled-for", d)?)),
        (_, _, Some(n)) => Some(Count::MoreThan(n)),
        _ => None,
    };
    if args.tags.is_empty() && !args.untagged && count.is_none() {
        return usage("say what to prune: --untagged, --tag PATTERN, --older-than, --keep-last or --not-pulled-for");
    }
    let mut rules = Vec::new();
    let mut add = |tags: TagSelection, count: Count, description: String| {
        rules.push(Rule {
            priority: rules.len() as u32 + 1,
            description: Some(description),
            tags,
            storage: StorageClass::Standard,
            count,
            action: Action::Expire,
        })
    };
    for p in &args.keep {
        add(
            TagSelection::Patterns(vec![p.clone()]),
            Count::MoreThan(KEEP_ALL),
            format!("Keep images tagged {p}"),
        );
    }
    let count = count.unwrap_or(Count::MoreThan(0));
    let mut what = match count {
        Count::MoreThan(0) => "Delete".to_string(),
        Count::MoreThan(n) => format!("Keep the newest {n}, delete older"),
        Count::SincePushed(d) => format!("Delete those pushed over {d} days ago:"),
        Count::SincePulled(d) => format!("Delete those not pulled for {d} days:"),
        Count::SinceTransitioned(_) => unreachable!("prune never counts archive time"),
    };
    if let (Some(n), Count::SincePushed(_) | Count::SincePulled(_)) = (args.keep_last, count) {
        what = format!(
            "{} but always keep the newest {n} of",
            what.trim_end_matches(':')
        );
    }
    for p in &args.tags {
        add(
            TagSelection::Patterns(vec![p.clone()]),
            count,
            format!("{what} images tagged {p}"),
        );
    }
    if args.untagged {
        add(
            TagSelection::Untagged,
            count,
            format!("{what} untagged images"),
        );
    }
    if args.tags.is_empty() && !args.untagged {
        add(TagSelection::Any, count, format!("{what} images"));
    }
    Ok(Policy { rules })
}

/// With an age (`--older-than`, `--not-pulled-for`) and `--keep-last N`: the same rules
/// counting the newest N instead, whose keeps spare images from the age rules.
fn newest_rules(args: &ImagesPruneArgs) -> Result<Option<(Policy, u32)>> {
    match args.keep_last {
        Some(n) if args.older_than.is_some() || args.not_pulled_for.is_some() => {
            let counting = ImagesPruneArgs {
                older_than: None,
                not_pulled_for: None,
                ..args.clone()
            };
            Ok(Some((compile(&counting)?, n)))
        }
        _ => Ok(None),
    }
}

/// The compiled rules as a lifecycle policy ECR takes, with what had to change to fit it and
/// what it would do that prune does not.
fn printable(policy: &Policy) -> Result<(Value, Vec<String>)> {
    let mut notes = Vec::new();
    let mut p = policy.clone();
    for r in &mut p.rules {
        match r.count {
            Count::MoreThan(0) => {
                r.count = Count::MoreThan(1);
                r.description = r
                    .description
                    .as_ref()
                    .map(|d| d.replacen("Delete", "Keep the newest 1, delete older", 1));
                notes.push(format!("rule {}: a lifecycle rule cannot expire every image it selects (countNumber is at least 1): the policy keeps the newest one", r.priority));
            }
            Count::SincePulled(_) => {
                r.action = Action::Transition;
                r.description = r
                    .description
                    .as_ref()
                    .map(|d| d.replacen("Delete", "Archive", 1));
                notes.push(format!("rule {}: ECR expires nothing by last pull (sinceImagePulled only archives): the policy archives instead", r.priority));
            }
            _ => {}
        }
        if matches!(r.tags, TagSelection::Untagged | TagSelection::Any) {
            notes.push(format!("rule {}: a lifecycle policy can expire the signatures and SBOMs (OCI referrers) of images that stay, which images prune keeps, leaves the platform images of an index it expires to its own rules, and has no --min-age: a multi-arch image being pushed can lose its platform images before its index lands; check with `ecrctl lifecycle preview REPO --file FILE`", r.priority));
        }
    }
    let doc = p.to_json();
    let findings = lint_value(&doc).findings;
    if let Some(e) = findings.iter().find(|f| f.severity == Severity::Error) {
        return usage(format!(
            "these options make a lifecycle policy ECR refuses: {}",
            e.message
        ));
    }
    notes.extend(
        findings
            .iter()
            .map(|f| format!("{}: {}", f.code, f.message)),
    );
    Ok((doc, notes))
}

/// Seconds of `--min-age` (default: an hour with --untagged, else none).
fn min_age(args: &ImagesPruneArgs) -> Result<i64> {
    match &args.min_age {
        Some(v) if v == "0" => Ok(0),
        Some(v) => parse_duration(v).map_err(|e| AppError::usage(format!("--min-age {e}")).into()),
        None if args.untagged => Ok(DEFAULT_MIN_AGE),
        None => Ok(0),
    }
}

/// A buildx push writes the platform manifests before their index: an untagged prune in that
/// window would take them for garbage.
const DEFAULT_MIN_AGE: i64 = 3600;

pub async fn prune(ctx: &Context, args: &ImagesPruneArgs, repo: &RepoName) -> Result<Report> {
    if repo.public {
        return Err(AppError::new(Exit::Conflict, "images prune works on private repositories: ECR Public serves no manifests, so the platform images of a multi-arch image cannot be told from garbage").into());
    }
    let name = &repo.name;
    let policy = compile(args)?;
    let newest = newest_rules(args)?;
    let min_age = min_age(args)?;
    if args.print_policy && newest.is_some() {
        return usage("--print-policy cannot print --keep-last with --older-than or --not-pulled-for: a lifecycle rule counts either an age or the newest N, never both, so no lifecycle policy keeps the newest N of what an age rule selects");
    }
    if args.print_policy {
        let (doc, notes) = printable(&policy)?;
        let mut report = crate::commands::document_report(doc);
        report.warnings = notes.into_iter().map(|n| format!("note: {n}")).collect();
        return Ok(report);
    }
    let now = match &args.now {
        Some(t) => crate::time::parse(t).map_err(|e| AppError::usage(format!("--now {e}")))?,
        None => crate::time::now(),
    };
    let registry = ctx.registry(repo).await?;
    Progress::new(name, 0).planning();
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
    // The options count images as people name them: an index with its platform images and
    // signatures is one image. What belongs to another image is decided by the rules only for
    // when that image goes (then the graph lets it follow, or leaves it).
    let top = graph::top_level(&images);
    let mut decisions = evaluate_rules(&policy, &images, now);
    let tops: Vec<usize> = (0..images.len()).filter(|&i| top[i]).collect();
    let top_images: Vec<Image> = tops.iter().map(|&i| images[i].clone()).collect();
    let mut top_decisions = evaluate_rules(&policy, &top_images, now);
    if let Some((counting, n)) = &newest {
        keep_newest(
            &mut top_decisions,
            &evaluate_rules(counting, &top_images, now),
            *n,
        );
    }
    for (d, &i) in top_decisions.into_iter().zip(&tops) {
        decisions[i] = d;
    }
    // What prune never deletes, whatever the rules say.
    let rules_decisions = decisions.clone();
    let mut pinned = vec![false; images.len()];
    let mut young = vec![false; images.len()];
    let mut later = 0;
    for (i, (img, d)) in images.iter().zip(decisions.iter_mut()).enumerate() {
        if let Some(keep) = args.keep.iter().find(|k| {
            img.tags
                .iter()
                .any(|t| crate::mutability::wildcard_match(k, t))
        }) {
            *d = kept(format!("a tag matches --keep {keep}"));
            pinned[i] = true;
        } else if d.verdict == Verdict::Expire && img.pushed_at > now {
            // --now before the push: the image did not exist then; not --min-age's doing.
            *d = kept(format!("pushed after --now {}", crate::time::format(now)));
            pinned[i] = true;
            later += 1;
        } else if d.verdict == Verdict::Expire && now - img.pushed_at < min_age {
            *d = kept(format!(
                "pushed {}, within --min-age {} (a multi-arch push writes its platform images before their index)",
                crate::time::age(now - img.pushed_at),
                human_duration(min_age)
            ));
            pinned[i] = true;
            young[i] = true;
        }
    }
    // What --min-age saved: the images the same plan without it would delete.
    let without_min_age = if young.contains(&true) {
        let mut d = decisions.clone();
        let mut pins = pinned.clone();
        for (i, y) in young.iter().enumerate().filter(|(_, y)| **y) {
            d[i] = rules_decisions[i].clone();
            pins[i] = !y;
        }
        graph::apply(&images, &mut d, graph::Semantics::Prune, &pins);
        Some(d)
    } else {
        None
    };
    graph::apply(&images, &mut decisions, graph::Semantics::Prune, &pinned);
    let young = without_min_age.map_or(0, |d| {
        (0..images.len())
            .filter(|&i| d[i].verdict == Verdict::Expire && decisions[i].verdict != Verdict::Expire)
            .count()
    });
    let summary = summarize(&images, &decisions);
    let order = plan::order(&images, &decisions);
    let mut warnings: Vec<String> = Vec::new();
    // What people regret, said before anything is deleted (as lifecycle's linter does).
    if !tops.is_empty()
        && tops
            .iter()
            .all(|&i| decisions[i].verdict == Verdict::Expire)
    {
        warnings.push(format!(
            "warning: this prune deletes every image of {name}, the newest included"
        ));
    } else if let Some(&i) = tops.iter().find(|&&i| {
        decisions[i].verdict == Verdict::Expire && images[i].tags.iter().any(|t| t == "latest")
    }) {
        warnings.push(format!(
            "warning: this prune deletes the image tagged latest ({})",
            short_digest(&images[i].digest)
        ));
    }
    for p in &args.tags {
        let matched = images.iter().any(|img| {
            img.tags
                .iter()
                .any(|t| crate::mutability::wildcard_match(p, t))
        });
        if !matched {
            warnings.push(format!(
                "warning: no image of {name} has a tag matching --tag {p}"
            ));
        }
    }
    let mut outcomes: Vec<Outcome> = decisions
        .iter()
        .map(|d| match d.verdict {
            Verdict::Expire => Outcome::Planned,
            _ => Outcome::Kept,
        })
        .collect();
    let mut exit = Exit::Success;
    let mut status = Vec::new();
    let mut tail = vec![("summary", plan::summary_json(&summary))];
    if later > 0 {
        status.push(format!(
            "{later} image(s) pushed after --now {} kept (they did not exist then)",
            crate::time::format(now)
        ));
    }
    if young > 0 {
        status.push(format!(
            "{young} image(s) pushed in the last {} kept (--min-age; `--min-age 0` prunes them too)",
            human_duration(min_age)
        ));
    }
    // With nothing to delete, the plan line already says how many stay.
    let mut table_status = Vec::new();
    if !args.all && summary.keep > 0 && summary.expire > 0 {
        table_status.push(format!(
            "the {} image(s) kept are not listed in a table or text (--all lists them; JSON always does)",
            summary.keep
        ));
    }
    let orphans = orphans(&images, &decisions);
    if orphans > 0 {
        status.push(format!(
            "{orphans} manifest(s) listed by the image indexes {} stay, unreferenced: they carry tags of their own, or --keep or --min-age kept them",
            if args.yes { "deleted" } else { "to delete" }
        ));
    }
    if !args.yes {
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
        tail.push((
            "result",
            json!({"deleted": 0, "alreadyGone": 0, "failed": 0, "keptReferenced": 0, "notAttempted": 0, "freedBytes": 0}),
        ));
        status.push(format!("{name}: nothing to delete"));
    } else {
        // Said before the first deletion, not after the last.
        for w in warnings.drain(..) {
            crate::ui::line(&crate::output::annotated(&w, ctx.runner.github()));
        }
        let rounds = graph::rounds(&images, &decisions);
        let before = graph::all_deleted_before(&images, &decisions);
        let last = rounds.iter().copied().max().unwrap_or(0);
        let mut progress = Progress::new(name, summary.expire);
        for round in 0..=last {
            let mut batch = Vec::new();
            for &i in order
                .iter()
                .filter(|&&i| decisions[i].verdict == Verdict::Expire && rounds[i] == round)
            {
                // Whatever had to go first and did not keeps this one.
                let blocked = before[i]
                    .iter()
                    .copied()
                    .find(|&p| !matches!(outcomes[p], Outcome::Deleted | Outcome::Gone));
                match blocked {
                    Some(p) => {
                        let what =
                            if images[i].subject.as_deref() == Some(images[p].digest.as_str()) {
                                "its subject"
                            } else {
                                "its image index"
                            };
                        outcomes[i] = Outcome::NotAttempted(format!(
                            "kept: {what} {} was not deleted",
                            short_digest(&images[p].digest)
                        ));
                    }
                    None => batch.push(i),
                }
            }
            delete_all(
                &registry,
                name,
                &images,
                &batch,
                &mut outcomes,
                &mut progress,
            )
            .await;
        }
        let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
        let deleted = count(|o| matches!(o, Outcome::Deleted));
        let gone = count(|o| matches!(o, Outcome::Gone));
        let failed = count(|o| matches!(o, Outcome::Failed(..)));
        let held = count(|o| matches!(o, Outcome::Held));
        let skipped = count(|o| matches!(o, Outcome::NotAttempted(_)));
        let freed: i64 = (0..images.len())
            .filter(|&i| matches!(outcomes[i], Outcome::Deleted))
            .map(|i| images[i].size_bytes.unwrap_or(0))
            .sum();
        let mut line = format!(
            "{name}: {deleted} image(s) deleted ({} freed), {failed} failed, {} kept",
            human_size(freed),
            summary.keep + held + skipped
        );
        if gone > 0 {
            line.push_str(&format!(
                ", {gone} already gone (deleted by someone else meanwhile)"
            ));
        }
        if held > 0 {
            line.push_str(&format!(
                "; ECR kept {held} that an image index still refers to"
            ));
        }
        if skipped > 0 {
            line.push_str(&format!(
                "; {skipped} not attempted because what had to go first was not deleted"
            ));
        }
        tail.push((
            "result",
            json!({"deleted": deleted, "alreadyGone": gone, "failed": failed, "keptReferenced": held, "notAttempted": skipped, "freedBytes": freed}),
        ));
        if failed > 0 {
            exit = Exit::Service;
            warnings.push(format!("error: {line}"));
            let mut reasons: Vec<String> = outcomes
                .iter()
                .filter_map(|o| match o {
                    Outcome::Failed(code, reason) => Some(format!("{code}: {reason}")),
                    _ => None,
                })
                .collect();
            reasons.sort();
            reasons.dedup();
            for r in reasons.iter().take(5) {
                warnings.push(format!("  failed: {r}"));
            }
        } else {
            status.push(line);
        }
    }
    // The rules as evaluated (countNumber 0: every image the rule selects, which a lifecycle
    // policy cannot say; --print-policy gives the nearest policy ECR takes).
    // Done: printing the report is all that is left.
    crate::ui::clear_interrupt();
    tail.push(("policy", policy.to_json()));
    tail.push(("minAgeSeconds", json!(min_age)));
    let mut report = Report::from_body(plan::PlanBody {
        images,
        decisions,
        order,
        now,
        head: vec![("repository", json!(name)), ("dryRun", json!(!args.yes))],
        tail,
        outcomes: Some(outcomes),
        command: "images prune",
        all: args.all,
    });
    report.status = status;
    report.table_status = table_status;
    report.warnings = warnings;
    report.exit = exit;
    // A dry run's --exit-code: 1 when something would be deleted, as the other dry runs.
    if !args.yes && exit == Exit::Success {
        report.exit = crate::commands::dry_run_exit(args.exit_code, summary.expire > 0);
    }
    Ok(report)
}

/// `1h`, `90m`, `2d`: a duration as `--min-age` takes it.
fn human_duration(s: i64) -> String {
    match s {
        _ if s % 86_400 == 0 => format!("{}d", s / 86_400),
        _ if s % 3600 == 0 => format!("{}h", s / 3600),
        _ if s % 60 == 0 => format!("{}m", s / 60),
        _ => format!("{s}s"),
    }
}

/// Kept manifests that only image indexes being deleted list: left untagged and unreferenced.
fn orphans(images: &[Image], decisions: &[Decision]) -> usize {
    let going: HashSet<&str> = images
        .iter()
        .zip(decisions)
        .filter(|(_, d)| d.verdict == Verdict::Expire)
        .map(|(i, _)| i.digest.as_str())
        .collect();
    images
        .iter()
        .zip(decisions)
        .filter(|(img, d)| {
            d.verdict == Verdict::Keep
                && !img.indexed_by.is_empty()
                && img.indexed_by.iter().all(|p| going.contains(p.as_str()))
        })
        .count()
}

fn kept(reason: String) -> Decision {
    Decision {
        verdict: Verdict::Keep,
        rule: None,
        description: None,
        reason,
    }
}

/// What a prune has done so far, for an interruption: said on stderr, and as JSON on stdout
/// with `--output json`.
struct Progress<'a> {
    name: &'a str,
    planned: usize,
    in_flight: Vec<Vec<usize>>,
}

impl<'a> Progress<'a> {
    fn new(name: &'a str, planned: usize) -> Self {
        Progress {
            name,
            planned,
            in_flight: Vec::new(),
        }
    }

    /// Before any deletion: an interruption now has deleted nothing, and says so.
    fn planning(&self) {
        crate::ui::on_interrupt(format!(
            "interrupted while planning the prune of {}: nothing was deleted",
            self.name
        ));
        let doc = json!({
            "repository": self.name,
            "interrupted": true,
            "planned": null,
            "deleted": [],
            "alreadyGone": [],
            "failed": [],
            "inFlight": [],
        });
        crate::ui::on_interrupt_json(serde_json::to_string_pretty(&doc).unwrap_or_default());
    }

    /// Leave the note and the JSON an interruption now would print.
    fn record(&self, images: &[Image], outcomes: &[Outcome]) {
        let digests = |f: fn(&Outcome) -> bool| -> Vec<&str> {
            outcomes
                .iter()
                .enumerate()
                .filter(|(_, o)| f(o))
                .map(|(i, _)| images[i].digest.as_str())
                .collect()
        };
        let deleted = digests(|o| matches!(o, Outcome::Deleted));
        let gone = digests(|o| matches!(o, Outcome::Gone));
        let failed = digests(|o| matches!(o, Outcome::Failed(..)));
        let in_flight: Vec<&str> = self
            .in_flight
            .iter()
            .flatten()
            .map(|&i| images[i].digest.as_str())
            .collect();
        let mut note = format!(
            "interrupted: {} of {} image(s) deleted from {} so far",
            deleted.len(),
            self.planned,
            self.name
        );
        if !in_flight.is_empty() {
            note.push_str(&format!(
                "; {} more were being deleted ({} call(s) in flight: they may or may not be gone)",
                in_flight.len(),
                self.in_flight.len()
            ));
        }
        note.push_str("; run the same command again to finish");
        crate::ui::on_interrupt(note);
        let doc = json!({
            "repository": self.name,
            "interrupted": true,
            "planned": self.planned,
            "deleted": deleted,
            "alreadyGone": gone,
            "failed": failed,
            "inFlight": in_flight,
        });
        crate::ui::on_interrupt_json(serde_json::to_string_pretty(&doc).unwrap_or_default());
    }
}

/// Delete `which` images by digest, 100 per call, a few calls at once, recording each outcome
/// as its answer comes, so that an interruption says exactly what is known.
async fn delete_all(
    registry: &Registry,
    name: &str,
    images: &[Image],
    which: &[usize],
    outcomes: &mut [Outcome],
    progress: &mut Progress<'_>,
) {
    if which.is_empty() {
        return;
    }
    let mut batches = which.chunks(100);
    let mut calls = futures::stream::FuturesUnordered::new();
    loop {
        while calls.len() < IN_FLIGHT {
            let Some(batch) = batches.next() else { break };
            progress.in_flight.push(batch.to_vec());
            let ids: Vec<String> = batch.iter().map(|&i| images[i].digest.clone()).collect();
            calls.push(async move { (batch, registry.delete_images(name, &ids).await) });
        }
        progress.record(images, outcomes);
        let Some((batch, answer)) = calls.next().await else {
            break;
        };
        progress.in_flight.retain(|b| b.as_slice() != batch);
        match answer {
            Ok(a) => {
                for &i in batch {
                    outcomes[i] = match a.outcome(&images[i].digest) {
                        Ok(_) => Outcome::Deleted,
                        // Another run (or person) deleted it first: the wanted result.
                        Err((code, _)) if code == "ImageNotFound" => Outcome::Gone,
                        // ECR keeps what an index lists: kept, as the plan would have had it.
                        Err((code, _)) if code == "ImageReferencedByManifestList" => Outcome::Held,
                        Err((code, reason)) => Outcome::Failed(code, reason),
                    };
                }
            }
            Err(e) => {
                let text = crate::error::render(&e);
                let code = crate::error::code_of(&e).unwrap_or("Error").to_string();
                for &i in batch {
                    outcomes[i] = Outcome::Failed(code.clone(), text.clone());
                }
            }
        }
    }
    progress.record(images, outcomes);
}
