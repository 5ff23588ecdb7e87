//! `ecrctl audit`: every repository's tag and access posture, across accounts and regions,
//! concurrently. `fleet` finds the accounts, `read` reads what the findings need under one
//! global in-flight limit and one adaptive limiter per account and region; `report` builds the
//! output.

pub mod args;
mod fleet;
mod matrix;
mod read;
mod report;

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use anyhow::Result;
use futures::future::join_all;
use futures::stream::{self, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tokio::sync::Semaphore;

use super::Context;
use crate::commands::audit::args::AuditArgs;
use crate::commands::audit::args::ControlReading;
use crate::error::{classify, AppError, Exit};
use crate::mutability::glob;
use crate::output::Report;
use crate::posture::{
    cell, findings, known_codes, selects, AuditFinding, Cell, KeyCheck, Level, Reading,
    RegistryScanning, Scanning, Scope, MATRIX_CONTROLS,
};
use crate::registry::keys::KeyManager;
use crate::registry::model::RepoInfo;
use crate::registry::settings::RepoScanning;
use crate::registry::{PrivateRegistry, Registry};
use crate::ui::debug;
use fleet::Fleet;
use read::{read_facts, read_failure, Limiter, Needs, Place};

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

/// A repository to read: its account (index into the fleet), region and listing.
struct Target {
    account: usize,
    region: String,
    info: RepoInfo,
}

const NONE_READ: &str = "no account could be audited (the unreadable findings say why)";

/// A region that is not enabled for the account answers with an authentication error.
fn region_not_enabled(err: &anyhow::Error) -> bool {
    classify(err).0 == Exit::Auth
}

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

pub async fn audit(ctx: &Context, args: &AuditArgs) -> Result<Report> {
    let started = Instant::now();
    let selection = Selection::of(args);
    // A selection that keeps nothing this audit can find makes a gate that can never fail.
    let unfindable = selection.unfindable();
    if let (Some(why), Some(_)) = (&unfindable, args.fail_on) {
        return Err(
            crate::error::AppError::usage(format!("{why}, so --fail-on could never fail")).into(),
        );
    }
    let fleet = fleet::fleet(ctx, args).await?;
    let regions = regions(ctx, args).await?;
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
    let scanning = effective_scanning(args, &fleet, &listed.targets, &selection, &global);
    // And the manager of each distinct KMS key, once per account.
    let keys = key_managers(&fleet, &listed.targets, &selection, &global);
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
    let mut results: Vec<Audited> = read
        .into_iter()
        .map(|(target, mut facts)| {
            let key = (
                target.account,
                target.region.clone(),
                target.info.name.clone(),
            );
            facts.scanning = scanning.get(&key).cloned().unwrap_or_default();
            if let Some(k) = &target.info.kms_key {
                facts.key_manager = keys
                    .get(&(target.account, k.clone()))
                    .cloned()
                    .unwrap_or_default();
            }
            facts.allowed_keys = args.kms_key_arns.clone();
            facts.required_tags = args.required_tags.clone();
            facts.reading = selection.scope.reading;
            let mut found = findings(&facts);
            let cells = selection
                .columns
                .iter()
                .map(|c| (*c, cell(c, &facts, &found)))
                .collect();
            found.retain(|f| selection.wanted(&f.code));
            let info = &target.info;
            let account = fleet.accounts[target.account]
                .id
                .clone()
                .or_else(|| (!info.registry_id.is_empty()).then(|| info.registry_id.clone()));
            Audited {
                account,
                info: info.clone(),
                region: target.region.clone(),
                findings: found,
                cells,
            }
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
            .chain(ctx.registry_id.clone())
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
    report.warnings.extend(scanning_warnings);
    report.warnings.extend(key_warnings);
    if none_read {
        report.exit = first_exit;
        report
            .warnings
            .push(format!("error: {NONE_READ}: exit {}", first_exit.code()));
    }
    let failed: Vec<Exit> = failed_reads.iter().map(|(e, _)| *e).collect();
    if let (false, Some(exit)) = (
        none_read,
        crate::posture::mostly_unreadable(repositories_read, &failed),
    ) {
        // Said even without --fail-on: a run that could not read most repositories must not
        // pass for a clean audit.
        let example = failed_reads
            .iter()
            .find(|(e, _)| *e == exit)
            .map(|(_, why)| why.as_str())
            .unwrap_or("");
        report.warnings.push(format!(
            "error: {} of {repositories_read} repositories could not be read (e.g. {}): the audit is incomplete (exit {})",
            failed.len(),
            crate::ui::clean(example),
            exit.code()
        ));
        report.exit = Exit::worst([report.exit, exit]);
    }
    if let Some(why) = unfindable {
        report.warnings.push(format!(
            "warning: {why}; it can report only accounts it could not read"
        ));
    }
    if let (Some(glob), true) = (&args.glob, nothing_matched) {
        // A gate over nothing can never fail: a typo in the pattern must not pass CI.
        // An error like any other (stdout empty, the JSON error last on stderr), after the
        // warnings gathered so far.
        if args.fail_on.is_some() && !none_read && report.exit == Exit::Success {
            for w in &report.warnings {
                crate::ui::line(&crate::output::annotated(w, ctx.runner.github()));
            }
            return Err(AppError::usage(format!(
                "no repository matches '{}', so --fail-on could never fail",
                crate::error::cut(glob)
            ))
            .with_hint("check the pattern: `ecrctl repo list` shows the repositories")
            .into());
        } else {
            report.warnings.push(format!(
                "warning: no repository matches '{}'",
                crate::ui::clean(glob)
            ));
        }
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

/// The effective scanning of every private repository, by (account, region, name): ECR.1 as
/// the control means it (registry scanning rules applied; BatchGetRepositoryScanningConfiguration,
/// 25 names a call, and GetRegistryScanningConfiguration once per account and region). Where it
/// cannot be read the repositories are judged by their own flag, and a warning says so.
async fn effective_scanning(
    args: &AuditArgs,
    fleet: &Fleet<'_>,
    targets: &[Target],
    selection: &Selection,
    global: &Semaphore,
) -> (HashMap<(usize, String, String), Scanning>, Vec<String>) {
    let mut out = HashMap::new();
    if args.public || !selection.reads("scan-on-push-off") {
        return (out, Vec::new());
    }
    let mut by_place: BTreeMap<(usize, &str), Vec<String>> = BTreeMap::new();
    for t in targets.iter().filter(|t| !t.info.public) {
        by_place
            .entry((t.account, &t.region))
            .or_default()
            .push(t.info.name.clone());
    }
    // Each place's registry configuration and its batches, every request under the global limit.
    let places = join_all(
        by_place
            .into_iter()
            .map(|((account, region), names)| async move {
                let configuration = async {
                    let _permit = global.acquire().await;
                    match private_registry(fleet, account, region).await {
                        Ok(r) => r.registry_scanning().await,
                        Err(e) => Err(e),
                    }
                };
                let batches = join_all(names.chunks(25).map(|chunk| async move {
                    let _permit = global.acquire().await;
                    let found = match private_registry(fleet, account, region).await {
                        Ok(r) => r.scan_frequencies(chunk).await,
                        Err(e) => Err(e),
                    };
                    (chunk.to_vec(), found)
                }));
                let (configuration, batches) = tokio::join!(configuration, batches);
                (account, region, configuration, batches)
            }),
    )
    .await;
    let mut warnings = Vec::new();
    for (account, region, configuration, batches) in places {
        let registry = match configuration {
            Ok(c) => Some(RegistryScanning {
                enhanced: c.scan_type == "ENHANCED",
                rules: !c.rules.is_empty(),
            }),
            Err(e) => {
                debug(1, format_args!("{e:#}"));
                None
            }
        };
        let mut failed = None;
        for (names, found) in batches {
            let found = match found {
                Ok(found) => found,
                Err(e) => {
                    let why = read_failure(&e, "ecr:BatchGetRepositoryScanningConfiguration");
                    for n in names {
                        out.insert(
                            (account, region.to_string(), n.clone()),
                            Scanning::Unreadable(why.clone()),
                        );
                    }
                    failed.get_or_insert(why);
                    continue;
                }
            };
            for n in &names {
                let scanning = match found.get(n) {
                    Some(RepoScanning::Effective { frequency, filters }) => Scanning::Read {
                        frequency: frequency.clone(),
                        filters: filters.clone(),
                        registry,
                    },
                    Some(RepoScanning::Failed(why)) => Scanning::Unreadable(why.clone()),
                    None => Scanning::Unreadable("ECR's answer left the repository out".into()),
                };
                out.insert((account, region.to_string(), n.clone()), scanning);
            }
        }
        if let Some(why) = failed {
            let whose = match &fleet.accounts[account].id {
                Some(id) if fleet.multi => format!("in {region}, account {id}"),
                _ => format!("in {region}"),
            };
            warnings.push(format!(
                "warning: the effective scanning of repositories {whose} could not be read ({why}): ECR.1 is judged by each repository's own scan-on-push setting, which registry scanning rules override"
            ));
        }
    }
    (out, warnings)
}

/// Who manages each distinct KMS key of the private repositories, by (account, key): KMS
/// DescribeKey once per key and account (with that account's credentials), under the global
/// limit. Skipped when no selected finding needs it.
async fn key_managers(
    fleet: &Fleet<'_>,
    targets: &[Target],
    selection: &Selection,
    global: &Semaphore,
) -> (HashMap<(usize, String), KeyCheck>, Vec<String>) {
    let needed = [
        "kms-aws-managed",
        "kms-key-unreadable",
        "kms-key-not-allowed",
    ]
    .iter()
    .any(|c| selection.reads(c));
    let mut distinct: BTreeMap<(usize, String), &str> = BTreeMap::new();
    for t in targets.iter().filter(|t| needed && !t.info.public) {
        if let (Some("KMS"), Some(key)) = (t.info.encryption.as_deref(), &t.info.kms_key) {
            distinct
                .entry((t.account, key.clone()))
                .or_insert(&t.region);
        }
    }
    let described = join_all(
        distinct
            .into_iter()
            .map(|((account, key), region)| async move {
                let _permit = global.acquire().await;
                let clients = &fleet.accounts[account].clients;
                let mut unreachable = false;
                let check = match crate::registry::keys::key_manager(clients, &key, region).await {
                    Ok(KeyManager::Aws) => KeyCheck::AwsManaged,
                    Ok(KeyManager::Customer) => KeyCheck::Customer,
                    Err(e) => {
                        unreachable = classify(&e).0 == Exit::Network;
                        KeyCheck::Unreadable(read_failure(&e, "kms:DescribeKey"))
                    }
                };
                ((account, key), check, unreachable)
            }),
    )
    .await;
    // KMS out of reach is a setting to fix, not one key's trouble: said once.
    let unreachable: Vec<&KeyCheck> = described
        .iter()
        .filter(|(_, _, u)| *u)
        .map(|(_, c, _)| c)
        .collect();
    let mut warnings = Vec::new();
    if let Some(KeyCheck::Unreadable(why)) = unreachable.first() {
        warnings.push(format!(
            "warning: KMS could not be reached to describe {} ({why}): ECR.5 is unknown for the repositories {} (kms-key-unreadable); KMS calls go to AWS_ENDPOINT_URL_KMS or AWS_ENDPOINT_URL, never to --endpoint-url",
            if unreachable.len() == 1 {
                "1 key".to_string()
            } else {
                format!("{} keys", unreachable.len())
            },
            if unreachable.len() == 1 {
                "it encrypts"
            } else {
                "they encrypt"
            }
        ));
    }
    let checks = described
        .into_iter()
        .map(|(place, check, _)| (place, check))
        .collect();
    (checks, warnings)
}

/// The finding codes that fail a control.
fn controls_codes(control: &str) -> &'static [&'static str] {
    crate::posture::CONTROLS
        .iter()
        .find(|(c, _)| *c == control)
        .map(|(_, codes)| *codes)
        .unwrap_or(&[])
}

/// An account's private registry in a region.
async fn private_registry(
    fleet: &Fleet<'_>,
    account: usize,
    region: &str,
) -> Result<PrivateRegistry> {
    let held = &fleet.accounts[account];
    PrivateRegistry::whole(&held.clients, Some(region), held.registry_id.clone()).await
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
    // Every region is checked as --region's first one is: a typo is said, not sent.
    for r in asked.iter().flatten() {
        if let Some(meant) = crate::reference::region_typo(r) {
            return Err(crate::error::AppError::new(
                Exit::Config,
                format!("'{r}' is not an AWS region ECR runs in (did you mean {meant}?)"),
            )
            .with_hint("fix that --region")
            .into());
        }
    }
    // In the order given: the first region's partition, and the first region of another.
    let partitions: Vec<(&str, &str)> = asked
        .iter()
        .flatten()
        .map(|r| (crate::reference::partition_of(r), r.as_str()))
        .collect();
    let other = partitions
        .iter()
        .find(|p| Some(p.0) != partitions.first().map(|f| f.0));
    if let (Some(&(p1, r1)), Some(&(p2, r2))) = (partitions.first(), other) {
        return Err(crate::error::AppError::usage(format!(
            "--region {r1} and --region {r2} are in different partitions ({p1}, {p2}), which one set of credentials cannot read: audit each partition on its own"
        ))
        .into());
    }
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

/// The listings: every repository to audit, the (account, region) pairs skipped as not
/// enabled, and, in a fleet audit, the listings that failed (in a one-account audit a failed
/// listing is the run's error).
struct Listed {
    targets: Vec<Target>,
    skipped: Vec<(Option<String>, String)>,
    failures: Vec<AccountFinding>,
    /// How many (account, region) listings were read.
    read: usize,
}

async fn targets(
    args: &AuditArgs,
    fleet: &Fleet<'_>,
    regions: &[(Option<String>, String)],
    global: &Semaphore,
) -> Result<Listed> {
    let pairs: Vec<(usize, &Option<String>, &String)> = (0..fleet.accounts.len())
        .flat_map(|a| regions.iter().map(move |(r, name)| (a, r, name)))
        .collect();
    let listings = join_all(pairs.into_iter().map(|(account, r, name)| async move {
        let held = &fleet.accounts[account];
        let _permit = global.acquire().await;
        let registry = Registry::whole(
            &held.clients,
            args.public,
            r.as_deref(),
            held.registry_id.clone(),
        )
        .await;
        let repos = match registry {
            Ok(registry) => registry.list(r.as_deref()).await,
            Err(e) => Err(e),
        };
        (account, name.clone(), repos)
    }))
    .await;
    let mut listed = Listed {
        targets: Vec::new(),
        skipped: Vec::new(),
        failures: Vec::new(),
        read: 0,
    };
    for (account, region, repos) in listings {
        let id = fleet.accounts[account].id.clone();
        match repos {
            Ok(repos) => {
                listed.read += 1;
                listed.targets.extend(
                    repos
                        .into_iter()
                        .filter(|r| args.glob.as_deref().is_none_or(|g| glob(g, &r.name)))
                        .map(|info| Target {
                            account,
                            region: region.clone(),
                            info,
                        }),
                )
            }
            Err(e) if args.all_regions && region_not_enabled(&e) => {
                debug(1, format_args!("skipping {region}: {e:#}"));
                listed.skipped.push((id, region));
            }
            Err(e) => match (&id, fleet.multi) {
                (Some(id), true) => listed.failures.push(unreadable_account(
                    id,
                    Some(&region),
                    format!(
                        "its repositories could not be listed: {}",
                        crate::error::render(&e)
                    ),
                    classify(&e).0,
                )),
                _ => return Err(e),
            },
        }
    }
    listed.targets.sort_by(|a, b| {
        (a.account, &a.region, &a.info.name).cmp(&(b.account, &b.region, &b.info.name))
    });
    Ok(listed)
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

/// The findings --only / --ignore keep of those the audit can make, and the reads they need
/// (reads no selected finding needs are skipped).
struct Selection {
    only: Vec<String>,
    ignore: Vec<String>,
    scope: Scope,
    needs: Needs,
    /// The evidence matrix's columns (with --matrix): the controls the selection asks about.
    columns: Vec<&'static str>,
}

impl Selection {
    fn of(args: &AuditArgs) -> Selection {
        let mut selection = Selection {
            only: args.only.clone(),
            ignore: args.ignore.clone(),
            scope: Scope {
                public: args.public,
                reading: match args.controls {
                    ControlReading::Ecrctl => Reading::Ecrctl,
                    ControlReading::Securityhub => Reading::SecurityHub,
                },
                allowed_keys: !args.kms_key_arns.is_empty(),
            },
            needs: Needs {
                policy: true,
                lifecycle: true,
                mutability: true,
                scanning: true,
                encryption: true,
            },
            columns: Vec::new(),
        };
        if args.matrix.is_some() {
            selection.columns = MATRIX_CONTROLS
                .into_iter()
                .filter(|c| controls_codes(c).iter().any(|code| selection.asked(code)))
                .collect();
        }
        selection.needs = Needs {
            policy: known_codes()
                .iter()
                .filter(|c| c.starts_with("policy-"))
                .any(|c| selection.reads(c)),
            lifecycle: known_codes()
                .iter()
                .filter(|c| c.starts_with("lifecycle-") || *c == "no-lifecycle-policy")
                .any(|c| selection.reads(c)),
            mutability: [
                "mutable-tags",
                "broad-exclusion",
                "mostly-mutable",
                "immutable-with-exclusion",
            ]
            .iter()
            .any(|c| selection.reads(c)),
            scanning: selection.reads("scan-on-push-off"),
            encryption: [
                "aes256-encryption",
                "kms-key-not-allowed",
                "kms-aws-managed",
                "kms-key-unreadable",
            ]
            .iter()
            .any(|c| selection.reads(c)),
        };
        selection
    }

    /// Whether the audit reads what `code` needs: a finding it looks for, or evidence for a
    /// column of the matrix.
    fn reads(&self, code: &str) -> bool {
        self.wanted(code)
            || self.scope.can_find(code)
                && self
                    .columns
                    .iter()
                    .any(|c| controls_codes(c).contains(&code))
    }

    /// Whether the audit looks for `code`: asked for, and one it can find.
    fn wanted(&self, code: &str) -> bool {
        self.asked(code) && self.scope.can_find(code)
    }

    /// Whether --only / --ignore keep `code`.
    fn asked(&self, code: &str) -> bool {
        (self.only.is_empty() || self.only.iter().any(|o| selects(o, code)))
            && !self.ignore.iter().any(|i| selects(i, code))
    }

    /// Why the selection keeps nothing this audit can find, if it does not.
    fn unfindable(&self) -> Option<String> {
        let asked: Vec<String> = known_codes()
            .into_iter()
            .filter(|c| self.asked(c))
            .collect();
        if asked.iter().any(|c| self.scope.can_find(c)) {
            return None;
        }
        Some(if asked.is_empty() {
            "--only / --ignore leave no finding code".to_string()
        } else {
            format!(
                "--only / --ignore keep only findings this audit cannot make: {}",
                self.scope.why_not(&asked)
            )
        })
    }
}
