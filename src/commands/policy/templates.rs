//! The built-in policy templates.

use anyhow::Result;

use crate::commands::Run;
use serde_json::Value;

use super::{document_report, params, pretty};

use super::TemplateParamArgs;
use crate::commands::Context;
use crate::error::{usage, AppError};
use crate::output::Report;
use crate::policy::lint::{lint, Options, Severity, RULES};
use crate::policy::templates;
use crate::reference::{parse_repo_arg, partition_of};
use clap::Args;

pub const EX_TEMPLATES: &str =
    "Examples:\n  ecrctl policy templates\n  ecrctl policy templates -o json | jq -r '.[].name'";

pub const EX_TEMPLATE_POLICYTEMPLATEARGS: &str = "Examples:\n  ecrctl policy template pull-only --principal arn:aws:iam::111122223333:role/ci\n  ecrctl policy template org-pull --org-id o-abc123def4\n  ecrctl policy template push-pull --identity --repo myapp";

#[derive(Debug, Clone, Args)]
pub struct PolicyTemplateArgs {
    /// Template name (see `ecrctl policy templates`)
    #[arg(value_parser = crate::cli::template_names())]
    pub name: String,
    #[command(flatten)]
    pub params: TemplateParamArgs,
    /// For a public repository
    #[arg(long)]
    pub public: bool,
    /// Print the least-privilege identity policy for --repo instead (the caller's account, or
    /// the one --account names, and the configured region)
    #[arg(long, requires = "repos")]
    pub identity: bool,
    /// Repositories for --identity (repeatable)
    #[arg(long = "repo", value_name = "NAME")]
    pub repos: Vec<String>,
}

impl Run for PolicyTemplateArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        template(ctx, self).await
    }
}

pub fn list_templates() -> Report {
    crate::commands::template_list(templates::TEMPLATES, "GRANTS", "policy templates")
}

pub(super) async fn template(ctx: &Context, args: &PolicyTemplateArgs) -> Result<Report> {
    let p = params(&args.params, args.public);
    if !args.identity {
        let doc = checked_template(&args.name, &p, args.public)?;
        let mut report = document_report(doc);
        if args.name == "push-pull" {
            report = report.with_status(
                "note: ecr:GetAuthorizationToken is left out: it only works in identity policies (see --identity)",
            );
        }
        if args.name == "public-restrict-pull" {
            report = report.with_status(
                "note: ECR Public serves anonymous pulls that no repository policy can deny; this denies the \
                 repository's API to everyone but the named principals (name your administrators too)",
            );
        }
        return Ok(report);
    }
    let mut names = Vec::new();
    for r in &args.repos {
        names.push(
            parse_repo_arg(r, args.public)
                .map_err(AppError::usage)?
                .name,
        );
    }
    let account = match args.params.accounts.first() {
        Some(a) => a.clone(),
        None if args.public => {
            return usage("--identity --public needs --account ID (the registry's account)")
        }
        None => crate::registry::Registry::own_id(&ctx.clients)
            .await
            .map_err(|e| {
                AppError::new(crate::error::classify(&e).0, crate::error::render(&e))
                    .with_hint("or name the account with --account ID")
            })?,
    };
    let arns: Vec<String> = if args.public {
        // ECR Public exists in the commercial partition only.
        names
            .iter()
            .map(|n| format!("arn:aws:ecr-public::{account}:repository/{n}"))
            .collect()
    } else {
        let region = ctx.clients.region().await?;
        let partition = partition_of(&region);
        names
            .iter()
            .map(|n| format!("arn:{partition}:ecr:{region}:{account}:repository/{n}"))
            .collect()
    };
    let identity_params = templates::Params {
        accounts: Vec::new(),
        ..p
    };
    let doc = templates::identity(&args.name, &identity_params, &arns).map_err(AppError::usage)?;
    Ok(document_report(doc))
}

/// A built-in template filled in, refused when the parameters make it an invalid policy (a
/// malformed principal ARN, say): every template that ecrctl prints passes `validate`.
pub(super) fn checked_template(name: &str, p: &templates::Params, public: bool) -> Result<Value> {
    let doc = templates::build(name, p).map_err(AppError::usage)?;
    let opts = Options {
        public,
        ..Default::default()
    };
    let errors: Vec<String> = lint(&pretty(&doc), &opts)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.code, f.message))
        .collect();
    if !errors.is_empty() {
        return usage(format!(
            "template {name} with these parameters is not a valid policy: {}",
            errors.join("; ")
        ));
    }
    Ok(doc)
}

/// The rule table for the README and `--help`.
pub fn rule_table() -> String {
    RULES
        .iter()
        .map(|(code, sev, meaning)| format!("| `{code}` | {} | {meaning} |\n", sev.as_str()))
        .collect()
}
