//! Image rows, their filters and order, manifest reading, and human units. Pure: no AWS types.

use serde::Serialize;
use serde_json::Value;

/// One image as `images list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImageRow {
    pub digest: String,
    pub tags: Vec<String>,
    pub size_bytes: Option<i64>,
    /// Seconds since the epoch.
    pub pushed_at: Option<i64>,
    pub last_pulled_at: Option<i64>,
    pub media_type: Option<String>,
    pub artifact_type: Option<String>,
    /// `active`, `archived`, `activating` (lower case); `None` where the API does not say.
    pub status: Option<String>,
    pub scan_status: Option<String>,
    /// Finding counts of its last scan (DescribeImages' `imageScanFindingsSummary`).
    pub scan_findings: Option<crate::scan::SeverityCounts>,
    pub last_archived_at: Option<i64>,
    /// The image indexes of the repository that list this manifest.
    pub indexed_by: Vec<String>,
    /// What it is to those indexes: `platform`, `attestation` or `index` (a nested index).
    pub role: Option<&'static str>,
    /// The image this one refers to (an OCI 1.1 referrer such as a signature or an SBOM):
    /// DescribeImages' `subjectManifestDigest`, the manifest's `subject`, or cosign's
    /// `sha256-<hex>.sig` tag.
    pub subject: Option<String>,
    /// What it is to its subject (`signature`, `SBOM`, `attestation`, `referrer`), when it has
    /// one ([`mark_referrers`]).
    pub referrer_kind: Option<&'static str>,
    /// The kinds of its referrers, one per referrer, most telling first; `None` when they were
    /// not read (`images list` without `--referrers`).
    pub referrers: Option<Vec<&'static str>>,
    /// The size the size filters and `--sort size` read, set by [`Selection::apply`]: an
    /// image index's platform images summed (see [`image_sizes`]); `None` until then.
    pub total_size_bytes: Option<i64>,
    /// Its repository, in a listing of several (`images list --all-repos`).
    pub repository: Option<String>,
}

impl ImageRow {
    /// The size people see: an image index counts its platform images; anything else (or a
    /// row no selection has weighed) its own reported size.
    pub fn total_size(&self) -> Option<i64> {
        self.total_size_bytes.or(self.size_bytes)
    }

    /// The first field every image detail has that this one's answer left out
    /// (`imageDigest`, `imagePushedAt`): its identity or age is unknown, never "" or 1970.
    pub fn missing_field(&self) -> Option<&'static str> {
        if self.digest.is_empty() {
            Some("imageDigest")
        } else if self.pushed_at.is_none() {
            Some("imagePushedAt")
        } else {
            None
        }
    }

    /// An image index (multi-arch image) or docker manifest list, by its media type.
    pub fn is_index(&self) -> bool {
        self.media_type
            .as_deref()
            .is_some_and(|m| m.contains("index") || m.contains("manifest.list"))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Pushed,
    Size,
    Tag,
}

/// What `images list` keeps, and in which order.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    pub tagged: bool,
    pub untagged: bool,
    pub tag_glob: Option<String>,
    /// Keep images pushed at or after this time (seconds since the epoch).
    pub since: Option<i64>,
    /// Keep images pushed before this time (seconds since the epoch).
    pub before: Option<i64>,
    /// Keep images larger than this many bytes (an index: see [`image_sizes`]).
    pub larger_than: Option<i64>,
    /// Keep images smaller than this many bytes (an index: see [`image_sizes`]).
    pub smaller_than: Option<i64>,
    /// `active`, `archived`, or `None` for any.
    pub status: Option<String>,
    pub sort: Option<SortKey>,
    pub reverse: bool,
    pub limit: Option<usize>,
}

impl Selection {
    /// Whether `row` passes the filters; `size` is its size as the size filters read it.
    pub fn keeps(&self, row: &ImageRow, size: Option<i64>) -> bool {
        if self.tagged && row.tags.is_empty() {
            return false;
        }
        if self.untagged && !row.tags.is_empty() {
            return false;
        }
        if let Some(glob) = &self.tag_glob {
            if !row.tags.iter().any(|t| crate::mutability::glob(glob, t)) {
                return false;
            }
        }
        if let Some(since) = self.since {
            if row.pushed_at.is_none_or(|p| p < since) {
                return false;
            }
        }
        if let Some(before) = self.before {
            if row.pushed_at.is_none_or(|p| p >= before) {
                return false;
            }
        }
        // An image of unknown size passes no size filter: it cannot be said to be either.
        if let Some(min) = self.larger_than {
            if size.is_none_or(|s| s <= min) {
                return false;
            }
        }
        if let Some(max) = self.smaller_than {
            if size.is_none_or(|s| s >= max) {
                return false;
            }
        }
        // An image with no status is active (ECR sends none for registries without archiving,
        // and some emulators never do): the filter is applied here too, not only by the server.
        if let Some(want) = &self.status {
            if want != row.status.as_deref().unwrap_or("active") {
                return false;
            }
        }
        true
    }

