//! Reading what is known of a locally built image: an OCI image layout, a buildx metadata
//! file, or `docker image inspect` output. Pure parsing over text and files; no AWS types.

use std::path::Path;

use serde_json::Value;

use crate::reference::validate_digest;
use crate::verdict::Local;

/// Files this large are not an index or metadata file (they hold a few hundred bytes).
const MAX_FILE: u64 = 4 * 1024 * 1024;

/// Read a small JSON file, with errors that name the file and what is wrong with it.
fn read_json(path: &Path, what: &str) -> Result<Value, String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| format!("{what} {shown}: {e}"))?;
    if !meta.is_file() {
        return Err(format!("{what} {shown}: not a regular file"));
    }
    if meta.len() > MAX_FILE {
        return Err(format!(
            "{what} {shown}: {} bytes is too large for this file",
            meta.len()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("{what} {shown}: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|_| format!("{what} {shown}: not UTF-8 text"))?;
    serde_json::from_str(&text).map_err(|e| format!("{what} {shown}: not valid JSON ({e})"))
}

fn checked_digest(
    value: Option<&Value>,
    field: &str,
    source: &str,
) -> Result<Option<String>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(d)) => {
            validate_digest(d).map_err(|e| format!("{source}: {field}: {e}"))?;
            Ok(Some(d.clone()))
        }
        Some(other) => Err(format!("{source}: {field} is {other}, not a digest string")),
    }
}

/// The manifest digest of an OCI image layout directory (`index.json`). With several
/// manifests, the one annotated `org.opencontainers.image.ref.name` = `tag` is chosen.
pub fn from_oci_layout(dir: &Path, tag: &str) -> Result<Local, String> {
    let shown = dir.display();
    if !dir.is_dir() {
        return Err(format!("--oci-layout {shown}: not a directory"));
    }
    let layout = read_json(&dir.join("oci-layout"), "--oci-layout")?;
    if layout
        .get("imageLayoutVersion")
        .and_then(Value::as_str)
        .is_none()
    {
        return Err(format!(
            "--oci-layout {shown}: oci-layout has no imageLayoutVersion"
        ));
    }
    let index = read_json(&dir.join("index.json"), "--oci-layout")?;
    let manifests = index
        .get("manifests")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("--oci-layout {shown}: index.json has no manifests list"))?;
    let chosen = match manifests.len() {
        0 => {
            return Err(format!(
                "--oci-layout {shown}: index.json lists no manifest"
            ))
        }
        1 => &manifests[0],
        _ => {
            let named: Vec<&Value> = manifests
                .iter()
                .filter(|m| {
                    m.pointer("/annotations/org.opencontainers.image.ref.name")
                        .and_then(Value::as_str)
                        .is_some_and(|n| n == tag || n.ends_with(&format!(":{tag}")))
                })
                .collect();
            match named[..] {
                [one] => one,
                _ => {
                    return Err(format!(
                        "--oci-layout {shown}: index.json lists {} manifests and not exactly one is annotated \
                         org.opencontainers.image.ref.name={tag}",
                        manifests.len()
                    ))
                }
            }
        }
    };
    let digest = checked_digest(
        chosen.get("digest"),
        "manifest digest",
        "--oci-layout index.json",
    )?
    .ok_or_else(|| format!("--oci-layout {shown}: the manifest entry has no digest"))?;
    Ok(Local {
        manifest_digest: Some(digest),
        config_digest: None,
    })
}

/// The image digests in a `docker buildx build --metadata-file` output.
pub fn from_metadata_file(path: &Path) -> Result<Local, String> {
    let v = read_json(path, "--metadata-file")?;
    if !v.is_object() {
        return Err(format!(
            "--metadata-file {}: not a JSON object",
            path.display()
        ));
    }
    let source = format!("--metadata-file {}", path.display());
    let local = Local {
        manifest_digest: checked_digest(
            v.get("containerimage.digest"),
            "containerimage.digest",
            &source,
        )?,
        config_digest: checked_digest(
            v.get("containerimage.config.digest"),
            "containerimage.config.digest",
            &source,
        )?,
    };
    if !local.is_known() {
        return Err(format!(
            "{source}: no containerimage.digest or containerimage.config.digest (was the image built with --push or --load?)"
        ));
    }
    Ok(local)
}

