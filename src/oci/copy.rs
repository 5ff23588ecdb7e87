//! Copying one image between registries: every manifest byte for byte (so digests are kept),
//! every platform of an index, nested indexes, blobs the destination lacks (HEAD first, a
//! cross-repository mount on the same registry, else streamed and verified), and on request the
//! referrers (signatures, SBOMs) attached to it.

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use futures::future::try_join_all;
use http_body_util::{BodyExt, StreamBody};
use hyper::body::{Frame, Incoming};
use indicatif::ProgressBar;
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

use super::client::{mismatch, mismatch_error, Body, Fetched, Registry, StreamFailure, Upload};
use super::manifest::{self, Descriptor, Kind};
use crate::error::{AppError, Exit};

/// The tag suffixes cosign stores signatures, attestations and SBOMs under.
const COSIGN_SUFFIXES: [&str; 3] = [".sig", ".att", ".sbom"];

/// One side of a copy: a registry and a repository in it.
#[derive(Clone)]
pub struct Side {
    pub registry: Arc<Registry>,
    pub repo: String,
}

impl Side {
    pub fn text(&self) -> String {
        format!("{}/{}", self.registry.host, self.repo)
    }
}

/// What a copy did, counted.
#[derive(Debug, Default)]
pub struct Stats {
    pub bytes_sent: AtomicU64,
    pub blobs_sent: AtomicU64,
    pub blobs_skipped: AtomicU64,
    pub blobs_mounted: AtomicU64,
    pub manifests_sent: AtomicU64,
    pub manifests_skipped: AtomicU64,
}

/// The counts as numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub bytes_sent: u64,
    pub blobs_sent: u64,
    pub blobs_skipped: u64,
    pub blobs_mounted: u64,
    pub manifests_sent: u64,
    pub manifests_skipped: u64,
}

impl Stats {
    pub fn counts(&self) -> Counts {
        let g = |a: &AtomicU64| a.load(Ordering::Relaxed);
        Counts {
            bytes_sent: g(&self.bytes_sent),
            blobs_sent: g(&self.blobs_sent),
            blobs_skipped: g(&self.blobs_skipped),
            blobs_mounted: g(&self.blobs_mounted),
            manifests_sent: g(&self.manifests_sent),
            manifests_skipped: g(&self.manifests_skipped),
        }
    }
}

/// A copier of images from one repository to another, blobs at most `jobs` at a time.
pub struct Copier {
    pub src: Side,
    pub dst: Side,
    jobs: Arc<Semaphore>,
    pub stats: Stats,
    progress: ProgressBar,
    /// Blobs already handled in this run (a layer shared by two platforms goes once).
    blobs: Mutex<HashSet<String>>,
    /// Manifests already handled in this run.
    manifests: Mutex<HashSet<String>>,
    /// How long a blob's stream may stay silent.
    idle: Duration,
}

impl Copier {
    pub fn new(
        src: Side,
        dst: Side,
        jobs: Arc<Semaphore>,
        progress: ProgressBar,
        idle: Duration,
    ) -> Copier {
        Copier {
            src,
            dst,
            jobs,
            stats: Stats::default(),
            progress,
            blobs: Mutex::default(),
            manifests: Mutex::default(),
            idle,
        }
    }

    /// Copy a manifest and everything it refers to, then put it under `tag` (else under its
    /// digest). What the destination already has is not sent again. `Some(indexed)` when the
    /// manifest was put (whether the registry indexed its subject), `None` when it was there.
    pub async fn copy(&self, m: &Fetched, tag: Option<&str>) -> Result<Option<bool>> {
        let reference = tag.unwrap_or(&m.digest);
        let fresh = self
            .manifests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(m.digest.clone());
        let present = !fresh
            || self
                .dst
                .registry
                .manifest_digest(&self.dst.repo, &m.digest)
                .await?
                .is_some();
        if present && tag.is_none() {
            self.stats.manifests_skipped.fetch_add(1, Ordering::Relaxed);
            return Ok(None);
        }
        if !present {
            let parsed = manifest::parse(&m.bytes, Some(&m.media_type)).map_err(|e| {
                AppError::new(
                    Exit::Service,
                    format!("reading {}@{}: {e}", self.src.text(), m.digest),
                )
            })?;
            match parsed.kind {
                Kind::Image => {
                    try_join_all(parsed.blobs.iter().map(|b| self.blob(b))).await?;
                }
                Kind::Index => {
                    try_join_all(parsed.manifests.iter().map(|d| self.child(d))).await?;
                }
            }
        }
        let indexed = self
            .dst
            .registry
            .put_manifest(&self.dst.repo, reference, m)
            .await?;
        self.stats.manifests_sent.fetch_add(1, Ordering::Relaxed);
        Ok(Some(indexed))
    }

