//! Every registry operation the commands share, private or public, branched once per operation
//! (an enum over the two concrete SDK clients, as ripgrep's matcher is an enum over engines).
//! Operations return ecrctl's own types; errors say what was being done, with the ECR code.

/// A tag or digest as either SDK's image id (defined before the modules so they can use it).
macro_rules! image_id {
    ($sdk:ident, $id:expr) => {{
        let b = $sdk::types::ImageIdentifier::builder();
        if $id.contains(':') {
            b.image_digest($id).build()
        } else {
            b.image_tag($id).build()
        }
    }};
}

/// The same request through whichever SDK the registry uses (the two name their operations and
/// fields alike): `$build` adds the fields to `$req` (a private request also gets the registry
/// id), `$map` reads the output `$out`. Errors keep ECR's code beside the message.
macro_rules! send_either {
    ($registry:expr, $op:ident, |$req:ident| $build:expr, |$out:ident| $map:expr, $doing:expr) => {
        match $registry {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => {
                let $req = client.$op().set_registry_id(registry_id.clone());
                $build
                    .send()
                    .await
                    .map(|$out| $map)
                    .map_err(|e| (e.code().map(str::to_string), aws_error($doing, e)))
            }
            Registry::Public(client) => {
                let $req = client.$op();
                $build
                    .send()
                    .await
                    .map(|$out| $map)
                    .map_err(|e| (e.code().map(str::to_string), aws_error($doing, e)))
            }
        }
    };
}

/// [`send_either!`] for a write: the call carries `$probe` (an [`crate::aws::AttemptProbe`]),
/// which records what each attempt got.
macro_rules! send_write {
    ($probe:expr, $registry:expr, $op:ident, |$req:ident| $build:expr, |$out:ident| $map:expr, $doing:expr) => {
        send_either!(
            $registry,
            $op,
            |$req| $build.customize().interceptor($probe.clone()),
            |$out| $map,
            $doing
        )
    };
}

/// Sends either SDK's request `$req` with `$probe` (an [`crate::aws::AttemptProbe`]) recording
/// what each attempt got (each operation's customized request is its own type: a macro).
macro_rules! send_probed {
    ($probe:expr, $req:expr) => {
        $req.customize().interceptor($probe.clone()).send().await
    };
}

pub mod auth;
pub mod images;
pub mod keys;
pub mod lifecycle;
pub mod lookup;
pub mod model;
pub mod organization;
pub mod overview;
pub mod push_state;
pub mod registry_settings;
pub mod scan;
pub mod settings;
pub mod templates;
pub mod transfer;

use std::collections::HashMap;

use anyhow::Result;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;

use crate::aws::Clients;
use crate::aws::{AttemptProbe, ThrottleProbe};
use crate::error::{aws_error, codes, maybe_applied};
use crate::images::ImageRow;
use crate::reference::RepoName;
use crate::ui::debug;
use crate::writes::{Done, Write};
use model::{row_from_private, row_from_public, RepoInfo};

/// A registry to talk to: a private one (with the registry id a URI or --registry-id named) or
/// the caller's public one. Operations both have are methods of this enum; what only private
/// registries have (lifecycle policies, scanning, tag mutability, check-push's reads) takes a
/// [`PrivateRegistry`], which the caller gets once with [`Registry::private`].
pub enum Registry {
    Private(PrivateRegistry),
    Public(aws_sdk_ecrpublic::Client),
}

/// A private registry: the client of its region and endpoint, and the registry id (`None`: the
/// caller's own).
#[derive(Debug, Clone)]
pub struct PrivateRegistry {
    pub client: aws_sdk_ecr::Client,
    pub registry_id: Option<String>,
}

