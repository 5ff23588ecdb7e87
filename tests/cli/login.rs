//! `ecrctl login` and the docker credential helper: a stand-in `docker` on PATH that records
//! its arguments and standard input, the helper protocol through a real link, the token cache,
//! the docker config, and secrets that never reach the output.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

use crate::fake_ecr::{fake_ecr, Answer, FakeEcr};
use crate::harness::*;

const PASSWORD: &str = "PLANTEDregistryPASSWORDdoNotPrint42";
const HOST: &str = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

/// A scratch home: cache, docker config and a bin directory with a stand-in docker.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new(docker_exit: i32) -> Home {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        std::fs::create_dir(&bin).unwrap();
        let log = dir.path().join("docker.log");
        let script = format!(
            "#!/bin/sh\nprintf '%s\\n' \"$*\" >> '{log}'\nprintf 'stdin:' >> '{log}'\ncat >> '{log}'\nprintf '\\n' >> '{log}'\nif [ {docker_exit} -ne 0 ]; then echo 'Error response from daemon: login attempt failed' >&2; fi\nexit {docker_exit}\n",
            log = log.display()
        );
        let docker = bin.join("docker");
        std::fs::write(&docker, script).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&docker, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        Home { dir }
    }

    fn path(&self, p: &str) -> PathBuf {
        self.dir.path().join(p)
    }

    fn docker_log(&self) -> String {
        std::fs::read_to_string(self.path("docker.log")).unwrap_or_default()
    }

    /// `ecrctl ARGS` with this home and `endpoint`, the stand-in docker first on PATH.
    fn ecrctl(&self, endpoint: &str, args: &[&str]) -> Output {
        self.command(&assert_cmd::cargo::cargo_bin("ecrctl"), endpoint)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn command(&self, program: &Path, endpoint: &str) -> Command {
        let mut c = Command::new(program);
        c.env_clear()
            .envs(DUMMY_AWS_ENV)
            .env("AWS_ENDPOINT_URL", endpoint)
            .env("HOME", self.dir.path())
            .env("XDG_CACHE_HOME", self.path("cache"))
            .env("DOCKER_CONFIG", self.path("docker"))
            .env(
                "PATH",
                format!("{}:/usr/bin:/bin", self.path("bin").display()),
            );
        c
    }

    /// `docker-credential-ecrctl ACTION` through a real link, `input` on stdin.
    fn helper(&self, endpoint: &str, action: &str, input: &str, extra: &[(&str, &str)]) -> Output {
        let link = self.path("bin/docker-credential-ecrctl");
        if !link.exists() {
            std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("ecrctl"), &link).unwrap();
        }
        let mut child = self
            .command(&link, endpoint)
            .envs(extra.iter().copied())
            .arg(action)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    fn cache_files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.path("cache/ecrctl"))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default()
    }
}

/// A fake ECR that hands out a token valid for 12 hours (the emulator's are already expired).
fn token_server() -> FakeEcr {
    let expires = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 12 * 3600;
    let token = base64(&format!("AWS:{PASSWORD}"));
    fake_ecr(move |_| -> Answer {
        (
            200,
            format!(
                r#"{{"authorizationData":[{{"authorizationToken":"{token}","expiresAt":{expires},"proxyEndpoint":"https://{HOST}"}}]}}"#
            ),
        )
    })
}

fn base64(s: &str) -> String {
    aws_smithy_types::base64::encode(s)
}

