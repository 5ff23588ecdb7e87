//! Image references in any registry, for `images copy` and `images sync`: docker's grammar,
//! ECR's host rules for ECR hosts, Docker Hub's names for docker.io. Pure.

use crate::reference::{parse_image_ref, LoginRegistry, Reference, Target as EcrTarget};

/// Which kind of registry a reference is in: it decides how ecrctl gets a password and whether
/// the destination's mutability can be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Registry {
    /// An ECR private registry host (`ACCOUNT.dkr.ecr.REGION.amazonaws.com` and its forms).
    Ecr(LoginRegistry),
    /// A short reference (`myapp:v1`): the caller's own private registry, configured region.
    EcrOwn,
    /// `public.ecr.aws`.
    EcrPublic,
    /// Any other OCI registry.
    Other,
}

/// An image (or, for `images sync`, a repository) in some registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageName {
    /// As given.
    pub original: String,
    /// The registry host the API is asked at (`registry-1.docker.io` for Docker Hub); empty for
    /// a short ECR reference until the caller's registry is known.
    pub host: String,
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
    pub registry: Registry,
}

impl ImageName {
    /// `host/repository`, as people write it.
    pub fn repo_text(&self) -> String {
        if self.host.is_empty() {
            self.repository.clone()
        } else {
            format!("{}/{}", self.host, self.repository)
        }
    }

    /// The whole reference: `host/repository:tag@digest`.
    pub fn text(&self) -> String {
        let mut s = self.repo_text();
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(d);
        }
        s
    }

    /// The tag, else the digest, for a manifest request.
    pub fn reference(&self) -> Option<&str> {
        self.digest.as_deref().or(self.tag.as_deref())
    }

    pub fn is_ecr(&self) -> bool {
        matches!(self.registry, Registry::Ecr(_) | Registry::EcrOwn)
    }
}

/// Docker Hub's names: `docker.io` and `index.docker.io` are served by `registry-1.docker.io`,
/// and a one-component repository is an official image under `library/`.
const DOCKER_HUB: &str = "registry-1.docker.io";

/// Parse an image reference in any registry. A first component that is not a host (no `.` or
/// `:`, not `localhost`: docker's rule) makes a short reference to the caller's ECR registry,
/// as everywhere else in ecrctl (Docker Hub images are written `docker.io/…`).
pub fn parse(input: &str) -> Result<ImageName, String> {
    let r = Reference::parse(input.trim())?;
    let host = r
        .domain
        .as_deref()
        .filter(|d| d.contains('.') || d.contains(':') || *d == "localhost");
    let Some(host) = host else {
        // ECR's rules for a short reference (name grammar, a registry host without a path).
        let ecr = parse_image_ref(input.trim())?;
        return Ok(ImageName {
            original: input.to_string(),
            host: String::new(),
            repository: ecr.repository,
            tag: ecr.tag,
            digest: ecr.digest,
            registry: Registry::EcrOwn,
        });
    };
    let lower = host.to_ascii_lowercase();
    let ecr_like = lower.contains(".dkr.ecr")
        || lower.contains(".dkr-ecr")
        || lower.starts_with("public.ecr.aws")
        || lower.starts_with("ecr-public.aws.com");
    if ecr_like {
        let ecr = parse_image_ref(input.trim())?;
        let registry = match &ecr.target {
            EcrTarget::Public { .. } => Registry::EcrPublic,
            EcrTarget::Private { .. } => {
                Registry::Ecr(crate::reference::login_registry(&lower).ok_or_else(|| {
                    format!(
                        "'{}': '{host}' is not an ECR registry host",
                        crate::error::cut(input)
                    )
                })?)
            }
        };
        let repository = match &ecr.target {
            EcrTarget::Public { alias } => format!("{alias}/{}", ecr.repository),
            EcrTarget::Private { .. } => ecr.repository,
        };
        return Ok(ImageName {
            original: input.to_string(),
            host: lower,
            repository,
            tag: ecr.tag,
            digest: ecr.digest,
            registry,
        });
    }
    let (host, repository) = match lower.as_str() {
        "docker.io" | "index.docker.io" | "registry-1.docker.io" => {
            let repo = if r.path.contains('/') {
                r.path.clone()
            } else {
                format!("library/{}", r.path)
            };
            (DOCKER_HUB.to_string(), repo)
        }
        _ => (lower, r.path.clone()),
    };
    Ok(ImageName {
        original: input.to_string(),
        host,
        repository,
        tag: r.tag,
        digest: r.digest,
        registry: Registry::Other,
    })
}