impl PrivateRegistry {
    /// A private registry in `region` (`None`: the configured region), for commands that read a
    /// whole registry (audit).
    pub async fn whole(
        clients: &Clients,
        region: Option<&str>,
        registry_id: Option<String>,
    ) -> Result<PrivateRegistry> {
        Ok(PrivateRegistry {
            client: clients.ecr_in(region, false, false).await?,
            registry_id,
        })
    }
}

/// Which images `images` lists (private repositories; ECR Public has neither filter).
#[derive(Debug, Clone, Copy, Default)]
pub struct ImageQuery {
    /// `Some(true)`: tagged only, `Some(false)`: untagged only.
    pub tagged: Option<bool>,
    pub status: ImageStatus,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ImageStatus {
    #[default]
    Active,
    Archived,
    Any,
}

/// (tag, digest) of an image id in a BatchDeleteImage answer.
pub type IdPair = (Option<String>, Option<String>);

/// A BatchDeleteImage answer, private or public, in one shape.
#[derive(Debug, Default)]
pub struct DeleteAnswer {
    pub deleted: Vec<IdPair>,
    /// The image id, the failure code and the reason.
    pub failed: Vec<(IdPair, String, String)>,
    /// Some of `deleted` were answered "not found" by a retry after an attempt whose answer
    /// was lost: that attempt deleted them.
    pub first_answer_lost: bool,
}

/// The deleted digest, or the failure code and reason.
pub type Outcome = std::result::Result<String, (String, String)>;

impl DeleteAnswer {
    /// What happened to one requested tag or digest.
    pub fn outcome(&self, requested: &str) -> Outcome {
        let is =
            |id: &IdPair| id.0.as_deref() == Some(requested) || id.1.as_deref() == Some(requested);
        if let Some((_, code, reason)) = self.failed.iter().find(|(id, _, _)| is(id)) {
            return Err((code.clone(), reason.clone()));
        }
        let deleted = self.deleted.iter().find(|id| is(id));
        // A tag the answer names neither deleted nor failed is not a deletion: unknown. (A
        // digest may be left out: the emulator names no id for an untagged image it deleted.)
        if deleted.is_none() && !requested.contains(':') {
            return Err((
                "NotInAnswer".to_string(),
                "BatchDeleteImage's answer named it neither deleted nor failed: whether it was deleted is unknown".to_string(),
            ));
        }
        // Asked for by digest, the image is that digest even when the answer omits it.
        let digest = deleted
            .and_then(|id| id.1.clone())
            .filter(|d| !d.is_empty());
        Ok(digest
            .or_else(|| requested.contains(':').then(|| requested.to_string()))
            .unwrap_or_default())
    }
}

/// The two SDKs' BatchDeleteImage answers have the same method names.
macro_rules! delete_answer {
    ($out:expr) => {
        DeleteAnswer {
            deleted: $out
                .image_ids()
                .iter()
                .map(|d| {
                    (
                        d.image_tag().map(str::to_string),
                        d.image_digest().map(str::to_string),
                    )
                })
                .collect(),
            failed: $out
                .failures()
                .iter()
                .map(|f| {
                    let id = f.image_id();
                    (
                        (
                            id.and_then(|d| d.image_tag()).map(str::to_string),
                            id.and_then(|d| d.image_digest()).map(str::to_string),
                        ),
                        f.failure_code()
                            .map(|c| c.as_str().to_string())
                            .unwrap_or_default(),
                        f.failure_reason().unwrap_or_default().to_string(),
                    )
                })
                .collect(),
            first_answer_lost: false,
        }
    };
}

impl Registry {
    /// The registry of a repository: its URI's region and endpoint form, else the configured
    /// region; public repositories always in us-east-1.
    pub async fn of(clients: &Clients, repo: &RepoName) -> Result<Registry> {
        if repo.public {
            return Ok(Registry::Public(clients.public().await?.clone()));
        }
        Ok(Registry::Private(PrivateRegistry {
            client: clients
                .ecr_in(repo.region.as_deref(), repo.fips, repo.dual_stack)
                .await?,
            registry_id: repo.registry_id.clone(),
        }))
    }

