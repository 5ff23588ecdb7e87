//! The token cache: one file per (identity, partition, region, registry, endpoint) key, in the
//! user's cache directory (0700), files 0600, written atomically. A token is served until 15
//! minutes before it expires. The key holds hashes only, never raw credentials; an unreadable or
//! corrupt file is a miss and is replaced.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::Token;

/// A token is not served within this long of its expiry.
pub const MARGIN: i64 = 15 * 60;

/// `$XDG_CACHE_HOME/ecrctl`, else the platform's cache directory (`~/.cache/ecrctl`,
/// `~/Library/Caches/ecrctl` on macOS).
pub fn dir(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(x) = env("XDG_CACHE_HOME").filter(|x| Path::new(x).is_absolute()) {
        return Some(Path::new(&x).join("ecrctl"));
    }
    let home = env("HOME").filter(|h| !h.is_empty())?;
    let base = if cfg!(target_os = "macos") {
        Path::new(&home).join("Library").join("Caches")
    } else {
        Path::new(&home).join(".cache")
    };
    Some(base.join("ecrctl"))
}

pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The cache key of a token: who asked (an identity string without secrets, see
/// `aws::identity`), where, and for which registry.
pub fn key(identity: &str, region: &str, registry: &str, endpoint: Option<&str>) -> String {
    let partition = crate::reference::partition_of(region);
    sha256_hex(&format!(
        "v1\n{identity}\n{partition}\n{region}\n{registry}\n{}",
        endpoint.unwrap_or("")
    ))
}

fn file(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("token-{key}.json"))
}

/// The cached token for `key`, if it is still good at `now`.
pub fn read(dir: &Path, key: &str, now: i64) -> Option<Token> {
    let path = file(dir, key);
    if !private_to_me(&path) {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    let v: Value = serde_json::from_str(&text).ok()?;
    let token = Token {
        registry: v.get("registry")?.as_str()?.to_string(),
        username: v.get("username")?.as_str()?.to_string(),
        password: v.get("password")?.as_str()?.to_string(),
        expires_at: v.get("expiresAt")?.as_i64()?,
    };
    (token.expires_at.saturating_sub(MARGIN) > now).then_some(token)
}

/// Whether a cache file is a regular file of this user's that nobody else may read or write:
/// a token planted by someone else, or readable by others, is not served.
#[cfg(unix)]
fn private_to_me(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path).is_ok_and(|m| {
        m.file_type().is_file()
            && m.mode() & 0o077 == 0
            && m.uid() == rustix::process::geteuid().as_raw()
    })
}

#[cfg(not(unix))]
fn private_to_me(path: &Path) -> bool {
    path.is_file()
}

/// Keep a token for `key` unless it is too close to expiry (or already expired) to be served.
/// Returns whether it was kept.
pub fn write(dir: &Path, key: &str, token: &Token, now: i64) -> std::io::Result<bool> {
    if token.expires_at.saturating_sub(MARGIN) <= now {
        return Ok(false);
    }
    make_private_dir(dir)?;
    let text = json!({
        "registry": token.registry,
        "username": token.username,
        "password": token.password,
        "expiresAt": token.expires_at,
    })
    .to_string();
    let path = file(dir, key);
    let tmp = dir.join(format!(".token-{key}.{}.tmp", std::process::id()));
    {
        let mut f = private_file(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, &path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })?;
    Ok(true)
}

/// Every token that is still good, for the helper's `list`.
pub fn registries(dir: &Path, now: i64) -> Vec<Token> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<Token> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let key = name
                .strip_prefix("token-")?
                .strip_suffix(".json")?
                .to_string();
            read(dir, &key, now)
        })
        .collect();
    out.sort_by(|a, b| a.registry.cmp(&b.registry));
    out
}

/// Forget the tokens of one registry (every identity's): what `docker logout` asks for.
pub fn forget(dir: &Path, registry: &str) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        let held = std::fs::read_to_string(&path)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
            .and_then(|v| {
                v.get("registry")
                    .and_then(Value::as_str)
                    .map(str::to_string)
            });
        if held.as_deref() == Some(registry) && removed(&path).unwrap_or(false) {
            n += 1;
        }
    }
    n
}

