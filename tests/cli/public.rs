//! ECR Public paths through in-process mocks (the emulator has no ECR Public): the request
//! fields ecrctl sends and the output it renders.

use std::sync::{Arc, Mutex};

use aws_sdk_ecrpublic::operation::create_repository::{
    CreateRepositoryError, CreateRepositoryOutput,
};
use aws_sdk_ecrpublic::operation::delete_repository::DeleteRepositoryOutput;
use aws_sdk_ecrpublic::operation::describe_repositories::DescribeRepositoriesOutput;
use aws_sdk_ecrpublic::operation::get_repository_catalog_data::GetRepositoryCatalogDataOutput;
use aws_sdk_ecrpublic::types::error::RepositoryAlreadyExistsException;
use aws_sdk_ecrpublic::types::{Repository, RepositoryCatalogData};
use aws_sdk_ecrpublic::Client;
use aws_smithy_mocks::{mock, Rule};
use ecrctl::cli::OutputFormat;
use ecrctl::error::{classify, Exit};
use ecrctl::output::Report;
use serde_json::Value;

use crate::mocks::{meta, rendered, run_mocked};

fn repo(name: &str) -> Repository {
    Repository::builder()
        .repository_name(name)
        .repository_arn(format!(
            "arn:aws:ecr-public::123456789012:repository/{name}"
        ))
        .registry_id("123456789012")
        .repository_uri(format!("public.ecr.aws/myalias/{name}"))
        .created_at(aws_smithy_types::DateTime::from_secs(1_767_225_600))
        .build()
}

fn run(rules: &[&Rule], args: &[&str]) -> anyhow::Result<Report> {
    run_mocked(&[], rules, args)
}

#[test]
fn create_sends_catalog_data_and_tags_and_prints_the_uri() {
    let dir = tempfile::tempdir().unwrap();
    let about = dir.path().join("about.md");
    std::fs::write(&about, "# About\nA tool.").unwrap();
    let seen = Arc::new(Mutex::new(None));
    let seen2 = seen.clone();
    let create = mock!(Client::create_repository).then_compute_output(move |req| {
        *seen2.lock().unwrap() = Some(req.clone());
        CreateRepositoryOutput::builder()
            .repository(repo(req.repository_name().unwrap()))
            .build()
    });
    let report = run(
        &[&create],
        &[
            "repo",
            "create",
            "tool",
            "--public",
            "--description",
            "A tool",
            "--about-file",
            about.to_str().unwrap(),
            "--architecture",
            "amd64",
            "--architecture",
            "arm64",
            "--os",
            "linux",
            "--tag",
            "team=a",
        ],
    )
    .unwrap();
    let req = seen
        .lock()
        .unwrap()
        .clone()
        .expect("CreateRepository was called");
    assert_eq!(req.repository_name(), Some("tool"));
    let catalog = req.catalog_data().unwrap();
    assert_eq!(catalog.description(), Some("A tool"));
    assert_eq!(catalog.about_text(), Some("# About\nA tool."));
    assert_eq!(catalog.architectures(), ["x86-64", "ARM 64"]);
    assert_eq!(catalog.operating_systems(), ["Linux"]);
    assert_eq!(req.tags()[0].key(), Some("team"));
    assert_eq!(req.tags()[0].value(), Some("a"));

    assert_eq!(
        rendered(&report, OutputFormat::Text),
        "public.ecr.aws/myalias/tool\n"
    );
    let v: Value = serde_json::from_str(&rendered(&report, OutputFormat::Json)).unwrap();
    assert_eq!(v["public"], true);
    assert_eq!(v["created"], true);
    assert_eq!(v["tagMutability"], Value::Null);
    assert_eq!(v["createdAt"], "2026-01-01T00:00:00Z");
    assert!(report.status[0].contains("created public repository tool"));
}

#[test]
fn create_without_catalog_options_sends_no_catalog() {
    let seen = Arc::new(Mutex::new(None));
    let seen2 = seen.clone();
    let create = mock!(Client::create_repository).then_compute_output(move |req| {
        *seen2.lock().unwrap() = Some(req.clone());
        CreateRepositoryOutput::builder()
            .repository(repo("plain"))
            .build()
    });
    run(
        &[&create],
        &["repo", "create", "public.ecr.aws/myalias/plain"],
    )
    .unwrap();
    let req = seen.lock().unwrap().clone().unwrap();
    assert_eq!(req.repository_name(), Some("plain"));
    assert!(req.catalog_data().is_none());
    assert!(req.tags().is_empty());
}

