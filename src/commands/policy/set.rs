//! `policy set`: validate, diff against the current policy, apply (or say unchanged).

use std::time::{Duration, Instant};

use anyhow::Result;
use serde_json::Value;

use super::templates::checked_template;
use super::{params, RepositoryPolicy};
use crate::cli::PolicySetArgs;
use crate::commands::document::set::{self as doc_set, Extra, Said};
use crate::commands::document::validate::LintFinding;
use crate::commands::document::{self, pretty};
use crate::commands::Context;
use crate::error::{usage, AppError, Exit};
use crate::output::Report;
use crate::policy;
use crate::policy::lint::{lint, Code, Finding, Options, Severity};
use crate::reference::RepoName;
use crate::ui::debug;

pub(super) async fn set(ctx: &Context, args: &PolicySetArgs) -> Result<Report> {
    let repo = ctx.repo()?;
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
        warnings: findings.iter().map(LintFinding::line).collect(),
        on_write: force
            .then(|| "warning: --force skips ECR's check that this policy does not lock everyone out of changing it again".to_string())
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
    let started = Instant::now();
    let mut delay = Duration::from_secs(1);
    loop {
        let result = registry.set_policy(&repo.name, text, force).await;
        match result {
            Ok(()) => return Ok(()),
            Err((code, err)) if code.as_deref() == Some("InvalidParameterException") => {
                if let Some(w) = wait {
                    if started.elapsed() + delay <= w {
                        debug(
                            1,
                            format_args!(
                                "retrying in {delay:?}: IAM may still be propagating a principal"
                            ),
                        );
                        tokio::time::sleep(delay).await;
                        delay = (delay * 2).min(Duration::from_secs(10));
                        continue;
                    }
                }
                return Err(match err.downcast::<AppError>() {
                    Ok(app) => app
                        .with_hint(
                            "\"Invalid repository policy\" or \"Principal not found\" right after creating a role is often IAM \
                             propagation: retry with --wait 60; otherwise check the principals and actions",
                        )
                        .into(),
                    Err(other) => other,
                });
            }
            Err((_, err)) => return Err(err),
        }
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
            sent.warnings[0].contains("--force skips"),
            "{:?}",
            sent.warnings
        );
        let dry = doc_set::plan::<RepositoryPolicy>("r", change(), &doc, true, said(&[], true));
        assert!(dry.warnings.is_empty(), "{:?}", dry.warnings);
        assert_eq!(dry.question, None);
    }
}
