//! Lifecycle policies on the registry (private repositories only; ECR Public has none), ECR's
//! own asynchronous preview, and the image-index facts the evaluator needs.

use std::collections::HashMap;

use anyhow::Result;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use futures::stream::{self, StreamExt};

use super::{without_document, PrivateRegistry, Registry};
use crate::aws::AttemptProbe;
use crate::error::{aws_error, maybe_applied};
use crate::images::{parse_manifest, ImageRow, ManifestSummary};
use crate::ui::debug;
use crate::writes::{Done, Write};

/// Why a public repository has no lifecycle operations (what the lifecycle commands say).
pub const PUBLIC_HAS_NONE: &str =
    "ECR Public repositories have no lifecycle policies: lifecycle works on private repositories";

/// One image of ECR's preview: what ECR's next run would do to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerVerdict {
    pub digest: String,
    /// `expire` or `transition`.
    pub action: String,
    pub rule: Option<i32>,
}

/// Where ECR's preview stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PreviewState {
    Running,
    Done(Vec<ServerVerdict>),
    /// FAILED or EXPIRED, as ECR said it.
    Failed(String),
}

impl PrivateRegistry {
    /// The lifecycle policy's text; `None` when there is none .
    pub async fn lifecycle_policy(&self, name: &str) -> Result<Option<String>> {
        let doing = format!("reading the lifecycle policy of {name}");
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        match client
            .get_lifecycle_policy()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .send()
            .await
        {
            Ok(o) => match o.lifecycle_policy_text() {
                Some(text) => Ok(Some(text.to_string())),
                None => Err(without_document(&doing, "the lifecycle policy text")),
            },
            Err(e) if e.code() == Some("LifecyclePolicyNotFoundException") => Ok(None),
            Err(e) => Err(aws_error(&doing, e)),
        }
    }

    /// PutLifecyclePolicy with the text as given.
    pub async fn set_lifecycle_policy(&self, name: &str, text: &str) -> Result<()> {
        let doing = format!("setting the lifecycle policy of {name}");
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        debug(2, format_args!("PutLifecyclePolicy {name}"));
        let probe = AttemptProbe::default();
        client
            .put_lifecycle_policy()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .lifecycle_policy_text(text)
            .customize()
            .interceptor(probe.clone())
            .send()
            .await
            .map(|_| ())
            .map_err(|e| {
                maybe_applied(
                    aws_error(&doing, e),
                    &probe.attempts(),
                    &format!("ecrctl lifecycle get {name}"),
                )
            })
    }

    /// DeleteLifecyclePolicy; `None` when there was none (a retry answered "no policy" after
    /// an attempt whose answer was lost is this deletion).
    pub async fn delete_lifecycle_policy(&self, name: &str) -> Result<Option<Done>> {
        let doing = format!("deleting the lifecycle policy of {name}");
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        let probe = AttemptProbe::default();
        let result = client
            .delete_lifecycle_policy()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .customize()
            .interceptor(probe.clone())
            .send()
            .await;
        let attempts = probe.attempts();
        match result {
            Ok(_) => Ok(Some(Done::Answered)),
            Err(e) if Write::DeleteLifecyclePolicy.done_by_lost_attempt(e.code(), &attempts) => {
                Ok(Some(Done::FirstAnswerLost))
            }
            Err(e) if e.code() == Some("LifecyclePolicyNotFoundException") => Ok(None),
            Err(e) => Err(maybe_applied(
                aws_error(&doing, e),
                &attempts,
                &format!("ecrctl lifecycle get {name}"),
            )),
        }
    }

    /// StartLifecyclePolicyPreview of `text` (ECR runs one preview at a time per repository).
    pub async fn start_lifecycle_preview(&self, name: &str, text: &str) -> Result<()> {
        let doing = format!("starting ECR's lifecycle preview of {name}");
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        client
            .start_lifecycle_policy_preview()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .lifecycle_policy_text(text)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| aws_error(&doing, e))
    }

    /// GetLifecyclePolicyPreview, every page once it is complete.
    pub async fn lifecycle_preview(&self, name: &str) -> Result<PreviewState> {
        use aws_sdk_ecr::types::LifecyclePolicyPreviewStatus as S;
        let doing = format!("reading ECR's lifecycle preview of {name}");
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        let mut pages = client
            .get_lifecycle_policy_preview()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .max_results(100)
            .into_paginator()
            .send();
        let mut verdicts = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| aws_error(&doing, e))?;
            match page.status() {
                Some(S::Complete) => {}
                Some(S::InProgress) | None => return Ok(PreviewState::Running),
                Some(other) => return Ok(PreviewState::Failed(other.as_str().to_string())),
            }
            for r in page.preview_results() {
                verdicts.push(ServerVerdict {
                    digest: r.image_digest().unwrap_or_default().to_string(),
                    action: r
                        .action()
                        .and_then(|a| a.r#type())
                        .map(|t| t.as_str().to_ascii_lowercase())
                        .unwrap_or_else(|| "expire".into()),
                    rule: r.applied_rule_priority(),
                });
            }
        }
        Ok(PreviewState::Done(verdicts))
    }
}

