//! `ecrctl repo …`: create, show, list, delete, and switch tag mutability.

use std::path::Path;

use anyhow::Result;
use serde_json::json;

use super::Context;
use crate::cli::{CreateArgs, DeleteArgs, ListArgs, MutabilityArgs, ShowArgs};
use crate::error::{code_of, codes, usage, AppError, Exit};
use crate::mutability::{self, Mutability};
use crate::output::{Human, Report};
use crate::reference::RepoName;
use crate::registry::model::{Catalog, RepoInfo};
use crate::registry::settings::NewRepository;
use crate::registry::Registry;
use crate::settings;
use crate::ui;

/// The fields of `repo show`, as a person reads them.
fn fields(info: &RepoInfo) -> Vec<(&'static str, String)> {
    let mut fields = vec![
        ("name", info.name.clone()),
        ("uri", info.uri.clone()),
        ("arn", info.arn.clone()),
        (
            "visibility",
            if info.public { "public" } else { "private" }.to_string(),
        ),
        ("tag mutability", info.describe_mutability()),
    ];
    if !info.public {
        fields.push((
            "scan on push",
            yes_no(info.scan_on_push.unwrap_or(false)).to_string(),
        ));
        let encryption = match &info.kms_key {
            Some(key) => format!("{} ({key})", info.encryption.as_deref().unwrap_or("KMS")),
            None => info.encryption.clone().unwrap_or_default(),
        };
        fields.push(("encryption", encryption));
    }
    if let Some(created) = &info.created_at {
        fields.push(("created", created.clone()));
    }
    fields
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn public_word(public: bool) -> &'static str {
    if public {
        "public"
    } else {
        "private"
    }
}

// ---------------------------------------------------------------------------------------------
// create

pub async fn create(ctx: &Context, args: &CreateArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let tags = settings::parse_tags(&args.tags).map_err(AppError::usage)?;
    let new = new_repository(repo, args, &tags)?;
    let (info, created) = create_or_accept(ctx, repo, args, &new).await?;
    let status = if created {
        format!(
            "created {} repository {}: tags {}",
            public_word(info.public),
            info.name,
            info.describe_mutability()
        )
    } else {
        format!(
            "{} repository {} already exists; settings left as they are",
            public_word(info.public),
            info.name
        )
    };
    let mut warnings = mutability::filter_warnings(args.immutable, &args.except);
    if !created && !info.public {
        let existing_tags = ctx.registry(repo).await?.tags(&info).await.ok();
        for difference in create_differences(args, &tags, &info, existing_tags.as_deref()) {
            warnings.push(format!("warning: {difference}"));
        }
    }
    let mut json = info.json();
    json["created"] = json!(created);
    let record = json.clone();
    let mut report = Report::records(
        json,
        &[record],
        Human::Lines(vec![info.uri.clone()]),
        "repo create",
    )
    .with_status(status);
    report.warnings = warnings;
    Ok(report)
}

