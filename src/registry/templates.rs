//! Repository creation templates (private registries): list, create, update, delete.

use std::collections::BTreeMap;

use anyhow::Result;
use aws_sdk_ecr::types::{
    EncryptionConfigurationForRepositoryCreationTemplate, EncryptionType, ImageTagMutability,
    RctAppliedFor, Tag,
};
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use serde::Serialize;
use serde_json::Value;

use super::model::rfc3339;
use crate::aws::AttemptProbe;
use crate::error::{aws_error, maybe_applied, AppError, Exit};
use crate::mutability::Mutability;
use crate::writes::{Done, Write};

/// A template as ecrctl shows it.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateInfo {
    pub prefix: String,
    pub description: Option<String>,
    pub applied_for: Vec<String>,
    pub tag_mutability: Option<String>,
    pub exclusion_filters: Vec<String>,
    pub encryption: Option<String>,
    pub kms_key: Option<String>,
    pub tags: BTreeMap<String, String>,
    pub repository_policy: Option<Value>,
    pub lifecycle_policy: Option<Value>,
    pub custom_role_arn: Option<String>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
}

/// What a create or update sends (`None`: not given; an update leaves it as it is).
#[derive(Debug, Clone, Default)]
pub struct TemplateSpec {
    pub description: Option<String>,
    /// `CREATE_ON_PUSH`, `PULL_THROUGH_CACHE`, `REPLICATION`.
    pub applied_for: Option<Vec<String>>,
    pub mutability: Option<Mutability>,
    pub kms_key: Option<String>,
    pub tags: Option<Vec<(String, String)>>,
    pub repository_policy: Option<String>,
    pub lifecycle_policy: Option<String>,
    pub role_arn: Option<String>,
}

fn document(text: Option<&str>) -> Option<Value> {
    text.filter(|t| !t.is_empty())
        .map(|t| serde_json::from_str(t).unwrap_or_else(|_| Value::String(t.to_string())))
}

fn info(t: &aws_sdk_ecr::types::RepositoryCreationTemplate) -> TemplateInfo {
    TemplateInfo {
        prefix: t.prefix().unwrap_or_default().to_string(),
        description: t
            .description()
            .filter(|d| !d.is_empty())
            .map(str::to_string),
        applied_for: t
            .applied_for()
            .iter()
            .map(|a| a.as_str().to_string())
            .collect(),
        tag_mutability: t.image_tag_mutability().map(|m| m.as_str().to_string()),
        exclusion_filters: t
            .image_tag_mutability_exclusion_filters()
            .iter()
            .map(|f| f.filter().to_string())
            .collect(),
        encryption: t
            .encryption_configuration()
            .map(|e| e.encryption_type().as_str().to_string()),
        kms_key: t
            .encryption_configuration()
            .and_then(|e| e.kms_key())
            .map(str::to_string),
        tags: t
            .resource_tags()
            .iter()
            .map(|t| (t.key().to_string(), t.value().to_string()))
            .collect(),
        repository_policy: document(t.repository_policy()),
        lifecycle_policy: document(t.lifecycle_policy()),
        custom_role_arn: t.custom_role_arn().map(str::to_string),
        created_at: t.created_at().map(rfc3339),
        updated_at: t.updated_at().map(rfc3339),
    }
}

macro_rules! template_request {
    ($req:expr, $spec:expr) => {{
        let spec: &TemplateSpec = $spec;
        let mut req = $req.set_description(spec.description.clone());
        if let Some(applied) = &spec.applied_for {
            req = req.set_applied_for(Some(
                applied
                    .iter()
                    .map(|a| RctAppliedFor::from(a.as_str()))
                    .collect(),
            ));
        }
        if let Some(m) = &spec.mutability {
            req = req
                .image_tag_mutability(ImageTagMutability::from(m.mode.as_api()))
                .set_image_tag_mutability_exclusion_filters(super::settings::exclusion_filters(m)?);
        }
        if let Some(key) = &spec.kms_key {
            req = req.encryption_configuration(
                EncryptionConfigurationForRepositoryCreationTemplate::builder()
                    .encryption_type(EncryptionType::Kms)
                    .kms_key(key)
                    .build()?,
            );
        }
        if let Some(tags) = &spec.tags {
            req = req.set_resource_tags(Some(
                tags.iter()
                    .map(|(k, v)| Tag::builder().key(k).value(v).build())
                    .collect::<Result<Vec<_>, _>>()?,
            ));
        }
        req.set_repository_policy(spec.repository_policy.clone())
            .set_lifecycle_policy(spec.lifecycle_policy.clone())
            .set_custom_role_arn(spec.role_arn.clone())
    }};
}

