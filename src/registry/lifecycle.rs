//! Lifecycle policies on the registry (private repositories only; ECR Public has none), ECR's
//! own asynchronous preview, and the image-index facts the evaluator needs.

use std::collections::HashMap;

use anyhow::Result;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use futures::stream::{self, StreamExt};

use super::Registry;
use crate::error::{aws_error, AppError};
use crate::images::{parse_manifest, ImageRow};
use crate::ui::debug;

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

impl Registry {
    fn lifecycle_client(&self, doing: &str) -> Result<(&aws_sdk_ecr::Client, &Option<String>)> {
        match self {
            Registry::Private {
                client,
                registry_id,
            } => Ok((client, registry_id)),
            Registry::Public(_) => Err(AppError::usage(format!(
                "{doing}: ECR Public repositories have no lifecycle policies"
            ))
            .into()),
        }
    }

    /// PutLifecyclePolicy with the text as given.
    pub async fn set_lifecycle_policy(&self, name: &str, text: &str) -> Result<()> {
        let doing = format!("setting the lifecycle policy of {name}");
        let (client, registry_id) = self.lifecycle_client(&doing)?;
        debug(2, format_args!("PutLifecyclePolicy {name}"));
        client
            .put_lifecycle_policy()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .lifecycle_policy_text(text)
            .send()
            .await
            .map(|_| ())
            .map_err(|e| aws_error(&doing, e))
    }

    /// DeleteLifecyclePolicy; `false` when there was none.
    pub async fn delete_lifecycle_policy(&self, name: &str) -> Result<bool> {
        let doing = format!("deleting the lifecycle policy of {name}");
        let (client, registry_id) = self.lifecycle_client(&doing)?;
        match client
            .delete_lifecycle_policy()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .send()
            .await
        {
            Ok(_) => Ok(true),
            Err(e) if e.code() == Some("LifecyclePolicyNotFoundException") => Ok(false),
            Err(e) => Err(aws_error(&doing, e)),
        }
    }

    /// StartLifecyclePolicyPreview of `text` (ECR runs one preview at a time per repository).
    pub async fn start_lifecycle_preview(&self, name: &str, text: &str) -> Result<()> {
        let doing = format!("starting ECR's lifecycle preview of {name}");
        let (client, registry_id) = self.lifecycle_client(&doing)?;
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
        let (client, registry_id) = self.lifecycle_client(&doing)?;
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

    /// Mark the images that an image index of the repository lists (its platform images and
    /// attestations), reading the indexes' manifests 100 at a time. Returns a warning when
    /// the manifests could not be read (the marks are then missing, and says so).
    pub async fn mark_index_children(&self, name: &str, rows: &mut [ImageRow]) -> Option<String> {
        let Registry::Private {
            client,
            registry_id,
        } = self
        else {
            return None;
        };
        let indexes: Vec<String> = rows
            .iter()
            .filter(|r| {
                r.media_type
                    .as_deref()
                    .is_some_and(|m| m.contains("index") || m.contains("manifest.list"))
            })
            .map(|r| r.digest.clone())
            .collect();
        if indexes.is_empty() {
            return None;
        }
        debug(
            2,
            format_args!("BatchGetImage {name} ({} image index(es))", indexes.len()),
        );
        let answers: Vec<_> = stream::iter(indexes.chunks(100))
            .map(|chunk| {
                client
                    .batch_get_image()
                    .set_registry_id(registry_id.clone())
                    .repository_name(name)
                    .set_image_ids(Some(
                        chunk.iter().map(|d| image_id!(aws_sdk_ecr, d)).collect(),
                    ))
                    .set_accepted_media_types(Some(super::lookup::media_types()))
                    .send()
            })
            .buffer_unordered(4)
            .collect()
            .await;
        let mut children: HashMap<String, (Vec<String>, &'static str)> = HashMap::new();
        let mut unread = 0;
        for answer in answers {
            let Ok(out) = answer else {
                unread += 1;
                continue;
            };
            for image in out.images() {
                let (Some(text), Some(index)) = (
                    image.image_manifest(),
                    image.image_id().and_then(|i| i.image_digest()),
                ) else {
                    continue;
                };
                let Ok(summary) = parse_manifest(text, image.image_manifest_media_type()) else {
                    continue;
                };
                for p in summary.platforms {
                    let role = if p.attestation_of.is_some() {
                        "attestation"
                    } else {
                        "platform"
                    };
                    let entry = children.entry(p.digest).or_insert((Vec::new(), role));
                    entry.0.push(index.to_string());
                }
            }
        }
        for row in rows.iter_mut() {
            if let Some((by, role)) = children.get(&row.digest) {
                row.indexed_by = by.clone();
                row.indexed_by.sort();
                row.role = Some(role);
            }
        }
        (unread > 0).then(|| {
            format!("warning: could not read the image indexes of {name} (ecr:BatchGetImage): their platform images and attestations are not marked")
        })
    }
}
