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
pub mod envconfig;
pub mod error;
pub mod images;
pub mod lifecycle;
pub mod local_image;
pub mod login;
pub mod mutability;
pub mod output;
pub mod policy;
pub mod posture;
#[cfg(test)]
mod props;
pub mod reference;
pub mod registry;
pub mod scan;
pub mod settings;
pub mod suggest;
pub mod ui;
pub mod verdict;
pub mod writes;

use std::io::{self, IsTerminal, Write};
use std::time::Duration;

use anyhow::Result;

use crate::aws::{AwsOptions, Clients};
use crate::cli::{Cli, Command, ImagesCommand, RepoCommand};
use crate::commands::Context;
use crate::error::{AppError, Exit};
use crate::output::Settings;
use crate::reference::{parse_image_ref, parse_repo_arg, ImageRef, RepoName, Target};

/// Run a parsed command line: everything `main` does except parsing and printing the error.
pub async fn run(cli: Cli) -> Result<Exit> {
    let g = &cli.global;
    ui::set_verbosity(g.verbose);
    let settings = Settings::detect(g.output, g.no_color, g.quiet);
    ui::set_json_output(settings.format == cli::OutputFormat::Json);
    if let Some(result) = run_local(&cli, &settings) {
        return result;
    }
    check_global_flags(&cli)?;
    let repo = resolve_repository(&cli.command, g.registry_id.as_deref())?;
    if let Some(r) = &repo {
        if let Some(region) = &r.region {
            error::check_host_region(region, &r.given)?;
        }
    }
    let (region, region_source, fallback_region) = choose_region(&cli, repo.as_ref());
    let timeout = match (helper_timeout(&cli.command, g.timeout), &cli.command) {
        (Ok(t), _) => t,
        // Docker shows the helper's stdout only: the helper says it there, in its protocol.
        (Err(why), Command::CredentialHelper(args)) => {
            match commands::login::unusable_setting(args, &why)? {
                Some(report) => {
                    write_out(|out| output::emit(&report, &settings, out, &mut io::stderr()))?;
                    return Ok(report.exit);
                }
                None => g.timeout,
            }
        }
        (Err(why), _) => return error::usage(why),
    };
    let ctx = Context {
        clients: Clients::new(AwsOptions {
            region,
            region_source,
            fallback_region,
            profile: g.profile.clone(),
            endpoint_url: g.endpoint_url.clone(),
            timeout: Duration::from_secs_f64(timeout),
        }),
        repo,
        registry_id: g.registry_id.clone(),
        timeout: Duration::from_secs_f64(timeout),
        runner: ci::Runner::detect(),
        can_prompt: ui::can_prompt(),
        region_flag: g.regions.first().cloned(),
        regions: g.regions.clone(),
        progress: !g.quiet && io::stderr().is_terminal(),
    };
    let started = std::time::Instant::now();
    // Boxed: the command futures are deep, and a timeout around one would overflow the
    // compiler's layout depth in main.
    let work = Box::pin(commands::dispatch(&ctx, &cli.command));
    let deadline = deadline(g.deadline)?;
    let report = match deadline.map(Duration::from_secs_f64) {
        None => work.await?,
        Some(limit) => match tokio::time::timeout(limit, work).await {
            Ok(report) => report?,
            Err(_) => return Err(deadline_error(deadline.unwrap_or_default()).into()),
        },
    };
    ui::debug(2, format_args!("done in {:?}", started.elapsed()));
    write_out(|out| output::emit(&report, &settings, out, &mut io::stderr()))?;
    Ok(write_ci_files(&report, &settings, report.exit))
}

