//! The global options and the value parsers several commands share. The command tree (`Cli`
//! and the command enums) is `commands::tree`; each command's own arguments live in its file
//! under `commands/`.

use clap::{Args, ValueEnum};

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile's region); a full
    /// repository URI names its own
    #[arg(long = "region", global = true, help_heading = "Global options", value_name = "REGION", action = clap::ArgAction::Append)]
    pub regions: Vec<String>,

    /// Named profile from the shared AWS config files (else AWS_PROFILE)
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "NAME"
    )]
    pub profile: Option<String>,

    /// Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL,
    /// AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "URL"
    )]
    pub endpoint_url: Option<String>,

    /// The private registry (12-digit account id) that repository names refer to, for
    /// cross-account work without a full URI [default: your own]
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "ACCOUNT"
    )]
    pub registry_id: Option<String>,

    /// Output format [default: table on a terminal, text otherwise]
    #[arg(
        long,
        short = 'o',
        global = true,
        help_heading = "Global options",
        value_enum,
        value_name = "FORMAT"
    )]
    pub output: Option<OutputFormat>,

    /// Never use colour (also: the NO_COLOR environment variable)
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_color: bool,

    /// Print only results, warnings and errors: no status lines
    #[arg(
        long,
        short = 'q',
        global = true,
        help_heading = "Global options",
        conflicts_with = "verbose"
    )]
    pub quiet: bool,

    /// Say what ecrctl is doing on stderr (-vv for more); never prints secrets
    #[arg(long, short = 'v', global = true, help_heading = "Global options", action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Give up on an AWS call after this many seconds, retries included
    #[arg(long, global = true, help_heading = "Global options", value_name = "SECONDS", default_value_t = 30.0,
          value_parser = parse_timeout, allow_hyphen_values = true)]
    pub timeout: f64,

    /// Give up on the whole command after this many seconds, every page, call and retry
    /// included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]
    #[arg(long, global = true, help_heading = "Global options", value_name = "SECONDS",
          value_parser = parse_deadline)]
    pub deadline: Option<f64>,
}

/// The built-in policy template names, for parsing and completion.
pub fn template_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        crate::policy::templates::TEMPLATES
            .iter()
            .map(|(name, _)| *name),
    )
}

pub fn lifecycle_template_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(crate::lifecycle::templates::names())
}

/// A count (`--limit`, `--keep-last`, `--count`, `--days`): a whole number, 1 or more. Its
/// option takes a leading '-' as a value, so `--limit -1` is refused here in words, not as an
/// unknown flag `-1`.
pub fn count_arg(s: &str) -> Result<u32, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n < 1 => Err("must be 1 or more".into()),
        Ok(n) => u32::try_from(n).map_err(|_| format!("must be at most {}", u32::MAX)),
        Err(_) => Err(format!("'{}' is not a whole number", crate::error::cut(s))),
    }
}

/// `--concurrency`: 1 to 256.
pub fn concurrency_arg(s: &str) -> Result<u16, String> {
    match s.trim().parse::<i64>() {
        Ok(n @ 1..=256) => Ok(n as u16),
        Ok(_) => Err("must be 1 to 256".into()),
        Err(_) => Err(format!("'{}' is not a whole number", crate::error::cut(s))),
    }
}

/// Whole seconds, 0 or more (`--wait`).
pub fn seconds_arg(s: &str) -> Result<u64, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n < 0 => Err("must be 0 or more".into()),
        Ok(n) => Ok(n as u64),
        Err(_) => Err(format!(
            "'{}' is not a whole number of seconds",
            crate::error::cut(s)
        )),
    }
}

pub fn parse_timeout(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| format!("'{}' is not a number of seconds", crate::error::cut(s)))?;
    if v > 0.0 && v <= 3600.0 {
        Ok(v)
    } else {
        Err("must be more than 0 and at most 3600 seconds".into())
    }
}

pub fn parse_deadline(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| format!("'{}' is not a number of seconds", crate::error::cut(s)))?;
    if v > 0.0 && v <= 86400.0 {
        Ok(v)
    } else {
        Err("the deadline must be more than 0 and at most 86400 seconds (a day)".into())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A table for people (default on a terminal)
    Table,
    /// Tab-separated fields, one record a line, no header (default when piped)
    Text,
    /// JSON
    Json,
}
