//! A thin client of the OCI distribution API over the HTTP stack the AWS SDK already builds
//! (hyper 1, hyper-util's pooled client, hyper-rustls): manifests, blobs (streamed, never held
//! whole), uploads with cross-repository mounts, tags, referrers, and docker's token auth.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::Result;
use bytes::Bytes;
use http::{header, HeaderMap, HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Incoming;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

use super::challenge::{self, Challenge};
use super::manifest::{self, ACCEPT, MAX_MANIFEST_BYTES};
use crate::error::{AppError, Exit};

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
pub type Body = UnsyncBoxBody<Bytes, BoxError>;
pub type HttpClient = Client<HttpsConnector<HttpConnector>, Body>;
type Http = HttpClient;

/// The environment variable of the testing aid that points a registry host at another URL.
pub const TEST_REGISTRY_URLS: &str = "ECRCTL_TEST_REGISTRY_URLS";

/// The pooled HTTP client every registry of a run shares.
pub fn http_client() -> Http {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = hyper_rustls::HttpsConnectorBuilder::new();
    let builder = match builder.with_provider_and_native_roots(provider.clone()) {
        Ok(b) => b,
        // No system roots (a bare container): HTTPS fails with a certificate error, loopback
        // HTTP still works.
        Err(_) => hyper_rustls::HttpsConnectorBuilder::new().with_tls_config(
            rustls::ClientConfig::builder_with_provider(provider)
                .with_safe_default_protocol_versions()
                .expect("aws-lc supports the default versions")
                .with_root_certificates(rustls::RootCertStore::empty())
                .with_no_client_auth(),
        ),
    };
    let connector = builder.https_or_http().enable_http1().build();
    Client::builder(TokioExecutor::new())
        .pool_idle_timeout(Duration::from_secs(30))
        .build(connector)
}

fn empty() -> Body {
    Empty::<Bytes>::new()
        .map_err(|never| match never {})
        .boxed_unsync()
}

fn full(bytes: Bytes) -> Body {
    Full::new(bytes)
        .map_err(|never| match never {})
        .boxed_unsync()
}

/// A user name and password, never shown.
#[derive(Clone)]
pub struct Login {
    pub username: String,
    pub password: String,
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Login({}, <redacted>)", self.username)
    }
}

impl Login {
    fn basic(&self) -> String {
        let raw = format!("{}:{}", self.username, self.password);
        format!("Basic {}", aws_smithy_types::base64::encode(raw.as_bytes()))
    }
}

/// How the registry wants to be asked, once it has said.
#[derive(Clone)]
enum Scheme {
    Unknown,
    Basic,
    Bearer {
        realm: String,
        service: Option<String>,
    },
}

/// A manifest as read: its bytes, media type and (verified) digest.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub bytes: Bytes,
    pub media_type: String,
    pub digest: String,
}

/// What answered a POST to the upload endpoint.
pub enum Upload {
    /// The blob was mounted from another repository: nothing to send.
    Mounted,
    /// An upload session at this URL.
    Session(String),
}

/// One registry (host), with its login and the tokens it handed out.
pub struct Registry {
    http: Http,
    /// The host as named in references and messages.
    pub host: String,
    base: String,
    login: Option<Login>,
    scheme: Mutex<Scheme>,
    tokens: Mutex<HashMap<String, String>>,
    timeout: Duration,
    /// Whether the login is sent before the registry asks (ECR: always Basic).
    basic_first: bool,
}

/// The scope of a request: which repository, and whether it writes.
#[derive(Debug, Clone)]
pub struct Scope(String);

impl Scope {
    pub fn pull(repo: &str) -> Scope {
        Scope(format!("repository:{repo}:pull"))
    }
    pub fn push(repo: &str) -> Scope {
        Scope(format!("repository:{repo}:pull,push"))
    }
    /// Pushing to `repo` with a blob mounted from `from` (both in one token).
    pub fn mount(repo: &str, from: &str) -> Scope {
        Scope(format!(
            "repository:{repo}:pull,push repository:{from}:pull"
        ))
    }
}

