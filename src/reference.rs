//! Repository-name grammar and ECR naming rules. Pure: no AWS types.

/// Which grammar a name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registry {
    Private,
    Public,
}

/// Check a repository name against ECR's grammar, with a message saying exactly what is wrong.
///
/// Private names follow the OCI distribution grammar (separators `.`, `_`, `__` or runs of `-`),
/// 2-256 characters; public names the older one (single `.`, `_` or `-`), 2-205 characters.
pub fn validate_repository_name(name: &str, registry: Registry) -> Result<(), String> {
    let max = match registry {
        Registry::Private => 256,
        Registry::Public => 205,
    };
    let len = name.chars().count();
    if len < 2 || len > max {
        return Err(format!(
            "repository name '{}' is {len} character{} long: it must be 2 to {max}",
            crate::error::cut(name),
            if len == 1 { "" } else { "s" }
        ));
    }
    if let Some(c) = name.chars().find(|c| c.is_ascii_uppercase()) {
        return Err(format!(
            "repository name '{}' contains upper-case '{c}': names are lower case",
            crate::error::cut(name)
        ));
    }
    for component in name.split('/') {
        validate_component(name, component, registry)?;
    }
    Ok(())
}

fn validate_component(name: &str, component: &str, registry: Registry) -> Result<(), String> {
    if component.is_empty() {
        return Err(format!(
            "repository name '{}' has an empty path component (leading, trailing or doubled '/')",
            crate::error::cut(name)
        ));
    }
    let bytes = component.as_bytes();
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    if let Some(&b) = bytes
        .iter()
        .find(|&&b| !alnum(b) && !matches!(b, b'.' | b'_' | b'-'))
    {
        return Err(format!(
            "repository name '{}' contains {:?}: only a-z, 0-9, '.', '_', '-' and '/' are allowed",
            crate::error::cut(name),
            b as char
        ));
    }
    if !alnum(bytes[0]) || !alnum(bytes[bytes.len() - 1]) {
        return Err(format!(
            "repository name '{}': each '/'-separated part must start and end with a letter or digit ('{component}' does not)", crate::error::cut(name)));
    }
    // Check every run of separators between alphanumerics.
    let mut i = 0;
    while i < bytes.len() {
        if alnum(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !alnum(bytes[i]) {
            i += 1;
        }
        let sep = &component[start..i];
        let ok = match registry {
            Registry::Private => matches!(sep, "." | "_" | "__") || sep.bytes().all(|b| b == b'-'),
            Registry::Public => matches!(sep, "." | "_" | "-"),
        };
        if !ok {
            let allowed = match registry {
                Registry::Private => "'.', '_', '__' or dashes",
                Registry::Public => "a single '.', '_' or '-' (public repositories)",
            };
            return Err(format!(
                "repository name '{}' joins words with '{sep}': use {allowed}",
                crate::error::cut(name)
            ));
        }
    }
    Ok(())
}

/// Check an ECR Public registry alias: 2-50 chars, `[a-z][a-z0-9]+` then `[._-][a-z0-9]+` groups.
pub fn validate_public_alias(alias: &str) -> Result<(), String> {
    let len = alias.len();
    let bytes = alias.as_bytes();
    let alnum = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let valid = (2..=50).contains(&len)
        && bytes[0].is_ascii_lowercase()
        && alnum(&bytes[1])
        && alias
            .split(['.', '_', '-'])
            .all(|part| !part.is_empty() && part.bytes().all(|b| alnum(&b)));
    if valid {
        Ok(())
    } else {
        Err(format!(
            "public registry alias '{}' is invalid: 2-50 characters, a lower-case letter first, \
             then letters and digits in groups joined by '.', '_' or '-'",
            crate::error::cut(alias)
        ))
    }
}

pub const PUBLIC_REGISTRY_HOST: &str = "public.ecr.aws";
/// ECR Public's dual-stack host, an alias of `public.ecr.aws`.
pub const PUBLIC_DUAL_STACK_HOST: &str = "ecr-public.aws.com";

/// The commercial regions ECR runs in, for --all-regions.
pub const COMMERCIAL_REGIONS: &[&str] = &[
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "af-south-1",
    "ap-east-1",
    "ap-east-2",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-7",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ca-central-1",
    "ca-west-1",
    "eu-central-1",
    "eu-central-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-south-1",
    "eu-south-2",
    "eu-north-1",
    "il-central-1",
    "me-south-1",
    "me-central-1",
    "mx-central-1",
    "sa-east-1",
];

/// ECR's regions outside the commercial partition.
pub const OTHER_REGIONS: &[&str] = &[
    "cn-north-1",
    "cn-northwest-1",
    "us-gov-east-1",
    "us-gov-west-1",
];

/// A region name that is not one ECR is known to run in but is one typo away from one: the
/// region meant. `None` for a known region, and for an unknown one that resembles none (a
/// region newer than this list).
pub fn region_typo(region: &str) -> Option<&'static str> {
    let known = COMMERCIAL_REGIONS.iter().chain(OTHER_REGIONS);
    if known.clone().any(|r| *r == region) {
        return None;
    }
    crate::suggest::closest(region, known.copied())
}

