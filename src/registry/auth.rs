//! Registry passwords: GetAuthorizationToken, private (per region, the registry's account) and
//! public (always us-east-1). The SDK's outputs hold the token: they are never formatted.

use anyhow::{Context as _, Result};

use crate::aws::Clients;
use crate::error::{aws_error, AppError, Exit};
use crate::login::{split_token, Token};
use crate::reference::LoginRegistry;
use crate::ui::debug;

/// A password for `registry`, or for the caller's own registry in the configured region
/// (`None`).
pub async fn token(clients: &Clients, registry: Option<&LoginRegistry>) -> Result<Token> {
    let (encoded, expires, endpoint) = match registry {
        Some(LoginRegistry::Public { host }) => {
            let doing = format!("getting a password for {host}");
            debug(2, format_args!("GetAuthorizationToken (ECR Public)"));
            let out = clients
                .public()
                .await?
                .get_authorization_token()
                .send()
                .await
                .map_err(|e| aws_error(&doing, e))?;
            let data = out
                .authorization_data()
                .context("ECR Public returned no token")?;
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
                .map_err(|e| aws_error(&doing, e))?;
            let data = out
                .authorization_data()
                .first()
                .context("ECR returned no token")?;
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
                .map_err(|e| aws_error(doing, e))?;
            let data = out
                .authorization_data()
                .first()
                .context("ECR returned no token")?;
            let host = data.proxy_endpoint().map(|e| {
                e.trim_start_matches("https://")
                    .trim_end_matches('/')
                    .to_string()
            });
            (
                data.authorization_token().map(str::to_string),
                data.expires_at().map(|t| t.secs()),
                host,
            )
        }
    };
    let (username, password) = encoded.as_deref().and_then(split_token).ok_or_else(|| {
        AppError::new(
            Exit::Service,
            "ECR's answer held no usable token (expected base64 of USER:PASSWORD)",
        )
    })?;
    Ok(Token {
        registry: endpoint.unwrap_or_default(),
        username,
        password,
        expires_at: expires.unwrap_or(0),
    })
}
