//! `ecrctl template list|show|create|update|delete`: repository creation templates, checked
//! before any call (prefix grammar, applied-for, mutability rules, policies through the linters).

pub mod args;
mod spec;

pub use args::{Create, List, Update};

use anyhow::Result;

use super::{pretty, Context};
use crate::commands::template::args::AppliedFor;
use crate::commands::template::args::TemplateCreateArgs;
use crate::commands::template::args::TemplateDeleteArgs;
use crate::commands::template::args::TemplateShowArgs;
use crate::diagnostic::Diagnostic;
use crate::error::{AppError, Exit};
use crate::mutability::Mode;
use crate::output::{Human, Report};
use crate::records::TemplateDeleted;
use crate::reference::{validate_repository_name, Registry as NameGrammar};
use crate::registry::templates::{self, TemplateInfo};
use crate::ui;
use spec::{applied, check_prefix, spec};

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
    let mut report = Report::of_records(&found, table);
    if found.is_empty() {
        report = report.with_status("no repository creation templates (create one with `ecrctl template create PREFIX --applied-for create-on-push`)");
    }
    Ok(report)
}

/// The label column of a template's details: as wide as its longest label and two spaces.
const LABEL: usize = "repository policy".len() + 2;

fn detail(t: &TemplateInfo, note: Option<String>) -> Report {
    let field = |label: &str, value: &str| format!("{label:<LABEL$}{value}");
    let row = rows(t);
    let mut lines = vec![
        field("prefix", &t.prefix),
        field("applied for", &t.applied_for.join(", ")),
        field("tag mutability", &row[2]),
        field("encryption", &row[3]),
    ];
    if let Some(d) = &t.description {
        lines.push(field("description", d));
    }
    if !t.tags.is_empty() {
        let tags: Vec<String> = t.tags.iter().map(|(k, v)| format!("{k}={v}")).collect();
        lines.push(field("tags", &tags.join(", ")));
    }
    if let Some(r) = &t.custom_role_arn {
        lines.push(field("role", r));
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
            None => lines.push(field(what, "none")),
        }
    }
    let mut report = Report::of_record(t, Human::Lines(lines));
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

async fn write(ctx: &Context, args: &TemplateCreateArgs, create: bool) -> Result<Report> {
    let (spec, notes) = spec(args, create)?;
    // The lifecycle policy's lint findings below errors, said before it is sent.
    for note in &notes {
        ui::line(&note.render(ctx.runner.github()));
    }
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
        report.diagnostics.push(Diagnostic::warning(format!(
            "repositories created through template {} get mutable tags",
            args.prefix
        )));
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
    let record = TemplateDeleted {
        prefix: prefix.clone(),
        result,
    };
    let status = if result == "deleted" {
        format!("deleted the repository creation template {prefix}{note}")
    } else {
        format!("there is no repository creation template {prefix}; nothing to delete")
    };
    Ok(Report::of_record(&record, Human::Lines(vec![])).with_status(status))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_stands_apart_from_its_value() {
        let t = TemplateInfo {
            prefix: "team-a".into(),
            applied_for: vec!["CREATE_ON_PUSH".into()],
            ..TemplateInfo::default()
        };
        let Human::Lines(lines) = detail(&t, None).human() else {
            panic!("lines")
        };
        // "repository policy" is the longest label: it once ran into its value.
        assert!(
            lines.contains(&"repository policy  none".to_string()),
            "{lines:?}"
        );
        assert!(
            lines.contains(&"lifecycle policy   none".to_string()),
            "{lines:?}"
        );
        assert_eq!(lines[0], "prefix             team-a");
        assert_eq!(
            detail(&t, None).text(),
            [["team-a", "CREATE_ON_PUSH", "", "", "", ""]]
        );
    }
}