/// The AWS partition a region belongs to: `aws`, `aws-cn` or `aws-us-gov`.
pub fn partition_of(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else {
        "aws"
    }
}

/// A repository named by the user: a plain name, a private repository URI
/// (`ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME` and its FIPS, dual-stack and China forms) or
/// `public.ecr.aws/ALIAS/NAME`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RepoName {
    pub name: String,
    /// The repository as the user wrote it (a name or a URI), for hints that name a command.
    pub given: String,
    pub public: bool,
    /// The registry alias when the user gave a public URI.
    pub alias: Option<String>,
    /// The private registry (account id) a URI or --registry-id names; `None`: the caller's.
    pub registry_id: Option<String>,
    /// The region a private URI names; `None`: the configured one.
    pub region: Option<String>,
    pub fips: bool,
    pub dual_stack: bool,
}

impl RepoName {
    /// The repository of an image reference.
    pub fn of_image(image: &ImageRef) -> RepoName {
        let mut repo = RepoName {
            name: image.repository.clone(),
            given: split_image_arg(&image.original).0.to_string(),
            ..Default::default()
        };
        match &image.target {
            Target::Public { alias } => {
                repo.public = true;
                repo.alias = Some(alias.clone());
            }
            Target::Private {
                account,
                region,
                fips,
                dual_stack,
            } => {
                repo.registry_id = account.clone();
                repo.region = region.clone();
                repo.fips = *fips;
                repo.dual_stack = *dual_stack;
            }
        }
        repo
    }

    /// The registry as people read it: `123456789012 (eu-west-1)`, `your registry`, …
    pub fn registry_text(&self, region: &str) -> String {
        if self.public {
            return match &self.alias {
                Some(a) => format!("public.ecr.aws/{a}"),
                None => "your public registry".to_string(),
            };
        }
        match &self.registry_id {
            Some(id) => format!("registry {id} in {region}"),
            None => format!("your registry in {region}"),
        }
    }
}

/// Read a repository argument: a name (public only when `public` is set), a private repository
/// URI, or `public.ecr.aws/ALIAS/NAME` (public whatever `public` says). Validates it; a tag or
/// digest is refused (this names a repository, not an image).
pub fn parse_repo_arg(arg: &str, public: bool) -> Result<RepoName, String> {
    let registry = if public {
        Registry::Public
    } else {
        Registry::Private
    };
    // `my.team/api` is a valid repository name; only an ECR host (or a first component that
    // cannot be part of a name) makes the argument a URI.
    let first = arg.split('/').next().unwrap_or_default();
    let ecr_host = is_registry_host(first) || private_host(&first.to_ascii_lowercase()).is_err();
    let host_like = arg.contains('/')
        && (ecr_host
            || ((first.contains('.') || first.contains(':'))
                && validate_repository_name(arg, registry).is_err()));
    if host_like || is_registry_host(arg) {
        let image = parse_image_ref(arg)?;
        if image.tag.is_some() || image.digest.is_some() {
            let bare = arg.split('@').next().unwrap_or(arg);
            let bare = match bare.rfind(':') {
                Some(c) if c > bare.rfind('/').unwrap_or(0) => &bare[..c],
                _ => bare,
            };
            return Err(format!(
                "'{}' names an image (a tag or digest), not a repository: give {bare}",
                crate::error::cut(arg)
            ));
        }
        if public && !image.is_public() {
            return Err(format!(
                "'{}' is a private repository URI: drop --public",
                crate::error::cut(arg)
            ));
        }
        return Ok(RepoName::of_image(&image));
    }
    if let (repo, Some(_)) = split_image_arg(arg) {
        if validate_repository_name(repo, registry).is_ok() {
            return Err(format!(
                "'{}' names an image (a tag or digest), not a repository: give {repo}",
                crate::error::cut(arg)
            ));
        }
    }
    validate_repository_name(arg, registry)?;
    Ok(RepoName {
        name: arg.to_string(),
        given: arg.to_string(),
        public,
        ..Default::default()
    })
}

/// A repository argument that may carry an image: `myapp:v1`, `myapp@sha256:…`, or a URI with
/// either. Returns the repository part and the tag or digest, if any (a port cannot occur: ECR
/// hosts have none).
pub fn split_image_arg(arg: &str) -> (&str, Option<&str>) {
    if let Some((repo, digest)) = arg.split_once('@') {
        return (repo, Some(digest));
    }
    let last_slash = arg.rfind('/').map_or(0, |i| i + 1);
    match arg[last_slash..].rfind(':') {
        Some(c) => (&arg[..last_slash + c], Some(&arg[last_slash + c + 1..])),
        None => (arg, None),
    }
}

/// Whether a text is an ECR registry host on its own (no repository).
fn is_registry_host(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower == PUBLIC_REGISTRY_HOST
        || lower == PUBLIC_DUAL_STACK_HOST
        || private_host(&lower).is_ok_and(|t| t.is_some())
}

// ---------------------------------------------------------------------------------------------
// Docker's reference grammar (github.com/distribution/reference), then ECR's host rules.

/// docker's limit on a repository path (host excluded).
pub const MAX_PATH_LEN: usize = 255;

