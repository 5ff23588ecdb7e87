//! The plan and report of `set`, without a registry.

use serde_json::json;

use super::*;
use crate::commands::lifecycle::LifecyclePolicy;
use crate::commands::policy::RepositoryPolicy;
use crate::error::Exit;

fn policy(effect: &str) -> Value {
    json!({"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": effect, "Principal": "*", "Action": "ecr:BatchGetImage"}]})
}

fn said(risk: Option<&str>) -> Said {
    Said {
        lines: vec!["next run would expire 1 image".into()],
        warnings: vec![Diagnostic::warning("finding").with_code("x")],
        on_write: vec![Diagnostic::warning("on write")],
        risk: risk.map(str::to_string),
    }
}

fn plain(diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics.iter().map(Diagnostic::plain).collect()
}

/// The record's keys, in order (scripts that read JSON by position, and people, see them so).
fn keys(json: &Value) -> Vec<&str> {
    json.as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect()
}

#[test]
fn diffs_ignore_key_order() {
    let a = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]});
    let b = json!({"Statement": [{"Effect": "Deny"}], "Version": "2012-10-17"});
    let d = Change::of::<RepositoryPolicy>(Some(&a), &b).patch;
    assert!(
        d.contains("-      \"Effect\": \"Allow\"") && d.contains("+      \"Effect\": \"Deny\""),
        "{d}"
    );
    assert!(!d.contains("Version\": \"2012-10-17\",\n+"), "{d}");
}

#[test]
fn an_equivalent_document_is_not_sent_nor_asked_about() {
    let current = policy("Allow");
    let mut reordered = current.clone();
    reordered["Statement"][0]["Action"] = json!(["ecr:BatchGetImage"]);
    let change = Change::of::<RepositoryPolicy>(Some(&current), &reordered);
    assert!(change.unchanged && change.patch.is_empty(), "{change:?}");
    let plan = plan::<RepositoryPolicy>("app", change, &reordered, false, said(Some("x")));
    assert!(!plan.write);
    assert_eq!(plan.question, None);
    assert_eq!(
        plan.status,
        [
            "next run would expire 1 image",
            "policy of app unchanged: nothing sent"
        ]
    );
    assert_eq!(plain(&plan.warnings), ["warning[x] finding"]);
    let report =
        render::<RepositoryPolicy>("app", plan, &[], &reordered, Extra::default(), false, true);
    assert_eq!(report.json()["result"], "unchanged");
    assert_eq!(report.exit, Exit::Success);
}

#[test]
fn a_dry_run_shows_the_diff_and_asks_nothing() {
    let new = policy("Deny");
    let change = Change::of::<LifecyclePolicy>(None, &new);
    assert!(
        change.patch.lines().skip(3).all(|l| l.starts_with('+')),
        "{}",
        change.patch
    );
    let plan = plan::<LifecyclePolicy>(
        "app",
        change,
        &new,
        true,
        said(Some("expire 2 tagged image(s)")),
    );
    assert!(!plan.write);
    assert_eq!(plan.question, None);
    assert_eq!(
        plan.status[1],
        "dry run: the lifecycle policy of app was not changed"
    );
    // What is said only when written is not said.
    assert_eq!(plain(&plan.warnings), ["warning[x] finding"]);
    let patch = plan.change.patch.clone();
    let extra = Extra {
        next_run: Some(None),
        ..Extra::default()
    };
    let report = render::<LifecyclePolicy>("app", plan, &[], &new, extra, false, true);
    assert_eq!(report.exit, Exit::WouldChange);
    let text: Vec<String> = report.text().into_iter().flatten().collect();
    assert_eq!(text, patch.lines().collect::<Vec<_>>());
    let json = report.json();
    assert_eq!(json["result"], "would-change");
    assert_eq!(
        keys(json),
        [
            "repository",
            "result",
            "changed",
            "applied",
            "dryRun",
            "findings",
            "diff",
            "nextRun",
            "policy"
        ]
    );
    assert!(json["nextRun"].is_null());
}

#[test]
fn a_write_asks_what_is_regretted_and_warns_of_what_it_skips() {
    let new = policy("Deny");
    let change = Change::of::<RepositoryPolicy>(Some(&policy("Allow")), &new);
    let plan = plan::<RepositoryPolicy>("app", change, &new, false, said(Some("empty it")));
    assert!(plan.write);
    assert_eq!(plan.question.as_deref(), Some("empty it"));
    assert_eq!(
        plain(&plan.warnings),
        ["warning[x] finding", "warning: on write"]
    );
    assert_eq!(plan.status, ["next run would expire 1 image"]);
    assert_eq!(plan.text, crate::policy::minify(&new));
    let extra = Extra {
        public: Some(false),
        forced: Some(true),
        next_run: None,
    };
    let report = render::<RepositoryPolicy>("app", plan, &[], &new, extra, true, true);
    let json = report.json();
    assert_eq!(json["result"], "applied");
    assert_eq!(
        keys(json),
        [
            "repository",
            "result",
            "public",
            "changed",
            "applied",
            "dryRun",
            "forced",
            "findings",
            "diff",
            "policy"
        ]
    );
    // Shown above the question: not shown again.
    assert!(matches!(report.human(), Human::Lines(l) if l.is_empty()));
    assert_eq!(report.exit, Exit::WouldChange);
}