/// Whether a registry host is this machine: such registries are spoken to over plain HTTP (as
/// docker treats `127.0.0.0/8` and `localhost` as insecure registries by default).
pub fn is_loopback(host: &str) -> bool {
    let name = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) && !h.ends_with(':') => h,
        _ => host,
    };
    let name = name.trim_start_matches('[').trim_end_matches(']');
    name == "localhost"
        || name == "::1"
        || name
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// The testing aid `ECRCTL_TEST_REGISTRY_URLS` (`HOST=URL,HOST=URL`): the registry API of HOST
/// is asked at URL. Tests point an ECR host at a loopback registry with it; hosts not listed
/// are asked at `https://HOST` (`http://` for loopback).
pub fn base_url(host: &str, overrides: Option<&str>) -> String {
    if let Some(list) = overrides {
        for pair in list.split(',') {
            if let Some((h, url)) = pair.split_once('=') {
                if h.trim().eq_ignore_ascii_case(host) {
                    return url.trim().trim_end_matches('/').to_string();
                }
            }
        }
    }
    if is_loopback(host) {
        format!("http://{host}")
    } else {
        format!("https://{host}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ecr_hosts_keep_ecr_rules() {
        let i = parse("123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:v1").unwrap();
        assert!(
            matches!(i.registry, Registry::Ecr(LoginRegistry::Private { ref region, .. }) if region == "eu-west-1")
        );
        assert_eq!(i.repository, "team/app");
        assert_eq!(i.tag.as_deref(), Some("v1"));
        assert_eq!(
            i.text(),
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:v1"
        );
        let p = parse("public.ecr.aws/alias/tool:2").unwrap();
        assert_eq!(
            (p.registry, p.repository.as_str()),
            (Registry::EcrPublic, "alias/tool")
        );
        // A look-alike host is an ordinary registry; a broken ECR host is an error.
        let other = parse("123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.example/app:v1");
        assert!(other.is_err() || other.unwrap().registry == Registry::Other);
        assert!(parse("12345.dkr.ecr.eu-west-1.amazonaws.com/app:v1").is_err());
    }

    #[test]
    fn short_names_are_the_callers_ecr_registry() {
        let i = parse("myapp:v1").unwrap();
        assert_eq!(i.registry, Registry::EcrOwn);
        assert_eq!(i.host, "");
        assert_eq!(i.reference(), Some("v1"));
        assert!(parse("MyApp:v1").is_err());
        assert!(parse("myapp:v1:").is_err());
    }

    #[test]
    fn docker_hub_and_other_registries() {
        let d = parse("docker.io/alpine:3.20").unwrap();
        assert_eq!(
            (d.host.as_str(), d.repository.as_str()),
            ("registry-1.docker.io", "library/alpine")
        );
        let g = parse("ghcr.io/org/tool@sha256:".to_string().as_str());
        assert!(g.is_err());
        let l = parse("localhost:5000/a/b:t").unwrap();
        assert_eq!(
            (l.host.as_str(), l.registry.clone()),
            ("localhost:5000", Registry::Other)
        );
        let digest = format!("sha256:{}", "a".repeat(64));
        let g = parse(&format!("ghcr.io/org/tool@{digest}")).unwrap();
        assert_eq!(g.reference(), Some(digest.as_str()));
    }

    #[test]
    fn loopback_hosts_and_the_test_override() {
        assert!(is_loopback("127.0.0.1:5000"));
        assert!(is_loopback("localhost"));
        assert!(is_loopback("[::1]:5000"));
        assert!(!is_loopback("ghcr.io"));
        assert!(!is_loopback("127.0.0.1.evil.example"));
        assert_eq!(base_url("ghcr.io", None), "https://ghcr.io");
        assert_eq!(base_url("127.0.0.1:5000", None), "http://127.0.0.1:5000");
        let map = "a.example=http://127.0.0.1:1/, 123456789012.dkr.ecr.us-east-1.amazonaws.com=http://127.0.0.1:2";
        assert_eq!(
            base_url("123456789012.dkr.ecr.us-east-1.amazonaws.com", Some(map)),
            "http://127.0.0.1:2"
        );
        assert_eq!(base_url("a.example", Some(map)), "http://127.0.0.1:1");
    }
}