/// A reference parsed with docker's grammar: `[domain/]path[:tag][@digest]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The first component when it is a valid host and more components follow (docker's `Parse`).
    pub domain: Option<String>,
    pub path: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl Reference {
    /// `domain/path`, or `path`.
    pub fn name(&self) -> String {
        match &self.domain {
            Some(d) => format!("{d}/{}", self.path),
            None => self.path.clone(),
        }
    }

    /// Parse a whole reference with docker's grammar.
    pub fn parse(input: &str) -> Result<Reference, String> {
        if input.is_empty() {
            return Err("empty image reference".into());
        }
        let (name_tag, digest) = match input.split_once('@') {
            Some((n, d)) => (n, Some(d)),
            None => (input, None),
        };
        if let Some(d) = digest {
            validate_digest(d).map_err(|e| format!("'{}': {e}", crate::error::cut(input)))?;
        }
        let last_slash = name_tag.rfind('/');
        let (name, tag) = match name_tag.rfind(':') {
            Some(c) if last_slash.is_none_or(|s| c > s) => {
                (&name_tag[..c], Some(&name_tag[c + 1..]))
            }
            _ => (name_tag, None),
        };
        if let Some(t) = tag {
            validate_tag(t).map_err(|e| format!("'{}': {e}", crate::error::cut(input)))?;
        }
        let (domain, path) =
            split_name(name).map_err(|e| format!("'{}': {e}", crate::error::cut(input)))?;
        Ok(Reference {
            domain: domain.map(str::to_string),
            path: path.to_string(),
            tag: tag.map(str::to_string),
            digest: digest.map(str::to_string),
        })
    }
}

impl std::fmt::Display for Reference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name())?;
        if let Some(t) = &self.tag {
            write!(f, ":{t}")?;
        }
        if let Some(d) = &self.digest {
            write!(f, "@{d}")?;
        }
        Ok(())
    }
}

/// Split a repository name (no tag, no digest) into docker's domain and path.
pub fn split_name(name: &str) -> Result<(Option<&str>, &str), String> {
    if name.is_empty() {
        return Err("empty repository name".into());
    }
    let (domain, path) = match name.split_once('/') {
        Some((first, rest)) if valid_domain(first) && valid_path(rest) => (Some(first), rest),
        _ if valid_path(name) => (None, name),
        _ => {
            let lower = name.to_ascii_lowercase();
            let still_valid = match name.split_once('/') {
                Some((first, rest)) => {
                    valid_domain(first) && valid_path(&rest.to_ascii_lowercase())
                }
                None => false,
            } || valid_path(&lower);
            return Err(if still_valid {
                "repository name must be lowercase".into()
            } else {
                format!(
                    "invalid repository name '{}': path components are lower-case letters and digits \
                     joined by '.', '_', '__' or dashes, separated by '/'", crate::error::cut(name))
            });
        }
    };
    if path.len() > MAX_PATH_LEN {
        return Err(format!(
            "repository path is {} characters long: docker allows at most {MAX_PATH_LEN}",
            path.len()
        ));
    }
    Ok((domain, path))
}

fn valid_path(path: &str) -> bool {
    !path.is_empty()
        && path
            .split('/')
            .all(|c| validate_component(path, c, Registry::Private).is_ok())
}

/// A registry host with an optional port: DNS-style names (any case), `[ipv6]`, `:digits`.
pub fn valid_domain(domain: &str) -> bool {
    let (host, port) = if domain.starts_with('[') {
        match domain.find(']') {
            Some(end) => {
                let rest = &domain[end + 1..];
                let port = match rest.strip_prefix(':') {
                    Some(p) => Some(p),
                    None if rest.is_empty() => None,
                    None => return false,
                };
                (&domain[..=end], port)
            }
            None => return false,
        }
    } else {
        match domain.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (domain, None),
        }
    };
    if let Some(p) = port {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        return !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_hexdigit() || b == b':');
    }
    !host.is_empty()
        && host.split('.').all(|label| {
            let b = label.as_bytes();
            !b.is_empty()
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        })
}

/// The longest tag the ECR API takes (PutImage, BatchGetImage, BatchDeleteImage).
pub const MAX_EXISTING_TAG: usize = 300;
/// The longest tag docker and the OCI distribution spec push: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`.
pub const MAX_NEW_TAG: usize = 128;

/// A tag that may already be in a repository, to read or delete it: the ECR API takes any tag
/// of 1 to 300 characters (PutImage has no pattern), so one written through the API must stay
/// reachable even when docker could not have pushed it.
pub fn validate_existing_tag(tag: &str) -> Result<(), String> {
    match tag.chars().count() {
        0 => Err("empty tag".into()),
        n if n > MAX_EXISTING_TAG => Err(format!(
            "tag '{}' is {n} characters long: ECR reads and deletes tags of at most {MAX_EXISTING_TAG} characters (its API limit; a tag ecrctl writes is at most {MAX_NEW_TAG}, as docker pushes them)",
            crate::error::cut(tag)
        )),
        _ => Ok(()),
    }
}

