//! `ecrctl repo list`: every repository of a registry, all pages.

use anyhow::Result;

use super::{public_word, yes_no, Context};
use crate::commands::{Account, Run};
use crate::diagnostic::Diagnostic;
use crate::images::{human_size, repo_stats, RepoStats};
use crate::output::{Human, Report};
use crate::records::{RepoStatsRecord, Repository};
use crate::registry::model::RepoInfo;
use crate::registry::Registry;
use crate::registry::{ImageQuery, ImageStatus};
use clap::Args;
use futures::stream::{self, StreamExt};

pub const EX_LIST_LISTARGS: &str = "Examples:\n  ecrctl repo list\n  ecrctl repo list 'team-a/*'\n  ecrctl repo list --public -o json | jq -r '.[].uri'";

#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Only names matching this glob (`*` any characters, `?` one), e.g. 'team-a/*'
    pub glob: Option<String>,
    /// List ECR Public repositories instead
    #[arg(long)]
    pub public: bool,
    /// Per repository: its image count, total bytes, newest push and untagged count (one
    /// listing of its images each, a few repositories at a time). Bytes are ECR's
    /// imageSizeInBytes (compressed layers) summed over every image except image indexes,
    /// whose reported size is their largest platform image, itself listed and counted; a layer
    /// shared by several images counts once per image, so this is what the images weigh, at
    /// most what the repository stores. Untagged includes the platform images of multi-arch
    /// images and signatures, which ECR lists untagged
    #[arg(long)]
    pub stats: bool,
}

impl Run for ListArgs {
    type Target = Account;
    fn target(&self) {}
    async fn run(&self, ctx: &Context, account: Account) -> Result<Report> {
        list(ctx, self, account).await
    }
}

pub async fn list(ctx: &Context, args: &ListArgs, account: Account) -> Result<Report> {
    let registry = Registry::whole(&ctx.clients, args.public, None, account.registry_id).await?;
    let mut repos = registry.list(None).await?;
    if let Some(glob) = &args.glob {
        repos.retain(|r| crate::mutability::glob(glob, &r.name));
    }
    repos.sort_by(|a, b| a.name.cmp(&b.name));
    if args.stats {
        return stats(&registry, &repos, args).await;
    }
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

/// How many repositories `--stats` reads at once.
const REPOSITORIES_AT_ONCE: usize = 8;

/// `repo list --stats`: every repository's images listed (all pages), summed up.
async fn stats(registry: &Registry, repos: &[RepoInfo], args: &ListArgs) -> Result<Report> {
    let query = ImageQuery {
        tagged: None,
        status: ImageStatus::Active,
    };
    let read: Vec<Result<RepoStats>> = stream::iter(repos)
        .map(|r| async move {
            registry
                .images(&r.name, query)
                .await
                .map(|rows| repo_stats(&rows))
        })
        .buffered(REPOSITORIES_AT_ONCE)
        .collect()
        .await;
    let now = crate::time::now();
    let mut diagnostics = Vec::new();
    let mut records = Vec::new();
    let mut rows = Vec::new();
    for (repo, stats) in repos.iter().zip(read) {
        let stats = match stats {
            Ok(s) => Some(s),
            Err(e) => {
                diagnostics.push(Diagnostic::warning(format!(
                    "{}: images not listed: {}",
                    repo.name,
                    crate::error::render(&e)
                )));
                None
            }
        };
        let dash = || "-".to_string();
        rows.push(vec![
            repo.name.clone(),
            stats.map_or_else(dash, |s| s.images.to_string()),
            stats.map_or_else(dash, |s| human_size(s.bytes)),
            stats
                .and_then(|s| s.newest_push)
                .map_or_else(dash, |t| crate::time::age(now - t)),
            stats.map_or_else(dash, |s| s.untagged.to_string()),
        ]);
        records.push(RepoStatsRecord {
            name: repo.name.clone(),
            uri: (!repo.uri.is_empty()).then(|| repo.uri.clone()),
            images: stats.map(|s| s.images),
            bytes: stats.map(|s| s.bytes),
            newest_push_at: stats.and_then(|s| s.newest_push).map(crate::time::format),
            untagged: stats.map(|s| s.untagged),
        });
    }
    let mut report = Report::of_records(
        &records,
        Human::Table {
            headers: vec!["NAME", "IMAGES", "SIZE", "NEWEST PUSH", "UNTAGGED"],
            rows,
        },
    );
    if repos.is_empty() {
        report = report.with_status(match &args.glob {
            Some(g) => format!("no {} repositories match '{g}'", public_word(args.public)),
            None => format!("no {} repositories", public_word(args.public)),
        });
    }
    report.diagnostics = diagnostics;
    Ok(report)
}
