//! `ecrctl login` (and `--print-password`, `--clear-cache`, `--install-helper`) and the
//! docker credential helper: registry passwords from GetAuthorizationToken, cached per identity.

pub mod args;
mod helper;
mod install;
mod tool;

use anyhow::Result;
use serde_json::{json, Value};

use super::Context;
use crate::commands::login::args::LoginArgs;
use crate::error::{usage, AppError, Exit};
use crate::login::{cache, Token};
use crate::output::{Human, Report};
use crate::reference::LoginRegistry;

pub use helper::{helper, unusable_setting};

/// A registry argument: a host or URL on one, a repository or image URI, an account id (its
/// registry in the configured region) or public.ecr.aws.
async fn target(ctx: &Context, arg: &str) -> Result<LoginRegistry> {
    if arg.len() == 12 && arg.bytes().all(|b| b.is_ascii_digit()) {
        let region = ctx.clients.region().await?;
        let suffix = if crate::reference::partition_of(&region) == "aws-cn" {
            "amazonaws.com.cn"
        } else {
            "amazonaws.com"
        };
        return Ok(LoginRegistry::Private {
            host: format!("{arg}.dkr.ecr.{region}.{suffix}"),
            account: arg.to_string(),
            region,
            fips: false,
            dual_stack: false,
        });
    }
    let registry = crate::reference::login_registry(arg).ok_or_else(|| {
        AppError::usage(format!(
            "'{}' is not an ECR registry: give ACCOUNT.dkr.ecr.REGION.amazonaws.com (or its FIPS, dual-stack or China form), an image URI on one, a 12-digit account id, or public.ecr.aws",
            crate::ui::clean(arg)
        ))
    })?;
    if let LoginRegistry::Private { host, region, .. } = &registry {
        crate::error::check_host_region(region, host)?;
    }
    Ok(registry)
}

async fn targets(ctx: &Context, args: &[String]) -> Result<Vec<Option<LoginRegistry>>> {
    if args.is_empty() {
        return Ok(vec![None]);
    }
    let mut out = Vec::new();
    for a in args {
        let t = target(ctx, a).await?;
        if !out.contains(&Some(t.clone())) {
            out.push(Some(t));
        }
    }
    Ok(out)
}

fn env(k: &str) -> Option<String> {
    std::env::var(k).ok()
}

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

