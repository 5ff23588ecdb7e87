//! What `template create` and `template update` send, planned and checked before any call:
//! the prefix grammar, applied-for, mutability rules, policies through the linters.

use anyhow::Result;

use super::pretty;
use crate::commands::template::args::{AppliedFor, TemplateCreateArgs};
use crate::diagnostic::{Diagnostic, Level};
use crate::error::{usage, AppError, Exit};
use crate::mutability::{self, Mutability};
use crate::registry::templates::TemplateSpec;

/// `ROOT`, or a repository namespace as ECR takes it: 1-256 of a-z 0-9 . _ - /, an optional
/// trailing `/` (ECR reads one there anyway).
pub(super) fn check_prefix(prefix: &str) -> Result<()> {
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

pub(super) fn applied(a: AppliedFor) -> &'static str {
    match a {
        AppliedFor::CreateOnPush => "CREATE_ON_PUSH",
        AppliedFor::PullThroughCache => "PULL_THROUGH_CACHE",
        AppliedFor::Replication => "REPLICATION",
    }
}

/// The spec a create or update sends, checked before any call, and the lint findings below
/// errors of its lifecycle policy (said before it is sent).
pub(super) fn spec(
    args: &TemplateCreateArgs,
    create: bool,
) -> Result<(TemplateSpec, Vec<Diagnostic>)> {
    let mut notes = Vec::new();
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
        (Some(f), _) => Some(checked_lifecycle(
            &crate::commands::read_document(f, "lifecycle policy", crate::lifecycle::MAX_TEXT)?,
            &mut notes,
        )?),
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
            Some(checked_lifecycle(&pretty(&policy.to_json()), &mut notes)?)
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
    Ok((spec, notes))
}

/// A repository policy through the policy linter: errors stop it; sent minified.
fn checked_policy(text: &str) -> Result<String> {
    let findings = crate::policy::lint::lint(text, &Default::default());
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity() == crate::policy::lint::Severity::Error)
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
fn checked_lifecycle(text: &str, notes: &mut Vec<Diagnostic>) -> Result<String> {
    let linted = crate::lifecycle::lint::lint(text);
    if linted.errors() > 0 {
        let errors: Vec<String> = linted
            .findings
            .iter()
            .filter(|f| f.severity() == crate::lifecycle::lint::Severity::Error)
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
        .filter(|f| f.severity() != crate::lifecycle::lint::Severity::Error)
    {
        notes.push(Diagnostic {
            level: Level::Other(f.severity().as_str()),
            code: Some(f.code.to_string()),
            message: format!("lifecycle policy: {}", f.message),
            title: None,
        });
    }
    let doc = crate::policy::parse(text).map_err(|e| AppError::new(Exit::PolicyInvalid, e))?;
    Ok(crate::policy::minify(&doc))
}
