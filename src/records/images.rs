//! The records of `ecrctl images …`: an image (`images list` writes it, `lifecycle preview
//! --images` reads it back), an image shown, a new tag, a deletion, and prune's columns.

use serde::{Deserialize, Deserializer, Serialize};

use crate::error::Exit;
use crate::images::{ImageRow, ManifestSummary};
use crate::output::Record;
use crate::registry::images::Referrer;
use crate::registry::scan::SigningState;
use crate::scan::SeverityCounts;

/// An image in JSON: the one place its field names are spelled. `images list -o json` writes
/// a list of them and `lifecycle preview --images FILE` reads that list back, so what one
/// writes the other takes. The lists are always written; a file may leave any field out (the
/// reader says which it needs).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageRecord {
    /// `null` when the answer left it out.
    pub digest: Option<String>,
    pub tags: Option<Vec<String>>,
    pub size_bytes: Option<i64>,
    /// `images list` only: the size its filters, `--sort size` and its table read (an image
    /// index: its platform images summed); `sizeBytes` stays as ECR reports it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "unread"
    )]
    pub total_size_bytes: Option<Option<i64>>,
    pub pushed_at: Option<String>,
    pub last_pulled_at: Option<String>,
    #[serde(default, deserialize_with = "unread")]
    pub media_type: Option<String>,
    pub artifact_type: Option<String>,
    pub status: Option<String>,
    #[serde(default, deserialize_with = "unread")]
    pub scan_status: Option<String>,
    /// The counts of the last scan's findings per severity (DescribeImages' summary).
    #[serde(default, deserialize_with = "unread")]
    pub scan_findings: Option<SeverityCounts>,
    pub last_archived_at: Option<String>,
    pub indexed_by: Option<Vec<String>>,
    pub role: Option<String>,
    pub subject: Option<String>,
    /// A referrer's kind (`signature`, `SBOM`, `attestation`, `referrer`).
    #[serde(default, deserialize_with = "unread")]
    pub referrer_kind: Option<String>,
    /// The kinds of the image's referrers, one per referrer; `null` when not read.
    #[serde(default, deserialize_with = "unread")]
    pub referrer_kinds: Option<Vec<String>>,
}

/// A field `lifecycle preview --images` does not read: any value is taken (one of another
/// type as none), as when the reader ignored it.
fn unread<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
    let value = serde_json::Value::deserialize(d)?;
    Ok(T::deserialize(value).unwrap_or_default())
}

impl From<&ImageRow> for ImageRecord {
    fn from(r: &ImageRow) -> Self {
        let time = |t: Option<i64>| t.map(crate::time::format);
        ImageRecord {
            digest: (!r.digest.is_empty()).then(|| r.digest.clone()),
            tags: Some(r.tags.clone()),
            size_bytes: r.size_bytes,
            total_size_bytes: None,
            pushed_at: time(r.pushed_at),
            last_pulled_at: time(r.last_pulled_at),
            media_type: r.media_type.clone(),
            artifact_type: r.artifact_type.clone(),
            status: r.status.clone(),
            scan_status: r.scan_status.clone(),
            scan_findings: r.scan_findings,
            last_archived_at: time(r.last_archived_at),
            indexed_by: Some(r.indexed_by.clone()),
            role: r.role.map(str::to_string),
            subject: r.subject.clone(),
            referrer_kind: r.referrer_kind.map(str::to_string),
            referrer_kinds: r
                .referrers
                .as_ref()
                .map(|k| k.iter().map(|k| k.to_string()).collect()),
        }
    }
}

impl ImageRecord {
    /// An image as `images list` prints it: with `totalSizeBytes`.
    pub fn listed(r: &ImageRow) -> ImageRecord {
        ImageRecord {
            total_size_bytes: Some(r.total_size()),
            ..ImageRecord::from(r)
        }
    }
}

/// The text columns of an image as `images list` gives it, after any columns given first
/// (`images list --all-repos` puts the repository first).
macro_rules! image_columns {
    ($($first:literal),*) => {
        &[
            $($first,)*
            "digest",
            "tags",
            "totalSizeBytes",
            "pushedAt",
            "lastPulledAt",
            "mediaType",
            "artifactType",
            "status",
            "scanStatus",
            "lastArchivedAt",
            "role",
            "subject",
            "scanFindings.critical",
            "scanFindings.high",
            "scanFindings.medium",
            "scanFindings.low",
            "scanFindings.informational",
            "scanFindings.undefined",
            "referrerKind",
            "referrerKinds",
        ]
    };
}

impl Record for ImageRecord {
    const COMMANDS: &'static str = "images list";
    const COLUMNS: &'static [&'static str] = image_columns!();
}

/// An image of `images list --all-repos`: its repository, then the image as `images list`
/// gives it.
#[derive(Debug, Clone, Serialize)]
pub struct RegistryImage {
    pub repository: String,
    #[serde(flatten)]
    pub image: ImageRecord,
}