/// How an existing repository differs from what `repo create --if-not-exists` asked for; only
/// what was asked is compared (no option given, no opinion).
fn create_differences(
    args: &CreateArgs,
    tags: &[(String, String)],
    info: &RepoInfo,
    existing_tags: Option<&[(String, String)]>,
) -> Vec<String> {
    let mut out = Vec::new();
    let name = &info.name;
    let mutability_asked = args.immutable || !args.except.is_empty();
    if mutability_asked {
        let wanted = Mutability::requested(args.immutable, &args.except);
        if info.mutability().is_some_and(|m| !m.same_as(&wanted)) {
            out.push(format!(
                "{name} exists with tags {}, not {} as requested (change it with `ecrctl repo {} {name}{}`)",
                info.describe_mutability(),
                wanted.describe(),
                if args.immutable { "immutable" } else { "mutable" },
                args.except.iter().map(|e| format!(" --except '{e}'")).collect::<String>()
            ));
        }
    }
    if args.scan_on_push && info.scan_on_push == Some(false) {
        out.push(format!(
            "{name} exists with scan on push off, not on as requested"
        ));
    }
    if let Some(key) = &args.kms_key {
        let same = info.kms_key.as_deref().is_some_and(|k| {
            k == key || k.ends_with(&format!("/{}", key.trim_start_matches("alias/")))
        });
        if !same {
            out.push(format!(
                "{name} exists encrypted with {}, not KMS key {key} as requested (encryption is fixed at creation)",
                match &info.kms_key {
                    Some(k) => format!("KMS key {k}"),
                    None => info.encryption.clone().unwrap_or_else(|| "AES256".into()),
                }
            ));
        }
    }
    if !tags.is_empty() {
        match existing_tags {
            Some(existing) => {
                for (k, v) in tags {
                    match existing.iter().find(|(ek, _)| ek == k) {
                        Some((_, ev)) if ev == v => {}
                        Some((_, ev)) => out.push(format!(
                            "{name} exists with tag {k}={ev}, not {k}={v} as requested"
                        )),
                        None => out.push(format!(
                            "{name} exists without tag {k}={v} as requested"
                        )),
                    }
                }
            }
            None => out.push(format!(
                "{name} exists; its resource tags could not be read (ecr:ListTagsForResource) to compare with --tag"
            )),
        }
    }
    out
}

/// What a new repository gets, checked against its kind: catalog options are for public
/// repositories, mutability, scanning and KMS for private ones.
fn new_repository(
    repo: &RepoName,
    args: &CreateArgs,
    tags: &[(String, String)],
) -> Result<NewRepository> {
    if repo.public {
        if args.immutable || !args.except.is_empty() {
            // Options that cannot go together: a usage error, before anything is sent.
            let mut err = no_public_mutability(&repo.name);
            err.kind = Exit::Usage;
            return Err(err.into());
        }
        if args.scan_on_push || args.kms_key.is_some() {
            return usage(
                "--scan-on-push and --kms-key apply to private repositories only: ECR Public has neither setting",
            );
        }
    } else {
        let catalog_flag = [
            (args.description.is_some(), "--description"),
            (args.about_file.is_some(), "--about-file"),
            (args.usage_file.is_some(), "--usage-file"),
            (!args.architecture.is_empty(), "--architecture"),
            (!args.os.is_empty(), "--os"),
        ]
        .into_iter()
        .find_map(|(given, flag)| given.then_some(flag));
        if let Some(flag) = catalog_flag {
            return usage(format!(
                "{flag} sets ECR Public catalog data: add --public, or drop it for a private repository"
            ));
        }
        mutability::validate_filters(&args.except).map_err(AppError::usage)?;
        if let Some(key) = &args.kms_key {
            settings::validate_kms_key(key).map_err(AppError::usage)?;
        }
    }
    Ok(NewRepository {
        mutability: Mutability::requested(args.immutable, &args.except),
        scan_on_push: args.scan_on_push,
        kms_key: args.kms_key.clone(),
        tags: tags.to_vec(),
        catalog: if repo.public {
            public_catalog(args)?
        } else {
            None
        },
    })
}

/// Create, or with --if-not-exists accept the existing repository: (its settings, created).
async fn create_or_accept(
    ctx: &Context,
    repo: &RepoName,
    args: &CreateArgs,
    new: &NewRepository,
) -> Result<(RepoInfo, bool)> {
    match ctx.registry(repo).await?.create(&repo.name, new).await {
        Ok(info) => Ok((info, true)),
        Err(e) if args.if_not_exists && code_of(&e) == Some("RepositoryAlreadyExistsException") => {
            Ok((ctx.describe(repo).await?, false))
        }
        Err(e) => Err(conflict_hint(e, EXISTS_HINT)),
    }
}

