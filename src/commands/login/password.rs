//! A registry password: from the token cache when it holds a good one, else from ECR
//! (GetAuthorizationToken), fetched once across concurrent ecrctl processes.

use anyhow::Result;

use super::env;
use crate::commands::Context;
use crate::error::{AppError, Exit};
use crate::login::{cache, Token};
use crate::reference::LoginRegistry;

/// A password for a registry: from the cache when it holds a good one (and `use_cache`), else
/// from ECR, then kept (unless already expired). The bool says whether it came from the cache.
///
/// `--timeout` (the helper's `ECRCTL_TIMEOUT`) bounds the whole of it: the wait for another
/// ecrctl fetching the same token and the fetch share one deadline. A fetch that fails is
/// recorded beside the lock for a few seconds, and the processes that waited for it answer
/// that failure instead of asking ECR again.
pub(super) async fn password(
    ctx: &Context,
    registry: Option<&LoginRegistry>,
    use_cache: bool,
) -> Result<(Token, bool)> {
    let deadline = tokio::time::Instant::now() + ctx.timeout;
    let now = crate::time::now();
    let dir = use_cache
        .then(|| cache::dir(&env))
        .flatten()
        .filter(|d| match cache::check_dir(d) {
            Ok(None) => true,
            Ok(Some(done)) => {
                crate::ui::warn(&format!("the token cache {}: {done}", d.display()));
                true
            }
            Err(why) => {
                crate::ui::warn(&format!(
                    "the token cache {} is not used: {why}; fetching without it",
                    d.display()
                ));
                false
            }
        });
    // The key's parts: who asks, where (the endpoint), and the region.
    let who = match &dir {
        Some(_) => {
            let (identity, endpoint) = ctx.clients.identity().await?;
            let region = match registry {
                Some(LoginRegistry::Private { region, .. }) => region.clone(),
                Some(LoginRegistry::Public { .. }) => crate::aws::PUBLIC_REGION.to_string(),
                None => ctx.clients.region().await?,
            };
            Some((identity, endpoint, region))
        }
        None => None,
    };
    let key = |host: &str| {
        who.as_ref().map(|(identity, endpoint, region)| {
            cache::key(identity, region, host, endpoint.as_deref())
        })
    };
    // Your own registry is cached under "default" (its host is known only from the answer).
    let asked = registry.map(|r| r.host().to_string());
    let shown = asked.as_deref().unwrap_or("your registry").to_string();
    let read_key = key(asked.as_deref().unwrap_or("default"));
    let cached = |dir: &std::path::Path, k: &str| {
        cache::read(dir, k, crate::time::now())
            // A file that names another registry is not this registry's token.
            .filter(|t| asked.as_ref().is_none_or(|h| *h == t.registry))
    };
    let mut dir = dir;
    let mut single_flight = None;
    if let (Some(d), Some(k)) = (dir.clone(), &read_key) {
        if let Some(t) = cached(&d, k) {
            crate::ui::debug(
                1,
                format_args!("password for {} from the cache", t.registry),
            );
            return Ok((t, true));
        }
        // One fetch per key: the first process fetches, the others wait for it (until the
        // deadline) and then read what it kept, or the failure it recorded.
        let waited_since = crate::time::now_ms();
        let lock = {
            let (d, k) = (d.clone(), k.clone());
            let wait = deadline.saturating_duration_since(tokio::time::Instant::now());
            tokio::task::spawn_blocking(move || cache::lock(&d, &k, wait))
                .await
                .map_err(|e| anyhow::anyhow!("waiting for the token cache lock: {e}"))?
        };
        let shared_failure = || {
            cache::recent_failure(&d, k, crate::time::now_ms(), waited_since).map(|f| {
                crate::ui::debug(
                    1,
                    format_args!(
                        "another ecrctl failed to fetch the password for {shown} while this one waited: answering its error"
                    ),
                );
                anyhow::Error::from(failure_error(f, &shown))
            })
        };
        match lock {
            Ok(held) => {
                if let Some(t) = cached(&d, k) {
                    crate::ui::debug(
                        1,
                        format_args!(
                            "password for {} from the cache (fetched by another ecrctl)",
                            t.registry
                        ),
                    );
                    return Ok((t, true));
                }
                if let Some(e) = shared_failure() {
                    return Err(e);
                }
                single_flight = Some(held);
            }
            Err(cache::LockFailure::Unusable(why)) => {
                crate::ui::warn(&format!(
                    "the token cache {} is not used ({why}): fetching without it",
                    d.display()
                ));
                dir = None;
            }
            Err(cache::LockFailure::TimedOut(why)) => {
                if let Some(t) = cached(&d, k) {
                    return Ok((t, true));
                }
                if let Some(e) = shared_failure() {
                    return Err(e);
                }
                return Err(out_of_time(ctx, &shown, Some(&why)).into());
            }
        }
    }
    let fetched = tokio::time::timeout_at(
        deadline,
        crate::registry::auth::token(&ctx.clients, registry),
    )
    .await
    .unwrap_or_else(|_| Err(out_of_time(ctx, &shown, None).into()));
    let token = match fetched {
        Ok(token) => token,
        Err(e) => {
            // Those waiting for this fetch answer its failure rather than fetch again: a
            // failure of the service or the way to it (what the others would meet too), never
            // a local one such as a bad setting, which another process may not share.
            let (exit, hint) = crate::error::classify(&e);
            let shared = matches!(exit, Exit::Auth | Exit::Service | Exit::Network);
            if let (true, Some(d), Some(k), Some(_)) = (shared, &dir, &read_key, &single_flight) {
                let failure = cache::Failure {
                    exit: exit.code(),
                    message: crate::registry::auth::redact(&crate::error::render(&e)),
                    hint: hint.map(crate::registry::auth::redact),
                    at_ms: crate::time::now_ms(),
                };
                if let Err(why) = cache::record_failure(d, k, &failure) {
                    crate::ui::debug(1, format_args!("could not record the failure: {why}"));
                }
            }
            return Err(e);
        }
    };
    if let Some(dir) = &dir {
        if let Some(k) = &read_key {
            cache::forget_failure(dir, k);
        }
        let mut keys: Vec<String> = key(&token.registry).into_iter().collect();
        if asked.is_none() {
            keys.extend(key("default"));
        }
        for k in keys {
            if let Err(e) = cache::write(dir, &k, &token, now) {
                crate::ui::warn(&format!(
                    "could not keep the token in {}: {e}",
                    dir.display()
                ));
                break;
            }
        }
    }
    drop(single_flight);
    Ok((token, false))
}

