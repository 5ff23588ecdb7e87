//! A warning or error for stderr as a value, `{level, code, message}`, rendered in one place: a
//! plain line (`warning: …`, `warning[code] …`), or a GitHub workflow annotation under GitHub
//! Actions.

use std::borrow::Cow;

use crate::error::cut_words;
use crate::ui::clean;

/// How grave a diagnostic is. Lint severities other than these (`security-warning`,
/// `suggestion`) print as they are and are never annotated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
    /// A word of its own (a lint severity, `note`): printed as it is, never annotated.
    Other(&'static str),
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Other(word) => word,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub level: Level,
    /// A stable code (a lint rule's), shown as `level[code]` and in the annotation's title.
    pub code: Option<String>,
    pub message: String,
}

impl Diagnostic {
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Warning,
            code: None,
            message: message.into(),
        }
    }

    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Error,
            code: None,
            message: message.into(),
        }
    }

    /// A remark that is neither a warning nor an error (`note: …`), never annotated.
    pub fn note(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            level: Level::Other("note"),
            code: None,
            message: message.into(),
        }
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Diagnostic {
        self.code = Some(code.into());
        self
    }

    /// The plain line, before cleaning: `warning: …` or `warning[code] …`.
    pub fn plain(&self) -> String {
        match &self.code {
            Some(code) => format!("{}[{code}] {}", self.level.as_str(), self.message),
            None => format!("{}: {}", self.level.as_str(), self.message),
        }
    }

    /// The line as printed: under GitHub Actions a warning or error becomes a workflow
    /// annotation titled `ecrctl` (`ecrctl CODE`); otherwise the plain line. Overlong words are
    /// cut and control characters cleaned either way.
    pub fn render(&self, github: bool) -> String {
        if github && matches!(self.level, Level::Error | Level::Warning) {
            let title = match &self.code {
                Some(code) => format!("ecrctl {code}"),
                None => "ecrctl".to_string(),
            };
            let message = cut_words(&self.message);
            return crate::ci::github_annotation(self.level.as_str(), &title, &message, None);
        }
        clean(&cut_words(&self.plain())).into_owned()
    }

    /// A warning line still written as text by a command not yet ported (`warning: …`,
    /// `error[code] …`), read back as a diagnostic; any other line is `None` and printed as it
    /// is. Ported commands build diagnostics and never come here.
    pub fn from_legacy_line(line: &str) -> Option<Diagnostic> {
        for level in [Level::Warning, Level::Error] {
            let Some(rest) = line.strip_prefix(level.as_str()) else {
                continue;
            };
            if let Some(message) = rest.strip_prefix(": ") {
                return Some(Diagnostic {
                    level,
                    code: None,
                    message: message.to_string(),
                });
            }
            if let Some((code, message)) = rest.strip_prefix('[').and_then(|r| r.split_once("] ")) {
                return Some(Diagnostic {
                    level,
                    code: Some(code.to_string()),
                    message: message.to_string(),
                });
            }
        }
        None
    }
}

/// A legacy warning line as printed (see [`Diagnostic::from_legacy_line`]).
pub fn render_line(line: &str, github: bool) -> Cow<'static, str> {
    match Diagnostic::from_legacy_line(line) {
        Some(d) if github => d.render(true).into(),
        _ => clean(&cut_words(line)).into_owned().into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_annotated() {
        let w = Diagnostic::warning("$GITHUB_OUTPUT is set but empty: not written");
        assert_eq!(
            w.render(false),
            "warning: $GITHUB_OUTPUT is set but empty: not written"
        );
        assert_eq!(
            w.render(true),
            "::warning title=ecrctl::$GITHUB_OUTPUT is set but empty: not written"
        );
        let e = Diagnostic::error("no Action").with_code("missing-action");
        assert_eq!(e.render(false), "error[missing-action] no Action");
        assert_eq!(
            e.render(true),
            "::error title=ecrctl missing-action::no Action"
        );
        let s = Diagnostic {
            level: Level::Other("suggestion"),
            code: Some("sid".into()),
            message: "name it".into(),
        };
        assert_eq!(s.render(true), "suggestion[sid] name it");
    }

    #[test]
    fn hostile_messages_stay_one_line() {
        let w = Diagnostic::warning("x\n::error::owned\x1b[2J");
        for github in [false, true] {
            let line = w.render(github);
            assert!(!line.contains('\n') && !line.contains('\x1b'), "{line}");
        }
    }

    #[test]
    fn legacy_lines_read_back_as_they_were_written() {
        for d in [
            Diagnostic::warning("careful"),
            Diagnostic::error("broken").with_code("E1"),
        ] {
            assert_eq!(Diagnostic::from_legacy_line(&d.plain()), Some(d.clone()));
            assert_eq!(render_line(&d.plain(), true), d.render(true));
            assert_eq!(render_line(&d.plain(), false), d.render(false));
        }
        assert_eq!(Diagnostic::from_legacy_line("ecrctl: note"), None);
    }
}
