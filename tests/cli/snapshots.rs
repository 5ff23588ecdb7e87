//! Whole-output snapshots (stdout, stderr, exit code) of every command in every format, one test
//! per command. Each test runs against an emulator of its own, so repository names and contents
//! are fixed (no unique suffix to widen a table) and the tests still run in parallel; commands
//! that make no AWS call run with no emulator. Times, ages, durations, paths, the endpoint and
//! the commit are normalised. A change in any output fails with a diff against
//! `tests/snapshots/commands/COMMAND.txt`; `SNAPSHOTS=overwrite cargo test --test cli snapshots`
//! rewrites them (never under CI): review the diff before committing.

use std::collections::HashMap;
use std::process::{Command, Output, Stdio};

use crate::harness::*;

const FORMATS: [&str; 3] = ["table", "text", "json"];

struct Session {
    // Kept for its lifetime: the emulator exits when it is dropped.
    _moto: Option<Moto>,
    endpoint: String,
    dir: tempfile::TempDir,
    log: String,
}

impl Session {
    /// With an emulator of its own.
    fn new() -> Session {
        let moto = start_moto();
        Session {
            endpoint: moto.endpoint.clone(),
            _moto: Some(moto),
            dir: tempfile::tempdir().unwrap(),
            log: String::new(),
        }
    }

    /// With no emulator: for commands that make no AWS call (one that did would fail and show).
    fn offline() -> Session {
        Session {
            _moto: None,
            endpoint: DEAD_ENDPOINT.to_string(),
            dir: tempfile::tempdir().unwrap(),
            log: String::new(),
        }
    }

