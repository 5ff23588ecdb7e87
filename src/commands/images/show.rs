//! `images show`.

use anyhow::Result;

use crate::commands::{RepoArg, Run};

use crate::reference::RepoName;

use super::{check_image_id, image_text, now};

use crate::commands::Context;
use crate::error::{code_of, AppError, Exit};
use crate::images::{human_size, parse_manifest, short_digest, ImageRow, ManifestSummary};
use crate::output::{Human, Record, Report};
use crate::records::images::{ImageRecord, ImageShown};
use crate::reference::parse_image_ref;
use crate::registry::images::{referrers_phrase, Manifest, Referrer};
use crate::registry::scan::SigningState;
use crate::registry::Registry;
use crate::scan::{Severity, SeverityCounts};
use clap::Args;

pub const EX_SHOW_IMAGESSHOWARGS: &str = "Examples:\n  ecrctl images show myapp v1.2.0\n  ecrctl images show 123456789012.dkr.ecr.eu-west-1.amazonaws.com/myapp:v1.2.0";

#[derive(Debug, Clone, Args)]
pub struct ImagesShowArgs {
    /// An image (REPO:TAG, REPO@DIGEST, a full URI), or a repository (then the tag or digest
    /// follows; no tag means `latest`)
    pub target: String,
    /// Tag or digest (when the first argument is a repository)
    pub image: Option<String>,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
}

impl Run for ImagesShowArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        match self.image {
            Some(_) => RepoArg::Name(&self.target, self.public),
            None => RepoArg::ImageOf(&self.target),
        }
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        show(ctx, self, &repo).await
    }
}
use crate::time::age;

/// The tag or digest to show: the second argument, or the one in a whole reference.
fn show_id(args: &ImagesShowArgs) -> Result<String> {
    match &args.image {
        Some(id) => {
            check_image_id(id)?;
            Ok(id.clone())
        }
        None => {
            let r = parse_image_ref(&args.target).map_err(AppError::usage)?;
            Ok(r.digest
                .clone()
                .unwrap_or_else(|| r.tag_or_latest().to_string()))
        }
    }
}

pub async fn show(ctx: &Context, args: &ImagesShowArgs, repo: &RepoName) -> Result<Report> {
    let id_text = show_id(args)?;
    let name = &repo.name;
    check_image_id(&id_text)?;
    let shown = image_text(name, &id_text);
    let doing = format!("reading image {shown}");
    let read = ctx
        .registry(repo)
        .await?
        .image(name, &id_text, &doing)
        .await;
    let registry = ctx.registry(repo).await?;
    let (mut row, manifest) = match read {
        Ok(found) => found,
        Err(err) if code_of(&err) == Some("ImageNotFoundException") => {
            let region = ctx.region_of(repo).await;
            return Err(AppError::new(
                Exit::NotFound,
                format!(
                    "image {shown} does not exist in {}",
                    repo.registry_text(&region)
                ),
            )
            .with_hint(format!("`ecrctl images list {name}` shows what is there"))
            .with_code("ImageNotFoundException")
            .into());
        }
        Err(err) => return Err(ctx.not_found(err, repo).await),
    };
    let (summary, note) = match manifest {
        Manifest::Text { body, media_type } => match parse_manifest(&body, media_type.as_deref()) {
            Ok(s) => (Some(s), None),
            Err(e) => (None, Some(e)),
        },
        Manifest::Unreadable(why) => (None, Some(why)),
        Manifest::NotServed => (
            None,
            Some(
                "the ECR Public API does not serve manifests: layers and platforms are not shown"
                    .to_string(),
            ),
        ),
    };
    if row.subject.is_none() {
        row.subject = summary.as_ref().and_then(|m| m.subject.clone());
    }
    if row.artifact_type.is_none() {
        row.artifact_type = summary.as_ref().and_then(|m| m.artifact_type.clone());
    }
    // An untagged image may belong to another (a platform image, a signature): the whole
    // repository's links say so, and give its referrers on the way.
    let digest = row.digest.clone();
    let (links, signing) = tokio::join!(
        async {
            if row.tags.is_empty() && !repo.public {
                registry
                    .links_of(name, &digest)
                    .await
                    .map(|(this, r)| (this, Some(r)))
            } else {
                registry.referrers(name, &digest).await.map(|r| (None, r))
            }
        },
        signing(&registry, name, &digest)
    );
    let links = links.map(|(this, r)| {
        if let Some(this) = this {
            row.indexed_by = this.indexed_by;
            row.role = this.role;
            row.subject = row.subject.take().or(this.subject);
        }
        r
    });
    let (referrers, referrers_note) = match links {
        Ok(r) => (r, None),
        Err(why) => (None, Some(why)),
    };
    crate::images::mark_referrers(std::slice::from_mut(&mut row), false);
    if let Some(r) = &referrers {
        row.referrers = Some(r.iter().map(|r| r.kind).collect());
    }
    let mut report = show_report(
        name,
        &row,
        Shown {
            manifest: summary.as_ref(),
            referrers: referrers.as_deref(),
            signing: signing.as_deref(),
        },
        note,
        now(),
    );
    if let Some(n) = referrers_note {
        report = report.with_status(format!("note: {n}"));
    }
    Ok(report)
}

