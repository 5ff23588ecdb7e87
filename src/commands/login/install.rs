//! `login --install-helper` / `--uninstall-helper`: credHelpers entries in the docker config
//! and the `docker-credential-ecrctl` link beside the binary.
//!
//! Many CI jobs may change one config at once: each takes an advisory lock beside it (bounded
//! wait) around its read-modify-write, writes by renaming into place (docker takes no lock),
//! and re-reads the file to make sure its change is there.

use std::path::{Path, PathBuf};

use anyhow::Result;
use serde_json::{json, Map, Value};

use crate::commands::login::args::LoginArgs;
use crate::commands::Context;
use crate::error::{AppError, Exit};
use crate::login::{docker_config, lock};
use crate::output::{Human, Report};
use crate::reference::{LoginRegistry, PUBLIC_REGISTRY_HOST};

const LINK: &str = "docker-credential-ecrctl";

/// The hosts to configure: those named, or your own registry and public.ecr.aws. Your own
/// registry's host comes from the GetAuthorizationToken answer (the permission docker needs
/// anyway, which AWS's managed pull and read-only policies grant), not from DescribeRegistry.
async fn hosts(ctx: &Context, targets: &[Option<LoginRegistry>]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for t in targets {
        match t {
            Some(t) => out.push(t.host().to_string()),
            None => {
                let (token, _) = super::password(ctx, None, true).await?;
                out.push(token.registry);
                out.push(PUBLIC_REGISTRY_HOST.to_string());
            }
        }
    }
    Ok(out)
}

fn read_json(path: &Path, what: &str) -> Result<String> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(anyhow::anyhow!("reading {what} {}: {e}", path.display())),
    }
}

