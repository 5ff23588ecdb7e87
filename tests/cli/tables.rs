//! Tables on any terminal: whole-output snapshots of `repo list`, `repo show`, `images list`
//! and `audit` at 60, 100 and 200 columns (a terminal reporting 0 columns gets 100), colour on
//! and off; identifiers are never broken across lines, and colour never changes the layout.
//! `SNAPSHOTS=overwrite cargo test --test cli tables` rewrites them.

use aws_sdk_ecr::operation::describe_repositories::DescribeRepositoriesOutput;
use aws_sdk_ecr::operation::get_lifecycle_policy::GetLifecyclePolicyError;
use aws_sdk_ecr::operation::get_repository_policy::GetRepositoryPolicyOutput;
use aws_sdk_ecr::operation::list_tags_for_resource::ListTagsForResourceOutput;
use aws_sdk_ecr::types::error::LifecyclePolicyNotFoundException;
use aws_sdk_ecr::types::{
    EncryptionConfiguration, EncryptionType, ImageScanningConfiguration, ImageTagMutability,
    ImageTagMutabilityExclusionFilter, ImageTagMutabilityExclusionFilterType, Repository, Tag,
};
use aws_sdk_ecr::Client;
use aws_smithy_mocks::mock;
use ecrctl::cli::OutputFormat;
use ecrctl::images::ImageRow;
use ecrctl::output::{render, table_width, Report, Settings};

use crate::harness::*;
use crate::mocks::{meta, run_mocked, run_mocked_with_kms};

const ACCOUNT: &str = "111122223333";

fn repository(name: &str, mode: ImageTagMutability, filters: &[&str], kms: bool) -> Repository {
    let mut r = Repository::builder()
        .repository_name(name)
        .registry_id(ACCOUNT)
        .repository_arn(format!("arn:aws:ecr:us-east-1:{ACCOUNT}:repository/{name}"))
        .repository_uri(format!("{ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/{name}"))
        .image_tag_mutability(mode)
        .image_scanning_configuration(
            ImageScanningConfiguration::builder()
                .scan_on_push(kms)
                .build(),
        )
        .created_at(aws_smithy_types::DateTime::from_secs(1_767_225_600));
    for f in filters {
        r = r.image_tag_mutability_exclusion_filters(
            ImageTagMutabilityExclusionFilter::builder()
                .filter_type(ImageTagMutabilityExclusionFilterType::Wildcard)
                .filter(*f)
                .build()
                .unwrap(),
        );
    }
    if kms {
        r = r.encryption_configuration(
            EncryptionConfiguration::builder()
                .encryption_type(EncryptionType::Kms)
                .kms_key(format!(
                    "arn:aws:kms:us-east-1:{ACCOUNT}:key/0d3c3a5e-1111-2222-3333-444455556666"
                ))
                .build()
                .unwrap(),
        );
    } else {
        // As ECR answers for a repository without a KMS key.
        r = r.encryption_configuration(
            EncryptionConfiguration::builder()
                .encryption_type(EncryptionType::Aes256)
                .build()
                .unwrap(),
        );
    }
    r.build()
}

fn fleet() -> Vec<Repository> {
    vec![
        repository(
            "platform/payments-service-api",
            ImageTagMutability::ImmutableWithExclusion,
            &["latest", "dev-*"],
            true,
        ),
        repository("team-a/web", ImageTagMutability::Mutable, &[], false),
        repository(
            "tools/a-rather-long-repository-name-for-testing",
            ImageTagMutability::Immutable,
            &[],
            false,
        ),
    ]
}

fn describe_rule() -> aws_smithy_mocks::Rule {
    mock!(Client::describe_repositories).then_output(|| {
        let mut out = DescribeRepositoriesOutput::builder();
        for r in fleet() {
            out = out.repositories(r);
        }
        out.build()
    })
}

fn repo_list() -> Report {
    run_mocked(&[&describe_rule()], &[], &["repo", "list"]).unwrap()
}

fn repo_show() -> Report {
    let one = mock!(Client::describe_repositories).then_output(|| {
        DescribeRepositoriesOutput::builder()
            .repositories(fleet().remove(0))
            .build()
    });
    let tags = mock!(Client::list_tags_for_resource).then_output(|| {
        ListTagsForResourceOutput::builder()
            .tags(
                Tag::builder()
                    .key("team")
                    .value("payments")
                    .build()
                    .unwrap(),
            )
            .tags(
                Tag::builder()
                    .key("cost-center")
                    .value("cc-4711")
                    .build()
                    .unwrap(),
            )
            .build()
    });
    run_mocked(
        &[&one, &tags],
        &[],
        &["repo", "show", "platform/payments-service-api"],
    )
    .unwrap()
}

fn images_list() -> Report {
    let now = 1_800_000_000;
    let digest = |c: char| format!("sha256:{}", c.to_string().repeat(64));
    let row = |c: char, tags: &[&str], size: i64, ago: i64| ImageRow {
        digest: digest(c),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        size_bytes: Some(size),
        pushed_at: Some(now - ago),
        last_pulled_at: Some(now - ago / 2),
        media_type: Some("application/vnd.oci.image.manifest.v1+json".into()),
        artifact_type: None,
        status: Some("active".into()),
        scan_status: None,
        ..Default::default()
    };
    ecrctl::commands::images::list_report(
        "platform/payments-service-api",
        vec![
            row(
                'a',
                &["latest", "v1.2.0", "release-2026-11-28-build-4711"],
                48_234_112,
                3 * 3600,
            ),
            row('b', &["v1.1.0"], 47_100_000, 9 * 86_400),
            row('c', &[], 12_000, 40 * 86_400),
        ],
        now,
    )
}

