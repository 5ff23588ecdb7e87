//! The AWS side of `images copy` and `images sync`: registry passwords for each side (ECR from
//! GetAuthorizationToken with that side's profile, other registries from the docker config and
//! its credential helpers) and the destination repository's settings for the verdict.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;

use crate::aws::Clients;
use crate::error::{code_of, codes, AppError, Exit};
use crate::login::docker_config::{self, Stored};
use crate::mutability::Mutability;
use crate::oci::client::{Login, Registry as OciRegistry};
use crate::oci::reference::{ImageName, Registry as Kind};
use crate::reference::{parse_repo_arg, LoginRegistry, RepoName};
use crate::registry::settings::NewRepository;
use crate::ui::debug;

/// A registry client for one side of a copy, logged in as that side needs; the name's host is
/// filled in for a short ECR reference (the caller's registry, from the token's answer).
pub async fn open(
    clients: &Clients,
    http: &crate::oci::client::HttpClient,
    image: &mut ImageName,
    push: bool,
    timeout: Duration,
) -> Result<Arc<OciRegistry>> {
    let (login, ecr) = match &image.registry {
        Kind::Ecr(registry) => (Some(ecr_login(clients, Some(registry)).await?), true),
        Kind::EcrOwn => {
            let token = crate::registry::auth::token(clients, None).await?;
            image.host = token.registry.clone();
            (
                Some(Login {
                    username: token.username,
                    password: token.password,
                }),
                true,
            )
        }
        // Anyone may pull from ECR Public; a push needs its token.
        Kind::EcrPublic if push => {
            let public = LoginRegistry::Public {
                host: image.host.clone(),
            };
            (Some(ecr_login(clients, Some(&public)).await?), false)
        }
        Kind::EcrPublic => (None, false),
        Kind::Other => (docker_login(&image.host, timeout).await?, false),
    };
    Ok(Arc::new(OciRegistry::new(
        http.clone(),
        &image.host,
        login,
        timeout,
        ecr,
    )))
}

async fn ecr_login(clients: &Clients, registry: Option<&LoginRegistry>) -> Result<Login> {
    let token = crate::registry::auth::token(clients, registry).await?;
    Ok(Login {
        username: token.username,
        password: token.password,
    })
}

/// The docker config's credentials for a host (`None`: anonymous).
async fn docker_login(host: &str, timeout: Duration) -> Result<Option<Login>> {
    let env = |k: &str| std::env::var(k).ok();
    let Some(path) = docker_config::path(&env) else {
        return Ok(None);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(_) => return Ok(None),
    };
    let doc = docker_config::parse(&text)
        .map_err(|e| AppError::new(Exit::Config, format!("reading {}: {e}", path.display())))?;
    match docker_config::credentials_for(&doc, host) {
        None => Ok(None),
        Some(Stored::Inline(username, password)) => {
            debug(
                1,
                format_args!("{host}: credentials from {}", path.display()),
            );
            Ok(Some(Login { username, password }))
        }
        Some(Stored::Helper(name)) => helper_login(&name, host, timeout).await,
    }
}

/// Ask `docker-credential-NAME get` for a host, as docker does. A helper that has nothing for
/// it (it exits non-zero) means anonymous; one that is missing is an error naming it.
async fn helper_login(name: &str, host: &str, timeout: Duration) -> Result<Option<Login>> {
    use tokio::io::AsyncWriteExt;
    let program = format!("docker-credential-{name}");
    debug(1, format_args!("{host}: asking {program}"));
    let mut child = tokio::process::Command::new(&program)
        .arg("get")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| {
            AppError::new(
                Exit::LocalTool,
                format!(
                    "running {program} (the docker config's credential helper for {host}): {e}"
                ),
            )
            .with_hint("install it, or remove it from the docker config (credHelpers / credsStore)")
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(host.as_bytes()).await;
    }
    let out = tokio::time::timeout(timeout, child.wait_with_output())
        .await
        .map_err(|_| {
            AppError::new(
                Exit::LocalTool,
                format!("{program} did not answer within --timeout"),
            )
        })?
        .map_err(|e| AppError::new(Exit::LocalTool, format!("running {program}: {e}")))?;
    if !out.status.success() {
        debug(
            1,
            format_args!("{program} has nothing for {host}: anonymous"),
        );
        return Ok(None);
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|_| {
        AppError::new(
            Exit::LocalTool,
            format!("{program} answered something other than JSON"),
        )
    })?;
    let user = v
        .get("Username")
        .and_then(|u| u.as_str())
        .unwrap_or_default();
    let secret = v.get("Secret").and_then(|u| u.as_str()).unwrap_or_default();
    if secret.is_empty() {
        return Ok(None);
    }
    // An identity token (Azure, some helpers) is a refresh token, sent as the password of
    // the `<token>` user, as docker does.
    Ok(Some(Login {
        username: if user.is_empty() {
            "<token>".into()
        } else {
            user.to_string()
        },
        password: secret.to_string(),
    }))
}

/// The destination repository as ECR's control plane describes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Setting {
    Found(Option<Mutability>),
    Missing,
    /// Could not be read; the text says why.
    Unreadable(String),
}

/// The repository of an ECR destination (`None` for other registries), as a [`RepoName`].
pub fn ecr_repo(image: &ImageName) -> Option<RepoName> {
    match image.registry {
        Kind::Ecr(_) => parse_repo_arg(&format!("{}/{}", image.host, image.repository), false).ok(),
        Kind::EcrOwn => parse_repo_arg(&image.repository, false).ok(),
        _ => None,
    }
}

/// The destination repository's tag mutability (ECR private), read with that side's clients.
pub async fn setting(clients: &Clients, repo: &RepoName) -> Setting {
    let registry = match crate::registry::Registry::of(clients, repo).await {
        Ok(r) => r,
        Err(e) => return Setting::Unreadable(crate::error::render(&e)),
    };
    match registry.describe(&repo.name).await {
        Ok(Some(info)) => Setting::Found(info.mutability()),
        Ok(None) => Setting::Missing,
        Err(e) if codes::repository_not_found(code_of(&e)) => Setting::Missing,
        Err(e) => Setting::Unreadable(crate::error::render(&e)),
    }
}

/// The create-on-push template that would create a missing repository when it is pushed to
/// (`Err`: templates could not be read).
pub async fn template_for(clients: &Clients, repo: &RepoName) -> Result<Option<String>, String> {
    let client = clients
        .ecr_in(repo.region.as_deref(), repo.fips, repo.dual_stack)
        .await
        .map_err(|e| crate::error::render(&e))?;
    crate::registry::push_state::create_on_push_template(
        &client,
        repo.registry_id.clone(),
        &repo.name,
    )
    .await
    .map(|t| t.map(|t| t.prefix))
}

/// CreateRepository with ECR's defaults (mutable tags, AES256, no scan on push).
pub async fn create(clients: &Clients, repo: &RepoName) -> Result<()> {
    let registry = crate::registry::Registry::of(clients, repo).await?;
    let new = NewRepository {
        mutability: crate::verdict::public_mutability(),
        scan_on_push: false,
        kms_key: None,
        tags: Vec::new(),
        catalog: None,
    };
    match registry.create(&repo.name, &new).await {
        Ok(_) => Ok(()),
        // Created meanwhile by another copy: what was wanted.
        Err(e) if code_of(&e) == Some("RepositoryAlreadyExistsException") => Ok(()),
        Err(e) => Err(e),
    }
}
