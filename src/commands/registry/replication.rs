//! `registry replication get|set|backfill`: the replication configuration; a change to it,
//! checked (regions, and each other account's registry policy where it can be read) and
//! previewed per repository; and a backfill of the images pushed before it.

use anyhow::Result;
use clap::Args;
use serde_json::json;

use super::write::{self, changed_table, Change, PlanArgs, WriteArgs};
use crate::commands::{Context, Run};
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError, Exit};
use crate::output::{Human, Report};
use crate::records::registry::BackfillStarted;
use crate::reference::partition_of;
use crate::registry::registry_settings as calls;
use crate::registry::Registry;
use crate::registry_config::replication::{
    allowance, coverage, parse_destination, Allowance, Destination, Replication, ACTIONS,
};

pub const EX_REPLICATION_GET: &str =
    "Examples:\n  ecrctl registry replication get\n  ecrctl registry replication get -o json > replication.json";
pub const EX_REPLICATION_SET: &str = "Examples:\n  ecrctl registry replication set --destination eu-west-1 --dry-run\n  ecrctl registry replication set --destination us-west-2:444455556666 --filter team-a/ --check-role ecrctl-read --yes\n  ecrctl registry replication set --file replication.json --dry-run --exit-code\n  ecrctl registry replication set --off --yes";
pub const EX_REPLICATION_BACKFILL: &str = "Examples:\n  ecrctl registry replication backfill --dry-run\n  ecrctl registry replication backfill --destination eu-west-1 --yes";

#[derive(Debug, Clone, Args)]
pub struct ReplicationGetArgs {}

impl Run for ReplicationGetArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        let client = ctx.clients.ecr().await?;
        let (registry_id, replication) = calls::replication(client).await?;
        let mut rows = Vec::new();
        for (i, r) in replication.rules.iter().enumerate() {
            let filters: Vec<&str> = r
                .repository_filters
                .iter()
                .map(|f| f.filter.as_str())
                .collect();
            for d in &r.destinations {
                rows.push(vec![
                    (i + 1).to_string(),
                    d.region.clone(),
                    d.registry_id.clone(),
                    if filters.is_empty() {
                        "(every repository)".into()
                    } else {
                        filters.join(", ")
                    },
                ]);
            }
        }
        let text = rows.clone();
        let doc = json!({"registryId": registry_id, "replicationConfiguration": replication});
        let mut report = Report::new(
            doc,
            Human::Table {
                headers: vec!["RULE", "REGION", "REGISTRY", "FILTERS (PREFIX)"],
                rows,
            },
            text,
        );
        if replication.rules.is_empty() {
            report.status.push("no replication configured".into());
        }
        Ok(report)
    }
}

#[derive(Debug, Clone, Args)]
pub struct ReplicationSetArgs {
    /// Replicate to REGION (this account) or REGION:ACCOUNT (repeatable)
    #[arg(long = "destination", value_name = "REGION[:ACCOUNT]", conflicts_with_all = ["file", "off"])]
    pub destinations: Vec<String>,
    /// Only repositories whose names start with PREFIX (repeatable; default: every repository)
    #[arg(long = "filter", value_name = "PREFIX", requires = "destinations")]
    pub filters: Vec<String>,
    /// The configuration as JSON: {"rules"} or what `registry replication get -o json` prints
    /// (`-` reads standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "off")]
    pub file: Option<String>,
    /// Turn replication off (no rules)
    #[arg(long)]
    pub off: bool,
    /// A role (name or ARN) to assume in each other destination account to read its registry
    /// policy; without it, other accounts' policies are not checked
    #[arg(long, value_name = "ROLE")]
    pub check_role: Option<String>,
    /// Write even when a destination's registry policy does not allow replication
    #[arg(long)]
    pub ignore_checks: bool,
    #[command(flatten)]
    pub write: WriteArgs,
    #[command(flatten)]
    pub plans: PlanArgs,
}

impl Run for ReplicationSetArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        set(ctx, self).await
    }
}

