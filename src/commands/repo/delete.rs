//! `repo delete`: says "not empty" before it asks, and --if-exists for cleanup jobs.

use anyhow::Result;

use crate::commands::{RepoArg, Run};
use serde_json::json;

use super::{conflict_hint, public_word};

use crate::commands::Context;
use crate::error::{code_of, codes, AppError, Exit};
use crate::output::{Human, Report};
use crate::records::RepoDeleted;
use crate::reference::RepoName;
use crate::registry::model::RepoInfo;
use crate::ui;
use clap::Args;

pub const EX_DELETE_DELETEARGS: &str = "Examples:\n  ecrctl repo delete team-a/api\n  ecrctl repo delete team-a/api --yes --if-exists\n  ecrctl repo delete team-a/api --yes --force";

#[derive(Debug, Clone, Args)]
pub struct DeleteArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub name: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Delete the repository even if it contains images (they are deleted too)
    #[arg(long)]
    pub force: bool,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when the repository does not exist
    #[arg(long)]
    pub if_exists: bool,
}

impl Run for DeleteArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.name, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        delete(ctx, self, &repo).await
    }
}

pub async fn delete(ctx: &Context, args: &DeleteArgs, repo: &RepoName) -> Result<Report> {
    let kind = public_word(repo.public);
    let name = &repo.name;
    let info = match ctx.describe(repo).await {
        Ok(info) => info,
        Err(e) if args.if_exists && crate::error::classify(&e).0 == Exit::NotFound => {
            return Ok(absent(repo));
        }
        Err(e) => return Err(e),
    };
    // Say "not empty" before asking, not after the user said yes.
    if !args.force && ctx.registry(repo).await?.holds_images(name).await {
        return Err(AppError::new(
            Exit::Conflict,
            format!("{kind} repository {name} still holds images"),
        )
        .with_hint("pass --force to delete them with it")
        .into());
    }
    let question = if args.force {
        format!("Delete {kind} repository {name} and every image in it?")
    } else {
        format!("Delete {kind} repository {name}?")
    };
    ui::confirm_or_abort(
        args.yes,
        ctx.can_prompt,
        &format!("deleting {kind} repository {name}"),
        &question,
        &format!("kept repository {name}"),
    )
    .await?;
    let result = ctx
        .registry(repo)
        .await?
        .delete_repository(name, args.force)
        .await;
    let done = match result {
        Ok(done) => done,
        // Deleted by someone else between our read and our delete (parallel cleanup jobs).
        Err(e) if args.if_exists && codes::repository_not_found(code_of(&e)) => {
            return Ok(absent(repo));
        }
        Err(err) => {
            return Err(conflict_hint(
                err,
                "the repository still holds images: pass --force to delete them with it",
            ))
        }
    };
    let record = RepoDeleted {
        info: info.json(),
        deleted: true,
        result: "deleted",
    };
    Ok(Report::of_record(&record, Human::Lines(vec![]))
        .with_status(format!("deleted {kind} repository {name}{}", done.note())))
}

/// `repo delete --if-exists` of a repository that is not there: the same JSON keys as a
/// deletion, `null` where nothing is known.
fn absent(repo: &RepoName) -> Report {
    let kind = public_word(repo.public);
    let mut info = RepoInfo {
        name: repo.name.clone(),
        uri: String::new(),
        arn: String::new(),
        registry_id: repo.registry_id.clone().unwrap_or_default(),
        public: repo.public,
        tag_mutability: None,
        exclusion_filters: Vec::new(),
        scan_on_push: None,
        encryption: None,
        kms_key: None,
        created_at: None,
    }
    .json();
    for key in ["uri", "arn", "registryId", "exclusionFilters"] {
        if info[key] == json!("") || info[key] == json!([]) {
            info[key] = serde_json::Value::Null;
        }
    }
    let record = RepoDeleted {
        info,
        deleted: false,
        result: "absent",
    };
    Report::of_record(&record, Human::Lines(vec![])).with_status(format!(
        "{kind} repository {} does not exist; nothing to delete",
        repo.name
    ))
}
