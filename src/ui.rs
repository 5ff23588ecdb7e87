//! What ecrctl says on stderr outside a command's result: warnings before dispatch, and the one
//! function that makes text from input or from AWS safe to print.

use std::borrow::Cow;

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
    eprintln!("{}", clean(text));
}

/// A warning on stderr, shown even with --quiet.
pub fn warn(message: &str) {
    eprintln!("warning: {}", clean(message));
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
