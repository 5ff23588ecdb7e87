//! `ecrctl check-push`: say what pushing each reference will do, before it is pushed. The
//! reads are the registry layer's (`registry::push_state`); the verdict is `verdict::decide`;
//! this file groups the references, words each verdict and builds the report.

use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Result;
use serde_json::{json, Value};

use super::Context;
use crate::cli::{AnnotationFormat, CheckPushArgs, FailOn};
use crate::error::{AppError, Exit};
use crate::local_image::{self, DockerImage};
use crate::output::{age, CiFile, CiTarget, Human, Report};
use crate::reference::{parse_image_ref, validate_digest, ImageRef, Target};
use crate::registry::push_state::{self, RepoState};
use crate::ui::debug;
use crate::verdict::{decide, Local, Remote, RemoteImage, Verdict};

/// The exit code a verdict asks for, if any, under `--fail-on`.
fn failing_exit(verdict: Verdict, fail_on: FailOn) -> Option<Exit> {
    if fail_on == FailOn::Never {
        return None;
    }
    match verdict {
        Verdict::Conflict => Some(Exit::PushConflict),
        Verdict::RepositoryMissing => Some(Exit::PushRepositoryMissing),
        Verdict::Unknown => Some(Exit::PushUnknown),
        Verdict::Overwrite if fail_on == FailOn::Overwrite => Some(Exit::PushOverwrite),
        _ => None,
    }
}

/// Most severe first: the exit code of a run is that of its most severe failing verdict.
fn severity(verdict: Verdict) -> u8 {
    match verdict {
        Verdict::Conflict => 6,
        Verdict::RepositoryMissing => 5,
        Verdict::Unknown => 4,
        Verdict::Overwrite => 3,
        Verdict::New => 2,
        Verdict::Unchanged => 1,
        Verdict::Skipped => 0,
    }
}

/// One checked reference.
struct Checked {
    image: ImageRef,
    local: Local,
    verdict: Verdict,
    immutable: Option<bool>,
    matched_filter: Option<String>,
    remote: Option<RemoteImage>,
    old_untagged: Option<bool>,
    registry: String,
    repo_mode: Option<String>,
    template: Option<String>,
    /// Unchanged by config digest under another manifest digest.
    same_content: bool,
    message: String,
}

