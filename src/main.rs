// The command futures nest deeply (dispatch → command → registry → SDK); an optimised build
// computes their layout here and needs more than the default 128 levels.
#![recursion_limit = "256"]

use std::process::ExitCode;

use clap::FromArgMatches;

use ecrctl::cli::OutputFormat;
use ecrctl::commands::Cli;
use ecrctl::error::{self, Exit};

fn main() -> ExitCode {
    let command = ecrctl::commands::command();
    let cli = match command
        .try_get_matches_from(arguments())
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => return ExitCode::from(clap_failure(&e)),
    };
    let json_errors = cli.global.output == Some(OutputFormat::Json);
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("ecrctl: error: starting the async runtime: {e}");
            return ExitCode::from(Exit::Failure.code());
        }
    };
    // Ctrl-C and SIGTERM (a CI job cancelled) stop the command: its futures are dropped, which
    // also kills any local tool it runs (docker) with everything that tool started.
    let result = runtime.block_on(async {
        tokio::select! {
            result = ecrctl::run(cli) => result,
            _ = tokio::signal::ctrl_c() => Ok(Exit::Interrupted),
            _ = terminated() => Ok(Exit::Terminated),
        }
    });
    // Do not wait for in-flight requests after Ctrl-C or an error.
    runtime.shutdown_background();
    match result {
        Ok(exit) => {
            if matches!(exit, Exit::Interrupted | Exit::Terminated) {
                if let Some(note) = ecrctl::ui::interrupt_note() {
                    eprintln!("ecrctl: {}", ecrctl::ui::clean(&note));
                }
                // What was done so far, as data, for the script that reads stdout.
                // (Not an error: the partial result, which is data.)
                if let Some(doc) = ecrctl::ui::interrupt_json().filter(|_| json_errors) {
                    print_stdout(&doc);
                }
            }
            ExitCode::from(exit.code())
        }
        Err(err) => {
            let (exit, hint) = error::classify(&err);
            let message = error::render(&err);
            // Under GitHub Actions the failure is also an annotation on the run's summary.
            let annotation = ecrctl::ci::Runner::detect()
                .github()
                .then(|| ecrctl::ci::github_annotation("error", "ecrctl", &message, None));
            if json_errors {
                // With --output json the failure is one JSON line on stderr, the last thing
                // printed; stdout stays empty, so `jq` on stdout never mistakes it for data.
                print_json_error(annotation.as_deref(), &error::json_error(&err));
            } else {
                eprintln!("ecrctl: error: {message}");
                if let Some(hint) = hint {
                    eprintln!("  hint: {}", ecrctl::ui::clean(&error::cut_words(hint)));
                }
                if let Some(annotation) = annotation {
                    eprintln!("{annotation}");
                }
            }
            ExitCode::from(exit.code())
        }
    }
}

/// The command line; started as `docker-credential-ecrctl ACTION` (the link docker runs), it is
/// `ecrctl credential-helper ACTION`.
fn arguments() -> Vec<std::ffi::OsString> {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let helper = args
        .first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("docker-credential-"));
    if helper {
        args.splice(0..1, ["ecrctl".into(), "credential-helper".into()]);
    }
    args
}

/// SIGTERM, where there is such a signal.
async fn terminated() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            term.recv().await;
            return;
        }
    }
    std::future::pending::<()>().await
}

/// A command line clap refused (or --help / --version, which clap reports as "errors" that
/// print to stdout and exit 0). A real usage error is said the way every other error is
/// (`ecrctl: error: …`), or as the JSON error line on stderr when `--output json` was asked for.
fn clap_failure(e: &clap::Error) -> u8 {
    use clap::error::ErrorKind;
    let code = e.exit_code() as u8;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return code;
    }
    // An argument clap echoes is cut, as every other error's are. A value refused by one of
    // ecrctl's own checks ("must be 1 or more") is said plainly: "--limit must be 1 or more".
    let text = match plain_refusal(e) {
        Some(plain) => format!("error: {plain}\n"),
        None => error::cut_quoted(&e.render().to_string()),
    };
    // The error's own paragraph, without the usage and the tip that follow it.
    let message = text
        .split("\n\n")
        .next()
        .unwrap_or("")
        .trim_start_matches("error: ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    // clap's tips ("a similar argument exists: '--immutable'") are the JSON error's hint.
    let tips: Vec<&str> = text
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("tip: "))
        .collect();
    let hint = (!tips.is_empty()).then(|| ecrctl::ui::clean(&tips.join("; ")).into_owned());
    let annotation = ecrctl::ci::Runner::detect()
        .github()
        .then(|| ecrctl::ci::github_annotation("error", "ecrctl", &message, None));
    if asked_for_json(std::env::args_os().skip(1)) {
        let value = serde_json::json!({
            "error": {"code": "usage", "message": ecrctl::ui::clean(&message), "hint": hint, "exit": code}
        });
        print_json_error(annotation.as_deref(), &value.to_string());
    } else {
        eprint!("ecrctl: {text}");
        // As for every other failure: where a reviewer sees it.
        if let Some(annotation) = annotation {
            eprintln!("{annotation}");
        }
    }
    code
}

/// `--limit must be 1 or more (not -1)` for a value clap refused with one of ecrctl's "must …"
/// reasons; `None` for any other failure.
fn plain_refusal(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use std::error::Error as _;
    if e.kind() != ErrorKind::ValueValidation {
        return None;
    }
    let reason = e.source()?.to_string();
    if !reason.starts_with("must ") {
        return None;
    }
    let option = match e.get(ContextKind::InvalidArg)? {
        ContextValue::String(s) => s.split_whitespace().next()?.to_string(),
        _ => return None,
    };
    let value = match e.get(ContextKind::InvalidValue) {
        Some(ContextValue::String(v)) => format!(" (not {})", error::cut(v)),
        _ => String::new(),
    };
    Some(format!("{option} {reason}{value}"))
}

/// Whether the raw arguments ask for JSON output (clap could not say: it refused them).
fn asked_for_json(args: impl Iterator<Item = std::ffi::OsString>) -> bool {
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    args.iter().enumerate().any(|(i, a)| {
        matches!(a.as_str(), "--output=json" | "-ojson" | "-o=json")
            || (matches!(a.as_str(), "-o" | "--output")
                && args.get(i + 1).map(String::as_str) == Some("json"))
    })
}

/// A JSON error: on stderr, one line, after anything else (a GitHub annotation first), so
/// `2>&1 >/dev/null | tail -n1 | jq` reads it; a reader that went away is not worth a panic.
fn print_json_error(annotation: Option<&str>, json: &str) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    if let Some(annotation) = annotation {
        let _ = writeln!(err, "{annotation}");
    }
    let _ = writeln!(err, "{json}").and_then(|()| err.flush());
}

/// Data on stdout; a reader that went away is not worth a panic.
fn print_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}").and_then(|()| out.flush());
}
