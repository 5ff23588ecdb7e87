//! `images prune`: a one-off cleanup planned by the lifecycle evaluator; deletes only with --yes.

use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Result;
use futures::stream::{self, StreamExt};
use serde_json::{json, Value};

use crate::cli::ImagesPruneArgs;
use crate::commands::Context;
use crate::error::{usage, AppError, Exit};
use crate::images::{human_size, parse_duration};
use crate::lifecycle::eval::{evaluate, summarize, Image, Verdict};
use crate::lifecycle::templates::KEEP_ALL;
use crate::lifecycle::{
    plan, Action, Count, Policy, Rule, StorageClass, TagSelection, MAX_WILDCARDS,
};
use crate::output::{age, Human, Report};
use crate::registry::{ImageQuery, ImageStatus};

/// BatchDeleteImage calls in flight at once.
const IN_FLIGHT: usize = 4;

/// Whole days of a duration option (lifecycle rules count days).
fn days(option: &str, value: &str) -> Result<u32> {
    let secs = parse_duration(value).map_err(|e| AppError::usage(format!("{option} {e}")))?;
    if secs == 0 || secs % 86_400 != 0 {
        return usage(format!(
            "{option} {value}: lifecycle rules count whole days: use e.g. 14d or 2w"
        ));
    }
    Ok(u32::try_from(secs / 86_400).unwrap_or(u32::MAX))
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
        return usage(format!("{option} {p}: `{c}` cannot appear in a tag"));
    }
    Ok(())
}

