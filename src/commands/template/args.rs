//! The arguments and examples of `ecrctl template …`.

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::commands::lifecycle::LifecycleTemplateParams;
use crate::commands::policy::TemplateParamArgs;
use crate::commands::{Context, Run};
use crate::output::Report;

pub const EX_TEMPLATE_LIST: &str =
    "Examples:\n  ecrctl template list\n  ecrctl template list -o json | jq -r '.[].prefix'";

pub const EX_TEMPLATE_SHOW: &str =
    "Examples:\n  ecrctl template show team-a\n  ecrctl template show --for team-a/new-service";

pub const EX_TEMPLATE_CREATE: &str = "Examples:\n  ecrctl template create team-a --applied-for create-on-push --immutable --except 'dev-*'\n  ecrctl template create ROOT --applied-for create-on-push --applied-for pull-through-cache --lifecycle-template expire-untagged";

pub const EX_TEMPLATE_UPDATE: &str = "Examples:\n  ecrctl template update team-a --lifecycle-template keep-last --count 50\n  ecrctl template update team-a --description \"Team A services\"";

pub const EX_TEMPLATE_DELETE: &str = "Examples:\n  ecrctl template delete team-a --yes";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AppliedFor {
    CreateOnPush,
    PullThroughCache,
    Replication,
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["prefix", "for_repo"])))]
pub struct TemplateShowArgs {
    /// The template's prefix (ROOT for the default template)
    pub prefix: Option<String>,
    /// Which template a new repository with this name would get (longest prefix, then ROOT)
    #[arg(long = "for", value_name = "REPO")]
    pub for_repo: Option<String>,
    /// With --for: created by what [default: create-on-push]
    #[arg(long, value_enum, value_name = "WHAT", requires = "for_repo")]
    pub applied_for: Option<AppliedFor>,
}

#[derive(Debug, Clone, Args)]
pub struct TemplateCreateArgs {
    /// The prefix (a repository namespace such as team-a, or ROOT for the default template)
    pub prefix: String,
    /// What the template applies to (repeatable; create requires at least one)
    #[arg(long, value_enum, value_name = "WHAT")]
    pub applied_for: Vec<AppliedFor>,
    /// Description of the template
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Created repositories get immutable tags
    #[arg(long, conflicts_with = "mutable")]
    pub immutable: bool,
    /// Created repositories get mutable tags (update: switch back)
    #[arg(long)]
    pub mutable: bool,
    /// Exclusion filter for the mutability (repeatable, 1-5)
    #[arg(long, value_name = "PATTERN")]
    pub except: Vec<String>,
    /// Refused: templates have no scanning setting (use registry scanning rules)
    #[arg(long)]
    pub scan_on_push: bool,
    /// Created repositories are encrypted with this KMS key
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,
    /// Resource tag for created repositories (repeatable; update: replaces the list)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Repository policy for created repositories, from a file (linted)
    #[arg(long, value_name = "FILE", conflicts_with = "policy_template")]
    pub policy_file: Option<String>,
    /// Repository policy from a built-in template (see `ecrctl policy templates`)
    #[arg(long, value_name = "NAME", value_parser = crate::cli::template_names())]
    pub policy_template: Option<String>,
    #[command(flatten)]
    pub policy_params: TemplateParamArgs,
    /// Lifecycle policy for created repositories, from a file (linted)
    #[arg(long, value_name = "FILE", conflicts_with = "lifecycle_template")]
    pub lifecycle_file: Option<String>,
    /// Lifecycle policy from a built-in template (see `ecrctl lifecycle templates`)
    #[arg(long, value_name = "NAME", value_parser = crate::cli::lifecycle_template_names())]
    pub lifecycle_template: Option<String>,
    #[command(flatten)]
    pub lifecycle_params: LifecycleTemplateParams,
    /// The role ECR uses to apply the template (needed for KMS keys and tags in other cases)
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct TemplateDeleteArgs {
    /// The template's prefix (ROOT for the default template)
    pub prefix: String,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when there is no such template
    #[arg(long)]
    pub if_exists: bool,
}

/// `template list`.
pub struct List;
/// `template create`.
pub struct Create<'a>(pub &'a TemplateCreateArgs);
/// `template update`.
pub struct Update<'a>(pub &'a TemplateCreateArgs);

impl Run for List {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        super::list(ctx).await
    }
}

impl Run for TemplateShowArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        super::show(ctx, self).await
    }
}

impl Run for Create<'_> {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        super::write(ctx, self.0, true).await
    }
}

impl Run for Update<'_> {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        super::write(ctx, self.0, false).await
    }
}

impl Run for TemplateDeleteArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        super::delete(ctx, self).await
    }
}
