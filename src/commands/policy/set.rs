//! `policy set`: validate, diff against the current policy, apply (or say unchanged).

use std::ops::ControlFlow;
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use serde_json::Value;

use super::templates::checked_template;
use super::{params, RepositoryPolicy, TemplateParamArgs};
use crate::commands::document::set::{self as doc_set, Extra, Said};
use crate::commands::document::validate::LintFinding;
use crate::commands::document::{self, pretty};
use crate::commands::fleet::{self, Fleet, PerRepo, SelectionArgs};
use crate::commands::{Context, Run};
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError, Exit};
use crate::output::Report;
use crate::plan_file::{bodies, Observed};
use crate::policy;
use crate::policy::lint::{lint, Code, Finding, Options, Severity};
use crate::reference::RepoName;
use crate::registry::model::RepoInfo;
use crate::ui::debug;
use crate::wait::{self, Backoff};

pub const EX_SET_POLICYSETARGS: &str = "Examples:\n  ecrctl policy set myapp --file policy.json --dry-run\n  ecrctl policy set myapp --template pull-only --principal arn:aws:iam::111122223333:role/ci\n  ecrctl policy get myapp -o json | ecrctl policy set other --file -";

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("source").args(["file", "template"])))]
pub struct PolicySetArgs {
    #[command(flatten)]
    pub select: SelectionArgs,
    /// The policy document (`-` reads standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "plan")]
    pub file: Option<String>,
    /// A built-in template instead of a file (see `ecrctl policy templates`)
    #[arg(long, value_name = "NAME", value_parser = crate::cli::template_names(), conflicts_with = "plan")]
    pub template: Option<String>,
    #[command(flatten)]
    pub params: TemplateParamArgs,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Validate and show the diff, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// Pass `force` to SetRepositoryPolicy: skips ECR's check that the policy does not lock
    /// everyone out. Only when you mean it
    #[arg(long)]
    pub force: bool,
    /// Apply even when validation finds errors
    #[arg(long)]
    pub no_validate: bool,
    /// Retry for up to this long while IAM propagates a just-created principal
    #[arg(long, value_name = "SECONDS", value_parser = crate::cli::seconds_arg, allow_hyphen_values = true)]
    pub wait: Option<u64>,
    /// With several repositories or --plan: set it without asking (required then when there
    /// is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

impl Run for PolicySetArgs {
    type Target = Fleet;
    fn target(&self) -> (&SelectionArgs, bool) {
        (&self.select, self.public)
    }
    async fn run(&self, ctx: &Context, fleet: Fleet) -> Result<Report> {
        if let Some(repo) = fleet.single() {
            return set(ctx, self, repo).await;
        }
        let (doc, findings) = if fleet.plan.is_some() {
            (Value::Null, Vec::new())
        } else {
            let all = RepoName {
                name: "the selected repositories".into(),
                ..fleet.base.clone()
            };
            checked_policy(&all, self)?
        };
        let mode = fleet::Mode {
            yes: self.yes,
            dry_run: self.dry_run,
            exit_code: self.exit_code,
            plan_only: None,
        };
        let mut report = fleet::run(ctx, &PerPolicy { args: self, doc }, &fleet, mode).await?;
        let mut said: Vec<Diagnostic> = findings.iter().map(LintFinding::diagnostic).collect();
        said.append(&mut report.diagnostics);
        report.diagnostics = said;
        Ok(report)
    }
}

/// `policy set` over a selection: the same checked policy on each repository.
struct PerPolicy<'a> {
    args: &'a PolicySetArgs,
    doc: Value,
}

impl PerRepo for PerPolicy<'_> {
    type Change = bodies::Document;
    fn command(&self) -> &'static str {
        "policy set"
    }
    fn verb(&self) -> &'static str {
        "set the repository policy of"
    }
    async fn plan(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
    ) -> Result<fleet::Planned<bodies::Document>> {
        let (observed, current) = doc_set::observed::<RepositoryPolicy>(ctx, repo).await?;
        Ok(doc_set::planned::<RepositoryPolicy>(
            observed,
            current.as_ref(),
            &self.doc,
            self.args.force,
        ))
    }
    async fn observe(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
        _: &bodies::Document,
    ) -> Result<Observed> {
        Ok(doc_set::observed::<RepositoryPolicy>(ctx, repo).await?.0)
    }
    fn summary(&self, change: &bodies::Document) -> String {
        format!(
            "set the policy ({} characters{})",
            change.document.chars().count(),
            if change.force { ", --force" } else { "" }
        )
    }
    async fn apply(
        &self,
        ctx: &Context,
        repo: &RepoName,
        _: &RepoInfo,
        change: &bodies::Document,
    ) -> Result<String> {
        apply(
            ctx,
            repo,
            &change.document,
            change.force,
            self.args.wait.map(Duration::from_secs),
        )
        .await?;
        Ok(format!(
            "policy set ({} characters)",
            change.document.chars().count()
        ))
    }
}