    /// A manifest an index lists: read from the source by digest, then copied.
    async fn child(&self, d: &Descriptor) -> Result<()> {
        let m = self.fetch(&d.digest).await?;
        Box::pin(self.copy(&m, None)).await.map(|_| ())
    }

    /// A manifest of the source by digest (verified); missing is an error naming it.
    pub async fn fetch(&self, digest: &str) -> Result<Fetched> {
        self.src
            .registry
            .manifest(&self.src.repo, digest)
            .await?
            .ok_or_else(|| {
                AppError::new(
                    Exit::NotFound,
                    format!(
                        "{}@{digest} is listed by the image but not in the source repository",
                        self.src.text()
                    ),
                )
                .with_code("MANIFEST_UNKNOWN")
                .into()
            })
    }

    /// Make sure the destination has a blob: there already, mounted, or streamed.
    async fn blob(&self, d: &Descriptor) -> Result<()> {
        if !self
            .blobs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(d.digest.clone())
        {
            return Ok(());
        }
        let _permit = self
            .jobs
            .acquire()
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let (src, dst) = (&self.src, &self.dst);
        if dst.registry.has_blob(&dst.repo, &d.digest).await? {
            self.stats.blobs_skipped.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        let mount = (src.registry.same_server(&dst.registry) && src.repo != dst.repo)
            .then_some((d.digest.as_str(), src.repo.as_str()));
        let session = match dst.registry.start_upload(&dst.repo, mount).await? {
            Upload::Mounted => {
                self.stats.blobs_mounted.fetch_add(1, Ordering::Relaxed);
                return Ok(());
            }
            Upload::Session(url) => url,
        };
        self.progress.inc_length(d.size);
        let source = src.registry.blob(&src.repo, &d.digest).await?;
        let check = Arc::new(Mutex::new((Sha256::new(), 0u64)));
        let body = verified(
            source,
            check.clone(),
            self.progress.clone(),
            self.idle,
            d.clone(),
            src.text(),
        );
        let location = match dst
            .registry
            .send_upload(&dst.repo, &session, body, Some(d.size))
            .await
        {
            Ok(l) => l,
            Err(e) => {
                dst.registry.cancel_upload(&dst.repo, &session).await;
                return Err(e);
            }
        };
        let (hasher, size) = std::mem::take(&mut *check.lock().unwrap_or_else(|e| e.into_inner()));
        let actual = format!("sha256:{}", manifest::hex(&hasher.finalize()));
        if actual != d.digest || (d.size > 0 && size != d.size) {
            dst.registry.cancel_upload(&dst.repo, &location).await;
            return Err(mismatch(
                &format!("copying blob {} from {}", d.digest, src.text()),
                &d.digest,
                &actual,
            ));
        }
        dst.registry
            .finish_upload(&dst.repo, &location, &d.digest)
            .await?;
        self.stats.blobs_sent.fetch_add(1, Ordering::Relaxed);
        self.stats.bytes_sent.fetch_add(size, Ordering::Relaxed);
        Ok(())
    }

    /// The referrers of a manifest in the source: the referrers API, else the referrers tag.
    pub async fn source_referrers(&self, digest: &str) -> Result<Vec<Descriptor>> {
        let (registry, repo) = (&self.src.registry, &self.src.repo);
        if let Some(list) = registry.referrers(repo, digest).await? {
            return Ok(list);
        }
        match registry
            .manifest(repo, &manifest::referrers_tag(digest))
            .await?
        {
            Some(index) => manifest::referrers(&index.bytes).map_err(|e| {
                AppError::new(
                    Exit::Service,
                    format!("reading the referrers of {digest}: {e}"),
                )
                .into()
            }),
            None => Ok(Vec::new()),
        }
    }

    /// Copy the referrers of `subject` (and theirs: the signature of an SBOM), keeping the
    /// destination's referrers tag up to date where it has no referrers API. Returns each
    /// referrer's digest and whether it had to be written (`false`: it was there).
    pub async fn referrers(&self, subject: &str) -> Result<Vec<(String, bool)>> {
        let mut done = Vec::new();
        let mut queue = vec![subject.to_string()];
        let mut seen: HashSet<String> = HashSet::new();
        while let Some(s) = queue.pop() {
            if !seen.insert(s.clone()) {
                continue;
            }
            for d in self.source_referrers(&s).await? {
                let m = self.fetch(&d.digest).await?;
                let written = self.copy_referrer(&m, &s).await?;
                done.push((d.digest.clone(), written));
                queue.push(d.digest.clone());
            }
            // cosign's tags (`sha256-<hex>.sig`, `.att`, `.sbom`), which predate referrers and
            // are still its default: copied under the same tag.
            for suffix in COSIGN_SUFFIXES {
                let tag = format!("{}{suffix}", manifest::referrers_tag(&s));
                let Some(m) = self.src.registry.manifest(&self.src.repo, &tag).await? else {
                    continue;
                };
                let there = self
                    .dst
                    .registry
                    .manifest_digest(&self.dst.repo, &tag)
                    .await?;
                let written = there.as_deref() != Some(m.digest.as_str());
                if written {
                    Box::pin(self.copy(&m, Some(&tag))).await?;
                }
                done.push((m.digest.clone(), written));
            }
        }
        Ok(done)
    }

    /// Copy one referrer; `true` when something had to be written.
    async fn copy_referrer(&self, m: &Fetched, subject: &str) -> Result<bool> {
        let (registry, repo) = (&self.dst.registry, &self.dst.repo);
        let (indexed, written) = match Box::pin(self.copy(m, None)).await? {
            Some(indexed) => (indexed, true),
            // Already there: the registry indexes it itself when it has the referrers API.
            None => (registry.referrers(repo, subject).await?.is_some(), false),
        };
        if indexed {
            return Ok(written);
        }
        let tag = manifest::referrers_tag(subject);
        let existing = registry.manifest(repo, &tag).await?;
        let entries = existing
            .as_ref()
            .map(|e| manifest::index_entries(&e.bytes))
            .unwrap_or_default();
        let entry = manifest::referrer_entry(&m.bytes, &m.media_type);
        let bytes = manifest::referrers_index(entries, entry);
        if existing.as_ref().is_some_and(|e| e.bytes == bytes) {
            return Ok(written);
        }
        let index = Fetched {
            digest: manifest::digest_of(&bytes),
            bytes: bytes.into(),
            media_type: manifest::OCI_INDEX.to_string(),
        };
        registry.put_manifest(repo, &tag, &index).await?;
        self.stats.manifests_sent.fetch_add(1, Ordering::Relaxed);
        Ok(true)
    }
}

/// A blob's stream from the source, hashed and counted as it passes (for the check after the
/// upload), with the progress bar advanced and each read bounded by `idle`.
fn verified(
    source: Incoming,
    check: Arc<Mutex<(Sha256, u64)>>,
    progress: ProgressBar,
    idle: Duration,
    d: Descriptor,
    from: String,
) -> Body {
    let stream = futures::stream::unfold(Some(source), move |state| {
        let (check, progress, d, from) = (check.clone(), progress.clone(), d.clone(), from.clone());
        async move {
            let mut body = state?;
            loop {
                let failure = |message: String| {
                    let e: super::client::BoxError =
                        Box::new(StreamFailure(AppError::new(Exit::Network, message)));
                    Some((Err(e), None))
                };
                match tokio::time::timeout(idle, body.frame()).await {
                    Err(_) => {
                        return failure(format!(
                            "reading blob {} from {from}: nothing came for {} s",
                            d.digest,
                            idle.as_secs_f64()
                        ))
                    }
                    Ok(None) => return None,
                    Ok(Some(Err(e))) => {
                        return failure(format!("reading blob {} from {from}: {e}", d.digest))
                    }
                    Ok(Some(Ok(frame))) => {
                        let Some(data) = frame.data_ref() else {
                            continue;
                        };
                        {
                            let mut c = check.lock().unwrap_or_else(|e| e.into_inner());
                            c.0.update(data);
                            c.1 += data.len() as u64;
                            if d.size > 0 && c.1 > d.size {
                                drop(c);
                                let e: super::client::BoxError =
                                    Box::new(StreamFailure(mismatch_error(
                                        &format!("copying blob {} from {from}", d.digest),
                                        &d.digest,
                                        "content longer than the manifest says",
                                    )));
                                return Some((Err(e), None));
                            }
                        }
                        progress.inc(data.len() as u64);
                        let frame = Frame::data(data.clone());
                        return Some((Ok(frame), Some(body)));
                    }
                }
            }
        }
    });
    StreamBody::new(stream).boxed_unsync()
}
