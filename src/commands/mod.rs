//! One module per command group; each command returns a [`Report`] and prints nothing itself.

pub mod audit;
pub mod check_push;
pub mod completions;
pub mod document;
pub mod images;
pub mod lifecycle;
pub mod login;
pub mod policy;
pub mod registry;
pub mod repo;
pub mod template;
pub mod version;

use anyhow::Result;

use crate::aws::Clients;
use crate::cli::{Command, ImagesCommand, LifecycleCommand, PolicyCommand, RepoCommand};
use crate::error::{code_of, codes, AppError, Exit};
use crate::output::Report;
use crate::reference::RepoName;

pub use document::{document_report, pretty, read_document};

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
    /// The command's repository argument, parsed once before dispatch.
    pub repo: Option<RepoName>,
    /// --registry-id, for commands without a repository argument (repo list, audit).
    pub registry_id: Option<String>,
    /// --timeout, which also bounds local tools ecrctl runs (docker).
    pub timeout: std::time::Duration,
    /// The CI system running ecrctl, if any.
    pub runner: crate::ci::Runner,
}

impl Context {
    /// The repository the command names (parsed by [`repository_argument`] before dispatch).
    pub fn repo(&self) -> Result<&RepoName> {
        self.repo.as_ref().ok_or_else(|| {
            AppError::new(
                Exit::Failure,
                "bug: this command's repository was not parsed",
            )
            .into()
        })
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

/// The repository argument of a command and whether `--public` was given: one place that
/// knows which argument names the repository (an image argument gives its repository part).
pub fn repository_argument(command: &Command) -> Option<(&str, bool)> {
    fn image(arg: &str) -> &str {
        crate::reference::split_image_arg(arg).0
    }
    match command {
        Command::Repo(r) => match r {
            RepoCommand::Create(a) => Some((&a.name, a.public)),
            RepoCommand::Show(a) => Some((&a.name, a.public)),
            RepoCommand::Delete(a) => Some((&a.name, a.public)),
            RepoCommand::Immutable(a) | RepoCommand::Mutable(a) => Some((&a.name, a.public)),
            RepoCommand::Update(a) => Some((&a.name, a.public)),
            RepoCommand::List(_) => None,
        },
        Command::Images(i) => match i {
            ImagesCommand::List(a) => Some((&a.repository, a.public)),
            ImagesCommand::Show(a) if a.image.is_some() => Some((&a.target, a.public)),
            ImagesCommand::Show(_) => None,
            ImagesCommand::Tag(a) => Some((image(&a.image), false)),
            ImagesCommand::Delete(a) => Some((image(&a.repository), a.public)),
            ImagesCommand::Prune(a) => Some((&a.repository, false)),
        },
        Command::Policy(p) => match p {
            PolicyCommand::Get(a) => Some((&a.repository, a.public)),
            PolicyCommand::Set(a) => Some((&a.repository, a.public)),
            PolicyCommand::Delete(a) => Some((&a.repository, a.public)),
            _ => None,
        },
        Command::Lifecycle(l) => match l {
            LifecycleCommand::Get(a) => Some((&a.repository, false)),
            LifecycleCommand::Set(a) => Some((&a.repository, false)),
            LifecycleCommand::Delete(a) => Some((&a.repository, false)),
            LifecycleCommand::Preview(a) => a.repository.as_deref().map(|r| (r, false)),
            _ => None,
        },
        _ => None,
    }
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
            RepoCommand::Update(args) => repo::update(ctx, args).await,
        },
        Command::Images(images) => images::dispatch(ctx, images).await,
        Command::Policy(p) => policy::dispatch(ctx, p).await,
        Command::Lifecycle(l) => lifecycle::dispatch(ctx, l).await,
        Command::Login(args) => login::login(ctx, args).await,
        Command::Registry(crate::cli::RegistryCommand::Show(args)) => {
            registry::show(ctx, args).await
        }
        Command::Template(t) => template::dispatch(ctx, t).await,
        Command::CredentialHelper(args) => login::helper(ctx, args).await,
        Command::Audit(args) => audit::audit(ctx, args).await,
        Command::CheckPush(args) => check_push::check_push(ctx, args).await,
        Command::Completions(_) | Command::Man(_) | Command::Version => {
            unreachable!("printed without an AWS context")
        }
    }
}

/// Seconds since the epoch, now.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
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