/// ECR managed signing of the image, where the registry signs: nothing (never an error) where
/// it has no signing configuration, the status is denied, or the registry is ECR Public.
async fn signing(registry: &Registry, name: &str, digest: &str) -> Option<Vec<SigningState>> {
    let private = registry.private()?;
    match private.signing_status(name, digest).await {
        Ok(states) if !states.is_empty() => Some(states),
        Ok(_) => None,
        Err(e) => {
            crate::ui::debug(
                1,
                format_args!("signing status not shown: {}", crate::error::render(&e)),
            );
            None
        }
    }
}

/// What `images show` read besides the image's details.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shown<'a> {
    pub manifest: Option<&'a ManifestSummary>,
    pub referrers: Option<&'a [Referrer]>,
    pub signing: Option<&'a [SigningState]>,
}

/// A referrer as people name it: `signature (Notation)`, `SBOM (SPDX)`, `attestation`.
fn referrer_label(r: &Referrer) -> String {
    match r.format {
        Some(f) => format!("{} ({f})", r.kind),
        None => r.kind.to_string(),
    }
}

/// The image's referrers (signatures, SBOMs) as a table and text lines, grouped by kind; none
/// when there are none or they are not known (ECR Public).
fn referrer_views(referrers: &[Referrer], parts: &mut Vec<Human>, text: &mut Vec<Vec<String>>) {
    if referrers.is_empty() {
        return;
    }
    parts.push(Human::Table {
        headers: vec!["REFERRER", "ARTIFACT TYPE", "DIGEST", "SIZE"],
        rows: referrers
            .iter()
            .map(|r| {
                vec![
                    referrer_label(r),
                    r.artifact_type.clone().unwrap_or_else(|| "-".into()),
                    short_digest(&r.digest),
                    r.size.map(human_size).unwrap_or_else(|| "-".into()),
                ]
            })
            .collect(),
    });
    text.extend(referrers.iter().map(|r| {
        vec![
            "referrer".into(),
            r.artifact_type.clone().unwrap_or_else(|| "-".into()),
            r.digest.clone(),
            r.size.map(|s| s.to_string()).unwrap_or_else(|| "-".into()),
        ]
    }));
}

pub fn show_report(
    repo: &str,
    row: &ImageRow,
    read: Shown<'_>,
    note: Option<String>,
    now: i64,
) -> Report {
    let Shown {
        manifest,
        referrers,
        signing,
    } = read;
    let shown = ImageShown {
        image: ImageRecord::from(row),
        repository: repo,
        manifest,
        referrers,
        signing,
    };
    let mut fields = image_fields(repo, row, now);
    if let Some(r) = referrers.filter(|r| !r.is_empty()) {
        fields.push(("referrers", referrers_phrase(r)));
    }
    for s in signing.unwrap_or_default() {
        let profile = s
            .profile
            .as_deref()
            .map(|p| p.rsplit('/').next().unwrap_or(p));
        let mut value = s.status.clone();
        if let Some(p) = profile {
            value.push_str(&format!(" (signing profile {p})"));
        }
        if let Some(f) = &s.failure {
            value.push_str(&format!(": {f}"));
        }
        fields.push(("signing", value));
    }
    let mut parts = Vec::new();
    let mut text = vec![Record::text(&shown)];
    if let Some(status) = &row.scan_status {
        text.push(scan_line(status, row.scan_findings.as_ref()));
    }
    if let Some(m) = manifest {
        let (more, table, lines) = manifest_views(m);
        fields.extend(more);
        parts.push(table);
        text.extend(lines);
    }
    referrer_views(referrers.unwrap_or_default(), &mut parts, &mut text);
    text.extend(signing.unwrap_or_default().iter().map(|s| {
        vec![
            "signing".to_string(),
            s.status.clone(),
            s.profile.clone().unwrap_or_default(),
            s.failure.clone().unwrap_or_default(),
        ]
    }));
    parts.insert(0, Human::Fields(fields));
    let mut report = Report::new(Record::json(&shown), Human::Many(parts), text);
    if let Some(n) = note {
        report = report.with_status(format!("note: {n}"));
    }
    report
}