pub async fn check_push(ctx: &Context, args: &CheckPushArgs) -> Result<Report> {
    let images = args
        .references
        .iter()
        .map(|r| parse_image_ref(r).map_err(AppError::usage))
        .collect::<Result<Vec<_>, _>>()?;
    let docker = match &args.local.docker {
        Some(image) => Some(docker_inspect(image, ctx.timeout).await?),
        None => None,
    };
    let locals = local_images(args, &images, docker)?;

    // Group the tags by repository: one settings call and one image lookup each.
    let mut groups: Vec<(ImageRef, Vec<String>)> = Vec::new();
    for image in images
        .iter()
        .filter(|i| i.tag.is_some() || i.digest.is_none())
    {
        let tag = image.tag_or_latest().to_string();
        match groups.iter_mut().find(|(g, _)| same_repository(g, image)) {
            Some((_, tags)) => {
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            None => groups.push((image.clone(), vec![tag])),
        }
    }
    let region_warnings = region_conflicts(ctx.region_flag.as_deref(), &images);
    let states = push_state::read(&ctx.clients, &groups).await?;
    let by_repo: Vec<(ImageRef, RepoState)> =
        groups.into_iter().map(|(g, _)| g).zip(states).collect();

    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let checked: Vec<Checked> = images
        .into_iter()
        .zip(locals)
        .map(|(image, local)| {
            let state = by_repo
                .iter()
                .find(|(g, _)| same_repository(g, &image))
                .map(|(_, s)| s);
            judge(image, local, state, now)
        })
        .collect();
    report(&checked, args, region_warnings, ctx.runner)
}

/// Same registry and repository.
fn same_repository(a: &ImageRef, b: &ImageRef) -> bool {
    a.target == b.target && a.repository == b.repository
}

/// A reference's host names its region; a different --region is reported, and the host wins.
fn region_conflicts(flag: Option<&str>, images: &[ImageRef]) -> Vec<String> {
    let Some(flag) = flag else {
        return Vec::new();
    };
    images
        .iter()
        .filter_map(|image| match &image.target {
            Target::Private {
                region: Some(region),
                ..
            } if region != flag => Some(format!(
                "warning: {} is in {region}, not in --region {flag}: checking it in {region}",
                image.original
            )),
            _ => None,
        })
        .collect()
}

/// The local image for each reference, from at most one source.
fn local_images(
    args: &CheckPushArgs,
    images: &[ImageRef],
    docker: Option<DockerImage>,
) -> Result<Vec<Local>> {
    let src = &args.local;
    let usage = |e: String| anyhow::Error::from(AppError::usage(e));
    let shared: Option<Local> = if let Some(d) = &src.digest {
        validate_digest(d).map_err(|e| usage(format!("--digest: {e}")))?;
        Some(Local {
            manifest_digest: Some(d.clone()),
            config_digest: None,
        })
    } else if let Some(f) = &src.metadata_file {
        Some(local_image::from_metadata_file(f).map_err(usage)?)
    } else {
        None
    };
    images
        .iter()
        .map(|image| {
            let from_reference = image.digest.clone().map(|d| Local {
                manifest_digest: Some(d),
                config_digest: None,
            });
            let local = if let Some(dir) = &src.oci_layout {
                Some(local_image::from_oci_layout(dir, image.tag_or_latest()).map_err(usage)?)
            } else if let Some(docker) = &docker {
                Some(docker.local_for(&push_name(image)))
            } else {
                shared.clone()
            };
            match (local, from_reference) {
                (Some(l), Some(r))
                    if l.manifest_digest.is_some() && l.manifest_digest != r.manifest_digest =>
                {
                    Err(usage(format!(
                        "{} names digest {}, but the local image is {}",
                        image.original,
                        r.manifest_digest.unwrap_or_default(),
                        l.manifest_digest.unwrap_or_default()
                    )))
                }
                (Some(l), _) => Ok(l),
                (None, Some(r)) => Ok(r),
                (None, None) => Ok(Local::default()),
            }
        })
        .collect()
}

/// `host/repository` as docker records it in RepoDigests (a bare repository for short refs).
fn push_name(image: &ImageRef) -> String {
    let reference = crate::reference::Reference::parse(&image.original).ok();
    match reference {
        Some(r)
            if r.domain.is_some()
                && !matches!(image.target, Target::Private { account: None, .. }) =>
        {
            r.name()
        }
        _ => image.repository.clone(),
    }
}

/// Ask the local docker CLI (`docker image inspect`) about an image, within `timeout`: a
/// docker CLI whose daemon hangs must not hang the pipeline.
async fn docker_inspect(image: &str, timeout: std::time::Duration) -> Result<DockerImage> {
    debug(1, format_args!("docker image inspect {image}"));
    let hint = "start docker (or fix DOCKER_HOST), or give the digest with --digest, --oci-layout or --metadata-file";
    let local_tool = |message: String, hint: &str| {
        anyhow::Error::from(AppError::new(Exit::LocalTool, message).with_hint(hint))
    };
    let out = crate::local_image::run_bounded("docker", &["image", "inspect", "--", image], timeout)
        .await
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                local_tool(
                    "docker is not on PATH: `docker image inspect` cannot run".to_string(),
                    "install the docker CLI, or give the digest with --digest, --oci-layout or --metadata-file",
                )
            } else {
                local_tool(format!("running `docker image inspect {image}`: {e}"), hint)
            }
        })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        return Err(local_tool(
            format!(
                "`docker image inspect {image}` failed ({}): {first}",
                out.status
            ),
            hint,
        ));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    DockerImage::parse(&stdout).map_err(|e| local_tool(e, hint))
}

fn short(digest: &str) -> String {
    match digest.strip_prefix("sha256:") {
        Some(hex) if hex.len() > 12 => format!("sha256:{}…", &hex[..12]),
        _ => digest.to_string(),
    }
}

