//! `registry policy get|set|delete|validate`: the registry policy (who may replicate into this
//! registry, create repositories through pull-through cache), through the policy linter with
//! the registry's flavour: a registry policy names its `Resource`.

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::write::{self, Change, PlanArgs, WriteArgs};
use crate::commands::document::validate::{findings_report, LintFinding};
use crate::commands::policy::RepositoryPolicy;
use crate::commands::{document_report, read_document, Context, Run};
use crate::error::{AppError, Exit};
use crate::output::{Human, Report};
use crate::policy::lint::{lint, Code, Finding, Options, Severity};
use crate::records::registry::RegistryDeleted;
use crate::registry::overview::registry_policy;
use crate::registry::registry_settings as calls;

pub const EX_REGISTRY_POLICY_GET: &str = "Examples:\n  ecrctl registry policy get\n  ecrctl registry policy get -o json > registry-policy.json";
pub const EX_REGISTRY_POLICY_SET: &str = "Examples:\n  ecrctl registry policy set --file registry-policy.json --dry-run\n  ecrctl registry policy set --file registry-policy.json --yes";
pub const EX_REGISTRY_POLICY_DELETE: &str =
    "Examples:\n  ecrctl registry policy delete --yes\n  ecrctl registry policy delete --yes --if-exists";
pub const EX_REGISTRY_POLICY_VALIDATE: &str =
    "Examples:\n  ecrctl registry policy validate registry-policy.json\n  ecrctl registry policy validate registry-policy.json --strict";

/// The linter's findings for a registry policy: a repository policy's rules, except that a
/// registry policy names its resources (`resource-present` is for repository policies).
pub fn registry_findings(text: &str) -> Vec<Finding> {
    lint(text, &Options::default())
        .into_iter()
        .filter(|f| f.code != Code::ResourcePresent)
        .map(|mut f| {
            f.message = f
                .message
                .replace("this private repository", "this registry")
                .replace("the repository", "the registry");
            f
        })
        .collect()
}

#[derive(Debug, Clone, Args)]
pub struct RegistryPolicyGetArgs {}

impl Run for RegistryPolicyGetArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        let region = ctx.clients.region().await?;
        match registry_policy(ctx.clients.ecr().await?).await? {
            Some(text) => Ok(document_report(
                serde_json::from_str(&text).unwrap_or(Value::String(text)),
            )),
            None => Err(no_policy(&region)),
        }
    }
}

fn no_policy(region: &str) -> anyhow::Error {
    AppError::new(
        Exit::NoPolicy,
        format!("the registry in {region} has no registry policy"),
    )
    .with_hint("set one with `ecrctl registry policy set --file FILE`")
    .into()
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["file", "plan"])))]
pub struct RegistryPolicySetArgs {
    /// The policy document (`-` reads standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "plan")]
    pub file: Option<String>,
    /// Apply even when validation finds errors
    #[arg(long)]
    pub no_validate: bool,
    #[command(flatten)]
    pub write: WriteArgs,
    #[command(flatten)]
    pub plans: PlanArgs,
}

impl Run for RegistryPolicySetArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        set(ctx, self).await
    }
}

const COMMAND: &str = "registry policy set";

