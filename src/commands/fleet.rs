//! Several repositories at once, and saved plans: the one fan-out every changing command
//! shares (`repo immutable|mutable`, `repo update`, `policy set`, `lifecycle set`, `images
//! prune`). A command says how to plan, observe and apply one repository ([`PerRepo`]);
//! [`run`] resolves the selection, plans every repository with bounded concurrency, shows one
//! combined plan, writes it (`--plan-out`), asks once, applies, and reports per repository with
//! the worst exit code. `--plan FILE` applies a saved plan after checking for drift.

use std::collections::BTreeMap;

use anyhow::{Context as _, Result};
use clap::Args;
use futures::stream::StreamExt;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

use super::{Context, RepoArg, Target};
use crate::diagnostic::Diagnostic;
use crate::error::{self, AppError, Exit};
use crate::output::{Human, Record, Report};
use crate::plan_file::{self, Observed, Plan, Registry};
use crate::reference::RepoName;
use crate::registry::model::RepoInfo;
use crate::selection;

/// The options that select repositories and save or apply plans, shared by the five commands.
#[derive(Debug, Clone, Args)]
pub struct SelectionArgs {
    /// Repositories: names, URIs (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or patterns
    /// ('team-a/*')
    #[arg(value_name = "REPOSITORY", required_unless_present_any = ["repos", "repos_file", "plan"])]
    pub repositories: Vec<String>,
    /// Every repository whose name matches (`*` any characters, `/` included; `?` one);
    /// repeatable
    #[arg(long = "repos", value_name = "PATTERN")]
    pub repos: Vec<String>,
    /// Repositories listed in FILE, one a line (`#` comments, blank lines; `-` reads standard
    /// input)
    #[arg(long, value_name = "FILE")]
    pub repos_file: Option<String>,
    /// Repositories planned or changed at once when several are selected
    #[arg(long, value_name = "N", default_value_t = 8, value_parser = crate::cli::concurrency_arg, allow_hyphen_values = true)]
    pub concurrency: u16,
    /// Write the plan to FILE (reviewable JSON) and change nothing; apply it with --plan
    #[arg(long, value_name = "FILE", conflicts_with = "plan")]
    pub plan_out: Option<String>,
    /// Apply the plan saved in FILE by --plan-out, exactly, after checking that nothing it
    /// planned against has changed (exit 24 when it has)
    #[arg(long, value_name = "FILE", conflicts_with_all = ["repositories", "repos", "repos_file"])]
    pub plan: Option<String>,
}

/// What a changing command works on: one repository as before, or a selection or saved plan.
#[derive(Debug, Clone, Default)]
pub struct Fleet {
    /// Repositories named (names or URIs), in the order given.
    pub named: Vec<RepoName>,
    pub patterns: Vec<String>,
    /// The registry every repository is in: its account (`None`: the caller's), region (`None`:
    /// the configured one) and endpoint form. Its name is empty.
    pub base: RepoName,
    /// One repository named and nothing else: the command runs as it always has.
    pub single: bool,
    pub plan: Option<String>,
    pub plan_out: Option<String>,
    pub concurrency: usize,
}

impl Fleet {
    /// The one repository of a run without selection or plan flags.
    pub fn single(&self) -> Option<&RepoName> {
        self.single.then(|| &self.named[0])
    }

    fn repo(&self, name: &str) -> RepoName {
        RepoName {
            name: name.to_string(),
            given: name.to_string(),
            ..self.base.clone()
        }
    }
}

