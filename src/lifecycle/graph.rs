//! What ECR does beyond a policy's rules, from the links between the images of a repository:
//! the manifests an image index lists (platform images, attestations, nested indexes) and the
//! referrers of an image (OCI 1.1 signatures, SBOMs, attestations). Pure: no AWS types.
//!
//! The ECR user guide (lifecycle policies): "If an image is referenced by a manifest list, it
//! cannot be expired or archived without the manifest list being deleted or archived first",
//! and referrer artifacts are expired or archived "within 24 hours of their subject image's
//! deletion or archival". BatchDeleteImage refuses such a child with the failure code
//! `ImageReferencedByManifestList`.
//!
//! Our reading where the guide is silent (README, "lifecycle"): the rules mark images first, and
//! a protected child still takes its place in an `imageCountMoreThan` count ("rules can still
//! identify them as if they haven't been expired"), so keeping it frees no slot for another
//! image; a child whose indexes all go keeps the verdict its own rule gave it (ECR deletes no
//! image that no rule marks), after them; a referrer goes with its subject.

use std::collections::HashMap;

use super::eval::{Decision, Image, Verdict};
use crate::images::{referrer_noun, short_digest};

/// Whose reading of the links applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Semantics {
    /// Lifecycle policies, as ECR runs them: a referrer whose subject stays, and an untagged
    /// manifest whose indexes all go, get what their own rule says (ECR documents nothing more).
    Lifecycle,
    /// `images prune`: an image is what people name, so a referrer stays with its subject, and
    /// an untagged manifest goes with its indexes when they all go.
    Prune,
}

/// Positions of the images by digest.
fn by_digest(images: &[Image]) -> HashMap<&str, usize> {
    images
        .iter()
        .enumerate()
        .map(|(i, img)| (img.digest.as_str(), i))
        .collect()
}

/// The image indexes of the repository that list image `i` (never itself).
fn parents(images: &[Image], at: &HashMap<&str, usize>, i: usize) -> Vec<usize> {
    images[i]
        .indexed_by
        .iter()
        .filter_map(|d| at.get(d.as_str()).copied())
        .filter(|&p| p != i)
        .collect()
}

/// The image `i` refers to, when it is a referrer and its subject is in the repository.
fn subject(images: &[Image], at: &HashMap<&str, usize>, i: usize) -> Option<usize> {
    let s = images[i].subject.as_deref()?;
    at.get(s).copied().filter(|&s| s != i)
}

/// What a child is to its index, in words.
fn role(img: &Image) -> &'static str {
    match img.role {
        Some("attestation") => "an attestation",
        Some("index") => "a nested image index",
        _ => "a platform image",
    }
}

fn keep(reason: String) -> Decision {
    Decision {
        verdict: Verdict::Keep,
        rule: None,
        description: None,
        reason,
    }
}

struct Walk<'a> {
    images: &'a [Image],
    at: HashMap<&'a str, usize>,
    rules: Vec<Decision>,
    out: Vec<Option<Decision>>,
    busy: Vec<bool>,
    semantics: Semantics,
    pinned: &'a [bool],
}

