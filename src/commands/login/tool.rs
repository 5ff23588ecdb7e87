//! The container tool that is logged in: which one, and how it is called (the password on its
//! standard input, never in its arguments).

use std::path::Path;
use std::time::Duration;

use anyhow::Result;

use crate::commands::login::args::LoginTool;
use crate::error::{AppError, Exit};
use crate::login::Token;

pub struct Tool {
    pub name: &'static str,
}

const TOOLS: [(LoginTool, &str); 6] = [
    (LoginTool::Docker, "docker"),
    (LoginTool::Podman, "podman"),
    (LoginTool::Nerdctl, "nerdctl"),
    (LoginTool::Finch, "finch"),
    (LoginTool::Helm, "helm"),
    (LoginTool::Oras, "oras"),
];

fn on_path(name: &str) -> bool {
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|d| is_executable(&d.join(name)))
}

fn is_executable(p: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    }
    #[cfg(not(unix))]
    {
        p.is_file()
    }
}

/// The tool asked for (it must be on PATH), else docker, else the first known tool on PATH.
pub fn choose(asked: Option<LoginTool>) -> Result<Tool> {
    if let Some(asked) = asked {
        let name = TOOLS
            .iter()
            .find(|(t, _)| *t == asked)
            .map(|(_, n)| *n)
            .unwrap_or("docker");
        if !on_path(name) {
            return Err(AppError::new(Exit::LocalTool, format!("{name} is not on PATH"))
                .with_hint("install it, or print the password for another tool with `ecrctl login --print-password REGISTRY`")
                .into());
        }
        return Ok(Tool { name });
    }
    TOOLS
        .iter()
        .map(|(_, n)| *n)
        .find(|n| on_path(n))
        .map(|name| Tool { name })
        .ok_or_else(|| {
            AppError::new(
                Exit::LocalTool,
                "no container tool to log in: none of docker, podman, nerdctl, finch, helm, oras is on PATH",
            )
            .with_hint("for another tool: `ecrctl login --print-password REGISTRY | TOOL login --username AWS --password-stdin REGISTRY`")
            .into()
        })
}

/// `TOOL login` for a token, the password on standard input.
pub async fn run(tool: &Tool, token: &Token, timeout: Duration) -> Result<()> {
    let host = token.registry.as_str();
    let user = token.username.as_str();
    let args: Vec<&str> = match tool.name {
        "helm" => vec![
            "registry",
            "login",
            host,
            "--username",
            user,
            "--password-stdin",
        ],
        "oras" => vec!["login", host, "--username", user, "--password-stdin"],
        _ => vec!["login", "--username", user, "--password-stdin", host],
    };
    let name = tool.name;
    crate::ui::debug(1, format_args!("{name} {}", args.join(" ")));
    let out = crate::local_image::run_bounded_with_input(
        name,
        &args,
        Some(token.password.as_bytes()),
        timeout,
    )
    .await
    .map_err(|e| {
        AppError::new(
            Exit::LocalTool,
            format!("running `{name} login` for {host}: {e}"),
        )
    })?;
    if out.status.success() {
        return Ok(());
    }
    // The tool's own words, without the password should it ever echo it.
    // The last line that speaks of an error (docker logs info lines first), else the last.
    let text = String::from_utf8_lossy(&out.stderr).replace(token.password.as_str(), "<password>");
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let said = lines
        .iter()
        .rev()
        .find(|l| l.to_ascii_lowercase().contains("error"))
        .or(lines.last())
        .copied()
        .unwrap_or("no message")
        .to_string();
    Err(AppError::new(
        Exit::LocalTool,
        format!(
            "`{name} login` for {host} failed ({}): {}",
            out.status,
            crate::ui::clean(&said)
        ),
    )
    .with_hint(format!(
        "check that {name} works (is its daemon running?); the password itself was fetched"
    ))
    .into())
}