/// Remove every cached token; how many were removed.
pub fn clear(dir: &Path) -> std::io::Result<usize> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut n = 0;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if (name.starts_with("token-") || name.starts_with(".token-")) && removed(&e.path())? {
            n += 1;
        } else if name.starts_with("failed-") || name.starts_with(".failed-") {
            removed(&e.path())?;
        } else if name.starts_with("lock-") {
            remove_unheld_lock(&e.path());
        }
    }
    Ok(n)
}

/// Remove a key's lock file unless a process holds it. A process that opened the file just
/// before it goes may lock the removed file while the next one locks a new one: at worst two
/// fetches of one token, never a wrong answer.
fn remove_unheld_lock(path: &Path) {
    let Ok(file) = std::fs::File::open(path) else {
        return;
    };
    if file.try_lock().is_ok() {
        let _ = std::fs::remove_file(path);
    }
}

/// Remove a file; one already gone (another ecrctl emptying the cache at the same time) is
/// not an error, and is not counted.
fn removed(path: &Path) -> std::io::Result<bool> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Why a key's lock was not taken.
#[derive(Debug)]
pub enum LockFailure {
    /// The cache directory or the lock file cannot be used at all (a file in its place, no
    /// permission): nothing to do with another ecrctl.
    Unusable(String),
    /// Another process held the lock for the whole wait.
    TimedOut(String),
}

/// Take the lock of one cache key (a file `lock-KEY` in the cache directory), so that only one
/// process fetches that key's token while the others wait for it and then read the cache.
pub fn lock(
    dir: &Path,
    key: &str,
    wait: std::time::Duration,
) -> Result<super::lock::Held, LockFailure> {
    make_private_dir(dir)
        .map_err(|e| LockFailure::Unusable(format!("creating {}: {e}", dir.display())))?;
    super::lock::acquire(&lock_file(dir, key), wait).map_err(|e| match e {
        super::lock::LockError::TimedOut { .. } => LockFailure::TimedOut(e.to_string()),
        super::lock::LockError::Io { .. } => LockFailure::Unusable(e.to_string()),
    })
}

fn lock_file(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("lock-{key}"))
}

/// How long a failed fetch is answered to the processes that waited for it, instead of each
/// asking ECR again (16 helpers would otherwise make 16 failing calls, one after another).
pub const FAILURE_TTL_MS: i64 = 5_000;

/// A fetch that failed, as recorded for the processes waiting on the same key: its exit code,
/// message and hint (already free of secrets), and when (milliseconds since the epoch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub exit: u8,
    pub message: String,
    pub hint: Option<String>,
    pub at_ms: i64,
}

fn failure_file(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("failed-{key}.json"))
}

