use std::process::ExitCode;

use clap::FromArgMatches;

use ecrctl::cli::{Cli, OutputFormat};
use ecrctl::error::{self, Exit};

fn main() -> ExitCode {
    let command = ecrctl::cli::command();
    let cli = match command
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version are "errors" that print to stdout and exit 0.
            let _ = e.print();
            return ExitCode::from(e.exit_code() as u8);
        }
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
    let result = runtime.block_on(async {
        tokio::select! {
            result = ecrctl::run(cli) => result,
            _ = tokio::signal::ctrl_c() => Ok(Exit::Interrupted),
        }
    });
    // Do not wait for in-flight requests after Ctrl-C or an error.
    runtime.shutdown_background();
    match result {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(err) => {
            let (exit, hint) = error::classify(&err);
            let message = error::render(&err);
            // With --output json a failure is JSON on stdout too, so `jq` sees it.
            if json_errors {
                println!("{}", error::json_error(&err));
            }
            eprintln!("ecrctl: error: {message}");
            if let Some(hint) = hint {
                eprintln!("  hint: {}", ecrctl::ui::clean(hint));
            }
            ExitCode::from(exit.code())
        }
    }
}
