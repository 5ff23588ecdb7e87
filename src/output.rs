//! Rendering results as a table, tab-separated text or JSON, and writing a report's streams.
//! The only user of comfy-table.

use std::io::{self, IsTerminal, Write};

use comfy_table::{presets, Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width};
use serde_json::Value;

use crate::cli::OutputFormat;
use crate::diagnostic::Diagnostic;
use crate::error::Exit;
use crate::ui::clean;

/// How results are shown.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub format: OutputFormat,
    pub color: bool,
    pub quiet: bool,
    /// Columns a table may use (a table whose values cannot fit runs wider).
    pub width: u16,
    /// Under GitHub Actions `warning: …` lines become `::warning::` annotations.
    pub github: bool,
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
            width: table_width(terminal_columns(), std::env::var("COLUMNS").ok().as_deref()),
            github: crate::ci::Runner::detect().github(),
        }
    }
}

/// A writer that counts the bytes written through it.
pub struct Counted<W> {
    inner: W,
    written: usize,
}

impl<W: Write> Counted<W> {
    pub fn new(inner: W) -> Counted<W> {
        Counted { inner, written: 0 }
    }

    pub fn written(&self) -> usize {
        self.written
    }
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Whether stdout may have been closed when ecrctl started (`ecrctl … >&-`). Rust's runtime puts
/// /dev/null, opened read-write, in place of a closed standard descriptor, so writes succeed
/// and the result is lost unseen. A /dev/null the shell opened (`>/dev/null`) is write-only;
/// a daemon that nulls every descriptor (daemon(3)) nulls stdin too, and is left alone. A
/// parent that hands a read-write /dev/null on purpose (Python's `subprocess.DEVNULL`) looks
/// the same, so only `login --print-password`, whose one output is pointless to discard, asks.
/// Linux only (it reads /proc); elsewhere `false`.
pub fn stdout_was_closed() -> bool {
    let null_rw = |fd: u8| {
        let link = std::fs::read_link(format!("/proc/self/fd/{fd}")).unwrap_or_default();
        let info = std::fs::read_to_string(format!("/proc/self/fdinfo/{fd}")).unwrap_or_default();
        reopened_null(&link.to_string_lossy(), &info)
    };
    cfg!(target_os = "linux") && null_rw(1) && !null_rw(0)
}

/// A descriptor as Rust's runtime reopens a closed one: /dev/null, read-write (its fdinfo's
/// octal `flags`, access mode 2).
fn reopened_null(link: &str, fdinfo: &str) -> bool {
    let flags = fdinfo
        .lines()
        .find_map(|l| l.strip_prefix("flags:"))
        .and_then(|f| u32::from_str_radix(f.trim(), 8).ok());
    link == "/dev/null" && flags.is_some_and(|f| f & 0o3 == 0o2)
}

/// The columns the terminal on stdout reports (0 when it reports none). Read directly: a
/// terminal that reports 0 rows but 80 columns still has 80 columns.
fn terminal_columns() -> Option<u16> {
    let stdout = io::stdout();
    if !stdout.is_terminal() {
        return None;
    }
    rustix::termios::tcgetwinsize(&stdout)
        .ok()
        .map(|w| w.ws_col)
}

/// The width tables are laid out for: the terminal's when it reports one above 0 (`script`,
/// `docker run -t` and many CI runners report 0), else `COLUMNS`, else 100.
pub fn table_width(terminal: Option<u16>, columns_env: Option<&str>) -> u16 {
    terminal
        .filter(|w| *w > 0)
        .or_else(|| {
            columns_env
                .and_then(|c| c.trim().parse::<u16>().ok())
                .filter(|w| *w > 0)
        })
        .unwrap_or(100)
}

/// The fields of the tab-separated text output of the commands not yet ported to a [`Record`],
/// in order: text records are built from them out of the JSON records. The README's "Text
/// output" table is checked against these and `records::TEXT_COLUMNS`. A dotted name reaches
/// into an object.
pub const TEXT_COLUMNS: &[(&str, &[&str])] = &[
    (
        "template list, template show, template create, template update",
        &[
            "prefix",
            "appliedFor",
            "tagMutability",
            "exclusionFilters",
            "kmsKey",
            "description",
        ],
    ),
    ("template delete", &["prefix", "result"]),
    (
        "images list",
        &[
            "digest",
            "tags",
            "totalSizeBytes",
            "pushedAt",
            "lastPulledAt",
            "mediaType",
            "artifactType",
            "status",
            "scanStatus",
            "lastArchivedAt",
            "role",
            "subject",
        ],
    ),
    (
        "images show",
        &["digest", "tags", "sizeBytes", "pushedAt", "mediaType"],
    ),
    ("images tag", &["tag", "verdict", "result", "message"]),
    (
        "images delete",
        &["image", "result", "digest", "failureCode", "failureReason"],
    ),
    ("policy set", &["repository", "result"]),
    ("policy delete", &["repository", "result"]),
    (
        "policy validate",
        &["severity", "code", "statement", "message"],
    ),
    ("policy templates", &["name", "description"]),
    (
        "login",
        &["registry", "tool", "result", "expiresAt", "cached", "error"],
    ),
    ("lifecycle set", &["repository", "result"]),
    ("lifecycle delete", &["repository", "result"]),
    (
        "lifecycle validate",
        &["severity", "code", "position", "rule", "message"],
    ),
    ("lifecycle templates", &["name", "description"]),
    (
        "lifecycle preview",
        &["action", "rule", "digest", "tags", "sizeBytes", "reason"],
    ),
    (
        "images prune",
        &[
            "action",
            "rule",
            "digest",
            "tags",
            "sizeBytes",
            "result",
            "reason",
        ],
    ),
    (
        "audit",
        &[
            "severity",
            "region",
            "repository",
            "code",
            "message",
            "fix",
            "account",
        ],
    ),
];

/// The text columns of a command, by its name in [`TEXT_COLUMNS`].
pub fn columns(command: &str) -> &'static [&'static str] {
    TEXT_COLUMNS
        .iter()
        .find(|(c, _)| *c == command || c.split(", ").any(|one| one == command))
        .map(|(_, cols)| *cols)
        .unwrap_or_else(|| panic!("bug: no text columns for `{command}`"))
}

