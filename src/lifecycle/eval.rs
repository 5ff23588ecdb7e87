//! The evaluator: what the next run of a lifecycle policy does to each image.
//!
//! ECR's rules, as its user guide states them:
//! - every rule is evaluated against every image, then applied in priority order (lowest first);
//! - an image is acted on by at most one rule;
//! - an image that matches a rule's selection cannot be acted on by a lower-priority rule
//!   (so an image belongs to the first rule, by priority, that selects it);
//! - lower rules still *see* images that higher rules selected, when they count ("rules can
//!   still identify them as if they haven't been expired");
//! - `imageCountMoreThan` sorts the selected images newest first by push time and marks all
//!   beyond the count; the age counts mark images older than the number of days.
//!
//! Choices where the guide is silent (written in the README; `preview --server` referees):
//! - a rule selects images of its storage class only (`standard`: active images, `archive`:
//!   archived ones; images being restored belong to neither), so rules claim images per class;
//! - "older than N days" means more than N×24 hours before `now`;
//! - equal push times are ordered by digest, the smaller digest counted as the newer;
//! - `sinceImagePulled` counts from the push time when the image was never pulled;
//! - an archived image without an archive time is not expired by `sinceImageTransitioned`.

use super::{Action, Count, Policy, Rule, Status, DAY};

/// One image as the evaluator needs it (times in seconds since the epoch).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Image {
    pub digest: String,
    pub tags: Vec<String>,
    pub pushed_at: i64,
    pub last_pulled_at: Option<i64>,
    pub status: Status,
    pub last_archived_at: Option<i64>,
    pub size_bytes: Option<i64>,
    /// The image indexes of the repository that list this manifest (it is one of their
    /// platform images or attestations).
    pub indexed_by: Vec<String>,
    /// What it is to those indexes: `platform`, `attestation` or `index`.
    pub role: Option<&'static str>,
    /// The image this one refers to, when it is a referrer (a signature, an SBOM).
    pub subject: Option<String>,
    pub artifact_type: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Expire,
    Transition,
    Keep,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Expire => "expire",
            Verdict::Transition => "transition",
            Verdict::Keep => "keep",
        }
    }
}

/// What happens to one image, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    pub verdict: Verdict,
    /// The deciding rule's priority (`None` for keep).
    pub rule: Option<u32>,
    pub description: Option<String>,
    pub reason: String,
}

/// `1st`, `2nd`, `3rd`, `11th`, `22nd`.
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// `3 hours`, `1 day`, `45 days`.
pub fn span(seconds: i64) -> String {
    let s = seconds.max(0);
    let plural = |n: i64, unit: &str| {
        if n == 1 {
            format!("1 {unit}")
        } else {
            format!("{n} {unit}s")
        }
    };
    if s < 60 {
        return "less than a minute".into();
    }
    if s < 3600 {
        return plural(s / 60, "minute");
    }
    if s < DAY {
        let h = s / 3600;
        return if h == 1 {
            "1 hour".into()
        } else {
            format!("{h} hours")
        };
    }
    let d = s / DAY;
    if d == 1 {
        "1 day".into()
    } else {
        format!("{d} days")
    }
}

/// How long until a moment, to the nearest unit: `14 days` for 13 days and 23 hours.
pub fn span_until(seconds: i64) -> String {
    let s = seconds.max(0);
    if s >= DAY - 1800 {
        span((s + DAY / 2) / DAY * DAY)
    } else if s >= 3600 {
        span((s + 1800) / 3600 * 3600)
    } else {
        span(s)
    }
}

fn days(n: u32) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

/// Why a rule's count marks an image or not, kept small: the words are made only for the
/// image's deciding rule.
#[derive(Debug, Clone, Copy)]
enum Why {
    /// 0-based rank among the rule's images, newest first.
    Rank(usize),
    /// Counted from this time (push, last pull, archive).
    Since(i64),
    /// Archived at an unknown time.
    Unknown,
}

/// What one rule's count marks among the images it selects: (image index, marked, why).
fn count_marks(
    rule: &Rule,
    images: &[Image],
    selected: &[usize],
    now: i64,
) -> Vec<(usize, bool, Why)> {
    let older = |since: i64, d: u32| now - since > i64::from(d) * DAY;
    match rule.count {
        Count::MoreThan(keep) => {
            let mut order = selected.to_vec();
            order.sort_by(|&a, &b| {
                images[b]
                    .pushed_at
                    .cmp(&images[a].pushed_at)
                    .then_with(|| images[a].digest.cmp(&images[b].digest))
            });
            order
                .iter()
                .enumerate()
                .map(|(rank, &i)| (i, rank >= keep as usize, Why::Rank(rank)))
                .collect()
        }
        Count::SincePushed(d) => selected
            .iter()
            .map(|&i| {
                (
                    i,
                    older(images[i].pushed_at, d),
                    Why::Since(images[i].pushed_at),
                )
            })
            .collect(),
        Count::SincePulled(d) => selected
            .iter()
            .map(|&i| {
                let since = images[i].last_pulled_at.unwrap_or(images[i].pushed_at);
                (i, older(since, d), Why::Since(since))
            })
            .collect(),
        Count::SinceTransitioned(d) => selected
            .iter()
            .map(|&i| match images[i].last_archived_at {
                Some(t) => (i, older(t, d), Why::Since(t)),
                None => (i, false, Why::Unknown),
            })
            .collect(),
    }
}

