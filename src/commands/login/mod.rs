//! `ecrctl login` (and `--print-password`, `--clear-cache`, `--install-helper`) and the
//! docker credential helper: registry passwords from GetAuthorizationToken, cached per identity.

mod helper;
mod install;
mod tool;

use anyhow::Result;
use serde_json::{json, Value};

use super::Context;
use crate::cli::LoginArgs;
use crate::error::{usage, AppError, Exit};
use crate::login::{cache, Token};
use crate::output::{Human, Report};
use crate::reference::LoginRegistry;

pub use helper::helper;

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
    crate::reference::login_registry(arg).ok_or_else(|| {
        AppError::usage(format!(
            "'{}' is not an ECR registry: give ACCOUNT.dkr.ecr.REGION.amazonaws.com (or its FIPS, dual-stack or China form), an image URI on one, a 12-digit account id, or public.ecr.aws",
            crate::ui::clean(arg)
        ))
        .into()
    })
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
pub(super) async fn password(
    ctx: &Context,
    registry: Option<&LoginRegistry>,
    use_cache: bool,
) -> Result<(Token, bool)> {
    let now = crate::commands::unix_now();
    let dir = use_cache.then(|| cache::dir(&env)).flatten();
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
    let read_key = key(asked.as_deref().unwrap_or("default"));
    let cached = |dir: &std::path::Path, k: &str| {
        cache::read(dir, k, crate::commands::unix_now())
            // A file that names another registry is not this registry's token.
            .filter(|t| asked.as_ref().is_none_or(|h| *h == t.registry))
    };
    let mut _single_flight = None;
    if let (Some(dir), Some(k)) = (&dir, &read_key) {
        if let Some(t) = cached(dir, k) {
            crate::ui::debug(
                1,
                format_args!("password for {} from the cache", t.registry),
            );
            return Ok((t, true));
        }
        // One fetch per key: the first process fetches, the others wait for it (bounded) and
        // then read what it kept.
        let shown = asked.as_deref().unwrap_or("your registry");
        let lock = {
            let (dir, k, wait) = (dir.clone(), k.clone(), ctx.timeout);
            tokio::task::spawn_blocking(move || cache::lock(&dir, &k, wait))
                .await
                .map_err(|e| anyhow::anyhow!("waiting for the token cache lock: {e}"))?
        };
        match lock {
            Ok(held) => {
                if let Some(t) = cached(dir, k) {
                    crate::ui::debug(
                        1,
                        format_args!(
                            "password for {} from the cache (fetched by another ecrctl)",
                            t.registry
                        ),
                    );
                    return Ok((t, true));
                }
                _single_flight = Some(held);
            }
            Err(why) => crate::ui::warn(&format!(
                "{why} while another ecrctl fetched a password for {shown}: fetching one here"
            )),
        }
    }
    let token = crate::registry::auth::token(&ctx.clients, registry).await?;
    if let Some(dir) = &dir {
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
    Ok((token, false))
}

fn time(t: i64) -> String {
    crate::lifecycle::plan::format_time(t)
}

pub async fn login(ctx: &Context, args: &LoginArgs) -> Result<Report> {
    if args.clear_cache {
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
        if ctx.runner.github() && !token.password.contains(['\n', '\r']) {
            eprintln!("::add-mask::{}", token.password);
        }
        let json = json!({"registry": token.registry, "username": token.username, "expiresAt": time(token.expires_at)});
        // The password is the text and table view; JSON never holds it.
        let line = token.password.clone();
        let mut report = Report::new(json, Human::Lines(vec![line.clone()]), vec![vec![line]]);
        if token.expires_at <= crate::commands::unix_now() {
            report.warnings.push(format!(
                "warning: this password expired at {}: ECR (or the emulator) handed out an expired token",
                time(token.expires_at)
            ));
        }
        return Ok(report);
    }
    let tool = tool.expect("a tool unless printing");
    let now = crate::commands::unix_now();
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
        let result = match got {
            Ok((token, cached)) => tool::run(&tool, &token, ctx.timeout)
                .await
                .map(|()| (token, cached)),
            Err(e) => Err(e),
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
                    warnings.push(format!("warning: the token ECR returned for {} had already expired ({}): it was used once and not cached", token.registry, time(token.expires_at)));
                }
                status.push(format!(
                    "logged in to {} with {} (token {} {}{})",
                    token.registry,
                    tool.name,
                    if expired { "expired at" } else { "valid until" },
                    time(token.expires_at),
                    if cached { ", from the cache" } else { "" }
                ));
                rows.push(vec![
                    token.registry.clone(),
                    tool.name.to_string(),
                    "logged-in".into(),
                    time(token.expires_at),
                    cached.to_string(),
                ]);
                records.push(json!({"registry": token.registry, "tool": tool.name, "result": "logged-in", "expiresAt": time(token.expires_at), "cached": cached, "error": null}));
                exits.push(Exit::Success);
            }
            Err(e) => {
                let (exit, _) = crate::error::classify(&e);
                let message = crate::error::render(&e);
                warnings.push(format!("error: {shown}: {message}"));
                if let Some(hint) = crate::error::classify(&e).1 {
                    warnings.push(format!("  hint: {hint}"));
                }
                rows.push(vec![
                    shown.clone(),
                    tool.name.to_string(),
                    "failed".into(),
                    "-".into(),
                    "-".into(),
                ]);
                records.push(json!({"registry": shown, "tool": tool.name, "result": "failed", "expiresAt": null, "cached": null, "error": message}));
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
