//! The docker-credential-helpers protocol. Docker reads only standard output and the exit
//! status: a failure is a message on stdout and exit 1; "credentials not found in native
//! keychain" makes docker fall back to its own credentials (a host that is not ECR).

use std::io::Read;

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::password;
use crate::cli::{CredentialHelperArgs, HelperAction};
use crate::commands::Context;
use crate::error::Exit;
use crate::login::cache;
use crate::output::{Human, Report};

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

/// A one-line answer on stdout (the same in every output format), with an exit code.
fn answer(line: String, json: Value, exit: Exit) -> Report {
    let mut report = Report::new(json, Human::Lines(vec![line.clone()]), vec![vec![line]]);
    report.exit = exit;
    report
}

pub async fn helper(ctx: &Context, args: &CredentialHelperArgs) -> Result<Report> {
    match args.action {
        HelperAction::Get => get(ctx).await,
        // ECR passwords are minted, not stored: what docker offers is read and dropped.
        HelperAction::Store => {
            stdin_text()?;
            Ok(Report::new(Value::Null, Human::Lines(vec![]), vec![]))
        }
        // `docker logout`: forget the registry's cached tokens.
        HelperAction::Erase => {
            let input = stdin_text()?;
            if let (Some(registry), Some(dir)) = (
                crate::reference::login_registry(input.trim()),
                cache::dir(&|k| std::env::var(k).ok()),
            ) {
                cache::forget(&dir, registry.host());
            }
            Ok(Report::new(Value::Null, Human::Lines(vec![]), vec![]))
        }
        HelperAction::List => {
            let now = crate::commands::unix_now();
            let map: Map<String, Value> = cache::dir(&|k| std::env::var(k).ok())
                .map(|d| cache::registries(&d, now))
                .unwrap_or_default()
                .into_iter()
                .map(|t| (t.registry, Value::String(t.username)))
                .collect();
            let v = Value::Object(map);
            Ok(answer(v.to_string(), v, Exit::Success))
        }
        HelperAction::Version => {
            let line = format!("ecrctl {}", env!("CARGO_PKG_VERSION"));
            Ok(answer(line.clone(), json!(line), Exit::Success))
        }
    }
}

async fn get(ctx: &Context) -> Result<Report> {
    let input = stdin_text()?;
    let server = input.trim();
    let Some(registry) = crate::reference::login_registry(server) else {
        // Not an ECR registry (or a look-alike): no token, no request; docker falls back.
        return Ok(answer(
            NOT_FOUND.into(),
            json!({"error": NOT_FOUND}),
            Exit::Failure,
        ));
    };
    match password(ctx, Some(&registry), true).await {
        Ok((token, _)) => {
            let v =
                json!({"ServerURL": server, "Username": token.username, "Secret": token.password});
            Ok(answer(v.to_string(), v, Exit::Success))
        }
        Err(e) => {
            // Docker shows only stdout: the error goes there, on one line, without secrets.
            let (_, hint) = crate::error::classify(&e);
            let mut line = format!("ecrctl: {}", crate::error::render(&e));
            if let Some(h) = hint {
                line.push_str(&format!(" (hint: {h})"));
            }
            Ok(answer(
                crate::ui::clean(&line).into_owned(),
                json!({"error": line}),
                Exit::Failure,
            ))
        }
    }
}
