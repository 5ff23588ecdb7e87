//! The check-push report: records, lines for failing and warning verdicts (annotations under
//! GitHub), CI outputs, and the exit code.

use anyhow::Result;
use serde_json::{json, Value};

use super::{failing_exit, severity, Checked};
use crate::commands::check_push::args::AnnotationFormat;
use crate::commands::check_push::args::CheckPushArgs;
use crate::error::Exit;
use crate::output::{CiFile, CiTarget, Human, Report};
use crate::records::PushCheck;
use crate::verdict::Verdict;

pub(super) fn report(
    checked: &[Checked],
    args: &CheckPushArgs,
    warnings: Vec<String>,
    runner: crate::ci::Runner,
) -> Result<Report> {
    let style = annotation_style(args.format, runner);
    let items: Vec<PushCheck> = checked.iter().map(record).collect();
    let rows = checked
        .iter()
        .map(|c| {
            vec![
                c.image.original.clone(),
                c.verdict.as_str().to_string(),
                c.message.clone(),
            ]
        })
        .collect();
    let mut report = Report::of_records(
        &items,
        Human::Table {
            headers: vec!["REFERENCE", "VERDICT", "DETAIL"],
            rows,
        },
    );
    report.warnings = warnings;
    report
        .warnings
        .extend(checked.iter().filter_map(|c| verdict_line(c, args, style)));
    // Once per image left untagged, however many of the references move its tags.
    let mut warned: Vec<&str> = Vec::new();
    for c in checked {
        if let Some(left) = c
            .left
            .as_ref()
            .filter(|l| !warned.contains(&l.digest.as_str()))
        {
            warned.push(&left.digest);
            let text = left.warning(&c.image.repository, false);
            report.warnings.push(match style {
                AnnotationFormat::Github => crate::ci::github_annotation(
                    "warning",
                    &format!("ecrctl check-push {}", c.image.original),
                    &text,
                    None,
                ),
                _ => format!("warning: {text}"),
            });
        }
    }
    ci_outputs(&mut report, checked, args, style)?;
    report.ci_files_advisory = args.warn_only;
    report.own_annotations = true;
    report.exit = if args.warn_only {
        Exit::Success
    } else {
        Exit::worst(
            checked
                .iter()
                .filter_map(|c| failing_exit(c.verdict, args.fail_on)),
        )
    };
    Ok(report)
}

/// The line for a verdict that fails (error) or deserves attention (warning), as plain text or
/// as an annotation; none for the others.
fn verdict_line(c: &Checked, args: &CheckPushArgs, style: AnnotationFormat) -> Option<String> {
    let noted = matches!(
        c.verdict,
        Verdict::Conflict | Verdict::RepositoryMissing | Verdict::Unknown | Verdict::Overwrite
    );
    if !noted {
        return None;
    }
    let failing = failing_exit(c.verdict, args.fail_on).is_some() && !args.warn_only;
    let level = if failing { "error" } else { "warning" };
    Some(match style {
        AnnotationFormat::Github => crate::ci::github_annotation(
            level,
            &format!("ecrctl check-push {}", c.image.original),
            &c.message,
            None,
        ),
        _ => format!("{level}: {}", c.message),
    })
}

/// $GITHUB_OUTPUT and the step summary under GitHub, the dotenv report when asked for.
fn ci_outputs(
    report: &mut Report,
    checked: &[Checked],
    args: &CheckPushArgs,
    style: AnnotationFormat,
) -> Result<()> {
    let worst = checked
        .iter()
        .map(|c| c.verdict)
        .max_by_key(|v| severity(*v))
        .map(Verdict::as_str)
        .unwrap_or("skipped");
    let push_needed = checked
        .iter()
        .any(|c| matches!(c.verdict, Verdict::New | Verdict::Overwrite));
    if style == AnnotationFormat::Github {
        let verdicts: Vec<Value> = checked
            .iter()
            .map(|c| json!({"reference": c.image.original, "verdict": c.verdict.as_str()}))
            .collect();
        report.ci_files.push(CiFile {
            target: CiTarget::Env("GITHUB_OUTPUT"),
            text: format!(
                "verdict={worst}\npush-needed={push_needed}\nverdicts={}\n",
                serde_json::to_string(&verdicts)?
            ),
            replace: false,
        });
        report.ci_files.push(CiFile {
            target: CiTarget::Env("GITHUB_STEP_SUMMARY"),
            text: step_summary(checked),
            replace: false,
        });
    }
    if let Some(path) = &args.dotenv {
        report.ci_files.push(CiFile {
            target: CiTarget::Path(path.clone()),
            text: format!("ECRCTL_VERDICT={worst}\nECRCTL_PUSH_NEEDED={push_needed}\n"),
            replace: true,
        });
    }
    Ok(())
}

/// The annotation style: as asked, else GitHub's or GitLab's when running there.
fn annotation_style(
    asked: Option<AnnotationFormat>,
    runner: crate::ci::Runner,
) -> AnnotationFormat {
    asked.unwrap_or(match runner {
        crate::ci::Runner::GithubActions => AnnotationFormat::Github,
        crate::ci::Runner::GitlabCi => AnnotationFormat::Gitlab,
        crate::ci::Runner::None => AnnotationFormat::Plain,
    })
}

/// A Markdown table for `$GITHUB_STEP_SUMMARY`.
fn step_summary(checked: &[Checked]) -> String {
    let mut md = String::from(
        "### ecrctl check-push\n\n| reference | verdict | detail |\n| --- | --- | --- |\n",
    );
    for c in checked {
        md.push_str(&format!(
            "| `{}` | **{}** | {} |\n",
            crate::ci::markdown_code(&c.image.original),
            c.verdict.as_str(),
            crate::ci::markdown_cell(&c.message)
        ));
    }
    md.push('\n');
    md
}

/// The tag's effective mutability as an API word.
fn effective(c: &Checked) -> Option<&'static str> {
    c.immutable.map(|i| if i { "IMMUTABLE" } else { "MUTABLE" })
}

fn record(c: &Checked) -> PushCheck {
    let remote = c.remote.as_ref();
    PushCheck {
        reference: c.image.original.clone(),
        registry: c.registry.clone(),
        repository: c.image.repository.clone(),
        tag: c.image.tag_or_latest().to_string(),
        public: c.image.is_public(),
        verdict: c.verdict.as_str(),
        tag_mutability: effective(c),
        repository_tag_mutability: c.repo_mode.clone(),
        matched_filter: c.matched_filter.clone(),
        remote_digest: remote.map(|r| r.digest.clone()).filter(|d| !d.is_empty()),
        remote_pushed_at: remote.and_then(|r| r.pushed_at).map(crate::time::format),
        remote_tags: remote.and_then(|r| r.tags.clone()),
        remote_archived: remote.map(|r| r.archived),
        old_image_untagged: c.old_untagged,
        local_digest: c.local.manifest_digest.clone(),
        local_config_digest: c.local.config_digest.clone(),
        create_on_push_template: c.template.clone(),
        untagged_referrers: c.left.as_ref().map(|l| l.referrers.clone()),
        message: c.message.clone(),
    }
}
