//! What the audit reads of each repository beyond its listing (policy, lifecycle policy), under
//! a concurrency limit that ECR's throttling lowers.

use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::Result;
use tokio::sync::Semaphore;

use crate::aws::{Clients, ThrottleProbe};
use crate::error::{classify, code_of, codes, Exit};
use crate::posture::{Facts, TaggedScan};
use crate::registry::model::RepoInfo;
use crate::registry::Registry;
use crate::ui::debug;

/// Concurrency that ECR's throttling lowers, one per account and region (each has its own
/// request rate): a permit is forgotten on each throttle, down to one. Every read also holds a
/// permit of the audit's one global in-flight limit.
pub(super) struct Limiter {
    permits: Semaphore,
    current: AtomicUsize,
}

impl Limiter {
    pub(super) fn new(n: usize) -> Limiter {
        Limiter {
            permits: Semaphore::new(n),
            current: AtomicUsize::new(n),
        }
    }

    /// Give up one slot for good (never the last one).
    fn lower(&self, permit: tokio::sync::SemaphorePermit<'_>) {
        let lowered = self
            .current
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |c| {
                (c > 1).then(|| c - 1)
            })
            .is_ok();
        if lowered {
            permit.forget();
        }
    }

    pub(super) fn lowest(&self) -> usize {
        self.current.load(Ordering::SeqCst)
    }
}

/// Where a repository's reads go: the clients of its account, its registry id, its region, and
/// the limits they run under.
pub(super) struct Place<'a> {
    pub clients: &'a Clients,
    pub registry_id: Option<String>,
    pub region: &'a str,
    pub limiter: &'a Limiter,
    pub global: &'a Semaphore,
}

/// Read what the findings need: policy and lifecycle policy (settings come with the listing).
/// Which per-repository reads the selected findings need.
pub(super) struct Needs {
    pub(super) policy: bool,
    pub(super) lifecycle: bool,
    /// Settings that come with the listing: a selected finding needs them known.
    pub(super) mutability: bool,
    pub(super) scanning: bool,
    pub(super) encryption: bool,
    /// `--scan-findings`: the tagged images' scan summaries (DescribeImages, every page).
    pub(super) scan_findings: bool,
}

pub(super) async fn read_facts(place: &Place<'_>, info: &RepoInfo, needs: &Needs) -> Facts {
    let mut facts = Facts {
        public: info.public,
        account: (!info.registry_id.is_empty()).then(|| info.registry_id.clone()),
        mutability: info.mutability(),
        scan_on_push: info.scan_on_push,
        encryption: info.encryption.clone(),
        name: info.name.clone(),
        uri: info.uri.clone(),
        kms_key: info.kms_key.clone(),
        ..Default::default()
    };
    // A private repository's setting the listing left out is unknown: never a pass.
    if !info.public {
        for (part, needed, known) in [
            (
                "tag mutability",
                needs.mutability,
                info.tag_mutability.is_some(),
            ),
            ("scan on push", needs.scanning, info.scan_on_push.is_some()),
            ("encryption", needs.encryption, info.encryption.is_some()),
        ] {
            if needed && !known {
                facts.unreadable_exit.get_or_insert(Exit::Service);
                facts.unreadable.push(format!(
                    "{part}: not in ECR's answer (DescribeRepositories): unknown"
                ));
            }
        }
    }
    let (Ok(permit), Ok(global)) = (
        place.limiter.permits.acquire().await,
        place.global.acquire().await,
    ) else {
        return facts;
    };
    // The SDK retries a throttled read (the configured attempts, with backoff); a throttled
    // attempt, answered in the end or not, lowers this account and region's concurrency.
    let probe = ThrottleProbe::default();
    let ((policy, lifecycle), scans) = tokio::join!(
        read_policies(place, info, needs, &probe),
        read_tagged_scans(place, info, needs, &probe)
    );
    drop(global);
    let throttled = probe.throttled() > 0
        || [&policy, &lifecycle]
            .iter()
            .any(|r| matches!(r, Err(Read::Throttled)))
        || matches!(scans, Some(Err(Read::Throttled)));
    if throttled {
        debug(
            1,
            format_args!("throttled on {}: lowering concurrency", info.name),
        );
        place.limiter.lower(permit);
    }
    match policy {
        Ok(p) => facts.policy = Some(p),
        Err(e) => {
            facts.unreadable_exit.get_or_insert(e.exit());
            facts
                .unreadable
                .push(format!("repository policy: {}", e.describe()));
        }
    }
    match scans {
        Some(Ok(s)) => facts.tagged_scans = Some(s),
        Some(Err(e)) => {
            facts.unreadable_exit.get_or_insert(e.exit());
            facts
                .unreadable
                .push(format!("tagged images' scan summaries: {}", e.describe()));
        }
        None => {}
    }
    if !info.public && needs.lifecycle {
        match lifecycle {
            Ok(l) => facts.lifecycle = Some(l),
            Err(e) => {
                facts.unreadable_exit.get_or_insert(e.exit());
                facts
                    .unreadable
                    .push(format!("lifecycle policy: {}", e.describe()));
            }
        }
    }
    facts
}

