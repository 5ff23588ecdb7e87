//! The docker config file's `credHelpers`: add and remove ecrctl's entries, keeping every other
//! key and entry, written atomically with the file's mode kept.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// The helper name docker calls as `docker-credential-<name>`.
pub const HELPER: &str = "ecrctl";

/// `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`.
pub fn path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    if let Some(d) = env("DOCKER_CONFIG").filter(|d| !d.is_empty()) {
        return Some(Path::new(&d).join("config.json"));
    }
    let home = env("HOME").filter(|h| !h.is_empty())?;
    Some(Path::new(&home).join(".docker").join("config.json"))
}

/// Parse a config file's text (empty: an empty config); errors say what is wrong.
pub fn parse(text: &str) -> Result<Map<String, Value>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Ok(Map::new());
    }
    // Strictly: a duplicate key would silently lose one of its values on rewrite.
    match crate::policy::parse(text) {
        Ok(Value::Object(m)) => Ok(m),
        Ok(_) => Err("it is JSON but not an object".into()),
        Err(e) if e.starts_with("the policy must be") => Err("it is JSON but not an object".into()),
        Err(e) => Err(format!(
            "it is {}",
            e.replace("not valid JSON: ", "not valid JSON (") + ")"
        )),
    }
}

fn helpers(doc: &mut Map<String, Value>) -> Result<&mut Map<String, Value>, String> {
    let entry = doc
        .entry("credHelpers")
        .or_insert_with(|| Value::Object(Map::new()));
    // `null` is how some tools write "none" (docker reads it so).
    if entry.is_null() {
        *entry = Value::Object(Map::new());
    }
    entry
        .as_object_mut()
        .ok_or_else(|| "its credHelpers is not an object".to_string())
}

/// The hosts added, and those left to another helper (with its name).
pub type Added = (Vec<String>, Vec<(String, String)>);

/// Point each host at ecrctl, unless its entry names another helper: that entry is the user's
/// and stays (it is returned, to be said).
pub fn add(doc: &mut Map<String, Value>, hosts: &[String]) -> Result<Added, String> {
    let helpers = helpers(doc)?;
    let mut added = Vec::new();
    let mut others = Vec::new();
    for h in hosts {
        match helpers.get(h) {
            Some(Value::String(name)) if name == HELPER => {}
            Some(other) => others.push((h.clone(), other.as_str().unwrap_or("?").to_string())),
            None => {
                helpers.insert(h.clone(), Value::String(HELPER.into()));
                added.push(h.clone());
            }
        }
    }
    Ok((added, others))
}

/// The hosts whose entry points at ecrctl.
pub fn ours(doc: &Map<String, Value>) -> Vec<String> {
    doc.get("credHelpers")
        .and_then(Value::as_object)
        .map(|h| {
            h.iter()
                .filter(|(_, v)| v.as_str() == Some(HELPER))
                .map(|(k, _)| k.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// Remove the hosts' entries that point at ecrctl (and nothing else); an emptied
/// `credHelpers` goes too. Returns the hosts removed.
pub fn remove(doc: &mut Map<String, Value>, hosts: &[String]) -> Result<Vec<String>, String> {
    if doc.get("credHelpers").is_none_or(Value::is_null) {
        return Ok(Vec::new());
    }
    let helpers = helpers(doc)?;
    let mut removed = Vec::new();
    for h in hosts {
        if helpers.get(h).and_then(Value::as_str) == Some(HELPER) {
            helpers.remove(h);
            removed.push(h.clone());
        }
    }
    if helpers.is_empty() {
        doc.remove("credHelpers");
    }
    Ok(removed)
}

/// Where the docker config keeps the credentials of a registry host.
#[derive(Clone, PartialEq, Eq)]
pub enum Stored {
    /// In the file itself (`auths`): user name and password.
    Inline(String, String),
    /// In a credential helper, `docker-credential-NAME` (`credHelpers`, else `credsStore`).
    Helper(String),
}

impl std::fmt::Debug for Stored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stored::Inline(user, _) => write!(f, "Inline({user}, <redacted>)"),
            Stored::Helper(name) => write!(f, "Helper({name})"),
        }
    }
}

/// The credentials docker would use for `host`, as docker looks them up: its `credHelpers`
/// entry, then `auths` (keyed by the host, with or without `https://` and a path; Docker Hub as
/// `https://index.docker.io/v1/`), then the `credsStore` default helper. `None`: anonymous.
pub fn credentials_for(doc: &Map<String, Value>, host: &str) -> Option<Stored> {
    let hub = matches!(
        host,
        "registry-1.docker.io" | "docker.io" | "index.docker.io"
    );
    let key_host = |key: &str| -> String {
        let k = key
            .trim_start_matches("https://")
            .trim_start_matches("http://");
        k.split('/').next().unwrap_or_default().to_ascii_lowercase()
    };
    let names = |key: &str| {
        let k = key_host(key);
        k == host
            || (hub
                && matches!(
                    k.as_str(),
                    "index.docker.io" | "docker.io" | "registry-1.docker.io"
                ))
    };
    if let Some(helpers) = doc.get("credHelpers").and_then(Value::as_object) {
        if let Some((_, Value::String(name))) = helpers.iter().find(|(k, _)| names(k)) {
            return Some(Stored::Helper(name.clone()));
        }
    }
    if let Some(auths) = doc.get("auths").and_then(Value::as_object) {
        if let Some((_, entry)) = auths.iter().find(|(k, _)| names(k)) {
            let inline = entry
                .get("auth")
                .and_then(Value::as_str)
                .filter(|a| !a.is_empty())
                .and_then(|a| aws_smithy_types::base64::decode(a).ok())
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|t| {
                    t.split_once(':')
                        .map(|(u, p)| (u.to_string(), p.to_string()))
                })
                .or_else(|| {
                    let user = entry.get("username").and_then(Value::as_str)?;
                    let pass = entry.get("password").and_then(Value::as_str)?;
                    Some((user.to_string(), pass.to_string()))
                });
            if let Some((user, pass)) = inline {
                return Some(Stored::Inline(user, pass));
            }
        }
    }
    doc.get("credsStore")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .map(|s| Stored::Helper(s.to_string()))
}

