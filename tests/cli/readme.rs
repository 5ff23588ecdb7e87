//! The README's "In CI" recipes, run as written: each GitHub Actions `run:` step and each GitLab
//! job's `script:` under `bash -eo pipefail`, standard input closed, against an emulator of their
//! own, with a stand-in `docker` on PATH that records what it is asked.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::harness::*;

const HOST: &str = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

/// The code blocks of the README's "In CI" section: (language, text).
fn ci_blocks() -> Vec<(String, String)> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("\n## In CI\n")
        .expect("README has an In CI section");
    let rest = &readme[start + 1..];
    let end = rest[3..].find("\n## ").map(|i| i + 3).unwrap_or(rest.len());
    let section = &rest[..end];
    let mut blocks = Vec::new();
    let mut lines = section.lines();
    while let Some(line) = lines.next() {
        if let Some(lang) = line.strip_prefix("```") {
            if lang.is_empty() {
                continue;
            }
            let body: Vec<&str> = lines
                .by_ref()
                .take_while(|l| !l.starts_with("```"))
                .collect();
            blocks.push((lang.to_string(), body.join("\n") + "\n"));
        }
    }
    blocks
}

/// One step of a workflow: its `id`, `if` and script.
#[derive(Debug, Default)]
struct Step {
    id: Option<String>,
    condition: Option<String>,
    script: String,
}

/// The steps of a GitHub Actions block (a list of `- name:` items).
fn github_steps(yaml: &str) -> Vec<Step> {
    let mut steps: Vec<Step> = Vec::new();
    let mut lines = yaml.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("- ") {
            steps.push(Step::default());
        }
        let item = trimmed.trim_start_matches("- ");
        let Some(step) = steps.last_mut() else {
            continue;
        };
        if let Some(id) = item.strip_prefix("id: ") {
            step.id = Some(id.trim().to_string());
        } else if let Some(cond) = item.strip_prefix("if: ") {
            step.condition = Some(cond.trim().to_string());
        } else if let Some(run) = item.strip_prefix("run: ") {
            if run.trim() == "|" {
                let indent = lines
                    .peek()
                    .map(|l| l.len() - l.trim_start().len())
                    .unwrap_or(0);
                while let Some(next) = lines.peek() {
                    if next.len() - next.trim_start().len() < indent || next.trim().is_empty() {
                        break;
                    }
                    step.script.push_str(&next[indent..]);
                    step.script.push('\n');
                    lines.next();
                }
            } else {
                step.script = format!("{}\n", run.trim());
            }
        }
    }
    steps
}

/// The jobs of a GitLab CI block: name → its script lines joined (one shell, as GitLab runs it).
fn gitlab_jobs(yaml: &str) -> Vec<(String, String)> {
    let mut jobs: Vec<(String, String)> = Vec::new();
    let mut in_script = false;
    for line in yaml.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            jobs.push((line.trim_end_matches(':').to_string(), String::new()));
            in_script = false;
            continue;
        }
        let t = line.trim_start();
        if t == "script:" {
            in_script = true;
        } else if in_script {
            match t.strip_prefix("- ") {
                Some(cmd) => {
                    let cmd = cmd
                        .strip_prefix('\'')
                        .and_then(|c| c.strip_suffix('\''))
                        .unwrap_or(cmd);
                    let job = jobs.last_mut().unwrap();
                    job.1.push_str(cmd);
                    job.1.push('\n');
                }
                None => in_script = false,
            }
        }
    }
    jobs
}

struct Sandbox {
    dir: tempfile::TempDir,
    moto: Moto,
    env: HashMap<String, String>,
}

