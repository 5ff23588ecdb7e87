//! The state of tags in a private repository, as check-push and `images tag` need it.

use std::collections::HashMap;

use aws_sdk_ecr::types::ImageIdentifier;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use futures::future::join_all;
use serde_json::Value;

use crate::error::{aws_error, codes};
use crate::ui::debug;
use crate::verdict::{Remote, RemoteImage};

/// Manifest types BatchGetImage may return; without them ECR may convert the manifest.
pub const MEDIA_TYPES: &[&str] = &[
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.distribution.manifest.v1+prettyjws",
];

pub fn media_types() -> Vec<String> {
    MEDIA_TYPES.iter().map(|m| m.to_string()).collect()
}

/// What the registry says of each requested tag.
#[derive(Debug, Default)]
pub struct TagStates {
    pub remotes: HashMap<String, Remote>,
    /// What could not be read cleanly, said once.
    pub notes: Vec<String>,
}

impl TagStates {
    /// (tag, digest) of the tags that exist.
    pub fn found(&self) -> Vec<(String, String)> {
        self.remotes
            .iter()
            .filter_map(|(t, r)| match r {
                Remote::Present(img) if !img.digest.is_empty() => {
                    Some((t.clone(), img.digest.clone()))
                }
                _ => None,
            })
            .collect()
    }
}

/// Why the tags could not be looked up at all.
#[derive(Debug)]
pub enum LookupError {
    RepositoryMissing,
    Denied,
    Failed(anyhow::Error),
}

/// Look up `tags` with BatchGetImage, 100 at a time and concurrently. A tag the answer leaves
/// out (the emulator answers one image for two tags that share it) is asked alone, so every
/// tag ends up present, absent or noted.
pub async fn tag_states(
    client: &aws_sdk_ecr::Client,
    registry_id: Option<String>,
    repo: &str,
    tags: &[String],
) -> Result<TagStates, LookupError> {
    debug(
        2,
        format_args!("BatchGetImage {repo} ({} tag(s))", tags.len()),
    );
    let mut states = TagStates::default();
    let answers = join_all(
        tags.chunks(100)
            .map(|chunk| batch_get(client, registry_id.clone(), repo, chunk)),
    )
    .await;
    for (chunk, answer) in tags.chunks(100).zip(answers) {
        apply(&answer?, chunk, &mut states);
    }
    let unanswered: Vec<String> = tags
        .iter()
        .filter(|t| !states.remotes.contains_key(*t))
        .cloned()
        .collect();
    if !unanswered.is_empty() {
        debug(
            2,
            format_args!(
                "BatchGetImage {repo}: {} tag(s) asked alone",
                unanswered.len()
            ),
        );
        let alone = join_all(
            unanswered
                .iter()
                .map(|t| batch_get(client, registry_id.clone(), repo, std::slice::from_ref(t))),
        )
        .await;
        for (tag, answer) in unanswered.iter().zip(alone) {
            apply(&answer?, std::slice::from_ref(tag), &mut states);
            // Asked alone and still neither an image nor a failure: the answer says nothing,
            // so the tag is unknown (taking it as absent made a conflict `new`).
            if !states.remotes.contains_key(tag) {
                let note = format!(
                    "tag {tag}: BatchGetImage answered neither an image nor a failure for it"
                );
                states.notes.push(format!("{note}; its state is unknown"));
                states.remotes.insert(tag.clone(), Remote::Unreadable(note));
            }
        }
    }
    Ok(states)
}

async fn batch_get(
    client: &aws_sdk_ecr::Client,
    registry_id: Option<String>,
    repo: &str,
    tags: &[String],
) -> Result<aws_sdk_ecr::operation::batch_get_image::BatchGetImageOutput, LookupError> {
    client
        .batch_get_image()
        .set_registry_id(registry_id)
        .repository_name(repo)
        .set_image_ids(Some(
            tags.iter()
                .map(|t| ImageIdentifier::builder().image_tag(t).build())
                .collect(),
        ))
        .set_accepted_media_types(Some(media_types()))
        .send()
        .await
        .map_err(|e| {
            if codes::repository_not_found(e.code()) {
                LookupError::RepositoryMissing
            } else if codes::denied(e.code()) {
                LookupError::Denied
            } else {
                LookupError::Failed(aws_error(&format!("looking up tags in {repo}"), e))
            }
        })
}

/// What one BatchGetImage answer says of the tags it was asked. Failures other than
/// ImageNotFound (an archived image answers ImageInaccessible) still hold the tag, and are
/// noted.
fn apply(
    out: &aws_sdk_ecr::operation::batch_get_image::BatchGetImageOutput,
    asked: &[String],
    states: &mut TagStates,
) {
    for image in out.images() {
        let Some(id) = image.image_id() else { continue };
        let Some(digest) = id.image_digest() else {
            continue;
        };
        let remote = RemoteImage {
            digest: digest.to_string(),
            config_digest: image.image_manifest().and_then(config_digest),
            ..Default::default()
        };
        // The requested tag, or the only one asked (an image listed under another of its
        // tags still answers a lone question).
        let tag = id
            .image_tag()
            .filter(|t| asked.iter().any(|x| x == t))
            .or_else(|| (asked.len() == 1).then(|| asked[0].as_str()));
        if let Some(tag) = tag {
            states
                .remotes
                .insert(tag.to_string(), Remote::Present(remote));
        }
    }
    for failure in out.failures() {
        let Some(tag) = failure.image_id().and_then(|i| i.image_tag()) else {
            continue;
        };
        let code = failure.failure_code().map(|c| c.as_str()).unwrap_or("");
        let remote = if code == "ImageNotFound" {
            Remote::Absent
        } else {
            states.notes.push(format!(
                "tag {tag}: {code}{}; counted as existing",
                failure
                    .failure_reason()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default()
            ));
            Remote::Present(RemoteImage {
                archived: true,
                ..Default::default()
            })
        };
        states.remotes.insert(tag.to_string(), remote);
    }
}

/// The config digest of a single-platform manifest.
pub fn config_digest(manifest: &str) -> Option<String> {
    let v: Value = serde_json::from_str(manifest).ok()?;
    v.pointer("/config/digest")?.as_str().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_digest_of_a_manifest() {
        assert_eq!(
            config_digest(r#"{"config":{"digest":"sha256:1"}}"#).as_deref(),
            Some("sha256:1")
        );
        assert_eq!(config_digest(r#"{"manifests":[]}"#), None);
        assert_eq!(config_digest("not json"), None);
    }
}
