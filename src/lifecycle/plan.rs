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

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Seconds since the epoch of an RFC 3339 time (`2026-01-31T00:00:00Z`, fractions and
/// offsets allowed).
pub fn parse_time(s: &str) -> Result<i64, String> {
    let err = || {
        format!(
            "'{}' is not an RFC 3339 time such as 2026-01-31T00:00:00Z",
            crate::error::cut(s)
        )
    };
    let b = s.as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return Err(err());
    }
    let num =
        |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<i64>().ok()).ok_or_else(err);
    let (y, mo, d, h, mi, sec) = (
        num(0..4)?,
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    );
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || sec > 60 {
        return Err(err());
    }
    // A day the month does not have is refused, not carried into the next month: a typed
    // 2026-02-30 must not move what a prune selects.
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let month_days = match mo {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if d > month_days {
        return Err(format!(
            "'{}' is not a date: {} {y} has {month_days} days",
            crate::error::cut(s.get(..10).unwrap_or(s)),
            MONTHS[mo as usize - 1]
        ));
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let digits = frac.chars().take_while(char::is_ascii_digit).count();
        if digits == 0 {
            return Err(err());
        }
        rest = &frac[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6
            && (rest.starts_with('+') || rest.starts_with('-'))
            && &rest[3..4] == ":" =>
        {
            let oh: i64 = rest[1..3].parse().map_err(|_| err())?;
            let om: i64 = rest[4..6].parse().map_err(|_| err())?;
            let sign = if rest.starts_with('-') { -1 } else { 1 };
            sign * (oh * 3600 + om * 60)
        }
        _ => return Err(err()),
    };
    // Days from the civil date (Howard Hinnant's algorithm).
    let y = if mo <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (mo + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Ok(days * 86_400 + h * 3600 + mi * 60 + sec - offset)
}

/// RFC 3339 in UTC, whole seconds.
pub fn format_time(t: i64) -> String {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
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
                v.map(|s| parse_time(&s).map_err(|e| format!("image {n}: {key} {e}")))
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
        pushed_at: format_time(img.pushed_at),
        last_pulled_at: img.last_pulled_at.map(format_time),
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
            crate::output::age(self.now - t)
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
    fn times_round_trip() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2026-11-28T07:29:57Z",
            "2000-02-29T23:59:59Z",
            "2100-03-01T00:00:00Z",
        ] {
            assert_eq!(format_time(parse_time(s).unwrap()), s);
        }
        assert_eq!(
            parse_time("2026-01-01T01:00:00+01:00").unwrap(),
            parse_time("2026-01-01T00:00:00Z").unwrap()
        );
        assert_eq!(
            parse_time("2026-01-01T00:00:00.5Z").unwrap(),
            parse_time("2026-01-01T00:00:00Z").unwrap()
        );
        for bad in [
            "2026-01-01",
            "yesterday",
            "2026-13-01T00:00:00Z",
            "2026-01-01T00:00:00",
            "2026-01-01T00:00:00.Z",
            "2026-02-29T00:00:00Z",
            "2026-02-30T00:00:00Z",
            "2026-02-31T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "2100-02-29T00:00:00Z",
        ] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_time("2026-02-30T00:00:00Z").unwrap_err(),
            "'2026-02-30' is not a date: February 2026 has 28 days"
        );
        assert!(parse_time("2028-02-29T00:00:00Z").is_ok());
        assert!(parse_time("2026-12-31T23:59:59Z").is_ok());
    }

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
