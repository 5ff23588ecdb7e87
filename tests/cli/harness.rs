//! Shared test harness: one moto emulator per test process, unique names, and helpers to run the
//! real `ecrctl` binary against it with a clean, loopback-only environment.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command as StdCommand, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use assert_cmd::Command;

pub struct Moto {
    pub endpoint: String,
    // Kept so its stdin pipe stays open; the emulator exits when this process does.
    _child: Child,
}

/// The emulator shared by every test in this process (tests use unique repository names).
pub fn moto() -> &'static Moto {
    static MOTO: OnceLock<Moto> = OnceLock::new();
    MOTO.get_or_init(start_moto)
}

pub fn start_moto() -> Moto {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/moto_server.py");
    let mut child = StdCommand::new("python3")
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 is needed for the ECR emulator: install Python 3, then `python3 -m pip install -r tests/requirements.txt`");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .expect("reading the emulator's port");
    let port: u16 = line.trim().parse().unwrap_or_else(|_| {
        panic!(
            "the ECR emulator (moto[server]) is not installed: run `python3 -m pip install -r tests/requirements.txt`"
        )
    });
    Moto {
        endpoint: format!("http://127.0.0.1:{port}"),
        _child: child,
    }
}

/// A name no other test in any process uses: `prefix-<pid>-<n>-<nanos>`.
pub fn unique(prefix: &str) -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{prefix}-{}-{n}-{nanos}", std::process::id())
}

/// `ecrctl` with no AWS settings from the developer's machine, dummy credentials, no metadata
/// service and no colour. Add `--endpoint-url` yourself or use [`ecrctl`].
pub fn bare_ecrctl() -> Command {
    let mut cmd = Command::cargo_bin("ecrctl").unwrap();
    for (key, _) in std::env::vars() {
        // Never the runner's own CI variables: a test must not write to a real step's files.
        if key.starts_with("AWS_")
            || key.starts_with("GITHUB_")
            || key.starts_with("GITLAB_")
            || key == "CI"
            || key == "NO_COLOR"
            || key == "COLUMNS"
            || key == "DOCKER_HOST"
        {
            cmd.env_remove(key);
        }
    }
    cmd.env("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "test-secret-not-real")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_CONFIG_FILE", "/nonexistent/ecrctl-test/config")
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            "/nonexistent/ecrctl-test/credentials",
        )
        // Never the developer's own token cache or docker config.
        .env(
            "XDG_CACHE_HOME",
            std::env::temp_dir().join("ecrctl-test-cache"),
        )
        .env(
            "DOCKER_CONFIG",
            std::env::temp_dir().join("ecrctl-test-docker"),
        )
        .timeout(std::time::Duration::from_secs(60));
    cmd
}

/// `ecrctl --endpoint-url <emulator>`, with the emulator's KMS for the keys the audit
/// describes (--endpoint-url is ECR's only).
pub fn ecrctl() -> Command {
    let mut cmd = ecrctl_at(&moto().endpoint);
    cmd.env("AWS_ENDPOINT_URL_KMS", &moto().endpoint);
    cmd
}

/// `ecrctl --endpoint-url ENDPOINT`: an emulator or fake of the test's own, or
/// [`DEAD_ENDPOINT`].
pub fn ecrctl_at(endpoint: &str) -> Command {
    let mut cmd = bare_ecrctl();
    cmd.arg("--endpoint-url").arg(endpoint);
    cmd
}

/// A closed loopback port: the endpoint of commands that must be refused before any AWS call
/// (one that made a call would fail to connect instead).
pub const DEAD_ENDPOINT: &str = "http://127.0.0.1:9";

/// Assert that `ecrctl ARGS` is refused as a usage error (exit 2) saying `said`, before any AWS
/// call: the endpoint is [`DEAD_ENDPOINT`], where a call would end in exit 6.
#[track_caller]
pub fn assert_usage_error(args: &[&str], said: &str) {
    let out = ecrctl_at(DEAD_ENDPOINT).args(args).output().unwrap();
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(said), "{args:?}: {stderr}");
}

/// Assert that `out`'s stderr holds `text`, showing the whole stderr when not.
#[track_caller]
pub fn assert_stderr_has(out: &std::process::Output, text: &str) {
    let stderr = stderr_of(out);
    assert!(stderr.contains(text), "stderr lacks {text:?}:\n{stderr}");
}

