//! Between the evaluator and the commands: images in and out of JSON, decisions as records and
//! table rows, in the one shape `lifecycle preview`, `lifecycle set` and `images prune` print.

use serde::Serialize;
use serde_json::{json, Value};

use super::eval::{Decision, Image, Summary, Verdict};
use super::Status;
use crate::images::{human_size, short_digest, ImageRow};

impl Image {
    pub fn from_row(r: &ImageRow) -> Image {
        Image {
            digest: r.digest.clone(),
            tags: r.tags.clone(),
            pushed_at: r.pushed_at.unwrap_or(0),
            last_pulled_at: r.last_pulled_at,
            status: Status::parse(r.status.as_deref()).unwrap_or_default(),
            last_archived_at: r.last_archived_at,
            size_bytes: r.size_bytes,
            indexed_by: r.indexed_by.clone(),
            role: r.role,
            subject: r.subject.clone(),
            artifact_type: r.artifact_type.clone(),
        }
    }
}

/// One image as `images list -o json` prints it; only what the evaluator reads.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawImage {
    digest: Option<String>,
    tags: Option<Vec<String>>,
    pushed_at: Option<String>,
    last_pulled_at: Option<String>,
    status: Option<String>,
    last_archived_at: Option<String>,
    size_bytes: Option<i64>,
    indexed_by: Option<Vec<String>>,
    role: Option<String>,
    subject: Option<String>,
    artifact_type: Option<String>,
}

/// Images from JSON text in the shape `images list -o json` prints: `digest`, `tags` and
/// `pushedAt` required; `lastPulledAt`, `status`, `lastArchivedAt`, `sizeBytes`, `indexedBy`,
/// `role`, `subject`, `artifactType` optional; other fields ignored. Errors name the entry.
pub fn images_from_json(text: &str) -> Result<Vec<Image>, String> {
    let images = parse_images(text)?;
    let mut seen = std::collections::HashMap::new();
    for (i, img) in images.iter().enumerate() {
        if let Some(first) = seen.insert(img.digest.as_str(), i + 1) {
            return Err(format!(
                "images {first} and {} have the same digest {}",
                i + 1,
                img.digest
            ));
        }
        if img.size_bytes.is_some_and(|s| s < 0) {
            return Err(format!("image {}: sizeBytes cannot be negative", i + 1));
        }
    }
    Ok(images)
}

fn parse_images(text: &str) -> Result<Vec<Image>, String> {
    let raw: Vec<RawImage> = serde_json::from_str(text).map_err(|e| {
        format!("not an array of images as `ecrctl images list -o json` prints: {e}")
    })?;
    raw.into_iter()
        .enumerate()
        .map(|(i, r)| {
            let n = i + 1;
            let time = |key: &str, v: Option<String>| -> Result<Option<i64>, String> {
                v.map(|s| crate::time::parse(&s).map_err(|e| format!("image {n}: {key} {e}")))
                    .transpose()
            };
            let digest = r.digest.ok_or(format!("image {n} has no digest"))?;
            let tags = r.tags.ok_or(format!(
                "image {n} has no tags (use [] for an untagged image)"
            ))?;
            let pushed_at =
                time("pushedAt", r.pushed_at)?.ok_or(format!("image {n} has no pushedAt"))?;
            let status = Status::parse(r.status.as_deref()).ok_or(format!(
                "image {n}: status {} is not active, archived or activating",
                r.status.as_deref().unwrap_or_default()
            ))?;
            Ok(Image {
                digest,
                tags,
                pushed_at,
                last_pulled_at: time("lastPulledAt", r.last_pulled_at)?,
                status,
                last_archived_at: time("lastArchivedAt", r.last_archived_at)?,
                size_bytes: r.size_bytes,
                indexed_by: r.indexed_by.unwrap_or_default(),
                role: r.role.as_deref().and_then(|role| match role {
                    "platform" => Some("platform"),
                    "attestation" => Some("attestation"),
                    "index" => Some("index"),
                    _ => None,
                }),
                subject: r.subject,
                artifact_type: r.artifact_type,
            })
        })
        .collect()
}

/// The display order: what is acted on first (expire, then transition), newest first.
pub fn order(images: &[Image], decisions: &[Decision]) -> Vec<usize> {
    let rank = |v: Verdict| match v {
        Verdict::Expire => 0,
        Verdict::Transition => 1,
        Verdict::Keep => 2,
    };
    let mut idx: Vec<usize> = (0..images.len()).collect();
    idx.sort_by(|&a, &b| {
        rank(decisions[a].verdict)
            .cmp(&rank(decisions[b].verdict))
            .then_with(|| images[b].pushed_at.cmp(&images[a].pushed_at))
            .then_with(|| images[a].digest.cmp(&images[b].digest))
    });
    idx
}