/// Add a hint to a conflict error (exists, not empty); other errors pass through.
fn conflict_hint(err: anyhow::Error, hint: &str) -> anyhow::Error {
    match err.downcast::<AppError>() {
        Ok(app) if app.kind == Exit::Conflict => app.with_hint(hint).into(),
        Ok(app) => app.into(),
        Err(other) => other,
    }
}

const EXISTS_HINT: &str = "pass --if-not-exists to treat an existing repository as success";

fn no_public_mutability(name: &str) -> AppError {
    AppError::new(
        Exit::Conflict,
        format!(
            "public repository {name}: ECR Public has no tag mutability setting; every public tag can be overwritten"
        ),
    )
    .with_hint("use a private repository when tags must not move")
}

fn public_catalog(args: &CreateArgs) -> Result<Option<Catalog>> {
    if let Some(d) = &args.description {
        if d.chars().count() > settings::MAX_DESCRIPTION {
            return usage(format!(
                "--description is longer than {} characters",
                settings::MAX_DESCRIPTION
            ));
        }
    }
    let about = args
        .about_file
        .as_deref()
        .map(|p| read_catalog_text(p, "--about-file"))
        .transpose()?;
    let usage_text = args
        .usage_file
        .as_deref()
        .map(|p| read_catalog_text(p, "--usage-file"))
        .transpose()?;
    let architectures = args
        .architecture
        .iter()
        .map(|a| settings::normalize_architecture(a).map(str::to_string))
        .collect::<Result<Vec<_>, _>>()
        .map_err(AppError::usage)?;
    let systems = args
        .os
        .iter()
        .map(|o| settings::normalize_os(o).map(str::to_string))
        .collect::<Result<Vec<_>, _>>()
        .map_err(AppError::usage)?;
    if args.description.is_none()
        && about.is_none()
        && usage_text.is_none()
        && architectures.is_empty()
        && systems.is_empty()
    {
        return Ok(None);
    }
    Ok(Some(Catalog {
        description: args.description.clone(),
        architectures,
        operating_systems: systems,
        about_text: about,
        usage_text,
    }))
}