    /// Filter, sort (default: newest first; size: largest first; tag: A to Z), reverse, limit.
    pub fn apply(&self, mut rows: Vec<ImageRow>) -> Vec<ImageRow> {
        // One size everywhere: what the filters read is what --sort size orders by and what
        // the table shows.
        let sizes = image_sizes(&rows);
        for (r, size) in rows.iter_mut().zip(sizes) {
            r.total_size_bytes = size;
        }
        rows.retain(|r| self.keeps(r, r.total_size_bytes));
        self.order(&mut rows);
        rows
    }

    /// Sort, reverse and cut rows already weighed and filtered: `images list --all-repos`
    /// orders the images of every repository together.
    pub fn order(&self, rows: &mut Vec<ImageRow>) {
        match self.sort.unwrap_or(SortKey::Pushed) {
            SortKey::Pushed => rows.sort_by(|a, b| {
                b.pushed_at
                    .cmp(&a.pushed_at)
                    .then_with(|| a.digest.cmp(&b.digest))
            }),
            SortKey::Size => rows.sort_by(|a, b| {
                b.total_size()
                    .cmp(&a.total_size())
                    .then_with(|| a.digest.cmp(&b.digest))
            }),
            SortKey::Tag => rows.sort_by(|a, b| {
                // Untagged images last.
                let key = |r: &ImageRow| (r.tags.is_empty(), r.tags.iter().min().cloned());
                key(a).cmp(&key(b)).then_with(|| a.digest.cmp(&b.digest))
            }),
        }
        if self.reverse {
            rows.reverse();
        }
        if let Some(n) = self.limit {
            rows.truncate(n);
        }
    }
}

/// Each row's size as the size filters read it: an image index (a multi-arch image) counts
/// the sum of its platform images in `rows` (ECR reports the largest one as the index's
/// size), nested indexes included; anything else, and an index none of whose platform images
/// is listed, its own reported size.
/// Why no decision can be made on `rows` of repository `repo`: the first image listed without
/// a field a decision needs (a prune or a lifecycle preview fails closed on it).
pub fn unknown_image(repo: &str, rows: &[ImageRow]) -> Option<String> {
    let (n, row, field) = rows
        .iter()
        .enumerate()
        .find_map(|(n, r)| r.missing_field().map(|f| (n, r, f)))?;
    let which = if let Some(tag) = row.tags.first() {
        format!("{repo}:{tag}")
    } else if !row.digest.is_empty() {
        format!("{repo}@{}", row.digest)
    } else {
        format!("image {} of the listing of {repo}", n + 1)
    };
    let more = rows.iter().filter(|r| r.missing_field().is_some()).count() - 1;
    let more = if more > 0 {
        format!(" (and {more} more image(s) with a field missing)")
    } else {
        String::new()
    };
    Some(format!(
        "ECR listed {which} without its {field}{more}: its {} is unknown, so what to delete cannot be decided; nothing was deleted",
        if field == "imageDigest" { "identity" } else { "age" }
    ))
}

pub fn image_sizes(rows: &[ImageRow]) -> Vec<Option<i64>> {
    fn size_of(
        at: usize,
        rows: &[ImageRow],
        children: &std::collections::HashMap<&str, Vec<usize>>,
        depth: usize,
    ) -> Option<i64> {
        let row = &rows[at];
        let parts: Vec<usize> = children
            .get(row.digest.as_str())
            .map(|c| {
                c.iter()
                    .copied()
                    .filter(|&i| matches!(rows[i].role, Some("platform") | Some("index")))
                    .collect()
            })
            .unwrap_or_default();
        // Indexes nest a level or two; a cycle (a broken registry) must not recurse forever.
        if parts.is_empty() || depth > 8 {
            return row.size_bytes;
        }
        let mut total = 0i64;
        for i in parts {
            total = total.saturating_add(size_of(i, rows, children, depth + 1)?);
        }
        Some(total)
    }
    let mut children: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for (i, r) in rows.iter().enumerate() {
        for parent in &r.indexed_by {
            if parent != &r.digest {
                children.entry(parent.as_str()).or_default().push(i);
            }
        }
    }
    (0..rows.len())
        .map(|i| size_of(i, rows, &children, 0))
        .collect()
}

