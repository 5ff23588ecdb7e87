//! `repo update`: scan on push, resource tags, public catalog data; each setting before → after,
//! `unchanged` without a write, and which writes were applied if one fails.

mod plan;

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use super::create::{public_catalog, CatalogOptions};
use crate::commands::fleet::{self, Fleet, PerRepo, SelectionArgs};
use crate::commands::{Context, Run};
use crate::diagnostic::Diagnostic;
use crate::error::{AppError, Exit};
use crate::output::Report;
use crate::plan_file::{bodies, Observed};
use crate::reference::RepoName;
use crate::registry::model::RepoInfo;
use plan::{Current, Plan, Wanted};

pub const EX_UPDATE_UPDATEARGS: &str = "Examples:\n  ecrctl repo update team-a/api --scan-on-push\n  ecrctl repo update team-a/api --tag team=a --untag owner\n  ecrctl repo update public.ecr.aws/alias/tool --description \"A tool\" --usage-file USAGE.md";

#[derive(Debug, Clone, Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub select: SelectionArgs,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Scan images for vulnerabilities when they are pushed
    #[arg(long, conflicts_with = "no_scan_on_push")]
    pub scan_on_push: bool,
    /// Stop scanning images on push
    #[arg(long)]
    pub no_scan_on_push: bool,
    /// Add or change a resource tag (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Remove a resource tag (repeatable)
    #[arg(long = "untag", value_name = "KEY")]
    pub untag: Vec<String>,
    /// Encryption cannot change after creation: refused with how to move to a new repository
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,
    /// Public catalog: short description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Public catalog: Markdown "about" text, read from FILE
    #[arg(long, value_name = "FILE")]
    pub about_file: Option<PathBuf>,
    /// Public catalog: Markdown usage text, read from FILE
    #[arg(long, value_name = "FILE")]
    pub usage_file: Option<PathBuf>,
    /// Public catalog: architecture (repeatable; replaces the list): arm, arm64, x86, x86-64
    #[arg(long, value_name = "ARCH")]
    pub architecture: Vec<String>,
    /// Public catalog: operating system (repeatable; replaces the list): linux, windows
    #[arg(long, value_name = "OS")]
    pub os: Vec<String>,
    /// Say what would change (before → after), write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// With several repositories or --plan: change them without asking (required then when
    /// there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

impl Run for UpdateArgs {
    type Target = Fleet;
    fn target(&self) -> (&SelectionArgs, bool) {
        (&self.select, self.public)
    }
    async fn run(&self, ctx: &Context, fleet: Fleet) -> Result<Report> {
        if let Some(repo) = fleet.single() {
            return update(ctx, self, repo).await;
        }
        if self.kms_key.is_some() {
            return crate::error::usage(
                "--kms-key checks the encryption of one repository: name one",
            );
        }
        let wanted = if fleet.plan.is_some() {
            if self.scan_on_push
                || self.no_scan_on_push
                || !self.tags.is_empty()
                || !self.untag.is_empty()
            {
                return crate::error::usage(
                    "--plan applies the saved plan's changes: drop the setting flags",
                );
            }
            Wanted::default()
        } else {
            let catalog = public_catalog(&CatalogOptions {
                description: &self.description,
                about_file: &self.about_file,
                usage_file: &self.usage_file,
                architecture: &self.architecture,
                os: &self.os,
            })?;
            Wanted::from_flags(self, false, catalog)?
        };
        let mode = fleet::Mode {
            yes: self.yes,
            dry_run: self.dry_run,
            exit_code: self.exit_code,
            plan_only: None,
        };
        fleet::run(ctx, &PerUpdate { wanted }, &fleet, mode).await
    }
}

/// `repo update` over a selection of private repositories: scan on push and resource tags.
struct PerUpdate {
    wanted: Wanted,
}

impl PerUpdate {
    async fn current(ctx: &Context, repo: &RepoName, info: &RepoInfo) -> Result<Current> {
        let registry = ctx.registry(repo).await?;
        Ok(Current {
            scan_on_push: info.scan_on_push,
            tags: registry.tags(info).await?.into_iter().collect(),
            catalog: None,
        })
    }

    fn observed(current: &Current) -> Observed {
        let mut facts = Observed::new();
        facts.insert(
            "scan on push".into(),
            match current.scan_on_push {
                Some(true) => "yes",
                Some(false) => "no",
                None => "unknown",
            }
            .into(),
        );
        for (k, v) in &current.tags {
            facts.insert(format!("tag {k}"), v.clone());
        }
        facts
    }

    fn plan_of(change: &bodies::Update) -> Plan {
        Plan {
            scan: change.scan_on_push,
            tag_writes: change.tag.clone(),
            untag_writes: change.untag.clone(),
            catalog: None,
        }
    }
}

impl PerRepo for PerUpdate {
    type Change = bodies::Update;
    fn command(&self) -> &'static str {
        "repo update"
    }
    fn verb(&self) -> &'static str {
        "update the settings of"
    }
    async fn plan(
        &self,
        ctx: &Context,
        repo: &RepoName,
        info: &RepoInfo,
    ) -> Result<fleet::Planned<bodies::Update>> {
        let current = Self::current(ctx, repo, info).await?;
        let plan = Plan::new(&self.wanted, &current);
        Ok(fleet::Planned {
            observed: Self::observed(&current),
            change: plan.changes_anything().then(|| bodies::Update {
                scan_on_push: plan.scan,
                tag: plan.tag_writes.clone(),
                untag: plan.untag_writes.clone(),
            }),
            summary: plan.summary(&current),
            detail: Vec::new(),
            warnings: Vec::new(),
        })
    }
    async fn observe(
        &self,
        ctx: &Context,
        repo: &RepoName,
        info: &RepoInfo,
        _: &bodies::Update,
    ) -> Result<Observed> {
        Ok(Self::observed(&Self::current(ctx, repo, info).await?))
    }
    fn summary(&self, change: &bodies::Update) -> String {
        let mut parts = Vec::new();
        if let Some(on) = change.scan_on_push {
            parts.push(format!("scanOnPush → {on}"));
        }
        parts.extend(change.tag.iter().map(|(k, v)| format!("tag {k} → {v}")));
        parts.extend(change.untag.iter().map(|k| format!("untag {k}")));
        parts.join("; ")
    }
    async fn apply(
        &self,
        ctx: &Context,
        repo: &RepoName,
        info: &RepoInfo,
        change: &bodies::Update,
    ) -> Result<String> {
        let registry = ctx.registry(repo).await?;
        apply(&registry, info, &repo.name, &Self::plan_of(change)).await?;
        Ok(self.summary(change))
    }
}

