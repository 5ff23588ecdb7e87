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
        write_script(
            &bin.join("docker"),
            &format!(
                "printf '%s\\n' \"$*\" >> '{log}'\nprintf 'stdin:' >> '{log}'\ncat >> '{log}'\nprintf '\\n' >> '{log}'\nif [ {docker_exit} -ne 0 ]; then echo 'Error response from daemon: login attempt failed' >&2; fi\nexit {docker_exit}",
                log = log.display()
            ),
        );
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

    /// The cached tokens (not the lock files beside them).
    fn cache_files(&self) -> Vec<PathBuf> {
        std::fs::read_dir(self.path("cache/ecrctl"))
            .map(|d| {
                d.flatten()
                    .map(|e| e.path())
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with("token-") || n.starts_with(".token-"))
                    })
                    .collect()
            })
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
    assert_stderr_has(&o, "already expired");
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
    assert_stderr_has(&o, "from the cache");
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
    let o = home.ecrctl(DEAD_ENDPOINT, &["login", "--uninstall-helper"]);
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

mod unattended {
    //! Many jobs at once on one machine, cron scripts and docker calling the helper with no
    //! flags (issue 21, items 1-8).
    use std::process::{Child, Command, Output, Stdio};
    use std::time::{Duration, Instant};

    use serde_json::Value;

    use std::path::Path;

    use super::{base64, out, token_server, Home, HOST, PASSWORD};
    use crate::fake_ecr::{error, fake_service};
    use crate::harness::*;

    fn stdout_of(o: &Output) -> String {
        String::from_utf8_lossy(&o.stdout).into_owned()
    }

    /// Start `n` commands at once, then wait for them all.
    fn all_at_once(children: Vec<Child>) -> Vec<Output> {
        children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect()
    }