impl Registry {
    /// Read the links between the repository's images: the manifests each image index lists
    /// (platform images, attestations, nested indexes) and, with `Links::Referrers`, the
    /// subject of every image that DescribeImages did not describe as a plain image (an OCI 1.1
    /// signature or SBOM may hide there, tagged or not), reading manifests 100 at a time. Says how many manifests it wanted
    /// and could not read: a caller that deletes must not go on then.
    pub async fn read_links(&self, name: &str, rows: &mut [ImageRow], links: Links) -> LinksRead {
        let Registry::Private(PrivateRegistry {
            client,
            registry_id,
        }) = self
        else {
            return LinksRead::default();
        };
        mark_cosign_subjects(rows);
        let wanted: Vec<String> = rows
            .iter()
            .filter(|r| r.is_index() || (links == Links::Referrers && may_refer(r)))
            .map(|r| r.digest.clone())
            .collect();
        if wanted.is_empty() {
            return LinksRead::default();
        }
        debug(
            2,
            format_args!(
                "BatchGetImage {name} ({} manifest(s) for their links)",
                wanted.len()
            ),
        );
        let answers: Vec<_> = stream::iter(wanted.chunks(100))
            .map(|chunk| async move {
                let answer = client
                    .batch_get_image()
                    .set_registry_id(registry_id.clone())
                    .repository_name(name)
                    .set_image_ids(Some(
                        chunk.iter().map(|d| image_id!(aws_sdk_ecr, d)).collect(),
                    ))
                    .set_accepted_media_types(Some(super::lookup::media_types()))
                    .send()
                    .await;
                (chunk, answer)
            })
            .buffer_unordered(4)
            .collect()
            .await;
        let mut read = LinksRead::default();
        let mut manifests: HashMap<String, ManifestSummary> = HashMap::new();
        let mut gone = std::collections::HashSet::new();
        for (chunk, answer) in answers {
            match answer {
                Ok(out) => {
                    for image in out.images() {
                        let (Some(text), Some(digest)) = (
                            image.image_manifest(),
                            image.image_id().and_then(|i| i.image_digest()),
                        ) else {
                            continue;
                        };
                        if let Ok(summary) = parse_manifest(text, image.image_manifest_media_type())
                        {
                            manifests.insert(digest.to_string(), summary);
                        }
                    }
                    // Deleted meanwhile (another prune): it needs nothing kept, and what it
                    // listed is no longer held by it. When every failure of the answer says
                    // so, every manifest it did not return is gone (some registries do not
                    // name the image in the failure).
                    let codes: Vec<&str> = out
                        .failures()
                        .iter()
                        .map(|f| f.failure_code().map(|c| c.as_str()).unwrap_or("failed"))
                        .collect();
                    if codes.iter().all(|c| *c == "ImageNotFound") {
                        gone.extend(
                            chunk
                                .iter()
                                .filter(|d| !manifests.contains_key(*d))
                                .cloned(),
                        );
                    } else if let Some(code) = codes.iter().find(|c| **c != "ImageNotFound") {
                        read.first_error.get_or_insert(code.to_string());
                    }
                }
                Err(e) => {
                    read.first_error
                        .get_or_insert(e.code().unwrap_or("request failed").to_string());
                    read.denied |= crate::error::codes::denied(e.code());
                }
            }
            read.unread += chunk
                .iter()
                .filter(|d| !manifests.contains_key(*d) && !gone.contains(*d))
                .count();
        }
        link_rows(rows, &manifests);
        read
    }
}

/// How much of the links between images to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// What image indexes list: enough to tell a platform image from garbage in a listing.
    Indexes,
    /// Also every referrer's subject: what a cleanup needs.
    Referrers,
}

/// What [`Registry::read_links`] could not read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinksRead {
    /// Manifests it needed and did not get.
    pub unread: usize,
    /// The first error code (of a call or of a per-image failure).
    pub first_error: Option<String>,
    pub denied: bool,
}

impl LinksRead {
    /// The warning a listing or preview prints, if anything was not read.
    pub fn warning(&self, name: &str) -> Option<String> {
        (self.unread > 0).then(|| {
            format!(
                "warning: could not read {} manifest(s) of {name} ({}; ecr:BatchGetImage): which images are platform images of an index or signatures of another image is not known for them",
                self.unread,
                self.first_error.as_deref().unwrap_or("not returned")
            )
        })
    }
}

