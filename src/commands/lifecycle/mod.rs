//! `ecrctl lifecycle …`: get, set (lint, diff, preview the next run, apply), delete, validate,
//! preview (locally, and with ECR as referee), templates.

mod preview;
mod set;
mod validate;

use anyhow::Result;
use serde_json::{json, Value};

use super::{document_report, Context};
use crate::cli::{LifecycleCommand, LifecycleDeleteArgs, LifecycleSource, LifecycleTemplateParams};
use crate::error::{usage, AppError, Exit};
use crate::images::ImageRow;
use crate::lifecycle::eval::Image;
use crate::lifecycle::lint::{Finding, Linted};
use crate::lifecycle::templates;
use crate::output::{Human, Report};
use crate::reference::RepoName;
use crate::registry::{ImageQuery, ImageStatus};
use crate::ui;

pub async fn dispatch(ctx: &Context, command: &LifecycleCommand) -> Result<Report> {
    match command {
        LifecycleCommand::Get(_) => get(ctx).await,
        LifecycleCommand::Set(args) => set::set(ctx, args).await,
        LifecycleCommand::Delete(args) => delete(ctx, args).await,
        LifecycleCommand::Validate(args) => validate::validate(args, ctx.runner),
        LifecycleCommand::Preview(args) => preview::preview(ctx, args).await,
        LifecycleCommand::Templates => Ok(list_templates()),
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
        .filter(|f| f.severity() == crate::lifecycle::lint::Severity::Error)
        .map(finding_line)
        .collect();
    if !errors.is_empty() {
        return usage(format!(
            "template {name} with these options makes a policy ECR refuses: {}",
            errors.join("; ")
        ));
    }
    Ok((policy, findings.iter().map(finding_line).collect()))
}

/// A lifecycle policy file (or standard input for `-`).
fn read_policy(path: &str) -> Result<String> {
    crate::commands::read_document(path, "lifecycle policy", crate::lifecycle::MAX_TEXT)
}

/// The policy text a command was given: a file (or standard input) or a filled-in template.
fn source_text(source: &LifecycleSource) -> Result<Option<String>> {
    match (&source.file, &source.template) {
        (Some(file), _) => read_policy(file).map(Some),
        (None, Some(name)) => {
            // Its footguns are the linter's findings, said by the command that lints it.
            let (policy, _) = template(name, &source.params)?;
            Ok(Some(super::pretty(&policy.to_json())))
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

/// `error[code] rule 20: message`: a rule is named by its priority, or by its position when it
/// has no valid priority.
pub(super) fn finding_line(f: &Finding) -> String {
    let at = match (f.rule, f.position) {
        (Some(r), _) => format!("rule {r}: "),
        (None, Some(p)) => format!("the rule at position {p}: "),
        (None, None) => String::new(),
    };
    format!("{}[{}] {at}{}", f.severity().as_str(), f.code, f.message)
}

/// A policy with errors goes no further: the findings as `validate` prints them, exit 15.
fn invalid(label: &str, what: &str, linted: &Linted) -> Option<Report> {
    if linted.errors() == 0 {
        return None;
    }
    let mut report = validate::findings_report(label, &linted.findings, false);
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

/// Lifecycle policies exist for private repositories only.
fn private_repo(ctx: &Context) -> Result<&RepoName> {
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

/// The current lifecycle policy's text (`None`: there is none); a missing repository is said
/// with its registry and region.
async fn read_current(ctx: &Context, repo: &RepoName) -> Result<Option<String>> {
    match ctx.registry(repo).await?.lifecycle_policy(&repo.name).await {
        Ok(p) => Ok(p),
        Err(e) => Err(ctx.not_found(e, repo).await),
    }
}

fn no_policy(repo: &RepoName, hint: &str) -> anyhow::Error {
    AppError::new(
        Exit::NoPolicy,
        format!("repository {} has no lifecycle policy", repo.name),
    )
    .with_hint(hint.replace("REPO", &repo.given))
    .into()
}

const HINT_SET: &str = "set one with `ecrctl lifecycle set REPO --template expire-untagged` (see `ecrctl lifecycle templates`)";

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

async fn get(ctx: &Context) -> Result<Report> {
    let repo = private_repo(ctx)?;
    let text = read_current(ctx, repo)
        .await?
        .ok_or_else(|| no_policy(repo, HINT_SET))?;
    let doc: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok(document_report(doc))
}

async fn delete(ctx: &Context, args: &LifecycleDeleteArgs) -> Result<Report> {
    let repo = private_repo(ctx)?;
    let name = &repo.name;
    let absent = |missing_repo: bool| -> Result<Report> {
        if !args.if_exists {
            return Err(no_policy(repo, "nothing to delete; `--if-exists` makes that a success for a cleanup job that may run twice"));
        }
        let json = json!({"repository": name, "deleted": false, "result": "absent"});
        let why = if missing_repo {
            "does not exist"
        } else {
            "has no lifecycle policy"
        };
        Ok(Report::records(
            json.clone(),
            &[json],
            Human::Lines(vec![]),
            "lifecycle delete",
        )
        .with_status(format!("repository {name} {why}; nothing to delete")))
    };
    if !args.yes {
        // Say "no policy" (or "no repository") before asking, not after.
        match read_current(ctx, repo).await {
            Ok(Some(_)) => {}
            Ok(None) => return absent(false),
            Err(e) if args.if_exists && crate::error::classify(&e).0 == Exit::NotFound => {
                return absent(true)
            }
            Err(e) => return Err(e),
        }
        ui::confirm_or_abort(
            false,
            ctx.can_prompt,
            &format!("deleting the lifecycle policy of {name}"),
            &format!("Delete the lifecycle policy of {name} (old images then pile up again)?"),
            "lifecycle policy kept",
        )
        .await?;
    }
    let done = match ctx
        .registry(repo)
        .await?
        .delete_lifecycle_policy(name)
        .await
    {
        Ok(Some(done)) => done,
        Ok(None) => return absent(false),
        Err(e) if args.if_exists && crate::registry::repository_missing(&e) => return absent(true),
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    let (json, status) = match done {
        crate::writes::Done::Answered => (
            json!({"repository": name, "deleted": true, "result": "deleted"}),
            format!("deleted the lifecycle policy of {name}"),
        ),
        // "No policy" after a lost answer: deleted by it, or there was none.
        crate::writes::Done::FirstAnswerLost => (
            json!({"repository": name, "deleted": null, "result": "deleted-or-absent"}),
            format!(
                "the lifecycle policy of {name}: {}",
                crate::registry::DELETED_OR_ABSENT
            ),
        ),
    };
    Ok(Report::records(
        json.clone(),
        &[json],
        Human::Lines(vec![]),
        "lifecycle delete",
    )
    .with_status(status))
}

fn list_templates() -> Report {
    crate::commands::template_list(templates::TEMPLATES, "DOES", "lifecycle templates")
}

/// The lifecycle linter's codes as the README's table rows.
pub fn rule_table() -> String {
    crate::lifecycle::lint::Code::table()
}
