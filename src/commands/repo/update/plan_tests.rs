//! `repo update`'s plan and rendering, without a client.

use super::*;

fn current(scan: bool, tags: &[(&str, &str)]) -> Current {
    Current {
        scan_on_push: Some(scan),
        tags: tags
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        catalog: None,
    }
}

fn wanted(scan: Option<bool>, adds: &[(&str, &str)], untag: &[&str]) -> Wanted {
    Wanted {
        scan,
        adds: adds
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        untag: untag.iter().map(|k| k.to_string()).collect(),
        catalog: None,
    }
}

#[test]
fn only_what_differs_is_written() {
    let now = current(true, &[("team", "a"), ("owner", "x")]);
    let plan = Plan::new(
        &wanted(
            Some(true),
            &[("team", "a"), ("env", "prod")],
            &["owner", "gone"],
        ),
        &now,
    );
    assert_eq!(plan.scan, None);
    assert_eq!(plan.tag_writes, vec![("env".into(), "prod".into())]);
    assert_eq!(plan.untag_writes, vec!["owner".to_string()]);
    assert!(plan.changes_anything());
    let after = plan.tags_after(&now);
    assert_eq!(after.get("env").map(String::as_str), Some("prod"));
    assert!(!after.contains_key("owner"));
}

#[test]
fn a_settled_repository_is_unchanged_with_a_note_for_an_absent_tag() {
    let now = current(false, &[("team", "a")]);
    let want = wanted(Some(false), &[("team", "a")], &["gone"]);
    let plan = Plan::new(&want, &now);
    assert!(!plan.changes_anything());
    let report = render("app", false, &want, &now, &plan, false);
    assert_eq!(report.json()["result"], "unchanged");
    assert_eq!(report.json()["changes"], json!([]));
    assert_eq!(report.diagnostics.len(), 1);
    assert!(report.diagnostics[0].message.contains("has no tag gone"));
}

#[test]
fn a_dry_run_says_would_change_with_before_and_after() {
    let now = current(false, &[]);
    let want = wanted(Some(true), &[("team", "a")], &[]);
    let plan = Plan::new(&want, &now);
    let report = render("app", false, &want, &now, &plan, true);
    let json = report.json();
    assert_eq!(json["result"], "would-change");
    assert_eq!(json["before"], json!({"scanOnPush": false, "tags": {}}));
    assert_eq!(
        json["after"],
        json!({"scanOnPush": true, "tags": {"team": "a"}})
    );
    assert_eq!(json["changes"][0]["setting"], "scanOnPush");
    assert_eq!(
        json["changes"][1],
        json!({"setting": "tag team", "before": null, "after": "a"})
    );
}

#[test]
fn catalog_fields_given_replace_the_others_stay() {
    let before = Catalog {
        description: Some("old".into()),
        about_text: Some("about".into()),
        architectures: vec!["x86-64".into()],
        ..Catalog::default()
    };
    let given = Catalog {
        description: Some("new".into()),
        ..Catalog::default()
    };
    let now = Current {
        catalog: Some(before.clone()),
        ..Current::default()
    };
    let want = Wanted {
        catalog: Some(given),
        ..Wanted::default()
    };
    let plan = Plan::new(&want, &now);
    let after = plan.catalog.expect("the description differs");
    assert_eq!(after.description.as_deref(), Some("new"));
    assert_eq!(after.about_text.as_deref(), Some("about"));
    assert_eq!(after.architectures, before.architectures);
    let same = Wanted {
        catalog: Some(before.clone()),
        ..Wanted::default()
    };
    assert_eq!(Plan::new(&same, &now).catalog, None);
}
