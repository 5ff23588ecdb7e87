//! The one match over the command enums, and the traits each command implements.
//!
//! Adding a command: its file under `commands/<group>/` holds its `Args` struct (with its
//! examples), an `impl Run` (or `impl Local`) naming its [`Target`], and its handler; then one
//! variant in its group enum in `tree.rs` and one arm below. A variant without an arm, or an
//! `Args` type without `Run`, does not compile.

use anyhow::Result;

use super::target::Target;
use super::tree::{
    Command, ImagesCommand, LifecycleCommand, PolicyCommand, PullThroughCommand, RegistryCommand,
    RegistryPolicyCommand, ReplicationCommand, RepoCommand, ScanningCommand, TemplateCommand,
};
use super::{lifecycle, policy, repo, template, version, Context};
use crate::cli::GlobalArgs;
use crate::output::Report;

/// A command that talks to AWS.
#[allow(async_fn_in_trait)] // its future runs on the main task, never sent to another thread
pub trait Run {
    /// What the command works on, resolved once before any client is built.
    type Target: Target;
    /// The arguments that name the target.
    fn target(&self) -> <Self::Target as Target>::Given<'_>;
    /// Global options the command refuses; by default, --region given more than once.
    fn check_globals(&self, global: &GlobalArgs) -> Result<()> {
        one_region(global)
    }
    /// The timeout of each AWS call, in seconds: --timeout unless the command takes it from
    /// elsewhere. `Ok(Err(report))`: print this report instead of running.
    fn timeout(&self, flag: f64) -> Result<Result<f64, Report>> {
        Ok(Ok(flag))
    }
    async fn run(&self, ctx: &Context, target: Self::Target) -> Result<Report>;
}

/// A command that needs no AWS settings: completions, man pages, the version.
pub trait Local {
    fn print(&self) -> Result<Printed>;
}

/// What a [`Local`] command prints.
pub enum Printed {
    /// Bytes as they are (a completion script).
    Bytes(Vec<u8>),
    /// A man page for `ecrctl COMMAND…`: shown by `man` on a terminal, else printed as roff.
    ManPage { command: Vec<String>, page: Vec<u8> },
    /// A report in the chosen output format.
    Report(Report),
}

/// What runs a command once it is matched: `ecrctl`'s own run (lib.rs), or a test's.
#[allow(async_fn_in_trait)]
pub trait Runner {
    type Output;
    async fn run<C: Run>(self, command: &C) -> Self::Output;
    fn local<C: Local>(self, command: &C) -> Self::Output;
}

/// A command whose report needs nothing but itself (`policy templates`, `lifecycle templates`).
pub struct Offline(pub fn() -> Report);

impl Run for Offline {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, _: &Context, (): ()) -> Result<Report> {
        Ok((self.0)())
    }
}

/// More than one --region is for `audit` only.
pub fn one_region(global: &GlobalArgs) -> Result<()> {
    if global.regions.len() > 1 {
        return crate::error::usage(
            "--region is given several times: only `audit` checks several regions",
        );
    }
    Ok(())
}

/// Resolve a command's target with --registry-id.
pub fn resolve<C: Run>(command: &C, registry_id: Option<&str>) -> Result<C::Target> {
    C::Target::resolve(command.target(), registry_id)
}

/// A context runs a command directly: its target resolved with its --registry-id (tests).
impl Runner for &Context {
    type Output = Result<Report>;
    async fn run<C: Run>(self, command: &C) -> Result<Report> {
        let target = resolve(command, self.registry_id.as_deref())?;
        // Boxed, as `ecrctl::run` does: the match over every command would otherwise hold the
        // largest command's future on the stack (a debug build's test thread overflows).
        Box::pin(command.run(self, target)).await
    }
    fn local<C: Local>(self, _: &C) -> Result<Report> {
        crate::error::usage("this command needs no AWS context: run it with `ecrctl::run`")
    }
}