/// The options as lifecycle rules: keepers first, then one rule per --tag, then --untagged (or
/// every image); each with the one count the options give (none: every selected image).
pub fn compile(args: &ImagesPruneArgs) -> Result<Policy> {
    for p in &args.tags {
        check_pattern("--tag", p)?;
    }
    for p in &args.keep {
        check_pattern("--keep", p)?;
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

/// The compiled rules as a lifecycle policy ECR takes, with what had to change to fit it.
fn printable(policy: &Policy) -> (Value, Vec<String>) {
    let mut notes = Vec::new();
    let mut p = policy.clone();
    for r in &mut p.rules {
        match r.count {
            Count::MoreThan(0) => {
                r.count = Count::MoreThan(1);
                notes.push(format!("rule {}: a lifecycle rule cannot expire every image it selects (countNumber is at least 1): the policy keeps the newest one", r.priority));
            }
            Count::SincePulled(_) => {
                r.action = Action::Transition;
                notes.push(format!("rule {}: ECR expires nothing by last pull (sinceImagePulled only archives): the policy archives instead", r.priority));
            }
            _ => {}
        }
    }
    (p.to_json(), notes)
}

pub async fn prune(ctx: &Context, args: &ImagesPruneArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    if repo.public {
        return usage("images prune works on private repositories: ECR Public serves no manifests, so the platform images of a multi-arch image cannot be told from garbage");
    }
    let name = &repo.name;
    let policy = compile(args)?;
    if args.print_policy {
        let (doc, notes) = printable(&policy);
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
            d.verdict = Verdict::Keep;
            d.rule = None;
            d.description = None;
            d.reason = format!("a tag matches --keep {keep}");
        } else if let (Some(index), Verdict::Expire) = (img.indexed_by.first(), d.verdict) {
            d.verdict = Verdict::Keep;
            d.rule = None;
            d.description = None;
            d.reason = format!(
                "{} of image index {}, which stays",
                rows_role(&rows, &img.digest),
                crate::images::short_digest(index)
            );
        }
    }
    let summary = summarize(&images, &decisions);
    let order = plan::order(&images, &decisions);
    let doomed: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| decisions[i].verdict == Verdict::Expire)
        .collect();
    let mut results: Vec<Option<Result<(), (String, String)>>> = vec![None; images.len()];
    let mut exit = Exit::Success;
    let mut status = Vec::new();
    if !args.yes {
        status.push(format!(
            "plan: delete {} image(s) ({}) of {name}, keep {}; nothing was deleted: run again with --yes to delete",
            summary.expire,
            human_size(summary.expire_bytes),
            summary.keep
        ));
    } else if !doomed.is_empty() {
        let done = AtomicUsize::new(0);
        let total = doomed.len();
        crate::ui::on_interrupt(format!(
            "interrupted: none of {total} image(s) deleted from {name} yet"
        ));
        let batches: Vec<Vec<usize>> = doomed.chunks(100).map(<[usize]>::to_vec).collect();
        let answers: Vec<(Vec<usize>, Result<crate::registry::DeleteAnswer>)> = stream::iter(batches)
            .map(|batch| {
                let registry = &registry;
                let images = &images;
                let done = &done;
                async move {
                    let ids: Vec<String> = batch.iter().map(|&i| images[i].digest.clone()).collect();
                    let answer = registry.delete_images(name, &ids).await;
                    let n = done.fetch_add(batch.len(), Ordering::SeqCst) + batch.len();
                    crate::ui::on_interrupt(format!(
                        "interrupted: {n} of {total} image(s) deleted from {name} (a batch in flight may also have been); run the same command again to finish"
                    ));
                    (batch, answer)
                }
            })
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
        for (batch, answer) in answers {
            match answer {
                Ok(a) => {
                    for i in batch {
                        results[i] = Some(a.outcome(&images[i].digest).map(|_| ()));
                    }
                }
                Err(e) => {
                    let text = crate::error::render(&e);
                    let code = crate::error::code_of(&e).unwrap_or("Error").to_string();
                    for i in batch {
                        results[i] = Some(Err((code.clone(), text.clone())));
                    }
                }
            }
        }
        let failed = results.iter().filter(|r| matches!(r, Some(Err(_)))).count();
        let deleted = results.iter().filter(|r| matches!(r, Some(Ok(())))).count();
        let freed: i64 = (0..images.len())
            .filter(|&i| matches!(results[i], Some(Ok(()))))
            .map(|i| images[i].size_bytes.unwrap_or(0))
            .sum();
        let line = format!(
            "{name}: {deleted} image(s) deleted ({} freed), {failed} failed, {} kept",
            human_size(freed),
            summary.keep
        );
        if failed > 0 {
            exit = Exit::Service;
            warnings.push(format!("error: {line}"));
        } else {
            status.push(line);
        }
    } else {
        status.push(format!("{name}: nothing to delete"));
    }
    let records: Vec<Value> = order
        .iter()
        .map(|&i| {
            let mut r = plan::record(&images[i], &decisions[i]);
            r["result"] = match &results[i] {
                None if decisions[i].verdict == Verdict::Expire => json!("planned"),
                None => json!("kept"),
                Some(Ok(())) => json!("deleted"),
                Some(Err((code, reason))) => {
                    r["failureCode"] = json!(code);
                    r["failureReason"] = json!(reason);
                    json!("failed")
                }
            };
            r
        })
        .collect();
    let json = json!({
        "repository": name,
        "dryRun": !args.yes,
        "images": records,
        "summary": plan::summary_json(&summary),
        "policy": printable(&policy).0,
    });
    let (headers, mut rows_out) = plan::table(&images, &decisions, &order, |t| age(now - t));
    if args.yes {
        for (row, &i) in rows_out.iter_mut().zip(&order) {
            if let Some(Err((code, _))) = &results[i] {
                row[0] = format!("failed: {code}");
            } else if matches!(results[i], Some(Ok(()))) {
                row[0] = "deleted".into();
            }
        }
    }
    let mut report = Report::records(
        json.clone(),
        json["images"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default(),
        Human::Table {
            headers,
            rows: rows_out,
        },
        "images prune",
    );
    report.status = status;
    report.warnings = warnings;
    report.exit = exit;
    Ok(report)
}

fn rows_role(rows: &[crate::images::ImageRow], digest: &str) -> &'static str {
    match rows
        .iter()
        .find(|r| r.digest == digest)
        .and_then(|r| r.role)
    {
        Some("attestation") => "an attestation",
        _ => "a platform image",
    }
}