/// The credential helper's timeout: docker passes it no flags, so `ECRCTL_TIMEOUT` (seconds)
/// sets it; other commands take --timeout.
fn helper_timeout(command: &Command, flag: f64) -> Result<f64, String> {
    let Command::CredentialHelper(_) = command else {
        return Ok(flag);
    };
    match std::env::var("ECRCTL_TIMEOUT") {
        Ok(v) if !v.trim().is_empty() => cli::parse_timeout(v.trim())
            .map_err(|why| format!("ECRCTL_TIMEOUT: {}", ui::clean(&why))),
        _ => Ok(flag),
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

/// The commands that need no AWS settings: completions, man pages and the version.
fn run_local(cli: &Cli, settings: &Settings) -> Option<Result<Exit>> {
    let result = match &cli.command {
        Command::Completions(args) => {
            let script = commands::completions::generate(args.shell);
            write_out(|out| out.write_all(&script))
        }
        Command::Man(args) => {
            let Some(page) = commands::completions::man_page(&args.command) else {
                let pages = commands::completions::man_pages();
                let asked = format!("ecrctl-{}.1", args.command.join("-"));
                let meant = suggest::closest(&asked, pages.iter().map(|(f, _)| f.as_str()))
                    .map(|f| format!(" (did you mean {}(1)?)", f.trim_end_matches(".1")))
                    .unwrap_or_default();
                return Some(error::usage(format!(
                    "no man page for `ecrctl {}`{meant}: name a command, e.g. `ecrctl man repo create`",
                    args.command.join(" ")
                )));
            };
            if io::stdout().is_terminal() {
                if let Some(exit) = show_in_man(&args.command, &page) {
                    return Some(Ok(exit));
                }
            }
            write_out(|out| out.write_all(&page))
        }
        Command::Version => {
            let report = commands::version::report();
            write_out(|out| output::emit(&report, settings, out, &mut io::stderr()))
        }
        _ => return None,
    };
    Some(result)
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

/// Global flags that contradict each other or the command.
fn check_global_flags(cli: &Cli) -> Result<()> {
    let g = &cli.global;
    if let Some(url) = &g.endpoint_url {
        aws::validate_endpoint_url(url)?;
    }
    if let Command::Audit(a) = &cli.command {
        if a.all_regions && !g.regions.is_empty() {
            return error::usage(
                "--all-regions and --region both name the regions to audit: give one of them",
            );
        }
    }
    if g.regions.len() > 1 && !matches!(cli.command, Command::Audit(_)) {
        return error::usage(
            "--region is given several times: only `audit` checks several regions",
        );
    }
    Ok(())
}

/// The region to use, what named it, and the region of the first image reference as a fallback
/// when nothing else names one. A URI names its region: it wins over --region (with a warning)
/// and needs no configured one.
fn choose_region(
    cli: &Cli,
    repo: Option<&RepoName>,
) -> (Option<String>, &'static str, Option<String>) {
    let g = &cli.global;
    let flag_region = g.regions.first().cloned();
    match repo.and_then(|r| r.region.clone()) {
        Some(uri_region) => {
            if let Some(flag) = flag_region.as_deref().filter(|f| *f != uri_region) {
                ui::warn(&format!(
                        "the repository URI is in {uri_region}, not in --region {flag}: using {uri_region}"
                    ));
            }
            (Some(uri_region), "the repository URI", None)
        }
        None => (
            flag_region.clone(),
            "--region",
            first_reference_region(&cli.command),
        ),
    }
}

/// Write the report's CI files after its output; a file that could not be written is the
/// result only when nothing else failed.
fn write_ci_files(report: &output::Report, settings: &Settings, exit: Exit) -> Exit {
    let problems = output::write_ci_files(&report.ci_files);
    for problem in &problems {
        match problem
            .strip_prefix("warning: ")
            .filter(|_| settings.github)
        {
            Some(rest) => ui::line(&ci::github_annotation("warning", "ecrctl", rest, None)),
            None => ui::line(problem),
        }
    }
    if !problems.is_empty() && exit == Exit::Success && !report.ci_files_advisory {
        return Exit::Failure;
    }
    exit
}

/// Parse the command's repository argument once, before dispatch, and apply --registry-id.
pub fn resolve_repository(
    command: &Command,
    registry_id: Option<&str>,
) -> Result<Option<RepoName>> {
    let mut repo = match (command, commands::repository_argument(command)) {
        (_, Some((arg, public))) => Some(parse_repo_arg(arg, public).map_err(AppError::usage)?),
        (Command::Images(ImagesCommand::Show(a)), None) => Some(RepoName::of_image(
            &parse_image_ref(&a.target).map_err(AppError::usage)?,
        )),
        _ => None,
    };
    let Some(id) = registry_id else {
        return Ok(repo);
    };
    if id.len() != 12 || !id.bytes().all(|b| b.is_ascii_digit()) {
        return error::usage(format!(
            "--registry-id '{}' is not an AWS account id (12 digits, e.g. 123456789012)",
            crate::error::cut(id)
        ));
    }
    match repo.as_mut() {
        Some(r) if r.public => {
            return error::usage(
                "--registry-id names a private registry: public repositories have none",
            )
        }
        Some(r) => match &r.registry_id {
            Some(from_uri) if from_uri != id => {
                return error::usage(format!(
                    "--registry-id {id} disagrees with the repository URI's account {from_uri}: drop one"
                ))
            }
            _ => r.registry_id = Some(id.to_string()),
        },
        None if matches!(command, Command::Audit(_) | Command::Repo(RepoCommand::List(_))) => {}
        None => {
            return error::usage(
                "--registry-id applies to commands that take a repository (check-push takes full URIs)",
            )
        }
    }
    Ok(repo)
}

/// check-push with no configured region can do without one when every private reference is a
/// full URI (each names its region); a short reference needs the configured region, and must
/// not silently borrow another reference's.
fn first_reference_region(command: &Command) -> Option<String> {
    // The helper's registry comes on stdin (its region with it); login's named registries
    // carry theirs. The fallback is used only when no region is configured.
    if let Command::CredentialHelper(_) = command {
        return Some(crate::aws::PUBLIC_REGION.to_string());
    }
    if let Command::Login(args) = command {
        let named: Vec<Option<reference::LoginRegistry>> = args
            .registries
            .iter()
            .map(|r| reference::login_registry(r))
            .collect();
        if named.is_empty() || named.iter().any(Option::is_none) {
            return None;
        }
        return Some(crate::aws::PUBLIC_REGION.to_string());
    }
    let Command::CheckPush(args) = command else {
        return None;
    };
    let regions: Vec<Option<String>> = args
        .references
        .iter()
        .filter_map(|r| match parse_image_ref(r) {
            Ok(ImageRef {
                target: Target::Private { region, .. },
                ..
            }) => Some(region),
            _ => None,
        })
        .collect();
    if regions.iter().any(Option::is_none) {
        return None;
    }
    regions.into_iter().flatten().next()
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