/// The words for why `rule` marks `img` or not.
fn why_text(rule: &Rule, img: &Image, marked: bool, why: Why, now: i64) -> String {
    let cmp = if marked { "over" } else { "within" };
    match (why, rule.count) {
        (Why::Rank(rank), Count::MoreThan(keep)) => {
            let keeps = match keep {
                0 => "none".to_string(),
                n => n.to_string(),
            };
            format!(
                "{} newest of {}; rule keeps {keeps}",
                ordinal(rank + 1),
                rule.selection_text()
            )
        }
        (Why::Since(t), Count::SincePulled(d)) if img.last_pulled_at.is_none() => format!(
            "never pulled, pushed {} ago, {cmp} the rule's {}",
            span(now - t),
            days(d)
        ),
        (Why::Since(t), Count::SincePulled(d)) => {
            format!(
                "last pulled {} ago, {cmp} the rule's {}",
                span(now - t),
                days(d)
            )
        }
        (Why::Since(t), Count::SinceTransitioned(d)) => {
            format!(
                "archived {} ago, {cmp} the rule's {}",
                span(now - t),
                days(d)
            )
        }
        (Why::Since(t), Count::SincePushed(d)) => {
            format!("pushed {} ago, {cmp} the rule's {}", span(now - t), days(d))
        }
        _ => "archived at an unknown time: not counted".to_string(),
    }
}

/// Decide every image (same order as `images`) as ECR would: the rules, then what ECR does
/// with image indexes and referrers (see [`super::graph`]).
pub fn evaluate(policy: &Policy, images: &[Image], now: i64) -> Vec<Decision> {
    let mut decisions = evaluate_rules(policy, images, now);
    super::graph::apply(
        images,
        &mut decisions,
        super::graph::Semantics::Lifecycle,
        &[],
    );
    decisions
}

/// What the rules alone decide, before image indexes and referrers are considered.
/// Age rules that always keep the newest N (`images prune --older-than X --keep-last N`):
/// `decisions` come from the age rules, `newest` from the same rules counting `n` instead
/// (same selection, so the same rule owns each image). What the age rules expire but the count
/// rules keep is among its rule's newest `n`: kept, and the reason says why.
pub fn keep_newest(decisions: &mut [Decision], newest: &[Decision], n: u32) {
    for (d, by_count) in decisions.iter_mut().zip(newest) {
        if d.verdict == Verdict::Expire && by_count.verdict == Verdict::Keep {
            let rule = d.rule.map(|r| format!("rule {r}")).unwrap_or_default();
            *d = Decision {
                verdict: Verdict::Keep,
                rule: None,
                description: None,
                reason: format!(
                    "{rule}: one of its newest {n} images, kept by --keep-last {n} (else: {})",
                    d.reason
                ),
            };
        }
    }
}

pub fn evaluate_rules(policy: &Policy, images: &[Image], now: i64) -> Vec<Decision> {
    // The first rule (by priority) that selects each image owns it.
    let mut owner: Vec<Option<usize>> = vec![None; images.len()];
    let mut decisions: Vec<Option<Decision>> = vec![None; images.len()];
    // What a lower rule would have done to an image a higher rule owns, for the reason.
    let mut shadowed: Vec<Option<u32>> = vec![None; images.len()];
    for (ri, rule) in policy.rules.iter().enumerate() {
        let selected: Vec<usize> = (0..images.len())
            .filter(|&i| rule.selects(&images[i].tags, images[i].status))
            .collect();
        for (i, marked, why) in count_marks(rule, images, &selected, now) {
            match owner[i] {
                None => {
                    owner[i] = Some(ri);
                    let why = why_text(rule, &images[i], marked, why, now);
                    let decision = if marked {
                        Decision {
                            verdict: match rule.action {
                                Action::Expire => Verdict::Expire,
                                Action::Transition => Verdict::Transition,
                            },
                            rule: Some(rule.priority),
                            description: rule.description.clone(),
                            reason: why,
                        }
                    } else {
                        Decision {
                            verdict: Verdict::Keep,
                            rule: None,
                            description: None,
                            reason: format!("rule {}: {why}", rule.priority),
                        }
                    };
                    decisions[i] = Some(decision);
                }
                Some(_) if marked && shadowed[i].is_none() => shadowed[i] = Some(rule.priority),
                Some(_) => {}
            }
        }
    }
    decisions
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let mut d = d.unwrap_or_else(|| Decision {
                verdict: Verdict::Keep,
                rule: None,
                description: None,
                reason: match images[i].status {
                    Status::Activating => {
                        "being restored from the archive: no rule acts on it".into()
                    }
                    _ => "no rule selects it".into(),
                },
            });
            if let (Verdict::Keep, Some(lower), Some(o)) = (d.verdict, shadowed[i], owner[i]) {
                d.reason.push_str(&format!(
                    " (rule {lower} would act on it, but rule {} selects it first)",
                    policy.rules[o].priority
                ));
            }
            d
        })
        .collect()
}