/// Read a Markdown catalog file: a regular UTF-8 file within the catalog's size limit.
fn read_catalog_text(path: &Path, flag: &str) -> Result<String> {
    let shown = path.display();
    let meta =
        std::fs::metadata(path).map_err(|e| AppError::usage(format!("{flag} {shown}: {e}")))?;
    if !meta.is_file() {
        return usage(format!("{flag} {shown}: not a regular file"));
    }
    if meta.len() > (settings::MAX_CATALOG_TEXT * 4) as u64 {
        return usage(format!(
            "{flag} {shown}: {} bytes; ECR Public allows {} characters",
            meta.len(),
            settings::MAX_CATALOG_TEXT
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| AppError::usage(format!("{flag} {shown}: {e}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| AppError::usage(format!("{flag} {shown}: not UTF-8 text")))?;
    if text.chars().count() > settings::MAX_CATALOG_TEXT {
        return usage(format!(
            "{flag} {shown}: longer than the {} characters ECR Public allows",
            settings::MAX_CATALOG_TEXT
        ));
    }
    Ok(text)
}

// ---------------------------------------------------------------------------------------------
// show

pub async fn show(ctx: &Context, _args: &ShowArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let info = ctx.describe(repo).await?;
    let mut warnings = Vec::new();
    let mut json = info.json();
    let mut fields = fields(&info);
    if info.public {
        // The catalog is an optional read too.
        match ctx.registry(repo).await?.catalog(&repo.name).await {
            Ok(catalog) => {
                if let Some(description) = &catalog.description {
                    fields.push(("description", description.clone()));
                }
                if !catalog.architectures.is_empty() {
                    fields.push(("architectures", catalog.architectures.join(", ")));
                }
                if !catalog.operating_systems.is_empty() {
                    fields.push(("operating systems", catalog.operating_systems.join(", ")));
                }
                json["catalog"] = serde_json::to_value(&catalog)?;
            }
            Err(e) if codes::denied(code_of(&e)) => {
                json["catalog"] = serde_json::Value::Null;
                warnings.push(format!(
                    "warning: catalog data of {} not shown: ecr-public:GetRepositoryCatalogData is not allowed for this identity",
                    info.name
                ));
            }
            Err(e) => return Err(e),
        }
    } else {
        // The tags are an optional read: a role without ecr:ListTagsForResource still sees
        // the repository.
        match ctx.registry(repo).await?.tags(&info).await {
            Ok(tags) => {
                if !tags.is_empty() {
                    let joined: Vec<String> =
                        tags.iter().map(|(k, v)| format!("{k}={v}")).collect();
                    fields.push(("tags", joined.join(", ")));
                }
                json["tags"] = tags
                    .into_iter()
                    .map(|(k, v)| (k, serde_json::Value::String(v)))
                    .collect::<serde_json::Map<_, _>>()
                    .into();
            }
            Err(e) if codes::denied(code_of(&e)) => {
                json["tags"] = serde_json::Value::Null;
                fields.push(("tags", "unknown (not allowed to read them)".into()));
                warnings.push(format!(
                    "warning: tags of {} not shown: ecr:ListTagsForResource is not allowed for this identity",
                    info.name
                ));
            }
            Err(e) => return Err(e),
        }
    }
    let record = json.clone();
    let mut report = Report::records(json, &[record], Human::Fields(fields), "repo show");
    report.warnings = warnings;
    Ok(report)
}

// ---------------------------------------------------------------------------------------------
// list

pub async fn list(ctx: &Context, args: &ListArgs) -> Result<Report> {
    let mut repos = Registry::whole(&ctx.clients, args.public, None, ctx.registry_id.clone())
        .await?
        .list(None)
        .await?;
    if let Some(glob) = &args.glob {
        repos.retain(|r| mutability::glob(glob, &r.name));
    }
    repos.sort_by(|a, b| a.name.cmp(&b.name));
    let rows = repos
        .iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.describe_mutability(),
                r.scan_on_push.map(yes_no).unwrap_or("-").to_string(),
                r.encryption.clone().unwrap_or_else(|| "-".into()),
                r.created_at
                    .as_deref()
                    .map(|c| c.get(..10).unwrap_or(c).to_string())
                    .unwrap_or_default(),
            ]
        })
        .collect();
    let records: Vec<serde_json::Value> = repos.iter().map(RepoInfo::json).collect();
    let mut report = Report::records(
        serde_json::Value::Array(records.clone()),
        &records,
        Human::Table {
            headers: vec![
                "NAME",
                "TAG MUTABILITY",
                "SCAN ON PUSH",
                "ENCRYPTION",
                "CREATED",
            ],
            rows,
        },
        "repo list",
    );
    if repos.is_empty() {
        report = report.with_status(match &args.glob {
            Some(g) => format!("no {} repositories match '{g}'", public_word(args.public)),
            None => format!("no {} repositories", public_word(args.public)),
        });
    }
    Ok(report)
}

// ---------------------------------------------------------------------------------------------
// delete

pub async fn delete(ctx: &Context, args: &DeleteArgs) -> Result<Report> {
    let repo = ctx.repo()?;
    let kind = public_word(repo.public);
    let name = &repo.name;
    let info = match ctx.describe(repo).await {
        Ok(info) => info,
        Err(e) if args.if_exists && crate::error::classify(&e).0 == Exit::NotFound => {
            return Ok(absent(repo));
        }
        Err(e) => return Err(e),
    };
    // Say "not empty" before asking, not after the user said yes.
    if !args.force && ctx.registry(repo).await?.holds_images(name).await {
        return Err(AppError::new(
            Exit::Conflict,
            format!("{kind} repository {name} still holds images"),
        )
        .with_hint("pass --force to delete them with it")
        .into());
    }
    let question = if args.force {
        format!("Delete {kind} repository {name} and every image in it?")
    } else {
        format!("Delete {kind} repository {name}?")
    };
    ui::confirm_or_abort(
        args.yes,
        ctx.can_prompt,
        &format!("deleting {kind} repository {name}"),
        &question,
        &format!("kept repository {name}"),
    )?;
    let result = ctx
        .registry(repo)
        .await?
        .delete_repository(name, args.force)
        .await;
    match result {
        Ok(()) => {}
        // Deleted by someone else between our read and our delete (parallel cleanup jobs).
        Err(e) if args.if_exists && codes::repository_not_found(code_of(&e)) => {
            return Ok(absent(repo));
        }
        Err(err) => {
            return Err(conflict_hint(
                err,
                "the repository still holds images: pass --force to delete them with it",
            ))
        }
    }
    let mut json = info.json();
    json["deleted"] = json!(true);
    json["result"] = json!("deleted");
    let record = json.clone();
    Ok(
        Report::records(json, &[record], Human::Lines(vec![]), "repo delete")
            .with_status(format!("deleted {kind} repository {name}")),
    )
}

/// `repo delete --if-exists` of a repository that is not there: the same JSON keys as a
/// deletion, `null` where nothing is known.
fn absent(repo: &RepoName) -> Report {
    let kind = public_word(repo.public);
    let mut json = RepoInfo {
        name: repo.name.clone(),
        uri: String::new(),
        arn: String::new(),
        registry_id: repo.registry_id.clone().unwrap_or_default(),
        public: repo.public,
        tag_mutability: None,
        exclusion_filters: Vec::new(),
        scan_on_push: None,
        encryption: None,
        kms_key: None,
        created_at: None,
    }
    .json();
    for key in ["uri", "arn", "registryId", "exclusionFilters"] {
        if json[key] == json!("") || json[key] == json!([]) {
            json[key] = serde_json::Value::Null;
        }
    }
    json["deleted"] = json!(false);
    json["result"] = json!("absent");
    let record = json.clone();
    Report::records(json, &[record], Human::Lines(vec![]), "repo delete").with_status(format!(
        "{kind} repository {} does not exist; nothing to delete",
        repo.name
    ))
}

// ---------------------------------------------------------------------------------------------
// immutable / mutable

pub async fn set_mutability(
    ctx: &Context,
    args: &MutabilityArgs,
    immutable: bool,
) -> Result<Report> {
    let repo = ctx.repo()?;
    if repo.public {
        return Err(no_public_mutability(&repo.name).into());
    }
    mutability::validate_filters(&args.except).map_err(AppError::usage)?;
    let wanted = Mutability::requested(immutable, &args.except);
    let name = &repo.name;
    let before_info = ctx.describe(repo).await?;
    let before = before_info.mutability();
    let changed = !before.as_ref().is_some_and(|b| b.same_as(&wanted));
    let after = if changed {
        ctx.registry(repo)
            .await?
            .set_mutability(name, &wanted)
            .await?
    } else {
        wanted.clone()
    };
    let warnings = mutability::filter_warnings(immutable, &args.except);
    let before_text = before_info.describe_mutability();
    let line = if changed {
        format!("{name}: {before_text} → {}", after.describe())
    } else {
        format!("{name}: already {before_text}; unchanged")
    };
    let setting = |mode: &str, filters: &[String]| json!({"tagMutability": mode, "exclusionFilters": filters});
    let json = json!({
        "name": name,
        "changed": changed,
        "before": setting(before_info.tag_mutability.as_deref().unwrap_or("MUTABLE"), &before_info.exclusion_filters),
        "after": setting(after.mode.as_api(), &after.filters),
        "result": if changed { "changed" } else { "unchanged" },
    });
    let record = json.clone();
    let command = if immutable {
        "repo immutable"
    } else {
        "repo mutable"
    };
    let mut report = Report::records(json, &[record], Human::Lines(vec![line]), command);
    report.warnings = warnings;
    Ok(report)
}