impl Record for RegistryImage {
    const COMMANDS: &'static str = "images list --all-repos";
    const COLUMNS: &'static [&'static str] = image_columns!("repository");
}

/// `images show`: the image, its repository, its manifest and its referrers (`null` when not
/// known). Its first text line; the manifest's layers or platforms and the referrers follow
/// as lines of their own.
#[derive(Debug, Clone, Serialize)]
pub struct ImageShown<'a> {
    #[serde(flatten)]
    pub image: ImageRecord,
    pub repository: &'a str,
    pub manifest: Option<&'a ManifestSummary>,
    pub referrers: Option<&'a [Referrer]>,
    /// ECR managed signing (DescribeImageSigningStatus): one state per signing profile;
    /// `null` where the registry signs nothing or the status cannot be read.
    pub signing: Option<&'a [SigningState]>,
}

impl Record for ImageShown<'_> {
    const COMMANDS: &'static str = "images show";
    const COLUMNS: &'static [&'static str] =
        &["digest", "tags", "sizeBytes", "pushedAt", "mediaType"];
}

/// `images tag`: one new tag, its verdict and what became of it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TagResult {
    pub tag: String,
    pub verdict: &'static str,
    pub result: &'static str,
    pub previous_digest: Option<String>,
    pub tag_mutability: Option<&'static str>,
    pub matched_filter: Option<String>,
    pub message: String,
}

impl Record for TagResult {
    const COMMANDS: &'static str = "images tag";
    const COLUMNS: &'static [&'static str] = &["tag", "verdict", "result", "message"];
}

/// `images tag`'s JSON: the source image and every new tag.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TagReport<'a> {
    pub repository: &'a str,
    pub source: &'a str,
    pub digest: &'a str,
    pub tags: Vec<TagResult>,
    pub written: bool,
    /// Images the moved tags leave without a tag while referrers point at them.
    pub untagged_with_referrers: Vec<LeftUntagged>,
}

/// An image a tag move leaves without any tag, and what still refers to it (signatures,
/// SBOMs): those go when a lifecycle rule expires the untagged image.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LeftUntagged {
    pub digest: String,
    pub moved_tags: Vec<String>,
    pub referrers: Vec<Referrer>,
}

impl LeftUntagged {
    /// The warning: what is left, why it matters, where to look.
    pub fn warning(&self, repository: &str, done: bool) -> String {
        let tags = self
            .moved_tags
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(" and ");
        format!(
            "moving {tags} {} {repository}@{} without a tag while {} {} to it: a lifecycle rule for untagged images would expire it, and ECR expires referrers with their subject (`ecrctl images show {repository}@{}` lists them)",
            if done { "left" } else { "would leave" },
            crate::images::short_digest(&self.digest),
            crate::registry::images::referrers_phrase(&self.referrers),
            if self.referrers.len() == 1 { "refers" } else { "refer" },
            self.digest,
        )
    }
}

/// `images delete`: one requested tag or digest and what became of it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageDeleted {
    pub image: String,
    /// deleted, untagged, deleted-or-absent, not-found or failed.
    pub result: &'static str,
    pub digest: Option<String>,
    pub failure_code: Option<String>,
    pub failure_reason: Option<String>,
}

impl Record for ImageDeleted {
    const COMMANDS: &'static str = "images delete";
    const COLUMNS: &'static [&'static str] =
        &["image", "result", "digest", "failureCode", "failureReason"];
}

/// `images delete`'s JSON.
#[derive(Debug, Clone, Serialize)]
pub struct DeleteReport<'a> {
    pub repository: &'a str,
    pub images: &'a [ImageDeleted],
}

/// `images prune`'s records are lifecycle's plan records (`lifecycle::plan`, the shape
/// `lifecycle preview` prints too) with `result`, what became of the image: these are the
/// text columns of the ones a table or text lists.
pub const PRUNE_COLUMNS: &[&str] = &[
    "action",
    "rule",
    "digest",
    "tags",
    "sizeBytes",
    "result",
    "reason",
];

/// What `images prune --yes` did, in its JSON (`result`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PruneResult {
    pub deleted: usize,
    pub already_gone: usize,
    pub failed: usize,
    pub kept_referenced: usize,
    pub not_attempted: usize,
    pub freed_bytes: i64,
}

/// One finding as a text line and a table row: `images scan`'s text output.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FindingLine {
    pub image: String,
    pub platform: Option<String>,
    pub severity: &'static str,
    pub id: String,
    pub package: Option<String>,
    pub installed_version: Option<String>,
    pub fixed_version: Option<String>,
    pub cvss_score: Option<f64>,
    pub fails_gate: bool,
}

