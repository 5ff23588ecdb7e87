//! The ignore file of `images scan --ignore FILE`: one vulnerability a line, each with its
//! reason and an optional last day.
//!
//! ```text
//! # Reviewed 2026-11-30 (security team)
//! CVE-2024-1234  exp:2027-01-31  the vulnerable parser is never called
//! GHSA-xxxx-yyyy-zzzz            only in the build stage, not in the image
//! ```
//!
//! `exp:` is Trivy's spelling, so a `.trivyignore` whose entries have a reason (on the line,
//! or as the `#` comment just above it) reads as is. An entry without a reason is refused: the
//! file is where the next person learns why.

use std::collections::HashMap;

/// One entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// As written (matched without regard to case).
    pub id: String,
    pub reason: String,
    /// `YYYY-MM-DD`: the last day (UTC) the entry ignores.
    pub expires: Option<String>,
    /// Seconds since the epoch at which it stops ignoring (the day after `expires`, 00:00 UTC).
    pub expires_at: Option<i64>,
    pub line: usize,
}

impl Entry {
    pub fn expired(&self, now: i64) -> bool {
        self.expires_at.is_some_and(|t| now >= t)
    }
}

/// Every entry of an ignore file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IgnoreList {
    /// How messages name the file.
    pub source: String,
    pub entries: Vec<Entry>,
    by_id: HashMap<String, usize>,
}

impl IgnoreList {
    /// The entry for a vulnerability id, if any.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.by_id.get(&id.to_ascii_uppercase()).copied()
    }

    /// Read an ignore file's text; an error names the file and the line.
    pub fn parse(source: &str, text: &str) -> Result<IgnoreList, String> {
        let mut list = IgnoreList {
            source: source.to_string(),
            ..IgnoreList::default()
        };
        let mut comment: Option<String> = None;
        for (n, raw) in text.lines().enumerate() {
            let line = n + 1;
            let at = |why: String| format!("{source} line {line}: {why}");
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                comment = None;
                continue;
            }
            if let Some(c) = trimmed.strip_prefix('#') {
                let c = c.trim();
                comment = (!c.is_empty()).then(|| c.to_string());
                continue;
            }
            let (head, inline_reason) = match trimmed.split_once(" #") {
                Some((h, r)) => (h.trim(), Some(r.trim())),
                None => (trimmed, None),
            };
            let mut words = head.split_whitespace();
            let id = words.next().unwrap_or_default();
            check_id(id).map_err(at)?;
            let mut expires = None;
            let mut rest: Vec<&str> = Vec::new();
            for (i, word) in words.enumerate() {
                let lower = word.to_ascii_lowercase();
                if let Some(date) = lower.strip_prefix("exp:") {
                    if expires.is_some() {
                        return Err(at(format!("{id} has two expiry dates")));
                    }
                    expires = Some((date.to_string(), day_after(date).map_err(at)?));
                } else if i == 0 && looks_like_date(word) {
                    return Err(at(format!(
                        "write the expiry date as exp:{word} (a date alone could be the reason's first word)"
                    )));
                } else {
                    rest.push(word);
                }
            }
            let mut reason = rest.join(" ");
            if let Some(r) = inline_reason.filter(|r| !r.is_empty()) {
                if !reason.is_empty() {
                    reason.push_str(" — ");
                }
                reason.push_str(r);
            }
            if reason.is_empty() {
                reason = comment.take().unwrap_or_default();
            }
            if reason.is_empty() {
                return Err(at(format!(
                    "{id} has no reason: write why it is safe after the id (`{id} exp:2027-01-31 not reachable: …`) or as a # comment on the line above"
                )));
            }
            let key = id.to_ascii_uppercase();
            if let Some(&first) = list.by_id.get(&key) {
                return Err(at(format!(
                    "{id} is already ignored on line {}: keep one entry per id",
                    list.entries[first].line
                )));
            }
            list.by_id.insert(key, list.entries.len());
            let (expires, expires_at) = match expires {
                Some((d, t)) => (Some(d), Some(t)),
                None => (None, None),
            };
            list.entries.push(Entry {
                id: id.to_string(),
                reason,
                expires,
                expires_at,
                line,
            });
            comment = None;
        }
        Ok(list)
    }
}