    fn spawn(mut c: Command, input: Option<&str>) -> Child {
        let mut child = c
            .stdin(if input.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        if let Some(text) = input {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(text.as_bytes())
                .unwrap();
        }
        child
    }

    fn ecrctl(home: &Home, endpoint: &str, args: &[&str]) -> Command {
        let mut c = home.command(&assert_cmd::cargo::cargo_bin("ecrctl"), endpoint);
        c.args(args);
        c
    }

    fn link(home: &Home) -> std::path::PathBuf {
        let link = home.path("bin/docker-credential-ecrctl");
        if !link.exists() {
            std::os::unix::fs::symlink(assert_cmd::cargo::cargo_bin("ecrctl"), &link).unwrap();
        }
        link
    }

    fn helpers_of(home: &Home) -> serde_json::Map<String, Value> {
        let text = std::fs::read_to_string(home.path("docker/config.json")).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        v["credHelpers"].as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn sixteen_parallel_installs_on_one_config_all_land() {
        let home = Home::new(0);
        let hosts: Vec<String> = (0..16)
            .map(|i| format!("1000000000{i:02}.dkr.ecr.eu-west-1.amazonaws.com"))
            .collect();
        let children = hosts
            .iter()
            .map(|h| {
                spawn(
                    ecrctl(&home, DEAD_ENDPOINT, &["login", "--install-helper", h]),
                    None,
                )
            })
            .collect();
        for o in all_at_once(children) {
            assert!(o.status.success(), "{}", out(&o));
        }
        let helpers = helpers_of(&home);
        for h in &hosts {
            assert_eq!(
                helpers.get(h).and_then(Value::as_str),
                Some("ecrctl"),
                "{h} lost: {helpers:?}"
            );
        }
        // And 16 parallel uninstalls each remove theirs.
        let children = hosts
            .iter()
            .map(|h| {
                spawn(
                    ecrctl(&home, DEAD_ENDPOINT, &["login", "--uninstall-helper", h]),
                    None,
                )
            })
            .collect();
        for o in all_at_once(children) {
            assert!(o.status.success(), "{}", out(&o));
        }
        assert!(helpers_of(&home).is_empty(), "{:?}", helpers_of(&home));
    }

    #[test]
    fn a_config_locked_by_another_ecrctl_is_waited_for_then_refused_saying_so() {
        let home = Home::new(0);
        std::fs::create_dir_all(home.path("docker")).unwrap();
        let lock = std::fs::File::create(home.path("docker/config.json.lock")).unwrap();
        lock.lock().unwrap();
        let started = Instant::now();
        let o = ecrctl(
            &home,
            DEAD_ENDPOINT,
            &["--timeout", "1", "login", "--install-helper", HOST],
        )
        .output()
        .unwrap();
        assert_eq!(o.status.code(), Some(7), "{}", out(&o));
        assert!(started.elapsed() >= Duration::from_secs(1));
        let e = stderr_of(&o);
        assert!(
            e.contains("waited 1.0 s for the lock") && e.contains("config.json.lock"),
            "{e}"
        );
        assert!(!home.path("docker/config.json").exists());
    }

    #[test]
    fn uninstalling_keeps_the_shared_link_and_says_who_uses_it() {
        let home = Home::new(0);
        // ~/.docker (HOME) and the job's DOCKER_CONFIG both use ecrctl.
        let user_config = home.path(".docker/config.json");
        std::fs::create_dir_all(user_config.parent().unwrap()).unwrap();
        std::fs::write(
            &user_config,
            format!(r#"{{"credHelpers":{{"{HOST}":"ecrctl"}}}}"#),
        )
        .unwrap();
        let o = ecrctl(&home, DEAD_ENDPOINT, &["login", "--install-helper", HOST])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        let linked = assert_cmd::cargo::cargo_bin("ecrctl")
            .parent()
            .unwrap()
            .join("docker-credential-ecrctl");
        assert!(linked.exists(), "{}", linked.display());
        for args in [
            vec!["login", "--uninstall-helper", "-o", "json"],
            vec!["login", "--uninstall-helper", "--remove-link", "-o", "json"],
        ] {
            let o = ecrctl(&home, DEAD_ENDPOINT, &args).output().unwrap();
            assert!(o.status.success(), "{}", out(&o));
            let v: Value = serde_json::from_slice(&o.stdout).unwrap();
            assert_eq!(v["linkState"], "kept", "{}", out(&o));
            assert!(
                stderr_of(&o).contains(&format!("{} still uses it", user_config.display())),
                "{}",
                stderr_of(&o)
            );
            assert!(linked.exists());
        }
        assert!(helpers_of(&home).is_empty());
        // --remove-link only with --uninstall-helper.
        let o = ecrctl(&home, DEAD_ENDPOINT, &["login", "--remove-link"])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", out(&o));
    }

    #[test]
    fn sixteen_cold_helpers_make_one_token_call() {
        let home = Home::new(0);
        let fake = token_server();
        let helper = link(&home);
        let children = (0..16)
            .map(|_| {
                let mut c = home.command(&helper, &fake.url);
                c.arg("get");
                spawn(c, Some(HOST))
            })
            .collect();
        for o in all_at_once(children) {
            assert!(o.status.success(), "{}", out(&o));
            let v: Value = serde_json::from_slice(&o.stdout).unwrap();
            assert_eq!(v["Secret"], PASSWORD);
        }
        assert_eq!(fake.hits(), 1, "one GetAuthorizationToken for 16 helpers");
    }

    #[test]
    fn clearing_the_cache_twice_at_once_succeeds() {
        let home = Home::new(0);
        let dir = home.path("cache/ecrctl");
        for _ in 0..10 {
            std::fs::create_dir_all(&dir).unwrap();
            for i in 0..300 {
                std::fs::write(dir.join(format!("token-{i}.json")), "{}").unwrap();
            }
            let children = (0..2)
                .map(|_| {
                    spawn(
                        ecrctl(
                            &home,
                            DEAD_ENDPOINT,
                            &["login", "--clear-cache", "-o", "json"],
                        ),
                        None,
                    )
                })
                .collect();
            let outs = all_at_once(children);
            let mut removed = 0;
            for o in &outs {
                assert!(o.status.success(), "{}", out(o));
                removed += serde_json::from_slice::<Value>(&o.stdout).unwrap()["removed"]
                    .as_u64()
                    .unwrap();
            }
            assert_eq!(removed, 300, "each file counted once");
            assert!(home.cache_files().is_empty());
        }
    }

    /// A loopback server that accepts connections and never answers.
    fn silent_server() -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            let mut held = Vec::new();
            for s in listener.incoming().flatten() {
                held.push(s);
            }
        });
        url
    }

