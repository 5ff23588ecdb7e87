//! `images prune`: a one-off cleanup planned by the lifecycle evaluator; deletes only with --yes.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Result;
use futures::stream::{self, StreamExt};
use serde_json::{json, Value};

use crate::cli::ImagesPruneArgs;
use crate::commands::Context;
use crate::error::{usage, AppError, Exit};
use crate::images::{human_size, short_digest};
use crate::lifecycle::eval::{evaluate, summarize, Image, Verdict};
use crate::lifecycle::lint::{lint_value, Severity};
use crate::lifecycle::plan::Outcome;
use crate::lifecycle::templates::KEEP_ALL;
use crate::lifecycle::{
    plan, Action, Count, Policy, Rule, StorageClass, TagSelection, MAX_WILDCARDS,
};
use crate::output::Report;
use crate::registry::{ImageQuery, ImageStatus, Registry};

/// BatchDeleteImage calls in flight at once.
const IN_FLIGHT: usize = 4;

/// Whole days of a duration option, `14d` or `2w` (lifecycle rules count days).
fn days(option: &str, value: &str) -> Result<u32> {
    let bad = || {
        AppError::usage(format!("{option} {value}: give whole days or weeks, e.g. 14d or 2w (lifecycle rules count days)"))
    };
    let (n, unit) = value.split_at(value.len().saturating_sub(1));
    let n: u64 = n.parse().map_err(|_| bad())?;
    let days = match unit {
        "d" => n,
        "w" => n.checked_mul(7).ok_or_else(bad)?,
        _ => return Err(bad().into()),
    };
    match u32::try_from(days) {
        Ok(0) | Err(_) => Err(bad().into()),
        Ok(d) if d > 36_500 => usage(format!("{option} {value}: more than 100 years")),
        Ok(d) => Ok(d),
    }
}

