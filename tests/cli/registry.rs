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

/// `ecrctl --endpoint-url OWN ARGS…` with STS on the same emulator.
fn at(own: &Moto, args: &[&str]) -> std::process::Output {
    ecrctl_at(&own.endpoint)
        .env("AWS_ENDPOINT_URL_STS", &own.endpoint)
        .args(["--timeout", "5"])
        .args(args)
        .output()
        .unwrap()
}

fn json_of(out: &std::process::Output) -> Value {
    assert!(
        out.status.success() || out.status.code() == Some(1),
        "{}",
        stderr_of(out)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn scanning_set_previews_each_repository_then_writes_what_it_showed() {
    let own = start_moto();
    for r in ["prod-api", "team-a/web", "team-a/prod-db", "tools"] {
        assert!(at(&own, &["repo", "create", r]).status.success());
    }
    let set = ["registry", "scanning", "set", "--type", "enhanced"];
    let rules = ["--scan-on-push", "prod-*", "--continuous", "team-a/*"];
    let dry = at(
        &own,
        &[
            &set[..],
            &rules,
            &["--dry-run", "--exit-code", "-o", "json"],
        ]
        .concat(),
    );
    assert_eq!(dry.status.code(), Some(1), "{}", stderr_of(&dry));
    let v = json_of(&dry);
    assert_eq!(v["result"], "would-change");
    let after: Vec<(String, String)> = v["preview"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["repository"].as_str().unwrap().to_string(),
                r["after"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expect = [
        ("prod-api", "SCAN_ON_PUSH"),
        ("team-a/prod-db", "CONTINUOUS_SCAN"),
        ("team-a/web", "CONTINUOUS_SCAN"),
        ("tools", "NOT_SCANNED"),
    ];
    assert_eq!(after, expect.map(|(a, b)| (a.to_string(), b.to_string())));
    assert!(stderr_of(&dry).contains("Amazon Inspector"));
    // Nothing was written by the dry run; without a terminal the write needs --yes.
    let client = api_at(&own.endpoint);
    let got = block_on(client.get_registry_scanning_configuration().send()).unwrap();
    assert!(got.scanning_configuration().unwrap().rules().is_empty());
    let refused = at(&own, &[&set[..], &rules].concat());
    assert_eq!(refused.status.code(), Some(8), "{}", stderr_of(&refused));
    assert!(stderr_of(&refused).contains("--yes"));
    let applied = json_of(&at(
        &own,
        &[&set[..], &rules, &["--yes", "-o", "json"]].concat(),
    ));
    assert_eq!(applied["result"], "applied");
    // ECR now agrees with the preview, repository by repository.
    let names: Vec<String> = expect.iter().map(|(n, _)| n.to_string()).collect();
    let effective = block_on(
        client
            .batch_get_repository_scanning_configuration()
            .set_repository_names(Some(names))
            .send(),
    )
    .unwrap();
    for c in effective.scanning_configurations() {
        let (_, want) = expect
            .iter()
            .find(|(n, _)| Some(*n) == c.repository_name())
            .unwrap();
        if *want != "NOT_SCANNED" {
            assert_eq!(c.scan_frequency().unwrap().as_str(), *want);
        }
    }
    // The same again is unchanged, exit 0 with --exit-code; so is `get -o json` fed back.
    let again = at(
        &own,
        &[
            &set[..],
            &rules,
            &["--dry-run", "--exit-code", "-o", "json"],
        ]
        .concat(),
    );
    assert_eq!(again.status.code(), Some(0), "{}", stderr_of(&again));
    assert_eq!(json_of(&again)["result"], "unchanged");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("scanning.json");
    std::fs::write(
        &file,
        at(&own, &["registry", "scanning", "get", "-o", "json"]).stdout,
    )
    .unwrap();
    let round = at(
        &own,
        &[
            "registry",
            "scanning",
            "set",
            "--file",
            file.to_str().unwrap(),
            "--dry-run",
            "--exit-code",
        ],
    );
    assert_eq!(round.status.code(), Some(0), "{}", stderr_of(&round));
    // Keeping the type: continuous rules under basic scanning are refused before any call.
    let basic = at(
        &own,
        &[
            "registry",
            "scanning",
            "set",
            "--type",
            "basic",
            "--continuous",
            "*",
            "--yes",
        ],
    );
    assert_eq!(basic.status.code(), Some(2));
    assert!(stderr_of(&basic).contains("--type enhanced"));
}

#[test]
fn scanning_set_refuses_bad_input_before_any_call() {
    assert_usage_error(
        &["registry", "scanning", "set", "--scan-on-push", "Prod*"],
        "scanning filter 'Prod*' is not valid",
    );
    assert_usage_error(&["registry", "scanning", "set"], "say what to set");
    assert_usage_error(
        &[
            "registry",
            "scanning",
            "set",
            "--type",
            "basic",
            "--continuous",
            "*",
        ],
        "--type enhanced",
    );
    assert_usage_error(
        &[
            "registry",
            "replication",
            "set",
            "--destination",
            "eu-wst-1",
        ],
        "did you mean eu-west-1",
    );
    assert_usage_error(
        &[
            "registry",
            "replication",
            "set",
            "--destination",
            "eu-west-1",
            "--filter",
            "team-*",
        ],
        "not wildcards",
    );
    assert_usage_error(
        &[
            "registry",
            "pull-through",
            "create",
            "hub",
            "--upstream",
            "docker.io",
        ],
        "registry-1.docker.io",
    );
    assert_usage_error(
        &[
            "registry",
            "pull-through",
            "create",
            "hub",
            "--upstream",
            "registry-1.docker.io",
        ],
        "needs a credential",
    );
    assert_usage_error(
        &[
            "registry",
            "pull-through",
            "create",
            "hub",
            "--upstream",
            "ghcr.io",
            "--credential-arn",
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:gh",
        ],
        "ecr-pullthroughcache/",
    );
    assert_usage_error(
        &[
            "registry",
            "scanning",
            "set",
            "--type",
            "basic",
            "--exit-code",
        ],
        "--dry-run",
    );
}

/// Replication across accounts: the destination's registry policy is read through a role in
/// that account (the emulator's STS acts there), and a destination that would refuse stops
/// the command (exit 26) before anything is written.
#[test]
fn replication_set_checks_each_other_accounts_registry_policy() {
    let own = start_moto();
    for r in ["team-a/api", "tools"] {
        assert!(at(&own, &["repo", "create", r]).status.success());
    }
    let dst = "444455556666";
    let args = |extra: &[&str]| {
        [
            &[
                "registry",
                "replication",
                "set",
                "--destination",
                &format!("us-west-2:{dst}"),
                "--destination",
                "eu-west-1",
                "--filter",
                "team-a/",
            ][..],
            extra,
        ]
        .concat()
        .iter()
        .map(|s| s.to_string())
        .collect::<Vec<String>>()
    };
    let run = |extra: &[&str]| {
        let a = args(extra);
        at(&own, &a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    // Not readable without a role: said, not guessed; the dry run still works.
    let unchecked = run(&["--dry-run", "-o", "json"]);
    let v = json_of(&unchecked);
    assert_eq!(v["preview"]["checks"][0]["result"], "unchecked", "{v}");
    assert_eq!(v["preview"]["checks"][1]["result"], "same-account");
    assert!(stderr_of(&unchecked).contains("could not check"));
    // With a role there: no registry policy, so replication would be refused.
    let missing = run(&["--check-role", "Reader", "--yes"]);
    assert_eq!(missing.status.code(), Some(26), "{}", stderr_of(&missing));
    assert!(stderr_of(&missing).contains("has no registry policy"));
    let client = api_at(&own.endpoint);
    let now = block_on(client.describe_registry().send()).unwrap();
    assert!(now
        .replication_configuration()
        .is_none_or(|c| c.rules().is_empty()));
    // The destination account allows it: checked, written.
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        format!("[profile dst]\nrole_arn = arn:aws:iam::{dst}:role/Setup\ncredential_source = Environment\n"),
    )
    .unwrap();
    let policy = dir.path().join("policy.json");
    std::fs::write(
        &policy,
        format!(r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"Replicate","Effect":"Allow","Principal":{{"AWS":"arn:aws:iam::123456789012:root"}},"Action":["ecr:CreateRepository","ecr:ReplicateImage"],"Resource":"arn:aws:ecr:us-west-2:{dst}:repository/*"}}]}}"#),
    )
    .unwrap();
    let put = ecrctl_at(&own.endpoint)
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_ENDPOINT_URL_STS", &own.endpoint)
        .args([
            "--profile",
            "dst",
            "--region",
            "us-west-2",
            "registry",
            "policy",
            "set",
        ])
        .args(["--file", policy.to_str().unwrap(), "--yes"])
        .output()
        .unwrap();
    assert!(put.status.success(), "{}", stderr_of(&put));
    let applied = json_of(&run(&["--check-role", "Reader", "--yes", "-o", "json"]));
    assert_eq!(applied["result"], "applied");
    assert_eq!(applied["preview"]["checks"][0]["result"], "allowed");
    let repos = applied["preview"]["repositories"].as_array().unwrap();
    assert_eq!(repos[0]["repository"], "team-a/api");
    assert_eq!(repos[0]["after"].as_array().unwrap().len(), 2);
    assert_eq!(repos[1]["after"], serde_json::json!([]));
    let got = json_of(&at(&own, &["registry", "replication", "get", "-o", "json"]));
    assert_eq!(
        got["replicationConfiguration"]["rules"][0]["repositoryFilters"][0]["filter"],
        "team-a/"
    );
    // A registry policy is the region's own: the one in us-west-2 says nothing of eu-central-1.
    let elsewhere = at(
        &own,
        &[
            "registry",
            "replication",
            "set",
            "--destination",
            &format!("eu-central-1:{dst}"),
            "--check-role",
            "Reader",
            "--dry-run",
        ],
    );
    assert_eq!(
        elsewhere.status.code(),
        Some(26),
        "{}",
        stderr_of(&elsewhere)
    );
    assert!(stderr_of(&elsewhere).contains("has no registry policy"));
    // Off.
    let off = json_of(&at(
        &own,
        &[
            "registry",
            "replication",
            "set",
            "--off",
            "--yes",
            "-o",
            "json",
        ],
    ));
    assert_eq!(off["after"]["rules"], serde_json::json!([]));
}

/// `--plan-out` writes what the dry run showed and changes nothing; `--plan` applies exactly
/// that, once: applied again, or after the setting moved, it is drift (exit 24); another
/// command's plan is refused (exit 25).
#[test]
fn saved_plans_of_registry_writes() {
    let own = start_moto();
    assert!(at(&own, &["repo", "create", "prod-api"]).status.success());
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    let p = plan.to_str().unwrap();
    let out = at(
        &own,
        &[
            "registry",
            "scanning",
            "set",
            "--type",
            "basic",
            "--scan-on-push",
            "prod-*",
            "--plan-out",
            p,
        ],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&plan).unwrap()).unwrap();
    assert_eq!(written["command"], "registry scanning set");
    assert_eq!(written["registry"]["account"], "123456789012");
    assert_eq!(
        written["targets"][0]["change"]["after"]["rules"][0]["repositoryFilters"][0]["filter"],
        "prod-*"
    );
    let client = api_at(&own.endpoint);
    let rules = || {
        block_on(client.get_registry_scanning_configuration().send())
            .unwrap()
            .scanning_configuration()
            .map(|c| c.rules().len())
            .unwrap_or(0)
    };
    assert_eq!(rules(), 0, "--plan-out changed nothing");
    let mixed = at(
        &own,
        &[
            "registry", "scanning", "set", "--plan", p, "--type", "basic", "--yes",
        ],
    );
    assert_eq!(mixed.status.code(), Some(2), "{}", stderr_of(&mixed));
    let other = at(
        &own,
        &["registry", "replication", "set", "--plan", p, "--yes"],
    );
    assert_eq!(other.status.code(), Some(25), "{}", stderr_of(&other));
    let applied = at(
        &own,
        &[
            "registry", "scanning", "set", "--plan", p, "--yes", "-o", "json",
        ],
    );
    assert_eq!(json_of(&applied)["result"], "applied");
    assert_eq!(rules(), 1);
    let again = at(&own, &["registry", "scanning", "set", "--plan", p, "--yes"]);
    assert_eq!(again.status.code(), Some(24), "{}", stderr_of(&again));
    assert!(stderr_of(&again).contains("no longer matches"));
    // What changed is said above the one-line error.
    assert!(
        stderr_of(&again).contains("registry scanning:"),
        "{}",
        stderr_of(&again)
    );
}

