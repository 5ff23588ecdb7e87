//! `images copy` and `images sync` against real registries: Debian's docker-registry (the CNCF
//! distribution registry) started per test on a loopback port, images written by
//! tests/support/oci_push.py, skopeo as the reference. An ECR destination is a fake ECR host:
//! moto for its control plane, a loopback registry for its data plane
//! (`ECRCTL_TEST_REGISTRY_URLS`).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command as StdCommand, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::harness::*;

/// The ECR host the fake ECR answers for (moto's account, the tests' region).
const ECR_HOST: &str = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
/// The password moto's GetAuthorizationToken hands out for that account.
const MOTO_PASSWORD: &str = "123456789012-auth-token";

/// A docker-registry on a free loopback port, in a directory of its own; stopped when dropped.
pub struct RegistryServer {
    pub host: String,
    pub url: String,
    _dir: tempfile::TempDir,
    child: Child,
}

impl Drop for RegistryServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Start a registry; with `login`, behind htpasswd basic auth for that user.
pub fn start_registry(login: Option<(&str, &str)>) -> RegistryServer {
    for _ in 0..5 {
        let dir = tempfile::tempdir().unwrap();
        let port = free_port();
        let mut config = format!(
            "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n",
            dir.path().join("data").display()
        );
        if let Some((user, password)) = login {
            let hash = StdCommand::new("python3")
                .args([
                    "-W",
                    "ignore",
                    "-c",
                    "import crypt,sys; print(crypt.crypt(sys.argv[1], crypt.mksalt(crypt.METHOD_BLOWFISH)))",
                    password,
                ])
                .output()
                .unwrap();
            let hash = String::from_utf8(hash.stdout).unwrap();
            assert!(
                hash.starts_with("$2"),
                "python3's crypt made no bcrypt hash"
            );
            std::fs::write(
                dir.path().join("htpasswd"),
                format!("{user}:{}", hash.trim()),
            )
            .unwrap();
            config.push_str(&format!(
                "auth:\n  htpasswd:\n    realm: test\n    path: {}\n",
                dir.path().join("htpasswd").display()
            ));
        }
        std::fs::write(dir.path().join("config.yml"), config).unwrap();
        let child = StdCommand::new("docker-registry")
            .arg("serve")
            .arg(dir.path().join("config.yml"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("docker-registry is needed: `apt-get install docker-registry` (tests/run.sh installs it)");
        let host = format!("127.0.0.1:{port}");
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(10) {
            if TcpStream::connect(&host).is_ok() {
                return RegistryServer {
                    url: format!("http://{host}"),
                    host,
                    _dir: dir,
                    child,
                };
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // Another process took the port: try another.
        let mut child = child;
        let _ = child.kill();
    }
    panic!("docker-registry did not start");
}

impl RegistryServer {
    /// Push a test image (see tests/support/oci_push.py); its JSON description.
    pub fn push(&self, repo: &str, tag: &str, seed: &str, extra: &[&str]) -> Value {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/oci_push.py");
        let out = StdCommand::new("python3")
            .arg(script)
            .args([&self.url, repo, tag, seed])
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "oci_push.py: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The status of a bare request (HEAD of a blob, GET of a manifest), no credentials.
    pub fn status(&self, method: &str, path: &str) -> u16 {
        let mut s = TcpStream::connect(&self.host).unwrap();
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nAccept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json\r\nConnection: close\r\n\r\n",
            self.host
        )
        .unwrap();
        let mut head = [0u8; 12];
        s.read_exact(&mut head).unwrap();
        String::from_utf8_lossy(&head[9..12]).parse().unwrap()
    }

    pub fn has_blob(&self, repo: &str, digest: &str) -> bool {
        self.status("HEAD", &format!("/v2/{repo}/blobs/{digest}")) == 200
    }

    pub fn has_manifest(&self, repo: &str, reference: &str) -> bool {
        self.status("HEAD", &format!("/v2/{repo}/manifests/{reference}")) == 200
    }

    /// The digest of the manifest under a tag, as skopeo reads it.
    pub fn digest(&self, repo: &str, reference: &str) -> String {
        let out = StdCommand::new("skopeo")
            .args(["inspect", "--raw", "--tls-verify=false"])
            .arg(format!("docker://{}/{repo}{reference}", self.host))
            .output()
            .expect("skopeo is needed: `apt-get install skopeo` (tests/run.sh installs it)");
        assert!(
            out.status.success(),
            "skopeo inspect: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let hex: String = Sha256::digest(&out.stdout)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        format!("sha256:{hex}")
    }
}

/// `ecrctl` for copies between plain registries: its AWS endpoint is dead, so any AWS call
/// would fail the test.
fn ecrctl_offline() -> assert_cmd::Command {
    ecrctl_at(DEAD_ENDPOINT)
}

/// `ecrctl` with the fake ECR host's data plane at `registry`.
fn ecrctl_fake_ecr(registry: &RegistryServer) -> assert_cmd::Command {
    let mut cmd = ecrctl();
    cmd.env(
        "ECRCTL_TEST_REGISTRY_URLS",
        format!("{ECR_HOST}={}", registry.url),
    );
    cmd
}

fn run_json(cmd: &mut assert_cmd::Command, code: i32) -> Value {
    let out = cmd.arg("-o").arg("json").output().unwrap();
    assert_eq!(out.status.code(), Some(code), "stderr: {}", stderr_of(&out));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn a_copy_keeps_every_digest_as_skopeo_does_and_a_second_sends_nothing() {
    let (a, b) = (start_registry(None), start_registry(None));
    let pushed = a.push("src/app", "v1", "skopeo", &["--multi"]);
    let digest = pushed["digest"].as_str().unwrap();
    let src = format!("{}/src/app:v1", a.host);
    let first = run_json(
        ecrctl_offline().args(["images", "copy", &src, &format!("{}/ecrctl/app:v1", b.host)]),
        0,
    );
    assert_eq!(first["verdict"], "new");
    assert_eq!(first["result"], "copied");
    assert_eq!(first["sourceDigest"], digest);
    assert_eq!(first["destinationDigest"], digest);
    // Two platforms of three layers and a config each.
    assert_eq!(first["blobsSent"], 8);
    let skopeo = StdCommand::new("skopeo")
        .args([
            "copy",
            "--all",
            "-q",
            "--src-tls-verify=false",
            "--dest-tls-verify=false",
        ])
        .arg(format!("docker://{src}"))
        .arg(format!("docker://{}/skopeo/app:v1", b.host))
        .output()
        .unwrap();
    assert!(
        skopeo.status.success(),
        "{}",
        String::from_utf8_lossy(&skopeo.stderr)
    );
    assert_eq!(b.digest("ecrctl/app", ":v1"), digest);
    assert_eq!(b.digest("skopeo/app", ":v1"), digest);
    for platform in pushed["platforms"].as_array().unwrap() {
        let p = platform.as_str().unwrap();
        assert_eq!(b.digest("ecrctl/app", &format!("@{p}")), p);
        assert_eq!(b.digest("skopeo/app", &format!("@{p}")), p);
    }
    for blob in pushed["blobs"].as_array().unwrap() {
        assert!(b.has_blob("ecrctl/app", blob.as_str().unwrap()));
    }
    let second = run_json(
        ecrctl_offline().args(["images", "copy", &src, &format!("{}/ecrctl/app:v1", b.host)]),
        0,
    );
    assert_eq!(second["verdict"], "unchanged");
    assert_eq!(second["result"], "unchanged");
    assert_eq!(second["bytesSent"], 0);
    assert_eq!(second["blobsSent"], 0);
    assert_eq!(second["manifestsSent"], 0);
    // Another tag of the same image: only its manifest is written.
    let again = run_json(
        ecrctl_offline().args([
            "images",
            "copy",
            &src,
            &format!("{}/ecrctl/app:stable", b.host),
        ]),
        0,
    );
    assert_eq!(
        (again["result"].as_str(), again["blobsSent"].as_u64()),
        (Some("copied"), Some(0))
    );
    assert_eq!(b.digest("ecrctl/app", ":stable"), digest);
}

#[test]
fn by_digest_a_nested_index_and_its_referrers() {
    let (a, b) = (start_registry(None), start_registry(None));
    let pushed = a.push(
        "src/nested",
        "v1",
        "nested",
        &["--nested", "--referrer", "--cosign"],
    );
    let digest = pushed["digest"].as_str().unwrap();
    let referrer = pushed["referrer"].as_str().unwrap();
    let out = run_json(
        ecrctl_offline().args([
            "images",
            "copy",
            &format!("{}/src/nested@{digest}", a.host),
            &format!("{}/dst/nested", b.host),
            "--referrers",
        ]),
        0,
    );
    assert_eq!(
        out["destination"],
        format!("{}/dst/nested@{digest}", b.host)
    );
    let cosign = pushed["cosign"].as_str().unwrap();
    assert_eq!(out["referrers"], serde_json::json!([referrer, cosign]));
    // cosign's own tag scheme comes along too.
    let sig_tag = format!("{}.sig", digest.replacen(':', "-", 1));
    assert_eq!(b.digest("dst/nested", &format!(":{sig_tag}")), cosign);
    assert!(b.has_manifest("dst/nested", digest));
    // The inner index and both platforms came with it.
    for child in pushed["platforms"].as_array().unwrap() {
        assert!(
            b.has_manifest("dst/nested", child.as_str().unwrap()),
            "{child}"
        );
    }
    // The signature, and the referrers tag a registry without the referrers API needs.
    assert!(b.has_manifest("dst/nested", referrer));
    let tag = digest.replacen(':', "-", 1);
    assert!(b.has_manifest("dst/nested", &tag));
    // Without --referrers the signature stays behind.
    let plain = run_json(
        ecrctl_offline().args([
            "images",
            "copy",
            &format!("{}/src/nested@{digest}", a.host),
            &format!("{}/plain/nested:v1", b.host),
        ]),
        0,
    );
    assert_eq!(plain["referrers"], serde_json::json!([]));
    assert!(!b.has_manifest("plain/nested", referrer));
    // On the same registry, blobs are mounted, not sent.
    let mounted = run_json(
        ecrctl_offline().args([
            "images",
            "copy",
            &format!("{}/src/nested:v1", a.host),
            &format!("{}/copy/nested:v1", a.host),
        ]),
        0,
    );
    assert_eq!(mounted["blobsSent"], 0);
    assert_eq!(mounted["blobsMounted"], 8);
    assert_eq!(a.digest("copy/nested", ":v1"), digest);
}

#[test]
fn an_immutable_ecr_tag_with_another_image_is_refused_before_any_blob_moves() {
    let (a, ecr) = (
        start_registry(None),
        start_registry(Some(("AWS", MOTO_PASSWORD))),
    );
    let repo = unique("copy-immutable");
    ecrctl()
        .args(["repo", "create", &repo, "--immutable"])
        .assert()
        .success();
    // What the tag holds already (pushed with the fake ECR's own password).
    let held = ecr.push(
        &repo,
        "v1",
        "held",
        &["--user", &format!("AWS:{MOTO_PASSWORD}")],
    );
    let pushed = a.push("src/app", "v1", "other", &[]);
    let dst = format!("{ECR_HOST}/{repo}:v1");
    let out = ecrctl_fake_ecr(&ecr)
        .args(["images", "copy", &format!("{}/src/app:v1", a.host), &dst])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(10), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(stderr.contains(":v1: an immutable tag holding"), "{stderr}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("\tconflict\trefused\t"), "{text}");
    // No blob of the refused image reached the registry.
    let login_free = ecr.status("GET", "/v2/");
    assert_eq!(login_free, 401, "the fake ECR wants its password");
    for blob in pushed["blobs"].as_array().unwrap() {
        let found = StdCommand::new("curl")
            .args(["-s", "-o", "/dev/null", "-w", "%{http_code}", "-I", "-u"])
            .arg(format!("AWS:{MOTO_PASSWORD}"))
            .arg(format!(
                "{}/v2/{repo}/blobs/{}",
                ecr.url,
                blob.as_str().unwrap()
            ))
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&found.stdout), "404", "{blob}");
    }
    // The same image again is unchanged, even on an immutable tag.
    let same = run_json(
        ecrctl_fake_ecr(&ecr).args([
            "images",
            "copy",
            &format!("{ECR_HOST}/{repo}:v1"),
            &format!("{ECR_HOST}/{repo}:v1"),
        ]),
        0,
    );
    assert_eq!(same["verdict"], "unchanged");
    assert_eq!(same["destinationDigest"], held["digest"]);
    // A new tag in the immutable repository is fine.
    let new = run_json(
        ecrctl_fake_ecr(&ecr).args([
            "images",
            "copy",
            &format!("{}/src/app:v1", a.host),
            &format!("{ECR_HOST}/{repo}:v2"),
        ]),
        0,
    );
    assert_eq!(
        (new["verdict"].as_str(), new["tagMutability"].as_str()),
        (Some("new"), Some("IMMUTABLE"))
    );
    assert_eq!(new["blobsSent"], 4);
}

#[test]
fn a_missing_ecr_repository_is_refused_or_created_with_create() {
    let (a, ecr) = (start_registry(None), start_registry(None));
    a.push("src/app", "v1", "create", &[]);
    let repo = unique("copy-create");
    let src = format!("{}/src/app:v1", a.host);
    let dst = format!("{ECR_HOST}/{repo}:v1");
    let out = ecrctl_fake_ecr(&ecr)
        .args(["images", "copy", &src, &dst])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(11), "{}", stderr_of(&out));
    assert_stderr_has(&out, "--create creates it");
    assert!(!ecr.has_manifest(&repo, "v1"));
    let created = run_json(
        ecrctl_fake_ecr(&ecr).args(["images", "copy", &src, &dst, "--create"]),
        0,
    );
    assert_eq!(created["result"], "copied");
    assert!(exists(&repo));
    assert!(ecr.has_manifest(&repo, "v1"));
}

#[test]
fn credentials_come_from_the_docker_config_and_its_helpers() {
    let (a, private) = (
        start_registry(None),
        start_registry(Some(("alice", "s3cret"))),
    );
    a.push("src/app", "v1", "auth", &[]);
    let src = format!("{}/src/app:v1", a.host);
    let dst = format!("{}/team/app:v1", private.host);
    let config = tempfile::tempdir().unwrap();
    let out = ecrctl_offline()
        .env("DOCKER_CONFIG", config.path())
        .args(["images", "copy", &src, &dst])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert_stderr_has(
        &out,
        &format!("needs credentials: `docker login {}`", private.host),
    );
    // A wrong password is said as refused credentials.
    let wrong = "YWxpY2U6bm9wZQ=="; // alice:nope
    std::fs::write(
        config.path().join("config.json"),
        format!(r#"{{"auths":{{"{}":{{"auth":"{wrong}"}}}}}}"#, private.host),
    )
    .unwrap();
    let out = ecrctl_offline()
        .env("DOCKER_CONFIG", config.path())
        .args(["images", "copy", &src, &dst])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert_stderr_has(&out, "were refused");
    assert!(!stderr_of(&out).contains("nope"));
    // A credential helper, as docker runs it.
    let bin = tempfile::tempdir().unwrap();
    write_script(
        &bin.path().join("docker-credential-testhelper"),
        r#"read host; printf '{"ServerURL":"%s","Username":"alice","Secret":"s3cret"}' "$host""#,
    );
    std::fs::write(
        config.path().join("config.json"),
        r#"{"credsStore":"testhelper"}"#,
    )
    .unwrap();
    let ok = run_json(
        ecrctl_offline()
            .env("DOCKER_CONFIG", config.path())
            .env("PATH", path_with(bin.path()))
            .args(["images", "copy", &src, &dst]),
        0,
    );
    assert_eq!(ok["result"], "copied");
}

#[test]
fn what_does_not_exist_and_what_is_mistyped() {
    let (a, b) = (start_registry(None), start_registry(None));
    a.push("src/app", "v1", "missing", &[]);
    let dst = format!("{}/dst/app:v1", b.host);
    let missing_tag = json_failure(
        ecrctl_offline().args(["images", "copy", &format!("{}/src/app:v9", a.host), &dst]),
        3,
    );
    assert_eq!(missing_tag["code"], "MANIFEST_UNKNOWN");
    assert!(
        missing_tag["hint"]
            .as_str()
            .unwrap()
            .contains("did you mean"),
        "{missing_tag}"
    );
    let missing_repo = json_failure(
        ecrctl_offline().args(["images", "copy", &format!("{}/src/nope:v1", a.host), &dst]),
        3,
    );
    assert_eq!(missing_repo["code"], "NAME_UNKNOWN");
    assert!(missing_repo["message"]
        .as_str()
        .unwrap()
        .contains("src/nope not found"));
    // Nothing listens there: a network error naming the host.
    let out = ecrctl_offline()
        .args(["images", "copy", "127.0.0.1:9/src/app:v1", &dst])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr_of(&out));
    assert_stderr_has(&out, "could not reach 127.0.0.1:9");
    // A region typo in an ECR host is a configuration error, as everywhere in ecrctl.
    let out = ecrctl_at(DEAD_ENDPOINT)
        .args([
            "images",
            "copy",
            "app:v1",
            "123456789012.dkr.ecr.eu-wset-1.amazonaws.com/app:v1",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", stderr_of(&out));
    assert_stderr_has(&out, "did you mean eu-west-1?");
    for (args, said) in [
        (
            vec!["images", "copy", "127.0.0.1:5000/Src/app:v1", "app:v1"],
            "lowercase",
        ),
        (
            vec!["images", "copy", "127.0.0.1:5000/src/app:v1:", "app:v1"],
            "source",
        ),
        (
            vec!["images", "copy", "127.0.0.1:5000/src/app", "app:v1"],
            "names no tag or digest",
        ),
        (
            vec!["images", "sync", "127.0.0.1:5000/src/app:v1", "app"],
            "takes repositories",
        ),
        (
            vec!["images", "copy", "app:v1", "bpp:v1", "--exit-code"],
            "--dry-run",
        ),
        (
            vec!["images", "copy", "app:v1", "bpp:v1", "--jobs", "0"],
            "--jobs",
        ),
    ] {
        assert_usage_error(&args, said);
    }
}

/// A loopback proxy that forwards to `target` and cuts every connection once `limit` bytes
/// have gone to it in all: an upload interrupted half way.
fn cutting_proxy(target: String, limit: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let sent = Arc::new(AtomicUsize::new(0));
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let Ok(server) = TcpStream::connect(&target) else {
                continue;
            };
            let sent = sent.clone();
            let (mut c_read, mut s_write) =
                (client.try_clone().unwrap(), server.try_clone().unwrap());
            let (mut s_read, mut c_write) = (server, client);
            std::thread::spawn(move || {
                let mut buf = [0u8; 16384];
                while let Ok(n) = c_read.read(&mut buf) {
                    if n == 0 || sent.fetch_add(n, Ordering::Relaxed) + n > limit {
                        let _ = s_write.shutdown(std::net::Shutdown::Both);
                        let _ = c_read.shutdown(std::net::Shutdown::Both);
                        return;
                    }
                    if s_write.write_all(&buf[..n]).is_err() {
                        return;
                    }
                }
            });
            std::thread::spawn(move || {
                let _ = std::io::copy(&mut s_read, &mut c_write);
            });
        }
    });
    addr
}

#[test]
fn sync_copies_matching_tags_resumes_and_reports_each() {
    let (a, b) = (start_registry(None), start_registry(None));
    for (tag, seed) in [("v1", "s1"), ("v2", "s2"), ("dev-1", "s3")] {
        a.push(
            "src/app",
            tag,
            seed,
            &["--layers", "2", "--layer-size", "300000"],
        );
    }
    let src = format!("{}/src/app", a.host);
    // Interrupted: the connection to the destination breaks after about one layer.
    let proxy = cutting_proxy(b.host.clone(), 400_000);
    let cut = ecrctl_offline()
        .args([
            "images",
            "sync",
            &src,
            &format!("{proxy}/dst/app"),
            "--tags",
            "v*",
            "--jobs",
            "1",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_ne!(
        cut.status.code(),
        Some(0),
        "the cut run cannot have copied everything"
    );
    // Dry run after the interruption: something is still to copy (exit 1).
    let dst = format!("{}/dst/app", b.host);
    let plan = ecrctl_offline()
        .args([
            "images",
            "sync",
            &src,
            &dst,
            "--tags",
            "v*",
            "--dry-run",
            "--exit-code",
        ])
        .output()
        .unwrap();
    assert_eq!(plan.status.code(), Some(1), "{}", stderr_of(&plan));
    assert!(!b.has_manifest("dst/app", "v2") || !b.has_manifest("dst/app", "v1"));
    // The re-run copies what is missing, and only the v* tags.
    let resumed = run_json(
        ecrctl_offline().args(["images", "sync", &src, &dst, "--tags", "v*"]),
        0,
    );
    let results: Vec<(&str, &str)> = resumed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["destination"].as_str().unwrap(),
                r["result"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(results.len(), 2, "{resumed}");
    assert!(
        results
            .iter()
            .all(|(d, r)| !d.contains("dev-1") && matches!(*r, "copied" | "unchanged")),
        "{results:?}"
    );
    for tag in ["v1", "v2"] {
        assert_eq!(
            b.digest("dst/app", &format!(":{tag}")),
            a.digest("src/app", &format!(":{tag}"))
        );
    }
    assert!(!b.has_manifest("dst/app", "dev-1"));
    // Idempotent: nothing more to send, and the dry run says so.
    let again = run_json(
        ecrctl_offline().args(["images", "sync", &src, &dst, "--tags", "v*"]),
        0,
    );
    assert!(again
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["result"] == "unchanged" && r["bytesSent"] == 0));
    ecrctl_offline()
        .args([
            "images",
            "sync",
            &src,
            &dst,
            "--tags",
            "v*",
            "--dry-run",
            "--exit-code",
        ])
        .assert()
        .code(0);
    // --since: the images are from 2026-01-01, so a day leaves them all out.
    let recent = ecrctl_offline()
        .args([
            "images",
            "sync",
            &src,
            &format!("{}/recent/app", b.host),
            "--since",
            "1d",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(recent.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&recent.stdout).trim(), "[]");
    assert_stderr_has(&recent, "3 older than --since left out");
}

/// Replace what differs between runs: the registries' ports (the names as wide as the hosts,
/// so tables keep their shape; ephemeral ports have five digits).
fn normalise(text: &str, servers: &[(&RegistryServer, &str)]) -> String {
    let mut out = text.to_string();
    for (s, name) in servers {
        out = out.replace(&s.host, name);
    }
    out
}

#[test]
fn copy_and_sync_outputs() {
    let (a, b) = (start_registry(None), start_registry(None));
    a.push("src/app", "v1", "snap1", &["--multi", "--referrer"]);
    a.push("src/app", "v2", "snap2", &[]);
    let mut log = String::new();
    let mut run = |args: Vec<String>| {
        let out = ecrctl_offline()
            .env("COLUMNS", "160")
            .args(&args)
            .output()
            .unwrap();
        log.push_str(&format!(
            "$ ecrctl {}\n[exit {}]\n--- stdout\n{}--- stderr\n{}\n",
            normalise(
                &args.join(" "),
                &[(&a, "src-registry:00"), (&b, "dst-registry:00")]
            ),
            out.status.code().unwrap_or(-1),
            normalise(
                &String::from_utf8_lossy(&out.stdout),
                &[(&a, "src-registry:00"), (&b, "dst-registry:00")]
            ),
            normalise(
                &String::from_utf8_lossy(&out.stderr),
                &[(&a, "src-registry:00"), (&b, "dst-registry:00")]
            ),
        ));
    };
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let src = format!("{}/src/app:v1", a.host);
    let dst = format!("{}/dst/app:v1", b.host);
    run(s(&[
        "images",
        "copy",
        &src,
        &dst,
        "--dry-run",
        "--exit-code",
        "-o",
        "table",
    ]));
    run(s(&[
        "images",
        "copy",
        &src,
        &dst,
        "--referrers",
        "-o",
        "table",
    ]));
    for f in ["table", "text", "json"] {
        run(s(&["images", "copy", &src, &dst, "--referrers", "-o", f]));
    }
    run(s(&[
        "images",
        "copy",
        &format!("{}/src/app:v3", a.host),
        &dst,
    ]));
    let src_repo = format!("{}/src/app", a.host);
    let dst_repo = format!("{}/dst/app", b.host);
    run(s(&[
        "images",
        "sync",
        &src_repo,
        &dst_repo,
        "--dry-run",
        "-o",
        "table",
    ]));
    for f in ["table", "text", "json"] {
        run(s(&["images", "sync", &src_repo, &dst_repo, "-o", f]));
    }
    run(s(&[
        "images", "sync", &src_repo, &dst_repo, "--tags", "nothing*",
    ]));
    assert_snapshot("tests/snapshots/commands/images-copy.txt", &log);
}

#[test]
fn content_that_does_not_match_its_digest_is_exit_22_and_never_tagged() {
    let (a, b) = (start_registry(None), start_registry(None));
    let pushed = a.push("src/app", "v1", "corrupt", &[]);
    // Rewrite one layer in the source registry's storage: it now serves other bytes under
    // the same digest (the registry does not check what it reads back).
    let layer = pushed["blobs"][1].as_str().unwrap();
    let hex = &layer["sha256:".len()..];
    let path = a._dir.path().join(format!(
        "data/docker/registry/v2/blobs/sha256/{}/{hex}/data",
        &hex[..2]
    ));
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[100] ^= 0xff;
    std::fs::write(&path, bytes).unwrap();
    let err = json_failure(
        ecrctl_offline().args([
            "images",
            "copy",
            &format!("{}/src/app:v1", a.host),
            &format!("{}/dst/app:v1", b.host),
        ]),
        22,
    );
    assert_eq!(err["code"], "DIGEST_MISMATCH");
    assert!(err["message"].as_str().unwrap().contains(layer), "{err}");
    assert!(!b.has_manifest("dst/app", "v1"));
    assert!(!b.has_blob("dst/app", layer));
}

/// A token-auth front for a registry, as Docker Hub and GHCR work: a request without
/// `Bearer <token>` is answered 401 with a Bearer challenge naming a token service on another
/// port (as auth.docker.io is another host), which hands out the token (to `login`'s Basic
/// credentials only, when given). The first request of each connection is checked, then the
/// connection is passed through. Returns the front's host and the count of tokens handed out.
fn token_front(target: String, login: Option<&'static str>) -> (String, Arc<AtomicUsize>) {
    let tokens = TcpListener::bind("127.0.0.1:0").unwrap();
    let realm = format!("http://{}/token", tokens.local_addr().unwrap());
    let issued = Arc::new(AtomicUsize::new(0));
    let count = issued.clone();
    let basic = login.map(|l| {
        let b64 = StdCommand::new("sh")
            .args(["-c", &format!("printf %s '{l}' | base64")])
            .output()
            .unwrap();
        format!("Basic {}", String::from_utf8_lossy(&b64.stdout).trim())
    });
    std::thread::spawn(move || {
        for client in tokens.incoming().flatten() {
            let mut client = client;
            let Some((_, auth)) = read_head(&mut client) else {
                continue;
            };
            if basic.as_ref().is_some_and(|b| *b != auth) {
                reply(
                    &mut client,
                    "401 Unauthorized",
                    "",
                    r#"{"errors":[{"code":"UNAUTHORIZED","message":"bad login"}]}"#,
                );
                continue;
            }
            count.fetch_add(1, Ordering::Relaxed);
            reply(&mut client, "200 OK", "", r#"{"token":"t0k3n"}"#);
        }
    });
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let host = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let (target, realm) = (target.clone(), realm.clone());
            std::thread::spawn(move || {
                let mut client = client;
                let Some((head, auth)) = read_head(&mut client) else {
                    return;
                };
                if auth != "Bearer t0k3n" {
                    let challenge = format!(
                        "WWW-Authenticate: Bearer realm=\"{realm}\",service=\"front\",scope=\"repository:x:pull\"\r\n"
                    );
                    return reply(
                        &mut client,
                        "401 Unauthorized",
                        &challenge,
                        r#"{"errors":[{"code":"UNAUTHORIZED","message":"token needed"}]}"#,
                    );
                }
                let Ok(mut server) = TcpStream::connect(&target) else {
                    return;
                };
                if server.write_all(&head).is_err() {
                    return;
                }
                let (mut c_read, mut s_write) =
                    (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut c_read, &mut s_write);
                });
                let _ = std::io::copy(&mut server, &mut client);
            });
        }
    });
    (host, issued)
}

/// A request's head (bytes, through the blank line) and its Authorization header.
fn read_head(client: &mut TcpStream) -> Option<(Vec<u8>, String)> {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if client.read(&mut byte).ok()? == 0 {
            return None;
        }
        head.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&head).to_string();
    let auth = text
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("authorization")
                .then(|| v.trim().to_string())
        })
        .unwrap_or_default();
    Some((head, auth))
}

