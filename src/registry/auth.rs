//! Registry passwords: GetAuthorizationToken, private (per region, the registry's account) and
//! public (always us-east-1). The SDK's outputs hold the token: they are never formatted.

use anyhow::Result;

use crate::aws::Clients;
use crate::error::{aws_error, AppError, Exit};
use crate::login::{split_token, Token};
use crate::reference::LoginRegistry;

/// A password for `registry`, or for the caller's own registry in the configured region
/// (`None`).
pub async fn token(clients: &Clients, registry: Option<&LoginRegistry>) -> Result<Token> {
    let (encoded, expires, endpoint) = match registry {
        Some(LoginRegistry::Public { host }) => {
            let doing = format!("getting a password for {host}");
            let out = clients
                .public()
                .await?
                .get_authorization_token()
                .send()
                .await
                .map_err(|e| scrubbed(aws_error(&doing, e)))?;
            let data = out
                .authorization_data()
                .ok_or_else(|| AppError::new(Exit::Service, "ECR Public returned no token"))?;
            (
                data.authorization_token().map(str::to_string),
                data.expires_at().map(|t| t.secs()),
                Some(host.clone()),
            )
        }
        Some(LoginRegistry::Private {
            host,
            account,
            region,
            fips,
            dual_stack,
        }) => {
            let doing = format!("getting a password for {host}");
            let client = clients.ecr_in(Some(region), *fips, *dual_stack).await?;
            #[allow(deprecated)]
            let out = client
                .get_authorization_token()
                .registry_ids(account)
                .send()
                .await
                .map_err(|e| scrubbed(aws_error(&doing, e)))?;
            let data = out
                .authorization_data()
                .first()
                .ok_or_else(|| AppError::new(Exit::Service, "ECR returned no token"))?;
            // The same rule as for your own registry: an answer that names a registry, names
            // an ECR registry host.
            if data
                .proxy_endpoint()
                .is_some_and(|p| private_host(Some(p)).is_none())
            {
                return Err(not_an_ecr_host(data.proxy_endpoint()).into());
            }
            (
                data.authorization_token().map(str::to_string),
                data.expires_at().map(|t| t.secs()),
                Some(host.clone()),
            )
        }
        None => {
            let doing = "getting a password for your registry";
            let out = clients
                .ecr()
                .await?
                .get_authorization_token()
                .send()
                .await
                .map_err(|e| scrubbed(aws_error(doing, e)))?;
            let data = out
                .authorization_data()
                .first()
                .ok_or_else(|| AppError::new(Exit::Service, "ECR returned no token"))?;
            // The host goes to the tool's command line and names the cache entry: it must be
            // an ECR registry host, whatever the endpoint answered.
            let host = Some(
                private_host(data.proxy_endpoint())
                    .ok_or_else(|| not_an_ecr_host(data.proxy_endpoint()))?,
            );
            (
                data.authorization_token().map(str::to_string),
                data.expires_at().map(|t| t.secs()),
                host,
            )
        }
    };
    let (username, password) = encoded
        .as_deref()
        .and_then(split_token)
        .filter(|(u, _)| u == "AWS")
        .ok_or_else(|| {
            AppError::new(
                Exit::Service,
                "ECR's answer held no usable token (expected base64 of AWS:PASSWORD)",
            )
        })?;
    // ECR's tokens last 12 hours: an expiry beyond that (or before the epoch) is not trusted.
    let now = crate::time::now();
    let expires_at = expires.unwrap_or(0).clamp(0, now.saturating_add(12 * 3600));
    Ok(Token {
        registry: endpoint.unwrap_or_default(),
        username,
        password,
        expires_at,
    })
}

/// The private ECR registry host an answer's `proxyEndpoint` names, if it names one.
fn private_host(proxy_endpoint: Option<&str>) -> Option<String> {
    match proxy_endpoint.and_then(crate::reference::login_registry) {
        Some(LoginRegistry::Private { host, .. }) => Some(host),
        _ => None,
    }
}

fn not_an_ecr_host(proxy_endpoint: Option<&str>) -> AppError {
    let named = proxy_endpoint.map(endpoint_host).filter(|h| !h.is_empty());
    let message = match named {
        Some(h) => format!(
            "the answer named the registry {}, which is not an ECR registry host: refused",
            crate::error::cut(&crate::ui::clean(&h))
        ),
        None => "the answer named no registry host: refused".to_string(),
    };
    AppError::new(Exit::Service, message)
}