async fn set(ctx: &Context, args: &RegistryPolicySetArgs) -> Result<Report> {
    let plan = write::read_plan(&args.plans, COMMAND)?;
    let text = match (&plan, &args.file) {
        (Some((_, p)), _) => serde_json::to_string_pretty(&p.targets[0].change.after)?,
        (None, Some(file)) => {
            read_document(file, "registry policy", crate::policy::MAX_POLICY_CHARS)?
        }
        (None, None) => return crate::error::usage("give --file FILE or --plan FILE"),
    };
    let findings = registry_findings(&text);
    let errors = findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .count();
    if errors > 0 && !args.no_validate {
        for f in &findings {
            crate::ui::line(&f.line());
        }
        return Err(AppError::new(
            Exit::PolicyInvalid,
            format!("the registry policy has {errors} error(s); nothing was sent"),
        )
        .with_hint("fix them, or pass --no-validate to let ECR decide")
        .into());
    }
    let doc = crate::policy::parse(&text)
        .map_err(|e| AppError::new(Exit::PolicyInvalid, format!("registry policy: {e}")))?;
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    let current: Option<Value> = registry_policy(client)
        .await?
        .and_then(|t| serde_json::from_str(&t).ok());
    let same = current
        .as_ref()
        .is_some_and(|c| crate::policy::equivalent(c, &doc));
    let before = current
        .as_ref()
        .map(crate::policy::normalize)
        .unwrap_or(Value::Null);
    // Equivalent documents (key order, a string or a one-element list) are not a change.
    let after = if same {
        before.clone()
    } else {
        crate::policy::normalize(&doc)
    };
    let sent = crate::policy::minify(&doc);
    let change = Change {
        command: COMMAND,
        setting: "registry policy".into(),
        question: format!("Set the registry policy in {region}?"),
        registry_id: None,
        region,
        before,
        after,
        preview: Value::Null,
        preview_human: Vec::new(),
        prompt_lines: Vec::new(),
        warnings: findings.iter().map(LintFinding::diagnostic).collect(),
    };
    write::apply(
        ctx,
        change,
        &args.write,
        Some((&args.plans, plan)),
        async move { calls::put_registry_policy(client, &sent).await },
    )
    .await
}

#[derive(Debug, Clone, Args)]
pub struct RegistryPolicyDeleteArgs {
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when there is no registry policy
    #[arg(long)]
    pub if_exists: bool,
}

impl Run for RegistryPolicyDeleteArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        let client = ctx.clients.ecr().await?;
        let region = ctx.clients.region().await?;
        let absent = || {
            if self.if_exists {
                let record = RegistryDeleted {
                    setting: "registry policy".into(),
                    deleted: false,
                    result: "absent",
                };
                Ok(
                    Report::of_record(&record, Human::Lines(vec![])).with_status(format!(
                        "the registry in {region} has no registry policy; nothing to delete"
                    )),
                )
            } else {
                Err(no_policy(&region))
            }
        };
        if !self.yes {
            if registry_policy(client).await?.is_none() {
                return absent();
            }
            crate::ui::confirm_or_abort(
                false,
                ctx.can_prompt,
                "deleting the registry policy",
                &format!("Delete the registry policy in {region}? Replication and pull-through cache it allows stop"),
                "registry policy kept",
            )
            .await?;
        }
        if !calls::delete_registry_policy(client).await? {
            return absent();
        }
        let record = RegistryDeleted {
            setting: "registry policy".into(),
            deleted: true,
            result: "deleted",
        };
        Ok(Report::of_record(&record, Human::Lines(vec![]))
            .with_status(format!("deleted the registry policy in {region}")))
    }
}

#[derive(Debug, Clone, Args)]
pub struct RegistryPolicyValidateArgs {
    /// The policy document (`-` reads standard input)
    pub file: String,
    /// Fail on warnings too
    #[arg(long)]
    pub strict: bool,
}

impl Run for RegistryPolicyValidateArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, _: &Context, (): ()) -> Result<Report> {
        let text = read_document(
            &self.file,
            "registry policy",
            crate::policy::MAX_POLICY_CHARS,
        )?;
        let findings = registry_findings(&text);
        Ok(findings_report::<RepositoryPolicy>(
            &self.file,
            &findings,
            self.strict,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registry_policy_may_name_its_resources() {
        let text = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Replicate","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":["ecr:CreateRepository","ecr:ReplicateImage"],"Resource":"arn:aws:ecr:us-east-1:123456789012:repository/*"}]}"#;
        assert!(
            registry_findings(text).is_empty(),
            "{:?}",
            registry_findings(text)
        );
        let open = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:ReplicateImage","Resource":"*"}]}"#;
        let f = registry_findings(open);
        assert!(f.iter().any(|f| f.severity() == Severity::Error), "{f:?}");
        assert!(
            f.iter().all(|f| !f.message.contains("the repository")),
            "{f:?}"
        );
    }
}