/// One destination's check, as said to people and in JSON.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Check {
    pub destination: String,
    /// `same-account`, `allowed`, `conditional`, `missing`, `denied`, `unchecked`.
    pub result: &'static str,
    pub message: String,
}

const COMMAND: &str = "registry replication set";

/// The configuration asked for (the account of a bare `--destination` is this one), or the
/// saved plan's.
fn asked(args: &ReplicationSetArgs, own: &str) -> Result<Replication> {
    if let Some(file) = &args.plans.plan {
        if args.file.is_some() || args.off || !args.destinations.is_empty() {
            return usage("--plan applies the saved plan as it is: leave out --destination, --filter, --file and --off");
        }
        let Some((_, plan)) = write::read_plan(&args.plans, COMMAND)? else {
            unreachable!("--plan was given")
        };
        return serde_json::from_value(plan.targets[0].change.after.clone()).map_err(|e| {
            crate::plan_file::Refusal::Malformed(e.to_string())
                .error(file)
                .into()
        });
    }
    if let Some(file) = &args.file {
        let text = crate::commands::read_document(file, "replication configuration", 1 << 20)?;
        let shown = crate::commands::document::validate::shown(file);
        return Replication::from_json(&text).map_err(|e| {
            AppError::usage(format!("replication configuration {shown}: {e}")).into()
        });
    }
    if args.off {
        return Ok(Replication { rules: Vec::new() });
    }
    if args.destinations.is_empty() {
        return usage("say what to set: --destination REGION[:ACCOUNT]…, --file FILE or --off");
    }
    let destinations = args
        .destinations
        .iter()
        .map(|d| parse_destination(d, own).map_err(AppError::usage))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Replication::from_flags(destinations, &args.filters))
}

/// Whether each destination lets this account replicate into it.
async fn checks(
    ctx: &Context,
    destinations: &[Destination],
    own: &str,
    role: Option<&str>,
) -> Vec<Check> {
    let mut out = Vec::new();
    for d in destinations {
        let name = format!("{}:{}", d.region, d.registry_id);
        if d.registry_id == own {
            out.push(Check {
                destination: name,
                result: "same-account",
                message: "this account: no registry policy needed".into(),
            });
            continue;
        }
        let Some(role) = role else {
            out.push(Check {
                destination: name,
                result: "unchecked",
                message: format!(
                    "could not check: only account {} can read its registry policy; pass --check-role ROLE (a role there that may call ecr:GetRegistryPolicy), or make sure it allows {} to {own}",
                    d.registry_id,
                    ACTIONS.join(" and ")
                ),
            });
            continue;
        };
        let arn = if role.starts_with("arn:") {
            role.to_string()
        } else {
            format!(
                "arn:{}:iam::{}:role/{role}",
                partition_of(&d.region),
                d.registry_id
            )
        };
        let read = async {
            let there = ctx.clients.assume(&d.registry_id, &arn, None).await?;
            let client = there.ecr_in(Some(&d.region), false, false).await?;
            crate::registry::overview::registry_policy(&client).await
        }
        .await;
        let (result, message) = match read {
            Err(e) => (
                "unchecked",
                format!("could not check: {}", crate::error::render(&e)),
            ),
            Ok(text) => {
                let doc = text
                    .as_deref()
                    .map(|t| serde_json::from_str(t).unwrap_or(serde_json::Value::Null));
                match allowance(doc.as_ref(), own, &d.region, &d.registry_id) {
                    Allowance::Allowed => (
                        "allowed",
                        format!("its registry policy allows {own} to replicate"),
                    ),
                    Allowance::Conditional(why) => {
                        ("conditional", format!("could not check fully: {why}"))
                    }
                    Allowance::Missing(actions) => (
                        "missing",
                        if text.is_none() {
                            format!(
                                "account {} has no registry policy: it must allow {} to {own}",
                                d.registry_id,
                                actions.join(" and ")
                            )
                        } else {
                            format!(
                                "its registry policy does not allow {} to {own}",
                                actions.join(" and ")
                            )
                        },
                    ),
                    Allowance::Denied(why) => ("denied", format!("its registry policy: {why}")),
                }
            }
        };
        out.push(Check {
            destination: name,
            result,
            message,
        });
    }
    out
}