impl Target for Fleet {
    type Given<'a> = (&'a SelectionArgs, bool);
    fn resolve((args, public): (&SelectionArgs, bool), registry_id: Option<&str>) -> Result<Fleet> {
        let mut given: Vec<String> = args.repositories.clone();
        if let Some(file) = &args.repos_file {
            let text = read_text(file, "--repos-file")?;
            let listed = selection::parse_list(&text)
                .map_err(|e| AppError::usage(format!("--repos-file {file}: {e}")))?;
            given.extend(listed);
        }
        let mut patterns = Vec::new();
        for p in &args.repos {
            if p.trim().is_empty() {
                return error::usage("--repos needs a pattern, e.g. --repos 'team-a/*'");
            }
            patterns.push(p.trim().to_string());
        }
        let mut named = Vec::new();
        for g in &given {
            if selection::is_pattern(g) {
                patterns.push(g.clone());
            } else {
                named.push(RepoName::resolve(RepoArg::Name(g, public), registry_id)?);
            }
        }
        if let Some(out) = &args.plan_out {
            check_plan_out(out)?;
        }
        let single = args.repos.is_empty()
            && args.repos_file.is_none()
            && args.plan.is_none()
            && args.plan_out.is_none()
            && patterns.is_empty()
            && named.len() == 1;
        let mut base = RepoName {
            registry_id: registry_id.map(str::to_string),
            ..RepoName::default()
        };
        if !single {
            if public || named.iter().any(|r| r.public) {
                return error::usage("several repositories, --repos, --repos-file, --plan-out and --plan work on private repositories: ECR Public has none of these settings in bulk; name one public repository at a time");
            }
            for r in &named {
                let first = named
                    .iter()
                    .find(|o| o.registry_id.is_some() || o.region.is_some());
                if let Some(first) = first {
                    let differs = |a: &Option<String>, b: &Option<String>| {
                        a.is_some() && b.is_some() && a != b
                    };
                    if differs(&r.registry_id, &first.registry_id)
                        || differs(&r.region, &first.region)
                    {
                        return error::usage(format!(
                            "{} and {} are in different registries: a selection is one registry (an account in a region); run once per registry",
                            first.given, r.given
                        ));
                    }
                }
                if base.registry_id.is_none() {
                    base.registry_id.clone_from(&r.registry_id);
                }
                if base.region.is_none() {
                    base.region.clone_from(&r.region);
                    base.fips = r.fips;
                    base.dual_stack = r.dual_stack;
                }
            }
        } else if let Some(only) = named.first() {
            base = only.clone();
        }
        Ok(Fleet {
            named,
            patterns,
            base,
            single,
            plan: args.plan.clone(),
            plan_out: args.plan_out.clone(),
            concurrency: usize::from(args.concurrency),
        })
    }
    fn uri_region(&self) -> Option<&str> {
        self.base.region.as_deref()
    }
}

/// One repository's plan.
pub struct Planned<C> {
    /// What it looks like, as the saved plan records it (checked again before applying).
    pub observed: Observed,
    /// The change to make; `None`: nothing to change.
    pub change: Option<C>,
    /// One line: what changes ("MUTABLE → IMMUTABLE", "delete 12 of 200 images").
    pub summary: String,
    /// What a person reviews below the table (a diff): said before the question.
    pub detail: Vec<String>,
    pub warnings: Vec<Diagnostic>,
}

/// How a command plans, observes and changes one repository.
#[allow(async_fn_in_trait)] // run on the main task
pub trait PerRepo {
    /// The change of one repository, as a saved plan holds it.
    type Change: Serialize + DeserializeOwned + Clone;
    /// The command, as `ecrctl COMMAND` names it (`repo immutable`).
    fn command(&self) -> &'static str;
    /// What a change is, for the question ("change the tag mutability of").
    fn verb(&self) -> &'static str;
    /// Plan one repository.
    async fn plan(
        &self,
        ctx: &Context,
        repo: &RepoName,
        info: &RepoInfo,
    ) -> Result<Planned<Self::Change>>;
    /// What a repository looks like now, as [`PerRepo::plan`] records it, for a saved change.
    async fn observe(
        &self,
        ctx: &Context,
        repo: &RepoName,
        info: &RepoInfo,
        change: &Self::Change,
    ) -> Result<Observed>;
    /// The summary of a saved change.
    fn summary(&self, change: &Self::Change) -> String;
    /// Make the change; what was done, in a few words.
    async fn apply(
        &self,
        ctx: &Context,
        repo: &RepoName,
        info: &RepoInfo,
        change: &Self::Change,
    ) -> Result<String>;
}

/// How the command was asked to act.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mode {
    pub yes: bool,
    /// Plan only (also `images prune` without --yes).
    pub dry_run: bool,
    pub exit_code: bool,
    /// What a plan-only run says instead of "dry run: nothing was changed": before and after
    /// the count of repositories that would change.
    pub plan_only: Option<(&'static str, &'static str)>,
}

