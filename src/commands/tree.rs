//! The command tree: `Cli` and the enums over commands, matched once in `dispatch`. Each
//! command's own arguments live in its file; the global options in `crate::cli`.

use clap::{Parser, Subcommand};

use super::{
    audit, check_push, completions, images, lifecycle, login, policy, registry, repo, template,
    version,
};
use crate::cli::GlobalArgs;

#[derive(Debug, Parser)]
#[command(
    name = "ecrctl",
    version,
    about = "A fast, scriptable client for Amazon ECR repositories, private and public",
    long_about = None,
    propagate_version = true,
    max_term_width = 100,
    args_override_self = true,
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// The whole command line as `--help`, the man pages and completions show it: the exit-code
/// table after the top-level help, and every leaf command's examples after its long help too.
pub fn command() -> clap::Command {
    fn examples_in_long_help(cmd: clap::Command) -> clap::Command {
        let cmd = match (cmd.get_after_long_help(), cmd.get_after_help()) {
            (Some(long), Some(short)) => {
                let text = format!("{long}\n\n{short}");
                cmd.after_long_help(text)
            }
            _ => cmd,
        };
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        names.into_iter().fold(cmd, |cmd, name| {
            cmd.mut_subcommand(name, examples_in_long_help)
        })
    }
    examples_in_long_help(
        <Cli as clap::CommandFactory>::command().after_long_help(crate::error::Exit::help_table()),
    )
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run
pub enum Command {
    /// Create, show, list and delete repositories; switch tag mutability
    #[command(subcommand)]
    Repo(RepoCommand),

    /// List, inspect, tag and delete images
    #[command(subcommand)]
    Images(ImagesCommand),

    /// Show, set, validate and delete repository policies; policy templates
    #[command(subcommand)]
    Policy(PolicyCommand),

    /// The registry as a whole: replication, registry policy, scanning, pull-through cache
    /// rules, creation templates, account settings
    #[command(subcommand)]
    Registry(RegistryCommand),

    /// Repository creation templates: what create-on-push, pull-through cache and replication
    /// give the repositories they create
    #[command(subcommand)]
    Template(TemplateCommand),

    /// Lifecycle policies: get, set (after a preview of what the next run does), delete,
    /// validate, preview locally or with ECR, templates
    #[command(subcommand)]
    Lifecycle(LifecycleCommand),

    /// Log docker (or podman, nerdctl, finch, helm, oras) in to ECR registries; install the
    /// docker credential helper
    #[command(after_help = login::args::EX_LOGIN_LOGINARGS, after_long_help = login::args::LOGIN_HELP)]
    Login(login::args::LoginArgs),

    /// The docker-credential-helpers protocol: get, store, erase, list (docker runs it as
    /// docker-credential-ecrctl)
    #[command(after_help = login::args::EX_HELPER)]
    CredentialHelper(login::args::CredentialHelperArgs),

    /// Every repository's tag and access posture, across regions, in one fast pass
    #[command(after_help = audit::args::EX_AUDIT_AUDITARGS, after_long_help = audit::args::AUDIT_HELP)]
    Audit(audit::args::AuditArgs),

    /// Predict what pushing each image reference will do, before CI pushes it
    #[command(after_help = check_push::args::EX_CHECKPUSH_CHECKPUSHARGS, after_long_help = check_push::args::CHECK_PUSH_HELP)]
    CheckPush(check_push::args::CheckPushArgs),

    /// Print a shell completion script
    #[command(after_help = completions::EX_COMPLETIONS_COMPLETIONSARGS)]
    Completions(completions::CompletionsArgs),

    /// Print the version, commit, target and AWS SDK versions (`-o json` for all of it)
    #[command(after_help = version::EX_VERSION)]
    Version,

    /// Print a man page (roff): ecrctl(1), or a command's, e.g. `ecrctl man repo create`
    #[command(after_help = completions::EX_MAN)]
    Man(completions::ManArgs),
}

#[derive(Debug, Subcommand)]
pub enum RepoCommand {
    /// Create a repository and print its URI
    #[command(after_help = repo::create::EX_CREATE_CREATEARGS)]
    Create(repo::create::CreateArgs),
    /// Show one repository
    #[command(after_help = repo::show::EX_SHOW_SHOWARGS)]
    Show(repo::show::ShowArgs),
    /// List repositories, all pages
    #[command(after_help = repo::list::EX_LIST_LISTARGS)]
    List(repo::list::ListArgs),
    /// Delete a repository
    #[command(after_help = repo::delete::EX_DELETE_DELETEARGS)]
    Delete(repo::delete::DeleteArgs),
    /// Make tags immutable (pushes cannot overwrite them), except tags matching --except
    #[command(after_help = repo::mutability::EX_IMMUTABLE_MUTABILITYARGS)]
    Immutable(repo::mutability::MutabilityArgs),
    /// Make tags mutable (pushes may move them), except tags matching --except
    #[command(after_help = repo::mutability::EX_MUTABLE_MUTABILITYARGS)]
    Mutable(repo::mutability::MutabilityArgs),
    /// Change a repository's settings: scan on push, resource tags, public catalog data
    #[command(after_help = repo::update::EX_UPDATE_UPDATEARGS)]
    Update(repo::update::UpdateArgs),
}

#[derive(Debug, Subcommand)]
pub enum ImagesCommand {
    /// List a repository's images, all pages (newest first)
    #[command(after_help = images::list::EX_LIST_IMAGESLISTARGS)]
    List(images::list::ImagesListArgs),
    /// Show one image and its manifest (layers, or platforms of a multi-arch index)
    #[command(after_help = images::show::EX_SHOW_IMAGESSHOWARGS)]
    Show(images::show::ImagesShowArgs),
    /// Point new tags at an existing image, server-side, under the immutability rules
    #[command(after_long_help = "\
Each new tag is decided before anything is written:
  new        the tag does not exist: it will be created
  unchanged  the tag already points to the image: nothing to do
  overwrite  a mutable tag will move from its current image
  conflict   the tag exists and is immutable: refused

Refused tags are reported and the exit code is 10; the others are still written unless
--all-or-nothing is given, in which case nothing is written.")]
    #[command(after_help = images::tag::EX_TAG_IMAGESTAGARGS)]
    Tag(images::tag::ImagesTagArgs),
    /// Delete images by tag or digest
    #[command(after_help = images::delete::EX_DELETE_IMAGESDELETEARGS)]
    Delete(images::delete::ImagesDeleteArgs),
    /// Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated
    /// here)
    #[command(after_help = images::prune::EX_PRUNE_IMAGESPRUNEARGS, after_long_help = images::prune::PRUNE_HELP)]
    Prune(images::prune::ImagesPruneArgs),
    /// Scan images (starting the scan where needed), wait for it, and judge the findings
    #[command(after_help = images::scan::EX_SCAN, after_long_help = images::scan::SCAN_HELP)]
    Scan(images::scan::ImagesScanArgs),
    /// Wait until images exist, or until their scans have completed
    #[command(after_help = images::wait::EX_WAIT)]
    Wait(images::wait::ImagesWaitArgs),
    /// Copy an image between registries (any registry, ECR-aware), digest kept, every platform
    #[command(after_help = images::copy::EX_COPY, after_long_help = images::copy::COPY_HELP)]
    Copy(images::copy::ImagesCopyArgs),
    /// Copy every matching tag of a repository to another; what is there is skipped
    #[command(after_help = images::sync::EX_SYNC, after_long_help = images::sync::SYNC_HELP)]
    Sync(images::sync::ImagesSyncArgs),
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Print a repository's policy (`--output json` prints the document itself)
    #[command(after_help = policy::EX_GET_POLICYREPOARGS, visible_alias = "show")]
    Get(policy::PolicyRepoArgs),
    /// Validate, diff and apply a policy; says "unchanged" without writing when it is the same
    #[command(after_help = policy::set::EX_SET_POLICYSETARGS)]
    Set(policy::set::PolicySetArgs),
    /// Delete a repository's policy
    #[command(after_help = policy::delete::EX_DELETE_POLICYDELETEARGS)]
    Delete(policy::delete::PolicyDeleteArgs),
    /// Lint a policy file offline (no AWS call)
    #[command(after_help = policy::validate::EX_VALIDATE_POLICYVALIDATEARGS, after_long_help = policy::validate::POLICY_VALIDATE_HELP)]
    Validate(policy::validate::PolicyValidateArgs),
    /// List the built-in templates
    #[command(after_help = policy::templates::EX_TEMPLATES)]
    Templates,
    /// Print a built-in template, filled in
    #[command(after_help = policy::templates::EX_TEMPLATE_POLICYTEMPLATEARGS)]
    Template(policy::templates::PolicyTemplateArgs),
}

#[derive(Debug, Subcommand)]
pub enum LifecycleCommand {
    /// Print a repository's lifecycle policy (`--output json` prints the document itself)
    #[command(after_help = lifecycle::EX_GET_LIFECYCLEREPOARGS, visible_alias = "show")]
    Get(lifecycle::LifecycleRepoArgs),
    /// Validate, diff, preview the next run, and apply; "unchanged" without writing when it is
    /// the same
    #[command(after_help = lifecycle::set::EX_SET_LIFECYCLESETARGS)]
    Set(lifecycle::set::LifecycleSetArgs),
    /// Delete a repository's lifecycle policy
    #[command(after_help = lifecycle::EX_DELETE_LIFECYCLEDELETEARGS)]
    Delete(lifecycle::LifecycleDeleteArgs),
    /// Lint a lifecycle policy file offline (no AWS call)
    #[command(after_help = lifecycle::validate::EX_VALIDATE_LIFECYCLEVALIDATEARGS, after_long_help = lifecycle::validate::LIFECYCLE_VALIDATE_HELP)]
    Validate(lifecycle::validate::LifecycleValidateArgs),
    /// What a policy's next run does to each image, and why (locally; --server asks ECR too)
    #[command(after_help = lifecycle::preview::EX_PREVIEW_LIFECYCLEPREVIEWARGS, after_long_help = lifecycle::preview::LIFECYCLE_PREVIEW_HELP)]
    Preview(lifecycle::preview::LifecyclePreviewArgs),
    /// List the built-in lifecycle templates
    #[command(after_help = lifecycle::EX_TEMPLATES_LIFECYCLE)]
    Templates,
    /// Print a built-in lifecycle template, filled in
    #[command(after_help = lifecycle::EX_TEMPLATE_LIFECYCLETEMPLATEARGS)]
    Template(lifecycle::LifecycleTemplateArgs),
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// List the templates
    #[command(after_help = template::args::EX_TEMPLATE_LIST)]
    List,
    /// Show a template (ROOT: the default one), or with --for which one a new repository gets
    #[command(after_help = template::args::EX_TEMPLATE_SHOW)]
    Show(template::args::TemplateShowArgs),
    /// Create a template for repositories whose names start with PREFIX/ (ROOT: every other)
    #[command(after_help = template::args::EX_TEMPLATE_CREATE)]
    Create(template::args::TemplateCreateArgs),
    /// Change what is given of a template, and nothing else
    #[command(after_help = template::args::EX_TEMPLATE_UPDATE)]
    Update(template::args::TemplateCreateArgs),
    /// Delete a template
    #[command(after_help = template::args::EX_TEMPLATE_DELETE)]
    Delete(template::args::TemplateDeleteArgs),
}

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Show every registry-level setting (a section that cannot be read says so)
    #[command(after_help = registry::EX_REGISTRY_SHOW)]
    Show(registry::RegistryShowArgs),
    /// Registry scanning: basic or enhanced, and which repositories are scanned on push or
    /// continuously
    #[command(subcommand)]
    Scanning(ScanningCommand),
    /// Replication to other regions and accounts
    #[command(subcommand)]
    Replication(ReplicationCommand),
    /// Pull-through cache rules: cache an upstream registry's images under a prefix
    #[command(subcommand)]
    PullThrough(PullThroughCommand),
    /// The registry policy: who may replicate into this registry or create repositories in it
    #[command(subcommand)]
    Policy(RegistryPolicyCommand),
}

