//! Writes of registry-wide settings (scanning, replication, the registry policy, pull-through
//! cache rules, replication backfills) and the reads they diff against, in ecrctl's own types
//! (`crate::registry_config`).

use anyhow::Result;
use aws_sdk_ecr::types::{
    RegistryScanningRule, ReplicationConfiguration, ReplicationDestination, ReplicationRule,
    RepositoryFilter, RepositoryFilterType, ScanFrequency, ScanType, ScanningRepositoryFilter,
    ScanningRepositoryFilterType,
};
use aws_sdk_ecr::Client;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use serde::Serialize;

use crate::error::aws_error;
use crate::registry_config::replication::{Destination, PrefixFilter, ReplRule, Replication};
use crate::registry_config::scanning::{ScanRule, Scanning, WildcardFilter};
use crate::ui::debug;

fn time(t: Option<&aws_smithy_types::DateTime>) -> Option<String> {
    t.map(|t| crate::time::format(t.secs()))
}

/// The registry scanning configuration now (none set: basic, no rules).
pub async fn scanning(client: &Client) -> Result<(Option<String>, Scanning)> {
    debug(2, format_args!("GetRegistryScanningConfiguration"));
    let out = client
        .get_registry_scanning_configuration()
        .send()
        .await
        .map_err(|e| {
            aws_error(
                "reading registry scanning (GetRegistryScanningConfiguration)",
                e,
            )
        })?;
    let c = out.scanning_configuration();
    let scanning = Scanning {
        scan_type: c
            .and_then(|c| c.scan_type())
            .map(|t| t.as_str().to_string())
            .unwrap_or_else(|| "BASIC".into()),
        rules: c
            .map(|c| {
                c.rules()
                    .iter()
                    .map(|r| ScanRule {
                        scan_frequency: r.scan_frequency().as_str().to_string(),
                        repository_filters: r
                            .repository_filters()
                            .iter()
                            .map(|f| WildcardFilter {
                                filter: f.filter().to_string(),
                                filter_type: f.filter_type().as_str().to_string(),
                            })
                            .collect(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    Ok((out.registry_id().map(str::to_string), scanning))
}

/// PutRegistryScanningConfiguration: the whole configuration (checked beforehand).
pub async fn put_scanning(client: &Client, scanning: &Scanning) -> Result<()> {
    let rules = scanning
        .rules
        .iter()
        .map(|r| {
            RegistryScanningRule::builder()
                .scan_frequency(ScanFrequency::from(r.scan_frequency.as_str()))
                .set_repository_filters(Some(
                    r.repository_filters
                        .iter()
                        .map(|f| {
                            ScanningRepositoryFilter::builder()
                                .filter(&f.filter)
                                .filter_type(ScanningRepositoryFilterType::Wildcard)
                                .build()
                        })
                        .collect::<Result<Vec<_>, _>>()?,
                ))
                .build()
        })
        .collect::<Result<Vec<_>, _>>()?;
    debug(2, format_args!("PutRegistryScanningConfiguration"));
    client
        .put_registry_scanning_configuration()
        .scan_type(ScanType::from(scanning.scan_type.as_str()))
        .set_rules(Some(rules))
        .send()
        .await
        .map_err(|e| {
            aws_error(
                "setting registry scanning (PutRegistryScanningConfiguration)",
                e,
            )
        })?;
    Ok(())
}

/// The registry's id and replication configuration now (DescribeRegistry).
pub async fn replication(client: &Client) -> Result<(String, Replication)> {
    debug(2, format_args!("DescribeRegistry"));
    let out = client
        .describe_registry()
        .send()
        .await
        .map_err(|e| aws_error("reading the registry (DescribeRegistry)", e))?;
    let rules = out
        .replication_configuration()
        .map(|c| {
            c.rules()
                .iter()
                .map(|r| ReplRule {
                    destinations: r
                        .destinations()
                        .iter()
                        .map(|d| Destination {
                            region: d.region().to_string(),
                            registry_id: d.registry_id().to_string(),
                        })
                        .collect(),
                    repository_filters: r
                        .repository_filters()
                        .iter()
                        .map(|f| PrefixFilter {
                            filter: f.filter().to_string(),
                            filter_type: f.filter_type().as_str().to_string(),
                        })
                        .collect(),
                })
                .collect()
        })
        .unwrap_or_default();
    let id = out.registry_id().map(str::to_string).ok_or_else(|| {
        crate::error::incomplete_answer("DescribeRegistry returned no registry id")
    })?;
    Ok((id, Replication { rules }))
}

fn destination(d: &Destination) -> Result<ReplicationDestination> {
    Ok(ReplicationDestination::builder()
        .region(&d.region)
        .registry_id(&d.registry_id)
        .build()?)
}

/// PutReplicationConfiguration: the whole configuration (checked beforehand).
pub async fn put_replication(client: &Client, replication: &Replication) -> Result<()> {
    let mut rules = Vec::new();
    for r in &replication.rules {
        let mut rule = ReplicationRule::builder();
        for d in &r.destinations {
            rule = rule.destinations(destination(d)?);
        }
        for f in &r.repository_filters {
            rule = rule.repository_filters(
                RepositoryFilter::builder()
                    .filter(&f.filter)
                    .filter_type(RepositoryFilterType::PrefixMatch)
                    .build()?,
            );
        }
        rules.push(rule.build()?);
    }
    // No rules: an empty list turns replication off.
    let config = ReplicationConfiguration::builder().set_rules(Some(rules));
    debug(2, format_args!("PutReplicationConfiguration"));
    client
        .put_replication_configuration()
        .replication_configuration(config.build()?)
        .send()
        .await
        .map_err(|e| aws_error("setting replication (PutReplicationConfiguration)", e))?;
    Ok(())
}

/// PutRegistryPolicy (the text minified beforehand).
pub async fn put_registry_policy(client: &Client, text: &str) -> Result<()> {
    debug(2, format_args!("PutRegistryPolicy"));
    client
        .put_registry_policy()
        .policy_text(text)
        .send()
        .await
        .map_err(|e| aws_error("setting the registry policy (PutRegistryPolicy)", e))?;
    Ok(())
}

/// DeleteRegistryPolicy; `false` when there was none.
pub async fn delete_registry_policy(client: &Client) -> Result<bool> {
    debug(2, format_args!("DeleteRegistryPolicy"));
    match client.delete_registry_policy().send().await {
        Ok(_) => Ok(true),
        Err(e) if e.code() == Some("RegistryPolicyNotFoundException") => Ok(false),
        Err(e) => Err(aws_error(
            "deleting the registry policy (DeleteRegistryPolicy)",
            e,
        )),
    }
}

/// A pull-through cache rule as ecrctl shows it: the credential by its ARN only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PullRule {
    pub prefix: String,
    pub upstream: String,
    pub upstream_prefix: Option<String>,
    pub credential_arn: Option<String>,
    pub custom_role_arn: Option<String>,
    pub created_at: Option<String>,
    pub updated_at: Option<String>,
}

/// Every pull-through cache rule (all pages).
pub async fn pull_through_rules(client: &Client) -> Result<Vec<PullRule>> {
    debug(2, format_args!("DescribePullThroughCacheRules (all pages)"));
    let mut pages = client
        .describe_pull_through_cache_rules()
        .into_paginator()
        .send();
    let mut rules = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| {
            aws_error(
                "listing pull-through cache rules (DescribePullThroughCacheRules)",
                e,
            )
        })?;
        rules.extend(page.pull_through_cache_rules().iter().map(|r| PullRule {
            prefix: r.ecr_repository_prefix().unwrap_or_default().to_string(),
            upstream: r.upstream_registry_url().unwrap_or_default().to_string(),
            upstream_prefix: r.upstream_repository_prefix().map(str::to_string),
            credential_arn: r.credential_arn().map(str::to_string),
            custom_role_arn: r.custom_role_arn().map(str::to_string),
            created_at: time(r.created_at()),
            updated_at: time(r.updated_at()),
        }));
    }
    Ok(rules)
}

/// What a pull-through cache rule is made or changed with.
#[derive(Debug, Clone, Default)]
pub struct PullSpec {
    pub prefix: String,
    pub upstream: Option<String>,
    pub upstream_prefix: Option<String>,
    pub credential_arn: Option<String>,
    pub custom_role_arn: Option<String>,
}

/// CreatePullThroughCacheRule.
pub async fn create_pull_through(client: &Client, spec: &PullSpec) -> Result<()> {
    debug(2, format_args!("CreatePullThroughCacheRule"));
    client
        .create_pull_through_cache_rule()
        .ecr_repository_prefix(&spec.prefix)
        .set_upstream_registry_url(spec.upstream.clone())
        .set_upstream_repository_prefix(spec.upstream_prefix.clone())
        .set_credential_arn(spec.credential_arn.clone())
        .set_custom_role_arn(spec.custom_role_arn.clone())
        .send()
        .await
        .map_err(|e| {
            aws_error(
                &format!(
                    "creating the pull-through cache rule {} (CreatePullThroughCacheRule)",
                    spec.prefix
                ),
                e,
            )
        })?;
    Ok(())
}

/// UpdatePullThroughCacheRule: the credential and role (ECR changes nothing else).
pub async fn update_pull_through(client: &Client, spec: &PullSpec) -> Result<()> {
    debug(2, format_args!("UpdatePullThroughCacheRule"));
    client
        .update_pull_through_cache_rule()
        .ecr_repository_prefix(&spec.prefix)
        .set_credential_arn(spec.credential_arn.clone())
        .set_custom_role_arn(spec.custom_role_arn.clone())
        .send()
        .await
        .map_err(|e| {
            aws_error(
                &format!(
                    "updating the pull-through cache rule {} (UpdatePullThroughCacheRule)",
                    spec.prefix
                ),
                e,
            )
        })?;
    Ok(())
}

/// DeletePullThroughCacheRule; `false` when there was no such rule.
pub async fn delete_pull_through(client: &Client, prefix: &str) -> Result<bool> {
    debug(2, format_args!("DeletePullThroughCacheRule"));
    match client
        .delete_pull_through_cache_rule()
        .ecr_repository_prefix(prefix)
        .send()
        .await
    {
        Ok(_) => Ok(true),
        Err(e) if e.code() == Some("PullThroughCacheRuleNotFoundException") => Ok(false),
        Err(e) => Err(aws_error(
            &format!("deleting the pull-through cache rule {prefix} (DeletePullThroughCacheRule)"),
            e,
        )),
    }
}

/// ECR's own check of a rule: whether it reaches the upstream with its credential.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PullValidation {
    pub prefix: String,
    pub upstream: Option<String>,
    pub credential_arn: Option<String>,
    pub valid: bool,
    pub failure: Option<String>,
}

/// ValidatePullThroughCacheRule.
pub async fn validate_pull_through(client: &Client, prefix: &str) -> Result<PullValidation> {
    debug(2, format_args!("ValidatePullThroughCacheRule"));
    let out = client
        .validate_pull_through_cache_rule()
        .ecr_repository_prefix(prefix)
        .send()
        .await
        .map_err(|e| {
            aws_error(
                &format!(
                    "validating the pull-through cache rule {prefix} (ValidatePullThroughCacheRule)"
                ),
                e,
            )
        })?;
    Ok(PullValidation {
        prefix: out.ecr_repository_prefix().unwrap_or(prefix).to_string(),
        upstream: out.upstream_registry_url().map(str::to_string),
        credential_arn: out.credential_arn().map(str::to_string),
        valid: out.is_valid(),
        failure: out.failure().map(str::to_string),
    })
}

/// A replication backfill as ECR reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Backfill {
    pub id: Option<String>,
    pub destination: String,
    pub status: Option<String>,
    pub started_at: Option<String>,
}

/// StartReplicationBackfill to one destination.
pub async fn start_backfill(client: &Client, to: &Destination) -> Result<Backfill> {
    debug(2, format_args!("StartReplicationBackfill"));
    let out = client
        .start_replication_backfill()
        .destination(destination(to)?)
        .send()
        .await
        .map_err(|e| {
            aws_error(
                &format!(
                    "starting a replication backfill to {}:{} (StartReplicationBackfill)",
                    to.region, to.registry_id
                ),
                e,
            )
        })?;
    Ok(Backfill {
        id: out.replication_backfill_id().map(str::to_string),
        destination: format!("{}:{}", to.region, to.registry_id),
        status: out.status().map(|s| s.as_str().to_string()),
        started_at: time(out.started_at()),
    })
}