/// One repository's line of the combined plan or its outcome.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FleetRow {
    pub repository: String,
    /// `unchanged`, `would-change`, `applied`, `failed`, `not-applied`, `not-planned`.
    pub result: &'static str,
    pub summary: String,
    /// The change as the saved plan holds it (`null`: none).
    pub change: Value,
    pub error: Option<String>,
    /// `--plan`: what changed since the plan was made (empty: nothing).
    pub drift: Vec<plan_file::Drift>,
    #[serde(skip)]
    exit: Exit,
}

impl Record for FleetRow {
    const COMMANDS: &'static str = "several repositories or --plan";
    const COLUMNS: &'static [&'static str] = &["repository", "result", "summary", "error"];
}

/// Run `cmd` over the selection (or the saved plan) in `fleet`.
pub async fn run<C: PerRepo>(ctx: &Context, cmd: &C, fleet: &Fleet, mode: Mode) -> Result<Report> {
    if let Some(file) = &fleet.plan {
        return apply_saved(ctx, cmd, fleet, file, mode).await;
    }
    let region = ctx.region_of(&fleet.base).await;
    let (infos, mut rows, unmatched) = select(ctx, fleet, &region).await?;
    let planned = bounded(
        fleet.concurrency,
        infos.iter().map(|info| async move {
            let repo = fleet.repo(&info.name);
            (cmd.plan(ctx, &repo, info).await, info)
        }),
    )
    .await;
    let mut warnings: Vec<Diagnostic> = unmatched
        .iter()
        .map(|p| {
            Diagnostic::warning(format!(
                "'{p}' matches no repository in {}",
                fleet.base.registry_text(&region)
            ))
        })
        .collect();
    let mut detail = Vec::new();
    let mut targets = Vec::new();
    let mut work: Vec<(&RepoInfo, C::Change)> = Vec::new();
    for (result, info) in planned {
        match result {
            Ok(p) => {
                warnings.extend(p.warnings);
                if let Some(change) = p.change {
                    if !p.detail.is_empty() {
                        detail.push(format!("{}:", info.name));
                        detail.extend(p.detail.iter().map(|l| format!("  {l}")));
                    }
                    rows.push(row(&info.name, "would-change", p.summary, Some(&change)));
                    targets.push(plan_file::Target {
                        target: info.name.clone(),
                        observed: p.observed,
                        change: change.clone(),
                    });
                    work.push((info, change));
                } else {
                    rows.push(row::<C::Change>(&info.name, "unchanged", p.summary, None));
                }
            }
            Err(e) => rows.push(failed(&info.name, "not-planned", &e)),
        }
    }
    rows.sort_by(|a, b| a.repository.cmp(&b.repository));
    let unplanned = rows.iter().filter(|r| r.result == "not-planned").count();
    let mut status = Vec::new();
    if infos.is_empty() && rows.is_empty() {
        status.push(format!(
            "no repositories selected in {}: nothing to do",
            fleet.base.registry_text(&region)
        ));
    }
    if unplanned > 0 {
        warnings.push(Diagnostic::error(format!(
            "{unplanned} of {} repositories could not be planned: nothing was applied{}",
            rows.len(),
            if fleet.plan_out.is_some() {
                " and no plan was written"
            } else {
                ""
            }
        )));
        return Ok(finish(cmd, rows, detail, warnings, status, None, mode));
    }
    if let Some(out) = &fleet.plan_out {
        let account = match (&fleet.base.registry_id, infos.first()) {
            (Some(id), _) => id.clone(),
            (None, Some(i)) if !i.registry_id.is_empty() => i.registry_id.clone(),
            _ => account_of(ctx, fleet).await?,
        };
        let plan = Plan::new(
            cmd.command(),
            Registry {
                account,
                region: region.clone(),
            },
            targets,
        );
        write_plan(out, &plan.to_json())?;
        status.push(format!(
            "plan written to {out}: {} of {} would change; nothing was changed. Apply it with `ecrctl {} --plan {out} --yes`",
            work.len(),
            plural(rows.len(), "repository", "repositories"),
            cmd.command()
        ));
        return Ok(finish(
            cmd,
            rows,
            detail,
            warnings,
            status,
            Some(out.as_str()),
            Mode {
                dry_run: true,
                ..mode
            },
        ));
    }
    if mode.dry_run || work.is_empty() {
        if !work.is_empty() {
            let (before, after) = mode
                .plan_only
                .unwrap_or(("dry run: nothing was changed", ""));
            status.push(format!(
                "{before} ({} of {} would change){after}",
                work.len(),
                plural(rows.len(), "repository", "repositories")
            ));
        }
        return Ok(finish(cmd, rows, detail, warnings, status, None, mode));
    }
    let work: Vec<(RepoName, &RepoInfo, C::Change)> = work
        .into_iter()
        .map(|(i, c)| (fleet.repo(&i.name), i, c))
        .collect();
    apply_all(
        ctx, cmd, fleet, rows, detail, warnings, status, work, mode, None,
    )
    .await
}

