//! The evidence matrix (`audit --matrix csv|json`): one row per repository (account, region,
//! URI) and, per control, its status (PASS, FAIL, NOT_APPLICABLE, UNKNOWN) and why. An account
//! or region that could not be read is a row of its own, every control UNKNOWN.

use serde_json::{json, Value};

use super::report::Run;
use crate::commands::audit::args::MatrixFormat;
use crate::output::{Human, Report};
use crate::posture::{Cell, Status};

/// One row: where, and a cell per column.
struct Row<'a> {
    account: &'a str,
    region: &'a str,
    /// `None`: the row stands for an account (or a region of it) that was not audited.
    repository: Option<&'a str>,
    uri: &'a str,
    cells: Vec<Cell>,
}

fn rows<'a>(run: &'a Run<'_>) -> Vec<Row<'a>> {
    let repositories = run.results.iter().map(|r| Row {
        account: r.account.as_deref().unwrap_or_default(),
        region: &r.region,
        repository: Some(&r.info.name),
        uri: &r.info.uri,
        cells: r.cells.iter().map(|(_, c)| c.clone()).collect(),
    });
    let unaudited = run.account_findings.iter().map(|a| Row {
        account: &a.account,
        region: a.region.as_deref().unwrap_or_default(),
        repository: None,
        uri: "",
        cells: run
            .columns
            .iter()
            .map(|_| Cell {
                status: Status::Unknown,
                reason: a.finding.message.clone(),
            })
            .collect(),
    });
    repositories.chain(unaudited).collect()
}

/// The matrix as the report's output, in place of the findings.
pub(super) fn report(run: &Run<'_>, format: MatrixFormat) -> Report {
    let rows = rows(run);
    match format {
        MatrixFormat::Csv => {
            let text = csv(&run.columns, &rows);
            let lines: Vec<String> = text.lines().map(str::to_string).collect();
            let records = lines.iter().map(|l| vec![l.clone()]).collect();
            Report::new(json!({ "matrix": text }), Human::Lines(lines), records)
        }
        MatrixFormat::Json => {
            let doc = document(run, &rows);
            let pretty = serde_json::to_string_pretty(&doc).expect("JSON values serialise");
            let lines: Vec<String> = pretty.lines().map(str::to_string).collect();
            let records = lines.iter().map(|l| vec![l.clone()]).collect();
            Report::new(doc, Human::Lines(lines), records)
        }
    }
}

/// A CSV field, quoted when it must be (RFC 4180): commas, quotes, line breaks, or spaces at
/// either end.
fn field(value: &str) -> String {
    let value = crate::ui::clean(value);
    if value.contains([',', '"']) || value.starts_with(' ') || value.ends_with(' ') {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.into_owned()
    }
}

/// A header row, then one row per repository: its status and its reason, in two columns per
/// control, so that a spreadsheet filters on the status alone.
fn csv(columns: &[&str], rows: &[Row]) -> String {
    let mut header: Vec<String> = ["account", "region", "repository", "uri"]
        .iter()
        .map(|h| h.to_string())
        .collect();
    for c in columns {
        header.push(c.to_string());
        header.push(format!("{c} reason"));
    }
    let mut out = header.join(",");
    out.push('\n');
    for r in rows {
        let mut fields = vec![
            field(r.account),
            field(r.region),
            field(r.repository.unwrap_or_default()),
            field(r.uri),
        ];
        for c in &r.cells {
            fields.push(c.status.as_str().to_string());
            fields.push(field(&c.reason));
        }
        out.push_str(&fields.join(","));
        out.push('\n');
    }
    out
}

fn document(run: &Run<'_>, rows: &[Row]) -> Value {
    let rows: Vec<Value> = rows
        .iter()
        .map(|r| {
            let cells: serde_json::Map<String, Value> = run
                .columns
                .iter()
                .zip(&r.cells)
                .map(|(c, cell)| (c.to_string(), json!(cell)))
                .collect();
            json!({
                "account": (!r.account.is_empty()).then_some(r.account),
                "region": (!r.region.is_empty()).then_some(r.region),
                "repository": r.repository,
                "uri": (!r.uri.is_empty()).then_some(r.uri),
                "controls": cells,
            })
        })
        .collect();
    json!({
        "controls": run.reading(),
        "columns": run.columns,
        "rows": rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_when_they_must_be() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "two lines");
        assert_eq!(field(" padded"), "\" padded\"");
    }
}
