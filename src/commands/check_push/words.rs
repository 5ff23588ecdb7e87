//! Each check-push decision said as a sentence: what the tag is, what the push will do, what
//! to do about it.

use super::Checked;
use crate::images::short_digest;
use crate::output::age;
use crate::registry::push_state::RepoState;
use crate::verdict::{Decision, Remote, RemoteImage, Verdict};

/// The sentence for one checked reference.
pub(super) fn message(
    checked: &Checked,
    decision: &Decision,
    remote: &Remote,
    state: &RepoState,
    now: i64,
) -> String {
    let tag = checked.image.tag_or_latest();
    let display = format!("{}:{tag}", checked.image.repository);
    // "a mutable tag", "an immutable tag (it matches exclusion filter 'dev-*')".
    let kind = match decision.immutable {
        Some(true) => "an immutable tag",
        Some(false) => "a mutable tag",
        None => "a tag of unknown mutability",
    };
    let filter_note = decision
        .matched_filter
        .as_ref()
        .map(|f| format!(" (it matches exclusion filter '{f}')"))
        .unwrap_or_default();
    let rule = format!("{kind}{filter_note}");
    // "sha256:abc… (pushed 3 days ago, archived)".
    let image_text = |img: &RemoteImage| {
        let mut facts = Vec::new();
        if let Some(t) = img.pushed_at {
            facts.push(format!("pushed {}", age(now - t)));
        }
        if img.archived {
            facts.push("archived".to_string());
        }
        let digest = if img.digest.is_empty() {
            "an image of unknown digest".to_string()
        } else {
            short_digest(&img.digest)
        };
        if facts.is_empty() {
            digest
        } else {
            format!("{digest} ({})", facts.join(", "))
        }
    };
    let notes = if state.notes.is_empty() {
        String::new()
    } else {
        format!(" [{}]", state.notes.join("; "))
    };
    let sentence = match (remote, decision.verdict) {
        (_, Verdict::New) => format!("{display} does not exist; the push will create it as {rule}"),
        (Remote::Present(img), Verdict::Unchanged) if decision.same_content => format!(
            "{display} already holds the same image content (config {}) under another manifest digest, {}; skip the push: {}",
            checked.local.config_digest.as_deref().map(short_digest).unwrap_or_default(),
            image_text(img),
            if decision.immutable == Some(true) {
                "pushing the new manifest to this immutable tag would be refused"
            } else {
                "pushing would only swap in an equivalent manifest"
            }
        ),
        (Remote::Present(img), Verdict::Unchanged) => {
            let extra = if decision.immutable == Some(true) {
                "; skip the push (docker push fails on an existing immutable tag even for the same image)"
            } else {
                "; skip the push"
            };
            format!("{display} already holds the local image, {}{extra}", image_text(img))
        }
        (Remote::Present(img), Verdict::Overwrite) => {
            let others = img
                .tags
                .as_ref()
                .map(|t| t.iter().filter(|x| **x != tag).cloned().collect::<Vec<_>>());
            let fate = match (decision.old_becomes_untagged, others) {
                (Some(true), _) => "; the old image will be left untagged".to_string(),
                (_, Some(o)) if !o.is_empty() => format!("; the old image keeps tags {}", o.join(", ")),
                _ => String::new(),
            };
            let unknown_local = if checked.local.is_known() {
                ""
            } else {
                " (the local image is unknown: it may be the same one)"
            };
            format!(
                "{display} exists and is {rule}: the push will move it off {}{fate}{unknown_local}",
                image_text(img)
            )
        }
        (Remote::Present(img), Verdict::Conflict) => {
            let why = if checked.local.is_known() {
                "it holds a different image"
            } else {
                "the local image is unknown (pass --digest, --oci-layout, --metadata-file or --docker to detect an unchanged image)"
            };
            format!(
                "{display} already exists and is {rule}, holding {}; the push will be refused: {why}",
                image_text(img)
            )
        }
        (_, Verdict::RepositoryMissing) => match &state.template {
            Some(t) => {
                let m = t.mutability.as_ref().map(|m| m.describe()).unwrap_or_else(|| "mutable".into());
                format!(
                    "repository {} does not exist; create-on-push template '{}' will create it with tags {m}",
                    checked.image.repository, t.prefix
                )
            }
            None => format!(
                "repository {} does not exist{}; the push will fail unless a create-on-push template creates it",
                checked.image.repository,
                if checked.registry.is_empty() {
                    String::new()
                } else {
                    format!(" in {}", checked.registry)
                }
            ),
        },
        (Remote::Unreadable(why), _) => format!("{display}: cannot tell: {why}"),
        (Remote::Present(img), Verdict::Unknown) => format!(
            "{display} exists, holding {}, but its mutability is unknown",
            image_text(img)
        ),
        _ => format!("{display}: {}", decision.verdict.as_str()),
    };
    sentence + &notes
}
