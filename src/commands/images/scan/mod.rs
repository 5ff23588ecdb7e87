//! `images scan`: find each image (every platform image of a multi-arch index), start its scan
//! where the repository's scanning allows and none exists, wait for it with `--wait`, and judge
//! the findings (`--fail-on`, `--ignore`, `--fixable-only`); reports for CI on request.

use std::ops::ControlFlow;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use serde_json::{json, Value};

mod report;

use super::image_text;
use crate::commands::target::References;
use crate::commands::{Context, Run};
use crate::error::{code_of, AppError, Exit};
use crate::images::{parse_manifest, short_digest};
use crate::output::{CiFile, CiTarget, Human, Report};
use crate::records::images::FindingLine;
use crate::reference::{ImageRef, RepoName};
use crate::registry::images::Manifest;
use crate::registry::scan::{ScanAnswer, Scanning, Started};
use crate::registry::PrivateRegistry;
use crate::scan::report::{self as reports, Run as ReportRun};
use crate::scan::{
    judge, phase, FailOn, IgnoreList, ImageScan, Judged, JudgedImage, Phase, Policy, Verdict,
    NO_SCAN,
};
use crate::wait::{self, Backoff};
use crate::{time, ui};
use report::{image_scan, report_of, verdict_word};

pub const EX_SCAN: &str = "Examples:
  ecrctl images scan myapp:v1.2.0 --wait --fail-on high
  ecrctl images scan myapp:v1.2.0 --wait --fail-on critical --ignore .ecrctl-ignore --sarif scan.sarif
  ecrctl images scan 123456789012.dkr.ecr.eu-west-1.amazonaws.com/myapp@sha256:… --no-start -o json";

pub const SCAN_HELP: &str = "\
A multi-arch image (an index) is scanned per platform image, each reported on its own.
The ignore file has one vulnerability a line: its id, an optional last day, and why
(`CVE-2024-1234 exp:2027-01-31 the parser is never called`; a # comment on the line above
may give the reason). An expired entry no longer ignores, and says so.

Exit codes: 19 a finding at or above --fail-on; 21 no verdict (a scan failed, is unsupported,
missing, or still running without --wait); 20 --wait ran out of time (--deadline, else 30
minutes).";

#[derive(Debug, Clone, Args)]
pub struct ImagesScanArgs {
    /// Images: REPO:TAG, REPO@DIGEST or a full URI (no tag means `latest`)
    #[arg(required = true, value_name = "IMAGE")]
    pub images: Vec<String>,
    /// Wait for scans in progress to complete (until --deadline, else 30 minutes)
    #[arg(long)]
    pub wait: bool,
    /// Never start a scan (for roles without ecr:StartImageScan): an image never scanned has
    /// no verdict
    #[arg(long)]
    pub no_start: bool,
    /// Fail (exit 19) when a finding at or above this severity counts
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,
    /// A file of vulnerabilities to ignore, each with its reason and an optional last day
    #[arg(long, value_name = "FILE")]
    pub ignore: Option<PathBuf>,
    /// Count only findings a package upgrade fixes (where the scanner says)
    #[arg(long)]
    pub fixable_only: bool,
    /// Also write the findings as SARIF 2.1.0 (GitHub code scanning) to FILE
    #[arg(long, value_name = "FILE")]
    pub sarif: Option<PathBuf>,
    /// Also write a GitLab container-scanning report to FILE
    #[arg(long, value_name = "FILE")]
    pub gitlab_report: Option<PathBuf>,
    /// Also write the findings as JUnit XML to FILE
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// The file SARIF results point at (e.g. the Dockerfile) [default: the repository name]
    #[arg(long, value_name = "PATH", requires = "sarif")]
    pub sarif_location: Option<String>,
    /// CI style of warnings [default: github when GITHUB_ACTIONS=true, else plain]: github adds
    /// an annotation per failing finding and a step summary
    #[arg(long, value_enum, value_name = "STYLE")]
    pub format: Option<crate::commands::check_push::args::AnnotationFormat>,
}

impl Run for ImagesScanArgs {
    type Target = References;
    fn target(&self) -> &[String] {
        &self.images
    }
    async fn run(&self, ctx: &Context, refs: References) -> Result<Report> {
        scan(ctx, self, refs.0).await
    }
}

/// How long a wait may last: up to the deadline (less a moment to print the report), else the
/// default limit.
pub(super) fn wait_limit(ctx: &Context, default: Duration) -> Duration {
    match ctx.deadline {
        Some(d) => d
            .saturating_duration_since(std::time::Instant::now())
            .saturating_sub(Duration::from_millis(500)),
        None => default,
    }
}

