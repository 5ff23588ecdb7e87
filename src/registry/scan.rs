//! Image scanning on a private registry: the repository's effective scanning, starting a scan,
//! its findings (basic and enhanced, every page) and ECR managed signing status, as ecrctl's
//! own types ([`crate::scan`]). ECR Public has no scanning.

use anyhow::Result;
use aws_sdk_ecr::types::{EnhancedImageScanFinding, ImageScanFinding};
use aws_smithy_types::error::metadata::ProvideErrorMetadata;

use super::model::secs;
use super::PrivateRegistry;
use crate::error::{aws_error, codes};
use crate::scan::{Finding, Fix, ScanKind, Severity};
use crate::ui::debug;

/// How a repository is scanned, as far as the caller could read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scanning {
    /// The registry's scan type (GetRegistryScanningConfiguration).
    pub kind: Option<ScanKind>,
    /// The repository's effective frequency: `SCAN_ON_PUSH`, `CONTINUOUS_SCAN` or `MANUAL`
    /// (BatchGetRepositoryScanningConfiguration, registry rules applied).
    pub frequency: Option<String>,
    /// What could not be read, for a warning.
    pub unread: Vec<String>,
}

impl Scanning {
    /// Enhanced scanning (Inspector) scans by itself and refuses StartImageScan; basic scanning
    /// scans on request, whatever its frequency.
    pub fn can_start(&self) -> bool {
        self.kind != Some(ScanKind::Enhanced)
    }
}

/// What StartImageScan answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Started {
    /// A scan is under way.
    Started,
    /// ECR refused a new one because the image was scanned already (basic scanning allows one
    /// scan per image a day: `LimitExceededException`): its last scan stands.
    AlreadyScanned,
}

/// An image's scan as DescribeImageScanFindings gives it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanAnswer {
    pub status: String,
    pub description: Option<String>,
    pub completed_at: Option<i64>,
    pub source_updated_at: Option<i64>,
    /// Enhanced when any finding came in Inspector's shape.
    pub kind: Option<ScanKind>,
    pub findings: Vec<Finding>,
}

/// One ECR managed signing result of an image.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SigningState {
    pub profile: Option<String>,
    pub status: String,
    pub failure: Option<String>,
}

fn digest_id(digest: &str) -> aws_sdk_ecr::types::ImageIdentifier {
    aws_sdk_ecr::types::ImageIdentifier::builder()
        .image_digest(digest)
        .build()
}

impl PrivateRegistry {
    /// The registry's scan type and the repository's effective frequency, read at the same
    /// time; what cannot be read is `None`, said in `unread`.
    pub async fn scanning(&self, name: &str) -> Scanning {
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        debug(
            2,
            format_args!(
                "GetRegistryScanningConfiguration, BatchGetRepositoryScanningConfiguration {name}"
            ),
        );
        let registry = client.get_registry_scanning_configuration().send();
        let repo = client
            .batch_get_repository_scanning_configuration()
            .repository_names(name)
            .send();
        let (registry, repo) = tokio::join!(registry, repo);
        let mut s = Scanning::default();
        // Another account's registry: its scan type is not ours to read.
        if registry_id.is_none() {
            match registry {
                Ok(out) => {
                    s.kind = out
                        .scanning_configuration()
                        .and_then(|c| c.scan_type())
                        .map(|t| match t.as_str() {
                            "ENHANCED" => ScanKind::Enhanced,
                            _ => ScanKind::Basic,
                        })
                        .or(Some(ScanKind::Basic));
                }
                Err(e) => s.unread.push(format!(
                    "the registry's scan type (GetRegistryScanningConfiguration: {})",
                    e.code().unwrap_or("request failed")
                )),
            }
        }
        match repo {
            Ok(out) => {
                s.frequency = out
                    .scanning_configurations()
                    .iter()
                    .find(|c| c.repository_name() == Some(name))
                    .and_then(|c| c.scan_frequency())
                    .map(|f| f.as_str().to_string());
            }
            Err(e) => s.unread.push(format!(
                "the repository's scan frequency (BatchGetRepositoryScanningConfiguration: {})",
                e.code().unwrap_or("request failed")
            )),
        }
        s
    }

    /// StartImageScan of one image (by digest). A scan already done today is not an error.
    pub async fn start_scan(&self, name: &str, digest: &str) -> Result<Started> {
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        debug(2, format_args!("StartImageScan {name}@{digest}"));
        let answer = client
            .start_image_scan()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .image_id(digest_id(digest))
            .send()
            .await;
        match answer {
            Ok(_) => Ok(Started::Started),
            Err(e) if codes::quota(e.code()) => Ok(Started::AlreadyScanned),
            Err(e) => Err(aws_error(
                &format!("starting a scan of {name}@{digest} (StartImageScan)"),
                e,
            )),
        }
    }

