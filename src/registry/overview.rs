//! The registry as a whole, for `registry show`: each section read at the same time, and each
//! either its value or why it could not be read (the others still show).

use serde::Serialize;

use crate::error::{aws_error, render};

/// A section's value, or why it could not be read.
pub type Section<T> = Result<T, String>;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplicationRule {
    pub destinations: Vec<Destination>,
    pub repository_filters: Vec<Filter>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Destination {
    pub region: String,
    pub registry_id: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Filter {
    pub filter: String,
    pub filter_type: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ScanningRule {
    pub scan_frequency: String,
    pub repository_filters: Vec<Filter>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scanning {
    pub scan_type: String,
    pub rules: Vec<ScanningRule>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PullThroughRule {
    pub prefix: String,
    pub upstream: String,
    pub credential_arn: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreationTemplate {
    pub prefix: String,
    pub applied_for: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Overview {
    pub registry_id: Section<String>,
    pub replication: Section<Vec<ReplicationRule>>,
    pub policy: Section<Option<String>>,
    pub scanning: Section<Scanning>,
    pub pull_through: Section<Vec<PullThroughRule>>,
    pub templates: Section<Vec<CreationTemplate>>,
    pub account_settings: Vec<(&'static str, Section<String>)>,
}

/// The account settings ECR exposes by name.
pub const ACCOUNT_SETTINGS: [&str; 3] = [
    "BASIC_SCAN_TYPE_VERSION",
    "REGISTRY_POLICY_SCOPE",
    "BLOB_MOUNTING",
];

/// A rule's repository filters (replication and scanning rules have two SDK types alike).
macro_rules! filters {
    ($filters:expr) => {
        $filters
            .iter()
            .map(|f| Filter {
                filter: f.filter().to_string(),
                filter_type: f.filter_type().as_str().to_string(),
            })
            .collect()
    };
}

fn said(e: anyhow::Error) -> String {
    render(&e)
}

/// The registry's scanning configuration as ecrctl reports it (none set: basic, no rules).
pub(super) fn scanning_of(
    c: Option<&aws_sdk_ecr::types::RegistryScanningConfiguration>,
) -> Scanning {
    Scanning {
        scan_type: c
            .and_then(|c| c.scan_type())
            .map(|t| t.as_str().to_string())
            .unwrap_or_else(|| "BASIC".into()),
        rules: c
            .map(|c| {
                c.rules()
                    .iter()
                    .map(|r| ScanningRule {
                        scan_frequency: r.scan_frequency().as_str().to_string(),
                        repository_filters: filters!(r.repository_filters()),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    }
}

/// Every section of the caller's registry in the client's region.
pub async fn overview(client: &aws_sdk_ecr::Client) -> Overview {
    let registry = async {
        let doing = "reading the registry (DescribeRegistry)";
        client
            .describe_registry()
            .send()
            .await
            .map_err(|e| said(aws_error(doing, e)))
            .map(|out| {
                let rules = out
                    .replication_configuration()
                    .map(|c| {
                        c.rules()
                            .iter()
                            .map(|r| ReplicationRule {
                                destinations: r
                                    .destinations()
                                    .iter()
                                    .map(|d| Destination {
                                        region: d.region().to_string(),
                                        registry_id: d.registry_id().to_string(),
                                    })
                                    .collect(),
                                repository_filters: filters!(r.repository_filters()),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                (out.registry_id().unwrap_or_default().to_string(), rules)
            })
    };
    let policy = async { registry_policy(client).await.map_err(said) };
    let scanning = async {
        let doing = "reading registry scanning (GetRegistryScanningConfiguration)";
        client
            .get_registry_scanning_configuration()
            .send()
            .await
            .map_err(|e| said(aws_error(doing, e)))
            .map(|out| scanning_of(out.scanning_configuration()))
    };
    let pull_through = async {
        let doing = "reading pull-through cache rules (DescribePullThroughCacheRules)";
        let mut pages = client
            .describe_pull_through_cache_rules()
            .into_paginator()
            .send();
        let mut rules = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| said(aws_error(doing, e)))?;
            rules.extend(
                page.pull_through_cache_rules()
                    .iter()
                    .map(|r| PullThroughRule {
                        prefix: r.ecr_repository_prefix().unwrap_or_default().to_string(),
                        upstream: r.upstream_registry_url().unwrap_or_default().to_string(),
                        credential_arn: r.credential_arn().map(str::to_string),
                    }),
            );
        }
        Ok::<_, String>(rules)
    };
    let templates = async {
        let doing = "reading repository creation templates (DescribeRepositoryCreationTemplates)";
        let mut pages = client
            .describe_repository_creation_templates()
            .into_paginator()
            .send();
        let mut out = Vec::new();
        while let Some(page) = pages.next().await {
            let page = page.map_err(|e| said(aws_error(doing, e)))?;
            out.extend(page.repository_creation_templates().iter().map(|t| {
                CreationTemplate {
                    prefix: t.prefix().unwrap_or_default().to_string(),
                    applied_for: t
                        .applied_for()
                        .iter()
                        .map(|a| a.as_str().to_string())
                        .collect(),
                }
            }));
        }
        Ok::<_, String>(out)
    };
    let settings = futures::future::join_all(ACCOUNT_SETTINGS.iter().map(|name| async move {
        let doing = format!("reading the account setting {name} (GetAccountSetting)");
        let value = client
            .get_account_setting()
            .name(*name)
            .send()
            .await
            .map(|o| o.value().unwrap_or_default().to_string())
            .map_err(|e| said(aws_error(&doing, e)));
        (*name, value)
    }));
    let (registry, policy, scanning, pull_through, templates, account_settings) = tokio::join!(
        registry,
        policy,
        scanning,
        pull_through,
        templates,
        settings
    );
    let (registry_id, replication) = match registry {
        Ok((id, rules)) => (Ok(id), Ok(rules)),
        Err(e) => (Err(e.clone()), Err(e)),
    };
    Overview {
        registry_id,
        replication,
        policy,
        scanning,
        pull_through,
        templates,
        account_settings,
    }
}

/// GetRegistryPolicy alone (`None`: there is none), its error as every call's.
pub async fn registry_policy(client: &aws_sdk_ecr::Client) -> anyhow::Result<Option<String>> {
    match client.get_registry_policy().send().await {
        Ok(out) => Ok(out.policy_text().map(str::to_string)),
        Err(e)
            if aws_smithy_types::error::metadata::ProvideErrorMetadata::code(&e)
                == Some("RegistryPolicyNotFoundException") =>
        {
            Ok(None)
        }
        Err(e) => Err(aws_error(
            "reading the registry policy (GetRegistryPolicy)",
            e,
        )),
    }
}

/// DescribeRegistry alone, for its error when nothing could be read.
pub async fn describe_registry(client: &aws_sdk_ecr::Client) -> anyhow::Result<()> {
    client
        .describe_registry()
        .send()
        .await
        .map(|_| ())
        .map_err(|e| aws_error("reading the registry (DescribeRegistry)", e))
}
