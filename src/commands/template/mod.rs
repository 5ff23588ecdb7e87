//! `ecrctl template list|show|create|update|delete`: repository creation templates, checked
//! before any call (prefix grammar, applied-for, mutability rules, policies through the linters).

pub mod args;

pub use args::{Create, List, Update};

use anyhow::Result;
use serde_json::{json, Value};

use super::{pretty, Context};
use crate::commands::template::args::AppliedFor;
use crate::commands::template::args::TemplateCreateArgs;
use crate::commands::template::args::TemplateDeleteArgs;
use crate::commands::template::args::TemplateShowArgs;
use crate::error::{usage, AppError, Exit};
use crate::mutability::{self, Mode, Mutability};
use crate::output::{Human, Report};
use crate::reference::{validate_repository_name, Registry as NameGrammar};
use crate::registry::templates::{self, TemplateInfo, TemplateSpec};
use crate::ui;

/// `ROOT`, or a repository namespace as ECR takes it: 1-256 of a-z 0-9 . _ - /, an optional
/// trailing `/` (ECR reads one there anyway).
fn check_prefix(prefix: &str) -> Result<()> {
    if prefix == "ROOT" {
        return Ok(());
    }
    if prefix.eq_ignore_ascii_case("root") {
        return usage(format!(
            "'{}': the default template's prefix is ROOT, in capitals",
            crate::error::cut(prefix)
        ));
    }
    if prefix.contains(".dkr.")
        || prefix.contains("amazonaws.com")
        || prefix.starts_with("public.ecr.aws")
    {
        return usage(format!("'{}' names a registry: a template prefix is a repository namespace alone, such as team-a", crate::error::cut(prefix)));
    }
    let len = prefix.chars().count();
    if !(1..=256).contains(&len) {
        return usage(format!(
            "template prefix '{}' is {len} characters long: it must be 1 to 256",
            crate::error::cut(prefix)
        ));
    }
    if let Some(c) = prefix
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || "._-/".contains(*c)))
    {
        return usage(format!(
            "template prefix '{}' contains '{}': only a-z, 0-9, '.', '_', '-' and '/' (a repository namespace)",
            crate::error::cut(prefix),
            c.escape_default()
        ));
    }
    if prefix.starts_with('/') || prefix.contains("//") {
        return usage(format!(
            "template prefix '{}' has an empty path component",
            crate::error::cut(prefix)
        ));
    }
    Ok(())
}

fn applied(a: AppliedFor) -> &'static str {
    match a {
        AppliedFor::CreateOnPush => "CREATE_ON_PUSH",
        AppliedFor::PullThroughCache => "PULL_THROUGH_CACHE",
        AppliedFor::Replication => "REPLICATION",
    }
}

fn rows(t: &TemplateInfo) -> Vec<String> {
    let mutability = match &t.tag_mutability {
        Some(m) if t.exclusion_filters.is_empty() => m.clone(),
        Some(m) => format!("{m} ({})", t.exclusion_filters.join(", ")),
        None => "-".into(),
    };
    vec![
        t.prefix.clone(),
        t.applied_for.join(", "),
        mutability,
        t.kms_key
            .clone()
            .or_else(|| t.encryption.clone())
            .unwrap_or_else(|| "-".into()),
        t.description.clone().unwrap_or_else(|| "-".into()),
    ]
}

async fn all(ctx: &Context, prefix: Option<&str>) -> Result<Vec<TemplateInfo>> {
    templates::list(ctx.clients.ecr().await?, prefix).await
}

async fn list(ctx: &Context) -> Result<Report> {
    let mut found = all(ctx, None).await?;
    found.sort_by(|a, b| (a.prefix != "ROOT", &a.prefix).cmp(&(b.prefix != "ROOT", &b.prefix)));
    let records: Vec<Value> = found
        .iter()
        .map(|t| serde_json::to_value(t).unwrap_or(Value::Null))
        .collect();
    let table = Human::Table {
        headers: vec![
            "PREFIX",
            "APPLIED FOR",
            "TAG MUTABILITY",
            "ENCRYPTION",
            "DESCRIPTION",
        ],
        rows: found.iter().map(rows).collect(),
    };
    let mut report = Report::records(
        Value::Array(records.clone()),
        &records,
        table,
        "template list",
    );
    if found.is_empty() {
        report = report.with_status("no repository creation templates (create one with `ecrctl template create PREFIX --applied-for create-on-push`)");
    }
    Ok(report)
}