fn audit() -> Report {
    let policy = mock!(Client::get_repository_policy).then_output(|| {
        GetRepositoryPolicyOutput::builder()
            .policy_text(
                r#"{"Version":"2012-10-17","Statement":[{"Sid":"AnyonePull","Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}]}"#,
            )
            .build()
    });
    let lifecycle = mock!(Client::get_lifecycle_policy).then_error(|| {
        GetLifecyclePolicyError::LifecyclePolicyNotFoundException(
            LifecyclePolicyNotFoundException::builder()
                .meta(meta("LifecyclePolicyNotFoundException"))
                .build(),
        )
    });
    // No registry rule: every repository is scanned manually.
    let rules = mock!(aws_sdk_ecr::Client::batch_get_repository_scanning_configuration).then_compute_output(|req| {
        let mut out = aws_sdk_ecr::operation::batch_get_repository_scanning_configuration::BatchGetRepositoryScanningConfigurationOutput::builder();
        for name in req.repository_names() {
            out = out.scanning_configurations(
                aws_sdk_ecr::types::RepositoryScanningConfiguration::builder()
                    .repository_name(name)
                    .scan_frequency(aws_sdk_ecr::types::ScanFrequency::Manual)
                    .build(),
            );
        }
        out.build()
    });
    let registry = mock!(aws_sdk_ecr::Client::get_registry_scanning_configuration).then_output(|| {
        aws_sdk_ecr::operation::get_registry_scanning_configuration::GetRegistryScanningConfigurationOutput::builder().build()
    });
    let key = mock!(aws_sdk_kms::Client::describe_key).then_output(|| {
        aws_sdk_kms::operation::describe_key::DescribeKeyOutput::builder()
            .key_metadata(
                aws_sdk_kms::types::KeyMetadata::builder()
                    .key_id("0d3c3a5e-1111-2222-3333-444455556666")
                    .key_manager(aws_sdk_kms::types::KeyManagerType::Customer)
                    .build()
                    .unwrap(),
            )
            .build()
    });
    run_mocked_with_kms(
        &[&describe_rule(), &policy, &lifecycle, &rules, &registry],
        &[&key],
        &["audit"],
    )
    .unwrap()
}

fn table(report: &Report, width: u16, color: bool) -> String {
    render(
        report,
        &Settings {
            format: OutputFormat::Table,
            color,
            quiet: false,
            width,
            github: false,
        },
    )
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for n in chars.by_ref() {
                if n.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Identifiers that must appear whole on one line of every rendering.
fn identifiers() -> Vec<String> {
    let mut ids: Vec<String> = fleet()
        .iter()
        .flat_map(|r| {
            [
                r.repository_name().unwrap().to_string(),
                r.repository_uri().unwrap().to_string(),
                r.repository_arn().unwrap().to_string(),
            ]
        })
        .collect();
    ids.extend(
        [
            "release-2026-11-28-build-4711",
            "policy-anyone-pull",
            "mutable-tags",
        ]
        .map(String::from),
    );
    ids
}

/// `report` as a table at 0 (a terminal that reports no size: `script`, `docker run -t`; the
/// width rule makes it 100), 60, 100 and 200 columns, each against
/// `tests/snapshots/tables/NAME-WIDTH.txt`; colour on and off lay it out alike, and no
/// identifier is broken across lines.
fn check_tables(name: &str, report: &Report) {
    let mut differences = Vec::new();
    for (label, width) in [
        ("0", table_width(Some(0), None)),
        ("60", 60),
        ("100", 100),
        ("200", 200),
    ] {
        let plain = table(report, width, false);
        let colored = table(report, width, true);
        assert_eq!(
            strip_ansi(&colored),
            plain,
            "{name} at {label}: colour changed the layout"
        );
        // An identifier is whole on one line, or not there at all: never split.
        let flat: String = plain
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '│' | '┆'))
            .collect();
        for id in identifiers() {
            assert!(
                !flat.contains(&id) || plain.contains(&id),
                "{name} at {label}: '{id}' is broken across lines:\n{plain}"
            );
        }
        differences.extend(
            check_snapshot(
                &format!("tests/snapshots/tables/{name}-{label}.txt"),
                &plain,
            )
            .err(),
        );
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

#[test]
fn repo_list_table_at_every_width() {
    check_tables("repo-list", &repo_list());
}

#[test]
fn repo_show_table_at_every_width() {
    check_tables("repo-show", &repo_show());
}

#[test]
fn images_list_table_at_every_width() {
    check_tables("images-list", &images_list());
}

#[test]
fn audit_table_at_every_width() {
    check_tables("audit", &audit());
}

/// A real pseudo-terminal that reports 0 columns (what `script`, `docker run -t` and many CI
/// runners give): the table is laid out for 100 columns, not one character per column.
#[test]
fn a_terminal_of_zero_columns_gets_a_readable_table() {
    if !have_script() {
        return;
    }
    let name = create_repo("zero-cols/a-long-name-for-the-zero-column-case", &[]);
    let bin = assert_cmd::cargo::cargo_bin("ecrctl");
    let command = format!(
        "stty cols 0 rows 0 2>/dev/null; {} --endpoint-url {} repo list 'zero-cols/*'",
        bin.display(),
        moto().endpoint
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .envs(DUMMY_AWS_ENV)
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&name),
        "the name is not whole on one line:\n{text}"
    );
    assert!(
        text.lines().count() < 12,
        "one character per column?\n{text}"
    );
    // COLUMNS is the fallback when the terminal reports no size.
    let narrow = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .envs(DUMMY_AWS_ENV)
        .env("COLUMNS", "60")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let narrow = String::from_utf8_lossy(&narrow.stdout);
    assert!(narrow.contains(&name), "{narrow}");
    assert!(narrow.lines().count() < 12, "{narrow}");
}
