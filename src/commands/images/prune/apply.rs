//! Deleting what a prune plans: each image only after what had to go first, 100 per call, a
//! few calls at once, with what an interruption would say kept current.

use futures::stream::StreamExt;
use serde_json::json;

use super::plan::Plan;
use crate::images::short_digest;
use crate::lifecycle::eval::{Image, Verdict};
use crate::lifecycle::graph;
use crate::lifecycle::plan::Outcome;
use crate::registry::Registry;

/// BatchDeleteImage calls in flight at once.
const IN_FLIGHT: usize = 4;

/// Delete every image the plan expires, round by round (an image index before its platform
/// images, an image before its referrers); what had to go first and did not keeps the rest.
/// Each image's outcome.
pub async fn apply(registry: &Registry, name: &str, plan: &Plan) -> Vec<Outcome> {
    let (images, decisions) = (&plan.images, &plan.decisions);
    let mut outcomes = plan.outcomes();
    let rounds = graph::rounds(images, decisions);
    let before = graph::all_deleted_before(images, decisions);
    let last = rounds.iter().copied().max().unwrap_or(0);
    let mut progress = Progress::new(name, plan.summary.expire);
    for round in 0..=last {
        let mut batch = Vec::new();
        for &i in plan
            .order
            .iter()
            .filter(|&&i| decisions[i].verdict == Verdict::Expire && rounds[i] == round)
        {
            // Whatever had to go first and did not keeps this one.
            let blocked = before[i]
                .iter()
                .copied()
                .find(|&p| !matches!(outcomes[p], Outcome::Deleted | Outcome::Gone));
            match blocked {
                Some(p) => {
                    let what = if images[i].subject.as_deref() == Some(images[p].digest.as_str()) {
                        "its subject"
                    } else {
                        "its image index"
                    };
                    outcomes[i] = Outcome::NotAttempted(format!(
                        "kept: {what} {} was not deleted",
                        short_digest(&images[p].digest)
                    ));
                }
                None => batch.push(i),
            }
        }
        delete_all(registry, name, images, &batch, &mut outcomes, &mut progress).await;
    }
    outcomes
}

/// What a prune has done so far, for an interruption: said on stderr, and as JSON on stdout
/// with `--output json`.
pub(super) struct Progress<'a> {
    name: &'a str,
    planned: usize,
    in_flight: Vec<Vec<usize>>,
}

impl<'a> Progress<'a> {
    pub(super) fn new(name: &'a str, planned: usize) -> Self {
        Progress {
            name,
            planned,
            in_flight: Vec::new(),
        }
    }

    /// Before any deletion: an interruption now has deleted nothing, and says so.
    pub(super) fn planning(&self) {
        crate::ui::on_interrupt(format!(
            "interrupted while planning the prune of {}: nothing was deleted",
            self.name
        ));
        let doc = json!({
            "repository": self.name,
            "interrupted": true,
            "planned": null,
            "deleted": [],
            "alreadyGone": [],
            "failed": [],
            "inFlight": [],
        });
        crate::ui::on_interrupt_json(serde_json::to_string_pretty(&doc).unwrap_or_default());
    }

    /// Leave the note and the JSON an interruption now would print.
    fn record(&self, images: &[Image], outcomes: &[Outcome]) {
        let digests = |f: fn(&Outcome) -> bool| -> Vec<&str> {
            outcomes
                .iter()
                .enumerate()
                .filter(|(_, o)| f(o))
                .map(|(i, _)| images[i].digest.as_str())
                .collect()
        };
        let deleted = digests(|o| matches!(o, Outcome::Deleted));
        let gone = digests(|o| matches!(o, Outcome::Gone));
        let failed = digests(|o| matches!(o, Outcome::Failed(..)));
        let in_flight: Vec<&str> = self
            .in_flight
            .iter()
            .flatten()
            .map(|&i| images[i].digest.as_str())
            .collect();
        let mut note = format!(
            "interrupted: {} of {} image(s) deleted from {} so far",
            deleted.len(),
            self.planned,
            self.name
        );
        if !in_flight.is_empty() {
            note.push_str(&format!(
                "; {} more were being deleted ({} call(s) in flight: they may or may not be gone)",
                in_flight.len(),
                self.in_flight.len()
            ));
        }
        note.push_str("; run the same command again to finish");
        crate::ui::on_interrupt(note);
        let doc = json!({
            "repository": self.name,
            "interrupted": true,
            "planned": self.planned,
            "deleted": deleted,
            "alreadyGone": gone,
            "failed": failed,
            "inFlight": in_flight,
        });
        crate::ui::on_interrupt_json(serde_json::to_string_pretty(&doc).unwrap_or_default());
    }
}

/// Delete `which` images by digest, 100 per call, a few calls at once, recording each outcome
/// as its answer comes, so that an interruption says exactly what is known.
async fn delete_all(
    registry: &Registry,
    name: &str,
    images: &[Image],
    which: &[usize],
    outcomes: &mut [Outcome],
    progress: &mut Progress<'_>,
) {
    if which.is_empty() {
        return;
    }
    let mut batches = which.chunks(100);
    let mut calls = futures::stream::FuturesUnordered::new();
    loop {
        while calls.len() < IN_FLIGHT {
            let Some(batch) = batches.next() else { break };
            progress.in_flight.push(batch.to_vec());
            let ids: Vec<String> = batch.iter().map(|&i| images[i].digest.clone()).collect();
            calls.push(async move { (batch, registry.delete_images(name, &ids).await) });
        }
        progress.record(images, outcomes);
        let Some((batch, answer)) = calls.next().await else {
            break;
        };
        progress.in_flight.retain(|b| b.as_slice() != batch);
        match answer {
            Ok(a) => {
                for &i in batch {
                    outcomes[i] = match a.outcome(&images[i].digest) {
                        Ok(_) => Outcome::Deleted,
                        // Another run (or person) deleted it first: the wanted result.
                        Err((code, _)) if code == "ImageNotFound" => Outcome::Gone,
                        // ECR keeps what an index lists: kept, as the plan would have had it.
                        Err((code, _)) if code == "ImageReferencedByManifestList" => Outcome::Held,
                        Err((code, reason)) => Outcome::Failed(code, reason),
                    };
                }
            }
            Err(e) => {
                let text = crate::error::render(&e);
                let code = crate::error::code_of(&e).unwrap_or("Error").to_string();
                for &i in batch {
                    outcomes[i] = Outcome::Failed(code.clone(), text.clone());
                }
            }
        }
    }
    progress.record(images, outcomes);
}
