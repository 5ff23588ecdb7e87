//! `ecrctl lifecycle …`: get, set (lint, diff, preview the next run, apply), delete, validate,
//! preview (locally, and with ECR as referee), templates; the lifecycle policy's part of the
//! document workflow.

mod preview;
mod set;
mod validate;

use anyhow::Result;
use serde_json::Value;

use super::document::{self, document_report, validate::LintFinding, Document};
use super::Context;
use crate::cli::{LifecycleCommand, LifecycleSource, LifecycleTemplateParams};
use crate::error::{usage, AppError, Exit};
use crate::images::ImageRow;
use crate::lifecycle::eval::Image;
use crate::lifecycle::lint::{Finding, Linted, Severity};
use crate::lifecycle::templates;
use crate::output::Report;
use crate::reference::RepoName;
use crate::registry::{ImageQuery, ImageStatus, Registry};
use crate::writes::Done;

/// A private repository's lifecycle policy: which images ECR expires or archives, and when.
pub struct LifecyclePolicy;

impl Document for LifecyclePolicy {
    const GROUP: &'static str = "lifecycle";
    const NOUN: &'static str = "lifecycle policy";
    const NAME: &'static str = "lifecycle policy";
    const LIMIT: usize = crate::lifecycle::MAX_TEXT;
    const DELETE_COST: &'static str = " (old images then pile up again)";
    const TEMPLATES: &'static [(&'static str, &'static str)] = templates::TEMPLATES;
    const TEMPLATE_HEADER: &'static str = "DOES";
    const SEVERITIES: &'static [Severity] = &[Severity::Error, Severity::Warning];
    const STRICT_NOTE: &'static str = " (--strict fails on warnings)";
    type Finding = Finding;

    /// Lifecycle policies exist for private repositories only.
    fn repo(ctx: &Context) -> Result<&RepoName> {
        let repo = ctx.repo()?;
        if repo.public {
            return Err(AppError::new(
                Exit::Conflict,
                "ECR Public repositories have no lifecycle policies: lifecycle works on private repositories",
            )
            .into());
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
        registry.lifecycle_policy(name).await
    }

    async fn remove(registry: &Registry, name: &str) -> Result<Option<Done>> {
        registry.delete_lifecycle_policy(name).await
    }
}

impl LintFinding for Finding {
    fn severity(&self) -> Severity {
        Finding::severity(self)
    }

    /// `error[code] rule 20: message`: a rule is named by its priority, or by its position
    /// when it has no valid priority.
    fn line(&self) -> String {
        let at = match (self.rule, self.position) {
            (Some(r), _) => format!("rule {r}: "),
            (None, Some(p)) => format!("the rule at position {p}: "),
            (None, None) => String::new(),
        };
        format!(
            "{}[{}] {at}{}",
            self.severity().as_str(),
            self.code,
            self.message
        )
    }
}

pub async fn dispatch(ctx: &Context, command: &LifecycleCommand) -> Result<Report> {
    match command {
        LifecycleCommand::Get(_) => document::get::<LifecyclePolicy>(ctx).await,
        LifecycleCommand::Set(args) => set::set(ctx, args).await,
        LifecycleCommand::Delete(args) => {
            document::delete::<LifecyclePolicy>(ctx, args.yes, args.if_exists).await
        }
        LifecycleCommand::Validate(args) => validate::validate(args, ctx.runner),
        LifecycleCommand::Preview(args) => preview::preview(ctx, args).await,
        LifecycleCommand::Templates => Ok(document::templates::<LifecyclePolicy>()),
        LifecycleCommand::Template(args) => {
            let (policy, warnings) = template(&args.name, &args.params)?;
            let mut report = document_report(policy.to_json());
            report.warnings = warnings;
            Ok(report)
        }
    }
}

/// A template, filled in and linted: a parameter that makes a policy ECR refuses is a usage
/// error; the footguns come back as warnings.
fn template(
    name: &str,
    p: &LifecycleTemplateParams,
) -> Result<(crate::lifecycle::Policy, Vec<String>)> {
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
    Ok((policy, findings.iter().map(LintFinding::line).collect()))
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
    report.warnings.push(format!(
        "error: {what} has {} error(s){}",
        linted.errors(),
        if what.contains(" for ") {
            "; nothing was sent"
        } else {
            ""
        }
    ));
    Some(report)
}

/// Every image of the repository (active, archived, being restored), with the links between
/// them (indexes, referrers); a warning when some manifests could not be read.
pub(super) async fn repository_images(
    ctx: &Context,
    repo: &RepoName,
) -> Result<(Vec<ImageRow>, Option<String>)> {
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
        .warning(&repo.name);
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
