//! The built-in policy templates.

use anyhow::Result;
use serde_json::Value;

use super::params;
use crate::cli::PolicyTemplateArgs;
use crate::commands::document::{document_report, pretty};
use crate::commands::Context;
use crate::error::{usage, AppError};
use crate::output::Report;
use crate::policy::lint::{lint, Code, Options, Severity};
use crate::policy::templates;
use crate::reference::{parse_repo_arg, partition_of};

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
        .filter(|f| f.severity() == Severity::Error)
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
    Code::table()
}