/// One output record: a struct that derives `Serialize` (its JSON) and names its text columns,
/// so the JSON, the tab-separated text and the README's "Text output" table come from one type.
/// A table or a `field: value` view is the command's own ([`Human`]).
///
/// To port a command from the string-keyed [`TEXT_COLUMNS`]: define its record, list it in
/// `records::TEXT_COLUMNS` (which the README check reads), and build its report with
/// [`Report::of_record`] or [`Report::of_records`]:
///
/// ```
/// use ecrctl::output::{Human, Record, Report};
///
/// #[derive(serde::Serialize)]
/// #[serde(rename_all = "camelCase")]
/// struct Deleted {
///     repository: String,
///     result: &'static str,
/// }
///
/// impl Record for Deleted {
///     const COMMANDS: &'static str = "policy delete";
///     const COLUMNS: &'static [&'static str] = &["repository", "result"];
/// }
///
/// let done = Deleted { repository: "app".into(), result: "deleted" };
/// let report = Report::of_record(&done, Human::Lines(vec![]));
/// assert_eq!(report.text(), [["app", "deleted"]]);
/// assert_eq!(report.json()["result"], "deleted");
/// ```
pub trait Record: serde::Serialize {
    /// The commands that print it, as the README's "Text output" table names them
    /// (`"repo show, repo list"`).
    const COMMANDS: &'static str;
    /// The fields of its tab-separated text, in order: its JSON fields (a dotted name reaches
    /// into an object).
    const COLUMNS: &'static [&'static str];

    /// Its JSON.
    fn json(&self) -> Value {
        serde_json::to_value(self).expect("records serialise")
    }

    /// Its text fields.
    fn text(&self) -> Vec<String> {
        text_record(&Record::json(self), Self::COLUMNS)
    }
}

/// One text record: the named fields of a JSON record, in order.
pub fn text_record(record: &Value, columns: &[&str]) -> Vec<String> {
    columns
        .iter()
        .map(|c| {
            let v = c
                .split('.')
                .try_fold(record, |v, key| v.get(key))
                .unwrap_or(&Value::Null);
            text_value(v)
        })
        .collect()
}

