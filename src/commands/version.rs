//! `ecrctl version`: what this binary is, for bug reports and CI logs.

use anyhow::Result;

use crate::commands::{Local, Printed};

use crate::output::{Human, Report};
use crate::records::{SdkVersions, VersionInfo};

pub const EX_VERSION: &str = "Examples:\n  ecrctl version\n  ecrctl version -o json";

/// `ecrctl version`.
pub struct Version;

impl Local for Version {
    fn print(&self) -> Result<Printed> {
        Ok(Printed::Report(report()))
    }
}

pub fn report() -> Report {
    let info = VersionInfo {
        version: env!("CARGO_PKG_VERSION"),
        commit: env!("ECRCTL_COMMIT"),
        target: env!("ECRCTL_TARGET"),
        sdk: SdkVersions {
            aws_sdk_ecr: env!("ECRCTL_SDK_ECR"),
            aws_sdk_ecrpublic: env!("ECRCTL_SDK_ECRPUBLIC"),
            aws_config: env!("ECRCTL_AWS_CONFIG"),
        },
    };
    let fields = vec![
        ("version", info.version.to_string()),
        ("commit", info.commit.to_string()),
        ("target", info.target.to_string()),
        ("aws-sdk-ecr", info.sdk.aws_sdk_ecr.to_string()),
        ("aws-sdk-ecrpublic", info.sdk.aws_sdk_ecrpublic.to_string()),
        ("aws-config", info.sdk.aws_config.to_string()),
    ];
    Report::of_record(&info, Human::Fields(fields))
}
