//! ecrctl: a fast, scriptable client for Amazon ECR, private and public.

// The command futures nest deeply; an optimised build needs more than 128 levels for them.
#![recursion_limit = "256"]

pub mod accounts;
pub mod aws;
pub mod calls;
pub mod ci;
pub mod cli;
pub mod commands;
pub mod credential_process;
pub mod credentials;
pub mod diagnostic;
pub mod envconfig;
pub mod error;
pub mod images;
pub mod lifecycle;
pub mod local_image;
pub mod login;
pub mod mutability;
pub mod oci;
pub mod output;
pub mod plan_file;
pub mod policy;
pub mod posture;
#[cfg(test)]
mod props;
pub mod records;
pub mod reference;
pub mod registry;
pub mod registry_config;
pub mod scan;
pub mod selection;
pub mod settings;
pub mod suggest;
pub mod time;
pub mod ui;
pub mod verdict;
pub mod wait;
pub mod writes;

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use anyhow::Result;

use crate::aws::{AwsOptions, Clients};
use crate::cli::GlobalArgs;
use crate::commands::Cli;
use crate::commands::{Context, Local, Printed, Run, Runner, Target};
use crate::error::{AppError, Exit};
use crate::output::Settings;

/// Run a parsed command line: everything `main` does except parsing and printing the error.
pub async fn run(cli: Cli) -> Result<Exit> {
    let g = &cli.global;
    ui::set_verbosity(g.verbose);
    let settings = Settings::detect(g.output, g.no_color, g.quiet);
    ui::set_json_output(settings.format == cli::OutputFormat::Json);
    let main = Main {
        global: g,
        settings: &settings,
    };
    commands::dispatch(&cli.command, main).await
}

/// ecrctl's own run of a command: global options checked, the target resolved, the clients
/// built for its region, the result printed.
struct Main<'a> {
    global: &'a GlobalArgs,
    settings: &'a Settings,
}

impl Runner for Main<'_> {
    type Output = Result<Exit>;

    async fn run<C: Run>(self, command: &C) -> Result<Exit> {
        let (g, settings) = (self.global, self.settings);
        if let Some(url) = &g.endpoint_url {
            aws::validate_endpoint_url(url)?;
        }
        command.check_globals(g)?;
        let target = commands::resolve(command, g.registry_id.as_deref())?;
        let (region, region_source, fallback_region) = choose_region(g, &target);
        let timeout = match command.timeout(g.timeout)? {
            Ok(t) => Duration::from_secs_f64(t),
            Err(report) => {
                write_out(|out| output::emit(&report, settings, out, &mut io::stderr()))?;
                return Ok(report.exit);
            }
        };
        let deadline = deadline(g.deadline)?;
        let started = std::time::Instant::now();
        let ctx = Context::builder(Clients::new(AwsOptions {
            region,
            region_source,
            fallback_region,
            profile: g.profile.clone(),
            endpoint_url: g.endpoint_url.clone(),
            timeout,
        }))
        .registry_id(g.registry_id.clone())
        .timeout(timeout)
        .runner(ci::Runner::detect())
        .can_prompt(ui::can_prompt())
        .regions(g.regions.clone())
        .progress(!g.quiet && io::stderr().is_terminal())
        .deadline(deadline.map(|s| started + Duration::from_secs_f64(s)))
        .build();
        // Boxed: the command futures are deep, and a timeout around one would overflow the
        // compiler's layout depth in main.
        let work = Box::pin(command.run(&ctx, target));
        let report = match deadline.map(Duration::from_secs_f64) {
            None => work.await?,
            Some(limit) => match tokio::time::timeout(limit, work).await {
                Ok(report) => report?,
                Err(_) => return Err(deadline_error(deadline.unwrap_or_default()).into()),
            },
        };
        ui::debug(2, format_args!("done in {:?}", started.elapsed()));
        write_out(|out| output::emit(&report, settings, out, &mut io::stderr()))?;
        Ok(write_ci_files(&report, settings, report.exit))
    }

    /// The commands that need no AWS settings: completions, man pages and the version.
    fn local<C: Local>(self, command: &C) -> Result<Exit> {
        match command.print()? {
            Printed::Bytes(bytes) => write_out(|out| out.write_all(&bytes)),
            Printed::ManPage { command, page } => {
                if io::stdout().is_terminal() {
                    if let Some(exit) = show_in_man(&command, &page) {
                        return Ok(exit);
                    }
                }
                write_out(|out| out.write_all(&page))
            }
            Printed::Report(report) => {
                write_out(|out| output::emit(&report, self.settings, out, &mut io::stderr()))
            }
        }
    }
}

