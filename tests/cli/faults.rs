//! Faults a CI job meets: no credentials, no region, a dead or silent endpoint, a closed pipe,
//! Ctrl-C. Each test asserts the message, the exit code, and that the command ends.

use std::io::Read;
use std::net::TcpListener;
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;

use crate::harness::*;

/// The real binary as a process to signal, with dummy credentials and no metadata service.
fn spawnable() -> StdCommand {
    let mut cmd = StdCommand::new(assert_cmd::cargo::cargo_bin("ecrctl"));
    cmd.env("AWS_ACCESS_KEY_ID", "x")
        .env("AWS_SECRET_ACCESS_KEY", "x")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_EC2_METADATA_DISABLED", "true");
    cmd
}

/// A loopback listener that accepts connections and never answers.
fn silent_endpoint() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    url
}

/// A loopback port with nothing listening.
fn refused_endpoint() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    url
}

#[test]
fn no_credentials_with_a_silent_metadata_service_fails_fast() {
    let imds = silent_endpoint();
    let start = Instant::now();
    ecrctl_at(&moto().endpoint)
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .env_remove("AWS_EC2_METADATA_DISABLED")
        .env("AWS_EC2_METADATA_SERVICE_ENDPOINT", &imds)
        .args(["repo", "list"])
        .assert()
        .code(4)
        .stdout("")
        .stderr(
            predicate::str::contains(
                "ecrctl: error: listing repositories: no usable AWS credentials",
            )
            .and(predicate::str::contains("Environment"))
            .and(predicate::str::contains("Ec2InstanceMetadata"))
            .and(predicate::str::contains("hint: set AWS_ACCESS_KEY_ID")),
        );
    // The brief: a clear error within 2 seconds, not a hang. Generous for a loaded machine.
    assert!(
        start.elapsed() < Duration::from_millis(2500),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn no_region_says_which_flag_and_variable() {
    let imds = silent_endpoint();
    ecrctl_at(&moto().endpoint)
        .env_remove("AWS_REGION")
        .env_remove("AWS_EC2_METADATA_DISABLED")
        .env("AWS_EC2_METADATA_SERVICE_ENDPOINT", &imds)
        .args(["repo", "list"])
        .assert()
        .code(9)
        .stderr(
            predicate::str::contains("no AWS region configured")
                .and(predicate::str::contains("--region"))
                .and(predicate::str::contains("AWS_REGION")),
        );
}

#[test]
fn region_from_aws_default_region_and_profile() {
    ecrctl_at(&moto().endpoint)
        .env_remove("AWS_REGION")
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .args(["repo", "list"])
        .assert()
        .success();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        "[profile ci]\nregion = us-east-1\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\n",
    )
    .unwrap();
    bare_ecrctl()
        .env_remove("AWS_REGION")
        .env("AWS_CONFIG_FILE", &config)
        .args([
            "--profile",
            "ci",
            "--endpoint-url",
            &moto().endpoint,
            "repo",
            "list",
        ])
        .assert()
        .success();
}

#[test]
fn endpoint_from_the_standard_variables() {
    for var in ["AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_ECR"] {
        let name = unique("env-endpoint");
        bare_ecrctl()
            .env(var, &moto().endpoint)
            .args(["repo", "create", &name])
            .assert()
            .success();
        assert!(exists(&name), "{var}");
    }
}

#[test]
fn refused_connection_is_a_network_error() {
    ecrctl_at(&refused_endpoint())
        .args(["repo", "list"])
        .assert()
        .code(6)
        .stderr(
            predicate::str::contains("ecrctl: error: listing repositories:")
                .and(predicate::str::contains("Connection refused"))
                .and(predicate::str::contains("hint:")),
        );
}

/// A write to a closed port sent nothing: its error must not say it may have been applied.
#[test]
fn a_refused_write_does_not_say_it_may_have_been_applied() {
    let out = ecrctl_at(&refused_endpoint())
        .args(["repo", "create", "refused/write"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{err}");
    assert!(err.contains("Connection refused"), "{err}");
    assert!(!err.contains("may have been applied"), "{err}");
}

#[test]
fn silent_endpoint_times_out_after_timeout() {
    let start = Instant::now();
    ecrctl_at(&silent_endpoint())
        .args(["--timeout", "1", "repo", "list"])
        .assert()
        .code(6)
        .stderr(
            predicate::str::contains("listing repositories: no answer within --timeout")
                .and(predicate::str::contains("raise --timeout")),
        );
    let took = start.elapsed();
    assert!(took >= Duration::from_millis(900), "{took:?}");
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn closed_pipe_ends_quietly_with_success() {
    for i in 0..3 {
        create_repo(&format!("pipe{i}"), &[]);
    }
    // Like `ecrctl repo list | head -0`: the reader is gone before ecrctl writes.
    let mut child = spawnable()
        .args(["--endpoint-url", &moto().endpoint, "repo", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}: {err}");
    assert_eq!(err, "");
}

/// Output sent to /dev/null is discarded, a success, whoever opened it: the shell
/// (`>/dev/null`, write-only), a parent on purpose (Python's `subprocess.DEVNULL` and Node's
/// `stdio: 'ignore'` open it read-write, with stdin left a pipe), or Rust's runtime in place of
/// a stdout the shell closed (`>&-`), which cannot be told from the former. A full stdout is a
/// failure: exit 1, one line on stderr.
#[test]
fn stdout_to_dev_null_is_a_success_and_a_full_one_a_failure() {
    create_repo("closed-out", &[]);
    let bin = assert_cmd::cargo::cargo_bin("ecrctl");
    let run = |redirect: &str| {
        StdCommand::new("sh")
            .arg("-c")
            .arg(format!("\"$0\" \"$@\" {redirect}"))
            .arg(&bin)
            .args(["--endpoint-url", &moto().endpoint, "repo", "list"])
            .env("AWS_ACCESS_KEY_ID", "x")
            .env("AWS_SECRET_ACCESS_KEY", "x")
            .env("AWS_REGION", "us-east-1")
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .stdin(Stdio::piped())
            .output()
            .unwrap()
    };
    for redirect in [">/dev/null", "1<>/dev/null", ">&-"] {
        let o = run(redirect);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{redirect}: {err}");
        assert_eq!(err, "", "{redirect}");
    }
    let full = run(">/dev/full");
    let err = String::from_utf8_lossy(&full.stderr);
    assert_eq!(full.status.code(), Some(1), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("No space left on device"), "{err}");
}

/// Ctrl-C during a long listing or audit: ends promptly with 130, and nothing is written to a
/// file target (output is written only once the result is complete).
#[test]
fn ctrl_c_stops_promptly_and_quietly() {
    let silent = silent_endpoint();
    for args in [
        vec!["repo", "list"],
        vec!["audit"],
        vec!["images", "list", "some-repo"],
    ] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        let child = spawnable()
            .args(["--endpoint-url", &silent, "-o", "json"])
            .args(&args)
            .stdout(std::fs::File::create(&target).unwrap())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(500));
        let sent = Instant::now();
        let kill = StdCommand::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(kill.success());
        let out = child.wait_with_output().unwrap();
        assert!(sent.elapsed() < Duration::from_secs(5), "{args:?}");
        assert_eq!(out.status.code(), Some(130), "{args:?}");
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            std::fs::read(&target).unwrap().len(),
            0,
            "{args:?}: no partial write"
        );
    }
}

mod service_faults {
    use super::*;
    use crate::fake_ecr::{empty_listing, error, fake_ecr};

    #[test]
    fn throttling_then_success_is_retried() {
        let ecr = fake_ecr(|n| {
            if n < 2 {
                error(400, "ThrottlingException", "Rate exceeded")
            } else {
                empty_listing()
            }
        });
        ecrctl_at(&ecr.url)
            .args(["repo", "list", "-o", "json"])
            .assert()
            .success()
            .stdout("[]\n");
        assert_eq!(ecr.hits(), 3);
    }

    #[test]
    fn throttling_forever_gives_up_after_the_documented_attempts() {
        let ecr = fake_ecr(|_| error(400, "ThrottlingException", "Rate exceeded"));
        ecrctl_at(&ecr.url)
            .args(["repo", "list"])
            .assert()
            .code(5)
            .stderr(
                predicate::str::contains(
                    "listing repositories: ThrottlingException: Rate exceeded",
                )
                .and(predicate::str::contains("throttling")),
            );
        assert_eq!(ecr.hits(), 3, "standard retry mode: 3 attempts");
        let ecr = fake_ecr(|_| error(400, "ThrottlingException", "Rate exceeded"));
        ecrctl_at(&ecr.url)
            .env("AWS_MAX_ATTEMPTS", "2")
            .args(["repo", "list"])
            .assert()
            .code(5);
        assert_eq!(ecr.hits(), 2, "AWS_MAX_ATTEMPTS is honoured");
    }

    #[test]
    fn a_quota_is_not_retried_as_throttling() {
        let ecr = fake_ecr(|_| {
            error(
                400,
                "LimitExceededException",
                "The operation did not succeed because it would have exceeded a service limit",
            )
        });
        ecrctl_at(&ecr.url)
            .args(["repo", "create", "quota-test"])
            .assert()
            .code(5)
            .stderr(
                predicate::str::contains("LimitExceededException")
                    .and(predicate::str::contains("quota")),
            );
        assert_eq!(ecr.hits(), 1);
    }

    #[test]
    fn server_errors_are_retried_then_reported() {
        let ecr = fake_ecr(|n| {
            if n == 0 {
                error(500, "ServerException", "boom")
            } else {
                empty_listing()
            }
        });
        ecrctl_at(&ecr.url)
            .args(["repo", "list"])
            .assert()
            .success();
        assert_eq!(ecr.hits(), 2);
        let ecr = fake_ecr(|_| error(503, "ServiceUnavailableException", "try later"));
        ecrctl_at(&ecr.url)
            .args(["repo", "list"])
            .assert()
            .code(5)
            .stderr(predicate::str::contains(
                "ServiceUnavailableException: try later",
            ));
        assert_eq!(ecr.hits(), 3);
    }

    #[test]
    fn access_denied_names_the_missing_action() {
        let ecr = fake_ecr(|_| {
            error(
                400,
                "AccessDeniedException",
                "User: arn:aws:iam::111122223333:user/ci is not authorized to perform: ecr:DescribeRepositories on resource: *",
            )
        });
        ecrctl_at(&ecr.url)
            .args(["repo", "list"])
            .assert()
            .code(4)
            .stderr(
                predicate::str::contains("not authorized to perform: ecr:DescribeRepositories")
                    .and(predicate::str::contains("hint:")),
            );
        assert_eq!(ecr.hits(), 1);
    }

    #[test]
    fn expired_and_invalid_tokens() {
        let ecr = fake_ecr(|_| {
            error(
                400,
                "ExpiredTokenException",
                "The security token included in the request is expired",
            )
        });
        ecrctl_at(&ecr.url)
            .args(["repo", "list"])
            .assert()
            .code(4)
            .stderr(predicate::str::contains("expired"));
        let ecr = fake_ecr(|_| {
            error(
                400,
                "UnrecognizedClientException",
                "The security token included in the request is invalid.",
            )
        });
        ecrctl_at(&ecr.url).args(["repo", "list"]).assert().code(4);
    }
}

/// A prune interrupted while deletions are in flight says exactly what the answers received so
/// far deleted, which calls were still open, and with `-o json` prints that record on stdout.
#[test]
fn an_interrupted_prune_counts_what_its_answers_said() {
    use crate::fake_ecr::{error, fake_service};
    let digest = |i: usize| format!("sha256:{i:064x}");
    let images: Vec<String> = (1..=250)
        .map(|i| {
            format!(
                r#"{{"imageDigest":"{}","imagePushedAt":1600000000,"imageSizeInBytes":10,"imageManifestMediaType":"application/vnd.docker.distribution.manifest.v2+json"}}"#,
                digest(i)
            )
        })
        .collect();
    let listing = format!(r#"{{"imageDetails":[{}]}}"#, images.join(","));
    let first = std::sync::atomic::AtomicBool::new(true);
    let fake = fake_service(move |r| {
        let ids: Vec<serde_json::Value> = serde_json::from_str::<serde_json::Value>(&r.body)
            .ok()
            .and_then(|b| b["imageIds"].as_array().cloned())
            .unwrap_or_default();
        match r.operation.as_str() {
            "DescribeImages" => (200, listing.clone()),
            "BatchGetImage" => {
                let found: Vec<String> = ids.iter().map(|id| format!(
                    r#"{{"imageId":{id},"imageManifest":"{{\"schemaVersion\":2,\"layers\":[]}}"}}"#
                )).collect();
                (
                    200,
                    format!(r#"{{"images":[{}],"failures":[]}}"#, found.join(",")),
                )
            }
            "BatchDeleteImage" => {
                // The first call answers; the others hang until the test is over.
                if !first.swap(false, std::sync::atomic::Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_secs(60));
                }
                let ids: Vec<String> = ids.iter().map(|i| i.to_string()).collect();
                (
                    200,
                    format!(r#"{{"imageIds":[{}],"failures":[]}}"#, ids.join(",")),
                )
            }
            _ => error(400, "UnknownOperationException", "no"),
        }
    });
    let child = spawnable()
        .args(["--endpoint-url", &fake.url, "-o", "json"])
        .args(["images", "prune", "app", "--untagged", "--yes"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the three delete calls are out and one has been answered.
    let started = Instant::now();
    while fake.hits() < 5 && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(500));
    assert!(StdCommand::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap()
        .success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    // Whichever call was answered (100 or 50 images), the note and the record agree with it.
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["interrupted"], true);
    assert_eq!(record["planned"], 250);
    let deleted = record["deleted"].as_array().unwrap().len();
    let in_flight = record["inFlight"].as_array().unwrap().len();
    assert!(deleted == 100 || deleted == 50, "{record}");
    assert_eq!(deleted + in_flight, 250);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("interrupted: {deleted} of 250 image(s) deleted from app so far; {in_flight} more were being deleted (2 call(s) in flight: they may or may not be gone)")),
        "{err}"
    );
}

/// Retry settings aws-config cannot parse made it panic (exit 101) in every AWS command, the
/// credential helper included: each is exit 9 with the usual error, and never a panic.
#[test]
fn bad_retry_settings_are_exit_9_never_a_panic() {
    let endpoint = refused_endpoint();
    let cache = tempfile::tempdir().unwrap();
    let check = |cmd: &mut assert_cmd::Command, what: &str, setting: &str| {
        let out = cmd.output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(9), "{what}: {err}");
        assert!(!err.contains("panicked"), "{what}: {err}");
        if what.contains("json") {
            // With -o json the error is one JSON line on stderr, and stdout stays empty.
            assert!(out.stdout.is_empty(), "{what}");
            let v: serde_json::Value = serde_json::from_str(err.trim_end()).unwrap();
            let message = v["error"]["message"].as_str().unwrap();
            assert!(
                message.starts_with(&format!("{setting} is '")),
                "{what}: {err}"
            );
            assert_eq!(v["error"]["exit"], 9, "{what}: {err}");
            assert!(
                v["error"]["hint"].as_str().unwrap().starts_with("fix"),
                "{what}: {err}"
            );
            return;
        }
        assert!(
            err.starts_with(&format!("ecrctl: error: {setting} is '")),
            "{what}: {err}"
        );
        assert!(err.contains("  hint: fix"), "{what}: {err}");
    };
    let bad = [
        ("AWS_MAX_ATTEMPTS", "abc"),
        ("AWS_MAX_ATTEMPTS", "0"),
        ("AWS_MAX_ATTEMPTS", "-1"),
        ("AWS_RETRY_MODE", "bogus"),
    ];
    for (var, value) in bad {
        for args in [
            vec!["repo", "list"],
            vec!["-o", "json", "audit"],
            vec![
                "check-push",
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1",
            ],
        ] {
            check(
                ecrctl_at(&endpoint).env(var, value).args(&args),
                &format!("{var}={value} {args:?}"),
                var,
            );
        }
        // The helper speaks docker's protocol: a failure is one line on stdout and exit 1.
        ecrctl_at(&endpoint)
            .env(var, value)
            .env("XDG_CACHE_HOME", cache.path())
            .args(["credential-helper", "get"])
            .write_stdin("123456789012.dkr.ecr.us-east-1.amazonaws.com\n")
            .assert()
            .code(1)
            .stdout(predicate::str::starts_with(format!(
                "ecrctl: {var} is '{value}', which is not"
            )))
            .stderr(predicate::str::contains("panicked").not());
    }
    // A profile's own settings, read as aws-config reads them.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        "[profile ci]\nregion = us-east-1\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\nmax_attempts = lots\n[profile mode]\nregion = us-east-1\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = s\nretry_mode = bogus\n",
    )
    .unwrap();
    for (profile, key) in [("ci", "max_attempts"), ("mode", "retry_mode")] {
        check(
            bare_ecrctl()
                .env("AWS_CONFIG_FILE", &config)
                .args(["--profile", profile, "--endpoint-url", &endpoint])
                .args(["repo", "list"]),
            profile,
            &format!("`{key}` in profile {profile}"),
        );
    }
    // The environment beats the profile, as in aws-config: the bad value is never read.
    bare_ecrctl()
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_MAX_ATTEMPTS", "2")
        .args(["--profile", "ci", "--endpoint-url", &moto().endpoint])
        .args(["repo", "list"])
        .assert()
        .success();
}

/// GitHub Actions turns an unset `${{ vars.X }}` into an empty variable: an empty AWS_REGION is
/// unset (the next source answers); a region that cannot be one is exit 9, never an SDK message.
#[test]
fn an_empty_region_is_unset_and_a_malformed_one_is_exit_9() {
    ecrctl_at(&moto().endpoint)
        .env("AWS_REGION", "")
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .env("AWS_MAX_ATTEMPTS", "")
        .args(["repo", "list"])
        .assert()
        .success();
    ecrctl_at(&moto().endpoint)
        .env("AWS_REGION", "")
        .args(["repo", "list"])
        .assert()
        .code(9)
        .stderr(predicate::str::contains("no AWS region configured"));
    for bad in ["us east 1", "us-east-1.evil.example", "US-EAST-1"] {
        ecrctl_at(&moto().endpoint)
            .env("AWS_REGION", bad)
            .args(["repo", "list"])
            .assert()
            .code(9)
            .stderr(
                predicate::str::starts_with(format!(
                    "ecrctl: error: AWS_REGION '{bad}' is not a region name"
                ))
                .and(predicate::str::contains("interceptor").not()),
            );
    }
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::write(&config, "[default]\nregion = eu west\n").unwrap();
    ecrctl_at(&moto().endpoint)
        .env_remove("AWS_REGION")
        .env("AWS_CONFIG_FILE", &config)
        .args(["repo", "list"])
        .assert()
        .code(9)
        .stderr(predicate::str::contains(
            "the `region` of profile default 'eu west' is not a region name",
        ));
}

/// An endpoint that fails most reads mid-audit (the testers' 4,571 of 5,000 unreadable): the
/// audit says so on stderr and fails even without --fail-on; half or fewer stays a report.
#[test]
fn an_audit_whose_reads_mostly_failed_fails() {
    use crate::fake_ecr::{error, fake_service};
    let fake_with = |failing: usize| {
        fake_service(move |r| {
            let repo = |name: &str| {
                format!(
                    r#"{{"repositoryName":"{name}","repositoryUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/{name}","repositoryArn":"arn:aws:ecr:us-east-1:123456789012:repository/{name}","registryId":"123456789012","imageTagMutability":"IMMUTABLE","imageScanningConfiguration":{{"scanOnPush":true}},"encryptionConfiguration":{{"encryptionType":"AES256"}},"createdAt":1600000000}}"#
                )
            };
            let names = ["r1", "r2", "r3", "r4"];
            let broken = names[..failing]
                .iter()
                .any(|n| r.body.contains(&format!(r#""repositoryName":"{n}""#)));
            match r.operation.as_str() {
                "DescribeRepositories" => (
                    200,
                    format!(r#"{{"repositories":[{}]}}"#, names.map(repo).join(",")),
                ),
                "GetRepositoryPolicy" | "GetLifecyclePolicy" if broken => {
                    error(500, "ServerException", "the endpoint died")
                }
                "GetRepositoryPolicy" => error(400, "RepositoryPolicyNotFoundException", "none"),
                "GetLifecyclePolicy" => error(400, "LifecyclePolicyNotFoundException", "none"),
                _ => error(400, "AccessDeniedException", "not in this test"),
            }
        })
    };
    let fake = fake_with(3);
    let out = ecrctl_at(&fake.url)
        .env("AWS_MAX_ATTEMPTS", "1")
        .args(["audit", "-o", "json"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(
        err.contains("error: 3 of 4 repositories could not be read (e.g. ")
            && err.contains("ServerException: the endpoint died"),
        "{err}"
    );
    assert!(err.contains("the audit is incomplete (exit 5)"), "{err}");
    // The report itself is still printed.
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["repositories"].as_array().unwrap().len(), 4);
    let fake = fake_with(2);
    let out = ecrctl_at(&fake.url)
        .env("AWS_MAX_ATTEMPTS", "1")
        .arg("audit")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "half is not most: {err}");
    assert!(!err.contains("repositories could not be read"), "{err}");
}

/// `--deadline` (and ECRCTL_DEADLINE) bounds the whole command, where `--timeout` bounds each
/// call: a silent endpoint with a long --timeout still ends at the deadline, which is named.
#[test]
fn a_deadline_bounds_the_whole_command() {
    let silent = silent_endpoint();
    for (flag, env) in [(Some("1"), None), (None, Some("1"))] {
        let start = Instant::now();
        let mut cmd = bare_ecrctl();
        if let Some(v) = flag {
            cmd.args(["--deadline", v]);
        }
        if let Some(v) = env {
            cmd.env("ECRCTL_DEADLINE", v);
        }
        cmd.args(["--endpoint-url", &silent, "--timeout", "30", "repo", "list"])
            .assert()
            .code(6)
            .stderr(
                predicate::str::starts_with(
                    "ecrctl: error: waiting for ECR DescribeRepositories (1 call(s) made, retries included): no answer within --deadline 1 s (the whole command; --timeout bounds each call)",
                )
                .and(predicate::str::contains("hint: raise --deadline")),
            );
        let took = start.elapsed();
        assert!(took >= Duration::from_millis(900), "{took:?}");
        assert!(took < Duration::from_secs(10), "{took:?}");
    }
    bare_ecrctl()
        .args(["--deadline", "0", "repo", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the deadline must be more than 0"));
    // Well within the deadline: no effect.
    bare_ecrctl()
        .args([
            "--deadline",
            "30",
            "--endpoint-url",
            &moto().endpoint,
            "repo",
            "list",
        ])
        .assert()
        .success();
}

/// A run that is throttled until time runs out says it was throttled (exit 5, throttling), not
/// that the endpoint did not answer.
#[test]
fn a_throttled_run_that_runs_out_of_time_says_it_was_throttled() {
    use crate::fake_ecr::{error, fake_ecr};
    let ecr = fake_ecr(|_| error(400, "ThrottlingException", "Rate exceeded"));
    for limit in [["--timeout", "2"], ["--deadline", "2"]] {
        ecrctl_at(&ecr.url)
            .env("AWS_MAX_ATTEMPTS", "50")
            .args(limit)
            .args(["repo", "list"])
            .assert()
            .code(5)
            .stderr(
                predicate::str::contains("throttled: the service answered with throttling")
                    .and(predicate::str::contains(format!(
                        "no other answer came within {}",
                        limit[0]
                    )))
                    .and(predicate::str::contains("hint: the service is throttling")),
            );
    }
}

#[test]
fn an_empty_deadline_variable_is_unset_and_a_bad_one_is_a_usage_error() {
    ecrctl_at(&moto().endpoint)
        .env("ECRCTL_DEADLINE", "")
        .args(["repo", "list"])
        .assert()
        .success();
    ecrctl_at(&moto().endpoint)
        .env("ECRCTL_DEADLINE", "soon")
        .args(["repo", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "ecrctl: error: ECRCTL_DEADLINE: 'soon' is not a number of seconds",
        ));
    // nan and inf parse as floats, but are no number of seconds.
    for v in ["nan", "inf", "-inf"] {
        ecrctl_at(&moto().endpoint)
            .env("ECRCTL_DEADLINE", v)
            .args(["repo", "list"])
            .assert()
            .code(2)
            .stderr(predicate::str::starts_with(format!(
                "ecrctl: error: ECRCTL_DEADLINE: '{v}' is not a number of seconds"
            )));
    }
    ecrctl_at(&moto().endpoint)
        .args(["--timeout", "NaN", "repo", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'NaN' is not a number of seconds"));
}

/// The server performs a write, then its answer is lost (a 500 after the write, or the
/// connection cut); the SDK retries and the retry is answered with what our own first attempt
/// did. That is this run's success, said as such; a write whose answers were all lost may have
/// been applied, and the error says how to check.
mod lost_answers {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    use super::*;
    use crate::fake_ecr::{error, fake_service, Answer, CUT};

    fn now() -> u64 {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
    }

    /// Repository `name`, mutable, created now.
    fn repository(name: &str) -> String {
        repository_created(name, now())
    }

    fn repository_created(name: &str, created_at: u64) -> String {
        format!(
            r#"{{"repositoryName":"{name}","repositoryUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/{name}","repositoryArn":"arn:aws:ecr:us-east-1:123456789012:repository/{name}","registryId":"123456789012","imageTagMutability":"MUTABLE","imageScanningConfiguration":{{"scanOnPush":false}},"encryptionConfiguration":{{"encryptionType":"AES256"}},"createdAt":{created_at}}}"#
        )
    }

    /// A registry holding repository `app` (with a policy, a lifecycle policy and image `v1`)
    /// that performs each write, then loses its first answer: `lost` is what it sends instead.
    fn losing(lost: Answer) -> crate::fake_ecr::FakeEcr {
        let exists = Arc::new(AtomicBool::new(true));
        let policy = Arc::new(AtomicBool::new(true));
        let lifecycle = Arc::new(AtomicBool::new(true));
        let image = Arc::new(AtomicBool::new(true));
        let template = Arc::new(AtomicBool::new(true));
        fake_service(move |r| {
            let first = |flag: &AtomicBool| flag.swap(false, Ordering::SeqCst);
            match r.operation.as_str() {
                "DescribeRepositories" if exists.load(Ordering::SeqCst) => {
                    (200, format!(r#"{{"repositories":[{}]}}"#, repository("app")))
                }
                "DescribeRepositories" => error(400, "RepositoryNotFoundException", "no app"),
                "ListImages" => (200, r#"{"imageIds":[]}"#.to_string()),
                "DeleteRepository" if first(&exists) => lost.clone(),
                "DeleteRepository" => error(400, "RepositoryNotFoundException", "no app"),
                "CreateRepository" if !exists.swap(true, Ordering::SeqCst) => lost.clone(),
                "CreateRepository" => error(400, "RepositoryAlreadyExistsException", "exists"),
                "DeleteRepositoryPolicy" if first(&policy) => lost.clone(),
                "DeleteRepositoryPolicy" => {
                    error(400, "RepositoryPolicyNotFoundException", "no policy")
                }
                "DeleteLifecyclePolicy" if first(&lifecycle) => lost.clone(),
                "DeleteLifecyclePolicy" => {
                    error(400, "LifecyclePolicyNotFoundException", "no policy")
                }
                "BatchDeleteImage" if first(&image) => lost.clone(),
                "BatchDeleteImage" => (
                    200,
                    r#"{"imageIds":[],"failures":[{"imageId":{"imageTag":"v1"},"failureCode":"ImageNotFound","failureReason":"Requested image not found"}]}"#.to_string(),
                ),
                "BatchGetImage" => (200, r#"{"images":[],"failures":[]}"#.to_string()),
                "DeleteRepositoryCreationTemplate" if first(&template) => lost.clone(),
                "DeleteRepositoryCreationTemplate" => {
                    error(400, "TemplateNotFoundException", "no template")
                }
                "CreateRepositoryCreationTemplate" if !template.swap(true, Ordering::SeqCst) => {
                    lost.clone()
                }
                "CreateRepositoryCreationTemplate" => {
                    error(400, "TemplateAlreadyExistsException", "exists")
                }
                "DescribeRepositoryCreationTemplates" => (
                    200,
                    r#"{"repositoryCreationTemplates":[{"prefix":"team-a","appliedFor":["CREATE_ON_PUSH"],"imageTagMutability":"IMMUTABLE"}]}"#.to_string(),
                ),
                _ => error(400, "AccessDeniedException", "not in this test"),
            }
        })
    }

    #[test]
    fn a_retry_answered_by_our_own_write_is_success() {
        for lost in [
            error(500, "ServerException", "after the write"),
            (CUT, String::new()),
        ] {
            let what = if lost.0 == CUT { "cut" } else { "500" };
            let ecr = losing(lost);
            let run = |args: &[&str]| ecrctl_at(&ecr.url).args(args).output().unwrap();
            for (args, said) in [
                (
                    vec!["images", "delete", "app", "v1", "--yes"],
                    "app: 0 deleted, 0 untagged, 1 deleted or already absent (the first answer was lost; ECR cannot tell which)",
                ),
                (
                    vec!["policy", "delete", "app", "--yes"],
                    "the policy of app: deleted or already absent (the first answer was lost; ECR cannot tell which)",
                ),
                (
                    vec!["lifecycle", "delete", "app", "--yes"],
                    "the lifecycle policy of app: deleted or already absent (the first answer was lost; ECR cannot tell which)",
                ),
                (
                    vec!["repo", "delete", "app", "--yes"],
                    "deleted private repository app (the first answer was lost)",
                ),
                (
                    vec!["repo", "create", "app"],
                    "created private repository app (the first answer was lost; created at ",
                ),
                (
                    vec!["template", "delete", "team-a", "--yes"],
                    "deleted the repository creation template team-a (the first answer was lost)",
                ),
                (
                    vec![
                        "template",
                        "create",
                        "team-a",
                        "--applied-for",
                        "create-on-push",
                        "--immutable",
                    ],
                    "created the repository creation template team-a (the first answer was lost)",
                ),
            ] {
                let out = run(&args);
                let err = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(0), "{what} {args:?}: {err}");
                assert!(err.contains(said), "{what} {args:?}: {err}");
            }
            // A second create is someone's existing repository: exit 7, as before.
            let out = run(&["repo", "create", "app"]);
            assert_eq!(out.status.code(), Some(7), "{what}");
        }
    }

    /// A registry where `pre` exists (mutable, created at `created_at`) and CreateRepository
    /// loses its first answer (a 500 without creating anything), then says it exists.
    fn existing_after_a_lost_create(created_at: u64) -> crate::fake_ecr::FakeEcr {
        let first = Arc::new(AtomicBool::new(true));
        fake_service(move |r| match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                format!(
                    r#"{{"repositories":[{}]}}"#,
                    repository_created("pre", created_at)
                ),
            ),
            "ListTagsForResource" => (200, r#"{"tags":[]}"#.to_string()),
            "CreateRepository" if first.swap(false, Ordering::SeqCst) => {
                error(500, "ServerException", "lost")
            }
            "CreateRepository" => error(400, "RepositoryAlreadyExistsException", "exists"),
            _ => error(400, "AccessDeniedException", "not in this test"),
        })
    }

    #[test]
    fn a_lost_create_answer_claims_only_a_repository_created_in_this_run() {
        // Created long before this run: someone else's, however the retry was answered.
        let ecr = existing_after_a_lost_create(1_600_000_000);
        let out = ecrctl_at(&ecr.url)
            .args(["repo", "create", "pre", "--immutable"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(7), "{err}");
        assert!(!err.contains("created private"), "{err}");
        let ecr = existing_after_a_lost_create(1_600_000_000);
        let out = ecrctl_at(&ecr.url)
            .args(["-o", "json", "repo", "create", "pre"])
            .args(["--immutable", "--if-not-exists"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{err}");
        assert!(
            err.contains("pre exists with tags mutable, not immutable as requested"),
            "{err}"
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["created"], false, "{json}");
        // Created just now, but not as asked (mutable, not immutable): not this run's either.
        let ecr = existing_after_a_lost_create(now());
        ecrctl_at(&ecr.url)
            .args(["repo", "create", "pre", "--immutable"])
            .assert()
            .code(7);
        // Created just now as asked: this run's, and said so with its time.
        let ecr = existing_after_a_lost_create(now());
        ecrctl_at(&ecr.url)
            .args(["repo", "create", "pre"])
            .assert()
            .code(0)
            .stderr(predicate::str::contains(
                "created private repository pre (the first answer was lost; created at 20",
            ));
    }

    /// Repository `w2` (image `v1`) where every write is done and its answer lost (a 500).
    fn every_write_lost() -> crate::fake_ecr::FakeEcr {
        fake_service(|r| {
            match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                format!(r#"{{"repositories":[{}]}}"#, repository("w2")),
            ),
            "ListTagsForResource" => (200, r#"{"tags":[]}"#.to_string()),
            "ListImages" => (200, r#"{"imageIds":[]}"#.to_string()),
            "GetRepositoryPolicy" => error(400, "RepositoryPolicyNotFoundException", "none"),
            "GetLifecyclePolicy" => error(400, "LifecyclePolicyNotFoundException", "none"),
            // Only v1 exists.
            "BatchGetImage" if r.body.contains("rel2") => (
                200,
                r#"{"images":[],"failures":[{"imageId":{"imageTag":"rel2"},"failureCode":"ImageNotFound","failureReason":"not found"}]}"#.to_string(),
            ),
            "BatchGetImage" => (
                200,
                format!(
                    r#"{{"images":[{{"repositoryName":"w2","imageId":{{"imageDigest":"sha256:{}","imageTag":"v1"}},"imageManifest":"{{\"schemaVersion\":2}}","imageManifestMediaType":"application/vnd.oci.image.manifest.v1+json"}}],"failures":[]}}"#,
                    "a".repeat(64)
                ),
            ),
            "DescribeImages" => (
                200,
                format!(
                    r#"{{"imageDetails":[{{"imageDigest":"sha256:{}","imageTags":["v1"],"imagePushedAt":1600000000}}]}}"#,
                    "a".repeat(64)
                ),
            ),
            _ => error(500, "ServerException", "after the write"),
        }
        })
    }

    #[test]
    fn every_write_whose_answers_were_lost_may_have_been_applied() {
        let ecr = every_write_lost();
        let policy = r#"{"Version":"2012-10-17","Statement":[{"Sid":"pull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":["ecr:BatchGetImage"]}]}"#;
        let lifecycle = r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}"#;
        for (args, stdin, check) in [
            (vec!["repo", "immutable", "w2"], "", "ecrctl repo show w2"),
            (
                vec!["repo", "update", "w2", "--scan-on-push"],
                "",
                "ecrctl repo show w2",
            ),
            (
                vec!["repo", "update", "w2", "--tag", "a=b"],
                "",
                "ecrctl repo show w2",
            ),
            (
                vec!["policy", "set", "w2", "--file", "-"],
                policy,
                "ecrctl policy get w2",
            ),
            (
                vec!["lifecycle", "set", "w2", "--file", "-", "--yes"],
                lifecycle,
                "ecrctl lifecycle get w2",
            ),
            (
                vec!["images", "tag", "w2", "v1", "rel2"],
                "",
                "ecrctl images list w2 --tag rel2",
            ),
        ] {
            let out = ecrctl_at(&ecr.url)
                .args(&args)
                .write_stdin(stdin)
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(5), "{args:?}: {err}");
            assert!(
                err.contains(&format!("it may have been applied: check with `{check}`")),
                "{args:?}: {err}"
            );
        }
    }

    /// `images tag` whose PutImage is done and its answer lost: the retry's "already points to
    /// the image" is this run's write (written: true), not "unchanged".
    #[test]
    fn a_tag_written_by_a_lost_attempt_counts_as_written() {
        for lost in [
            error(500, "ServerException", "after the write"),
            (CUT, String::new()),
        ] {
            let written = Arc::new(AtomicBool::new(false));
            let ecr = fake_service(move |r| {
                match r.operation.as_str() {
                "DescribeRepositories" => (
                    200,
                    format!(r#"{{"repositories":[{}]}}"#, repository("imgs")),
                ),
                "BatchGetImage" if r.body.contains("stable") && !written.load(Ordering::SeqCst) => (
                    200,
                    r#"{"images":[],"failures":[{"imageId":{"imageTag":"stable"},"failureCode":"ImageNotFound","failureReason":"not found"}]}"#.to_string(),
                ),
                "BatchGetImage" => (
                    200,
                    format!(
                        r#"{{"images":[{{"repositoryName":"imgs","imageId":{{"imageDigest":"sha256:{}","imageTag":"v1"}},"imageManifest":"{{\"schemaVersion\":2}}","imageManifestMediaType":"application/vnd.oci.image.manifest.v1+json"}}],"failures":[]}}"#,
                        "a".repeat(64)
                    ),
                ),
                "PutImage" if !written.swap(true, Ordering::SeqCst) => lost.clone(),
                "PutImage" => error(400, "ImageAlreadyExistsException", "already points to it"),
                _ => error(400, "AccessDeniedException", "not in this test"),
            }
            });
            let out = ecrctl_at(&ecr.url)
                .args(["-o", "json", "images", "tag", "imgs", "v1"])
                .arg("stable")
                .output()
                .unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(0), "{err}");
            let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(json["written"], true, "{json}");
            let text = json.to_string();
            assert!(text.contains("\"created\""), "{json}");
            assert!(text.contains("(the first answer was lost)"), "{json}");
        }
    }

    /// `repo immutable --dry-run --exit-code` on a repository whose mutability the answer left
    /// out cannot compare: exit 5 "cannot tell", never 1 ("would change").
    #[test]
    fn a_dry_run_against_an_unknown_setting_cannot_tell() {
        let ecr = fake_service(|r| match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                format!(r#"{{"repositories":[{}]}}"#, repository("tagi"))
                    .replace(r#""imageTagMutability":"MUTABLE","#, ""),
            ),
            _ => error(400, "AccessDeniedException", "not in this test"),
        });
        let run = |extra: &[&str]| {
            ecrctl_at(&ecr.url)
                .args(["-o", "json", "repo", "immutable", "tagi"])
                .args(["--dry-run"])
                .args(extra)
                .output()
                .unwrap()
        };
        for (extra, code) in [(&["--exit-code"][..], 5), (&[][..], 0)] {
            let out = run(extra);
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(code), "{extra:?}: {err}");
            assert!(
                err.contains(
                    "cannot tell whether it would change: the tag mutability of tagi is unknown"
                ),
                "{err}"
            );
            let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(json["result"], "unknown", "{json}");
            assert_eq!(json["changed"], serde_json::Value::Null, "{json}");
        }
    }

    /// check-push of a tag BatchGetImage says nothing about: why it cannot tell, said once.
    #[test]
    fn check_push_says_why_it_cannot_tell_once() {
        let ecr = fake_service(|r| match r.operation.as_str() {
            "DescribeRepositories" => {
                (200, format!(r#"{{"repositories":[{}]}}"#, repository("cp")))
            }
            "BatchGetImage" => (200, r#"{"images":[],"failures":[]}"#.to_string()),
            _ => error(400, "AccessDeniedException", "not in this test"),
        });
        let out = ecrctl_at(&ecr.url)
            .args(["check-push", "cp:v0", "--digest"])
            .arg(format!("sha256:{}", "b".repeat(64)))
            .output()
            .unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let said = "BatchGetImage answered neither an image nor a failure";
        assert!(all.contains("cannot tell"), "{all}");
        assert!(all.contains(said), "{all}");
        // The table row and the error each say it, once.
        for line in all.lines() {
            assert!(line.matches(said).count() <= 1, "{all}");
        }
    }

    /// A source image answered without its manifest is the service's failure (exit 5), not a
    /// bug in ecrctl (exit 1).
    #[test]
    fn a_source_image_without_its_manifest_is_a_service_failure() {
        let ecr = fake_service(|r| match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                format!(r#"{{"repositories":[{}]}}"#, repository("imgs")),
            ),
            "BatchGetImage" => (
                200,
                format!(
                    r#"{{"images":[{{"repositoryName":"imgs","imageId":{{"imageDigest":"sha256:{}","imageTag":"v2"}}}}],"failures":[]}}"#,
                    "a".repeat(64)
                ),
            ),
            _ => error(400, "AccessDeniedException", "not in this test"),
        });
        ecrctl_at(&ecr.url)
            .args(["images", "tag", "imgs", "v2", "x1"])
            .assert()
            .code(5)
            .stderr(predicate::str::contains(
                "ECR answered the source image without its imageManifest",
            ));
    }

    /// `-v` says each retry and what the attempt before it got.
    #[test]
    fn verbose_says_each_retry() {
        let ecr = existing_after_a_lost_create(now());
        let out = ecrctl_at(&ecr.url)
            .args(["-v", "repo", "create", "pre"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("retry 2 of ECR CreateRepository after: HTTP 500"),
            "{err}"
        );
        assert_eq!(err.matches("retry ").count(), 1, "{err}");
    }

    #[test]
    fn a_write_whose_answers_were_all_lost_may_have_been_applied() {
        let ecr = fake_service(|r| match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                format!(r#"{{"repositories":[{}]}}"#, repository("app")),
            ),
            "ListImages" => (200, r#"{"imageIds":[]}"#.to_string()),
            _ => error(500, "ServerException", "after the write"),
        });
        ecrctl_at(&ecr.url)
            .args(["repo", "delete", "app", "--yes"])
            .assert()
            .code(5)
            .stderr(predicate::str::contains(
                "it may have been applied: check with `ecrctl repo show app`",
            ));
        // A refused write (4xx) was not applied: nothing to check.
        let ecr = fake_service(|r| match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                format!(r#"{{"repositories":[{}]}}"#, repository("app")),
            ),
            "ListImages" => (200, r#"{"imageIds":[]}"#.to_string()),
            _ => error(400, "AccessDeniedException", "no"),
        });
        ecrctl_at(&ecr.url)
            .args(["repo", "delete", "app", "--yes"])
            .assert()
            .code(4)
            .stderr(predicate::str::contains("may have been applied").not());
        // The endpoint never answers: the timeout error says it too.
        let silent = silent_endpoint();
        ecrctl_at(&silent)
            .args(["--timeout", "1", "policy", "delete", "app", "--yes"])
            .assert()
            .code(6)
            .stderr(predicate::str::contains(
                "it may have been applied: check with `ecrctl policy get app`",
            ));
    }
}

/// A gateway's throttling (HTTP 429 with a page that is not ECR's) is said as throttling.
#[test]
fn a_gateways_429_is_throttling() {
    let ecr = crate::fake_ecr::fake_ecr(|_| {
        (
            429,
            "<html><title>Too Many Requests</title></html>".to_string(),
        )
    });
    ecrctl_at(&ecr.url)
        .args(["repo", "list"])
        .assert()
        .code(5)
        .stderr(
            predicate::str::contains("HTTP 429 that is not an ECR answer: 'Too Many Requests'")
                .and(predicate::str::contains(
                    "hint: the endpoint is throttling requests",
                )),
        );
}

/// An image listed without its push time or digest is unknown: a prune and a lifecycle
/// preview refuse to decide on it (exit 5, nothing deleted); `images list` shows `null`.
#[test]
fn an_image_listed_without_its_push_time_or_digest_is_never_pruned() {
    use crate::fake_ecr::{error, fake_service};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    for (field, said) in [
        ("imagePushedAt", "without its imagePushedAt"),
        ("imageDigest", "without its imageDigest"),
    ] {
        let deletes = Arc::new(AtomicUsize::new(0));
        let counted = deletes.clone();
        let ecr = fake_service(move |r| {
            match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                r#"{"repositories":[{"repositoryName":"p3","repositoryArn":"arn:aws:ecr:us-east-1:123456789012:repository/p3","registryId":"123456789012","repositoryUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/p3","imageTagMutability":"MUTABLE","createdAt":1600000000}]}"#.to_string(),
            ),
            "DescribeImages" => {
                let now = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_secs();
                let images: Vec<String> = (0..4)
                    .map(|i| {
                        let mut fields = vec![
                            format!(r#""imageTags":["v{i}"]"#),
                            r#""imageManifestMediaType":"application/vnd.oci.image.manifest.v1+json""#.to_string(),
                            r#""imageSizeInBytes":1000"#.to_string(),
                        ];
                        if field != "imageDigest" {
                            fields.push(format!(r#""imageDigest":"sha256:{}""#, format!("{i}").repeat(64)));
                        }
                        if field != "imagePushedAt" {
                            fields.push(format!(r#""imagePushedAt":{}"#, now - 60 * (4 - i)));
                        }
                        format!("{{{}}}", fields.join(","))
                    })
                    .collect();
                (200, format!(r#"{{"imageDetails":[{}]}}"#, images.join(",")))
            }
            "BatchGetImage" => (200, r#"{"images":[],"failures":[]}"#.to_string()),
            "ListImages" => (200, r#"{"imageIds":[]}"#.to_string()),
            "BatchDeleteImage" => {
                counted.fetch_add(1, Ordering::SeqCst);
                (200, r#"{"imageIds":[],"failures":[]}"#.to_string())
            }
            _ => error(400, "AccessDeniedException", "not in this test"),
        }
        });
        for prune in [
            vec!["images", "prune", "p3", "--older-than", "1d", "--yes"],
            vec!["images", "prune", "p3", "--keep-last", "2", "--yes"],
        ] {
            ecrctl_at(&ecr.url).args(&prune).assert().code(5).stderr(
                predicate::str::contains(said).and(predicate::str::contains("nothing was deleted")),
            );
        }
        assert_eq!(deletes.load(Ordering::SeqCst), 0, "{field}");
        ecrctl_at(&ecr.url)
            .args(["lifecycle", "preview", "p3"])
            .args(["--file", "-"])
            .write_stdin(r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1},"action":{"type":"expire"}}]}"#)
            .assert()
            .code(5)
            .stderr(predicate::str::contains(said));
        let out = ecrctl_at(&ecr.url)
            .args(["-o", "json", "images", "list", "p3"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let key = if field == "imageDigest" {
            "digest"
        } else {
            "pushedAt"
        };
        assert_eq!(rows[0][key], serde_json::Value::Null, "{rows}");
    }
}

/// A registry with private repository `aud` (immutable, scan on push, a policy, a lifecycle policy)
/// whose answers leave out `drop` (a JSON field name; "" drops nothing).
fn audited(drop: &'static str) -> crate::fake_ecr::FakeEcr {
    use crate::fake_ecr::{error, fake_service};
    fake_service(move |r| {
        let (status, body) = match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                r#"{"repositories":[{"repositoryName":"aud","repositoryArn":"arn:aws:ecr:us-east-1:123456789012:repository/aud","registryId":"123456789012","repositoryUri":"123456789012.dkr.ecr.us-east-1.amazonaws.com/aud","imageTagMutability":"IMMUTABLE","imageScanningConfiguration":{"scanOnPush":true},"encryptionConfiguration":{"encryptionType":"AES256"},"createdAt":1600000000}]}"#.to_string(),
            ),
            "GetRepositoryPolicy" => (
                200,
                r#"{"registryId":"123456789012","repositoryName":"aud","policyText":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"pull\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":[\"ecr:BatchGetImage\"]}]}"}"#.to_string(),
            ),
            "GetLifecyclePolicy" => (
                200,
                r#"{"registryId":"123456789012","repositoryName":"aud","lifecyclePolicyText":"{\"rules\":[{\"rulePriority\":1,\"selection\":{\"tagStatus\":\"untagged\",\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":14},\"action\":{\"type\":\"expire\"}}]}"}"#.to_string(),
            ),
            "GetRegistryScanningConfiguration" => (
                200,
                r#"{"registryId":"123456789012","scanningConfiguration":{"scanType":"BASIC","rules":[]}}"#.to_string(),
            ),
            _ => error(400, "AccessDeniedException", "not in this test"),
        };
        if drop.is_empty() {
            return (status, body);
        }
        let mut v: serde_json::Value = serde_json::from_str(&body).unwrap();
        fn strip(v: &mut serde_json::Value, key: &str) {
            match v {
                serde_json::Value::Object(m) => {
                    m.remove(key);
                    m.values_mut().for_each(|v| strip(v, key));
                }
                serde_json::Value::Array(a) => a.iter_mut().for_each(|v| strip(v, key)),
                _ => {}
            }
        }
        strip(&mut v, drop);
        (status, v.to_string())
    })
}

/// Settings or policy documents an answer left out are unknown: `unreadable` (high) in the
/// audit, UNKNOWN in its matrix, exit 5 for `policy get` / `lifecycle get`: never a pass or
/// "no policy".
#[test]
fn an_answer_without_a_setting_or_document_is_unreadable_never_a_pass() {
    let audit = |ecr: &crate::fake_ecr::FakeEcr, extra: &[&str]| {
        ecrctl_at(&ecr.url)
            .args(["-o", "json", "audit", "aud"])
            .args(extra)
            .output()
            .unwrap()
    };
    // With every field: nothing high, nothing unreadable.
    let whole = audited("");
    let out = audit(&whole, &["--fail-on", "high"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("\"unreadable\""), "{text}");
    for (drop, part) in [
        ("imageTagMutability", "tag mutability: not in ECR's answer"),
        (
            "imageScanningConfiguration",
            "scan on push: not in ECR's answer",
        ),
        ("encryptionConfiguration", "encryption: not in ECR's answer"),
        ("policyText", "answered without the policy text"),
        (
            "lifecyclePolicyText",
            "answered without the lifecycle policy text",
        ),
    ] {
        let ecr = audited(drop);
        let out = audit(&ecr, &["--fail-on", "high"]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert_ne!(out.status.code(), Some(0), "{drop}: {text}");
        assert!(text.contains("\"unreadable\""), "{drop}: {text}");
        assert!(text.contains(part), "{drop}: {text}");
        assert!(!text.contains("no-lifecycle-policy"), "{drop}: {text}");
    }
    let ecr = audited("imageTagMutability");
    let out = ecrctl_at(&ecr.url)
        .args(["audit", "aud", "--matrix", "csv"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(",UNKNOWN,tag mutability: not in ECR's answer"),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (drop, args) in [
        ("policyText", ["policy", "get", "aud"]),
        ("lifecyclePolicyText", ["lifecycle", "get", "aud"]),
    ] {
        let ecr = audited(drop);
        ecrctl_at(&ecr.url)
            .args(args)
            .assert()
            .code(5)
            .stderr(predicate::str::contains("answered without the"));
    }
}
