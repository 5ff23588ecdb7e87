//! Built-in lifecycle policies, filled in from a few parameters.

use super::{Action, Count, Policy, Rule, StorageClass, TagSelection, MIN_ARCHIVE_DAYS};

/// A count that keeps "all" of a selection: a rule that owns images without expiring them.
pub const KEEP_ALL: u32 = 100_000;

pub const TEMPLATES: &[(&str, &str)] = &[
    ("keep-last", "keep the newest --count images (of each --pattern), expire older ones"),
    ("expire-untagged", "expire untagged images pushed over --days ago"),
    ("keep-releases", "keep `latest` and every --pattern image (default v*), expire other tagged images after --days"),
    ("archive-unpulled", "keep `latest`, archive other images not pulled for --days, expire them --then-days after archiving"),
];

pub fn names() -> Vec<&'static str> {
    TEMPLATES.iter().map(|(n, _)| *n).collect()
}

#[derive(Debug, Clone, Default)]
pub struct Params {
    pub count: Option<u32>,
    pub days: Option<u32>,
    pub then_days: Option<u32>,
    pub patterns: Vec<String>,
}

fn rule(
    priority: u32,
    description: String,
    tags: TagSelection,
    count: Count,
    action: Action,
) -> Rule {
    Rule {
        priority,
        description: Some(description),
        tags,
        storage: StorageClass::Standard,
        count,
        action,
    }
}

/// `1 image`, `30 images`.
fn images(n: u32) -> String {
    if n == 1 {
        "1 image".into()
    } else {
        format!("{n} images")
    }
}

fn at_least_one(what: &str, n: Option<u32>, default: u32) -> Result<u32, String> {
    match n.unwrap_or(default) {
        0 => Err(format!("{what} must be 1 or more")),
        n => Ok(n),
    }
}

/// The template `name`, filled in; errors say which parameter is wrong.
pub fn template(name: &str, p: &Params) -> Result<Policy, String> {
    let unused = |what: &str, given: bool| {
        if given {
            Err(format!("template {name} takes no {what}"))
        } else {
            Ok(())
        }
    };
    let rules = match name {
        "keep-last" => {
            let n = at_least_one("--count", p.count, 30)?;
            unused("--days", p.days.is_some())?;
            unused("--then-days", p.then_days.is_some())?;
            if p.patterns.is_empty() {
                vec![rule(
                    1,
                    format!("Keep the newest {}", images(n)),
                    TagSelection::Any,
                    Count::MoreThan(n),
                    Action::Expire,
                )]
            } else {
                p.patterns
                    .iter()
                    .enumerate()
                    .map(|(i, pat)| {
                        rule(
                            i as u32 + 1,
                            format!("Keep the newest {} tagged {pat}", images(n)),
                            TagSelection::Patterns(vec![pat.clone()]),
                            Count::MoreThan(n),
                            Action::Expire,
                        )
                    })
                    .collect()
            }
        }
        "expire-untagged" => {
            let d = at_least_one("--days", p.days, 14)?;
            unused("--count", p.count.is_some())?;
            unused("--pattern", !p.patterns.is_empty())?;
            unused("--then-days", p.then_days.is_some())?;
            vec![rule(
                1,
                format!("Expire untagged images after {d} days"),
                TagSelection::Untagged,
                Count::SincePushed(d),
                Action::Expire,
            )]
        }
        "keep-releases" => {
            let d = at_least_one("--days", p.days, 30)?;
            unused("--count", p.count.is_some())?;
            unused("--then-days", p.then_days.is_some())?;
            let releases = if p.patterns.is_empty() {
                vec!["v*".to_string()]
            } else {
                p.patterns.clone()
            };
            let mut rules = vec![rule(
                1,
                "Keep the image tagged latest".into(),
                TagSelection::Patterns(vec!["latest".into()]),
                Count::MoreThan(1),
                Action::Expire,
            )];
            for (i, pat) in releases.iter().enumerate() {
                rules.push(rule(
                    i as u32 + 2,
                    format!("Keep every release tagged {pat}"),
                    TagSelection::Patterns(vec![pat.clone()]),
                    Count::MoreThan(KEEP_ALL),
                    Action::Expire,
                ));
            }
            rules.push(rule(
                releases.len() as u32 + 2,
                format!("Expire other tagged images after {d} days"),
                TagSelection::Patterns(vec!["*".into()]),
                Count::SincePushed(d),
                Action::Expire,
            ));
            rules
        }
        "archive-unpulled" => {
            let d = at_least_one("--days", p.days, 90)?;
            let then = p.then_days.unwrap_or(180);
            if then < MIN_ARCHIVE_DAYS {
                return Err(format!("--then-days must be at least {MIN_ARCHIVE_DAYS}: ECR bills archived images for {MIN_ARCHIVE_DAYS} days and refuses to expire them sooner"));
            }
            unused("--count", p.count.is_some())?;
            unused("--pattern", !p.patterns.is_empty())?;
            vec![
                rule(
                    1,
                    "Keep the image tagged latest".into(),
                    TagSelection::Patterns(vec!["latest".into()]),
                    Count::MoreThan(1),
                    Action::Expire,
                ),
                rule(
                    2,
                    format!("Archive images not pulled for {d} days"),
                    TagSelection::Any,
                    Count::SincePulled(d),
                    Action::Transition,
                ),
                Rule {
                    priority: 3,
                    description: Some(format!("Expire images {then} days after archiving")),
                    tags: TagSelection::Any,
                    storage: StorageClass::Archive,
                    count: Count::SinceTransitioned(then),
                    action: Action::Expire,
                },
            ]
        }
        other => {
            return Err(format!(
                "no lifecycle template named {other}: choose one of {}",
                names().join(", ")
            ))
        }
    };
    Ok(Policy { rules })
}
