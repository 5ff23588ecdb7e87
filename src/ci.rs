//! What CI systems read: GitHub Actions workflow commands and step summaries, GitLab's dotenv
//! and Code Quality reports. Pure text; every value is cleaned first, so text from a policy
//! file or from AWS cannot start a workflow command of its own.

use serde_json::{json, Value};

use crate::ui::clean;

/// The CI system ecrctl runs under, read once from the environment at start (tests pass their
/// own, so a test run on a CI runner never writes to that runner's files).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Runner {
    #[default]
    None,
    GithubActions,
    GitlabCi,
}

impl Runner {
    pub fn detect() -> Runner {
        let set = |v: &str| std::env::var(v).is_ok_and(|x| x == "true");
        if set("GITHUB_ACTIONS") {
            Runner::GithubActions
        } else if set("GITLAB_CI") {
            Runner::GitlabCi
        } else {
            Runner::None
        }
    }

    pub fn github(self) -> bool {
        self == Runner::GithubActions
    }
}

/// A GitHub Actions annotation line: `::LEVEL title=…,file=…,line=…::message`.
pub fn github_annotation(
    level: &str,
    title: &str,
    message: &str,
    at: Option<(&str, usize)>,
) -> String {
    let mut props = vec![format!("title={}", escape_property(title))];
    if let Some((file, line)) = at {
        props.push(format!("file={}", escape_property(file)));
        if line > 0 {
            props.push(format!("line={line}"));
        }
    }
    format!("::{level} {}::{}", props.join(","), escape_data(message))
}

/// Workflow-command escaping for the message, after cleaning.
fn escape_data(s: &str) -> String {
    clean(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// … and for a property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Text inside a Markdown table cell, shown as text: cleaned; pipes, HTML and Markdown's own
/// characters escaped, so that text from AWS (a policy's Sid, a tag) cannot add an image, a
/// link, HTML or emphasis to a step summary.
pub fn markdown_cell(s: &str) -> String {
    let mut out = String::new();
    for c in clean(s).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '`' => out.push('\''),
            '|' | '\\' | '*' | '_' | '[' | ']' | '(' | ')' | '!' | '~' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// A value inside a code span of a Markdown table cell (a repository, a reference): cleaned;
/// pipes escaped (GitHub splits cells on them even in code) and backticks replaced.
pub fn markdown_code(s: &str) -> String {
    clean(s).replace('|', "\\|").replace('`', "'")
}

/// One issue of a GitLab Code Quality report.
pub struct QualityIssue<'a> {
    pub check: &'a str,
    pub description: String,
    /// GitLab's severities: info, minor, major, critical, blocker.
    pub severity: &'a str,
    pub path: &'a str,
    pub line: usize,
}

/// A GitLab Code Quality report (a JSON array), with stable fingerprints.
pub fn codequality(issues: &[QualityIssue<'_>]) -> String {
    let items: Vec<Value> = issues
        .iter()
        .map(|i| {
            let description = clean(&i.description).into_owned();
            json!({
                "description": description,
                "check_name": i.check,
                "fingerprint": fingerprint(&[i.check, i.path, &description]),
                "severity": i.severity,
                "location": {"path": i.path, "lines": {"begin": i.line.max(1)}},
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&items).expect("JSON values serialise");
    text.push('\n');
    text
}

/// A stable 64-bit FNV-1a fingerprint, hex: the same finding keeps the same id across runs.
fn fingerprint(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain(std::iter::once(0)) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_cannot_be_broken_out_of() {
        let line = github_annotation(
            "error",
            "t:1,2",
            "bad\n::error title=injected::owned\x1b[2J 50%",
            Some(("p.json", 3)),
        );
        assert_eq!(
            line,
            "::error title=t%3A1%2C2,file=p.json,line=3::bad ::error title=injected::owned\u{FFFD}[2J 50%25"
        );
        assert!(!line.contains('\n'));
    }

    #[test]
    fn codequality_reports_are_gitlab_shaped() {
        let text = codequality(&[QualityIssue {
            check: "policy-anyone-write",
            description: "anyone\ncan push".into(),
            severity: "critical",
            path: "policy.json",
            line: 4,
        }]);
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v[0]["location"]["lines"]["begin"], 4);
        assert_eq!(v[0]["description"], "anyone can push");
        assert_eq!(v[0]["fingerprint"].as_str().unwrap().len(), 16);
        assert_eq!(fingerprint(&["a", "b"]), fingerprint(&["a", "b"]));
        assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
    }

    #[test]
    fn markdown_cells_stay_in_their_cell() {
        assert_eq!(markdown_cell("a|b\n`c`"), "a\\|b 'c'");
        assert_eq!(markdown_code("team_a/app|x`y"), "team_a/app\\|x'y");
    }

    #[test]
    fn markdown_cells_carry_no_markup() {
        let hostile =
            "a|b`c <img src=x> **bold** [link](https://evil.example) ![i](x) &amp; _u_ ~~s~~ # h";
        let cell = markdown_cell(hostile);
        for markup in ["<img", "**", "](", "![", "&amp;amp", "_u_", "~~"] {
            assert!(
                !cell.contains(markup) || markup == "&amp;amp",
                "{markup}: {cell}"
            );
        }
        assert!(cell.contains("&lt;img src=x&gt;"), "{cell}");
        assert!(cell.contains("&amp;amp;"), "{cell}");
        // Every special character is escaped: no unescaped one is left.
        let bare: String = cell.replace("\\\\", "").chars().collect();
        let mut prev = ' ';
        for c in bare.chars() {
            if "*_[]()!~#|".contains(c) {
                assert_eq!(prev, '\\', "unescaped {c} in {cell}");
            }
            prev = c;
        }
    }
}