    /// The caller's public registry, or a private one in `region` (`None`: the configured
    /// region), for commands that read a whole registry (repo list, audit).
    pub async fn whole(
        clients: &Clients,
        public: bool,
        region: Option<&str>,
        registry_id: Option<String>,
    ) -> Result<Registry> {
        if public {
            return Ok(Registry::Public(clients.public().await?.clone()));
        }
        Ok(Registry::Private(
            PrivateRegistry::whole(clients, region, registry_id).await?,
        ))
    }

    /// The same registry, its calls counted by `probe` (each throttled attempt).
    pub fn observed(&self, probe: &ThrottleProbe) -> Registry {
        match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => Registry::Private(PrivateRegistry {
                client: aws_sdk_ecr::Client::from_conf(
                    client
                        .config()
                        .to_builder()
                        .interceptor(probe.clone())
                        .build(),
                ),
                registry_id: registry_id.clone(),
            }),
            Registry::Public(client) => Registry::Public(aws_sdk_ecrpublic::Client::from_conf(
                client
                    .config()
                    .to_builder()
                    .interceptor(probe.clone())
                    .build(),
            )),
        }
    }

    /// The caller's own private registry id (DescribeRegistry in the configured region).
    pub async fn own_id(clients: &Clients) -> Result<String> {
        let client = clients.ecr_in(None, false, false).await?;
        debug(2, format_args!("DescribeRegistry (your registry id)"));
        let out = client
            .describe_registry()
            .send()
            .await
            .map_err(|e| aws_error("finding your account (DescribeRegistry)", e))?;
        out.registry_id().map(str::to_string).ok_or_else(|| {
            crate::error::incomplete_answer("DescribeRegistry returned no registry id")
        })
    }

    /// This registry's id (its account): DescribeRegistry, or ECR Public's DescribeRegistries
    /// (`None` when the caller has no public registry yet).
    pub async fn id(&self) -> Result<Option<String>> {
        match self {
            Registry::Private(PrivateRegistry { client, .. }) => {
                debug(2, format_args!("DescribeRegistry (the registry id)"));
                let out = client
                    .describe_registry()
                    .send()
                    .await
                    .map_err(|e| aws_error("reading the registry id (DescribeRegistry)", e))?;
                Ok(out.registry_id().map(str::to_string))
            }
            Registry::Public(client) => {
                debug(2, format_args!("DescribeRegistries (the registry id)"));
                let out = client.describe_registries().send().await.map_err(|e| {
                    aws_error("reading the public registry id (DescribeRegistries)", e)
                })?;
                Ok(out
                    .registries()
                    .first()
                    .map(|r| r.registry_id().to_string()))
            }
        }
    }

    /// The private registry, for what ECR Public does not have; `None` for the public one.
    pub fn private(&self) -> Option<&PrivateRegistry> {
        match self {
            Registry::Private(private) => Some(private),
            Registry::Public(_) => None,
        }
    }

    /// [`Registry::private`], a public registry refused with `refusal` (exit 7, as the commands
    /// refuse a public repository for what it does not have).
    pub fn private_for(&self, refusal: &str) -> Result<&PrivateRegistry> {
        self.private().ok_or_else(|| {
            crate::error::AppError::new(crate::error::Exit::Conflict, refusal.to_string()).into()
        })
    }

    /// [`Registry::private`], a public registry refused with what it lacks and what to do
    /// instead.
    pub fn private_or(&self, refusal: &PublicRefusal) -> Result<&PrivateRegistry> {
        self.private().ok_or_else(|| refusal.error())
    }
}

/// What ECR Public does not have, and what to do instead: one refusal per missing feature,
/// shared by the commands that need it.
#[derive(Debug, Clone, Copy)]
pub struct PublicRefusal {
    pub what: &'static str,
    pub hint: &'static str,
}