/// A JSON value as one text field: strings as they are, lists comma-separated, null empty.
fn text_value(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(text_value).collect::<Vec<_>>().join(","),
        other => other.to_string(),
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

/// A file for a CI system, written only after the result is printed (a broken file must not
/// hide the verdict): `$GITHUB_OUTPUT`, `$GITHUB_STEP_SUMMARY`, a GitLab report.
#[derive(Debug, Clone, PartialEq)]
pub struct CiFile {
    /// The environment variable that names the file, or a path given on the command line.
    pub target: CiTarget,
    pub text: String,
    /// Replace the file (a report) rather than append to it (a runner's command file).
    pub replace: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CiTarget {
    Env(&'static str),
    Path(std::path::PathBuf),
}

impl CiTarget {
    /// How a message names it: `$GITHUB_OUTPUT (/path)` or the path.
    pub fn describe(&self) -> String {
        match self {
            CiTarget::Env(var) => format!(
                "${var} ({})",
                std::env::var_os(var)
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default()
            ),
            CiTarget::Path(p) => p.display().to_string(),
        }
    }
}

/// Write the CI files of a report. Each failure is returned as a warning; the command's result
/// has already been printed.
pub fn write_ci_files(files: &[CiFile]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for file in files {
        let path = match &file.target {
            CiTarget::Env(var) => match std::env::var_os(var) {
                Some(p) if !p.is_empty() => std::path::PathBuf::from(p),
                Some(_) => {
                    problems.push(Diagnostic::warning(format!(
                        "${var} is set but empty: not written"
                    )));
                    continue;
                }
                None => continue,
            },
            CiTarget::Path(p) => p.clone(),
        };
        // Appending to a file whose last line has no newline would glue our first line to it.
        let glue = !file.replace
            && std::fs::read(&path)
                .ok()
                .and_then(|b| b.last().copied())
                .is_some_and(|last| last != b'\n');
        let text = if glue {
            format!("\n{}", file.text)
        } else {
            file.text.clone()
        };
        let result = std::fs::OpenOptions::new()
            .create(true)
            .append(!file.replace)
            .write(true)
            .truncate(file.replace)
            .open(&path)
            .and_then(|mut f| f.write_all(text.as_bytes()));
        if let Err(e) = result {
            problems.push(Diagnostic::warning(format!(
                "could not write {}: {e}",
                file.target.describe()
            )));
        }
    }
    problems
}

/// What a command produced: a body, status lines for stderr and an exit code.
pub struct Report {
    body: Box<dyn Body>,
    json: std::sync::OnceLock<Value>,
    /// Progress or outcome sentences for stderr, hidden by --quiet.
    pub status: Vec<String>,
    /// Status lines about what a table or text leaves out: not said with `-o json`.
    pub table_status: Vec<String>,
    /// Warnings and errors for stderr, shown even with --quiet: they explain an exit code or a
    /// risk. Rendered by [`Diagnostic::render`] (annotations under GitHub Actions).
    pub diagnostics: Vec<Diagnostic>,
    /// The same as lines of text, from commands not yet ported to [`Diagnostic`] (read back
    /// by [`crate::diagnostic::render_line`]); printed before `diagnostics`.
    pub warnings: Vec<String>,
    /// Files for CI systems, written after the result is printed.
    pub ci_files: Vec<CiFile>,
    /// A CI file that cannot be written never changes the exit code (check-push --warn-only).
    pub ci_files_advisory: bool,
    /// The command chose its own annotation style (check-push --format): leave its warnings
    /// as they are.
    pub own_annotations: bool,
    pub exit: Exit,
}

impl std::fmt::Debug for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Report")
            .field("json", self.json())
            .field("status", &self.status)
            .field("diagnostics", &self.diagnostics)
            .field("warnings", &self.warnings)
            .field("exit", &self.exit)
            .finish()
    }
}

impl Report {
    pub fn new(json: Value, human: Human, text: Vec<Vec<String>>) -> Report {
        Report::from_body(Built { json, human, text })
    }

    /// A report whose text view is the command's [`TEXT_COLUMNS`] of `records` (one JSON
    /// record, or a list of them).
    pub fn records(json: Value, records: &[Value], human: Human, command: &str) -> Report {
        let cols = columns(command);
        let text = records.iter().map(|r| text_record(r, cols)).collect();
        Report::new(json, human, text)
    }

    /// A report of one record: its JSON is the record's object.
    pub fn of_record<R: Record>(record: &R, human: Human) -> Report {
        let json = Record::json(record);
        let text = vec![text_record(&json, R::COLUMNS)];
        Report::new(json, human, text)
    }

    /// A report of a list of records: its JSON is an array, its text a line each.
    pub fn of_records<R: Record>(records: &[R], human: Human) -> Report {
        let json: Vec<Value> = records.iter().map(Record::json).collect();
        let text = json.iter().map(|r| text_record(r, R::COLUMNS)).collect();
        Report::new(Value::Array(json), human, text)
    }

    /// A report whose JSON is one document and whose text and table are its rows.
    pub fn with_rows<R: Record>(json: Value, rows: &[R], human: Human) -> Report {
        Report::new(json, human, rows.iter().map(Record::text).collect())
    }

    pub fn from_body(body: impl Body + 'static) -> Report {
        Report {
            body: Box::new(body),
            json: std::sync::OnceLock::new(),
            status: Vec::new(),
            table_status: Vec::new(),
            diagnostics: Vec::new(),
            warnings: Vec::new(),
            ci_files: Vec::new(),
            ci_files_advisory: false,
            own_annotations: false,
            exit: Exit::Success,
        }
    }

    /// A warning (printed as given, so it may be a `warning: …` line or a CI annotation).
    pub fn with_warning(mut self, line: impl Into<String>) -> Report {
        self.warnings.push(line.into());
        self
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
        let table_status = match settings.format {
            OutputFormat::Json => &[][..],
            _ => &report.table_status[..],
        };
        for line in table_status.iter().chain(&report.status) {
            writeln!(err, "{}", clean(&crate::error::cut_words(line)))?;
        }
    }
    let github = settings.github && !report.own_annotations;
    for line in &report.warnings {
        writeln!(err, "{}", crate::diagnostic::render_line(line, github))?;
    }
    for diagnostic in &report.diagnostics {
        writeln!(err, "{}", diagnostic.render(github))?;
    }
    let body = render(report, settings);
    out.write_all(body.as_bytes())?;
    out.flush()
}

/// A warning line as printed: under GitHub Actions, `warning: …`, `error: …` and lint lines
/// (`warning[code] …`, `error[code] …`) become workflow annotations; otherwise it is cleaned.
/// For lines printed as a command goes; a report's warnings are [`Diagnostic`]s.
pub fn annotated(line: &str, github: bool) -> String {
    crate::diagnostic::render_line(line, github).into_owned()
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
        OutputFormat::Table => render_human(&report.human(), settings.color, settings.width),
    }
}

