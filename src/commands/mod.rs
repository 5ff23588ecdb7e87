//! One module per command group; each command returns a [`Report`] and prints nothing itself.
//! [`dispatch`] is the one match over the commands; [`Run`] says what each works on.

pub mod audit;
pub mod check_push;
pub mod completions;
mod dispatch;
pub mod images;
pub mod lifecycle;
pub mod login;
pub mod policy;
pub mod registry;
pub mod repo;
pub mod target;
pub mod template;
pub mod tree;
pub mod version;

use std::io::Read;

use anyhow::{Context as _, Result};
use serde_json::Value;

use crate::aws::Clients;
use crate::error::{code_of, codes, usage, AppError, Exit};
use crate::output::{Human, Report};
use crate::reference::RepoName;

pub use dispatch::{dispatch, one_region, resolve, Local, Printed, Run, Runner};
pub use target::{Account, RepoArg, Target};
pub use tree::{command, Cli};

/// What every command may use.
pub struct Context {
    pub clients: Clients,
    /// Whether a person can answer a confirmation prompt.
    pub can_prompt: bool,
    /// The region given with --region, if any.
    pub region_flag: Option<String>,
    /// Every --region given (audit takes several).
    pub regions: Vec<String>,
    /// Whether a progress bar may be drawn (stderr is a terminal, not --quiet).
    pub progress: bool,
    /// --registry-id, for commands without a repository argument (repo list, audit).
    pub registry_id: Option<String>,
    /// --timeout, which also bounds local tools ecrctl runs (docker).
    pub timeout: std::time::Duration,
    /// The CI system running ecrctl, if any.
    pub runner: crate::ci::Runner,
    /// When --deadline (or ECRCTL_DEADLINE) runs out: a command that waits stops before it,
    /// with its own report.
    pub deadline: Option<std::time::Instant>,
}

/// Builds a [`Context`]: the run's settings, or a test's (no prompt, no progress, one region at
/// most, a 30 s timeout unless said otherwise).
pub struct ContextBuilder {
    ctx: Context,
}

impl ContextBuilder {
    pub fn can_prompt(mut self, can: bool) -> Self {
        self.ctx.can_prompt = can;
        self
    }
    /// Every --region given; the first is the one most commands use.
    pub fn regions(mut self, regions: Vec<String>) -> Self {
        self.ctx.region_flag = regions.first().cloned();
        self.ctx.regions = regions;
        self
    }
    pub fn progress(mut self, progress: bool) -> Self {
        self.ctx.progress = progress;
        self
    }
    pub fn registry_id(mut self, id: Option<String>) -> Self {
        self.ctx.registry_id = id;
        self
    }
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.ctx.timeout = timeout;
        self
    }
    pub fn runner(mut self, runner: crate::ci::Runner) -> Self {
        self.ctx.runner = runner;
        self
    }
    pub fn deadline(mut self, deadline: Option<std::time::Instant>) -> Self {
        self.ctx.deadline = deadline;
        self
    }
    pub fn build(self) -> Context {
        self.ctx
    }
}

impl Context {
    pub fn builder(clients: Clients) -> ContextBuilder {
        ContextBuilder {
            ctx: Context {
                clients,
                can_prompt: false,
                region_flag: None,
                regions: Vec::new(),
                progress: false,
                registry_id: None,
                timeout: std::time::Duration::from_secs(30),
                runner: crate::ci::Runner::None,
                deadline: None,
            },
        }
    }

    /// A repository's settings; a missing one is said with its registry and region.
    pub async fn describe(&self, repo: &RepoName) -> Result<crate::registry::model::RepoInfo> {
        let found = match self.registry(repo).await?.describe(&repo.name).await {
            Ok(found) => found,
            Err(e) => return Err(self.not_found(e, repo).await),
        };
        match found {
            Some(info) => Ok(info),
            // An empty answer (another account's registry in some emulators) means: not there.
            None => {
                let err = AppError::new(
                    Exit::NotFound,
                    format!("repository {} not found", repo.name),
                )
                .with_code("RepositoryNotFoundException");
                Err(self.not_found(err.into(), repo).await)
            }
        }
    }

    /// The registry a repository lives in (private or public), for the shared operations.
    pub async fn registry(&self, repo: &RepoName) -> Result<crate::registry::Registry> {
        crate::registry::Registry::of(&self.clients, repo).await
    }

