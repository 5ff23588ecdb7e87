//! Repository filters of registry rules, checked and matched as ECR does. Pure.
//!
//! Scanning rules take `WILDCARD` filters: the user guide says "Filters with no wildcard will
//! match all repository names that contain the filter. Filters with wildcards (*) match on a
//! repository name where the wildcard replaces zero or more characters in the repository
//! name." Replication rules take `PREFIX_MATCH` filters: a repository name prefix.

/// A scanning filter as the API takes it: 1-255 characters matching
/// `^[a-z0-9*](?:[._\-/a-z0-9*]?[a-z0-9*]+)*$` (lower-case letters, digits and `*`, with single
/// `.`, `_`, `-` or `/` separators between them).
pub fn check_scan_filter(filter: &str) -> Result<(), String> {
    let len = filter.chars().count();
    if !(1..=255).contains(&len) {
        return Err(format!(
            "scanning filter '{}' has {len} characters: 1 to 255",
            crate::error::cut(filter)
        ));
    }
    let word = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'*';
    let sep = |b: u8| matches!(b, b'.' | b'_' | b'-' | b'/');
    let bytes = filter.as_bytes();
    let ok = word(bytes[0])
        && word(bytes[bytes.len() - 1])
        && bytes.iter().all(|&b| word(b) || sep(b))
        && !bytes.windows(2).any(|w| sep(w[0]) && sep(w[1]));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "scanning filter '{}' is not valid: lower-case letters, digits and '*', with single \
             '.', '_', '-' or '/' between them (e.g. 'prod-*', 'team-a/*', '*')",
            crate::error::cut(filter)
        ))
    }
}

/// Whether a scanning filter covers a repository: without `*` the name must contain it; with
/// `*` the whole name must match, each `*` standing for any run of characters (none included).
pub fn scan_filter_matches(filter: &str, repository: &str) -> bool {
    if filter.contains('*') {
        wildcard(filter.as_bytes(), repository.as_bytes())
    } else {
        repository.contains(filter)
    }
}

/// A whole-string wildcard match, `*` being any run of bytes.
fn wildcard(pattern: &[u8], text: &[u8]) -> bool {
    // The classic two-pointer match with backtracking to the last star: linear in practice.
    let (mut p, mut t) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == b'*' {
            star = Some((p, t));
            p += 1;
        } else if p < pattern.len() && pattern[p] == text[t] {
            p += 1;
            t += 1;
        } else if let Some((sp, st)) = star {
            p = sp + 1;
            t = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&b| b == b'*')
}

/// A replication filter as the API takes it: a repository name prefix of 2-256 characters
/// matching `^(?:[a-z0-9]+(?:[._-][a-z0-9]*)*/)*[a-z0-9]*(?:[._-][a-z0-9]*)*$`.
pub fn check_prefix_filter(filter: &str) -> Result<(), String> {
    let len = filter.chars().count();
    if !(2..=256).contains(&len) {
        return Err(format!(
            "replication filter '{}' has {len} characters: a repository name prefix of 2 to 256",
            crate::error::cut(filter)
        ));
    }
    if filter.contains('*') {
        return Err(format!(
            "replication filter '{}': replication filters are name prefixes, not wildcards \
             (write 'team-a/' for every repository under team-a/)",
            crate::error::cut(filter)
        ));
    }
    let allowed = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-/".contains(&b);
    // Every path part but the last must start with a letter or digit; none may be empty.
    let parts: Vec<&str> = filter.split('/').collect();
    let ok = filter.bytes().all(allowed)
        && parts[..parts.len() - 1].iter().all(|p| {
            p.as_bytes()
                .first()
                .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if ok {
        Ok(())
    } else {
        Err(format!(
            "replication filter '{}' is not a repository name prefix: lower-case letters, \
             digits, '.', '_', '-' and '/' (each path part starting with a letter or digit)",
            crate::error::cut(filter)
        ))
    }
}

/// Whether a replication rule's filters cover a repository: no filter covers every one.
pub fn prefix_covers(filters: &[String], repository: &str) -> bool {
    filters.is_empty() || filters.iter().any(|f| repository.starts_with(f.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_without_a_star_match_names_that_contain_them() {
        assert!(scan_filter_matches("prod", "prod"));
        assert!(scan_filter_matches("prod", "team-a/prod-api"));
        assert!(scan_filter_matches("prod", "nonprod"));
        assert!(!scan_filter_matches("prod", "pr-od"));
        assert!(!scan_filter_matches("team-a", "team-b/api"));
    }

    #[test]
    fn filters_with_a_star_match_whole_names() {
        assert!(scan_filter_matches("prod-*", "prod-api"));
        assert!(scan_filter_matches("prod-*", "prod-"));
        assert!(!scan_filter_matches("prod-*", "team/prod-api"));
        assert!(scan_filter_matches("*/prod", "team-a/prod"));
        assert!(!scan_filter_matches("*/prod", "team-a/prod-api"));
        assert!(scan_filter_matches("*", "anything/at/all"));
        assert!(scan_filter_matches("*prod*", "a-prod-b"));
        assert!(scan_filter_matches("a*b*c", "a-b-b-c"));
        assert!(!scan_filter_matches("a*b*c", "a-b-b-cd"));
        assert!(scan_filter_matches("**", "x"));
        // Case-sensitive: names are lower case, filters too.
        assert!(!scan_filter_matches("Prod*", "prod-api"));
    }

    #[test]
    fn scan_filters_follow_the_api_pattern() {
        for good in [
            "*",
            "prod",
            "prod-*",
            "team-a/*",
            "a.b_c-d/e",
            "*prod*",
            "a*b",
        ] {
            assert!(check_scan_filter(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "Prod",
            "prod-",
            "-prod",
            "a--b",
            "a/-b",
            "a b",
            "a?",
            &"a".repeat(256),
        ] {
            assert!(check_scan_filter(bad).is_err(), "{bad:?}");
        }
        assert!(check_scan_filter(&"a".repeat(255)).is_ok());
    }

    #[test]
    fn replication_filters_are_prefixes() {
        for good in ["team-a/", "team-a", "ab", "a.b/c_d-", "prod/api/"] {
            assert!(check_prefix_filter(good).is_ok(), "{good}");
        }
        for bad in ["a", "Team", "team-*", "/team", "a//b", &"a".repeat(257)] {
            assert!(check_prefix_filter(bad).is_err(), "{bad:?}");
        }
        assert!(check_prefix_filter("team-*")
            .unwrap_err()
            .contains("not wildcards"));
        assert!(prefix_covers(&[], "any"));
        let f = vec!["team-a/".to_string(), "shared".to_string()];
        assert!(prefix_covers(&f, "team-a/api"));
        assert!(prefix_covers(&f, "shared-base"));
        assert!(!prefix_covers(&f, "team-a"));
        assert!(!prefix_covers(&f, "team-b/api"));
    }
}