/// A field for tab-separated output: never empty (`-`), no tabs, newlines or other control
/// characters inside.
fn text_field(field: &str) -> std::borrow::Cow<'_, str> {
    if field.is_empty() {
        return "-".into();
    }
    clean(field)
}

fn render_human(human: &Human, color: bool, width: u16) -> String {
    match human {
        Human::Table { headers, rows } => {
            if rows.is_empty() {
                return String::new();
            }
            let mut table = new_table(color, width);
            table.set_header(headers.iter().map(|h| header_cell(h, color)));
            for row in rows {
                table.add_row(row.iter().map(|c| clean(c).into_owned()));
            }
            // A column may wrap between words, never inside one: an identifier (URI, ARN,
            // digest, tag) stays whole, and a table whose words cannot fit runs wider. Short
            // values ("46.0 MiB", "3 hours ago") stay on one line too.
            let unbreakable = |cell: &str| {
                let len = cell.chars().count();
                if len <= SHORT_VALUE {
                    len
                } else {
                    cell.split_whitespace()
                        .map(|w| w.chars().count())
                        .max()
                        .unwrap_or(0)
                }
            };
            for (i, column) in table.column_iter_mut().enumerate() {
                let header_word = headers
                    .get(i)
                    .map(|h| {
                        h.split_whitespace()
                            .map(|w| w.chars().count())
                            .max()
                            .unwrap_or(0)
                    })
                    .unwrap_or(0);
                let longest_word = rows
                    .iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| unbreakable(c))
                    .chain(std::iter::once(header_word))
                    .max()
                    .unwrap_or(0);
                // comfy-table counts the padding (one space each side) in the boundary.
                let fixed = u16::try_from(longest_word + 2).unwrap_or(u16::MAX);
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(fixed)));
            }
            format!("{table}\n")
        }
        Human::Fields(fields) => {
            // `name  value` pairs, never wrapped: values are identifiers more often than not.
            let pad = fields
                .iter()
                .map(|(n, _)| n.chars().count())
                .max()
                .unwrap_or(0);
            let mut out = String::new();
            for (name, value) in fields {
                let gap = " ".repeat(pad - name.chars().count() + 2);
                let name = if color {
                    format!("\x1b[1m{name}\x1b[0m")
                } else {
                    name.to_string()
                };
                out.push_str(format!("{name}{gap}{}", clean(value)).trim_end());
                out.push('\n');
            }
            out
        }
        // One element, one line: a line break inside an element (from a policy's Sid, say)
        // is cleaned away like any control character. Documents come split into lines.
        Human::Lines(lines) => lines.iter().map(|l| format!("{}\n", clean(l))).collect(),
        Human::Many(parts) => parts
            .iter()
            .map(|p| render_human(p, color, width))
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// Cells up to this long are kept on one line even when they hold spaces.
const SHORT_VALUE: usize = 16;

