//! `images prune`'s options as lifecycle rules, checked: what to delete, what to keep, how old.

use std::collections::HashSet;

use anyhow::Result;
use serde_json::Value;

use super::ImagesPruneArgs;
use crate::error::{usage, AppError};
use crate::lifecycle::lint::{lint_value, Severity};
use crate::lifecycle::templates::KEEP_ALL;
use crate::lifecycle::{Action, Count, Policy, Rule, StorageClass, TagSelection, MAX_WILDCARDS};
use crate::time::parse_duration;

/// Whole days of a duration option, `14d` or `2w` (lifecycle rules count days).
fn days(option: &str, value: &str) -> Result<u32> {
    let shown = crate::error::cut(value);
    let bad = || {
        AppError::usage(format!("{option} {shown}: give whole days or weeks, e.g. 14d or 2w (lifecycle rules count days)"))
    };
    let (n, unit) = value.split_at(value.len().saturating_sub(1));
    let n: u64 = n.parse().map_err(|_| bad())?;
    let days = match unit {
        "d" | "D" => n,
        "w" | "W" => n.checked_mul(7).ok_or_else(bad)?,
        _ => return Err(bad().into()),
    };
    match u32::try_from(days) {
        Ok(0) => usage(format!("{option} {shown}: give at least 1 day")),
        Err(_) => Err(bad().into()),
        Ok(d) if d > 36_500 => usage(format!("{option} {shown}: more than 100 years")),
        Ok(d) => Ok(d),
    }
}

fn check_pattern(option: &str, p: &str) -> Result<()> {
    let shown = crate::error::cut(p);
    if p.is_empty() {
        return usage(format!("{option} needs a pattern"));
    }
    if p.matches('*').count() > MAX_WILDCARDS {
        return usage(format!(
            "{option} {shown}: at most {MAX_WILDCARDS} `*` per pattern (ECR's limit)"
        ));
    }
    if let Some(c) = p
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "._-*".contains(*c)))
    {
        return usage(format!(
            "{option} {shown}: `{}` cannot appear in a tag",
            c.escape_default()
        ));
    }
    Ok(())
}

/// The options as lifecycle rules: keepers first, then one rule per --tag, then --untagged (or
/// every image); each with the one count the options give (none: every selected image).
pub fn compile(args: &ImagesPruneArgs) -> Result<Policy> {
    let mut seen = HashSet::new();
    for (option, p) in args
        .tags
        .iter()
        .map(|p| ("--tag", p))
        .chain(args.keep.iter().map(|p| ("--keep", p)))
    {
        check_pattern(option, p)?;
        if !seen.insert(p) {
            return usage(format!(
                "{p} is given twice (--tag and --keep patterns must differ: --keep wins, so the --tag would prune nothing)"
            ));
        }
    }
    // An age with --keep-last: the age decides here, and [`newest_rules`] spares the newest.
    let count = match (&args.older_than, &args.not_pulled_for, args.keep_last) {
        (Some(d), _, _) => Some(Count::SincePushed(days("--older-than", d)?)),
        (_, Some(d), _) => Some(Count::SincePulled(days("--not-pulled-for", d)?)),
        (_, _, Some(n)) => Some(Count::MoreThan(n)),
        _ => None,
    };
    if args.tags.is_empty() && !args.untagged && count.is_none() {
        return usage("say what to prune: --untagged, --tag PATTERN, --older-than, --keep-last or --not-pulled-for");
    }
    let mut rules = Vec::new();
    let mut add = |tags: TagSelection, count: Count, description: String| {
        rules.push(Rule {
            priority: rules.len() as u32 + 1,
            description: Some(description),
            tags,
            storage: StorageClass::Standard,
            count,
            action: Action::Expire,
        })
    };
    for p in &args.keep {
        add(
            TagSelection::Patterns(vec![p.clone()]),
            Count::MoreThan(KEEP_ALL),
            format!("Keep images tagged {p}"),
        );
    }
    let count = count.unwrap_or(Count::MoreThan(0));
    let mut what = match count {
        Count::MoreThan(0) => "Delete".to_string(),
        Count::MoreThan(n) => format!("Keep the newest {n}, delete older"),
        Count::SincePushed(d) => format!("Delete those pushed over {d} days ago:"),
        Count::SincePulled(d) => format!("Delete those not pulled for {d} days:"),
        Count::SinceTransitioned(_) => unreachable!("prune never counts archive time"),
    };
    if let (Some(n), Count::SincePushed(_) | Count::SincePulled(_)) = (args.keep_last, count) {
        what = format!(
            "{} but always keep the newest {n} of",
            what.trim_end_matches(':')
        );
    }
    for p in &args.tags {
        add(
            TagSelection::Patterns(vec![p.clone()]),
            count,
            format!("{what} images tagged {p}"),
        );
    }
    if args.untagged {
        add(
            TagSelection::Untagged,
            count,
            format!("{what} untagged images"),
        );
    }
    if args.tags.is_empty() && !args.untagged {
        add(TagSelection::Any, count, format!("{what} images"));
    }
    Ok(Policy { rules })
}

