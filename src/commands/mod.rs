//! One module per command group; each command returns a [`Report`] and prints nothing itself.
//! [`dispatch`] is the one match over the commands; [`Run`] says what each works on.

pub mod audit;
pub mod check_push;
pub mod completions;
mod dispatch;
pub mod document;
pub mod fleet;
pub mod images;
pub mod lifecycle;
pub mod login;
pub mod policy;
pub mod registry;
pub mod repo;
pub mod target;
pub mod template;
pub mod tree;
pub mod version;

use anyhow::Result;

use crate::aws::Clients;
use crate::error::{code_of, codes, AppError, Exit};
use crate::reference::RepoName;

pub use dispatch::{dispatch, one_region, resolve, Local, Printed, Run, Runner};
pub use document::{document_report, pretty, read_document};
pub use target::{Account, RepoArg, Target};
pub use tree::{command, Cli};

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
    /// --registry-id, for commands without a repository argument (repo list, audit).
    pub registry_id: Option<String>,
    /// --timeout, which also bounds local tools ecrctl runs (docker).
    pub timeout: std::time::Duration,
    /// The CI system running ecrctl, if any.
    pub runner: crate::ci::Runner,
    /// When --deadline (or ECRCTL_DEADLINE) runs out: a command that waits stops before it,
    /// with its own report.
    pub deadline: Option<std::time::Instant>,
}

/// Builds a [`Context`]: the run's settings, or a test's (no prompt, no progress, one region at
/// most, a 30 s timeout unless said otherwise).
pub struct ContextBuilder {
    ctx: Context,
}

impl ContextBuilder {
    pub fn can_prompt(mut self, can: bool) -> Self {
        self.ctx.can_prompt = can;
        self
    }
    /// Every --region given; the first is the one most commands use.
    pub fn regions(mut self, regions: Vec<String>) -> Self {
        self.ctx.region_flag = regions.first().cloned();
        self.ctx.regions = regions;
        self
    }
    pub fn progress(mut self, progress: bool) -> Self {
        self.ctx.progress = progress;
        self
    }
    pub fn registry_id(mut self, id: Option<String>) -> Self {
        self.ctx.registry_id = id;
        self
    }
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.ctx.timeout = timeout;
        self
    }
    pub fn runner(mut self, runner: crate::ci::Runner) -> Self {
        self.ctx.runner = runner;
        self
    }
    pub fn deadline(mut self, deadline: Option<std::time::Instant>) -> Self {
        self.ctx.deadline = deadline;
        self
    }
    pub fn build(self) -> Context {
        self.ctx
    }
}

impl Context {
    pub fn builder(clients: Clients) -> ContextBuilder {
        ContextBuilder {
            ctx: Context {
                clients,
                can_prompt: false,
                region_flag: None,
                regions: Vec::new(),
                progress: false,
                registry_id: None,
                timeout: std::time::Duration::from_secs(30),
                runner: crate::ci::Runner::None,
                deadline: None,
            },
        }
    }

    /// A repository's settings; a missing one is said with its registry and region.
    pub async fn describe(&self, repo: &RepoName) -> Result<crate::registry::model::RepoInfo> {
        let found = match self.registry(repo).await?.describe(&repo.name).await {
            Ok(found) => found,
            Err(e) => return Err(self.not_found(e, repo).await),
        };
        match found {
            Some(info) => Ok(info),
            // An empty answer (another account's registry in some emulators) means: not there.
            None => {
                let err = AppError::new(
                    Exit::NotFound,
                    format!("repository {} not found", repo.name),
                )
                .with_code("RepositoryNotFoundException");
                Err(self.not_found(err.into(), repo).await)
            }
        }
    }

    /// The registry a repository lives in (private or public), for the shared operations.
    pub async fn registry(&self, repo: &RepoName) -> Result<crate::registry::Registry> {
        crate::registry::Registry::of(&self.clients, repo).await
    }

    /// The private client for a repository: its URI's region and endpoint form, else the
    /// configured region.
    pub async fn ecr_for(&self, repo: &RepoName) -> Result<aws_sdk_ecr::Client> {
        self.clients
            .ecr_in(repo.region.as_deref(), repo.fips, repo.dual_stack)
            .await
    }

    /// A "repository not found" error said with the registry and region asked, and a hint to
    /// check the region when it did not come from a URI; other errors pass through.
    pub async fn not_found(&self, err: anyhow::Error, repo: &RepoName) -> anyhow::Error {
        if !codes::repository_not_found(code_of(&err)) {
            return err;
        }
        let region = self.region_of(repo).await;
        let kind = if repo.public {
            "public repository"
        } else {
            "repository"
        };
        let message = format!(
            "{kind} {} does not exist in {}",
            repo.name,
            repo.registry_text(&region)
        );
        let hint = if repo.public {
            "check the name with `ecrctl repo list --public`".to_string()
        } else if repo.region.is_some() {
            "check the account and region in the repository URI".to_string()
        } else {
            let source = if self.region_flag.is_some() {
                "--region"
            } else {
                "your configured region"
            };
            format!(
                "it was looked up in {region} ({source}): pass --region REGION or the full repository URI if it lives elsewhere; `ecrctl repo list` shows what is there"
            )
        };
        AppError::new(Exit::NotFound, message)
            .with_hint(hint)
            .with_code("RepositoryNotFoundException")
            .into()
    }

    /// The region a repository's calls go to, for messages.
    pub async fn region_of(&self, repo: &RepoName) -> String {
        if repo.public {
            return crate::aws::PUBLIC_REGION.to_string();
        }
        match &repo.region {
            Some(r) => r.clone(),
            None => self.clients.region().await.unwrap_or_default(),
        }
    }
}

/// The exit code of a dry run: with `--exit-code`, 1 when it would change something (as
/// `git diff --exit-code`); otherwise success either way.
pub fn dry_run_exit(exit_code: bool, would_change: bool) -> Exit {
    if exit_code && would_change {
        Exit::WouldChange
    } else {
        Exit::Success
    }
}
