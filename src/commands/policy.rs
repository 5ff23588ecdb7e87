//! `ecrctl policy …`: get, set (validate, diff, apply), delete, validate, templates.

use std::io::Read;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use serde_json::{json, Value};

use super::Context;
use crate::cli::{
    PolicyCommand, PolicyDeleteArgs, PolicyRepoArgs, PolicySetArgs, PolicyTemplateArgs,
    PolicyValidateArgs, TemplateParamArgs,
};
use crate::error::{usage, AppError, Exit};
use crate::output::{CiFile, CiTarget, Human, Report};
use crate::policy::lint::{lint, Finding, Options, Severity, RULES};
use crate::policy::{self, templates};
use crate::reference::{parse_repo_arg, partition_of, RepoName};
use crate::ui;
use crate::ui::debug;

/// Policy files larger than this are not policies (ECR takes 10,240 characters).
const MAX_FILE: u64 = 1024 * 1024;

pub async fn dispatch(ctx: &Context, command: &PolicyCommand) -> Result<Report> {
    match command {
        PolicyCommand::Get(args) => get(ctx, args).await,
        PolicyCommand::Set(args) => set(ctx, args).await,
        PolicyCommand::Delete(args) => delete(ctx, args).await,
        PolicyCommand::Validate(args) => validate(args, ctx.runner),
        PolicyCommand::Templates => Ok(list_templates()),
        PolicyCommand::Template(args) => template(ctx, args).await,
    }
}

/// Read a policy file (or standard input for `-`): a regular UTF-8 file of sane size.
pub fn read_policy_file(path: &str) -> Result<String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(MAX_FILE + 1)
            .read_to_end(&mut buf)
            .context("reading the policy from standard input")?;
        if buf.len() as u64 > MAX_FILE {
            return usage(
                "the policy on standard input is over 1 MiB: that is not a repository policy",
            );
        }
        buf
    } else {
        let meta = std::fs::metadata(path)
            .map_err(|e| AppError::usage(format!("policy file {path}: {e}")))?;
        if !meta.is_file() {
            return usage(format!("policy file {path}: not a regular file"));
        }
        if meta.len() > MAX_FILE {
            return usage(format!(
                "policy file {path}: {} bytes; a repository policy is at most {} characters",
                meta.len(),
                policy::MAX_POLICY_CHARS
            ));
        }
        std::fs::read(path).map_err(|e| AppError::usage(format!("policy file {path}: {e}")))?
    };
    String::from_utf8(bytes)
        .map_err(|_| AppError::usage(format!("policy file {path}: not UTF-8 text")).into())
}

fn params(p: &TemplateParamArgs, public: bool) -> templates::Params {
    templates::Params {
        principals: p.principals.clone(),
        accounts: p.accounts.clone(),
        org_id: p.org_id.clone(),
        public,
    }
}

fn pretty(v: &Value) -> String {
    serde_json::to_string_pretty(v).expect("JSON values serialise")
}

/// A policy document as a report: the document itself in JSON, pretty-printed otherwise.
fn document_report(doc: Value) -> Report {
    // Pretty JSON escapes every line break of its strings: its lines are the document's.
    let text = pretty(&doc);
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let records = lines.iter().map(|l| vec![l.clone()]).collect();
    Report::new(doc, Human::Lines(lines), records)
}

// ---------------------------------------------------------------------------------------------
// get

/// The current policy text (`None`: the repository has none); a missing repository is said
/// with its registry and region.
async fn read_current(ctx: &Context, repo: &RepoName) -> Result<Option<String>> {
    match ctx.registry(repo).await?.policy(&repo.name).await {
        Ok(p) => Ok(p),
        Err(e) => Err(ctx.not_found(e, repo).await),
    }
}

fn no_policy(repo: &RepoName) -> anyhow::Error {
    AppError::new(
        Exit::NoPolicy,
        format!("repository {} has no repository policy", repo.name),
    )
    .with_hint(format!(
        "set one with `ecrctl policy set {} --file FILE` or `--template NAME`",
        repo.given
    ))
    .into()
}

pub async fn get(ctx: &Context, _args: &PolicyRepoArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let text = read_current(ctx, repo)
        .await?
        .ok_or_else(|| no_policy(repo))?;
    let doc: Value = serde_json::from_str(&text).unwrap_or(Value::String(text));
    Ok(document_report(doc))
}

