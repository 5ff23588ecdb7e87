//! Repository settings on the registry: create, tags, catalog data, tag mutability.

use anyhow::Result;
use aws_sdk_ecr::types::{
    EncryptionConfiguration, EncryptionType, ImageScanningConfiguration, ImageTagMutability,
    ImageTagMutabilityExclusionFilter, ImageTagMutabilityExclusionFilterType,
};

use super::model::{Catalog, RepoInfo};
use super::{PrivateRegistry, Registry};
use crate::aws::AttemptProbe;
use crate::error::{aws_error, code_of, maybe_applied};
use crate::mutability::{Mode, Mutability};
use crate::ui::debug;
use crate::writes::{Done, Write};

/// What BatchGetRepositoryScanningConfiguration says of one repository.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RepoScanning {
    /// Its effective scan frequency (`SCAN_ON_PUSH`, `CONTINUOUS_SCAN` or `MANUAL`) and the
    /// registry filters that matched it.
    Effective {
        frequency: String,
        filters: Vec<String>,
    },
    /// The answer lists it under `failures`: the code and reason.
    Failed(String),
}

/// What a new repository gets. Private settings (mutability, scanning, KMS) and public ones
/// (catalog) are checked against the registry kind by the command before this is built.
#[derive(Debug, Clone)]
pub struct NewRepository {
    pub mutability: Mutability,
    pub scan_on_push: bool,
    pub kms_key: Option<String>,
    pub tags: Vec<(String, String)>,
    pub catalog: Option<Catalog>,
}

