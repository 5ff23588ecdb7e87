//! `repo delete`: says "not empty" before it asks, and --if-exists for cleanup jobs.

use anyhow::Result;
use serde_json::json;

use super::{conflict_hint, public_word};
use crate::cli::DeleteArgs;
use crate::commands::Context;
use crate::error::{code_of, codes, AppError, Exit};
use crate::output::{Human, Report};
use crate::reference::RepoName;
use crate::registry::model::RepoInfo;
use crate::ui;

pub async fn delete(ctx: &Context, args: &DeleteArgs) -> Result<Report> {
    let repo = ctx.repo()?;
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
    let mut json = info.json();
    json["deleted"] = json!(true);
    json["result"] = json!("deleted");
    let record = json.clone();
    Ok(
        Report::records(json, &[record], Human::Lines(vec![]), "repo delete")
            .with_status(format!("deleted {kind} repository {name}{}", done.note())),
    )
}

/// `repo delete --if-exists` of a repository that is not there: the same JSON keys as a
/// deletion, `null` where nothing is known.
fn absent(repo: &RepoName) -> Report {
    let kind = public_word(repo.public);
    let mut json = RepoInfo {
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
        if json[key] == json!("") || json[key] == json!([]) {
            json[key] = serde_json::Value::Null;
        }
    }
    json["deleted"] = json!(false);
    json["result"] = json!("absent");
    let record = json.clone();
    Report::records(json, &[record], Human::Lines(vec![]), "repo delete").with_status(format!(
        "{kind} repository {} does not exist; nothing to delete",
        repo.name
    ))
}