fn reply(client: &mut TcpStream, status: &str, extra: &str, body: &str) {
    let _ = write!(
        client,
        "HTTP/1.1 {status}\r\n{extra}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

#[test]
fn bearer_token_auth_anonymous_and_with_a_login() {
    let (a, b) = (start_registry(None), start_registry(None));
    a.push("src/app", "v1", "bearer", &[]);
    // Pulled anonymously through a token front (as Docker Hub serves public images).
    let (front, issued) = token_front(a.host.clone(), None);
    let out = run_json(
        ecrctl_offline().args([
            "images",
            "copy",
            &format!("{front}/src/app:v1"),
            &format!("{}/dst/app:v1", b.host),
        ]),
        0,
    );
    assert_eq!(out["result"], "copied");
    assert!(issued.load(Ordering::Relaxed) >= 1);
    // Pushed through a front whose token service wants the docker config's login.
    let (front, issued) = token_front(b.host.clone(), Some("alice:s3cret"));
    let config = tempfile::tempdir().unwrap();
    let dst = format!("{front}/team/app:v1");
    let denied = ecrctl_offline()
        .env("DOCKER_CONFIG", config.path())
        .args(["images", "copy", &format!("{}/src/app:v1", a.host), &dst])
        .output()
        .unwrap();
    assert_eq!(denied.status.code(), Some(4), "{}", stderr_of(&denied));
    std::fs::write(
        config.path().join("config.json"),
        format!(r#"{{"auths":{{"{front}":{{"username":"alice","password":"s3cret"}}}}}}"#),
    )
    .unwrap();
    let out = run_json(
        ecrctl_offline().env("DOCKER_CONFIG", config.path()).args([
            "images",
            "copy",
            &format!("{}/src/app:v1", a.host),
            &dst,
        ]),
        0,
    );
    assert_eq!(out["result"], "copied");
    assert!(issued.load(Ordering::Relaxed) >= 1);
    assert_eq!(b.digest("team/app", ":v1"), a.digest("src/app", ":v1"));
}