/// Decide one reference and word the result.
fn judge(image: ImageRef, local: Local, state: Option<&RepoState>, now: i64) -> Checked {
    let tag = image.tag_or_latest().to_string();
    let display = format!("{}:{tag}", image.repository);
    // The registry: as the service named it, else the host the reference names.
    let named_host = match &image.target {
        Target::Private {
            account: Some(_), ..
        } => image
            .original
            .split('/')
            .next()
            .map(str::to_ascii_lowercase),
        _ => None,
    };
    let mut checked = Checked {
        registry: state
            .and_then(|s| s.registry.clone())
            .or(named_host)
            .unwrap_or_default(),
        repo_mode: state.and_then(|s| s.mode.clone()),
        image,
        local,
        verdict: Verdict::Skipped,
        immutable: None,
        matched_filter: None,
        remote: None,
        old_untagged: None,
        template: None,
        same_content: false,
        message: String::new(),
    };
    let digest_only = checked.image.tag.is_none() && checked.image.digest.is_some();
    let Some(state) = state.filter(|_| !digest_only) else {
        checked.message =
            "digest-only reference: a push by digest creates no tag; nothing to check".into();
        return checked;
    };
    let remote = state.remotes.get(&tag).cloned().unwrap_or(Remote::Absent);
    let decision = decide(&tag, state.mutability.as_ref(), &remote, &checked.local);
    checked.verdict = decision.verdict;
    checked.immutable = decision.immutable;
    checked.matched_filter = decision.matched_filter.clone();
    checked.old_untagged = decision.old_becomes_untagged;
    checked.same_content = decision.same_content;
    if let Remote::Present(img) = &remote {
        checked.remote = Some(img.clone());
    }
    // "a mutable tag", "an immutable tag (it matches exclusion filter 'dev-*')".
    let kind = match decision.immutable {
        Some(true) => "an immutable tag",
        Some(false) => "a mutable tag",
        None => "a tag of unknown mutability",
    };
    let filter_note = decision
        .matched_filter
        .as_ref()
        .map(|f| format!(" (it matches exclusion filter '{f}')"))
        .unwrap_or_default();
    let rule = format!("{kind}{filter_note}");
    // "sha256:abc… (pushed 3 days ago, archived)".
    let image_text = |img: &RemoteImage| {
        let mut facts = Vec::new();
        if let Some(t) = img.pushed_at {
            facts.push(format!("pushed {}", age(now - t)));
        }
        if img.archived {
            facts.push("archived".to_string());
        }
        let digest = if img.digest.is_empty() {
            "an image of unknown digest".to_string()
        } else {
            short(&img.digest)
        };
        if facts.is_empty() {
            digest
        } else {
            format!("{digest} ({})", facts.join(", "))
        }
    };
    let notes = if state.notes.is_empty() {
        String::new()
    } else {
        format!(" [{}]", state.notes.join("; "))
    };
    checked.message = match (&remote, decision.verdict) {
        (_, Verdict::New) => format!("{display} does not exist; the push will create it as {rule}"),
        (Remote::Present(img), Verdict::Unchanged) if decision.same_content => format!(
            "{display} already holds the same image content (config {}) under another manifest digest, {}; skip the push: {}",
            checked.local.config_digest.as_deref().map(short).unwrap_or_default(),
            image_text(img),
            if decision.immutable == Some(true) {
                "pushing the new manifest to this immutable tag would be refused"
            } else {
                "pushing would only swap in an equivalent manifest"
            }
        ),
        (Remote::Present(img), Verdict::Unchanged) => {
            let extra = if decision.immutable == Some(true) {
                "; skip the push (docker push fails on an existing immutable tag even for the same image)"
            } else {
                "; skip the push"
            };
            format!("{display} already holds the local image, {}{extra}", image_text(img))
        }
        (Remote::Present(img), Verdict::Overwrite) => {
            let others = img
                .tags
                .as_ref()
                .map(|t| t.iter().filter(|x| **x != tag).cloned().collect::<Vec<_>>());
            let fate = match (decision.old_becomes_untagged, others) {
                (Some(true), _) => "; the old image will be left untagged".to_string(),
                (_, Some(o)) if !o.is_empty() => format!("; the old image keeps tags {}", o.join(", ")),
                _ => String::new(),
            };
            let unknown_local = if checked.local.is_known() {
                ""
            } else {
                " (the local image is unknown: it may be the same one)"
            };
            format!(
                "{display} exists and is {rule}: the push will move it off {}{fate}{unknown_local}",
                image_text(img)
            )
        }
        (Remote::Present(img), Verdict::Conflict) => {
            let why = if checked.local.is_known() {
                "it holds a different image"
            } else {
                "the local image is unknown (pass --digest, --oci-layout, --metadata-file or --docker to detect an unchanged image)"
            };
            format!(
                "{display} already exists and is {rule}, holding {}; the push will be refused: {why}",
                image_text(img)
            )
        }
        (_, Verdict::RepositoryMissing) => match &state.template {
            Some(t) => {
                checked.template = Some(t.prefix.clone());
                let m = t.mutability.as_ref().map(|m| m.describe()).unwrap_or_else(|| "mutable".into());
                format!(
                    "repository {} does not exist; create-on-push template '{}' will create it with tags {m}",
                    checked.image.repository, t.prefix
                )
            }
            None => format!(
                "repository {} does not exist{}; the push will fail unless a create-on-push template creates it",
                checked.image.repository,
                if checked.registry.is_empty() {
                    String::new()
                } else {
                    format!(" in {}", checked.registry)
                }
            ),
        },
        (Remote::Unreadable(why), _) => format!("{display}: cannot tell: {why}"),
        (Remote::Present(img), Verdict::Unknown) => format!(
            "{display} exists, holding {}, but its mutability is unknown",
            image_text(img)
        ),
        _ => format!("{display}: {}", decision.verdict.as_str()),
    } + &notes;
    // A template that will create the repository makes the push succeed: the tag is new.
    if checked.template.is_some() {
        checked.verdict = Verdict::New;
        checked.immutable = state
            .template
            .as_ref()
            .and_then(|t| t.mutability.as_ref())
            .map(|m| m.for_tag(&tag).immutable);
    }
    checked
}

