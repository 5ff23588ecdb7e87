//! The docker-credential-helpers protocol. Docker reads only standard output and the exit
//! status: a failure is a message on stdout and exit 1; "credentials not found in native
//! keychain" makes docker fall back to its own credentials (a host that is not ECR) or pull
//! anonymously (public.ecr.aws without credentials).
//!
//! Docker passes no flags: the helper's own settings come from the environment
//! (`ECRCTL_TIMEOUT`, `ECRCTL_LOG`) and from the profile `login --install-helper --profile`
//! recorded beside the docker config.

use std::io::{Read, Write};

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::password;
use crate::commands::login::args::CredentialHelperArgs;
use crate::commands::login::args::HelperAction;
use crate::commands::Context;
use crate::error::Exit;
use crate::login::{cache, docker_config};
use crate::output::{Human, Report};
use crate::reference::LoginRegistry;

/// The protocol's "not found" answer.
pub const NOT_FOUND: &str = "credentials not found in native keychain";

/// What a helper reads on stdin is a URL or a small JSON object: more is not the protocol.
const MAX_INPUT: u64 = 64 * 1024;

fn stdin_text() -> Result<String> {
    let mut buf = Vec::new();
    std::io::stdin()
        .take(MAX_INPUT)
        .read_to_end(&mut buf)
        .map_err(|e| anyhow::anyhow!("reading standard input: {e}"))?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn env(k: &str) -> Option<String> {
    std::env::var(k).ok()
}

/// A one-line answer on stdout (the same in every output format), with an exit code.
fn answer(line: String, json: Value, exit: Exit) -> Report {
    let mut report = Report::new(json, Human::Lines(vec![line.clone()]), vec![vec![line]]);
    report.exit = exit;
    report
}

/// What one call did, for `ECRCTL_LOG`: never a secret.
#[derive(Default)]
struct Outcome {
    server: String,
    result: &'static str,
    cached: Option<bool>,
    profile: Option<String>,
    detail: Option<String>,
}

/// A setting of the helper's own that cannot be used (`ECRCTL_TIMEOUT`): said in the protocol,
/// since docker shows nothing else. `get` for an ECR registry fails with the reason on stdout
/// (exit 1); for public.ecr.aws and any other host it is "credentials not found", so that
/// docker falls back (anonymous public pulls go on working). `None`: the action does not use
/// the setting and runs without it.
pub fn unusable_setting(args: &CredentialHelperArgs, why: &str) -> Result<Option<Report>> {
    if args.action != HelperAction::Get {
        let action = clap::ValueEnum::to_possible_value(&args.action)
            .map(|v| v.get_name().to_string())
            .unwrap_or_default();
        crate::ui::warn(&format!("{why}: ignored, `{action}` does not use it"));
        return Ok(None);
    }
    let server = stdin_text()?.trim().to_string();
    let line = format!(
        "ecrctl: {why} (hint: set it to a number of seconds, e.g. ECRCTL_TIMEOUT=30, or unset it)"
    );
    let line = crate::ui::clean(&line).into_owned();
    let (report, outcome) = match crate::reference::login_registry(&server) {
        Some(LoginRegistry::Private { host, .. }) => (
            answer(line.clone(), json!({"error": line}), Exit::Failure),
            Outcome {
                server: host,
                result: "error",
                detail: Some(line),
                ..Outcome::default()
            },
        ),
        other => (
            answer(NOT_FOUND.into(), json!({"error": NOT_FOUND}), Exit::Failure),
            Outcome {
                detail: Some(match &other {
                    Some(_) => format!("anonymous: {line}"),
                    None => "not an ECR registry".into(),
                }),
                server: other.map(|r| r.host().to_string()).unwrap_or(server),
                result: "not-found",
                ..Outcome::default()
            },
        ),
    };
    log(args.action, &outcome);
    Ok(Some(report))
}

pub async fn helper(ctx: &Context, args: &CredentialHelperArgs) -> Result<Report> {
    crate::error::name_settings_by_environment();
    let (report, outcome) = match args.action {
        HelperAction::Get => get(ctx).await?,
        HelperAction::Store => store()?,
        // `docker logout`: forget the registry's cached tokens.
        HelperAction::Erase => {
            let input = stdin_text()?;
            let server = input.trim().to_string();
            let mut n = 0;
            if let (Some(registry), Some(dir)) =
                (crate::reference::login_registry(&server), cache::dir(&env))
            {
                n = cache::forget(&dir, registry.host());
            }
            (
                Report::new(Value::Null, Human::Lines(vec![]), vec![]),
                Outcome {
                    server,
                    result: "erased",
                    detail: Some(format!("{n} cached token(s)")),
                    ..Outcome::default()
                },
            )
        }
        HelperAction::List => {
            let now = crate::time::now();
            let map: Map<String, Value> = cache::dir(&env)
                .map(|d| cache::registries(&d, now))
                .unwrap_or_default()
                .into_iter()
                .map(|t| (t.registry, Value::String(t.username)))
                .collect();
            let v = Value::Object(map);
            (
                answer(v.to_string(), v, Exit::Success),
                Outcome {
                    result: "listed",
                    ..Outcome::default()
                },
            )
        }
        HelperAction::Version => {
            let line = format!("ecrctl {}", env!("CARGO_PKG_VERSION"));
            return Ok(answer(line.clone(), json!(line), Exit::Success));
        }
    };
    log(args.action, &outcome);
    Ok(report)
}

/// `docker login` to a registry whose helper is ecrctl. ECR passwords are minted, not stored:
/// for an ECR host what docker offers is dropped; for any other host, dropping it would lose
/// the user's credential without a word, so that fails.
fn store() -> Result<(Report, Outcome)> {
    let input = stdin_text()?;
    let server = serde_json::from_str::<Value>(&input)
        .ok()
        .and_then(|v| {
            v.get("ServerURL")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .unwrap_or_default();
    if crate::reference::login_registry(&server).is_some() {
        return Ok((
            Report::new(Value::Null, Human::Lines(vec![]), vec![]),
            Outcome {
                server,
                result: "dropped",
                detail: Some("ECR passwords are minted by ecrctl, not stored".into()),
                ..Outcome::default()
            },
        ));
    }
    let line = if server.is_empty() {
        "ecrctl stored nothing: no ServerURL on standard input (docker sends {\"ServerURL\",\"Username\",\"Secret\"})".to_string()
    } else {
        format!(
            "ecrctl cannot store credentials for {}: it only makes ECR passwords. Remove \"credsStore\": \"ecrctl\" (or this host's credHelpers entry) from the docker config so docker keeps them elsewhere",
            crate::ui::clean(&without_user_info(&server))
        )
    };
    let detail = if server.is_empty() {
        "no ServerURL on standard input: nothing stored"
    } else {
        "not an ECR registry: nothing stored"
    };
    Ok((
        answer(line.clone(), json!({"error": line}), Exit::Failure),
        Outcome {
            server,
            result: "refused",
            detail: Some(detail.into()),
            ..Outcome::default()
        },
    ))
}

/// The profile recorded for `host` by `login --install-helper --profile`, and the file.
/// `Err`: the file is there but cannot be read or has the wrong shape: a message naming it
/// (never a silent switch to the default identity).
fn recorded_profile(host: &str) -> Result<(Option<String>, Option<std::path::PathBuf>), String> {
    let Some(file) = docker_config::path(&env).map(|c| docker_config::profiles_path(&c)) else {
        return Ok((None, None));
    };
    let text = match std::fs::read_to_string(&file) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((None, Some(file))),
        Err(e) => return Err(unreadable_profiles(&file, &e.to_string())),
    };
    let profile = docker_config::profiles(&text)
        .and_then(|m| docker_config::profile_for(&m, host))
        .map_err(|why| unreadable_profiles(&file, &why))?;
    Ok((profile, Some(file)))
}

fn unreadable_profiles(file: &std::path::Path, why: &str) -> String {
    format!(
        "ecrctl: cannot tell which profile to use: the helper's recorded profiles {} cannot be used: {why} (hint: fix or remove the file, or run `ecrctl login --install-helper [--profile NAME]` again)",
        file.display()
    )
}

async fn get(ctx: &Context) -> Result<(Report, Outcome)> {
    let input = stdin_text()?;
    let server = input.trim().to_string();
    let Some(registry) = crate::reference::login_registry(&server) else {
        // Not an ECR registry (or a look-alike): no token, no request; docker falls back.
        return Ok((
            answer(NOT_FOUND.into(), json!({"error": NOT_FOUND}), Exit::Failure),
            Outcome {
                server,
                result: "not-found",
                detail: Some("not an ECR registry".into()),
                ..Outcome::default()
            },
        ));
    };
    let host = registry.host().to_string();
    // A region typo in the host: said in the protocol (docker shows nothing else), no request.
    if let LoginRegistry::Private { region, .. } = &registry {
        if let Err(e) = crate::error::check_host_region(region, &host) {
            let e = anyhow::Error::from(e);
            let mut line = format!("ecrctl: {}", crate::error::render(&e));
            if let (_, Some(h)) = crate::error::classify(&e) {
                line.push_str(&format!(" (hint: {h})"));
            }
            let line = crate::ui::clean(&line).into_owned();
            return Ok((
                answer(line.clone(), json!({"error": line}), Exit::Failure),
                Outcome {
                    server: host,
                    result: "error",
                    detail: Some(line),
                    ..Outcome::default()
                },
            ));
        }
    }
    // --profile (by hand) wins; else the one recorded for this registry; else the default chain.
    let recorded = if ctx.clients.profile().is_some() {
        Ok((None, None))
    } else {
        recorded_profile(&host)
    };
    let (recorded, file) = match recorded {
        Ok(r) => r,
        Err(line) => {
            let line = crate::ui::clean(&line).into_owned();
            // public.ecr.aws: docker pulls anonymously, as without credentials.
            if matches!(registry, LoginRegistry::Public { .. }) {
                return Ok((
                    answer(NOT_FOUND.into(), json!({"error": NOT_FOUND}), Exit::Failure),
                    Outcome {
                        server: host,
                        result: "not-found",
                        detail: Some(format!("anonymous: {line}")),
                        ..Outcome::default()
                    },
                ));
            }
            return Ok((
                answer(line.clone(), json!({"error": line}), Exit::Failure),
                Outcome {
                    server: host,
                    result: "error",
                    detail: Some(line),
                    ..Outcome::default()
                },
            ));
        }
    };
    let with_profile;
    let ctx = match &recorded {
        Some(p) => {
            crate::credentials::profile_named_by(format!(
                "{} (recorded by `login --install-helper --profile`)",
                file.as_ref()
                    .map(|f| f.display().to_string())
                    .unwrap_or_default()
            ));
            crate::ui::debug(
                2,
                format_args!(
                    "helper: profile {p} for {host}, recorded by `login --install-helper --profile` in {}",
                    file.as_ref().map(|f| f.display().to_string()).unwrap_or_default()
                ),
            );
            with_profile = Context::builder(ctx.clients.with_profile(p))
                .regions(ctx.regions.clone())
                .timeout(ctx.timeout)
                .runner(ctx.runner)
                .build();
            &with_profile
        }
        None => {
            match (ctx.clients.profile(), &file) {
                (Some(p), _) => crate::ui::debug(2, format_args!("helper: profile {p} (--profile)")),
                (None, Some(f)) => crate::ui::debug(
                    2,
                    format_args!(
                        "helper: no profile recorded for {host} in {}: the default credential chain",
                        f.display()
                    ),
                ),
                (None, None) => {}
            }
            ctx
        }
    };
    let profile = ctx.clients.profile().map(str::to_string);
    match password(ctx, Some(&registry), true).await {
        Ok((token, cached)) => {
            let v =
                json!({"ServerURL": server, "Username": token.username, "Secret": token.password});
            Ok((
                answer(v.to_string(), v, Exit::Success),
                Outcome {
                    server: host,
                    result: "ok",
                    cached: Some(cached),
                    profile,
                    detail: None,
                },
            ))
        }
        Err(e) => {
            let (_, hint) = crate::error::classify(&e);
            let mut line = format!("ecrctl: {}", crate::error::render(&e));
            if let Some(h) = hint {
                line.push_str(&format!(" (hint: {h})"));
            }
            let line = crate::ui::clean(&line).into_owned();
            // public.ecr.aws serves anyone: without a password docker pulls anonymously,
            // which is better than failing the pull.
            if matches!(registry, LoginRegistry::Public { .. }) {
                crate::ui::debug(
                    1,
                    format_args!("no password for {host} ({line}): answering not found, so docker pulls anonymously"),
                );
                return Ok((
                    answer(NOT_FOUND.into(), json!({"error": NOT_FOUND}), Exit::Failure),
                    Outcome {
                        server: host,
                        result: "not-found",
                        profile,
                        detail: Some(format!("anonymous: {line}")),
                        ..Outcome::default()
                    },
                ));
            }
            // Docker shows only stdout: the error goes there, on one line, without secrets.
            Ok((
                answer(line.clone(), json!({"error": line}), Exit::Failure),
                Outcome {
                    server: host,
                    result: "error",
                    profile,
                    detail: Some(line),
                    ..Outcome::default()
                },
            ))
        }
    }
}

/// One logfmt line per call, appended to `ECRCTL_LOG` (as amazon-ecr-credential-helper's
/// log): time, action, server, result, cache hit, profile; never a secret. A log that cannot be
/// written is said on stderr and does not change the answer.
fn log(action: HelperAction, o: &Outcome) {
    let Some(path) = env("ECRCTL_LOG").filter(|p| !p.is_empty()) else {
        return;
    };
    let line = log_line(crate::time::now(), action, o);
    let written = append(std::path::Path::new(&path), line.as_bytes());
    if let Err(e) = written {
        crate::ui::warn(&format!("could not write ECRCTL_LOG {path}: {e}"));
    }
}

fn log_line(now: i64, action: HelperAction, o: &Outcome) -> String {
    let action = match action {
        HelperAction::Get => "get",
        HelperAction::Store => "store",
        HelperAction::Erase => "erase",
        HelperAction::List => "list",
        HelperAction::Version => "version",
    };
    let mut fields = vec![
        format!("time={}", crate::time::format(now)),
        format!("pid={}", std::process::id()),
        format!("action={action}"),
    ];
    if !o.server.is_empty() {
        fields.push(format!("server={}", quoted(&without_user_info(&o.server))));
    }
    fields.push(format!("result={}", o.result));
    if let Some(c) = o.cached {
        fields.push(format!("cached={c}"));
    }
    if let Some(p) = &o.profile {
        fields.push(format!("profile={}", quoted(p)));
    }
    if let Some(d) = &o.detail {
        fields.push(format!(
            "detail={}",
            quoted(&crate::registry::auth::redact(d))
        ));
    }
    let mut line = fields.join(" ");
    line.push('\n');
    line
}

/// A server URL as shown or logged: user info (`user:password@`) is replaced, since it may
/// hold a password.
fn without_user_info(server: &str) -> String {
    let (scheme, rest) = match server.find("://") {
        Some(i) => server.split_at(i + 3),
        None => ("", server),
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    match authority.rsplit_once('@') {
        Some((_, host)) => format!("{scheme}<user-info>@{host}{tail}"),
        None => server.to_string(),
    }
}

/// A logfmt value: bare when it can be, else quoted with `"` and `\` escaped (one line).
fn quoted(v: &str) -> String {
    let v = crate::ui::clean(v);
    if !v.is_empty() && !v.contains([' ', '"', '=', '\\']) {
        return v.into_owned();
    }
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Append in one write (O_APPEND), so that lines of parallel helpers do not interleave.
fn append(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_info_is_never_shown() {
        assert_eq!(
            without_user_info("https://AWS:SECRETuserinfo@1.dkr.ecr.us-east-1.amazonaws.com/v2/"),
            "https://<user-info>@1.dkr.ecr.us-east-1.amazonaws.com/v2/"
        );
        assert_eq!(
            without_user_info("x:SECRET@docker.io"),
            "<user-info>@docker.io"
        );
        assert_eq!(without_user_info("docker.io/a@b"), "docker.io/a@b");
        let o = Outcome {
            server: "https://x:SECRETstore@docker.io".into(),
            result: "refused",
            ..Outcome::default()
        };
        assert!(!log_line(0, HelperAction::Store, &o).contains("SECRET"));
    }

    #[test]
    fn log_lines_are_logfmt_on_one_line_without_secrets() {
        let o = Outcome {
            server: "123456789012.dkr.ecr.us-east-1.amazonaws.com".into(),
            result: "error",
            cached: None,
            profile: Some("ci".into()),
            detail: Some("ecrctl: bad \"answer\"\n QVdTOlNPTUVQQVNTV09SRA== here".into()),
        };
        let line = log_line(0, HelperAction::Get, &o);
        assert!(line.starts_with("time=1970-01-01T00:00:00Z pid="), "{line}");
        assert!(line.contains(" action=get server=123456789012.dkr.ecr.us-east-1.amazonaws.com result=error profile=ci detail=\"ecrctl: bad \\\"answer\\\"  <redacted> here\""), "{line}");
        assert_eq!(line.matches('\n').count(), 1);
        let hit = Outcome {
            server: "public.ecr.aws".into(),
            result: "ok",
            cached: Some(true),
            ..Outcome::default()
        };
        assert!(log_line(0, HelperAction::Get, &hit)
            .ends_with("server=public.ecr.aws result=ok cached=true\n"));
    }
}