/// Apply a saved plan: the file, its registry, drift, the question, the changes.
async fn apply_saved<C: PerRepo>(
    ctx: &Context,
    cmd: &C,
    fleet: &Fleet,
    file: &str,
    mode: Mode,
) -> Result<Report> {
    let text = read_text(file, "--plan")?;
    let plan: Plan<C::Change> =
        plan_file::parse(&text, cmd.command()).map_err(|r| r.error(file))?;
    let region = ctx.region_of(&fleet.base).await;
    if plan.registry.region != region {
        return Err(plan_file::Refusal::Registry {
            planned: plan.registry.clone(),
            actual: Registry {
                account: plan.registry.account.clone(),
                region,
            },
        }
        .error(file)
        .into());
    }
    let found = bounded(
        fleet.concurrency,
        plan.targets.iter().map(|t| async move {
            let repo = fleet.repo(&t.target);
            match ctx.describe(&repo).await {
                Ok(info) => Ok(Some(info)),
                Err(e) if error::classify(&e).0 == Exit::NotFound => Ok(None),
                Err(e) => Err(e),
            }
        }),
    )
    .await
    .into_iter()
    .collect::<Result<Vec<Option<RepoInfo>>>>()?;
    let account = match (&fleet.base.registry_id, found.iter().flatten().next()) {
        (Some(id), _) => id.clone(),
        (None, Some(i)) if !i.registry_id.is_empty() => i.registry_id.clone(),
        _ => account_of(ctx, fleet).await?,
    };
    plan.check_registry(&Registry {
        account,
        region: region.clone(),
    })
    .map_err(|r| r.error(file))?;
    let observed = bounded(
        fleet.concurrency,
        plan.targets.iter().zip(&found).map(|(t, info)| async move {
            let Some(info) = info else {
                return Ok(None);
            };
            let repo = fleet.repo(&t.target);
            cmd.observe(ctx, &repo, info, &t.change).await.map(Some)
        }),
    )
    .await
    .into_iter()
    .collect::<Result<Vec<Option<Observed>>>>()?;
    let drifted: Vec<(String, Vec<plan_file::Drift>)> = plan
        .targets
        .iter()
        .zip(&observed)
        .map(|(t, now)| {
            let changes = match now {
                Some(now) => plan_file::drift(&t.observed, now),
                None => vec![plan_file::Drift::Gone {
                    fact: "repository".into(),
                    planned: "exists".into(),
                }],
            };
            (t.target.clone(), changes)
        })
        .collect();
    if drifted.iter().any(|(_, c)| !c.is_empty()) {
        let err = plan_file::drift_error(file, &drifted);
        let detail = plan_file::drift_lines(&drifted);
        let rows = plan
            .targets
            .iter()
            .zip(drifted)
            .map(|(t, (_, drift))| {
                let mut r = row(
                    &t.target,
                    "not-applied",
                    cmd.summary(&t.change),
                    Some(&t.change),
                );
                if !drift.is_empty() {
                    r.result = "drifted";
                    r.error = Some(
                        drift
                            .iter()
                            .map(plan_file::Drift::line)
                            .collect::<Vec<_>>()
                            .join("; "),
                    );
                    r.exit = Exit::PlanDrift;
                }
                r.drift = drift;
                r
            })
            .collect();
        let said = Diagnostic::error(format!(
            "{}; {}",
            err.message,
            err.hint.as_deref().unwrap_or_default()
        ));
        return Ok(finish(
            cmd,
            rows,
            detail,
            vec![said],
            Vec::new(),
            Some(file),
            mode,
        ));
    }
    let mut rows = Vec::new();
    let mut work = Vec::new();
    for (t, info) in plan.targets.iter().zip(found.iter().flatten()) {
        rows.push(row(
            &t.target,
            "would-change",
            cmd.summary(&t.change),
            Some(&t.change),
        ));
        work.push((fleet.repo(&t.target), info, t.change.clone()));
    }
    let mut status = vec![format!(
        "{file}: written by {} for {}; nothing it planned against has changed",
        plan.written_by, plan.registry
    )];
    if work.is_empty() {
        status.push(format!("nothing to apply: {file} changes no repository"));
    }
    if mode.dry_run || work.is_empty() {
        return Ok(finish(
            cmd,
            rows,
            Vec::new(),
            Vec::new(),
            status,
            Some(file),
            mode,
        ));
    }
    apply_all(
        ctx,
        cmd,
        fleet,
        rows,
        Vec::new(),
        Vec::new(),
        status,
        work,
        mode,
        Some(file),
    )
    .await
}