fn new_table(color: bool, width: u16) -> Table {
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    // Colour changes styling only, never the layout: the width is always the one given.
    if color {
        table.enforce_styling();
    } else {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_closed_stdout_is_told_from_dev_null() {
        // As Rust's runtime reopens a closed descriptor (O_RDWR | O_LARGEFILE).
        assert!(reopened_null(
            "/dev/null",
            "pos:\t0\nflags:\t0100002\nmnt_id:\t20\n"
        ));
        // `>/dev/null` (O_WRONLY), a file, a pipe: not closed.
        assert!(!reopened_null("/dev/null", "pos:\t0\nflags:\t0100001\n"));
        assert!(!reopened_null("/tmp/out", "flags:\t0100002\n"));
        assert!(!reopened_null("pipe:[1234]", "flags:\t01\n"));
        assert!(!reopened_null("", ""));
    }

    fn settings(format: OutputFormat) -> Settings {
        Settings {
            format,
            color: false,
            quiet: false,
            width: 100,
            github: false,
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
    fn tag_lists_wrap_at_commas_to_fit_the_width() {
        let tags = "v1.0, release-8, release-16, zz1, zz2";
        let report = Report::new(
            json!([]),
            Human::Table {
                headers: vec!["TAGS", "DIGEST", "SIZE"],
                rows: vec![vec![
                    tags.into(),
                    "sha256:0123456789ab…".into(),
                    "46.0 MiB".into(),
                ]],
            },
            vec![],
        );
        let mut s = settings(OutputFormat::Table);
        s.width = 50;
        let out = render(&report, &s);
        let widest = out.lines().map(|l| l.chars().count()).max().unwrap();
        assert!(widest <= 50, "{widest} columns:\n{out}");
        // Each tag stays whole, on one line.
        for tag in tags.split(", ") {
            assert!(out.lines().any(|l| l.contains(tag)), "{tag}:\n{out}");
        }
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
        let warned = sample()
            .with_status("created")
            .with_warning("warning: careful");
        emit(&warned, &s, &mut out, &mut err).unwrap();
        assert_eq!(
            String::from_utf8(err.clone()).unwrap(),
            "warning: careful\n"
        );
        err.clear();
        assert!(!out.is_empty());
        s.quiet = false;
        emit(&r, &s, &mut out, &mut err).unwrap();
        assert_eq!(String::from_utf8(err).unwrap(), "created\n");
    }

    #[test]
    fn text_records_follow_the_column_list() {
        let record =
            json!({"name": "a", "tags": ["x", "y"], "n": 3, "none": null, "o": {"k": true}});
        assert_eq!(
            text_record(&record, &["tags", "name", "n", "none", "o.k", "missing"]),
            ["x,y", "a", "3", "", "true", ""]
        );
        for (command, cols) in TEXT_COLUMNS {
            for one in command.split(", ") {
                assert_eq!(columns(one), *cols);
            }
        }
    }

    #[test]
    fn table_width_rule() {
        assert_eq!(table_width(Some(80), Some("120")), 80);
        assert_eq!(table_width(Some(0), Some("120")), 120);
        assert_eq!(table_width(None, Some("60")), 60);
        assert_eq!(table_width(Some(0), None), 100);
        assert_eq!(table_width(None, Some("0")), 100);
        assert_eq!(table_width(None, Some("wide")), 100);
    }

    #[test]
    fn hostile_text_is_cleaned_in_every_format() {
        let r = Report::new(
            json!({}),
            Human::Table {
                headers: vec!["A"],
                rows: vec![vec!["x\n::error::owned\x1b[2J".into()]],
            },
            vec![vec!["x\n::error::owned\x07".into()]],
        )
        .with_status("s\n::error::owned")
        .with_warning("w\r\n::error::owned");
        for format in [OutputFormat::Table, OutputFormat::Text] {
            let mut out = Vec::new();
            let mut err = Vec::new();
            emit(&r, &settings(format), &mut out, &mut err).unwrap();
            for stream in [out, err] {
                let text = String::from_utf8(stream).unwrap();
                assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text}");
                assert!(
                    text.lines()
                        .all(|l| !l.trim_start_matches(['│', ' ']).starts_with("::")),
                    "{text}"
                );
            }
        }
    }
}
