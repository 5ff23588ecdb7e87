//! `policy delete`: the document workflow's delete, for the repository policy.

use anyhow::Result;
use clap::Args;

use super::RepositoryPolicy;
use crate::commands::{document, Context, RepoArg, Run};
use crate::output::Report;
use crate::reference::RepoName;

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
        document::delete::<RepositoryPolicy>(ctx, &repo, self.yes, self.if_exists).await
    }
}