impl Registry {
    pub fn new(
        http: Http,
        host: &str,
        login: Option<Login>,
        timeout: Duration,
        ecr: bool,
    ) -> Registry {
        let overrides = std::env::var(TEST_REGISTRY_URLS).ok();
        Registry {
            http,
            host: host.to_string(),
            base: super::reference::base_url(host, overrides.as_deref()),
            basic_first: ecr && login.is_some(),
            login,
            scheme: Mutex::new(Scheme::Unknown),
            tokens: Mutex::default(),
            timeout,
        }
    }

    /// Whether two registries are the same server (a blob can be mounted between their
    /// repositories).
    pub fn same_server(&self, other: &Registry) -> bool {
        self.base == other.base
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        }
    }

    /// The Authorization header for a scope, when one is known without asking.
    async fn authorization(&self, scope: &Scope) -> Result<Option<String>> {
        if let Some(t) = self
            .tokens
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&scope.0)
        {
            return Ok(Some(t.clone()));
        }
        let scheme = self
            .scheme
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        match scheme {
            Scheme::Basic => Ok(self.login.as_ref().map(Login::basic)),
            Scheme::Bearer { realm, service } => {
                let token = self.token(&realm, service.as_deref(), scope).await?;
                Ok(Some(token))
            }
            Scheme::Unknown if self.basic_first => Ok(self.login.as_ref().map(Login::basic)),
            Scheme::Unknown => Ok(None),
        }
    }

    /// A bearer token for a scope from the registry's token service (with the login, if any).
    async fn token(&self, realm: &str, service: Option<&str>, scope: &Scope) -> Result<String> {
        let mut url = format!("{realm}{}", if realm.contains('?') { "&" } else { "?" });
        let mut params = Vec::new();
        if let Some(s) = service {
            params.push(format!("service={}", encode(s)));
        }
        for s in scope.0.split(' ') {
            params.push(format!("scope={}", encode(s)));
        }
        url.push_str(&params.join("&"));
        let mut req = Request::get(&url);
        if let Some(login) = &self.login {
            req = req.header(header::AUTHORIZATION, login.basic());
        }
        let req = req
            .body(empty())
            .map_err(|e| anyhow::anyhow!("bad token URL: {e}"))?;
        let doing = format!("getting a token for {} from {realm}", self.host);
        let res = self.round_trip(req, &doing).await?;
        let status = res.status();
        let body = read_limited(res.into_body(), 64 * 1024, self.timeout, &doing).await?;
        if !status.is_success() {
            return Err(status_error(
                &doing,
                status,
                &body,
                &self.host,
                self.login.is_some(),
            ));
        }
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        let token = v
            .get("token")
            .or_else(|| v.get("access_token"))
            .and_then(|t| t.as_str())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                AppError::new(Exit::Auth, format!("{doing}: the answer held no token"))
            })?;
        let value = format!("Bearer {token}");
        self.tokens
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(scope.0.clone(), value.clone());
        Ok(value)
    }

    /// Send one request within --timeout (until the answer's headers).
    async fn round_trip(&self, req: Request<Body>, doing: &str) -> Result<Response<Incoming>> {
        match tokio::time::timeout(self.timeout, self.http.request(req)).await {
            Ok(Ok(res)) => Ok(res),
            Ok(Err(e)) => Err(AppError::new(
                Exit::Network,
                format!("{doing}: could not reach {}: {}", self.host, error_chain(&e)),
            )
            .with_hint("check the registry host and your network (a registry on this machine is spoken to over plain HTTP, every other over HTTPS)")
            .into()),
            Err(_) => Err(crate::error::timeout_error(
                &format!("{doing}: waiting for {}", self.host),
                &format!("--timeout {} s", self.timeout.as_secs_f64()),
            )
            .into()),
        }
    }

    /// A request that can be sent again: authorised (asking for a token on a 401), retried
    /// on network errors, 429 and 5xx answers, up to three attempts.
    async fn send(
        &self,
        method: Method,
        path: &str,
        scope: &Scope,
        headers: &[(header::HeaderName, String)],
        body: Option<Bytes>,
        doing: &str,
    ) -> Result<Response<Incoming>> {
        let mut asked = false;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let mut req = Request::builder()
                .method(method.clone())
                .uri(self.url(path));
            for (k, v) in headers {
                req = req.header(k, v);
            }
            if let Some(auth) = self.authorization(scope).await? {
                req = req.header(header::AUTHORIZATION, auth);
            }
            let body = body.clone().map(full).unwrap_or_else(empty);
            let req = req
                .body(body)
                .map_err(|e| AppError::usage(format!("{doing}: {e}")))?;
            crate::ui::debug(2, format_args!("{method} {}{path}", self.host));
            let res = match self.round_trip(req, doing).await {
                Ok(res) => res,
                Err(e) if attempt < 3 && crate::error::classify(&e).0 == Exit::Network => {
                    backoff(attempt).await;
                    continue;
                }
                Err(e) => return Err(e),
            };
            let status = res.status();
            if status == StatusCode::UNAUTHORIZED && !asked {
                asked = true;
                if self.learn(res.headers(), scope).await? {
                    continue;
                }
                return Err(self.refused(res, doing).await);
            }
            if (status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()) && attempt < 3
            {
                backoff(attempt).await;
                continue;
            }
            return Ok(res);
        }
    }

    /// Read a 401's challenge: `true` when there is now something to try.
    async fn learn(&self, headers: &HeaderMap, scope: &Scope) -> Result<bool> {
        let found = headers
            .get_all(header::WWW_AUTHENTICATE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(challenge::parse);
        match found {
            Some(Challenge::Basic) => {
                *self.scheme.lock().unwrap_or_else(|e| e.into_inner()) = Scheme::Basic;
                Ok(self.login.is_some())
            }
            Some(Challenge::Bearer { realm, service, .. }) => {
                *self.scheme.lock().unwrap_or_else(|e| e.into_inner()) = Scheme::Bearer {
                    realm: realm.clone(),
                    service: service.clone(),
                };
                self.tokens
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .remove(&scope.0);
                self.token(&realm, service.as_deref(), scope).await?;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    async fn refused(&self, res: Response<Incoming>, doing: &str) -> anyhow::Error {
        let status = res.status();
        let body = read_limited(res.into_body(), 64 * 1024, self.timeout, doing)
            .await
            .unwrap_or_default();
        status_error(doing, status, &body, &self.host, self.login.is_some())
    }

    /// `HOST/REPO:TAG` or `HOST/REPO@DIGEST`, for messages.
    fn shown(&self, repo: &str, reference: &str) -> String {
        let sep = if reference.contains(':') { "@" } else { ":" };
        format!("{}/{repo}{sep}{reference}", self.host)
    }

    /// A manifest request (HEAD or GET) accepting every manifest type copy knows.
    async fn send_manifest(
        &self,
        method: Method,
        repo: &str,
        reference: &str,
        doing: &str,
    ) -> Result<Response<Incoming>> {
        let path = format!("/v2/{repo}/manifests/{reference}");
        let accept = [(header::ACCEPT, ACCEPT.to_string())];
        self.send(method, &path, &Scope::pull(repo), &accept, None, doing)
            .await
    }

    /// HEAD a manifest: its digest when it is there.
    pub async fn manifest_digest(&self, repo: &str, reference: &str) -> Result<Option<String>> {
        let doing = format!("looking up {}", self.shown(repo, reference));
        let res = self
            .send_manifest(Method::HEAD, repo, reference, &doing)
            .await?;
        match res.status() {
            s if s.is_success() => {
                let digest = header_text(res.headers(), "docker-content-digest");
                match digest {
                    Some(d) => Ok(Some(d)),
                    // A registry that leaves the digest out of HEAD: read the manifest.
                    None => Ok(self.manifest(repo, reference).await?.map(|f| f.digest)),
                }
            }
            StatusCode::NOT_FOUND => Ok(None),
            _ => Err(self.refused(res, &doing).await),
        }
    }

    /// GET a manifest, its digest verified: against the digest asked for, and against the
    /// registry's `Docker-Content-Digest`. `None`: not there.
    pub async fn manifest(&self, repo: &str, reference: &str) -> Result<Option<Fetched>> {
        let doing = format!("reading {}", self.shown(repo, reference));
        let res = self
            .send_manifest(Method::GET, repo, reference, &doing)
            .await?;
        let status = res.status();
        if status == StatusCode::NOT_FOUND {
            // A missing repository is said as one; a missing tag or digest is `None`.
            let err = self.refused(res, &doing).await;
            return match crate::error::code_of(&err) {
                Some("NAME_UNKNOWN") => Err(err),
                _ => Ok(None),
            };
        }
        if !status.is_success() {
            return Err(self.refused(res, &doing).await);
        }
        let media_type = header_text(res.headers(), "content-type").unwrap_or_default();
        let claimed = header_text(res.headers(), "docker-content-digest");
        let bytes = read_limited(res.into_body(), MAX_MANIFEST_BYTES, self.timeout, &doing).await?;
        let digest = manifest::digest_of(&bytes);
        for expected in [
            reference.contains(':').then_some(reference),
            claimed.as_deref().filter(|c| c.starts_with("sha256:")),
        ]
        .into_iter()
        .flatten()
        {
            if expected != digest {
                return Err(mismatch(&doing, expected, &digest));
            }
        }
        let parsed = manifest::parse(&bytes, Some(&media_type))
            .map_err(|e| AppError::new(Exit::Service, format!("{doing}: {e}")))?;
        Ok(Some(Fetched {
            bytes,
            media_type: parsed.media_type,
            digest,
        }))
    }

    /// PUT a manifest under a tag or its digest. Returns whether the registry took note of its
    /// subject (an OCI 1.1 registry answers `OCI-Subject`; others need the referrers tag).
    pub async fn put_manifest(&self, repo: &str, reference: &str, m: &Fetched) -> Result<bool> {
        let sep = if reference.contains(':') { "@" } else { ":" };
        let doing = format!("writing {}/{repo}{sep}{reference}", self.host);
        let path = format!("/v2/{repo}/manifests/{reference}");
        let res = self
            .send(
                Method::PUT,
                &path,
                &Scope::push(repo),
                &[(header::CONTENT_TYPE, m.media_type.clone())],
                Some(m.bytes.clone()),
                &doing,
            )
            .await?;
        let status = res.status();
        if !status.is_success() {
            return Err(self.refused(res, &doing).await);
        }
        if let Some(d) = header_text(res.headers(), "docker-content-digest") {
            if d.starts_with("sha256:") && d != m.digest {
                return Err(mismatch(&doing, &m.digest, &d));
            }
        }
        Ok(res.headers().contains_key("oci-subject"))
    }

    /// Whether a blob is in a repository.
    pub async fn has_blob(&self, repo: &str, digest: &str) -> Result<bool> {
        let doing = format!("looking up blob {digest} in {}/{repo}", self.host);
        let path = format!("/v2/{repo}/blobs/{digest}");
        let res = self
            .send(Method::HEAD, &path, &Scope::push(repo), &[], None, &doing)
            .await?;
        match res.status() {
            s if s.is_success() => Ok(true),
            StatusCode::NOT_FOUND => Ok(false),
            _ => Err(self.refused(res, &doing).await),
        }
    }

    /// GET a blob, following redirects (ECR and S3 serve layers from presigned URLs; the
    /// Authorization header is not sent to another host). The body is the stream.
    pub async fn blob(&self, repo: &str, digest: &str) -> Result<Incoming> {
        let doing = format!("reading blob {digest} from {}/{repo}", self.host);
        let mut path = format!("/v2/{repo}/blobs/{digest}");
        let mut res = self
            .send(Method::GET, &path, &Scope::pull(repo), &[], None, &doing)
            .await?;
        for _ in 0..5 {
            if !res.status().is_redirection() {
                break;
            }
            let Some(location) = header_text(res.headers(), "location") else {
                break;
            };
            let next = if location.starts_with("http://") || location.starts_with("https://") {
                location
            } else {
                self.url(&location)
            };
            let same_host = next.starts_with(&format!("{}/", self.base));
            if same_host {
                path = next;
                res = self
                    .send(Method::GET, &path, &Scope::pull(repo), &[], None, &doing)
                    .await?;
            } else {
                let req = Request::get(&next).body(empty()).map_err(|e| {
                    AppError::new(Exit::Service, format!("{doing}: a bad redirect ({e})"))
                })?;
                res = self.round_trip(req, &doing).await?;
            }
        }
        let status = res.status();
        if !status.is_success() {
            return Err(self.refused(res, &doing).await);
        }
        Ok(res.into_body())
    }

    /// A small blob read whole (an image config), at most `limit` bytes, digest verified.
    pub async fn blob_bytes(&self, repo: &str, digest: &str, limit: usize) -> Result<Bytes> {
        let doing = format!("reading blob {digest} from {}/{repo}", self.host);
        let body = self.blob(repo, digest).await?;
        let bytes = read_limited(body, limit, self.timeout, &doing).await?;
        let actual = manifest::digest_of(&bytes);
        if actual != digest {
            return Err(mismatch(&doing, digest, &actual));
        }
        Ok(bytes)
    }

    /// Start an upload, or mount the blob from `from` (same registry) when it is given.
    pub async fn start_upload(&self, repo: &str, mount: Option<(&str, &str)>) -> Result<Upload> {
        let doing = format!("starting an upload to {}/{repo}", self.host);
        let (path, scope) = match mount {
            Some((digest, from)) => (
                format!("/v2/{repo}/blobs/uploads/?mount={digest}&from={from}"),
                Scope::mount(repo, from),
            ),
            None => (format!("/v2/{repo}/blobs/uploads/"), Scope::push(repo)),
        };
        let res = self
            .send(
                Method::POST,
                &path,
                &scope,
                &[(header::CONTENT_LENGTH, "0".into())],
                None,
                &doing,
            )
            .await?;
        match res.status() {
            StatusCode::CREATED if mount.is_some() => Ok(Upload::Mounted),
            StatusCode::ACCEPTED => {
                let location = header_text(res.headers(), "location").ok_or_else(|| {
                    AppError::new(
                        Exit::Service,
                        format!("{doing}: the answer named no upload URL"),
                    )
                })?;
                Ok(Upload::Session(self.url(&location)))
            }
            _ => Err(self.refused(res, &doing).await),
        }
    }

    /// Send a blob's bytes to an upload session as one streamed PATCH; returns the URL to
    /// finish it at. The body is not replayable: no retry here (the caller's next run resumes).
    /// `len`: the blob's size when known, sent as Content-Length (registries backed by object
    /// stores prefer it to a chunked body).
    pub async fn send_upload(
        &self,
        repo: &str,
        session: &str,
        body: Body,
        len: Option<u64>,
    ) -> Result<String> {
        let doing = format!("uploading to {}/{repo}", self.host);
        let mut req = Request::builder()
            .method(Method::PATCH)
            .uri(session)
            .header(header::CONTENT_TYPE, "application/octet-stream");
        if let Some(n) = len.filter(|n| *n > 0) {
            req = req.header(header::CONTENT_LENGTH, n);
        }
        if let Some(auth) = self.authorization(&Scope::push(repo)).await? {
            req = req.header(header::AUTHORIZATION, auth);
        }
        let req = req
            .body(body)
            .map_err(|e| AppError::usage(format!("{doing}: {e}")))?;
        // No --timeout on the whole transfer of a large layer: the body's reads have their own.
        let res = self.http.request(req).await.map_err(|e| {
            let text = error_chain(&e);
            match find_mismatch(&e) {
                Some(m) => m,
                None => AppError::new(Exit::Network, format!("{doing}: {text}")).into(),
            }
        })?;
        let status = res.status();
        if !status.is_success() {
            return Err(self.refused(res, &doing).await);
        }
        let location =
            header_text(res.headers(), "location").unwrap_or_else(|| session.to_string());
        Ok(self.url(&location))
    }

    /// Finish an upload under its digest.
    pub async fn finish_upload(&self, repo: &str, location: &str, digest: &str) -> Result<()> {
        let doing = format!("finishing the upload of {digest} to {}/{repo}", self.host);
        let sep = if location.contains('?') { '&' } else { '?' };
        let url = format!("{location}{sep}digest={digest}");
        let res = self
            .send(
                Method::PUT,
                &url,
                &Scope::push(repo),
                &[(header::CONTENT_LENGTH, "0".into())],
                None,
                &doing,
            )
            .await?;
        let status = res.status();
        if !status.is_success() {
            return Err(self.refused(res, &doing).await);
        }
        Ok(())
    }

    /// Abandon an upload (best effort: registries expire them anyway).
    pub async fn cancel_upload(&self, repo: &str, location: &str) {
        let _ = self
            .send(
                Method::DELETE,
                location,
                &Scope::push(repo),
                &[],
                None,
                "cancelling an upload",
            )
            .await;
    }

    /// The referrers of a manifest through the referrers API: `None` when the registry has no
    /// such API (404), so the referrers tag is read instead.
    pub async fn referrers(
        &self,
        repo: &str,
        digest: &str,
    ) -> Result<Option<Vec<manifest::Descriptor>>> {
        let doing = format!("listing the referrers of {digest} in {}/{repo}", self.host);
        let path = format!("/v2/{repo}/referrers/{digest}");
        let res = self
            .send(
                Method::GET,
                &path,
                &Scope::pull(repo),
                &[(header::ACCEPT, manifest::OCI_INDEX.into())],
                None,
                &doing,
            )
            .await?;
        let status = res.status();
        let is_index = header_text(res.headers(), "content-type")
            .is_some_and(|c| c.starts_with(manifest::OCI_INDEX));
        if status == StatusCode::NOT_FOUND || (status.is_success() && !is_index) {
            return Ok(None);
        }
        if !status.is_success() {
            return Err(self.refused(res, &doing).await);
        }
        let body = read_limited(res.into_body(), MAX_MANIFEST_BYTES, self.timeout, &doing).await?;
        manifest::referrers(&body)
            .map(Some)
            .map_err(|e| AppError::new(Exit::Service, format!("{doing}: {e}")).into())
    }

    /// Every tag of a repository, all pages (`Link: <…>; rel="next"`).
    pub async fn tags(&self, repo: &str) -> Result<Vec<String>> {
        let doing = format!("listing the tags of {}/{repo}", self.host);
        let mut path = format!("/v2/{repo}/tags/list?n=1000");
        let mut tags = Vec::new();
        for _ in 0..10_000 {
            let res = self
                .send(Method::GET, &path, &Scope::pull(repo), &[], None, &doing)
                .await?;
            let status = res.status();
            if !status.is_success() {
                return Err(self.refused(res, &doing).await);
            }
            let next = header_text(res.headers(), "link").and_then(|l| next_link(&l));
            let body =
                read_limited(res.into_body(), 16 * 1024 * 1024, self.timeout, &doing).await?;
            let v: serde_json::Value = serde_json::from_slice(&body)
                .map_err(|e| AppError::new(Exit::Service, format!("{doing}: not JSON ({e})")))?;
            if let Some(list) = v.get("tags").and_then(|t| t.as_array()) {
                tags.extend(list.iter().filter_map(|t| t.as_str()).map(str::to_string));
            }
            match next {
                Some(n) => path = n,
                None => break,
            }
        }
        Ok(tags)
    }
}

/// The `rel="next"` URL of a Link header.
fn next_link(link: &str) -> Option<String> {
    link.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        params.contains("rel=\"next\"").then(|| {
            url.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        })
    })
}

async fn backoff(attempt: u32) {
    tokio::time::sleep(Duration::from_millis(200 * 2u64.pow(attempt - 1))).await;
}

fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v: &HeaderValue| v.to_str().ok())
        .map(str::to_string)
}

