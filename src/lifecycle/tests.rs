use proptest::prelude::*;
use serde_json::{json, Value};

use super::eval::{evaluate, summarize, Image, Verdict};
use super::lint::{lint, lint_value, Code};
use super::templates::{template, Params, TEMPLATES};
use super::*;

const NOW: i64 = 1_800_000_000;

fn img(name: &str, tags: &[&str], days_ago: i64) -> Image {
    Image {
        digest: format!("sha256:{name}"),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        pushed_at: NOW - days_ago * DAY,
        size_bytes: Some(100),
        ..Default::default()
    }
}

fn policy(doc: Value) -> Policy {
    let linted = lint_value(&doc);
    linted
        .policy
        .unwrap_or_else(|| panic!("{:?}", linted.findings))
}

fn rule(priority: u32, selection: Value, action: Value) -> Value {
    json!({"rulePriority": priority, "description": format!("Rule {priority}"), "selection": selection, "action": action})
}

fn expired(images: &[Image], p: &Policy) -> Vec<String> {
    evaluate(p, images, NOW)
        .iter()
        .zip(images)
        .filter(|(d, _)| d.verdict == Verdict::Expire)
        .map(|(_, i)| i.digest.trim_start_matches("sha256:").to_string())
        .collect()
}

fn prefix_count(priority: u32, prefixes: &[&str], n: u32) -> Value {
    rule(
        priority,
        json!({"tagStatus": "tagged", "tagPrefixList": prefixes, "countType": "imageCountMoreThan", "countNumber": n}),
        json!({"type": "expire"}),
    )
}

// The user guide's worked examples ("Examples of lifecycle policies"), each with its result.

#[test]
fn guide_multiple_rules_example_a() {
    let images = [
        img("A", &["beta-1", "prod-1"], 10),
        img("B", &["beta-2", "prod-2"], 9),
        img("C", &["beta-3"], 8),
    ];
    let p =
        policy(json!({"rules": [prefix_count(1, &["prod"], 1), prefix_count(2, &["beta"], 1)]}));
    assert_eq!(expired(&images, &p), ["A"]);
}

#[test]
fn guide_multiple_rules_example_b() {
    let images = [
        img("A", &["beta-1", "prod-1"], 10),
        img("B", &["beta-2", "prod-2"], 9),
        img("C", &["beta-3"], 8),
    ];
    let p =
        policy(json!({"rules": [prefix_count(1, &["beta"], 1), prefix_count(2, &["prod"], 1)]}));
    assert_eq!(expired(&images, &p), ["A", "B"]);
}

#[test]
fn guide_multiple_tags_example_a() {
    let images = [
        img("A", &["alpha-1"], 12),
        img("B", &["beta-1"], 11),
        img("C", &["alpha-2", "beta-2"], 10),
        img("D", &["alpha-3"], 4),
        img("E", &["beta-3"], 3),
        img("F", &["alpha-4", "beta-4"], 2),
    ];
    let p = policy(json!({"rules": [rule(1,
        json!({"tagStatus": "tagged", "tagPrefixList": ["alpha", "beta"], "countType": "sinceImagePushed", "countNumber": 5, "countUnit": "days"}),
        json!({"type": "expire"}))]}));
    assert_eq!(expired(&images, &p), ["C"]);
}

#[test]
fn guide_multiple_tags_example_b() {
    let images = [
        img("A", &["alpha-1", "beta-1", "gamma-1"], 10),
        img("B", &["alpha-2", "beta-2"], 9),
        img("C", &["alpha-3", "beta-3", "gamma-2"], 8),
    ];
    let p = policy(json!({"rules": [prefix_count(1, &["alpha", "beta"], 1)]}));
    assert_eq!(expired(&images, &p), ["A", "B"]);
}