fn detail(t: &TemplateInfo, note: Option<String>) -> Report {
    let json = serde_json::to_value(t).unwrap_or(Value::Null);
    let mut lines = vec![
        format!("prefix          {}", t.prefix),
        format!("applied for     {}", t.applied_for.join(", ")),
        format!("tag mutability  {}", rows(t)[2]),
        format!("encryption      {}", rows(t)[3]),
    ];
    if let Some(d) = &t.description {
        lines.push(format!("description     {d}"));
    }
    if !t.tags.is_empty() {
        let tags: Vec<String> = t.tags.iter().map(|(k, v)| format!("{k}={v}")).collect();
        lines.push(format!("tags            {}", tags.join(", ")));
    }
    if let Some(r) = &t.custom_role_arn {
        lines.push(format!("role            {r}"));
    }
    for (what, doc) in [
        ("repository policy", &t.repository_policy),
        ("lifecycle policy", &t.lifecycle_policy),
    ] {
        match doc {
            Some(d) => {
                lines.push(format!("{what}:"));
                lines.extend(pretty(d).lines().map(|l| format!("  {l}")));
            }
            None => lines.push(format!("{what:<16}none")),
        }
    }
    let record = json.clone();
    let mut report = Report::records(json, &[record], Human::Lines(lines), "template list");
    if let Some(n) = note {
        report = report.with_status(n);
    }
    report
}

async fn show(ctx: &Context, args: &TemplateShowArgs) -> Result<Report> {
    if let Some(repo) = &args.for_repo {
        validate_repository_name(repo, NameGrammar::Private).map_err(AppError::usage)?;
        let by = applied(args.applied_for.unwrap_or(AppliedFor::CreateOnPush));
        let found: Vec<TemplateInfo> = all(ctx, None)
            .await?
            .into_iter()
            .filter(|t| t.applied_for.iter().any(|a| a == by))
            .collect();
        let Some(prefix) =
            crate::settings::best_template(repo, found.iter().map(|t| t.prefix.as_str()))
        else {
            return Err(AppError::new(Exit::NotFound, format!("no {by} repository creation template applies to {repo}: a repository created that way gets ECR's defaults"))
                .with_hint("a ROOT template applies to every repository no other template matches")
                .into());
        };
        let t = found
            .iter()
            .find(|t| t.prefix == prefix)
            .expect("the chosen template is listed");
        let how = if prefix == "ROOT" {
            "no prefix matches: the default template".to_string()
        } else {
            format!("its longest matching prefix is {prefix}")
        };
        return Ok(detail(
            t,
            Some(format!(
                "a new repository {repo} gets template {prefix} ({how})"
            )),
        ));
    }
    let prefix = args
        .prefix
        .as_deref()
        .expect("clap requires a prefix or --for");
    check_prefix(prefix)?;
    match all(ctx, Some(prefix))
        .await?
        .into_iter()
        .find(|t| t.prefix == prefix)
    {
        Some(t) => Ok(detail(&t, None)),
        None => Err(AppError::new(
            Exit::NotFound,
            format!("there is no repository creation template {prefix}"),
        )
        .with_hint("`ecrctl template list` shows them")
        .into()),
    }
}

