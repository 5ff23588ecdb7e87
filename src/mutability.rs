//! Tag mutability modes and exclusion-filter matching. Pure: no AWS types.
//!
//! ECR matches an exclusion filter against the whole tag, `*` standing for any run of
//! characters (possibly empty), case-sensitively. See `shared/ECR_FACTS.md`.

use std::fmt;

use serde::Serialize;

/// The four `imageTagMutability` values of the ECR API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Mode {
    Mutable,
    Immutable,
    ImmutableWithExclusion,
    MutableWithExclusion,
}

impl Mode {
    pub fn as_api(self) -> &'static str {
        match self {
            Mode::Mutable => "MUTABLE",
            Mode::Immutable => "IMMUTABLE",
            Mode::ImmutableWithExclusion => "IMMUTABLE_WITH_EXCLUSION",
            Mode::MutableWithExclusion => "MUTABLE_WITH_EXCLUSION",
        }
    }

    pub fn from_api(s: &str) -> Option<Mode> {
        Some(match s {
            "MUTABLE" => Mode::Mutable,
            "IMMUTABLE" => Mode::Immutable,
            "IMMUTABLE_WITH_EXCLUSION" => Mode::ImmutableWithExclusion,
            "MUTABLE_WITH_EXCLUSION" => Mode::MutableWithExclusion,
            _ => return None,
        })
    }

    /// Whether tags are immutable by default (before exclusions).
    pub fn base_immutable(self) -> bool {
        matches!(self, Mode::Immutable | Mode::ImmutableWithExclusion)
    }

    pub fn has_exclusions(self) -> bool {
        matches!(
            self,
            Mode::ImmutableWithExclusion | Mode::MutableWithExclusion
        )
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_api())
    }
}

/// A repository's whole tag-mutability setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mutability {
    pub mode: Mode,
    pub filters: Vec<String>,
}

/// What the setting means for one tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagRule<'a> {
    pub immutable: bool,
    /// The exclusion filter that flipped the default, if any.
    pub matched_filter: Option<&'a str>,
}

pub const MAX_FILTERS: usize = 5;
pub const MAX_FILTER_LEN: usize = 128;

impl Mutability {
    /// The setting a user asks for with `--immutable` (or not) and `--except` filters.
    /// Filters must already be valid (see [`validate_filters`]).
    pub fn requested(immutable: bool, except: &[String]) -> Mutability {
        let mode = match (immutable, except.is_empty()) {
            (true, true) => Mode::Immutable,
            (true, false) => Mode::ImmutableWithExclusion,
            (false, true) => Mode::Mutable,
            (false, false) => Mode::MutableWithExclusion,
        };
        Mutability {
            mode,
            filters: except.to_vec(),
        }
    }

    /// Effective mutability of one tag.
    pub fn for_tag(&self, tag: &str) -> TagRule<'_> {
        let base = self.mode.base_immutable();
        if self.mode.has_exclusions() {
            if let Some(f) = self.filters.iter().find(|f| wildcard_match(f, tag)) {
                return TagRule {
                    immutable: !base,
                    matched_filter: Some(f),
                };
            }
        }
        TagRule {
            immutable: base,
            matched_filter: None,
        }
    }

    /// Same setting, ignoring filter order.
    pub fn same_as(&self, other: &Mutability) -> bool {
        let mut a = self.filters.clone();
        let mut b = other.filters.clone();
        a.sort();
        b.sort();
        self.mode == other.mode && a == b
    }

    /// How a person says it: `immutable`, `mutable (except release-*)`.
    pub fn describe(&self) -> String {
        let word = if self.mode.base_immutable() {
            "immutable"
        } else {
            "mutable"
        };
        if self.mode.has_exclusions() && !self.filters.is_empty() {
            format!("{word} (except {})", self.filters.join(", "))
        } else {
            word.to_string()
        }
    }
}

