//! The arguments, examples and long help of `ecrctl login` and `ecrctl credential-helper`.

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::commands::target::{HelperRegistry, Registries};
use crate::commands::{Context, Run};
use crate::output::Report;

pub const EX_LOGIN_LOGINARGS: &str = "Examples:\n  ecrctl login\n  ecrctl login 123456789012.dkr.ecr.eu-west-1.amazonaws.com public.ecr.aws --tool podman\n  ecrctl login --print-password 123456789012.dkr.ecr.eu-west-1.amazonaws.com | crane auth login … --password-stdin\n  ecrctl login --install-helper";

pub const LOGIN_HELP: &str = "\
Registries: ACCOUNT.dkr.ecr.REGION.amazonaws.com (and its FIPS, dual-stack and China forms), an
image or repository URI on one, a 12-digit account id (its registry in the configured region),
or public.ecr.aws; none: your own registry in the configured region. Tokens are fetched at once
and cached in the user's cache directory until 15 minutes before they expire (12 hours); the
password goes to the tool on its standard input, never on a command line.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LoginTool {
    Docker,
    Podman,
    Nerdctl,
    Finch,
    Helm,
    Oras,
}

#[derive(Debug, Clone, Args)]
pub struct LoginArgs {
    /// Registries to log in to (default: your own)
    #[arg(value_name = "REGISTRY")]
    pub registries: Vec<String>,
    /// The tool to log in [default: docker, else the first of podman, nerdctl, finch, helm,
    /// oras on PATH]
    #[arg(long, value_enum, value_name = "TOOL")]
    pub tool: Option<LoginTool>,
    /// Print the password alone on stdout (for other tools); with -o json, the registry, user
    /// name and expiry, never the password
    #[arg(long, conflicts_with_all = ["tool", "install_helper", "uninstall_helper", "clear_cache"])]
    pub print_password: bool,
    /// Do not read or write the token cache
    #[arg(long)]
    pub no_cache: bool,
    /// Empty the token cache and do nothing else
    #[arg(long, conflicts_with_all = ["tool", "install_helper", "uninstall_helper", "no_cache"])]
    pub clear_cache: bool,
    /// Make docker use ecrctl for these registries (default: your own and public.ecr.aws):
    /// credHelpers entries in the docker config and the docker-credential-ecrctl link
    #[arg(long, conflicts_with_all = ["uninstall_helper", "tool"])]
    pub install_helper: bool,
    /// Remove exactly what --install-helper added (the docker-credential-ecrctl link stays:
    /// other docker configs may use it)
    #[arg(long, conflicts_with = "tool")]
    pub uninstall_helper: bool,
    /// With --uninstall-helper: also remove the docker-credential-ecrctl link, unless a docker
    /// config ecrctl can find ($DOCKER_CONFIG, ~/.docker) still names it
    #[arg(long, requires = "uninstall_helper")]
    pub remove_link: bool,
}

pub const EX_HELPER: &str = "Examples:\n  echo 123456789012.dkr.ecr.eu-west-1.amazonaws.com | ecrctl credential-helper get\n  ln -s \"$(command -v ecrctl)\" /usr/local/bin/docker-credential-ecrctl";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HelperAction {
    /// Read a server URL on stdin, print {"ServerURL","Username","Secret"}
    Get,
    /// Read credentials on stdin and keep nothing (ECR tokens are minted, not stored)
    Store,
    /// Read a server URL on stdin and forget its cached tokens (docker logout)
    Erase,
    /// Print the registries with a cached token
    List,
    /// Print the version
    Version,
}

#[derive(Debug, Clone, Args)]
pub struct CredentialHelperArgs {
    #[arg(value_enum)]
    pub action: HelperAction,
}

impl Run for LoginArgs {
    type Target = Registries;
    fn target(&self) -> &[String] {
        &self.registries
    }
    async fn run(&self, ctx: &Context, _: Registries) -> Result<Report> {
        super::login(ctx, self).await
    }
}

impl Run for CredentialHelperArgs {
    type Target = HelperRegistry;
    fn target(&self) {}
    /// Docker passes the helper no flags: `ECRCTL_TIMEOUT` (seconds) sets its timeout. One it
    /// cannot use is said on stdout, in the helper's protocol: docker shows nothing else.
    fn timeout(&self, flag: f64) -> Result<Result<f64, Report>> {
        let why = match std::env::var("ECRCTL_TIMEOUT") {
            Ok(v) if !v.trim().is_empty() => match crate::cli::parse_timeout(v.trim()) {
                Ok(t) => return Ok(Ok(t)),
                Err(why) => format!("ECRCTL_TIMEOUT: {}", crate::ui::clean(&why)),
            },
            _ => return Ok(Ok(flag)),
        };
        Ok(match super::unusable_setting(self, &why)? {
            Some(report) => Err(report),
            None => Ok(flag),
        })
    }
    async fn run(&self, ctx: &Context, _: HelperRegistry) -> Result<Report> {
        super::helper(ctx, self).await
    }
}