/// Every template of the caller's registry (all pages), or those with these prefixes.
pub async fn list(client: &aws_sdk_ecr::Client, prefix: Option<&str>) -> Result<Vec<TemplateInfo>> {
    let doing = "reading repository creation templates";
    let mut pages = client
        .describe_repository_creation_templates()
        .set_prefixes(prefix.map(|p| vec![p.to_string()]))
        .into_paginator()
        .send();
    let mut out = Vec::new();
    while let Some(page) = pages.next().await {
        match page {
            Ok(page) => out.extend(page.repository_creation_templates().iter().map(info)),
            Err(e) if e.code() == Some("TemplateNotFoundException") => return Ok(Vec::new()),
            Err(e) => return Err(aws_error(doing, e)),
        }
    }
    Ok(out)
}

pub async fn create(
    client: &aws_sdk_ecr::Client,
    prefix: &str,
    spec: &TemplateSpec,
) -> Result<(TemplateInfo, Done)> {
    let doing = format!("creating the repository creation template {prefix}");
    let req = template_request!(
        client.create_repository_creation_template().prefix(prefix),
        spec
    );
    let probe = AttemptProbe::default();
    let result = send_probed!(probe, req);
    let attempts = probe.attempts();
    if let Err(e) = &result {
        if Write::CreateTemplate.done_by_lost_attempt(e.code(), &attempts) {
            let made = list(client, Some(prefix)).await?;
            let t = made.into_iter().find(|t| t.prefix == prefix).ok_or_else(|| {
                crate::error::incomplete_answer(format!("{doing}: a retry after a lost answer said it exists, yet it cannot be read back"))
            })?;
            return Ok((t, Done::FirstAnswerLost));
        }
    }
    let out = result.map_err(|e| {
        let exists = e.code() == Some("TemplateAlreadyExistsException");
        let err = maybe_applied(
            aws_error(&doing, e),
            &attempts,
            &format!("ecrctl template show {prefix}"),
        );
        if exists {
            AppError::new(Exit::Conflict, crate::error::render(&err))
                .with_hint(format!(
                    "change it with `ecrctl template update {prefix} …`"
                ))
                .into()
        } else {
            err
        }
    })?;
    out.repository_creation_template()
        .map(|t| (info(t), Done::Answered))
        .ok_or_else(|| {
            crate::error::incomplete_answer(format!("{doing}: the answer held no template"))
        })
}

pub async fn update(
    client: &aws_sdk_ecr::Client,
    prefix: &str,
    spec: &TemplateSpec,
) -> Result<TemplateInfo> {
    let doing = format!("updating the repository creation template {prefix}");
    let req = template_request!(
        client.update_repository_creation_template().prefix(prefix),
        spec
    );
    let out = req.send().await.map_err(|e| not_found(e, prefix, &doing))?;
    out.repository_creation_template().map(info).ok_or_else(|| {
        crate::error::incomplete_answer(format!("{doing}: the answer held no template"))
    })
}

pub async fn delete(client: &aws_sdk_ecr::Client, prefix: &str) -> Result<Done> {
    let doing = format!("deleting the repository creation template {prefix}");
    let probe = AttemptProbe::default();
    let result = send_probed!(
        probe,
        client.delete_repository_creation_template().prefix(prefix)
    );
    let attempts = probe.attempts();
    match result {
        Ok(_) => Ok(Done::Answered),
        Err(e) if Write::DeleteTemplate.done_by_lost_attempt(e.code(), &attempts) => {
            Ok(Done::FirstAnswerLost)
        }
        Err(e) => Err(maybe_applied(
            not_found(e, prefix, &doing),
            &attempts,
            &format!("ecrctl template show {prefix}"),
        )),
    }
}

fn not_found<E, R>(
    e: aws_smithy_runtime_api::client::result::SdkError<E, R>,
    prefix: &str,
    doing: &str,
) -> anyhow::Error
where
    E: std::error::Error + ProvideErrorMetadata + Send + Sync + 'static,
    R: std::fmt::Debug + Send + Sync + 'static,
{
    if e.code() == Some("TemplateNotFoundException") {
        return AppError::new(
            Exit::NotFound,
            format!("there is no repository creation template {prefix}"),
        )
        .with_hint("`ecrctl template list` shows them")
        .into();
    }
    aws_error(doing, e)
}