/// Check one exclusion filter: 1-128 characters of `[0-9a-zA-Z._*-]`.
pub fn validate_filter(filter: &str) -> Result<(), String> {
    if filter.is_empty() {
        return Err("an exclusion filter cannot be empty".into());
    }
    if filter.chars().count() > MAX_FILTER_LEN {
        return Err(format!(
            "exclusion filter '{}' is longer than {MAX_FILTER_LEN} characters",
            crate::error::cut(filter)
        ));
    }
    if let Some(bad) = filter
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '*' | '-')))
    {
        return Err(format!(
            "exclusion filter '{}' contains {bad:?}: only letters, digits, '.', '_', '-' and the wildcard '*' are allowed", crate::error::cut(filter)));
    }
    Ok(())
}

/// Warnings for filters that are valid but probably not meant: a filter of nothing but `*`
/// matches every tag, so every tag gets the opposite mutability.
pub fn filter_warnings(immutable: bool, filters: &[String]) -> Vec<crate::diagnostic::Diagnostic> {
    let (setting, effect) = if immutable {
        ("immutable", "mutable")
    } else {
        ("mutable", "immutable")
    };
    filters
        .iter()
        .filter(|f| f.chars().all(|c| c == '*'))
        .map(|f| {
            crate::diagnostic::Diagnostic::warning(format!(
                "exclusion filter '{}' matches every tag: every tag will be {effect}, the opposite of the {setting} setting (the audit reports this as broad-exclusion)", crate::error::cut(f)))
        })
        .collect()
}

/// Check a whole `--except` list: each filter, at most five, no duplicates.
pub fn validate_filters(filters: &[String]) -> Result<(), String> {
    if filters.len() > MAX_FILTERS {
        return Err(format!(
            "{} exclusion filters given: ECR allows at most {MAX_FILTERS}",
            filters.len()
        ));
    }
    for (i, f) in filters.iter().enumerate() {
        validate_filter(f)?;
        if filters[..i].contains(f) {
            return Err(format!(
                "exclusion filter '{}' is given twice",
                crate::error::cut(f)
            ));
        }
    }
    Ok(())
}

/// Whole-string wildcard match where `*` matches any run of characters, possibly empty.
pub fn wildcard_match(pattern: &str, text: &str) -> bool {
    glob_match(pattern, text, false)
}

/// Like [`wildcard_match`], and `?` matches exactly one character: for name globs.
pub fn glob(pattern: &str, text: &str) -> bool {
    glob_match(pattern, text, true)
}

/// Iterative matcher with single-star backtracking: linear in practice, never exponential.
fn glob_match(pattern: &str, text: &str, question: bool) -> bool {
    // Tags and names are ASCII: match their bytes without allocating (lifecycle previews
    // match every tag of 100,000 images against every rule).
    if pattern.is_ascii() && text.is_ascii() {
        return glob_slices(pattern.as_bytes(), text.as_bytes(), b'*', b'?', question);
    }
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    glob_slices(&p, &t, '*', '?', question)
}

