//! `ecrctl images …`: list, show, tag (server-side, under the immutability rules), delete.

pub mod delete;
pub mod list;
pub mod prune;
pub mod scan;
pub mod show;
pub mod tag;
pub mod wait;

use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

use crate::error::AppError;
use crate::images::ImageRow;
use crate::reference::{validate_digest, validate_existing_tag};

pub use list::list_report;
pub use show::show_report;

pub(super) fn now() -> i64 {
    crate::time::now()
}

/// `repo:tag` or `repo@digest`, as people write an image.
pub(super) fn image_text(repo: &str, id: &str) -> String {
    if id.contains(':') {
        format!("{repo}@{id}")
    } else {
        format!("{repo}:{id}")
    }
}

/// A tag or a digest, checked before anything is sent.
pub(super) fn check_image_id(s: &str) -> Result<()> {
    if s.contains(':') {
        validate_digest(s).map_err(AppError::usage)
    } else {
        validate_existing_tag(s).map_err(AppError::usage)
    }
    .map_err(Into::into)
}

pub(super) fn time_text(t: Option<i64>) -> Option<String> {
    t.map(crate::time::format)
}

/// An image in JSON: the one place its field names are spelled.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct RowJson<'a> {
    /// `null` when the answer left it out.
    digest: Option<&'a str>,
    tags: &'a [String],
    size_bytes: Option<i64>,
    /// `images list` only: the size its filters, `--sort size` and its table read (an image
    /// index: its platform images summed); `sizeBytes` stays as ECR reports it.
    #[serde(skip_serializing_if = "Option::is_none")]
    total_size_bytes: Option<Option<i64>>,
    pushed_at: Option<String>,
    last_pulled_at: Option<String>,
    media_type: Option<&'a str>,
    artifact_type: Option<&'a str>,
    status: Option<&'a str>,
    scan_status: Option<&'a str>,
    last_archived_at: Option<String>,
    indexed_by: &'a [String],
    role: Option<&'a str>,
    subject: Option<&'a str>,
}

impl<'a> From<&'a ImageRow> for RowJson<'a> {
    fn from(r: &'a ImageRow) -> Self {
        RowJson {
            digest: (!r.digest.is_empty()).then_some(r.digest.as_str()),
            tags: &r.tags,
            size_bytes: r.size_bytes,
            total_size_bytes: None,
            pushed_at: time_text(r.pushed_at),
            last_pulled_at: time_text(r.last_pulled_at),
            media_type: r.media_type.as_deref(),
            artifact_type: r.artifact_type.as_deref(),
            status: r.status.as_deref(),
            scan_status: r.scan_status.as_deref(),
            last_archived_at: time_text(r.last_archived_at),
            indexed_by: &r.indexed_by,
            role: r.role,
            subject: r.subject.as_deref(),
        }
    }
}

pub(super) fn row_json(r: &ImageRow) -> Value {
    serde_json::to_value(RowJson::from(r)).expect("rows serialise")
}

/// An image as `images list` prints it: with `totalSizeBytes`.
pub(super) fn listed(r: &ImageRow) -> RowJson<'_> {
    RowJson {
        total_size_bytes: Some(r.total_size()),
        ..RowJson::from(r)
    }
}

pub(super) fn listed_json(r: &ImageRow) -> Value {
    serde_json::to_value(listed(r)).expect("rows serialise")
}