pub(super) fn exclusion_filters(
    m: &Mutability,
) -> Result<Option<Vec<ImageTagMutabilityExclusionFilter>>> {
    if m.filters.is_empty() {
        return Ok(None);
    }
    let filters = m
        .filters
        .iter()
        .map(|f| {
            ImageTagMutabilityExclusionFilter::builder()
                .filter_type(ImageTagMutabilityExclusionFilterType::Wildcard)
                .filter(f)
                .build()
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(filters))
}

/// Encryption at rest: the KMS key given, else AES256.
fn encryption(kms_key: Option<&str>) -> Result<EncryptionConfiguration> {
    let config = match kms_key {
        Some(key) => EncryptionConfiguration::builder()
            .encryption_type(EncryptionType::Kms)
            .kms_key(key)
            .build()?,
        None => EncryptionConfiguration::builder()
            .encryption_type(EncryptionType::Aes256)
            .build()?,
    };
    Ok(config)
}

/// A public repository's catalog data as ECR Public takes it (empty lists left out).
fn catalog_input(c: &Catalog) -> aws_sdk_ecrpublic::types::RepositoryCatalogDataInput {
    aws_sdk_ecrpublic::types::RepositoryCatalogDataInput::builder()
        .set_description(c.description.clone())
        .set_about_text(c.about_text.clone())
        .set_usage_text(c.usage_text.clone())
        .set_architectures((!c.architectures.is_empty()).then(|| c.architectures.clone()))
        .set_operating_systems(
            (!c.operating_systems.is_empty()).then(|| c.operating_systems.clone()),
        )
        .build()
}

impl Registry {
    /// CreateRepository. An existing repository is an error with ECR's code
    /// (RepositoryAlreadyExistsException), for callers that accept it; unless a retry answered
    /// it after an attempt whose answer was lost: that attempt created it, and it is read back.
    pub async fn create(&self, name: &str, new: &NewRepository) -> Result<(RepoInfo, Done)> {
        let probe = AttemptProbe::default();
        let result = self.create_once(name, new, &probe).await;
        let attempts = probe.attempts();
        match result {
            Ok(info) => Ok((info, Done::Answered)),
            Err(e) if Write::CreateRepository.done_by_lost_attempt(code_of(&e), &attempts) => {
                let info = self.describe(name).await?.ok_or_else(|| {
                    crate::error::incomplete_answer(format!(
                        "creating {name}: a retry after a lost answer said it exists, yet it cannot be read back"
                    ))
                })?;
                // Ours only if created since this run started, with the mutability asked for
                // (when known): else someone else's, as "already exists" says.
                let created = info.created_at.as_deref().and_then(|t| {
                    aws_smithy_types::DateTime::from_str(
                        t,
                        aws_smithy_types::date_time::Format::DateTime,
                    )
                    .ok()
                    .map(|t| t.secs())
                });
                let other_settings = !info.public
                    && info
                        .mutability()
                        .is_some_and(|m| !m.same_as(&new.mutability));
                if !crate::writes::created_in_run(created, crate::calls::run_started())
                    || other_settings
                {
                    debug(
                        1,
                        format_args!(
                            "{name}: a retry after a lost answer said it exists, but it was created at {} (this run started at {}) or with other settings: it is not this run's",
                            info.created_at.as_deref().unwrap_or("an unknown time"),
                            crate::calls::run_started()
                        ),
                    );
                    return Err(e);
                }
                Ok((info, Done::FirstAnswerLost))
            }
            Err(e) => Err(maybe_applied(e, &attempts, &self.show_command(name))),
        }
    }

    async fn create_once(
        &self,
        name: &str,
        new: &NewRepository,
        probe: &AttemptProbe,
    ) -> Result<RepoInfo> {
        let doing = format!("creating {} {name}", self.kind());
        debug(2, format_args!("CreateRepository {name}"));
        match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => {
                let tags = new
                    .tags
                    .iter()
                    .map(|(k, v)| aws_sdk_ecr::types::Tag::builder().key(k).value(v).build())
                    .collect::<Result<Vec<_>, _>>()?;
                let out = client
                    .create_repository()
                    .set_registry_id(registry_id.clone())
                    .repository_name(name)
                    .image_tag_mutability(ImageTagMutability::from(new.mutability.mode.as_api()))
                    .set_image_tag_mutability_exclusion_filters(exclusion_filters(&new.mutability)?)
                    .image_scanning_configuration(
                        ImageScanningConfiguration::builder()
                            .scan_on_push(new.scan_on_push)
                            .build(),
                    )
                    .encryption_configuration(encryption(new.kms_key.as_deref())?)
                    .set_tags((!tags.is_empty()).then_some(tags))
                    .customize()
                    .interceptor(probe.clone())
                    .send()
                    .await
                    .map_err(|e| aws_error(&doing, e))?;
                let repo = out.repository().ok_or_else(|| {
                    crate::error::incomplete_answer(
                        "CreateRepository answered without a repository",
                    )
                })?;
                Ok(RepoInfo::from_private(repo))
            }
            Registry::Public(client) => {
                let tags: Vec<_> = new
                    .tags
                    .iter()
                    .map(|(k, v)| {
                        aws_sdk_ecrpublic::types::Tag::builder()
                            .key(k)
                            .value(v)
                            .build()
                    })
                    .collect();
                let out = client
                    .create_repository()
                    .repository_name(name)
                    .set_catalog_data(new.catalog.as_ref().map(catalog_input))
                    .set_tags((!tags.is_empty()).then_some(tags))
                    .customize()
                    .interceptor(probe.clone())
                    .send()
                    .await
                    .map_err(|e| aws_error(&doing, e))?;
                let repo = out.repository().ok_or_else(|| {
                    crate::error::incomplete_answer(
                        "ECR Public CreateRepository answered without a repository",
                    )
                })?;
                Ok(RepoInfo::from_public(repo))
            }
        }
    }

    /// A repository's resource tags.
    pub async fn tags(&self, info: &RepoInfo) -> Result<Vec<(String, String)>> {
        let doing = format!("reading the tags of {} {}", self.kind(), info.name);
        let mut tags: Vec<(String, String)> = match self {
            Registry::Private(PrivateRegistry { client, .. }) => client
                .list_tags_for_resource()
                .resource_arn(&info.arn)
                .send()
                .await
                .map_err(|e| aws_error(&doing, e))?
                .tags()
                .iter()
                .map(|t| (t.key().to_string(), t.value().to_string()))
                .collect(),
            Registry::Public(client) => client
                .list_tags_for_resource()
                .resource_arn(&info.arn)
                .send()
                .await
                .map_err(|e| aws_error(&doing, e))?
                .tags()
                .iter()
                .map(|t| {
                    (
                        t.key().unwrap_or_default().to_string(),
                        t.value().unwrap_or_default().to_string(),
                    )
                })
                .collect(),
        };
        tags.sort();
        Ok(tags)
    }

    /// TagResource: add or change these tags.
    pub async fn tag(&self, info: &RepoInfo, tags: &[(String, String)]) -> Result<()> {
        let doing = format!("tagging {} {}", self.kind(), info.name);
        debug(
            2,
            format_args!("TagResource {} ({} tag(s))", info.name, tags.len()),
        );
        let probe = AttemptProbe::default();
        let check = self.show_command(&info.name);
        match self {
            Registry::Private(PrivateRegistry { client, .. }) => {
                let tags = tags
                    .iter()
                    .map(|(k, v)| aws_sdk_ecr::types::Tag::builder().key(k).value(v).build())
                    .collect::<Result<Vec<_>, _>>()?;
                client
                    .tag_resource()
                    .resource_arn(&info.arn)
                    .set_tags(Some(tags))
                    .customize()
                    .interceptor(probe.clone())
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(|e| maybe_applied(aws_error(&doing, e), &probe.attempts(), &check))
            }
            Registry::Public(client) => {
                let tags = tags
                    .iter()
                    .map(|(k, v)| {
                        aws_sdk_ecrpublic::types::Tag::builder()
                            .key(k)
                            .value(v)
                            .build()
                    })
                    .collect();
                client
                    .tag_resource()
                    .resource_arn(&info.arn)
                    .set_tags(Some(tags))
                    .customize()
                    .interceptor(probe.clone())
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(|e| maybe_applied(aws_error(&doing, e), &probe.attempts(), &check))
            }
        }
    }

    /// UntagResource: remove the tags with these keys.
    pub async fn untag(&self, info: &RepoInfo, keys: &[String]) -> Result<()> {
        let doing = format!("removing tags of {} {}", self.kind(), info.name);
        debug(
            2,
            format_args!("UntagResource {} ({} key(s))", info.name, keys.len()),
        );
        let probe = AttemptProbe::default();
        let check = self.show_command(&info.name);
        let keys = Some(keys.to_vec());
        match self {
            Registry::Private(PrivateRegistry { client, .. }) => client
                .untag_resource()
                .resource_arn(&info.arn)
                .set_tag_keys(keys)
                .customize()
                .interceptor(probe.clone())
                .send()
                .await
                .map(|_| ())
                .map_err(|e| maybe_applied(aws_error(&doing, e), &probe.attempts(), &check)),
            Registry::Public(client) => client
                .untag_resource()
                .resource_arn(&info.arn)
                .set_tag_keys(keys)
                .customize()
                .interceptor(probe.clone())
                .send()
                .await
                .map(|_| ())
                .map_err(|e| maybe_applied(aws_error(&doing, e), &probe.attempts(), &check)),
        }
    }

    /// PutRepositoryCatalogData (public repositories).
    pub async fn set_catalog(&self, name: &str, catalog: &Catalog) -> Result<()> {
        let Registry::Public(client) = self else {
            anyhow::bail!("bug: private repositories have no catalog data");
        };
        let probe = AttemptProbe::default();
        client
            .put_repository_catalog_data()
            .repository_name(name)
            .catalog_data(catalog_input(catalog))
            .customize()
            .interceptor(probe.clone())
            .send()
            .await
            .map(|_| ())
            .map_err(|e| {
                maybe_applied(
                    aws_error(
                        &format!("setting the catalog data of public repository {name}"),
                        e,
                    ),
                    &probe.attempts(),
                    &self.show_command(name),
                )
            })
    }

    /// A public repository's catalog data (private ones have none).
    pub async fn catalog(&self, name: &str) -> Result<Catalog> {
        let Registry::Public(client) = self else {
            return Ok(Catalog::default());
        };
        let out = client
            .get_repository_catalog_data()
            .repository_name(name)
            .send()
            .await
            .map_err(|e| {
                aws_error(
                    &format!("reading the catalog data of public repository {name}"),
                    e,
                )
            })?;
        Ok(out
            .catalog_data()
            .map(|c| Catalog {
                description: c.description().map(str::to_string),
                architectures: c.architectures().to_vec(),
                operating_systems: c.operating_systems().to_vec(),
                about_text: c.about_text().map(str::to_string),
                usage_text: c.usage_text().map(str::to_string),
            })
            .unwrap_or_default())
    }
}