impl PublicRefusal {
    /// The refusal as an error: exit 7, as every public refusal.
    pub fn error(&self) -> anyhow::Error {
        crate::error::AppError::new(crate::error::Exit::Conflict, self.what)
            .with_hint(self.hint)
            .into()
    }
}

/// `images scan`, `images wait --scan-complete`, `images list --scan`.
pub const NO_PUBLIC_SCANNING: PublicRefusal = PublicRefusal {
    what: "ECR Public has no image scanning",
    hint: "scan a private copy instead: push the image to a private repository (or pull it through a pull-through cache rule for public.ecr.aws) and run `ecrctl images scan` on that, or scan it locally (trivy image, grype)",
};

/// `images list --referrers`.
pub const NO_PUBLIC_REFERRERS: PublicRefusal = PublicRefusal {
    what: "the ECR Public API lists no referrers and serves no manifests",
    hint: "read them through the registry protocol instead: `oras discover public.ecr.aws/ALIAS/NAME:TAG` or `cosign tree public.ecr.aws/ALIAS/NAME:TAG`; `ecrctl images show` gives each image's details",
};

impl Registry {
    /// "repository" or "public repository", for messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Registry::Private(_) => "repository",
            Registry::Public(_) => "public repository",
        }
    }

    /// One repository's settings; `None` when the answer lists none.
    pub async fn describe(&self, name: &str) -> Result<Option<RepoInfo>> {
        let doing = format!("reading {} {name}", self.kind());
        debug(2, format_args!("DescribeRepositories {name}"));
        match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => {
                let out = client
                    .describe_repositories()
                    .set_registry_id(registry_id.clone())
                    .repository_names(name)
                    .send()
                    .await
                    .map_err(|e| aws_error(&doing, e))?;
                Ok(out.repositories().first().map(RepoInfo::from_private))
            }
            Registry::Public(client) => {
                let out = client
                    .describe_repositories()
                    .repository_names(name)
                    .send()
                    .await
                    .map_err(|e| aws_error(&doing, e))?;
                Ok(out.repositories().first().map(RepoInfo::from_public))
            }
        }
    }

    /// Every repository of the registry, all pages of 1000. `region` only names it in errors.
    pub async fn list(&self, region: Option<&str>) -> Result<Vec<RepoInfo>> {
        let doing = match (self, region) {
            (Registry::Public(_), _) => "listing public repositories".to_string(),
            (_, Some(r)) => format!("listing repositories in {r}"),
            (_, None) => "listing repositories".to_string(),
        };
        debug(2, format_args!("DescribeRepositories (all pages)"));
        let mut repos = Vec::new();
        match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => {
                let mut pages = client
                    .describe_repositories()
                    .set_registry_id(registry_id.clone())
                    .max_results(1000)
                    .into_paginator()
                    .send();
                while let Some(page) = pages.next().await {
                    let page = page.map_err(|e| aws_error(&doing, e))?;
                    repos.extend(page.repositories().iter().map(RepoInfo::from_private));
                }
            }
            Registry::Public(client) => {
                let mut pages = client
                    .describe_repositories()
                    .max_results(1000)
                    .into_paginator()
                    .send();
                while let Some(page) = pages.next().await {
                    let page = page.map_err(|e| aws_error(&doing, e))?;
                    repos.extend(page.repositories().iter().map(RepoInfo::from_public));
                }
            }
        }
        Ok(repos)
    }

    /// Delete a repository (`force`: with its images). A retry answered "not found" after an
    /// attempt whose answer was lost is this deletion.
    pub async fn delete_repository(&self, name: &str, force: bool) -> Result<Done> {
        let doing = format!("deleting {} {name}", self.kind());
        let probe = AttemptProbe::default();
        let result = send_write!(
            probe,
            self,
            delete_repository,
            |req| req.repository_name(name).force(force),
            |_out| (),
            &doing
        );
        let attempts = probe.attempts();
        match result {
            Ok(()) => Ok(Done::Answered),
            Err((code, _))
                if Write::DeleteRepository.done_by_lost_attempt(code.as_deref(), &attempts) =>
            {
                Ok(Done::FirstAnswerLost)
            }
            Err((_, e)) => Err(maybe_applied(e, &attempts, &self.show_command(name))),
        }
    }

    /// The command that shows a repository, for "check with …".
    pub(crate) fn show_command(&self, name: &str) -> String {
        match self {
            Registry::Public(_) => format!("ecrctl repo show {name} --public"),
            Registry::Private(_) => format!("ecrctl repo show {name}"),
        }
    }

    /// The command that shows a repository's policy, for "check with …".
    fn policy_command(&self, name: &str) -> String {
        match self {
            Registry::Public(_) => format!("ecrctl policy get {name} --public"),
            Registry::Private(_) => format!("ecrctl policy get {name}"),
        }
    }

    /// Whether a repository holds any image; `false` when that cannot be read (the delete
    /// that follows then says so).
    pub async fn holds_images(&self, name: &str) -> bool {
        debug(2, format_args!("ListImages {name} (is it empty?)"));
        match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => client
                .list_images()
                .set_registry_id(registry_id.clone())
                .repository_name(name)
                .max_results(1)
                .send()
                .await
                .is_ok_and(|o| !o.image_ids().is_empty()),
            Registry::Public(client) => client
                .describe_images()
                .repository_name(name)
                .max_results(1)
                .send()
                .await
                .is_ok_and(|o| !o.image_details().is_empty()),
        }
    }

    /// The repository policy's text; `None` when the repository has none.
    pub async fn policy(&self, name: &str) -> Result<Option<String>> {
        let doing = format!("reading the policy of {name}");
        let result = send_either!(
            self,
            get_repository_policy,
            |req| req.repository_name(name),
            |out| out.policy_text().map(str::to_string),
            &doing
        );
        // Answered, yet without the document: unreadable, not "no policy".
        match unless_no_policy(result)? {
            Some(None) => Err(without_document(&doing, "the policy text")),
            found => Ok(found.flatten()),
        }
    }

    /// SetRepositoryPolicy, `force` sent only when asked for. The error keeps ECR's code for
    /// callers that retry on some of them.
    pub async fn set_policy(
        &self,
        name: &str,
        text: &str,
        force: bool,
    ) -> std::result::Result<(), (Option<String>, anyhow::Error)> {
        let doing = format!("setting the policy of {name}");
        debug(
            2,
            format_args!("SetRepositoryPolicy {name} (force: {force})"),
        );
        let force_flag = force.then_some(true);
        let probe = AttemptProbe::default();
        let result = send_write!(
            probe,
            self,
            set_repository_policy,
            |req| req
                .repository_name(name)
                .policy_text(text)
                .set_force(force_flag),
            |_out| (),
            &doing
        );
        let check = self.policy_command(name);
        result.map_err(|(code, e)| (code, maybe_applied(e, &probe.attempts(), &check)))
    }

    /// Delete the repository policy; `None` when there was none (a retry answered "no policy"
    /// after an attempt whose answer was lost is this deletion).
    pub async fn delete_policy(&self, name: &str) -> Result<Option<Done>> {
        let doing = format!("deleting the policy of {name}");
        let probe = AttemptProbe::default();
        let result = send_write!(
            probe,
            self,
            delete_repository_policy,
            |req| req.repository_name(name),
            |_out| (),
            &doing
        );
        let attempts = probe.attempts();
        match result {
            Err((code, _))
                if Write::DeleteRepositoryPolicy
                    .done_by_lost_attempt(code.as_deref(), &attempts) =>
            {
                Ok(Some(Done::FirstAnswerLost))
            }
            result => Ok(unless_no_policy(result)
                .map_err(|e| maybe_applied(e, &attempts, &self.policy_command(name)))?
                .map(|()| Done::Answered)),
        }
    }

    /// Every image of a repository, all pages of 1000.
    pub async fn images(&self, name: &str, query: ImageQuery) -> Result<Vec<ImageRow>> {
        let doing = format!("listing the images of {} {name}", self.kind())
            .replace("of repository ", "of ");
        debug(2, format_args!("DescribeImages {name} (all pages of 1000)"));
        let mut rows = Vec::new();
        match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => {
                use aws_sdk_ecr::types::{DescribeImagesFilter, ImageStatusFilter, TagStatus};
                let mut filter = DescribeImagesFilter::builder();
                filter = match query.tagged {
                    Some(true) => filter.tag_status(TagStatus::Tagged),
                    Some(false) => filter.tag_status(TagStatus::Untagged),
                    None => filter,
                };
                filter = match query.status {
                    ImageStatus::Active => filter,
                    ImageStatus::Archived => filter.image_status(ImageStatusFilter::Archived),
                    ImageStatus::Any => filter.image_status(ImageStatusFilter::Any),
                };
                let mut pages = client
                    .describe_images()
                    .set_registry_id(registry_id.clone())
                    .repository_name(name)
                    .max_results(1000)
                    .filter(filter.build())
                    .into_paginator()
                    .send();
                while let Some(page) = pages.next().await {
                    let page = page.map_err(|e| aws_error(&doing, e))?;
                    rows.extend(page.image_details().iter().map(row_from_private));
                }
            }
            Registry::Public(client) => {
                let mut pages = client
                    .describe_images()
                    .repository_name(name)
                    .max_results(1000)
                    .into_paginator()
                    .send();
                while let Some(page) = pages.next().await {
                    let page = page.map_err(|e| aws_error(&doing, e))?;
                    rows.extend(page.image_details().iter().map(row_from_public));
                }
            }
        }
        Ok(rows)
    }

    /// BatchDeleteImage of tags and digests (at most 100: callers chunk).
    pub async fn delete_images(&self, name: &str, ids: &[String]) -> Result<DeleteAnswer> {
        let doing = format!("deleting images from {} {name}", self.kind())
            .replace("from repository ", "from ");
        debug(
            2,
            format_args!("BatchDeleteImage {name} ({} id(s))", ids.len()),
        );
        let probe = AttemptProbe::default();
        let result = match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => send_probed!(
                probe,
                client
                    .batch_delete_image()
                    .set_registry_id(registry_id.clone())
                    .repository_name(name)
                    .set_image_ids(Some(
                        ids.iter().map(|i| image_id!(aws_sdk_ecr, i)).collect(),
                    ))
            )
            .map(|out| delete_answer!(out))
            .map_err(|e| aws_error(&doing, e)),
            Registry::Public(client) => send_probed!(
                probe,
                client
                    .batch_delete_image()
                    .repository_name(name)
                    .set_image_ids(Some(
                        ids.iter()
                            .map(|i| image_id!(aws_sdk_ecrpublic, i))
                            .collect(),
                    ))
            )
            .map(|out| delete_answer!(out))
            .map_err(|e| aws_error(&doing, e)),
        };
        let attempts = probe.attempts();
        let check = match self {
            Registry::Public(_) => format!("ecrctl images list {name} --public"),
            Registry::Private(_) => format!("ecrctl images list {name}"),
        };
        let mut answer = result.map_err(|e| maybe_applied(e, &attempts, &check))?;
        // Retried after an attempt whose answer was lost: "not found" is that attempt's
        // deletion, or an image that never was: ECR cannot tell which.
        if attempts.earlier_answer_lost() {
            for (_, code, reason) in &mut answer.failed {
                if code == Write::BatchDeleteImage.own_echo() {
                    *code = GONE_AFTER_LOST_ANSWER.to_string();
                    *reason = DELETED_OR_ABSENT.to_string();
                    answer.first_answer_lost = true;
                }
            }
        }
        Ok(answer)
    }

    /// Whether each image (by digest) is still in the repository: `Some(true)` it remains,
    /// `Some(false)` it is gone, `None` unknown (not allowed to look).
    pub async fn still_there<'a>(
        &self,
        name: &str,
        digests: &[&'a str],
    ) -> HashMap<&'a str, Option<bool>> {
        let mut out = HashMap::new();
        match self {
            Registry::Private(PrivateRegistry {
                client,
                registry_id,
            }) => {
                debug(2, format_args!("BatchGetImage {name} (still there?)"));
                let found = client
                    .batch_get_image()
                    .set_registry_id(registry_id.clone())
                    .repository_name(name)
                    .set_image_ids(Some(
                        digests.iter().map(|d| image_id!(aws_sdk_ecr, *d)).collect(),
                    ))
                    .set_accepted_media_types(Some(lookup::media_types()))
                    .send()
                    .await;
                for d in digests {
                    let present = found.as_ref().ok().map(|o| {
                        o.images()
                            .iter()
                            .any(|i| i.image_id().and_then(|i| i.image_digest()) == Some(*d))
                    });
                    out.insert(*d, present);
                }
            }
            Registry::Public(client) => {
                for d in digests {
                    let found = client
                        .describe_images()
                        .repository_name(name)
                        .image_ids(image_id!(aws_sdk_ecrpublic, *d))
                        .send()
                        .await;
                    out.insert(
                        *d,
                        match found {
                            Ok(o) => Some(!o.image_details().is_empty()),
                            Err(e) if e.code() == Some("ImageNotFoundException") => Some(false),
                            Err(_) => None,
                        },
                    );
                }
            }
        }
        out
    }
}