    #[test]
    fn the_helper_takes_its_timeout_from_ecrctl_timeout() {
        let home = Home::new(0);
        let url = silent_server();
        let started = Instant::now();
        let o = home.helper(&url, "get", HOST, &[("ECRCTL_TIMEOUT", "1")]);
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        assert!(stdout_of(&o).starts_with("ecrctl: "), "{}", out(&o));
        // A bad setting is said in the protocol (docker shows stdout only), exit 1.
        let o = home.helper(&url, "get", HOST, &[("ECRCTL_TIMEOUT", "soon")]);
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        assert!(
            stdout_of(&o).starts_with("ecrctl: ECRCTL_TIMEOUT: 'soon' is not a number of seconds"),
            "{}",
            out(&o)
        );
    }

    #[test]
    fn the_helper_logs_one_line_per_call_without_secrets() {
        let home = Home::new(0);
        let fake = token_server();
        let log = home.path("helper.log");
        let log_env = [("ECRCTL_LOG", log.to_str().unwrap())];
        for _ in 0..2 {
            assert!(home
                .helper(&fake.url, "get", HOST, &log_env)
                .status
                .success());
        }
        assert_eq!(
            home.helper(&fake.url, "get", "docker.io", &log_env)
                .status
                .code(),
            Some(1)
        );
        let text = std::fs::read_to_string(&log).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[0].contains(&format!("action=get server={HOST} result=ok cached=false")),
            "{text}"
        );
        assert!(lines[1].contains("result=ok cached=true"), "{text}");
        assert!(
            lines[2].contains("server=docker.io result=not-found"),
            "{text}"
        );
        assert!(lines.iter().all(|l| l.starts_with("time=20")), "{text}");
        assert!(!text.contains(PASSWORD) && !text.contains("AKIA"), "{text}");
    }

    /// An AWS config file with a `ci` profile holding its own keys.
    fn ci_profile(home: &Home) -> String {
        let file = home.path("aws-config");
        std::fs::write(
            &file,
            "[profile ci]\nregion = us-east-1\naws_access_key_id = AKIDCIPROFILE\naws_secret_access_key = s\n",
        )
        .unwrap();
        file.display().to_string()
    }

    #[test]
    fn install_helper_records_the_profile_the_helper_then_uses() {
        let home = Home::new(0);
        let fake = token_server();
        let config = ci_profile(&home);
        let o = ecrctl(
            &home,
            &fake.url,
            &["--profile", "ci", "login", "--install-helper", HOST],
        )
        .env("AWS_CONFIG_FILE", &config)
        .output()
        .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        assert_stderr_has(&o, "the helper uses profile ci");
        // Docker runs the helper with no flags, and the job's environment keys.
        let o = home.helper(&fake.url, "get", HOST, &[("AWS_CONFIG_FILE", &config)]);
        assert!(o.status.success(), "{}", out(&o));
        assert_eq!(fake.access_keys(), ["AKIDCIPROFILE"]);
        // -vv says which identity.
        let helper = link(&home);
        let mut c = home.command(&helper, &fake.url);
        c.env("AWS_CONFIG_FILE", &config)
            .env("XDG_CACHE_HOME", home.path("other-cache"))
            .args(["get", "-vv"]);
        let o = spawn(c, Some(HOST)).wait_with_output().unwrap();
        assert!(o.status.success(), "{}", out(&o));
        let e = stderr_of(&o);
        assert!(
            e.contains("helper: profile ci for") && e.contains("ecrctl-helper.json"),
            "{e}"
        );
        // Named once, and by where the profile was recorded, not by --profile.
        assert_eq!(e.matches("credentials: profile ci").count(), 1, "{e}");
        assert!(
            e.contains("credentials: profile ci (static keys; from ")
                && !e.contains("from --profile"),
            "{e}"
        );
        // Installing again without --profile goes back to the default chain.
        let o = ecrctl(&home, &fake.url, &["login", "--install-helper", HOST])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        assert_stderr_has(&o, "recorded profile was dropped");
    }

    #[test]
    fn a_broken_recorded_profiles_file_is_an_error_never_the_default_identity() {
        let home = Home::new(0);
        let fake = token_server();
        let config = ci_profile(&home);
        let o = ecrctl(
            &home,
            &fake.url,
            &["--profile", "ci", "login", "--install-helper", HOST],
        )
        .env("AWS_CONFIG_FILE", &config)
        .output()
        .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        let file = home.path("docker").join("ecrctl-helper.json");
        assert!(file.exists(), "{}", file.display());
        let calls = fake.access_keys().len();
        let log = home.path("helper.log");
        let log_s = log.display().to_string();
        for bad in [
            "{bad".to_string(),
            format!(r#"{{"profiles": {{"{HOST}": "ci"}}, "profiles": {{}}}}"#),
            r#"{"profiles": 5}"#.to_string(),
            format!(r#"{{"profiles": {{"{HOST}": 5}}}}"#),
        ] {
            std::fs::write(&file, &bad).unwrap();
            let o = home.helper(
                &fake.url,
                "get",
                HOST,
                &[("AWS_CONFIG_FILE", &config), ("ECRCTL_LOG", &log_s)],
            );
            assert_eq!(o.status.code(), Some(1), "{bad}: {}", out(&o));
            let s = stdout_of(&o);
            assert_eq!(s.lines().count(), 1, "{bad}: {s}");
            assert!(
                s.contains("ecrctl-helper.json") && s.contains("cannot be used"),
                "{bad}: {s}"
            );
            // The public gallery still answers "not found", so docker pulls anonymously.
            if bad.contains(": 5}}") {
                continue; // only HOST's entry is broken: the gallery's is fine
            }
            let o = home.helper(
                &fake.url,
                "get",
                "public.ecr.aws",
                &[("AWS_CONFIG_FILE", &config)],
            );
            assert_eq!(o.status.code(), Some(1), "{}", out(&o));
            assert_eq!(
                stdout_of(&o).trim(),
                "credentials not found in native keychain"
            );
        }
        // No token was asked for, with any identity.
        assert_eq!(fake.access_keys().len(), calls, "{:?}", fake.access_keys());
        let logged = std::fs::read_to_string(&log).unwrap();
        assert!(
            logged.lines().all(|l| l.contains("result=error")),
            "{logged}"
        );
    }

    #[test]
    fn the_helper_without_credentials_names_environment_variables_not_flags() {
        let home = Home::new(0);
        let o = home
            .command(&link(&home), DEAD_ENDPOINT)
            .env_remove("AWS_ACCESS_KEY_ID")
            .env_remove("AWS_SECRET_ACCESS_KEY")
            .arg("get")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(HOST.as_bytes())?;
                c.wait_with_output()
            })
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        let s = stdout_of(&o);
        assert!(
            s.contains("AWS_PROFILE") && s.contains("--install-helper --profile NAME"),
            "{s}"
        );
        assert!(!s.contains("--profile /"), "{s}");
    }

    #[test]
    fn public_ecr_without_credentials_is_not_found_so_docker_pulls_anonymously() {
        let home = Home::new(0);
        let o = home
            .command(&link(&home), DEAD_ENDPOINT)
            .env_remove("AWS_ACCESS_KEY_ID")
            .env_remove("AWS_SECRET_ACCESS_KEY")
            .arg("get")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .and_then(|mut c| {
                use std::io::Write;
                c.stdin.take().unwrap().write_all(b"public.ecr.aws")?;
                c.wait_with_output()
            })
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        assert_eq!(
            stdout_of(&o).trim(),
            "credentials not found in native keychain"
        );
    }

    #[test]
    fn install_helper_needs_only_the_token_permission() {
        let home = Home::new(0);
        let expires = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            + 3600 * 12;
        let token = base64(&format!("AWS:{PASSWORD}"));
        let fake = fake_service(move |r| match r.operation.as_str() {
            "GetAuthorizationToken" => (
                200,
                format!(
                    r#"{{"authorizationData":[{{"authorizationToken":"{token}","expiresAt":{expires},"proxyEndpoint":"https://{HOST}"}}]}}"#
                ),
            ),
            _ => error(
                400,
                "AccessDeniedException",
                "not authorized to perform: ecr:DescribeRegistry",
            ),
        });
        let o = ecrctl(
            &home,
            &fake.url,
            &["login", "--install-helper", "-o", "json"],
        )
        .output()
        .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        let helpers = helpers_of(&home);
        assert_eq!(helpers.get(HOST).and_then(Value::as_str), Some("ecrctl"));
        assert_eq!(
            helpers.get("public.ecr.aws").and_then(Value::as_str),
            Some("ecrctl")
        );
        assert!(!out(&o).contains(PASSWORD));
    }

    #[cfg(unix)]
    #[test]
    fn a_credential_process_that_outlives_the_timeout_is_killed_with_its_children() {
        let home = Home::new(0);
        let pidfile = home.path("child.pid");
        let script = home.path("creds.sh");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\nsleep 300 &\necho $! > '{}'\nwait\n",
                pidfile.display()
            ),
        )
        .unwrap();
        let config = home.path("aws-config");
        std::fs::write(
            &config,
            format!(
                "[profile hang]\nregion = us-east-1\ncredential_process = sh {}\n",
                script.display()
            ),
        )
        .unwrap();
        let started = Instant::now();
        let o = ecrctl(
            &home,
            DEAD_ENDPOINT,
            &[
                "--profile",
                "hang",
                "--timeout",
                "1",
                "login",
                "--print-password",
                HOST,
                "--no-cache",
            ],
        )
        .env("AWS_CONFIG_FILE", &config)
        .output()
        .unwrap();
        assert_ne!(o.status.code(), Some(0), "{}", out(&o));
        assert!(started.elapsed() < Duration::from_secs(15));
        let pid = std::fs::read_to_string(&pidfile)
            .unwrap()
            .trim()
            .to_string();
        let alive = |pid: &str| {
            std::fs::read_to_string(format!("/proc/{pid}/stat"))
                .is_ok_and(|s| !s.split(") ").nth(1).unwrap_or("").starts_with('Z'))
        };
        let deadline = Instant::now() + Duration::from_secs(3);
        while alive(&pid) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let still = alive(&pid);
        if still {
            let _ = Command::new("kill").arg(&pid).status();
        }
        assert!(
            !still,
            "the credential_process's child {pid} outlived ecrctl"
        );
    }

    #[test]
    fn print_password_masks_it_first_under_github_actions() {
        let home = Home::new(0);
        let fake = token_server();
        let o = ecrctl(&home, &fake.url, &["login", "--print-password", HOST])
            .env("GITHUB_ACTIONS", "true")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        assert_eq!(
            stdout_of(&o),
            format!("{PASSWORD}\n"),
            "stdout is the password alone"
        );
        assert_stderr_has(&o, &format!("::add-mask::{PASSWORD}"));
        let o = ecrctl(&home, &fake.url, &["login", "--print-password", HOST])
            .output()
            .unwrap();
        assert!(!stderr_of(&o).contains("add-mask"));
    }

    #[test]
    fn store_keeps_nothing_for_ecr_and_refuses_anything_else() {
        let home = Home::new(0);
        let ecr = home.helper(
            DEAD_ENDPOINT,
            "store",
            &format!(r#"{{"ServerURL":"{HOST}","Username":"AWS","Secret":"x"}}"#),
            &[],
        );
        assert!(ecr.status.success(), "{}", out(&ecr));
        let other = home.helper(
            DEAD_ENDPOINT,
            "store",
            r#"{"ServerURL":"ghcr.io","Username":"me","Secret":"ghp_x"}"#,
            &[],
        );
        assert_eq!(other.status.code(), Some(1), "{}", out(&other));
        let said = stdout_of(&other);
        assert!(
            said.contains("cannot store credentials for ghcr.io"),
            "{said}"
        );
        assert!(!said.contains("ghp_x"));
    }

    /// A fake ECR whose token answer names `proxy_endpoint`.
    fn token_server_naming(proxy_endpoint: &'static str) -> crate::fake_ecr::FakeEcr {
        let token = base64(&format!("AWS:{PASSWORD}"));
        crate::fake_ecr::fake_ecr(move |_| {
            (
                200,
                format!(
                    r#"{{"authorizationData":[{{"authorizationToken":"{token}","expiresAt":4000000000,"proxyEndpoint":"{proxy_endpoint}"}}]}}"#
                ),
            )
        })
    }

    fn helpers_at_once(home: &Home, url: &str, n: usize, env: &[(&str, &str)]) -> Vec<Output> {
        let helper = link(home);
        let children = (0..n)
            .map(|_| {
                let mut c = home.command(&helper, url);
                c.envs(env.iter().copied()).arg("get");
                spawn(c, Some(HOST))
            })
            .collect();
        all_at_once(children)
    }

    #[test]
    fn a_recorded_failure_is_not_answered_to_a_helper_that_arrives_later() {
        use std::sync::atomic::{AtomicBool, Ordering};
        use std::sync::Arc;
        let home = Home::new(0);
        let up = Arc::new(AtomicBool::new(false));
        let token = base64(&format!("AWS:{PASSWORD}"));
        let flag = up.clone();
        let fake = crate::fake_ecr::fake_ecr(move |_| {
            if !flag.load(Ordering::SeqCst) {
                return error(500, "ServerException", "down");
            }
            (
                200,
                format!(
                    r#"{{"authorizationData":[{{"authorizationToken":"{token}","expiresAt":4000000000,"proxyEndpoint":"https://{HOST}"}}]}}"#
                ),
            )
        });
        let o = home.helper(&fake.url, "get", HOST, &[("ECRCTL_TIMEOUT", "10")]);
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        // The service is back: the next call, within the seconds a failure is kept, fetches
        // for itself (it did not wait for the failed fetch).
        up.store(true, Ordering::SeqCst);
        let o = home.helper(&fake.url, "get", HOST, &[("ECRCTL_TIMEOUT", "10")]);
        assert!(o.status.success(), "{}", out(&o));
        assert!(stdout_of(&o).contains(PASSWORD), "{}", out(&o));
    }

    #[test]
    fn sixteen_helpers_against_a_failing_ecr_share_one_failed_fetch() {
        let home = Home::new(0);
        let fake = crate::fake_ecr::fake_ecr(|_| error(500, "ServerException", "down"));
        let started = Instant::now();
        let outs = helpers_at_once(&home, &fake.url, 16, &[("ECRCTL_TIMEOUT", "10")]);
        for o in &outs {
            assert_eq!(o.status.code(), Some(1), "{}", out(o));
            assert!(stdout_of(o).starts_with("ecrctl: "), "{}", out(o));
        }
        // One fetch (its retries included), not one per helper.
        assert!(fake.hits() <= 3, "{} calls for 16 helpers", fake.hits());
        // The others answer its failure as its own.
        assert!(
            outs.iter()
                .any(|o| stdout_of(o).contains("another ecrctl's fetch of the password for")),
            "{}",
            outs.iter().map(out).collect::<String>()
        );
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{:?}",
            started.elapsed()
        );
        // --clear-cache also removes the lock and failure files nobody holds.
        let o = ecrctl(&home, &fake.url, &["login", "--clear-cache"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        let left: Vec<_> = std::fs::read_dir(home.path("cache/ecrctl"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn ecrctl_timeout_bounds_the_whole_helper_run_lock_wait_included() {
        let home = Home::new(0);
        let url = silent_server();
        let started = Instant::now();
        let outs = helpers_at_once(&home, &url, 8, &[("ECRCTL_TIMEOUT", "2")]);
        let took = started.elapsed();
        for o in &outs {
            assert_eq!(o.status.code(), Some(1), "{}", out(o));
            let said = stdout_of(o);
            // The helper names its own settings, not flags docker cannot pass.
            assert!(said.contains("ECRCTL_TIMEOUT"), "{said}");
            assert!(
                !said.contains("--timeout") && !said.contains("--endpoint-url"),
                "{said}"
            );
        }
        assert!(
            took < Duration::from_millis(4500),
            "8 helpers took {took:?}"
        );
    }

    #[test]
    fn a_bad_ecrctl_timeout_is_said_in_the_protocol_and_public_pulls_go_on() {
        let home = Home::new(0);
        for bad in ["abc", "0", "-1"] {
            let env = [("ECRCTL_TIMEOUT", bad)];
            let o = home.helper(DEAD_ENDPOINT, "get", HOST, &env);
            assert_eq!(o.status.code(), Some(1), "{}", out(&o));
            let said = stdout_of(&o);
            assert_eq!(said.lines().count(), 1, "{said}");
            assert!(said.starts_with("ecrctl: ECRCTL_TIMEOUT: "), "{said}");
            for host in ["public.ecr.aws", "docker.io"] {
                let o = home.helper(DEAD_ENDPOINT, "get", host, &env);
                assert_eq!(o.status.code(), Some(1), "{}", out(&o));
                assert_eq!(
                    stdout_of(&o).trim(),
                    "credentials not found in native keychain"
                );
            }
        }
    }

    #[test]
    fn install_helper_checks_the_profile_with_registries_named() {
        let home = Home::new(0);
        let o = ecrctl(
            &home,
            DEAD_ENDPOINT,
            &[
                "--profile",
                "nosuch",
                "login",
                "--install-helper",
                HOST,
                "public.ecr.aws",
            ],
        )
        .output()
        .unwrap();
        assert_eq!(o.status.code(), Some(9), "{}", out(&o));
        assert!(!home.path("docker/config.json").exists());
        assert!(!home.path("docker/ecrctl-helper.json").exists());
    }

    #[test]
    fn a_recorded_profile_that_is_gone_is_named_by_the_file_that_records_it() {
        let home = Home::new(0);
        let fake = token_server();
        let config = ci_profile(&home);
        let o = ecrctl(
            &home,
            &fake.url,
            &["--profile", "ci", "login", "--install-helper", HOST],
        )
        .env("AWS_CONFIG_FILE", &config)
        .output()
        .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        std::fs::write(&config, "").unwrap();
        let o = home.helper(&fake.url, "get", HOST, &[("AWS_CONFIG_FILE", &config)]);
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        let said = stdout_of(&o);
        assert!(
            said.contains("(ci) named by ") && said.contains("ecrctl-helper.json"),
            "{said}"
        );
        assert!(!said.contains("--profile could not"), "{said}");
    }

    #[test]
    fn several_registries_keep_their_expiry_when_the_tool_fails() {
        let home = Home::new(1);
        let fake = token_server();
        let west = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";
        let o = ecrctl(&home, &fake.url, &["login", "-o", "json", HOST, west])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(17), "{}", out(&o));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        for entry in v.as_array().unwrap() {
            assert_eq!(entry["result"], "failed", "{v}");
            assert!(entry["expiresAt"].is_string(), "{v}");
            assert_eq!(entry["cached"], false, "{v}");
        }
    }

    #[test]
    fn user_info_never_reaches_the_log_or_the_answer() {
        let home = Home::new(0);
        let log = home.path("helper.log");
        let env = [("ECRCTL_LOG", log.to_str().unwrap())];
        let o = home.helper(
            DEAD_ENDPOINT,
            "get",
            &format!("https://AWS:SECRETuserinfo@{HOST}"),
            &env,
        );
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        let o = home.helper(
            DEAD_ENDPOINT,
            "store",
            r#"{"ServerURL":"https://x:SECRETstore@docker.io","Username":"x","Secret":"y"}"#,
            &env,
        );
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        assert!(!out(&o).contains("SECRET"), "{}", out(&o));
        // Garbage is "no ServerURL" in the log as on stdout.
        let o = home.helper(DEAD_ENDPOINT, "store", "garbage", &env);
        assert!(stdout_of(&o).contains("no ServerURL"), "{}", out(&o));
        let text = std::fs::read_to_string(&log).unwrap();
        assert!(!text.contains("SECRET"), "{text}");
        assert!(text.contains("<user-info>@"), "{text}");
        assert!(
            text.lines().last().unwrap().contains("no ServerURL"),
            "{text}"
        );
    }

    #[test]
    fn the_helper_and_login_refuse_the_same_answers() {
        let home = Home::new(0);
        let fake = token_server_naming("https://u:pw@evil.example/v2/");
        let o = home.helper(&fake.url, "get", HOST, &[]);
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        assert!(
            stdout_of(&o)
                .contains("the registry evil.example, which is not an ECR registry host: refused"),
            "{}",
            out(&o)
        );
        assert!(!out(&o).contains(PASSWORD) && !out(&o).contains("pw@"));
        let o = ecrctl(
            &home,
            &fake.url,
            &["login", "--print-password", HOST, "--no-cache"],
        )
        .output()
        .unwrap();
        assert_eq!(o.status.code(), Some(5), "{}", out(&o));
    }

    #[test]
    fn print_password_fails_on_a_closed_stdout_and_masks_nothing_in_json() {
        let home = Home::new(0);
        let fake = token_server();
        let bin = assert_cmd::cargo::cargo_bin("ecrctl");
        let mut c = home.command(Path::new("/bin/sh"), &fake.url);
        c.args([
            "-c",
            &format!("exec '{}' login --print-password {HOST} >&-", bin.display()),
        ]);
        let o = c.output().unwrap();
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        assert!(
            stderr_of(&o).contains("standard output is closed"),
            "{}",
            out(&o)
        );
        let o = ecrctl(
            &home,
            &fake.url,
            &["login", "--print-password", HOST, "-o", "json"],
        )
        .env("GITHUB_ACTIONS", "true")
        .output()
        .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        assert!(!out(&o).contains(PASSWORD), "{}", out(&o));
    }

    #[test]
    fn a_region_typo_in_a_registry_host_is_a_config_error() {
        let home = Home::new(0);
        let typo = "123456789012.dkr.ecr.us-eest-1.amazonaws.com";
        let image = format!("{typo}/myapp:v1");
        let repo = format!("{typo}/myapp");
        let fake = token_server();
        for args in [
            vec!["login", typo],
            vec!["login", "--install-helper", typo],
            vec!["check-push", &image],
            vec!["images", "list", &repo],
        ] {
            let o = ecrctl(&home, &fake.url, &args).output().unwrap();
            assert_eq!(o.status.code(), Some(9), "{args:?}: {}", out(&o));
            let e = stderr_of(&o);
            // Each names where the region came from: the host, not --region.
            assert!(
                e.contains("did you mean us-east-1")
                    && e.contains("fix the region in the registry host"),
                "{args:?}: {}",
                out(&o)
            );
        }
        assert!(!home.path("docker/config.json").exists());
        // The helper says it in its protocol, and asks nothing.
        let o = home.helper(&fake.url, "get", typo, &[]);
        assert_eq!(o.status.code(), Some(1), "{}", out(&o));
        let s = stdout_of(&o);
        assert!(
            s.starts_with("ecrctl: ")
                && s.contains("did you mean us-east-1")
                && s.lines().count() == 1,
            "{s}"
        );
        assert_eq!(fake.hits(), 0);
    }

    #[test]
    fn a_null_cred_helpers_is_none_and_skipped_registries_are_said_in_json() {
        let home = Home::new(0);
        std::fs::create_dir_all(home.path("docker")).unwrap();
        std::fs::write(home.path("docker/config.json"), r#"{"credHelpers":null}"#).unwrap();
        let o = ecrctl(&home, DEAD_ENDPOINT, &["login", "--install-helper", HOST])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        std::fs::write(
            home.path("docker/config.json"),
            r#"{"credHelpers":{"public.ecr.aws":"ecr-login"}}"#,
        )
        .unwrap();
        let o = ecrctl(
            &home,
            DEAD_ENDPOINT,
            &[
                "login",
                "--install-helper",
                "-o",
                "json",
                HOST,
                "public.ecr.aws",
            ],
        )
        .output()
        .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert_eq!(
            v["skipped"],
            serde_json::json!([{"registry": "public.ecr.aws", "helper": "ecr-login"}]),
            "{v}"
        );
        // Uninstalling says why the link stays, in plain words.
        let o = ecrctl(&home, DEAD_ENDPOINT, &["login", "--uninstall-helper"])
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", out(&o));
        let e = stderr_of(&o);
        assert!(
            !e.contains("((") && !e.contains("(another DOCKER_CONFIG)"),
            "{e}"
        );
    }

    #[test]
    fn a_cache_path_that_is_a_file_is_said_as_such_and_the_password_still_comes() {
        let home = Home::new(0);
        let fake = token_server();
        std::fs::create_dir_all(home.path("cache")).unwrap();
        std::fs::write(home.path("cache/ecrctl"), "").unwrap();
        let o = home.helper(&fake.url, "get", HOST, &[]);
        assert!(o.status.success(), "{}", out(&o));
        let e = stderr_of(&o);
        assert!(
            e.contains("is not used") && !e.contains("another ecrctl"),
            "{e}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_cache_directory_others_may_enter_is_set_to_0700_with_a_warning() {
        use std::os::unix::fs::PermissionsExt;
        let home = Home::new(0);
        let fake = token_server();
        let dir = home.path("cache/ecrctl");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        let o = home.helper(&fake.url, "get", HOST, &[]);
        assert!(o.status.success(), "{}", out(&o));
        assert!(stderr_of(&o).contains("set to 0700"), "{}", out(&o));
        assert_eq!(
            std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
            0o700
        );
    }

    #[test]
    fn clear_cache_with_a_registry_says_so_without_a_misleading_usage() {
        let home = Home::new(0);
        let o = ecrctl(&home, DEAD_ENDPOINT, &["login", "--clear-cache", HOST])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", out(&o));
        let e = stderr_of(&o);
        assert!(
            e.contains("takes no REGISTRY") && !e.contains("--clear-cache [REGISTRY]"),
            "{e}"
        );
    }
}
