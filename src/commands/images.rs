//! `ecrctl images …`: list, show, tag (server-side, under the immutability rules), delete.

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context as _, Result};
use aws_smithy_types::DateTime;
use futures::future::join_all;
use serde::Serialize;
use serde_json::{json, Value};

use super::Context;
use crate::cli::{
    ImageSort, ImageStatusArg, ImagesCommand, ImagesDeleteArgs, ImagesListArgs, ImagesShowArgs,
    ImagesTagArgs,
};
use crate::error::{code_of, codes, usage, AppError, Exit};
use crate::images::{
    human_size, parse_duration, parse_manifest, short_digest, ImageRow, ManifestSummary, Selection,
    SortKey,
};
use crate::output::{self, age, Body, Human, Report};
use crate::reference::{parse_image_ref, validate_digest, validate_tag};
use crate::registry::images::Manifest;
use crate::registry::lookup::LookupError;
use crate::registry::model::{rfc3339, RepoInfo};
use crate::registry::{DeleteAnswer, ImageQuery, ImageStatus, Outcome, Registry};
use crate::ui;
use crate::ui::debug;
use crate::verdict::{decide, Local, Remote, Verdict};

pub async fn dispatch(ctx: &Context, command: &ImagesCommand) -> Result<Report> {
    match command {
        ImagesCommand::List(args) => list(ctx, args).await,
        ImagesCommand::Show(args) => show(ctx, args).await,
        ImagesCommand::Tag(args) => tag(ctx, args).await,
        ImagesCommand::Delete(args) => delete(ctx, args).await,
    }
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// `repo:tag` or `repo@digest`, as people write an image.
fn image_text(repo: &str, id: &str) -> String {
    if id.contains(':') {
        format!("{repo}@{id}")
    } else {
        format!("{repo}:{id}")
    }
}

/// A tag or a digest, checked before anything is sent.
fn check_image_id(s: &str) -> Result<()> {
    if s.contains(':') {
        validate_digest(s).map_err(AppError::usage)
    } else {
        validate_tag(s).map_err(AppError::usage)
    }
    .map_err(Into::into)
}

fn time_text(t: Option<i64>) -> Option<String> {
    t.map(|s| rfc3339(&DateTime::from_secs(s)))
}

/// An image in JSON: the one place its field names are spelled.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RowJson<'a> {
    digest: &'a str,
    tags: &'a [String],
    size_bytes: Option<i64>,
    pushed_at: Option<String>,
    last_pulled_at: Option<String>,
    media_type: Option<&'a str>,
    artifact_type: Option<&'a str>,
    status: Option<&'a str>,
    scan_status: Option<&'a str>,
}

impl<'a> From<&'a ImageRow> for RowJson<'a> {
    fn from(r: &'a ImageRow) -> Self {
        RowJson {
            digest: &r.digest,
            tags: &r.tags,
            size_bytes: r.size_bytes,
            pushed_at: time_text(r.pushed_at),
            last_pulled_at: time_text(r.last_pulled_at),
            media_type: r.media_type.as_deref(),
            artifact_type: r.artifact_type.as_deref(),
            status: r.status.as_deref(),
            scan_status: r.scan_status.as_deref(),
        }
    }
}

fn row_json(r: &ImageRow) -> Value {
    serde_json::to_value(RowJson::from(r)).expect("rows serialise")
}

// ---------------------------------------------------------------------------------------------
// list

