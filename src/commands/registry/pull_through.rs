//! `registry pull-through list|create|update|delete|validate`: pull-through cache rules. A
//! credential is only ever named by its Secrets Manager ARN: ecrctl never reads the secret.

use anyhow::Result;
use clap::Args;
use serde_json::{json, Value};

use super::write::{self, Change, WriteArgs};
use crate::commands::{Context, Run};
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError, Exit};
use crate::output::{Human, Report};
use crate::records::registry::RegistryDeleted;
use crate::registry::registry_settings::{self as calls, PullRule, PullSpec};
use crate::registry_config::pull_through::{
    check_credential_arn, check_fit, check_prefix, check_upstream, Auth,
};

pub const EX_PULL_LIST: &str = "Examples:\n  ecrctl registry pull-through list\n  ecrctl registry pull-through list -o json | jq -r '.[].prefix'";
pub const EX_PULL_CREATE: &str = "Examples:\n  ecrctl registry pull-through create ecr-public --upstream public.ecr.aws --yes\n  ecrctl registry pull-through create docker-hub --upstream registry-1.docker.io \\\n      --credential-arn arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub-AbCdEf --dry-run";
pub const EX_PULL_UPDATE: &str = "Examples:\n  ecrctl registry pull-through update docker-hub --credential-arn ARN --dry-run\n  ecrctl registry pull-through update docker-hub --credential-arn ARN --yes";
pub const EX_PULL_DELETE: &str = "Examples:\n  ecrctl registry pull-through delete docker-hub --yes\n  ecrctl registry pull-through delete docker-hub --yes --if-exists";
pub const EX_PULL_VALIDATE: &str =
    "Examples:\n  ecrctl registry pull-through validate docker-hub\n  ecrctl registry pull-through validate docker-hub -o json | jq .valid";

#[derive(Debug, Clone, Args)]
pub struct PullListArgs {}

impl Run for PullListArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        let rules = calls::pull_through_rules(ctx.clients.ecr().await?).await?;
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        let rows = rules
            .iter()
            .map(|r| {
                vec![
                    r.prefix.clone(),
                    r.upstream.clone(),
                    dash(&r.credential_arn),
                    dash(&r.custom_role_arn),
                    dash(&r.created_at),
                ]
            })
            .collect();
        let mut report = Report::of_records(
            &rules,
            Human::Table {
                headers: vec!["PREFIX", "UPSTREAM", "CREDENTIAL", "ROLE", "CREATED"],
                rows,
            },
        );
        if rules.is_empty() {
            report.status.push("no pull-through cache rules".into());
        }
        Ok(report)
    }
}

#[derive(Debug, Clone, Args)]
pub struct PullCreateArgs {
    /// The repository prefix the cached images live under (`docker-hub` → docker-hub/library/nginx)
    pub prefix: String,
    /// The upstream registry's host: public.ecr.aws, registry.k8s.io, quay.io,
    /// registry-1.docker.io, ghcr.io, registry.gitlab.com, NAME.azurecr.io, cgr.dev or
    /// ACCOUNT.dkr.ecr.REGION.amazonaws.com
    #[arg(long, value_name = "HOST")]
    pub upstream: String,
    /// Only this upstream repository prefix is cached (default: all of it)
    #[arg(long, value_name = "PREFIX")]
    pub upstream_prefix: Option<String>,
    /// The Secrets Manager secret (its ARN; the name starts with ecr-pullthroughcache/) holding
    /// the upstream's credential. Never read by ecrctl
    #[arg(long, value_name = "ARN")]
    pub credential_arn: Option<String>,
    /// The IAM role ECR assumes to pull from another ECR registry
    #[arg(long, value_name = "ARN")]
    pub custom_role_arn: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

impl Run for PullCreateArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        create(ctx, self).await
    }
}

#[derive(Debug, Clone, Args)]
pub struct PullUpdateArgs {
    /// The rule's repository prefix
    pub prefix: String,
    /// The new credential's Secrets Manager ARN (never read by ecrctl)
    #[arg(long, value_name = "ARN")]
    pub credential_arn: Option<String>,
    /// The new role ECR assumes (an ECR upstream)
    #[arg(long, value_name = "ARN")]
    pub custom_role_arn: Option<String>,
    #[command(flatten)]
    pub write: WriteArgs,
}