/// With an age (`--older-than`, `--not-pulled-for`) and `--keep-last N`: the same rules
/// counting the newest N instead, whose keeps spare images from the age rules.
pub(super) fn newest_rules(args: &ImagesPruneArgs) -> Result<Option<(Policy, u32)>> {
    match args.keep_last {
        Some(n) if args.older_than.is_some() || args.not_pulled_for.is_some() => {
            let counting = ImagesPruneArgs {
                older_than: None,
                not_pulled_for: None,
                ..args.clone()
            };
            Ok(Some((compile(&counting)?, n)))
        }
        _ => Ok(None),
    }
}

/// The compiled rules as a lifecycle policy ECR takes, with what had to change to fit it and
/// what it would do that prune does not.
pub(super) fn printable(policy: &Policy) -> Result<(Value, Vec<String>)> {
    let mut notes = Vec::new();
    let mut p = policy.clone();
    for r in &mut p.rules {
        match r.count {
            Count::MoreThan(0) => {
                r.count = Count::MoreThan(1);
                r.description = r
                    .description
                    .as_ref()
                    .map(|d| d.replacen("Delete", "Keep the newest 1, delete older", 1));
                notes.push(format!("rule {}: a lifecycle rule cannot expire every image it selects (countNumber is at least 1): the policy keeps the newest one", r.priority));
            }
            Count::SincePulled(_) => {
                r.action = Action::Transition;
                r.description = r
                    .description
                    .as_ref()
                    .map(|d| d.replacen("Delete", "Archive", 1));
                notes.push(format!("rule {}: ECR expires nothing by last pull (sinceImagePulled only archives): the policy archives instead", r.priority));
            }
            _ => {}
        }
        if matches!(r.tags, TagSelection::Untagged | TagSelection::Any) {
            notes.push(format!("rule {}: a lifecycle policy can expire the signatures and SBOMs (OCI referrers) of images that stay, which images prune keeps, leaves the platform images of an index it expires to its own rules, and has no --min-age: a multi-arch image being pushed can lose its platform images before its index lands; check with `ecrctl lifecycle preview REPO --file FILE`", r.priority));
        }
    }
    let doc = p.to_json();
    let findings = lint_value(&doc).findings;
    if let Some(e) = findings.iter().find(|f| f.severity() == Severity::Error) {
        return usage(format!(
            "these options make a lifecycle policy ECR refuses: {}",
            e.message
        ));
    }
    notes.extend(
        findings
            .iter()
            .map(|f| format!("{}: {}", f.code, f.message)),
    );
    Ok((doc, notes))
}

/// Seconds of `--min-age` (default: an hour with --untagged, else none).
pub(super) fn min_age(args: &ImagesPruneArgs) -> Result<i64> {
    match &args.min_age {
        Some(v) if v == "0" => Ok(0),
        Some(v) => parse_duration(v).map_err(|e| AppError::usage(format!("--min-age {e}")).into()),
        None if args.untagged => Ok(DEFAULT_MIN_AGE),
        None => Ok(0),
    }
}

/// A buildx push writes the platform manifests before their index: an untagged prune in that
/// window would take them for garbage.
const DEFAULT_MIN_AGE: i64 = 3600;

/// `1h`, `90m`, `2d`: a duration as `--min-age` takes it.
pub(super) fn human_duration(s: i64) -> String {
    match s {
        _ if s % 86_400 == 0 => format!("{}d", s / 86_400),
        _ if s % 3600 == 0 => format!("{}h", s / 3600),
        _ if s % 60 == 0 => format!("{}m", s / 60),
        _ => format!("{s}s"),
    }
}
