//! `images copy`: one image from any registry to any registry, digest kept.

use anyhow::Result;
use clap::Args;

use super::transfer::{self, Given, Pair, TransferArgs};
use crate::commands::{Context, Run};
use crate::output::Report;

pub const EX_COPY: &str = "Examples:\n  ecrctl images copy docker.io/library/alpine:3.20 myapp:3.20\n  ecrctl images copy 111111111111.dkr.ecr.eu-west-1.amazonaws.com/app:v1 \\\n      222222222222.dkr.ecr.us-east-1.amazonaws.com/app:v1 --src-profile build --dst-profile prod\n  ecrctl images copy ghcr.io/org/tool:2.1 myapp --referrers --create\n  ecrctl images copy myapp:v1 myapp-prod:v1 --dry-run --exit-code";

pub const COPY_HELP: &str = "\
Before anything is written the destination tag gets check-push's verdict:
  new        the tag does not exist: the image is copied
  unchanged  the tag already holds the image: nothing is sent
  overwrite  a mutable tag moves to the image
  conflict   the tag is immutable and holds another image: refused (exit 10), nothing sent
A missing ECR repository is refused (exit 11) unless a create-on-push template creates it or
--create is given. Manifests are copied byte for byte (the digest is kept), every platform of an
index with them; blobs the destination has are not sent, blobs on the same registry are
mounted, the rest stream through ecrctl and are verified against their digests (exit 22).";

#[derive(Debug, Clone, Args)]
pub struct ImagesCopyArgs {
    /// The image: [REGISTRY/]REPOSITORY:TAG or @DIGEST in any registry (a short name is your
    /// ECR registry; Docker Hub is docker.io/…)
    #[arg(value_name = "SOURCE")]
    pub source: String,
    /// Where to: an image reference, or a repository (the source's tag is kept)
    #[arg(value_name = "DESTINATION")]
    pub destination: String,
    #[command(flatten)]
    pub transfer: TransferArgs,
}

impl Run for ImagesCopyArgs {
    type Target = Pair;
    fn target(&self) -> Given<'_> {
        Given {
            src: &self.source,
            dst: &self.destination,
            repositories: false,
        }
    }
    async fn run(&self, ctx: &Context, pair: Pair) -> Result<Report> {
        let args = &self.transfer;
        let ends = transfer::open(ctx, &pair, args).await?;
        let reference = pair.src.reference().unwrap_or("latest");
        let m = transfer::source_manifest(&ends, reference).await?;
        let dst_tag = ends.dst_name.tag.clone();
        let result = transfer::copy_image(&ends, &m, dst_tag.as_deref(), args).await;
        ends.progress.finish_and_clear();
        let (record, exit) = result?;
        let status = match record.result {
            "copied" => Some(format!(
                "copied {} to {}: {} in {} blob(s) sent, {} already there{}",
                pair.src.text(),
                record.destination,
                crate::images::human_size(record.bytes_sent as i64),
                record.blobs_sent,
                record.blobs_skipped,
                if record.blobs_mounted > 0 {
                    format!(", {} mounted", record.blobs_mounted)
                } else {
                    String::new()
                }
            )),
            "unchanged" => Some(format!(
                "{} already holds {}: nothing sent",
                record.destination,
                crate::images::short_digest(&record.source_digest)
            )),
            _ => None,
        };
        let mut report = transfer::report(vec![record], vec![exit], args, true);
        for note in &ends.notes {
            report = report.with_status(format!("note: {note}"));
        }
        if let Some(s) = status {
            report = report.with_status(s);
        }
        Ok(report)
    }
}