#[test]
fn registry_policy_get_set_delete_validate() {
    let own = start_moto();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    std::fs::write(
        &file,
        r#"{"Version":"2012-10-17","Statement":[{"Sid":"Replicate","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":["ecr:CreateRepository","ecr:ReplicateImage"],"Resource":"arn:aws:ecr:us-east-1:123456789012:repository/*"}]}"#,
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let none = at(&own, &["registry", "policy", "get"]);
    assert_eq!(none.status.code(), Some(14));
    let valid = at(&own, &["registry", "policy", "validate", f]);
    assert!(valid.status.success(), "{}", stderr_of(&valid));
    let dry = at(
        &own,
        &[
            "registry",
            "policy",
            "set",
            "--file",
            f,
            "--dry-run",
            "--exit-code",
        ],
    );
    assert_eq!(dry.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&dry.stdout).starts_with("--- current\n+++ new\n"));
    assert!(
        at(&own, &["registry", "policy", "set", "--file", f, "--yes"])
            .status
            .success()
    );
    let got = json_of(&at(&own, &["registry", "policy", "get", "-o", "json"]));
    assert_eq!(got["Statement"][0]["Sid"], "Replicate");
    // The same meaning written otherwise is unchanged.
    let reordered = dir.path().join("q.json");
    std::fs::write(
        &reordered,
        r#"{"Statement":[{"Resource":"arn:aws:ecr:us-east-1:123456789012:repository/*","Action":["ecr:ReplicateImage","ecr:CreateRepository"],"Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Effect":"Allow","Sid":"Replicate"}],"Version":"2012-10-17"}"#,
    )
    .unwrap();
    let same = at(
        &own,
        &[
            "registry",
            "policy",
            "set",
            "--file",
            reordered.to_str().unwrap(),
            "--dry-run",
            "--exit-code",
            "-o",
            "json",
        ],
    );
    assert_eq!(same.status.code(), Some(0), "{}", stderr_of(&same));
    // A policy with errors is not sent (exit 15).
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:*","Resource":"*"}]}"#,
    )
    .unwrap();
    let refused = at(
        &own,
        &[
            "registry",
            "policy",
            "set",
            "--file",
            bad.to_str().unwrap(),
            "--yes",
        ],
    );
    assert_eq!(refused.status.code(), Some(15), "{}", stderr_of(&refused));
    let delete = at(&own, &["registry", "policy", "delete"]);
    assert_eq!(delete.status.code(), Some(8));
    assert!(at(&own, &["registry", "policy", "delete", "--yes"])
        .status
        .success());
    assert_eq!(
        at(&own, &["registry", "policy", "delete", "--yes"])
            .status
            .code(),
        Some(14)
    );
    let again = json_of(&at(
        &own,
        &[
            "registry",
            "policy",
            "delete",
            "--yes",
            "--if-exists",
            "-o",
            "json",
        ],
    ));
    assert_eq!(again["result"], "absent");
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

    use aws_sdk_ecr::operation::create_pull_through_cache_rule::CreatePullThroughCacheRuleOutput;
    use aws_sdk_ecr::operation::delete_pull_through_cache_rule::{
        DeletePullThroughCacheRuleError, DeletePullThroughCacheRuleOutput,
    };
    use aws_sdk_ecr::operation::start_replication_backfill::StartReplicationBackfillOutput;
    use aws_sdk_ecr::operation::update_pull_through_cache_rule::UpdatePullThroughCacheRuleOutput;
    use aws_sdk_ecr::operation::validate_pull_through_cache_rule::ValidatePullThroughCacheRuleOutput;
    use aws_sdk_ecr::types::{
        ReplicationBackfillStatus, ReplicationConfiguration, ReplicationDestination,
        ReplicationRule, Repository,
    };
    use aws_smithy_mocks::Rule;
    use ecrctl::cli::OutputFormat;
    use ecrctl::error::Exit;

    const HUB_SECRET: &str =
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub-AbCdEf";
    const NEW_SECRET: &str =
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:ecr-pullthroughcache/hub2-XyZ";

    fn rules_listed() -> Rule {
        mock!(Client::describe_pull_through_cache_rules).then_output(|| {
            DescribePullThroughCacheRulesOutput::builder()
                .pull_through_cache_rules(
                    PullThroughCacheRule::builder()
                        .ecr_repository_prefix("docker-hub")
                        .upstream_registry_url("registry-1.docker.io")
                        .credential_arn(HUB_SECRET)
                        .created_at(aws_smithy_types::DateTime::from_secs(1_764_000_000))
                        .build(),
                )
                .pull_through_cache_rules(
                    PullThroughCacheRule::builder()
                        .ecr_repository_prefix("ecr-public")
                        .upstream_registry_url("public.ecr.aws")
                        .created_at(aws_smithy_types::DateTime::from_secs(1_764_000_000))
                        .build(),
                )
                .build()
        })
    }

    /// Whole output of each command in every format, against mocks (the emulator has no
    /// pull-through cache or backfill), compared with `tests/snapshots/commands/NAME.txt`.
    fn check_views(name: &str, cases: &[(&[&Rule], &[&str])]) {
        let mut log = String::new();
        for (rules, args) in cases {
            for (flag, format) in [
                ("table", OutputFormat::Table),
                ("text", OutputFormat::Text),
                ("json", OutputFormat::Json),
            ] {
                log.push_str(&format!("$ ecrctl {} -o {flag}\n", args.join(" ")));
                match run_mocked(rules, &[], args) {
                    Ok(report) => {
                        log.push_str(&format!(
                            "[exit {}]\n--- stdout\n{}--- stderr\n",
                            report.exit.code(),
                            crate::mocks::rendered(&report, format)
                        ));
                        for line in report.status.iter().chain(&report.warnings) {
                            log.push_str(line);
                            log.push('\n');
                        }
                        for d in &report.diagnostics {
                            log.push_str(&d.render(false));
                            log.push('\n');
                        }
                    }
                    Err(e) => log.push_str(&format!(
                        "[exit {}]\n--- error\n{}\n",
                        ecrctl::error::classify(&e).0.code(),
                        ecrctl::error::render(&e)
                    )),
                }
                log.push('\n');
            }
        }
        crate::harness::assert_snapshot(&format!("tests/snapshots/commands/{name}.txt"), &log);
    }

    #[test]
    fn pull_through_list_and_validate() {
        let list = rules_listed();
        let valid = mock!(Client::validate_pull_through_cache_rule).then_output(|| {
            ValidatePullThroughCacheRuleOutput::builder()
                .ecr_repository_prefix("docker-hub")
                .upstream_registry_url("registry-1.docker.io")
                .credential_arn(HUB_SECRET)
                .is_valid(true)
                .build()
        });
        let invalid = mock!(Client::validate_pull_through_cache_rule).then_output(|| {
            ValidatePullThroughCacheRuleOutput::builder()
                .ecr_repository_prefix("docker-hub")
                .upstream_registry_url("registry-1.docker.io")
                .credential_arn(HUB_SECRET)
                .is_valid(false)
                .failure("Unable to authenticate with the upstream registry using the credentials")
                .build()
        });
        let report = run_mocked(&[&list], &[], &["registry", "pull-through", "list"]).unwrap();
        assert_eq!(report.json()[0]["credentialArn"], HUB_SECRET);
        assert_eq!(report.json()[1]["credentialArn"], serde_json::Value::Null);
        let bad = run_mocked(
            &[&invalid],
            &[],
            &["registry", "pull-through", "validate", "docker-hub"],
        )
        .unwrap();
        assert_eq!(bad.exit, Exit::PullThroughInvalid);
        assert_eq!(bad.json()["valid"], false);
        check_views(
            "registry-pull-through",
            &[
                (&[&list], &["registry", "pull-through", "list"]),
                (
                    &[&valid],
                    &["registry", "pull-through", "validate", "docker-hub"],
                ),
                (
                    &[&invalid],
                    &["registry", "pull-through", "validate", "docker-hub"],
                ),
            ],
        );
    }

    #[test]
    fn pull_through_create_update_delete() {
        let list = rules_listed();
        let created = mock!(Client::create_pull_through_cache_rule)
            .match_requests(|r| {
                r.ecr_repository_prefix() == Some("ghcr")
                    && r.upstream_registry_url() == Some("ghcr.io")
                    && r.credential_arn() == Some(NEW_SECRET)
            })
            .then_output(|| CreatePullThroughCacheRuleOutput::builder().build());
        let create = [
            "registry",
            "pull-through",
            "create",
            "ghcr",
            "--upstream",
            "ghcr.io",
            "--credential-arn",
            NEW_SECRET,
        ];
        // Without --yes and no terminal: refused (exit 8), nothing sent.
        let err = run_mocked(&[&list, &created], &[], &create).unwrap_err();
        assert_eq!(ecrctl::error::classify(&err).0, Exit::Aborted);
        assert_eq!(created.num_calls(), 0);
        let report =
            run_mocked(&[&list, &created], &[], &[&create[..], &["--yes"]].concat()).unwrap();
        assert_eq!(report.json()["result"], "applied");
        assert_eq!(created.num_calls(), 1);
        // An existing prefix is a conflict, said before any write.
        let again = run_mocked(
            &[&list, &created],
            &[],
            &[
                "registry",
                "pull-through",
                "create",
                "docker-hub",
                "--upstream",
                "public.ecr.aws",
                "--yes",
            ],
        )
        .unwrap_err();
        assert_eq!(ecrctl::error::classify(&again).0, Exit::Conflict);
        let updated = mock!(Client::update_pull_through_cache_rule)
            .match_requests(|r| {
                r.ecr_repository_prefix() == Some("docker-hub")
                    && r.credential_arn() == Some(NEW_SECRET)
            })
            .then_output(|| UpdatePullThroughCacheRuleOutput::builder().build());
        let update = [
            "registry",
            "pull-through",
            "update",
            "docker-hub",
            "--credential-arn",
            NEW_SECRET,
        ];
        let dry = run_mocked(
            &[&list, &updated],
            &[],
            &[&update[..], &["--dry-run", "--exit-code"]].concat(),
        )
        .unwrap();
        assert_eq!(dry.exit, Exit::WouldChange);
        assert!(dry.json()["diff"]
            .as_str()
            .unwrap()
            .contains(&format!("+  \"credentialArn\": \"{NEW_SECRET}\"")));
        assert_eq!(updated.num_calls(), 0);
        let missing = run_mocked(
            &[&list],
            &[],
            &[
                "registry",
                "pull-through",
                "update",
                "nothere",
                "--credential-arn",
                NEW_SECRET,
                "--yes",
            ],
        )
        .unwrap_err();
        assert_eq!(ecrctl::error::classify(&missing).0, Exit::NotFound);
        let deleted = mock!(Client::delete_pull_through_cache_rule)
            .then_output(|| DeletePullThroughCacheRuleOutput::builder().build());
        let gone = mock!(Client::delete_pull_through_cache_rule).then_error(|| {
            DeletePullThroughCacheRuleError::generic(meta("PullThroughCacheRuleNotFoundException"))
        });
        let report = run_mocked(
            &[&deleted],
            &[],
            &["registry", "pull-through", "delete", "docker-hub", "--yes"],
        )
        .unwrap();
        assert_eq!(report.json()["result"], "deleted");
        let report = run_mocked(
            &[&gone],
            &[],
            &[
                "registry",
                "pull-through",
                "delete",
                "docker-hub",
                "--yes",
                "--if-exists",
            ],
        )
        .unwrap();
        assert_eq!(report.json()["result"], "absent");
        let err = run_mocked(
            &[&gone],
            &[],
            &["registry", "pull-through", "delete", "docker-hub", "--yes"],
        )
        .unwrap_err();
        assert_eq!(ecrctl::error::classify(&err).0, Exit::NotFound);
        check_views(
            "registry-pull-through-write",
            &[
                (&[&list, &created], &[&create[..], &["--dry-run"]].concat()),
                (&[&list, &updated], &[&update[..], &["--dry-run"]].concat()),
                (
                    &[&deleted],
                    &["registry", "pull-through", "delete", "docker-hub", "--yes"],
                ),
            ],
        );
    }

    fn replicating() -> Rule {
        mock!(Client::describe_registry).then_output(|| {
            DescribeRegistryOutput::builder()
                .registry_id("123456789012")
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
                                .repository_filters(
                                    aws_sdk_ecr::types::RepositoryFilter::builder()
                                        .filter("team-a/")
                                        .filter_type(
                                            aws_sdk_ecr::types::RepositoryFilterType::PrefixMatch,
                                        )
                                        .build()
                                        .unwrap(),
                                )
                                .build()
                                .unwrap(),
                        )
                        .build()
                        .unwrap(),
                )
                .build()
        })
    }

    fn repositories() -> Rule {
        mock!(Client::describe_repositories).then_output(|| {
            let repo = |name: &str| {
                Repository::builder()
                    .repository_name(name)
                    .repository_uri(format!(
                        "123456789012.dkr.ecr.us-east-1.amazonaws.com/{name}"
                    ))
                    .build()
            };
            aws_sdk_ecr::operation::describe_repositories::DescribeRepositoriesOutput::builder()
                .repositories(repo("team-a/api"))
                .repositories(repo("tools"))
                .build()
        })
    }

    #[test]
    fn backfill_starts_one_per_configured_destination() {
        let registry = replicating();
        let repos = repositories();
        let started = mock!(Client::start_replication_backfill)
            .match_requests(|r| r.destination().is_some_and(|d| d.region() == "eu-west-1"))
            .then_output(|| {
                StartReplicationBackfillOutput::builder()
                    .replication_backfill_id("rb-0123456789abcdef")
                    .registry_id("123456789012")
                    .status(ReplicationBackfillStatus::from("PREPARING"))
                    .started_at(aws_smithy_types::DateTime::from_secs(1_764_000_000))
                    .build()
            });
        let report = run_mocked(
            &[&registry, &repos, &started],
            &[],
            &["registry", "replication", "backfill", "--yes"],
        )
        .unwrap();
        assert_eq!(report.json()[0]["id"], "rb-0123456789abcdef");
        assert_eq!(
            report.json()[0]["repositories"],
            serde_json::json!(["team-a/api"])
        );
        assert_eq!(started.num_calls(), 1);
        let other = run_mocked(
            &[&registry, &repos, &started],
            &[],
            &[
                "registry",
                "replication",
                "backfill",
                "--destination",
                "us-west-2",
                "--yes",
            ],
        )
        .unwrap_err();
        assert_eq!(ecrctl::error::classify(&other).0, Exit::Usage);
        check_views(
            "registry-replication-backfill",
            &[
                (
                    &[&registry, &repos],
                    &["registry", "replication", "backfill", "--dry-run"],
                ),
                (
                    &[&registry, &repos, &started],
                    &["registry", "replication", "backfill", "--yes"],
                ),
            ],
        );
    }
}