fn read_config(path: &Path) -> Result<Map<String, Value>> {
    let text = read_json(path, "the docker config")?;
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

/// The lock on the docker config, waited for at most `--timeout`.
fn lock_config(target: &Path, ctx: &Context) -> Result<lock::Held> {
    let dir = target.parent().unwrap_or(Path::new("."));
    docker_config::make_dir(dir).map_err(|e| {
        anyhow::anyhow!(
            "creating the docker config directory {}: {e}",
            dir.display()
        )
    })?;
    lock::acquire(&docker_config::lock_path(target), ctx.timeout).map_err(|e| {
        let hint = match e {
            lock::LockError::TimedOut { .. } => {
                "another ecrctl is changing the same docker config: run again, or raise --timeout"
            }
            lock::LockError::Io { .. } => "check that the docker config directory is writable",
        };
        AppError::new(
            Exit::Conflict,
            format!(
                "the docker config {} was not changed: {e}",
                target.display()
            ),
        )
        .with_hint(hint)
        .into()
    })
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
    // The config is read (and refused) before any AWS call.
    read_config(&path)?;
    // The profile the helper is to use must exist, registries named or not (planning the
    // credentials checks it; no call is made).
    if args.install_helper && ctx.clients.profile().is_some() {
        ctx.clients.identity().await?;
    }
    // Uninstalling everything needs no AWS call: every entry that points at ecrctl (read
    // again under the lock).
    let every = args.uninstall_helper && targets == [None];
    let named = if every {
        Vec::new()
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
    // Through a symlink (a dotfile manager's), to the file it names: the lock goes beside it.
    let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
    let held = lock_config(&target, ctx)?;
    let mut doc = read_config(&path)?;
    let hosts = if every {
        docker_config::ours(&doc)
    } else {
        named
    };
    let mut warnings = Vec::new();
    let mut skipped = Vec::new();
    let changed = if args.install_helper {
        let (added, replaced) =
            docker_config::add(&mut doc, &hosts).map_err(|why| left_as_is(&path, &why))?;
        skipped = replaced.clone();
        for (host, other) in &replaced {
            warnings.push(format!(
                "warning: {host} uses the credential helper {other}: left as it is (remove that entry to use ecrctl for it)"
            ));
        }
        added
    } else {
        docker_config::remove(&mut doc, &hosts).map_err(|why| left_as_is(&path, &why))?
    };
    if !changed.is_empty() {
        docker_config::write(&path, &doc)
            .map_err(|e| anyhow::anyhow!("writing the docker config {}: {e}", path.display()))?;
        // Docker (which takes no lock) may have rewritten it in between: make sure.
        let now = read_config(&path)?;
        let ours = docker_config::ours(&now);
        let lost: Vec<&String> = changed
            .iter()
            .filter(|h| ours.contains(h) != args.install_helper)
            .collect();
        if !lost.is_empty() {
            return Err(AppError::new(
                Exit::Conflict,
                format!(
                    "the docker config {} was rewritten by another program while ecrctl changed it: {} {} not there",
                    path.display(),
                    lost.iter().map(|h| h.as_str()).collect::<Vec<_>>().join(", "),
                    if args.install_helper { "is" } else { "is still" }
                ),
            )
            .with_hint("run the same command again")
            .into());
        }
    }
    // A registry left to another helper never calls ecrctl: no profile for it.
    let served: Vec<String> = hosts
        .iter()
        .filter(|h| !skipped.iter().any(|(s, _)| s == *h))
        .cloned()
        .collect();
    let profile = record_profile(ctx, args, &path, &served)?;
    drop(held);
    let mut status = Vec::new();
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
    if let Some(line) = &profile {
        status.push(line.clone());
    }
    let (link, exe) = link_paths()?;
    let (link_state, why) = if args.install_helper {
        (install_link(&link, &exe, &mut warnings), None)
    } else {
        uninstall_link(&link, &exe, &path, args.remove_link, &mut warnings)?
    };
    status.push(match &why {
        Some(why) => format!("{}: {link_state} ({why})", link.display()),
        None => format!("{}: {link_state}", link.display()),
    });
    let json = json!({
        "config": path.display().to_string(),
        "registries": hosts,
        "changed": changed,
        "skipped": skipped
            .iter()
            .map(|(host, helper)| json!({"registry": host, "helper": helper}))
            .collect::<Vec<_>>(),
        "profile": if args.install_helper { ctx.clients.profile() } else { None },
        "link": link.display().to_string(),
        "linkState": link_state,
    });
    let mut report = Report::new(json, Human::Lines(vec![]), vec![]);
    report.status = status;
    report.warnings = warnings;
    Ok(report)
}

/// Record (install) or forget (uninstall) the profile the helper uses for these registries;
/// the status line to print, if there is something to say.
fn record_profile(
    ctx: &Context,
    args: &LoginArgs,
    config: &Path,
    hosts: &[String],
) -> Result<Option<String>> {
    let file = docker_config::profiles_path(config);
    let text = read_json(&file, "the helper's profiles")?;
    let mut map = docker_config::profiles(&text).map_err(|why| {
        AppError::new(
            Exit::Conflict,
            format!("{} was left as it is: {why}", file.display()),
        )
        .with_hint("fix the file (or remove it) and run again")
    })?;
    let profile = if args.install_helper {
        ctx.clients.profile()
    } else {
        None
    };
    if !docker_config::record_profiles(&mut map, hosts, profile) {
        return Ok(
            profile.map(|p| format!("the helper uses profile {p} for them ({})", file.display()))
        );
    }
    let mut doc = Map::new();
    if !map.is_empty() {
        doc.insert("profiles".into(), Value::Object(map));
    }
    docker_config::write(&file, &doc)
        .map_err(|e| anyhow::anyhow!("writing {}: {e}", file.display()))?;
    Ok(Some(match profile {
        Some(p) => format!("the helper uses profile {p} for them ({})", file.display()),
        None => format!(
            "the helper uses the default credentials for them (their recorded profile was dropped from {})",
            file.display()
        ),
    }))
}

fn install_link(link: &Path, exe: &Path, warnings: &mut Vec<String>) -> &'static str {
    let state = if points_to(link, exe) {
        "present"
    } else if link.symlink_metadata().is_ok() {
        warnings.push(format!("warning: {} exists and is not ecrctl: left as it is; docker will run it for these registries", link.display()));
        "other"
    } else {
        match make_link(exe, link) {
            Ok(()) => "created",
            // Another job made it at the same moment.
            Err(_) if points_to(link, exe) => "present",
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
    if !on_path(link) && state != "missing" {
        warnings.push(format!(
            "warning: {} is not on PATH, where docker looks for it",
            link.parent().unwrap_or(Path::new(".")).display()
        ));
    }
    state
}

/// The link is shared by every docker config on the machine: it goes only when asked
/// (`--remove-link`) and no config this process can find still names ecrctl. The state, and
/// why it was kept.
fn uninstall_link(
    link: &Path,
    exe: &Path,
    config: &Path,
    remove: bool,
    warnings: &mut Vec<String>,
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
            warnings.push(format!("warning: {} removed: {unseen}", link.display()));
            Ok(("removed", Some(unseen.to_string())))
        }
        (true, false) => {
            warnings.push(format!(
                "warning: {} was not removed: {named} still {verb} it",
                link.display()
            ));
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
