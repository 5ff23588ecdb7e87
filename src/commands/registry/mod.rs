//! `ecrctl registry …`: `show`, one view of the registry (each section that cannot be read
//! says so and the others still show, exit 0); and the writes of its settings: `scanning`,
//! `replication`, `pull-through`, `policy`, all through one diff / dry-run / confirm workflow
//! (`write.rs`).

pub mod policy;
pub mod pull_through;
mod render;
pub mod replication;
pub mod scanning;
pub mod write;

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::{document_report, Context, Run};
use crate::error::{AppError, Exit};
use crate::output::{Human, Report};
use crate::registry::overview::overview;

pub const EX_REGISTRY_SHOW: &str = "Examples:\n  ecrctl registry show\n  ecrctl registry show --region eu-west-1 -o json | jq .scanning\n  ecrctl registry show --policy > registry-policy.json";

#[derive(Debug, Clone, Args)]
pub struct RegistryShowArgs {
    /// Print the registry policy document itself (exit 14 when there is none)
    #[arg(long)]
    pub policy: bool,
}

impl Run for RegistryShowArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        show(ctx, self).await
    }
}

pub async fn show(ctx: &Context, args: &RegistryShowArgs) -> Result<Report> {
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    if args.policy {
        // Read on its own: its error (denied, missing) is the command's, with its exit code.
        let text = crate::registry::overview::registry_policy(client).await?;
        return match text {
            Some(text) => Ok(document_report(
                serde_json::from_str(&text).unwrap_or(Value::String(text)),
            )),
            None => Err(AppError::new(
                Exit::NoPolicy,
                format!("the registry in {region} has no registry policy"),
            )
            .into()),
        };
    }
    // Read every section (each may fail on its own), then render.
    let view = overview(client).await;
    if let Some(first) = render::nothing_read(&view) {
        // Nothing could be read: that is a failure, not a view.
        return Err(crate::registry::overview::describe_registry(client)
            .await
            .err()
            .unwrap_or_else(|| {
                AppError::new(
                    Exit::Service,
                    format!("no part of the registry could be read: {first}"),
                )
                .into()
            }));
    }
    let (records, json) = render::render(&view, &region);
    let table = Human::Table {
        headers: vec!["SECTION", "SETTING", "VALUE"],
        rows: records
            .iter()
            .map(|r| vec![r.section.clone(), r.setting.clone(), r.value.clone()])
            .collect(),
    };
    let mut report = Report::with_rows(json, &records, table);
    report.diagnostics = render::warnings(&records);
    Ok(report)
}
