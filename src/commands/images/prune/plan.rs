//! What a prune deletes: the rules evaluated over the repository's images, then what prune
//! never deletes (--keep, --now, --min-age) and what goes with its image. Pure: no AWS types.

use std::collections::HashSet;

use crate::diagnostic::Diagnostic;
use crate::images::short_digest;
use crate::lifecycle::eval::{evaluate_rules, keep_newest, summarize, Decision, Image, Verdict};
use crate::lifecycle::graph;
use crate::lifecycle::plan::{self, Outcome};
use crate::lifecycle::{eval::Summary, Policy};

use super::rules::human_duration;

/// What the options say, compiled.
pub struct Options<'a> {
    /// The rules (keepers first).
    pub policy: &'a Policy,
    /// With an age and --keep-last N: the same rules counting, and N.
    pub newest: Option<&'a (Policy, u32)>,
    /// --keep patterns.
    pub keep: &'a [String],
    /// --tag patterns.
    pub tags: &'a [String],
    /// --min-age, in seconds.
    pub min_age: i64,
    pub now: i64,
}

/// The plan: every image, its decision and the display order, with what the plan says before
/// anything is deleted.
pub struct Plan {
    pub images: Vec<Image>,
    pub decisions: Vec<Decision>,
    pub order: Vec<usize>,
    pub summary: Summary,
    /// Images kept because they were pushed after --now.
    pub later: usize,
    /// Images the same plan without --min-age would delete.
    pub young: usize,
    /// Kept manifests that only image indexes being deleted list.
    pub orphans: usize,
    /// What people regret (every image, `latest`) and --tag patterns that match nothing.
    pub warnings: Vec<Diagnostic>,
}

impl Plan {
    /// Each image's outcome before anything is deleted: planned or kept.
    pub fn outcomes(&self) -> Vec<Outcome> {
        self.decisions
            .iter()
            .map(|d| match d.verdict {
                Verdict::Expire => Outcome::Planned,
                _ => Outcome::Kept,
            })
            .collect()
    }
}

impl Plan {
    /// The plan a saved plan names: exactly the images with these digests are deleted.
    pub fn saved(images: Vec<Image>, digests: &[&str]) -> Plan {
        let wanted: HashSet<&str> = digests.iter().copied().collect();
        let decisions: Vec<Decision> = images
            .iter()
            .map(|i| {
                if wanted.contains(i.digest.as_str()) {
                    Decision {
                        verdict: Verdict::Expire,
                        rule: None,
                        description: None,
                        reason: "in the saved plan".into(),
                    }
                } else {
                    kept("not in the saved plan".into())
                }
            })
            .collect();
        let summary = summarize(&images, &decisions);
        let order = plan::order(&images, &decisions);
        Plan {
            images,
            decisions,
            order,
            summary,
            later: 0,
            young: 0,
            orphans: 0,
            warnings: Vec::new(),
        }
    }
}