fn report(
    checked: &[Checked],
    args: &CheckPushArgs,
    warnings: Vec<String>,
    runner: crate::ci::Runner,
) -> Result<Report> {
    let style = annotation_style(args.format, runner);
    let items: Vec<Value> = checked.iter().map(to_json).collect();
    let rows = checked
        .iter()
        .map(|c| {
            vec![
                c.image.original.clone(),
                c.verdict.as_str().to_string(),
                c.message.clone(),
            ]
        })
        .collect();
    let mut report = Report::records(
        Value::Array(items.clone()),
        &items,
        Human::Table {
            headers: vec!["REFERENCE", "VERDICT", "DETAIL"],
            rows,
        },
        "check-push",
    );
    report.warnings = warnings;
    for c in checked {
        let failing = failing_exit(c.verdict, args.fail_on).is_some() && !args.warn_only;
        let level = match c.verdict {
            Verdict::Conflict
            | Verdict::RepositoryMissing
            | Verdict::Unknown
            | Verdict::Overwrite
                if failing =>
            {
                "error"
            }
            Verdict::Conflict
            | Verdict::RepositoryMissing
            | Verdict::Unknown
            | Verdict::Overwrite => "warning",
            _ => continue,
        };
        let line = match style {
            AnnotationFormat::Github => crate::ci::github_annotation(
                level,
                &format!("ecrctl check-push {}", c.image.original),
                &c.message,
                None,
            ),
            _ => format!("{level}: {}", c.message),
        };
        report = report.with_warning(line);
    }
    let worst = checked
        .iter()
        .map(|c| c.verdict)
        .max_by_key(|v| severity(*v))
        .map(Verdict::as_str)
        .unwrap_or("skipped");
    let push_needed = checked
        .iter()
        .any(|c| matches!(c.verdict, Verdict::New | Verdict::Overwrite));
    if style == AnnotationFormat::Github {
        let verdicts: Vec<Value> = checked
            .iter()
            .map(|c| json!({"reference": c.image.original, "verdict": c.verdict.as_str()}))
            .collect();
        report.ci_files.push(CiFile {
            target: CiTarget::Env("GITHUB_OUTPUT"),
            text: format!(
                "verdict={worst}\npush-needed={push_needed}\nverdicts={}\n",
                serde_json::to_string(&verdicts)?
            ),
            replace: false,
        });
        report.ci_files.push(CiFile {
            target: CiTarget::Env("GITHUB_STEP_SUMMARY"),
            text: step_summary(checked),
            replace: false,
        });
    }
    if let Some(path) = &args.dotenv {
        report.ci_files.push(CiFile {
            target: CiTarget::Path(path.clone()),
            text: format!("ECRCTL_VERDICT={worst}\nECRCTL_PUSH_NEEDED={push_needed}\n"),
            replace: true,
        });
    }
    report.ci_files_advisory = args.warn_only;
    report.own_annotations = true;
    report.exit = if args.warn_only {
        Exit::Success
    } else {
        Exit::worst(
            checked
                .iter()
                .filter_map(|c| failing_exit(c.verdict, args.fail_on)),
        )
    };
    Ok(report)
}

