//! images where the emulator cannot go: paging, archived images, ECR Public, multi-arch
//! indexes; and a snapshot of the table layout.

use std::sync::{Arc, Mutex};

use aws_sdk_ecr::operation::batch_get_image::BatchGetImageOutput;
use aws_sdk_ecr::operation::describe_images::DescribeImagesOutput;
use aws_sdk_ecr::types::{Image, ImageDetail, ImageIdentifier, ImageStatus};
use aws_sdk_ecr::Client;
use aws_smithy_mocks::mock;
use aws_smithy_types::DateTime;
use ecrctl::cli::OutputFormat;

use crate::mocks::{rendered, run_mocked};

fn d(c: char) -> String {
    format!("sha256:{}", c.to_string().repeat(64))
}

fn detail(digest: &str, tags: &[&str], status: Option<ImageStatus>) -> ImageDetail {
    ImageDetail::builder()
        .image_digest(digest)
        .set_image_tags(Some(tags.iter().map(|t| t.to_string()).collect()))
        .image_size_in_bytes(1000)
        .image_pushed_at(DateTime::from_secs(1_700_000_000))
        .set_image_status(status)
        .build()
}

#[test]
fn list_follows_every_page_at_the_largest_page_size() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s2 = seen.clone();
    let pages = mock!(Client::describe_images).then_compute_output(move |req| {
        s2.lock()
            .unwrap()
            .push((req.next_token().map(str::to_string), req.max_results()));
        match req.next_token() {
            None => DescribeImagesOutput::builder()
                .image_details(detail(&d('a'), &["v1"], None))
                .next_token("t2")
                .build(),
            Some("t2") => DescribeImagesOutput::builder()
                .image_details(detail(&d('b'), &["v2"], None))
                .next_token("t3")
                .build(),
            _ => DescribeImagesOutput::builder()
                .image_details(detail(&d('c'), &[], None))
                .build(),
        }
    });
    let report = run_mocked(&[&pages], &[], &["images", "list", "app"]).unwrap();
    assert_eq!(report.json().as_array().unwrap().len(), 3);
    assert_eq!(
        *seen.lock().unwrap(),
        vec![
            (None, Some(1000)),
            (Some("t2".into()), Some(1000)),
            (Some("t3".into()), Some(1000))
        ]
    );
}

#[test]
fn archived_images_are_asked_for_and_shown() {
    let filters = Arc::new(Mutex::new(Vec::new()));
    let f2 = filters.clone();
    let pages = mock!(Client::describe_images).then_compute_output(move |req| {
        let f = req.filter();
        f2.lock().unwrap().push((
            f.and_then(|f| f.image_status())
                .map(|s| s.as_str().to_string()),
            f.and_then(|f| f.tag_status())
                .map(|s| s.as_str().to_string()),
        ));
        DescribeImagesOutput::builder()
            .image_details(detail(&d('a'), &["old"], Some(ImageStatus::Archived)))
            .image_details(detail(&d('b'), &["new"], Some(ImageStatus::Active)))
            .build()
    });
    let report = run_mocked(
        &[&pages],
        &[],
        &["images", "list", "app", "--status", "archived", "--tagged"],
    )
    .unwrap();
    assert_eq!(
        *filters.lock().unwrap(),
        vec![(Some("ARCHIVED".to_string()), Some("TAGGED".to_string()))]
    );
    let rows = report.json().as_array().unwrap();
    assert_eq!(rows.len(), 1, "only the archived one is kept");
    assert_eq!(rows[0]["status"], "archived");

    let report = run_mocked(
        &[&pages],
        &[],
        &["images", "list", "app", "--status", "any"],
    )
    .unwrap();
    assert_eq!(report.json().as_array().unwrap().len(), 2);
    assert!(rendered(&report, OutputFormat::Table).contains("archived"));
}