/// What only private registries have: scanning and tag mutability.
impl PrivateRegistry {
    /// PutImageScanningConfiguration .
    pub async fn set_scan_on_push(&self, name: &str, on: bool) -> Result<()> {
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        let probe = AttemptProbe::default();
        client
            .put_image_scanning_configuration()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .image_scanning_configuration(
                ImageScanningConfiguration::builder()
                    .scan_on_push(on)
                    .build(),
            )
            .customize()
            .interceptor(probe.clone())
            .send()
            .await
            .map(|_| ())
            .map_err(|e| {
                maybe_applied(
                    aws_error(&format!("setting scan on push of {name}"), e),
                    &probe.attempts(),
                    &format!("ecrctl repo show {name}"),
                )
            })
    }

    /// The registry-level scanning rules that apply to a repository (their scan frequency and
    /// filters), when readable: `Ok(None)` when none apply.
    pub async fn scanning_rules_for(&self, name: &str) -> Result<Option<(String, Vec<String>)>> {
        // The configuration is the caller's own registry's: no registry id.
        let client = &self.client;
        let out = client
            .batch_get_repository_scanning_configuration()
            .repository_names(name)
            .send()
            .await
            .map_err(|e| {
                aws_error(
                    &format!("reading the scanning rules that apply to {name}"),
                    e,
                )
            })?;
        Ok(out.scanning_configurations().first().and_then(|c| {
            let filters: Vec<String> = c
                .applied_scan_filters()
                .iter()
                .map(|f| f.filter().to_string())
                .collect();
            (!filters.is_empty()).then(|| {
                (
                    c.scan_frequency()
                        .map(|f| f.as_str().to_string())
                        .unwrap_or_default(),
                    filters,
                )
            })
        }))
    }

