//! `ecrctl lifecycle …`: get, set (lint, diff, preview the next run, apply), delete, validate,
//! preview (locally, and with ECR as referee), templates.

pub mod preview;
pub mod set;
pub mod validate;

use anyhow::Result;
use serde_json::{json, Value};

use super::{document_report, Context, RepoArg, Run};
use crate::error::{usage, AppError, Exit};
use crate::images::ImageRow;
use crate::lifecycle::eval::Image;
use crate::lifecycle::lint::{Finding, Linted};
use crate::lifecycle::templates;
use crate::output::{Human, Report};
use crate::reference::RepoName;
use crate::registry::lifecycle::PUBLIC_HAS_NONE;
use crate::registry::{ImageQuery, ImageStatus};
use crate::ui;
use clap::Args;

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
        get(ctx, &repo).await
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
        delete(ctx, self, &repo).await
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
        report.warnings = warnings;
        Ok(report)
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
        .filter(|f| f.severity == crate::lifecycle::lint::Severity::Error)
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
    format!("{}[{}] {at}{}", f.severity.as_str(), f.code, f.message)
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
fn private_repo(repo: &RepoName) -> Result<&RepoName> {
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
    let registry = ctx.registry(repo).await?;
    match registry
        .private_for(PUBLIC_HAS_NONE)?
        .lifecycle_policy(&repo.name)
        .await
    {
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

async fn get(ctx: &Context, repo: &RepoName) -> Result<Report> {
    let repo = private_repo(repo)?;
    let text = read_current(ctx, repo)
        .await?
        .ok_or_else(|| no_policy(repo, HINT_SET))?;
    let doc: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok(document_report(doc))
}

async fn delete(ctx: &Context, args: &LifecycleDeleteArgs, repo: &RepoName) -> Result<Report> {
    let repo = private_repo(repo)?;
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
        .private_for(PUBLIC_HAS_NONE)?
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

pub fn list_templates() -> Report {
    crate::commands::template_list(templates::TEMPLATES, "DOES", "lifecycle templates")
}

/// The lifecycle linter's codes as the README's table rows.
pub fn rule_table() -> String {
    crate::lifecycle::lint::RULES
        .iter()
        .map(|(code, sev, meaning)| format!("| `{code}` | {} | {meaning} |\n", sev.as_str()))
        .collect()
}