/// `scan STATUS CRITICAL HIGH MEDIUM LOW INFORMATIONAL UNDEFINED`: the counts empty when the
/// listing gave none.
fn scan_line(status: &str, counts: Option<&SeverityCounts>) -> Vec<String> {
    let mut line = vec!["scan".to_string(), status.to_string()];
    line.extend(
        Severity::ALL
            .iter()
            .map(|s| counts.map(|c| c.get(*s).to_string()).unwrap_or_default()),
    );
    line
}

/// The image's own fields, as a person reads them.
fn image_fields(repo: &str, row: &ImageRow, now: i64) -> Vec<(&'static str, String)> {
    let tags = if row.tags.is_empty() {
        "<untagged>".into()
    } else {
        row.tags.join(", ")
    };
    let size = row
        .size_bytes
        .map(|s| format!("{} ({s} bytes)", human_size(s)))
        .unwrap_or_else(|| "-".into());
    let pushed = row
        .pushed_at
        .map(|t| format!("{} ({})", age(now - t), crate::time::format(t)))
        .unwrap_or_else(|| "-".into());
    let pulled = row
        .last_pulled_at
        .map(|t| age(now - t))
        .unwrap_or_else(|| "never recorded".into());
    let mut fields = vec![
        ("repository", repo.to_string()),
        ("digest", row.digest.clone()),
        ("tags", tags),
        ("size", size),
        ("pushed", pushed),
        ("last pull", pulled),
        (
            "media type",
            row.media_type.clone().unwrap_or_else(|| "-".into()),
        ),
    ];
    let optional = [
        ("artifact type", &row.artifact_type),
        ("subject", &row.subject),
        ("status", &row.status),
        ("scan", &row.scan_status),
    ];
    fields.extend(
        optional
            .into_iter()
            .filter_map(|(k, v)| v.clone().map(|v| (k, v))),
    );
    if let Some(counts) = row.scan_findings {
        fields.push(("findings", counts.text()));
    }
    if let (Some(role), false) = (row.role, row.indexed_by.is_empty()) {
        fields.push((
            "part of",
            format!(
                "{role} of image index {}",
                row.indexed_by
                    .iter()
                    .map(|d| short_digest(d))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    fields
}

/// A manifest's extra fields, its table and its text lines.
type ManifestViews = (Vec<(&'static str, String)>, Human, Vec<Vec<String>>);

/// A manifest's extra fields, its table (platforms of an index, or layers) and text lines.
fn manifest_views(m: &ManifestSummary) -> ManifestViews {
    if m.is_index() {
        let table = Human::Table {
            // The index lists each platform's manifest, not the image: its size is the
            // manifest's few hundred bytes, said so.
            headers: vec!["PLATFORM", "DIGEST", "MANIFEST SIZE"],
            rows: m
                .platforms
                .iter()
                .map(|p| vec![p.name(), short_digest(&p.digest), human_size(p.size)])
                .collect(),
        };
        let lines = m
            .platforms
            .iter()
            .map(|p| {
                vec![
                    "platform".into(),
                    p.name(),
                    p.digest.clone(),
                    p.size.to_string(),
                ]
            })
            .collect();
        let attestations = m
            .platforms
            .iter()
            .filter(|p| p.attestation_of.is_some())
            .count();
        let mut fields = vec![("platforms", (m.platforms.len() - attestations).to_string())];
        if attestations > 0 {
            fields.push(("attestations", attestations.to_string()));
        }
        return (fields, table, lines);
    }
    let mut fields = Vec::new();
    if let Some(c) = &m.config_digest {
        fields.push(("config", c.clone()));
    }
    fields.push((
        "layers",
        format!(
            "{} ({} compressed)",
            m.layers.len(),
            human_size(m.layers_size())
        ),
    ));
    let table = Human::Table {
        headers: vec!["LAYER", "DIGEST", "SIZE"],
        rows: m
            .layers
            .iter()
            .enumerate()
            .map(|(i, l)| {
                vec![
                    (i + 1).to_string(),
                    short_digest(&l.digest),
                    human_size(l.size),
                ]
            })
            .collect(),
    };
    let lines = m
        .layers
        .iter()
        .map(|l| vec!["layer".into(), l.digest.clone(), l.size.to_string()])
        .collect();
    (fields, table, lines)
}