/// Ask once, then apply every change with bounded concurrency; each row says what happened.
#[allow(clippy::too_many_arguments)]
async fn apply_all<C: PerRepo>(
    ctx: &Context,
    cmd: &C,
    fleet: &Fleet,
    mut rows: Vec<FleetRow>,
    detail: Vec<String>,
    mut warnings: Vec<Diagnostic>,
    mut status: Vec<String>,
    work: Vec<(RepoName, &RepoInfo, C::Change)>,
    mode: Mode,
    file: Option<&str>,
) -> Result<Report> {
    let n = work.len();
    let what = format!("{n} {}", if n == 1 { "repository" } else { "repositories" });
    if !mode.yes {
        if !ctx.can_prompt {
            for r in rows.iter_mut().filter(|r| r.result == "would-change") {
                r.result = "not-applied";
            }
            warnings.push(Diagnostic::error(format!(
                "applying this plan ({} {what}) needs confirmation and there is no terminal to ask on: nothing was changed; pass --yes to apply it without asking",
                cmd.verb()
            )));
            let mut report = finish(cmd, rows, detail, warnings, status, file, mode);
            report.exit = Exit::Aborted;
            return Ok(report);
        }
        for r in rows.iter().filter(|r| r.result == "would-change") {
            crate::ui::line(&format!("{}: {}", r.repository, r.summary));
        }
        for line in &detail {
            crate::ui::line(line);
        }
        say_now(ctx, &mut warnings);
        crate::ui::confirm_or_abort(
            false,
            true,
            &format!("{} {what}", cmd.verb()),
            &format!("{} {what} as planned above?", capitalize(cmd.verb())),
            "nothing was changed",
        )
        .await?;
    }
    // What people regret is said before the first change, not after the last.
    say_now(ctx, &mut warnings);
    let outcomes = bounded(
        fleet.concurrency,
        work.iter().map(|(repo, info, change)| async move {
            (repo.name.clone(), cmd.apply(ctx, repo, info, change).await)
        }),
    )
    .await;
    let mut outcome: BTreeMap<String, Result<String>> = outcomes.into_iter().collect();
    for r in rows.iter_mut().filter(|r| r.result == "would-change") {
        match outcome.remove(&r.repository) {
            Some(Ok(done)) => {
                r.result = "applied";
                r.summary = done;
            }
            Some(Err(e)) => {
                let f = failed(&r.repository, "failed", &e);
                r.result = f.result;
                r.error = f.error;
                r.exit = f.exit;
            }
            None => r.result = "not-applied",
        }
    }
    let applied: Vec<&str> = names(&rows, "applied");
    let failed_names: Vec<&str> = names(&rows, "failed");
    if failed_names.is_empty() {
        status.push(format!("applied to {} of {what}", applied.len()));
    } else {
        warnings.push(Diagnostic::error(format!(
            "failed on {} of {what} ({}); applied to {}: {}",
            failed_names.len(),
            failed_names.join(", "),
            applied.len(),
            if applied.is_empty() {
                "none".to_string()
            } else {
                applied.join(", ")
            }
        )));
    }
    Ok(finish(
        cmd,
        rows,
        detail,
        warnings,
        status,
        file,
        Mode {
            dry_run: false,
            ..mode
        },
    ))
}