/// Plan the prune of `images` in the repository `name`.
pub fn plan(name: &str, images: Vec<Image>, o: &Options) -> Plan {
    let now = o.now;
    // The options count images as people name them: an index with its platform images and
    // signatures is one image. What belongs to another image is decided by the rules only for
    // when that image goes (then the graph lets it follow, or leaves it).
    let top = graph::top_level(&images);
    let mut decisions = evaluate_rules(o.policy, &images, now);
    let tops: Vec<usize> = (0..images.len()).filter(|&i| top[i]).collect();
    let top_images: Vec<Image> = tops.iter().map(|&i| images[i].clone()).collect();
    let mut top_decisions = evaluate_rules(o.policy, &top_images, now);
    if let Some((counting, n)) = o.newest {
        keep_newest(
            &mut top_decisions,
            &evaluate_rules(counting, &top_images, now),
            *n,
        );
    }
    for (d, &i) in top_decisions.into_iter().zip(&tops) {
        decisions[i] = d;
    }
    // What prune never deletes, whatever the rules say.
    let rules_decisions = decisions.clone();
    let mut pinned = vec![false; images.len()];
    let mut young = vec![false; images.len()];
    let mut later = 0;
    for (i, (img, d)) in images.iter().zip(decisions.iter_mut()).enumerate() {
        if let Some(keep) = o.keep.iter().find(|k| {
            img.tags
                .iter()
                .any(|t| crate::mutability::wildcard_match(k, t))
        }) {
            *d = kept(format!("a tag matches --keep {keep}"));
            pinned[i] = true;
        } else if d.verdict == Verdict::Expire && img.pushed_at > now {
            // --now before the push: the image did not exist then; not --min-age's doing.
            *d = kept(format!("pushed after --now {}", crate::time::format(now)));
            pinned[i] = true;
            later += 1;
        } else if d.verdict == Verdict::Expire && now - img.pushed_at < o.min_age {
            *d = kept(format!(
                "pushed {}, within --min-age {} (a multi-arch push writes its platform images before their index)",
                crate::time::age(now - img.pushed_at),
                human_duration(o.min_age)
            ));
            pinned[i] = true;
            young[i] = true;
        }
    }
    // What --min-age saved: the images the same plan without it would delete.
    let without_min_age = if young.contains(&true) {
        let mut d = decisions.clone();
        let mut pins = pinned.clone();
        for (i, y) in young.iter().enumerate().filter(|(_, y)| **y) {
            d[i] = rules_decisions[i].clone();
            pins[i] = !y;
        }
        graph::apply(&images, &mut d, graph::Semantics::Prune, &pins);
        Some(d)
    } else {
        None
    };
    graph::apply(&images, &mut decisions, graph::Semantics::Prune, &pinned);
    let young = without_min_age.map_or(0, |d| {
        (0..images.len())
            .filter(|&i| d[i].verdict == Verdict::Expire && decisions[i].verdict != Verdict::Expire)
            .count()
    });
    let summary = summarize(&images, &decisions);
    let order = plan::order(&images, &decisions);
    let mut warnings = Vec::new();
    // What people regret, said before anything is deleted (as lifecycle's linter does).
    if !tops.is_empty()
        && tops
            .iter()
            .all(|&i| decisions[i].verdict == Verdict::Expire)
    {
        warnings.push(Diagnostic::warning(format!(
            "this prune deletes every image of {name}, the newest included"
        )));
    } else if let Some(&i) = tops.iter().find(|&&i| {
        decisions[i].verdict == Verdict::Expire && images[i].tags.iter().any(|t| t == "latest")
    }) {
        warnings.push(Diagnostic::warning(format!(
            "this prune deletes the image tagged latest ({})",
            short_digest(&images[i].digest)
        )));
    }
    for p in o.tags {
        let matched = images.iter().any(|img| {
            img.tags
                .iter()
                .any(|t| crate::mutability::wildcard_match(p, t))
        });
        if !matched {
            warnings.push(Diagnostic::warning(format!(
                "no image of {name} has a tag matching --tag {p}"
            )));
        }
    }
    let orphans = orphans(&images, &decisions);
    Plan {
        images,
        decisions,
        order,
        summary,
        later,
        young,
        orphans,
        warnings,
    }
}

/// Kept manifests that only image indexes being deleted list: left untagged and unreferenced.
fn orphans(images: &[Image], decisions: &[Decision]) -> usize {
    let going: HashSet<&str> = images
        .iter()
        .zip(decisions)
        .filter(|(_, d)| d.verdict == Verdict::Expire)
        .map(|(i, _)| i.digest.as_str())
        .collect();
    images
        .iter()
        .zip(decisions)
        .filter(|(img, d)| {
            d.verdict == Verdict::Keep
                && !img.indexed_by.is_empty()
                && img.indexed_by.iter().all(|p| going.contains(p.as_str()))
        })
        .count()
}

fn kept(reason: String) -> Decision {
    Decision {
        verdict: Verdict::Keep,
        rule: None,
        description: None,
        reason,
    }
}