impl Walk<'_> {
    /// The final verdict of image `i`, deciding its indexes and subject first.
    fn resolve(&mut self, i: usize) -> Verdict {
        if let Some(d) = &self.out[i] {
            return d.verdict;
        }
        if self.busy[i] {
            // Content addressing rules out cycles; a malformed repository gets its rules' word.
            return self.rules[i].verdict;
        }
        self.busy[i] = true;
        let d = self.decide(i);
        self.busy[i] = false;
        let verdict = d.verdict;
        self.out[i] = Some(d);
        verdict
    }

    fn decide(&mut self, i: usize) -> Decision {
        let images = self.images;
        let img = &images[i];
        let mut d = self.rules[i].clone();
        let parents = parents(images, &self.at, i);
        let verdicts: Vec<Verdict> = parents.iter().map(|&p| self.resolve(p)).collect();
        if let Some(k) = verdicts.iter().position(|&v| v == Verdict::Keep) {
            if self.semantics == Semantics::Prune && !self.pinned.get(i).copied().unwrap_or(false) {
                // An image is what people name: this belongs to one that stays.
                return keep(format!(
                    "{} of image index {}, which stays",
                    role(img),
                    short_digest(&images[parents[k]].digest)
                ));
            }
            if d.verdict != Verdict::Keep {
                let what = match d.rule {
                    Some(r) => format!("rule {r} would {} it", d.verdict.as_str()),
                    None => "it would go".to_string(),
                };
                d = keep(format!(
                    "{} of image index {}, which stays ({what}, but ECR acts on no image an index refers to)",
                    role(img),
                    short_digest(&images[parents[k]].digest)
                ));
            }
            return d;
        }
        if let Some(s) = subject(images, &self.at, i) {
            let kind = referrer_noun(img.artifact_type.as_deref(), &img.tags);
            let subject_digest = short_digest(&images[s].digest);
            match self.resolve(s) {
                Verdict::Keep if self.semantics == Semantics::Prune => {
                    if d.verdict != Verdict::Keep && !self.pinned.get(i).copied().unwrap_or(false) {
                        d = keep(format!("{kind} of {subject_digest}, which stays"));
                    }
                }
                Verdict::Keep => {}
                going if !self.pinned.get(i).copied().unwrap_or(false) => {
                    let subject_rule = self.out[s].as_ref().and_then(|o| o.rule);
                    if d.verdict == going {
                        d.reason
                            .push_str(&format!("; {kind} of {subject_digest}, which goes too"));
                    } else {
                        let description = self.out[s].as_ref().and_then(|o| o.description.clone());
                        d = Decision {
                            verdict: going,
                            rule: subject_rule,
                            description,
                            reason: format!(
                                "{kind} of {subject_digest}, which goes: ECR {} referrers with their subject",
                                if going == Verdict::Expire { "expires" } else { "archives" }
                            ),
                        };
                    }
                }
                Verdict::Expire | Verdict::Transition => {}
            }
        }
        let pinned = self.pinned.get(i).copied().unwrap_or(false);
        if let Some(first) = parents.first() {
            let index = short_digest(&images[*first].digest);
            let follows = self.semantics == Semantics::Prune
                && img.tags.is_empty()
                && !pinned
                && d.verdict == Verdict::Keep
                && verdicts.contains(&Verdict::Expire);
            if follows {
                let from = &self.out[*first];
                d = Decision {
                    verdict: Verdict::Expire,
                    rule: from.as_ref().and_then(|o| o.rule),
                    description: from.as_ref().and_then(|o| o.description.clone()),
                    reason: format!(
                        "{} of image index {index}, which goes: it goes with it, after it",
                        role(img)
                    ),
                };
            } else if d.verdict == Verdict::Keep {
                d.reason.push_str(&format!(
                    "; its image index {index} goes, which leaves it unreferenced"
                ));
            } else {
                d.reason
                    .push_str(&format!("; after its image index {index}, which goes too"));
            }
        }
        d
    }
}

/// Apply ECR's protection of index children and its handling of referrers to what the rules
/// decided. `pinned` images (by position; may be empty) never change verdict to follow their
/// subject: `images prune --keep`.
pub fn apply(images: &[Image], decisions: &mut [Decision], semantics: Semantics, pinned: &[bool]) {
    // Most repositories hold no multi-arch image or signature: nothing to walk.
    if images
        .iter()
        .all(|i| i.indexed_by.is_empty() && i.subject.is_none())
    {
        return;
    }
    let mut walk = Walk {
        images,
        at: by_digest(images),
        rules: decisions.to_vec(),
        out: vec![None; images.len()],
        busy: vec![false; images.len()],
        semantics,
        pinned,
    };
    for i in 0..images.len() {
        walk.resolve(i);
    }
    for (d, out) in decisions.iter_mut().zip(walk.out) {
        if let Some(out) = out {
            *d = out;
        }
    }
}

