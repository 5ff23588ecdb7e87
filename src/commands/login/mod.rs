//! `ecrctl login` (and `--print-password`, `--clear-cache`, `--install-helper`) and the
//! docker credential helper: registry passwords from GetAuthorizationToken, cached per identity.

pub mod args;
mod helper;
mod install;
mod link;
mod log;
mod password;
mod tool;

use anyhow::Result;
use serde_json::json;

use super::Context;
use crate::commands::login::args::LoginArgs;
use crate::diagnostic::{Diagnostic, Level};
use crate::error::{usage, AppError, Exit};
use crate::login::cache;
use crate::output::{Human, Report};
use crate::records::LoginResult;
use crate::reference::LoginRegistry;

pub use helper::{helper, unusable_setting};
use password::password;

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
            report.diagnostics.push(Diagnostic::warning(format!(
                "this password expired at {}: ECR (or the emulator) handed out an expired token",
                crate::time::format(token.expires_at)
            )));
        }
        return Ok(report);
    }
    let tool = tool.expect("a tool unless printing");
    let now = crate::time::now();
    let mut records: Vec<LoginResult> = Vec::new();
    let mut rows = Vec::new();
    let mut status = Vec::new();
    let mut warnings: Vec<Diagnostic> = Vec::new();
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
                    warnings.push(Diagnostic::warning(format!("the token ECR returned for {} had already expired ({}): it was used once and not cached", token.registry, crate::time::format(token.expires_at))));
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
                records.push(LoginResult {
                    registry: token.registry.clone(),
                    tool: tool.name,
                    result: "logged-in",
                    expires_at: Some(crate::time::format(token.expires_at)),
                    cached: Some(cached),
                    error: None,
                });
                exits.push(Exit::Success);
            }
            Err(e) => {
                let (exit, _) = crate::error::classify(&e);
                let message = crate::error::render(&e);
                warnings.push(Diagnostic::error(format!("{shown}: {message}")));
                if let Some(hint) = crate::error::classify(&e).1 {
                    warnings.push(hint_under(hint));
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
                records.push(LoginResult {
                    registry,
                    tool: tool.name,
                    result: "failed",
                    expires_at: expires,
                    cached,
                    error: Some(message),
                });
                exits.push(exit);
            }
        }
    }
    let mut report = Report::of_records(
        &records,
        Human::Table {
            headers: vec!["REGISTRY", "TOOL", "RESULT", "EXPIRES", "CACHED"],
            rows,
        },
    );
    report.status = status;
    report.diagnostics = warnings;
    report.exit = Exit::worst(exits);
    Ok(report)
}

/// The hint of a registry's error, indented under it (`  hint: …`), never annotated.
fn hint_under(hint: &str) -> Diagnostic {
    Diagnostic {
        level: Level::Other("  hint"),
        code: None,
        message: hint.to_string(),
        title: None,
    }
}
