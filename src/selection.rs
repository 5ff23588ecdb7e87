//! Repository selections: names, wildcard patterns (`--repos 'team-a/*'`) and lists read from
//! a file (`--repos-file`), resolved against a registry's listing into one sorted list without
//! duplicates. Pure: no AWS types.
//!
//! A pattern matches a whole name as `repo list PATTERN` and `audit PATTERN` do
//! ([`crate::mutability::glob`]): `*` any run of characters, `/` included (ECR's repository
//! filters), `?` exactly one. A repository name cannot hold either, so an argument with one is
//! always a pattern.

use std::collections::BTreeSet;

/// Whether an argument is a pattern rather than a name.
pub fn is_pattern(arg: &str) -> bool {
    arg.contains(['*', '?'])
}

/// The entries of a `--repos-file`: one name (or URI, or pattern) a line; `#` starts a comment
/// (a name cannot hold one); blank lines are skipped. A line with a space inside is refused:
/// it is not one repository (a list pasted with spaces, a comment without `#`).
pub fn parse_list(text: &str) -> Result<Vec<String>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let entry = line.split('#').next().unwrap_or("").trim();
        if entry.is_empty() {
            continue;
        }
        if entry.contains(char::is_whitespace) {
            return Err(format!(
                "line {}: '{}' is not one repository name (one a line; `#` starts a comment)",
                n + 1,
                crate::error::cut(entry)
            ));
        }
        out.push(entry.to_string());
    }
    Ok(out)
}

/// A selection resolved against the registry's repositories.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolved {
    /// The repositories selected: sorted, each once.
    pub names: Vec<String>,
    /// Patterns that matched no repository, as given.
    pub unmatched: Vec<String>,
    /// Names given literally that the registry does not have (sorted, each once).
    pub missing: Vec<String>,
}

/// Resolve `names` (given literally) and `patterns` against `listing`, every repository of the
/// registry. A name also matched by a pattern is selected once.
pub fn resolve<'a>(
    names: &[String],
    patterns: &[String],
    listing: impl IntoIterator<Item = &'a str>,
) -> Resolved {
    let listing: BTreeSet<&str> = listing.into_iter().collect();
    let mut selected: BTreeSet<String> = BTreeSet::new();
    let mut missing: BTreeSet<String> = BTreeSet::new();
    for name in names {
        if listing.contains(name.as_str()) {
            selected.insert(name.clone());
        } else {
            missing.insert(name.clone());
        }
    }
    let mut unmatched = Vec::new();
    for pattern in dedup(patterns) {
        let mut any = false;
        for name in listing
            .iter()
            .filter(|n| crate::mutability::glob(pattern, n))
        {
            any = true;
            selected.insert((*name).to_string());
        }
        if !any {
            unmatched.push(pattern.clone());
        }
    }
    Resolved {
        names: selected.into_iter().collect(),
        unmatched,
        missing: missing.into_iter().collect(),
    }
}

/// Names given literally, without a listing (no pattern): sorted, each once.
pub fn literal(names: &[String]) -> Vec<String> {
    names
        .iter()
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Each pattern once, in the order given.
fn dedup(patterns: &[String]) -> Vec<&String> {
    let mut seen = BTreeSet::new();
    patterns
        .iter()
        .filter(|p| seen.insert(p.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(items: &[&str]) -> Vec<String> {
        items.iter().map(|i| i.to_string()).collect()
    }

    const LISTING: [&str; 6] = [
        "team-a/api",
        "team-a/web",
        "team-a/svc/worker",
        "team-b/api",
        "tools",
        "team-ab",
    ];

    #[test]
    fn patterns_match_whole_names_across_slashes() {
        let r = resolve(&[], &s(&["team-a/*"]), LISTING);
        assert_eq!(
            r.names,
            s(&["team-a/api", "team-a/svc/worker", "team-a/web"])
        );
        assert!(r.unmatched.is_empty() && r.missing.is_empty());
        let r = resolve(&[], &s(&["*/api"]), LISTING);
        assert_eq!(r.names, s(&["team-a/api", "team-b/api"]));
        let r = resolve(&[], &s(&["team-?/api"]), LISTING);
        assert_eq!(r.names, s(&["team-a/api", "team-b/api"]));
        // Whole-name: a prefix is not a match.
        let r = resolve(&[], &s(&["team-a"]), LISTING);
        assert!(r.names.is_empty());
        let r = resolve(&[], &s(&["*"]), LISTING);
        assert_eq!(r.names.len(), LISTING.len());
    }

    #[test]
    fn names_and_patterns_combine_sorted_and_deduplicated() {
        let r = resolve(
            &s(&["tools", "team-a/api", "tools"]),
            &s(&["team-a/a*", "team-a/a*", "*/api"]),
            LISTING,
        );
        assert_eq!(r.names, s(&["team-a/api", "team-b/api", "tools"]));
        assert!(r.unmatched.is_empty());
    }

    #[test]
    fn says_what_matched_nothing() {
        let r = resolve(
            &s(&["gone", "team-a/api", "gone"]),
            &s(&["team-c/*", "team-a/*", "team-c/*"]),
            LISTING,
        );
        assert_eq!(r.unmatched, s(&["team-c/*"]));
        assert_eq!(r.missing, s(&["gone"]));
        assert_eq!(r.names.len(), 3);
        let empty = resolve(&[], &s(&["x*"]), std::iter::empty());
        assert_eq!(empty.names, Vec::<String>::new());
        assert_eq!(empty.unmatched, s(&["x*"]));
    }

    #[test]
    fn literal_names_sorted_once() {
        assert_eq!(literal(&s(&["b", "a", "b"])), s(&["a", "b"]));
        assert!(literal(&[]).is_empty());
    }

    #[test]
    fn pattern_or_name() {
        assert!(is_pattern("team-a/*"));
        assert!(is_pattern("v?"));
        assert!(!is_pattern("team-a/api"));
        assert!(!is_pattern(
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team-a/api"
        ));
    }

    #[test]
    fn lists_skip_comments_and_blank_lines() {
        let text = "\u{feff}# team A\nteam-a/api\n\n  team-a/web  # the site\r\n#team-b/api\nteam-c/*\n\t\n";
        assert_eq!(
            parse_list(text).unwrap(),
            s(&["team-a/api", "team-a/web", "team-c/*"])
        );
        assert_eq!(parse_list("").unwrap(), Vec::<String>::new());
        assert_eq!(parse_list("# only\n\n").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn lists_refuse_a_line_that_is_not_one_name() {
        let err = parse_list("a\nteam-a/api team-b/api\n").unwrap_err();
        assert_eq!(
            err,
            "line 2: 'team-a/api team-b/api' is not one repository name (one a line; `#` starts a comment)"
        );
        assert!(parse_list("ok\nthe api repo\n").is_err());
    }
}