    /// DescribeImageScanFindings of one image, every page; `None` when it has never been
    /// scanned (`ScanNotFoundException`).
    pub async fn scan_findings(&self, name: &str, digest: &str) -> Result<Option<ScanAnswer>> {
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        let doing = format!("reading the scan findings of {name}@{digest}");
        let mut answer: Option<ScanAnswer> = None;
        let mut token: Option<String> = None;
        loop {
            debug(2, format_args!("DescribeImageScanFindings {name}@{digest}"));
            let page = client
                .describe_image_scan_findings()
                .set_registry_id(registry_id.clone())
                .repository_name(name)
                .image_id(digest_id(digest))
                .max_results(1000)
                .set_next_token(token.take())
                .send()
                .await;
            let page = match page {
                Ok(p) => p,
                Err(e) if e.code() == Some("ScanNotFoundException") => return Ok(None),
                Err(e) => return Err(aws_error(&doing, e)),
            };
            let a = answer.get_or_insert_with(|| ScanAnswer {
                status: page
                    .image_scan_status()
                    .and_then(|s| s.status())
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_else(|| "UNKNOWN".into()),
                description: page
                    .image_scan_status()
                    .and_then(|s| s.description())
                    .map(str::to_string),
                completed_at: secs(
                    page.image_scan_findings()
                        .and_then(|f| f.image_scan_completed_at()),
                ),
                source_updated_at: secs(
                    page.image_scan_findings()
                        .and_then(|f| f.vulnerability_source_updated_at()),
                ),
                kind: None,
                findings: Vec::new(),
            });
            if let Some(f) = page.image_scan_findings() {
                if !f.findings().is_empty() {
                    a.kind.get_or_insert(ScanKind::Basic);
                }
                if !f.enhanced_findings().is_empty() {
                    a.kind = Some(ScanKind::Enhanced);
                }
                a.findings.extend(f.findings().iter().map(basic_finding));
                for e in f.enhanced_findings() {
                    a.findings.extend(enhanced_findings(e));
                }
            }
            match page.next_token() {
                Some(t) if !t.is_empty() => token = Some(t.to_string()),
                _ => break,
            }
        }
        Ok(answer)
    }

    /// DescribeImageSigningStatus of one image: one state per signing profile that applies
    /// (empty when the registry signs nothing).
    pub async fn signing_status(&self, name: &str, digest: &str) -> Result<Vec<SigningState>> {
        let PrivateRegistry {
            client,
            registry_id,
        } = self;
        debug(
            2,
            format_args!("DescribeImageSigningStatus {name}@{digest}"),
        );
        let out = client
            .describe_image_signing_status()
            .set_registry_id(registry_id.clone())
            .repository_name(name)
            .image_id(digest_id(digest))
            // An optional read (`images show`): a registry without the operation answers an
            // error, not worth retrying.
            .customize()
            .config_override(
                aws_sdk_ecr::config::Config::builder()
                    .retry_config(aws_sdk_ecr::config::retry::RetryConfig::disabled()),
            )
            .send()
            .await
            .map_err(|e| aws_error(&format!("reading the signing status of {name}@{digest}"), e))?;
        Ok(out
            .signing_statuses()
            .iter()
            .map(|s| SigningState {
                profile: s.signing_profile_arn().map(str::to_string),
                status: s
                    .status()
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_else(|| "UNKNOWN".into()),
                failure: match (s.failure_code(), s.failure_reason()) {
                    (Some(c), Some(r)) => Some(format!("{c}: {r}")),
                    (c, r) => c.or(r).map(str::to_string),
                },
            })
            .collect())
    }
}

/// A basic scanning finding: its attributes carry the package and the CVSS score.
fn basic_finding(f: &ImageScanFinding) -> Finding {
    let attr = |key: &str| {
        f.attributes()
            .iter()
            .find(|a| a.key() == key)
            .and_then(|a| a.value())
            .map(str::to_string)
    };
    let score = |key: &str| attr(key).and_then(|v| v.trim().parse::<f64>().ok());
    Finding {
        package: attr("package_name"),
        installed_version: attr("package_version"),
        cvss_score: score("CVSS3_SCORE").or_else(|| score("CVSS2_SCORE")),
        uri: f.uri().map(str::to_string),
        description: f.description().map(str::to_string),
        ..Finding::new(
            f.name().unwrap_or("unnamed finding"),
            Severity::parse(f.severity().map(|s| s.as_str()).unwrap_or("")),
        )
    }
}