/// Print the warnings now (before a question or the first change), so the report does not
/// repeat them.
fn say_now(ctx: &Context, warnings: &mut Vec<Diagnostic>) {
    for w in warnings.drain(..) {
        crate::ui::line(&w.render(ctx.runner.github()));
    }
}

/// `1 repository`, `2 repositories`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn names<'a>(rows: &'a [FleetRow], result: &str) -> Vec<&'a str> {
    rows.iter()
        .filter(|r| r.result == result)
        .map(|r| r.repository.as_str())
        .collect()
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The selection as repositories: named ones described (a missing one is a row that says so),
/// patterns matched against the registry's listing.
async fn select(
    ctx: &Context,
    fleet: &Fleet,
    region: &str,
) -> Result<(Vec<RepoInfo>, Vec<FleetRow>, Vec<String>)> {
    let mut rows = Vec::new();
    let mut by_name: BTreeMap<String, RepoInfo> = BTreeMap::new();
    let mut unmatched = Vec::new();
    if !fleet.patterns.is_empty() {
        let listing = crate::registry::Registry::of(&ctx.clients, &fleet.base)
            .await?
            .list(Some(region))
            .await?;
        let resolved = selection::resolve(
            &[],
            &fleet.patterns,
            listing.iter().map(|r| r.name.as_str()),
        );
        unmatched = resolved.unmatched;
        let wanted: std::collections::BTreeSet<String> = resolved.names.into_iter().collect();
        for info in listing {
            if wanted.contains(&info.name) {
                by_name.insert(info.name.clone(), info);
            }
        }
    }
    let named: Vec<&RepoName> = fleet
        .named
        .iter()
        .filter(|r| !by_name.contains_key(&r.name))
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let named: Vec<&RepoName> = named
        .into_iter()
        .filter(|r| seen.insert(r.name.clone()))
        .collect();
    let described = bounded(
        fleet.concurrency,
        named
            .iter()
            .map(|r| async move { (r.name.clone(), ctx.describe(r).await) }),
    )
    .await;
    for (name, result) in described {
        match result {
            Ok(info) => {
                by_name.insert(name, info);
            }
            Err(e) => rows.push(failed(&name, "not-planned", &e)),
        }
    }
    Ok((by_name.into_values().collect(), rows, unmatched))
}

/// The caller's account, for a plan with no repository to read it from: --registry-id or a
/// URI's account, else STS.
async fn account_of(ctx: &Context, fleet: &Fleet) -> Result<String> {
    match &fleet.base.registry_id {
        Some(id) => Ok(id.clone()),
        None => ctx.clients.caller_account().await,
    }
}

/// A file's text, or standard input's for `-`: a usage error names the flag when it cannot be
/// read.
fn read_text(path: &str, flag: &str) -> Result<String> {
    if path == "-" {
        let mut buf = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut buf)
            .with_context(|| format!("{flag} -: reading standard input"))?;
        return Ok(buf);
    }
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => {
            error::usage(format!("{flag} {path}: a directory, not a file"))
        }
        Ok(_) => std::fs::read_to_string(path)
            .map_err(|e| AppError::usage(format!("{flag} {path}: {e}")).into()),
        Err(e) => error::usage(format!("{flag} {path}: {e}")),
    }
}