pub async fn set(ctx: &Context, args: &ReplicationSetArgs) -> Result<Report> {
    // Everything but what needs this registry's account and region is checked before any
    // call (a placeholder account stands in for a bare --destination's).
    asked(args, "000000000000")?
        .check(None)
        .map_err(AppError::usage)?;
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    let (own, current) = calls::replication(client).await?;
    let new = asked(args, &own)?;
    let warnings = new.check(Some((&region, &own))).map_err(AppError::usage)?;
    let mut warnings: Vec<Diagnostic> = warnings.into_iter().map(Diagnostic::warning).collect();
    let checks = checks(ctx, &new.destinations(), &own, args.check_role.as_deref()).await;
    let failed: Vec<&Check> = checks
        .iter()
        .filter(|c| matches!(c.result, "missing" | "denied"))
        .collect();
    for c in &checks {
        if matches!(c.result, "unchecked" | "conditional")
            || (args.ignore_checks
                && !failed.is_empty()
                && matches!(c.result, "missing" | "denied"))
        {
            warnings.push(Diagnostic::warning(format!(
                "{}: {}",
                c.destination, c.message
            )));
        }
    }
    if !failed.is_empty() && !args.ignore_checks {
        for c in &failed {
            crate::ui::line(&format!("{}: {}", c.destination, c.message));
        }
        return Err(AppError::new(
            Exit::ReplicationBlocked,
            format!(
                "{} destination(s) would refuse replication from {own}; nothing was written",
                failed.len()
            ),
        )
        .with_hint(format!(
            "in each destination account, allow {} to arn:aws:iam::{own}:root in its registry policy (`ecrctl registry policy set` there), or pass --ignore-checks",
            ACTIONS.join(" and ")
        ))
        .into());
    }
    let registry = Registry::whole(&ctx.clients, false, None, None).await?;
    let mut names: Vec<String> = registry
        .list(Some(&region))
        .await?
        .into_iter()
        .map(|r| r.name)
        .collect();
    names.sort();
    let (before, after) = (current.normalized(), new.normalized());
    let covered = coverage(&before, &after, &names);
    let list = |t: &[String]| {
        if t.is_empty() {
            "-".to_string()
        } else {
            t.join(", ")
        }
    };
    let rows = covered
        .iter()
        .map(|c| {
            (
                c.changed,
                vec![c.repository.clone(), list(&c.before), list(&c.after)],
            )
        })
        .collect();
    let prompt_lines = covered
        .iter()
        .filter(|c| c.changed)
        .map(|c| {
            format!(
                "  {}: {} → {}",
                c.repository,
                list(&c.before),
                list(&c.after)
            )
        })
        .collect();
    let mut preview_human = Vec::new();
    if !checks.is_empty() {
        preview_human.push(Human::Table {
            headers: vec!["DESTINATION", "CHECK", "MESSAGE"],
            rows: checks
                .iter()
                .map(|c| {
                    vec![
                        c.destination.clone(),
                        c.result.to_string(),
                        c.message.clone(),
                    ]
                })
                .collect(),
        });
    }
    preview_human.extend(changed_table(
        vec!["REPOSITORY", "NOW", "AFTER"],
        rows,
        "configuration",
    ));
    let change = Change {
        command: COMMAND,
        setting: "registry replication".into(),
        question: if after.rules.is_empty() {
            format!("Turn replication off in {region}?")
        } else {
            format!(
                "Set replication in {region} to {} destination(s)? (only images pushed from now on are replicated)",
                after.destinations().len()
            )
        },
        registry_id: Some(own),
        region,
        before: serde_json::to_value(&before)?,
        after: serde_json::to_value(&after)?,
        preview: json!({"repositories": covered, "checks": checks}),
        preview_human,
        prompt_lines,
        warnings,
    };
    let sent = new.clone();
    let plan = write::read_plan(&args.plans, COMMAND)?;
    write::apply(
        ctx,
        change,
        &args.write,
        Some((&args.plans, plan)),
        async move { calls::put_replication(client, &sent).await },
    )
    .await
}

