//! `ecrctl policy …`: get, set (validate, diff, apply), delete, validate, templates.

mod delete;
mod set;
mod templates;
mod validate;

use anyhow::Result;
use serde_json::Value;

use super::Context;
pub(super) use super::{document_report, pretty};
use crate::cli::{PolicyCommand, PolicyRepoArgs, TemplateParamArgs};
use crate::error::{AppError, Exit};
use crate::output::Report;
use crate::policy::templates as policy_templates;
use crate::reference::RepoName;

pub use templates::rule_table;

/// A repository policy file (or standard input for `-`).
pub fn read_policy_file(path: &str) -> Result<String> {
    super::read_document(path, "repository policy", crate::policy::MAX_POLICY_CHARS)
}

pub async fn dispatch(ctx: &Context, command: &PolicyCommand) -> Result<Report> {
    match command {
        PolicyCommand::Get(args) => get(ctx, args).await,
        PolicyCommand::Set(args) => set::set(ctx, args).await,
        PolicyCommand::Delete(args) => delete::delete(ctx, args).await,
        PolicyCommand::Validate(args) => validate::validate(args, ctx.runner),
        PolicyCommand::Templates => Ok(templates::list_templates()),
        PolicyCommand::Template(args) => templates::template(ctx, args).await,
    }
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

pub async fn get(ctx: &Context, _args: &PolicyRepoArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let text = read_current(ctx, repo)
        .await?
        .ok_or_else(|| no_policy(repo))?;
    let doc: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok(document_report(doc))
}
