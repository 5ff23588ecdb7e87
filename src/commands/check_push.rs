//! `ecrctl check-push`: say what pushing each reference will do, before it is pushed.
//!
//! Per repository it makes one settings call (DescribeRepositories) and one batched image
//! lookup (BatchGetImage) concurrently; every repository is checked at the same time. Only when
//! a tag already exists does it ask DescribeImages for when it was pushed and its other tags,
//! and it does without that if the permission is missing.

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::Result;
use aws_sdk_ecr::types::{ImageIdentifier, RctAppliedFor};
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use std::sync::Arc;

use futures::future::{join_all, BoxFuture, FutureExt, Shared};
use serde_json::{json, Value};

use super::Context;
use crate::cli::{AnnotationFormat, CheckPushArgs, FailOn};
use crate::error::{aws_error, AppError, Exit};
use crate::local_image::{self, DockerImage};
use crate::mutability::{self, Mutability};
use crate::output::{age, CiFile, CiTarget, Human, Report};
use crate::reference::{parse_image_ref, validate_digest, ImageRef, Target};
use crate::registry::lookup::{self, LookupError};
use crate::registry::model::RepoInfo;
use crate::ui::debug;
use crate::verdict::{decide, public_mutability, Local, Remote, RemoteImage, Verdict};

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

/// One repository's state, as read once for all the tags checked in it.
#[derive(Debug, Default)]
struct RepoState {
    /// The registry host, e.g. `123456789012.dkr.ecr.us-east-1.amazonaws.com`.
    registry: Option<String>,
    /// `None`: the setting could not be read.
    mutability: Option<Mutability>,
    /// The repository's own mode, for output.
    mode: Option<String>,
    remotes: HashMap<String, Remote>,
    /// What could not be read, said once per repository.
    notes: Vec<String>,
    /// For a missing repository: the create-on-push template that would create it.
    template: Option<Template>,
}