#[test]
fn create_existing_with_if_not_exists_reports_the_repository() {
    let create = mock!(Client::create_repository).then_error(|| {
        CreateRepositoryError::RepositoryAlreadyExistsException(
            RepositoryAlreadyExistsException::builder()
                .message("exists")
                .meta(meta("RepositoryAlreadyExistsException"))
                .build(),
        )
    });
    let describe = mock!(Client::describe_repositories)
        .match_requests(|r| r.repository_names() == ["tool"])
        .then_output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(repo("tool"))
                .build()
        });
    let report = run(
        &[&create, &describe],
        &["repo", "create", "tool", "--public", "--if-not-exists"],
    )
    .unwrap();
    assert_eq!(report.json()["created"], false);
    assert!(report.status[0].contains("already exists"));

    let err = run(&[&create], &["repo", "create", "tool", "--public"]).unwrap_err();
    assert_eq!(classify(&err).0, Exit::Conflict);
    assert!(format!("{err:#}").contains("RepositoryAlreadyExistsException"));
}

#[test]
fn list_follows_every_page() {
    let pages = mock!(Client::describe_repositories)
        .sequence()
        .output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(repo("b-repo"))
                .next_token("t1")
                .build()
        })
        .output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(repo("a-repo"))
                .repositories(repo("c-other"))
                .build()
        })
        .build();
    let report = run(&[&pages], &["repo", "list", "--public"]).unwrap();
    assert_eq!(pages.num_calls(), 2);
    let v: Value = serde_json::from_str(&rendered(&report, OutputFormat::Json)).unwrap();
    let names: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a-repo", "b-repo", "c-other"]);
    let table = rendered(&report, OutputFormat::Table);
    assert!(table.contains("mutable (public: no setting)"), "{table}");
}

#[test]
fn list_sends_the_page_token_back() {
    let tokens = Arc::new(Mutex::new(Vec::new()));
    let t2 = tokens.clone();
    let pages = mock!(Client::describe_repositories).then_compute_output(move |req| {
        t2.lock()
            .unwrap()
            .push((req.next_token().map(str::to_string), req.max_results()));
        let b = DescribeRepositoriesOutput::builder().repositories(repo("x-repo"));
        if req.next_token().is_none() {
            b.next_token("page-2").build()
        } else {
            b.build()
        }
    });
    let report = run(&[&pages], &["repo", "list", "--public", "x-*"]).unwrap();
    assert_eq!(report.json().as_array().unwrap().len(), 2);
    assert_eq!(
        *tokens.lock().unwrap(),
        vec![(None, Some(1000)), (Some("page-2".to_string()), Some(1000))]
    );
}

#[test]
fn show_includes_catalog_data() {
    let describe = mock!(Client::describe_repositories).then_output(|| {
        DescribeRepositoriesOutput::builder()
            .repositories(repo("tool"))
            .build()
    });
    let catalog = mock!(Client::get_repository_catalog_data)
        .match_requests(|r| r.repository_name() == Some("tool"))
        .then_output(|| {
            GetRepositoryCatalogDataOutput::builder()
                .catalog_data(
                    RepositoryCatalogData::builder()
                        .description("A tool")
                        .architectures("ARM 64")
                        .operating_systems("Linux")
                        .build(),
                )
                .build()
        });
    let report = run(
        &[&describe, &catalog],
        &["repo", "show", "tool", "--public"],
    )
    .unwrap();
    assert_eq!(report.json()["catalog"]["description"], "A tool");
    assert_eq!(report.json()["catalog"]["architectures"][0], "ARM 64");
    let table = rendered(&report, OutputFormat::Table);
    assert!(table.contains("visibility") && table.contains("public"));
    assert!(table.contains("description") && table.contains("A tool"));
    assert!(
        !table.contains("scan on push"),
        "public repositories have no scanning setting"
    );
}

#[test]
fn delete_sends_force_only_when_asked() {
    for (extra, want) in [(&[][..], false), (&["--force"][..], true)] {
        let forced = Arc::new(Mutex::new(None));
        let f2 = forced.clone();
        let describe = mock!(Client::describe_repositories).then_output(|| {
            DescribeRepositoriesOutput::builder()
                .repositories(repo("tool"))
                .build()
        });
        let delete = mock!(Client::delete_repository).then_compute_output(move |req| {
            *f2.lock().unwrap() = Some(req.force());
            DeleteRepositoryOutput::builder()
                .repository(repo("tool"))
                .build()
        });
        // Empty: asked before anything is deleted.
        let images = mock!(Client::describe_images).then_output(|| {
            aws_sdk_ecrpublic::operation::describe_images::DescribeImagesOutput::builder().build()
        });
        let mut args = vec!["repo", "delete", "tool", "--public", "--yes"];
        args.extend_from_slice(extra);
        let report = run(&[&describe, &delete, &images], &args).unwrap();
        assert_eq!(*forced.lock().unwrap(), Some(Some(want)));
        assert_eq!(report.json()["deleted"], true);
    }
}