    /// What BatchGetRepositoryScanningConfiguration says of each named repository (registry
    /// scanning rules applied), 25 names a call, a few calls at once. A repository the answer
    /// leaves out is not in the map.
    pub async fn scan_frequencies(
        &self,
        names: &[String],
    ) -> Result<std::collections::HashMap<String, RepoScanning>> {
        use futures::stream::{self, StreamExt, TryStreamExt};
        let client = &self.client;
        let answers: Vec<Vec<(String, RepoScanning)>> = stream::iter(names.chunks(25))
            .map(|chunk| async move {
                debug(
                    2,
                    format_args!(
                        "BatchGetRepositoryScanningConfiguration ({} names)",
                        chunk.len()
                    ),
                );
                let out = client
                    .batch_get_repository_scanning_configuration()
                    .set_repository_names(Some(chunk.to_vec()))
                    .send()
                    .await
                    .map_err(|e| aws_error("reading the effective scanning of repositories", e))?;
                let found = out.scanning_configurations().iter().filter_map(|c| {
                    Some((
                        c.repository_name()?.to_string(),
                        RepoScanning::Effective {
                            frequency: c.scan_frequency()?.as_str().to_string(),
                            filters: c
                                .applied_scan_filters()
                                .iter()
                                .map(|f| f.filter().to_string())
                                .collect(),
                        },
                    ))
                });
                let failed = out.failures().iter().filter_map(|f| {
                    let code = f.failure_code().map(|c| c.as_str()).unwrap_or("failure");
                    let why = match f.failure_reason() {
                        Some(reason) => format!("{code}: {reason}"),
                        None => code.to_string(),
                    };
                    Some((f.repository_name()?.to_string(), RepoScanning::Failed(why)))
                });
                Ok::<_, anyhow::Error>(found.chain(failed).collect())
            })
            .buffer_unordered(4)
            .try_collect()
            .await?;
        Ok(answers.into_iter().flatten().collect())
    }

    /// The registry's scanning configuration (GetRegistryScanningConfiguration): its scan type
    /// and rules (private registries; none set: basic scanning without rules).
    pub async fn registry_scanning(&self) -> Result<super::overview::Scanning> {
        let client = &self.client;
        debug(2, format_args!("GetRegistryScanningConfiguration"));
        let out = client
            .get_registry_scanning_configuration()
            .send()
            .await
            .map_err(|e| {
                aws_error(
                    "reading the registry scanning configuration (GetRegistryScanningConfiguration)",
                    e,
                )
            })?;
        Ok(super::overview::scanning_of(out.scanning_configuration()))
    }

    /// PutImageTagMutability; returns the setting that now holds. Some implementations leave
    /// the filters out of the answer: what was sent is what holds.
    pub async fn set_mutability(&self, name: &str, wanted: &Mutability) -> Result<Mutability> {
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        debug(
            2,
            format_args!("PutImageTagMutability {name} {}", wanted.mode),
        );
        let probe = AttemptProbe::default();
        let out = client
            .put_image_tag_mutability()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .image_tag_mutability(ImageTagMutability::from(wanted.mode.as_api()))
            .set_image_tag_mutability_exclusion_filters(exclusion_filters(wanted)?)
            .customize()
            .interceptor(probe.clone())
            .send()
            .await
            .map_err(|e| {
                maybe_applied(
                    aws_error(&format!("setting tag mutability on {name}"), e),
                    &probe.attempts(),
                    &format!("ecrctl repo show {name}"),
                )
            })?;
        let mode = out
            .image_tag_mutability()
            .and_then(|m| Mode::from_api(m.as_str()))
            .unwrap_or(wanted.mode);
        let filters: Vec<String> = out
            .image_tag_mutability_exclusion_filters()
            .iter()
            .map(|f| f.filter().to_string())
            .collect();
        Ok(Mutability {
            mode,
            filters: if filters.is_empty() && mode.has_exclusions() {
                wanted.filters.clone()
            } else {
                filters
            },
        })
    }
}