/// The spec a create or update sends, checked before any call.
fn spec(args: &TemplateCreateArgs, create: bool) -> Result<TemplateSpec> {
    check_prefix(&args.prefix)?;
    if args.scan_on_push {
        return Err(AppError::new(Exit::Conflict, "repository creation templates have no scanning setting: ECR cannot give created repositories scan on push through them")
            .with_hint("scan them with a registry scanning rule instead (see `ecrctl registry show`), or `ecrctl repo update NAME --scan-on-push` once created")
            .into());
    }
    if create && args.applied_for.is_empty() {
        return usage("say what the template applies to: --applied-for create-on-push, pull-through-cache or replication");
    }
    let mutability = if args.immutable || args.mutable || !args.except.is_empty() {
        mutability::validate_filters(&args.except).map_err(AppError::usage)?;
        // As `repo create`: --except alone is "mutable, except these".
        Some(Mutability::requested(args.immutable, &args.except))
    } else {
        None
    };
    if let Some(key) = &args.kms_key {
        crate::settings::validate_kms_key(key).map_err(AppError::usage)?;
    }
    let tags = if args.tags.is_empty() {
        None
    } else {
        Some(crate::settings::parse_tags(&args.tags).map_err(AppError::usage)?)
    };
    let pp = &args.policy_params;
    if args.policy_template.is_none()
        && (!pp.principals.is_empty() || !pp.accounts.is_empty() || pp.org_id.is_some())
    {
        return usage("--principal, --account and --org-id fill in a --policy-template");
    }
    let lp = &args.lifecycle_params;
    if args.lifecycle_template.is_none()
        && (lp.count.is_some()
            || lp.days.is_some()
            || lp.then_days.is_some()
            || !lp.patterns.is_empty())
    {
        return usage("--count, --days, --then-days and --pattern fill in a --lifecycle-template");
    }
    if let Some(arn) = &args.role_arn {
        if !arn.starts_with("arn:") || !arn.contains(":iam::") || !arn.contains(":role/") {
            return usage(format!(
                "--role-arn '{}' is not an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME)",
                crate::error::cut(arn)
            ));
        }
    }
    if args
        .description
        .as_ref()
        .is_some_and(|d| d.chars().count() > 256)
    {
        return usage("--description is longer than 256 characters");
    }
    let repository_policy = match (&args.policy_file, &args.policy_template) {
        (Some(f), _) => Some(checked_policy(&crate::commands::read_document(
            f,
            "repository policy",
            crate::policy::MAX_POLICY_CHARS,
        )?)?),
        (None, Some(name)) => {
            let p = crate::policy::templates::Params {
                principals: args.policy_params.principals.clone(),
                accounts: args.policy_params.accounts.clone(),
                org_id: args.policy_params.org_id.clone(),
                public: false,
            };
            let doc = crate::policy::templates::build(name, &p).map_err(AppError::usage)?;
            Some(checked_policy(&pretty(&doc))?)
        }
        (None, None) => None,
    };
    let lifecycle_policy = match (&args.lifecycle_file, &args.lifecycle_template) {
        (Some(f), _) => Some(checked_lifecycle(&crate::commands::read_document(
            f,
            "lifecycle policy",
            crate::lifecycle::MAX_TEXT,
        )?)?),
        (None, Some(name)) => {
            let p = &args.lifecycle_params;
            let params = crate::lifecycle::templates::Params {
                count: p.count,
                days: p.days,
                then_days: p.then_days,
                patterns: p.patterns.clone(),
            };
            let policy =
                crate::lifecycle::templates::template(name, &params).map_err(AppError::usage)?;
            Some(checked_lifecycle(&pretty(&policy.to_json()))?)
        }
        (None, None) => None,
    };
    let spec = TemplateSpec {
        description: args.description.clone(),
        applied_for: (!args.applied_for.is_empty()).then(|| {
            args.applied_for
                .iter()
                .map(|a| applied(*a).to_string())
                .collect()
        }),
        mutability,
        kms_key: args.kms_key.clone(),
        tags,
        repository_policy,
        lifecycle_policy,
        role_arn: args.role_arn.clone(),
    };
    if !create
        && spec.description.is_none()
        && spec.applied_for.is_none()
        && spec.mutability.is_none()
        && spec.kms_key.is_none()
        && spec.tags.is_none()
        && spec.repository_policy.is_none()
        && spec.lifecycle_policy.is_none()
        && spec.role_arn.is_none()
    {
        return usage("nothing to update: give at least one setting");
    }
    Ok(spec)
}