#[derive(Debug, Clone)]
struct Template {
    prefix: String,
    mutability: Option<Mutability>,
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
    // One DescribeRepositories per private registry, shared by its repositories' lookups.
    let mut settings: HashMap<&Target, SharedSettings> = HashMap::new();
    for (image, _) in &groups {
        if matches!(image.target, Target::Private { .. }) && !settings.contains_key(&image.target) {
            let names: Vec<String> = groups
                .iter()
                .filter(|(g, _)| g.target == image.target)
                .map(|(g, _)| g.repository.clone())
                .collect();
            let client = private_client(ctx, &image.target).await?;
            let account = match &image.target {
                Target::Private { account, .. } => account.clone(),
                Target::Public { .. } => None,
            };
            settings.insert(
                &image.target,
                describe_many(client, account, names).boxed().shared(),
            );
        }
    }
    let states = join_all(groups.iter().map(|(image, tags)| {
        read_repository(ctx, image, tags, settings.get(&image.target).cloned())
    }))
    .await;
    let mut by_repo: Vec<(ImageRef, RepoState)> = Vec::new();
    for ((image, _), state) in groups.into_iter().zip(states) {
        by_repo.push((image, state?));
    }

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

/// The registry host of a short reference's repository, when the repository does not exist
/// (so DescribeRepositories gave no URI): the caller's registry id from DescribeRegistry.
async fn own_registry_host(client: &aws_sdk_ecr::Client) -> Option<String> {
    debug(2, format_args!("DescribeRegistry (your registry id)"));
    let out = client.describe_registry().send().await.ok()?;
    let id = out.registry_id()?;
    let region = client.config().region()?.to_string();
    let suffix = if crate::reference::partition_of(&region) == "aws-cn" {
        "amazonaws.com.cn"
    } else {
        "amazonaws.com"
    };
    Some(format!("{id}.dkr.ecr.{region}.{suffix}"))
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

/// A repository's settings as DescribeRepositories gave them.
#[derive(Debug, Clone)]
enum Setting {
    Found(Box<RepoInfo>),
    Missing,
    Denied,
}

type SharedSettings =
    Shared<BoxFuture<'static, std::result::Result<Arc<HashMap<String, Setting>>, Arc<AppError>>>>;

async fn private_client(ctx: &Context, target: &Target) -> Result<aws_sdk_ecr::Client> {
    match target {
        Target::Private {
            region,
            fips,
            dual_stack,
            ..
        } => {
            ctx.clients
                .ecr_in(region.as_deref(), *fips, *dual_stack)
                .await
        }
        Target::Public { .. } => unreachable!("private targets only"),
    }
}

/// The settings of several repositories of one registry in one call (up to 100 names a call).
/// When one of them is missing the batch fails as a whole; then each is asked alone.
async fn describe_many(
    client: aws_sdk_ecr::Client,
    account: Option<String>,
    names: Vec<String>,
) -> std::result::Result<Arc<HashMap<String, Setting>>, Arc<AppError>> {
    let mut out = HashMap::new();
    for chunk in names.chunks(100) {
        let part = describe_chunk(&client, account.clone(), chunk)
            .await
            .map_err(|e| Arc::new(to_app_error(&e)))?;
        out.extend(part);
    }
    Ok(Arc::new(out))
}

async fn describe_chunk(
    client: &aws_sdk_ecr::Client,
    account: Option<String>,
    names: &[String],
) -> Result<HashMap<String, Setting>> {
    debug(2, format_args!("DescribeRepositories {}", names.join(" ")));
    let result = client
        .describe_repositories()
        .set_registry_id(account.clone())
        .set_repository_names(Some(names.to_vec()))
        .send()
        .await;
    match result {
        Ok(out) => {
            let mut found: HashMap<String, Setting> = out
                .repositories()
                .iter()
                .map(|r| {
                    let info = RepoInfo::from_private(r);
                    (info.name.clone(), Setting::Found(Box::new(info)))
                })
                .collect();
            for n in names {
                found.entry(n.clone()).or_insert(Setting::Missing);
            }
            Ok(found)
        }
        Err(e) if e.code() == Some("RepositoryNotFoundException") && names.len() > 1 => {
            let each = join_all(
                names
                    .iter()
                    .map(|n| describe_chunk(client, account.clone(), std::slice::from_ref(n))),
            )
            .await;
            let mut all = HashMap::new();
            for one in each {
                all.extend(one?);
            }
            Ok(all)
        }
        Err(e) if e.code() == Some("RepositoryNotFoundException") => Ok(names
            .iter()
            .map(|n| (n.clone(), Setting::Missing))
            .collect()),
        Err(e) if is_access_denied(e.code()) => {
            Ok(names.iter().map(|n| (n.clone(), Setting::Denied)).collect())
        }
        Err(e) => Err(aws_error(
            &format!("reading repository {}", names.join(", ")),
            e,
        )),
    }
}

/// An error shared between futures, kept with its exit code and hint.
fn to_app_error(err: &anyhow::Error) -> AppError {
    let (kind, hint) = crate::error::classify(err);
    let app = AppError::new(kind, crate::error::render(err));
    match hint {
        Some(h) => app.with_hint(h),
        None => app,
    }
}

/// Read one repository's settings and the state of every tag being checked in it.
async fn read_repository(
    ctx: &Context,
    image: &ImageRef,
    tags: &[String],
    settings: Option<SharedSettings>,
) -> Result<RepoState> {
    match (&image.target, settings) {
        (Target::Private { account, .. }, Some(settings)) => {
            let client = private_client(ctx, &image.target).await?;
            read_private(
                &client,
                account.as_deref(),
                &image.repository,
                tags,
                settings,
            )
            .await
        }
        (Target::Public { alias }, _) => read_public(ctx, alias, &image.repository, tags).await,
        (Target::Private { .. }, None) => {
            unreachable!("every private registry has its settings call")
        }
    }
}

fn is_access_denied(code: Option<&str>) -> bool {
    matches!(code, Some("AccessDeniedException" | "AccessDenied"))
}

async fn read_private(
    client: &aws_sdk_ecr::Client,
    account: Option<&str>,
    repo: &str,
    tags: &[String],
    settings: SharedSettings,
) -> Result<RepoState> {
    let registry_id = account.map(str::to_string);
    let lookups = lookup::tag_states(client, registry_id.clone(), repo, tags);
    // When each tag was pushed and its other tags: asked at the same time as the two calls
    // that decide the verdict, so a conflict costs no extra round trip. A missing tag fails
    // this call as a whole; then the found ones are asked for afterwards.
    let details = async {
        if tags.len() > 100 {
            return None;
        }
        debug(
            2,
            format_args!("DescribeImages {repo} ({} tags, for details)", tags.len()),
        );
        Some(
            client
                .describe_images()
                .set_registry_id(registry_id.clone())
                .repository_name(repo)
                .set_image_ids(Some(
                    tags.iter()
                        .map(|t| ImageIdentifier::builder().image_tag(t).build())
                        .collect(),
                ))
                .send()
                .await,
        )
    };
    let (described, looked_up, details) = tokio::join!(settings, lookups, details);
    let described = described.map_err(|e| {
        let mut app = AppError::new(e.kind, e.message.clone());
        app.hint = e.hint.clone();
        app
    })?;

    let mut state = RepoState::default();
    let mut missing = false;
    match described.get(repo) {
        Some(Setting::Found(info)) => {
            state.registry = info.uri.split('/').next().map(str::to_string);
            state.mutability = info.mutability();
            state.mode = info.tag_mutability.clone();
        }
        Some(Setting::Missing) => missing = true,
        Some(Setting::Denied) | None => state
            .notes
            .push("missing permission ecr:DescribeRepositories: tag mutability unknown".into()),
    }
    let mut found: Vec<(String, String)> = Vec::new();
    match looked_up {
        Ok(states) => {
            found = states.found();
            state.remotes = states.remotes;
            state.notes.extend(states.notes);
        }
        Err(LookupError::RepositoryMissing) => missing = true,
        Err(LookupError::Denied) => {
            for tag in tags {
                state.remotes.insert(
                    tag.clone(),
                    Remote::Unreadable("missing permission ecr:BatchGetImage".into()),
                );
            }
        }
        Err(LookupError::Failed(e)) => return Err(e),
    }
    if missing {
        for tag in tags {
            state.remotes.insert(tag.clone(), Remote::RepositoryMissing);
        }
        let host = async {
            match account {
                Some(_) => None,
                None => own_registry_host(client).await,
            }
        };
        let (template, host) =
            tokio::join!(create_on_push_template(client, registry_id, repo), host);
        match template {
            Ok(t) => state.template = t,
            Err(note) => state.notes.push(note),
        }
        if state.registry.is_none() {
            state.registry = host;
        }
        return Ok(state);
    }
    if !found.is_empty() {
        match details {
            Some(Ok(out)) => apply_details(&out, &mut state),
            Some(Err(e)) if e.code() != Some("ImageNotFoundException") => debug(
                2,
                format_args!(
                    "DescribeImages {repo}: {} (details skipped)",
                    e.code().unwrap_or("error")
                ),
            ),
            _ => enrich(client, account, repo, &found, &mut state).await,
        }
    }
    Ok(state)
}

/// Best effort: when the existing images were pushed, their other tags, archived status.
async fn enrich(
    client: &aws_sdk_ecr::Client,
    account: Option<&str>,
    repo: &str,
    found: &[(String, String)],
    state: &mut RepoState,
) {
    let mut digests: Vec<&str> = found.iter().map(|(_, d)| d.as_str()).collect();
    digests.sort_unstable();
    digests.dedup();
    debug(
        2,
        format_args!(
            "DescribeImages {repo} ({} found images, for details)",
            digests.len()
        ),
    );
    let result = client
        .describe_images()
        .set_registry_id(account.map(str::to_string))
        .repository_name(repo)
        .set_image_ids(Some(
            digests
                .iter()
                .map(|d| ImageIdentifier::builder().image_digest(*d).build())
                .collect(),
        ))
        .send()
        .await;
    match result {
        Ok(out) => apply_details(&out, state),
        Err(e) => debug(
            2,
            format_args!(
                "DescribeImages {repo}: {} (details skipped)",
                e.code().unwrap_or("error")
            ),
        ),
    }
}

/// When the images holding the checked tags were pushed, their other tags, archived status.
fn apply_details(
    out: &aws_sdk_ecr::operation::describe_images::DescribeImagesOutput,
    state: &mut RepoState,
) {
    for detail in out.image_details() {
        let Some(digest) = detail.image_digest() else {
            continue;
        };
        for remote in state.remotes.values_mut() {
            if let Remote::Present(img) = remote {
                if img.digest == digest {
                    img.tags = Some(detail.image_tags().to_vec());
                    img.pushed_at = detail.image_pushed_at().map(|t| t.secs());
                    img.archived |= detail
                        .image_status()
                        .is_some_and(|s| s.as_str() == "ARCHIVED");
                }
            }
        }
    }
}

/// The create-on-push repository creation template that would create `repo`, if the caller
/// may read templates. The longest matching prefix wins; `ROOT` matches every repository.
async fn create_on_push_template(
    client: &aws_sdk_ecr::Client,
    registry_id: Option<String>,
    repo: &str,
) -> std::result::Result<Option<Template>, String> {
    let _ = registry_id; // templates belong to the caller's own registry
    let mut pages = client
        .describe_repository_creation_templates()
        .into_paginator()
        .send();
    let mut best: Option<Template> = None;
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| {
            let why = crate::error::render(&aws_error("", e));
            format!(
                "could not read repository creation templates ({}): a create-on-push template may still create the repository",
                why.trim_start_matches(": ")
            )
        })?;
        for t in page.repository_creation_templates() {
            let Some(prefix) = t.prefix() else { continue };
            let on_push = t.applied_for().contains(&RctAppliedFor::CreateOnPush);
            let matches =
                prefix == "ROOT" || repo == prefix || repo.starts_with(&format!("{prefix}/"));
            if !on_push || !matches {
                continue;
            }
            let better = match &best {
                None => true,
                Some(b) => {
                    b.prefix == "ROOT" || (prefix != "ROOT" && prefix.len() > b.prefix.len())
                }
            };
            if better {
                let mode = t.image_tag_mutability().map(|m| m.as_str().to_string());
                best = Some(Template {
                    prefix: prefix.to_string(),
                    mutability: mode
                        .as_deref()
                        .and_then(mutability::Mode::from_api)
                        .map(|mode| Mutability {
                            mode,
                            filters: t
                                .image_tag_mutability_exclusion_filters()
                                .iter()
                                .map(|f| f.filter().to_string())
                                .collect(),
                        }),
                });
            }
        }
    }
    Ok(best)
}

