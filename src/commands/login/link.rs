//! The `docker-credential-ecrctl` link beside the binary, which docker runs as the helper.

use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::diagnostic::Diagnostic;
use crate::login::docker_config;

const LINK: &str = "docker-credential-ecrctl";

/// Where the link goes (beside the running binary) and what it points to.
pub(super) fn link_paths() -> Result<(PathBuf, PathBuf)> {
    let exe = std::env::current_exe()
        .and_then(|p| p.canonicalize())
        .map_err(|e| anyhow::anyhow!("finding the ecrctl binary: {e}"))?;
    let dir = exe.parent().unwrap_or(Path::new(".")).to_path_buf();
    Ok((dir.join(LINK), exe))
}

fn points_to(link: &Path, exe: &Path) -> bool {
    link.canonicalize().is_ok_and(|p| p == exe)
}

/// The docker configs this process can find ($DOCKER_CONFIG's, ~/.docker's and `current`)
/// that still send a registry to ecrctl: the link is theirs too.
fn configs_using_the_helper(current: &Path) -> Vec<PathBuf> {
    let env = |k: &str| std::env::var(k).ok();
    let home_env = |k: &str| if k == "DOCKER_CONFIG" { None } else { env(k) };
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut out = Vec::new();
    for p in [
        Some(current.to_path_buf()),
        docker_config::path(&env),
        docker_config::path(&home_env),
    ]
    .into_iter()
    .flatten()
    {
        let real = p.canonicalize().unwrap_or_else(|_| p.clone());
        if seen.contains(&real) {
            continue;
        }
        seen.push(real);
        let uses = std::fs::read_to_string(&p)
            .ok()
            .and_then(|t| docker_config::parse(&t).ok())
            .is_some_and(|doc| !docker_config::ours(&doc).is_empty());
        if uses {
            out.push(p);
        }
    }
    out
}

/// Make the link unless it is there; warnings say what docker will not find. Its state.
pub(super) fn install_link(
    link: &Path,
    exe: &Path,
    warnings: &mut Vec<Diagnostic>,
) -> &'static str {
    let state = if points_to(link, exe) {
        "present"
    } else if link.symlink_metadata().is_ok() {
        warnings.push(Diagnostic::warning(format!(
            "{} exists and is not ecrctl: left as it is; docker will run it for these registries",
            link.display()
        )));
        "other"
    } else {
        match make_link(exe, link) {
            Ok(()) => "created",
            // Another job made it at the same moment.
            Err(_) if points_to(link, exe) => "present",
            Err(e) => {
                warnings.push(Diagnostic::warning(format!(
                    "could not create {} ({e}); create it with: sudo ln -s {} {}",
                    link.display(),
                    exe.display(),
                    link.display()
                )));
                "missing"
            }
        }
    };
    if !on_path(link) && state != "missing" {
        warnings.push(Diagnostic::warning(format!(
            "{} is not on PATH, where docker looks for it",
            link.parent().unwrap_or(Path::new(".")).display()
        )));
    }
    state
}

/// The link is shared by every docker config on the machine: it goes only when asked
/// (`--remove-link`) and no config this process can find still names ecrctl. The state, and
/// why it was kept.
pub(super) fn uninstall_link(
    link: &Path,
    exe: &Path,
    config: &Path,
    remove: bool,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(&'static str, Option<String>)> {
    if !points_to(link, exe) {
        return Ok(("absent", None));
    }
    let users = configs_using_the_helper(config);
    let named = users
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let verb = if users.len() == 1 { "uses" } else { "use" };
    // Only these configs can be checked: a job's DOCKER_CONFIG elsewhere is out of sight.
    let unseen = "only $DOCKER_CONFIG and ~/.docker were checked: a docker config elsewhere (another job's DOCKER_CONFIG) may still use it";
    match (remove, users.is_empty()) {
        (true, true) => {
            std::fs::remove_file(link)
                .or_else(|e| {
                    if e.kind() == std::io::ErrorKind::NotFound {
                        Ok(())
                    } else {
                        Err(e)
                    }
                })
                .map_err(|e| anyhow::anyhow!("removing {}: {e}", link.display()))?;
            warnings.push(Diagnostic::warning(format!(
                "{} removed: {unseen}",
                link.display()
            )));
            Ok(("removed", Some(unseen.to_string())))
        }
        (true, false) => {
            warnings.push(Diagnostic::warning(format!(
                "{} was not removed: {named} still {verb} it",
                link.display()
            )));
            Ok(("kept", Some(format!("{named} still {verb} it"))))
        }
        (false, false) => Ok(("kept", Some(format!("{named} still {verb} it")))),
        (false, true) => Ok((
            "kept",
            Some(
                "docker configs under another DOCKER_CONFIG may use it; --remove-link removes it"
                    .into(),
            ),
        )),
    }
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
