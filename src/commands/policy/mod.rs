//! `ecrctl policy …`: get, set (validate, diff, apply), delete, validate, templates.

mod delete;
mod set;
mod templates;
mod validate;

use std::io::Read;

use anyhow::{Context as _, Result};
use serde_json::Value;

use super::Context;
use crate::cli::{PolicyCommand, PolicyRepoArgs, TemplateParamArgs};
use crate::error::{usage, AppError, Exit};
use crate::output::{Human, Report};
use crate::policy::templates as policy_templates;
use crate::reference::RepoName;

pub use templates::rule_table;

/// Policy files larger than this are not policies (ECR takes 10,240 characters).
const MAX_FILE: u64 = 1024 * 1024;

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

/// Read a policy file (or standard input for `-`): a regular UTF-8 file of sane size.
pub fn read_policy_file(path: &str) -> Result<String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_FILE + 1)
            .read_to_end(&mut buf)
            .context("reading the policy from standard input")?;
        if buf.len() as u64 > MAX_FILE {
            return usage(
                "the policy on standard input is over 1 MiB: that is not a repository policy",
            );
        }
        buf
    } else {
        let meta = std::fs::metadata(path)
            .map_err(|e| AppError::usage(format!("policy file {path}: {e}")))?;
        if !meta.is_file() {
            return usage(format!("policy file {path}: not a regular file"));
        }
        if meta.len() > MAX_FILE {
            return usage(format!(
                "policy file {path}: {} bytes; a repository policy is at most {} characters",
                meta.len(),
                crate::policy::MAX_POLICY_CHARS
            ));
        }
        std::fs::read(path).map_err(|e| AppError::usage(format!("policy file {path}: {e}")))?
    };
    String::from_utf8(bytes)
        .map_err(|_| AppError::usage(format!("policy file {path}: not UTF-8 text")).into())
}

pub(super) fn params(p: &TemplateParamArgs, public: bool) -> policy_templates::Params {
    policy_templates::Params {
        principals: p.principals.clone(),
        accounts: p.accounts.clone(),
        org_id: p.org_id.clone(),
        public,
    }
}

pub(super) fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("JSON values serialise")
}

/// A policy document as a report: the document itself in JSON, pretty-printed otherwise.
pub(super) fn document_report(doc: Value) -> Report {
    // Pretty JSON escapes every line break of its strings: its lines are the document's.
    let text = pretty(&doc);
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let records = lines.iter().map(|l| vec![l.clone()]).collect();
    Report::new(doc, Human::Lines(lines), records)
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
