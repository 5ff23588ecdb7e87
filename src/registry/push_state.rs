//! What check-push needs to know of each repository it checks: the settings (one
//! DescribeRepositories per registry, shared by its repositories), the state of every tag
//! (see [`super::lookup`]), the details of existing images (asked at the same time), and for a
//! missing repository the create-on-push template that would create it.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Result;
use aws_sdk_ecr::types::{ImageIdentifier, RctAppliedFor};
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use futures::future::{join_all, BoxFuture, FutureExt, Shared};

use super::lookup::{self, LookupError};
use super::model::RepoInfo;
use super::PrivateRegistry;
use crate::aws::Clients;
use crate::error::{aws_error, codes, AppError};
use crate::mutability::{self, Mutability};
use crate::reference::{ImageRef, Target};
use crate::ui::debug;
use crate::verdict::{public_mutability, Remote, RemoteImage};

/// Read every repository of `groups` (a reference standing for its repository, and the tags
/// checked in it), all at once; one state per group, in order.
pub async fn read(clients: &Clients, groups: &[(ImageRef, Vec<String>)]) -> Result<Vec<RepoState>> {
    // Where each group is read, decided once: a private registry (one DescribeRepositories per
    // registry, shared by its repositories' lookups) or a public alias.
    let mut private: HashMap<&Target, (PrivateRegistry, SharedSettings)> = HashMap::new();
    let mut sources = Vec::with_capacity(groups.len());
    for (image, _) in groups {
        let source = match &image.target {
            Target::Public { alias } => Source::Public(alias),
            Target::Private {
                account,
                region,
                fips,
                dual_stack,
            } => match private.get(&image.target) {
                Some((registry, settings)) => Source::Private(registry.clone(), settings.clone()),
                None => {
                    let registry = PrivateRegistry {
                        client: clients
                            .ecr_in(region.as_deref(), *fips, *dual_stack)
                            .await?,
                        registry_id: account.clone(),
                    };
                    let names: Vec<String> = groups
                        .iter()
                        .filter(|(g, _)| g.target == image.target)
                        .map(|(g, _)| g.repository.clone())
                        .collect();
                    let settings = describe_many(registry.clone(), names).boxed().shared();
                    private.insert(&image.target, (registry.clone(), settings.clone()));
                    Source::Private(registry, settings)
                }
            },
        };
        sources.push(source);
    }
    let states = join_all(
        groups
            .iter()
            .zip(sources)
            .map(|((image, tags), source)| read_repository(clients, image, tags, source)),
    )
    .await;
    states.into_iter().collect()
}

/// Where a group's repository is read.
enum Source<'a> {
    Private(PrivateRegistry, SharedSettings),
    /// The public alias.
    Public(&'a str),
}

/// One repository's state, as read once for all the tags checked in it.
#[derive(Debug, Default)]
pub struct RepoState {
    /// The registry host, e.g. `123456789012.dkr.ecr.us-east-1.amazonaws.com`.
    pub registry: Option<String>,
    /// `None`: the setting could not be read.
    pub mutability: Option<Mutability>,
    /// The repository's own mode, for output.
    pub mode: Option<String>,
    pub remotes: HashMap<String, Remote>,
    /// What could not be read, said once per repository.
    pub notes: Vec<String>,
    /// For a missing repository: the create-on-push template that would create it.
    pub template: Option<Template>,
}

impl RepoState {
    /// The same answer for every tag checked.
    fn every_tag(&mut self, tags: &[String], remote: Remote) {
        for tag in tags {
            self.remotes.insert(tag.clone(), remote.clone());
        }
    }
}