/// --deadline, else ECRCTL_DEADLINE (empty: unset, as CI systems set an unset variable).
fn deadline(flag: Option<f64>) -> Result<Option<f64>> {
    if flag.is_some() {
        return Ok(flag);
    }
    match std::env::var("ECRCTL_DEADLINE") {
        Ok(v) if !v.trim().is_empty() => cli::parse_deadline(&v)
            .map(Some)
            .map_err(|e| AppError::usage(format!("ECRCTL_DEADLINE: {e}")).into()),
        _ => Ok(None),
    }
}

/// The whole command ran out of time: what it was doing, and that --deadline (not --timeout,
/// which bounds each call) ran out; what a write had done so far, when it keeps count.
fn deadline_error(seconds: f64) -> AppError {
    let doing = match calls::last_call() {
        Some(call) => format!(
            "waiting for {call} ({} call(s) made, retries included)",
            calls::count()
        ),
        None => "before any AWS call was answered".to_string(),
    };
    let limit = format!("--deadline {seconds} s (the whole command; --timeout bounds each call)");
    let mut err = error::timeout_error(&doing, &limit);
    if let Some(note) = ui::interrupt_note() {
        err.message.push_str(&format!("; {note}"));
    }
    if err.kind == Exit::Network {
        err = err.with_hint(
            "raise --deadline / ECRCTL_DEADLINE, or narrow the command (a repository pattern, fewer regions)",
        );
    }
    err
}

/// On a terminal, a man page is shown by `man` (formatted, in the pager) rather than printed
/// as roff; `None` when `man` cannot show it, and the roff is printed instead.
fn show_in_man(command: &[String], page: &[u8]) -> Option<Exit> {
    let mut name = vec!["ecrctl".to_string()];
    name.extend(command.iter().cloned());
    let path = std::env::temp_dir().join(format!("{}.{}.1", name.join("-"), std::process::id()));
    std::fs::write(&path, page).ok()?;
    // A path with a slash is read as a file by man-db, mandoc and BSD man alike.
    let status = std::process::Command::new("man").arg(&path).status();
    let _ = std::fs::remove_file(&path);
    match status {
        Ok(s) if s.success() => Some(Exit::Success),
        Ok(s) => {
            ui::debug(
                1,
                format_args!("man exited with {s}: printing the page as roff"),
            );
            None
        }
        Err(e) => {
            ui::debug(
                1,
                format_args!("man could not run ({e}): printing the page as roff"),
            );
            None
        }
    }
}

/// The region to use, what named it, and a fallback when nothing else names one (a target
/// whose URIs name their regions needs no configured one). A URI names its region: it wins
/// over --region (with a warning).
fn choose_region(
    g: &GlobalArgs,
    target: &impl Target,
) -> (Option<String>, &'static str, Option<String>) {
    let flag_region = g.regions.first().cloned();
    match target.uri_region() {
        Some(uri_region) => {
            if let Some(flag) = flag_region.as_deref().filter(|f| *f != uri_region) {
                ui::warn(&format!(
                    "the repository URI is in {uri_region}, not in --region {flag}: using {uri_region}"
                ));
            }
            (Some(uri_region.to_string()), "the repository URI", None)
        }
        None => (flag_region, "--region", target.fallback_region()),
    }
}

/// Write the report's CI files after its output; a file that could not be written is the
/// result only when nothing else failed.
fn write_ci_files(report: &output::Report, settings: &Settings, exit: Exit) -> Exit {
    let problems = output::write_ci_files(&report.ci_files);
    for problem in &problems {
        ui::line(&problem.render(settings.github));
    }
    if !problems.is_empty() && exit == Exit::Success && !report.ci_files_advisory {
        return Exit::Failure;
    }
    exit
}

/// Write to stdout, the one rule for every result: a reader that went away (EPIPE: `ecrctl …
/// | head -1`) is not an error; a full one (`>/dev/full`) is. A stdout the shell closed
/// (`>&-`) cannot be told from a read-write /dev/null a parent gave on purpose (Python's
/// `subprocess.DEVNULL`, Node's `stdio: 'ignore'`): Rust's runtime puts exactly that in place of
/// a closed descriptor. Output sent there is discarded, which is a success.
fn write_out(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<Exit> {
    let stdout = io::stdout();
    let mut out = output::Counted::new(io::BufWriter::new(stdout.lock()));
    let result = f(&mut out).and_then(|()| out.flush());
    match result {
        Ok(()) => Ok(Exit::Success),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(Exit::Success),
        Err(e) => Err(anyhow::Error::new(e).context("writing the output")),
    }
}