/// What `images prune --yes` did to an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Planned,
    Kept,
    Deleted,
    /// Already gone when deleted (another run got there first): the wanted result.
    Gone,
    /// ECR's failure code and reason.
    Failed(String, String),
    /// ECR refused: an image index still refers to it (`ImageReferencedByManifestList`).
    Held,
    /// Not tried: what had to be deleted before it was not (the reason says which).
    NotAttempted(String),
}

/// One image and its decision as JSON (the one place these field names are spelled).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RecordOut<'a> {
    digest: &'a str,
    tags: &'a [String],
    pushed_at: String,
    last_pulled_at: Option<String>,
    status: &'static str,
    size_bytes: Option<i64>,
    action: &'static str,
    rule: Option<u32>,
    description: Option<&'a str>,
    reason: &'a str,
    #[serde(flatten)]
    outcome: Option<OutcomeOut<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct OutcomeOut<'a> {
    result: &'static str,
    failure_code: Option<&'a str>,
    failure_reason: Option<&'a str>,
}

fn record_out<'a>(img: &'a Image, d: &'a Decision, outcome: Option<&'a Outcome>) -> RecordOut<'a> {
    let status = match img.status {
        Status::Active => "active",
        Status::Archived => "archived",
        Status::Activating => "activating",
    };
    RecordOut {
        digest: &img.digest,
        tags: &img.tags,
        pushed_at: crate::time::format(img.pushed_at),
        last_pulled_at: img.last_pulled_at.map(crate::time::format),
        status,
        size_bytes: img.size_bytes,
        action: d.verdict.as_str(),
        rule: d.rule,
        description: d.description.as_deref(),
        reason: &d.reason,
        outcome: outcome.map(|o| match o {
            Outcome::Planned => OutcomeOut {
                result: "planned",
                failure_code: None,
                failure_reason: None,
            },
            Outcome::Kept => OutcomeOut {
                result: "kept",
                failure_code: None,
                failure_reason: None,
            },
            Outcome::Deleted => OutcomeOut {
                result: "deleted",
                failure_code: None,
                failure_reason: None,
            },
            Outcome::Gone => OutcomeOut {
                result: "already-gone",
                failure_code: None,
                failure_reason: None,
            },
            Outcome::Failed(code, reason) => OutcomeOut {
                result: "failed",
                failure_code: Some(code),
                failure_reason: Some(reason),
            },
            Outcome::Held => OutcomeOut {
                result: "kept-referenced",
                failure_code: Some("ImageReferencedByManifestList"),
                failure_reason: Some("an image index still refers to it"),
            },
            Outcome::NotAttempted(reason) => OutcomeOut {
                result: "not-attempted",
                failure_code: None,
                failure_reason: Some(reason),
            },
        }),
    }
}

/// One image and its decision, as JSON.
pub fn record(img: &Image, d: &Decision) -> Value {
    serde_json::to_value(record_out(img, d, None)).expect("records serialise")
}

/// A plan (preview or prune) as a report body: only the view asked for is built, so a preview
/// of 100,000 images costs what its output costs.
pub struct PlanBody {
    pub images: Vec<Image>,
    pub decisions: Vec<Decision>,
    /// Display order (see [`order`]).
    pub order: Vec<usize>,
    pub now: i64,
    /// Top-level JSON fields before `images`, and after it.
    pub head: Vec<(&'static str, Value)>,
    pub tail: Vec<(&'static str, Value)>,
    /// `images prune`: what happened to each image (by image index).
    pub outcomes: Option<Vec<Outcome>>,
    /// The command's name in the text-column table.
    pub command: &'static str,
    /// Whether a table or text lists every image; else only those expired (JSON always lists
    /// every image).
    pub all: bool,
}

impl PlanBody {
    fn records(&self) -> impl Iterator<Item = RecordOut<'_>> {
        self.order.iter().map(move |&i| {
            record_out(
                &self.images[i],
                &self.decisions[i],
                self.outcomes.as_ref().map(|o| &o[i]),
            )
        })
    }

    /// The images a table or text lists, in display order.
    fn listed(&self) -> Vec<usize> {
        self.order
            .iter()
            .copied()
            .filter(|&i| self.all || self.decisions[i].verdict == Verdict::Expire)
            .collect()
    }

    fn listed_records(&self) -> impl Iterator<Item = RecordOut<'_>> {
        self.listed().into_iter().map(move |i| {
            record_out(
                &self.images[i],
                &self.decisions[i],
                self.outcomes.as_ref().map(|o| &o[i]),
            )
        })
    }
}

impl Serialize for PlanBody {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        for (k, v) in &self.head {
            map.serialize_entry(k, v)?;
        }
        map.serialize_entry("images", &Records(self))?;
        for (k, v) in &self.tail {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

struct Records<'a>(&'a PlanBody);

impl Serialize for Records<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.records())
    }
}

