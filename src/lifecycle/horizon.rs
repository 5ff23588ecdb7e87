//! Beyond the next run: what a policy does as the images age and nothing new is pushed. Pure.
//!
//! Every rule that counts days marks more images as time passes, and none marks fewer, so the
//! set of images a policy acts on only grows with time: the first moment it expires a tagged
//! image, or every image, is found by evaluating at checkpoints (now, +1, +7, +30, +90, +365
//! days) and then searching the moments an image crosses a rule's age in between.

use super::eval::{evaluate, Decision, Image, Verdict};
use super::{Count, Policy, StorageClass, TagSelection, DAY};

/// The checkpoints, in days from now.
pub const CHECKPOINTS: [i64; 6] = [0, 1, 7, 30, 90, 365];

/// The first moment (seconds since the epoch) and the deciding rule of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    pub at: i64,
    pub rule: Option<u32>,
}

/// What the policy does within the horizon if nothing is pushed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Horizon {
    /// The first expiry of a tagged image (not a referrer: cosign's tagged signatures go with
    /// their image).
    pub tagged: Option<Event>,
    /// The first moment every image the repository shows at the top (not a platform image of
    /// an index, not a referrer) is expired: the repository is emptied, the newest included.
    pub empty: Option<Event>,
}

/// The images people pull by name: not a manifest an index lists, not a referrer.
fn top_level(img: &Image) -> bool {
    img.indexed_by.is_empty() && img.subject.is_none()
}

fn tagged_expiry(images: &[Image], decisions: &[Decision], at: i64) -> Option<Event> {
    images
        .iter()
        .zip(decisions)
        .find(|(img, d)| {
            d.verdict == Verdict::Expire && !img.tags.is_empty() && img.subject.is_none()
        })
        .map(|(_, d)| Event { at, rule: d.rule })
}

fn emptied(images: &[Image], decisions: &[Decision], at: i64) -> Option<Event> {
    // The rule that expires the newest of them names the event.
    let mut newest: Option<(i64, Option<u32>)> = None;
    for (img, d) in images.iter().zip(decisions) {
        if !top_level(img) || img.status != super::Status::Active {
            continue;
        }
        if d.verdict != Verdict::Expire {
            return None;
        }
        if newest.is_none_or(|(t, _)| img.pushed_at > t) {
            newest = Some((img.pushed_at, d.rule));
        }
    }
    newest.map(|(_, rule)| Event { at, rule })
}

