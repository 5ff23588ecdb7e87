//! The linter's findings as `validate` prints them, for either kind of document.

use serde::Serialize;

use super::Document;
use crate::diagnostic::{Diagnostic, Level};
use crate::error::Exit;
use crate::output::{Human, Record, Report};
use crate::policy::lint::Severity;

/// A linter's finding, as the commands print it.
pub trait LintFinding: Record {
    /// Its severity, its stable code, and its message naming the statement or rule it is about.
    fn parts(&self) -> (Severity, &'static str, String);

    fn severity(&self) -> Severity {
        self.parts().0
    }

    /// The finding as a diagnostic: `error[code] statement 2: message` (a security warning or
    /// a suggestion is never annotated).
    fn diagnostic(&self) -> Diagnostic {
        let (severity, code, message) = self.parts();
        let level = match severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
            other => Level::Other(other.as_str()),
        };
        Diagnostic {
            level,
            code: Some(code.to_string()),
            message,
            title: None,
        }
    }

    /// `error[code] statement 2: message`: the line every command prints for it.
    fn line(&self) -> String {
        self.diagnostic().plain()
    }
}

/// The name a file is shown by: `<stdin>` for `-`.
pub fn shown(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}

/// `validate`'s JSON: the counts of the severities the kind's linter gives (the others left
/// out), and the findings.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Validated<'a, F> {
    file: &'a str,
    valid: bool,
    errors: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    security_warnings: Option<usize>,
    warnings: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestions: Option<usize>,
    findings: &'a [F],
}

/// The findings as `validate` prints them: a count per severity the kind's linter has, exit 15
/// on an error (with `strict`, on any finding).
pub(crate) fn findings_report<D: Document>(
    file: &str,
    findings: &[D::Finding],
    strict: bool,
) -> Report {
    let count = |s: Severity| findings.iter().filter(|f| f.severity() == s).count();
    let counted = |s: Severity| D::SEVERITIES.contains(&s).then(|| count(s));
    let errors = count(Severity::Error);
    let failed = errors > 0 || (strict && !findings.is_empty());
    let json = Validated {
        file,
        valid: !failed,
        errors,
        security_warnings: counted(Severity::SecurityWarning),
        warnings: count(Severity::Warning),
        suggestions: counted(Severity::Suggestion),
        findings,
    };
    let counts: Vec<String> = D::SEVERITIES
        .iter()
        .map(|&severity| {
            let words = match severity {
                Severity::Error => "error",
                Severity::SecurityWarning => "security warning",
                Severity::Warning => "warning",
                Severity::Suggestion => "suggestion",
            };
            format!("{} {words}(s)", count(severity))
        })
        .collect();
    let note = if errors == 0 && failed {
        D::STRICT_NOTE
    } else {
        ""
    };
    let lines = findings.iter().map(LintFinding::line).collect();
    let json = serde_json::to_value(json).expect("records serialise");
    let mut report = Report::with_rows(json, findings, Human::Lines(lines))
        .with_status(format!("{file}: {}{note}", counts.join(", ")));
    if failed {
        report.exit = Exit::PolicyInvalid;
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::lifecycle::LifecyclePolicy;
    use crate::commands::policy::RepositoryPolicy;
    use crate::policy::lint::{Code, Finding};

    fn finding(code: Code, statement: Option<usize>) -> Finding {
        Finding {
            code,
            message: "the message".into(),
            statement,
        }
    }

    /// A finding's line and annotation are what the lint lines printed before they were values.
    #[test]
    fn a_finding_is_a_diagnostic_with_its_code() {
        let error = finding(Code::InvalidJson, Some(2));
        assert_eq!(error.line(), "error[invalid-json] statement 2: the message");
        assert_eq!(
            error.diagnostic().render(true),
            crate::ci::github_annotation(
                "error",
                "ecrctl invalid-json",
                "statement 2: the message",
                None
            )
        );
        // A security warning keeps its word and is never annotated.
        let risky = finding(Code::PublicRead, None);
        assert_eq!(
            risky.diagnostic().render(true),
            "security-warning[public-read] the message"
        );
    }

    #[test]
    fn validate_counts_only_the_severities_its_linter_gives() {
        let findings = [finding(Code::PublicRead, Some(1))];
        let report = findings_report::<RepositoryPolicy>("p.json", &findings, false);
        let json = report.json();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "file",
                "valid",
                "errors",
                "securityWarnings",
                "warnings",
                "suggestions",
                "findings"
            ]
        );
        assert_eq!(json["securityWarnings"], 1);
        assert_eq!(report.exit, Exit::Success);
        assert_eq!(
            report.text(),
            [["security-warning", "public-read", "1", "the message"]]
        );
        let strict = findings_report::<RepositoryPolicy>("p.json", &findings, true);
        assert_eq!(strict.exit, Exit::PolicyInvalid);
        let none = findings_report::<LifecyclePolicy>("l.json", &[], true);
        assert!(none.json().get("securityWarnings").is_none());
        assert_eq!(none.json()["valid"], true);
    }
}