/// A size: a number (decimals allowed) and a unit. `KiB`, `MiB`, `GiB`, `TiB` are powers of
/// 1024; `B`, `k`/`KB`, `m`/`MB`, `g`/`GB`, `t`/`TB` are powers of 1000 (SI), whatever the
/// case; no unit is bytes. `500MB`, `1.5GiB`, `100m`.
pub fn parse_size(s: &str) -> Result<i64, String> {
    let err = || {
        format!(
            "'{}' is not a size: use a number and B, KB, MB, GB, TB (powers of 1000) or KiB, MiB, GiB, TiB (powers of 1024), e.g. 500MB or 1.5GiB",
            crate::error::cut(s)
        )
    };
    let t = s.trim();
    if t.starts_with('-') {
        return Err(format!(
            "'{}' is negative: a size is 0 or more",
            crate::error::cut(s)
        ));
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    if number.is_empty() || number.starts_with('.') || number.ends_with('.') {
        return Err(err());
    }
    let n: f64 = number.parse().map_err(|_| err())?;
    let factor: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "t" | "tb" => 1e12,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        "tib" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return Err(err()),
    };
    let exact = n * factor;
    let bytes = exact.round();
    if !bytes.is_finite() || bytes > 9.0e15 {
        return Err(err());
    }
    // 1.5 or 0.0001B: no image holds part of a byte (decimal units have float noise).
    if (exact - bytes).abs() > 1e-6 * bytes.max(1.0) {
        return Err(format!(
            "'{}' is a fraction of a byte: give whole bytes, or a larger unit (1.5KB)",
            crate::error::cut(s)
        ));
    }
    Ok(bytes as i64)
}