pub(super) async fn set(ctx: &Context, args: &PolicySetArgs, repo: &RepoName) -> Result<Report> {
    let name = &repo.name;
    let (doc, findings) = checked_policy(repo, args)?;
    let change = doc_set::change::<RepositoryPolicy>(ctx, repo, &doc).await?;
    let mut plan = doc_set::plan::<RepositoryPolicy>(
        name,
        change,
        &doc,
        args.dry_run,
        said(&findings, args.force),
    );
    let text = plan.text.clone();
    let write = apply(
        ctx,
        repo,
        &text,
        args.force,
        args.wait.map(Duration::from_secs),
    );
    doc_set::apply::<RepositoryPolicy>(ctx, &mut plan, name, false, false, write).await?;
    let extra = Extra {
        public: Some(repo.public),
        forced: Some(plan.write && args.force),
        next_run: None,
    };
    Ok(doc_set::render::<RepositoryPolicy>(
        name,
        plan,
        &findings,
        &doc,
        extra,
        false,
        args.exit_code,
    ))
}

/// What `set` says of a policy: its findings, and what --force skips when it is sent.
fn said(findings: &[Finding], force: bool) -> Said {
    Said {
        warnings: findings.iter().map(LintFinding::diagnostic).collect(),
        on_write: force
            .then(|| Diagnostic::warning("--force skips ECR's check that this policy does not lock everyone out of changing it again"))
            .into_iter()
            .collect(),
        ..Said::default()
    }
}

/// The policy to set, parsed, and the linter's findings; refused before any call when it has
/// errors (unless --no-validate).
fn checked_policy(repo: &RepoName, args: &PolicySetArgs) -> Result<(Value, Vec<Finding>)> {
    let name = &repo.name;
    let text = policy_text(repo, args)?;
    let findings = lint(
        &text,
        &Options {
            public: repo.public,
            ..Default::default()
        },
    );
    if !args.no_validate {
        refuse_errors(name, &findings)?;
    }
    let doc = policy::parse(&text)
        .map_err(|e| AppError::new(Exit::PolicyInvalid, format!("policy for {name}: {e}")))?;
    Ok((doc, findings))
}

/// The policy to set: a file (or standard input), or a checked built-in template.
fn policy_text(repo: &RepoName, args: &PolicySetArgs) -> Result<String> {
    match (&args.file, &args.template) {
        (Some(file), None) => document::read_file::<RepositoryPolicy>(file),
        (None, Some(t)) => Ok(pretty(&checked_template(
            t,
            &params(&args.params, repo.public),
            repo.public,
        )?)),
        _ => usage("give either --file or --template"),
    }
}

/// A policy with errors is not sent: its findings on stderr (even with -q), exit 15.
fn refuse_errors(name: &str, findings: &[Finding]) -> Result<()> {
    let errors = findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .count();
    if errors == 0 {
        return Ok(());
    }
    for f in findings {
        crate::ui::line(&f.line());
    }
    let unreadable = findings.iter().any(|f| f.code == Code::InvalidJson);
    Err(AppError::new(
        Exit::PolicyInvalid,
        format!("the policy for {name} has {errors} error(s); nothing was sent"),
    )
    .with_hint(if unreadable {
        "fix the JSON first: it is not a document ECR could read either"
    } else {
        "fix them, or pass --no-validate to let ECR decide"
    })
    .into())
}

/// SetRepositoryPolicy, with `force` only when asked, retrying while a new principal
/// propagates through IAM when --wait allows.
async fn apply(
    ctx: &Context,
    repo: &RepoName,
    text: &str,
    force: bool,
    wait: Option<Duration>,
) -> Result<()> {
    let registry = ctx.registry(repo).await?;
    let every = Backoff {
        first: Duration::from_secs(1),
        most: Duration::from_secs(10),
    };
    let look = || async {
        match registry.set_policy(&repo.name, text, force).await {
            Ok(()) => ControlFlow::Break(Ok(())),
            Err((code, err)) if code.as_deref() == Some("InvalidParameterException") => {
                ControlFlow::Continue(err)
            }
            Err((_, err)) => ControlFlow::Break(Err(err)),
        }
    };
    let waiting = |delay| {
        debug(
            1,
            format_args!("retrying in {delay:?}: IAM may still be propagating a principal"),
        )
    };
    // Without --wait: one look.
    match wait::until(every, wait.unwrap_or_default(), look, waiting).await {
        Ok(done) => done,
        Err(err) => Err(match err.downcast::<AppError>() {
            Ok(app) => app
                .with_hint(
                    "\"Invalid repository policy\" or \"Principal not found\" right after creating a role is often IAM \
                     propagation: retry with --wait 60; otherwise check the principals and actions",
                )
                .into(),
            Err(other) => other,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn force_is_warned_of_only_when_the_policy_is_sent() {
        let doc = serde_json::json!({"Version": "2012-10-17", "Statement": []});
        let change = || doc_set::Change::of::<RepositoryPolicy>(None, &doc);
        let sent = doc_set::plan::<RepositoryPolicy>("r", change(), &doc, false, said(&[], true));
        assert!(
            sent.warnings[0].message.contains("--force skips"),
            "{:?}",
            sent.warnings
        );
        let dry = doc_set::plan::<RepositoryPolicy>("r", change(), &doc, true, said(&[], true));
        assert!(dry.warnings.is_empty(), "{:?}", dry.warnings);
        assert_eq!(dry.question, None);
    }
}
