//! `registry scanning get|set`: the registry scanning configuration, and a change to it with a
//! preview of how each repository will be scanned.

use anyhow::Result;
use clap::{Args, ValueEnum};
use serde_json::json;

use super::write::{self, changed_table, Change, PlanArgs, WriteArgs};
use crate::commands::{Context, Run};
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError};
use crate::output::{Human, Report};
use crate::registry::registry_settings as calls;
use crate::registry::settings::RepoScanning;
use crate::registry::PrivateRegistry;
use crate::registry::Registry;
use crate::registry_config::scanning::{
    coverage, Repo, Scanning, BASIC, ENHANCED, MANUAL, NOT_SCANNED,
};

pub const EX_SCANNING_GET: &str = "Examples:\n  ecrctl registry scanning get\n  ecrctl registry scanning get -o json > scanning.json";
pub const EX_SCANNING_SET: &str = "Examples:\n  ecrctl registry scanning set --scan-on-push 'prod-*' --scan-on-push 'team-a/*' --dry-run\n  ecrctl registry scanning set --type enhanced --continuous '*' --yes\n  ecrctl registry scanning set --type basic --yes            # no rules: every repository manual\n  ecrctl registry scanning set --file scanning.json --dry-run --exit-code";

pub const SCANNING_SET_HELP: &str = "\
Filters are ECR's: without '*' a filter matches every repository whose name contains it
('prod' matches 'team/prod-api'); with '*' it must match the whole name, '*' standing for any
run of characters ('prod-*' matches 'prod-api', not 'team/prod-api'). Under basic scanning a
repository no scan-on-push filter matches is scanned manually (MANUAL); under enhanced
scanning one no filter matches is not scanned (NOT_SCANNED). A repository both enhanced rules
match is shown as CONTINUOUS_SCAN. The command replaces the whole configuration.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScanKind {
    Basic,
    Enhanced,
}

#[derive(Debug, Clone, Args)]
pub struct ScanningGetArgs {}

impl Run for ScanningGetArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        let client = ctx.clients.ecr().await?;
        let (registry_id, scanning) = calls::scanning(client).await?;
        let normal = scanning.normalized();
        let mut rows = vec![vec![
            "type".to_string(),
            "".into(),
            normal.scan_type.clone(),
        ]];
        for r in &normal.rules {
            for f in &r.repository_filters {
                rows.push(vec![
                    "rule".into(),
                    r.scan_frequency.clone(),
                    f.filter.clone(),
                ]);
            }
        }
        let text = rows.clone();
        let doc = json!({"registryId": registry_id, "scanningConfiguration": scanning});
        Ok(Report::new(
            doc,
            Human::Table {
                headers: vec!["SETTING", "FREQUENCY", "VALUE"],
                rows,
            },
            text,
        ))
    }
}

#[derive(Debug, Clone, Args)]
pub struct ScanningSetArgs {
    /// basic (ECR's own scanner) or enhanced (Amazon Inspector, billed); default: the current
    #[arg(long = "type", value_enum, conflicts_with = "file")]
    pub scan_type: Option<ScanKind>,
    /// Scan on push the repositories this filter matches (repeatable, up to 100)
    #[arg(long = "scan-on-push", value_name = "FILTER", conflicts_with = "file")]
    pub on_push: Vec<String>,
    /// Scan continuously the repositories this filter matches (enhanced only; repeatable)
    #[arg(long = "continuous", value_name = "FILTER", conflicts_with = "file")]
    pub continuous: Vec<String>,
    /// The configuration as JSON: {"scanType","rules"} or what `registry scanning get -o json`
    /// prints (`-` reads standard input)
    #[arg(long, value_name = "FILE")]
    pub file: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
    #[command(flatten)]
    pub plans: PlanArgs,
}

impl Run for ScanningSetArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        set(ctx, self).await
    }
}

/// The configuration asked for, checked (before any call, except a flag-made one without
/// --type, which keeps the current type: checked once that is known).
fn asked(args: &ScanningSetArgs) -> Result<Option<Scanning>> {
    if let Some(file) = &args.file {
        let text = crate::commands::read_document(file, "scanning configuration", 1 << 20)?;
        let shown = crate::commands::document::validate::shown(file);
        let s = Scanning::from_json(&text)
            .map_err(|e| AppError::usage(format!("scanning configuration {shown}: {e}")))?;
        s.check().map_err(AppError::usage)?;
        return Ok(Some(s));
    }
    let Some(kind) = args.scan_type else {
        if args.on_push.is_empty() && args.continuous.is_empty() {
            return usage(
                "say what to set: --type basic|enhanced, --scan-on-push FILTER, --continuous FILTER or --file FILE",
            );
        }
        // Everything but the type's own rule is checked now, before any call: as enhanced
        // scanning, which takes both frequencies.
        Scanning::from_flags(ENHANCED, &args.on_push, &args.continuous)
            .check()
            .map_err(AppError::usage)?;
        return Ok(None);
    };
    let s = Scanning::from_flags(
        match kind {
            ScanKind::Basic => BASIC,
            ScanKind::Enhanced => ENHANCED,
        },
        &args.on_push,
        &args.continuous,
    );
    s.check().map_err(AppError::usage)?;
    Ok(Some(s))
}

