//! Talking to the person at the terminal, outside a command's result: confirmation prompts,
//! verbose lines, warnings before dispatch, and the one function that makes text from input or
//! from AWS safe to print.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicU8, Ordering};

static VERBOSITY: AtomicU8 = AtomicU8::new(0);
static JSON_OUTPUT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Say that this run prints JSON (`-o json`).
pub fn set_json_output(json: bool) {
    JSON_OUTPUT.store(json, Ordering::Relaxed);
}

/// Whether this run prints JSON.
pub fn json_output() -> bool {
    JSON_OUTPUT.load(Ordering::Relaxed)
}

pub fn set_verbosity(level: u8) {
    VERBOSITY.store(level, Ordering::Relaxed);
}

/// Print a diagnostic line on stderr when `-v` was given `level` times or more. Only ecrctl's own
/// messages go through here: SDK logging is never switched on, so bodies and tokens never print.
pub fn debug(level: u8, message: fmt::Arguments<'_>) {
    if VERBOSITY.load(Ordering::Relaxed) >= level {
        eprintln!("ecrctl: {}", clean(&message.to_string()));
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

/// Text from a policy file, a tag, a description or a service message, made safe for a
/// terminal and for CI log parsers: line breaks and tabs become spaces, every other control
/// character (ESC, BEL, DEL, C1) and the Unicode bidirectional overrides become `�`. A newline
/// in a finding must never start a line of its own: GitHub Actions runs `::command::` lines.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_cleaning) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => ' ',
                c if needs_cleaning(c) => '\u{FFFD}',
                c => c,
            })
            .collect(),
    )
}

fn needs_cleaning(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A line on stderr that explains a failure (shown even with --quiet), cleaned.
pub fn line(text: &str) {
    eprintln!("{}", clean(&crate::error::cut_words(text)));
}

/// The confirmation before a destructive step, in one place: `--yes` skips it; without a
/// terminal to ask on it is exit 8 with a hint; a "no" is exit 8 saying what was kept.
/// `doing` reads "deleting …", `question` "Delete …?".
pub async fn confirm_or_abort(
    yes: bool,
    can_prompt: bool,
    doing: &str,
    question: &str,
    kept: &str,
) -> anyhow::Result<()> {
    use crate::error::{AppError, Exit};
    if yes {
        return Ok(());
    }
    if !can_prompt {
        return Err(AppError::new(
            Exit::Aborted,
            format!("{doing} needs confirmation and there is no terminal to ask on"),
        )
        .with_hint(if doing.starts_with("deleting") {
            "pass --yes to delete without asking"
        } else {
            "pass --yes to go ahead without asking"
        })
        .into());
    }
    // Read on a blocking thread, so that Ctrl-C at the prompt ends the run as an interruption
    // (exit 130), as it does anywhere else, instead of counting as "no".
    let question = question.to_string();
    let answer = tokio::task::spawn_blocking(move || confirm(&question))
        .await
        .map_err(|e| anyhow::anyhow!("reading the answer: {e}"))?
        .map_err(|e| anyhow::anyhow!("reading the answer: {e}"))?;
    if answer {
        Ok(())
    } else {
        Err(AppError::new(Exit::Aborted, kept).into())
    }
}

static INTERRUPT_NOTE: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);
static INTERRUPT_JSON: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// What to tell the user if the run is interrupted now (e.g. how many images a prune had
/// deleted); replaced as the work goes on.
pub fn on_interrupt(note: String) {
    if let Ok(mut n) = INTERRUPT_NOTE.lock() {
        *n = Some(note);
    }
}

/// The JSON document an interrupted run prints on stdout with `--output json` (what it had
/// done so far); replaced as the work goes on.
pub fn on_interrupt_json(doc: String) {
    if let Ok(mut n) = INTERRUPT_JSON.lock() {
        *n = Some(doc);
    }
}

/// The JSON for an interrupted run, if the command left one.
pub fn interrupt_json() -> Option<String> {
    INTERRUPT_JSON.lock().ok().and_then(|mut n| n.take())
}

/// The work is done: an interruption now has nothing to add.
pub fn clear_interrupt() {
    let _ = interrupt_note();
    let _ = interrupt_json();
}

/// The note for an interrupted run, if the command left one.
pub fn interrupt_note() -> Option<String> {
    INTERRUPT_NOTE.lock().ok().and_then(|mut n| n.take())
}

/// A warning on stderr, shown even with --quiet.
pub fn warn(message: &str) {
    eprintln!("warning: {}", clean(&crate::error::cut_words(message)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_pass() {
        assert_eq!(clean("plain text"), "plain text");
        assert_eq!(
            clean("a\n::error title=x::owned\r\tb"),
            "a ::error title=x::owned  b"
        );
        assert_eq!(
            clean("\x1b[2J\x07\u{7f}\u{9b}"),
            "\u{FFFD}[2J\u{FFFD}\u{FFFD}\u{FFFD}"
        );
        assert_eq!(clean("abc\u{202E}cba"), "abc\u{FFFD}cba");
        assert!(!clean("x\u{2028}y").contains('\n'));
    }
}
