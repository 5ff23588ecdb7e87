//! One workflow for the two documents ECR keeps per repository, its policy and its lifecycle
//! policy: get, set (lint → diff → preview and confirm → apply), delete, validate, templates.
//! What differs between them is said once, by each one's [`Document`].

pub mod set;
pub mod validate;

use std::io::Read;

use anyhow::{Context as _, Result};
use serde_json::Value;

use crate::commands::Context;
use crate::error::{usage, AppError, Exit};
use crate::output::{Human, Report};
use crate::records::{DocumentCommands, DocumentDeleted, DocumentTemplate};
use crate::reference::RepoName;
use crate::registry::Registry;
use crate::writes::Done;

/// A document ECR keeps per repository, as the commands that read, set and delete it see it.
pub(crate) trait Document {
    /// What messages call it: "the {NOUN} of REPO".
    const NOUN: &'static str;
    /// Its full name: "REPO has no {NAME}", "a {NAME} file".
    const NAME: &'static str;
    /// ECR's limit, in characters.
    const LIMIT: usize;
    /// What deleting it costs, added to the question (" (…)"), if anything.
    const DELETE_COST: &'static str = "";
    /// The built-in templates (name, what it does) and the heading of that second column.
    const TEMPLATES: &'static [(&'static str, &'static str)];
    const TEMPLATE_HEADER: &'static str;
    /// The severities its linter gives, in the order `validate` counts them.
    const SEVERITIES: &'static [crate::policy::lint::Severity];
    /// Said after `validate`'s counts when --strict fails it on findings that are not errors.
    const STRICT_NOTE: &'static str = "";
    /// Its linter's findings.
    type Finding: validate::LintFinding;
    /// Its commands' names, for their records.
    type Commands: DocumentCommands<Finding = Self::Finding>;

    /// The repository the command names, refused when this document does not exist there.
    fn repo(repo: &RepoName) -> Result<&RepoName> {
        Ok(repo)
    }
    /// The document in normal form, for diffs.
    fn normalize(doc: &Value) -> Value;
    /// Whether two documents mean the same to ECR (then `set` sends nothing).
    fn equivalent(a: &Value, b: &Value) -> bool;
    /// The hint of "has no …" from `get` and `set`: how to set one.
    fn set_hint(repo: &RepoName) -> String;
    /// The hint of "has no …" from `delete` without --if-exists.
    fn delete_hint(repo: &RepoName) -> String {
        Self::set_hint(repo)
    }
    /// Its text (`None`: the repository has none).
    async fn read(registry: &Registry, name: &str) -> Result<Option<String>>;
    /// Delete it (`None`: there was none).
    async fn remove(registry: &Registry, name: &str) -> Result<Option<Done>>;
}

/// The document's file (or standard input for `-`).
pub(crate) fn read_file<D: Document>(path: &str) -> Result<String> {
    read_document(path, D::NAME, D::LIMIT)
}

/// The current document's text (`None`: there is none); a missing repository is said with its
/// registry and region.
pub(crate) async fn current<D: Document>(ctx: &Context, repo: &RepoName) -> Result<Option<String>> {
    match D::read(&ctx.registry(repo).await?, &repo.name).await {
        Ok(text) => Ok(text),
        Err(e) => Err(ctx.not_found(e, repo).await),
    }
}

/// "REPO has no … policy" (exit 14), with a hint.
pub(crate) fn absent_error<D: Document>(repo: &RepoName, hint: String) -> anyhow::Error {
    AppError::new(
        Exit::NoPolicy,
        format!("repository {} has no {}", repo.name, D::NAME),
    )
    .with_hint(hint)
    .into()
}

/// `get`: the document, in JSON as it is, pretty-printed for people.
pub(crate) async fn get<D: Document>(ctx: &Context, repo: &RepoName) -> Result<Report> {
    let repo = D::repo(repo)?;
    let text = current::<D>(ctx, repo)
        .await?
        .ok_or_else(|| absent_error::<D>(repo, D::set_hint(repo)))?;
    let doc: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok(document_report(doc))
}