pub async fn list(ctx: &Context, args: &ImagesListArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let since = match &args.since {
        Some(d) => {
            Some(now() - parse_duration(d).map_err(|e| AppError::usage(format!("--since {e}")))?)
        }
        None => None,
    };
    if let Some(glob) = &args.tag_glob {
        if glob.is_empty() {
            return usage("--tag needs a pattern");
        }
    }
    let selection = Selection {
        tagged: args.tagged,
        untagged: args.untagged,
        tag_glob: args.tag_glob.clone(),
        since,
        status: match args.status {
            ImageStatusArg::Active => Some("active".into()),
            ImageStatusArg::Archived => Some("archived".into()),
            ImageStatusArg::Any => None,
        },
        sort: args.sort.map(|s| match s {
            ImageSort::Pushed => SortKey::Pushed,
            ImageSort::Size => SortKey::Size,
            ImageSort::Tag => SortKey::Tag,
        }),
        reverse: args.reverse,
        limit: args.limit.map(|n| n as usize),
    };
    if repo.public && args.status != ImageStatusArg::Active {
        return usage(
            "--status applies to private repositories only: ECR Public does not archive images",
        );
    }
    let query = ImageQuery {
        tagged: if args.tagged {
            Some(true)
        } else if args.untagged {
            Some(false)
        } else {
            None
        },
        status: match args.status {
            ImageStatusArg::Active => ImageStatus::Active,
            ImageStatusArg::Archived => ImageStatus::Archived,
            ImageStatusArg::Any => ImageStatus::Any,
        },
    };
    let rows = match ctx.registry(repo).await?.images(&repo.name, query).await {
        Ok(rows) => rows,
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    Ok(list_report(&repo.name, selection.apply(rows), now()))
}

/// The list report; `now` makes relative ages reproducible in tests.
pub fn list_report(repo: &str, rows: Vec<ImageRow>, now: i64) -> Report {
    let empty = rows.is_empty();
    let report = Report::from_body(ImageList { rows, now });
    if empty {
        report.with_status(format!("no matching images in {repo}"))
    } else {
        report
    }
}

/// `images list` renders only the view asked for: with 10,000 images, building all three
/// would cost more than the listing itself.
struct ImageList {
    rows: Vec<ImageRow>,
    now: i64,
}

impl Body for ImageList {
    fn json(&self) -> Value {
        Value::Array(self.rows.iter().map(row_json).collect())
    }

    fn json_text(&self) -> String {
        let rows: Vec<RowJson> = self.rows.iter().map(RowJson::from).collect();
        serde_json::to_string_pretty(&rows).expect("rows serialise")
    }

    fn human(&self) -> Human {
        let rows = &self.rows;
        let any_scan = rows.iter().any(|r| r.scan_status.is_some());
        let any_type = rows.iter().any(|r| r.artifact_type.is_some());
        let mut headers = vec!["TAGS", "DIGEST", "SIZE", "PUSHED", "LAST PULL", "STATUS"];
        if any_scan {
            headers.push("SCAN");
        }
        if any_type {
            headers.push("TYPE");
        }
        let ago = |t: Option<i64>| t.map(|t| age(self.now - t)).unwrap_or_else(|| "-".into());
        let table_rows = rows
            .iter()
            .map(|r| {
                let mut cells = vec![
                    if r.tags.is_empty() {
                        "<untagged>".to_string()
                    } else {
                        r.tags.join(", ")
                    },
                    short_digest(&r.digest),
                    r.size_bytes.map(human_size).unwrap_or_else(|| "-".into()),
                    ago(r.pushed_at),
                    ago(r.last_pulled_at),
                    r.status.clone().unwrap_or_else(|| "-".into()),
                ];
                if any_scan {
                    cells.push(r.scan_status.clone().unwrap_or_else(|| "-".into()));
                }
                if any_type {
                    cells.push(r.artifact_type.clone().unwrap_or_else(|| "-".into()));
                }
                cells
            })
            .collect();
        Human::Table {
            headers,
            rows: table_rows,
        }
    }

    fn text(&self) -> Vec<Vec<String>> {
        let cols = output::columns("images list");
        self.rows
            .iter()
            .map(|r| output::text_record(&row_json(r), cols))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// show

/// The tag or digest to show: the second argument, or the one in a whole reference.
fn show_id(args: &ImagesShowArgs) -> Result<String> {
    match &args.image {
        Some(id) => {
            check_image_id(id)?;
            Ok(id.clone())
        }
        None => {
            let r = parse_image_ref(&args.target).map_err(AppError::usage)?;
            Ok(r.digest
                .clone()
                .unwrap_or_else(|| r.tag_or_latest().to_string()))
        }
    }
}

pub async fn show(ctx: &Context, args: &ImagesShowArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let id_text = show_id(args)?;
    let name = &repo.name;
    check_image_id(&id_text)?;
    let shown = image_text(name, &id_text);
    let doing = format!("reading image {shown}");
    let read = ctx
        .registry(repo)
        .await?
        .image(name, &id_text, &doing)
        .await;
    let (row, manifest) = match read {
        Ok(found) => found,
        Err(err) if code_of(&err) == Some("ImageNotFoundException") => {
            let region = ctx.region_of(repo).await;
            return Err(AppError::new(
                Exit::NotFound,
                format!(
                    "image {shown} does not exist in {}",
                    repo.registry_text(&region)
                ),
            )
            .with_hint(format!("`ecrctl images list {name}` shows what is there"))
            .with_code("ImageNotFoundException")
            .into());
        }
        Err(err) => return Err(ctx.not_found(err, repo).await),
    };
    let (summary, note) = match manifest {
        Manifest::Text { body, media_type } => match parse_manifest(&body, media_type.as_deref()) {
            Ok(s) => (Some(s), None),
            Err(e) => (None, Some(e)),
        },
        Manifest::Unreadable(why) => (None, Some(why)),
        Manifest::NotServed => (
            None,
            Some(
                "the ECR Public API does not serve manifests: layers and platforms are not shown"
                    .to_string(),
            ),
        ),
    };
    Ok(show_report(name, &row, summary.as_ref(), note, now()))
}

pub fn show_report(
    repo: &str,
    row: &ImageRow,
    manifest: Option<&ManifestSummary>,
    note: Option<String>,
    now: i64,
) -> Report {
    let mut json = row_json(row);
    json["repository"] = json!(repo);
    json["manifest"] = serde_json::to_value(manifest).unwrap_or(Value::Null);
    let mut fields = vec![
        ("repository", repo.to_string()),
        ("digest", row.digest.clone()),
        (
            "tags",
            if row.tags.is_empty() {
                "<untagged>".into()
            } else {
                row.tags.join(", ")
            },
        ),
        (
            "size",
            row.size_bytes
                .map(|s| format!("{} ({s} bytes)", human_size(s)))
                .unwrap_or_else(|| "-".into()),
        ),
        (
            "pushed",
            row.pushed_at
                .map(|t| format!("{} ({})", age(now - t), rfc3339(&DateTime::from_secs(t))))
                .unwrap_or_else(|| "-".into()),
        ),
        (
            "last pull",
            row.last_pulled_at
                .map(|t| age(now - t))
                .unwrap_or_else(|| "never recorded".into()),
        ),
        (
            "media type",
            row.media_type.clone().unwrap_or_else(|| "-".into()),
        ),
    ];
    if let Some(t) = &row.artifact_type {
        fields.push(("artifact type", t.clone()));
    }
    if let Some(s) = &row.status {
        fields.push(("status", s.clone()));
    }
    if let Some(s) = &row.scan_status {
        fields.push(("scan", s.clone()));
    }
    let mut parts = Vec::new();
    let mut text = vec![output::text_record(&json, output::columns("images show"))];
    if let Some(m) = manifest {
        if m.is_index() {
            fields.push(("platforms", m.platforms.len().to_string()));
            parts.push(Human::Table {
                headers: vec!["PLATFORM", "DIGEST", "SIZE"],
                rows: m
                    .platforms
                    .iter()
                    .map(|p| vec![p.name(), short_digest(&p.digest), human_size(p.size)])
                    .collect(),
            });
            text.extend(m.platforms.iter().map(|p| {
                vec![
                    "platform".into(),
                    p.name(),
                    p.digest.clone(),
                    p.size.to_string(),
                ]
            }));
        } else {
            if let Some(c) = &m.config_digest {
                fields.push(("config", c.clone()));
            }
            fields.push((
                "layers",
                format!(
                    "{} ({} compressed)",
                    m.layers.len(),
                    human_size(m.layers_size())
                ),
            ));
            parts.push(Human::Table {
                headers: vec!["LAYER", "DIGEST", "SIZE"],
                rows: m
                    .layers
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        vec![
                            (i + 1).to_string(),
                            short_digest(&l.digest),
                            human_size(l.size),
                        ]
                    })
                    .collect(),
            });
            text.extend(
                m.layers
                    .iter()
                    .map(|l| vec!["layer".into(), l.digest.clone(), l.size.to_string()]),
            );
        }
    }
    parts.insert(0, Human::Fields(fields));
    let mut report = Report::new(json, Human::Many(parts), text);
    if let Some(n) = note {
        report = report.with_status(format!("note: {n}"));
    }
    report
}

// ---------------------------------------------------------------------------------------------
// tag

pub async fn tag(ctx: &Context, args: &ImagesTagArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    if repo.public {
        return Err(AppError::new(
            Exit::Conflict,
            "images tag works on private repositories: the ECR Public API cannot read a manifest to re-tag",
        )
        .into());
    }
    let name = &repo.name;
    // `images tag REPO:SOURCE NEW…` or `images tag REPO SOURCE NEW…`.
    let (source_text, new_tag_args) = match crate::reference::split_image_arg(&args.image).1 {
        Some(id) => (id.to_string(), &args.rest[..]),
        None => match args.rest.split_first() {
            Some((source, rest)) if !rest.is_empty() => (source.clone(), rest),
            _ => {
                return usage(format!(
                    "give the image to tag and at least one new tag: `ecrctl images tag {}:SOURCE NEW_TAG…` or `ecrctl images tag {} SOURCE NEW_TAG…`",
                    args.image, args.image
                ))
            }
        },
    };
    check_image_id(&source_text)?;
    let mut new_tags: Vec<String> = Vec::new();
    for t in new_tag_args {
        validate_tag(t).map_err(|e| AppError::usage(format!("new tag: {e}")))?;
        if !new_tags.contains(t) {
            new_tags.push(t.clone());
        }
    }
    let registry = ctx.registry(repo).await?;
    let shown = image_text(name, &source_text);
    let doing = format!("reading image {shown}");
    let (info, src, current) = tokio::join!(
        ctx.describe(repo),
        registry.source_image(name, &source_text, &doing),
        registry.tag_states(name, &new_tags)
    );
    let info: RepoInfo = info?;
    let source = src?.ok_or_else(|| {
        AppError::new(Exit::NotFound, format!("image {shown} not found"))
            .with_hint(format!("`ecrctl images list {name}` shows what is there"))
    })?;
    let digest = source.digest.clone();
    let current = match current {
        Ok(states) => states,
        Err(LookupError::Failed(e)) => return Err(e),
        Err(LookupError::Denied) => {
            return Err(AppError::new(
                Exit::Auth,
                format!(
                    "looking up tags in {name}: ecr:BatchGetImage is not allowed for this identity"
                ),
            )
            .into())
        }
        Err(LookupError::RepositoryMissing) => {
            return Err(ctx
                .not_found(
                    AppError::new(Exit::NotFound, "repository not found")
                        .with_code("RepositoryNotFoundException")
                        .into(),
                    repo,
                )
                .await)
        }
    };
    let remotes = current.remotes;
    let notes = current.notes;
    let mutability = info.mutability();
    let local = Local {
        manifest_digest: Some(digest.clone()),
        config_digest: None,
    };
    struct Plan {
        tag: String,
        verdict: Verdict,
        previous: Option<String>,
        immutable: Option<bool>,
        filter: Option<String>,
    }
    let plans: Vec<Plan> = new_tags
        .iter()
        .map(|t| {
            let remote = remotes.get(t).cloned().unwrap_or(Remote::Absent);
            let d = decide(t, mutability.as_ref(), &remote, &local);
            Plan {
                tag: t.clone(),
                verdict: d.verdict,
                previous: match &remote {
                    Remote::Present(r) if !r.digest.is_empty() => Some(r.digest.clone()),
                    _ => None,
                },
                immutable: d.immutable,
                filter: d.matched_filter,
            }
        })
        .collect();
    let refused = plans.iter().any(|p| {
        !matches!(
            p.verdict,
            Verdict::New | Verdict::Unchanged | Verdict::Overwrite
        )
    });
    let write = !(args.dry_run || (refused && args.all_or_nothing));
    let to_write: Vec<&Plan> = plans
        .iter()
        .filter(|p| write && matches!(p.verdict, Verdict::New | Verdict::Overwrite))
        .collect();
    let results = join_all(
        to_write
            .iter()
            .map(|p| registry.put_tag(name, &source, &p.tag)),
    )
    .await;
    let mut written: HashMap<String, Written> = HashMap::new();
    let mut raced: Vec<String> = Vec::new();
    for (p, r) in to_write.iter().zip(results) {
        let outcome = match r {
            Ok(()) => Written::Done,
            Err((code, err)) => {
                if codes::image_already_exists(code.as_deref()) {
                    raced.push(p.tag.clone());
                }
                Written::Failed {
                    code,
                    text: crate::error::render(&err),
                    exit: crate::error::classify(&err).0,
                }
            }
        };
        written.insert(p.tag.clone(), outcome);
    }
    // Another job may have written the same tag a moment ago (parallel pipelines): a tag that
    // now holds the wanted image is unchanged, not a conflict.
    if !raced.is_empty() {
        debug(
            2,
            format_args!("BatchGetImage {name} (re-reading {} tag(s))", raced.len()),
        );
        if let Ok(now) = registry.tag_states(name, &raced).await {
            for tag in &raced {
                if let Some(Remote::Present(r)) = now.remotes.get(tag) {
                    let outcome = if r.digest == digest {
                        Written::AlreadyThere
                    } else {
                        Written::TakenBy(r.digest.clone())
                    };
                    written.insert(tag.clone(), outcome);
                }
            }
        }
    }
    let mut exits = Vec::new();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    let mut refusals = Vec::new();
    for p in &plans {
        let prev = p.previous.as_deref().map(short_digest).unwrap_or_default();
        let rule = match p.immutable {
            Some(true) => "immutable",
            Some(false) => "mutable",
            None => "of unknown mutability",
        };
        let (result, message, exit) = match (p.verdict, written.get(&p.tag)) {
            (Verdict::Unchanged, _) | (_, Some(Written::AlreadyThere)) => (
                "unchanged",
                "already points to the image: nothing to do".to_string(),
                Exit::Success,
            ),
            (Verdict::New, Some(Written::Done)) => {
                ("created", "new tag created".to_string(), Exit::Success)
            }
            (Verdict::Overwrite, Some(Written::Done)) => (
                "moved",
                format!("{rule} tag moved from {prev}"),
                Exit::Success,
            ),
            (Verdict::Conflict, _) => (
                "refused",
                format!("exists on {prev} and is immutable: refused"),
                Exit::PushConflict,
            ),
            (_, Some(Written::TakenBy(other))) => (
                "refused",
                format!(
                    "written meanwhile by someone else with {}: refused",
                    short_digest(other)
                ),
                Exit::PushConflict,
            ),
            (_, Some(Written::Failed { code, text, exit })) => (
                "failed",
                text.clone(),
                if codes::image_already_exists(code.as_deref()) {
                    Exit::PushConflict
                } else {
                    *exit
                },
            ),
            (Verdict::New | Verdict::Overwrite, None) if !args.dry_run => (
                "skipped",
                "not written: another tag is refused and --all-or-nothing was given".to_string(),
                Exit::Success,
            ),
            (Verdict::New, None) => ("planned", "would be created".to_string(), Exit::Success),
            (Verdict::Overwrite, None) => (
                "planned",
                format!("{rule} tag would move from {prev}"),
                Exit::Success,
            ),
            (v, _) => (
                "unknown",
                format!("cannot decide ({})", v.as_str()),
                Exit::PushUnknown,
            ),
        };
        exits.push(exit);
        let message = match &p.filter {
            Some(f) => format!("{message} (it matches exclusion filter '{f}')"),
            None => message,
        };
        if result == "refused" || result == "failed" {
            let text = format!("{name}:{}: {message}", p.tag);
            refusals.push(if ctx.runner.github() {
                crate::ci::github_annotation(
                    "error",
                    &format!("ecrctl images tag {}", p.tag),
                    &text,
                    None,
                )
            } else {
                format!("error: {text}")
            });
        }
        items.push(json!({
            "tag": p.tag,
            "verdict": p.verdict.as_str(),
            "result": result,
            "previousDigest": p.previous,
            "tagMutability": p.immutable.map(|i| if i { "IMMUTABLE" } else { "MUTABLE" }),
            "matchedFilter": p.filter,
            "message": message,
        }));
        rows.push(vec![
            p.tag.clone(),
            p.verdict.as_str().to_string(),
            result.to_string(),
            message,
        ]);
    }
    let any_written = written.values().any(|w| matches!(w, Written::Done));
    let mut report = Report::records(
        json!({"repository": name, "source": source_text, "digest": digest, "tags": items, "written": any_written}),
        &items,
        Human::Table {
            headers: vec!["TAG", "VERDICT", "RESULT", "DETAIL"],
            rows,
        },
        "images tag",
    );
    for n in notes {
        report = report.with_status(format!("note: {n}"));
    }
    report.warnings.extend(refusals);
    if refused && args.all_or_nothing {
        report = report.with_warning(
            "warning: nothing written: a tag would be refused and --all-or-nothing was given",
        );
    } else if args.dry_run {
        report = report.with_status("dry run: nothing written");
    }
    report.exit = Exit::worst(exits);
    Ok(report)
}

/// What happened to one PutImage of `images tag`.
enum Written {
    Done,
    /// The write failed because the tag exists, and it holds the wanted image after all.
    AlreadyThere,
    /// The write failed because the tag exists with another image.
    TakenBy(String),
    Failed {
        code: Option<String>,
        text: String,
        exit: Exit,
    },
}

// ---------------------------------------------------------------------------------------------
// delete

pub async fn delete(ctx: &Context, args: &ImagesDeleteArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let name = &repo.name;
    // `images delete REPO:TAG [MORE…]` or `images delete REPO TAG…`.
    let requested: Vec<String> = crate::reference::split_image_arg(&args.repository)
        .1
        .map(str::to_string)
        .into_iter()
        .chain(args.images.iter().cloned())
        .collect();
    if requested.is_empty() {
        return usage(format!(
            "name the images to delete: `ecrctl images delete {} TAG|DIGEST…` or `ecrctl images delete {}:TAG`",
            args.repository, args.repository
        ));
    }
    for i in &requested {
        check_image_id(i)?;
    }
    if !args.yes {
        if !ctx.can_prompt {
            return Err(AppError::new(
                Exit::Aborted,
                format!("deleting {} image(s) from {name} needs confirmation and there is no terminal to ask on", requested.len()),
            )
            .with_hint("pass --yes to delete without asking")
            .into());
        }
        let question = format!("Delete {} from {name}?", requested.join(", "));
        if !ui::confirm(&question).context("reading the answer")? {
            return Err(AppError::new(Exit::Aborted, "nothing deleted").into());
        }
    }
    let registry = ctx.registry(repo).await?;
    let mut outcomes: Vec<(String, Outcome)> = Vec::new();
    for chunk in requested.chunks(100) {
        let answer = registry.delete_images(name, chunk).await;
        let answer = match answer {
            Ok(a) => a,
            // A second run of a cleanup job: the repository itself is gone.
            Err(e) if args.if_exists && codes::repository_not_found(code_of(&e)) => DeleteAnswer {
                deleted: Vec::new(),
                failed: chunk
                    .iter()
                    .map(|i| {
                        (
                            (Some(i.clone()), None),
                            "ImageNotFound".into(),
                            "the repository does not exist".into(),
                        )
                    })
                    .collect(),
            },
            Err(e) => return Err(ctx.not_found(e, repo).await),
        };
        outcomes.extend(chunk.iter().map(|i| (i.clone(), answer.outcome(i))));
    }
    let survivors = surviving_images(&registry, name, &outcomes).await;
    let mut exits = Vec::new();
    let mut items = Vec::new();
    let mut rows = Vec::new();
    for (requested, outcome) in &outcomes {
        let (result, digest, failure, detail, exit) = match outcome {
            Ok(digest) => {
                let (result, detail) = match survivors.get(digest.as_str()) {
                    Some(Some(true)) => ("untagged", "the tag is gone; the image remains under other tags".to_string()),
                    Some(None) => ("untagged", "the tag is gone; whether the image remains is unknown (ecr:BatchGetImage denied)".to_string()),
                    _ => ("deleted", "the image is gone".to_string()),
                };
                (result, Some(digest.clone()), None, detail, Exit::Success)
            }
            Err((code, reason)) if code == "ImageNotFound" => (
                "not-found",
                None,
                Some((code.clone(), reason.clone())),
                format!("{code}: {reason}"),
                if args.if_exists {
                    Exit::Success
                } else {
                    Exit::NotFound
                },
            ),
            Err((code, reason)) => (
                "failed",
                None,
                Some((code.clone(), reason.clone())),
                format!("{code}: {reason}"),
                Exit::Service,
            ),
        };
        exits.push(exit);
        items.push(json!({
            "image": requested,
            "result": result,
            "digest": digest.filter(|d| !d.is_empty()),
            "failureCode": failure.as_ref().map(|f| f.0.clone()),
            "failureReason": failure.as_ref().map(|f| f.1.clone()),
        }));
        rows.push(vec![requested.clone(), result.to_string(), detail]);
    }
    let count = |r: &str| items.iter().filter(|i| i["result"] == r).count();
    let mut summary = format!(
        "{name}: {} deleted, {} untagged",
        count("deleted"),
        count("untagged")
    );
    for (result, word) in [("not-found", "not found"), ("failed", "failed")] {
        if count(result) > 0 {
            summary.push_str(&format!(", {} {word}", count(result)));
        }
    }
    let mut report = Report::records(
        json!({"repository": name, "images": items}),
        &items,
        Human::Table {
            headers: vec!["IMAGE", "RESULT", "DETAIL"],
            rows,
        },
        "images delete",
    );
    report.exit = Exit::worst(exits);
    // A failing summary explains the exit code: shown even with -q.
    report = if report.exit == Exit::Success {
        report.with_status(summary)
    } else {
        report.with_warning(format!("error: {summary}"))
    };
    Ok(report)
}

/// Whether each image a deletion by tag touched still exists (it had other tags): `Some(true)`
/// it remains, `Some(false)` it is gone, `None` unknown. Digests not in the map are gone.
async fn surviving_images<'a>(
    registry: &Registry,
    name: &str,
    outcomes: &'a [(String, Outcome)],
) -> HashMap<&'a str, Option<bool>> {
    // A deletion by digest removes the image whatever its tags.
    let digests: Vec<&str> = outcomes
        .iter()
        .filter(|(requested, _)| !requested.contains(':'))
        .filter_map(|(_, o)| o.as_ref().ok())
        .map(String::as_str)
        .filter(|d| !d.is_empty())
        .collect();
    if digests.is_empty() {
        return HashMap::new();
    }
    registry.still_there(name, &digests).await
}