/// Refuse a `--plan-out` that cannot be written before anything is read.
fn check_plan_out(path: &str) -> Result<()> {
    if path == "-" || path.is_empty() {
        return error::usage("--plan-out needs a file name: standard output carries the report");
    }
    let target = std::path::Path::new(path);
    if target.is_dir() {
        return error::usage(format!("--plan-out {path}: a directory; name a file in it"));
    }
    if let Some(dir) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        if !dir.is_dir() {
            return error::usage(format!(
                "--plan-out {path}: the directory {} does not exist",
                dir.display()
            ));
        }
    }
    Ok(())
}

/// Write a plan file whole or not at all (a temporary file beside it, renamed).
fn write_plan(path: &str, text: &str) -> Result<()> {
    let target = std::path::Path::new(path);
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        target
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default(),
        std::process::id()
    ));
    std::fs::write(&tmp, text)
        .and_then(|()| std::fs::rename(&tmp, target))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            AppError::new(Exit::Failure, format!("writing the plan to {path}: {e}")).into()
        })
}

/// Run `futures` at most `n` at a time; their outputs in the order given.
pub async fn bounded<F: std::future::Future>(
    n: usize,
    futures: impl IntoIterator<Item = F>,
) -> Vec<F::Output> {
    futures::stream::iter(futures)
        .buffered(n.max(1))
        .collect()
        .await
}

fn row<C: Serialize>(
    name: &str,
    result: &'static str,
    summary: String,
    change: Option<&C>,
) -> FleetRow {
    FleetRow {
        repository: name.to_string(),
        result,
        summary,
        change: change.map_or(Value::Null, |c| {
            serde_json::to_value(c).expect("a change serializes")
        }),
        error: None,
        drift: Vec::new(),
        exit: Exit::Success,
    }
}

fn failed(name: &str, result: &'static str, e: &anyhow::Error) -> FleetRow {
    FleetRow {
        repository: name.to_string(),
        result,
        summary: String::new(),
        change: Value::Null,
        error: Some(error::render(e)),
        drift: Vec::new(),
        exit: error::classify(e).0,
    }
}