/// A tag as docker and the OCI spec push it: `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`.
pub fn validate_tag(tag: &str) -> Result<(), String> {
    let b = tag.as_bytes();
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    if b.is_empty() {
        return Err("empty tag".into());
    }
    if b.len() > MAX_NEW_TAG {
        return Err(format!(
            "tag '{}' is {} characters long: a tag written (and pushed by docker) is at most {MAX_NEW_TAG} characters, the OCI distribution spec's limit; ECR's API reads and deletes tags of up to {MAX_EXISTING_TAG}, which docker could not have pushed",
            crate::error::cut(tag),
            tag.chars().count()
        ));
    }
    if !word(&b[0]) {
        return Err(format!(
            "invalid tag '{}': it must start with a letter, digit or '_'",
            crate::error::cut(tag)
        ));
    }
    if let Some(c) = tag
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
    {
        return Err(format!(
            "invalid tag '{}': {c:?} is not allowed (letters, digits, '_', '.', '-')",
            crate::error::cut(tag)
        ));
    }
    Ok(())
}

/// A content digest: `sha256:` + 64 lower-case hex characters. docker registers no other
/// algorithm, and ECR computes only sha256.
pub fn validate_digest(digest: &str) -> Result<(), String> {
    let (algorithm, hex) = digest.split_once(':').ok_or_else(|| {
        format!(
            "invalid digest '{}': expected sha256:<64 hex characters>",
            crate::error::cut(digest)
        )
    })?;
    if algorithm != "sha256" {
        return Err(format!(
            "unsupported digest algorithm '{}' (expected sha256)",
            crate::error::cut(algorithm)
        ));
    }
    let want = 64;
    if hex.len() != want
        || !hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(format!(
            "invalid digest '{}': {algorithm} takes {want} lower-case hex characters",
            crate::error::cut(digest)
        ));
    }
    Ok(())
}

/// Where an image reference points, by ECR's rules.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// A private registry. Account and region are `None` for a short reference (`myapp:v1`),
    /// which means the caller's own registry in the configured region.
    Private {
        account: Option<String>,
        region: Option<String>,
        fips: bool,
        dual_stack: bool,
    },
    /// `public.ecr.aws/ALIAS/…` (or its dual-stack alias `ecr-public.aws.com/ALIAS/…`).
    Public { alias: String },
}

/// An image reference resolved to an ECR registry, repository, tag and digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    pub original: String,
    pub target: Target,
    pub repository: String,
    /// `None` when the reference names no tag; see [`ImageRef::tag_or_latest`].
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl ImageRef {
    /// docker pushes `latest` when no tag is given.
    pub fn tag_or_latest(&self) -> &str {
        self.tag.as_deref().unwrap_or("latest")
    }

    pub fn is_public(&self) -> bool {
        matches!(self.target, Target::Public { .. })
    }
}

/// Parse an image reference with docker's grammar, then ECR's host rules. A name whose first
/// component is not a host (no `.` or `:`, not `localhost`; docker's own rule) is a short
/// reference to the caller's private registry. Every error names the whole reference.
pub fn parse_image_ref(input: &str) -> Result<ImageRef, String> {
    if input.is_empty() {
        return Err(
            "an image reference is empty: expected REPOSITORY[:TAG] or a full image URI".into(),
        );
    }
    let r = Reference::parse(input)?;
    let host = r.domain.as_deref().filter(|d| {
        d.contains('.')
            || d.contains(':')
            || *d == "localhost"
            || d.bytes().any(|b| b.is_ascii_uppercase())
    });
    let named = |e: String| {
        if e.contains(input) {
            e
        } else {
            format!("'{}': {e}", crate::error::cut(input))
        }
    };
    let (target, repository) = match host {
        None => {
            if is_registry_host(&r.path) {
                return Err(format!(
                    "'{}' is a registry host with no repository: add /REPOSITORY, e.g. {}/myapp",
                    crate::error::cut(input),
                    r.path
                ));
            }
            let repository = r.name();
            validate_repository_name(&repository, Registry::Private).map_err(named)?;
            (
                Target::Private {
                    account: None,
                    region: None,
                    fips: false,
                    dual_stack: false,
                },
                repository,
            )
        }
        Some(host) => {
            let lower = host.to_ascii_lowercase();
            if lower == PUBLIC_REGISTRY_HOST || lower == PUBLIC_DUAL_STACK_HOST {
                let (alias, name) = r.path.split_once('/').ok_or_else(|| {
                    format!(
                        "'{}': a public reference is {lower}/ALIAS/REPOSITORY",
                        crate::error::cut(input)
                    )
                })?;
                validate_public_alias(alias).map_err(named)?;
                validate_repository_name(name, Registry::Public).map_err(named)?;
                (
                    Target::Public {
                        alias: alias.to_string(),
                    },
                    name.to_string(),
                )
            } else {
                let target = private_host(&lower).map_err(named)?.ok_or_else(|| {
                    format!(
                        "'{}': '{host}' is not an Amazon ECR registry host (expected ACCOUNT.dkr.ecr.REGION.amazonaws.com, \
                         its FIPS, dual-stack or China forms, or public.ecr.aws)", crate::error::cut(input))
                })?;
                validate_repository_name(&r.path, Registry::Private).map_err(named)?;
                (target, r.path.clone())
            }
        }
    };
    Ok(ImageRef {
        original: input.to_string(),
        target,
        repository,
        tag: r.tag,
        digest: r.digest,
    })
}

