//! `ecrctl repo list`: every repository of a registry, all pages.

use anyhow::Result;

use super::{public_word, yes_no, Context};
use crate::commands::{Account, Run};
use crate::output::{Human, Report};
use crate::records::Repository;
use crate::registry::Registry;
use clap::Args;

pub const EX_LIST_LISTARGS: &str = "Examples:\n  ecrctl repo list\n  ecrctl repo list 'team-a/*'\n  ecrctl repo list --public -o json | jq -r '.[].uri'";

#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Only names matching this glob (`*` any characters, `?` one), e.g. 'team-a/*'
    pub glob: Option<String>,
    /// List ECR Public repositories instead
    #[arg(long)]
    pub public: bool,
}

impl Run for ListArgs {
    type Target = Account;
    fn target(&self) {}
    async fn run(&self, ctx: &Context, account: Account) -> Result<Report> {
        list(ctx, self, account).await
    }
}

pub async fn list(ctx: &Context, args: &ListArgs, account: Account) -> Result<Report> {
    let mut repos = Registry::whole(&ctx.clients, args.public, None, account.registry_id)
        .await?
        .list(None)
        .await?;
    if let Some(glob) = &args.glob {
        repos.retain(|r| crate::mutability::glob(glob, &r.name));
    }
    repos.sort_by(|a, b| a.name.cmp(&b.name));
    let rows = repos
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.describe_mutability(),
                r.scan_on_push.map(yes_no).unwrap_or("-").to_string(),
                r.encryption.clone().unwrap_or_else(|| "-".into()),
                r.created_at
                    .as_deref()
                    .map(|c| c.get(..10).unwrap_or(c).to_string())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let records: Vec<Repository> = repos.iter().cloned().map(Repository::listed).collect();
    let mut report = Report::of_records(
        &records,
        Human::Table {
            headers: vec![
                "NAME",
                "TAG MUTABILITY",
                "SCAN ON PUSH",
                "ENCRYPTION",
                "CREATED",
            ],
            rows,
        },
    );
    if repos.is_empty() {
        report = report.with_status(match &args.glob {
            Some(g) => format!("no {} repositories match '{g}'", public_word(args.public)),
            None => format!("no {} repositories", public_word(args.public)),
        });
    }
    Ok(report)
}
