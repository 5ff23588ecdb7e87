//! Running commands in-process against `aws-smithy-mocks` clients.

use aws_smithy_mocks::{mock_client, Rule, RuleMode};
use clap::Parser;
use ecrctl::aws::Clients;
use ecrctl::cli::{Cli, OutputFormat};
use ecrctl::commands::{dispatch, Context};
use ecrctl::output::{render, Report, Settings};

use crate::harness::block_on;

/// Run `ecrctl ARGS…` with mocked private and public clients. The SDK's own retries are off,
/// so what is tested is ecrctl's behaviour (and aws-smithy-mocks mishandles retried
/// computed responses).
pub fn run_mocked(private: &[&Rule], public: &[&Rule], args: &[&str]) -> anyhow::Result<Report> {
    let ecr = mock_client!(aws_sdk_ecr, RuleMode::MatchAny, private, |c| c
        .retry_config(aws_sdk_ecr::config::retry::RetryConfig::disabled()));
    let ecr_public = mock_client!(aws_sdk_ecrpublic, RuleMode::MatchAny, public, |c| c
        .retry_config(aws_sdk_ecrpublic::config::retry::RetryConfig::disabled()));
    let mut argv = vec!["ecrctl"];
    argv.extend_from_slice(args);
    let cli = Cli::try_parse_from(argv).unwrap();
    let ctx = Context {
        clients: Clients::from_clients(Some(ecr), Some(ecr_public)),
        can_prompt: false,
        region_flag: None,
        regions: Vec::new(),
        progress: false,
        repo: ecrctl::resolve_repository(&cli.command, cli.global.registry_id.as_deref())?,
        registry_id: cli.global.registry_id.clone(),
        timeout: std::time::Duration::from_secs(30),
        runner: ecrctl::ci::Runner::None,
    };
    block_on(dispatch(&ctx, &cli.command))
}

pub fn rendered(report: &Report, format: OutputFormat) -> String {
    render(
        report,
        &Settings {
            format,
            color: false,
            quiet: false,
            width: 100,
            github: false,
        },
    )
}

/// Error metadata as the SDK's deserializer would set it, so ecrctl can read the code.
pub fn meta(code: &str) -> aws_smithy_types::error::ErrorMetadata {
    aws_smithy_types::error::ErrorMetadata::builder()
        .code(code)
        .message(format!("mocked {code}"))
        .build()
}