/// The lock that ecrctl processes take around a read-modify-write of `config` (docker itself
/// takes none: the rename into place keeps its readers safe).
pub fn lock_path(config: &Path) -> PathBuf {
    let name = config
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("config.json");
    config.with_file_name(format!("{name}.lock"))
}

/// The file beside the docker config where `login --install-helper --profile NAME` records
/// which profile the helper uses for each registry: docker passes the helper no flags.
pub fn profiles_path(config: &Path) -> PathBuf {
    config.with_file_name("ecrctl-helper.json")
}

/// The registries' recorded profiles, from that file's text (`{"profiles": {HOST: NAME}}`).
pub fn profiles(text: &str) -> Result<Map<String, Value>, String> {
    let mut doc = parse(text)?;
    match doc.remove("profiles") {
        None => Ok(Map::new()),
        Some(Value::Object(m)) => Ok(m),
        Some(_) => Err("its profiles is not an object".into()),
    }
}

/// Record `profile` for each host (`None`: the default credential chain, so no entry).
/// Returns whether anything changed.
pub fn record_profiles(
    map: &mut Map<String, Value>,
    hosts: &[String],
    profile: Option<&str>,
) -> bool {
    let mut changed = false;
    for h in hosts {
        let before = map.get(h).cloned();
        match profile {
            Some(p) => {
                map.insert(h.clone(), Value::String(p.to_string()));
            }
            None => {
                map.remove(h);
            }
        }
        changed |= map.get(h) != before.as_ref();
    }
    changed
}

/// The profile recorded for `host`, if any.
/// `Err`: the entry is there but is not a profile name (the file has the wrong shape).
pub fn profile_for(map: &Map<String, Value>, host: &str) -> Result<Option<String>, String> {
    match map.get(host) {
        None => Ok(None),
        Some(Value::String(p)) if !p.trim().is_empty() => Ok(Some(p.clone())),
        Some(_) => Err(format!("its profile for {host} is not a profile name")),
    }
}

/// Write the config: to a temporary file beside it, then rename, keeping the file's mode (a new
/// file is 0600: it may hold credentials).
pub fn write(path: &Path, doc: &Map<String, Value>) -> std::io::Result<()> {
    // Through a symlink (a dotfile manager's), to the file it names.
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let path = target.as_path();
    let dir = path.parent().unwrap_or(Path::new("."));
    make_dir(dir)?;
    let mut text = serde_json::to_string_pretty(doc).expect("JSON values serialise");
    text.push('\n');
    let tmp = dir.join(format!(
        ".{}.ecrctl-{}.tmp",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("config.json"),
        std::process::id()
    ));
    std::fs::write(&tmp, text)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        use std::os::unix::fs::PermissionsExt;
        let old = std::fs::metadata(path).ok();
        let mode = old
            .as_ref()
            .map(|m| m.permissions().mode() & 0o7777)
            .unwrap_or(0o600);
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode))?;
        // Run by root for someone else's config: the file stays theirs.
        if let Some(m) = old {
            let _ = std::os::unix::fs::chown(&tmp, Some(m.uid()), Some(m.gid()));
        }
    }
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

#[cfg(unix)]
pub fn make_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