#[derive(Debug, Subcommand)]
pub enum ScanningCommand {
    /// Print the registry scanning configuration (`-o json` round-trips into `set --file`)
    #[command(after_help = registry::scanning::EX_SCANNING_GET)]
    Get(registry::scanning::ScanningGetArgs),
    /// Replace the scanning configuration, after a diff and a preview of each repository's
    /// scanning
    #[command(after_help = registry::scanning::EX_SCANNING_SET, after_long_help = registry::scanning::SCANNING_SET_HELP)]
    Set(registry::scanning::ScanningSetArgs),
}

#[derive(Debug, Subcommand)]
pub enum ReplicationCommand {
    /// Print the replication configuration (`-o json` round-trips into `set --file`)
    #[command(after_help = registry::replication::EX_REPLICATION_GET)]
    Get(registry::replication::ReplicationGetArgs),
    /// Replace the replication configuration, after checks, a diff and a preview of each
    /// repository's destinations
    #[command(after_help = registry::replication::EX_REPLICATION_SET)]
    Set(registry::replication::ReplicationSetArgs),
    /// Copy images pushed before replication was configured to its destinations
    #[command(after_help = registry::replication::EX_REPLICATION_BACKFILL)]
    Backfill(registry::replication::BackfillArgs),
}

#[derive(Debug, Subcommand)]
pub enum PullThroughCommand {
    /// List the pull-through cache rules
    #[command(after_help = registry::pull_through::EX_PULL_LIST)]
    List(registry::pull_through::PullListArgs),
    /// Create a rule: PREFIX/IMAGE pulls cache UPSTREAM/IMAGE
    #[command(after_help = registry::pull_through::EX_PULL_CREATE)]
    Create(registry::pull_through::PullCreateArgs),
    /// Change a rule's credential or role
    #[command(after_help = registry::pull_through::EX_PULL_UPDATE)]
    Update(registry::pull_through::PullUpdateArgs),
    /// Delete a rule
    #[command(after_help = registry::pull_through::EX_PULL_DELETE)]
    Delete(registry::pull_through::PullDeleteArgs),
    /// Ask ECR whether a rule reaches its upstream with its credential (exit 27 when not)
    #[command(after_help = registry::pull_through::EX_PULL_VALIDATE)]
    Validate(registry::pull_through::PullValidateArgs),
}

