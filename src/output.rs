//! Rendering results as a table, tab-separated text or JSON; status lines and verbose logging.
//! The only user of comfy-table.

use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicU8, Ordering};

use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};
use serde_json::Value;

use crate::cli::OutputFormat;
use crate::error::Exit;

static VERBOSITY: AtomicU8 = AtomicU8::new(0);

pub fn set_verbosity(level: u8) {
    VERBOSITY.store(level, Ordering::Relaxed);
}

/// Print a diagnostic line on stderr when `-v` was given `level` times or more. Only ecrctl's own
/// messages go through here: SDK logging is never switched on, so bodies and tokens never print.
pub fn debug(level: u8, message: fmt::Arguments<'_>) {
    if VERBOSITY.load(Ordering::Relaxed) >= level {
        eprintln!("ecrctl: {message}");
    }
}

/// How results are shown.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub format: OutputFormat,
    pub color: bool,
    pub quiet: bool,
}

impl Settings {
    /// The defaults: a table on a terminal, text when piped; colour only on a terminal and
    /// without NO_COLOR / --no-color.
    pub fn detect(format: Option<OutputFormat>, no_color: bool, quiet: bool) -> Settings {
        let tty = io::stdout().is_terminal();
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Settings {
            format: format.unwrap_or(if tty {
                OutputFormat::Table
            } else {
                OutputFormat::Text
            }),
            color: tty && !no_color && !no_color_env,
            quiet,
        }
    }
}

/// The human view of a result.
#[derive(Debug, Clone, PartialEq)]
pub enum Human {
    /// Rows under a header.
    Table {
        headers: Vec<&'static str>,
        rows: Vec<Vec<String>>,
    },
    /// One record as `field: value` pairs.
    Fields(Vec<(&'static str, String)>),
    /// Plain lines.
    Lines(Vec<String>),
    /// Several views, one after the other with a blank line between them.
    Many(Vec<Human>),
}

/// A command's result, able to render itself three ways. Only the chosen one is ever built,
/// which matters for long listings.
pub trait Body: Send + Sync {
    fn json(&self) -> Value;
    /// The JSON view as pretty text; long listings serialise straight from their rows.
    fn json_text(&self) -> String {
        serde_json::to_string_pretty(&self.json()).expect("JSON values serialise")
    }
    fn human(&self) -> Human;
    /// Tab-separated records for scripts (no header).
    fn text(&self) -> Vec<Vec<String>>;
}

/// A body whose three views are already built (small results).
struct Built {
    json: Value,
    human: Human,
    text: Vec<Vec<String>>,
}

impl Body for Built {
    fn json(&self) -> Value {
        self.json.clone()
    }
    fn human(&self) -> Human {
        self.human.clone()
    }
    fn text(&self) -> Vec<Vec<String>> {
        self.text.clone()
    }
}

/// What a command produced: a body, status lines for stderr and an exit code.
pub struct Report {
    body: Box<dyn Body>,
    json: std::sync::OnceLock<Value>,
    /// Progress or outcome sentences for stderr, hidden by --quiet.
    pub status: Vec<String>,
    pub exit: Exit,
}

impl std::fmt::Debug for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Report")
            .field("json", self.json())
            .field("status", &self.status)
            .field("exit", &self.exit)
            .finish()
    }
}

impl Report {
    pub fn new(json: Value, human: Human, text: Vec<Vec<String>>) -> Report {
        Report::from_body(Built { json, human, text })
    }

    pub fn from_body(body: impl Body + 'static) -> Report {
        Report {
            body: Box::new(body),
            json: std::sync::OnceLock::new(),
            status: Vec::new(),
            exit: Exit::Success,
        }
    }

    pub fn with_status(mut self, line: impl Into<String>) -> Report {
        self.status.push(line.into());
        self
    }

    /// The JSON view (built once, on first use).
    pub fn json(&self) -> &Value {
        self.json.get_or_init(|| self.body.json())
    }

    pub fn human(&self) -> Human {
        self.body.human()
    }

    pub fn text(&self) -> Vec<Vec<String>> {
        self.body.text()
    }
}

/// Write a report: the result on `out`, status lines on `err`.
pub fn emit(
    report: &Report,
    settings: &Settings,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<()> {
    if !settings.quiet {
        for line in &report.status {
            writeln!(err, "{line}")?;
        }
    }
    let body = render(report, settings);
    out.write_all(body.as_bytes())?;
    out.flush()
}

/// The result as the chosen format would print it.
pub fn render(report: &Report, settings: &Settings) -> String {
    match settings.format {
        OutputFormat::Json => {
            let mut s = match report.json.get() {
                Some(v) => serde_json::to_string_pretty(v).expect("JSON values serialise"),
                None => report.body.json_text(),
            };
            s.push('\n');
            s
        }
        OutputFormat::Text => {
            let mut out = String::new();
            for fields in report.text() {
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push('\t');
                    }
                    out.push_str(&text_field(f));
                }
                out.push('\n');
            }
            out
        }
        OutputFormat::Table => render_human(&report.human(), settings.color),
    }
}

