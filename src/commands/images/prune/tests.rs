//! The prune's plan and report, without any registry.

use super::plan::{plan, Options, Plan};
use super::render::{report, tally, Run};
use super::*;
use crate::diagnostic::Level;
use crate::lifecycle::eval::Verdict;
use crate::lifecycle::plan::Outcome;

const DAY: i64 = 86_400;
const NOW: i64 = 1_780_000_000;

fn args() -> ImagesPruneArgs {
    ImagesPruneArgs {
        select: SelectionArgs {
            repositories: vec!["app".into()],
            repos: vec![],
            repos_file: None,
            concurrency: 8,
            plan_out: None,
            plan: None,
        },
        untagged: false,
        tags: vec![],
        keep: vec![],
        older_than: None,
        keep_last: None,
        not_pulled_for: None,
        print_policy: false,
        yes: false,
        dry_run: false,
        exit_code: false,
        now: None,
        min_age: None,
        all: false,
    }
}

fn image(digest: &str, tags: &[&str], age_days: i64) -> Image {
    Image {
        digest: format!("sha256:{digest}"),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        pushed_at: NOW - age_days * DAY,
        size_bytes: Some(100),
        ..Image::default()
    }
}

/// The plan of `args` over `images`, as `prune` makes it.
fn planned(args: &ImagesPruneArgs, images: Vec<Image>) -> Plan {
    let policy = compile(args).unwrap();
    let newest = rules::newest_rules(args).unwrap();
    let options = Options {
        policy: &policy,
        newest: newest.as_ref(),
        keep: &args.keep,
        tags: &args.tags,
        min_age: rules::min_age(args).unwrap(),
        now: NOW,
    };
    plan("app", images, &options)
}

/// The report of a plan of `args` and the outcomes of its deletions.
fn reported(args: &ImagesPruneArgs, p: Plan, outcomes: Vec<Outcome>) -> Report {
    let policy = compile(args).unwrap();
    let run = Run {
        name: "app",
        yes: args.yes,
        all: args.all,
        exit_code: args.exit_code,
        policy: &policy,
        min_age: rules::min_age(args).unwrap(),
        now: NOW,
    };
    report(p, outcomes, &run)
}

fn verdicts(p: &Plan) -> Vec<(String, Verdict)> {
    p.images
        .iter()
        .zip(&p.decisions)
        .map(|(i, d)| {
            (
                i.digest.trim_start_matches("sha256:").to_string(),
                d.verdict,
            )
        })
        .collect()
}

#[test]
fn untagged_images_go_except_the_young_ones() {
    let args = ImagesPruneArgs {
        untagged: true,
        ..args()
    };
    let mut young = image("young", &[], 0);
    young.pushed_at = NOW - 600;
    let p = planned(
        &args,
        vec![image("old", &[], 30), young, image("v1", &["v1"], 30)],
    );
    assert_eq!(
        verdicts(&p),
        [
            ("old".to_string(), Verdict::Expire),
            ("young".to_string(), Verdict::Keep),
            ("v1".to_string(), Verdict::Keep),
        ]
    );
    assert_eq!((p.young, p.later, p.summary.expire), (1, 0, 1));
    assert!(p.decisions[1].reason.contains("within --min-age 1h"));
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
}

#[test]
fn the_platform_images_of_a_kept_index_stay_and_go_with_a_deleted_one() {
    let args = ImagesPruneArgs {
        older_than: Some("7d".into()),
        keep: vec!["v*".into()],
        ..args()
    };
    let index = |d: &str, tags: &[&str]| image(d, tags, 30);
    let platform = |d: &str, of: &str| Image {
        indexed_by: vec![format!("sha256:{of}")],
        role: Some("platform"),
        ..image(d, &[], 30)
    };
    let p = planned(
        &args,
        vec![
            index("kept", &["v1"]),
            platform("kept-amd64", "kept"),
            index("old", &["pr-1"]),
            platform("old-amd64", "old"),
        ],
    );
    let v = verdicts(&p);
    assert_eq!(v[0].1, Verdict::Keep);
    assert_eq!(v[1].1, Verdict::Keep);
    assert_eq!(v[2].1, Verdict::Expire);
    assert_eq!(v[3].1, Verdict::Expire);
    assert!(p.decisions[0].reason.contains("--keep v*"));
    assert_eq!(p.orphans, 0);
}

#[test]
fn what_people_regret_is_said_first() {
    let every = ImagesPruneArgs {
        older_than: Some("1d".into()),
        tags: vec!["nomatch-*".into()],
        ..args()
    };
    let p = planned(&every, vec![image("a", &["latest"], 5), image("b", &[], 9)]);
    let messages: Vec<&str> = p.warnings.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        ["no image of app has a tag matching --tag nomatch-*"]
    );
    let every = ImagesPruneArgs {
        older_than: Some("1d".into()),
        ..args()
    };
    let p = planned(&every, vec![image("a", &["latest"], 5), image("b", &[], 9)]);
    assert_eq!(
        p.warnings[0].plain(),
        "warning: this prune deletes every image of app, the newest included"
    );
    let p = planned(
        &every,
        vec![image("a", &["latest"], 5), image("new", &["v2"], 0)],
    );
    assert_eq!(
        p.warnings[0].plain(),
        "warning: this prune deletes the image tagged latest (sha256:a)"
    );
}