fn check_pattern(option: &str, p: &str) -> Result<()> {
    if p.is_empty() {
        return usage(format!("{option} needs a pattern"));
    }
    if p.matches('*').count() > MAX_WILDCARDS {
        return usage(format!(
            "{option} {p}: at most {MAX_WILDCARDS} `*` per pattern (ECR's limit)"
        ));
    }
    if let Some(c) = p
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "._-*".contains(*c)))
    {
        return usage(format!(
            "{option} {p}: `{}` cannot appear in a tag",
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
    let count = match (&args.older_than, args.keep_last, &args.not_pulled_for) {
        (Some(d), _, _) => Some(Count::SincePushed(days("--older-than", d)?)),
        (_, Some(n), _) => Some(Count::MoreThan(n)),
        (_, _, Some(d)) => Some(Count::SincePulled(days("--not-pulled-for", d)?)),
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
    let what = match count {
        Count::MoreThan(0) => "Delete".to_string(),
        Count::MoreThan(n) => format!("Keep the newest {n}, delete older"),
        Count::SincePushed(d) => format!("Delete those pushed over {d} days ago:"),
        Count::SincePulled(d) => format!("Delete those not pulled for {d} days:"),
        Count::SinceTransitioned(_) => unreachable!("prune never counts archive time"),
    };
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
            notes.push(format!("rule {}: ECR counts the platform images and attestations of multi-arch images as untagged, so this policy can expire them (images prune never does): check with `ecrctl lifecycle preview REPO --file FILE` before setting it", r.priority));
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

pub async fn prune(ctx: &Context, args: &ImagesPruneArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    if repo.public {
        return Err(AppError::new(Exit::Conflict, "images prune works on private repositories: ECR Public serves no manifests, so the platform images of a multi-arch image cannot be told from garbage").into());
    }
    let name = &repo.name;
    let policy = compile(args)?;
    if args.print_policy {
        let (doc, notes) = printable(&policy)?;
        let mut report = crate::commands::document_report(doc);
        report.warnings = notes.into_iter().map(|n| format!("note: {n}")).collect();
        return Ok(report);
    }
    let now = match &args.now {
        Some(t) => plan::parse_time(t).map_err(|e| AppError::usage(format!("--now {e}")))?,
        None => crate::commands::unix_now(),
    };
    let registry = ctx.registry(repo).await?;
    let query = ImageQuery {
        tagged: None,
        status: ImageStatus::Active,
    };
    let mut rows = match registry.images(name, query).await {
        Ok(rows) => rows,
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    let mut warnings: Vec<String> = registry
        .mark_index_children(name, &mut rows)
        .await
        .into_iter()
        .collect();
    if !warnings.is_empty() && (args.untagged || args.tags.is_empty()) {
        return Err(AppError::new(Exit::Auth, format!("cannot tell the platform images of {name}'s image indexes from garbage: their manifests could not be read"))
            .with_hint("ecrctl needs ecr:BatchGetImage to prune untagged images safely")
            .into());
    }
    let images: Vec<Image> = rows.iter().map(Image::from_row).collect();
    let mut decisions = evaluate(&policy, &images, now);
    // What prune never deletes, whatever the rules say.
    for (img, d) in images.iter().zip(decisions.iter_mut()) {
        if let Some(keep) = args.keep.iter().find(|k| {
            img.tags
                .iter()
                .any(|t| crate::mutability::wildcard_match(k, t))
        }) {
            *d = kept(format!("a tag matches --keep {keep}"));
        }
    }
    // A platform image or attestation goes only with its image indexes, after them.
    let expiring: HashSet<&str> = images
        .iter()
        .zip(&decisions)
        .filter(|(_, d)| d.verdict == Verdict::Expire)
        .map(|(i, _)| i.digest.as_str())
        .collect();
    let mut after_index = vec![false; images.len()];
    for (i, img) in images.iter().enumerate() {
        if img.indexed_by.is_empty() || decisions[i].verdict != Verdict::Expire {
            continue;
        }
        let role = match img.role {
            Some("attestation") => "an attestation",
            _ => "a platform image",
        };
        match img
            .indexed_by
            .iter()
            .find(|x| !expiring.contains(x.as_str()))
        {
            Some(index) => {
                decisions[i] = kept(format!(
                    "{role} of image index {}, which stays",
                    short_digest(index)
                ))
            }
            None => {
                after_index[i] = true;
                decisions[i]
                    .reason
                    .push_str("; deleted after its image index, which is deleted too");
            }
        }
    }
    let summary = summarize(&images, &decisions);
    let order = plan::order(&images, &decisions);
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
    if !args.yes {
        status.push(format!(
            "plan: delete {} image(s) ({}) of {name}, keep {}; nothing was deleted: run again with --yes to delete",
            summary.expire,
            human_size(summary.expire_bytes),
            summary.keep
        ));
    } else if summary.expire == 0 {
        status.push(format!("{name}: nothing to delete"));
    } else {
        let first: Vec<usize> = order
            .iter()
            .copied()
            .filter(|&i| decisions[i].verdict == Verdict::Expire && !after_index[i])
            .collect();
        let done = AtomicUsize::new(0);
        delete_all(
            &registry,
            name,
            &images,
            &first,
            &mut outcomes,
            &done,
            summary.expire,
        )
        .await;
        // The children of indexes that are now gone; those of an index that failed stay.
        let mut second = Vec::new();
        for &i in order.iter().filter(|&&i| after_index[i]) {
            let gone = |d: &String| {
                images
                    .iter()
                    .position(|x| &x.digest == d)
                    .is_some_and(|x| matches!(outcomes[x], Outcome::Deleted | Outcome::Gone))
            };
            if images[i].indexed_by.iter().all(gone) {
                second.push(i);
            } else {
                outcomes[i] = Outcome::Failed(
                    "IndexNotDeleted".into(),
                    "its image index could not be deleted, so it was kept".into(),
                );
            }
        }
        delete_all(
            &registry,
            name,
            &images,
            &second,
            &mut outcomes,
            &done,
            summary.expire,
        )
        .await;
        let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
        let deleted = count(|o| matches!(o, Outcome::Deleted));
        let gone = count(|o| matches!(o, Outcome::Gone));
        let failed = count(|o| matches!(o, Outcome::Failed(..)));
        let freed: i64 = (0..images.len())
            .filter(|&i| matches!(outcomes[i], Outcome::Deleted))
            .map(|i| images[i].size_bytes.unwrap_or(0))
            .sum();
        let mut line = format!(
            "{name}: {deleted} image(s) deleted ({} freed), {failed} failed, {} kept",
            human_size(freed),
            summary.keep
        );
        if gone > 0 {
            line.push_str(&format!(
                ", {gone} already gone (deleted by someone else meanwhile)"
            ));
        }
        tail.push((
            "result",
            json!({"deleted": deleted, "alreadyGone": gone, "failed": failed, "freedBytes": freed}),
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
    tail.push((
        "policy",
        printable(&policy).map(|p| p.0).unwrap_or(Value::Null),
    ));
    let mut report = Report::from_body(plan::PlanBody {
        images,
        decisions,
        order,
        now,
        head: vec![("repository", json!(name)), ("dryRun", json!(!args.yes))],
        tail,
        outcomes: Some(outcomes),
        command: "images prune",
    });
    report.status = status;
    report.warnings = warnings;
    report.exit = exit;
    Ok(report)
}

fn kept(reason: String) -> crate::lifecycle::eval::Decision {
    crate::lifecycle::eval::Decision {
        verdict: Verdict::Keep,
        rule: None,
        description: None,
        reason,
    }
}

/// Delete `which` images by digest, 100 per call, a few calls at once, recording each
/// outcome; Ctrl-C between batches leaves a note of how many were deleted.
async fn delete_all(
    registry: &Registry,
    name: &str,
    images: &[Image],
    which: &[usize],
    outcomes: &mut [Outcome],
    done: &AtomicUsize,
    total: usize,
) {
    if which.is_empty() {
        return;
    }
    let note = |n: usize| {
        crate::ui::on_interrupt(format!(
            "interrupted: {n} of {total} image(s) deleted from {name} (a batch in flight may also have been); run the same command again to finish"
        ))
    };
    note(done.load(Ordering::SeqCst));
    let answers: Vec<(&[usize], Result<crate::registry::DeleteAnswer>)> =
        stream::iter(which.chunks(100))
            .map(|batch| async move {
                let ids: Vec<String> = batch.iter().map(|&i| images[i].digest.clone()).collect();
                let answer = registry.delete_images(name, &ids).await;
                note(done.fetch_add(batch.len(), Ordering::SeqCst) + batch.len());
                (batch, answer)
            })
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
    for (batch, answer) in answers {
        match answer {
            Ok(a) => {
                for &i in batch {
                    outcomes[i] = match a.outcome(&images[i].digest) {
                        Ok(_) => Outcome::Deleted,
                        // Another run (or person) deleted it first: the wanted result.
                        Err((code, _)) if code == "ImageNotFound" => Outcome::Gone,
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
}
