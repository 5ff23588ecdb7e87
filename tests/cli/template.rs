//! `ecrctl template …`: the emulator has no repository creation templates, so these are mocks
//! with the request fields asserted; everything is checked before any call.

use std::sync::{Arc, Mutex};

use aws_sdk_ecr::operation::create_repository_creation_template::CreateRepositoryCreationTemplateOutput;
use aws_sdk_ecr::operation::delete_repository_creation_template::{
    DeleteRepositoryCreationTemplateError, DeleteRepositoryCreationTemplateOutput,
};
use aws_sdk_ecr::operation::describe_repository_creation_templates::DescribeRepositoryCreationTemplatesOutput;
use aws_sdk_ecr::types::error::TemplateNotFoundException;
use aws_sdk_ecr::types::{ImageTagMutability, RctAppliedFor, RepositoryCreationTemplate};
use aws_sdk_ecr::Client;
use aws_smithy_mocks::mock;
use ecrctl::error::{classify, Exit};

use crate::mocks::{meta, run_mocked};

fn template(prefix: &str) -> RepositoryCreationTemplate {
    RepositoryCreationTemplate::builder()
        .prefix(prefix)
        .applied_for(RctAppliedFor::CreateOnPush)
        .image_tag_mutability(ImageTagMutability::Immutable)
        .build()
}

fn listing(prefixes: &'static [&'static str]) -> aws_smithy_mocks::Rule {
    mock!(Client::describe_repository_creation_templates).then_output(move || {
        DescribeRepositoryCreationTemplatesOutput::builder()
            .set_repository_creation_templates(Some(prefixes.iter().map(|p| template(p)).collect()))
            .build()
    })
}

#[test]
fn create_sends_what_was_given_checked_and_minified() {
    let dir = tempfile::tempdir().unwrap();
    let seen = Arc::new(Mutex::new(None));
    let s2 = seen.clone();
    let create =
        mock!(Client::create_repository_creation_template).then_compute_output(move |req| {
            *s2.lock().unwrap() = Some((
                req.prefix().map(str::to_string),
                req.applied_for().to_vec(),
                req.image_tag_mutability().cloned(),
                req.image_tag_mutability_exclusion_filters()
                    .iter()
                    .map(|f| f.filter().to_string())
                    .collect::<Vec<_>>(),
                req.lifecycle_policy().map(str::to_string),
                req.resource_tags().len(),
            ));
            CreateRepositoryCreationTemplateOutput::builder()
                .repository_creation_template(template("team-a"))
                .build()
        });
    let report = run_mocked(
        &[&create],
        &[],
        &[
            "template",
            "create",
            "team-a",
            "--applied-for",
            "create-on-push",
            "--applied-for",
            "replication",
            "--immutable",
            "--except",
            "dev-*",
            "--lifecycle-template",
            "expire-untagged",
            "--days",
            "7",
            "--tag",
            "team=a",
        ],
    )
    .unwrap();
    assert_eq!(report.json()["prefix"], "team-a");
    let (prefix, applied, mode, filters, lifecycle, tags) = seen.lock().unwrap().clone().unwrap();
    assert_eq!(prefix.as_deref(), Some("team-a"));
    assert_eq!(
        applied,
        [RctAppliedFor::CreateOnPush, RctAppliedFor::Replication]
    );
    assert_eq!(mode, Some(ImageTagMutability::ImmutableWithExclusion));
    assert_eq!(filters, ["dev-*"]);
    let lifecycle = lifecycle.unwrap();
    assert!(
        lifecycle.contains("\"countNumber\":7") && !lifecycle.contains('\n'),
        "{lifecycle}"
    );
    assert_eq!(tags, 1);
    // Checked before any call: each of these exits without a request.
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#).unwrap();
    for (args, exit) in [
        (
            vec![
                "template",
                "create",
                "Team_A",
                "--applied-for",
                "create-on-push",
            ],
            Exit::Usage,
        ),
        (
            vec![
                "template",
                "create",
                "root",
                "--applied-for",
                "create-on-push",
            ],
            Exit::Usage,
        ),
        (vec!["template", "create", "team-a"], Exit::Usage),
        (
            vec![
                "template",
                "create",
                "team-a",
                "--applied-for",
                "create-on-push",
                "--scan-on-push",
            ],
            Exit::Conflict,
        ),
        (
            vec![
                "template",
                "create",
                "team-a",
                "--applied-for",
                "create-on-push",
                "--count",
                "5",
            ],
            Exit::Usage,
        ),
        (
            vec![
                "template",
                "create",
                "team-a",
                "--applied-for",
                "create-on-push",
                "--lifecycle-file",
                bad.to_str().unwrap(),
            ],
            Exit::PolicyInvalid,
        ),
        (vec!["template", "update", "team-a"], Exit::Usage),
    ] {
        let err = run_mocked(&[], &[], &args).unwrap_err();
        assert_eq!(classify(&err).0, exit, "{args:?}: {err:#}");
    }
}

