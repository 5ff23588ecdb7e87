//! `login --install-helper` / `--uninstall-helper`: credHelpers entries in the docker config
//! and the `docker-credential-ecrctl` link beside the binary.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::json;

use crate::cli::LoginArgs;
use crate::commands::Context;
use crate::error::{AppError, Exit};
use crate::login::docker_config;
use crate::output::{Human, Report};
use crate::reference::{LoginRegistry, PUBLIC_REGISTRY_HOST};

const LINK: &str = "docker-credential-ecrctl";

/// The hosts to configure: those named, or your own registry and public.ecr.aws.
async fn hosts(ctx: &Context, targets: &[Option<LoginRegistry>]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for t in targets {
        match t {
            Some(t) => out.push(t.host().to_string()),
            None => {
                let account = crate::registry::Registry::own_id(&ctx.clients).await?;
                let region = ctx.clients.region().await?;
                let suffix = if crate::reference::partition_of(&region) == "aws-cn" {
                    "amazonaws.com.cn"
                } else {
                    "amazonaws.com"
                };
                out.push(format!("{account}.dkr.ecr.{region}.{suffix}"));
                out.push(PUBLIC_REGISTRY_HOST.to_string());
            }
        }
    }
    Ok(out)
}

fn read_config(path: &Path) -> Result<serde_json::Map<String, serde_json::Value>> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => {
            return Err(anyhow::anyhow!(
                "reading the docker config {}: {e}",
                path.display()
            ))
        }
    };
    docker_config::parse(&text).map_err(|why| left_as_is(path, &why).into())
}

/// A docker config ecrctl will not change (not JSON, or credHelpers not an object).
fn left_as_is(path: &Path, why: &str) -> AppError {
    AppError::new(
        Exit::Conflict,
        format!(
            "the docker config {} was left as it is: {why}",
            path.display()
        ),
    )
    .with_hint("fix the file (or move it away) and run again")
}

/// Where the link goes (beside the running binary) and what it points to.
fn link_paths() -> Result<(PathBuf, PathBuf)> {
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| anyhow::anyhow!("finding the ecrctl binary: {e}"))?;
    let dir = exe.parent().unwrap_or(Path::new(".")).to_path_buf();
    Ok((dir.join(LINK), exe))
}

fn points_to(link: &Path, exe: &Path) -> bool {
    link.canonicalize().is_ok_and(|p| p == exe)
}

pub async fn run(
    ctx: &Context,
    args: &LoginArgs,
    targets: &[Option<LoginRegistry>],
) -> Result<Report> {
    let path = docker_config::path(&|k| std::env::var(k).ok()).ok_or_else(|| {
        AppError::new(
            Exit::Config,
            "no docker config: neither DOCKER_CONFIG nor HOME is set",
        )
    })?;
    let mut doc = read_config(&path)?;
    // Uninstalling everything needs no AWS call: every entry that points at ecrctl.
    let hosts = if args.uninstall_helper && targets == [None] {
        docker_config::ours(&doc)
    } else {
        hosts(ctx, targets).await?
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if std::fs::metadata(&path).is_ok_and(|m| m.permissions().mode() & 0o200 == 0) {
            return Err(left_as_is(&path, "it is read-only").into());
        }
    }
    let (link, exe) = link_paths()?;
    let mut status = Vec::new();
    let mut warnings = Vec::new();
    let (changed, link_state) = if args.install_helper {
        let (added, replaced) =
            docker_config::add(&mut doc, &hosts).map_err(|why| left_as_is(&path, &why))?;
        for (host, other) in &replaced {
            warnings.push(format!(
                "warning: {host} uses the credential helper {other}: left as it is (remove that entry to use ecrctl for it)"
            ));
        }
        let state = if points_to(&link, &exe) {
            "present"
        } else if link.symlink_metadata().is_ok() {
            warnings.push(format!("warning: {} exists and is not ecrctl: left as it is; docker will run it for these registries", link.display()));
            "other"
        } else {
            match make_link(&exe, &link) {
                Ok(()) => "created",
                Err(e) => {
                    warnings.push(format!(
                        "warning: could not create {} ({e}); create it with: sudo ln -s {} {}",
                        link.display(),
                        exe.display(),
                        link.display()
                    ));
                    "missing"
                }
            }
        };
        if !on_path(&link) && state != "missing" {
            warnings.push(format!(
                "warning: {} is not on PATH, where docker looks for it",
                link.parent().unwrap_or(Path::new(".")).display()
            ));
        }
        (added, state)
    } else {
        let removed =
            docker_config::remove(&mut doc, &hosts).map_err(|why| left_as_is(&path, &why))?;
        let remaining = docker_config::ours(&doc);
        let state = if !remaining.is_empty() {
            // Other registries still use it: the link stays for them.
            "kept"
        } else if points_to(&link, &exe) {
            std::fs::remove_file(&link)
                .map_err(|e| anyhow::anyhow!("removing {}: {e}", link.display()))?;
            "removed"
        } else {
            "absent"
        };
        (removed, state)
    };
    if !changed.is_empty() {
        docker_config::write(&path, &doc)
            .map_err(|e| anyhow::anyhow!("writing the docker config {}: {e}", path.display()))?;
    }
    let verb = match (args.install_helper, changed.len()) {
        (true, 1) => "now uses",
        (true, _) => "now use",
        (false, 1) => "no longer uses",
        (false, _) => "no longer use",
    };
    if changed.is_empty() {
        status.push(format!("{} unchanged", path.display()));
    } else {
        status.push(format!(
            "{}: {} {verb} docker-credential-ecrctl",
            path.display(),
            changed.join(", ")
        ));
    }
    status.push(format!("{}: {link_state}", link.display()));
    let json = json!({
        "config": path.display().to_string(),
        "registries": hosts,
        "changed": changed,
        "link": link.display().to_string(),
        "linkState": link_state,
    });
    let mut report = Report::new(json, Human::Lines(vec![]), vec![]);
    report.status = status;
    report.warnings = warnings;
    Ok(report)
}

fn on_path(link: &Path) -> bool {
    let Some(dir) = link.parent() else {
        return false;
    };
    std::env::var_os("PATH").is_some_and(|p| {
        std::env::split_paths(&p)
            .any(|d| d.canonicalize().ok().as_deref() == dir.canonicalize().ok().as_deref())
    })
}

#[cfg(unix)]
fn make_link(exe: &Path, link: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(exe, link)
}

#[cfg(not(unix))]
fn make_link(exe: &Path, link: &Path) -> std::io::Result<()> {
    std::fs::copy(exe, link).map(|_| ())
}