#[derive(Debug, Clone, Args)]
pub struct BackfillArgs {
    /// A destination of the replication configuration, REGION or REGION:ACCOUNT (repeatable;
    /// default: every one)
    #[arg(long = "destination", value_name = "REGION[:ACCOUNT]")]
    pub destinations: Vec<String>,
    /// Say which destinations and repositories would be backfilled; start nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

impl Run for BackfillArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        backfill(ctx, self).await
    }
}

/// StartReplicationBackfill for each destination asked (by default every configured one):
/// ECR copies the images the current rules replicate there that were pushed before.
pub async fn backfill(ctx: &Context, args: &BackfillArgs) -> Result<Report> {
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    let (own, current) = calls::replication(client).await?;
    let configured = current.destinations();
    if configured.is_empty() {
        return Err(AppError::new(
            Exit::Conflict,
            format!("the registry in {region} has no replication configured: nothing to backfill"),
        )
        .with_hint("configure it first with `ecrctl registry replication set --destination REGION[:ACCOUNT]`")
        .into());
    }
    let wanted = if args.destinations.is_empty() {
        configured.clone()
    } else {
        let mut out = Vec::new();
        for d in &args.destinations {
            let d = parse_destination(d, &own).map_err(AppError::usage)?;
            if !configured.contains(&d) {
                return usage(format!(
                    "{}:{} is not a destination of the replication configuration (a backfill only copies to configured destinations): {}",
                    d.region,
                    d.registry_id,
                    configured
                        .iter()
                        .map(|c| format!("{}:{}", c.region, c.registry_id))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
            out.push(d);
        }
        out
    };
    let registry = Registry::whole(&ctx.clients, false, None, None).await?;
    let mut names: Vec<String> = registry
        .list(Some(&region))
        .await?
        .into_iter()
        .map(|r| r.name)
        .collect();
    names.sort();
    let repos_for = |d: &Destination| -> Vec<String> {
        let target = format!("{}:{}", d.region, d.registry_id);
        names
            .iter()
            .filter(|n| current.targets_of(n).contains(&target))
            .cloned()
            .collect()
    };
    if !args.dry_run {
        crate::ui::confirm_or_abort(
            args.yes,
            ctx.can_prompt,
            "starting a replication backfill",
            &format!(
                "Copy the existing images of the replicated repositories to {} destination(s)?",
                wanted.len()
            ),
            "no backfill started",
        )
        .await?;
    }
    let mut records = Vec::new();
    for d in &wanted {
        let repositories = repos_for(d);
        let record = if args.dry_run {
            BackfillStarted {
                backfill: calls::Backfill {
                    id: None,
                    destination: format!("{}:{}", d.region, d.registry_id),
                    status: None,
                    started_at: None,
                },
                repositories,
                result: "would-start",
            }
        } else {
            BackfillStarted {
                backfill: calls::start_backfill(client, d).await?,
                repositories,
                result: "started",
            }
        };
        records.push(record);
    }
    let rows = records
        .iter()
        .map(|r| {
            vec![
                r.backfill.destination.clone(),
                r.backfill.id.clone().unwrap_or_else(|| "-".into()),
                r.backfill.status.clone().unwrap_or_else(|| "-".into()),
                r.repositories.len().to_string(),
                r.result.to_string(),
            ]
        })
        .collect();
    let mut report = Report::of_records(
        &records,
        Human::Table {
            headers: vec![
                "DESTINATION",
                "BACKFILL",
                "STATUS",
                "REPOSITORIES",
                "RESULT",
            ],
            rows,
        },
    );
    if args.dry_run {
        report
            .status
            .push("dry run: no backfill was started".into());
    }
    Ok(report)
}