const COMMAND: &str = "registry scanning set";

pub async fn set(ctx: &Context, args: &ScanningSetArgs) -> Result<Report> {
    let plan = write::read_plan(&args.plans, COMMAND)?;
    let asked = match &plan {
        Some((file, p)) => {
            if args.file.is_some()
                || args.scan_type.is_some()
                || !args.on_push.is_empty()
                || !args.continuous.is_empty()
            {
                return usage("--plan applies the saved plan as it is: leave out --type, --scan-on-push, --continuous and --file");
            }
            let s: Scanning = serde_json::from_value(p.targets[0].change.after.clone())
                .map_err(|e| crate::plan_file::Refusal::Malformed(e.to_string()).error(file))?;
            s.check().map_err(AppError::usage)?;
            Some(s)
        }
        None => asked(args)?,
    };
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    let registry = Registry::whole(&ctx.clients, false, None, None).await?;
    let (current, repos) = tokio::join!(calls::scanning(client), registry.list(Some(&region)));
    let (registry_id, current) = current?;
    let mut repos = repos?;
    repos.sort_by(|a, b| a.name.cmp(&b.name));
    let names: Vec<String> = repos.iter().map(|r| r.name.clone()).collect();
    // How each repository is scanned now, as ECR itself says; computed when it cannot say.
    let private = PrivateRegistry {
        client: client.clone(),
        registry_id: None,
    };
    let mut warnings = Vec::new();
    let now = match private.scan_frequencies(&names).await {
        Ok(map) => map,
        Err(e) => {
            warnings.push(Diagnostic::warning(format!(
                "the current scanning of each repository is computed, not read: {}",
                crate::error::render(&e)
            )));
            Default::default()
        }
    };
    let repos: Vec<Repo> = repos
        .into_iter()
        .map(|r| Repo {
            now: match now.get(&r.name) {
                // Enhanced scanning does not scan a repository no filter matches; ECR may
                // still call it MANUAL.
                Some(RepoScanning::Effective { frequency, filters })
                    if current.scan_type == ENHANCED
                        && filters.is_empty()
                        && frequency == MANUAL =>
                {
                    Some(NOT_SCANNED.to_string())
                }
                Some(RepoScanning::Effective { frequency, .. }) => Some(frequency.clone()),
                _ => None,
            },
            scan_on_push: r.scan_on_push.unwrap_or(false),
            name: r.name,
        })
        .collect();
    let new = match asked {
        Some(s) => s,
        None => {
            let s = Scanning::from_flags(&current.scan_type, &args.on_push, &args.continuous);
            s.check().map_err(|e| {
                AppError::usage(format!(
                    "{e} (the registry's scan type is {})",
                    current.scan_type
                ))
            })?;
            s
        }
    };
    let (before, after) = (current.normalized(), new.normalized());
    let covered = coverage(&before, &after, &repos);
    warnings.extend(after.unmatched_filters(&names).into_iter().map(|f| {
            Diagnostic::warning(format!(
                "filter '{f}' matches none of the {} repositories in {region} (a typo? without '*' it matches names containing it)",
                names.len()
            ))
    }));
    let to_enhanced = before.scan_type != ENHANCED && after.scan_type == ENHANCED;
    if to_enhanced {
        warnings.push(Diagnostic::warning(
            "enhanced scanning turns on Amazon Inspector for ECR in this region, billed per image scanned",
        ));
    }
    let rows = covered
        .iter()
        .map(|c| {
            (
                c.changed,
                vec![
                    c.repository.clone(),
                    c.before.clone(),
                    c.after.clone(),
                    c.filters.join(", "),
                ],
            )
        })
        .collect();
    let prompt_lines = covered
        .iter()
        .filter(|c| c.changed)
        .map(|c| format!("  {}: {} → {}", c.repository, c.before, c.after))
        .collect();
    let change = Change {
        command: COMMAND,
        setting: "registry scanning".into(),
        question: format!(
            "Set registry scanning ({}, {} rule(s)) in {region}{}?",
            after.scan_type,
            after.rules.len(),
            if to_enhanced {
                ", turning on Amazon Inspector"
            } else {
                ""
            }
        ),
        registry_id,
        region,
        before: serde_json::to_value(&before)?,
        after: serde_json::to_value(&after)?,
        preview: serde_json::to_value(&covered)?,
        preview_human: changed_table(
            vec!["REPOSITORY", "NOW", "AFTER", "MATCHED BY"],
            rows,
            "configuration",
        ),
        prompt_lines,
        warnings,
    };
    let sent = new.clone();
    write::apply(
        ctx,
        change,
        &args.write,
        Some((&args.plans, plan)),
        async move { calls::put_scanning(client, &sent).await },
    )
    .await
}
