//! `ecrctl repo …`: create, show, list, delete, and switch tag mutability.

mod create;
mod delete;
mod mutability;
mod update;

use anyhow::Result;

use super::Context;
use crate::cli::{ListArgs, ShowArgs};
use crate::error::{code_of, codes, AppError, Exit};
use crate::output::{Human, Report};
use crate::reference::RepoName;
use crate::registry::model::RepoInfo;
use crate::registry::Registry;

pub use create::create;
pub use delete::delete;
pub use mutability::set_mutability;
pub use update::update;

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
            info.scan_on_push
                .map_or("unknown (not in ECR's answer)", yes_no)
                .to_string(),
        ));
        let encryption = match &info.kms_key {
            Some(key) => format!("{} ({key})", info.encryption.as_deref().unwrap_or("KMS")),
            None => info
                .encryption
                .clone()
                .unwrap_or_else(|| "unknown (not in ECR's answer)".to_string()),
        };
        fields.push(("encryption", encryption));
    }
    if let Some(created) = &info.created_at {
        fields.push(("created", created.clone()));
    }
    fields
}

pub(super) fn yes_no(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

pub(super) fn public_word(public: bool) -> &'static str {
    if public {
        "public"
    } else {
        "private"
    }
}

pub(super) fn no_public_mutability(name: &str) -> AppError {
    AppError::new(
        Exit::Conflict,
        format!(
            "public repository {name}: ECR Public has no tag mutability setting; every public tag can be overwritten"
        ),
    )
    .with_hint("use a private repository when tags must not move")
}

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

pub async fn list(ctx: &Context, args: &ListArgs) -> Result<Report> {
    let mut repos = Registry::whole(&ctx.clients, args.public, None, ctx.registry_id.clone())
        .await?
        .list(None)
        .await?;
    if let Some(glob) = &args.glob {
        repos.retain(|r| crate::mutability::glob(glob, &r.name));
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

/// Whether a `--kms-key` names the key a repository has.
pub(super) enum KeyCheck {
    Same,
    Different,
    /// An alias that KMS would not resolve (denied, not found, unreachable): why.
    Unknown(String),
}

/// Compare `--kms-key` with a repository's key; an alias on either side is resolved first
/// with KMS DescribeKey (ECR reports the key ARN; an emulator may keep the alias).
pub(super) async fn check_key(
    ctx: &Context,
    repo: &RepoName,
    given: &str,
    info: &RepoInfo,
) -> KeyCheck {
    use crate::settings::{compare_key, KeyComparison};
    let Some(stored) = info.kms_key.as_deref() else {
        return KeyCheck::Different;
    };
    match compare_key(given, stored) {
        KeyComparison::Same => KeyCheck::Same,
        KeyComparison::Different => KeyCheck::Different,
        KeyComparison::NeedsResolving => {
            let region = ctx.region_of(repo).await;
            let resolve = |key: &str| {
                let (key, region) = (key.to_string(), region.clone());
                async move {
                    if crate::settings::is_kms_alias(&key) {
                        crate::registry::keys::key_arn(&ctx.clients, &key, &region).await
                    } else {
                        Ok(key)
                    }
                }
            };
            match tokio::join!(resolve(given), resolve(stored)) {
                (Ok(g), Ok(s)) if compare_key(&g, &s) == KeyComparison::Same => KeyCheck::Same,
                (Ok(_), Ok(_)) => KeyCheck::Different,
                (Err(e), _) | (_, Err(e)) => KeyCheck::Unknown(crate::error::render(&e)),
            }
        }
    }
}

/// The warning for a key that could not be compared: no claim either way.
pub(super) fn key_unknown_warning(given: &str, info: &RepoInfo, why: &str) -> String {
    format!(
        "warning: could not tell whether --kms-key {} is the key {} is encrypted with ({}): resolving the alias failed: {why}; the comparison was not made",
        crate::error::cut(given),
        info.name,
        info.kms_key.as_deref().unwrap_or("-"),
        why = why.trim_end_matches('.')
    )
}

/// Add a hint to a conflict error (exists, not empty); other errors pass through.
pub(super) fn conflict_hint(err: anyhow::Error, hint: &str) -> anyhow::Error {
    match err.downcast::<AppError>() {
        Ok(app) if app.kind == Exit::Conflict => app.with_hint(hint).into(),
        Ok(app) => app.into(),
        Err(other) => other,
    }
}
