//! The linter's findings as `validate` prints them, for either kind of document.

use serde::Serialize;
use serde_json::{json, Map, Value};

use super::Document;
use crate::error::Exit;
use crate::output::{Human, Report};
use crate::policy::lint::Severity;

/// A linter's finding, as the commands print it.
pub trait LintFinding: Serialize {
    fn severity(&self) -> Severity;
    /// `error[code] statement 2: message`: the line every command prints for it.
    fn line(&self) -> String;
}

/// The name a file is shown by: `<stdin>` for `-`.
pub fn shown(path: &str) -> &str {
    if path == "-" {
        "<stdin>"
    } else {
        path
    }
}

/// The findings as `validate` prints them: a count per severity the kind's linter has, exit 15
/// on an error (with `strict`, on any finding).
pub(crate) fn findings_report<D: Document>(
    file: &str,
    findings: &[D::Finding],
    strict: bool,
) -> Report {
    let count = |s: Severity| findings.iter().filter(|f| f.severity() == s).count();
    let errors = count(Severity::Error);
    let failed = errors > 0 || (strict && !findings.is_empty());
    let mut json = Map::new();
    json.insert("file".into(), json!(file));
    json.insert("valid".into(), json!(!failed));
    let mut counts = Vec::new();
    for &severity in D::SEVERITIES {
        let (key, words) = match severity {
            Severity::Error => ("errors", "error"),
            Severity::SecurityWarning => ("securityWarnings", "security warning"),
            Severity::Warning => ("warnings", "warning"),
            Severity::Suggestion => ("suggestions", "suggestion"),
        };
        json.insert(key.into(), json!(count(severity)));
        counts.push(format!("{} {words}(s)", count(severity)));
    }
    json.insert("findings".into(), json!(findings));
    let note = if errors == 0 && failed {
        D::STRICT_NOTE
    } else {
        ""
    };
    let records: Vec<Value> = findings
        .iter()
        .map(|f| serde_json::to_value(f).expect("findings serialise"))
        .collect();
    let lines = findings.iter().map(LintFinding::line).collect();
    let command = format!("{} validate", D::GROUP);
    let mut report = Report::records(Value::Object(json), &records, Human::Lines(lines), &command)
        .with_status(format!("{file}: {}{note}", counts.join(", ")));
    if failed {
        report.exit = Exit::PolicyInvalid;
    }
    report
}
