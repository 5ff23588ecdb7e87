//! `policy delete`.

use anyhow::Result;

use crate::commands::{RepoArg, Run};
use serde_json::json;

use super::{no_policy, read_current};

use crate::commands::Context;
use crate::error::Exit;
use crate::output::{Human, Report};
use crate::reference::RepoName;
use crate::ui;
use clap::Args;

pub const EX_DELETE_POLICYDELETEARGS: &str =
    "Examples:\n  ecrctl policy delete myapp\n  ecrctl policy delete myapp --yes --if-exists";

#[derive(Debug, Clone, Args)]
pub struct PolicyDeleteArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub repository: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when there is no policy (or no repository): a cleanup job may run twice
    #[arg(long)]
    pub if_exists: bool,
}

impl Run for PolicyDeleteArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.repository, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        delete(ctx, self, &repo).await
    }
}

pub(super) async fn delete(
    ctx: &Context,
    args: &PolicyDeleteArgs,
    repo: &RepoName,
) -> Result<Report> {
    let name = &repo.name;
    if !args.yes {
        // Say "no policy" (or "no repository") before asking, not after.
        match read_current(ctx, repo).await {
            Ok(Some(_)) => {}
            Ok(None) => return absent_policy(repo, args.if_exists, false),
            Err(e) if args.if_exists && crate::error::classify(&e).0 == Exit::NotFound => {
                return absent_policy(repo, true, true)
            }
            Err(e) => return Err(e),
        }
        ui::confirm_or_abort(
            false,
            ctx.can_prompt,
            &format!("deleting the policy of {name}"),
            &format!("Delete the repository policy of {name}?"),
            "policy kept",
        )
        .await?;
    }
    let deleted = ctx.registry(repo).await?.delete_policy(name).await;
    let deleted = match deleted {
        Ok(d) => d,
        Err(e)
            if args.if_exists
                && crate::error::codes::repository_not_found(crate::error::code_of(&e)) =>
        {
            return absent_policy(repo, true, true);
        }
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    let Some(done) = deleted else {
        return absent_policy(repo, args.if_exists, false);
    };
    let (json, status) = match done {
        crate::writes::Done::Answered => (
            json!({"repository": name, "deleted": true, "result": "deleted"}),
            format!("deleted the policy of {name}"),
        ),
        // "No policy" after a lost answer: deleted by it, or there was none.
        crate::writes::Done::FirstAnswerLost => (
            json!({"repository": name, "deleted": null, "result": "deleted-or-absent"}),
            format!(
                "the policy of {name}: {}",
                crate::registry::DELETED_OR_ABSENT
            ),
        ),
    };
    Ok(
        Report::records(json.clone(), &[json], Human::Lines(vec![]), "policy delete")
            .with_status(status),
    )
}

/// `policy delete` of a repository without a policy: exit 14, or success with --if-exists.
fn absent_policy(repo: &RepoName, if_exists: bool, repo_missing: bool) -> Result<Report> {
    let name = &repo.name;
    if !if_exists {
        return Err(no_policy(repo));
    }
    let json = json!({"repository": name, "deleted": false, "result": "absent"});
    let status = if repo_missing {
        format!("repository {name} does not exist; nothing to delete")
    } else {
        format!("repository {name} has no policy; nothing to delete")
    };
    Ok(
        Report::records(json.clone(), &[json], Human::Lines(vec![]), "policy delete")
            .with_status(status),
    )
}
