//! `ecrctl repo …`: create, show, list, delete, and switch tag mutability.

pub mod create;
pub mod delete;
pub mod list;
pub mod mutability;
pub mod show;
pub mod update;

use super::Context;
use crate::diagnostic::Diagnostic;
use crate::error::{AppError, Exit};
use crate::reference::RepoName;
use crate::registry::model::RepoInfo;

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
pub(super) fn key_unknown_warning(given: &str, info: &RepoInfo, why: &str) -> Diagnostic {
    Diagnostic::warning(format!(
        "could not tell whether --kms-key {} is the key {} is encrypted with ({}): resolving the alias failed: {why}; the comparison was not made",
        crate::error::cut(given),
        info.name,
        info.kms_key.as_deref().unwrap_or("-"),
        why = why.trim_end_matches('.')
    ))
}

/// Add a hint to a conflict error (exists, not empty); other errors pass through.
pub(super) fn conflict_hint(err: anyhow::Error, hint: &str) -> anyhow::Error {
    match err.downcast::<AppError>() {
        Ok(app) if app.kind == Exit::Conflict => app.with_hint(hint).into(),
        Ok(app) => app.into(),
        Err(other) => other,
    }
}