/// Write an executable shell script (`#!/bin/sh`, then `body`) at `path`: a stand-in for
/// docker, man, ecrctl or a credential process.
pub fn write_script(path: &Path, body: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

/// A PATH with `dir` first (where stand-ins, or ecrctl itself, are found before anything else),
/// then this process's.
pub fn path_with(dir: &Path) -> String {
    format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

/// A PATH that finds the ecrctl under test first.
pub fn path_with_ecrctl() -> String {
    path_with(assert_cmd::cargo::cargo_bin("ecrctl").parent().unwrap())
}

/// Whether `script` (util-linux), which gives a test a pseudo-terminal, is on this machine;
/// says that the test is skipped when it is not.
pub fn have_script() -> bool {
    let found = StdCommand::new("script").arg("--version").output().is_ok();
    if !found {
        eprintln!("skipped: no `script` (util-linux) on this machine");
    }
    found
}

/// The finding codes of one repository in an audit's JSON, in order.
pub fn finding_codes(repository: &serde_json::Value) -> Vec<&str> {
    repository["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap())
        .collect()
}

/// Run and parse stdout as JSON, asserting success.
pub fn json(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.arg("--output").arg("json").output().unwrap();
    assert!(
        out.status.success(),
        "command failed: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// Run with `--output json`, expecting exit `code` and the JSON error contract: nothing on
/// stdout, the last line of stderr `{"error": {…}}`; that error.
pub fn json_failure(cmd: &mut Command, code: i32) -> serde_json::Value {
    let out = cmd.arg("--output").arg("json").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "stderr: {stderr}");
    assert!(
        out.stdout.is_empty(),
        "stdout of a failure: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let last = stderr.lines().last().unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(last)
        .unwrap_or_else(|e| panic!("last stderr line is not JSON ({e}): {stderr}"));
    assert_eq!(v["error"]["exit"], code, "{v}");
    v["error"].clone()
}

/// A second, independent client on the emulator: to check state through the ECR API rather
/// than through ecrctl reading back its own writes.
pub fn api() -> aws_sdk_ecr::Client {
    api_at(&moto().endpoint)
}

/// A client on the emulator at `endpoint` (for tests that start their own).
pub fn api_at(endpoint: &str) -> aws_sdk_ecr::Client {
    let creds = aws_sdk_ecr::config::Credentials::new("AKIDTEST", "secret", None, None, "test");
    let conf = aws_sdk_ecr::config::Builder::new()
        .behavior_version(aws_sdk_ecr::config::BehaviorVersion::latest())
        .region(aws_sdk_ecr::config::Region::new("us-east-1"))
        .credentials_provider(creds)
        .endpoint_url(endpoint)
        .build();
    aws_sdk_ecr::Client::from_conf(conf)
}

/// A KMS client on the emulator at `endpoint`.
pub fn kms_at(endpoint: &str) -> aws_sdk_kms::Client {
    let creds = aws_sdk_kms::config::Credentials::new("AKIDTEST", "secret", None, None, "test");
    let conf = aws_sdk_kms::config::Builder::new()
        .behavior_version(aws_sdk_kms::config::BehaviorVersion::latest())
        .region(aws_sdk_kms::config::Region::new("us-east-1"))
        .credentials_provider(creds)
        .endpoint_url(endpoint)
        .build();
    aws_sdk_kms::Client::from_conf(conf)
}

/// A customer managed key in the shared emulator's KMS: its ARN.
pub fn create_kms_key() -> String {
    block_on(kms_at(&moto().endpoint).create_key().send())
        .unwrap()
        .key_metadata()
        .unwrap()
        .arn()
        .unwrap()
        .to_string()
}

pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// The repository as the emulator holds it.
pub fn describe(name: &str) -> aws_sdk_ecr::types::Repository {
    block_on(async {
        api()
            .describe_repositories()
            .repository_names(name)
            .send()
            .await
            .unwrap()
            .repositories()[0]
            .clone()
    })
}

pub fn exists(name: &str) -> bool {
    block_on(async {
        api()
            .describe_repositories()
            .repository_names(name)
            .send()
            .await
            .is_ok()
    })
}

/// A small image manifest that differs by `seed`, and its digest as ECR computes it.
pub fn manifest(seed: u32) -> (String, String) {
    let manifest = format!(
        r#"{{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{{"mediaType":"application/vnd.docker.container.image.v1+json","size":{size},"digest":"sha256:{cfg:064x}"}},"layers":[{{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","size":{lsize},"digest":"sha256:{layer:064x}"}}]}}"#,
        size = 1000 + seed,
        cfg = seed as u128 + 1,
        lsize = 5000 + seed,
        layer = seed as u128 + 1_000_000,
    );
    (manifest.clone(), sha256_digest(&manifest))
}

/// `sha256:` and the lower-case hex SHA-256 of a text (a manifest's digest).
pub fn sha256_digest(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let hex: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// Push a manifest under a tag through the ECR API (PutImage), as a registry push would.
pub fn put_image(repo: &str, tag: &str, seed: u32) -> Result<String, String> {
    put(repo, Some(tag), seed)
}

/// Push a manifest with no tag.
pub fn put_untagged(repo: &str, seed: u32) -> Result<String, String> {
    put(repo, None, seed)
}

fn put(repo: &str, tag: Option<&str>, seed: u32) -> Result<String, String> {
    put_at(&moto().endpoint, repo, tag, seed)
}

/// Push a manifest (tagged or not) to the emulator at `endpoint`; its digest, or the error code.
pub fn put_at(endpoint: &str, repo: &str, tag: Option<&str>, seed: u32) -> Result<String, String> {
    let (manifest, digest) = manifest(seed);
    block_on(async {
        api_at(endpoint)
            .put_image()
            .repository_name(repo)
            .set_image_tag(tag.map(str::to_string))
            .image_manifest(manifest)
            .image_digest(&digest)
            .send()
            .await
            .map(|_| digest.clone())
            .map_err(|e| {
                aws_smithy_types::error::metadata::ProvideErrorMetadata::code(&e)
                    .unwrap_or("unknown")
                    .to_string()
            })
    })
}

/// Create a repository with ecrctl itself (extra arguments allowed) and return its name.
pub fn create_repo(prefix: &str, extra: &[&str]) -> String {
    let name = unique(prefix);
    ecrctl()
        .args(["repo", "create", &name])
        .args(extra)
        .assert()
        .success();
    name
}

pub fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The digest a tag points to, as the emulator says (BatchGetImage).
pub fn tag_digest(repo: &str, tag: &str) -> Option<String> {
    block_on(async {
        api()
            .batch_get_image()
            .repository_name(repo)
            .image_ids(
                aws_sdk_ecr::types::ImageIdentifier::builder()
                    .image_tag(tag)
                    .build(),
            )
            .send()
            .await
            .unwrap()
            .images()
            .first()
            .and_then(|i| i.image_id())
            .and_then(|i| i.image_digest())
            .map(str::to_string)
    })
}

/// Dummy credentials, a region, no metadata service and no profile files: for tests that build
/// their own `std::process::Command` (under `script`, `python3 pty`, or eight at once).
pub const DUMMY_AWS_ENV: [(&str, &str); 6] = [
    ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
    ("AWS_SECRET_ACCESS_KEY", "x"),
    ("AWS_REGION", "us-east-1"),
    ("AWS_EC2_METADATA_DISABLED", "true"),
    ("AWS_CONFIG_FILE", "/nonexistent/c"),
    ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/c"),
];

/// Run `ecrctl --endpoint-url <emulator> ARGS` as eight processes at once (as eight CI jobs
/// would) and assert that every one of them succeeds.
pub fn eight_at_once_all_succeed(args: &[&str]) {
    let children: Vec<_> = (0..8)
        .map(|_| {
            StdCommand::new(assert_cmd::cargo::cargo_bin("ecrctl"))
                .env_clear()
                .env("PATH", std::env::var_os("PATH").unwrap_or_default())
                .envs(DUMMY_AWS_ENV)
                .arg("--endpoint-url")
                .arg(&moto().endpoint)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "ecrctl {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A registry scanning rule (scan on push) for the repositories matching `filter`.
pub fn put_scan_on_push_rule(client: &aws_sdk_ecr::Client, filter: &str) {
    use aws_sdk_ecr::types::{
        RegistryScanningRule, ScanFrequency, ScanType, ScanningRepositoryFilter,
        ScanningRepositoryFilterType,
    };
    block_on(
        client
            .put_registry_scanning_configuration()
            .scan_type(ScanType::Basic)
            .rules(
                RegistryScanningRule::builder()
                    .scan_frequency(ScanFrequency::ScanOnPush)
                    .repository_filters(
                        ScanningRepositoryFilter::builder()
                            .filter(filter)
                            .filter_type(ScanningRepositoryFilterType::Wildcard)
                            .build()
                            .unwrap(),
                    )
                    .build()
                    .unwrap(),
            )
            .send(),
    )
    .unwrap();
}

/// Compare `actual` with the checked-in file at `path` (from the package root) through snapbox:
/// a difference fails with a diff. `SNAPSHOTS=overwrite cargo test --test cli` rewrites the file
/// instead (review the diff before committing), except under CI (`CI` set), which only compares
/// and so never writes a snapshot.
pub fn check_snapshot(path: &str, actual: &str) -> Result<(), String> {
    use snapbox::assert::{Action, DEFAULT_ACTION_ENV};
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
    let assert = if ci {
        snapbox::Assert::new().action(Action::Verify)
    } else {
        snapbox::Assert::new().action_env(DEFAULT_ACTION_ENV)
    };
    // `raw`: none of snapbox's wildcards (`...`, `[..]`) or path separator folding.
    let expected = snapbox::Data::read_from(&path, None).raw();
    assert
        .try_eq(Some(&"ecrctl"), snapbox::Data::text(actual), expected)
        .map_err(|e| {
            format!(
                "{e}to accept it: SNAPSHOTS=overwrite cargo test --test cli, then review the diff"
            )
        })?;
    // snapbox reads "\r\n" and "\r" as "\n"; a snapshot holds the bytes ecrctl wrote.
    let overwrite = !ci && std::env::var(DEFAULT_ACTION_ENV).as_deref() == Ok("overwrite");
    if !overwrite && std::fs::read_to_string(&path).ok().as_deref() != Some(actual) {
        return Err(format!("{}: line endings differ", path.display()));
    }
    Ok(())
}

/// [`check_snapshot`], failing the test on a difference.
#[track_caller]
pub fn assert_snapshot(path: &str, actual: &str) {
    if let Err(e) = check_snapshot(path, actual) {
        panic!("{e}");
    }
}