#[derive(Debug, Subcommand)]
pub enum RegistryPolicyCommand {
    /// Print the registry policy (exit 14 when there is none)
    #[command(after_help = registry::policy::EX_REGISTRY_POLICY_GET, visible_alias = "show")]
    Get(registry::policy::RegistryPolicyGetArgs),
    /// Validate, diff and set the registry policy
    #[command(after_help = registry::policy::EX_REGISTRY_POLICY_SET)]
    Set(registry::policy::RegistryPolicySetArgs),
    /// Delete the registry policy
    #[command(after_help = registry::policy::EX_REGISTRY_POLICY_DELETE)]
    Delete(registry::policy::RegistryPolicyDeleteArgs),
    /// Lint a registry policy file offline (no AWS call)
    #[command(after_help = registry::policy::EX_REGISTRY_POLICY_VALIDATE)]
    Validate(registry::policy::RegistryPolicyValidateArgs),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::OutputFormat;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_work_after_the_subcommand() {
        let cli = Cli::try_parse_from([
            "ecrctl",
            "repo",
            "list",
            "--output",
            "json",
            "--region",
            "eu-west-1",
            "-vv",
        ])
        .unwrap();
        assert_eq!(cli.global.output, Some(OutputFormat::Json));
        assert_eq!(cli.global.regions, ["eu-west-1"]);
        assert_eq!(cli.global.verbose, 2);
    }

    #[test]
    fn repeatable_options_collect() {
        let cli = Cli::try_parse_from([
            "ecrctl",
            "repo",
            "create",
            "a1",
            "--immutable",
            "--except",
            "latest",
            "--except",
            "dev-*",
            "--tag",
            "team=a",
        ])
        .unwrap();
        let Command::Repo(RepoCommand::Create(c)) = cli.command else {
            panic!("wrong command")
        };
        assert_eq!(c.except, vec!["latest", "dev-*"]);
        assert!(c.immutable);
        assert_eq!(c.tags, vec!["team=a"]);
    }

    #[test]
    fn timeout_must_be_positive() {
        assert!(Cli::try_parse_from(["ecrctl", "--timeout", "0", "repo", "list"]).is_err());
        assert!(Cli::try_parse_from(["ecrctl", "--timeout", "x", "repo", "list"]).is_err());
        let cli = Cli::try_parse_from(["ecrctl", "--timeout", "2.5", "repo", "list"]).unwrap();
        assert_eq!(cli.global.timeout, 2.5);
    }

    #[test]
    fn quiet_and_verbose_conflict() {
        assert!(Cli::try_parse_from(["ecrctl", "-q", "-v", "repo", "list"]).is_err());
    }
}