pub async fn login(ctx: &Context, args: &LoginArgs) -> Result<Report> {
    if args.clear_cache {
        if !args.registries.is_empty() {
            return usage(
                "--clear-cache empties the whole token cache and takes no REGISTRY: run `ecrctl login --clear-cache` alone",
            );
        }
        let dir = cache::dir(&env).ok_or_else(|| {
            AppError::new(
                Exit::Config,
                "no cache directory: neither XDG_CACHE_HOME nor HOME is set",
            )
        })?;
        let n = cache::clear(&dir)
            .map_err(|e| anyhow::anyhow!("emptying the token cache {}: {e}", dir.display()))?;
        let json = json!({"cache": dir.display().to_string(), "removed": n});
        return Ok(
            Report::new(json, Human::Lines(vec![]), vec![]).with_status(format!(
                "removed {n} cached token(s) from {}",
                dir.display()
            )),
        );
    }
    let targets = targets(ctx, &args.registries).await?;
    if args.install_helper || args.uninstall_helper {
        return install::run(ctx, args, &targets).await;
    }
    if args.print_password && targets.len() > 1 {
        return usage("--print-password prints one password: name one registry");
    }
    if args.print_password && crate::output::stdout_was_closed() {
        return Err(AppError::new(
            Exit::Failure,
            "standard output is closed: the password would go nowhere",
        )
        .with_hint("send it somewhere, e.g. `ecrctl login --print-password | docker login --username AWS --password-stdin REGISTRY`")
        .into());
    }
    // The tool first: a missing docker is said before any call.
    let tool = if args.print_password {
        None
    } else {
        Some(tool::choose(args.tool)?)
    };
    let fetched = futures::future::join_all(
        targets
            .iter()
            .map(|t| password(ctx, t.as_ref(), !args.no_cache)),
    )
    .await;
    if args.print_password {
        let (token, _) = fetched.into_iter().next().expect("one target")?;
        // Under GitHub Actions the runner masks the password in the log from now on. On stderr
        // (the runner reads both streams): stdout is the password alone, often piped into
        // `docker login --password-stdin`, which would take the mask line as part of it.
        // With -o json the password is never printed, so there is nothing to mask.
        if ctx.runner.github()
            && !crate::ui::json_output()
            && !token.password.contains(['\n', '\r'])
        {
            eprintln!("::add-mask::{}", token.password);
        }
        let json = json!({"registry": token.registry, "username": token.username, "expiresAt": crate::time::format(token.expires_at)});
        // The password is the text and table view; JSON never holds it.
        let line = token.password.clone();
        let mut report = Report::new(json, Human::Lines(vec![line.clone()]), vec![vec![line]]);
        if token.expires_at <= crate::time::now() {
            report.warnings.push(format!(
                "warning: this password expired at {}: ECR (or the emulator) handed out an expired token",
                crate::time::format(token.expires_at)
            ));
        }
        return Ok(report);
    }
    let tool = tool.expect("a tool unless printing");
    let now = crate::time::now();
    let mut records: Vec<Value> = Vec::new();
    let mut rows = Vec::new();
    let mut status = Vec::new();
    let mut warnings = Vec::new();
    let mut exits = Vec::new();
    let single = targets.len() == 1;
    for (t, got) in targets.iter().zip(fetched) {
        let shown = t
            .as_ref()
            .map(|t| t.host().to_string())
            .unwrap_or_else(|| "your registry".into());
        // A password fetched for a tool that then failed still has its expiry and source.
        let (fetched, result) = match got {
            Ok((token, cached)) => (
                Some((token.registry.clone(), token.expires_at, cached)),
                tool::run(&tool, &token, ctx.timeout)
                    .await
                    .map(|()| (token, cached)),
            ),
            Err(e) => (None, Err(e)),
        };
        // One registry: its error is the command's, said as every error is.
        let result = match result {
            Err(e) if single => return Err(e),
            other => other,
        };
        match result {
            Ok((token, cached)) => {
                let expired = token.expires_at <= now;
                if expired {
                    warnings.push(format!("warning: the token ECR returned for {} had already expired ({}): it was used once and not cached", token.registry, crate::time::format(token.expires_at)));
                }
                status.push(format!(
                    "logged in to {} with {} (token {} {}{})",
                    token.registry,
                    tool.name,
                    if expired { "expired at" } else { "valid until" },
                    crate::time::format(token.expires_at),
                    if cached { ", from the cache" } else { "" }
                ));
                rows.push(vec![
                    token.registry.clone(),
                    tool.name.to_string(),
                    "logged-in".into(),
                    crate::time::format(token.expires_at),
                    cached.to_string(),
                ]);
                records.push(json!({"registry": token.registry, "tool": tool.name, "result": "logged-in", "expiresAt": crate::time::format(token.expires_at), "cached": cached, "error": null}));
                exits.push(Exit::Success);
            }
            Err(e) => {
                let (exit, _) = crate::error::classify(&e);
                let message = crate::error::render(&e);
                warnings.push(format!("error: {shown}: {message}"));
                if let Some(hint) = crate::error::classify(&e).1 {
                    warnings.push(format!("  hint: {hint}"));
                }
                let registry = fetched.as_ref().map_or(shown, |(r, _, _)| r.clone());
                let expires = fetched.as_ref().map(|(_, at, _)| crate::time::format(*at));
                let cached = fetched.as_ref().map(|(_, _, c)| *c);
                rows.push(vec![
                    registry.clone(),
                    tool.name.to_string(),
                    "failed".into(),
                    expires.clone().unwrap_or_else(|| "-".into()),
                    cached.map_or_else(|| "-".into(), |c| c.to_string()),
                ]);
                records.push(json!({"registry": registry, "tool": tool.name, "result": "failed", "expiresAt": expires, "cached": cached, "error": message}));
                exits.push(exit);
            }
        }
    }
    let mut report = Report::records(
        Value::Array(records.clone()),
        &records,
        Human::Table {
            headers: vec!["REGISTRY", "TOOL", "RESULT", "EXPIRES", "CACHED"],
            rows,
        },
        "login",
    );
    report.status = status;
    report.warnings = warnings;
    report.exit = Exit::worst(exits);
    Ok(report)
}
