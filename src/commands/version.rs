//! `ecrctl version`: what this binary is, for bug reports and CI logs.

use serde_json::json;

use crate::output::{Human, Report};

pub fn report() -> Report {
    let facts: [(&'static str, &str); 6] = [
        ("version", env!("CARGO_PKG_VERSION")),
        ("commit", env!("ECRCTL_COMMIT")),
        ("target", env!("ECRCTL_TARGET")),
        ("aws-sdk-ecr", env!("ECRCTL_SDK_ECR")),
        ("aws-sdk-ecrpublic", env!("ECRCTL_SDK_ECRPUBLIC")),
        ("aws-config", env!("ECRCTL_AWS_CONFIG")),
    ];
    let json = json!({
        "version": facts[0].1,
        "commit": facts[1].1,
        "target": facts[2].1,
        "sdk": {
            "awsSdkEcr": facts[3].1,
            "awsSdkEcrpublic": facts[4].1,
            "awsConfig": facts[5].1,
        },
    });
    let record = json.clone();
    Report::records(
        json,
        &[record],
        Human::Fields(facts.iter().map(|(k, v)| (*k, v.to_string())).collect()),
        "version",
    )
}