/// The annotation style: as asked, else GitHub's or GitLab's when running there.
fn annotation_style(
    asked: Option<AnnotationFormat>,
    runner: crate::ci::Runner,
) -> AnnotationFormat {
    asked.unwrap_or(match runner {
        crate::ci::Runner::GithubActions => AnnotationFormat::Github,
        crate::ci::Runner::GitlabCi => AnnotationFormat::Gitlab,
        crate::ci::Runner::None => AnnotationFormat::Plain,
    })
}

/// A Markdown table for `$GITHUB_STEP_SUMMARY`.
fn step_summary(checked: &[Checked]) -> String {
    let mut md = String::from(
        "### ecrctl check-push\n\n| reference | verdict | detail |\n| --- | --- | --- |\n",
    );
    for c in checked {
        md.push_str(&format!(
            "| `{}` | **{}** | {} |\n",
            crate::ci::markdown_cell(&c.image.original),
            c.verdict.as_str(),
            crate::ci::markdown_cell(&c.message)
        ));
    }
    md.push('\n');
    md
}

/// The tag's effective mutability as an API word.
fn effective(c: &Checked) -> Option<&'static str> {
    c.immutable.map(|i| if i { "IMMUTABLE" } else { "MUTABLE" })
}

fn to_json(c: &Checked) -> Value {
    json!({
        "reference": c.image.original,
        "registry": c.registry,
        "repository": c.image.repository,
        "tag": c.image.tag_or_latest(),
        "public": c.image.is_public(),
        "verdict": c.verdict.as_str(),
        "tagMutability": effective(c),
        "repositoryTagMutability": c.repo_mode,
        "matchedFilter": c.matched_filter,
        "remoteDigest": c.remote.as_ref().map(|r| r.digest.clone()).filter(|d| !d.is_empty()),
        "remotePushedAt": c.remote.as_ref().and_then(|r| r.pushed_at).map(|s| crate::registry::model::rfc3339(&aws_smithy_types::DateTime::from_secs(s))),
        "remoteTags": c.remote.as_ref().and_then(|r| r.tags.clone()),
        "remoteArchived": c.remote.as_ref().map(|r| r.archived),
        "oldImageUntagged": c.old_untagged,
        "localDigest": c.local.manifest_digest,
        "localConfigDigest": c.local.config_digest,
        "createOnPushTemplate": c.template,
        "message": c.message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_fail_on() {
        assert_eq!(
            failing_exit(Verdict::Conflict, FailOn::Conflict),
            Some(Exit::PushConflict)
        );
        assert_eq!(failing_exit(Verdict::Overwrite, FailOn::Conflict), None);
        assert_eq!(
            failing_exit(Verdict::Overwrite, FailOn::Overwrite),
            Some(Exit::PushOverwrite)
        );
        assert_eq!(failing_exit(Verdict::Conflict, FailOn::Never), None);
        assert_eq!(failing_exit(Verdict::New, FailOn::Overwrite), None);
        assert_eq!(
            failing_exit(Verdict::Unknown, FailOn::Conflict),
            Some(Exit::PushUnknown)
        );
        assert!(severity(Verdict::Conflict) > severity(Verdict::RepositoryMissing));
    }

    #[test]
    fn short_digests() {
        let d = format!("sha256:{}", "ab".repeat(32));
        assert_eq!(short(&d), "sha256:abababababab…");
        assert_eq!(short("x"), "x");
    }
}
