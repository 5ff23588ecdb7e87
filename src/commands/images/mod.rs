//! `ecrctl images …`: list, show, tag (server-side, under the immutability rules), delete.

pub mod copy;
pub mod delete;
pub mod list;
pub mod prune;
pub mod scan;
pub mod show;
pub mod sync;
pub mod tag;
pub mod transfer;
pub mod wait;

use anyhow::Result;

use crate::error::AppError;
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
