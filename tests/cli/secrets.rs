//! No output ever contains the secret access key, the session token, or an authorization token,
//! whatever the verbosity and whatever fails.

use crate::fake_ecr::{error, fake_ecr};
use crate::harness::*;

const SECRET: &str = "PLANTEDsecretKEYdoNotPrint0123456789abcdef";
const TOKEN: &str = "PLANTEDsessionTOKENdoNotPrint9876543210zyx";

fn assert_clean(out: &std::process::Output, what: &str) {
    for text in [
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    ] {
        assert!(
            !text.contains(SECRET),
            "{what}: the secret key was printed:\n{text}"
        );
        assert!(
            !text.contains(TOKEN),
            "{what}: the session token was printed:\n{text}"
        );
        assert!(
            !text.contains("PLANTED"),
            "{what}: part of a secret was printed:\n{text}"
        );
    }
}

#[test]
fn secrets_never_reach_the_output() {
    let denied = fake_ecr(|_| {
        error(
            400,
            "UnrecognizedClientException",
            "The security token included in the request is invalid.",
        )
    });
    let expired = fake_ecr(|_| {
        error(
            400,
            "ExpiredTokenException",
            "The security token included in the request is expired",
        )
    });
    let repo = create_repo("secrets", &[]);
    for verbosity in [None, Some("-v"), Some("-vv")] {
        for (endpoint, args) in [
            (
                moto().endpoint.as_str(),
                vec!["repo", "show", repo.as_str()],
            ),
            (
                moto().endpoint.as_str(),
                vec!["check-push", repo.as_str(), "-o", "json"],
            ),
            (moto().endpoint.as_str(), vec!["audit", repo.as_str()]),
            (
                moto().endpoint.as_str(),
                vec!["repo", "show", "missing-repo-secrets"],
            ),
            (denied.url.as_str(), vec!["repo", "list"]),
            (expired.url.as_str(), vec!["policy", "get", "x1"]),
            (DEAD_ENDPOINT, vec!["repo", "list"]),
        ] {
            let mut cmd = bare_ecrctl();
            cmd.env("AWS_SECRET_ACCESS_KEY", SECRET)
                .env("AWS_SESSION_TOKEN", TOKEN)
                .args(["--endpoint-url", endpoint])
                .args(&args);
            if let Some(v) = verbosity {
                cmd.arg(v);
            }
            let out = cmd.output().unwrap();
            assert_clean(&out, &format!("{verbosity:?} {args:?}"));
        }
    }
}

#[test]
fn verbose_mode_says_what_it_does_without_sdk_logging() {
    let out = ecrctl()
        .args(["repo", "list", "-vv"])
        .env("AWS_SECRET_ACCESS_KEY", SECRET)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ecrctl: region us-east-1"), "{err}");
    assert!(err.contains("DescribeRepositories"), "{err}");
    assert!(
        err.contains("ecrctl: endpoint http://127.0.0.1:") && err.contains("ecrctl: done in"),
        "{err}"
    );
    assert!(
        !err.contains("TRACE") && !err.contains("aws_smithy"),
        "no SDK logging: {err}"
    );
    assert_clean(&out, "-vv");
}
