//! Pull-through cache rules: the checks made before anything is sent (the prefix, the upstream
//! registry's host, what it needs to authenticate, the credential's Secrets Manager ARN). Pure:
//! ecrctl only ever names a credential by its ARN and never reads the secret.

/// The upstream registries ECR's pull-through cache supports, and what each needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// Anonymous pulls: no credential.
    None,
    /// A credential is optional (authenticated pulls get higher limits).
    Optional,
    /// A Secrets Manager credential is required.
    Required,
    /// Another ECR private registry: a custom role, no credential.
    Role,
}

/// An upstream host, checked: (the host, its auth needs).
pub fn check_upstream(url: &str) -> Result<(String, Auth), String> {
    let shown = crate::error::cut(url);
    if let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    {
        return Err(format!(
            "upstream '{shown}': give the registry's host without a scheme, e.g. {}",
            rest.trim_end_matches('/')
        ));
    }
    let host = url.trim_end_matches('/');
    if host.is_empty() || host.contains('/') || host.contains(char::is_whitespace) {
        return Err(format!(
            "upstream '{shown}' is not a registry host (e.g. registry-1.docker.io, ghcr.io, public.ecr.aws)"
        ));
    }
    if host == "docker.io" || host == "index.docker.io" {
        return Err(format!(
            "upstream '{shown}': Docker Hub's registry host is registry-1.docker.io"
        ));
    }
    let auth = match host {
        "public.ecr.aws" | "registry.k8s.io" => Auth::None,
        "quay.io" | "cgr.dev" => Auth::Optional,
        "registry-1.docker.io" | "ghcr.io" | "registry.gitlab.com" => Auth::Required,
        h if h.ends_with(".azurecr.io") => Auth::Required,
        h if h.contains(".dkr.ecr.") => Auth::Role,
        _ => {
            return Err(format!(
                "upstream '{shown}' is not a registry ECR's pull-through cache supports: \
                 public.ecr.aws, registry.k8s.io, quay.io, registry-1.docker.io, ghcr.io, \
                 registry.gitlab.com, *.azurecr.io, cgr.dev or another ECR private registry"
            ))
        }
    };
    Ok((host.to_string(), auth))
}

/// The rule's repository prefix: `ROOT`, or 2-30 characters of a repository name.
pub fn check_prefix(prefix: &str) -> Result<(), String> {
    if prefix == "ROOT" {
        return Ok(());
    }
    let len = prefix.chars().count();
    let part_ok = |p: &str| {
        !p.is_empty()
            && p.split(['.', '_', '-']).all(|w| {
                !w.is_empty()
                    && w.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            })
    };
    if (2..=30).contains(&len) && prefix.split('/').all(part_ok) {
        Ok(())
    } else {
        Err(format!(
            "pull-through prefix '{}': 2 to 30 characters of a repository name (lower-case \
             letters and digits joined by '.', '_', '-' or '/'), or ROOT",
            crate::error::cut(prefix)
        ))
    }
}

/// The credential: a Secrets Manager secret ARN whose name starts with `ecr-pullthroughcache/`.
pub fn check_credential_arn(arn: &str) -> Result<(), String> {
    let shown = crate::error::cut(arn);
    let parts: Vec<&str> = arn.splitn(7, ':').collect();
    let is_secret = parts.len() == 7
        && parts[0] == "arn"
        && parts[2] == "secretsmanager"
        && parts[5] == "secret"
        && parts[4].len() == 12
        && parts[4].bytes().all(|b| b.is_ascii_digit());
    if !is_secret {
        return Err(format!(
            "credential '{shown}' is not a Secrets Manager secret ARN \
             (arn:aws:secretsmanager:REGION:ACCOUNT:secret:ecr-pullthroughcache/NAME)"
        ));
    }
    if !parts[6].starts_with("ecr-pullthroughcache/") {
        return Err(format!(
            "credential '{shown}': ECR only reads secrets whose name starts with ecr-pullthroughcache/"
        ));
    }
    Ok(())
}

/// Whether the rule's options fit its upstream: a credential where it is required (and only
/// where one is taken), a role for an ECR upstream.
pub fn check_fit(auth: Auth, host: &str, credential: bool, role: bool) -> Result<(), String> {
    match auth {
        Auth::Required if !credential => Err(format!(
            "{host} needs a credential: --credential-arn with a Secrets Manager secret named ecr-pullthroughcache/…"
        )),
        Auth::None if credential => Err(format!("{host} takes no credential: leave out --credential-arn")),
        Auth::Role if credential => Err(format!(
            "{host} is an ECR registry: it takes --custom-role-arn, not a credential"
        )),
        Auth::Role if !role => Err(format!(
            "{host} is an ECR registry: give the role ECR assumes to pull from it with --custom-role-arn"
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upstream_hosts() {
        assert_eq!(
            check_upstream("registry-1.docker.io").unwrap().1,
            Auth::Required
        );
        assert_eq!(check_upstream("public.ecr.aws").unwrap().1, Auth::None);
        assert_eq!(
            check_upstream("quay.io/").unwrap(),
            ("quay.io".into(), Auth::Optional)
        );
        assert_eq!(
            check_upstream("myreg.azurecr.io").unwrap().1,
            Auth::Required
        );
        assert_eq!(
            check_upstream("444455556666.dkr.ecr.eu-west-1.amazonaws.com")
                .unwrap()
                .1,
            Auth::Role
        );
        assert!(check_upstream("https://ghcr.io")
            .unwrap_err()
            .contains("e.g. ghcr.io"));
        assert!(check_upstream("docker.io")
            .unwrap_err()
            .contains("registry-1.docker.io"));
        assert!(check_upstream("example.com")
            .unwrap_err()
            .contains("supports"));
        assert!(check_upstream("ghcr.io/org").is_err());
    }

    #[test]
    fn prefixes() {
        for good in ["docker-hub", "ROOT", "ab", "team/hub", "a.b_c"] {
            assert!(check_prefix(good).is_ok(), "{good}");
        }
        for bad in ["a", "Docker", "hub-", "/hub", &"a".repeat(31)] {
            assert!(check_prefix(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn credentials_are_secret_arns_with_the_ecr_prefix() {
        let good =
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub-AbCdEf";
        assert!(check_credential_arn(good).is_ok());
        let other = "arn:aws:secretsmanager:us-east-1:123456789012:secret:hub";
        assert!(check_credential_arn(other)
            .unwrap_err()
            .contains("ecr-pullthroughcache/"));
        assert!(check_credential_arn("hub-token")
            .unwrap_err()
            .contains("not a Secrets Manager"));
        assert!(check_credential_arn("arn:aws:kms:us-east-1:123456789012:key/x").is_err());
    }

    #[test]
    fn options_fit_the_upstream() {
        assert!(check_fit(Auth::Required, "ghcr.io", false, false)
            .unwrap_err()
            .contains("needs a credential"));
        assert!(check_fit(Auth::Required, "ghcr.io", true, false).is_ok());
        assert!(check_fit(Auth::None, "public.ecr.aws", true, false).is_err());
        assert!(check_fit(Auth::Optional, "quay.io", false, false).is_ok());
        assert!(check_fit(Auth::Role, "x.dkr.ecr.y", false, false)
            .unwrap_err()
            .contains("--custom-role-arn"));
        assert!(check_fit(Auth::Role, "x.dkr.ecr.y", false, true).is_ok());
    }
}