impl Sandbox {
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        std::fs::create_dir(&bin).unwrap();
        let ecrctl = assert_cmd::cargo::cargo_bin("ecrctl");
        std::os::unix::fs::symlink(&ecrctl, bin.join("ecrctl")).unwrap();
        // The stand-in docker: buildx writes a metadata file, inspect answers, push is logged.
        write_script(
            &bin.join("docker"),
            r#"echo "$@" >> "$DOCKER_LOG"
case "$1" in
  buildx)
    while [ $# -gt 0 ]; do
      if [ "$1" = --metadata-file ]; then
        printf '{"containerimage.digest":"%s","containerimage.config.digest":"%s"}\n' "$LOCAL_DIGEST" "$LOCAL_CONFIG" > "$2"
      fi
      shift
    done ;;
  image)
    printf '[{"Id":"%s","RepoDigests":["%s@%s"]}]\n' "$LOCAL_CONFIG" "${IMAGE%:*}" "$LOCAL_DIGEST" ;;
esac"#,
        );
        let moto = start_moto();
        let mut env: HashMap<String, String> = DUMMY_AWS_ENV
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        env.insert("PATH".into(), path_with(&bin));
        env.insert("AWS_ENDPOINT_URL".into(), moto.endpoint.clone());
        env.insert(
            "DOCKER_LOG".into(),
            dir.path().join("docker.log").display().to_string(),
        );
        env.insert(
            "GITHUB_OUTPUT".into(),
            dir.path().join("github_output").display().to_string(),
        );
        env.insert(
            "GITHUB_STEP_SUMMARY".into(),
            dir.path().join("summary.md").display().to_string(),
        );
        Sandbox { dir, moto, env }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Run a script under `bash -euo pipefail` with stdin closed: (exit code, stdout, stderr).
    fn bash(&self, script: &str, extra: &[(&str, &str)]) -> (i32, String, String) {
        let out = Command::new("bash")
            .args(["-euo", "pipefail", "-c", script])
            .current_dir(self.dir.path())
            .env_clear()
            .envs(&self.env)
            .envs(extra.iter().copied())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    fn ecrctl(&self, args: &[&str]) {
        let (code, _, err) = self.bash(&format!("ecrctl {}", args.join(" ")), &[]);
        assert_eq!(code, 0, "setup `ecrctl {}`: {err}", args.join(" "));
    }

    fn put(&self, repo: &str, tag: &str, seed: u32) -> String {
        put_at(&self.moto.endpoint, repo, Some(tag), seed).unwrap()
    }

    fn docker_log(&self) -> String {
        std::fs::read_to_string(self.path("docker.log")).unwrap_or_default()
    }

    fn github_output(&self) -> String {
        std::fs::read_to_string(self.path("github_output")).unwrap_or_default()
    }
}

/// Run a GitHub workflow block: steps in order, each `if:` on a step output evaluated from
/// $GITHUB_OUTPUT; returns the scripts that ran.
fn run_github(sandbox: &Sandbox, yaml: &str, extra: &[(&str, &str)]) -> Vec<String> {
    let mut ran = Vec::new();
    for step in github_steps(yaml) {
        if let Some(cond) = &step.condition {
            // steps.ID.outputs.KEY == 'VALUE'
            let (lhs, rhs) = cond.split_once(" == ").expect("a simple condition");
            let key = lhs.rsplit('.').next().unwrap();
            let want = rhs.trim_matches('\'');
            if !sandbox
                .github_output()
                .lines()
                .any(|l| l == format!("{key}={want}"))
            {
                continue;
            }
        }
        let (code, _, err) = sandbox.bash(&step.script, extra);
        assert_eq!(code, 0, "step failed: {}\n{err}", step.script);
        ran.push(step.script);
    }
    ran
}