/// Percent-encode a query value.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Read a whole (small) body, at most `limit` bytes, each read within `timeout`.
async fn read_limited(
    mut body: Incoming,
    limit: usize,
    timeout: Duration,
    doing: &str,
) -> Result<Bytes> {
    let mut out = Vec::new();
    loop {
        let frame = match tokio::time::timeout(timeout, body.frame()).await {
            Err(_) => {
                return Err(AppError::new(
                    Exit::Network,
                    format!("{doing}: the answer stopped coming"),
                )
                .into())
            }
            Ok(None) => break,
            Ok(Some(Err(e))) => {
                return Err(
                    AppError::new(Exit::Network, format!("{doing}: {}", error_chain(&e))).into(),
                )
            }
            Ok(Some(Ok(f))) => f,
        };
        if let Some(data) = frame.data_ref() {
            if out.len() + data.len() > limit {
                return Err(AppError::new(
                    Exit::Service,
                    format!("{doing}: the answer is larger than {limit} bytes: not read"),
                )
                .into());
            }
            out.extend_from_slice(data);
        }
    }
    Ok(Bytes::from(out))
}

/// A digest that is not what was asked for: exit 22.
pub fn mismatch(doing: &str, expected: &str, actual: &str) -> anyhow::Error {
    mismatch_error(doing, expected, actual).into()
}