impl crate::output::Body for PlanBody {
    fn json(&self) -> Value {
        serde_json::to_value(self).expect("plans serialise")
    }

    fn json_text(&self) -> String {
        serde_json::to_string_pretty(self).expect("plans serialise")
    }

    fn human(&self) -> crate::output::Human {
        let listed = self.listed();
        let (headers, mut rows) = table(&self.images, &self.decisions, &listed, |t| {
            crate::time::age(self.now - t)
        });
        if let Some(outcomes) = &self.outcomes {
            for (row, &i) in rows.iter_mut().zip(&listed) {
                match &outcomes[i] {
                    Outcome::Deleted => row[0] = "deleted".into(),
                    Outcome::Gone => row[0] = "already gone".into(),
                    Outcome::Failed(code, _) => row[0] = format!("failed: {code}"),
                    Outcome::Held => row[0] = "kept: referenced by an index".into(),
                    Outcome::NotAttempted(reason) => row[0] = reason.clone(),
                    Outcome::Planned | Outcome::Kept => {}
                }
            }
        }
        crate::output::Human::Table { headers, rows }
    }

    fn text(&self) -> Vec<Vec<String>> {
        let cols = crate::output::columns(self.command);
        self.listed_records()
            .map(|r| {
                let v = serde_json::to_value(r).expect("records serialise");
                crate::output::text_record(&v, cols)
            })
            .collect()
    }
}

pub fn summary_json(s: &Summary) -> Value {
    json!({
        "expire": s.expire,
        "transition": s.transition,
        "keep": s.keep,
        "expireBytes": s.expire_bytes,
        "transitionBytes": s.transition_bytes,
    })
}

/// `expire 3 images (1.2 MiB), archive 1 (20.0 MiB), keep 12`.
pub fn summary_text(s: &Summary) -> String {
    format!(
        "expire {} image(s) ({}), archive {} ({}), keep {}",
        s.expire,
        human_size(s.expire_bytes),
        s.transition,
        human_size(s.transition_bytes),
        s.keep
    )
}

/// An image for people: `repo:tag` (first tag) or `repo@sha256:abc…`.
pub fn image_name(repo: &str, img: &Image) -> String {
    match img.tags.first() {
        Some(t) => format!("{repo}:{t}"),
        None => format!("{repo}@{}", short_digest(&img.digest)),
    }
}

/// Table headers and one row per image (in `order`); `ago` renders an age.
pub fn table(
    images: &[Image],
    decisions: &[Decision],
    order: &[usize],
    ago: impl Fn(i64) -> String,
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let rows = order
        .iter()
        .map(|&i| {
            let (img, d) = (&images[i], &decisions[i]);
            vec![
                d.verdict.as_str().to_string(),
                d.rule.map(|r| r.to_string()).unwrap_or_else(|| "-".into()),
                if img.tags.is_empty() {
                    "<untagged>".into()
                } else {
                    img.tags.join(", ")
                },
                short_digest(&img.digest),
                ago(img.pushed_at),
                img.size_bytes.map(human_size).unwrap_or_else(|| "-".into()),
                d.reason.clone(),
            ]
        })
        .collect();
    (
        vec![
            "ACTION", "RULE", "TAGS", "DIGEST", "PUSHED", "SIZE", "REASON",
        ],
        rows,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_need_digest_tags_and_push_time() {
        let ok = json!([{"digest": "sha256:a", "tags": [], "pushedAt": "2026-01-01T00:00:00Z", "status": "ARCHIVED", "sizeBytes": 5, "mediaType": "x"}]);
        let images = images_from_json(&ok.to_string()).unwrap();
        assert_eq!(images[0].status, Status::Archived);
        assert_eq!(images[0].size_bytes, Some(5));
        assert!(
            images_from_json(&json!([{"digest": "sha256:a", "tags": []}]).to_string())
                .unwrap_err()
                .contains("image 1 has no pushedAt")
        );
        let no_tags = json!([{"digest": "sha256:a", "pushedAt": "2026-01-01T00:00:00Z"}]);
        assert!(images_from_json(&no_tags.to_string())
            .unwrap_err()
            .contains("no tags"));
        assert!(images_from_json("{}").is_err());
        assert!(images_from_json(r#"[{"digest": 5}]"#)
            .unwrap_err()
            .contains("line 1"));
        let twice = r#"[{"digest":"sha256:a","tags":[],"pushedAt":"2026-01-01T00:00:00Z"},{"digest":"sha256:a","tags":[],"pushedAt":"2026-01-01T00:00:00Z"}]"#;
        assert!(images_from_json(twice).unwrap_err().contains("same digest"));
        let negative =
            r#"[{"digest":"sha256:a","tags":[],"pushedAt":"2026-01-01T00:00:00Z","sizeBytes":-5}]"#;
        assert!(images_from_json(negative).unwrap_err().contains("negative"));
    }
}
