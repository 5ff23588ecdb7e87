//! `images wait`: until each image exists (a push in another job), or until its scan has
//! completed (`--scan-complete`); a repository that does not exist ends the wait at once.

use std::ops::ControlFlow;
use std::time::{Duration, Instant};

use anyhow::Result;
use clap::Args;

use super::image_text;
use super::scan::{id_of, wait_limit, POLL};
use crate::commands::target::References;
use crate::commands::{Context, Run};
use crate::error::{code_of, Exit};
use crate::images::short_digest;
use crate::output::{Human, Report};
use crate::records::images::Waited;
use crate::scan::{phase, Phase};
use crate::ui;

pub const EX_WAIT: &str = "Examples:
  ecrctl images wait myapp:v1.2.0 --deadline 600
  ecrctl images wait myapp@sha256:… --scan-complete
  ECRCTL_DEADLINE=900 ecrctl images wait myapp:v1 worker:v1 -o json";

#[derive(Debug, Clone, Args)]
pub struct ImagesWaitArgs {
    /// Images: REPO:TAG, REPO@DIGEST or a full URI (no tag means `latest`)
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
    /// Also wait until each image's scan has completed (exit 21 when it fails)
    #[arg(long)]
    pub scan_complete: bool,
}

impl Run for ImagesWaitArgs {
    type Target = References;
    fn target(&self) -> &[String] {
        &self.images
    }
    async fn run(&self, ctx: &Context, refs: References) -> Result<Report> {
        let started = Instant::now();
        let limit = wait_limit(ctx, Duration::from_secs(10 * 60));
        let mut lines = Vec::new();
        for image in &refs.0 {
            let left = limit.saturating_sub(started.elapsed());
            lines.push(wait_one(ctx, image, self.scan_complete, left, started).await?);
        }
        let exit = Exit::worst(lines.iter().map(|l| l.exit));
        let human = Human::Table {
            headers: vec!["image", "digest", "result", "scan", "waited"],
            rows: lines
                .iter()
                .map(|l| {
                    vec![
                        l.image.clone(),
                        l.digest.as_deref().map(short_digest).unwrap_or_default(),
                        l.result.to_string(),
                        l.scan_status
                            .as_deref()
                            .map(|s| s.to_ascii_lowercase().replace('_', " "))
                            .unwrap_or_default(),
                        format!("{} s", l.waited_seconds),
                    ]
                })
                .collect(),
        };
        let mut report = Report::of_records(&lines, human);
        for l in lines.iter().filter(|l| l.exit != Exit::Success) {
            report
                .warnings
                .push(format!("warning: {}: {}", l.image, l.message));
        }
        report.exit = exit;
        Ok(report)
    }
}

/// What one look saw.
enum Seen {
    Missing,
    Present(String),
    Scanning(String, String),
}

async fn wait_one(
    ctx: &Context,
    image: &crate::reference::ImageRef,
    scan_complete: bool,
    limit: Duration,
    started: Instant,
) -> Result<Waited> {
    // Waiting for an image works on ECR Public too; its scan does not exist there.
    let repo = crate::reference::RepoName::of_image(image);
    let wrapper = ctx.registry(&repo).await?;
    let registry = if scan_complete {
        Some(wrapper.private_or(&crate::registry::NO_PUBLIC_SCANNING)?)
    } else {
        None
    };
    let name = &repo.name;
    let id = id_of(image);
    let shown = image_text(name, &id);
    let doing = format!("reading image {shown}");
    let look = || async {
        let digest = match wrapper.image(name, &id, &doing).await {
            Ok((row, _)) => row.digest,
            Err(e) if code_of(&e) == Some("ImageNotFoundException") => {
                return ControlFlow::Continue(Seen::Missing)
            }
            Err(e) => return ControlFlow::Break(Err(e)),
        };
        let Some(registry) = registry else {
            return ControlFlow::Break(Ok((digest, None)));
        };
        match registry.scan_findings(name, &digest).await {
            Ok(Some(a)) if phase(&a.status) != Phase::Waiting => {
                ControlFlow::Break(Ok((digest, Some(a.status))))
            }
            Ok(Some(a)) => ControlFlow::Continue(Seen::Scanning(digest, a.status)),
            Ok(None) => ControlFlow::Continue(Seen::Present(digest)),
            Err(e) => ControlFlow::Break(Err(e)),
        }
    };
    let said = |w: Duration| {
        ui::debug(
            1,
            format_args!("{shown} is not there yet; asking again in {w:?}"),
        )
    };
    let waited = || started.elapsed().as_secs();
    match crate::wait::until(POLL, limit, look, said).await {
        Ok(Ok((digest, status))) => {
            let failed = status
                .as_deref()
                .is_some_and(|s| phase(s) == Phase::NoVerdict);
            let (result, exit, message) = match &status {
                None => ("present", Exit::Success, format!("{shown} exists")),
                Some(s) if failed => (
                    "scan-failed",
                    Exit::ScanIncomplete,
                    format!("the scan of {shown} ended {s}"),
                ),
                Some(_) => (
                    "scan-complete",
                    Exit::Success,
                    format!("{shown} is scanned"),
                ),
            };
            Ok(Waited {
                image: shown,
                digest: Some(digest),
                result,
                scan_status: status,
                waited_seconds: waited(),
                message,
                exit,
            })
        }
        Ok(Err(e)) => Err(ctx.not_found(e, &repo).await),
        Err(last) => {
            let (digest, status, what) = match last {
                Seen::Missing => (
                    None,
                    None,
                    "no image had this tag or digest by the deadline",
                ),
                Seen::Present(d) => (
                    Some(d),
                    None,
                    "the image existed but had no scan by the deadline",
                ),
                Seen::Scanning(d, s) => (
                    Some(d),
                    Some(s),
                    "its scan had not completed by the deadline",
                ),
            };
            Ok(Waited {
                // The seconds waited are the record's own field: the message says what was
                // seen, not a second count that could disagree with it.
                message: format!("timed out: {what} (raise --deadline / ECRCTL_DEADLINE)"),
                image: shown,
                digest,
                result: "timed-out",
                scan_status: status,
                waited_seconds: waited(),
                exit: Exit::WaitTimedOut,
            })
        }
    }
}