pub fn mismatch_error(doing: &str, expected: &str, actual: &str) -> AppError {
    AppError::new(
        Exit::DigestMismatch,
        format!("{doing}: the content's digest is {actual}, not {expected}: the registry sent other bytes than asked for; nothing was written under the destination tag"),
    )
    .with_code("DIGEST_MISMATCH")
    .with_hint("run the copy again; if it persists, the source registry serves corrupt content")
}

/// An error wrapped inside hyper's, when it is a digest mismatch of ours.
fn find_mismatch(err: &(dyn std::error::Error + 'static)) -> Option<anyhow::Error> {
    let mut source = err.source();
    while let Some(s) = source {
        if let Some(m) = s.downcast_ref::<StreamFailure>() {
            return Some(m.0.clone().into());
        }
        source = s.source();
    }
    None
}

/// A failure of ours inside a streamed body (the source stopped, a digest mismatch).
#[derive(Debug)]
pub struct StreamFailure(pub AppError);

impl std::fmt::Display for StreamFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.message)
    }
}

impl std::error::Error for StreamFailure {}

fn error_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        let t = s.to_string();
        if !text.contains(&t) {
            text.push_str(": ");
            text.push_str(&t);
        }
        source = s.source();
    }
    text
}

/// An error answer as an error: the registry's own code (`MANIFEST_UNKNOWN`, `DENIED`, …) and
/// message, and the exit code its status means.
fn status_error(
    doing: &str,
    status: StatusCode,
    body: &[u8],
    host: &str,
    had_login: bool,
) -> anyhow::Error {
    let v: serde_json::Value = serde_json::from_slice(body).unwrap_or_default();
    let first = v.pointer("/errors/0");
    let code = first
        .and_then(|e| e.get("code"))
        .and_then(|c| c.as_str())
        .map(str::to_string);
    let message = first
        .and_then(|e| e.get("message"))
        .and_then(|c| c.as_str())
        .map(|m| crate::ui::clean(m).into_owned());
    let exit = match status {
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => Exit::Auth,
        StatusCode::NOT_FOUND => Exit::NotFound,
        _ => Exit::Service,
    };
    let code = code.unwrap_or_else(|| {
        match status {
            StatusCode::UNAUTHORIZED => "UNAUTHORIZED",
            StatusCode::FORBIDDEN => "DENIED",
            StatusCode::NOT_FOUND => "NOT_FOUND",
            StatusCode::TOO_MANY_REQUESTS => "TOOMANYREQUESTS",
            _ => "HTTP_ERROR",
        }
        .to_string()
    });
    let said = message.unwrap_or_else(|| format!("HTTP {}", status.as_u16()));
    let mut err = AppError::new(exit, format!("{doing}: {code}: {said}")).with_code(code);
    if exit == Exit::Auth {
        err = err.with_hint(if had_login {
            format!("the credentials for {host} were refused: check them (`docker login {host}`), or the identity's permissions")
        } else {
            format!("{host} needs credentials: `docker login {host}` (ecrctl reads the docker config and its credential helpers)")
        });
    }
    err.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_headers_and_query_encoding() {
        assert_eq!(
            next_link(r#"</v2/a/tags/list?n=2&last=b>; rel="next""#).as_deref(),
            Some("/v2/a/tags/list?n=2&last=b")
        );
        assert_eq!(next_link(r#"<x>; rel="prev""#), None);
        assert_eq!(
            encode("repository:a/b:pull,push"),
            "repository%3Aa%2Fb%3Apull%2Cpush"
        );
    }

    #[test]
    fn error_answers_keep_the_registry_code() {
        let body = br#"{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}"#;
        let e = status_error("reading x", StatusCode::NOT_FOUND, body, "h", false);
        assert_eq!(crate::error::classify(&e).0, Exit::NotFound);
        assert_eq!(crate::error::code_of(&e), Some("MANIFEST_UNKNOWN"));
        let e = status_error("reading x", StatusCode::UNAUTHORIZED, b"", "ghcr.io", false);
        assert_eq!(crate::error::classify(&e).0, Exit::Auth);
        assert!(format!("{e:#}").contains("UNAUTHORIZED"));
        let login = Login {
            username: "u".into(),
            password: "secret".into(),
        };
        assert!(!format!("{login:?}").contains("secret"));
    }
}
