//! `ecrctl lifecycle …`: get, set (lint, diff, preview the next run, apply), delete, validate,
//! preview (locally, and with ECR as referee), templates; the lifecycle policy's part of the
//! document workflow.

pub mod preview;
pub mod set;
pub mod validate;

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::document::{self, document_report, validate::LintFinding, Document};
use super::{Context, RepoArg, Run};
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError, Exit};
use crate::images::ImageRow;
use crate::lifecycle::eval::Image;
use crate::lifecycle::lint::{Finding, Linted, Severity};
use crate::lifecycle::templates;
use crate::output::Report;
use crate::reference::RepoName;
use crate::registry::lifecycle::PUBLIC_HAS_NONE;
use crate::registry::{ImageQuery, ImageStatus, Registry};
use crate::writes::Done;

/// A private repository's lifecycle policy: which images ECR expires or archives, and when.
pub struct LifecyclePolicy;

impl Document for LifecyclePolicy {
    const NOUN: &'static str = "lifecycle policy";
    const NAME: &'static str = "lifecycle policy";
    const LIMIT: usize = crate::lifecycle::MAX_TEXT;
    const DELETE_COST: &'static str = " (old images then pile up again)";
    const TEMPLATES: &'static [(&'static str, &'static str)] = templates::TEMPLATES;
    const TEMPLATE_HEADER: &'static str = "DOES";
    const SEVERITIES: &'static [Severity] = &[Severity::Error, Severity::Warning];
    const STRICT_NOTE: &'static str = " (--strict fails on warnings)";
    type Finding = Finding;
    type Commands = crate::records::LifecycleCommands;

    /// Lifecycle policies exist for private repositories only.
    fn repo(repo: &RepoName) -> Result<&RepoName> {
        if repo.public {
            return Err(AppError::new(Exit::Conflict, PUBLIC_HAS_NONE).into());
        }
        Ok(repo)
    }

    fn normalize(doc: &Value) -> Value {
        crate::lifecycle::normalize(doc)
    }

    fn equivalent(a: &Value, b: &Value) -> bool {
        crate::lifecycle::equivalent(a, b)
    }

    fn set_hint(repo: &RepoName) -> String {
        format!("set one with `ecrctl lifecycle set {} --template expire-untagged` (see `ecrctl lifecycle templates`)", repo.given)
    }

    fn delete_hint(_repo: &RepoName) -> String {
        "nothing to delete; `--if-exists` makes that a success for a cleanup job that may run twice"
            .into()
    }

    async fn read(registry: &Registry, name: &str) -> Result<Option<String>> {
        registry
            .private_for(PUBLIC_HAS_NONE)?
            .lifecycle_policy(name)
            .await
    }

    async fn remove(registry: &Registry, name: &str) -> Result<Option<Done>> {
        registry
            .private_for(PUBLIC_HAS_NONE)?
            .delete_lifecycle_policy(name)
            .await
    }
}

impl LintFinding for Finding {
    /// The message is `rule 20: message`: a rule is named by its priority, or by its position
    /// when it has no valid priority.
    fn parts(&self) -> (Severity, &'static str, String) {
        let at = match (self.rule, self.position) {
            (Some(r), _) => format!("rule {r}: "),
            (None, Some(p)) => format!("the rule at position {p}: "),
            (None, None) => String::new(),
        };
        (self.severity(), self.code.as_str(), at + &self.message)
    }
}

pub const EX_GET_LIFECYCLEREPOARGS: &str = "Examples:\n  ecrctl lifecycle get myapp\n  ecrctl lifecycle get myapp -o json > lifecycle.json";

pub const EX_DELETE_LIFECYCLEDELETEARGS: &str =
    "Examples:\n  ecrctl lifecycle delete myapp\n  ecrctl lifecycle delete myapp --yes --if-exists";

pub const EX_TEMPLATES_LIFECYCLE: &str = "Examples:\n  ecrctl lifecycle templates";

pub const EX_TEMPLATE_LIFECYCLETEMPLATEARGS: &str = "Examples:\n  ecrctl lifecycle template keep-last --count 20 --pattern 'dev-*' --pattern 'pr-*'\n  ecrctl lifecycle template archive-unpulled --days 60 --then-days 365 > lifecycle.json";

#[derive(Debug, Clone, Args)]
pub struct LifecycleRepoArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME)
    pub repository: String,
}

impl Run for LifecycleRepoArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.repository, false)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        document::get::<LifecyclePolicy>(ctx, &repo).await
    }
}

/// The parameters of the lifecycle templates.
#[derive(Debug, Clone, Args)]
pub struct LifecycleTemplateParams {
    /// How many images to keep (keep-last; default 30)
    #[arg(long, value_name = "N", value_parser = crate::cli::count_arg, allow_hyphen_values = true)]
    pub count: Option<u32>,
    /// Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)
    #[arg(long, value_name = "N", value_parser = crate::cli::count_arg, allow_hyphen_values = true)]
    pub days: Option<u32>,
    /// Days in the archive before expiring (archive-unpulled; default 180, at least 90)
    #[arg(long, value_name = "N", value_parser = crate::cli::count_arg, allow_hyphen_values = true)]
    pub then_days: Option<u32>,
    /// A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)
    #[arg(long = "pattern", value_name = "PATTERN")]
    pub patterns: Vec<String>,
}