impl Record for FindingLine {
    const COMMANDS: &'static str = "images scan";
    const COLUMNS: &'static [&'static str] = &[
        "image",
        "platform",
        "severity",
        "id",
        "package",
        "installedVersion",
        "fixedVersion",
        "cvssScore",
        "failsGate",
    ];
}

/// One image waited for.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Waited {
    pub image: String,
    pub digest: Option<String>,
    /// `present`, `scan-complete`, `scan-failed` or `timed-out`.
    pub result: &'static str,
    pub scan_status: Option<String>,
    pub waited_seconds: u64,
    pub message: String,
    #[serde(skip)]
    pub exit: Exit,
}

impl Record for Waited {
    const COMMANDS: &'static str = "images wait";
    const COLUMNS: &'static [&'static str] =
        &["image", "digest", "result", "scanStatus", "waitedSeconds"];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> ImageRow {
        ImageRow {
            digest: "sha256:a".into(),
            tags: vec!["v1".into()],
            size_bytes: Some(5),
            pushed_at: Some(1_767_225_600),
            indexed_by: vec!["sha256:i".into()],
            role: Some("platform"),
            total_size_bytes: Some(9),
            ..ImageRow::default()
        }
    }

    /// What `images list -o json` writes reads back as the same record.
    #[test]
    fn a_listed_image_reads_back() {
        let written = ImageRecord::listed(&row());
        let text = serde_json::to_string(&vec![written.clone()]).unwrap();
        let read: Vec<ImageRecord> = serde_json::from_str(&text).unwrap();
        assert_eq!(read, [written]);
        assert_eq!(read[0].pushed_at.as_deref(), Some("2026-01-01T00:00:00Z"));
    }

    /// Field order and names are the JSON's, `totalSizeBytes` only in a listing; an empty
    /// digest is `null`.
    #[test]
    fn json_keys_in_order() {
        let keys = |r: &ImageRecord| -> Vec<String> {
            let v = Record::json(r);
            v.as_object().unwrap().keys().cloned().collect()
        };
        assert_eq!(
            keys(&ImageRecord::listed(&row())).join(" "),
            "digest tags sizeBytes totalSizeBytes pushedAt lastPulledAt mediaType artifactType status scanStatus scanFindings lastArchivedAt indexedBy role subject referrerKind referrerKinds"
        );
        let shown = ImageRecord::from(&ImageRow::default());
        assert!(!keys(&shown).contains(&"totalSizeBytes".to_string()));
        assert_eq!(Record::json(&shown)["digest"], serde_json::Value::Null);
        assert_eq!(
            Record::text(&ImageRecord::listed(&row()))[..3],
            ["sha256:a", "v1", "9"]
        );
    }

    /// A file may leave out anything, and null a list.
    #[test]
    fn the_reader_takes_what_a_person_writes() {
        let read: ImageRecord =
            serde_json::from_str(r#"{"digest": "sha256:a", "indexedBy": null, "other": 1}"#)
                .unwrap();
        assert_eq!(read.tags, None);
        assert_eq!(read.indexed_by, None);
        let odd =
            r#"{"digest": "sha256:a", "mediaType": 5, "scanStatus": [], "totalSizeBytes": "9"}"#;
        let read: ImageRecord = serde_json::from_str(odd).unwrap();
        assert_eq!(read.media_type, None);
        assert_eq!(read.total_size_bytes, None);
    }
}

/// `images copy`, `images sync`: one image copied (or not) and what it took.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Copied {
    /// The source image, by digest.
    pub source: String,
    /// The destination, under its tag (or digest).
    pub destination: String,
    /// check-push's verdict for the destination: new, unchanged, overwrite, conflict,
    /// repository-missing, unknown.
    pub verdict: &'static str,
    /// copied, unchanged, planned (dry run), refused, unknown or failed.
    pub result: &'static str,
    pub source_digest: String,
    /// What the destination holds afterwards (`null`: nothing).
    pub destination_digest: Option<String>,
    /// What the destination tag held before.
    pub previous_digest: Option<String>,
    pub media_type: String,
    pub bytes_sent: u64,
    pub blobs_sent: u64,
    /// Blobs the destination already had.
    pub blobs_skipped: u64,
    /// Blobs mounted from the source repository (same registry): nothing sent.
    pub blobs_mounted: u64,
    pub manifests_sent: u64,
    /// The referrers copied (with --referrers).
    pub referrers: Vec<String>,
    pub tag_mutability: Option<&'static str>,
    pub matched_filter: Option<String>,
    pub dry_run: bool,
    pub message: String,
}

impl Record for Copied {
    const COMMANDS: &'static str = "images copy, images sync";
    const COLUMNS: &'static [&'static str] = &[
        "destination",
        "verdict",
        "result",
        "sourceDigest",
        "bytesSent",
        "blobsSent",
        "blobsSkipped",
        "message",
    ];
}