/// What `docker image inspect` says of a local image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DockerImage {
    /// The image id: the config digest with the classic image store (with the containerd store
    /// it is the manifest or index digest, which [`Local::same_as`] also accepts).
    pub id: String,
    /// `registry/repository@sha256:…` entries: digests the image has in those repositories.
    pub repo_digests: Vec<String>,
}

impl DockerImage {
    /// Parse the JSON array `docker image inspect IMAGE` prints.
    pub fn parse(json: &str) -> Result<DockerImage, String> {
        let v: Value = serde_json::from_str(json).map_err(|e| {
            format!("docker image inspect printed something that is not JSON ({e})")
        })?;
        let first = v
            .as_array()
            .and_then(|a| a.first())
            .ok_or("docker image inspect printed no image")?;
        let id = first
            .get("Id")
            .and_then(Value::as_str)
            .ok_or("docker image inspect: the image has no Id")?
            .to_string();
        let repo_digests = first
            .get("RepoDigests")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        Ok(DockerImage { id, repo_digests })
    }

    /// What is known locally for a push to `name` (`host/repository`, or a bare repository for
    /// a short reference): its digest there when docker recorded one, else the image id.
    pub fn local_for(&self, name: &str) -> Local {
        let repo_digest = self.repo_digests.iter().find_map(|entry| {
            let (repo, digest) = entry.rsplit_once('@')?;
            let matches = repo == name || repo.ends_with(&format!("/{name}"));
            matches.then(|| digest.to_string())
        });
        match repo_digest {
            Some(d) => Local {
                manifest_digest: Some(d),
                config_digest: None,
            },
            None => Local {
                manifest_digest: None,
                config_digest: Some(self.id.clone()),
            },
        }
    }
}

/// Run a local program and collect its output, within `timeout`. It runs in a process group
/// of its own, and the whole group is killed when the time runs out or when ecrctl stops
/// waiting (Ctrl-C): a docker CLI whose daemon hangs, or a wrapper script and its children,
/// must not outlive the step.
pub async fn run_bounded(
    program: &str,
    args: &[&str],
    timeout: std::time::Duration,
) -> std::io::Result<std::process::Output> {
    run_bounded_with_input(program, args, None, timeout).await
}

/// [`run_bounded`], writing `input` to the program's standard input (a password, which is
/// never on its command line).
pub async fn run_bounded_with_input(
    program: &str,
    args: &[&str],
    input: Option<&[u8]>,
    timeout: std::time::Duration,
) -> std::io::Result<std::process::Output> {
    use std::process::Stdio;
    use tokio::io::AsyncWriteExt;
    let mut command = tokio::process::Command::new(program);
    command
        .args(args)
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    #[cfg(unix)]
    command.process_group(0);
    let mut child = command.spawn()?;
    let group = GroupGuard(child.id());
    if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
        // A tool that exits without reading is not an error here: its exit status says.
        let _ = stdin.write_all(bytes).await;
        drop(stdin);
    }
    match tokio::time::timeout(timeout, child.wait_with_output()).await {
        Ok(output) => {
            std::mem::forget(group);
            output
        }
        Err(_) => Err(std::io::Error::new(
            std::io::ErrorKind::TimedOut,
            format!(
                "no answer within {:.0} s (--timeout); it was stopped",
                timeout.as_secs_f64()
            ),
        )),
    }
}

/// Kills a child's process group when dropped (the child and everything it started).
struct GroupGuard(Option<u32>);