/// A vulnerability id: a CVE (`CVE-2024-1234`, checked closely: a typo would ignore nothing) or
/// another scanner's id (`GHSA-…`, `ALAS2-2024-…`, `RHSA-2024:1234`).
fn check_id(id: &str) -> Result<(), String> {
    let shown = crate::error::cut(id);
    let ok_chars = id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
    if !ok_chars || !id.starts_with(|c: char| c.is_ascii_alphabetic()) || id.len() > 128 {
        return Err(format!(
            "'{shown}' is not a vulnerability id (CVE-2024-1234, GHSA-…, ALAS-…)"
        ));
    }
    if id.len() >= 4 && id[..4].eq_ignore_ascii_case("CVE-") {
        let parts: Vec<&str> = id[4..].split('-').collect();
        let digits = |s: &str, min: usize| s.len() >= min && s.bytes().all(|b| b.is_ascii_digit());
        if parts.len() != 2 || parts[0].len() != 4 || !digits(parts[0], 4) || !digits(parts[1], 4) {
            return Err(format!(
                "'{shown}' is not a CVE id: CVE-YYYY-NNNN, at least four digits after the year"
            ));
        }
    }
    Ok(())
}

fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b[..4].iter().all(u8::is_ascii_digit)
}

/// 00:00 UTC of the day after `YYYY-MM-DD`: the entry ignores through its last day.
fn day_after(date: &str) -> Result<i64, String> {
    if !looks_like_date(date) {
        return Err(format!(
            "'exp:{}' is not a date: write exp:YYYY-MM-DD, e.g. exp:2027-01-31",
            crate::error::cut(date)
        ));
    }
    let start = crate::time::parse(&format!("{date}T00:00:00Z"))
        .map_err(|e| format!("exp:{}", e.trim_start_matches('\'')).replace("' is", " is"))?;
    Ok(start + 86_400)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    #[test]
    fn entries_with_reasons_and_expiry() {
        let list = IgnoreList::parse(
            ".ecrignore",
            "# header\n\nCVE-2024-1234 exp:2027-01-31 parser never called\n# no network in prod\ncve-2023-99999\nGHSA-abcd-efgh-ijkl only in the build stage # reviewed\n",
        )
        .unwrap();
        assert_eq!(list.entries.len(), 3);
        let e = &list.entries[0];
        assert_eq!(
            (e.id.as_str(), e.reason.as_str(), e.line),
            ("CVE-2024-1234", "parser never called", 3)
        );
        assert_eq!(e.expires.as_deref(), Some("2027-01-31"));
        // Through the whole last day, UTC.
        let last_day = crate::time::parse("2027-01-31T00:00:00Z").unwrap();
        assert!(!e.expired(last_day + DAY - 1));
        assert!(e.expired(last_day + DAY));
        // The comment above is the reason; ids match in any case.
        assert_eq!(list.entries[1].reason, "no network in prod");
        assert_eq!(list.find("CVE-2023-99999"), Some(1));
        assert_eq!(list.entries[2].reason, "only in the build stage — reviewed");
        assert_eq!(list.entries[2].expires_at, None);
        assert!(!list.entries[2].expired(i64::MAX));
    }

    #[test]
    fn a_comment_above_a_blank_line_is_no_reason() {
        let err = IgnoreList::parse("f", "# old note\n\nCVE-2024-1234\n").unwrap_err();
        assert!(
            err.starts_with("f line 3: CVE-2024-1234 has no reason"),
            "{err}"
        );
    }

    #[test]
    fn malformed_files_name_the_line() {
        let cases = [
            (
                "CVE-2024-1234 exp:2027-02-30 x\n",
                "line 1: exp:2027-02-30 is not a date",
            ),
            (
                "CVE-2024-1234 exp:tomorrow x\n",
                "line 1: 'exp:tomorrow' is not a date",
            ),
            (
                "\nCVE-2024-1234 2027-01-31 x\n",
                "line 2: write the expiry date as exp:2027-01-31",
            ),
            ("CVE-24-1 x\n", "line 1: 'CVE-24-1' is not a CVE id"),
            ("CVE-2024-123 x\n", "is not a CVE id"),
            ("-x reason\n", "'-x' is not a vulnerability id"),
            (
                "CVE-2024-1234 a\ncve-2024-1234 b\n",
                "line 2: cve-2024-1234 is already ignored on line 1",
            ),
            (
                "CVE-2024-1234 exp:2027-01-01 exp:2027-01-02 x\n",
                "has two expiry dates",
            ),
        ];
        for (text, want) in cases {
            let err = IgnoreList::parse("ignore.txt", text).unwrap_err();
            assert!(err.contains(want), "{text:?}: {err}");
            assert!(err.starts_with("ignore.txt line "), "{err}");
        }
    }
}