/// The images people pull by name: listed by no image index of the repository and referring
/// to no image of it. The rest belong to one of them.
pub fn top_level(images: &[Image]) -> Vec<bool> {
    let at = by_digest(images);
    (0..images.len())
        .map(|i| parents(images, &at, i).is_empty() && subject(images, &at, i).is_none())
        .collect()
}

/// What must be deleted before each image, among the images that are deleted too: the indexes
/// that list it (ECR refuses to delete a listed manifest) and its subject (so a subject that
/// cannot be deleted keeps its signature). Positions computed once for all.
pub fn all_deleted_before(images: &[Image], decisions: &[Decision]) -> Vec<Vec<usize>> {
    let at = by_digest(images);
    (0..images.len())
        .map(|i| predecessors(images, &at, decisions, i))
        .collect()
}

fn predecessors(
    images: &[Image],
    at: &HashMap<&str, usize>,
    decisions: &[Decision],
    i: usize,
) -> Vec<usize> {
    let mut out = parents(images, at, i);
    out.extend(subject(images, at, i));
    out.retain(|&p| decisions[p].verdict == Verdict::Expire);
    out
}

/// The round in which each image is deleted (0 first): every image after all that must go
/// before it. Images that stay are in round 0 and never deleted.
pub fn rounds(images: &[Image], decisions: &[Decision]) -> Vec<usize> {
    let at = by_digest(images);
    let mut round: Vec<Option<usize>> = vec![None; images.len()];
    let mut busy = vec![false; images.len()];
    fn visit(
        i: usize,
        images: &[Image],
        at: &HashMap<&str, usize>,
        decisions: &[Decision],
        round: &mut Vec<Option<usize>>,
        busy: &mut Vec<bool>,
    ) -> usize {
        if let Some(r) = round[i] {
            return r;
        }
        if busy[i] {
            return 0;
        }
        busy[i] = true;
        let r = predecessors(images, at, decisions, i)
            .into_iter()
            .map(|p| visit(p, images, at, decisions, round, busy) + 1)
            .max()
            .unwrap_or(0);
        busy[i] = false;
        round[i] = Some(r);
        r
    }
    (0..images.len())
        .map(|i| visit(i, images, &at, decisions, &mut round, &mut busy))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn img(name: &str, parents: &[&str], subject: Option<&str>) -> Image {
        Image {
            digest: format!("sha256:{name}"),
            indexed_by: parents.iter().map(|p| format!("sha256:{p}")).collect(),
            role: (!parents.is_empty()).then_some("platform"),
            subject: subject.map(|s| format!("sha256:{s}")),
            ..Default::default()
        }
    }

    fn by_rule(v: Verdict) -> Decision {
        Decision {
            verdict: v,
            rule: (v != Verdict::Keep).then_some(1),
            description: None,
            reason: "rule".into(),
        }
    }

    fn run(images: &[Image], rules: &[Verdict], mode: Semantics) -> Vec<Verdict> {
        let mut d: Vec<Decision> = rules.iter().map(|&v| by_rule(v)).collect();
        apply(images, &mut d, mode, &[]);
        d.iter().map(|d| d.verdict).collect()
    }

    use Verdict::{Expire as E, Keep as K, Transition as T};

    #[test]
    fn a_child_of_an_index_that_stays_stays() {
        let images = [img("idx", &[], None), img("amd", &["idx"], None)];
        assert_eq!(run(&images, &[K, E], Semantics::Lifecycle), [K, K]);
        let mut d = vec![by_rule(K), by_rule(E)];
        apply(&images, &mut d, Semantics::Lifecycle, &[]);
        assert!(d[1].reason.contains("which stays"), "{}", d[1].reason);
        // An index that is archived no longer holds it ("deleted or archived first").
        assert_eq!(run(&images, &[T, E], Semantics::Lifecycle), [T, E]);
    }

    #[test]
    fn a_child_of_an_index_that_goes_keeps_its_own_verdict() {
        let images = [img("idx", &[], None), img("amd", &["idx"], None)];
        assert_eq!(run(&images, &[E, E], Semantics::Lifecycle), [E, E]);
        assert_eq!(run(&images, &[E, K], Semantics::Lifecycle), [E, K]);
        let mut d = vec![by_rule(E), by_rule(K)];
        apply(&images, &mut d, Semantics::Lifecycle, &[]);
        assert!(d[1].reason.contains("unreferenced"), "{}", d[1].reason);
    }

    #[test]
    fn nested_indexes_hold_their_grandchildren() {
        // outer -> inner -> leaf; the outer stays, so the inner and the leaf do.
        let images = [
            img("outer", &[], None),
            img("inner", &["outer"], None),
            img("leaf", &["inner"], None),
        ];
        assert_eq!(run(&images, &[K, E, E], Semantics::Lifecycle), [K, K, K]);
        assert_eq!(run(&images, &[E, E, E], Semantics::Lifecycle), [E, E, E]);
        // The inner stays by its rule: the leaf with it, though the outer goes.
        assert_eq!(run(&images, &[E, K, E], Semantics::Lifecycle), [E, K, K]);
        // Listed before its parents: the order of the listing does not matter.
        let reversed = [
            img("leaf", &["inner"], None),
            img("inner", &["outer"], None),
            img("outer", &[], None),
        ];
        assert_eq!(run(&reversed, &[E, E, K], Semantics::Lifecycle), [K, K, K]);
    }

    #[test]
    fn a_child_of_two_indexes_stays_while_either_does() {
        let images = [
            img("a", &[], None),
            img("b", &[], None),
            img("amd", &["a", "b"], None),
        ];
        assert_eq!(run(&images, &[E, K, E], Semantics::Lifecycle), [E, K, K]);
        assert_eq!(run(&images, &[E, E, E], Semantics::Lifecycle), [E, E, E]);
    }

    #[test]
    fn referrers_go_with_their_subject() {
        let images = [img("app", &[], None), img("sig", &[], Some("app"))];
        // The subject goes: so does its signature, whatever the rules said of it.
        assert_eq!(run(&images, &[E, K], Semantics::Lifecycle), [E, E]);
        assert_eq!(run(&images, &[E, K], Semantics::Prune), [E, E]);
        assert_eq!(run(&images, &[T, K], Semantics::Lifecycle), [T, T]);
        // The subject stays: lifecycle rules still decide; a prune keeps it.
        assert_eq!(run(&images, &[K, E], Semantics::Lifecycle), [K, E]);
        assert_eq!(run(&images, &[K, E], Semantics::Prune), [K, K]);
        // Pinned (--keep): it stays even when its subject goes.
        let mut d = vec![by_rule(E), by_rule(K)];
        apply(&images, &mut d, Semantics::Prune, &[false, true]);
        assert_eq!(d[1].verdict, K);
    }

    #[test]
    fn a_referrer_of_a_kept_index_child_stays_with_it() {
        let images = [
            img("idx", &[], None),
            img("amd", &["idx"], None),
            img("sig", &[], Some("amd")),
        ];
        assert_eq!(run(&images, &[K, E, E], Semantics::Prune), [K, K, K]);
    }

    #[test]
    fn cycles_do_not_hang() {
        let images = [img("a", &["b"], None), img("b", &["a"], None)];
        let out = run(&images, &[E, E], Semantics::Lifecycle);
        assert_eq!(out.len(), 2);
        let _ = rounds(&images, &[by_rule(E), by_rule(E)]);
    }

    #[test]
    fn deletion_rounds_put_indexes_and_subjects_first() {
        let images = [
            img("leaf", &["inner"], None),
            img("inner", &["outer"], None),
            img("outer", &[], None),
            img("sig", &[], Some("outer")),
            img("loose", &[], None),
        ];
        let d: Vec<Decision> = [E, E, E, E, E].iter().map(|&v| by_rule(v)).collect();
        assert_eq!(rounds(&images, &d), [2, 1, 0, 1, 0]);
        assert_eq!(all_deleted_before(&images, &d)[0], [1]);
        // Only what is deleted orders a deletion.
        let d: Vec<Decision> = [E, K, E, E, E].iter().map(|&v| by_rule(v)).collect();
        assert_eq!(rounds(&images, &d)[0], 0);
    }
}