#[test]
fn guide_age_and_count_examples() {
    let images = [
        img("old", &[], 20),
        img("new", &[], 2),
        img("tagged", &["prod-1"], 30),
    ];
    let age = policy(json!({"rules": [rule(1,
        json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}),
        json!({"type": "expire"}))]}));
    assert_eq!(expired(&images, &age), ["old"]);
    let prod = policy(json!({"rules": [rule(1,
        json!({"tagStatus": "tagged", "tagPatternList": ["prod*"], "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}),
        json!({"type": "expire"}))]}));
    assert_eq!(expired(&images, &prod), ["tagged"]);
    let one = policy(json!({"rules": [rule(1,
        json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1}),
        json!({"type": "expire"}))]}));
    assert_eq!(expired(&images, &one), ["old"]);
}

#[test]
fn reasons_name_the_rank_and_the_rule() {
    let images: Vec<Image> = (0..12)
        .map(|i| img(&format!("{i:02}"), &[&format!("dev-{i}")], i))
        .collect();
    let p = policy(json!({"rules": [rule(1,
        json!({"tagStatus": "tagged", "tagPatternList": ["dev-*"], "countType": "imageCountMoreThan", "countNumber": 10}),
        json!({"type": "expire"}))]}));
    let d = evaluate(&p, &images, NOW);
    assert_eq!(d[10].verdict, Verdict::Expire);
    assert_eq!(
        d[10].reason,
        "11th newest of images tagged `dev-*`; rule keeps 10"
    );
    assert_eq!(d[10].rule, Some(1));
    assert_eq!(d[0].verdict, Verdict::Keep);
    assert_eq!(d[0].rule, None);
    assert_eq!(
        d[0].reason,
        "rule 1: 1st newest of images tagged `dev-*`; rule keeps 10"
    );
}

#[test]
fn a_higher_rule_protects_what_it_selects_and_says_so() {
    let images = [img("rel", &["v1", "old-1"], 50), img("tmp", &["old-2"], 50)];
    let p = policy(json!({"rules": [
        rule(1, json!({"tagStatus": "tagged", "tagPatternList": ["v*"], "countType": "imageCountMoreThan", "countNumber": 5}), json!({"type": "expire"})),
        rule(2, json!({"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}), json!({"type": "expire"})),
    ]}));
    let d = evaluate(&p, &images, NOW);
    assert_eq!(d[0].verdict, Verdict::Keep);
    assert!(
        d[0].reason
            .contains("rule 2 would act on it, but rule 1 selects it first"),
        "{}",
        d[0].reason
    );
    assert_eq!(d[1].verdict, Verdict::Expire);
}

#[test]
fn archive_rules_act_on_their_storage_class_only() {
    let mut archived = img("arch", &["a"], 400);
    archived.status = Status::Archived;
    archived.last_archived_at = Some(NOW - 200 * DAY);
    let mut pulled = img("pulled", &[], 400);
    pulled.last_pulled_at = Some(NOW - DAY);
    let never = img("never", &[], 100);
    let mut restoring = img("restoring", &[], 400);
    restoring.status = Status::Activating;
    let images = [archived, pulled, never, restoring];
    let p = template("archive-unpulled", &Params::default()).unwrap();
    let d = evaluate(&p, &images, NOW);
    let verdicts: Vec<Verdict> = d.iter().map(|d| d.verdict).collect();
    assert_eq!(
        verdicts,
        [
            Verdict::Expire,
            Verdict::Keep,
            Verdict::Transition,
            Verdict::Keep
        ]
    );
    assert_eq!(
        d[2].reason,
        "never pulled, pushed 100 days ago, over the rule's 90 days"
    );
    assert_eq!(
        d[3].reason,
        "being restored from the archive: no rule acts on it"
    );
    let s = summarize(&images, &d);
    assert_eq!(
        (s.expire, s.transition, s.keep, s.expire_bytes),
        (1, 1, 2, 100)
    );
}

#[test]
fn ages_are_strictly_more_than_the_days() {
    let exactly = Image {
        pushed_at: NOW - 30 * DAY,
        ..img("exact", &[], 0)
    };
    let more = Image {
        pushed_at: NOW - 30 * DAY - 1,
        ..img("more", &[], 0)
    };
    let p = policy(
        json!({"rules": [rule(1, json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}), json!({"type": "expire"}))]}),
    );
    assert_eq!(expired(&[exactly, more], &p), ["more"]);
}

#[test]
fn equal_push_times_are_ordered_by_digest() {
    let images = [img("b", &[], 1), img("a", &[], 1), img("c", &[], 1)];
    let p = policy(
        json!({"rules": [rule(1, json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1}), json!({"type": "expire"}))]}),
    );
    assert_eq!(expired(&images, &p), ["b", "c"]);
}