#[test]
fn show_a_multi_arch_index() {
    let index = r#"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[
        {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:1111111111111111111111111111111111111111111111111111111111111111","size":1200,"platform":{"os":"linux","architecture":"amd64"}},
        {"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:2222222222222222222222222222222222222222222222222222222222222222","size":1300,"platform":{"os":"linux","architecture":"arm64","variant":"v8"}}]}"#;
    let details = mock!(Client::describe_images).then_output(|| {
        DescribeImagesOutput::builder()
            .image_details(detail(&d('f'), &["multi"], Some(ImageStatus::Active)))
            .build()
    });
    let manifest = mock!(Client::batch_get_image)
        .match_requests(|r| !r.accepted_media_types().is_empty())
        .then_output(move || {
            BatchGetImageOutput::builder()
                .images(
                    Image::builder()
                        .image_id(
                            ImageIdentifier::builder()
                                .image_tag("multi")
                                .image_digest(d('f'))
                                .build(),
                        )
                        .image_manifest(index)
                        .image_manifest_media_type("application/vnd.oci.image.index.v1+json")
                        .build(),
                )
                .build()
        });
    let report = run_mocked(
        &[&details, &manifest],
        &[],
        &["images", "show", "app", "multi"],
    )
    .unwrap();
    let platforms = report.json()["manifest"]["platforms"].as_array().unwrap();
    assert_eq!(platforms.len(), 2);
    assert_eq!(platforms[1]["architecture"], "arm64");
    assert_eq!(platforms[1]["variant"], "v8");
    let table = rendered(&report, OutputFormat::Table);
    assert!(
        table.contains("PLATFORM")
            && table.contains("linux/arm64/v8")
            && table.contains("sha256:222222222222"),
        "{table}"
    );
    let text = rendered(&report, OutputFormat::Text);
    assert!(
        text.contains("platform\tlinux/amd64\tsha256:1111"),
        "{text}"
    );
}

mod public {
    use super::*;
    use aws_sdk_ecrpublic::operation::batch_delete_image::BatchDeleteImageOutput;
    use aws_sdk_ecrpublic::operation::describe_images::DescribeImagesOutput as PubImages;
    use aws_sdk_ecrpublic::types::{
        ImageDetail as PubDetail, ImageFailure, ImageFailureCode, ImageIdentifier as PubId,
    };
    use aws_sdk_ecrpublic::Client as Public;

    fn pub_detail(digest: &str, tag: &str) -> PubDetail {
        PubDetail::builder()
            .image_digest(digest)
            .image_tags(tag)
            .image_size_in_bytes(2048)
            .image_pushed_at(DateTime::from_secs(1_700_000_000))
            .build()
    }

    #[test]
    fn list_show_and_delete_through_ecr_public() {
        let list = mock!(Public::describe_images)
            .match_requests(|r| r.repository_name() == Some("tool") && r.image_ids().is_empty())
            .sequence()
            .output(|| {
                PubImages::builder()
                    .image_details(pub_detail(&d('a'), "v1"))
                    .next_token("n")
                    .build()
            })
            .output(|| {
                PubImages::builder()
                    .image_details(pub_detail(&d('b'), "v2"))
                    .build()
            })
            .build();
        let report = run_mocked(
            &[],
            &[&list],
            &["images", "list", "public.ecr.aws/myalias/tool"],
        )
        .unwrap();
        assert_eq!(report.json().as_array().unwrap().len(), 2);
        assert_eq!(report.json()[0]["sizeBytes"], 2048);

        let one = mock!(Public::describe_images)
            .match_requests(|r| r.image_ids().first().and_then(|i| i.image_tag()) == Some("v1"))
            .then_output(|| {
                PubImages::builder()
                    .image_details(pub_detail(&d('a'), "v1"))
                    .build()
            });
        let report =
            run_mocked(&[], &[&one], &["images", "show", "tool", "v1", "--public"]).unwrap();
        assert_eq!(report.json()["digest"], d('a').as_str());
        assert!(report.status[0].contains("does not serve manifests"));

        let delete = mock!(Public::batch_delete_image).then_output(|| {
            BatchDeleteImageOutput::builder()
                .image_ids(
                    PubId::builder()
                        .image_tag("v1")
                        .image_digest(d('a'))
                        .build(),
                )
                .failures(
                    ImageFailure::builder()
                        .image_id(PubId::builder().image_tag("v9").build())
                        .failure_code(ImageFailureCode::ImageNotFound)
                        .failure_reason("not found")
                        .build(),
                )
                .build()
        });
        // Afterwards the image is looked up: gone, so "deleted" (not "untagged").
        let gone = mock!(Public::describe_images).then_error(|| {
            aws_sdk_ecrpublic::operation::describe_images::DescribeImagesError::ImageNotFoundException(
                aws_sdk_ecrpublic::types::error::ImageNotFoundException::builder()
                    .meta(crate::mocks::meta("ImageNotFoundException"))
                    .build(),
            )
        });
        let report = run_mocked(
            &[],
            &[&delete, &gone],
            &["images", "delete", "tool", "v1", "v9", "--public", "--yes"],
        )
        .unwrap();
        assert_eq!(report.json()["images"][0]["result"], "deleted");
        assert_eq!(report.json()["images"][1]["result"], "not-found");
        assert_eq!(report.json()["images"][0]["digest"], d('a').as_str());
        assert_eq!(report.json()["images"][1]["failureCode"], "ImageNotFound");
        assert_eq!(report.exit, ecrctl::error::Exit::NotFound);
    }
}