/// Where a lifecycle policy comes from: a file or a template.
#[derive(Debug, Clone, Args)]
pub struct LifecycleSource {
    /// The lifecycle policy document (`-` reads standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "template")]
    pub file: Option<String>,
    /// A built-in template instead of a file (see `ecrctl lifecycle templates`)
    #[arg(long, value_name = "NAME", value_parser = crate::cli::lifecycle_template_names())]
    pub template: Option<String>,
    #[command(flatten)]
    pub params: LifecycleTemplateParams,
}

#[derive(Debug, Clone, Args)]
pub struct LifecycleDeleteArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME)
    pub repository: String,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when there is no lifecycle policy (or no repository)
    #[arg(long)]
    pub if_exists: bool,
}

impl Run for LifecycleDeleteArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.repository, false)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        document::delete::<LifecyclePolicy>(ctx, &repo, self.yes, self.if_exists).await
    }
}

#[derive(Debug, Clone, Args)]
pub struct LifecycleTemplateArgs {
    /// Template name (see `ecrctl lifecycle templates`)
    #[arg(value_parser = crate::cli::lifecycle_template_names())]
    pub name: String,
    #[command(flatten)]
    pub params: LifecycleTemplateParams,
}

impl Run for LifecycleTemplateArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, _: &Context, (): ()) -> Result<Report> {
        let (policy, warnings) = template(&self.name, &self.params)?;
        let mut report = document_report(policy.to_json());
        report.diagnostics = warnings;
        Ok(report)
    }
}

/// `lifecycle templates`.
pub fn list_templates() -> Report {
    document::templates::<LifecyclePolicy>()
}

/// A template, filled in and linted: a parameter that makes a policy ECR refuses is a usage
/// error; the footguns come back as warnings.
fn template(
    name: &str,
    p: &LifecycleTemplateParams,
) -> Result<(crate::lifecycle::Policy, Vec<Diagnostic>)> {
    let params = templates::Params {
        count: p.count,
        days: p.days,
        then_days: p.then_days,
        patterns: p.patterns.clone(),
    };
    let policy = templates::template(name, &params).map_err(AppError::usage)?;
    let findings = crate::lifecycle::lint::lint_value(&policy.to_json()).findings;
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .map(LintFinding::line)
        .collect();
    if !errors.is_empty() {
        return usage(format!(
            "template {name} with these options makes a policy ECR refuses: {}",
            errors.join("; ")
        ));
    }
    Ok((
        policy,
        findings.iter().map(LintFinding::diagnostic).collect(),
    ))
}

/// The policy text a command was given: a file (or standard input) or a filled-in template.
fn source_text(source: &LifecycleSource) -> Result<Option<String>> {
    match (&source.file, &source.template) {
        (Some(file), _) => document::read_file::<LifecyclePolicy>(file).map(Some),
        (None, Some(name)) => {
            // Its footguns are the linter's findings, said by the command that lints it.
            let (policy, _) = template(name, &source.params)?;
            Ok(Some(document::pretty(&policy.to_json())))
        }
        (None, None) => {
            let p = &source.params;
            if p.count.is_some()
                || p.days.is_some()
                || p.then_days.is_some()
                || !p.patterns.is_empty()
            {
                return usage("--count, --days, --then-days and --pattern fill in a --template");
            }
            Ok(None)
        }
    }
}

/// A policy with errors goes no further: the findings as `validate` prints them, exit 15.
fn invalid(label: &str, what: &str, linted: &Linted) -> Option<Report> {
    if linted.errors() == 0 {
        return None;
    }
    let mut report =
        document::validate::findings_report::<LifecyclePolicy>(label, &linted.findings, false);
    report.diagnostics.push(Diagnostic::error(format!(
        "{what} has {} error(s){}",
        linted.errors(),
        if what.contains(" for ") {
            "; nothing was sent"
        } else {
            ""
        }
    )));
    Some(report)
}

/// Every image of the repository (active, archived, being restored), with the links between
/// them (indexes, referrers); a warning when some manifests could not be read.
pub(super) async fn repository_images(
    ctx: &Context,
    repo: &RepoName,
) -> Result<(Vec<ImageRow>, Option<Diagnostic>)> {
    let registry = ctx.registry(repo).await?;
    let query = ImageQuery {
        tagged: None,
        status: ImageStatus::Any,
    };
    let mut rows = match registry.images(&repo.name, query).await {
        Ok(rows) => rows,
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    let warning = registry
        .read_links(
            &repo.name,
            &mut rows,
            crate::registry::lifecycle::Links::Referrers,
        )
        .await
        .diagnostic(&repo.name);
    Ok((rows, warning))
}

/// The images to evaluate; an error (exit 5) when one was listed without its digest or push
/// time: no decision is made on what is unknown.
pub(super) fn as_images(repo: &str, rows: &[ImageRow]) -> Result<Vec<Image>> {
    if let Some(why) = crate::images::unknown_image(repo, rows) {
        return Err(crate::error::AppError::new(
            crate::error::Exit::Service,
            why.replace("what to delete", "what the policy would do")
                .replace("; nothing was deleted", ""),
        )
        .with_hint("the service's answer was incomplete: run again")
        .into());
    }
    Ok(rows.iter().map(Image::from_row).collect())
}

/// The lifecycle linter's codes as the README's table rows.
pub fn rule_table() -> String {
    crate::lifecycle::lint::Code::table()
}
