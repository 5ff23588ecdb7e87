//! ecrctl: a fast, scriptable client for Amazon ECR, private and public.

pub mod aws;
pub mod cli;
pub mod commands;
pub mod error;
pub mod images;
pub mod local_image;
pub mod mutability;
pub mod output;
pub mod policy;
pub mod posture;
#[cfg(test)]
mod props;
pub mod reference;
pub mod settings;
pub mod verdict;

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use anyhow::Result;

use crate::aws::{AwsOptions, Clients};
use crate::cli::{Cli, Command};
use crate::commands::Context;
use crate::error::Exit;
use crate::output::Settings;

/// Run a parsed command line: everything `main` does except parsing and printing the error.
pub async fn run(cli: Cli) -> Result<Exit> {
    let g = &cli.global;
    output::set_verbosity(g.verbose);
    let settings = Settings::detect(g.output, g.no_color, g.quiet);
    match &cli.command {
        Command::Completions(args) => {
            let script = commands::completions::generate(args.shell);
            return write_out(|out| out.write_all(&script));
        }
        Command::Man => {
            let page = commands::completions::man_page();
            return write_out(|out| out.write_all(&page));
        }
        _ => {}
    }
    if let Some(url) = &g.endpoint_url {
        aws::validate_endpoint_url(url)?;
    }
    if g.regions.len() > 1 && !matches!(cli.command, Command::Audit(_)) {
        return error::usage(
            "--region is given several times: only `audit` checks several regions",
        );
    }
    let ctx = Context {
        clients: Clients::new(AwsOptions {
            region: g.regions.first().cloned(),
            profile: g.profile.clone(),
            endpoint_url: g.endpoint_url.clone(),
            timeout: Duration::from_secs_f64(g.timeout),
        }),
        can_prompt: output::can_prompt(),
        region_flag: g.regions.first().cloned(),
        regions: g.regions.clone(),
        progress: !g.quiet && io::stderr().is_terminal(),
    };
    let started = std::time::Instant::now();
    let report = commands::dispatch(&ctx, &cli.command).await?;
    output::debug(2, format_args!("done in {:?}", started.elapsed()));
    let exit = report.exit;
    write_out(|out| output::emit(&report, &settings, out, &mut io::stderr()))?;
    Ok(exit)
}

/// Write to stdout; a reader that went away (`ecrctl … | head -1`) is not an error.
fn write_out(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<Exit> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match f(&mut out).and_then(|()| out.flush()) {
        Ok(()) => Ok(Exit::Success),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Exit::Success),
        Err(e) => Err(anyhow::Error::new(e).context("writing the output")),
    }
}
