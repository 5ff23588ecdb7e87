//! The baseline for ecrctl's benchmarks: a bare program making the same ECR calls with the same
//! SDK and no CLI around it. Not a test; built with `cargo build --release --example bare_sdk`.
//!
//! usage: bare_sdk ENDPOINT check REPOSITORY TAG   (DescribeRepositories + BatchGetImage, concurrently)
//!        bare_sdk ENDPOINT list REPOSITORY        (DescribeImages, every page of 1000)
//!        bare_sdk ENDPOINT auth ACCOUNT            (GetAuthorizationToken, the token's length printed)
//!        bare_sdk ENDPOINT list-all CONCURRENCY    (every repository, then the images of each,
//!                                                   CONCURRENCY repositories at a time)

use aws_config::BehaviorVersion;
use aws_sdk_ecr::types::ImageIdentifier;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (endpoint, mode) = (&args[1], args[2].as_str());
    let config = aws_config::defaults(BehaviorVersion::latest())
        .region(aws_config::Region::new("us-east-1"))
        .endpoint_url(endpoint)
        .load()
        .await;
    let client = aws_sdk_ecr::Client::new(&config);
    match mode {
        "check" => {
            let (repo, tag) = (&args[3], &args[4]);
            let (described, images) = tokio::join!(
                client.describe_repositories().repository_names(repo).send(),
                client
                    .batch_get_image()
                    .repository_name(repo)
                    .image_ids(ImageIdentifier::builder().image_tag(tag).build())
                    .send()
            );
            let mutability = described.unwrap().repositories()[0]
                .image_tag_mutability()
                .map(|m| m.as_str().to_string());
            let exists = !images.unwrap().images().is_empty();
            println!("{mutability:?} {exists}");
        }
        "list" => {
            let repo = &args[3];
            let mut pages = client
                .describe_images()
                .repository_name(repo)
                .max_results(1000)
                .into_paginator()
                .send();
            let mut n = 0;
            while let Some(page) = pages.next().await {
                n += page.unwrap().image_details().len();
            }
            println!("{n}");
        }
        "list-all" => {
            use futures::stream::StreamExt;
            let n: usize = args[3].parse().unwrap();
            let mut pages = client
                .describe_repositories()
                .max_results(1000)
                .into_paginator()
                .send();
            let mut names = Vec::new();
            while let Some(page) = pages.next().await {
                for r in page.unwrap().repositories() {
                    names.push(r.repository_name().unwrap_or_default().to_string());
                }
            }
            let client = &client;
            let counts: Vec<usize> = futures::stream::iter(names.iter().map(|repo| async move {
                let mut pages = client
                    .describe_images()
                    .repository_name(repo)
                    .max_results(1000)
                    .into_paginator()
                    .send();
                let mut n = 0;
                while let Some(page) = pages.next().await {
                    n += page.unwrap().image_details().len();
                }
                n
            }))
            .buffered(n)
            .collect()
            .await;
            println!(
                "{} repositories, {} images",
                names.len(),
                counts.iter().sum::<usize>()
            );
        }
        "auth" => {
            #[allow(deprecated)]
            let out = client
                .get_authorization_token()
                .registry_ids(&args[3])
                .send()
                .await
                .unwrap();
            let token = out.authorization_data()[0]
                .authorization_token()
                .unwrap_or_default();
            println!("{}", token.len());
        }
        other => panic!("unknown mode {other}"),
    }
}