/// An ECR registry to log in to, as a server URL names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginRegistry {
    Private {
        /// The host as given (lower case): the FIPS, dual-stack or China form when it is one.
        host: String,
        account: String,
        region: String,
        fips: bool,
        dual_stack: bool,
    },
    /// `public.ecr.aws` or its dual-stack alias.
    Public { host: String },
}

impl LoginRegistry {
    pub fn host(&self) -> &str {
        match self {
            LoginRegistry::Private { host, .. } | LoginRegistry::Public { host } => host,
        }
    }
}

/// The ECR registry a server URL names, as docker, containerd, buildkit and others pass it:
/// with or without `https://`, with port 443, a path (`/v2/`), a trailing newline. The whole host
/// must be an ECR host: look-alikes (`…amazonaws.com.evil.example`), user info (`user@host`),
/// an ECR host in the path, a non-numeric port or an IP address are not (`None`).
pub fn login_registry(url: &str) -> Option<LoginRegistry> {
    let s = url.trim();
    let lower = s.to_ascii_lowercase();
    // Plain HTTP would send the password in clear: only https (or no scheme).
    let rest = lower.strip_prefix("https://").unwrap_or(&lower);
    if rest.contains("://") {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if authority.contains('@') || authority.starts_with('[') {
        return None;
    }
    let host = match authority.split_once(':') {
        // ECR registries listen on 443 only: another port is not ECR's.
        Some((host, "443")) => host,
        Some(_) => return None,
        None => authority,
    };
    let host = host.strip_suffix('.').unwrap_or(host);
    if host.is_empty()
        || !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return None;
    }
    if host == PUBLIC_REGISTRY_HOST || host == PUBLIC_DUAL_STACK_HOST {
        return Some(LoginRegistry::Public {
            host: host.to_string(),
        });
    }
    match private_host(host) {
        Ok(Some(Target::Private {
            account: Some(account),
            region: Some(region),
            fips,
            dual_stack,
        })) => Some(LoginRegistry::Private {
            host: host.to_string(),
            account,
            region,
            fips,
            dual_stack,
        }),
        _ => None,
    }
}

/// Match a whole lower-case host against ECR's private registry host forms. `Ok(None)`: not an
/// ECR host; `Err`: an ECR host whose region and domain suffix belong to different partitions.
fn private_host(host: &str) -> Result<Option<Target>, String> {
    let labels: Vec<&str> = host.split('.').collect();
    let Some(&account) = labels.first() else {
        return Ok(None);
    };
    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    let region_ok = |r: &str| {
        !r.is_empty()
            && r.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && r.bytes().any(|b| b.is_ascii_digit())
    };
    let (region, fips, dual_stack, china_suffix) = match labels[1..] {
        ["dkr", service @ ("ecr" | "ecr-fips"), region, "amazonaws", "com"] => {
            (region, service == "ecr-fips", false, false)
        }
        ["dkr", "ecr", region, "amazonaws", "com", "cn"] => (region, false, false, true),
        [service @ ("dkr-ecr" | "dkr-ecr-fips"), region, "on", "aws"] => {
            (region, service == "dkr-ecr-fips", true, false)
        }
        ["dkr-ecr", region, "on", "amazonwebservices", "com", "cn"] => (region, false, true, true),
        _ => return Ok(None),
    };
    if !region_ok(region) {
        return Ok(None);
    }
    let china_region = partition_of(region) == "aws-cn";
    if china_region != china_suffix {
        return Err(if china_region {
            format!(
                "'{}': {region} is a China region, whose registry hosts end in .amazonaws.com.cn",
                crate::error::cut(host)
            )
        } else {
            format!(
                "'{}': the .amazonaws.com.cn domain serves only China regions (cn-north-1, cn-northwest-1), not {region}", crate::error::cut(host))
        });
    }
    Ok(Some(Target::Private {
        account: Some(account.to_string()),
        region: Some(region.to_string()),
        fips,
        dual_stack,
    }))
}

#[cfg(test)]
mod tests {