/// A repository policy through the policy linter: errors stop it; sent minified.
fn checked_policy(text: &str) -> Result<String> {
    let findings = crate::policy::lint::lint(text, &Default::default());
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == crate::policy::lint::Severity::Error)
        .map(|f| format!("{}: {}", f.code, f.message))
        .collect();
    if !errors.is_empty() {
        return Err(AppError::new(
            Exit::PolicyInvalid,
            format!(
                "the template's repository policy has errors: {}",
                errors.join("; ")
            ),
        )
        .into());
    }
    let doc = crate::policy::parse(text).map_err(|e| AppError::new(Exit::PolicyInvalid, e))?;
    Ok(crate::policy::minify(&doc))
}

/// A lifecycle policy through the lifecycle linter: errors stop it; sent minified.
fn checked_lifecycle(text: &str) -> Result<String> {
    let linted = crate::lifecycle::lint::lint(text);
    if linted.errors() > 0 {
        let errors: Vec<String> = linted
            .findings
            .iter()
            .filter(|f| f.severity == crate::lifecycle::lint::Severity::Error)
            .map(|f| format!("{}: {}", f.code, f.message))
            .collect();
        return Err(AppError::new(
            Exit::PolicyInvalid,
            format!(
                "the template's lifecycle policy has errors: {}",
                errors.join("; ")
            ),
        )
        .into());
    }
    for f in linted
        .findings
        .iter()
        .filter(|f| f.severity != crate::lifecycle::lint::Severity::Error)
    {
        ui::line(&format!(
            "{}[{}] lifecycle policy: {}",
            f.severity.as_str(),
            f.code,
            f.message
        ));
    }
    let doc = crate::policy::parse(text).map_err(|e| AppError::new(Exit::PolicyInvalid, e))?;
    Ok(crate::policy::minify(&doc))
}

async fn write(ctx: &Context, args: &TemplateCreateArgs, create: bool) -> Result<Report> {
    let spec = spec(args, create)?;
    let client = ctx.clients.ecr().await?;
    let (t, done) = if create {
        templates::create(client, &args.prefix, &spec).await?
    } else {
        (
            templates::update(client, &args.prefix, &spec).await?,
            crate::writes::Done::Answered,
        )
    };
    let verb = if create { "created" } else { "updated" };
    let mut report = detail(
        &t,
        Some(format!(
            "{verb} the repository creation template {}{}",
            args.prefix,
            done.note()
        )),
    );
    if matches!(
        t.tag_mutability.as_deref().and_then(Mode::from_api),
        Some(Mode::Mutable)
    ) || t.tag_mutability.is_none()
    {
        report = report.with_warning(format!(
            "warning: repositories created through template {} get mutable tags",
            args.prefix
        ));
    }
    Ok(report)
}

async fn delete(ctx: &Context, args: &TemplateDeleteArgs) -> Result<Report> {
    check_prefix(&args.prefix)?;
    let prefix = &args.prefix;
    ui::confirm_or_abort(
        args.yes,
        ctx.can_prompt,
        &format!("deleting the repository creation template {prefix}"),
        &format!("Delete the repository creation template {prefix}?"),
        "template kept",
    )
    .await?;
    let mut note = String::new();
    let result = match templates::delete(ctx.clients.ecr().await?, prefix).await {
        Ok(done) => {
            note = done.note();
            "deleted"
        }
        Err(e) if args.if_exists && crate::error::classify(&e).0 == Exit::NotFound => "absent",
        Err(e) => return Err(e),
    };
    let json = json!({"prefix": prefix, "result": result});
    let status = if result == "deleted" {
        format!("deleted the repository creation template {prefix}{note}")
    } else {
        format!("there is no repository creation template {prefix}; nothing to delete")
    };
    Ok(Report::records(
        json.clone(),
        &[json],
        Human::Lines(vec![]),
        "template delete",
    )
    .with_status(status))
}