impl Drop for GroupGuard {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(pid) = self
            .0
            .and_then(|p| i32::try_from(p).ok())
            .and_then(rustix::process::Pid::from_raw)
        {
            let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(c: char) -> String {
        format!("sha256:{}", c.to_string().repeat(64))
    }

    #[test]
    fn oci_layout_with_one_or_several_manifests() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("oci-layout"),
            r#"{"imageLayoutVersion":"1.0.0"}"#,
        )
        .unwrap();
        let one = format!(
            r#"{{"schemaVersion":2,"manifests":[{{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"{}","size":1}}]}}"#,
            d('a')
        );
        std::fs::write(dir.path().join("index.json"), one).unwrap();
        assert_eq!(
            from_oci_layout(dir.path(), "v1").unwrap().manifest_digest,
            Some(d('a'))
        );

        let two = format!(
            r#"{{"manifests":[{{"digest":"{}","annotations":{{"org.opencontainers.image.ref.name":"v1"}}}},{{"digest":"{}","annotations":{{"org.opencontainers.image.ref.name":"v2"}}}}]}}"#,
            d('a'),
            d('b')
        );
        std::fs::write(dir.path().join("index.json"), two).unwrap();
        assert_eq!(
            from_oci_layout(dir.path(), "v2").unwrap().manifest_digest,
            Some(d('b'))
        );
        assert!(from_oci_layout(dir.path(), "v3")
            .unwrap_err()
            .contains("not exactly one"));

        std::fs::write(
            dir.path().join("index.json"),
            r#"{"manifests":[{"digest":"sha256:ABC"}]}"#,
        )
        .unwrap();
        assert!(from_oci_layout(dir.path(), "v1")
            .unwrap_err()
            .contains("lower-case hex"));
        std::fs::write(dir.path().join("index.json"), "{nope").unwrap();
        assert!(from_oci_layout(dir.path(), "v1")
            .unwrap_err()
            .contains("not valid JSON"));
        std::fs::remove_file(dir.path().join("oci-layout")).unwrap();
        assert!(from_oci_layout(dir.path(), "v1").is_err());
        assert!(from_oci_layout(&dir.path().join("missing"), "v1")
            .unwrap_err()
            .contains("not a directory"));
    }

    #[test]
    fn buildx_metadata() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("meta.json");
        std::fs::write(
            &f,
            format!(r#"{{"buildx.build.ref":"x","containerimage.config.digest":"{}","containerimage.digest":"{}","image.name":"a/b:c"}}"#, d('c'), d('e')),
        )
        .unwrap();
        let local = from_metadata_file(&f).unwrap();
        assert_eq!(local.manifest_digest, Some(d('e')));
        assert_eq!(local.config_digest, Some(d('c')));
        std::fs::write(&f, r#"{"buildx.build.ref":"x"}"#).unwrap();
        assert!(from_metadata_file(&f)
            .unwrap_err()
            .contains("no containerimage.digest"));
        std::fs::write(&f, [0xff, 0xfe]).unwrap();
        assert!(from_metadata_file(&f).unwrap_err().contains("not UTF-8"));
        assert!(from_metadata_file(dir.path())
            .unwrap_err()
            .contains("not a regular file"));
    }

    #[test]
    fn docker_inspect() {
        let json = format!(
            r#"[{{"Id":"{}","RepoTags":["x:1"],"RepoDigests":["123456789012.dkr.ecr.us-east-1.amazonaws.com/myapp@{}"]}}]"#,
            d('1'),
            d('2')
        );
        let img = DockerImage::parse(&json).unwrap();
        let local = img.local_for("123456789012.dkr.ecr.us-east-1.amazonaws.com/myapp");
        assert_eq!(local.manifest_digest, Some(d('2')));
        assert_eq!(img.local_for("myapp").manifest_digest, Some(d('2')));
        let other = img.local_for("otherapp");
        assert_eq!(other.manifest_digest, None);
        assert_eq!(other.config_digest, Some(d('1')));
        assert!(DockerImage::parse("[]").is_err());
        assert!(DockerImage::parse("Error: No such image").is_err());
    }
}
