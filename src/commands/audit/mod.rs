//! `ecrctl audit`: every repository's tag and access posture, across regions, concurrently.
//! `read` reads what the findings need under one adaptive limiter; `report` builds the output.

mod read;
mod report;

use std::time::Instant;

use anyhow::Result;
use futures::future::join_all;
use futures::stream::{self, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Context;
use crate::cli::AuditArgs;
use crate::error::{classify, Exit};
use crate::mutability::glob;
use crate::output::Report;
use crate::posture::{findings, known_codes, selects, AuditFinding};
use crate::registry::model::RepoInfo;
use crate::registry::Registry;
use crate::ui::debug;
use read::{read_facts, Limiter, Needs};

struct Audited {
    info: RepoInfo,
    region: String,
    findings: Vec<AuditFinding>,
}

/// A region that is not enabled for the account answers with an authentication error.
fn region_not_enabled(err: &anyhow::Error) -> bool {
    classify(err).0 == Exit::Auth
}

pub async fn audit(ctx: &Context, args: &AuditArgs) -> Result<Report> {
    let started = Instant::now();
    let regions = regions(ctx, args).await?;
    let (targets, skipped) = targets(ctx, args, &regions).await?;
    let selection = Selection::of(args);
    let scanning = effective_scanning(ctx, args, &targets, &selection).await;
    let public_registry = if args.public && !args.required_tags.is_empty() {
        Some(Registry::whole(&ctx.clients, true, None, None).await?)
    } else {
        None
    };
    let limiter = Limiter::new(args.concurrency as usize);
    let progress = progress_bar(ctx.progress, targets.len());
    let mut results: Vec<Audited> = stream::iter(targets)
        .map(|(region, info)| {
            let (limiter, progress, selection) = (&limiter, &progress, &selection);
            let (scanning, public_registry) = (&scanning, &public_registry);
            async move {
                let mut facts = read_facts(ctx, &region, &info, limiter, &selection.needs).await;
                facts.scan_frequency = scanning.get(&(region.clone(), info.name.clone())).cloned();
                facts.allowed_keys = args.kms_key_arns.clone();
                facts.required_tags = args.required_tags.clone();
                if let Some(registry) = public_registry {
                    match registry.tags(&info).await {
                        Ok(tags) => facts.tags = Some(tags),
                        Err(e) => facts
                            .unreadable
                            .push(format!("tags: {}", crate::error::render(&e))),
                    }
                }
                progress.inc(1);
                let mut found = findings(&facts);
                found.retain(|f| selection.wanted(&f.code));
                Audited {
                    info,
                    region,
                    findings: found,
                }
            }
        })
        .buffer_unordered(args.concurrency as usize)
        .collect()
        .await;
    progress.finish_and_clear();
    results.sort_by(|a, b| (&a.region, &a.info.name).cmp(&(&b.region, &b.info.name)));
    let used: Vec<String> = regions
        .into_iter()
        .map(|(_, name)| name)
        .filter(|r| !skipped.contains(r))
        .collect();
    Ok(report::report(report::Run {
        runner: ctx.runner,
        results,
        regions: &used,
        skipped,
        seconds: started.elapsed().as_secs_f64(),
        args,
        lowest_concurrency: limiter.lowest(),
    }))
}

/// The effective scan frequency (registry scanning rules applied) of the private repositories
/// whose own flag is off, by (region, name): ECR.1 as the control means it. What cannot be read
/// is left out (the finding then says the rules were not read).
async fn effective_scanning(
    ctx: &Context,
    args: &AuditArgs,
    targets: &[(String, RepoInfo)],
    selection: &Selection,
) -> std::collections::HashMap<(String, String), String> {
    let mut out = std::collections::HashMap::new();
    if args.public || !selection.wanted("scan-on-push-off") {
        return out;
    }
    let mut by_region: std::collections::BTreeMap<&str, Vec<String>> = Default::default();
    for (region, info) in targets {
        if info.scan_on_push == Some(false) {
            by_region.entry(region).or_default().push(info.name.clone());
        }
    }
    for (region, names) in by_region {
        let registry =
            match Registry::whole(&ctx.clients, false, Some(region), ctx.registry_id.clone()).await
            {
                Ok(r) => r,
                Err(_) => continue,
            };
        match registry.scan_frequencies(&names).await {
            // A repository the answer leaves out has no rule scanning it.
            Ok(found) => out.extend(names.into_iter().map(|n| {
                let f = found.get(&n).cloned().unwrap_or_else(|| "MANUAL".into());
                ((region.to_string(), n), f)
            })),
            Err(e) => debug(
                1,
                format_args!("registry scanning rules of {region} not read: {e:#}"),
            ),
        }
    }
    out
}

/// The regions to audit, each as asked (`None`: the configured one) and by name.
async fn regions(ctx: &Context, args: &AuditArgs) -> Result<Vec<(Option<String>, String)>> {
    let asked: Vec<Option<String>> = if args.public {
        vec![None]
    } else if args.all_regions {
        crate::reference::COMMERCIAL_REGIONS
            .iter()
            .map(|r| Some(r.to_string()))
            .collect()
    } else if ctx.regions.is_empty() {
        vec![None]
    } else {
        // A region given twice is audited once.
        let mut seen = Vec::new();
        for r in &ctx.regions {
            if !seen.contains(r) {
                seen.push(r.clone());
            }
        }
        seen.into_iter().map(Some).collect()
    };
    let home = if args.public {
        crate::aws::PUBLIC_REGION.to_string()
    } else {
        ctx.clients.region().await?
    };
    Ok(asked
        .into_iter()
        .map(|r| {
            let name = r.clone().unwrap_or_else(|| home.clone());
            (r, name)
        })
        .collect())
}

/// Every repository to audit, by region, and the regions skipped (not enabled).
async fn targets(
    ctx: &Context,
    args: &AuditArgs,
    regions: &[(Option<String>, String)],
) -> Result<(Vec<(String, RepoInfo)>, Vec<String>)> {
    let listings = join_all(regions.iter().map(|(r, name)| async move {
        let registry = Registry::whole(
            &ctx.clients,
            args.public,
            r.as_deref(),
            ctx.registry_id.clone(),
        )
        .await;
        let repos = match registry {
            Ok(registry) => registry.list(r.as_deref()).await,
            Err(e) => Err(e),
        };
        (name.clone(), repos)
    }))
    .await;
    let mut skipped = Vec::new();
    let mut targets: Vec<(String, RepoInfo)> = Vec::new();
    for (region, repos) in listings {
        match repos {
            Ok(repos) => targets.extend(
                repos
                    .into_iter()
                    .filter(|r| args.glob.as_deref().is_none_or(|g| glob(g, &r.name)))
                    .map(|r| (region.clone(), r)),
            ),
            Err(e) if args.all_regions && region_not_enabled(&e) => {
                debug(1, format_args!("skipping {region}: {e:#}"));
                skipped.push(region);
            }
            Err(e) => return Err(e),
        }
    }
    targets.sort_by(|a, b| (&a.0, &a.1.name).cmp(&(&b.0, &b.1.name)));
    Ok((targets, skipped))
}

/// A progress bar on a terminal (not with --quiet), else nothing.
fn progress_bar(shown: bool, len: usize) -> ProgressBar {
    if !shown {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("auditing {bar:30} {pos}/{len} repositories ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// The findings --only / --ignore keep, and the reads they need (reads no selected finding
/// needs are skipped).
struct Selection {
    only: Vec<String>,
    ignore: Vec<String>,
    needs: Needs,
}

impl Selection {
    fn of(args: &AuditArgs) -> Selection {
        let mut selection = Selection {
            only: args.only.clone(),
            ignore: args.ignore.clone(),
            needs: Needs {
                policy: true,
                lifecycle: true,
            },
        };
        selection.needs = Needs {
            policy: known_codes()
                .iter()
                .filter(|c| c.starts_with("policy-"))
                .any(|c| selection.wanted(c)),
            lifecycle: known_codes()
                .iter()
                .filter(|c| c.starts_with("lifecycle-") || *c == "no-lifecycle-policy")
                .any(|c| selection.wanted(c)),
        };
        selection
    }

    fn wanted(&self, code: &str) -> bool {
        (self.only.is_empty() || self.only.iter().any(|o| selects(o, code)))
            && !self.ignore.iter().any(|i| selects(i, code))
    }
}
