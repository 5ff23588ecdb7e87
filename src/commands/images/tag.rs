//! `images tag`: decide every new tag, then write the ones that may be written.

use std::collections::HashMap;

use anyhow::Result;

use crate::commands::{RepoArg, Run};

use crate::reference::RepoName;
use futures::future::join_all;

use super::{check_image_id, image_text};

use crate::commands::Context;
use crate::diagnostic::Diagnostic;
use crate::error::{codes, usage, AppError, Exit};
use crate::output::{Human, Report};
use crate::records::images::{LeftUntagged, TagReport, TagResult};
use crate::reference::validate_tag;
use crate::registry::images::{SourceImage, PUBLIC_CANNOT_RETAG};
use crate::registry::lookup::LookupError;
use crate::registry::model::RepoInfo;
use crate::registry::PrivateRegistry;
use crate::ui::debug;
use crate::verdict::{plan_tags, refused, tag_outcome, writes, Remote, TagMove, TagPlan, Written};
use clap::Args;

pub const EX_TAG_IMAGESTAGARGS: &str = "Examples:\n  ecrctl images tag myapp v1.2.0 stable prod\n  ecrctl images tag myapp sha256:… release --all-or-nothing\n  ecrctl images tag myapp v1.2.0 prod --dry-run";

#[derive(Debug, Clone, Args)]
pub struct ImagesTagArgs {
    /// The existing image: REPOSITORY:TAG, REPOSITORY@DIGEST or its full URI; or a repository
    /// alone, then its tag or digest as the next argument
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// New tags to point at it (after the source tag or digest when IMAGE is a repository)
    #[arg(required = true, value_name = "NEW_TAG")]
    pub rest: Vec<String>,
    /// Write nothing if any new tag would be refused
    #[arg(long)]
    pub all_or_nothing: bool,
    /// Decide and print, but write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when a tag would be written, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; a refused tag is still 10)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
}

impl Run for ImagesTagArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::image_or_name(&self.image, false)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        tag(ctx, self, &repo).await
    }
}

pub async fn tag(ctx: &Context, args: &ImagesTagArgs, repo: &RepoName) -> Result<Report> {
    if repo.public {
        return Err(AppError::new(Exit::Conflict, PUBLIC_CANNOT_RETAG).into());
    }
    let name = &repo.name;
    let (source_text, new_tags) = arguments(args)?;
    let whole = ctx.registry(repo).await?;
    let registry = whole.private_for(PUBLIC_CANNOT_RETAG)?;
    let shown = image_text(name, &source_text);
    let doing = format!("reading image {shown}");
    let (info, source, current) = tokio::join!(
        ctx.describe(repo),
        registry.source_image(name, &source_text, &doing),
        registry.tag_states(name, &new_tags)
    );
    let info: RepoInfo = info?;
    let source = source?.ok_or_else(|| {
        AppError::new(Exit::NotFound, format!("image {shown} not found"))
            .with_code("ImageNotFoundException")
            .with_hint(format!("`ecrctl images list {name}` shows what is there"))
    })?;
    let current = match current {
        Ok(states) => states,
        Err(e) => return Err(lookup_failure(ctx, repo, e).await),
    };
    let plans = plan_tags(
        &new_tags,
        info.mutability().as_ref(),
        &current.remotes,
        &source.digest,
    );
    let any_refused = plans.iter().any(refused);
    let write = !(args.dry_run || (any_refused && args.all_or_nothing));
    // A tag moved off an image that keeps no other tag leaves its signatures pointing at an
    // untagged image: said, never a refusal.
    let moves: Vec<TagMove> = plans
        .iter()
        .filter(|p| writes(p) && p.previous.as_deref().is_some_and(|d| d != source.digest))
        .map(|p| TagMove {
            digest: p.previous.clone().unwrap_or_default(),
            tags: match current.remotes.get(&p.tag) {
                Some(Remote::Present(r)) => r.tags.clone(),
                _ => None,
            },
            tag: p.tag.clone(),
        })
        .collect();
    // Read before writing: the prediction holds for a dry run, and a registry that deletes
    // the untagged image at once (the emulator) still tells what pointed at it.
    let mut left: Vec<LeftUntagged> = if moves.is_empty() {
        Vec::new()
    } else {
        whole
            .referrers_left_untagged(name, moves)
            .await
            .into_iter()
            .map(|(digest, moved_tags, referrers)| LeftUntagged {
                digest,
                moved_tags,
                referrers,
            })
            .collect()
    };
    let written = if write {
        write_tags(registry, name, &source, &plans).await
    } else {
        HashMap::new()
    };
    // A move that did not happen leaves nothing behind.
    if !write && !args.dry_run {
        left.clear();
    }
    left.retain(|l| {
        l.moved_tags.iter().all(|t| {
            !matches!(
                written.get(t),
                Some(Written::Failed { .. } | Written::TakenBy(_))
            )
        })
    });
    let mut report = tag_report(args, name, &source_text, &source, &plans, &written, &left);
    for n in current.notes {
        report = report.with_status(format!("note: {n}"));
    }
    if any_refused && args.all_or_nothing {
        report.diagnostics.push(Diagnostic::warning(
            "nothing written: a tag would be refused and --all-or-nothing was given",
        ));
    } else if args.dry_run {
        report = report.with_status("dry run: nothing written");
    }
    // A refusal (10) says more than "would change" (1).
    if args.dry_run && report.exit == Exit::Success {
        let would_write = plans.iter().any(writes);
        report.exit = crate::commands::dry_run_exit(args.exit_code, would_write);
    }
    Ok(report)
}