// ---------------------------------------------------------------------------------------------
// set

fn finding_line(f: &Finding) -> String {
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

/// A unified diff of two documents in a stable form (sorted keys), for people.
fn diff(old: Option<&Value>, new: &Value) -> String {
    let old_text = old
        .map(|o| pretty(&policy::normalize(o)) + "\n")
        .unwrap_or_default();
    let new_text = pretty(&policy::normalize(new)) + "\n";
    similar::TextDiff::from_lines(&old_text, &new_text)
        .unified_diff()
        .context_radius(3)
        .header("current", "new")
        .to_string()
}

pub async fn set(ctx: &Context, args: &PolicySetArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let name = &repo.name;
    let text = match (&args.file, &args.template) {
        (Some(file), None) => read_policy_file(file)?,
        (None, Some(t)) => pretty(&checked_template(
            t,
            &params(&args.params, repo.public),
            repo.public,
        )?),
        _ => return usage("give either --file or --template"),
    };
    let opts = Options {
        public: repo.public,
        ..Default::default()
    };
    let findings = lint(&text, &opts);
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let finding_lines: Vec<String> = findings.iter().map(finding_line).collect();
    let mut status: Vec<String> = Vec::new();
    if errors > 0 && !args.no_validate {
        for line in &finding_lines {
            crate::ui::line(line);
        }
        let unreadable = findings.iter().any(|f| f.code == "invalid-json");
        return Err(AppError::new(
            Exit::PolicyInvalid,
            format!("the policy for {name} has {errors} error(s); nothing was sent"),
        )
        .with_hint(if unreadable {
            "fix the JSON first: it is not a document ECR could read either"
        } else {
            "fix them, or pass --no-validate to let ECR decide"
        })
        .into());
    }
    let doc = policy::parse(&text)
        .map_err(|e| AppError::new(Exit::PolicyInvalid, format!("policy for {name}: {e}")))?;
    let minified = policy::minify(&doc);
    let current_text = read_current(ctx, repo).await?;
    let current: Option<Value> = current_text
        .as_deref()
        .and_then(|t| serde_json::from_str(t).ok());
    let unchanged = current
        .as_ref()
        .is_some_and(|c| policy::equivalent(c, &doc));
    let patch = if unchanged {
        String::new()
    } else {
        diff(current.as_ref(), &doc)
    };
    let mut applied = false;
    let mut warnings = finding_lines;
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
        applied = true;
        status.push(format!(
            "policy of {name} set ({} characters)",
            minified.chars().count()
        ));
    }
    let result = if unchanged {
        "unchanged"
    } else if applied {
        "applied"
    } else {
        "not-applied"
    };
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
    // A diff of pretty JSON: its line breaks are the documents' own.
    let human = Human::Lines(patch.lines().map(str::to_string).collect());
    // A dry run is for reading the change: its text output is the diff itself.
    let mut report = if args.dry_run && !unchanged {
        let lines = patch.lines().map(|l| vec![l.to_string()]).collect();
        Report::new(json, human, lines)
    } else {
        let record = json.clone();
        Report::records(json, &[record], human, "policy set")
    };
    report.status = status;
    report.warnings = warnings;
    Ok(report)
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

// ---------------------------------------------------------------------------------------------
// delete

pub async fn delete(ctx: &Context, args: &PolicyDeleteArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let name = &repo.name;
    if !args.yes {
        // Say "no policy" (or "no repository") before asking, not after.
        match read_current(ctx, repo).await {
            Ok(Some(_)) => {}
            Ok(None) => return absent_policy(repo, args.if_exists, false),
            Err(e) if args.if_exists && crate::error::classify(&e).0 == Exit::NotFound => {
                return absent_policy(repo, true, true)
            }
            Err(e) => return Err(e),
        }
        ui::confirm_or_abort(
            false,
            ctx.can_prompt,
            &format!("deleting the policy of {name}"),
            &format!("Delete the repository policy of {name}?"),
            "policy kept",
        )?;
    }
    let deleted = ctx
        .registry(repo)
        .await?
        .delete_policy(name)
        .await
        .map(|d| d.then_some(()));
    let deleted = match deleted {
        Ok(d) => d,
        Err(e)
            if args.if_exists
                && crate::error::codes::repository_not_found(crate::error::code_of(&e)) =>
        {
            return absent_policy(repo, true, true);
        }
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    if deleted.is_none() {
        return absent_policy(repo, args.if_exists, false);
    }
    let json = json!({"repository": name, "deleted": true, "result": "deleted"});
    Ok(
        Report::records(json.clone(), &[json], Human::Lines(vec![]), "policy delete")
            .with_status(format!("deleted the policy of {name}")),
    )
}

/// `policy delete` of a repository without a policy: exit 14, or success with --if-exists.
fn absent_policy(repo: &RepoName, if_exists: bool, repo_missing: bool) -> Result<Report> {
    let name = &repo.name;
    if !if_exists {
        return Err(no_policy(repo));
    }
    let json = json!({"repository": name, "deleted": false, "result": "absent"});
    let status = if repo_missing {
        format!("repository {name} does not exist; nothing to delete")
    } else {
        format!("repository {name} has no policy; nothing to delete")
    };
    Ok(
        Report::records(json.clone(), &[json], Human::Lines(vec![]), "policy delete")
            .with_status(status),
    )
}

// ---------------------------------------------------------------------------------------------
// validate

pub fn validate(args: &PolicyValidateArgs, runner: crate::ci::Runner) -> Result<Report> {
    let text = read_policy_file(&args.file)?;
    let opts = Options {
        public: args.public,
        identity: args.identity,
        own_account: None,
    };
    let findings = lint(&text, &opts);
    let lines = policy::statement_lines(&text);
    // The statement's line; for a parse error, the line the parser names.
    let line_of = |f: &Finding| {
        f.statement
            .and_then(|n| lines.get(n - 1).copied())
            .or_else(|| {
                let at = f.message.find("line ")? + "line ".len();
                let digits: String = f.message[at..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                digits.parse().ok()
            })
            .unwrap_or(1)
    };
    let shown = if args.file == "-" {
        "<stdin>"
    } else {
        args.file.as_str()
    };
    let mut ci = Vec::new();
    if runner.github() {
        for f in &findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::SecurityWarning | Severity::Warning => "warning",
                Severity::Suggestion => "notice",
            };
            ci.push(crate::ci::github_annotation(
                level,
                &format!("ecrctl policy {}", f.code),
                &f.message,
                Some((shown, line_of(f))),
            ));
        }
    }
    let mut report = findings_report(&args.file, &findings, args.strict);
    report.warnings.extend(ci);
    if let Some(path) = &args.codequality {
        let issues: Vec<crate::ci::QualityIssue> = findings
            .iter()
            .map(|f| crate::ci::QualityIssue {
                check: f.code,
                description: format!("policy-{}: {}", f.code, f.message),
                severity: match f.severity {
                    Severity::Error => "critical",
                    Severity::SecurityWarning => "major",
                    Severity::Warning => "minor",
                    Severity::Suggestion => "info",
                },
                path: shown,
                line: line_of(f),
            })
            .collect();
        report.ci_files.push(CiFile {
            target: CiTarget::Path(path.clone()),
            text: crate::ci::codequality(&issues),
            replace: true,
        });
    }
    Ok(report)
}

fn findings_report(file: &str, findings: &[Finding], strict: bool) -> Report {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let errors = count(Severity::Error);
    let failed = errors > 0 || (strict && !findings.is_empty());
    let summary = format!(
        "{file}: {errors} error(s), {} security warning(s), {} warning(s), {} suggestion(s)",
        count(Severity::SecurityWarning),
        count(Severity::Warning),
        count(Severity::Suggestion)
    );
    let json = json!({
        "file": file,
        "valid": !failed,
        "errors": errors,
        "securityWarnings": count(Severity::SecurityWarning),
        "warnings": count(Severity::Warning),
        "suggestions": count(Severity::Suggestion),
        "findings": findings,
    });
    let lines: Vec<String> = findings.iter().map(finding_line).collect();
    let records: Vec<Value> = findings
        .iter()
        .map(|f| serde_json::to_value(f).expect("findings serialise"))
        .collect();
    let mut report = Report::records(json, &records, Human::Lines(lines), "policy validate")
        .with_status(summary);
    if failed {
        report.exit = Exit::PolicyInvalid;
    }
    report
}

// ---------------------------------------------------------------------------------------------
// templates

fn list_templates() -> Report {
    let json = json!(templates::TEMPLATES
        .iter()
        .map(|(n, d)| json!({"name": n, "description": d}))
        .collect::<Vec<_>>());
    let rows: Vec<Vec<String>> = templates::TEMPLATES
        .iter()
        .map(|(n, d)| vec![n.to_string(), d.to_string()])
        .collect();
    let records = json.as_array().cloned().unwrap_or_default();
    Report::records(
        json,
        &records,
        Human::Table {
            headers: vec!["TEMPLATE", "GRANTS"],
            rows,
        },
        "policy templates",
    )
}

pub async fn template(ctx: &Context, args: &PolicyTemplateArgs) -> Result<Report> {
    let p = params(&args.params, args.public);
    if !args.identity {
        let doc = checked_template(&args.name, &p, args.public)?;
        let mut report = document_report(doc);
        if args.name == "push-pull" {
            report = report.with_status(
                "note: ecr:GetAuthorizationToken is left out: it only works in identity policies (see --identity)",
            );
        }
        if args.name == "public-restrict-pull" {
            report = report.with_status(
                "note: ECR Public serves anonymous pulls that no repository policy can deny; this denies the \
                 repository's API to everyone but the named principals (name your administrators too)",
            );
        }
        return Ok(report);
    }
    let mut names = Vec::new();
    for r in &args.repos {
        names.push(
            parse_repo_arg(r, args.public)
                .map_err(AppError::usage)?
                .name,
        );
    }
    let account = match args.params.accounts.first() {
        Some(a) => a.clone(),
        None if args.public => {
            return usage("--identity --public needs --account ID (the registry's account)")
        }
        None => crate::registry::Registry::own_id(&ctx.clients).await?,
    };
    let arns: Vec<String> = if args.public {
        // ECR Public exists in the commercial partition only.
        names
            .iter()
            .map(|n| format!("arn:aws:ecr-public::{account}:repository/{n}"))
            .collect()
    } else {
        let region = ctx.clients.region().await?;
        let partition = partition_of(&region);
        names
            .iter()
            .map(|n| format!("arn:{partition}:ecr:{region}:{account}:repository/{n}"))
            .collect()
    };
    let identity_params = templates::Params {
        accounts: Vec::new(),
        ..p
    };
    let doc = templates::identity(&args.name, &identity_params, &arns).map_err(AppError::usage)?;
    Ok(document_report(doc))
}

/// A built-in template filled in, refused when the parameters make it an invalid policy (a
/// malformed principal ARN, say): every template that ecrctl prints passes `validate`.
fn checked_template(name: &str, p: &templates::Params, public: bool) -> Result<Value> {
    let doc = templates::build(name, p).map_err(AppError::usage)?;
    let opts = Options {
        public,
        ..Default::default()
    };
    let errors: Vec<String> = lint(&pretty(&doc), &opts)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.code, f.message))
        .collect();
    if !errors.is_empty() {
        return usage(format!(
            "template {name} with these parameters is not a valid policy: {}",
            errors.join("; ")
        ));
    }
    Ok(doc)
}

/// The rule table for the README and `--help`.
pub fn rule_table() -> String {
    RULES
        .iter()
        .map(|(code, sev, meaning)| format!("| `{code}` | {} | {meaning} |\n", sev.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diffs_ignore_key_order() {
        let a = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]});
        let b = json!({"Statement": [{"Effect": "Deny"}], "Version": "2012-10-17"});
        let d = diff(Some(&a), &b);
        assert!(
            d.contains("-      \"Effect\": \"Allow\"") && d.contains("+      \"Effect\": \"Deny\""),
            "{d}"
        );
        assert!(!d.contains("Version\": \"2012-10-17\",\n+"), "{d}");
    }

    #[test]
    fn the_rule_table_lists_every_code() {
        let t = rule_table();
        assert!(t.contains("`lockout` | error"));
        assert_eq!(t.lines().count(), RULES.len());
    }
}
