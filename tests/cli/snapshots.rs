//! Whole-output snapshots (stdout, stderr, exit code) of every command in every format, against
//! an emulator of their own (so names and contents are fixed). Times, ages and the commit are
//! normalised. A change in any output shows up as a diff in `tests/snapshots/commands/`;
//! regenerate with `UPDATE_SNAPSHOTS=1 cargo test snapshots`, then review the diff.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::harness::*;

struct Session {
    moto: Moto,
    dir: tempfile::TempDir,
    log: String,
}

impl Session {
    fn new() -> Session {
        Session {
            moto: start_moto(),
            dir: tempfile::tempdir().unwrap(),
            log: String::new(),
        }
    }

    fn env(&self) -> HashMap<&'static str, String> {
        HashMap::from([
            ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE".to_string()),
            ("AWS_SECRET_ACCESS_KEY", "x".to_string()),
            ("AWS_REGION", "us-east-1".to_string()),
            ("AWS_EC2_METADATA_DISABLED", "true".to_string()),
            ("AWS_CONFIG_FILE", "/nonexistent/c".to_string()),
            ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/c".to_string()),
            ("AWS_ENDPOINT_URL", self.moto.endpoint.clone()),
            ("COLUMNS", "100".to_string()),
            ("PATH", std::env::var("PATH").unwrap_or_default()),
        ])
    }

    /// Run `ecrctl ARGS` (words split on spaces; `{dir}` is the session's directory) and record
    /// its whole output.
    fn run(&mut self, args: &str) {
        self.run_with(args, &[]);
    }

    fn run_with(&mut self, args: &str, extra: &[(&str, &str)]) {
        let dir = self.dir.path().display().to_string();
        let words: Vec<String> = args.split(' ').map(|w| w.replace("{dir}", &dir)).collect();
        let out = Command::new(assert_cmd::cargo::cargo_bin("ecrctl"))
            .args(&words)
            .env_clear()
            .envs(self.env())
            .envs(extra.iter().copied())
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let normal = |b: &[u8]| normalise(&String::from_utf8_lossy(b), &dir, &self.moto.endpoint);
        self.log.push_str(&format!(
            "$ ecrctl {args}\n[exit {}]\n--- stdout\n{}--- stderr\n{}\n",
            out.status.code().unwrap_or(-1),
            normal(&out.stdout),
            normal(&out.stderr),
        ));
    }

    /// The same command in table, text and JSON.
    fn formats(&mut self, args: &str) {
        for f in ["table", "text", "json"] {
            self.run(&format!("{args} -o {f}"));
        }
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.dir.path().join(name), text).unwrap();
    }

    fn put(&self, repo: &str, tag: Option<&str>, seed: u32) {
        put_at(&self.moto.endpoint, repo, tag, seed).unwrap();
    }

    fn check(&self, name: &str) -> Option<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/snapshots/commands")
            .join(format!("{name}.txt"));
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &self.log).unwrap();
            return None;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        (expected != self.log).then(|| {
            let diff = similar::TextDiff::from_lines(&expected, &self.log)
                .unified_diff()
                .context_radius(2)
                .to_string();
            format!("{name}:\n{diff}")
        })
    }
}