async fn read_public(ctx: &Context, alias: &str, repo: &str, tags: &[String]) -> Result<RepoState> {
    let client = ctx.clients.public().await?;
    let describe = client.describe_repositories().repository_names(repo).send();
    let listing = async {
        let mut pages = client
            .describe_image_tags()
            .repository_name(repo)
            .max_results(1000)
            .into_paginator()
            .send();
        let mut details = Vec::new();
        while let Some(page) = pages.next().await {
            details.extend(page?.image_tag_details().iter().cloned());
        }
        Ok::<_, aws_sdk_ecrpublic::error::SdkError<_, _>>(details)
    };
    debug(
        2,
        format_args!("ECR Public DescribeRepositories + DescribeImageTags {repo}"),
    );
    let (described, listed) = tokio::join!(describe, listing);
    let mut state = RepoState {
        mutability: Some(public_mutability()),
        registry: Some(format!("public.ecr.aws/{alias}")),
        ..Default::default()
    };
    let mut missing = false;
    match described {
        Ok(out) => {
            if let Some(uri) = out.repositories().first().and_then(|r| r.repository_uri()) {
                let mine = uri
                    .strip_prefix("public.ecr.aws/")
                    .and_then(|r| r.split('/').next());
                if let Some(mine) = mine.filter(|m| *m != alias) {
                    let why = format!(
                        "public.ecr.aws/{alias} is not your registry (yours is public.ecr.aws/{mine}): only your own can be checked"
                    );
                    for tag in tags {
                        state
                            .remotes
                            .insert(tag.clone(), Remote::Unreadable(why.clone()));
                    }
                    return Ok(state);
                }
            }
        }
        Err(e) if e.code() == Some("RepositoryNotFoundException") => missing = true,
        Err(e) if is_access_denied(e.code()) => state.notes.push(
            "missing permission ecr-public:DescribeRepositories: registry alias not confirmed"
                .into(),
        ),
        Err(e) => return Err(aws_error(&format!("reading public repository {repo}"), e)),
    }
    match listed {
        Ok(details) => {
            let mut by_digest: HashMap<String, Vec<String>> = HashMap::new();
            for d in &details {
                if let (Some(tag), Some(digest)) = (
                    d.image_tag(),
                    d.image_detail().and_then(|i| i.image_digest()),
                ) {
                    by_digest
                        .entry(digest.to_string())
                        .or_default()
                        .push(tag.to_string());
                }
            }
            for tag in tags {
                let found = details.iter().find(|d| d.image_tag() == Some(tag.as_str()));
                let remote = match found.and_then(|d| d.image_detail().map(|i| (d, i))) {
                    Some((d, detail)) => {
                        let digest = detail.image_digest().unwrap_or_default().to_string();
                        Remote::Present(RemoteImage {
                            tags: by_digest.get(&digest).cloned(),
                            pushed_at: detail
                                .image_pushed_at()
                                .or(d.created_at())
                                .map(|t| t.secs()),
                            digest,
                            config_digest: None,
                            archived: false,
                        })
                    }
                    None => Remote::Absent,
                };
                state.remotes.insert(tag.clone(), remote);
            }
        }
        Err(e) if e.code() == Some("RepositoryNotFoundException") => missing = true,
        Err(e) if is_access_denied(e.code()) => {
            for tag in tags {
                state.remotes.insert(
                    tag.clone(),
                    Remote::Unreadable("missing permission ecr-public:DescribeImageTags".into()),
                );
            }
        }
        Err(e) => {
            return Err(aws_error(
                &format!("listing the tags of public repository {repo}"),
                e,
            ))
        }
    }
    if missing {
        for tag in tags {
            state.remotes.insert(tag.clone(), Remote::RepositoryMissing);
        }
    }
    Ok(state)
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
