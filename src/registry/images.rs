//! Images on the registry: one image with its manifest, re-tagging (private only).

use anyhow::{Context as _, Result};
use aws_smithy_types::error::metadata::ProvideErrorMetadata;

use super::lookup::{self, media_types, LookupError, TagStates};
use super::model::{row_from_private, row_from_public};
use super::{PrivateRegistry, Registry};
use crate::error::aws_error;
use crate::images::ImageRow;
use crate::ui::debug;
use crate::verdict::{left_untagged, TagMove};

/// An image's manifest as the registry gave it.
#[derive(Debug, Clone)]
pub enum Manifest {
    Text {
        body: String,
        media_type: Option<String>,
    },
    /// It could not be read; the text says why.
    Unreadable(String),
    /// ECR Public's API serves no manifests.
    NotServed,
}

/// The image `images tag` copies: its digest and manifest.
#[derive(Debug, Clone)]
pub struct SourceImage {
    pub digest: String,
    pub manifest: String,
    pub media_type: Option<String>,
}

impl Registry {
    /// One image (by tag or digest) and its manifest, read at the same time. The details are
    /// required; the manifest is not (a role may lack ecr:BatchGetImage).
    pub async fn image(&self, name: &str, id: &str, doing: &str) -> Result<(ImageRow, Manifest)> {
        match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => {
                let (details, manifest) = tokio::join!(
                    client
                        .describe_images()
                        .set_registry_id(registry_id.clone())
                        .repository_name(name)
                        .image_ids(image_id!(aws_sdk_ecr, id))
                        .send(),
                    client
                        .batch_get_image()
                        .set_registry_id(registry_id.clone())
                        .repository_name(name)
                        .image_ids(image_id!(aws_sdk_ecr, id))
                        .set_accepted_media_types(Some(media_types()))
                        .send()
                );
                let details = details.map_err(|e| aws_error(doing, e))?;
                let detail = details
                    .image_details()
                    .first()
                    .with_context(|| format!("{doing}: the service returned no image"))?;
                let manifest = match manifest {
                    Ok(out) => match out.images().first() {
                        Some(image) => match image.image_manifest() {
                            Some(text) => Manifest::Text {
                                body: text.to_string(),
                                media_type: image.image_manifest_media_type().map(str::to_string),
                            },
                            None => Manifest::Unreadable("the service returned no manifest".into()),
                        },
                        None => Manifest::Unreadable(format!(
                            "manifest not readable: {}",
                            out.failures()
                                .first()
                                .and_then(|f| f.failure_code())
                                .map(|c| c.as_str())
                                .unwrap_or("no image returned")
                        )),
                    },
                    Err(e) => Manifest::Unreadable(format!(
                        "manifest not readable: {}",
                        e.code().unwrap_or("request failed")
                    )),
                };
                Ok((row_from_private(detail), manifest))
            }
            Registry::Public(client) => {
                let out = client
                    .describe_images()
                    .repository_name(name)
                    .image_ids(image_id!(aws_sdk_ecrpublic, id))
                    .send()
                    .await
                    .map_err(|e| aws_error(doing, e))?;
                let detail = out
                    .image_details()
                    .first()
                    .with_context(|| format!("{doing}: the service returned no image"))?;
                Ok((row_from_public(detail), Manifest::NotServed))
            }
        }
    }
}

/// Why a public repository cannot be re-tagged.
pub const PUBLIC_CANNOT_RETAG: &str =
    "images tag works on private repositories: the ECR Public API cannot read a manifest to re-tag";

/// Re-tagging (`images tag`): private registries only, as the ECR Public API cannot read a
/// manifest.
impl PrivateRegistry {
    /// The state of several tags (see [`lookup::tag_states`]).
    pub async fn tag_states(&self, name: &str, tags: &[String]) -> Result<TagStates, LookupError> {
        lookup::tag_states(&self.client, self.registry_id.clone(), name, tags).await
    }

    /// The image a tag or digest names, with its manifest; `None` when it is not there.
    pub async fn source_image(
        &self,
        name: &str,
        id: &str,
        doing: &str,
    ) -> Result<Option<SourceImage>> {
        let (client, registry_id) = (&self.client, self.registry_id.clone());
        let out = client
            .batch_get_image()
            .set_registry_id(registry_id)
            .repository_name(name)
            .image_ids(image_id!(aws_sdk_ecr, id))
            .set_accepted_media_types(Some(media_types()))
            .send()
            .await
            .map_err(|e| aws_error(doing, e))?;
        let Some(image) = out.images().first() else {
            return Ok(None);
        };
        Ok(Some(SourceImage {
            digest: image
                .image_id()
                .and_then(|i| i.image_digest())
                .ok_or_else(|| incomplete(doing, "imageDigest"))?
                .to_string(),
            manifest: image
                .image_manifest()
                .ok_or_else(|| incomplete(doing, "imageManifest"))?
                .to_string(),
            media_type: image.image_manifest_media_type().map(str::to_string),
        }))
    }

