//! Between the evaluator and the commands: images in and out of JSON, decisions as records and
//! table rows, in the one shape `lifecycle preview`, `lifecycle set` and `images prune` print.

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
        }
    }
}

/// Seconds since the epoch of an RFC 3339 time (`2026-01-31T00:00:00Z`, fractions and
/// offsets allowed).
pub fn parse_time(s: &str) -> Result<i64, String> {
    let err = || format!("'{s}' is not an RFC 3339 time such as 2026-01-31T00:00:00Z");
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

/// Images from JSON in the shape `images list -o json` prints: `digest`, `tags` and
/// `pushedAt` required; `lastPulledAt`, `status`, `lastArchivedAt`, `sizeBytes`, `indexedBy`
/// optional. Errors name the entry.
pub fn images_from_json(v: &Value) -> Result<Vec<Image>, String> {
    let list = v
        .as_array()
        .ok_or("the images must be a JSON array, as `ecrctl images list -o json` prints")?;
    list.iter()
        .enumerate()
        .map(|(i, item)| {
            let n = i + 1;
            let time = |key: &str, required: bool| -> Result<Option<i64>, String> {
                match item.get(key) {
                    None | Some(Value::Null) if !required => Ok(None),
                    None | Some(Value::Null) => Err(format!("image {n} has no {key}")),
                    Some(Value::String(s)) => parse_time(s)
                        .map(Some)
                        .map_err(|e| format!("image {n}: {key} {e}")),
                    Some(_) => Err(format!("image {n}: {key} must be an RFC 3339 string")),
                }
            };
            let digest = item
                .get("digest")
                .and_then(Value::as_str)
                .ok_or(format!("image {n} has no digest"))?;
            let strings = |key: &str| -> Result<Vec<String>, String> {
                match item.get(key) {
                    None | Some(Value::Null) => Ok(Vec::new()),
                    Some(Value::Array(a)) => a
                        .iter()
                        .map(|t| {
                            t.as_str()
                                .map(str::to_string)
                                .ok_or(format!("image {n}: {key} must be strings"))
                        })
                        .collect(),
                    Some(_) => Err(format!("image {n}: {key} must be a list")),
                }
            };
            if item.get("tags").is_none() {
                return Err(format!(
                    "image {n} has no tags (use [] for an untagged image)"
                ));
            }
            let status = match item.get("status") {
                None | Some(Value::Null) => Status::Active,
                Some(Value::String(s)) => Status::parse(Some(s)).ok_or(format!(
                    "image {n}: status {s} is not active, archived or activating"
                ))?,
                Some(_) => return Err(format!("image {n}: status must be a string")),
            };
            Ok(Image {
                digest: digest.to_string(),
                tags: strings("tags")?,
                pushed_at: time("pushedAt", true)?.unwrap_or_default(),
                last_pulled_at: time("lastPulledAt", false)?,
                status,
                last_archived_at: time("lastArchivedAt", false)?,
                size_bytes: match item.get("sizeBytes") {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(
                        v.as_i64()
                            .ok_or(format!("image {n}: sizeBytes must be a number"))?,
                    ),
                },
                indexed_by: strings("indexedBy")?,
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

/// One image and its decision, as JSON.
pub fn record(img: &Image, d: &Decision) -> Value {
    let status = match img.status {
        Status::Active => "active",
        Status::Archived => "archived",
        Status::Activating => "activating",
    };
    json!({
        "digest": img.digest,
        "tags": img.tags,
        "pushedAt": format_time(img.pushed_at),
        "lastPulledAt": img.last_pulled_at.map(format_time),
        "status": status,
        "sizeBytes": img.size_bytes,
        "action": d.verdict.as_str(),
        "rule": d.rule,
        "description": d.description,
        "reason": d.reason,
    })
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
        ] {
            assert!(parse_time(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn images_need_digest_tags_and_push_time() {
        let ok = json!([{"digest": "sha256:a", "tags": [], "pushedAt": "2026-01-01T00:00:00Z", "status": "ARCHIVED", "sizeBytes": 5}]);
        let images = images_from_json(&ok).unwrap();
        assert_eq!(images[0].status, Status::Archived);
        assert_eq!(images[0].size_bytes, Some(5));
        assert!(
            images_from_json(&json!([{"digest": "sha256:a", "tags": []}]))
                .unwrap_err()
                .contains("image 1 has no pushedAt")
        );
        assert!(images_from_json(
            &json!([{"digest": "sha256:a", "pushedAt": "2026-01-01T00:00:00Z"}])
        )
        .unwrap_err()
        .contains("no tags"));
        assert!(images_from_json(&json!({})).is_err());
    }
}
