//! The local image check-push compares with: a digest, an OCI layout, a buildx metadata file,
//! or the docker CLI.

use anyhow::Result;

use crate::commands::check_push::args::CheckPushArgs;
use crate::error::{AppError, Exit};
use crate::local_image::{self, DockerImage};
use crate::reference::{validate_digest, ImageRef, Target};
use crate::ui::debug;
use crate::verdict::Local;

/// The local image for each reference, from at most one source.
pub(super) fn local_images(
    args: &CheckPushArgs,
    images: &[ImageRef],
    docker: Option<DockerImage>,
) -> Result<Vec<Local>> {
    let src = &args.local;
    let usage = |e: String| anyhow::Error::from(AppError::usage(e));
    let shared: Option<Local> = if let Some(d) = &src.digest {
        validate_digest(d).map_err(|e| usage(format!("--digest: {e}")))?;
        Some(Local {
            manifest_digest: Some(d.clone()),
            config_digest: None,
        })
    } else if let Some(f) = &src.metadata_file {
        Some(local_image::from_metadata_file(f).map_err(usage)?)
    } else {
        None
    };
    images
        .iter()
        .map(|image| {
            let from_reference = image.digest.clone().map(|d| Local {
                manifest_digest: Some(d),
                config_digest: None,
            });
            let local = if let Some(dir) = &src.oci_layout {
                Some(local_image::from_oci_layout(dir, image.tag_or_latest()).map_err(usage)?)
            } else if let Some(docker) = &docker {
                Some(docker.local_for(&push_name(image)))
            } else {
                shared.clone()
            };
            match (local, from_reference) {
                (Some(l), Some(r))
                    if l.manifest_digest.is_some() && l.manifest_digest != r.manifest_digest =>
                {
                    Err(usage(format!(
                        "{} names digest {}, but the local image is {}",
                        image.original,
                        r.manifest_digest.unwrap_or_default(),
                        l.manifest_digest.unwrap_or_default()
                    )))
                }
                (Some(l), _) => Ok(l),
                (None, Some(r)) => Ok(r),
                (None, None) => Ok(Local::default()),
            }
        })
        .collect()
}

/// `host/repository` as docker records it in RepoDigests (a bare repository for short refs).
fn push_name(image: &ImageRef) -> String {
    let reference = crate::reference::Reference::parse(&image.original).ok();
    match reference {
        Some(r)
            if r.domain.is_some()
                && !matches!(image.target, Target::Private { account: None, .. }) =>
        {
            r.name()
        }
        _ => image.repository.clone(),
    }
}

/// Ask the local docker CLI (`docker image inspect`) about an image, within `timeout`: a
/// docker CLI whose daemon hangs must not hang the pipeline.
pub(super) async fn docker_inspect(
    image: &str,
    timeout: std::time::Duration,
) -> Result<DockerImage> {
    debug(1, format_args!("docker image inspect {image}"));
    let hint = "start docker (or fix DOCKER_HOST), or give the digest with --digest, --oci-layout or --metadata-file";
    let local_tool = |message: String, hint: &str| {
        anyhow::Error::from(AppError::new(Exit::LocalTool, message).with_hint(hint))
    };
    let out = crate::local_image::run_bounded("docker", &["image", "inspect", "--", image], timeout)
        .await
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                local_tool(
                    "docker is not on PATH: `docker image inspect` cannot run".to_string(),
                    "install the docker CLI, or give the digest with --digest, --oci-layout or --metadata-file",
                )
            } else {
                local_tool(format!("running `docker image inspect {image}`: {e}"), hint)
            }
        })?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first = stderr
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim();
        return Err(local_tool(
            format!(
                "`docker image inspect {image}` failed ({}): {first}",
                out.status
            ),
            failure_hint(first).unwrap_or(hint),
        ));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    DockerImage::parse(&stdout).map_err(|e| local_tool(e, hint))
}

/// The hint for a `docker image inspect` failure whose cause docker named: an image docker
/// does not have is a name to check, not a daemon to start.
fn failure_hint(first_line: &str) -> Option<&'static str> {
    let l = first_line.to_ascii_lowercase();
    (l.contains("no such image") || l.contains("no such object")).then_some(
        "check the image name (`docker image ls` lists the local images), or give the digest with --digest, --oci-layout or --metadata-file",
    )
}