    /// PutImage of a manifest under a tag. The error keeps ECR's code (a write may race).
    pub async fn put_tag(
        &self,
        name: &str,
        image: &SourceImage,
        tag: &str,
    ) -> std::result::Result<crate::writes::Done, (Option<String>, anyhow::Error)> {
        let (client, registry_id) = (&self.client, self.registry_id.clone());
        crate::ui::debug(2, format_args!("PutImage {name}:{tag} -> {}", image.digest));
        let probe = crate::aws::AttemptProbe::default();
        let req = client
            .put_image()
            .set_registry_id(registry_id)
            .repository_name(name)
            .image_manifest(&image.manifest)
            .set_image_manifest_media_type(image.media_type.clone())
            .image_tag(tag)
            .image_digest(&image.digest);
        let result = send_probed!(probe, req);
        let attempts = probe.attempts();
        match result {
            Ok(_) => Ok(crate::writes::Done::Answered),
            // "This tag already points to this image" after a lost answer: that attempt wrote it.
            Err(e)
                if e.code() == Some("ImageAlreadyExistsException")
                    && attempts.earlier_answer_lost() =>
            {
                Ok(crate::writes::Done::FirstAnswerLost)
            }
            Err(e) => {
                let code = e.code().map(str::to_string);
                let err = crate::error::maybe_applied(
                    aws_error(&format!("putting tag {tag}"), e),
                    &attempts,
                    &format!("ecrctl images list {name} --tag {tag}"),
                );
                Err((code, err))
            }
        }
    }
}

/// BatchGetImage answered the image without a field it always carries: the service failed
/// (exit 5), not ecrctl.
fn incomplete(doing: &str, field: &str) -> anyhow::Error {
    crate::error::incomplete_answer(format!(
        "{doing}: ECR answered the source image without its {field}"
    ))
}

/// One referrer of an image (an OCI 1.1 signature, SBOM or attestation).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Referrer {
    pub digest: String,
    /// `signature`, `SBOM`, `attestation` or `referrer`.
    pub kind: &'static str,
    /// The format its artifact type names, when a known one (`cosign`, `Notation`, `SPDX`,
    /// `CycloneDX`, `in-toto`, …).
    pub format: Option<&'static str>,
    pub artifact_type: Option<String>,
    pub media_type: Option<String>,
    pub size: Option<i64>,
}

impl Registry {
    /// The referrers of `digest`: ListImageReferrers (all pages); where the registry does not
    /// answer it, every image of the repository whose subject is `digest` (DescribeImages'
    /// `subjectManifestDigest`, the manifest's `subject`, cosign's tag). `Err` says why neither
    /// worked; ECR Public has no referrers API (`Ok(None)`).
    pub async fn referrers(
        &self,
        name: &str,
        digest: &str,
    ) -> std::result::Result<Option<Vec<Referrer>>, String> {
        let Registry::Private(PrivateRegistry {
            client,
            registry_id,
        }) = self
        else {
            return Ok(None);
        };
        crate::ui::debug(2, format_args!("ListImageReferrers {name}@{digest}"));
        let mut found = Vec::new();
        let mut token: Option<String> = None;
        let listed = loop {
            // A registry without the operation answers an error: no retries for it.
            let answer = client
                .list_image_referrers()
                .set_registry_id(registry_id.clone())
                .repository_name(name)
                .subject_id(
                    aws_sdk_ecr::types::SubjectIdentifier::builder()
                        .image_digest(digest)
                        .build()
                        .map_err(|e| e.to_string())?,
                )
                .set_next_token(token.clone())
                .customize()
                .config_override(
                    aws_sdk_ecr::config::Config::builder()
                        .retry_config(aws_sdk_ecr::config::retry::RetryConfig::disabled()),
                )
                .send()
                .await;
            match answer {
                Ok(out) => {
                    found.extend(out.referrers().iter().map(|r| Referrer {
                        digest: r.digest().to_string(),
                        kind: noun(r.artifact_type(), &[]),
                        format: crate::images::referrer_format(r.artifact_type()),
                        artifact_type: r.artifact_type().map(str::to_string),
                        media_type: Some(r.media_type().to_string()),
                        size: Some(r.size()),
                    }));
                    match out.next_token() {
                        Some(t) => token = Some(t.to_string()),
                        None => break Ok(()),
                    }
                }
                Err(e) => break Err(e.code().unwrap_or("request failed").to_string()),
            }
        };
        if listed.is_ok() {
            sort_referrers(&mut found);
            return Ok(Some(found));
        }
        self.links_of(name, digest).await.map(|(_, r)| Some(r))
    }