/// Whether an image may be a referrer whose subject DescribeImages did not say: ECR names the
/// subject (`subjectManifestDigest`) and the artifact type of every image, so only an image it
/// left undescribed (an emulator, an older registry) needs its manifest read, and of those only
/// OCI manifests: a Docker schema 2 manifest has no `subject` field.
fn may_refer(r: &ImageRow) -> bool {
    const IMAGE_CONFIGS: [&str; 2] = [
        "application/vnd.docker.container.image.v1+json",
        "application/vnd.oci.image.config.v1+json",
    ];
    let docker = r
        .media_type
        .as_deref()
        .is_some_and(|m| m.starts_with("application/vnd.docker.distribution.manifest"));
    r.media_type.is_none()
        || (!docker
            && r.subject.is_none()
            && r.artifact_type
                .as_deref()
                .is_none_or(|t| !IMAGE_CONFIGS.contains(&t)))
}

/// Cosign's tag scheme: `sha256-<hex>.sig` names its subject, when that image is here.
fn mark_cosign_subjects(rows: &mut [ImageRow]) {
    let here: std::collections::HashSet<String> = rows.iter().map(|r| r.digest.clone()).collect();
    for row in rows.iter_mut().filter(|r| r.subject.is_none()) {
        row.subject = row
            .tags
            .iter()
            .filter_map(|t| crate::images::cosign_subject(t))
            .find(|s| here.contains(s) && *s != row.digest);
    }
}

/// Set each row's indexes, role and subject from the manifests read.
fn link_rows(rows: &mut [ImageRow], manifests: &HashMap<String, ManifestSummary>) {
    let indexes: std::collections::HashSet<String> = rows
        .iter()
        .filter(|r| r.is_index() || manifests.get(&r.digest).is_some_and(|m| m.is_index()))
        .map(|r| r.digest.clone())
        .collect();
    let mut children: HashMap<&str, (Vec<String>, &'static str)> = HashMap::new();
    for (index, summary) in manifests {
        for p in &summary.platforms {
            let role = if p.attestation_of.is_some() {
                "attestation"
            } else if indexes.contains(&p.digest) {
                "index"
            } else {
                "platform"
            };
            let entry = children
                .entry(p.digest.as_str())
                .or_insert((Vec::new(), role));
            entry.0.push(index.clone());
        }
    }
    for row in rows.iter_mut() {
        if let Some((by, role)) = children.get(row.digest.as_str()) {
            row.indexed_by = by.clone();
            row.indexed_by.sort();
            row.indexed_by.dedup();
            row.role = Some(role);
        }
        if let Some(m) = manifests.get(&row.digest) {
            if row.subject.is_none() {
                row.subject = m.subject.clone();
            }
            if row.artifact_type.is_none() {
                row.artifact_type = m.artifact_type.clone();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(digest: &str, tags: &[&str], media: &str) -> ImageRow {
        ImageRow {
            digest: digest.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            media_type: Some(media.into()),
            ..Default::default()
        }
    }

    #[test]
    fn links_of_nested_indexes_and_referrers() {
        const INDEX: &str = "application/vnd.oci.image.index.v1+json";
        const IMAGE: &str = "application/vnd.oci.image.manifest.v1+json";
        let hex = "a".repeat(64);
        let outer = format!("sha256:{hex}");
        let mut rows = vec![
            row(&outer, &["v1"], INDEX),
            row("sha256:inner", &[], INDEX),
            row("sha256:amd", &[], IMAGE),
            row("sha256:sig", &[], IMAGE),
            row("sha256:cosign", &[&format!("sha256-{hex}.sig")], IMAGE),
        ];
        let parse = |t: &str| parse_manifest(t, None).unwrap();
        let manifests: HashMap<String, ManifestSummary> = [
            (outer.clone(), parse(r#"{"manifests":[{"digest":"sha256:inner","platform":{"os":"linux","architecture":"amd64"}}]}"#)),
            ("sha256:inner".to_string(), parse(r#"{"manifests":[{"digest":"sha256:amd","platform":{"os":"linux","architecture":"amd64"}}]}"#)),
            ("sha256:sig".to_string(), parse(&format!(r#"{{"artifactType":"application/vnd.dev.cosign.artifact.sig.v1+json","layers":[],"subject":{{"digest":"{outer}"}}}}"#))),
        ]
        .into_iter()
        .collect();
        mark_cosign_subjects(&mut rows);
        link_rows(&mut rows, &manifests);
        assert_eq!(rows[1].indexed_by, std::slice::from_ref(&outer));
        assert_eq!(rows[1].role, Some("index"));
        assert_eq!(rows[2].indexed_by, ["sha256:inner"]);
        assert_eq!(rows[2].role, Some("platform"));
        assert_eq!(rows[3].subject.as_deref(), Some(outer.as_str()));
        assert!(rows[3].artifact_type.as_deref().unwrap().contains("cosign"));
        assert_eq!(rows[4].subject.as_deref(), Some(outer.as_str()));
        assert_eq!(rows[0].subject, None);
    }
}
