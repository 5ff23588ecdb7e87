//! `ecrctl audit`: every repository's tag and access posture, across regions, concurrently.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::Result;

use futures::future::join_all;
use futures::stream::{self, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{json, Value};
use tokio::sync::Semaphore;

use super::Context;
use crate::cli::{AuditArgs, FailSeverity};
use crate::error::{classify, code_of, codes, Exit};
use crate::mutability::glob;
use crate::output::{CiFile, CiTarget, Human, Report};
use crate::posture::{findings, known_codes, selects, AuditFinding, Facts, Level};
use crate::registry::model::RepoInfo;
use crate::registry::Registry;
use crate::ui::debug;

/// How often one repository is tried again after throttling before it is reported unreadable.
const THROTTLE_ATTEMPTS: u32 = 6;

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
    let regions: Vec<Option<String>> = if args.public {
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
    let home = ctx.clients.region().await?;
    let names: Vec<String> = regions
        .iter()
        .map(|r| {
            r.clone().unwrap_or_else(|| {
                if args.public {
                    "us-east-1".into()
                } else {
                    home.clone()
                }
            })
        })
        .collect();
    let listings = join_all(regions.iter().zip(&names).map(|(r, name)| async move {
        let repos = match Registry::whole(
            &ctx.clients,
            args.public,
            r.as_deref(),
            ctx.registry_id.clone(),
        )
        .await
        {
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

    let progress = if ctx.progress {
        let bar =
            ProgressBar::with_draw_target(Some(targets.len() as u64), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("auditing {bar:30} {pos}/{len} repositories ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let concurrency = args.concurrency as usize;
    let wanted = |code: &str| {
        (args.only.is_empty() || args.only.iter().any(|o| selects(o, code)))
            && !args.ignore.iter().any(|i| selects(i, code))
    };
    // Reads that no selected finding needs are skipped.
    let policy_codes: Vec<String> = known_codes()
        .into_iter()
        .filter(|c| c.starts_with("policy-"))
        .collect();
    let needs = Needs {
        policy: policy_codes.iter().any(|c| wanted(c)),
        lifecycle: wanted("no-lifecycle-policy"),
    };
    let limiter = Limiter::new(concurrency);
    let results: Vec<Audited> = stream::iter(targets)
        .map(|(region, info)| {
            let limiter = &limiter;
            let progress = &progress;
            let needs = &needs;
            async move {
                let facts = read_facts(ctx, &region, &info, limiter, needs).await;
                progress.inc(1);
                let mut found = findings(&facts);
                found.retain(|f| wanted(&f.code));
                Audited {
                    info,
                    region,
                    findings: found,
                }
            }
        })
        .buffer_unordered(concurrency)
        .collect()
        .await;
    progress.finish_and_clear();
    let mut results = results;
    results.sort_by(|a, b| (&a.region, &a.info.name).cmp(&(&b.region, &b.info.name)));
    let seconds = started.elapsed().as_secs_f64();
    let used: Vec<String> = names.into_iter().filter(|r| !skipped.contains(r)).collect();
    Ok(report(
        ctx.runner,
        results,
        &used,
        skipped,
        seconds,
        args,
        limiter.lowest(),
    ))
}

/// Concurrency that ECR's throttling lowers: a permit is forgotten on each throttle, down to one.
struct Limiter {
    permits: Semaphore,
    current: AtomicUsize,
}

impl Limiter {
    fn new(n: usize) -> Limiter {
        Limiter {
            permits: Semaphore::new(n),
            current: AtomicUsize::new(n),
        }
    }

    /// Give up one slot for good (never the last one).
    fn lower(&self, permit: tokio::sync::SemaphorePermit<'_>) {
        let lowered = self
            .current
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |c| {
                (c > 1).then(|| c - 1)
            })
            .is_ok();
        if lowered {
            permit.forget();
        }
    }

    fn lowest(&self) -> usize {
        self.current.load(Ordering::SeqCst)
    }
}

/// Read what the findings need: policy and lifecycle policy (settings come with the listing).
/// Which per-repository reads the selected findings need.
struct Needs {
    policy: bool,
    lifecycle: bool,
}

async fn read_facts(
    ctx: &Context,
    region: &str,
    info: &RepoInfo,
    limiter: &Limiter,
    needs: &Needs,
) -> Facts {
    let mut facts = Facts {
        public: info.public,
        account: (!info.registry_id.is_empty()).then(|| info.registry_id.clone()),
        mutability: info.mutability(),
        scan_on_push: info.scan_on_push,
        encryption: info.encryption.clone(),
        ..Default::default()
    };
    let mut delay = Duration::from_millis(200);
    for attempt in 1..=THROTTLE_ATTEMPTS {
        let Ok(permit) = limiter.permits.acquire().await else {
            break;
        };
        let registry = Registry::whole(
            &ctx.clients,
            info.public,
            Some(region),
            ctx.registry_id.clone(),
        )
        .await;
        let (policy, lifecycle) = match &registry {
            Err(e) => (
                Err(Read::Failed(format!("{e:#}"))),
                Err(Read::Failed(format!("{e:#}"))),
            ),
            Ok(registry) => tokio::join!(
                async {
                    if needs.policy || info.public {
                        answer(registry.policy(&info.name).await, "GetRepositoryPolicy")
                    } else {
                        Ok(None)
                    }
                },
                async {
                    if needs.lifecycle && !info.public {
                        answer(
                            registry.lifecycle_policy(&info.name).await,
                            "GetLifecyclePolicy",
                        )
                    } else {
                        Ok(None)
                    }
                }
            ),
        };
        let throttled = [&policy, &lifecycle]
            .iter()
            .any(|r| matches!(r, Err(Read::Throttled)));
        if throttled && attempt < THROTTLE_ATTEMPTS {
            debug(
                1,
                format_args!(
                    "throttled on {}: lowering concurrency, retrying in {delay:?}",
                    info.name
                ),
            );
            limiter.lower(permit);
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(Duration::from_secs(5));
            continue;
        }
        drop(permit);
        match policy {
            Ok(p) => facts.policy = Some(p),
            Err(e) => facts
                .unreadable
                .push(format!("repository policy: {}", e.describe())),
        }
        if !info.public && needs.lifecycle {
            match lifecycle {
                Ok(l) => facts.lifecycle = Some(l.is_some()),
                Err(e) => facts
                    .unreadable
                    .push(format!("lifecycle policy: {}", e.describe())),
            }
        }
        break;
    }
    facts
}

/// Why a part of a repository could not be read.
enum Read {
    Throttled,
    Failed(String),
}

impl Read {
    fn describe(&self) -> String {
        match self {
            Read::Throttled => "still throttled after backing off".into(),
            Read::Failed(why) => why.clone(),
        }
    }
}

/// A read's answer as the audit needs it: throttling (to back off and retry), access denied
/// (named by its action), any other failure as said.
fn answer(result: Result<Option<String>>, operation: &str) -> Result<Option<String>, Read> {
    result.map_err(|e| {
        let code = code_of(&e);
        if codes::throttled(code) {
            Read::Throttled
        } else if codes::denied(code) {
            Read::Failed(format!("access denied (ecr:{operation})"))
        } else {
            Read::Failed(crate::error::render(&e))
        }
    })
}

fn threshold(f: FailSeverity) -> Level {
    match f {
        FailSeverity::High => Level::High,
        FailSeverity::Medium => Level::Medium,
        FailSeverity::Low => Level::Low,
    }
}

fn report(
    runner: crate::ci::Runner,
    results: Vec<Audited>,
    regions: &[String],
    skipped: Vec<String>,
    seconds: f64,
    args: &AuditArgs,
    lowest_concurrency: usize,
) -> Report {
    let count = |l: Level| {
        results
            .iter()
            .flat_map(|r| &r.findings)
            .filter(|f| f.severity == l)
            .count()
    };
    let (high, medium, low, info) = (
        count(Level::High),
        count(Level::Medium),
        count(Level::Low),
        count(Level::Info),
    );
    let repositories: Vec<Value> = results
        .iter()
        .map(|r| {
            json!({
                "name": r.info.name,
                "region": r.region,
                "public": r.info.public,
                "uri": r.info.uri,
                "tagMutability": r.info.tag_mutability,
                "exclusionFilters": r.info.exclusion_filters,
                "findings": r.findings,
            })
        })
        .collect();
    let json = json!({
        "repositories": repositories,
        "summary": {
            "repositories": results.len(),
            "regions": regions,
            "skippedRegions": skipped,
            "findings": {"high": high, "medium": medium, "low": low, "info": info},
            "seconds": (seconds * 1000.0).round() / 1000.0,
            "concurrency": args.concurrency,
            "lowestConcurrency": lowest_concurrency,
        },
    });
    let mut rows: Vec<(Level, &str, &str, &AuditFinding)> = results
        .iter()
        .flat_map(|r| {
            r.findings
                .iter()
                .map(move |f| (f.severity, r.region.as_str(), r.info.name.as_str(), f))
        })
        .collect();
    rows.sort_by(|a, b| (a.0, a.1, a.2, &a.3.code).cmp(&(b.0, b.1, b.2, &b.3.code)));
    // One text record per finding; the table shows the repository before the region.
    let records: Vec<Value> = rows
        .iter()
        .map(|(l, region, name, f)| {
            json!({
                "severity": l.as_str(),
                "region": region,
                "repository": name,
                "code": f.code,
                "message": f.message,
            })
        })
        .collect();
    // One region: its name is in the summary, and the column would only take width from the
    // findings.
    let one_region = regions.len() <= 1;
    let table = rows
        .iter()
        .map(|(l, region, name, f)| {
            let mut row = vec![l.as_str().to_string(), name.to_string()];
            if !one_region {
                row.push(region.to_string());
            }
            row.extend([f.code.clone(), f.message.clone()]);
            row
        })
        .collect();
    let headers = if one_region {
        vec!["SEVERITY", "REPOSITORY", "CODE", "FINDING"]
    } else {
        vec!["SEVERITY", "REPOSITORY", "REGION", "CODE", "FINDING"]
    };
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let where_ = match regions {
        [one] => one.clone(),
        _ => plural(regions.len(), "region", "regions"),
    };
    let mut summary = format!(
        "audited {} in {where_} in {seconds:.1} s: {high} high, {medium} medium, {low} low, {info} info",
        plural(results.len(), "repository", "repositories"),
    );
    if !skipped.is_empty() {
        summary.push_str(&format!(" (skipped, not enabled: {})", skipped.join(", ")));
    }
    if lowest_concurrency < args.concurrency as usize {
        summary.push_str(&format!(
            " (ECR throttled: concurrency lowered to {lowest_concurrency})"
        ));
    }
    let mut report = Report::records(
        json,
        &records,
        Human::Table {
            headers,
            rows: table,
        },
        "audit",
    )
    .with_status(summary);
    let limit = args.fail_on.map(threshold);
    if let Some(limit) = limit {
        let failing = rows.iter().filter(|(l, ..)| *l <= limit).count();
        if failing > 0 {
            report.exit = Exit::AuditFindings;
            // What the exit code means, even with -q.
            report = report.with_warning(format!(
                "error: {} at or above {} (--fail-on {}): exit 16",
                plural(failing, "finding", "findings"),
                limit.as_str(),
                limit.as_str()
            ));
        }
    }
    if runner.github() {
        // The findings that fail the gate, where a reviewer sees them.
        if let Some(limit) = limit {
            for (l, region, name, f) in rows.iter().filter(|(l, ..)| *l <= limit) {
                report = report.with_warning(crate::ci::github_annotation(
                    "error",
                    &format!("ecrctl audit {}", f.code),
                    &format!("{name} ({region}, {}): {}", l.as_str(), f.message),
                    None,
                ));
            }
        }
        let mut md = format!(
            "### ecrctl audit\n\n{} repositories: {high} high, {medium} medium, {low} low, {info} info\n\n",
            results.len()
        );
        if !rows.is_empty() {
            md.push_str("| severity | repository | region | code | finding |\n| --- | --- | --- | --- | --- |\n");
            for (l, region, name, f) in rows.iter().take(200) {
                md.push_str(&format!(
                    "| {} | `{}` | {region} | `{}` | {} |\n",
                    l.as_str(),
                    crate::ci::markdown_cell(name),
                    f.code,
                    crate::ci::markdown_cell(&f.message)
                ));
            }
            if rows.len() > 200 {
                md.push_str(&format!(
                    "\n… and {} more (see the step log)\n",
                    rows.len() - 200
                ));
            }
        }
        md.push('\n');
        report.ci_files.push(CiFile {
            target: CiTarget::Env("GITHUB_STEP_SUMMARY"),
            text: md,
            replace: false,
        });
    }
    if let Some(path) = &args.codequality {
        let paths: Vec<String> = rows
            .iter()
            .map(|(_, region, name, _)| format!("ecr/{region}/{name}"))
            .collect();
        let issues: Vec<crate::ci::QualityIssue> = rows
            .iter()
            .zip(&paths)
            .map(|((l, _, name, f), path)| crate::ci::QualityIssue {
                check: &f.code,
                description: format!("{name}: {}: {}", f.code, f.message),
                severity: match l {
                    Level::High => "critical",
                    Level::Medium => "major",
                    Level::Low => "minor",
                    Level::Info => "info",
                },
                path,
                line: 1,
            })
            .collect();
        report.ci_files.push(CiFile {
            target: CiTarget::Path(path.clone()),
            text: crate::ci::codequality(&issues),
            replace: true,
        });
    }
    report
}