    #[test]
    fn server_urls_as_tools_pass_them() {
        let host = "123456789012.dkr.ecr.us-east-1.amazonaws.com";
        for url in [
            host.to_string(),
            format!("https://{host}"),
            format!("https://{host}/v2/"),
            format!("{host}:443"),
            format!("HTTPS://{}/V2/\n", host.to_uppercase()),
            format!("{host}/myapp:v1"),
            format!("https://{host}:443/v2/myapp/manifests/latest"),
            format!("{host}."),
        ] {
            match login_registry(&url) {
                Some(LoginRegistry::Private {
                    account,
                    region,
                    fips,
                    dual_stack,
                    ..
                }) => {
                    assert_eq!(
                        (account.as_str(), region.as_str(), fips, dual_stack),
                        ("123456789012", "us-east-1", false, false),
                        "{url}"
                    );
                }
                other => panic!("{url}: {other:?}"),
            }
        }
        for (url, fips, dual) in [
            (
                "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com",
                true,
                false,
            ),
            ("123456789012.dkr-ecr.eu-west-1.on.aws", false, true),
            ("123456789012.dkr-ecr-fips.us-east-2.on.aws", true, true),
            (
                "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn",
                false,
                false,
            ),
        ] {
            let Some(LoginRegistry::Private {
                fips: f,
                dual_stack: d,
                ..
            }) = login_registry(url)
            else {
                panic!("{url}")
            };
            assert_eq!((f, d), (fips, dual), "{url}");
        }
        for url in [
            "public.ecr.aws",
            "https://public.ecr.aws/v2/",
            "ecr-public.aws.com\n",
        ] {
            assert!(
                matches!(login_registry(url), Some(LoginRegistry::Public { .. })),
                "{url}"
            );
        }
        for bad in [
            format!("{host}.evil.example"),
            format!("https://{host}.evil.example/v2/"),
            format!("user@{host}"),
            format!("https://user:pw@{host}/"),
            format!("evil.example/{host}"),
            format!("https://evil.example/{host}/v2/"),
            format!("{host}:abc"),
            format!("http://{host}/v2/"),
            format!("{host}:5000"),
            "https://public.ecr.aws:8443".to_string(),
            format!("{host}:"),
            "public.ecr.aws.evil.example".to_string(),
            "notpublic.ecr.aws".to_string(),
            "docker.io".to_string(),
            "https://index.docker.io/v1/".to_string(),
            "12345678901.dkr.ecr.us-east-1.amazonaws.com".to_string(),
            "123456789012.dkr.ecr.cn-north-1.amazonaws.com".to_string(),
            "[::1]:5000".to_string(),
            "ftp://123456789012.dkr.ecr.us-east-1.amazonaws.com".to_string(),
            String::new(),
        ] {
            assert_eq!(login_registry(&bad), None, "{bad}");
        }
    }

    #[test]
    fn existing_tags_are_any_the_api_takes() {
        assert!(validate_existing_tag("evil$(x)").is_ok());
        assert!(validate_tag("evil$(x)").is_err());
        assert!(validate_existing_tag("").is_err());
        assert!(validate_existing_tag(&"a".repeat(300)).is_ok());
        assert!(validate_existing_tag(&"a".repeat(301)).is_err());
    }

    use super::*;

    fn private(n: &str) -> Result<(), String> {
        validate_repository_name(n, Registry::Private)
    }
    fn public(n: &str) -> Result<(), String> {
        validate_repository_name(n, Registry::Public)
    }

