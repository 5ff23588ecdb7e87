//! What `images copy` and `images sync` share: the two references, each side opened with its
//! own login, the destination's verdict before anything is written, and one image copied.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tokio::sync::Semaphore;

use crate::aws::Clients;
use crate::commands::{Context, Target};
use crate::error::{self, AppError, Exit};
use crate::oci::client::Fetched;
use crate::oci::copy::{Copier, Side};
use crate::oci::reference::{self, ImageName, Registry as Kind};
use crate::records::images::Copied;
use crate::reference::{LoginRegistry, RepoName};
use crate::registry::transfer::{self, Setting};
use crate::verdict::{decide, public_mutability, Local, Remote, Verdict};

/// The options of both commands.
#[derive(Debug, Clone, Args)]
pub struct TransferArgs {
    /// Also copy the signatures, SBOMs and attestations attached to the image (OCI referrers,
    /// the `sha256-<hex>` tag of registries without the referrers API, cosign's `.sig`, `.att`
    /// and `.sbom` tags)
    #[arg(long)]
    pub referrers: bool,
    /// Create a missing ECR destination repository (ECR's defaults) when no create-on-push
    /// template would create it
    #[arg(long)]
    pub create: bool,
    /// Blobs transferred at the same time
    #[arg(long, value_name = "N", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
    /// AWS profile for an ECR source (default: --profile)
    #[arg(long, value_name = "NAME")]
    pub src_profile: Option<String>,
    /// AWS profile for an ECR destination (default: --profile)
    #[arg(long, value_name = "NAME")]
    pub dst_profile: Option<String>,
    /// Decide and print, but write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would be copied, 0 when nothing would
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
}

/// The source and destination, parsed and checked before any request.
#[derive(Debug, Clone, PartialEq)]
pub struct Pair {
    pub src: ImageName,
    pub dst: ImageName,
}

/// How the two arguments are read: images (`images copy`) or repositories (`images sync`).
#[derive(Debug, Clone, Copy)]
pub struct Given<'a> {
    pub src: &'a str,
    pub dst: &'a str,
    pub repositories: bool,
}

impl Target for Pair {
    type Given<'a> = Given<'a>;
    fn resolve(given: Given<'_>, registry_id: Option<&str>) -> Result<Pair> {
        if registry_id.is_some() {
            return error::usage(
                "--registry-id does not apply here: name another account's registry in the reference (ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO)",
            );
        }
        let parse = |what: &str, arg: &str| -> Result<ImageName> {
            let image =
                reference::parse(arg).map_err(|e| AppError::usage(format!("{what}: {e}")))?;
            if let Kind::Ecr(LoginRegistry::Private { region, .. }) = &image.registry {
                error::check_host_region(region, arg)?;
            }
            if given.repositories && (image.tag.is_some() || image.digest.is_some()) {
                return error::usage(format!(
                    "{what} '{}' names an image: `images sync` takes repositories (use --tags PATTERN to choose tags)",
                    error::cut(arg)
                ));
            }
            Ok(image)
        };
        let src = parse("source", given.src)?;
        let mut dst = parse("destination", given.dst)?;
        if !given.repositories {
            if src.tag.is_none() && src.digest.is_none() {
                return error::usage(format!(
                    "source '{}' names no tag or digest: add :TAG or @sha256:… (ecrctl does not guess `latest`)",
                    error::cut(given.src)
                ));
            }
            if let (Some(d), Some(s)) = (&dst.digest, &src.digest) {
                if d != s {
                    return error::usage("the destination's digest differs from the source's: a copy keeps the digest, so give the destination a tag or no digest");
                }
            }
            // A destination without tag or digest takes the source's.
            if dst.tag.is_none() && dst.digest.is_none() {
                dst.tag = src.tag.clone();
                if dst.tag.is_none() {
                    dst.digest = src.digest.clone();
                }
            }
        }
        Ok(Pair { src, dst })
    }

    fn uri_region(&self) -> Option<&str> {
        fn region(i: &ImageName) -> Option<&str> {
            match &i.registry {
                Kind::Ecr(LoginRegistry::Private { region, .. }) => Some(region.as_str()),
                _ => None,
            }
        }
        region(&self.dst).or_else(|| region(&self.src))
    }
}

/// Both sides opened: registries logged in, the destination repository's setting read.
pub struct Ends {
    pub src: Side,
    pub dst: Side,
    pub src_name: ImageName,
    pub dst_name: ImageName,
    /// The destination repository in ECR private (`None`: another registry).
    pub dst_repo: Option<RepoName>,
    pub setting: Option<Setting>,
    /// The create-on-push template that creates a missing destination repository.
    pub template: Option<String>,
    pub notes: Vec<String>,
    pub jobs: Arc<Semaphore>,
    pub progress: ProgressBar,
    pub idle: Duration,
}