fn out(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn login_passes_the_password_on_stdin_never_in_argv() {
    let home = Home::new(0);
    let o = home.ecrctl(&moto().endpoint, &["login"]);
    assert!(o.status.success(), "{}", out(&o));
    let log = home.docker_log();
    assert!(
        log.contains(&format!("login --username AWS --password-stdin {HOST}\n")),
        "{log}"
    );
    // The emulator's password, on stdin only; its token had expired: used once, not cached.
    assert!(log.contains("stdin:123456789012-auth-token"), "{log}");
    assert!(!log.lines().next().unwrap().contains("auth-token"));
    assert!(
        stderr_of(&o).contains("already expired"),
        "{}",
        stderr_of(&o)
    );
    assert!(home.cache_files().is_empty());
    // Several registries, another tool name refused when absent.
    let o = home.ecrctl(&moto().endpoint, &["login", "--tool", "podman"]);
    assert_eq!(o.status.code(), Some(17), "{}", out(&o));
    assert!(stderr_of(&o).contains("podman is not on PATH"));
    let o = home.ecrctl(&moto().endpoint, &["login", "docker.io"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr_of(&o).contains("'docker.io' is not an ECR registry"));
}

#[test]
fn tokens_are_cached_per_identity_and_served_to_the_helper() {
    let home = Home::new(0);
    let fake = token_server();
    let url = format!("https://{HOST}/v2/\n");
    let first = home.helper(&fake.url, "get", &url, &[]);
    assert!(first.status.success(), "{}", out(&first));
    let v: Value = serde_json::from_slice(&first.stdout).unwrap();
    assert_eq!(
        v,
        json!({"ServerURL": format!("https://{HOST}/v2/"), "Username": "AWS", "Secret": PASSWORD})
    );
    assert_eq!(fake.hits(), 1);
    // A second get, and a login of the same registry: from the cache.
    assert!(home.helper(&fake.url, "get", HOST, &[]).status.success());
    let o = home.ecrctl(&fake.url, &["login", HOST]);
    assert!(o.status.success(), "{}", out(&o));
    assert!(
        stderr_of(&o).contains("from the cache"),
        "{}",
        stderr_of(&o)
    );
    assert_eq!(fake.hits(), 1);
    // The cache is private.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let files = home.cache_files();
        assert_eq!(files.len(), 1);
        assert_eq!(
            std::fs::metadata(&files[0]).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            std::fs::metadata(home.path("cache/ecrctl"))
                .unwrap()
                .permissions()
                .mode()
                & 0o777,
            0o700
        );
        assert!(
            !std::fs::read_to_string(&files[0]).unwrap().contains("AKIA"),
            "raw credentials in the cache"
        );
    }
    // Another identity misses; --no-cache always asks.
    let other = home.helper(
        &fake.url,
        "get",
        HOST,
        &[("AWS_ACCESS_KEY_ID", "AKIAOTHERIDENTITY000")],
    );
    assert!(other.status.success());
    assert_eq!(fake.hits(), 2);
    home.ecrctl(&fake.url, &["login", HOST, "--no-cache"]);
    assert_eq!(fake.hits(), 3);
    // A corrupt file is a miss, then replaced.
    for f in home.cache_files() {
        std::fs::write(f, "{garbage").unwrap();
    }
    assert!(home.helper(&fake.url, "get", HOST, &[]).status.success());
    assert_eq!(fake.hits(), 4);
    assert!(home.helper(&fake.url, "get", HOST, &[]).status.success());
    assert_eq!(fake.hits(), 4);
    // list names the cached registries; --clear-cache empties it.
    let list = home.helper(&fake.url, "list", "", &[]);
    let v: Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(v[HOST], "AWS");
    let o = home.ecrctl(&fake.url, &["login", "--clear-cache"]);
    assert!(o.status.success());
    assert!(home.cache_files().is_empty());
}

#[test]
fn the_helper_answers_not_found_for_anything_but_ecr_and_sends_nothing() {
    let home = Home::new(0);
    let fake = token_server();
    for url in [
        "docker.io",
        "https://index.docker.io/v1/",
        &format!("{HOST}.evil.example"),
        &format!("https://user@{HOST}/v2/"),
        &format!("https://evil.example/{HOST}/v2/"),
        "ghcr.io/owner/image",
        "",
    ] {
        let o = home.helper(&fake.url, "get", url, &[]);
        assert_eq!(o.status.code(), Some(1), "{url}: {}", out(&o));
        assert_eq!(
            String::from_utf8_lossy(&o.stdout).trim(),
            "credentials not found in native keychain",
            "{url}"
        );
    }
    assert_eq!(fake.hits(), 0);
    // store and erase keep nothing and succeed.
    let store = home.helper(
        &fake.url,
        "store",
        &format!(r#"{{"ServerURL":"{HOST}","Username":"AWS","Secret":"typed"}}"#),
        &[],
    );
    assert!(store.status.success());
    assert!(home.helper(&fake.url, "erase", HOST, &[]).status.success());
    assert!(home.cache_files().is_empty());
    assert_eq!(fake.hits(), 0);
}

#[test]
fn install_helper_keeps_the_rest_of_the_docker_config_and_uninstall_removes_exactly_it() {
    let home = Home::new(0);
    let config = home.path("docker/config.json");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    let original = json!({"auths": {"ghcr.io": {"auth": "eDp5"}}, "credsStore": "desktop", "credHelpers": {"gcr.io": "gcloud"}, "x-unknown": [1, 2]});
    std::fs::write(&config, original.to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let o = home.ecrctl(
        &moto().endpoint,
        &[
            "login",
            "--install-helper",
            HOST,
            "public.ecr.aws",
            "-o",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", out(&o));
    let now: Value = serde_json::from_str(&std::fs::read_to_string(&config).unwrap()).unwrap();
    assert_eq!(
        now["credHelpers"],
        json!({"gcr.io": "gcloud", HOST: "ecrctl", "public.ecr.aws": "ecrctl"})
    );
    for key in ["auths", "credsStore", "x-unknown"] {
        assert_eq!(now[key], original[key], "{key}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&config).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }
    let o = home.ecrctl(
        &moto().endpoint,
        &["login", "--uninstall-helper", HOST, "public.ecr.aws"],
    );
    assert!(o.status.success(), "{}", out(&o));
    let back: Value = serde_json::from_str(&std::fs::read_to_string(&config).unwrap()).unwrap();
    assert_eq!(back, original);
    // A config that is not JSON is refused and left as it is.
    std::fs::write(&config, "{broken").unwrap();
    let o = home.ecrctl(&moto().endpoint, &["login", "--install-helper", HOST]);
    assert_eq!(o.status.code(), Some(7), "{}", out(&o));
    assert!(stderr_of(&o).contains("not valid JSON"));
    assert_eq!(std::fs::read_to_string(&config).unwrap(), "{broken");
}

#[test]
fn secrets_never_reach_the_output_on_any_login_path() {
    let fake = token_server();
    let failing = Home::new(1);
    let cases: Vec<(&Home, Vec<&str>)> = vec![
        (&failing, vec!["-vv", "login", HOST]),
        (&failing, vec!["-vv", "login", HOST, "-o", "json"]),
        (
            &failing,
            vec!["-vv", "login", "--print-password", HOST, "-o", "json"],
        ),
    ];
    for (home, args) in cases {
        let o = home.ecrctl(&fake.url, &args);
        assert!(!out(&o).contains("PLANTED"), "{args:?}: {}", out(&o));
    }
    // docker rejecting the login: exit 17 with its words, never the password.
    let o = failing.ecrctl(&fake.url, &["login", HOST, "--no-cache"]);
    assert_eq!(o.status.code(), Some(17), "{}", out(&o));
    assert!(stderr_of(&o).contains("login attempt failed"));
    assert!(!out(&o).contains("PLANTED"));
    // No docker at all.
    let o = failing
        .command(&assert_cmd::cargo::cargo_bin("ecrctl"), &fake.url)
        .env("PATH", "/nonexistent")
        .args(["-vv", "login", HOST])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(17));
    assert!(!out(&o).contains("PLANTED"));
    // --print-password prints it, alone, and only it.
    let o = failing.ecrctl(&fake.url, &["login", "--print-password", HOST]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), format!("{PASSWORD}\n"));
}

#[test]
fn hostile_token_answers_are_refused_and_never_quoted() {
    let home = Home::new(0);
    let token = base64(&format!("AWS:{PASSWORD}"));
    let cut = token.clone();
    // A body cut short: quoted in the error, with the token blanked.
    let truncated = fake_ecr(move |_| {
        (
            200,
            format!(r#"{{"authorizationData": [{{"authorizationToken": "{cut}", "expiresAt": 1"#),
        )
    });
    let o = home.ecrctl(&truncated.url, &["login", "-o", "json"]);
    assert_eq!(o.status.code(), Some(5), "{}", out(&o));
    assert!(!out(&o).contains(&token[..20]), "{}", out(&o));
    let o = home.helper(&truncated.url, "get", HOST, &[]);
    assert!(!out(&o).contains(&token[..20]), "{}", out(&o));
    // A registry that is not ECR's, or a user that is not AWS: refused, nothing logged in.
    let tok = token.clone();
    let evil = fake_ecr(move |_| {
        (
            200,
            format!(
                r#"{{"authorizationData":[{{"authorizationToken":"{tok}","expiresAt":4000000000,"proxyEndpoint":"https://evil.example"}}]}}"#
            ),
        )
    });
    let o = home.ecrctl(&evil.url, &["login"]);
    assert_eq!(o.status.code(), Some(5), "{}", out(&o));
    assert!(home.docker_log().is_empty(), "{}", home.docker_log());
    let user = base64(&format!("attacker:{PASSWORD}"));
    let other = fake_ecr(move |_| {
        (
            200,
            format!(
                r#"{{"authorizationData":[{{"authorizationToken":"{user}","expiresAt":4000000000,"proxyEndpoint":"https://{HOST}"}}]}}"#
            ),
        )
    });
    let o = home.ecrctl(&other.url, &["login"]);
    assert_eq!(o.status.code(), Some(5), "{}", out(&o));
    assert!(home.docker_log().is_empty());
}

#[test]
fn logout_forgets_and_foreign_cache_files_are_not_served() {
    let home = Home::new(0);
    let fake = token_server();
    assert!(home.helper(&fake.url, "get", HOST, &[]).status.success());
    assert_eq!(home.cache_files().len(), 1);
    // A cache file others can read is not served (and is replaced).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let f = &home.cache_files()[0];
        std::fs::set_permissions(f, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(home.helper(&fake.url, "get", HOST, &[]).status.success());
        assert_eq!(fake.hits(), 2);
    }
    // docker logout: erase forgets the registry's tokens.
    assert!(home
        .helper(&fake.url, "erase", &format!("https://{HOST}\n"), &[])
        .status
        .success());
    assert!(home.cache_files().is_empty());
}

#[test]
fn uninstalling_everything_needs_no_aws_and_other_helpers_stay() {
    let home = Home::new(0);
    let config = home.path("docker/config.json");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, r#"{"credHelpers":{"public.ecr.aws":"ecr-login"}}"#).unwrap();
    let o = home.ecrctl(
        &moto().endpoint,
        &["login", "--install-helper", HOST, "public.ecr.aws"],
    );
    assert!(o.status.success(), "{}", out(&o));
    assert!(
        stderr_of(&o)
            .contains("public.ecr.aws uses the credential helper ecr-login: left as it is"),
        "{}",
        stderr_of(&o)
    );
    let now: Value = serde_json::from_str(&std::fs::read_to_string(&config).unwrap()).unwrap();
    assert_eq!(
        now["credHelpers"],
        json!({"public.ecr.aws": "ecr-login", HOST: "ecrctl"})
    );
    // No endpoint that answers: uninstalling everything makes no call.
    let o = home.ecrctl("http://127.0.0.1:9", &["login", "--uninstall-helper"]);
    assert!(o.status.success(), "{}", out(&o));
    let back: Value = serde_json::from_str(&std::fs::read_to_string(&config).unwrap()).unwrap();
    assert_eq!(
        back,
        json!({"credHelpers": {"public.ecr.aws": "ecr-login"}})
    );
}

mod mocked {
    //! ECR Public (which the emulator lacks) and access denied.
    use aws_sdk_ecrpublic::operation::get_authorization_token::GetAuthorizationTokenOutput;
    use aws_sdk_ecrpublic::types::AuthorizationData;
    use aws_sdk_ecrpublic::Client;
    use aws_smithy_mocks::mock;
    use aws_smithy_types::DateTime;

    use crate::mocks::run_mocked;

    #[test]
    fn public_passwords_come_from_ecr_public() {
        let token = mock!(Client::get_authorization_token).then_output(|| {
            GetAuthorizationTokenOutput::builder()
                .authorization_data(
                    AuthorizationData::builder()
                        .authorization_token(super::base64("AWS:pubPLANTED"))
                        .expires_at(DateTime::from_secs(4_000_000_000))
                        .build(),
                )
                .build()
        });
        let report = run_mocked(
            &[],
            &[&token],
            &["login", "--print-password", "public.ecr.aws", "--no-cache"],
        )
        .unwrap();
        assert_eq!(report.json()["registry"], "public.ecr.aws");
        assert_eq!(report.json()["username"], "AWS");
        assert!(!report.json().to_string().contains("PLANTED"));
        assert_eq!(report.text(), vec![vec!["pubPLANTED".to_string()]]);
    }
}