impl Run for PullUpdateArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        update(ctx, self).await
    }
}

#[derive(Debug, Clone, Args)]
pub struct PullDeleteArgs {
    /// The rule's repository prefix
    pub prefix: String,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when there is no such rule
    #[arg(long)]
    pub if_exists: bool,
}

impl Run for PullDeleteArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        delete(ctx, self).await
    }
}

#[derive(Debug, Clone, Args)]
pub struct PullValidateArgs {
    /// The rule's repository prefix
    pub prefix: String,
}

impl Run for PullValidateArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        validate(ctx, self).await
    }
}

/// A rule in the form diffs show: its settings, the credential by ARN.
fn rule_json(r: &PullRule) -> Value {
    json!({
        "prefix": r.prefix,
        "upstream": r.upstream,
        "upstreamPrefix": r.upstream_prefix,
        "credentialArn": r.credential_arn,
        "customRoleArn": r.custom_role_arn,
    })
}

fn not_found(prefix: &str) -> anyhow::Error {
    AppError::new(
        Exit::NotFound,
        format!("there is no pull-through cache rule with prefix {prefix}"),
    )
    .with_code("PullThroughCacheRuleNotFoundException")
    .with_hint("`ecrctl registry pull-through list` shows the rules")
    .into()
}

async fn create(ctx: &Context, args: &PullCreateArgs) -> Result<Report> {
    check_prefix(&args.prefix).map_err(AppError::usage)?;
    let (host, auth) = check_upstream(&args.upstream).map_err(AppError::usage)?;
    if let Some(arn) = &args.credential_arn {
        check_credential_arn(arn).map_err(AppError::usage)?;
    }
    check_fit(
        auth,
        &host,
        args.credential_arn.is_some(),
        args.custom_role_arn.is_some(),
    )
    .map_err(AppError::usage)?;
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    let rules = calls::pull_through_rules(client).await?;
    if let Some(existing) = rules.iter().find(|r| r.prefix == args.prefix) {
        return Err(AppError::new(
            Exit::Conflict,
            format!(
                "a pull-through cache rule with prefix {} already exists (upstream {})",
                args.prefix, existing.upstream
            ),
        )
        .with_hint(
            "change its credential with `ecrctl registry pull-through update`, or delete it first",
        )
        .into());
    }
    let new = PullRule {
        prefix: args.prefix.clone(),
        upstream: host.clone(),
        upstream_prefix: args.upstream_prefix.clone(),
        credential_arn: args.credential_arn.clone(),
        custom_role_arn: args.custom_role_arn.clone(),
        created_at: None,
        updated_at: None,
    };
    let mut warnings = Vec::new();
    if auth == Auth::Optional && args.credential_arn.is_none() {
        warnings.push(Diagnostic::warning(format!(
            "{host} without a credential: pulls are anonymous and rate-limited"
        )));
    }
    let spec = PullSpec {
        prefix: args.prefix.clone(),
        upstream: Some(host.clone()),
        upstream_prefix: args.upstream_prefix.clone(),
        credential_arn: args.credential_arn.clone(),
        custom_role_arn: args.custom_role_arn.clone(),
    };
    let change = Change {
        command: "registry pull-through create",
        setting: format!("pull-through cache rule {}", args.prefix),
        question: format!(
            "Create the pull-through cache rule {} → {host} in {region}?",
            args.prefix
        ),
        registry_id: None,
        region,
        before: Value::Null,
        after: rule_json(&new),
        preview: Value::Null,
        preview_human: vec![Human::Lines(vec![format!(
            "pulls of {}/IMAGE will cache {host}/{}IMAGE",
            args.prefix,
            args.upstream_prefix
                .as_deref()
                .map(|p| format!("{p}/"))
                .unwrap_or_default()
        )])],
        prompt_lines: Vec::new(),
        warnings,
    };
    write::apply(ctx, change, &args.write, None, async move {
        calls::create_pull_through(client, &spec).await
    })
    .await
}