/// An enhanced (Inspector) finding: one [`Finding`] per vulnerable package.
fn enhanced_findings(e: &EnhancedImageScanFinding) -> Vec<Finding> {
    let details = e.package_vulnerability_details();
    let id = details
        .and_then(|d| d.vulnerability_id())
        .or(e.title())
        .unwrap_or("unnamed finding");
    let fix = match e.fix_available() {
        Some("YES") => Fix::Yes,
        Some("PARTIAL") => Fix::Partial,
        Some("NO") => Fix::No,
        _ => Fix::Unknown,
    };
    let uri = details
        .and_then(|d| d.source_url())
        .or_else(|| {
            e.remediation()
                .and_then(|r| r.recommendation())
                .and_then(|r| r.url())
        })
        .or_else(|| {
            details
                .and_then(|d| d.reference_urls().first())
                .map(String::as_str)
        })
        .map(str::to_string);
    // `score` reads 0 when Inspector gave none.
    let score = Some(e.score()).filter(|s| *s > 0.0).or_else(|| {
        details
            .and_then(|d| d.cvss().first())
            .map(|c| c.base_score())
    });
    let base = Finding {
        fix,
        cvss_score: score,
        uri,
        title: e.title().map(str::to_string),
        description: e.description().map(str::to_string),
        ..Finding::new(id, Severity::parse(e.severity().unwrap_or("")))
    };
    let packages = details.map(|d| d.vulnerable_packages()).unwrap_or_default();
    if packages.is_empty() {
        return vec![base];
    }
    packages
        .iter()
        .map(|p| {
            let fixed = p
                .fixed_in_version()
                .filter(|v| !v.is_empty() && !v.eq_ignore_ascii_case("NotAvailable"))
                .map(str::to_string);
            let version = match (p.epoch(), p.version(), p.release()) {
                (_, None, _) => None,
                (Some(ep), Some(v), r) if ep > 0 => Some(with_release(&format!("{ep}:{v}"), r)),
                (_, Some(v), r) => Some(with_release(v, r)),
            };
            Finding {
                package: p.name().map(str::to_string),
                installed_version: version,
                fixed_version: fixed,
                ..base.clone()
            }
        })
        .collect()
}

fn with_release(version: &str, release: Option<&str>) -> String {
    match release.filter(|r| !r.is_empty()) {
        Some(r) => format!("{version}-{r}"),
        None => version.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_ecr::types::{
        Attribute, FindingSeverity, PackageVulnerabilityDetails, VulnerablePackage,
    };

    #[test]
    fn basic_findings_read_their_attributes() {
        let f = ImageScanFinding::builder()
            .name("CVE-2024-1234")
            .severity(FindingSeverity::High)
            .uri("https://example.test/CVE-2024-1234")
            .attributes(
                Attribute::builder()
                    .key("package_name")
                    .value("openssl")
                    .build()
                    .unwrap(),
            )
            .attributes(
                Attribute::builder()
                    .key("package_version")
                    .value("3.0.7")
                    .build()
                    .unwrap(),
            )
            .attributes(
                Attribute::builder()
                    .key("CVSS2_SCORE")
                    .value("7.5")
                    .build()
                    .unwrap(),
            )
            .build();
        let got = basic_finding(&f);
        assert_eq!(got.id, "CVE-2024-1234");
        assert_eq!(got.severity, Severity::High);
        assert_eq!(got.package.as_deref(), Some("openssl"));
        assert_eq!(got.installed_version.as_deref(), Some("3.0.7"));
        assert_eq!(got.cvss_score, Some(7.5));
        assert_eq!(got.fix, Fix::Unknown);
    }

    #[test]
    fn enhanced_findings_split_per_package() {
        let pkg = |name: &str, fixed: &str| {
            VulnerablePackage::builder()
                .name(name)
                .version("1.2")
                .release("3.el9")
                .epoch(1)
                .fixed_in_version(fixed)
                .build()
        };
        let e = EnhancedImageScanFinding::builder()
            .title("CVE-2024-9999 - glibc")
            .severity("CRITICAL")
            .score(9.8)
            .fix_available("PARTIAL")
            .package_vulnerability_details(
                PackageVulnerabilityDetails::builder()
                    .vulnerability_id("CVE-2024-9999")
                    .source_url("https://nvd.example/CVE-2024-9999")
                    .vulnerable_packages(pkg("glibc", "1.3"))
                    .vulnerable_packages(pkg("glibc-common", "NotAvailable"))
                    .build(),
            )
            .build();
        let got = enhanced_findings(&e);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].id, "CVE-2024-9999");
        assert_eq!(got[0].installed_version.as_deref(), Some("1:1.2-3.el9"));
        assert_eq!(got[0].fixed_version.as_deref(), Some("1.3"));
        assert_eq!(got[1].fixed_version, None);
        assert_eq!(got[1].fix, Fix::Partial);
        assert_eq!(got[0].cvss_score, Some(9.8));
        assert_eq!(got[0].severity, Severity::Critical);
        assert_eq!(
            got[0].uri.as_deref(),
            Some("https://nvd.example/CVE-2024-9999")
        );
        // UNTRIAGED is the least severity.
        let untriaged = EnhancedImageScanFinding::builder()
            .severity("UNTRIAGED")
            .build();
        assert_eq!(
            enhanced_findings(&untriaged)[0].severity,
            Severity::Undefined
        );
        assert_eq!(enhanced_findings(&untriaged)[0].id, "unnamed finding");
    }
}