/// Bytes in binary units: `512 B`, `1.5 KiB`, `23.4 MiB`, `1.2 GiB`.
pub fn human_size(bytes: i64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// A digest shortened for tables: `sha256:0123456789ab`.
/// A digest shortened for people, visibly: `sha256:abababababab…` (the one shortener of every
/// table and message).
pub fn short_digest(digest: &str) -> String {
    match digest.strip_prefix("sha256:") {
        Some(hex) if hex.len() > 12 => format!("sha256:{}…", &hex[..12]),
        _ => digest.to_string(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Layer {
    pub digest: String,
    pub size: i64,
    pub media_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Platform {
    pub os: String,
    pub architecture: String,
    pub variant: Option<String>,
    pub digest: String,
    pub size: i64,
    /// A build attestation (BuildKit's `vnd.docker.reference.type: attestation-manifest`) of
    /// the manifest with this digest, not a platform image.
    pub attestation_of: Option<String>,
    /// The entry's media type, as the index says it.
    pub media_type: Option<String>,
}

impl Platform {
    pub fn name(&self) -> String {
        if let Some(of) = &self.attestation_of {
            return format!("attestation of {}", short_digest(of));
        }
        let nested = self
            .media_type
            .as_deref()
            .is_some_and(|m| m.contains("index") || m.contains("manifest.list"));
        if nested && self.os == "unknown" && self.architecture == "unknown" {
            return "nested index".into();
        }
        match &self.variant {
            Some(v) => format!("{}/{}/{v}", self.os, self.architecture),
            None => format!("{}/{}", self.os, self.architecture),
        }
    }
}

/// What a manifest says: an image (config + layers) or an index (one entry per platform).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ManifestSummary {
    pub media_type: Option<String>,
    pub config_digest: Option<String>,
    pub artifact_type: Option<String>,
    pub layers: Vec<Layer>,
    pub platforms: Vec<Platform>,
    /// The manifest this one refers to (OCI 1.1 `subject`).
    pub subject: Option<String>,
}

impl ManifestSummary {
    pub fn is_index(&self) -> bool {
        !self.platforms.is_empty()
            || self
                .media_type
                .as_deref()
                .is_some_and(|m| m.contains("index") || m.contains("manifest.list"))
    }

    pub fn layers_size(&self) -> i64 {
        self.layers.iter().map(|l| l.size).sum()
    }
}

/// The manifest an index entry attests, when the entry is a build attestation.
fn attestation_of(entry: &Value) -> Option<String> {
    let notes = entry.get("annotations")?;
    if notes.get("vnd.docker.reference.type")?.as_str()? != "attestation-manifest" {
        return None;
    }
    Some(
        notes
            .get("vnd.docker.reference.digest")
            .and_then(Value::as_str)
            .unwrap_or("an unnamed manifest")
            .to_string(),
    )
}

/// Read an image manifest or index (`media_type` as the registry reported it, if any).
pub fn parse_manifest(text: &str, media_type: Option<&str>) -> Result<ManifestSummary, String> {
    let v: Value =
        serde_json::from_str(text).map_err(|e| format!("the manifest is not JSON: {e}"))?;
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let size = |v: &Value| v.get("size").and_then(Value::as_i64).unwrap_or(0);
    let layers = v
        .get("layers")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|l| Layer {
                    digest: s(l, "digest").unwrap_or_default(),
                    size: size(l),
                    media_type: s(l, "mediaType"),
                })
                .collect()
        })
        .unwrap_or_default();
    let platforms = v
        .get("manifests")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|m| {
                    let p = m.get("platform").cloned().unwrap_or(Value::Null);
                    Platform {
                        os: s(&p, "os").unwrap_or_else(|| "unknown".into()),
                        architecture: s(&p, "architecture").unwrap_or_else(|| "unknown".into()),
                        variant: s(&p, "variant"),
                        digest: s(m, "digest").unwrap_or_default(),
                        size: size(m),
                        attestation_of: attestation_of(m),
                        media_type: s(m, "mediaType"),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(ManifestSummary {
        media_type: s(&v, "mediaType").or(media_type.map(str::to_string)),
        config_digest: v
            .pointer("/config/digest")
            .and_then(Value::as_str)
            .map(str::to_string),
        artifact_type: s(&v, "artifactType"),
        layers,
        platforms,
        subject: v
            .pointer("/subject/digest")
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

/// The subject cosign's tag scheme names: `sha256-<64 hex>.sig` (also `.att`, `.sbom`) is a
/// signature, attestation or SBOM of `sha256:<hex>`.
pub fn cosign_subject(tag: &str) -> Option<String> {
    let rest = tag.strip_prefix("sha256-")?;
    let (hex, kind) = rest.split_once('.')?;
    let hex_ok = hex.len() == 64
        && hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    (hex_ok && matches!(kind, "sig" | "att" | "sbom")).then(|| format!("sha256:{hex}"))
}

/// What a referrer is, with its article ("a signature", "an SBOM"), from its artifact type or,
/// for cosign's tag scheme, its tag's suffix.
pub fn referrer_noun(artifact_type: Option<&str>, tags: &[String]) -> &'static str {
    let kind = match artifact_type {
        Some(t) => referrer_kind(Some(t)),
        None => tags
            .iter()
            .find(|t| cosign_subject(t).is_some())
            .map(|t| match t.rsplit('.').next() {
                Some("sig") => "signature",
                Some("att") => "attestation",
                Some("sbom") => "SBOM",
                _ => "referrer",
            })
            .unwrap_or("referrer"),
    };
    match kind {
        "signature" => "a signature",
        "SBOM" => "an SBOM",
        "attestation" => "an attestation",
        _ => "a referrer",
    }
}

/// A repository's images summed up for a cost report (`repo list --stats`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RepoStats {
    /// Every image manifest listed: images, image indexes, their platform images, referrers.
    pub images: usize,
    /// ECR's `imageSizeInBytes` summed over every image that is not an index: an index reports
    /// its largest platform image, which is listed (and counted) itself.
    pub bytes: i64,
    /// Seconds since the epoch of the newest push.
    pub newest_push: Option<i64>,
    /// Images without a tag (platform images and referrers of tagged images included: ECR
    /// lists them untagged).
    pub untagged: usize,
}

pub fn repo_stats(rows: &[ImageRow]) -> RepoStats {
    RepoStats {
        images: rows.len(),
        bytes: rows
            .iter()
            .filter(|r| !r.is_index())
            .filter_map(|r| r.size_bytes)
            .sum(),
        newest_push: rows.iter().filter_map(|r| r.pushed_at).max(),
        untagged: rows.iter().filter(|r| r.tags.is_empty()).count(),
    }
}

/// Mark the referrers among `rows` with their kind, and (`count`) give every image the kinds of
/// the referrers among `rows` whose subject it is: a listing with `--referrers`, so that
/// nobody prunes a signature as if it were garbage.
pub fn mark_referrers(rows: &mut [ImageRow], count: bool) {
    let mut of: std::collections::HashMap<String, Vec<&'static str>> = Default::default();
    for r in rows.iter_mut() {
        if let Some(subject) = &r.subject {
            let noun = referrer_noun(r.artifact_type.as_deref(), &r.tags);
            let kind = noun.split_once(' ').map_or(noun, |(_, k)| k);
            r.referrer_kind = Some(kind);
            of.entry(subject.clone()).or_default().push(kind);
        }
    }
    if count {
        for r in rows.iter_mut() {
            let mut kinds = of.remove(&r.digest).unwrap_or_default();
            kinds.sort_by_key(|k| kind_rank(k));
            r.referrers = Some(kinds);
        }
    }
}

/// Signatures first, then SBOMs, attestations, anything else.
pub fn kind_rank(kind: &str) -> usize {
    ["signature", "SBOM", "attestation"]
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(3)
}

/// `2 signatures, 1 SBOM`: referrer kinds counted, in [`kind_rank`] order; `-` for none.
pub fn referrer_counts(kinds: &[&str]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for k in kinds {
        match counts.iter_mut().find(|(c, _)| c == k) {
            Some(c) => c.1 += 1,
            None => counts.push((k, 1)),
        }
    }
    counts.sort_by_key(|(k, _)| kind_rank(k));
    if counts.is_empty() {
        return "-".into();
    }
    counts
        .iter()
        .map(|(k, n)| match (*n, *k) {
            (1, k) => format!("1 {k}"),
            (n, k) => format!("{n} {k}s"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The format a referrer's artifact type names, as people know it (`cosign`, `Notation`,
/// `SPDX`, `CycloneDX`, `in-toto`, `Sigstore bundle`), when it is one of those.
pub fn referrer_format(artifact_type: Option<&str>) -> Option<&'static str> {
    let t = artifact_type?.to_ascii_lowercase();
    let known = [
        ("cncf.notary", "Notation"),
        ("sigstore.bundle", "Sigstore bundle"),
        ("cosign", "cosign"),
        ("spdx", "SPDX"),
        ("cyclonedx", "CycloneDX"),
        ("syft", "Syft"),
        ("in-toto", "in-toto"),
    ];
    known.iter().find(|(k, _)| t.contains(k)).map(|(_, f)| *f)
}

/// What a referrer is, in a word, from its artifact type (or media type).
pub fn referrer_kind(artifact_type: Option<&str>) -> &'static str {
    let t = artifact_type.unwrap_or_default();
    if t.contains("signature")
        || t.contains("cosign")
        || t.contains("notary")
        || t.contains("sigstore.bundle")
    {
        "signature"
    } else if t.contains("spdx")
        || t.contains("cyclonedx")
        || t.contains("sbom")
        || t.contains("syft")
    {
        "SBOM"
    } else if t.contains("in-toto") || t.contains("attestation") || t.contains("provenance") {
        "attestation"
    } else {
        "referrer"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_without_its_digest_or_push_time_is_unknown() {
        let mut rows = rows();
        assert_eq!(unknown_image("app", &rows), None);
        rows[1].pushed_at = None;
        let said = unknown_image("app", &rows).unwrap();
        assert!(said.contains("without its imagePushedAt"), "{said}");
        assert!(said.contains("its age is unknown"), "{said}");
        assert!(said.contains("nothing was deleted"), "{said}");
        rows[0].digest.clear();
        rows[0].tags.clear();
        let said = unknown_image("app", &rows).unwrap();
        assert!(
            said.starts_with(
                "ECR listed image 1 of the listing of app without its imageDigest (and 1 more"
            ),
            "{said}"
        );
    }

    #[test]
    fn digests_are_shortened_visibly() {
        let d = format!("sha256:{}", "ab".repeat(32));
        assert_eq!(short_digest(&d), "sha256:abababababab…");
        assert_eq!(short_digest("x"), "x");
    }

    fn row(digest: &str, tags: &[&str], size: i64, pushed: i64) -> ImageRow {
        ImageRow {
            digest: digest.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            size_bytes: Some(size),
            pushed_at: Some(pushed),
            status: Some("active".into()),
            ..Default::default()
        }
    }

    fn rows() -> Vec<ImageRow> {
        vec![
            row("a", &["v1", "stable"], 300, 100),
            row("b", &[], 100, 300),
            row("c", &["latest", "v2"], 200, 200),
            ImageRow {
                status: Some("archived".into()),
                ..row("d", &["old"], 50, 10)
            },
        ]
    }

    fn digests(rows: &[ImageRow]) -> Vec<&str> {
        rows.iter().map(|r| r.digest.as_str()).collect()
    }

    #[test]
    fn an_image_without_a_status_is_active() {
        let unknown = ImageRow {
            status: None,
            ..row("e", &["x"], 1, 1)
        };
        let want = |status: &str| Selection {
            status: Some(status.into()),
            ..Default::default()
        };
        assert!(want("active").keeps(&unknown, None));
        assert!(!want("archived").keeps(&unknown, None));
        assert!(Selection::default().keeps(&unknown, None));
    }

    #[test]
    fn default_order_is_newest_first() {
        assert_eq!(
            digests(&Selection::default().apply(rows())),
            ["b", "c", "a", "d"]
        );
    }

    #[test]
    fn sorting_reverse_and_limit() {
        let s = |sort, reverse, limit| Selection {
            sort: Some(sort),
            reverse,
            limit,
            ..Default::default()
        };
        assert_eq!(
            digests(&s(SortKey::Size, false, None).apply(rows())),
            ["a", "c", "b", "d"]
        );
        assert_eq!(
            digests(&s(SortKey::Tag, false, None).apply(rows())),
            ["c", "d", "a", "b"]
        );
        assert_eq!(
            digests(&s(SortKey::Pushed, true, None).apply(rows())),
            ["d", "a", "c", "b"]
        );
        assert_eq!(
            digests(&s(SortKey::Size, false, Some(2)).apply(rows())),
            ["a", "c"]
        );
    }

    #[test]
    fn filters() {
        let tagged = Selection {
            tagged: true,
            ..Default::default()
        };
        assert_eq!(digests(&tagged.apply(rows())), ["c", "a", "d"]);
        let untagged = Selection {
            untagged: true,
            ..Default::default()
        };
        assert_eq!(digests(&untagged.apply(rows())), ["b"]);
        let glob = Selection {
            tag_glob: Some("v*".into()),
            ..Default::default()
        };
        assert_eq!(digests(&glob.apply(rows())), ["c", "a"]);
        let since = Selection {
            since: Some(150),
            ..Default::default()
        };
        assert_eq!(digests(&since.apply(rows())), ["b", "c"]);
        let archived = Selection {
            status: Some("archived".into()),
            ..Default::default()
        };
        assert_eq!(digests(&archived.apply(rows())), ["d"]);
    }

    #[test]
    fn before_and_size_filters() {
        let before = Selection {
            before: Some(150),
            ..Default::default()
        };
        assert_eq!(digests(&before.apply(rows())), ["a", "d"]);
        // Exclusive bounds: 200 is neither larger nor smaller than 200.
        let larger = Selection {
            larger_than: Some(100),
            ..Default::default()
        };
        assert_eq!(digests(&larger.apply(rows())), ["c", "a"]);
        let between = Selection {
            larger_than: Some(50),
            smaller_than: Some(300),
            ..Default::default()
        };
        assert_eq!(digests(&between.apply(rows())), ["b", "c"]);
        let unknown = ImageRow {
            size_bytes: None,
            ..row("u", &["x"], 0, 1)
        };
        assert!(!larger.keeps(&unknown, None));
    }

    #[test]
    fn an_index_weighs_its_platform_images() {
        let child = |d: &str, size, role| ImageRow {
            indexed_by: vec!["idx".into()],
            role: Some(role),
            ..row(d, &[], size, 1)
        };
        let rows = vec![
            // ECR reports the largest platform image as the index's size.
            ImageRow {
                media_type: Some("application/vnd.oci.image.index.v1+json".into()),
                ..row("idx", &["v1"], 300, 2)
            },
            child("amd64", 300, "platform"),
            child("arm64", 250, "platform"),
            child("att", 5, "attestation"),
            row("lone-index-child-missing", &["v2"], 400, 3),
        ];
        let sizes = image_sizes(&rows);
        assert_eq!(
            sizes[0],
            Some(550),
            "platforms summed, attestation left out"
        );
        assert_eq!(sizes[1], Some(300));
        assert_eq!(sizes[4], Some(400));
        let larger = Selection {
            larger_than: Some(parse_size("500B").unwrap()),
            ..Default::default()
        };
        assert_eq!(digests(&larger.apply(rows.clone())), ["idx"]);
        // --sort size orders by the same total: the index (550) before a 400-byte image.
        let by_size = Selection {
            sort: Some(SortKey::Size),
            limit: Some(2),
            ..Default::default()
        };
        let top = by_size.apply(rows);
        assert_eq!(digests(&top), ["idx", "lone-index-child-missing"]);
        assert_eq!(top[0].total_size(), Some(550));
        assert_eq!(top[0].size_bytes, Some(300), "ECR's size is kept");
    }

    #[test]
    fn size_units() {
        assert_eq!(parse_size("500MB"), Ok(500_000_000));
        assert_eq!(parse_size("500mb"), Ok(500_000_000));
        assert_eq!(parse_size("100m"), Ok(100_000_000));
        assert_eq!(parse_size("1.5GiB"), Ok(1_610_612_736));
        assert_eq!(parse_size("2KiB"), Ok(2048));
        assert_eq!(parse_size("1k"), Ok(1000));
        assert_eq!(parse_size("42"), Ok(42));
        assert_eq!(parse_size("42 B"), Ok(42));
        for bad in [
            "",
            "MB",
            "1.5.5MB",
            ".5MB",
            "5.MB",
            "-1MB",
            "5XB",
            "5 MiBs",
            "1e3",
            "9999999TB",
        ] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
        // No part of a byte; a decimal that makes whole bytes is fine.
        for fractional in ["1.5", "0.0001B", "1.0001KiB"] {
            let e = parse_size(fractional).unwrap_err();
            assert!(e.contains("fraction of a byte"), "{e}");
        }
        assert_eq!(parse_size("1.1MB"), Ok(1_100_000));
        assert_eq!(parse_size("0.5KiB"), Ok(512));
        assert!(parse_size("-5MB").unwrap_err().contains("negative"));
        let long = "9".repeat(5000);
        let e = parse_size(&format!("{long}x")).unwrap_err();
        assert!(e.contains("… (5001 characters)") && e.len() < 600, "{e}");
    }

    #[test]
    fn sizes() {
        assert_eq!(human_size(0), "0 B");
        assert_eq!(human_size(1023), "1023 B");
        assert_eq!(human_size(1536), "1.5 KiB");
        assert_eq!(human_size(25 * 1024 * 1024), "25.0 MiB");
        assert_eq!(human_size(3 * 1024 * 1024 * 1024 / 2), "1.5 GiB");
    }

    #[test]
    fn image_manifest() {
        let m = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
            "config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:c","size":7},
            "layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:l1","size":100},
                      {"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:l2","size":50}]}"#;
        let s = parse_manifest(m, None).unwrap();
        assert!(!s.is_index());
        assert_eq!(s.config_digest.as_deref(), Some("sha256:c"));
        assert_eq!(s.layers.len(), 2);
        assert_eq!(s.layers_size(), 150);
    }

    #[test]
    fn referrers() {
        let hex = "ab".repeat(32);
        assert_eq!(
            cosign_subject(&format!("sha256-{hex}.sig")),
            Some(format!("sha256:{hex}"))
        );
        assert_eq!(
            cosign_subject(&format!("sha256-{hex}.att")),
            Some(format!("sha256:{hex}"))
        );
        for not in [
            "latest".to_string(),
            format!("sha256-{hex}"),
            format!("sha256-{hex}.tar"),
            format!("sha256-{}.sig", "AB".repeat(32)),
            "sha256-abc.sig".to_string(),
        ] {
            assert_eq!(cosign_subject(&not), None, "{not}");
        }
        let m = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",
            "artifactType":"application/vnd.cncf.notary.signature",
            "config":{"mediaType":"application/vnd.oci.empty.v1+json","digest":"sha256:e","size":2},
            "layers":[],"subject":{"mediaType":"application/vnd.oci.image.index.v1+json","digest":"sha256:s","size":9}}"#;
        let s = parse_manifest(m, None).unwrap();
        assert_eq!(s.subject.as_deref(), Some("sha256:s"));
        assert_eq!(referrer_kind(s.artifact_type.as_deref()), "signature");
        assert_eq!(referrer_kind(Some("application/spdx+json")), "SBOM");
        assert_eq!(referrer_kind(None), "referrer");
        assert_eq!(referrer_noun(Some("application/spdx+json"), &[]), "an SBOM");
        assert_eq!(
            referrer_noun(None, &[format!("sha256-{hex}.att")]),
            "an attestation"
        );
    }

    #[test]
    fn index_manifest() {
        let m = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
            {"digest":"sha256:amd","size":500,"platform":{"os":"linux","architecture":"amd64"}},
            {"digest":"sha256:arm","size":501,"platform":{"os":"linux","architecture":"arm","variant":"v7"}}]}"#;
        let s = parse_manifest(m, None).unwrap();
        assert!(s.is_index());
        assert_eq!(s.platforms[1].name(), "linux/arm/v7");
        assert_eq!(s.platforms[0].digest, "sha256:amd");
        assert!(parse_manifest("nope", None).is_err());
        // The media type may come from the registry instead of the document.
        let s = parse_manifest(
            r#"{"manifests":[]}"#,
            Some("application/vnd.docker.distribution.manifest.list.v2+json"),
        )
        .unwrap();
        assert!(s.is_index());
    }

    /// Referrers get their kind and their subject the kinds of its referrers, signatures
    /// first; a cosign tag names its subject without an artifact type.
    #[test]
    fn referrers_are_marked_and_counted() {
        let hex = "a".repeat(64);
        let image =
            |digest: &str, tags: &[&str], subject: Option<&str>, t: Option<&str>| ImageRow {
                digest: digest.into(),
                tags: tags.iter().map(|t| t.to_string()).collect(),
                subject: subject.map(str::to_string),
                artifact_type: t.map(str::to_string),
                ..ImageRow::default()
            };
        let subject = format!("sha256:{hex}");
        let cosign_tag = format!("sha256-{hex}.sig");
        let mut rows = vec![
            image(&subject, &["v1"], None, None),
            image(
                "sha256:s",
                &[],
                Some(&subject),
                Some("application/spdx+json"),
            ),
            image(
                "sha256:n",
                &[],
                Some(&subject),
                Some("application/vnd.cncf.notary.signature"),
            ),
            image("sha256:c", &[&cosign_tag], Some(&subject), None),
            image("sha256:o", &["other"], None, None),
        ];
        mark_referrers(&mut rows, true);
        assert_eq!(
            rows[0].referrers,
            Some(vec!["signature", "signature", "SBOM"])
        );
        assert_eq!(rows[1].referrer_kind, Some("SBOM"));
        assert_eq!(rows[3].referrer_kind, Some("signature"));
        assert_eq!(rows[4].referrers, Some(vec![]));
        assert_eq!(rows[4].referrer_kind, None);
        assert_eq!(
            referrer_counts(rows[0].referrers.as_deref().unwrap()),
            "2 signatures, 1 SBOM"
        );
        assert_eq!(referrer_counts(&[]), "-");
        // Without counting, only the kinds.
        let mut rows = vec![image(&subject, &["v1"], None, None)];
        mark_referrers(&mut rows, false);
        assert_eq!(rows[0].referrers, None);
    }

    #[test]
    fn referrer_formats_people_know() {
        let cases = [
            (
                "application/vnd.cncf.notary.signature",
                Some("Notation"),
                "signature",
            ),
            (
                "application/vnd.dev.cosign.artifact.sig.v1+json",
                Some("cosign"),
                "signature",
            ),
            (
                "application/vnd.dev.sigstore.bundle.v0.3+json",
                Some("Sigstore bundle"),
                "signature",
            ),
            ("application/spdx+json", Some("SPDX"), "SBOM"),
            ("application/vnd.cyclonedx+json", Some("CycloneDX"), "SBOM"),
            (
                "application/vnd.in-toto+json",
                Some("in-toto"),
                "attestation",
            ),
            ("application/vnd.example.thing", None, "referrer"),
        ];
        for (t, format, kind) in cases {
            assert_eq!(referrer_format(Some(t)), format, "{t}");
            assert_eq!(referrer_kind(Some(t)), kind, "{t}");
        }
        assert_eq!(referrer_format(None), None);
    }

    /// An index's size is its largest child's, which is listed itself: counted once.
    #[test]
    fn repository_stats_count_an_index_and_its_children_once() {
        let image = |d: &str, tags: &[&str], size: i64, pushed: i64, media: &str| ImageRow {
            digest: d.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            size_bytes: Some(size),
            pushed_at: Some(pushed),
            media_type: Some(media.into()),
            ..ImageRow::default()
        };
        let oci = "application/vnd.oci.image.manifest.v1+json";
        let rows = [
            image(
                "sha256:i",
                &["v1"],
                300,
                50,
                "application/vnd.oci.image.index.v1+json",
            ),
            image("sha256:a", &[], 300, 49, oci),
            image("sha256:b", &[], 200, 49, oci),
            image("sha256:c", &["old"], 1000, 10, oci),
        ];
        assert_eq!(
            repo_stats(&rows),
            RepoStats {
                images: 4,
                bytes: 1500,
                newest_push: Some(50),
                untagged: 2
            }
        );
        assert_eq!(repo_stats(&[]), RepoStats::default());
    }
}
