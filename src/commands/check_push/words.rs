//! Each check-push decision said as a sentence: what the tag is, what the push will do, what
//! to do about it.

use super::Checked;
use crate::images::short_digest;
use crate::registry::push_state::RepoState;
use crate::time::age;
use crate::verdict::{Decision, Remote, RemoteImage, Verdict};

/// What a sentence is built from.
struct Words<'a> {
    checked: &'a Checked,
    decision: &'a Decision,
    /// `myapp:v1`.
    display: String,
    /// "a mutable tag", "an immutable tag (it matches exclusion filter 'dev-*')".
    rule: String,
    now: i64,
}

impl Words<'_> {
    /// "sha256:abc… (pushed 3 days ago, archived)".
    fn image(&self, img: &RemoteImage) -> String {
        let mut facts = Vec::new();
        if let Some(t) = img.pushed_at {
            facts.push(format!("pushed {}", age(self.now - t)));
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
    }

    fn immutable(&self) -> bool {
        self.decision.immutable == Some(true)
    }

    fn unchanged(&self, img: &RemoteImage) -> String {
        let display = &self.display;
        if self.decision.same_content {
            return format!(
                "{display} already holds the same image content (config {}) under another manifest digest, {}; skip the push: {}",
                self.checked
                    .local
                    .config_digest
                    .as_deref()
                    .map(short_digest)
                    .unwrap_or_default(),
                self.image(img),
                if self.immutable() {
                    "pushing the new manifest to this immutable tag would be refused"
                } else {
                    "pushing would only swap in an equivalent manifest"
                }
            );
        }
        let extra = if self.immutable() {
            "; skip the push (docker push fails on an existing immutable tag even for the same image)"
        } else {
            "; skip the push"
        };
        format!(
            "{display} already holds the local image, {}{extra}",
            self.image(img)
        )
    }

    fn overwrite(&self, img: &RemoteImage, tag: &str) -> String {
        let others = img
            .tags
            .as_ref()
            .map(|t| t.iter().filter(|x| *x != tag).cloned().collect::<Vec<_>>());
        let fate = match (self.decision.old_becomes_untagged, others) {
            (Some(true), _) => "; the old image will be left untagged".to_string(),
            (_, Some(o)) if !o.is_empty() => {
                format!("; the old image keeps tags {}", o.join(", "))
            }
            _ => String::new(),
        };
        let unknown_local = if self.checked.local.is_known() {
            ""
        } else {
            " (the local image is unknown: it may be the same one)"
        };
        format!(
            "{} exists and is {}: the push will move it off {}{fate}{unknown_local}",
            self.display,
            self.rule,
            self.image(img)
        )
    }

    fn conflict(&self, img: &RemoteImage) -> String {
        let why = if self.checked.local.is_known() {
            "it holds a different image"
        } else {
            "the local image is unknown (pass --digest, --oci-layout, --metadata-file or --docker to detect an unchanged image)"
        };
        format!(
            "{} already exists and is {}, holding {}; the push will be refused: {why}",
            self.display,
            self.rule,
            self.image(img)
        )
    }

    fn repository_missing(&self, state: &RepoState) -> String {
        let repository = &self.checked.image.repository;
        match &state.template {
            Some(t) => {
                let m = t
                    .mutability
                    .as_ref()
                    .map(|m| m.describe())
                    .unwrap_or_else(|| "mutable".into());
                format!(
                    "repository {repository} does not exist; create-on-push template '{}' will create it with tags {m}",
                    t.prefix
                )
            }
            None => {
                let registry = &self.checked.registry;
                let where_ = if registry.is_empty() {
                    String::new()
                } else {
                    format!(" in {registry}")
                };
                format!(
                    "repository {repository} does not exist{where_}; the push will fail unless a create-on-push template creates it"
                )
            }
        }
    }
}

/// The sentence for one checked reference.
pub(super) fn message(
    checked: &Checked,
    decision: &Decision,
    remote: &Remote,
    state: &RepoState,
    now: i64,
) -> String {
    let tag = checked.image.tag_or_latest();
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
    let w = Words {
        checked,
        decision,
        display: format!("{}:{tag}", checked.image.repository),
        rule: format!("{kind}{filter_note}"),
        now,
    };
    let display = &w.display;
    let sentence = match (remote, decision.verdict) {
        (_, Verdict::New) => format!(
            "{display} does not exist; the push will create it as {}",
            w.rule
        ),
        (Remote::Present(img), Verdict::Unchanged) => w.unchanged(img),
        (Remote::Present(img), Verdict::Overwrite) => w.overwrite(img, tag),
        (Remote::Present(img), Verdict::Conflict) => w.conflict(img),
        (_, Verdict::RepositoryMissing) => w.repository_missing(state),
        (Remote::Unreadable(why), _) => format!("{display}: cannot tell: {why}"),
        (Remote::Present(img), Verdict::Unknown) => format!(
            "{display} exists, holding {}, but its mutability is unknown",
            w.image(img)
        ),
        _ => format!("{display}: {}", decision.verdict.as_str()),
    };
    // A note the sentence already says (why this tag cannot be told) is not repeated.
    let notes: Vec<&str> = state
        .notes
        .iter()
        .map(String::as_str)
        .filter(|n| !matches!(remote, Remote::Unreadable(why) if n.starts_with(why.as_str())))
        .collect();
    if notes.is_empty() {
        sentence
    } else {
        format!("{sentence} [{}]", notes.join("; "))
    }
}