/// Check the flags, read what is there, plan, apply in order, render.
pub async fn update(ctx: &Context, args: &UpdateArgs, repo: &RepoName) -> Result<Report> {
    let name = &repo.name;
    let catalog = public_catalog(&CatalogOptions {
        description: &args.description,
        about_file: &args.about_file,
        usage_file: &args.usage_file,
        architecture: &args.architecture,
        os: &args.os,
    })?;
    let wanted = Wanted::from_flags(args, repo.public, catalog)?;
    let info = ctx.describe(repo).await?;
    let mut warnings: Vec<Diagnostic> = Vec::new();
    if let Some(key) = &args.kms_key {
        if repo.public {
            return crate::error::usage(
                "public repositories have no encryption setting: ECR Public encrypts them itself",
            );
        }
        crate::settings::validate_kms_key(key).map_err(AppError::usage)?;
        // The key it already has: nothing to change. One that cannot be compared is said,
        // not refused as another key.
        let check = super::check_key(ctx, repo, key, &info).await;
        if let super::KeyCheck::Unknown(why) = &check {
            warnings.push(super::key_unknown_warning(key, &info, why));
        }
        if matches!(check, super::KeyCheck::Different) {
            return Err(AppError::new(
                Exit::Conflict,
                format!("the encryption of {name} cannot change: ECR fixes it when a repository is created"),
            )
            .with_hint(format!(
                "to move to that key: create a new repository with `ecrctl repo create NEW --kms-key '{}'`, copy the images into it (e.g. `crane copy` or a replication rule), point your pushes at it, then delete {name}", crate::error::cut(key)))
            .into());
        }
    }
    let registry = ctx.registry(repo).await?;
    let current = Current {
        scan_on_push: info.scan_on_push,
        tags: registry.tags(&info).await?.into_iter().collect(),
        catalog: if repo.public {
            Some(registry.catalog(name).await?)
        } else {
            None
        },
    };
    let plan = Plan::new(&wanted, &current);
    if !args.dry_run {
        apply(&registry, &info, name, &plan).await?;
    }
    // Scanning rules of the registry may decide instead of the repository flag.
    if let (Some(_), Some(private)) = (wanted.scan, registry.private()) {
        match private.scanning_rules_for(name).await {
            Ok(Some((frequency, filters))) => warnings.push(Diagnostic::warning(format!(
                "registry scanning rules cover {name} ({frequency}, filter {}): they, not the repository's scan-on-push flag, decide how it is scanned (see `ecrctl registry show`)",
                filters.join(", ")
            ))),
            Ok(None) => {}
            Err(e) => warnings.push(Diagnostic::warning(format!(
                "could not check whether registry scanning rules cover {name} (they would decide instead of this flag): {}",
                crate::error::render(&e)
            ))),
        }
    }
    let mut report = plan::render(name, repo.public, &wanted, &current, &plan, args.dry_run);
    warnings.append(&mut report.diagnostics);
    report.diagnostics = warnings;
    report.exit = crate::commands::dry_run_exit(args.exit_code, plan.changes_anything());
    Ok(report)
}

/// The writes of a plan, in order; a failure says which were applied before it.
async fn apply(
    registry: &crate::registry::Registry,
    info: &crate::registry::model::RepoInfo,
    name: &str,
    plan: &Plan,
) -> Result<()> {
    let mut applied: Vec<String> = Vec::new();
    let failed = |e: anyhow::Error, applied: &[String]| -> anyhow::Error {
        if applied.is_empty() {
            return e;
        }
        let (kind, hint) = crate::error::classify(&e);
        let mut err = AppError::new(
            kind,
            format!(
                "{} (already applied: {})",
                crate::error::render(&e),
                applied.join(", ")
            ),
        );
        if let Some(h) = hint {
            err = err.with_hint(h);
        }
        if let Some(code) = crate::error::code_of(&e) {
            err = err.with_code(code);
        }
        err.into()
    };
    if let Some(on) = plan.scan {
        registry
            .private_for("ECR Public repositories have no scan-on-push setting")?
            .set_scan_on_push(name, on)
            .await
            .map_err(|e| failed(e, &applied))?;
        applied.push("scanOnPush".into());
    }
    if !plan.tag_writes.is_empty() {
        registry
            .tag(info, &plan.tag_writes)
            .await
            .map_err(|e| failed(e, &applied))?;
        applied.extend(plan.tag_writes.iter().map(|(k, _)| format!("tag {k}")));
    }
    if !plan.untag_writes.is_empty() {
        registry
            .untag(info, &plan.untag_writes)
            .await
            .map_err(|e| failed(e, &applied))?;
        applied.extend(plan.untag_writes.iter().map(|k| format!("untag {k}")));
    }
    if let Some(after) = &plan.catalog {
        registry
            .set_catalog(name, after)
            .await
            .map_err(|e| failed(e, &applied))?;
    }
    Ok(())
}