#[test]
fn images_pushed_after_now_did_not_exist_then() {
    let args = ImagesPruneArgs {
        keep_last: Some(0),
        ..args()
    };
    let p = planned(
        &args,
        vec![image("future", &["x"], -2), image("a", &["y"], 3)],
    );
    assert_eq!(p.later, 1);
    assert_eq!(p.summary.expire, 1);
}

#[test]
fn a_failed_deletion_is_an_error_with_its_reasons() {
    let args = ImagesPruneArgs {
        untagged: true,
        yes: true,
        ..args()
    };
    let p = planned(
        &args,
        vec![
            image("a", &[], 9),
            image("b", &[], 9),
            image("c", &[], 9),
            image("v", &["v"], 9),
        ],
    );
    let mut outcomes = p.outcomes();
    let at = |d: &str| p.images.iter().position(|i| i.digest.ends_with(d)).unwrap();
    outcomes[at("a")] = Outcome::Deleted;
    outcomes[at("b")] = Outcome::Failed("Throttled".into(), "slow down".into());
    outcomes[at("c")] = Outcome::Gone;
    let done = tally(&p.images, &outcomes);
    assert_eq!(
        (
            done.deleted,
            done.failed,
            done.already_gone,
            done.freed_bytes
        ),
        (1, 1, 1, 100)
    );
    let r = reported(&args, p, outcomes);
    assert_eq!(r.exit, Exit::Service);
    let lines: Vec<String> = r.diagnostics.iter().map(|d| d.render(false)).collect();
    assert_eq!(
        lines,
        [
            "error: app: 1 image(s) deleted (100 B freed), 1 failed, 1 kept, 1 already gone (deleted by someone else meanwhile)",
            "  failed: Throttled: slow down",
        ]
    );
    assert_eq!(r.diagnostics[1].level, Level::Other("  failed"));
    assert_eq!(r.json()["result"]["alreadyGone"], 1);
    assert_eq!(r.json()["dryRun"], false);
}

#[test]
fn a_dry_run_says_its_plan_and_lists_what_it_would_delete() {
    let args = ImagesPruneArgs {
        untagged: true,
        dry_run: true,
        exit_code: true,
        ..args()
    };
    let p = planned(&args, vec![image("a", &[], 9), image("v", &["v"], 9)]);
    let outcomes = p.outcomes();
    let r = reported(&args, p, outcomes);
    assert_eq!(r.exit, Exit::WouldChange);
    assert_eq!(r.json()["result"], serde_json::Value::Null);
    assert_eq!(
        r.status.last().unwrap(),
        "plan: delete 1 image(s) (100 B) of app, keep 1; nothing was deleted: run again with --yes to delete"
    );
    let text = r.text();
    assert_eq!(text.len(), 1);
    assert_eq!(text[0][0], "expire");
    assert_eq!(text[0][5], "planned");
}

/// A saved plan deletes exactly its digests; an index's platform images it names go first
/// with it, and what it does not name stays.
#[test]
fn a_saved_plan_deletes_exactly_its_digests() {
    let images = vec![
        image("a", &["v1"], 3),
        image("b", &[], 2),
        image("c", &["v3"], 1),
    ];
    let p = Plan::saved(images.clone(), &["sha256:a", "sha256:b"]);
    assert_eq!(p.summary.expire, 2);
    let expired: Vec<&str> = p
        .order
        .iter()
        .filter(|&&i| p.decisions[i].verdict == Verdict::Expire)
        .map(|&i| p.images[i].digest.as_str())
        .collect();
    assert_eq!(expired.len(), 2);
    assert!(expired.contains(&"sha256:a") && expired.contains(&"sha256:b"));
    assert_eq!(p.decisions[2].verdict, Verdict::Keep);
    // A digest that is not there is not invented: the caller compares the count.
    let p = Plan::saved(images, &["sha256:a", "sha256:gone"]);
    assert_eq!(p.summary.expire, 1);
}

/// What a saved prune plan records: every image, its tags sorted, untagged said.
#[test]
fn observed_facts_name_every_image_and_its_tags() {
    let facts = observed(&[image("a", &["v2", "latest"], 1), image("b", &[], 2)]);
    assert_eq!(facts.len(), 2);
    assert_eq!(facts["image sha256:a"], "latest, v2");
    assert_eq!(facts["image sha256:b"], "untagged");
}