    /// One image as the repository's links see it (its indexes, role and subject) and its
    /// referrers, from every image of the repository and the manifests that say the links.
    pub async fn links_of(
        &self,
        name: &str,
        digest: &str,
    ) -> std::result::Result<(Option<ImageRow>, Vec<Referrer>), String> {
        let query = super::ImageQuery {
            tagged: None,
            status: super::ImageStatus::Active,
        };
        let mut rows = self
            .images(name, query)
            .await
            .map_err(|e| crate::error::render(&e))?;
        let read = self
            .read_links(name, &mut rows, super::lifecycle::Links::Referrers)
            .await;
        if read.unread > 0 {
            return Err(format!(
                "links not known: {} manifest(s) could not be read ({})",
                read.unread,
                read.first_error.as_deref().unwrap_or("not returned")
            ));
        }
        let this = rows.iter().find(|r| r.digest == digest).cloned();
        let mut referrers: Vec<Referrer> = rows
            .into_iter()
            .filter(|r| r.subject.as_deref() == Some(digest))
            .map(|r| Referrer {
                kind: noun(r.artifact_type.as_deref(), &r.tags),
                format: crate::images::referrer_format(r.artifact_type.as_deref()),
                digest: r.digest,
                artifact_type: r.artifact_type,
                media_type: r.media_type,
                size: r.size_bytes,
            })
            .collect();
        sort_referrers(&mut referrers);
        Ok((this, referrers))
    }

    /// The images that tag moves leave without a tag and that referrers point at: ECR keeps
    /// such an image until a lifecycle rule for untagged images expires it, and the user
    /// guide's lifecycle page says referrer artifacts "are expired or archived within 24 hours"
    /// of their subject's deletion or archival: a signature or SBOM goes with it. The tags of
    /// an image the moves do not know are read (DescribeImages); a registry that cannot say
    /// (denied, ECR Public, no referrers API) gives nothing to warn about, never an error.
    pub async fn referrers_left_untagged(
        &self,
        name: &str,
        moves: Vec<TagMove>,
    ) -> Vec<(String, Vec<String>, Vec<Referrer>)> {
        let Registry::Private(PrivateRegistry {
            client,
            registry_id,
        }) = self
        else {
            return Vec::new();
        };
        let mut moves = moves;
        for m in moves.iter_mut().filter(|m| m.tags.is_none()) {
            debug(2, format_args!("DescribeImages {name}@{}", m.digest));
            if let Ok(out) = client
                .describe_images()
                .set_registry_id(registry_id.clone())
                .repository_name(name)
                .image_ids(image_id!(aws_sdk_ecr, &m.digest))
                .send()
                .await
            {
                m.tags = out.image_details().first().map(|d| d.image_tags().to_vec());
            }
        }
        let mut found = Vec::new();
        for (digest, moved) in left_untagged(&moves) {
            if let Ok(Some(referrers)) = self.referrers(name, &digest).await {
                if !referrers.is_empty() {
                    found.push((digest, moved, referrers));
                }
            }
        }
        found
    }
}

/// Signatures first, then SBOMs, attestations and the rest; within a kind by artifact type,
/// then digest: a table groups them.
fn sort_referrers(referrers: &mut [Referrer]) {
    use crate::images::kind_rank;
    referrers.sort_by(|a, b| {
        kind_rank(a.kind)
            .cmp(&kind_rank(b.kind))
            .then_with(|| a.artifact_type.cmp(&b.artifact_type))
            .then_with(|| a.digest.cmp(&b.digest))
    });
}

/// `1 signature and 2 SBOMs`: what refers to an image, in a phrase.
pub fn referrers_phrase(referrers: &[Referrer]) -> String {
    let kinds: Vec<&str> = referrers.iter().map(|r| r.kind).collect();
    let counted = crate::images::referrer_counts(&kinds);
    match counted.rsplit_once(", ") {
        Some((head, last)) => format!("{head} and {last}"),
        None => counted,
    }
}

/// `signature` from "a signature".
fn noun(artifact_type: Option<&str>, tags: &[String]) -> &'static str {
    let n = crate::images::referrer_noun(artifact_type, tags);
    n.split_once(' ').map_or(n, |(_, noun)| noun)
}
