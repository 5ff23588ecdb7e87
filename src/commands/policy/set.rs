//! `policy set`: validate, diff against the current policy, apply (or say unchanged).

use std::ops::ControlFlow;
use std::time::Duration;

use anyhow::Result;

use crate::commands::{RepoArg, Run};
use serde_json::{json, Value};

use super::templates::checked_template;
use super::{params, pretty, read_current, read_policy_file};

use super::TemplateParamArgs;
use crate::commands::Context;
use crate::error::{usage, AppError, Exit};
use crate::output::Report;
use crate::policy;
use crate::policy::lint::{lint, Finding, Options, Severity};
use crate::reference::RepoName;
use crate::ui::debug;
use clap::Args;

pub const EX_SET_POLICYSETARGS: &str = "Examples:\n  ecrctl policy set myapp --file policy.json --dry-run\n  ecrctl policy set myapp --template pull-only --principal arn:aws:iam::111122223333:role/ci\n  ecrctl policy get myapp -o json | ecrctl policy set other --file -";

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["file", "template"])))]
pub struct PolicySetArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub repository: String,
    /// The policy document (`-` reads standard input)
    #[arg(long, value_name = "FILE")]
    pub file: Option<String>,
    /// A built-in template instead of a file (see `ecrctl policy templates`)
    #[arg(long, value_name = "NAME", value_parser = crate::cli::template_names())]
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
}

impl Run for PolicySetArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.repository, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        set(ctx, self, &repo).await
    }
}
use crate::wait::{self, Backoff};

pub(super) fn finding_line(f: &Finding) -> String {
    match f.statement {
        Some(n) if !f.message.starts_with("statement") => format!(
            "{}[{}] statement {n}: {}",
            f.severity.as_str(),
            f.code,
            f.message
        ),
        _ => format!("{}[{}] {}", f.severity.as_str(), f.code, f.message),
    }
}

pub(super) async fn set(ctx: &Context, args: &PolicySetArgs, repo: &RepoName) -> Result<Report> {
    let name = &repo.name;
    let (doc, findings) = checked_policy(repo, args)?;
    let minified = policy::minify(&doc);
    let current: Option<Value> = read_current(ctx, repo)
        .await?
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    let unchanged = current
        .as_ref()
        .is_some_and(|c| policy::equivalent(c, &doc));
    let patch = if unchanged {
        String::new()
    } else {
        crate::commands::json_diff(
            current.as_ref().map(policy::normalize),
            policy::normalize(&doc),
        )
    };
    let mut status = Vec::new();
    let mut warnings: Vec<String> = findings.iter().map(finding_line).collect();
    let applied = !unchanged && !args.dry_run;
    if unchanged {
        status.push(format!("policy of {name} unchanged: nothing sent"));
    } else if args.dry_run {
        status.push(format!("dry run: the policy of {name} was not changed"));
    } else {
        if args.force {
            warnings.push(
                "warning: --force skips ECR's check that this policy does not lock everyone out of changing it again".into(),
            );
        }
        apply(
            ctx,
            repo,
            &minified,
            args.force,
            args.wait.map(Duration::from_secs),
        )
        .await?;
        status.push(format!(
            "policy of {name} set ({} characters)",
            minified.chars().count()
        ));
    }
    let result = crate::commands::set_result(unchanged, applied);
    let json = json!({
        "repository": name,
        "result": result,
        "public": repo.public,
        "changed": !unchanged,
        "applied": applied,
        "dryRun": args.dry_run,
        "forced": applied && args.force,
        "findings": findings,
        "diff": patch,
        "policy": doc,
    });
    let mut report =
        crate::commands::set_report(json, &patch, args.dry_run && !unchanged, true, "policy set");
    report.status = status;
    report.warnings = warnings;
    report.exit = crate::commands::dry_run_exit(args.exit_code, !unchanged);
    Ok(report)
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
        (Some(file), None) => read_policy_file(file),
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
        .filter(|f| f.severity == Severity::Error)
        .count();
    if errors == 0 {
        return Ok(());
    }
    for f in findings {
        crate::ui::line(&finding_line(f));
    }
    let unreadable = findings.iter().any(|f| f.code == "invalid-json");
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
    fn diffs_ignore_key_order() {
        let a = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]});
        let b = json!({"Statement": [{"Effect": "Deny"}], "Version": "2012-10-17"});
        let d = crate::commands::json_diff(Some(policy::normalize(&a)), policy::normalize(&b));
        assert!(
            d.contains("-      \"Effect\": \"Allow\"") && d.contains("+      \"Effect\": \"Deny\""),
            "{d}"
        );
        assert!(!d.contains("Version\": \"2012-10-17\",\n+"), "{d}");
    }
}