/// Why a part of a repository could not be read.
enum Read {
    Throttled,
    /// Why, and the exit class of the failure.
    Failed(String, Exit),
}

impl Read {
    fn describe(&self) -> String {
        match self {
            Read::Throttled => "still throttled after backing off".into(),
            Read::Failed(why, _) => why.clone(),
        }
    }

    /// The exit class of the failure (throttled for good: a service error, exit 5).
    fn exit(&self) -> Exit {
        match self {
            Read::Throttled => Exit::Service,
            Read::Failed(_, exit) => *exit,
        }
    }
}

/// The repository policy and the lifecycle policy, read at the same time (each only when the
/// audit needs it).
async fn read_policies(
    place: &Place<'_>,
    info: &RepoInfo,
    needs: &Needs,
    probe: &ThrottleProbe,
) -> (Result<Option<String>, Read>, Result<Option<String>, Read>) {
    let registry = Registry::whole(
        place.clients,
        info.public,
        Some(place.region),
        place.registry_id.clone(),
    )
    .await
    .map(|r| r.observed(probe));
    match &registry {
        Err(e) => (
            Err(Read::Failed(format!("{e:#}"), classify(e).0)),
            Err(Read::Failed(format!("{e:#}"), classify(e).0)),
        ),
        Ok(registry) => tokio::join!(
            async {
                if needs.policy {
                    answer(registry.policy(&info.name).await, "GetRepositoryPolicy")
                } else {
                    Ok(None)
                }
            },
            async {
                match registry.private() {
                    Some(private) if needs.lifecycle => answer(
                        private.lifecycle_policy(&info.name).await,
                        "GetLifecyclePolicy",
                    ),
                    _ => Ok(None),
                }
            }
        ),
    }
}

/// The tagged images of a private repository and their last scan's counts, from the listing
/// alone (DescribeImages' `imageScanFindingsSummary`: no finding is read); `None` when not
/// asked for.
async fn read_tagged_scans(
    place: &Place<'_>,
    info: &RepoInfo,
    needs: &Needs,
    probe: &ThrottleProbe,
) -> Option<Result<Vec<TaggedScan>, Read>> {
    if info.public || !needs.scan_findings {
        return None;
    }
    let registry = match Registry::whole(
        place.clients,
        false,
        Some(place.region),
        place.registry_id.clone(),
    )
    .await
    {
        Ok(r) => r.observed(probe),
        Err(e) => return Some(Err(Read::Failed(format!("{e:#}"), classify(&e).0))),
    };
    let query = crate::registry::ImageQuery {
        tagged: Some(true),
        status: crate::registry::ImageStatus::Active,
    };
    let rows = registry.images(&info.name, query).await;
    Some(
        rows.map(|rows| {
            rows.into_iter()
                // A registry may ignore the tag filter (the emulator does).
                .filter(|r| !r.tags.is_empty())
                .filter_map(|r| {
                    Some(TaggedScan {
                        counts: r.scan_findings?,
                        digest: r.digest,
                        tags: r.tags,
                    })
                })
                .collect()
        })
        .map_err(|e| {
            if codes::throttled(code_of(&e)) {
                Read::Throttled
            } else {
                Read::Failed(read_failure(&e, "ecr:DescribeImages"), classify(&e).0)
            }
        }),
    )
}

/// A read's answer as the audit needs it: throttling (to lower the concurrency), access denied
/// (named by its action), any other failure as said.
fn answer(result: Result<Option<String>>, operation: &str) -> Result<Option<String>, Read> {
    result.map_err(|e| {
        if codes::throttled(code_of(&e)) {
            Read::Throttled
        } else {
            Read::Failed(
                read_failure(&e, &format!("ecr:{operation}")),
                classify(&e).0,
            )
        }
    })
}

/// A read that failed, as a finding says it: access denied names the action
/// (`ecr:GetRepositoryPolicy`), any other failure as said.
pub(super) fn read_failure(e: &anyhow::Error, action: &str) -> String {
    if codes::denied(code_of(e)) {
        format!("access denied ({action})")
    } else {
        crate::error::render(e)
    }
}