async fn update(ctx: &Context, args: &PullUpdateArgs) -> Result<Report> {
    if args.credential_arn.is_none() && args.custom_role_arn.is_none() {
        return usage(
            "say what to change: --credential-arn ARN or --custom-role-arn ARN (ECR changes nothing else of a rule: delete and create it for another upstream)",
        );
    }
    if let Some(arn) = &args.credential_arn {
        check_credential_arn(arn).map_err(AppError::usage)?;
    }
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    let rules = calls::pull_through_rules(client).await?;
    let current = rules
        .into_iter()
        .find(|r| r.prefix == args.prefix)
        .ok_or_else(|| not_found(&args.prefix))?;
    let mut new = current.clone();
    if let Some(arn) = &args.credential_arn {
        new.credential_arn = Some(arn.clone());
    }
    if let Some(arn) = &args.custom_role_arn {
        new.custom_role_arn = Some(arn.clone());
    }
    if let Ok((host, auth)) = check_upstream(&new.upstream) {
        check_fit(
            auth,
            &host,
            new.credential_arn.is_some(),
            new.custom_role_arn.is_some(),
        )
        .map_err(AppError::usage)?;
    }
    let spec = PullSpec {
        prefix: args.prefix.clone(),
        credential_arn: args.credential_arn.clone(),
        custom_role_arn: args.custom_role_arn.clone(),
        ..PullSpec::default()
    };
    let change = Change {
        command: "registry pull-through update",
        setting: format!("pull-through cache rule {}", args.prefix),
        question: format!(
            "Change the pull-through cache rule {} in {region}?",
            args.prefix
        ),
        registry_id: None,
        region,
        before: rule_json(&current),
        after: rule_json(&new),
        preview: Value::Null,
        preview_human: Vec::new(),
        prompt_lines: Vec::new(),
        warnings: Vec::new(),
    };
    write::apply(ctx, change, &args.write, None, async move {
        calls::update_pull_through(client, &spec).await
    })
    .await
}

async fn delete(ctx: &Context, args: &PullDeleteArgs) -> Result<Report> {
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    let setting = format!("pull-through cache rule {}", args.prefix);
    let absent = || {
        if args.if_exists {
            let record = RegistryDeleted {
                setting: setting.clone(),
                deleted: false,
                result: "absent",
            };
            Ok(Report::of_record(&record, Human::Lines(vec![]))
                .with_status(format!("no {setting}; nothing to delete")))
        } else {
            Err(not_found(&args.prefix))
        }
    };
    if !args.yes {
        let rules = calls::pull_through_rules(client).await?;
        let Some(rule) = rules.iter().find(|r| r.prefix == args.prefix) else {
            return absent();
        };
        crate::ui::confirm_or_abort(
            false,
            ctx.can_prompt,
            &format!("deleting the {setting}"),
            &format!(
                "Delete the {setting} (→ {}) in {region}? Images already cached stay; new pulls through {}/ stop",
                rule.upstream, args.prefix
            ),
            &format!("{setting} kept"),
        )
        .await?;
    }
    if !calls::delete_pull_through(client, &args.prefix).await? {
        return absent();
    }
    let record = RegistryDeleted {
        setting: setting.clone(),
        deleted: true,
        result: "deleted",
    };
    Ok(Report::of_record(&record, Human::Lines(vec![]))
        .with_status(format!("deleted the {setting}")))
}

async fn validate(ctx: &Context, args: &PullValidateArgs) -> Result<Report> {
    check_prefix(&args.prefix).map_err(AppError::usage)?;
    let client = ctx.clients.ecr().await?;
    let v = match calls::validate_pull_through(client, &args.prefix).await {
        Err(e) if crate::error::code_of(&e) == Some("PullThroughCacheRuleNotFoundException") => {
            return Err(not_found(&args.prefix))
        }
        other => other?,
    };
    let mut fields = vec![
        ("prefix", v.prefix.clone()),
        ("upstream", v.upstream.clone().unwrap_or_else(|| "-".into())),
        (
            "credential",
            v.credential_arn.clone().unwrap_or_else(|| "-".into()),
        ),
        ("valid", v.valid.to_string()),
    ];
    if let Some(f) = &v.failure {
        fields.push(("failure", f.clone()));
    }
    let mut report = Report::of_record(&v, Human::Fields(fields));
    if !v.valid {
        report.exit = Exit::PullThroughInvalid;
        report.diagnostics.push(Diagnostic::error(format!(
            "ECR cannot use the pull-through cache rule {}: {}",
            v.prefix,
            v.failure.as_deref().unwrap_or("no reason given")
        )));
    } else {
        report
            .status
            .push(format!("pull-through cache rule {} is valid", v.prefix));
    }
    Ok(report)
}