#[test]
fn archiving_latest_is_reported_from_the_images() {
    let mut latest = img("l", &["latest"], 100);
    latest.last_pulled_at = Some(NOW - 100 * DAY);
    let p = policy(
        json!({"rules": [rule(1, json!({"tagStatus": "any", "countType": "sinceImagePulled", "countUnit": "days", "countNumber": 30}), json!({"type": "transition", "targetStorageClass": "archive"}))]}),
    );
    let d = evaluate(&p, std::slice::from_ref(&latest), NOW);
    let h = super::horizon::horizon(&p, std::slice::from_ref(&latest), NOW, &d);
    let f = eval::image_findings(&[latest], &d, &h, NOW);
    assert_eq!(f[0].code, "archives-latest");
    assert_eq!(f[0].rule, Some(1));
    // The template keeps latest out of the archive.
    let t = template("archive-unpulled", &Params::default()).unwrap();
    let mut latest = img("l", &["latest"], 400);
    latest.last_pulled_at = None;
    assert_eq!(evaluate(&t, &[latest], NOW)[0].verdict, Verdict::Keep);
}

#[test]
fn index_children_stay_while_their_index_does() {
    // The guide: "If an image is referenced by a manifest list, it cannot be expired or archived
    // without the manifest list being deleted or archived first."
    let index = "sha256:".to_string() + &"ab".repeat(32);
    let mut child = img("child", &[], 40);
    child.indexed_by = vec![index.clone()];
    child.role = Some("platform");
    let mut tagged_index = img("index", &["v1"], 40);
    tagged_index.digest = index;
    let images = [child, tagged_index];
    let p = policy(
        json!({"rules": [rule(1, json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}), json!({"type": "expire"}))]}),
    );
    let d = evaluate(&p, &images, NOW);
    assert_eq!(d[0].verdict, Verdict::Keep);
    assert!(
        d[0].reason
            .contains("a platform image of image index sha256:abababababab…, which stays (rule 1 would expire it"),
        "{}",
        d[0].reason
    );
    // An `any` rule that expires both takes the child after its index.
    let p = policy(
        json!({"rules": [rule(1, json!({"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}), json!({"type": "expire"}))]}),
    );
    let d = evaluate(&p, &images, NOW);
    assert_eq!(
        (d[0].verdict, d[1].verdict),
        (Verdict::Expire, Verdict::Expire)
    );
    assert!(
        d[0].reason.contains("after its image index"),
        "{}",
        d[0].reason
    );
}

#[test]
fn protected_children_still_count() {
    // Our reading: a child kept for its index still takes its place in a count rule, so it frees
    // no slot for an older untagged image ("rules can still identify them as if they haven't
    // been expired").
    let index = "sha256:".to_string() + &"cd".repeat(32);
    let mut child = img("child", &[], 1);
    child.indexed_by = vec![index.clone()];
    let mut idx = img("idx", &["v1"], 1);
    idx.digest = index;
    let images = [child, idx, img("old", &[], 5)];
    let p = policy(
        json!({"rules": [rule(1, json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1}), json!({"type": "expire"}))]}),
    );
    let d = evaluate(&p, &images, NOW);
    assert_eq!(d[0].verdict, Verdict::Keep);
    assert_eq!(d[2].verdict, Verdict::Expire);
}

#[test]
fn signatures_of_images_that_stay_are_a_finding() {
    let mut sig = img("sig", &[], 40);
    sig.subject = Some("sha256:app".into());
    let images = [img("app", &["v1"], 40), sig];
    let p = policy(
        json!({"rules": [rule(1, json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}), json!({"type": "expire"}))]}),
    );
    let d = evaluate(&p, &images, NOW);
    assert_eq!(d[1].verdict, Verdict::Expire);
    let h = super::horizon::horizon(&p, &images, NOW, &d);
    let f = eval::image_findings(&images, &d, &h, NOW);
    assert!(f.iter().any(|f| f.code == "expires-referrers"), "{f:?}");
}

// The linter: each code with a failing document (and the fixed form passes where it applies).

fn codes(doc: Value) -> Vec<&'static str> {
    lint_value(&doc)
        .findings
        .iter()
        .map(|f| f.code.as_str())
        .collect()
}