/// Record a failed fetch of `key` (written by the lock holder, before it lets go).
pub fn record_failure(dir: &Path, key: &str, failure: &Failure) -> std::io::Result<()> {
    make_private_dir(dir)?;
    let text = json!({
        "exit": failure.exit,
        "message": failure.message,
        "hint": failure.hint,
        "at": failure.at_ms,
    })
    .to_string();
    let tmp = dir.join(format!(".failed-{key}.{}.tmp", std::process::id()));
    {
        let mut f = private_file(&tmp)?;
        f.write_all(text.as_bytes())?;
    }
    std::fs::rename(&tmp, failure_file(dir, key)).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// The failure recorded for `key` within the last [`FAILURE_TTL_MS`] while this process waited
/// for the lock (it began waiting at `waited_since_ms`, before the failure was recorded), if
/// any: a process that arrives after the failure was recorded fetches for itself. A file that
/// is not this user's own and private is ignored, as a token's would be.
pub fn recent_failure(dir: &Path, key: &str, now_ms: i64, waited_since_ms: i64) -> Option<Failure> {
    let path = failure_file(dir, key);
    if !private_to_me(&path) {
        return None;
    }
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let failure = Failure {
        exit: u8::try_from(v.get("exit")?.as_u64()?).ok()?,
        message: v.get("message")?.as_str()?.to_string(),
        hint: v.get("hint").and_then(Value::as_str).map(str::to_string),
        at_ms: v.get("at")?.as_i64()?,
    };
    answered_to(&failure, now_ms, waited_since_ms).then_some(failure)
}

/// Whether a recorded failure is answered to a process that began waiting at
/// `waited_since_ms`: only while it is recent, and only if that process waited while the
/// failing fetch ran (it began waiting before the failure was recorded).
pub fn answered_to(failure: &Failure, now_ms: i64, waited_since_ms: i64) -> bool {
    let age = now_ms - failure.at_ms;
    (0..=FAILURE_TTL_MS).contains(&age) && waited_since_ms <= failure.at_ms
}

/// Forget the failure recorded for `key` (a fetch succeeded).
pub fn forget_failure(dir: &Path, key: &str) {
    let _ = std::fs::remove_file(failure_file(dir, key));
}

/// Check a cache directory that already exists before using it: one that is not a directory
/// or belongs to someone else is not used (`Err`, why); one that others may enter is set to
/// 0700 (`Ok(Some(what was done))`).
#[cfg(unix)]
pub fn check_dir(dir: &Path) -> Result<Option<String>, String> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let meta = match std::fs::symlink_metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    if !meta.file_type().is_dir() {
        return Err("it is not a directory".into());
    }
    let me = rustix::process::geteuid().as_raw();
    if meta.uid() != me {
        return Err(format!(
            "it belongs to another user (uid {}), who could plant or read tokens there",
            meta.uid()
        ));
    }
    let mode = meta.mode() & 0o7777;
    if mode & 0o077 == 0 {
        return Ok(None);
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
        .map_err(|e| format!("it is mode {mode:04o} and could not be set to 0700: {e}"))?;
    Ok(Some(format!(
        "it was mode {mode:04o} (others could enter it): set to 0700"
    )))
}

#[cfg(not(unix))]
pub fn check_dir(dir: &Path) -> Result<Option<String>, String> {
    if dir.exists() && !dir.is_dir() {
        return Err("it is not a directory".into());
    }
    Ok(None)
}

#[cfg(unix)]
fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    // A directory made by something else (or before): tighten it.
    let meta = std::fs::metadata(dir)?;
    if meta.permissions().mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn make_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(unix)]
fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn token(expires_in: i64) -> Token {
        Token {
            registry: "123456789012.dkr.ecr.us-east-1.amazonaws.com".into(),
            username: "AWS".into(),
            password: "pw".into(),
            expires_at: NOW + expires_in,
        }
    }

    #[test]
    fn hit_margin_expiry_and_corruption() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("ecrctl");
        let k = key(
            "profile:ci:role=arn:aws:iam::1:role/x",
            "us-east-1",
            "h",
            None,
        );
        assert!(write(&dir, &k, &token(12 * 3600), NOW).unwrap());
        assert_eq!(read(&dir, &k, NOW), Some(token(12 * 3600)));
        // Served until 15 minutes before expiry, not after.
        assert!(read(&dir, &k, NOW + 12 * 3600 - MARGIN - 1).is_some());
        assert!(read(&dir, &k, NOW + 12 * 3600 - MARGIN).is_none());
        // An already expired token (the emulator's) is not kept.
        assert!(!write(&dir, "other", &token(-3600), NOW).unwrap());
        assert!(read(&dir, "other", NOW).is_none());
        // Another identity, region, registry or endpoint is another key.
        for other in [
            key("env:abc", "us-east-1", "h", None),
            key(
                "profile:ci:role=arn:aws:iam::1:role/x",
                "eu-west-1",
                "h",
                None,
            ),
            key(
                "profile:ci:role=arn:aws:iam::1:role/x",
                "us-east-1",
                "h2",
                None,
            ),
            key(
                "profile:ci:role=arn:aws:iam::1:role/x",
                "us-east-1",
                "h",
                Some("http://127.0.0.1:1"),
            ),
        ] {
            assert_ne!(other, k);
            assert!(read(&dir, &other, NOW).is_none());
        }
        // Corrupt: a miss, then replaced.
        std::fs::write(dir.join(format!("token-{k}.json")), "{not json").unwrap();
        assert!(read(&dir, &k, NOW).is_none());
        assert!(write(&dir, &k, &token(3600 * 2), NOW).unwrap());
        assert!(read(&dir, &k, NOW).is_some());
        assert_eq!(registries(&dir, NOW).len(), 1);
        assert_eq!(clear(&dir).unwrap(), 1);
        assert!(registries(&dir, NOW).is_empty());
        // Already gone: success, nothing counted.
        assert!(!removed(&dir.join("token-gone.json")).unwrap());
        assert_eq!(clear(&d.path().join("never-made")).unwrap(), 0);
    }

    #[cfg(unix)]
    #[test]
    fn files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("c");
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        write(&dir, "k", &token(7200), NOW).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&dir), 0o700);
        assert_eq!(mode(&dir.join("token-k.json")), 0o600);
    }

    #[test]
    fn a_recorded_failure_is_answered_for_a_few_seconds_only() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("c");
        let f = Failure {
            exit: 5,
            message: "getting a password: HTTP 500".into(),
            hint: Some("try again".into()),
            at_ms: 1_000_000,
        };
        record_failure(&dir, "k", &f).unwrap();
        assert_eq!(
            recent_failure(&dir, "k", 1_000_000 + 100, 1_000_000 - 50),
            Some(f.clone())
        );
        // A process that began waiting after the failure was recorded did not wait for that
        // fetch: it fetches for itself.
        assert_eq!(
            recent_failure(&dir, "k", 1_000_000 + 100, 1_000_000 + 1),
            None
        );
        assert!(!answered_to(&f, 1_000_000 + 1_000, 1_000_000 + 900));
        assert_eq!(
            recent_failure(&dir, "k", 1_000_000 + FAILURE_TTL_MS + 1, 0),
            None
        );
        assert_eq!(recent_failure(&dir, "other", 1_000_000, 0), None);
        forget_failure(&dir, "k");
        assert_eq!(recent_failure(&dir, "k", 1_000_000, 0), None);
    }

    #[test]
    fn clearing_removes_unheld_locks_and_failures_but_not_held_locks() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("c");
        let held = lock(&dir, "busy", std::time::Duration::from_secs(1)).unwrap();
        drop(lock(&dir, "idle", std::time::Duration::from_secs(1)).unwrap());
        record_failure(
            &dir,
            "idle",
            &Failure {
                exit: 6,
                message: "m".into(),
                hint: None,
                at_ms: 0,
            },
        )
        .unwrap();
        write(&dir, "t", &token(7200), NOW).unwrap();
        assert_eq!(clear(&dir).unwrap(), 1);
        assert!(dir.join("lock-busy").exists());
        assert!(!dir.join("lock-idle").exists());
        assert!(!dir.join("failed-idle.json").exists());
        drop(held);
    }

    #[cfg(unix)]
    #[test]
    fn a_cache_directory_others_may_enter_is_tightened_and_another_users_is_not_used() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("c");
        assert_eq!(check_dir(&dir), Ok(None));
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        let done = check_dir(&dir).unwrap().unwrap();
        assert!(done.contains("0777") && done.contains("0700"), "{done}");
        assert_eq!(
            std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
            0o700
        );
        assert_eq!(check_dir(&dir), Ok(None));
        let file = d.path().join("f");
        std::fs::write(&file, "").unwrap();
        assert!(check_dir(&file).unwrap_err().contains("not a directory"));
        // Another user's directory (only root can make one here).
        if rustix::process::geteuid().is_root() {
            std::os::unix::fs::chown(&dir, Some(65534), None).unwrap();
            assert!(check_dir(&dir).unwrap_err().contains("another user"));
        }
    }

    #[test]
    fn the_cache_directory() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            dir(&env(&[("XDG_CACHE_HOME", "/x"), ("HOME", "/h")])),
            Some(PathBuf::from("/x/ecrctl"))
        );
        assert!(dir(&env(&[("XDG_CACHE_HOME", "rel"), ("HOME", "/h")])).is_some());
        assert_eq!(dir(&env(&[])), None);
    }
}