/// The moments within (`from`, `to`] at which an image crosses one of the policy's ages.
fn crossings(policy: &Policy, images: &[Image], from: i64, to: i64) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for r in &policy.rules {
        let days = match r.count {
            Count::SincePushed(d) | Count::SincePulled(d) | Count::SinceTransitioned(d) => d,
            Count::MoreThan(_) => continue,
        };
        for img in images {
            let since = match r.count {
                Count::SincePushed(_) => Some(img.pushed_at),
                Count::SincePulled(_) => Some(img.last_pulled_at.unwrap_or(img.pushed_at)),
                _ => img.last_archived_at,
            };
            // "Older than N days" is more than N x 24 hours: the second after.
            if let Some(t) = since.map(|s| s + i64::from(days) * DAY + 1) {
                if t > from && t <= to {
                    out.push(t);
                }
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The first moment within the checkpoints at which `event` happens, if it does: at the first
/// checkpoint, or never by the last (one evaluation each, the common answers), or else
/// between two checkpoints, found by bisecting the moments images cross an age.
fn first(
    policy: &Policy,
    images: &[Image],
    now: i64,
    checkpoints: &[i64],
    event: impl Fn(i64) -> Option<Event>,
) -> Option<Event> {
    let at = |d: i64| now + d * DAY;
    let (&start, &end) = (checkpoints.first()?, checkpoints.last()?);
    if let Some(found) = event(at(start)) {
        return Some(found);
    }
    let last = event(at(end))?;
    let mut before = at(start);
    for &d in &checkpoints[1..] {
        let found = if d == end { Some(last) } else { event(at(d)) };
        if let Some(found) = found {
            // Monotone in time: the first crossing at which it happens.
            let times = crossings(policy, images, before, at(d));
            let (mut lo, mut hi, mut best) = (0usize, times.len(), found);
            while lo < hi {
                let mid = (lo + hi) / 2;
                match event(times[mid]) {
                    Some(e) => {
                        best = e;
                        hi = mid;
                    }
                    None => lo = mid + 1,
                }
            }
            return Some(best);
        }
        before = at(d);
    }
    Some(last)
}

/// What the policy does to these images within a year if nothing is pushed; `decided` is
/// what it does now (the evaluation at `now`, reused).
pub fn horizon(policy: &Policy, images: &[Image], now: i64, decided: &[Decision]) -> Horizon {
    // Both questions ask about the same moments (the last checkpoint above all): each moment
    // is evaluated once.
    let seen: std::cell::RefCell<std::collections::HashMap<i64, std::rc::Rc<Vec<Decision>>>> =
        Default::default();
    let at = |t: i64, question: fn(&[Image], &[Decision], i64) -> Option<Event>| {
        if t == now {
            return question(images, decided, t);
        }
        let decisions = seen
            .borrow_mut()
            .entry(t)
            .or_insert_with(|| std::rc::Rc::new(evaluate(policy, images, t)))
            .clone();
        question(images, &decisions, t)
    };
    Horizon {
        tagged: first(policy, images, now, &CHECKPOINTS, |t| at(t, tagged_expiry)),
        empty: first(policy, images, now, &CHECKPOINTS, |t| at(t, emptied)),
    }
}

/// Without images (`lifecycle validate`): whether the policy can empty a repository that holds
/// one image of each tag selection its rules name, one tagged `latest`, one with another tag and
/// an untagged one, all pushed now, when nothing is pushed after them. The same evaluation as
/// [`horizon`], over the policy's longest age.
pub fn empties_without_images(policy: &Policy, now: i64) -> Option<Event> {
    let mut images = Vec::new();
    let mut add = |tags: Vec<String>| {
        let n = images.len();
        images.push(Image {
            digest: format!("sha256:{n:064x}"),
            tags,
            pushed_at: now,
            ..Default::default()
        });
    };
    for r in &policy.rules {
        if r.storage != StorageClass::Standard {
            continue;
        }
        let tags = match &r.tags {
            TagSelection::Prefixes(ps) => ps.iter().map(|p| format!("{p}x")).collect(),
            TagSelection::Patterns(ps) => ps.iter().map(|p| p.replace('*', "x")).collect(),
            TagSelection::Any | TagSelection::Untagged => continue,
        };
        add(tags);
    }
    add(vec!["latest".into()]);
    add(vec!["other-tag".into()]);
    add(Vec::new());
    let longest = policy
        .rules
        .iter()
        .filter_map(|r| match r.count {
            Count::SincePushed(d) | Count::SincePulled(d) => Some(i64::from(d)),
            _ => None,
        })
        .max()?;
    let checkpoints = [0, longest + 1];
    first(policy, &images, now, &checkpoints, |at| {
        emptied(&images, &evaluate(policy, &images, at), at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lifecycle::lint::lint_value;
    use serde_json::json;

    const NOW: i64 = 1_800_000_000;

    fn policy(rules: serde_json::Value) -> Policy {
        let linted = lint_value(&json!({ "rules": rules }));
        linted
            .policy
            .unwrap_or_else(|| panic!("{:?}", linted.findings))
    }

    fn img(name: &str, tags: &[&str], days_ago: i64) -> Image {
        Image {
            digest: format!("sha256:{name}"),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            pushed_at: NOW - days_ago * DAY,
            ..Default::default()
        }
    }

    fn sel(v: serde_json::Value, priority: u32) -> serde_json::Value {
        json!({"rulePriority": priority, "selection": v, "action": {"type": "expire"}})
    }

    #[test]
    fn the_first_day_a_tagged_image_expires_and_the_repository_empties() {
        let p = policy(json!([sel(
            json!({"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 30}),
            1
        )]));
        let images = [img("a", &["v1"], 10), img("b", &["v2"], 2)];
        let h = horizon(&p, &images, NOW, &evaluate(&p, &images, NOW));
        // v1 crosses 30 days 20 days from now (and a second), v2 28 days from now.
        assert_eq!(h.tagged.unwrap().at, NOW + 20 * DAY + 1);
        assert_eq!(h.empty.unwrap().at, NOW + 28 * DAY + 1);
        assert_eq!(h.empty.unwrap().rule, Some(1));
    }

    #[test]
    fn a_count_rule_never_empties_the_repository() {
        let p = policy(json!([
            sel(
                json!({"tagStatus": "tagged", "tagPatternList": ["prod*"], "countType": "imageCountMoreThan", "countNumber": 5}),
                1
            ),
            sel(
                json!({"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 90}),
                2
            ),
        ]));
        let images = [img("a", &["prod-1"], 10), img("b", &["dev-2"], 2)];
        let h = horizon(&p, &images, NOW, &evaluate(&p, &images, NOW));
        assert_eq!(h.tagged.unwrap().at, NOW + 88 * DAY + 1);
        assert_eq!(h.empty, None);
        assert_eq!(empties_without_images(&p, NOW), None);
    }

    #[test]
    fn a_sound_seven_rule_policy_does_not_empty_a_repository() {
        let age = |tags: serde_json::Value, d: u32, prio: u32| {
            sel(
                json!({"tagStatus": "tagged", "tagPatternList": tags, "countType": "sinceImagePushed", "countUnit": "days", "countNumber": d}),
                prio,
            )
        };
        let keep = |tags: serde_json::Value, n: u32, prio: u32| {
            sel(
                json!({"tagStatus": "tagged", "tagPatternList": tags, "countType": "imageCountMoreThan", "countNumber": n}),
                prio,
            )
        };
        let p = policy(json!([
            keep(json!(["latest"]), 1, 1),
            keep(json!(["prod-*"]), 30, 2),
            keep(json!(["release-*"]), 20, 3),
            age(json!(["dev-*"]), 14, 4),
            age(json!(["pr-*"]), 7, 5),
            sel(
                json!({"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 1}),
                6
            ),
            sel(
                json!({"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 90}),
                7
            ),
        ]));
        assert_eq!(empties_without_images(&p, NOW), None);
        // Without the keepers it would.
        let bare = policy(json!([sel(
            json!({"tagStatus": "any", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 90}),
            1
        )]));
        assert_eq!(
            empties_without_images(&bare, NOW).unwrap().at,
            NOW + 90 * DAY + 1
        );
    }

    #[test]
    fn nothing_within_a_year() {
        let p = policy(json!([sel(
            json!({"tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1}),
            1
        )]));
        let images = [img("a", &["v1"], 10), img("b", &[], 2), img("c", &[], 3)];
        assert_eq!(
            horizon(&p, &images, NOW, &evaluate(&p, &images, NOW)),
            Horizon::default()
        );
    }
}