    /// The private client for a repository: its URI's region and endpoint form, else the
    /// configured region.
    pub async fn ecr_for(&self, repo: &RepoName) -> Result<aws_sdk_ecr::Client> {
        self.clients
            .ecr_in(repo.region.as_deref(), repo.fips, repo.dual_stack)
            .await
    }

    /// A "repository not found" error said with the registry and region asked, and a hint to
    /// check the region when it did not come from a URI; other errors pass through.
    pub async fn not_found(&self, err: anyhow::Error, repo: &RepoName) -> anyhow::Error {
        if !codes::repository_not_found(code_of(&err)) {
            return err;
        }
        let region = self.region_of(repo).await;
        let kind = if repo.public {
            "public repository"
        } else {
            "repository"
        };
        let message = format!(
            "{kind} {} does not exist in {}",
            repo.name,
            repo.registry_text(&region)
        );
        let hint = if repo.public {
            "check the name with `ecrctl repo list --public`".to_string()
        } else if repo.region.is_some() {
            "check the account and region in the repository URI".to_string()
        } else {
            let source = if self.region_flag.is_some() {
                "--region"
            } else {
                "your configured region"
            };
            format!(
                "it was looked up in {region} ({source}): pass --region REGION or the full repository URI if it lives elsewhere; `ecrctl repo list` shows what is there"
            )
        };
        AppError::new(Exit::NotFound, message)
            .with_hint(hint)
            .with_code("RepositoryNotFoundException")
            .into()
    }

    /// The region a repository's calls go to, for messages.
    pub async fn region_of(&self, repo: &RepoName) -> String {
        if repo.public {
            return crate::aws::PUBLIC_REGION.to_string();
        }
        match &repo.region {
            Some(r) => r.clone(),
            None => self.clients.region().await.unwrap_or_default(),
        }
    }
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
    let shown = if path == "-" { "<stdin>" } else { path };
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

/// A unified diff of two documents already in normal form, for people.
pub fn json_diff(old: Option<Value>, new: Value) -> String {
    let old_text = old.map(|o| pretty(&o) + "\n").unwrap_or_default();
    let new_text = pretty(&new) + "\n";
    similar::TextDiff::from_lines(&old_text, &new_text)
        .unified_diff()
        .context_radius(3)
        .header("current", "new")
        .to_string()
}

/// A list of built-in templates (name and what it does) as a report: `policy templates`,
/// `lifecycle templates`.
pub fn template_list(templates: &[(&str, &str)], header: &'static str, command: &str) -> Report {
    let records: Vec<Value> = templates
        .iter()
        .map(|(n, d)| serde_json::json!({"name": n, "description": d}))
        .collect();
    let rows = templates
        .iter()
        .map(|(n, d)| vec![n.to_string(), d.to_string()])
        .collect();
    Report::records(
        Value::Array(records.clone()),
        &records,
        Human::Table {
            headers: vec!["TEMPLATE", header],
            rows,
        },
        command,
    )
}

/// The exit code of a dry run: with `--exit-code`, 1 when it would change something (as
/// `git diff --exit-code`); otherwise success either way.
pub fn dry_run_exit(exit_code: bool, would_change: bool) -> Exit {
    if exit_code && would_change {
        Exit::WouldChange
    } else {
        Exit::Success
    }
}

/// What a `set` did: `unchanged`, `applied` or `would-change` (a dry run that would change
/// it: the word `repo update` and `repo immutable` use).
pub fn set_result(unchanged: bool, applied: bool) -> &'static str {
    match (unchanged, applied) {
        (true, _) => "unchanged",
        (_, true) => "applied",
        _ => "would-change",
    }
}

/// A `set` report: the record (`json`), and the diff for people (`show_diff`: not already shown
/// above a question); a dry run's text output is the diff itself.
pub fn set_report(
    json: Value,
    patch: &str,
    dry_run_change: bool,
    show_diff: bool,
    command: &str,
) -> Report {
    // A diff of pretty JSON: its line breaks are the documents' own.
    let human = Human::Lines(if show_diff {
        patch.lines().map(str::to_string).collect()
    } else {
        Vec::new()
    });
    if dry_run_change {
        let lines = patch.lines().map(|l| vec![l.to_string()]).collect();
        Report::new(json, human, lines)
    } else {
        let record = json.clone();
        Report::records(json, &[record], human, command)
    }
}
