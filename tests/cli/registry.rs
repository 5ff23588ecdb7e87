//! `ecrctl registry show` against an emulator of its own (registry settings are account-wide),
//! and mocks for the sections the emulator lacks.

use serde_json::Value;

use crate::harness::*;

#[test]
fn registry_show_reads_every_section_and_says_which_it_could_not() {
    let own = start_moto();
    let client = api_at(&own.endpoint);
    use aws_sdk_ecr::types::{ReplicationConfiguration, ReplicationDestination, ReplicationRule};
    put_scan_on_push_rule(&client, "prod-*");
    block_on(
        client
            .put_replication_configuration()
            .replication_configuration(
                ReplicationConfiguration::builder()
                    .rules(
                        ReplicationRule::builder()
                            .destinations(
                                ReplicationDestination::builder()
                                    .region("eu-west-1")
                                    .registry_id("123456789012")
                                    .build()
                                    .unwrap(),
                            )
                            .build()
                            .unwrap(),
                    )
                    .build()
                    .unwrap(),
            )
            .send(),
    )
    .unwrap();
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Replicate","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":["ecr:CreateRepository","ecr:ReplicateImage"],"Resource":"arn:aws:ecr:us-east-1:123456789012:repository/*"}]}"#;
    block_on(client.put_registry_policy().policy_text(policy).send()).unwrap();
    let run = |args: &[&str]| {
        ecrctl_at(&own.endpoint)
            .args(["--timeout", "5", "registry", "show"])
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["-o", "json"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["registryId"], "123456789012");
    assert_eq!(v["scanning"]["rules"][0]["scanFrequency"], "SCAN_ON_PUSH");
    assert_eq!(
        v["scanning"]["rules"][0]["repositoryFilters"][0]["filter"],
        "prod-*"
    );
    assert_eq!(
        v["replication"]["rules"][0]["destinations"][0]["region"],
        "eu-west-1"
    );
    assert_eq!(v["policy"]["present"], true);
    // Resource is right in a registry policy: no error for it.
    assert_eq!(v["policy"]["errors"], 0, "{}", v["policy"]);
    // The emulator has no pull-through cache rules: that section says so, the rest shows.
    assert!(v["pullThroughCacheRules"]["error"]
        .as_str()
        .unwrap()
        .contains("DescribePullThroughCacheRules"));
    let out = run(&["--policy", "-o", "json"]);
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["Statement"][0]["Sid"], "Replicate");
}

mod mocked {
    use aws_sdk_ecr::operation::describe_pull_through_cache_rules::DescribePullThroughCacheRulesOutput;
    use aws_sdk_ecr::operation::describe_registry::DescribeRegistryOutput;
    use aws_sdk_ecr::operation::describe_repository_creation_templates::DescribeRepositoryCreationTemplatesOutput;
    use aws_sdk_ecr::operation::get_account_setting::GetAccountSettingOutput;
    use aws_sdk_ecr::operation::get_registry_policy::GetRegistryPolicyError;
    use aws_sdk_ecr::operation::get_registry_scanning_configuration::GetRegistryScanningConfigurationOutput;
    use aws_sdk_ecr::types::{PullThroughCacheRule, RctAppliedFor, RepositoryCreationTemplate};
    use aws_sdk_ecr::Client;
    use aws_smithy_mocks::mock;

    use crate::mocks::{meta, run_mocked};

    #[test]
    fn sections_the_emulator_lacks_and_a_denied_one() {
        let registry = mock!(Client::describe_registry).then_output(|| {
            DescribeRegistryOutput::builder()
                .registry_id("123456789012")
                .build()
        });
        let denied = mock!(Client::get_registry_policy)
            .then_error(|| GetRegistryPolicyError::generic(meta("AccessDeniedException")));
        let scanning = mock!(Client::get_registry_scanning_configuration)
            .then_output(|| GetRegistryScanningConfigurationOutput::builder().build());
        let pull = mock!(Client::describe_pull_through_cache_rules).then_output(|| {
            DescribePullThroughCacheRulesOutput::builder()
                .pull_through_cache_rules(
                    PullThroughCacheRule::builder()
                        .ecr_repository_prefix("docker-hub")
                        .upstream_registry_url("registry-1.docker.io")
                        .credential_arn("arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub")
                        .build(),
                )
                .build()
        });
        let templates = mock!(Client::describe_repository_creation_templates).then_output(|| {
            DescribeRepositoryCreationTemplatesOutput::builder()
                .repository_creation_templates(
                    RepositoryCreationTemplate::builder()
                        .prefix("ROOT")
                        .applied_for(RctAppliedFor::CreateOnPush)
                        .applied_for(RctAppliedFor::PullThroughCache)
                        .build(),
                )
                .build()
        });
        let setting = mock!(Client::get_account_setting).then_output(|| {
            GetAccountSettingOutput::builder()
                .name("x")
                .value("AWS_NATIVE")
                .build()
        });
        let report = run_mocked(
            &[&registry, &denied, &scanning, &pull, &templates, &setting],
            &[],
            &["registry", "show"],
        )
        .unwrap();
        let v = report.json();
        assert_eq!(
            v["pullThroughCacheRules"][0]["upstream"],
            "registry-1.docker.io"
        );
        assert_eq!(
            v["creationTemplates"][0]["appliedFor"],
            serde_json::json!(["CREATE_ON_PUSH", "PULL_THROUGH_CACHE"])
        );
        assert!(
            v["policy"]["error"]
                .as_str()
                .unwrap()
                .contains("AccessDeniedException"),
            "{}",
            v["policy"]
        );
        assert_eq!(
            v["accountSettings"]["BASIC_SCAN_TYPE_VERSION"],
            "AWS_NATIVE"
        );
        assert_eq!(report.exit, ecrctl::error::Exit::Success);
    }
}
