//! The credential helper's log (`ECRCTL_LOG`): one logfmt line per call, never a secret.

use std::io::Write;

use super::args::HelperAction;
use super::env;
use super::helper::Outcome;

/// One logfmt line per call, appended to `ECRCTL_LOG` (as amazon-ecr-credential-helper's
/// log): time, action, server, result, cache hit, profile; never a secret. A log that cannot be
/// written is said on stderr and does not change the answer.
pub(super) fn log(action: HelperAction, o: &Outcome) {
    let Some(path) = env("ECRCTL_LOG").filter(|p| !p.is_empty()) else {
        return;
    };
    let line = log_line(crate::time::now(), action, o);
    let written = append(std::path::Path::new(&path), line.as_bytes());
    if let Err(e) = written {
        crate::ui::warn(&format!("could not write ECRCTL_LOG {path}: {e}"));
    }
}

fn log_line(now: i64, action: HelperAction, o: &Outcome) -> String {
    let action = match action {
        HelperAction::Get => "get",
        HelperAction::Store => "store",
        HelperAction::Erase => "erase",
        HelperAction::List => "list",
        HelperAction::Version => "version",
    };
    let mut fields = vec![
        format!("time={}", crate::time::format(now)),
        format!("pid={}", std::process::id()),
        format!("action={action}"),
    ];
    if !o.server.is_empty() {
        fields.push(format!("server={}", quoted(&without_user_info(&o.server))));
    }
    fields.push(format!("result={}", o.result));
    if let Some(c) = o.cached {
        fields.push(format!("cached={c}"));
    }
    if let Some(p) = &o.profile {
        fields.push(format!("profile={}", quoted(p)));
    }
    if let Some(d) = &o.detail {
        fields.push(format!(
            "detail={}",
            quoted(&crate::registry::auth::redact(d))
        ));
    }
    let mut line = fields.join(" ");
    line.push('\n');
    line
}

/// A server URL as shown or logged: user info (`user:password@`) is replaced, since it may
/// hold a password.
pub(super) fn without_user_info(server: &str) -> String {
    let (scheme, rest) = match server.find("://") {
        Some(i) => server.split_at(i + 3),
        None => ("", server),
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    match authority.rsplit_once('@') {
        Some((_, host)) => format!("{scheme}<user-info>@{host}{tail}"),
        None => server.to_string(),
    }
}

/// A logfmt value: bare when it can be, else quoted with `"` and `\` escaped (one line).
fn quoted(v: &str) -> String {
    let v = crate::ui::clean(v);
    if !v.is_empty() && !v.contains([' ', '"', '=', '\\']) {
        return v.into_owned();
    }
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

/// Append in one write (O_APPEND), so that lines of parallel helpers do not interleave.
fn append(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_info_is_never_shown() {
        assert_eq!(
            without_user_info("https://AWS:SECRETuserinfo@1.dkr.ecr.us-east-1.amazonaws.com/v2/"),
            "https://<user-info>@1.dkr.ecr.us-east-1.amazonaws.com/v2/"
        );
        assert_eq!(
            without_user_info("x:SECRET@docker.io"),
            "<user-info>@docker.io"
        );
        assert_eq!(without_user_info("docker.io/a@b"), "docker.io/a@b");
        let o = Outcome {
            server: "https://x:SECRETstore@docker.io".into(),
            result: "refused",
            ..Outcome::default()
        };
        assert!(!log_line(0, HelperAction::Store, &o).contains("SECRET"));
    }

    #[test]
    fn log_lines_are_logfmt_on_one_line_without_secrets() {
        let o = Outcome {
            server: "123456789012.dkr.ecr.us-east-1.amazonaws.com".into(),
            result: "error",
            cached: None,
            profile: Some("ci".into()),
            detail: Some("ecrctl: bad \"answer\"\n QVdTOlNPTUVQQVNTV09SRA== here".into()),
        };
        let line = log_line(0, HelperAction::Get, &o);
        assert!(line.starts_with("time=1970-01-01T00:00:00Z pid="), "{line}");
        assert!(line.contains(" action=get server=123456789012.dkr.ecr.us-east-1.amazonaws.com result=error profile=ci detail=\"ecrctl: bad \\\"answer\\\"  <redacted> here\""), "{line}");
        assert_eq!(line.matches('\n').count(), 1);
        let hit = Outcome {
            server: "public.ecr.aws".into(),
            result: "ok",
            cached: Some(true),
            ..Outcome::default()
        };
        assert!(log_line(0, HelperAction::Get, &hit)
            .ends_with("server=public.ecr.aws result=ok cached=true\n"));
    }
}
