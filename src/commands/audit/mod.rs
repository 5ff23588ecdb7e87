//! `ecrctl audit`: every repository's tag and access posture, across accounts and regions,
//! concurrently. `fleet` finds the accounts, `read` reads what the findings need under one
//! global in-flight limit and one adaptive limiter per account and region; `report` builds the
//! output.

pub mod args;
mod ci;
mod evaluate;
mod fleet;
mod listing;
mod matrix;
mod plan;
mod read;
mod report;
mod script;
mod settings;
mod summary;
mod verdict;

use std::collections::HashMap;
use std::time::Instant;

use anyhow::Result;
use futures::stream::{self, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tokio::sync::Semaphore;

use super::{Account, Context};
use crate::commands::audit::args::AuditArgs;
use crate::error::Exit;
use crate::output::Report;
use crate::posture::{AuditFinding, Cell, Level};
use crate::registry::model::RepoInfo;
use crate::registry::Registry;
use crate::ui::debug;
use listing::targets;
use plan::Selection;
use read::{read_facts, Limiter, Place};

struct Audited {
    /// The repository's account (known in a fleet audit, else from the listing).
    account: Option<String>,
    info: RepoInfo,
    region: String,
    findings: Vec<AuditFinding>,
    /// The evidence matrix's cells (with --matrix): each column's control and cell.
    cells: Vec<(&'static str, Cell)>,
}

/// A finding about a whole account (or one region of it) rather than a repository: its role
/// could not be assumed, or its repositories could not be listed.
struct AccountFinding {
    account: String,
    region: Option<String>,
    finding: AuditFinding,
    /// The exit class of the failure.
    exit: Exit,
}

const NONE_READ: &str = "no account could be audited (the unreadable findings say why)";

fn unreadable_account(
    account: &str,
    region: Option<&str>,
    why: String,
    exit: Exit,
) -> AccountFinding {
    let fix_note = match (exit, region) {
        (Exit::Network, _) => "check the network path to AWS (and AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL when set), then audit again".to_string(),
        (Exit::Auth, None) => "let the account's role trust the caller (sts:AssumeRole; with --external-id if its trust policy asks for one), then audit again".to_string(),
        (Exit::Auth, Some(_)) => "grant the role ecr:DescribeRepositories (and the reads the audit needs), then audit again".to_string(),
        (_, Some(r)) => format!("see the error; if {r} is not enabled for the account, leave it out of --region"),
        (_, None) => "see the error, then audit again".to_string(),
    };
    AccountFinding {
        account: account.to_string(),
        region: region.map(str::to_string),
        finding: AuditFinding {
            code: "unreadable".into(),
            severity: Level::High,
            message: match region {
                None => format!("account {account} not audited: {why}"),
                Some(r) => format!("account {account} not audited in {r}: {why}"),
            },
            controls: Vec::new(),
            fix: None,
            fix_note: Some(fix_note),
        },
        exit,
    }
}

/// Plan (the selection, the accounts, the regions), list, read, evaluate, report. `account` is
/// the registry --registry-id names, resolved by the dispatcher.
pub async fn audit(ctx: &Context, args: &AuditArgs, account: &Account) -> Result<Report> {
    let started = Instant::now();
    let selection = Selection::of(args);
    // A selection that keeps nothing this audit can find makes a gate that can never fail.
    let unfindable = selection.unfindable();
    if let (Some(why), Some(_)) = (&unfindable, args.fail_on) {
        return Err(
            crate::error::AppError::usage(format!("{why}, so --fail-on could never fail")).into(),
        );
    }
    let asked = plan::asked_regions(args, &ctx.regions)?;
    let fleet = fleet::fleet(ctx, args, account).await?;
    let home = if args.public {
        crate::aws::PUBLIC_REGION.to_string()
    } else {
        ctx.clients.region().await?
    };
    let regions: Vec<(Option<String>, String)> = asked
        .into_iter()
        .map(|r| {
            let name = r.clone().unwrap_or_else(|| home.clone());
            (r, name)
        })
        .collect();
    // One limit on requests in flight for the whole audit: listings, scanning rules, reads.
    let concurrency = args.concurrency as usize;
    let global = Semaphore::new(concurrency);
    let listed = targets(args, &fleet, &regions, &global).await?;
    // No account read at all: still a report (the findings say why, the CI files are written),
    // and the exit of the first failure.
    let none_read = fleet.multi && listed.read == 0;
    let mut public_registries = HashMap::new();
    if args.public && selection.reads("public-untagged") {
        for (i, account) in fleet.accounts.iter().enumerate() {
            public_registries.insert(
                i,
                Registry::whole(&account.clients, true, None, None).await?,
            );
        }
    }
    let limiters: HashMap<(usize, String), Limiter> = listed
        .targets
        .iter()
        .map(|t| ((t.account, t.region.clone()), Limiter::new(concurrency)))
        .collect();
    let progress = progress_bar(ctx.progress, listed.targets.len());
    let reads = stream::iter(&listed.targets)
        .map(|target| {
            let (progress, selection, fleet) = (&progress, &selection, &fleet);
            let (public_registries, global) = (&public_registries, &global);
            let limiter = &limiters[&(target.account, target.region.clone())];
            async move {
                let held = &fleet.accounts[target.account];
                let place = Place {
                    clients: &held.clients,
                    registry_id: held.registry_id.clone(),
                    region: &target.region,
                    limiter,
                    global,
                };
                let mut facts = read_facts(&place, &target.info, &selection.needs).await;
                if let Some(registry) = public_registries.get(&target.account) {
                    let _permit = global.acquire().await;
                    match registry.tags(&target.info).await {
                        Ok(tags) => facts.tags = Some(tags),
                        Err(e) => facts
                            .unreadable
                            .push(format!("tags: {}", crate::error::render(&e))),
                    }
                }
                progress.inc(1);
                (target, facts)
            }
        })
        // More in flight than the limit: a throttled account waits on its own limiter without
        // holding up the others, which the global limit still bounds.
        .buffer_unordered(concurrency * 4)
        .collect::<Vec<_>>();
    // Registry scanning rules are read while the repositories are.
    let scanning = settings::effective_scanning(args, &fleet, &listed.targets, &selection, &global);
    // And the manager of each distinct KMS key, once per account.
    let keys = settings::key_managers(&fleet, &listed.targets, &selection, &global);
    let (read, (scanning, scanning_warnings), (keys, key_warnings)) =
        tokio::join!(reads, scanning, keys);
    let listed_nothing = listed.targets.is_empty();
    // Which repositories could not be read, with the first reason of each, for the verdict on
    // the audit as a whole.
    let failed_reads: Vec<(Exit, String)> = read
        .iter()
        .filter_map(|(_, f)| Some((f.unreadable_exit?, f.unreadable.first()?.clone())))
        .collect();
    let repositories_read = read.len();
    let judge = evaluate::Judge {
        selection: &selection,
        scanning: &scanning,
        keys: &keys,
        allowed_keys: &args.kms_key_arns,
        required_tags: &args.required_tags,
    };
    let mut results: Vec<Audited> = read
        .into_iter()
        .map(|(target, facts)| {
            let id = fleet.accounts[target.account].id.as_ref();
            judge.evaluate(target, id, facts)
        })
        .collect();
    progress.finish_and_clear();
    results.sort_by(|a, b| {
        (&a.account, &a.region, &a.info.name).cmp(&(&b.account, &b.region, &b.info.name))
    });
    // Accounts (or their regions) not audited are reported whatever --only / --ignore select:
    // the checks asked for did not run there.
    let mut account_findings: Vec<AccountFinding> = fleet
        .unreadable
        .iter()
        .map(|u| unreadable_account(&u.account, None, u.why.clone(), u.exit))
        .chain(listed.failures)
        .collect();
    account_findings.sort_by(|a, b| (&a.account, &a.region).cmp(&(&b.account, &b.region)));
    // A region is audited unless every account skipped it (not enabled).
    let skipped_by = |r: &String| listed.skipped.iter().filter(|(_, s)| s == r).count();
    let everywhere = fleet.accounts.len().max(1);
    let regions_asked: Vec<Option<String>> = regions.iter().map(|(r, _)| r.clone()).collect();
    let (used, skipped): (Vec<String>, Vec<String>) = regions
        .into_iter()
        .map(|(_, name)| name)
        .partition(|r| skipped_by(r) < everywhere);
    let lowest = limiters
        .values()
        .map(Limiter::lowest)
        .min()
        .unwrap_or(concurrency);
    // Where ECR throttled: each account and region has its own limiter.
    let mut throttled: Vec<(Option<String>, String, usize)> = limiters
        .iter()
        .filter(|(_, l)| l.lowest() < concurrency)
        .map(|((account, region), l)| {
            (
                fleet.accounts[*account].id.clone(),
                region.clone(),
                l.lowest(),
            )
        })
        .collect();
    throttled.sort();
    let accounts: Vec<String> = if fleet.multi {
        let mut ids: Vec<String> = fleet
            .accounts
            .iter()
            .filter_map(|a| a.id.clone())
            .chain(fleet.unreadable.iter().map(|u| u.account.clone()))
            .collect();
        ids.sort();
        ids
    } else {
        let mut ids: Vec<String> = results
            .iter()
            .filter_map(|r| r.account.clone())
            .chain(account.registry_id.clone())
            .collect();
        if ids.is_empty() {
            ids.extend(own_account(ctx, args, &regions_asked).await);
        }
        ids.sort();
        ids.dedup();
        ids
    };
    let nothing_matched = listed_nothing && account_findings.is_empty();
    let first_exit = account_findings
        .iter()
        .map(|a| a.exit)
        .next()
        .unwrap_or(Exit::Failure);
    let mut report = report::report(report::Run {
        runner: ctx.runner,
        results,
        account_findings,
        accounts,
        multi: fleet.multi,
        regions: &used,
        skipped,
        skipped_by_account: listed.skipped,
        seconds: started.elapsed().as_secs_f64(),
        args,
        lowest_concurrency: lowest,
        throttled,
        // The JSON report of a run that read nothing also carries the error object every failed
        // command prints.
        failure: none_read.then(|| (first_exit, NONE_READ.to_string())),
        columns: selection.columns.clone(),
    });
    report.diagnostics.extend(scanning_warnings);
    report.diagnostics.extend(key_warnings);
    let verdict = verdict::Run {
        none_read,
        first_exit,
        failed_reads: &failed_reads,
        repositories_read,
        unfindable,
        unmatched: args.glob.as_deref().filter(|_| nothing_matched),
        gate: args.fail_on.is_some(),
    };
    if let Err(refused) = verdict::judge(&mut report, &verdict) {
        // An error like any other (stdout empty, the JSON error last on stderr), after the
        // warnings gathered so far.
        for d in &report.diagnostics {
            crate::ui::line(&d.render(ctx.runner.github()));
        }
        return Err(refused.into());
    }
    Ok(report)
}

/// The account of a one-account audit that listed no repository (its repositories name it
/// otherwise): the registry's id, else STS GetCallerIdentity; `None` (said at -v) when neither
/// answers.
async fn own_account(
    ctx: &Context,
    args: &AuditArgs,
    regions: &[Option<String>],
) -> Option<String> {
    let region = regions.first().cloned().flatten();
    let registry = Registry::whole(&ctx.clients, args.public, region.as_deref(), None).await;
    let id = match registry {
        Ok(r) => r.id().await,
        Err(e) => Err(e),
    };
    match id {
        Ok(Some(id)) => return Some(id),
        Ok(None) => {}
        Err(e) => debug(1, format_args!("{e:#}")),
    }
    match ctx.clients.caller_account().await {
        Ok(id) => Some(id),
        Err(e) => {
            debug(1, format_args!("the audited account is not known: {e:#}"));
            None
        }
    }
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