    fn env(&self) -> HashMap<&'static str, String> {
        let mut env: HashMap<&'static str, String> = DUMMY_AWS_ENV
            .iter()
            .map(|&(k, v)| (k, v.to_string()))
            .collect();
        env.extend([
            ("AWS_ENDPOINT_URL", self.endpoint.clone()),
            ("COLUMNS", "100".to_string()),
            ("PATH", std::env::var("PATH").unwrap_or_default()),
        ]);
        env
    }

    /// `ecrctl ARGS` (words split on spaces; `{dir}` is the session's directory).
    fn output(&self, args: &str, extra: &[(&str, &str)]) -> Output {
        let dir = self.dir.path().display().to_string();
        let words: Vec<String> = args.split(' ').map(|w| w.replace("{dir}", &dir)).collect();
        Command::new(assert_cmd::cargo::cargo_bin("ecrctl"))
            .args(&words)
            .env_clear()
            .envs(self.env())
            .envs(extra.iter().copied())
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    /// Run `ecrctl ARGS` and record its whole output.
    fn run(&mut self, args: &str) {
        self.run_with(args, &[]);
    }

    fn run_with(&mut self, args: &str, extra: &[(&str, &str)]) {
        let out = self.output(args, extra);
        let dir = self.dir.path().display().to_string();
        let normal = |b: &[u8]| normalise(&String::from_utf8_lossy(b), &dir, &self.endpoint);
        self.log.push_str(&format!(
            "$ ecrctl {args}\n[exit {}]\n--- stdout\n{}--- stderr\n{}\n",
            out.status.code().unwrap_or(-1),
            normal(&out.stdout),
            normal(&out.stderr),
        ));
    }

    /// The same command in table, text and JSON.
    fn formats(&mut self, args: &str) {
        for f in FORMATS {
            self.run(&format!("{args} -o {f}"));
        }
    }

    /// Run `ecrctl ARGS` to set the scene, unrecorded; it must succeed.
    fn setup(&self, args: &str) {
        let out = self.output(args, &[]);
        assert!(
            out.status.success(),
            "setup `ecrctl {args}` failed: {}",
            stderr_of(&out)
        );
    }

    /// Record a file of the session's directory as it is now.
    fn show_file(&mut self, name: &str) {
        let text = std::fs::read_to_string(self.dir.path().join(name)).unwrap();
        self.log.push_str(&format!("--- file {name}\n{text}\n"));
    }

    fn write(&self, name: &str, text: &str) {
        std::fs::write(self.dir.path().join(name), text).unwrap();
    }

    fn put(&self, repo: &str, tag: Option<&str>, seed: u32) {
        put_at(&self.endpoint, repo, tag, seed).unwrap();
    }

    /// Record a file the last command wrote (a report), normalised as the output is.
    fn file(&mut self, name: &str) {
        let text = std::fs::read_to_string(self.dir.path().join(name)).unwrap_or_default();
        let dir = self.dir.path().display().to_string();
        self.log.push_str(&format!(
            "--- file {name}\n{}\n",
            normalise(&text, &dir, &self.endpoint)
        ));
    }

    /// Compare the recorded output with `tests/snapshots/commands/NAME.txt`.
    #[track_caller]
    fn check(&self, name: &str) {
        assert_snapshot(&format!("tests/snapshots/commands/{name}.txt"), &self.log);
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
    // Local date-times without a zone (GitLab's report, JUnit): 2026-11-28T05:00:07
    out = replace_matches(&out, |s| {
        let b = s.as_bytes();
        (b.len() >= 15
            && b.starts_with(b"<DATE>T")
            && b[9] == b':'
            && b[12] == b':'
            && [7, 8, 10, 11, 13, 14]
                .iter()
                .all(|&i| b[i].is_ascii_digit()))
        .then_some((15, "<TIME>"))
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

// repo

/// app-table, app-text and app-json (mutable; the second `repo create app-json` only warns),
/// and team/api (immutable except latest and dev-*), as `repo_create` makes them.
fn repo_fixture(s: &Session) {
    for f in FORMATS {
        s.setup(&format!("repo create app-{f}"));
    }
    s.setup("repo create app-json --if-not-exists --immutable --scan-on-push --tag team=a");
    s.setup(TEAM_API);
}

const TEAM_API: &str = "repo create team/api --immutable --except latest --except dev-* --scan-on-push --tag team=a --tag env=prod";

#[test]
fn repo_create() {
    let mut s = Session::new();
    for f in FORMATS {
        s.run(&format!("repo create app-{f} -o {f}"));
    }
    s.run("repo create app-json --if-not-exists --immutable --scan-on-push --tag team=a");
    s.run("repo create app-json");
    s.run(TEAM_API);
    s.run("repo create Bad_Name");
    s.check("repo-create");
}

#[test]
fn repo_show() {
    let mut s = Session::new();
    s.setup(TEAM_API);
    s.formats("repo show team/api");
    s.formats("repo show 123456789012.dkr.ecr.us-east-1.amazonaws.com/team/api");
    s.formats("repo show missing-repo");
    s.check("repo-show");
}

#[test]
fn repo_list() {
    let mut s = Session::new();
    repo_fixture(&s);
    s.formats("repo list app-*");
    s.formats("repo list nothing-*");
    s.check("repo-list");
}

#[test]
fn repo_immutable() {
    let mut s = Session::new();
    repo_fixture(&s);
    for f in FORMATS {
        s.run(&format!("repo immutable app-{f} -o {f}"));
    }
    s.formats("repo immutable app-json");
    s.check("repo-immutable");
}

/// The repositories after `repo_immutable`.
fn immutable_fixture(s: &Session) {
    repo_fixture(s);
    for f in FORMATS {
        s.setup(&format!("repo immutable app-{f}"));
    }
}

#[test]
fn repo_mutable() {
    let mut s = Session::new();
    immutable_fixture(&s);
    s.formats("repo mutable app-json --except release-*");
    s.check("repo-mutable");
}

#[test]
fn repo_update() {
    let mut s = Session::new();
    immutable_fixture(&s);
    s.setup("repo mutable app-json --except release-*");
    s.formats("repo update app-json --scan-on-push --tag owner=me");
    s.run("repo update app-json --scan-on-push --tag owner=me");
    s.run("repo update app-json --kms-key alias/other");
    s.check("repo-update");
}

#[test]
fn repo_delete() {
    let mut s = Session::new();
    immutable_fixture(&s);
    s.setup("repo mutable app-json --except release-*");
    s.setup("repo update app-json --scan-on-push --tag owner=me");
    s.put("app-text", Some("v1"), 1);
    s.formats("repo delete app-text --yes");
    s.run("repo delete app-text");
    for f in FORMATS {
        s.run(&format!("repo delete app-{f} --yes --force -o {f}"));
    }
    s.formats("repo delete app-table --yes --if-exists");
    s.check("repo-delete");
}

// images

/// Four images in app: v2 and latest on one, v1, and one untagged.
fn push_images(s: &Session) {
    // In descending digest order, so that the newest-first listing is the same whichever
    // pushes share a second (see `lifecycle_fixture`).
    s.put("app", Some("v2"), 2);
    s.put("app", Some("latest"), 2);
    s.put("app", Some("v1"), 1);
    s.put("app", None, 3);
}

#[test]
fn images_list() {
    let mut s = Session::new();
    s.run("repo create app");
    push_images(&s);
    s.formats("images list app");
    s.formats("images list app --untagged");
    s.formats("images list app --tag v* --sort tag --limit 1");
    s.check("images-list");
}

#[test]
fn images_show() {
    let mut s = Session::new();
    s.setup("repo create app");
    push_images(&s);
    s.formats("images show app v1");
    s.formats("images show 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v2");
    s.formats("images show app v9");
    s.check("images-show");
}

/// `images scan`: basic findings configured in the emulator for v1 (one critical, one low), a
/// failed scan for v2; every format, each report file, GitHub annotations and step summary, an
/// ignore file, a missing image.
#[test]
fn images_scan() {
    let mut s = Session::new();
    s.setup("repo create app");
    let v1 = put_at(&s.endpoint, "app", Some("v1"), 1).unwrap();
    let v2 = put_at(&s.endpoint, "app", Some("v2"), 2).unwrap();
    crate::scan::set_scan_result_at(
        &s.endpoint,
        "app",
        &v1,
        "COMPLETE",
        crate::scan::basic_findings(),
    );
    crate::scan::set_scan_result_at(
        &s.endpoint,
        "app",
        &v2,
        "FAILED",
        serde_json::json!({"findings": []}),
    );
    s.formats("images scan app:v1 --fail-on high");
    s.run("images scan app:v1 --fail-on high --sarif {dir}/s.sarif --gitlab-report {dir}/gl.json --junit {dir}/junit.xml");
    s.file("s.sarif");
    s.file("gl.json");
    s.file("junit.xml");
    s.write(
        "ignore",
        "# reviewed by the security team\nCVE-2024-0002 exp:2999-01-01 upstream fix pending, not reachable\n",
    );
    s.formats("images scan app:v1 --fail-on critical --ignore {dir}/ignore");
    s.write("summary.md", "");
    s.run_with(
        "images scan app:v1 --fail-on critical",
        &[
            ("GITHUB_ACTIONS", "true"),
            ("GITHUB_STEP_SUMMARY", "summary.md"),
        ],
    );
    s.file("summary.md");
    s.formats("images scan app:v2 --fail-on high");
    s.formats("images scan app:v9");
    s.run("images scan public.ecr.aws/team/app:v1");
    s.check("images-scan");
}

/// `images wait`: an image that is there, a scan that is complete (configured in the
/// emulator), a tag that never comes (a short deadline: the seconds waited are 0, whatever the
/// machine's speed), a missing repository, ECR Public.
#[test]
fn images_wait() {
    let mut s = Session::new();
    s.setup("repo create app");
    let v1 = put_at(&s.endpoint, "app", Some("v1"), 1).unwrap();
    crate::scan::set_scan_result_at(
        &s.endpoint,
        "app",
        &v1,
        "COMPLETE",
        crate::scan::basic_findings(),
    );
    s.formats("images wait app:v1");
    // The emulator answers the configured findings once a scan was started.
    s.setup("images scan app:v1");
    s.formats("images wait app:v1 --scan-complete --deadline 5");
    s.run("images wait app:never --deadline 1 -o json");
    s.formats("images wait nope:v1 --deadline 5");
    s.run("images wait public.ecr.aws/team/app:v1 --scan-complete");
    s.run("images list public.ecr.aws/team/app --referrers");
    s.check("images-wait");
}

#[test]
fn images_tag() {
    let mut s = Session::new();
    s.setup("repo create app");
    push_images(&s);
    s.formats("images tag app v1 stable --dry-run");
    s.formats("images tag app v1 stable");
    s.run("repo immutable app");
    s.formats("images tag app v2 stable v1");
    s.check("images-tag");
}

#[test]
fn images_delete() {
    let mut s = Session::new();
    s.setup("repo create app");
    push_images(&s);
    s.setup("images tag app v1 stable");
    s.setup("repo immutable app");
    s.formats("images delete app stable nope --yes");
    s.formats("images delete app latest --yes");
    s.formats("images delete app nope --yes --if-exists");
    s.check("images-delete");
}

// policy

/// The policy files: a valid pull policy and a bad one (old version, open, with a Resource).
fn policy_files(s: &Session) {
    s.write(
        "pull.json",
        r#"{"Version":"2012-10-17","Statement":[{"Sid":"Pull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}]}"#,
    );
    s.write(
        "bad.json",
        "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": [\n    {\"Sid\": \"Open\", \"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"ecr:*\", \"Resource\": \"*\"}\n  ]\n}\n",
    );
}

#[test]
fn policy_get() {
    let mut s = Session::new();
    policy_files(&s);
    s.setup("repo create app");
    s.formats("policy get app");
    s.setup("policy set app --file {dir}/pull.json");
    s.formats("policy get app");
    s.check("policy-get");
}

#[test]
fn policy_set() {
    let mut s = Session::new();
    policy_files(&s);
    s.setup("repo create app");
    s.formats("policy set app --file {dir}/pull.json --dry-run");
    s.run("policy set app --file {dir}/pull.json");
    s.formats("policy set app --file {dir}/pull.json");
    s.formats("policy set app --file {dir}/bad.json");
    s.check("policy-set");
}

#[test]
fn policy_validate() {
    let mut s = Session::offline();
    policy_files(&s);
    s.formats("policy validate {dir}/bad.json");
    s.formats("policy validate {dir}/pull.json --strict");
    s.check("policy-validate");
}

#[test]
fn policy_templates() {
    let mut s = Session::offline();
    s.formats("policy templates");
    s.check("policy-templates");
}

#[test]
fn policy_template() {
    let mut s = Session::offline();
    s.formats("policy template pull-only --principal arn:aws:iam::111122223333:role/ci");
    s.check("policy-template");
}

#[test]
fn policy_delete() {
    let mut s = Session::new();
    policy_files(&s);
    s.setup("repo create app");
    s.setup("policy set app --file {dir}/pull.json");
    s.formats("policy delete app --yes");
    s.formats("policy delete app --yes --if-exists");
    s.run("policy delete app");
    s.check("policy-delete");
}

// lifecycle and prune

/// The lifecycle files: keep two dev images, a bad policy, and images to preview offline.
fn lifecycle_files(s: &Session) {
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
}

/// app with one untagged image and four tagged (dev-1 to dev-3, v1); with `policy`, the
/// keep-two-dev-images lifecycle policy set.
fn lifecycle_fixture(s: &Session, policy: bool) {
    lifecycle_files(s);
    s.setup("repo create app");
    // Pushed in descending digest order: images pushed in the same second are ordered by
    // digest (the smaller counted newer), so the order is the same whichever pushes share a
    // second, and the snapshot does not depend on the clock.
    s.put("app", None, 5);
    for (seed, tag) in [(2, "dev-2"), (4, "v1"), (1, "dev-1"), (3, "dev-3")] {
        s.put("app", Some(tag), seed);
    }
    if policy {
        s.setup("lifecycle set app --file {dir}/keep.json --yes");
    }
}

#[test]
fn lifecycle_get() {
    let mut s = Session::new();
    lifecycle_fixture(&s, false);
    s.run("lifecycle get app");
    s.setup("lifecycle set app --file {dir}/keep.json --yes");
    s.formats("lifecycle get app");
    s.check("lifecycle-get");
}

#[test]
fn lifecycle_validate() {
    let mut s = Session::offline();
    lifecycle_files(&s);
    s.formats("lifecycle validate {dir}/bad.json");
    s.formats("lifecycle validate {dir}/keep.json --strict");
    s.check("lifecycle-validate");
}

#[test]
fn lifecycle_templates() {
    let mut s = Session::offline();
    s.formats("lifecycle templates");
    s.check("lifecycle-templates");
}

#[test]
fn lifecycle_template() {
    let mut s = Session::offline();
    s.formats("lifecycle template keep-last --count 2 --pattern dev-*");
    s.check("lifecycle-template");
}

#[test]
fn lifecycle_set() {
    let mut s = Session::new();
    lifecycle_fixture(&s, false);
    s.formats("lifecycle set app --file {dir}/keep.json --dry-run");
    s.run("lifecycle set app --file {dir}/keep.json");
    s.run("lifecycle set app --file {dir}/bad.json --yes");
    s.run("lifecycle set app --file {dir}/keep.json --yes");
    s.formats("lifecycle set app --file {dir}/keep.json");
    s.check("lifecycle-set");
}

#[test]
fn lifecycle_preview() {
    let mut s = Session::new();
    lifecycle_fixture(&s, true);
    s.formats("lifecycle preview app");
    s.check("lifecycle-preview");
}

#[test]
fn lifecycle_preview_offline() {
    let mut s = Session::offline();
    lifecycle_files(&s);
    s.formats("lifecycle preview --images {dir}/images.json --file {dir}/keep.json --now 2026-02-01T00:00:00Z");
    s.check("lifecycle-preview-images");
}

#[test]
fn images_prune() {
    let mut s = Session::new();
    lifecycle_fixture(&s, true);
    s.formats("images prune app --untagged");
    s.run("images prune app --untagged --min-age 0");
    s.run("images prune app --tag dev-* --keep-last 1 --print-policy");
    s.run("images prune app --older-than 36h");
    s.formats("images prune app --untagged --min-age 0 --yes");
    s.check("images-prune");
}

#[test]
fn lifecycle_delete() {
    let mut s = Session::new();
    lifecycle_fixture(&s, true);
    s.setup("images prune app --untagged --min-age 0 --yes");
    s.run("lifecycle delete app");
    s.formats("lifecycle delete app --yes");
    s.run("lifecycle delete app --yes");
    s.check("lifecycle-delete");
}

#[test]
fn audit_lifecycle() {
    let mut s = Session::new();
    lifecycle_fixture(&s, true);
    s.setup("images prune app --untagged --min-age 0 --yes");
    s.setup("lifecycle delete app --yes");
    s.run("audit app --only lifecycle-* --only no-lifecycle-policy");
    s.check("audit-lifecycle");
}

// login and the credential helper (no docker on this PATH: nothing is logged in)

#[test]
fn login() {
    let mut s = Session::new();
    s.formats("login --print-password");
    s.run("login docker.io");
    s.run_with("login", &[("PATH", "/nonexistent")]);
    s.check("login");
}

#[test]
fn credential_helper() {
    let mut s = Session::new();
    s.run("credential-helper get");
    s.run("credential-helper store");
    s.run("credential-helper list");
    s.check("credential-helper");
}

// check-push, audit, registry

const HOST: &str = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

/// app (immutable except dev-*) holding v1, and web (mutable) holding latest, both image 1;
/// with `dev7`, also app:dev-7 on image 1.
fn push_fixture(s: &mut Session, record: bool, dev7: bool) {
    for create in [
        "repo create app --immutable --except dev-*",
        "repo create web",
    ] {
        if record {
            s.run(create);
        } else {
            s.setup(create);
        }
    }
    s.put("app", Some("v1"), 1);
    s.put("web", Some("latest"), 1);
    if dev7 {
        s.put("app", Some("dev-7"), 1);
    }
}

#[test]
fn check_push() {
    let mut s = Session::new();
    push_fixture(&mut s, true, false);
    let (_, one) = manifest(1);
    let (_, two) = manifest(2);
    s.formats(&format!("check-push {HOST}/app:v1 --digest {one}"));
    s.formats(&format!(
        "check-push {HOST}/app:v1 {HOST}/app:v2 {HOST}/app:dev-1 --digest {two}"
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
    s.check("check-push");
}

#[test]
fn audit() {
    let mut s = Session::new();
    push_fixture(&mut s, false, true);
    s.formats("audit");
    s.formats("audit app --only mutable-* --fail-on high");
    s.run("audit --only mutable-tag");
    s.run("audit --controls securityhub");
    s.run("audit --matrix csv");
    s.run("audit --matrix json --only ECR.1");
    s.run("audit --fix-script");
    s.check("audit");
}

#[test]
fn registry_show() {
    let mut s = Session::new();
    push_fixture(&mut s, false, true);
    s.formats("registry show");
    s.run("registry show --policy");
    s.check("registry-show");
}

#[test]
fn registry_scanning() {
    let mut s = Session::new();
    for r in ["prod-api", "team-a/web", "team-a/prod-db", "tools"] {
        s.setup(&format!("repo create {r}"));
    }
    s.formats("registry scanning get");
    let set = "registry scanning set --type enhanced --scan-on-push prod-* --scan-on-push prd --continuous team-a/*";
    s.formats(&format!("{set} --dry-run"));
    s.run(&format!("{set} --dry-run --exit-code -o text"));
    s.run(set);
    s.formats(&format!("{set} --yes"));
    s.formats("registry scanning get");
    s.run("registry scanning set --type basic --continuous *");
    s.run("registry scanning set --scan-on-push Prod");
    s.check("registry-scanning");
}

#[test]
fn registry_replication() {
    let mut s = Session::new();
    for r in ["team-a/api", "tools"] {
        s.setup(&format!("repo create {r}"));
    }
    s.formats("registry replication get");
    let set = "registry replication set --destination eu-west-1 --destination us-west-2:444455556666 --filter team-a/";
    s.formats(&format!("{set} --dry-run"));
    s.run_with(
        &format!("{set} --check-role Reader --yes"),
        &[("AWS_ENDPOINT_URL_STS", &s.endpoint.clone())],
    );
    s.formats("registry replication set --destination eu-west-1 --yes");
    s.formats("registry replication get");
    s.run("registry replication set --destination eu-wst-1");
    s.run("registry replication set --destination us-east-1");
    s.formats("registry replication set --off --yes");
    s.run("registry replication backfill --yes");
    s.check("registry-replication");
}

#[test]
fn registry_policy() {
    let mut s = Session::new();
    s.write(
        "p.json",
        r#"{"Version":"2012-10-17","Statement":[{"Sid":"Replicate","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":["ecr:CreateRepository","ecr:ReplicateImage"],"Resource":"arn:aws:ecr:us-east-1:123456789012:repository/*"}]}"#,
    );
    s.write(
        "open.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:*","Resource":"*"}]}"#,
    );
    s.run("registry policy get");
    s.formats("registry policy validate p.json");
    s.formats("registry policy validate open.json");
    s.formats("registry policy set --file p.json --dry-run");
    s.run("registry policy set --file open.json --yes");
    s.formats("registry policy set --file p.json --yes");
    s.formats("registry policy get");
    s.run("registry policy delete");
    s.formats("registry policy delete --yes");
    s.run("registry policy delete --yes --if-exists");
    s.check("registry-policy");
}

#[test]
fn template_create() {
    let mut s = Session::new();
    s.run("template create Team_A --applied-for create-on-push");
    s.run("template create team-a --applied-for create-on-push --scan-on-push");
    s.run("template show root");
    s.check("template-create");
}

/// Several accounts: one reached through a role (the emulator's STS acts in the role's
/// account), one whose role cannot be assumed (STS unreachable), and the usage errors.
#[test]
fn audit_accounts() {
    let mut s = Session::new();
    push_fixture(&mut s, false, true);
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
        &[("AWS_ENDPOINT_URL_STS", DEAD_ENDPOINT)],
    );
    s.run("audit --accounts 123456789012,111122223333");
    s.run("audit --accounts 12345678901x --role Audit");
    s.run("audit --role Audit");
    s.check("audit-accounts");
}

#[test]
fn version() {
    let mut s = Session::offline();
    s.formats("version");
    s.check("version");
}

/// Repositories of two teams and a tool, with images, for selections and saved plans.
fn fleet_fixture(s: &Session) {
    for name in ["team-a/api", "team-a/web", "team-b/api", "tools"] {
        s.setup(&format!("repo create {name}"));
    }
    for (repo, tag, seed) in [
        ("team-a/api", Some("v1"), 11),
        ("team-a/api", None, 12),
        ("team-a/web", Some("v1"), 21),
        ("team-b/api", None, 31),
    ] {
        s.put(repo, tag, seed);
    }
    s.write(
        "list.txt",
        "# the API repositories\nteam-a/api\nteam-b/api   # the other team\n\nteam-a/api\n",
    );
}

#[test]
fn selections() {
    let mut s = Session::new();
    fleet_fixture(&s);
    s.formats("repo immutable --repos team-a/* --except latest --dry-run");
    s.run("repo immutable team-a/api team-b/api --except latest");
    s.run("repo immutable --repos team-c/* --repos team-a/w*");
    s.run("repo immutable --repos team-c/*");
    s.run("repo immutable --repos-file {dir}/list.txt --yes");
    s.run("repo immutable team-a/api gone --yes");
    s.run("repo immutable 123456789012.dkr.ecr.us-east-1.amazonaws.com/team-a/web 123456789012.dkr.ecr.eu-west-1.amazonaws.com/tools");
    s.run("repo update --repos * --tag owner=platform --yes");
    s.formats("policy set --repos team-a/* --template pull-only --principal arn:aws:iam::111122223333:role/ci --dry-run");
    s.run("lifecycle set --repos team-* --template expire-untagged --days 1 --dry-run --exit-code");
    s.formats("images prune --repos team-* --untagged --min-age 0");
    s.run("images prune --repos team-* --untagged --min-age 0 --yes");
    s.check("selections");
}

#[test]
fn saved_plans() {
    let mut s = Session::new();
    fleet_fixture(&s);
    s.run("images prune --repos team-* --untagged --min-age 0 --plan-out {dir}/prune.json");
    s.show_file("prune.json");
    s.run("images prune --plan {dir}/prune.json");
    s.put("team-a/api", None, 13);
    s.formats("images prune --plan {dir}/prune.json --yes");
    s.run("images prune --repos team-* --untagged --min-age 0 --plan-out {dir}/prune.json");
    s.formats("images prune --plan {dir}/prune.json --yes");
    s.run("repo immutable --plan {dir}/prune.json --yes");
    s.run("images prune --plan {dir}/prune.json --yes --region eu-west-1");
    s.run("images prune --plan {dir}/prune.json --yes --registry-id 210987654321");
    s.run("policy set --repos team-a/* --template pull-only --principal arn:aws:iam::111122223333:role/ci --plan-out {dir}/policy.json");
    s.show_file("policy.json");
    s.setup(
        "policy set team-a/web --template pull-only --principal arn:aws:iam::444455556666:role/ci",
    );
    s.run("policy set --plan {dir}/policy.json --yes");
    s.write(
        "broken.json",
        "{\"format_version\": 1, \"command\": \"policy set\"",
    );
    s.run("policy set --plan {dir}/broken.json --yes");
    s.write(
        "future.json",
        &std::fs::read_to_string(s.dir.path().join("policy.json"))
            .unwrap()
            .replace("\"format_version\": 1", "\"format_version\": 2"),
    );
    s.run("policy set --plan {dir}/future.json --yes");
    s.run("policy set --plan {dir}/policy.json --file x.json --yes");
    s.run("repo mutable --repos team-a/* --plan-out {dir}/m.json");
    s.formats("repo mutable --plan {dir}/m.json --yes");
    s.check("saved-plans");
}