/// `delete`: asks first (unless `yes`), after saying there is nothing to delete; with
/// `if_exists`, nothing to delete is a success.
pub(crate) async fn delete<D: Document>(
    ctx: &Context,
    repo: &RepoName,
    yes: bool,
    if_exists: bool,
) -> Result<Report> {
    let repo = D::repo(repo)?;
    let name = &repo.name;
    if !yes {
        // Say "no policy" (or "no repository") before asking, not after.
        match current::<D>(ctx, repo).await {
            Ok(Some(_)) => {}
            Ok(None) => return absent::<D>(repo, if_exists, false),
            Err(e) if if_exists && crate::error::classify(&e).0 == Exit::NotFound => {
                return absent::<D>(repo, true, true)
            }
            Err(e) => return Err(e),
        }
        crate::ui::confirm_or_abort(
            false,
            ctx.can_prompt,
            &format!("deleting the {} of {name}", D::NOUN),
            &format!("Delete the {} of {name}{}?", D::NAME, D::DELETE_COST),
            &format!("{} kept", D::NOUN),
        )
        .await?;
    }
    let done = match D::remove(&ctx.registry(repo).await?, name).await {
        Ok(Some(done)) => done,
        Ok(None) => return absent::<D>(repo, if_exists, false),
        Err(e) if if_exists && crate::registry::repository_missing(&e) => {
            return absent::<D>(repo, true, true)
        }
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    let (deleted, result, status) = match done {
        Done::Answered => (
            Some(true),
            "deleted",
            format!("deleted the {} of {name}", D::NOUN),
        ),
        // "No policy" after a lost answer: deleted by it, or there was none.
        Done::FirstAnswerLost => (
            None,
            "deleted-or-absent",
            format!(
                "the {} of {name}: {}",
                D::NOUN,
                crate::registry::DELETED_OR_ABSENT
            ),
        ),
    };
    Ok(delete_report::<D>(name, deleted, result).with_status(status))
}

/// `delete` with nothing to delete: exit 14, or success with --if-exists.
fn absent<D: Document>(repo: &RepoName, if_exists: bool, repo_missing: bool) -> Result<Report> {
    let name = &repo.name;
    if !if_exists {
        return Err(absent_error::<D>(repo, D::delete_hint(repo)));
    }
    let why = if repo_missing {
        "does not exist".to_string()
    } else {
        format!("has no {}", D::NOUN)
    };
    Ok(delete_report::<D>(name, Some(false), "absent")
        .with_status(format!("repository {name} {why}; nothing to delete")))
}

fn delete_report<D: Document>(name: &str, deleted: Option<bool>, result: &'static str) -> Report {
    let record = DocumentDeleted::<D::Commands> {
        repository: name.to_string(),
        deleted,
        result,
        commands: std::marker::PhantomData,
    };
    Report::of_record(&record, Human::Lines(vec![]))
}

/// `templates`: the built-in templates, each with what it does.
pub(crate) fn templates<D: Document>() -> Report {
    let records: Vec<DocumentTemplate<D::Commands>> = D::TEMPLATES
        .iter()
        .map(|&(name, description)| DocumentTemplate {
            name,
            description,
            commands: std::marker::PhantomData,
        })
        .collect();
    let rows = D::TEMPLATES
        .iter()
        .map(|(n, d)| vec![n.to_string(), d.to_string()])
        .collect();
    Report::of_records(
        &records,
        Human::Table {
            headers: vec!["TEMPLATE", D::TEMPLATE_HEADER],
            rows,
        },
    )
}

/// Documents larger than this are not policies (ECR takes at most 30,720 characters).
const MAX_FILE: u64 = 1024 * 1024;

/// Read a policy document (`what`: "policy", "lifecycle policy") from a file or standard input
/// (`-`): a regular UTF-8 file of sane size.
pub fn read_document(path: &str, what: &str, limit: usize) -> Result<String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_FILE + 1)
            .read_to_end(&mut buf)
            .with_context(|| format!("reading the {what} from standard input"))?;
        if buf.len() as u64 > MAX_FILE {
            return usage(format!(
                "the {what} on standard input is over 1 MiB: that is not a {what}"
            ));
        }
        buf
    } else {
        let meta = std::fs::metadata(path)
            .map_err(|e| AppError::usage(format!("{what} file {path}: {e}")))?;
        if !meta.is_file() {
            return usage(format!("{what} file {path}: not a regular file"));
        }
        if meta.len() > MAX_FILE {
            return usage(format!(
                "{what} file {path}: {} bytes; a {what} is at most {limit} characters",
                meta.len()
            ));
        }
        std::fs::read(path).map_err(|e| AppError::usage(format!("{what} file {path}: {e}")))?
    };
    let shown = validate::shown(path);
    let text = String::from_utf8(bytes)
        .map_err(|_| AppError::usage(format!("{what} file {shown}: not UTF-8 text")))?;
    // Editors on Windows start files with a byte order mark; JSON parsers reject it.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return usage(format!("{what} file {shown} is empty"));
    }
    Ok(text)
}

pub fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("JSON values serialise")
}

/// A policy document as a report: the document itself in JSON, pretty-printed otherwise.
pub fn document_report(doc: Value) -> Report {
    // Pretty JSON escapes every line break of its strings: its lines are the document's.
    let text = pretty(&doc);
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let records = lines.iter().map(|l| vec![l.clone()]).collect();
    Report::new(doc, Human::Lines(lines), records)
}