/// A field for tab-separated output: never empty (`-`), no tabs or newlines inside.
fn text_field(field: &str) -> std::borrow::Cow<'_, str> {
    if field.is_empty() {
        return "-".into();
    }
    if field.contains(['\t', '\n', '\r']) {
        return field.replace(['\t', '\n', '\r'], " ").into();
    }
    field.into()
}

fn render_human(human: &Human, color: bool) -> String {
    match human {
        Human::Table { headers, rows } => {
            if rows.is_empty() {
                return String::new();
            }
            let mut table = new_table(color);
            table.set_header(headers.iter().map(|h| header_cell(h, color)));
            for row in rows {
                table.add_row(row);
            }
            format!("{table}\n")
        }
        Human::Fields(fields) => {
            let mut table = new_table(color);
            table.load_preset(presets::NOTHING);
            for (name, value) in fields {
                table.add_row(vec![header_cell(name, color), Cell::new(value)]);
            }
            let text = table.to_string();
            // Rows of a borderless table start with a padding space: drop it.
            let mut out: String = text
                .lines()
                .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
                .collect::<Vec<_>>()
                .join("\n");
            out.push('\n');
            out
        }
        Human::Lines(lines) => lines.iter().map(|l| format!("{l}\n")).collect(),
        Human::Many(parts) => parts
            .iter()
            .map(|p| render_human(p, color))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn new_table(color: bool) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if !color {
        table.force_no_tty();
    }
    table
}

fn header_cell(text: &str, color: bool) -> Cell {
    let cell = Cell::new(text);
    if color {
        cell.add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

/// Ask a yes/no question on the terminal. Callers must check [`can_prompt`] first.
pub fn confirm(question: &str) -> io::Result<bool> {
    let mut err = io::stderr();
    write!(err, "{question} [y/N] ")?;
    err.flush()?;
    let mut answer = String::new();
    io::stdin().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes"))
}

/// Prompts need a person: stdin and stderr both terminals.
pub fn can_prompt() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// A "3 days ago" style age from seconds, for tables.
pub fn age(seconds: i64) -> String {
    let s = seconds.max(0);
    let (n, unit) = match s {
        0..=59 => return "just now".to_string(),
        60..=3599 => (s / 60, "minute"),
        3600..=86_399 => (s / 3600, "hour"),
        86_400..=2_591_999 => (s / 86_400, "day"),
        2_592_000..=31_535_999 => (s / 2_592_000, "month"),
        _ => (s / 31_536_000, "year"),
    };
    format!("{n} {unit}{} ago", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn settings(format: OutputFormat) -> Settings {
        Settings {
            format,
            color: false,
            quiet: false,
        }
    }

    fn sample() -> Report {
        Report::new(
            json!([{"name": "a"}]),
            Human::Table {
                headers: vec!["NAME", "MUTABILITY"],
                rows: vec![vec!["a".into(), "immutable".into()]],
            },
            vec![vec!["a".into(), "".into(), "x\ty".into()]],
        )
    }

    #[test]
    fn text_is_tab_separated_with_placeholders() {
        assert_eq!(
            render(&sample(), &settings(OutputFormat::Text)),
            "a\t-\tx y\n"
        );
    }

    #[test]
    fn json_is_pretty_and_parses() {
        let out = render(&sample(), &settings(OutputFormat::Json));
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v[0]["name"], "a");
    }

    #[test]
    fn table_has_header_and_row() {
        let out = render(&sample(), &settings(OutputFormat::Table));
        assert!(out.contains("NAME"));
        assert!(out.contains("immutable"));
        assert!(!out.contains('\x1b'));
    }

    #[test]
    fn empty_table_prints_nothing() {
        let r = Report::new(
            json!([]),
            Human::Table {
                headers: vec!["NAME"],
                rows: vec![],
            },
            vec![],
        );
        assert_eq!(render(&r, &settings(OutputFormat::Table)), "");
    }

    #[test]
    fn fields_are_aligned_without_borders() {
        let r = Report::new(
            json!({}),
            Human::Fields(vec![("name", "a".into()), ("mutability", "mutable".into())]),
            vec![],
        );
        let out = render(&r, &settings(OutputFormat::Table));
        assert_eq!(out, "name        a\nmutability  mutable\n");
    }

    #[test]
    fn quiet_hides_status_only() {
        let r = sample().with_status("created");
        let mut out = Vec::new();
        let mut err = Vec::new();
        let mut s = settings(OutputFormat::Text);
        s.quiet = true;
        emit(&r, &s, &mut out, &mut err).unwrap();
        assert!(err.is_empty());
        assert!(!out.is_empty());
        s.quiet = false;
        emit(&r, &s, &mut out, &mut err).unwrap();
        assert_eq!(String::from_utf8(err).unwrap(), "created\n");
    }

    #[test]
    fn ages() {
        assert_eq!(age(5), "just now");
        assert_eq!(age(60), "1 minute ago");
        assert_eq!(age(3 * 86_400 + 5), "3 days ago");
        assert_eq!(age(400 * 86_400), "1 year ago");
    }
}