/// The clients for one side: its own profile, else the run's.
fn side_clients(ctx: &Context, profile: Option<&str>) -> Option<Clients> {
    profile.map(|p| ctx.clients.with_profile(p))
}

/// Open both sides (logins at the same time) and read the destination's setting.
pub async fn open(ctx: &Context, pair: &Pair, args: &TransferArgs) -> Result<Ends> {
    let http = crate::oci::client::http_client();
    let src_own = side_clients(ctx, args.src_profile.as_deref());
    let dst_own = side_clients(ctx, args.dst_profile.as_deref());
    let src_clients = src_own.as_ref().unwrap_or(&ctx.clients);
    let dst_clients = dst_own.as_ref().unwrap_or(&ctx.clients);
    let (mut src_name, mut dst_name) = (pair.src.clone(), pair.dst.clone());
    let (src, dst) = tokio::join!(
        transfer::open(src_clients, &http, &mut src_name, false, ctx.timeout),
        transfer::open(
            dst_clients,
            &http,
            &mut dst_name,
            !args.dry_run,
            ctx.timeout
        ),
    );
    let (src, dst) = (src?, dst?);
    let dst_repo = transfer::ecr_repo(&dst_name);
    let mut notes = Vec::new();
    let mut template = None;
    let setting = match &dst_repo {
        Some(repo) => {
            let setting = transfer::setting(dst_clients, repo).await;
            if setting == Setting::Missing {
                match transfer::template_for(dst_clients, repo).await {
                    Ok(t) => template = t,
                    Err(note) => notes.push(note),
                }
                if template.is_none() && args.create && !args.dry_run {
                    transfer::create(dst_clients, repo).await?;
                    notes.push(format!(
                        "created repository {} (ECR's defaults: mutable tags, AES256)",
                        repo.name
                    ));
                    Some(Setting::Found(Some(public_mutability())))
                } else {
                    Some(setting)
                }
            } else {
                Some(setting)
            }
        }
        None => None,
    };
    let progress = if ctx.progress {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "copying {bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} ({elapsed})",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    Ok(Ends {
        src: Side {
            registry: src,
            repo: src_name.repository.clone(),
        },
        dst: Side {
            registry: dst,
            repo: dst_name.repository.clone(),
        },
        src_name,
        dst_name,
        dst_repo,
        setting,
        template,
        notes,
        jobs: Arc::new(Semaphore::new(usize::from(args.jobs))),
        progress,
        idle: ctx.timeout.max(Duration::from_secs(30)),
    })
}

/// The source's manifest for a tag or digest; a missing one is exit 3, said with where it was
/// looked for.
pub async fn source_manifest(ends: &Ends, reference: &str) -> Result<Fetched> {
    let src = &ends.src;
    match src.registry.manifest(&src.repo, reference).await {
        Ok(Some(m)) => Ok(m),
        Ok(None) => {
            let sep = if reference.contains(':') { "@" } else { ":" };
            // Which is missing, the repository or the tag (registries say MANIFEST_UNKNOWN
            // for both), and the tag meant when it is a typo.
            let tags = src.registry.tags(&src.repo).await;
            if let Err(e) = &tags {
                if error::code_of(e) == Some("NAME_UNKNOWN") {
                    return Err(repository_missing(src));
                }
            }
            let hint = match tags.ok().as_deref().and_then(|t| {
                crate::suggest::closest(reference, t.iter().map(String::as_str)).map(str::to_string)
            }) {
                Some(close) if !reference.contains(':') => {
                    format!("did you mean {}:{close}?", src.text())
                }
                _ => format!(
                    "check the tag and repository (`skopeo list-tags docker://{}` lists the tags)",
                    src.text()
                ),
            };
            Err(AppError::new(
                Exit::NotFound,
                format!("image {}{sep}{reference} not found", src.text()),
            )
            .with_code("MANIFEST_UNKNOWN")
            .with_hint(hint)
            .into())
        }
        Err(e) if error::code_of(&e) == Some("NAME_UNKNOWN") => Err(repository_missing(src)),
        Err(e) => Err(e),
    }
}

/// The source repository does not exist (exit 3, `NAME_UNKNOWN`).
pub fn repository_missing(src: &Side) -> anyhow::Error {
    AppError::new(
        Exit::NotFound,
        format!("repository {} not found", src.text()),
    )
    .with_code("NAME_UNKNOWN")
    .with_hint("check the registry host and repository name")
    .into()
}

/// Decide, then copy one image (unless refused, unchanged or a dry run), and say what happened.
pub async fn copy_image(
    ends: &Ends,
    m: &Fetched,
    dst_tag: Option<&str>,
    args: &TransferArgs,
) -> Result<(Copied, Exit)> {
    let dst = &ends.dst;
    let mutability = match &ends.setting {
        None => Some(public_mutability()),
        Some(Setting::Found(m)) => m.clone(),
        Some(_) => None,
    };
    let missing = matches!(ends.setting, Some(Setting::Missing)) && ends.template.is_none();
    let reference = dst_tag.unwrap_or(&m.digest);
    let remote = if missing {
        Remote::RepositoryMissing
    } else {
        match dst.registry.manifest_digest(&dst.repo, reference).await? {
            Some(digest) => Remote::Present(crate::verdict::RemoteImage {
                digest,
                ..Default::default()
            }),
            None => Remote::Absent,
        }
    };
    let local = Local {
        manifest_digest: Some(m.digest.clone()),
        config_digest: None,
    };
    let decision = decide(reference, mutability.as_ref(), &remote, &local);
    let previous = match &remote {
        Remote::Present(r) => Some(r.digest.clone()),
        _ => None,
    };
    let shown_dst = match dst_tag {
        Some(t) => format!("{}:{t}", dst.text()),
        None => format!("{}@{}", dst.text(), m.digest),
    };
    let mut record = Copied {
        source: format!("{}@{}", ends.src.text(), m.digest),
        destination: shown_dst,
        verdict: decision.verdict.as_str(),
        result: "",
        source_digest: m.digest.clone(),
        destination_digest: previous.clone(),
        previous_digest: previous.clone(),
        media_type: m.media_type.clone(),
        bytes_sent: 0,
        blobs_sent: 0,
        blobs_skipped: 0,
        blobs_mounted: 0,
        manifests_sent: 0,
        referrers: Vec::new(),
        tag_mutability: decision
            .immutable
            .map(|i| if i { "IMMUTABLE" } else { "MUTABLE" }),
        matched_filter: decision.matched_filter.clone(),
        dry_run: args.dry_run,
        message: String::new(),
    };
    let short = |d: &str| crate::images::short_digest(d).to_string();
    let (result, exit, message) = match decision.verdict {
        Verdict::Conflict => (
            "refused",
            Exit::PushConflict,
            format!(
                "an immutable tag holding {}: refused, nothing sent",
                short(previous.as_deref().unwrap_or_default())
            ),
        ),
        Verdict::RepositoryMissing => (
            "refused",
            Exit::PushRepositoryMissing,
            format!(
                "repository {} does not exist: nothing sent (--create creates it)",
                dst.repo
            ),
        ),
        Verdict::Unknown => (
            "unknown",
            Exit::PushUnknown,
            format!(
                "holds {} and the repository's tag mutability could not be read: nothing sent",
                short(previous.as_deref().unwrap_or_default())
            ),
        ),
        Verdict::Unchanged => (
            "unchanged",
            Exit::Success,
            "already there: nothing sent".to_string(),
        ),
        _ if args.dry_run => (
            "planned",
            Exit::Success,
            match &previous {
                Some(p) => format!("would move from {} to {}", short(p), short(&m.digest)),
                None => "would be copied".to_string(),
            },
        ),
        _ => ("copied", Exit::Success, String::new()),
    };
    record.result = result;
    record.message = message;
    let copier = Copier::new(
        ends.src.clone(),
        ends.dst.clone(),
        ends.jobs.clone(),
        ends.progress.clone(),
        ends.idle,
    );
    if result == "copied" {
        copier.copy(m, dst_tag).await?;
        record.destination_digest = Some(m.digest.clone());
    }
    let referrers_wanted =
        args.referrers && !args.dry_run && matches!(result, "copied" | "unchanged");
    let mut referrers_written = 0;
    if referrers_wanted {
        let list = copier.referrers(&m.digest).await?;
        referrers_written = list.iter().filter(|(_, w)| *w).count();
        record.referrers = list.into_iter().map(|(d, _)| d).collect();
    }
    let c = copier.stats.counts();
    record.bytes_sent = c.bytes_sent;
    record.blobs_sent = c.blobs_sent;
    record.blobs_skipped = c.blobs_skipped;
    record.blobs_mounted = c.blobs_mounted;
    record.manifests_sent = c.manifests_sent;
    if result == "copied" {
        record.message = match &previous {
            Some(p) => format!("moved from {}", short(p)),
            None => "new tag".to_string(),
        };
    }
    if !record.referrers.is_empty() {
        let there = record.referrers.len() - referrers_written;
        let mut parts = Vec::new();
        if referrers_written > 0 {
            parts.push(format!("{referrers_written} referrer(s) copied"));
        }
        if there > 0 {
            parts.push(format!("{there} referrer(s) already there"));
        }
        record.message.push_str(&format!("; {}", parts.join(", ")));
    }
    Ok((record, exit))
}

/// The report of one or more images: a row each; refusals also as errors on stderr.
pub fn report(
    records: Vec<Copied>,
    exits: Vec<Exit>,
    args: &TransferArgs,
    single: bool,
) -> crate::output::Report {
    use crate::diagnostic::Diagnostic;
    use crate::output::{Human, Report};
    let rows = records
        .iter()
        .map(|r| {
            vec![
                r.destination.clone(),
                r.verdict.to_string(),
                r.result.to_string(),
                crate::images::short_digest(&r.source_digest),
                crate::images::human_size(r.bytes_sent as i64),
                format!(
                    "{} sent, {} there",
                    r.blobs_sent + r.blobs_mounted,
                    r.blobs_skipped
                ),
                r.message.clone(),
            ]
        })
        .collect();
    let human = Human::Table {
        headers: vec![
            "DESTINATION",
            "VERDICT",
            "RESULT",
            "DIGEST",
            "SENT",
            "BLOBS",
            "DETAIL",
        ],
        rows,
    };
    let diagnostics: Vec<Diagnostic> = records
        .iter()
        .filter(|r| matches!(r.result, "refused" | "unknown" | "failed"))
        .map(|r| {
            Diagnostic::error(format!("{}: {}", r.destination, r.message))
                .with_title("ecrctl images copy")
        })
        .collect();
    let json = if single {
        serde_json::to_value(&records[0]).expect("records serialise")
    } else {
        serde_json::to_value(&records).expect("records serialise")
    };
    let mut report = Report::with_rows(json, &records, human);
    report.diagnostics = diagnostics;
    let would = records.iter().any(|r| r.result == "planned");
    let mut exit = Exit::worst(exits);
    if args.dry_run && exit == Exit::Success {
        exit = crate::commands::dry_run_exit(args.exit_code, would);
    }
    if args.dry_run {
        report = report.with_status("dry run: nothing written");
    }
    report.exit = exit;
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(src: &str, dst: &str, repositories: bool) -> Result<Pair> {
        Pair::resolve(
            Given {
                src,
                dst,
                repositories,
            },
            None,
        )
    }

    #[test]
    fn a_destination_without_tag_takes_the_sources() {
        let p = pair("docker.io/library/alpine:3.20", "mirror/alpine", false).unwrap();
        assert_eq!(p.dst.tag.as_deref(), Some("3.20"));
        assert_eq!(p.dst.registry, Kind::EcrOwn);
        let digest = format!("sha256:{}", "b".repeat(64));
        let p = pair(&format!("ghcr.io/o/t@{digest}"), "localhost:5000/t", false).unwrap();
        assert_eq!(
            (p.dst.tag, p.dst.digest.as_deref()),
            (None, Some(digest.as_str()))
        );
    }

    #[test]
    fn references_are_checked_before_any_request() {
        let err = |r: Result<Pair>| error::render(&r.unwrap_err());
        assert!(err(pair("ghcr.io/o/t", "app:v1", false)).contains("names no tag or digest"));
        assert!(err(pair("ghcr.io/o/t:v1", "App:v1", false)).starts_with("destination"));
        let other = format!("app@sha256:{}", "c".repeat(64));
        let src = format!("ghcr.io/o/t@sha256:{}", "d".repeat(64));
        assert!(err(pair(&src, &other, false)).contains("digest differs"));
        assert!(err(pair("ghcr.io/o/t:v1", "app", true)).contains("takes repositories"));
        assert!(pair("ghcr.io/o/t", "app", true).is_ok());
        let given = Given {
            src: "ghcr.io/o/t:v1",
            dst: "app:v1",
            repositories: false,
        };
        assert!(Pair::resolve(given, Some("123456789012")).is_err());
    }

    #[test]
    fn an_ecr_uri_names_the_region() {
        let p = pair(
            "111111111111.dkr.ecr.eu-west-1.amazonaws.com/app:v1",
            "222222222222.dkr.ecr.us-east-2.amazonaws.com/app",
            false,
        )
        .unwrap();
        assert_eq!(p.uri_region(), Some("us-east-2"));
        let p = pair(
            "111111111111.dkr.ecr.eu-west-1.amazonaws.com/app:v1",
            "ghcr.io/o/app",
            false,
        )
        .unwrap();
        assert_eq!(p.uri_region(), Some("eu-west-1"));
        assert_eq!(
            pair("ghcr.io/o/t:v1", "localhost:5000/t", false)
                .unwrap()
                .uri_region(),
            None
        );
    }
}
