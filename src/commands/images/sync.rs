//! `images sync`: every matching tag of a repository copied to another, what is there skipped.

use anyhow::Result;
use clap::Args;
use futures::stream::{self, StreamExt};

use super::transfer::{self, Ends, Given, Pair, TransferArgs};
use crate::commands::{Context, Run};
use crate::error::{self, AppError, Exit};
use crate::oci::client::Fetched;
use crate::oci::manifest::{self, Kind};
use crate::output::Report;
use crate::records::images::Copied;

pub const EX_SYNC: &str = "Examples:\n  ecrctl images sync docker.io/library/alpine myapp/alpine --tags '3.*'\n  ecrctl images sync 111111111111.dkr.ecr.eu-west-1.amazonaws.com/app \\\n      222222222222.dkr.ecr.us-east-1.amazonaws.com/app --since 30d --referrers\n  ecrctl images sync ghcr.io/org/tool tool --dry-run --exit-code";

pub const SYNC_HELP: &str = "\
Each matching tag is copied as `images copy` copies it, after the same verdict: a tag that
already holds the image is `unchanged` and nothing is sent, an immutable tag holding another
image is refused (exit 10) and the other tags still go. Run it again after an interruption:
what arrived is skipped by digest, blob by blob. Referrers-tag indexes (sha256-<hex>) are not
tags to copy: --referrers carries them with their images.";

#[derive(Debug, Clone, Args)]
pub struct ImagesSyncArgs {
    /// The source repository: [REGISTRY/]REPOSITORY in any registry
    #[arg(value_name = "SRC_REPO")]
    pub source: String,
    /// The destination repository
    #[arg(value_name = "DST_REPO")]
    pub destination: String,
    /// Only tags matching this glob (`*` any characters, `?` one); repeat for several
    #[arg(long = "tags", value_name = "PATTERN")]
    pub tags: Vec<String>,
    /// Only images created within this long (the image config's `created`), e.g. 7d, 12h
    #[arg(long, value_name = "AGE", allow_hyphen_values = true)]
    pub since: Option<String>,
    #[command(flatten)]
    pub transfer: TransferArgs,
}

impl Run for ImagesSyncArgs {
    type Target = Pair;
    fn target(&self) -> Given<'_> {
        Given {
            src: &self.source,
            dst: &self.destination,
            repositories: true,
        }
    }
    async fn run(&self, ctx: &Context, pair: Pair) -> Result<Report> {
        let since = match &self.since {
            Some(age) => Some(
                crate::time::now()
                    - crate::time::parse_duration(age)
                        .map_err(|e| AppError::usage(format!("--since {e}")))?,
            ),
            None => None,
        };
        let args = &self.transfer;
        let ends = transfer::open(ctx, &pair, args).await?;
        let all = match ends.src.registry.tags(&ends.src.repo).await {
            Ok(t) => t,
            Err(e) if error::code_of(&e) == Some("NAME_UNKNOWN") => {
                return Err(transfer::repository_missing(&ends.src))
            }
            Err(e) => return Err(e),
        };
        let mut tags: Vec<String> = all
            .into_iter()
            .filter(|t| !is_referrers_tag(t))
            .filter(|t| {
                self.tags.is_empty() || self.tags.iter().any(|p| crate::mutability::glob(p, t))
            })
            .collect();
        tags.sort();
        tags.dedup();
        let ends = &ends;
        let results: Vec<Option<(Copied, Exit)>> = stream::iter(tags.iter())
            .map(|tag| async move { one(ends, tag, since, args).await })
            .buffered(4)
            .collect()
            .await;
        ends.progress.finish_and_clear();
        let old = results.iter().filter(|r| r.is_none()).count();
        let (records, exits): (Vec<Copied>, Vec<Exit>) = results.into_iter().flatten().unzip();
        let count = |what: &str| records.iter().filter(|r| r.result == what).count();
        let mut summary = format!(
            "{} tag(s) of {}: {} copied, {} unchanged",
            records.len(),
            ends.src.text(),
            count("copied"),
            count("unchanged")
        );
        for what in ["planned", "refused", "unknown", "failed"] {
            if count(what) > 0 {
                summary.push_str(&format!(", {} {what}", count(what)));
            }
        }
        if old > 0 {
            summary.push_str(&format!(" ({old} older than --since left out)"));
        }
        let mut report = transfer::report(records, exits, args, false);
        for note in &ends.notes {
            report = report.with_status(format!("note: {note}"));
        }
        if tags.is_empty() {
            report = report.with_status(format!("no tag of {} matches", ends.src.text()));
        } else {
            report = report.with_status(summary);
        }
        Ok(report)
    }
}

/// OCI's referrers tag schema: `sha256-` and 64 hex characters.
fn is_referrers_tag(tag: &str) -> bool {
    tag.strip_prefix("sha256-")
        .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// One tag: `None` when --since leaves it out; a failure is its record, not the run's end.
async fn one(
    ends: &Ends,
    tag: &str,
    since: Option<i64>,
    args: &TransferArgs,
) -> Option<(Copied, Exit)> {
    let attempt = async {
        let m = transfer::source_manifest(ends, tag).await?;
        if let Some(from) = since {
            if created(ends, &m).await?.is_some_and(|c| c < from) {
                return Ok(None);
            }
        }
        transfer::copy_image(ends, &m, Some(tag), args)
            .await
            .map(Some)
    };
    match attempt.await {
        Ok(r) => r,
        Err(e) => {
            let exit = error::classify(&e).0;
            Some((
                Copied {
                    source: format!("{}:{tag}", ends.src.text()),
                    destination: format!("{}:{tag}", ends.dst.text()),
                    verdict: "unknown",
                    result: "failed",
                    source_digest: String::new(),
                    destination_digest: None,
                    previous_digest: None,
                    media_type: String::new(),
                    bytes_sent: 0,
                    blobs_sent: 0,
                    blobs_skipped: 0,
                    blobs_mounted: 0,
                    manifests_sent: 0,
                    referrers: Vec::new(),
                    tag_mutability: None,
                    matched_filter: None,
                    dry_run: args.dry_run,
                    message: error::render(&e),
                },
                exit,
            ))
        }
    }
}

/// When an image was built: its config's `created` (an index: its first platform's).
async fn created(ends: &Ends, m: &Fetched) -> Result<Option<i64>> {
    let src = &ends.src;
    let mut current = m.clone();
    for _ in 0..4 {
        let parsed = manifest::parse(&current.bytes, Some(&current.media_type))
            .map_err(|e| AppError::new(Exit::Service, e))?;
        match parsed.kind {
            Kind::Image => {
                let config = &parsed.blobs[0];
                let bytes = src
                    .registry
                    .blob_bytes(&src.repo, &config.digest, 1024 * 1024)
                    .await?;
                let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
                return Ok(v
                    .get("created")
                    .and_then(|c| c.as_str())
                    .and_then(|c| crate::time::parse(c).ok()));
            }
            Kind::Index => {
                let Some(first) = parsed
                    .manifests
                    .iter()
                    .find(|d| d.platform.as_ref().is_none_or(|p| p.os != "unknown"))
                else {
                    return Ok(None);
                };
                current = match src.registry.manifest(&src.repo, &first.digest).await? {
                    Some(m) => m,
                    None => return Ok(None),
                };
            }
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn referrers_tags_are_recognised() {
        assert!(is_referrers_tag(&format!("sha256-{}", "a".repeat(64))));
        assert!(!is_referrers_tag("sha256-abc"));
        assert!(!is_referrers_tag(&format!("sha256-{}.sig", "a".repeat(64))));
        assert!(!is_referrers_tag("v1"));
    }
}