pub(super) const POLL: Backoff = Backoff {
    first: Duration::from_secs(1),
    most: Duration::from_secs(10),
};

/// The private registry of an image reference; ECR Public has no scanning.
pub(super) async fn private_of(
    ctx: &Context,
    image: &ImageRef,
) -> Result<(RepoName, PrivateRegistry)> {
    let repo = RepoName::of_image(image);
    let registry = ctx.registry(&repo).await?;
    let private = registry
        .private_or(&crate::registry::NO_PUBLIC_SCANNING)?
        .clone();
    Ok((repo, private))
}

/// The tag or digest a reference names.
pub(super) fn id_of(image: &ImageRef) -> String {
    image
        .digest
        .clone()
        .unwrap_or_else(|| image.tag_or_latest().to_string())
}

/// What a scan found for one image before judging, and whether waiting ran out.
struct Scanned {
    scans: Vec<ImageScan>,
    timed_out: bool,
    status: Vec<String>,
    warnings: Vec<String>,
}

async fn scan(ctx: &Context, args: &ImagesScanArgs, images: Vec<ImageRef>) -> Result<Report> {
    let ignore = match &args.ignore {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                AppError::usage(format!("--ignore {}: cannot read it: {e}", path.display()))
            })?;
            IgnoreList::parse(&path.display().to_string(), &text).map_err(AppError::usage)?
        }
        None => IgnoreList::default(),
    };
    let started_at = time::now();
    let mut all = Scanned {
        scans: Vec::new(),
        timed_out: false,
        status: Vec::new(),
        warnings: Vec::new(),
    };
    for image in &images {
        let one = scan_one(ctx, args, image).await?;
        all.scans.extend(one.scans);
        all.timed_out |= one.timed_out;
        all.status.extend(one.status);
        all.warnings.extend(one.warnings);
    }
    let policy = Policy {
        fail_on: args.fail_on,
        fixable_only: args.fixable_only,
        ignore,
        now: time::now(),
    };
    let judged = judge(all.scans, &policy);
    let finished_at = time::now();
    let run = ReportRun {
        images: &judged.images,
        fail_on: args.fail_on.map(FailOn::word),
        started_at,
        finished_at,
        location: args.sarif_location.as_deref(),
    };
    let verdict = judged.verdict();
    let mut report = report_of(&judged.images, args.fail_on, verdict);
    report.status = all.status;
    report
        .status
        .extend(judged.notes.iter().map(|n| format!("note: {n}")));
    report.warnings = all.warnings;
    report.warnings.extend(judged.warnings.iter().cloned());
    let github = match args.format {
        Some(f) => f == crate::commands::check_push::args::AnnotationFormat::Github,
        None => ctx.runner.github(),
    };
    if github {
        report.own_annotations = true;
        report.warnings = report
            .warnings
            .iter()
            .map(|w| crate::output::annotated(w, true))
            .collect();
        report.warnings.extend(reports::github_annotations(&run));
        report.ci_files.push(CiFile {
            target: CiTarget::Env("GITHUB_STEP_SUMMARY"),
            text: reports::step_summary(&run),
            replace: false,
        });
        report.ci_files.push(CiFile {
            target: CiTarget::Env("GITHUB_OUTPUT"),
            text: format!("verdict={}\n", verdict_word(verdict)),
            replace: false,
        });
    }
    let files = [
        (&args.sarif, reports::sarif as fn(&ReportRun<'_>) -> String),
        (&args.gitlab_report, reports::gitlab),
        (&args.junit, reports::junit),
    ];
    for (path, render) in files {
        if let Some(path) = path {
            report.ci_files.push(CiFile {
                target: CiTarget::Path(path.clone()),
                text: render(&run),
                replace: true,
            });
        }
    }
    report.exit = match verdict {
        Verdict::Fail => Exit::ScanFindings,
        Verdict::NoVerdict if all.timed_out => Exit::WaitTimedOut,
        Verdict::NoVerdict if args.fail_on.is_some() || args.wait => Exit::ScanIncomplete,
        _ => Exit::Success,
    };
    if verdict == Verdict::NoVerdict && report.exit == Exit::Success {
        let n = judged
            .images
            .iter()
            .filter(|i| i.verdict == Verdict::NoVerdict)
            .count();
        report.warnings.push(format!(
            "warning: {n} image(s) have no verdict (the scan failed, is missing or still running): their findings are not final; --wait waits for a running scan"
        ));
    }
    Ok(report)
}

/// One reference: its image, or each platform image of its index.
async fn scan_one(ctx: &Context, args: &ImagesScanArgs, image: &ImageRef) -> Result<Scanned> {
    let (repo, registry) = private_of(ctx, image).await?;
    let name = &repo.name;
    let id = id_of(image);
    let shown = image_text(name, &id);
    let wrapper = crate::registry::Registry::Private(registry.clone());
    let (row, manifest) = match wrapper
        .image(name, &id, &format!("reading image {shown}"))
        .await
    {
        Ok(found) => found,
        Err(err) if code_of(&err) == Some("ImageNotFoundException") => {
            let region = ctx.region_of(&repo).await;
            return Err(AppError::new(
                Exit::NotFound,
                format!(
                    "image {shown} does not exist in {}",
                    repo.registry_text(&region)
                ),
            )
            .with_hint(format!(
                "`ecrctl images list {name}` shows what is there; `ecrctl images wait {shown}` waits for a push"
            ))
            .with_code("ImageNotFoundException")
            .into());
        }
        Err(err) => return Err(ctx.not_found(err, &repo).await),
    };
    let mut out = Scanned {
        scans: Vec::new(),
        timed_out: false,
        status: Vec::new(),
        warnings: Vec::new(),
    };
    // An index: its platform images (not its attestations or nested indexes).
    let mut targets: Vec<(String, Option<String>)> = Vec::new();
    if let Manifest::Text { body, media_type } = &manifest {
        if let Ok(summary) = parse_manifest(body, media_type.as_deref()) {
            for p in &summary.platforms {
                let name = p.name();
                if p.attestation_of.is_none() && name != "nested index" {
                    targets.push((p.digest.clone(), Some(name)));
                }
            }
        }
    } else if row.is_index() {
        out.warnings.push(format!(
            "warning: {shown} is a multi-arch index whose manifest could not be read: its platform images are not scanned (ecr:BatchGetImage)"
        ));
    }
    if targets.is_empty() {
        targets.push((row.digest.clone(), None));
    }
    let scanning = registry.scanning(name).await;
    for what in &scanning.unread {
        out.warnings.push(format!(
            "warning: could not read {what}: ecrctl starts a scan only where none exists"
        ));
    }
    let limit = wait_limit(ctx, Duration::from_secs(30 * 60));
    for (digest, platform) in targets {
        let label = match &platform {
            Some(p) => format!("{shown} ({p})"),
            None => shown.clone(),
        };
        let mut started = false;
        let mut answer = registry.scan_findings(name, &digest).await?;
        if answer.is_none() {
            match start_decision(args, &scanning) {
                Ok(()) => {
                    started = registry.start_scan(name, &digest).await? == Started::Started;
                    if started {
                        out.status.push(format!("started a scan of {label}"));
                    }
                    answer = registry.scan_findings(name, &digest).await?;
                }
                Err(why) => out
                    .warnings
                    .push(format!("warning: {label} has no scan: {why}")),
            }
        }
        let waiting = answer
            .as_ref()
            .map_or(started, |a| phase(&a.status) == Phase::Waiting);
        if args.wait && waiting {
            let look = || async {
                match registry.scan_findings(name, &digest).await {
                    Ok(Some(a)) if phase(&a.status) != Phase::Waiting => {
                        ControlFlow::Break(Ok(Some(a)))
                    }
                    Ok(a) => ControlFlow::Continue(a),
                    Err(e) => ControlFlow::Break(Err(e)),
                }
            };
            let said = |w: Duration| {
                ui::debug(
                    1,
                    format_args!("the scan of {label} is not complete; asking again in {w:?}"),
                )
            };
            match wait::until(POLL, limit, look, said).await {
                Ok(a) => answer = a?,
                Err(last) => {
                    out.timed_out = true;
                    answer = last.or(answer);
                    out.warnings.push(format!(
                        "warning: the scan of {label} did not complete within {} s",
                        limit.as_secs()
                    ));
                }
            }
        }
        out.scans.push(image_scan(
            name, &label, &shown, digest, platform, answer, started, &scanning,
        ));
    }
    Ok(out)
}

/// Whether ecrctl may start a scan of an image that has none, or why not.
fn start_decision(args: &ImagesScanArgs, scanning: &Scanning) -> std::result::Result<(), String> {
    if args.no_start {
        return Err("--no-start given, so none was started".into());
    }
    if !scanning.can_start() {
        let how = match scanning.frequency.as_deref() {
            Some("CONTINUOUS_SCAN") | Some("SCAN_ON_PUSH") => {
                "enhanced scanning (Amazon Inspector) scans it by itself and refuses StartImageScan: wait for it (--wait)"
            }
            _ => "the registry uses enhanced scanning and no filter covers this repository, so it is not scanned: add a scanning rule (`ecrctl registry show` lists them)",
        };
        return Err(how.into());
    }
    Ok(())
}
