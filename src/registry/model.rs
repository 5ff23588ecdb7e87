//! ecrctl's own types for what the registry answers, built from either SDK's shapes.

use aws_smithy_types::DateTime;
use serde::Serialize;

use crate::images::ImageRow;
use crate::mutability::{Mode, Mutability};

/// A repository as ecrctl reports it, private or public.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepoInfo {
    pub name: String,
    /// `""` when the answer left it out: `null` in JSON, never an invented value.
    #[serde(serialize_with = "empty_as_null")]
    pub uri: String,
    #[serde(serialize_with = "empty_as_null")]
    pub arn: String,
    #[serde(serialize_with = "empty_as_null")]
    pub registry_id: String,
    pub public: bool,
    /// The API value; `None` for public repositories, which have no such setting, and for a
    /// private one whose answer left it out (unknown: a verdict that depends on it is too).
    pub tag_mutability: Option<String>,
    pub exclusion_filters: Vec<String>,
    /// `None` when unknown (public repositories, or an answer without the setting).
    pub scan_on_push: Option<bool>,
    pub encryption: Option<String>,
    pub kms_key: Option<String>,
    pub created_at: Option<String>,
}

impl RepoInfo {
    pub fn from_private(r: &aws_sdk_ecr::types::Repository) -> RepoInfo {
        let encryption = r.encryption_configuration();
        RepoInfo {
            name: r.repository_name().unwrap_or_default().to_string(),
            uri: r.repository_uri().unwrap_or_default().to_string(),
            arn: r.repository_arn().unwrap_or_default().to_string(),
            registry_id: r.registry_id().unwrap_or_default().to_string(),
            public: false,
            tag_mutability: r.image_tag_mutability().map(|m| m.as_str().to_string()),
            exclusion_filters: r
                .image_tag_mutability_exclusion_filters()
                .iter()
                .map(|f| f.filter().to_string())
                .collect(),
            scan_on_push: r.image_scanning_configuration().map(|s| s.scan_on_push()),
            encryption: encryption.map(|e| e.encryption_type().as_str().to_string()),
            kms_key: encryption.and_then(|e| e.kms_key()).map(str::to_string),
            created_at: r.created_at().map(rfc3339),
        }
    }

    pub fn from_public(r: &aws_sdk_ecrpublic::types::Repository) -> RepoInfo {
        RepoInfo {
            name: r.repository_name().unwrap_or_default().to_string(),
            uri: r.repository_uri().unwrap_or_default().to_string(),
            arn: r.repository_arn().unwrap_or_default().to_string(),
            registry_id: r.registry_id().unwrap_or_default().to_string(),
            public: true,
            tag_mutability: None,
            exclusion_filters: Vec::new(),
            scan_on_push: None,
            encryption: None,
            kms_key: None,
            created_at: r.created_at().map(rfc3339),
        }
    }

    /// The mutability setting, when it is one ecrctl knows.
    pub fn mutability(&self) -> Option<Mutability> {
        let mode = Mode::from_api(self.tag_mutability.as_deref()?)?;
        Some(Mutability {
            mode,
            filters: self.exclusion_filters.clone(),
        })
    }

    /// Mutability as a person reads it.
    pub fn describe_mutability(&self) -> String {
        match (&self.tag_mutability, self.mutability()) {
            (None, _) if self.public => "mutable (public: no setting)".to_string(),
            (None, _) => "unknown (not in ECR's answer)".to_string(),
            (_, Some(m)) => m.describe(),
            (Some(raw), None) => raw.to_lowercase(),
        }
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("RepoInfo serialises")
    }
}

/// An identifier the answer left out is `null`, never `""`.
fn empty_as_null<S: serde::Serializer>(value: &str, s: S) -> Result<S::Ok, S::Error> {
    if value.is_empty() {
        s.serialize_none()
    } else {
        s.serialize_str(value)
    }
}

/// An SDK time as every output prints it ([`crate::time::format`]): the service's sub-second
/// float noise (`.546999Z`) is dropped.
pub fn rfc3339(t: &DateTime) -> String {
    crate::time::format(t.secs())
}

/// Seconds since the epoch of an SDK time.
pub fn secs(t: Option<&DateTime>) -> Option<i64> {
    t.map(|t| t.secs())
}

/// An image as ecrctl lists it, from a private repository.
pub fn row_from_private(d: &aws_sdk_ecr::types::ImageDetail) -> ImageRow {
    ImageRow {
        digest: d.image_digest().unwrap_or_default().to_string(),
        tags: d.image_tags().to_vec(),
        size_bytes: d.image_size_in_bytes(),
        pushed_at: secs(d.image_pushed_at()),
        last_pulled_at: secs(d.last_recorded_pull_time()),
        media_type: d.image_manifest_media_type().map(str::to_string),
        artifact_type: d.artifact_media_type().map(str::to_string),
        status: d.image_status().map(|s| s.as_str().to_ascii_lowercase()),
        scan_status: d
            .image_scan_status()
            .and_then(|s| s.status())
            .map(|s| s.as_str().to_string()),
        // A summary without counts is a scan that found nothing.
        scan_findings: d.image_scan_findings_summary().map(|s| {
            crate::scan::SeverityCounts::from_pairs(
                s.finding_severity_counts()
                    .into_iter()
                    .flatten()
                    .map(|(s, n)| (s.as_str(), i64::from(*n))),
            )
        }),
        last_archived_at: secs(d.last_archived_at()),
        subject: d.subject_manifest_digest().map(str::to_string),
        ..Default::default()
    }
}

/// … and from a public one (no pull times, status or scans there).
pub fn row_from_public(d: &aws_sdk_ecrpublic::types::ImageDetail) -> ImageRow {
    ImageRow {
        digest: d.image_digest().unwrap_or_default().to_string(),
        tags: d.image_tags().to_vec(),
        size_bytes: d.image_size_in_bytes(),
        pushed_at: secs(d.image_pushed_at()),
        media_type: d.image_manifest_media_type().map(str::to_string),
        artifact_type: d.artifact_media_type().map(str::to_string),
        ..Default::default()
    }
}

/// A public repository's catalog data.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    pub description: Option<String>,
    pub architectures: Vec<String>,
    pub operating_systems: Vec<String>,
    pub about_text: Option<String>,
    pub usage_text: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_ecr::types::Repository;

    #[test]
    fn a_repository_without_its_settings_is_unknown_never_a_default() {
        let r = Repository::builder().repository_name("app").build();
        let info = RepoInfo::from_private(&r);
        assert_eq!(info.tag_mutability, None);
        assert_eq!(info.mutability(), None);
        assert_eq!(info.scan_on_push, None);
        assert_eq!(info.encryption, None);
        assert_eq!(info.describe_mutability(), "unknown (not in ECR's answer)");
        let json = info.json();
        for field in [
            "uri",
            "arn",
            "registryId",
            "tagMutability",
            "scanOnPush",
            "encryption",
        ] {
            assert_eq!(json[field], serde_json::Value::Null, "{field}: {json}");
        }
        let public = aws_sdk_ecrpublic::types::Repository::builder()
            .repository_name("tool")
            .build();
        assert_eq!(
            RepoInfo::from_public(&public).describe_mutability(),
            "mutable (public: no setting)"
        );
    }
}