/// Replace what differs from run to run: timestamps, ages, durations, paths, ports, the commit.
fn normalise(text: &str, dir: &str, endpoint: &str) -> String {
    let mut out = text.replace(dir, "<DIR>").replace(endpoint, "<ENDPOINT>");
    // RFC 3339 timestamps: 2026-11-28T05:00:07Z
    out = replace_matches(&out, |s| {
        let b = s.as_bytes();
        (b.len() >= 20
            && b[4] == b'-'
            && b[7] == b'-'
            && b[10] == b'T'
            && b[13] == b':'
            && b[16] == b':'
            && b[19] == b'Z'
            && b[..4].iter().all(u8::is_ascii_digit))
        .then_some((20, "<TIME>"))
    });
    // Dates in tables: 2026-11-28 (not a policy's "Version": "2012-10-17")
    out = replace_matches(&out, |s| {
        let b = s.as_bytes();
        (b.len() >= 10
            && b.starts_with(b"202")
            && b[..4].iter().all(u8::is_ascii_digit)
            && b[4] == b'-'
            && b[5..7].iter().all(u8::is_ascii_digit)
            && b[7] == b'-'
            && b[8..10].iter().all(u8::is_ascii_digit)
            && !b.get(10).is_some_and(u8::is_ascii_digit))
        .then_some((10, "<DATE>"))
    });
    for age in ["just now", "1 minute ago", "2 minutes ago"] {
        out = out.replace(age, "<AGE>");
    }
    // "in 0.1 s" in the audit summary.
    let mut result = String::new();
    for line in out.split_inclusive('\n') {
        match line
            .find(" s: ")
            .and_then(|end| line[..end].rfind(" in ").map(|start| (start, end)))
        {
            Some((start, end)) if line.starts_with("audited") => {
                result.push_str(&line[..start + 4]);
                result.push_str("<SECONDS>");
                result.push_str(&line[end..]);
            }
            _ => result.push_str(line),
        }
    }
    out = result;
    // "seconds": 0.043 in the audit's JSON summary.
    out = out
        .lines()
        .map(|l| match l.find("\"seconds\": ") {
            Some(i) => format!("{}\"seconds\": <SECONDS>,", &l[..i]),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + if out.ends_with('\n') { "\n" } else { "" };
    out.replace(env!("ECRCTL_COMMIT"), "<COMMIT>")
        .replace(env!("ECRCTL_TARGET"), "<TARGET>")
}

/// Replace every place where `at` recognises a token (returning its length and replacement).
fn replace_matches(text: &str, at: impl Fn(&str) -> Option<(usize, &'static str)>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if let Some((len, with)) = text.get(i..).and_then(&at) {
            out.push_str(with);
            i += len;
            continue;
        }
        let c = text[i..].chars().next().unwrap();
        out.push(c);
        i += c.len_utf8();
    }
    out
}

#[test]
fn every_command_in_every_format() {
    let mut failures = Vec::new();

    // repo
    let mut s = Session::new();
    for f in ["table", "text", "json"] {
        s.run(&format!("repo create app-{f} -o {f}"));
    }
    s.run("repo create app-json --if-not-exists --immutable --scan-on-push --tag team=a");
    s.run("repo create app-json");
    s.run("repo create team/api --immutable --except latest --except dev-* --scan-on-push --tag team=a --tag env=prod");
    s.formats("repo show team/api");
    s.formats("repo show 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api");
    s.formats("repo show missing-repo");
    s.formats("repo list app-*");
    s.formats("repo list nothing-*");
    for f in ["table", "text", "json"] {
        s.run(&format!("repo immutable app-{f} -o {f}"));
    }
    s.formats("repo immutable app-json");
    s.formats("repo mutable app-json --except release-*");
    s.formats("repo update app-json --scan-on-push --tag owner=me");
    s.run("repo update app-json --scan-on-push --tag owner=me");
    s.run("repo update app-json --kms-key alias/other");
    s.put("app-text", Some("v1"), 1);
    s.formats("repo delete app-text --yes");
    s.run("repo delete app-text");
    for f in ["table", "text", "json"] {
        s.run(&format!("repo delete app-{f} --yes --force -o {f}"));
    }
    s.formats("repo delete app-table --yes --if-exists");
    s.run("repo create Bad_Name");
    failures.extend(s.check("repo"));

    // images
    let mut s = Session::new();
    s.run("repo create app");
    // In descending digest order, so that the newest-first listing is the same whichever
    // pushes share a second (see the lifecycle session).
    s.put("app", Some("v2"), 2);
    s.put("app", Some("latest"), 2);
    s.put("app", Some("v1"), 1);
    s.put("app", None, 3);
    s.formats("images list app");
    s.formats("images list app --untagged");
    s.formats("images list app --tag v* --sort tag --limit 1");
    s.formats("images show app v1");
    s.formats("images show 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v2");
    s.formats("images show app v9");
    s.formats("images tag app v1 stable --dry-run");
    s.formats("images tag app v1 stable");
    s.run("repo immutable app");
    s.formats("images tag app v2 stable v1");
    s.formats("images delete app stable nope --yes");
    s.formats("images delete app latest --yes");
    s.formats("images delete app nope --yes --if-exists");
    failures.extend(s.check("images"));

    // policy
    let mut s = Session::new();
    s.run("repo create app");
    s.write(
        "pull.json",
        r#"{"Version":"2012-10-17","Statement":[{"Sid":"Pull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}]}"#,
    );
    s.write(
        "bad.json",
        "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": [\n    {\"Sid\": \"Open\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"ecr:*\", \"Resource\": \"*\"}\n  ]\n}\n",
    );
    s.formats("policy get app");
    s.formats("policy set app --file {dir}/pull.json --dry-run");
    s.run("policy set app --file {dir}/pull.json");
    s.formats("policy set app --file {dir}/pull.json");
    s.formats("policy get app");
    s.formats("policy set app --file {dir}/bad.json");
    s.formats("policy validate {dir}/bad.json");
    s.formats("policy validate {dir}/pull.json --strict");
    s.formats("policy templates");
    s.formats("policy template pull-only --principal arn:aws:iam::111122223333:role/ci");
    s.formats("policy delete app --yes");
    s.formats("policy delete app --yes --if-exists");
    s.run("policy delete app");
    failures.extend(s.check("policy"));

    // lifecycle and prune
    let mut s = Session::new();
    s.run("repo create app");
    // Pushed in descending digest order: images pushed in the same second are ordered by
    // digest (the smaller counted newer), so the order is the same whichever pushes share a
    // second, and the snapshot does not depend on the clock.
    s.put("app", None, 5);
    for (seed, tag) in [(2, "dev-2"), (4, "v1"), (1, "dev-1"), (3, "dev-3")] {
        s.put("app", Some(tag), seed);
    }
    s.write(
        "keep.json",
        r#"{"rules":[{"rulePriority":1,"description":"Keep two dev images","selection":{"tagStatus":"tagged","tagPatternList":["dev-*"],"countType":"imageCountMoreThan","countNumber":2},"action":{"type":"expire"}}]}"#,
    );
    s.write(
        "bad.json",
        r#"{"rules":[{"rulePriority":1,"selection":{"tagStatus":"tagged","countType":"sinceImagePushed","countNumber":0},"action":{"type":"delete"}},{"rulePriority":1,"description":"x","selection":{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":5},"action":{"type":"expire"}}]}"#,
    );
    s.write(
        "images.json",
        r#"[{"digest":"sha256:aaaa","tags":["dev-1"],"pushedAt":"2026-01-01T00:00:00Z","sizeBytes":100},{"digest":"sha256:bbbb","tags":["dev-2"],"pushedAt":"2026-01-05T00:00:00Z","sizeBytes":200},{"digest":"sha256:cccc","tags":["dev-3"],"pushedAt":"2026-01-09T00:00:00Z"},{"digest":"sha256:dddd","tags":[],"pushedAt":"2025-01-01T00:00:00Z","status":"archived"}]"#,
    );
    s.run("lifecycle get app");
    s.formats("lifecycle validate {dir}/bad.json");
    s.formats("lifecycle validate {dir}/keep.json --strict");
    s.formats("lifecycle templates");
    s.formats("lifecycle template keep-last --count 2 --pattern dev-*");
    s.formats("lifecycle set app --file {dir}/keep.json --dry-run");
    s.run("lifecycle set app --file {dir}/keep.json");
    s.run("lifecycle set app --file {dir}/bad.json --yes");
    s.run("lifecycle set app --file {dir}/keep.json --yes");
    s.formats("lifecycle set app --file {dir}/keep.json");
    s.formats("lifecycle get app");
    s.formats("lifecycle preview app");
    s.formats("lifecycle preview --images {dir}/images.json --file {dir}/keep.json --now 2026-02-01T00:00:00Z");
    s.formats("images prune app --untagged");
    s.run("images prune app --untagged --min-age 0");
    s.run("images prune app --tag dev-* --keep-last 1 --print-policy");
    s.run("images prune app --older-than 36h");
    s.formats("images prune app --untagged --min-age 0 --yes");
    s.run("lifecycle delete app");
    s.formats("lifecycle delete app --yes");
    s.run("lifecycle delete app --yes");
    s.run("audit app --only lifecycle-* --only no-lifecycle-policy");
    failures.extend(s.check("lifecycle"));

    // login and the credential helper (no docker on this PATH: nothing is logged in)
    let mut s = Session::new();
    s.formats("login --print-password");
    s.run("login docker.io");
    s.run_with("login", &[("PATH", "/nonexistent")]);
    s.run("credential-helper get");
    s.run("credential-helper store");
    s.run("credential-helper list");
    failures.extend(s.check("login"));

    // check-push and audit
    let mut s = Session::new();
    s.run("repo create app --immutable --except dev-*");
    s.run("repo create web");
    s.put("app", Some("v1"), 1);
    s.put("web", Some("latest"), 1);
    let (_, one) = manifest(1);
    let (_, two) = manifest(2);
    let host = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
    s.formats(&format!("check-push {host}/app:v1 --digest {one}"));
    s.formats(&format!(
        "check-push {host}/app:v1 {host}/app:v2 {host}/app:dev-1 --digest {two}"
    ));
    s.formats(&format!("check-push web:latest --digest {two}"));
    s.formats(&format!(
        "check-push web:latest --digest {two} --fail-on overwrite"
    ));
    s.formats("check-push nothere:v1");
    // Two tags that share one image: each is judged on its own (one is immutable).
    s.put("app", Some("dev-7"), 1);
    s.formats(&format!("check-push app:v1 app:dev-7 --digest {two}"));
    s.run("check-push 999999999999.dkr.ecr.us-east-1.amazonaws.com/app:v1");
    s.run_with(
        &format!("check-push app:v1 --digest {two}"),
        &[("GITHUB_ACTIONS", "true")],
    );
    s.run(&format!(
        "check-push app:v1 --digest {two} --format gitlab --dotenv {{dir}}/out.env -q"
    ));
    s.formats("audit");
    s.formats("audit app --only mutable-* --fail-on high");
    s.run("audit --only mutable-tag");
    s.run("audit --controls securityhub");
    s.run("audit --matrix csv");
    s.run("audit --matrix json --only ECR.1");
    s.run("audit --fix-script");
    s.formats("registry show");
    s.run("template create Team_A --applied-for create-on-push");
    s.run("template create team-a --applied-for create-on-push --scan-on-push");
    s.run("template show root");
    s.run("registry show --policy");
    // Several accounts: one reached through a role (the emulator's STS acts in the role's
    // account), one whose role cannot be assumed (STS unreachable), and the usage errors.
    let config = s.dir.path().join("config");
    std::fs::write(
        &config,
        "[profile other]\nrole_arn = arn:aws:iam::111122223333:role/Setup\ncredential_source = Environment\nregion = us-east-1\n",
    )
    .unwrap();
    s.run_with(
        "--profile other repo create other-app --immutable",
        &[("AWS_CONFIG_FILE", config.to_str().unwrap())],
    );
    s.formats("audit --accounts 123456789012,111122223333 --role Audit");
    s.run("audit --accounts 111122223333,123456789012 --role Audit --fix-script");
    s.run_with(
        "audit --accounts 123456789012,444455556666 --role Audit --only unreadable",
        &[("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9")],
    );
    s.run("audit --accounts 123456789012,111122223333");
    s.run("audit --accounts 12345678901x --role Audit");
    s.run("audit --role Audit");
    s.formats("version");
    failures.extend(s.check("check-push-and-audit"));

    assert!(
        failures.is_empty(),
        "command output changed (review, then UPDATE_SNAPSHOTS=1 cargo test snapshots):\n{}",
        failures.join("\n")
    );
}
