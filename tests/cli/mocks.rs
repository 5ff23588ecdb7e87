//! Running commands in-process against `aws-smithy-mocks` clients.

use std::sync::{Arc, Mutex};

use aws_smithy_mocks::{mock_client, Rule, RuleMode};
use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextRef;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::ConfigBag;
use clap::Parser;
use ecrctl::aws::Clients;
use ecrctl::cli::OutputFormat;
use ecrctl::commands::Cli;
use ecrctl::commands::{dispatch, Context};
use ecrctl::output::{render, Report, Settings};

use crate::harness::block_on;

/// Run `ecrctl ARGS…` with mocked private and public clients. The SDK's own retries are off,
/// so what is tested is ecrctl's behaviour (and aws-smithy-mocks mishandles retried
/// computed responses).
pub fn run_mocked(private: &[&Rule], public: &[&Rule], args: &[&str]) -> anyhow::Result<Report> {
    run_mocked_seeing_hosts(private, public, args).0
}

/// [`run_mocked`] with a mocked KMS too (the audit's DescribeKey).
pub fn run_mocked_with_kms(
    private: &[&Rule],
    kms: &[&Rule],
    args: &[&str],
) -> anyhow::Result<Report> {
    run(private, &[], Some(kms), args).0
}

/// [`run_mocked`], and the host of every private request as the SDK resolved it: regional
/// clients are derived from the mocked one as in production, so the region, FIPS, dual-stack
/// and China endpoints a command picks can be checked.
pub fn run_mocked_seeing_hosts(
    private: &[&Rule],
    public: &[&Rule],
    args: &[&str],
) -> (anyhow::Result<Report>, Vec<String>) {
    run(private, public, None, args)
}

fn run(
    private: &[&Rule],
    public: &[&Rule],
    kms: Option<&[&Rule]>,
    args: &[&str],
) -> (anyhow::Result<Report>, Vec<String>) {
    let hosts = Hosts::default();
    let seen = hosts.clone();
    let ecr = mock_client!(aws_sdk_ecr, RuleMode::MatchAny, private, |c| c
        .retry_config(aws_sdk_ecr::config::retry::RetryConfig::disabled())
        .interceptor(seen.clone()));
    let ecr_public = mock_client!(aws_sdk_ecrpublic, RuleMode::MatchAny, public, |c| c
        .retry_config(aws_sdk_ecrpublic::config::retry::RetryConfig::disabled()));
    let kms = kms.map(|rules| {
        mock_client!(aws_sdk_kms, RuleMode::MatchAny, rules, |c| c
            .retry_config(aws_sdk_kms::config::retry::RetryConfig::disabled()))
    });
    let mut argv = vec!["ecrctl"];
    argv.extend_from_slice(args);
    let cli = Cli::try_parse_from(argv).unwrap();
    let clients = Clients::from_clients(Some(ecr), Some(ecr_public));
    let clients = match kms {
        Some(kms) => clients.with_kms(kms),
        None => clients,
    };
    let ctx = Context::builder(clients)
        .registry_id(cli.global.registry_id.clone())
        .build();
    let result = block_on(dispatch(&cli.command, &ctx));
    let seen = hosts.0.lock().unwrap().clone();
    (result, seen)
}

/// Records the host of every request before it is sent.
#[derive(Debug, Clone, Default)]
struct Hosts(Arc<Mutex<Vec<String>>>);

impl Intercept for Hosts {
    fn name(&self) -> &'static str {
        "request hosts"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let uri = context.request().uri();
        let host = uri
            .split("://")
            .nth(1)
            .unwrap_or(uri)
            .split('/')
            .next()
            .unwrap_or_default();
        self.0.lock().unwrap().push(host.to_string());
        Ok(())
    }
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