/// Counts and bytes of a set of decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub expire: usize,
    pub transition: usize,
    pub keep: usize,
    pub expire_bytes: i64,
    pub transition_bytes: i64,
    /// Tagged images among those expired (referrers, tagged or not, go with their subject and
    /// are not counted).
    pub expire_tagged: usize,
}

pub fn summarize(images: &[Image], decisions: &[Decision]) -> Summary {
    let mut s = Summary::default();
    for (img, d) in images.iter().zip(decisions) {
        let bytes = img.size_bytes.unwrap_or(0);
        match d.verdict {
            Verdict::Expire => {
                s.expire += 1;
                s.expire_bytes += bytes;
                // A signature tagged by cosign's scheme goes with its image: not a tagged image
                // of its own.
                if !img.tags.is_empty() && img.subject.is_none() {
                    s.expire_tagged += 1;
                }
            }
            Verdict::Transition => {
                s.transition += 1;
                s.transition_bytes += bytes;
            }
            Verdict::Keep => s.keep += 1,
        }
    }
    s
}

/// Footguns that only the repository's images reveal (codes of the linter's table); `horizon`
/// is what the policy does to them within a year if nothing is pushed.
pub fn image_findings(
    images: &[Image],
    decisions: &[Decision],
    horizon: &super::horizon::Horizon,
    now: i64,
) -> Vec<super::lint::Finding> {
    use super::lint::{Finding, Severity};
    let warning = |code: &'static str, rule: Option<u32>, message: String| Finding {
        severity: Severity::Warning,
        code,
        message,
        position: None,
        rule,
    };
    let mut out = Vec::new();
    let digests: std::collections::HashMap<&str, usize> = images
        .iter()
        .enumerate()
        .map(|(i, img)| (img.digest.as_str(), i))
        .collect();
    let stripped: Vec<usize> = (0..images.len())
        .filter(|&i| {
            decisions[i].verdict == Verdict::Expire
                && images[i]
                    .subject
                    .as_deref()
                    .and_then(|s| digests.get(s))
                    .is_some_and(|&s| decisions[s].verdict == Verdict::Keep)
        })
        .collect();
    if let Some(&first) = stripped.first() {
        out.push(warning(
            "expires-referrers",
            decisions[first].rule,
            format!(
                "would expire {} signature(s), SBOM(s) or attestation(s) of images that stay (e.g. {}): keep them with a higher rule, or prune with `ecrctl images prune`, which keeps a kept image's referrers",
                stripped.len(),
                crate::images::short_digest(&images[first].digest)
            ),
        ));
    }
    let latest = |verdict: Verdict| {
        (0..images.len()).find(|&i| {
            decisions[i].verdict == verdict && images[i].tags.iter().any(|t| t == "latest")
        })
    };
    if let Some(i) = latest(Verdict::Expire) {
        out.push(warning(
            "expires-latest",
            decisions[i].rule,
            format!(
                "would expire the image tagged latest ({})",
                crate::images::short_digest(&images[i].digest)
            ),
        ));
    }
    if let Some(i) = latest(Verdict::Transition) {
        out.push(warning(
            "archives-latest",
            decisions[i].rule,
            format!(
                "would archive the image tagged latest ({}): it cannot be pulled until restored",
                crate::images::short_digest(&images[i].digest)
            ),
        ));
    }
    if let Some(e) = horizon.empty {
        let message = if e.at <= now {
            "the next run would expire every image, the newest included: the repository would be emptied".to_string()
        } else {
            format!(
                "if nothing is pushed, it would expire every image, the newest included, from {} (in {}): the repository would be emptied",
                crate::time::format(e.at),
                span_until(e.at - now)
            )
        };
        out.push(warning("expires-newest", e.rule, message));
    }
    out
}
