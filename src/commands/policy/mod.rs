//! `ecrctl policy …`: get, set (validate, diff, apply), delete, validate, templates; the
//! repository policy's part of the document workflow.

pub mod delete;
pub mod set;
pub mod templates;
pub mod validate;

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::document::{self, validate::LintFinding, Document};
use super::{Context, RepoArg, Run};
use crate::output::Report;
use crate::policy::lint::{Finding, Severity};
use crate::policy::templates as policy_templates;
use crate::reference::RepoName;
use crate::registry::Registry;
use crate::writes::Done;

pub use templates::rule_table;

pub const EX_GET_POLICYREPOARGS: &str =
    "Examples:\n  ecrctl policy get myapp\n  ecrctl policy get myapp -o json > policy.json";

#[derive(Debug, Clone, Args)]
pub struct PolicyRepoArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub repository: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
}

impl Run for PolicyRepoArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.repository, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        document::get::<RepositoryPolicy>(ctx, &repo).await
    }
}

#[derive(Debug, Clone, Args)]
pub struct TemplateParamArgs {
    /// A principal ARN for the template (repeatable)
    #[arg(long = "principal", value_name = "ARN")]
    pub principals: Vec<String>,
    /// An AWS account id for the template (repeatable)
    #[arg(long = "account", value_name = "ID")]
    pub accounts: Vec<String>,
    /// An AWS Organizations id (o-…) for org-pull
    #[arg(long, value_name = "ID")]
    pub org_id: Option<String>,
}

/// A repository's policy: who may do what with it.
pub struct RepositoryPolicy;

impl Document for RepositoryPolicy {
    const NOUN: &'static str = "policy";
    const NAME: &'static str = "repository policy";
    const LIMIT: usize = crate::policy::MAX_POLICY_CHARS;
    const TEMPLATES: &'static [(&'static str, &'static str)] = policy_templates::TEMPLATES;
    const TEMPLATE_HEADER: &'static str = "GRANTS";
    const SEVERITIES: &'static [Severity] = &[
        Severity::Error,
        Severity::SecurityWarning,
        Severity::Warning,
        Severity::Suggestion,
    ];
    type Finding = Finding;
    type Commands = crate::records::PolicyCommands;

    fn normalize(doc: &Value) -> Value {
        crate::policy::normalize(doc)
    }

    fn equivalent(a: &Value, b: &Value) -> bool {
        crate::policy::equivalent(a, b)
    }

    fn set_hint(repo: &RepoName) -> String {
        format!(
            "set one with `ecrctl policy set {} --file FILE` or `--template NAME`",
            repo.given
        )
    }

    async fn read(registry: &Registry, name: &str) -> Result<Option<String>> {
        registry.policy(name).await
    }

    async fn remove(registry: &Registry, name: &str) -> Result<Option<Done>> {
        registry.delete_policy(name).await
    }
}

impl LintFinding for Finding {
    /// The message is `statement 2: message` (the statement is named unless the message does).
    fn parts(&self) -> (Severity, &'static str, String) {
        let message = match self.statement {
            Some(n) if !self.message.starts_with("statement") => {
                format!("statement {n}: {}", self.message)
            }
            _ => self.message.clone(),
        };
        (self.severity(), self.code.as_str(), message)
    }
}

fn params(p: &TemplateParamArgs, public: bool) -> policy_templates::Params {
    policy_templates::Params {
        principals: p.principals.clone(),
        accounts: p.accounts.clone(),
        org_id: p.org_id.clone(),
        public,
    }
}