/// The host (and port) of a `proxyEndpoint` URL, without scheme, path or user info.
fn endpoint_host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    authority
        .rsplit_once('@')
        .map_or(authority, |(_, h)| h)
        .to_string()
}

/// An error about a token call, with anything that may be the token blanked out: an answer
/// ecrctl could not read is quoted in errors, and this one holds the password.
fn scrubbed(err: anyhow::Error) -> anyhow::Error {
    match err.downcast::<AppError>() {
        Ok(mut app) => {
            app.message = redact(&app.message);
            app.into()
        }
        Err(other) => anyhow::anyhow!(redact(&format!("{other:#}"))),
    }
}

/// Blank what may be a secret in text that is shown or logged: the values of the secret
/// variables in the environment, and tokens (see [`redact_with`]).
pub fn redact(text: &str) -> String {
    let secrets: Vec<String> = ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .collect();
    redact_with(text, &secrets)
}

/// `secrets` (values of 8 characters or more) become `<redacted>`, as do tokens: runs of 16 or
/// more base64 characters mixing letters and digits (two or more) in a stretch of 12 or more
/// without `_`, `-` or `.` (a token, a password, part of one). Words stay, identifiers such as
/// `AWS_EC2_METADATA_DISABLED` or `us-east-1` and error codes included.
pub fn redact_with(text: &str, secrets: &[String]) -> String {
    let mut text = text.to_string();
    for s in secrets.iter().filter(|s| s.chars().count() >= 8) {
        text = text.replace(s.as_str(), "<redacted>");
    }
    let is_b64 = |c: char| c.is_ascii_alphanumeric() || "+/=_-".contains(c);
    let token_like = |run: &str| {
        run.chars().count() >= 16
            && run.split(['_', '-', '.']).any(|part| {
                let digits = part.chars().filter(char::is_ascii_digit).count();
                let long = part.chars().count();
                // One digit in a long CamelCase word (`AmazonEC2ContainerRegistry`) is a name.
                long >= 12
                    && part.chars().any(|c| c.is_ascii_alphabetic())
                    && (digits >= 2 || (digits == 1 && long >= 32))
            })
    };
    let mut out = String::new();
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once('\0')) {
        if is_b64(c) {
            run.push(c);
            continue;
        }
        if token_like(&run) {
            out.push_str("<redacted>");
        } else {
            out.push_str(&run);
        }
        run.clear();
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_blanked_in_errors() {
        let text = r#"getting a password: HTTP 200 that is not an ECR answer: '{"authorizationData": [{"authorizationToken": "QVdTOlNPTUVQQVNTV09SRA==", "expiresAt": 1'"#;
        let out = super::redact(text);
        assert!(!out.contains("QVdTOlNPTUVQQVNTV09SRA"), "{out}");
        assert!(out.contains("authorizationToken"));
        assert_eq!(
            super::redact("bad thing token=abcdefghij0123456789"),
            "bad thing <redacted>"
        );
        assert_eq!(
            super::redact("InvalidParameterException: in us-east-1"),
            "InvalidParameterException: in us-east-1"
        );
    }

    #[test]
    fn words_and_identifiers_stay_secret_values_go() {
        for words in [
            "no credentials: IMDS disabled by AWS_EC2_METADATA_DISABLED",
            "the profile's credential_process failed in eu-central-1",
            "AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken",
            "ECRCTL_TIMEOUT_SECONDS_2 ignored",
        ] {
            assert_eq!(super::redact_with(words, &[]), words);
        }
        let secret = "wJalrXUtnFEMI/K7MDENG".to_string();
        assert_eq!(
            super::redact_with(
                "signature of wJalrXUtnFEMI/K7MDENG did not match",
                &[secret]
            ),
            "signature of <redacted> did not match"
        );
        // URL-safe base64 with separators is still a token.
        assert_eq!(
            super::redact_with("x QVdTOlNP-TUVQQVNTV09SRA_abc y", &[]),
            "x <redacted> y"
        );
    }
}