#[cfg(not(unix))]
pub fn make_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn add_and_remove_keep_everything_else() {
        let text = r#"{"auths":{"ghcr.io":{"auth":"x"}},"credsStore":"desktop","credHelpers":{"gcr.io":"gcloud","public.ecr.aws":"ecr-login"},"experimental":"enabled"}"#;
        let mut doc = parse(text).unwrap();
        let hosts = vec![
            "1.dkr.ecr.us-east-1.amazonaws.com".to_string(),
            "public.ecr.aws".to_string(),
        ];
        let (added, others) = add(&mut doc, &hosts).unwrap();
        assert_eq!(added, hosts[..1]);
        assert_eq!(
            others,
            [("public.ecr.aws".to_string(), "ecr-login".to_string())]
        );
        assert_eq!(doc["credHelpers"]["public.ecr.aws"], "ecr-login");
        assert_eq!(ours(&doc), hosts[..1]);
        assert_eq!(doc["credHelpers"]["gcr.io"], "gcloud");
        assert_eq!(doc["credsStore"], "desktop");
        assert_eq!(doc["auths"], json!({"ghcr.io": {"auth": "x"}}));
        assert_eq!(doc["experimental"], "enabled");
        // Again: nothing to add.
        assert!(add(&mut doc, &hosts).unwrap().0.is_empty());
        let removed = remove(&mut doc, &hosts).unwrap();
        assert_eq!(removed, hosts[..1]);
        assert_eq!(
            doc["credHelpers"],
            json!({"gcr.io": "gcloud", "public.ecr.aws": "ecr-login"})
        );
        // A config without helpers: added, then removed entirely.
        let mut empty = parse("").unwrap();
        add(&mut empty, &hosts).unwrap();
        remove(&mut empty, &hosts).unwrap();
        assert_eq!(Value::Object(empty), json!({}));
    }

    #[test]
    fn broken_configs_are_refused() {
        assert!(parse("{not json").unwrap_err().contains("not valid JSON"));
        assert!(
            parse(r#"{"a":1,"a":2}"#).unwrap_err().contains("duplicate"),
            "{:?}",
            parse(r#"{"a":1,"a":2}"#)
        );
        assert!(parse("\u{feff}{}").is_ok());
        assert!(parse("[]").unwrap_err().contains("not an object"));
        let mut doc = parse(r#"{"credHelpers": "x"}"#).unwrap();
        assert!(add(&mut doc, &["h".into()]).is_err());
        // null is "none", as docker reads it.
        let mut doc = parse(r#"{"credHelpers": null}"#).unwrap();
        assert!(remove(&mut doc, &["h".into()]).unwrap().is_empty());
        assert_eq!(add(&mut doc, &["h".into()]).unwrap().0, ["h"]);
        assert_eq!(doc["credHelpers"], json!({"h": "ecrctl"}));
    }

    #[test]
    fn profiles_are_recorded_per_registry_and_cleared_without_one() {
        let hosts = vec!["a".to_string(), "b".to_string()];
        let mut map = profiles("").unwrap();
        assert!(record_profiles(&mut map, &hosts, Some("ci")));
        assert!(!record_profiles(&mut map, &hosts, Some("ci")));
        assert_eq!(profile_for(&map, "a"), Ok(Some("ci".into())));
        assert!(record_profiles(&mut map, &hosts[..1], None));
        assert_eq!(profile_for(&map, "a"), Ok(None));
        assert_eq!(profile_for(&map, "b"), Ok(Some("ci".into())));
        // A wrong shape is an error, never "no profile recorded".
        let bad = profiles(r#"{"profiles": {"a": 5, "b": ""}}"#).unwrap();
        assert!(profile_for(&bad, "a").unwrap_err().contains("for a"));
        assert!(profile_for(&bad, "b").is_err());
        assert!(profiles(r#"{"profiles": 1}"#).is_err());
        assert_eq!(
            lock_path(Path::new("/d/config.json")),
            Path::new("/d/config.json.lock")
        );
        assert_eq!(
            profiles_path(Path::new("/d/config.json")),
            Path::new("/d/ecrctl-helper.json")
        );
    }

    #[cfg(unix)]
    #[test]
    fn writes_keep_the_mode() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("config.json");
        std::fs::write(&p, "{}").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
        write(&p, &parse(r#"{"a":1}"#).unwrap()).unwrap();
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o640
        );
        let fresh = d.path().join("sub").join("config.json");
        write(&fresh, &Map::new()).unwrap();
        assert_eq!(
            std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    #[test]
    fn credentials_are_found_as_docker_finds_them() {
        let text = r#"{"auths":{"https://ghcr.io":{"auth":"dTpwQHNz"},"https://index.docker.io/v1/":{"username":"hub","password":"pw"},"empty.example":{}},"credHelpers":{"gcr.io":"gcloud"},"credsStore":"desktop"}"#;
        let doc = parse(text).unwrap();
        assert_eq!(
            credentials_for(&doc, "ghcr.io"),
            Some(Stored::Inline("u".into(), "p@ss".into()))
        );
        assert_eq!(
            credentials_for(&doc, "registry-1.docker.io"),
            Some(Stored::Inline("hub".into(), "pw".into()))
        );
        assert_eq!(
            credentials_for(&doc, "gcr.io"),
            Some(Stored::Helper("gcloud".into()))
        );
        // An entry without credentials, or no entry: the default store.
        assert_eq!(
            credentials_for(&doc, "empty.example"),
            Some(Stored::Helper("desktop".into()))
        );
        assert_eq!(credentials_for(&parse("{}").unwrap(), "ghcr.io"), None);
        assert!(!format!("{:?}", credentials_for(&doc, "ghcr.io")).contains("p@ss"));
    }
}