/// The report: the rows (a table, text lines, or JSON with totals), what was said, and the
/// worst exit code.
fn finish<C: PerRepo>(
    cmd: &C,
    rows: Vec<FleetRow>,
    detail: Vec<String>,
    warnings: Vec<Diagnostic>,
    status: Vec<String>,
    file: Option<&str>,
    mode: Mode,
) -> Report {
    let count = |r: &str| rows.iter().filter(|x| x.result == r).count();
    let would = count("would-change");
    let total = json!({
        "repositories": rows.len(),
        "wouldChange": would,
        "unchanged": count("unchanged"),
        "applied": count("applied"),
        "failed": count("failed"),
        "notApplied": count("not-applied"),
        "notPlanned": count("not-planned"),
    });
    let exit = Exit::worst(
        rows.iter()
            .map(|r| r.exit)
            .chain([super::dry_run_exit(mode.exit_code, would > 0)]),
    );
    let records: Vec<Value> = rows.iter().map(Record::json).collect();
    let doc = json!({
        "command": cmd.command(),
        "dryRun": mode.dry_run,
        "planFile": file,
        "repositories": records,
        "total": total,
    });
    let table_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.repository.clone(),
                r.result.to_string(),
                r.error.clone().unwrap_or_else(|| r.summary.clone()),
            ]
        })
        .collect();
    let table = Human::Table {
        headers: vec!["REPOSITORY", "RESULT", "CHANGE"],
        rows: table_rows,
    };
    let human = if detail.is_empty() {
        table
    } else {
        Human::Many(vec![table, Human::Lines(detail)])
    };
    let mut report = Report::with_rows(doc, &rows, human);
    report.status = status;
    report.diagnostics = warnings;
    report.exit = exit;
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(repositories: &[&str], repos: &[&str]) -> SelectionArgs {
        SelectionArgs {
            repositories: repositories.iter().map(|s| s.to_string()).collect(),
            repos: repos.iter().map(|s| s.to_string()).collect(),
            repos_file: None,
            concurrency: 8,
            plan_out: None,
            plan: None,
        }
    }

    fn resolve(a: &SelectionArgs, public: bool, id: Option<&str>) -> Result<Fleet> {
        Fleet::resolve((a, public), id)
    }

    #[test]
    fn one_name_alone_runs_as_before() {
        let f = resolve(&args(&["team-a/api"], &[]), false, None).unwrap();
        assert_eq!(f.single().unwrap().name, "team-a/api");
        // A public one too: the command says what it does with it.
        let f = resolve(&args(&["public.ecr.aws/alias/tool"], &[]), false, None).unwrap();
        assert!(f.single().unwrap().public);
        // Anything more is a selection.
        for a in [
            args(&["aa", "bb"], &[]),
            args(&["aa"], &["b*"]),
            args(&["team-a/*"], &[]),
            SelectionArgs {
                plan_out: Some("p.json".into()),
                ..args(&["aa"], &[])
            },
        ] {
            assert!(
                resolve(&a, false, None).unwrap().single().is_none(),
                "{a:?}"
            );
        }
    }

    #[test]
    fn patterns_and_names_are_told_apart() {
        let f = resolve(&args(&["aa", "team-?/*"], &["x*", " y "]), false, None).unwrap();
        assert_eq!(f.patterns, ["x*", "y", "team-?/*"]);
        assert_eq!(f.named.len(), 1);
        assert!(resolve(&args(&[], &[" "]), false, None).is_err());
        // A name ECR would refuse is refused here, before any call.
        let err = resolve(&args(&["aa", "Bad Name"], &[]), false, None).unwrap_err();
        assert_eq!(error::classify(&err).0, Exit::Usage);
    }

    #[test]
    fn a_selection_is_one_private_registry() {
        let uri = |region: &str, name: &str| {
            format!("123456789012.dkr.ecr.{region}.amazonaws.com/{name}")
        };
        let f = resolve(
            &args(
                &[&uri("eu-west-1", "aa"), "bb", &uri("eu-west-1", "cc")],
                &[],
            ),
            false,
            None,
        )
        .unwrap();
        assert_eq!(f.base.region.as_deref(), Some("eu-west-1"));
        assert_eq!(f.base.registry_id.as_deref(), Some("123456789012"));
        assert_eq!(f.uri_region(), Some("eu-west-1"));
        let err = resolve(
            &args(&[&uri("eu-west-1", "aa"), &uri("us-east-1", "bb")], &[]),
            false,
            None,
        )
        .unwrap_err();
        assert!(err.to_string().contains("different registries"), "{err}");
        let other = "210987654321.dkr.ecr.eu-west-1.amazonaws.com/bb";
        assert!(resolve(&args(&[&uri("eu-west-1", "aa"), other], &[]), false, None).is_err());
        // --registry-id applies to every name, and must agree with a URI's account.
        let f = resolve(&args(&["aa", "bb"], &[]), false, Some("210987654321")).unwrap();
        assert_eq!(f.base.registry_id.as_deref(), Some("210987654321"));
        assert!(resolve(
            &args(&[&uri("eu-west-1", "aa"), "bb"], &[]),
            false,
            Some("210987654321")
        )
        .is_err());
        // ECR Public has none of this in bulk.
        assert!(resolve(&args(&["aa", "bb"], &[]), true, None).is_err());
        assert!(resolve(&args(&["aa", "public.ecr.aws/x/bb"], &[]), false, None).is_err());
    }

    #[test]
    fn a_plan_out_that_cannot_be_written_is_refused_first() {
        for bad in ["-", "", "/", "/nonexistent-dir-for-ecrctl/p.json"] {
            let a = SelectionArgs {
                plan_out: Some(bad.into()),
                ..args(&["aa", "bb"], &[])
            };
            assert!(resolve(&a, false, None).is_err(), "{bad}");
        }
        let dir = tempfile::tempdir().unwrap();
        let ok = dir.path().join("p.json").display().to_string();
        let a = SelectionArgs {
            plan_out: Some(ok),
            ..args(&["aa", "bb"], &[])
        };
        assert!(resolve(&a, false, None).is_ok());
    }

    #[test]
    fn plural_counts() {
        assert_eq!(plural(1, "repository", "repositories"), "1 repository");
        assert_eq!(plural(0, "repository", "repositories"), "0 repositories");
        assert_eq!(capitalize("set the policy of"), "Set the policy of");
        assert_eq!(capitalize(""), "");
    }
}