/// The one match over the command enums.
pub async fn dispatch<R: Runner>(command: &Command, runner: R) -> R::Output {
    match command {
        Command::Repo(c) => match c {
            RepoCommand::Create(a) => runner.run(a).await,
            RepoCommand::Show(a) => runner.run(a).await,
            RepoCommand::List(a) => runner.run(a).await,
            RepoCommand::Delete(a) => runner.run(a).await,
            RepoCommand::Immutable(a) => runner.run(&repo::mutability::Immutable(a)).await,
            RepoCommand::Mutable(a) => runner.run(&repo::mutability::Mutable(a)).await,
            RepoCommand::Update(a) => runner.run(a).await,
        },
        Command::Images(c) => match c {
            ImagesCommand::List(a) => runner.run(a).await,
            ImagesCommand::Show(a) => runner.run(a).await,
            ImagesCommand::Tag(a) => runner.run(a).await,
            ImagesCommand::Delete(a) => runner.run(a).await,
            ImagesCommand::Prune(a) => runner.run(a).await,
            ImagesCommand::Scan(a) => runner.run(a).await,
            ImagesCommand::Wait(a) => runner.run(a).await,
            ImagesCommand::Copy(a) => runner.run(a).await,
            ImagesCommand::Sync(a) => runner.run(a).await,
        },
        Command::Policy(c) => match c {
            PolicyCommand::Get(a) => runner.run(a).await,
            PolicyCommand::Set(a) => runner.run(a).await,
            PolicyCommand::Delete(a) => runner.run(a).await,
            PolicyCommand::Validate(a) => runner.run(a).await,
            PolicyCommand::Templates => {
                runner
                    .run(&Offline(policy::templates::list_templates))
                    .await
            }
            PolicyCommand::Template(a) => runner.run(a).await,
        },
        Command::Lifecycle(c) => match c {
            LifecycleCommand::Get(a) => runner.run(a).await,
            LifecycleCommand::Set(a) => runner.run(a).await,
            LifecycleCommand::Delete(a) => runner.run(a).await,
            LifecycleCommand::Validate(a) => runner.run(a).await,
            LifecycleCommand::Preview(a) => runner.run(a).await,
            LifecycleCommand::Templates => runner.run(&Offline(lifecycle::list_templates)).await,
            LifecycleCommand::Template(a) => runner.run(a).await,
        },
        Command::Template(c) => match c {
            TemplateCommand::List => runner.run(&template::List).await,
            TemplateCommand::Show(a) => runner.run(a).await,
            TemplateCommand::Create(a) => runner.run(&template::Create(a)).await,
            TemplateCommand::Update(a) => runner.run(&template::Update(a)).await,
            TemplateCommand::Delete(a) => runner.run(a).await,
        },
        Command::Registry(c) => match c {
            RegistryCommand::Show(a) => runner.run(a).await,
            RegistryCommand::Scanning(ScanningCommand::Get(a)) => runner.run(a).await,
            RegistryCommand::Scanning(ScanningCommand::Set(a)) => runner.run(a).await,
            RegistryCommand::Replication(c) => match c {
                ReplicationCommand::Get(a) => runner.run(a).await,
                ReplicationCommand::Set(a) => runner.run(a).await,
                ReplicationCommand::Backfill(a) => runner.run(a).await,
            },
            RegistryCommand::PullThrough(c) => match c {
                PullThroughCommand::List(a) => runner.run(a).await,
                PullThroughCommand::Create(a) => runner.run(a).await,
                PullThroughCommand::Update(a) => runner.run(a).await,
                PullThroughCommand::Delete(a) => runner.run(a).await,
                PullThroughCommand::Validate(a) => runner.run(a).await,
            },
            RegistryCommand::Policy(c) => match c {
                RegistryPolicyCommand::Get(a) => runner.run(a).await,
                RegistryPolicyCommand::Set(a) => runner.run(a).await,
                RegistryPolicyCommand::Delete(a) => runner.run(a).await,
                RegistryPolicyCommand::Validate(a) => runner.run(a).await,
            },
        },
        Command::Login(a) => runner.run(a).await,
        Command::CredentialHelper(a) => runner.run(a).await,
        Command::Audit(a) => runner.run(a).await,
        Command::CheckPush(a) => runner.run(a).await,
        Command::Completions(a) => runner.local(a),
        Command::Man(a) => runner.local(a),
        Command::Version => runner.local(&version::Version),
    }
}
