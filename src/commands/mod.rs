//! One module per command group; each command returns a [`Report`] and prints nothing itself.

pub mod audit;
pub mod check_push;
pub mod completions;
pub mod images;
pub mod policy;
pub mod repo;

use anyhow::Result;

use crate::aws::Clients;
use crate::cli::{Command, RepoCommand};
use crate::output::Report;

/// What every command may use.
pub struct Context {
    pub clients: Clients,
    /// Whether a person can answer a confirmation prompt.
    pub can_prompt: bool,
    /// The region given with --region, if any.
    pub region_flag: Option<String>,
    /// Every --region given (audit takes several).
    pub regions: Vec<String>,
    /// Whether a progress bar may be drawn (stderr is a terminal, not --quiet).
    pub progress: bool,
}

/// Run a command that talks to AWS.
pub async fn dispatch(ctx: &Context, command: &Command) -> Result<Report> {
    match command {
        Command::Repo(repo) => match repo {
            RepoCommand::Create(args) => repo::create(ctx, args).await,
            RepoCommand::Show(args) => repo::show(ctx, args).await,
            RepoCommand::List(args) => repo::list(ctx, args).await,
            RepoCommand::Delete(args) => repo::delete(ctx, args).await,
            RepoCommand::Immutable(args) => repo::set_mutability(ctx, args, true).await,
            RepoCommand::Mutable(args) => repo::set_mutability(ctx, args, false).await,
        },
        Command::Images(images) => images::dispatch(ctx, images).await,
        Command::Policy(p) => policy::dispatch(ctx, p).await,
        Command::Audit(args) => audit::audit(ctx, args).await,
        Command::CheckPush(args) => check_push::check_push(ctx, args).await,
        Command::Completions(_) | Command::Man => unreachable!("printed without an AWS context"),
    }
}