/// The error another ecrctl recorded for the fetch this process waited for.
/// The failure another process recorded, said as its own (its timeout, say, is not ours).
fn failure_error(f: cache::Failure, shown: &str) -> AppError {
    let exit = Exit::TABLE
        .iter()
        .map(|(e, _)| *e)
        .find(|e| e.code() == f.exit)
        .unwrap_or(Exit::Failure);
    let error = AppError::new(
        exit,
        format!(
            "another ecrctl's fetch of the password for {shown} failed while this one waited for it: {}",
            f.message
        ),
    );
    match f.hint {
        Some(h) => error.with_hint(h),
        None => error,
    }
}

/// The deadline passed: waiting for another ecrctl's fetch (`waited`) or fetching.
fn out_of_time(ctx: &Context, shown: &str, waited: Option<&str>) -> AppError {
    let setting = crate::error::settings().timeout;
    let secs = ctx.timeout.as_secs_f64();
    let message = match waited {
        Some(why) => format!(
            "getting a password for {shown}: no answer within {setting} ({secs} s): {why}, fetching the same password"
        ),
        None => format!(
            "getting a password for {shown}: no answer within {setting} ({secs} s, the wait for another ecrctl included)"
        ),
    };
    AppError::new(Exit::Network, message).with_hint(crate::error::timeout_hint())
}