/// The failure code of an image whose delete was retried after a lost answer and answered "not
/// found": deleted by the lost attempt, or never there.
pub const GONE_AFTER_LOST_ANSWER: &str = "GoneAfterLostAnswer";

/// What such an image, or a policy deleted that way, is said to be.
pub const DELETED_OR_ABSENT: &str =
    "deleted or already absent (the first answer was lost; ECR cannot tell which)";

/// `None` for "this repository has no policy"; other errors as they are.
fn unless_no_policy<T>(
    result: std::result::Result<T, (Option<String>, anyhow::Error)>,
) -> Result<Option<T>> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err((code, _)) if code.as_deref() == Some("RepositoryPolicyNotFoundException") => Ok(None),
        Err((_, e)) => Err(e),
    }
}

/// A read answered with success but without the document it reads: the service failed (exit 5).
pub(super) fn without_document(doing: &str, what: &str) -> anyhow::Error {
    crate::error::incomplete_answer(format!(
        "{doing}: ECR answered without {what}, so whether there is one is unknown"
    ))
}

/// Whether an error chain says the repository is missing (for --if-exists paths).
pub fn repository_missing(err: &anyhow::Error) -> bool {
    codes::repository_not_found(crate::error::code_of(err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_the_delete_answer_leaves_out_is_not_deleted() {
        let digest = format!("sha256:{}", "a".repeat(64));
        let answer = DeleteAnswer {
            deleted: vec![(Some("v1".into()), Some(digest.clone()))],
            failed: vec![(
                (Some("v3".into()), None),
                "ImageNotFound".into(),
                "gone".into(),
            )],
            first_answer_lost: false,
        };
        assert_eq!(answer.outcome("v1"), Ok(digest.clone()));
        assert_eq!(answer.outcome("v3").unwrap_err().0, "ImageNotFound");
        assert_eq!(answer.outcome("v2").unwrap_err().0, "NotInAnswer");
        // A digest is the image whatever the answer names.
        let other = format!("sha256:{}", "b".repeat(64));
        assert_eq!(answer.outcome(&other), Ok(other.clone()));
    }
}