fn one(selection: Value, action: Value) -> Value {
    json!({"rules": [rule(1, selection, action)]})
}

fn untagged_days(n: u32) -> Value {
    json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": n})
}

fn expire() -> Value {
    json!({"type": "expire"})
}

#[test]
fn a_good_policy_has_no_findings() {
    assert_eq!(codes(one(untagged_days(14), expire())), Vec::<&str>::new());
    for (name, _) in TEMPLATES {
        let p = template(name, &Params::default()).unwrap();
        let findings = lint_value(&p.to_json()).findings;
        assert!(findings.is_empty(), "template {name}: {findings:?}");
    }
}

#[test]
fn every_code_has_a_failing_document() {
    let tagged = |list: Value| json!({"tagStatus": "tagged", "tagPatternList": list, "countType": "imageCountMoreThan", "countNumber": 1});
    let cases: Vec<(&str, Value)> = vec![
        ("too-short", json!({"rules": []})),
        (
            "too-long",
            json!({"rules": [rule(1, untagged_days(1), expire())], "x": "y".repeat(31_000)}),
        ),
        (
            "rules-missing",
            json!({"rules": [], "padding": "x".repeat(100)}),
        ),
        (
            "too-many-rules",
            json!({"rules": (1..=51).map(|i| rule(i, tagged(json!([format!("t{i}-*")])), expire())).collect::<Vec<_>>()}),
        ),
        (
            "unknown-field",
            one(
                json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 1, "tagFilter": "x"}),
                expire(),
            ),
        ),
        (
            "null-field",
            json!({"rules": [{"rulePriority": 1, "description": null, "selection": untagged_days(14), "action": expire()}]}),
        ),
        (
            "wrong-type",
            json!({"rules": [{"rulePriority": 1, "description": 5, "selection": untagged_days(14), "action": expire()}]}),
        ),
        (
            "missing-field",
            json!({"rules": [{"rulePriority": 1, "description": "a rule with no action at all here", "selection": untagged_days(14)}]}),
        ),
        (
            "priority-invalid",
            json!({"rules": [rule(0, untagged_days(14), expire())]}),
        ),
        (
            "priority-duplicate",
            json!({"rules": [rule(1, untagged_days(14), expire()), rule(1, tagged(json!(["a*"])), expire())]}),
        ),
        (
            "tag-status-invalid",
            one(
                json!({"tagStatus": "tagd", "countType": "imageCountMoreThan", "countNumber": 1}),
                expire(),
            ),
        ),
        (
            "tag-list-missing",
            one(
                json!({"tagStatus": "tagged", "countType": "imageCountMoreThan", "countNumber": 1}),
                expire(),
            ),
        ),
        (
            "tag-list-not-allowed",
            one(
                json!({"tagStatus": "untagged", "tagPrefixList": ["a"], "countType": "imageCountMoreThan", "countNumber": 1}),
                expire(),
            ),
        ),
        (
            "tag-lists-both",
            one(
                json!({"tagStatus": "tagged", "tagPrefixList": ["a"], "tagPatternList": ["a*"], "countType": "imageCountMoreThan", "countNumber": 1}),
                expire(),
            ),
        ),
        ("tag-list-empty", one(tagged(json!([])), expire())),
        (
            "wildcard-limit",
            one(tagged(json!(["test*1*2*3*4*5*6"])), expire()),
        ),
        (
            "any-not-last",
            json!({"rules": [rule(1, json!({"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 5}), expire()), rule(2, untagged_days(1), expire())]}),
        ),
        (
            "untagged-twice",
            json!({"rules": [rule(1, untagged_days(14), expire()), rule(2, untagged_days(30), expire())]}),
        ),
        (
            "tag-selection-duplicate",
            json!({"rules": [rule(1, tagged(json!(["a*", "b*"])), expire()), rule(2, tagged(json!(["b*", "a*"])), expire())]}),
        ),
        (
            "storage-class-invalid",
            one(
                json!({"tagStatus": "untagged", "storageClass": "glacier", "countType": "imageCountMoreThan", "countNumber": 1}),
                expire(),
            ),
        ),
        (
            "count-type-invalid",
            one(
                json!({"tagStatus": "untagged", "countType": "sinceImageCreated", "countUnit": "days", "countNumber": 1}),
                expire(),
            ),
        ),
        (
            "count-number-invalid",
            one(
                json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 0}),
                expire(),
            ),
        ),
        (
            "count-unit-missing",
            one(
                json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countNumber": 3}),
                expire(),
            ),
        ),
        (
            "count-unit-not-allowed",
            one(
                json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countUnit": "days", "countNumber": 3}),
                expire(),
            ),
        ),
        (
            "count-unit-invalid",
            one(
                json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "hours", "countNumber": 3}),
                expire(),
            ),
        ),
        (
            "action-type-invalid",
            one(untagged_days(3), json!({"type": "delete"})),
        ),
        (
            "transition-target",
            one(
                json!({"tagStatus": "untagged", "countType": "sinceImagePulled", "countUnit": "days", "countNumber": 3}),
                json!({"type": "transition"}),
            ),
        ),
        (
            "pulled-expire",
            one(
                json!({"tagStatus": "untagged", "countType": "sinceImagePulled", "countUnit": "days", "countNumber": 3}),
                expire(),
            ),
        ),
        (
            "archive-count-type",
            one(
                json!({"tagStatus": "untagged", "storageClass": "archive", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 300}),
                expire(),
            ),
        ),
        (
            "archive-transition",
            one(
                json!({"tagStatus": "untagged", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 300}),
                json!({"type": "transition", "targetStorageClass": "archive"}),
            ),
        ),
        (
            "archive-min-days",
            one(
                json!({"tagStatus": "untagged", "storageClass": "archive", "countType": "sinceImageTransitioned", "countUnit": "days", "countNumber": 30}),
                expire(),
            ),
        ),
        (
            "rule-unreachable",
            json!({"rules": [rule(1, tagged(json!(["dev-*"])), expire()), rule(2, tagged(json!(["dev-1*"])), expire())]}),
        ),
        (
            "expires-latest",
            json!({"rules": [rule(1, json!({"tagStatus": "tagged", "tagPatternList": ["*"], "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}), expire())]}),
        ),
        (
            "expires-newest",
            json!({"rules": [rule(1, json!({"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}), expire())]}),
        ),
        (
            "archives-latest",
            json!({"rules": [rule(1, json!({"tagStatus": "any", "countType": "sinceImagePulled", "countUnit": "days", "countNumber": 30}), json!({"type": "transition", "targetStorageClass": "archive"}))]}),
        ),
        (
            "tag-pattern-unusual",
            one(tagged(json!(["a b*"])), expire()),
        ),
    ];
    let mut covered: Vec<&str> = cases.iter().map(|(c, _)| *c).collect();
    for (code, doc) in &cases {
        let found = codes(doc.clone());
        assert!(found.contains(code), "{code}: {found:?}");
    }
    // invalid-json and expires-referrers need text and images: tested on their own.
    covered.extend(["invalid-json", "expires-referrers"]);
    for code in Code::ALL {
        assert!(
            covered.contains(&code.as_str()),
            "no failing document for {code}"
        );
    }
    assert_eq!(lint("{\"rules\": [").findings[0].code, "invalid-json");
    assert_eq!(
        lint("{\"rules\": [], \"rules\": []}").findings[0].code,
        "invalid-json"
    );
}

#[test]
fn fixed_documents_pass() {
    let fixed = [
        json!({"rules": [rule(1, json!({"tagStatus": "tagged", "tagPatternList": ["dev-*"], "countType": "imageCountMoreThan", "countNumber": 10}), expire()),
                         rule(2, json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 14}), expire()),
                         rule(3, json!({"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 100}), expire())]}),
        json!({"rules": [rule(1, json!({"tagStatus": "tagged", "tagPatternList": ["*test*1*2*3"], "countType": "imageCountMoreThan", "countNumber": 1}), expire())]}),
        json!({"rules": [rule(1, json!({"tagStatus": "tagged", "tagPatternList": ["latest"], "countType": "imageCountMoreThan", "countNumber": 1}), expire()),
                         rule(2, json!({"tagStatus": "tagged", "tagPatternList": ["*"], "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}), expire())]}),
    ];
    for doc in fixed {
        assert_eq!(codes(doc.clone()), Vec::<&str>::new(), "{doc}");
    }
}

#[test]
fn unknown_fields_suggest_the_known_one() {
    let doc = one(
        json!({"tagStatus": "tagged", "tagPaternList": ["a*"], "countType": "imageCountMoreThan", "countNumber": 1}),
        expire(),
    );
    let f = lint_value(&doc).findings;
    assert!(
        f[0].message.contains("did you mean `tagPatternList`?"),
        "{f:?}"
    );
    assert_eq!(f[0].position, Some(1));
    assert_eq!(f[0].rule, Some(1));
}

#[test]
fn coverage_of_patterns_is_sound() {
    use super::lint::pattern_covers;
    assert!(pattern_covers("dev-*", "dev-1*"));
    assert!(pattern_covers("*", "a*b"));
    assert!(pattern_covers("a*c", "a*b*c"));
    assert!(!pattern_covers("a*c", "a*"));
    assert!(!pattern_covers("*x*", "*"));
    assert!(!pattern_covers("dev-1*", "dev-*"));
}

#[test]
fn templates_fill_in_and_refuse_wrong_parameters() {
    let p = template(
        "keep-last",
        &Params {
            count: Some(5),
            patterns: vec!["dev-*".into(), "pr-*".into()],
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(p.rules.len(), 2);
    assert_eq!(p.rules[1].tags, TagSelection::Patterns(vec!["pr-*".into()]));
    assert!(template(
        "expire-untagged",
        &Params {
            count: Some(3),
            ..Default::default()
        }
    )
    .unwrap_err()
    .contains("takes no --count"));
    assert!(template(
        "archive-unpulled",
        &Params {
            then_days: Some(30),
            ..Default::default()
        }
    )
    .unwrap_err()
    .contains("at least 90"));
    assert!(template("nope", &Params::default())
        .unwrap_err()
        .contains("keep-last"));
    // Every template round-trips through its JSON.
    for (name, _) in TEMPLATES {
        let p = template(name, &Params::default()).unwrap();
        assert_eq!(lint_value(&p.to_json()).policy.as_ref(), Some(&p), "{name}");
    }
}

#[test]
fn equivalence_ignores_order_and_whitespace() {
    let a = json!({"rules": [rule(2, untagged_days(3), expire()), rule(1, json!({"tagStatus": "tagged", "tagPatternList": ["b*", "a*"], "countType": "imageCountMoreThan", "countNumber": 1}), expire())]});
    let b = json!({"rules": [rule(1, json!({"countNumber": 1, "countType": "imageCountMoreThan", "tagPatternList": ["a*", "b*"], "tagStatus": "tagged"}), expire()), rule(2, untagged_days(3), expire())]});
    assert!(equivalent(&a, &b));
    assert!(!equivalent(
        &a,
        &json!({"rules": [rule(1, untagged_days(3), expire())]})
    ));
}

// Properties of the evaluator on random policies and repositories.

fn tag_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        "latest".prop_map(String::from),
        "v[0-9]",
        "dev-[0-9]",
        "pr-[a-c]"
    ]
}

fn image_strategy() -> impl Strategy<Value = Image> {
    (
        0u32..1000,
        prop::collection::vec(tag_strategy(), 0..3),
        0i64..400,
        prop::option::of(0i64..400),
        0u8..10,
    )
        .prop_map(|(n, tags, pushed, pulled, s)| Image {
            digest: format!("sha256:{n:064}"),
            tags,
            pushed_at: NOW - pushed * DAY,
            last_pulled_at: pulled.map(|p| NOW - p * DAY),
            status: if s == 0 {
                Status::Archived
            } else {
                Status::Active
            },
            last_archived_at: (s == 0).then_some(NOW - 100 * DAY),
            size_bytes: Some(i64::from(n)),
            ..Default::default()
        })
}

fn rule_strategy() -> impl Strategy<Value = Rule> {
    let tags = prop_oneof![
        Just(TagSelection::Untagged),
        "(v|dev-|pr-|lat)\\*?".prop_map(|p| TagSelection::Patterns(vec![p])),
        "(v|dev-|pr-)".prop_map(|p| TagSelection::Prefixes(vec![p])),
    ];
    let count = prop_oneof![
        (1u32..5).prop_map(Count::MoreThan),
        (1u32..300).prop_map(Count::SincePushed),
        (1u32..300).prop_map(Count::SincePulled),
    ];
    (tags, count).prop_map(|(tags, count)| Rule {
        priority: 0,
        description: None,
        tags,
        storage: StorageClass::Standard,
        action: if matches!(count, Count::SincePulled(_)) {
            Action::Transition
        } else {
            Action::Expire
        },
        count,
    })
}

fn numbered(rules: Vec<Rule>) -> Policy {
    Policy {
        rules: rules
            .into_iter()
            .enumerate()
            .map(|(i, r)| Rule {
                priority: i as u32 + 1,
                ..r
            })
            .collect(),
    }
}

proptest! {
    #[test]
    fn each_image_gets_one_decision_from_a_rule_that_selects_it(
        images in prop::collection::vec(image_strategy(), 0..40),
        rules in prop::collection::vec(rule_strategy(), 1..5),
    ) {
        let p = numbered(rules);
        let d = evaluate(&p, &images, NOW);
        prop_assert_eq!(d.len(), images.len());
        for (img, d) in images.iter().zip(&d) {
            if let Some(priority) = d.rule {
                let r = p.rule(priority).unwrap();
                prop_assert!(r.selects(&img.tags, img.status));
                // No higher rule selects it.
                prop_assert!(p.rules.iter().take_while(|h| h.priority < priority).all(|h| !h.selects(&img.tags, img.status)));
            } else {
                prop_assert_eq!(d.verdict, Verdict::Keep);
            }
        }
    }

    #[test]
    fn a_count_rule_keeps_exactly_n(images in prop::collection::vec(image_strategy(), 0..60), n in 1u32..10) {
        let p = numbered(vec![Rule { priority: 1, description: None, tags: TagSelection::Any, storage: StorageClass::Standard, count: Count::MoreThan(n), action: Action::Expire }]);
        let active = images.iter().filter(|i| i.status == Status::Active).count();
        let d = evaluate(&p, &images, NOW);
        let expired = d.iter().filter(|d| d.verdict == Verdict::Expire).count();
        prop_assert_eq!(expired, active.saturating_sub(n as usize));
    }

    #[test]
    fn a_higher_keeping_rule_never_adds_expirations(
        images in prop::collection::vec(image_strategy(), 0..40),
        rules in prop::collection::vec(rule_strategy(), 1..4),
        keep in "(v|dev-|pr-)\\*",
    ) {
        let before = numbered(rules.clone());
        let keeper = Rule { priority: 0, description: None, tags: TagSelection::Patterns(vec![keep]), storage: StorageClass::Standard, count: Count::MoreThan(templates::KEEP_ALL), action: Action::Expire };
        let mut with = vec![keeper];
        with.extend(rules);
        let after = numbered(with);
        let acted = |p: &Policy| evaluate(p, &images, NOW).iter().map(|d| d.verdict != Verdict::Keep).collect::<Vec<_>>();
        for (b, a) in acted(&before).iter().zip(acted(&after)) {
            prop_assert!(!a || *b);
        }
    }

    #[test]
    fn the_linter_never_panics(text in "\\PC{0,200}") {
        let _ = lint(&text);
    }
}

proptest! {
    /// On any repository whose images link to one another (indexes listing manifests, nested;
    /// referrers naming subjects): no image an index that stays lists is acted on; a referrer
    /// whose subject goes goes too unless an index that stays holds it; and a deletion never
    /// comes before that of an index listing it or of its subject.
    #[test]
    fn links_are_respected(
        images in prop::collection::vec(image_strategy(), 1..30),
        links in prop::collection::vec((0usize..30, 0usize..30, prop::bool::ANY), 0..40),
        rules in prop::collection::vec(rule_strategy(), 1..5),
    ) {
        let mut images = images;
        images.sort_by(|a, b| a.digest.cmp(&b.digest));
        images.dedup_by(|a, b| a.digest == b.digest);
        let n = images.len();
        for (a, b, is_index) in links {
            // Only from a later image to an earlier one: a graph without cycles, as digests make it.
            let (child, parent) = (a % n, b % n);
            if child <= parent {
                continue;
            }
            let parent_digest = images[parent].digest.clone();
            if is_index {
                images[child].indexed_by.push(parent_digest);
            } else {
                images[child].subject = Some(parent_digest);
            }
        }
        let mut rules = rules;
        for (i, r) in rules.iter_mut().enumerate() {
            r.priority = i as u32 + 1;
        }
        let policy = Policy { rules };
        let d = evaluate(&policy, &images, NOW);
        let at = |digest: &str| images.iter().position(|i| i.digest == digest).unwrap();
        for (i, img) in images.iter().enumerate() {
            let held = img.indexed_by.iter().any(|p| d[at(p)].verdict == Verdict::Keep);
            if held {
                prop_assert_eq!(d[i].verdict, Verdict::Keep);
            } else if let Some(s) = &img.subject {
                if d[at(s)].verdict != Verdict::Keep {
                    prop_assert_eq!(d[i].verdict, d[at(s)].verdict);
                }
            }
        }
        let rounds = graph::rounds(&images, &d);
        for (i, img) in images.iter().enumerate() {
            if d[i].verdict != Verdict::Expire {
                continue;
            }
            for p in img.indexed_by.iter().chain(img.subject.as_ref()) {
                if d[at(p)].verdict == Verdict::Expire {
                    prop_assert!(rounds[at(p)] < rounds[i]);
                }
            }
        }
    }
}

#[test]
fn keep_newest_spares_what_the_count_rules_keep() {
    use crate::lifecycle::eval::{keep_newest, Decision, Verdict};
    let d = |verdict, rule: Option<u32>, reason: &str| Decision {
        verdict,
        rule,
        description: None,
        reason: reason.into(),
    };
    let mut by_age = vec![
        d(Verdict::Expire, Some(1), "pushed 40 days ago"),
        d(Verdict::Expire, Some(1), "pushed 50 days ago"),
        d(Verdict::Keep, None, "pushed 2 days ago"),
    ];
    let by_count = vec![
        d(Verdict::Keep, None, "rule 1: 1st newest"),
        d(Verdict::Expire, Some(1), "rule 1: 2nd newest"),
        d(Verdict::Keep, None, "rule 1: newest"),
    ];
    keep_newest(&mut by_age, &by_count, 1);
    assert_eq!(by_age[0].verdict, Verdict::Keep);
    assert!(by_age[0].reason.contains("--keep-last 1") && by_age[0].reason.contains("40 days"));
    assert_eq!(
        by_age[1].verdict,
        Verdict::Expire,
        "older than X and not among the newest"
    );
    assert_eq!(by_age[2].verdict, Verdict::Keep);
}

#[test]
fn a_lifecycle_finding_is_serialised_with_its_codes_name_and_severity() {
    let f = &lint("{\"rules\": [").findings[0];
    assert_eq!(
        serde_json::to_value(f).unwrap(),
        json!({"severity": "error", "code": "invalid-json", "message": f.message, "position": null, "rule": null})
    );
    assert_eq!(Code::ExpiresNewest.severity(), lint::Severity::Warning);
}