/// `images tag REPO:SOURCE NEW…` or `images tag REPO SOURCE NEW…`: the source and the new
/// tags (checked, each once).
fn arguments(args: &ImagesTagArgs) -> Result<(String, Vec<String>)> {
    let (source, new_tag_args) = match crate::reference::split_image_arg(&args.image).1 {
        Some(id) => (id.to_string(), &args.rest[..]),
        None => match args.rest.split_first() {
            Some((source, rest)) if !rest.is_empty() => (source.clone(), rest),
            _ => {
                return usage(format!(
                    "give the image to tag and at least one new tag: `ecrctl images tag {}:SOURCE NEW_TAG…` or `ecrctl images tag {} SOURCE NEW_TAG…`",
                    args.image, args.image
                ))
            }
        },
    };
    check_image_id(&source)?;
    let mut new_tags: Vec<String> = Vec::new();
    for t in new_tag_args {
        validate_tag(t).map_err(|e| AppError::usage(format!("new tag: {e}")))?;
        if !new_tags.contains(t) {
            new_tags.push(t.clone());
        }
    }
    Ok((source, new_tags))
}

/// A tag lookup that failed as a whole, said as the error it is.
async fn lookup_failure(
    ctx: &Context,
    repo: &crate::reference::RepoName,
    e: LookupError,
) -> anyhow::Error {
    match e {
        LookupError::Failed(e) => e,
        LookupError::Denied => AppError::new(
            Exit::Auth,
            format!(
                "looking up tags in {}: ecr:BatchGetImage is not allowed for this identity",
                repo.name
            ),
        )
        .into(),
        LookupError::RepositoryMissing => {
            let err = AppError::new(Exit::NotFound, "repository not found")
                .with_code("RepositoryNotFoundException");
            ctx.not_found(err.into(), repo).await
        }
    }
}

/// Write every tag that may be written, concurrently. Another job may have written the same
/// tag a moment ago (parallel pipelines): a tag that then holds the wanted image is unchanged,
/// not a conflict.
async fn write_tags(
    registry: &PrivateRegistry,
    name: &str,
    source: &SourceImage,
    plans: &[TagPlan],
) -> HashMap<String, Written> {
    let to_write: Vec<&TagPlan> = plans.iter().filter(|p| writes(p)).collect();
    let results = join_all(
        to_write
            .iter()
            .map(|p| registry.put_tag(name, source, &p.tag)),
    )
    .await;
    let mut written = HashMap::new();
    let mut raced: Vec<String> = Vec::new();
    for (p, r) in to_write.iter().zip(results) {
        let outcome = match r {
            Ok(crate::writes::Done::Answered) => Written::Done,
            Ok(crate::writes::Done::FirstAnswerLost) => Written::DoneFirstAnswerLost,
            Err((code, err)) => {
                let exists = codes::image_already_exists(code.as_deref());
                if exists {
                    raced.push(p.tag.clone());
                }
                Written::Failed {
                    text: crate::error::render(&err),
                    exit: if exists {
                        Exit::PushConflict
                    } else {
                        crate::error::classify(&err).0
                    },
                }
            }
        };
        written.insert(p.tag.clone(), outcome);
    }
    if !raced.is_empty() {
        debug(
            2,
            format_args!("BatchGetImage {name} (re-reading {} tag(s))", raced.len()),
        );
        if let Ok(now) = registry.tag_states(name, &raced).await {
            for tag in &raced {
                if let Some(Remote::Present(r)) = now.remotes.get(tag) {
                    let outcome = if r.digest == source.digest {
                        Written::AlreadyThere
                    } else {
                        Written::TakenBy(r.digest.clone())
                    };
                    written.insert(tag.clone(), outcome);
                }
            }
        }
    }
    written
}

/// One record per new tag; refusals and failures also as errors (annotations under GitHub,
/// titled with the tag).
fn tag_report(
    args: &ImagesTagArgs,
    name: &str,
    source_text: &str,
    source: &SourceImage,
    plans: &[TagPlan],
    written: &HashMap<String, Written>,
    left: &[LeftUntagged],
) -> Report {
    let mut exits = Vec::new();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    let mut refusals = Vec::new();
    for p in plans {
        let o = tag_outcome(p, written.get(&p.tag), args.dry_run);
        exits.push(o.exit);
        if o.result == "refused" || o.result == "failed" {
            refusals.push(
                Diagnostic::error(format!("{name}:{}: {}", p.tag, o.message))
                    .with_title(format!("ecrctl images tag {}", p.tag)),
            );
        }
        rows.push(vec![
            p.tag.clone(),
            p.verdict.as_str().to_string(),
            o.result.to_string(),
            o.message.clone(),
        ]);
        items.push(TagResult {
            tag: p.tag.clone(),
            verdict: p.verdict.as_str(),
            result: o.result,
            previous_digest: p.previous.clone(),
            tag_mutability: p.immutable.map(|i| if i { "IMMUTABLE" } else { "MUTABLE" }),
            matched_filter: p.filter.clone(),
            message: o.message,
        });
    }
    let any_written = written
        .values()
        .any(|w| matches!(w, Written::Done | Written::DoneFirstAnswerLost));
    let doc = TagReport {
        repository: name,
        source: source_text,
        digest: &source.digest,
        tags: items,
        written: any_written,
        untagged_with_referrers: left.to_vec(),
    };
    let mut report = Report::with_rows(
        serde_json::to_value(&doc).expect("records serialise"),
        &doc.tags,
        Human::Table {
            headers: vec!["TAG", "VERDICT", "RESULT", "DETAIL"],
            rows,
        },
    );
    report.diagnostics = refusals;
    report.diagnostics.extend(
        left.iter()
            .map(|l| Diagnostic::warning(l.warning(name, any_written && !args.dry_run))),
    );
    report.exit = Exit::worst(exits);
    report
}
