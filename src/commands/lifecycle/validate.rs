//! `lifecycle validate`: the linter offline.

use anyhow::Result;
use serde_json::{json, Value};

use super::finding_line;
use crate::cli::LifecycleValidateArgs;
use crate::error::Exit;
use crate::lifecycle::lint::{lint, Severity};
use crate::output::{Human, Report};

pub fn validate(args: &LifecycleValidateArgs) -> Result<Report> {
    let text =
        crate::commands::read_document(&args.file, "lifecycle policy", crate::lifecycle::MAX_TEXT)?;
    let findings = lint(&text).findings;
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let errors = count(Severity::Error);
    let failed = errors > 0 || (args.strict && !findings.is_empty());
    let file = &args.file;
    let json = json!({
        "file": file,
        "valid": !failed,
        "errors": errors,
        "warnings": count(Severity::Warning),
        "findings": findings,
    });
    let records: Vec<Value> = findings
        .iter()
        .map(|f| serde_json::to_value(f).expect("findings serialise"))
        .collect();
    let lines = findings.iter().map(finding_line).collect();
    let mut report = Report::records(json, &records, Human::Lines(lines), "lifecycle validate")
        .with_status(format!(
            "{file}: {errors} error(s), {} warning(s)",
            count(Severity::Warning)
        ));
    if failed {
        report.exit = Exit::PolicyInvalid;
    }
    Ok(report)
}