#[derive(Debug, Clone)]
pub struct Template {
    pub prefix: String,
    pub mutability: Option<Mutability>,
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

/// A repository's settings as DescribeRepositories gave them.
#[derive(Debug, Clone)]
enum Setting {
    Found(Box<RepoInfo>),
    Missing,
    Denied,
}

type SharedSettings =
    Shared<BoxFuture<'static, std::result::Result<Arc<HashMap<String, Setting>>, Arc<AppError>>>>;

/// The settings of several repositories of one registry in one call (up to 100 names a call).
/// When one of them is missing the batch fails as a whole; then each is asked alone.
async fn describe_many(
    registry: PrivateRegistry,
    names: Vec<String>,
) -> std::result::Result<Arc<HashMap<String, Setting>>, Arc<AppError>> {
    let PrivateRegistry {
        client,
        registry_id: account,
    } = registry;
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
        Err(e) if codes::denied(e.code()) => {
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
    clients: &Clients,
    image: &ImageRef,
    tags: &[String],
    source: Source<'_>,
) -> Result<RepoState> {
    match source {
        Source::Private(registry, settings) => {
            read_private(&registry, &image.repository, tags, settings).await
        }
        Source::Public(alias) => read_public(clients, alias, &image.repository, tags).await,
    }
}

/// A missing repository: every tag says so, and the create-on-push template that would create
/// it is looked up (with the caller's registry host, for a short reference).
async fn read_missing(
    client: &aws_sdk_ecr::Client,
    account: Option<&str>,
    repo: &str,
    tags: &[String],
    state: &mut RepoState,
) {
    state.every_tag(tags, Remote::RepositoryMissing);
    let host = async {
        match account {
            Some(_) => None,
            None => own_registry_host(client).await,
        }
    };
    let (template, host) = tokio::join!(
        create_on_push_template(client, account.map(str::to_string), repo),
        host
    );
    match template {
        Ok(t) => state.template = t,
        Err(note) => state.notes.push(note),
    }
    if state.registry.is_none() {
        state.registry = host;
    }
}

/// The repository's mutability setting into the state; `true` when the repository is missing.
fn apply_setting(setting: Option<&Setting>, state: &mut RepoState) -> bool {
    match setting {
        Some(Setting::Found(info)) => {
            state.registry = info.uri.split('/').next().map(str::to_string);
            state.mutability = info.mutability();
            state.mode = info.tag_mutability.clone();
            if state.mutability.is_none() {
                state.notes.push(match &info.tag_mutability {
                    None => "DescribeRepositories answered without imageTagMutability: tag mutability unknown".to_string(),
                    Some(mode) => format!("tag mutability {mode} is not one ecrctl knows: unknown"),
                });
            }
            false
        }
        Some(Setting::Missing) => true,
        Some(Setting::Denied) | None => {
            state
                .notes
                .push("missing permission ecr:DescribeRepositories: tag mutability unknown".into());
            false
        }
    }
}

async fn read_private(
    registry: &PrivateRegistry,
    repo: &str,
    tags: &[String],
    settings: SharedSettings,
) -> Result<RepoState> {
    let (client, account) = (&registry.client, registry.registry_id.as_deref());
    let registry_id = registry.registry_id.clone();
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
    let described = described.map_err(|e| AppError::clone(&e))?;
    let mut state = RepoState::default();
    let mut missing = apply_setting(described.get(repo), &mut state);
    let mut found: Vec<(String, String)> = Vec::new();
    match looked_up {
        Ok(states) => {
            found = states.found();
            state.remotes = states.remotes;
            state.notes.extend(states.notes);
        }
        Err(LookupError::RepositoryMissing) => missing = true,
        Err(LookupError::Denied) => {
            state.every_tag(
                tags,
                Remote::Unreadable("missing permission ecr:BatchGetImage".into()),
            );
        }
        Err(LookupError::Failed(e)) => return Err(e),
    }
    if missing {
        read_missing(client, account, repo, tags, &mut state).await;
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
pub async fn create_on_push_template(
    client: &aws_sdk_ecr::Client,
    registry_id: Option<String>,
    repo: &str,
) -> std::result::Result<Option<Template>, String> {
    let _ = registry_id; // templates belong to the caller's own registry
    let mut pages = client
        .describe_repository_creation_templates()
        .into_paginator()
        .send();
    let mut candidates = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| {
            let why = crate::error::render(&aws_error("", e));
            format!(
                "could not read repository creation templates ({}): a create-on-push template may still create the repository",
                why.trim_start_matches(": ")
            )
        })?;
        for t in page.repository_creation_templates() {
            if t.prefix().is_some() && t.applied_for().contains(&RctAppliedFor::CreateOnPush) {
                candidates.push(t.clone());
            }
        }
    }
    let Some(prefix) =
        crate::settings::best_template(repo, candidates.iter().filter_map(|t| t.prefix()))
    else {
        return Ok(None);
    };
    let t = candidates
        .iter()
        .find(|t| t.prefix() == Some(prefix))
        .expect("the chosen template is a candidate");
    let mode = t.image_tag_mutability().map(|m| m.as_str().to_string());
    Ok(Some(Template {
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
    }))
}

/// What ECR Public's tag listing says of each checked tag (with the other tags of its image).
fn public_tag_states(
    details: &[aws_sdk_ecrpublic::types::ImageTagDetail],
    tags: &[String],
) -> HashMap<String, Remote> {
    let mut by_digest: HashMap<String, Vec<String>> = HashMap::new();
    for d in details {
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
    tags.iter()
        .map(|tag| {
            let found = details.iter().find(|d| d.image_tag() == Some(tag.as_str()));
            let remote = match found.and_then(|d| d.image_detail().map(|i| (d, i))) {
                // A tag listed without its image's digest: what it points at is unknown.
                Some((_, detail)) if detail.image_digest().is_none() => Remote::Unreadable(
                    format!("ECR Public listed tag {tag} without its image digest"),
                ),
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
            (tag.clone(), remote)
        })
        .collect()
}

async fn read_public(
    clients: &Clients,
    alias: &str,
    repo: &str,
    tags: &[String],
) -> Result<RepoState> {
    let client = clients.public().await?;
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
                    state.every_tag(tags, Remote::Unreadable(why));
                    return Ok(state);
                }
            }
        }
        Err(e) if e.code() == Some("RepositoryNotFoundException") => missing = true,
        Err(e) if codes::denied(e.code()) => state.notes.push(
            "missing permission ecr-public:DescribeRepositories: registry alias not confirmed"
                .into(),
        ),
        Err(e) => return Err(aws_error(&format!("reading public repository {repo}"), e)),
    }
    match listed {
        Ok(details) => state.remotes.extend(public_tag_states(&details, tags)),
        Err(e) if e.code() == Some("RepositoryNotFoundException") => missing = true,
        Err(e) if codes::denied(e.code()) => {
            state.every_tag(
                tags,
                Remote::Unreadable("missing permission ecr-public:DescribeImageTags".into()),
            );
        }
        Err(e) => {
            return Err(aws_error(
                &format!("listing the tags of public repository {repo}"),
                e,
            ))
        }
    }
    if missing {
        state.every_tag(tags, Remote::RepositoryMissing);
    }
    Ok(state)
}