    #[test]
    fn private_names() {
        for ok in [
            "ab",
            "myapp",
            "team-a/api",
            "a__b",
            "a--b",
            "a---b",
            "a.b_c-d",
            "1app",
            "0/1",
            "x/y/z/w",
        ] {
            assert!(
                private(ok).is_ok(),
                "{ok} should be valid: {:?}",
                private(ok)
            );
        }
        assert!(private(&"a".repeat(256)).is_ok());
        for (bad, why) in [
            ("a", "2 to 256"),
            ("MyApp", "upper-case"),
            ("-app", "start and end"),
            ("app-", "start and end"),
            ("a/", "empty path"),
            ("/a", "empty path"),
            ("a//b", "empty path"),
            ("a..b", "'..'"),
            ("a___b", "'___'"),
            ("a._b", "'._'"),
            ("a b", "' '"),
            ("a:b", "':'"),
            ("é1", "'Ã'"),
        ] {
            let err = private(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
        assert!(private(&"a".repeat(257)).unwrap_err().contains("257"));
    }

    #[test]
    fn public_names_use_the_older_grammar() {
        assert!(public("my-app/x.y_z").is_ok());
        assert!(public("a__b").unwrap_err().contains("public"));
        assert!(public("a--b").is_err());
        assert!(public(&"a".repeat(205)).is_ok());
        assert!(public(&"a".repeat(206)).is_err());
    }

    #[test]
    fn aliases() {
        for ok in ["ab", "myalias", "my-alias.x_y", "a1"] {
            assert!(validate_public_alias(ok).is_ok(), "{ok}");
        }
        // "a-b": the first group needs two characters.
        for bad in ["a", "1abc", "a-", "a..b", "Abc", &"a".repeat(51), "a-b"] {
            assert!(validate_public_alias(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn repo_arguments() {
        let r = parse_repo_arg("public.ecr.aws/myalias/app", false).unwrap();
        assert!(r.public);
        assert_eq!(r.name, "app");
        assert_eq!(r.alias.as_deref(), Some("myalias"));
        assert!(parse_repo_arg("public.ecr.aws/myalias", false).is_err());
        let r = parse_repo_arg("app", true).unwrap();
        assert!(r.public && r.alias.is_none());
        assert!(!parse_repo_arg("team/app", false).unwrap().public);
    }

    /// Some upstream cases name only the repository, not its domain/path split: the table then
    /// shows an empty domain and the whole name as path. Those rows check the name alone.
    fn split_is_checked(expected_domain: &str, got_domain: Option<&str>) -> bool {
        !(expected_domain.is_empty() && got_domain.is_some())
    }

    /// Every row of docker's own test table (shared/conformance).
    #[test]
    fn distribution_reference_conformance() {
        let table = include_str!("../tests/data/distribution-reference-cases.tsv");
        // The copy must stay the published table when the shared folder is beside the checkout.
        let shared = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/conformance/distribution-reference-cases.tsv"
        );
        if let Ok(original) = std::fs::read_to_string(shared) {
            assert_eq!(original, table, "tests/data copy differs from {shared}");
        }
        let mut rows = 0;
        for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let f: Vec<String> = line
                .split('\t')
                .map(|x| x.replace("\\n", "\n").replace("\\t", "\t"))
                .collect();
            let (check, input, valid) = (f[0].as_str(), f[1].as_str(), f[2] == "yes");
            let col = |i: usize| f.get(i).map(String::as_str).unwrap_or("");
            rows += 1;
            match check {
                "parse" => {
                    let got = Reference::parse(input);
                    assert_eq!(got.is_ok(), valid, "parse {input:?}: {got:?}");
                    if let Ok(r) = got {
                        assert_eq!(r.name(), col(3), "name of {input}");
                        if split_is_checked(col(4), r.domain.as_deref()) {
                            assert_eq!(
                                r.domain.as_deref().unwrap_or(""),
                                col(4),
                                "domain of {input}"
                            );
                            assert_eq!(r.path, col(5), "path of {input}");
                        }
                        assert_eq!(r.tag.as_deref().unwrap_or(""), col(6), "tag of {input}");
                        assert_eq!(
                            r.digest.as_deref().unwrap_or(""),
                            col(7),
                            "digest of {input}"
                        );
                        // Printing and parsing again gives the same reference.
                        assert_eq!(Reference::parse(&r.to_string()).unwrap(), r);
                    }
                }
                "name" => {
                    let got = split_name(input);
                    assert_eq!(got.is_ok(), valid, "name {input:?}: {got:?}");
                    if let Ok((domain, path)) = got {
                        if split_is_checked(col(4), domain) {
                            assert_eq!(domain.unwrap_or(""), col(4), "domain of {input}");
                            assert_eq!(path, col(5), "path of {input}");
                        }
                    }
                }
                "domain" => assert_eq!(valid_domain(input), valid, "domain {input:?}"),
                other => panic!("unknown check {other}"),
            }
        }
        assert!(rows > 140, "only {rows} rows read");
    }

    #[test]
    fn uppercase_names_say_so() {
        assert_eq!(
            Reference::parse("Uppercase:tag").unwrap_err(),
            "'Uppercase:tag': repository name must be lowercase"
        );
    }

    #[test]
    fn tags_and_digests() {
        assert!(validate_tag("v1.0").is_ok());
        assert!(validate_tag("_x").is_ok());
        assert!(validate_tag(&"a".repeat(128)).is_ok());
        assert!(validate_tag(&"a".repeat(129)).is_err());
        assert!(validate_tag(".x").is_err());
        assert!(validate_tag("-x").is_err());
        assert!(validate_tag("a+b").is_err());
        let d = format!("sha256:{}", "a".repeat(64));
        assert!(validate_digest(&d).is_ok());
        assert!(validate_digest(&d.to_uppercase().replace("SHA256", "sha256")).is_err());
        assert!(validate_digest(&format!("sha256:{}", "a".repeat(63))).is_err());
        assert!(validate_digest(&format!("md5:{}", "a".repeat(32))).is_err());
    }

    fn private_target(account: &str, region: &str, fips: bool, dual: bool) -> Target {
        Target::Private {
            account: Some(account.into()),
            region: Some(region.into()),
            fips,
            dual_stack: dual,
        }
    }

    #[test]
    fn ecr_hosts() {
        let cases = [
            (
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/myapp:v1.0",
                private_target("123456789012", "us-east-1", false, false),
            ),
            (
                "123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com/myapp:v1.0",
                private_target("123456789012", "us-gov-west-1", true, false),
            ),
            (
                "123456789012.dkr-ecr.eu-west-1.on.aws/myapp:v1.0",
                private_target("123456789012", "eu-west-1", false, true),
            ),
            (
                "123456789012.dkr-ecr-fips.us-east-2.on.aws/myapp:v1.0",
                private_target("123456789012", "us-east-2", true, true),
            ),
            (
                "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/myapp:v1.0",
                private_target("123456789012", "cn-north-1", false, false),
            ),
            (
                "123456789012.DKR.ECR.us-east-1.AMAZONAWS.COM/myapp:v1.0",
                private_target("123456789012", "us-east-1", false, false),
            ),
        ];
        for (input, target) in cases {
            let r = parse_image_ref(input).unwrap();
            assert_eq!(r.target, target, "{input}");
            assert_eq!(r.repository, "myapp");
            assert_eq!(r.tag.as_deref(), Some("v1.0"));
        }
        for bad in [
            "123456789012.dkr.ecr.us-east-1.amazonaws.com.evil.example/myapp:v1",
            "evil.example/123456789012.dkr.ecr.us-east-1.amazonaws.com/myapp",
            "12345678901.dkr.ecr.us-east-1.amazonaws.com/myapp",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com:443/myapp",
            "123456789012.ecr.us-east-1.amazonaws.com/myapp",
            "docker.io/library/ubuntu",
            "localhost:5000/myapp",
            "123456789012.dkr.ecr.amazonaws.com/myapp",
        ] {
            let err = parse_image_ref(bad).unwrap_err();
            assert!(
                err.contains("not an Amazon ECR registry host") && err.contains(bad),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn region_typos() {
        assert_eq!(region_typo("eu-wst-1"), Some("eu-west-1"));
        assert_eq!(region_typo("us-east-1"), None);
        assert_eq!(region_typo("cn-north-1"), None);
        assert_eq!(region_typo("xx-newplace-9"), None);
    }

    #[test]
    fn partitions_and_suffixes_must_agree() {
        for bad in [
            "123456789012.dkr.ecr.us-east-1.amazonaws.com.cn/myapp:v1",
            "123456789012.dkr.ecr.cn-north-1.amazonaws.com/myapp:v1",
        ] {
            let err = parse_image_ref(bad).unwrap_err();
            assert!(err.contains("China"), "{bad}: {err}");
        }
        let r = parse_image_ref("123456789012.dkr-ecr.cn-north-1.on.amazonwebservices.com.cn/a1")
            .unwrap();
        assert_eq!(
            r.target,
            private_target("123456789012", "cn-north-1", false, true)
        );
        assert_eq!(partition_of("cn-northwest-1"), "aws-cn");
        assert_eq!(partition_of("us-gov-west-1"), "aws-us-gov");
        assert_eq!(partition_of("eu-west-1"), "aws");
    }

    #[test]
    fn a_registry_host_alone_is_not_a_repository() {
        for host in [
            "123456789012.dkr.ecr.us-east-1.amazonaws.com",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com:v1",
            "public.ecr.aws",
        ] {
            let err = parse_image_ref(host).unwrap_err();
            assert!(err.contains("no repository"), "{host}: {err}");
            assert!(parse_repo_arg(host, false).is_err(), "{host}");
        }
        let err = parse_image_ref("").unwrap_err();
        assert!(err.starts_with("an image reference is empty"), "{err}");
    }

    #[test]
    fn public_dual_stack_host() {
        let r = parse_image_ref("ecr-public.aws.com/myalias/app:1").unwrap();
        assert_eq!(
            r.target,
            Target::Public {
                alias: "myalias".into()
            }
        );
        let repo = parse_repo_arg("ecr-public.aws.com/myalias/app", false).unwrap();
        assert!(repo.public);
    }

    #[test]
    fn image_arguments_split_into_repository_and_image() {
        assert_eq!(split_image_arg("myapp:v1"), ("myapp", Some("v1")));
        assert_eq!(split_image_arg("team/app"), ("team/app", None));
        let d = format!("myapp@sha256:{}", "a".repeat(64));
        assert_eq!(split_image_arg(&d).0, "myapp");
        assert_eq!(
            split_image_arg("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v2"),
            (
                "123456789012.dkr.ecr.us-east-1.amazonaws.com/app",
                Some("v2")
            )
        );
        let e = parse_repo_arg("myapp:latest", false).unwrap_err();
        assert!(e.ends_with("give myapp"), "{e}");
    }

    #[test]
    fn repository_uris() {
        let r = parse_repo_arg(
            "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api",
            false,
        )
        .unwrap();
        assert_eq!(r.name, "team/api");
        assert_eq!(r.registry_id.as_deref(), Some("123456789012"));
        assert_eq!(r.region.as_deref(), Some("eu-west-1"));
        assert!(!r.public);
        let r = parse_repo_arg(
            "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/api",
            false,
        )
        .unwrap();
        assert!(r.fips);
        let err = parse_repo_arg("123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1", false)
            .unwrap_err();
        assert!(
            err.contains("names an image")
                && err.ends_with("give 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api"),
            "{err}"
        );
        assert!(parse_repo_arg("Docker.io/library/x", false)
            .unwrap_err()
            .contains("not an Amazon ECR registry host"));
        // A valid name that merely looks like a host stays a name.
        assert_eq!(
            parse_repo_arg("docker.io/library/x", false).unwrap().name,
            "docker.io/library/x"
        );
        assert!(
            parse_repo_arg("123456789012.dkr.ecr.eu-west-1.amazonaws.com/api", true)
                .unwrap_err()
                .contains("drop --public")
        );
        let plain = parse_repo_arg("team/api", false).unwrap();
        assert_eq!(plain.registry_id, None);
        assert_eq!(plain.region, None);
    }

    #[test]
    fn public_and_short_references() {
        let r = parse_image_ref("public.ecr.aws/myalias/tools/app:1.2").unwrap();
        assert_eq!(
            r.target,
            Target::Public {
                alias: "myalias".into()
            }
        );
        assert_eq!(r.repository, "tools/app");
        assert!(parse_image_ref("public.ecr.aws/app:1")
            .unwrap_err()
            .contains("ALIAS"));

        let r = parse_image_ref("team-a/api").unwrap();
        assert_eq!(r.repository, "team-a/api");
        assert_eq!(r.tag, None);
        assert_eq!(r.tag_or_latest(), "latest");
        assert!(matches!(
            r.target,
            Target::Private {
                account: None,
                region: None,
                ..
            }
        ));

        let d = format!("sha256:{}", "b".repeat(64));
        let r = parse_image_ref(&format!("myapp@{d}")).unwrap();
        assert_eq!(r.digest.as_deref(), Some(d.as_str()));
        assert!(parse_image_ref("x:v1").unwrap_err().contains("2 to 256"));
        assert!(parse_image_ref("myapp:bad+tag").is_err());
    }
}