fn glob_slices<T: PartialEq + Copy>(p: &[T], t: &[T], any: T, one: T, question: bool) -> bool {
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == any {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && (p[pi] == t[ti] || (question && p[pi] == one)) {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == any {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_matches_the_whole_tag() {
        let cases = [
            ("dev-*", "dev-42", true),
            ("dev-*", "dev-", true),
            ("dev-*", "xdev-1", false),
            ("latest", "latest", true),
            ("latest", "latest-rc", false),
            ("latest", "Latest", false),
            ("v*.beta", "v1.beta", true),
            ("v*.beta", "xv1.beta2", false),
            ("v*.beta", "v1.beta2", false),
            ("*-rc", "1.0-rc", true),
            ("*-rc", "1.0-rc1", false),
            ("a*b*c", "abc", true),
            ("a*b*c", "aXXbYYc", true),
            ("a*b*c", "aXXbYY", false),
            ("**", "", true),
            ("*", "anything", true),
            ("a.b", "aXb", false),
        ];
        for (p, t, want) in cases {
            assert_eq!(wildcard_match(p, t), want, "{p} vs {t}");
        }
    }

    #[test]
    fn question_mark_is_literal_in_filters_but_a_wildcard_in_globs() {
        assert!(!wildcard_match("v?", "v1"));
        assert!(glob("v?", "v1"));
        assert!(glob("team-a/*", "team-a/svc/api"));
        assert!(!glob("team-a/*", "team-b/api"));
    }

    #[test]
    fn matching_is_not_exponential() {
        let pattern = "*a*a*a*a*a*a*a*a*a*a*b";
        let text = "a".repeat(200);
        assert!(!wildcard_match(pattern, &text));
    }

    #[test]
    fn requested_modes() {
        let f = vec!["latest".to_string()];
        assert_eq!(Mutability::requested(true, &[]).mode, Mode::Immutable);
        assert_eq!(
            Mutability::requested(true, &f).mode,
            Mode::ImmutableWithExclusion
        );
        assert_eq!(Mutability::requested(false, &[]).mode, Mode::Mutable);
        assert_eq!(
            Mutability::requested(false, &f).mode,
            Mode::MutableWithExclusion
        );
    }

    #[test]
    fn tag_rules_follow_mode_and_filters() {
        let m = Mutability::requested(true, &["latest".into(), "dev-*".into()]);
        assert_eq!(
            m.for_tag("latest"),
            TagRule {
                immutable: false,
                matched_filter: Some("latest")
            }
        );
        assert!(!m.for_tag("dev-7").immutable);
        assert_eq!(m.for_tag("dev-7").matched_filter, Some("dev-*"));
        assert!(m.for_tag("v1.0").immutable);
        assert!(m.for_tag("latest-rc").immutable);

        let m = Mutability::requested(false, &["release-*".into()]);
        assert!(m.for_tag("release-1").immutable);
        assert!(!m.for_tag("latest").immutable);

        // Filters on a plain mode have no effect.
        let m = Mutability {
            mode: Mode::Immutable,
            filters: vec!["latest".into()],
        };
        assert!(m.for_tag("latest").immutable);
    }

    #[test]
    fn describe_reads_like_a_person() {
        assert_eq!(Mutability::requested(true, &[]).describe(), "immutable");
        assert_eq!(
            Mutability::requested(true, &["latest".into(), "dev-*".into()]).describe(),
            "immutable (except latest, dev-*)"
        );
        assert_eq!(
            Mutability::requested(false, &["v*".into()]).describe(),
            "mutable (except v*)"
        );
    }

    #[test]
    fn filter_validation() {
        assert!(validate_filter("dev-*").is_ok());
        assert!(validate_filter("v1.2_3").is_ok());
        assert!(validate_filter(&"a".repeat(128)).is_ok());
        assert!(validate_filter(&"a".repeat(129)).is_err());
        assert!(validate_filter("").is_err());
        assert!(validate_filter("dev/*").unwrap_err().contains("'/'"));
        assert!(validate_filter("v?").is_err());
        // `*` is valid for ECR; it is warned about, not refused.
        assert!(validate_filter("*").is_ok());
        let w = filter_warnings(true, &["*".to_string(), "dev-*".to_string()]);
        assert_eq!(w.len(), 1);
        assert!(
            w[0].message.contains("every tag will be mutable"),
            "{}",
            w[0].message
        );
        assert!(filter_warnings(false, &["**".to_string()])[0]
            .message
            .contains("every tag will be immutable"));
        let six: Vec<String> = (0..6).map(|i| format!("t{i}")).collect();
        assert!(validate_filters(&six).unwrap_err().contains("at most 5"));
        assert!(validate_filters(&six[..5]).is_ok());
        assert!(validate_filters(&["a".into(), "a".into()])
            .unwrap_err()
            .contains("twice"));
    }

    #[test]
    fn same_as_ignores_filter_order() {
        let a = Mutability::requested(true, &["a".into(), "b".into()]);
        let b = Mutability::requested(true, &["b".into(), "a".into()]);
        assert!(a.same_as(&b));
        assert!(!a.same_as(&Mutability::requested(false, &["a".into(), "b".into()])));
    }
}
