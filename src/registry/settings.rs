//! Repository settings on the registry: create, tags, catalog data, tag mutability.

use anyhow::{Context as _, Result};
use aws_sdk_ecr::types::{
    EncryptionConfiguration, EncryptionType, ImageScanningConfiguration, ImageTagMutability,
    ImageTagMutabilityExclusionFilter, ImageTagMutabilityExclusionFilterType,
};

use super::model::{Catalog, RepoInfo};
use super::Registry;
use crate::error::aws_error;
use crate::mutability::{Mode, Mutability};
use crate::ui::debug;

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

fn exclusion_filters(m: &Mutability) -> Result<Option<Vec<ImageTagMutabilityExclusionFilter>>> {
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
    /// (RepositoryAlreadyExistsException), for callers that accept it.
    pub async fn create(&self, name: &str, new: &NewRepository) -> Result<RepoInfo> {
        let doing = format!("creating {} {name}", self.kind());
        debug(2, format_args!("CreateRepository {name}"));
        match self {
            Registry::Private {
                client,
                registry_id,
            } => {
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
                    .send()
                    .await
                    .map_err(|e| aws_error(&doing, e))?;
                let repo = out
                    .repository()
                    .context("CreateRepository answered without a repository")?;
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
                    .send()
                    .await
                    .map_err(|e| aws_error(&doing, e))?;
                let repo = out
                    .repository()
                    .context("ECR Public CreateRepository answered without a repository")?;
                Ok(RepoInfo::from_public(repo))
            }
        }
    }

    /// A private repository's resource tags (public ones: none are read).
    pub async fn tags(&self, info: &RepoInfo) -> Result<Vec<(String, String)>> {
        let Registry::Private { client, .. } = self else {
            return Ok(Vec::new());
        };
        let out = client
            .list_tags_for_resource()
            .resource_arn(&info.arn)
            .send()
            .await
            .map_err(|e| aws_error(&format!("reading the tags of repository {}", info.name), e))?;
        Ok(out
            .tags()
            .iter()
            .map(|t| (t.key().to_string(), t.value().to_string()))
            .collect())
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

    /// PutImageTagMutability; returns the setting that now holds. Some implementations leave
    /// the filters out of the answer: what was sent is what holds.
    pub async fn set_mutability(&self, name: &str, wanted: &Mutability) -> Result<Mutability> {
        let Registry::Private {
            client,
            registry_id,
        } = self
        else {
            anyhow::bail!("bug: public repositories have no tag mutability setting");
        };
        debug(
            2,
            format_args!("PutImageTagMutability {name} {}", wanted.mode),
        );
        let out = client
            .put_image_tag_mutability()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .image_tag_mutability(ImageTagMutability::from(wanted.mode.as_api()))
            .set_image_tag_mutability_exclusion_filters(exclusion_filters(wanted)?)
            .send()
            .await
            .map_err(|e| aws_error(&format!("setting tag mutability on {name}"), e))?;
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