#[test]
fn every_ci_recipe_in_the_readme_works_under_bash_e_pipefail() {
    let blocks = ci_blocks();
    assert_eq!(blocks.len(), 7, "README In CI blocks: {blocks:#?}");
    let sandbox = Sandbox::new();
    sandbox.ecrctl(&["repo", "create", "myapp"]);
    sandbox.ecrctl(&["repo", "create", "frozen", "--immutable"]);
    let pushed = sandbox.put("frozen", "v1.0", 1);
    let (_, local_digest) = manifest(2);
    let local_config = format!("sha256:{:064x}", 3u128);
    let image = format!("{HOST}/myapp:v1.0");
    let frozen = format!("{HOST}/frozen:v1.0");
    let gh = [
        ("GITHUB_ACTIONS", "true"),
        ("IMAGE", image.as_str()),
        ("LOCAL_DIGEST", local_digest.as_str()),
        ("LOCAL_CONFIG", local_config.as_str()),
    ];

    // 1. GitHub Actions: build, check, push only when needed.
    let (lang, yaml) = &blocks[0];
    assert_eq!(lang, "yaml");
    let ran = run_github(&sandbox, yaml, &gh);
    assert_eq!(ran.len(), 3, "the push step runs for a new tag: {ran:?}");
    assert!(sandbox.github_output().contains("push-needed=true"));
    assert!(sandbox.docker_log().contains(&format!("push {image}")));
    // The same workflow for a tag that already holds the image skips the push.
    sandbox.put("myapp", "v1.0", 2);
    std::fs::remove_file(sandbox.path("github_output")).unwrap();
    let ran = run_github(&sandbox, yaml, &gh);
    assert_eq!(ran.len(), 2, "no push for an unchanged tag: {ran:?}");
    assert!(sandbox.github_output().contains("verdict=unchanged"));

    // 2. GitLab: the dotenv report, and the audit job's Code Quality report.
    let (lang, yaml) = &blocks[1];
    assert_eq!(lang, "yaml");
    let jobs = gitlab_jobs(yaml);
    assert_eq!(jobs.len(), 2, "{jobs:?}");
    let gl_image = format!("{HOST}/myapp:v2.0");
    let gl = [
        ("GITLAB_CI", "true"),
        ("IMAGE", gl_image.as_str()),
        ("LOCAL_DIGEST", local_digest.as_str()),
        ("LOCAL_CONFIG", local_config.as_str()),
    ];
    let (code, _, err) = sandbox.bash(&jobs[0].1, &gl);
    assert_eq!(code, 0, "{err}");
    assert!(std::fs::read_to_string(sandbox.path("check.env"))
        .unwrap()
        .contains("ECRCTL_PUSH_NEEDED=true"));
    assert!(sandbox.docker_log().contains(&format!("push {gl_image}")));
    // The audit job fails the pipeline on high findings (myapp is mutable) and still writes
    // its report.
    let (code, _, _) = sandbox.bash(&jobs[1].1, &gl);
    assert_eq!(code, 16);
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(sandbox.path("gl-code-quality.json")).unwrap(),
    )
    .unwrap();
    assert!(!report.as_array().unwrap().is_empty());

    // 3. Plain shell: each exit status reaches its branch under set -e.
    let (lang, script) = &blocks[2];
    assert_eq!(lang, "sh");
    let new_image = format!("{HOST}/myapp:v3.0");
    let (code, _, err) = sandbox.bash(script, &[("IMAGE", &new_image), ("DIGEST", &local_digest)]);
    assert_eq!(code, 0, "{err}");
    assert!(sandbox.docker_log().contains(&format!("push {new_image}")));
    let (code, _, err) = sandbox.bash(script, &[("IMAGE", &frozen), ("DIGEST", &local_digest)]);
    assert_eq!(code, 1, "the 10) branch runs: {err}");
    assert!(err.contains("bump the version"), "{err}");
    let (code, _, _) = sandbox.bash(script, &[("IMAGE", &frozen), ("DIGEST", &pushed)]);
    assert_eq!(code, 0, "unchanged: no push, success");
    let (code, _, _) = sandbox.bash(
        script,
        &[
            ("IMAGE", &format!("{HOST}/nothere:v1")),
            ("DIGEST", &local_digest),
        ],
    );
    assert_eq!(code, 11, "other statuses pass through");

    // 4. Ensuring the repository exists writes its URI to the step output; a failure fails.
    let (lang, yaml) = &blocks[3];
    assert_eq!(lang, "yaml");
    std::fs::remove_file(sandbox.path("github_output")).ok();
    run_github(&sandbox, yaml, &[("IMAGE_REPO", "team-a/api")]);
    assert_eq!(sandbox.github_output(), format!("uri={HOST}/team-a/api\n"));
    run_github(&sandbox, yaml, &[("IMAGE_REPO", "team-a/api")]);
    let steps = github_steps(yaml);
    let (code, _, _) = sandbox.bash(&steps[0].script, &[("IMAGE_REPO", "Bad Name")]);
    assert_eq!(code, 2, "a failure fails the step");

    // 5. The mutable-tags report, whatever the last repository's mode.
    let (lang, script) = &blocks[4];
    assert_eq!(lang, "sh");
    sandbox.ecrctl(&["repo", "create", "team-a/web"]);
    sandbox.ecrctl(&["repo", "create", "team-a/zz-last", "--immutable"]);
    let (code, out, err) = sandbox.bash(script, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "warning: team-a/web has mutable tags (MUTABLE)\n");
    // Mostly mutable is flagged too.
    sandbox.ecrctl(&["repo", "mutable", "team-a/zz-last", "--except", "release-"]);
    let (code, out, err) = sandbox.bash(script, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "warning: team-a/web has mutable tags (MUTABLE)\nwarning: team-a/zz-last has mutable tags (MUTABLE_WITH_EXCLUSION)\n"
    );
    // A mistyped pattern fails the job instead of an all clear.
    let typo = script.replace("'team-a/*'", "'tema-a/*'");
    assert_ne!(&typo, script);
    let (code, out, err) = sandbox.bash(&typo, &[]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("no repository matches tema-a/*"), "{err}");

    // 6. The deploy gate: a tag that is there deploys its digest, a missing tag stops, and a
    // mistyped repository fails with ecrctl's exit code, never deploying `null`.
    let (lang, script) = &blocks[5];
    assert_eq!(lang, "sh");
    let gate = |repo: &str, tag: &str| sandbox.bash(script, &[("REPO", repo), ("TAG", tag)]);
    let (code, out, err) = gate("frozen", "v1.0");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, format!("deploying frozen@{pushed}\n"));
    let (code, out, err) = gate("frozen", "v9");
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(err.contains("no image tagged v9 in frozen"), "{err}");
    let (code, out, err) = gate("frozne", "v1.0");
    assert_eq!((code, out.as_str()), (3, ""), "{err}");
    assert!(
        err.contains("cannot read frozne: listing images of frozne:")
            || err.contains("cannot read frozne: "),
        "{err}"
    );
    assert!(!err.contains("null"), "{err}");
    // The mistyped image in the GitHub workflow fails the check step: nothing is pushed.
    let typo = format!("{HOST}/myap:v7.0");
    let before = sandbox.docker_log();
    let (lang, yaml) = &blocks[0];
    assert_eq!(lang, "yaml");
    let steps = github_steps(yaml);
    let (code, _, _) = sandbox.bash(
        &steps[1].script,
        &[("IMAGE", &typo), ("GITHUB_ACTIONS", "true")],
    );
    assert_ne!(
        code, 0,
        "check-push of a mistyped repository fails the step"
    );
    assert_eq!(sandbox.docker_log(), before, "nothing pushed");

    // 7. The drift check: applies what differs, then finds nothing to do; a mistyped
    // repository fails with its own status instead of taking either branch.
    let (lang, script) = &blocks[6];
    assert_eq!(lang, "sh");
    let (code, out, err) = sandbox.bash(script, &[("REPO", "team-a/web")]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("IMMUTABLE_WITH_EXCLUSION\tlatest\tchanged"),
        "{out}"
    );
    let (code, out, err) = sandbox.bash(script, &[("REPO", "team-a/web")]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "team-a/web: tags already immutable except latest\n");
    let (code, out, _) = sandbox.bash(script, &[("REPO", "team-a/wbe")]);
    assert_eq!(code, 3, "a mistyped repository is not 'as required': {out}");
    assert!(out.is_empty(), "{out}");
}

#[test]
fn the_parsers_find_what_the_readme_holds() {
    let blocks = ci_blocks();
    let steps = github_steps(&blocks[0].1);
    assert_eq!(steps[1].id.as_deref(), Some("check"));
    assert_eq!(
        steps[2].condition.as_deref(),
        Some("steps.check.outputs.push-needed == 'true'")
    );
    let jobs = gitlab_jobs(&blocks[1].1);
    assert_eq!(jobs[0].0, "push");
    assert!(jobs[0].1.lines().count() >= 3);
}