#[test]
fn show_for_picks_the_template_check_push_would() {
    let list = listing(&["ROOT", "team", "team/api"]);
    for (repo, want) in [
        ("team/api/v2", "team/api"),
        ("team/web", "team"),
        ("other", "ROOT"),
    ] {
        let report = run_mocked(&[&list], &[], &["template", "show", "--for", repo]).unwrap();
        assert_eq!(report.json()["prefix"], want, "{repo}");
        assert!(
            report.status[0].contains(&format!("gets template {want}")),
            "{:?}",
            report.status
        );
    }
    let none = listing(&["team"]);
    let err = run_mocked(&[&none], &[], &["template", "show", "--for", "other"]).unwrap_err();
    assert_eq!(classify(&err).0, Exit::NotFound);
}

#[test]
fn delete_asks_and_if_exists_succeeds_on_a_missing_template() {
    let err = run_mocked(&[], &[], &["template", "delete", "team-a"]).unwrap_err();
    assert_eq!(classify(&err).0, Exit::Aborted);
    let gone = mock!(Client::delete_repository_creation_template).then_error(|| {
        DeleteRepositoryCreationTemplateError::TemplateNotFoundException(
            TemplateNotFoundException::builder()
                .meta(meta("TemplateNotFoundException"))
                .build(),
        )
    });
    let err = run_mocked(&[&gone], &[], &["template", "delete", "team-a", "--yes"]).unwrap_err();
    assert_eq!(classify(&err).0, Exit::NotFound);
    let report = run_mocked(
        &[&gone],
        &[],
        &["template", "delete", "team-a", "--yes", "--if-exists"],
    )
    .unwrap();
    assert_eq!(report.json()["result"], "absent");
    let ok = mock!(Client::delete_repository_creation_template)
        .then_output(|| DeleteRepositoryCreationTemplateOutput::builder().build());
    let report = run_mocked(&[&ok], &[], &["template", "delete", "team-a", "--yes"]).unwrap();
    assert_eq!(report.json()["result"], "deleted");
}

/// Whole output (stdout and stderr lines) of `template ARGS…` in every format, for each of
/// `commands`, where the emulator cannot go (it has no creation templates); compared with
/// `tests/snapshots/commands/NAME.txt`.
fn check_template_views(name: &str, commands: &[&[&str]]) {
    use ecrctl::cli::OutputFormat;
    let list = listing(&["ROOT", "team-a"]);
    let mut log = String::new();
    for args in commands {
        let report = run_mocked(&[&list], &[], args).unwrap();
        for (flag, format) in [
            ("table", OutputFormat::Table),
            ("text", OutputFormat::Text),
            ("json", OutputFormat::Json),
        ] {
            log.push_str(&format!(
                "$ ecrctl {} -o {flag}\n--- stdout\n{}--- stderr\n",
                args.join(" "),
                crate::mocks::rendered(&report, format)
            ));
            for line in report.status.iter().chain(&report.warnings) {
                log.push_str(line);
                log.push('\n');
            }
            log.push('\n');
        }
    }
    crate::harness::assert_snapshot(&format!("tests/snapshots/commands/{name}.txt"), &log);
}

#[test]
fn template_list_in_every_format() {
    check_template_views("template-list", &[&["template", "list"]]);
}

#[test]
fn template_show_in_every_format() {
    check_template_views(
        "template-show",
        &[
            &["template", "show", "team-a"],
            &["template", "show", "--for", "team-b/x"],
        ],
    );
}
