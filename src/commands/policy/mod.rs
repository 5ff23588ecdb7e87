//! `ecrctl policy …`: get, set (validate, diff, apply), delete, validate, templates.

pub mod delete;
pub mod set;
pub mod templates;
pub mod validate;

use anyhow::Result;

use crate::commands::{RepoArg, Run};
use serde_json::Value;

use super::Context;
pub(super) use super::{document_report, pretty};
use crate::error::{AppError, Exit};
use crate::output::Report;
use crate::policy::templates as policy_templates;
use crate::reference::RepoName;

use clap::Args;
pub use templates::rule_table;

pub const EX_GET_POLICYREPOARGS: &str =
    "Examples:\n  ecrctl policy get myapp\n  ecrctl policy get myapp -o json > policy.json";

#[derive(Debug, Clone, Args)]
pub struct PolicyRepoArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub repository: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
}

impl Run for PolicyRepoArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.repository, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        get(ctx, &repo).await
    }
}

#[derive(Debug, Clone, Args)]
pub struct TemplateParamArgs {
    /// A principal ARN for the template (repeatable)
    #[arg(long = "principal", value_name = "ARN")]
    pub principals: Vec<String>,
    /// An AWS account id for the template (repeatable)
    #[arg(long = "account", value_name = "ID")]
    pub accounts: Vec<String>,
    /// An AWS Organizations id (o-…) for org-pull
    #[arg(long, value_name = "ID")]
    pub org_id: Option<String>,
}

/// A repository policy file (or standard input for `-`).
pub fn read_policy_file(path: &str) -> Result<String> {
    super::read_document(path, "repository policy", crate::policy::MAX_POLICY_CHARS)
}

pub(super) fn params(p: &TemplateParamArgs, public: bool) -> policy_templates::Params {
    policy_templates::Params {
        principals: p.principals.clone(),
        accounts: p.accounts.clone(),
        org_id: p.org_id.clone(),
        public,
    }
}

/// The current policy text (`None`: the repository has none); a missing repository is said
/// with its registry and region.
pub(super) async fn read_current(ctx: &Context, repo: &RepoName) -> Result<Option<String>> {
    match ctx.registry(repo).await?.policy(&repo.name).await {
        Ok(p) => Ok(p),
        Err(e) => Err(ctx.not_found(e, repo).await),
    }
}

pub(super) fn no_policy(repo: &RepoName) -> anyhow::Error {
    AppError::new(
        Exit::NoPolicy,
        format!("repository {} has no repository policy", repo.name),
    )
    .with_hint(format!(
        "set one with `ecrctl policy set {} --file FILE` or `--template NAME`",
        repo.given
    ))
    .into()
}

pub async fn get(ctx: &Context, repo: &RepoName) -> Result<Report> {
    let text = read_current(ctx, repo)
        .await?
        .ok_or_else(|| no_policy(repo))?;
    let doc: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok(document_report(doc))
}
