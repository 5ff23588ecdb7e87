//! Error kinds, exit codes and the rendering of AWS SDK errors.
//!
//! Every failure that reaches `main` is an [`anyhow::Error`]; the first [`AppError`] in its chain
//! decides the exit code. SDK errors are turned into `AppError`s at the call site by
//! [`aws_error`], which keeps the ECR error code and message and adds what was being done.

use std::error::Error as StdError;
use std::fmt;

use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;

/// The process exit codes. Scripts depend on them: never renumber, never reuse one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Exit {
    /// Everything succeeded.
    Success = 0,
    /// An unexpected failure (a local I/O error, a bug).
    Failure = 1,
    /// Bad command-line usage or invalid input, rejected before any AWS call (clap uses 2 too).
    Usage = 2,
    /// The repository, image or policy does not exist.
    NotFound = 3,
    /// Access denied, or no valid credentials (missing, expired, invalid).
    Auth = 4,
    /// Any other error answered by the AWS service (including throttling and quotas).
    Service = 5,
    /// The service could not be reached or did not answer in time.
    Network = 6,
    /// The request conflicts with the current state (already exists, not empty, no such setting).
    Conflict = 7,
    /// A confirmation was declined, or was needed with no terminal to ask on.
    Aborted = 8,
    /// The AWS configuration is incomplete (no region, unknown profile).
    Config = 9,
    /// check-push: a tag exists on an immutable tag with another (or unknown) image.
    PushConflict = 10,
    /// check-push: the repository does not exist.
    PushRepositoryMissing = 11,
    /// check-push: a permission was missing, the outcome is unknown.
    PushUnknown = 12,
    /// check-push with `--fail-on overwrite`: a mutable tag would move.
    PushOverwrite = 13,
    /// policy get / delete: the repository has no policy.
    NoPolicy = 14,
    /// policy validate / set: the policy has errors (or warnings, with --strict).
    PolicyInvalid = 15,
    /// audit --fail-on: a finding at or above the threshold exists.
    AuditFindings = 16,
    /// A local tool ecrctl runs (docker) is missing, failed or did not answer in time.
    LocalTool = 17,
    /// lifecycle preview --server: ECR's own preview and ecrctl's evaluation disagree.
    LifecycleMismatch = 18,
    /// images scan --fail-on: a finding at or above the threshold.
    ScanFindings = 19,
    /// images wait, images scan --wait: the image or its scan was not there before the deadline.
    WaitTimedOut = 20,
    /// images scan: a scan failed, is unsupported, or is not complete (no verdict).
    ScanIncomplete = 21,
    /// images copy, images sync: content did not match its digest (a manifest or a blob).
    DigestMismatch = 22,
    /// `--plan FILE`: the registry changed since the plan was made (nothing was applied).
    PlanDrift = 24,
    /// `--plan FILE`: the file cannot be applied here (broken, another format version, command,
    /// account or region).
    PlanRejected = 25,
    /// registry replication set: a destination's registry policy does not allow replication
    /// from this account (read and checked); nothing was written.
    ReplicationBlocked = 26,
    /// registry pull-through validate: ECR says the rule cannot reach its upstream.
    PullThroughInvalid = 27,
    /// Interrupted by Ctrl-C.
    Interrupted = 130,
    /// Stopped by SIGTERM (a cancelled CI job).
    Terminated = 143,
    /// `--dry-run --exit-code`: the dry run would change something. Its code is 1, reused as
    /// `diff` and `git diff --exit-code` do (see [`Exit::code`]); the discriminant only has to
    /// differ from the others.
    WouldChange = 201,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::WouldChange => 1,
            other => other as u8,
        }
    }

    /// Every code with its meaning, in the order shown by `--help` and the README.
    pub const TABLE: &'static [(Exit, &'static str)] = &[
        (Exit::Success, "success"),
        (Exit::Failure, "unexpected failure (local I/O error, bug)"),
        (
            Exit::WouldChange,
            "with `--dry-run --exit-code`: the dry run would change something, 0 that it would not (1 reused, as `diff` and `git diff --exit-code` do)",
        ),
        (
            Exit::Usage,
            "usage error or invalid input (nothing was sent to AWS, except reads: STS GetCallerIdentity when `audit --accounts` names another account without `--role`, and the repository listing that shows `audit PATTERN --fail-on` matches nothing)",
        ),
        (
            Exit::NotFound,
            "not found: a repository or an image (with --output json the error's code tells which)",
        ),
        (
            Exit::Auth,
            "access denied, or missing/expired/invalid credentials",
        ),
        (
            Exit::Service,
            "other AWS service error (throttling, quota, invalid parameter)",
        ),
        (Exit::Network, "network failure or timeout"),
        (
            Exit::Conflict,
            "conflicts with current state (exists, not empty, unsupported)",
        ),
        (
            Exit::Aborted,
            "confirmation declined, or needed without a terminal (use --yes)",
        ),
        (
            Exit::Config,
            "AWS configuration incomplete (no region, unknown profile)",
        ),
        (
            Exit::PushConflict,
            "check-push / images tag: rejected, an immutable tag exists",
        ),
        (
            Exit::PushRepositoryMissing,
            "check-push: the repository does not exist",
        ),
        (
            Exit::PushUnknown,
            "check-push: outcome unknown (a permission is missing)",
        ),
        (
            Exit::PushOverwrite,
            "check-push --fail-on overwrite: a mutable tag would move",
        ),
        (
            Exit::NoPolicy,
            "policy / lifecycle get, delete: the repository has no such policy",
        ),
        (
            Exit::PolicyInvalid,
            "policy / lifecycle validate, set: the policy has errors",
        ),
        (
            Exit::AuditFindings,
            "audit --fail-on: a finding at or above that severity exists",
        ),
        (
            Exit::LocalTool,
            "a local tool (docker) is missing, failed or timed out",
        ),
        (
            Exit::LifecycleMismatch,
            "lifecycle preview --server: ECR's preview and ecrctl's disagree",
        ),
        (
            Exit::ScanFindings,
            "images scan --fail-on: a finding at or above that severity",
        ),
        (
            Exit::WaitTimedOut,
            "images wait, images scan --wait: not there before --deadline (or the wait's limit)",
        ),
        (
            Exit::ScanIncomplete,
            "images scan: no verdict (a scan failed, is unsupported, missing or still running)",
        ),
        (
            Exit::DigestMismatch,
            "images copy, images sync: content did not match its digest (nothing written under the tag)",
        ),
        (
            Exit::PlanDrift,
            "`--plan FILE`: the saved plan no longer matches the registry (nothing was applied)",
        ),
        (
            Exit::PlanRejected,
            "`--plan FILE`: not a plan this command can apply here (broken, another format version, command, account or region)",
        ),
        (
            Exit::ReplicationBlocked,
            "registry replication set: a destination's registry policy does not allow replication from this account (nothing written)",
        ),
        (
            Exit::PullThroughInvalid,
            "registry pull-through validate: ECR cannot reach the rule's upstream with its credential",
        ),
        (Exit::Interrupted, "interrupted (Ctrl-C)"),
        (Exit::Terminated, "terminated (SIGTERM)"),
    ];

    /// How bad an outcome is, for [`Exit::worst`]: an interruption first, then the verdict and
    /// finding codes a CI gate acts on (a refused immutable tag outranks a failed write of
    /// another tag: the gate must see it), then errors, then success.
    fn rank(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::WouldChange => 1,
            Exit::NotFound => 2,
            Exit::Conflict => 3,
            Exit::Aborted => 4,
            Exit::Usage => 5,
            Exit::Config => 6,
            Exit::LocalTool => 7,
            Exit::Auth => 8,
            Exit::Network => 9,
            Exit::Service => 10,
            Exit::Failure => 11,
            // A whole saved plan refused: above any one write's error.
            Exit::PlanRejected => 12,
            Exit::PlanDrift => 13,
            Exit::PushOverwrite => 14,
            Exit::WaitTimedOut => 15,
            Exit::ScanIncomplete => 16,
            Exit::ScanFindings => 17,
            Exit::AuditFindings => 18,
            Exit::LifecycleMismatch => 19,
            Exit::NoPolicy => 20,
            Exit::PolicyInvalid => 21,
            Exit::PushUnknown => 22,
            Exit::PushRepositoryMissing => 23,
            Exit::PushConflict => 24,
            Exit::DigestMismatch => 25,
            Exit::ReplicationBlocked => 26,
            Exit::PullThroughInvalid => 27,
            Exit::Interrupted => 28,
            Exit::Terminated => 29,
        }
    }

    /// The exit code of several outcomes: the most severe one, whatever their order.
    pub fn worst(exits: impl IntoIterator<Item = Exit>) -> Exit {
        exits
            .into_iter()
            .max_by_key(|e| e.rank())
            .unwrap_or(Exit::Success)
    }

    /// A stable name for the exit code, for JSON errors.
    pub fn name(self) -> &'static str {
        match self {
            Exit::Success => "success",
            Exit::Failure => "failure",
            Exit::Usage => "usage",
            Exit::NotFound => "not-found",
            Exit::Auth => "auth",
            Exit::Service => "service",
            Exit::Network => "network",
            Exit::Conflict => "conflict",
            Exit::Aborted => "aborted",
            Exit::Config => "config",
            Exit::PushConflict => "push-conflict",
            Exit::PushRepositoryMissing => "push-repository-missing",
            Exit::PushUnknown => "push-unknown",
            Exit::PushOverwrite => "push-overwrite",
            Exit::NoPolicy => "no-policy",
            Exit::PolicyInvalid => "policy-invalid",
            Exit::AuditFindings => "audit-findings",
            Exit::LocalTool => "local-tool",
            Exit::LifecycleMismatch => "lifecycle-mismatch",
            Exit::ScanFindings => "scan-findings",
            Exit::WaitTimedOut => "wait-timed-out",
            Exit::ScanIncomplete => "scan-incomplete",
            Exit::DigestMismatch => "digest-mismatch",
            Exit::PlanDrift => "plan-drift",
            Exit::PlanRejected => "plan-rejected",
            Exit::ReplicationBlocked => "replication-blocked",
            Exit::PullThroughInvalid => "pull-through-invalid",
            Exit::Interrupted => "interrupted",
            Exit::Terminated => "terminated",
            Exit::WouldChange => "would-change",
        }
    }

    /// The exit-code table as shown at the end of `ecrctl --help`.
    pub fn help_table() -> String {
        let mut s = String::from("Exit codes:\n");
        for (exit, meaning) in Self::TABLE {
            s.push_str(&format!("  {:>3}  {meaning}\n", exit.code()));
        }
        s
    }
}

/// An error that knows its exit code, and optionally a hint on what to do about it.
#[derive(Debug, Clone)]
pub struct AppError {
    pub kind: Exit,
    pub message: String,
    pub hint: Option<String>,
    /// The service's error code, when the service answered with one.
    pub code: Option<String>,
}

impl AppError {
    pub fn new(kind: Exit, message: impl Into<String>) -> Self {
        AppError {
            kind,
            message: message.into(),
            hint: None,
            code: None,
        }
    }

    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.code = Some(code.into());
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Exit::Usage, message)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl StdError for AppError {}

/// The most characters of a user's argument an error echoes.
pub const ECHO_LIMIT: usize = 200;

/// A user's argument as an error echoes it: whole up to [`ECHO_LIMIT`] characters, else its
/// first 200, an ellipsis and its length (a 10,000-character argument must not fill a CI log).
pub fn cut(arg: &str) -> std::borrow::Cow<'_, str> {
    match arg.char_indices().nth(ECHO_LIMIT) {
        None => arg.into(),
        Some((end, _)) => format!("{}… ({} characters)", &arg[..end], arg.chars().count()).into(),
    }
}

/// Every run of non-space characters longer than [`ECHO_LIMIT`] (with a little room for
/// quotes around an argument [`cut`] already cut), cut as [`cut`] does: the last guard, where
/// errors, hints and warnings are printed, for an argument a message echoed whole.
pub fn cut_words(message: &str) -> std::borrow::Cow<'_, str> {
    let long = |w: &str| w.chars().count() > ECHO_LIMIT + 8;
    if !message.split(' ').any(long) {
        return message.into();
    }
    // The quotes and brackets around an argument stay outside the cut, so its count is its own.
    let cut_word = |w: &str| -> String {
        let core = w.trim_start_matches(['\'', '"', '`', '(', '[']);
        let lead = &w[..w.len() - core.len()];
        let core = core.trim_end_matches(['\'', '"', '`', ')', ']', ',', ';', ':', '.']);
        let tail = &w[lead.len() + core.len()..];
        format!("{lead}{}{tail}", cut(core))
    };
    message
        .split(' ')
        .map(|w| if long(w) { cut_word(w) } else { w.to_string() })
        .collect::<Vec<_>>()
        .join(" ")
        .into()
}

/// [`cut`] applied to each single-quoted argument in a message someone else wrote (clap's
/// `invalid value '…' for '--tag <TAG>'`), so a pasted megabyte is not echoed back whole.
pub fn cut_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(4096));
    let mut parts = message.split('\'');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    // Odd parts are inside quotes (an unmatched last quote leaves its tail as it is).
    let parts: Vec<&str> = parts.collect();
    let n = parts.len();
    for (i, part) in parts.into_iter().enumerate() {
        out.push('\'');
        if i % 2 == 0 && i + 1 < n {
            out.push_str(&cut(part));
        } else {
            out.push_str(part);
        }
    }
    out
}

/// Shorthand for returning a usage error.
/// The region a registry host (or an image URI on one) names, checked as --region is: a near
/// miss of a known region is a typo (exit 9, "did you mean"); an unknown region that resembles
/// none may be newer than ecrctl's list, and is used. `given`: the host or URI as written.
pub fn check_host_region(region: &str, given: &str) -> Result<(), AppError> {
    match crate::reference::region_typo(region) {
        Some(meant) => Err(AppError::new(
            Exit::Config,
            format!(
                "'{region}' in {} is not an AWS region ECR runs in (did you mean {meant}?)",
                cut(given)
            ),
        )
        .with_hint("fix the region in the registry host")),
        None => Ok(()),
    }
}

pub fn usage<T>(message: impl Into<String>) -> anyhow::Result<T> {
    Err(AppError::usage(message).into())
}

/// The exit code and hint for an error chain: the first `AppError` wins.
pub fn classify(err: &anyhow::Error) -> (Exit, Option<&str>) {
    for cause in err.chain() {
        if let Some(app) = cause.downcast_ref::<AppError>() {
            return (app.kind, app.hint.as_deref());
        }
    }
    (Exit::Failure, None)
}

/// A failure as JSON: `{"error": {"code", "message", "hint", "exit"}}`. `code` is the service's
/// error code when it answered with one, else the exit code's name.
pub fn json_error(err: &anyhow::Error) -> String {
    let (exit, hint) = classify(err);
    let value = serde_json::json!({
        "error": {
            "code": code_of(err).unwrap_or(exit.name()),
            "message": render(err),
            "hint": hint.map(|h| crate::ui::clean(&cut_words(h)).into_owned()),
            "exit": exit.code(),
        }
    });
    value.to_string()
}

/// The service error code in an error chain, if the service answered with one.
pub fn code_of(err: &anyhow::Error) -> Option<&str> {
    err.chain()
        .find_map(|c| c.downcast_ref::<AppError>())
        .and_then(|a| a.code.as_deref())
}

/// The one predicate per meaning, by error code (never by message text).
pub mod codes {
    /// The repository does not exist.
    pub fn repository_not_found(code: Option<&str>) -> bool {
        code == Some("RepositoryNotFoundException")
    }
    /// Anything that does not exist (repository, image, policy, …).
    pub fn not_found(code: Option<&str>) -> bool {
        code.is_some_and(|c| super::NOT_FOUND.contains(&c))
    }
    /// The caller may not do this.
    pub fn denied(code: Option<&str>) -> bool {
        matches!(
            code,
            Some("AccessDeniedException" | "AccessDenied" | "UnauthorizedOperation")
        )
    }
    /// The service asks to slow down.
    pub fn throttled(code: Option<&str>) -> bool {
        matches!(
            code,
            Some(
                "ThrottlingException"
                    | "ThrottledException"
                    | "TooManyRequestsException"
                    | "RequestLimitExceeded"
                    | "Throttling"
            )
        )
    }
    /// A quota: retrying cannot help.
    pub fn quota(code: Option<&str>) -> bool {
        code == Some("LimitExceededException")
    }
    /// The image or tag is already there (a push or PutImage of what is already stored).
    pub fn image_already_exists(code: Option<&str>) -> bool {
        matches!(
            code,
            Some("ImageAlreadyExistsException" | "ImageTagAlreadyExistsException")
        )
    }
}

/// The one-line message for an error chain: contexts joined by `: `, with control characters
/// replaced so that a hostile service message cannot rewrite the terminal.
pub fn render(err: &anyhow::Error) -> String {
    let text = format!("{err:#}");
    cut_words(&text)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// ECR error codes that mean "does not exist".
const NOT_FOUND: &[&str] = &[
    "RepositoryNotFoundException",
    "ImageNotFoundException",
    "RepositoryPolicyNotFoundException",
    "LifecyclePolicyNotFoundException",
    "RegistryPolicyNotFoundException",
    "RepositoryCatalogDataNotFoundException",
    "ReferencedImagesNotFoundException",
    "RegistryNotFoundException",
    "ImageTagDoesNotMatchDigestException",
];

/// Error codes that mean the caller is not allowed, or not authenticated.
const AUTH: &[&str] = &[
    "AccessDeniedException",
    "AccessDenied",
    "UnrecognizedClientException",
    "InvalidSignatureException",
    "SignatureDoesNotMatch",
    "IncompleteSignature",
    "MissingAuthenticationToken",
    "InvalidClientTokenId",
    "ExpiredTokenException",
    "ExpiredToken",
    "UnauthorizedOperation",
];

const CONFLICT: &[&str] = &[
    "RepositoryAlreadyExistsException",
    "RepositoryNotEmptyException",
    "ImageAlreadyExistsException",
    "ImageTagAlreadyExistsException",
    "LayerAlreadyExistsException",
];

/// Turn an SDK error into an `AppError` that says what was being done (`doing`, e.g. "creating
/// repository myapp"), the ECR error code and message, and a hint where one helps.
pub fn aws_error<E, R>(doing: &str, err: SdkError<E, R>) -> anyhow::Error
where
    E: StdError + ProvideErrorMetadata + Send + Sync + 'static,
    R: fmt::Debug + Send + Sync + 'static,
{
    aws_error_of("ECR", doing, err)
}

/// [`aws_error`] for another service (`STS`, `Organizations`): an answer that is not the
/// service's is said as such, with that service's endpoint variables.
pub fn aws_error_of<E, R>(service: &str, doing: &str, err: SdkError<E, R>) -> anyhow::Error
where
    E: StdError + ProvideErrorMetadata + Send + Sync + 'static,
    R: fmt::Debug + Send + Sync + 'static,
{
    match &err {
        SdkError::ServiceError(answer) => {
            let e = answer.err();
            match e.code() {
                Some(code) => {
                    let message = e.message().unwrap_or("no message").trim();
                    service_error(doing, code, message).into()
                }
                None => match http_answer(err.raw_response()) {
                    Some((status, first_line)) => {
                        not_answer_of(service, doing, status, &first_line).into()
                    }
                    None => {
                        service_error(doing, "UnknownError", e.message().unwrap_or("no message"))
                            .into()
                    }
                },
            }
        }
        SdkError::ResponseError(_) => match http_answer(err.raw_response()) {
            Some((status, first_line)) => not_answer_of(service, doing, status, &first_line).into(),
            None => transport_error(service, doing, &err).into(),
        },
        SdkError::TimeoutError(_) => {
            timeout_error(doing, &format!("{} (retries included)", settings().timeout)).into()
        }
        _ => transport_error(service, doing, &err).into(),
    }
}

/// The HTTP status and the first line of the body of a raw response.
fn http_answer<R: 'static>(raw: Option<&R>) -> Option<(u16, String)> {
    let raw =
        (raw? as &dyn std::any::Any).downcast_ref::<aws_smithy_runtime_api::http::Response>()?;
    let body = raw.body().bytes().unwrap_or_default();
    let text = String::from_utf8_lossy(body);
    // An HTML page says what it is in its title; anything else in its first line.
    let title = text
        .find("<title>")
        .and_then(|start| {
            let rest = &text[start + "<title>".len()..];
            rest.find("</title>").map(|end| rest[..end].trim())
        })
        .filter(|t| !t.is_empty());
    let first = title.unwrap_or_else(|| {
        text.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
    });
    let cleaned: String = crate::ui::clean(first).chars().take(200).collect();
    Some((raw.status().as_u16(), cleaned))
}

/// A response that is not one of ECR's JSON errors (an HTML or XML page, an empty body): from
/// a wrong endpoint, a proxy or a gateway. Said with its HTTP status, which decides the exit.
pub fn not_ecr_answer(doing: &str, status: u16, first_line: &str) -> AppError {
    not_answer_of("ECR", doing, status, first_line)
}

fn not_answer_of(service: &str, doing: &str, status: u16, first_line: &str) -> AppError {
    let body = if first_line.is_empty() {
        "an empty body".to_string()
    } else {
        format!("'{first_line}'")
    };
    // "an ECR", "an STS", "an Organizations", but "a KMS" answer.
    let article = if service == "KMS" { "a" } else { "an" };
    let text = format!("{doing}: HTTP {status} that is not {article} {service} answer: {body}");
    let endpoint_hint = if service == "ECR" {
        format!(
            "check {}AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_ECR / AWS_ENDPOINT_URL_ECR_PUBLIC and any proxy (HTTPS_PROXY)",
            if settings().from_environment { "" } else { "--endpoint-url, " }
        )
    } else {
        format!(
            "check AWS_ENDPOINT_URL_{} / AWS_ENDPOINT_URL and any proxy (HTTPS_PROXY)",
            service.to_ascii_uppercase()
        )
    };
    match status {
        401 | 403 => AppError::new(Exit::Auth, text).with_hint(format!(
            "the endpoint refused the request: check the credentials in use, or {endpoint_hint}"
        )),
        429 => AppError::new(Exit::Service, text).with_hint(format!(
            "the endpoint is throttling requests (HTTP 429 Too Many Requests): retry later, or lower the request rate; if it should be ECR, {endpoint_hint}"
        )),
        404 => AppError::new(Exit::Config, text)
            .with_hint(format!("no {service} API at that address: {endpoint_hint}")),
        500..=599 => AppError::new(Exit::Service, format!("{text} (after the retries)"))
            .with_hint(format!("the endpoint failed this request: it may not support this operation (an emulator or a proxy), or the service had a fault; try again, or {endpoint_hint}")),
        _ => AppError::new(Exit::Service, text).with_hint(endpoint_hint),
    }
    .with_code(format!("HTTP{status}"))
}

/// How errors name the settings a user can change: by flag, or (for the credential helper,
/// which docker starts without flags) by environment variable.
pub struct Settings {
    pub timeout: &'static str,
    pub raise_timeout: &'static str,
    pub endpoint: &'static str,
    pub from_environment: bool,
}

const FLAGS: Settings = Settings {
    timeout: "--timeout",
    raise_timeout: "--timeout SECONDS",
    endpoint: "--endpoint-url",
    from_environment: false,
};

const ENVIRONMENT: Settings = Settings {
    timeout: "ECRCTL_TIMEOUT",
    raise_timeout: "ECRCTL_TIMEOUT (seconds)",
    endpoint: "AWS_ENDPOINT_URL",
    from_environment: true,
};

static FROM_ENVIRONMENT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From now on, errors name the environment variables rather than the flags (the helper).
pub fn name_settings_by_environment() {
    FROM_ENVIRONMENT.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// How errors name the timeout and endpoint settings in this process.
pub fn settings() -> &'static Settings {
    if FROM_ENVIRONMENT.load(std::sync::atomic::Ordering::Relaxed) {
        &ENVIRONMENT
    } else {
        &FLAGS
    }
}

/// Time ran out (`limit` names which: `--timeout …` or `--deadline …`). When the service was
/// throttling at that moment, that is the cause: exit 5 (throttling) rather than 6, and said.
pub fn timeout_error(doing: &str, limit: &str) -> AppError {
    let throttled = crate::calls::throttling_now();
    if throttled > 0 {
        return AppError::new(
            Exit::Service,
            format!(
                "{doing}: throttled: the service answered with throttling {throttled} time(s) in a row, and no other answer came within {limit}"
            ),
        )
        .with_code("ThrottlingException")
        .with_hint("the service is throttling requests: retry later, lower --concurrency where the command has it, or raise the time limit");
    }
    AppError::new(Exit::Network, format!("{doing}: no answer within {limit}"))
        .with_hint(timeout_hint())
}

/// The service answered with success but left out what the answer always carries: the
/// service failed (exit 5), never ecrctl (exit 1).
pub fn incomplete_answer(message: impl Into<String>) -> anyhow::Error {
    AppError::new(Exit::Service, message.into())
        .with_hint("the service's answer was incomplete: run again")
        .into()
}

/// A write that failed with a timeout or a 5xx after an attempt whose answer was lost may have
/// been applied: the error says so, and how to check (`check`, an ecrctl command).
pub fn maybe_applied(
    err: anyhow::Error,
    attempts: &crate::writes::Attempts,
    check: &str,
) -> anyhow::Error {
    if !attempts.may_have_applied() || !matches!(classify(&err).0, Exit::Network | Exit::Service) {
        return err;
    }
    match err.downcast::<AppError>() {
        Ok(mut app) => {
            app.message.push_str(&format!(
                "; {}",
                crate::writes::may_have_been_applied(check)
            ));
            app.into()
        }
        Err(err) => err,
    }
}

/// What to check when a call ran out of time: the endpoint, or a credential source that runs
/// something of its own (a process, SSO, STS).
pub fn timeout_hint() -> String {
    let s = settings();
    let base = format!(
        "the endpoint refused the connection or did not answer before time ran out: check {} and the network, or raise {} for a slow service",
        s.endpoint, s.raise_timeout
    );
    let base = base.as_str();
    match crate::credentials::current().map(|p| &p.source) {
        Some(crate::credentials::Source::Profile { kind, .. })
            if !matches!(kind, crate::credentials::ProfileKind::Static) =>
        {
            format!(
                "{base}; credentials come from {}, which may be what did not answer",
                crate::credentials::current()
                    .map(|p| p.describe())
                    .unwrap_or_default()
            )
        }
        Some(crate::credentials::Source::WebIdentity { .. }) => format!(
            "{base}; credentials come from web identity (STS), which may be what did not answer"
        ),
        _ => base.to_string(),
    }
}

/// An error answered by the service, classified by its code (never by its message text).
pub fn service_error(doing: &str, code: &str, message: &str) -> AppError {
    let message = crate::ui::clean(message);
    service_error_inner(doing, code, &message).with_code(code)
}

fn service_error_inner(doing: &str, code: &str, message: &str) -> AppError {
    let text = format!("{doing}: {code}: {message}");
    if NOT_FOUND.contains(&code) {
        return AppError::new(Exit::NotFound, text);
    }
    if AUTH.contains(&code) {
        let hint = match code {
            "ExpiredTokenException" | "ExpiredToken" => {
                "your session credentials have expired: refresh them (e.g. `aws sso login`)"
            }
            "AccessDeniedException" | "AccessDenied" => {
                "the identity in use lacks the permission named above; see `aws sts get-caller-identity`"
            }
            _ => "check the credentials in use (AWS_PROFILE, AWS_ACCESS_KEY_ID, ~/.aws/credentials)",
        };
        return AppError::new(Exit::Auth, text).with_hint(hint);
    }
    if CONFLICT.contains(&code) {
        return AppError::new(Exit::Conflict, text);
    }
    let hint = match code {
        "ThrottlingException" | "ThrottledException" | "TooManyRequestsException" => {
            Some("the service is throttling requests: retry later, or raise AWS_MAX_ATTEMPTS")
        }
        "LimitExceededException" => {
            Some("a service quota was reached: this is not throttling, retrying will not help")
        }
        _ => None,
    };
    let err = AppError::new(Exit::Service, text);
    match hint {
        Some(h) => err.with_hint(h),
        None => err,
    }
}

/// A failure before a service answer: no credentials, connection refused, bad response.
fn transport_error<E, R>(service: &str, doing: &str, err: &SdkError<E, R>) -> AppError
where
    E: StdError + 'static,
    R: fmt::Debug + Send + Sync + 'static,
{
    if let Some(cred) = find_credentials_error(err) {
        let plan = crate::credentials::current();
        let source = plan
            .map(|p| p.describe())
            .unwrap_or_else(|| "the credential chain".into());
        // The provider could not reach its own service (STS, SSO, the metadata endpoint):
        // a network failure, not a refusal.
        if let Some(io) = find_io_error(err).filter(|e| is_unreachable(e.kind())) {
            return AppError::new(
                Exit::Network,
                format!("{doing}: getting credentials from {source}: {io}"),
            )
            .with_hint("the credential provider's endpoint could not be reached: check the network and AWS_ENDPOINT_URL_STS / the SSO or container endpoint");
        }
        let source = match plan {
            Some(p) if p.source == crate::credentials::Source::Nothing => {
                " (nothing is configured and instance metadata is disabled)".to_string()
            }
            Some(p) => format!(" from {}", p.describe()),
            None => String::new(),
        };
        let hint = plan.map(|p| p.remedy()).unwrap_or_else(|| {
            "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a profile with AWS_PROFILE / --profile (see `aws configure`)".to_string()
        });
        let cred = cred
            .strip_prefix("no credentials found in chain. Attempted: ")
            .map(|tried| format!("tried {tried}"))
            .unwrap_or(cred);
        let cause = if cred.is_empty() {
            String::new()
        } else {
            format!(": {cred}")
        };
        return AppError::new(
            Exit::Auth,
            format!("{doing}: no usable AWS credentials{source}{cause}"),
        )
        .with_hint(hint);
    }
    let is_timeout = matches!(err, SdkError::DispatchFailure(d) if d.is_timeout());
    let kind = match err {
        SdkError::DispatchFailure(_) => Exit::Network,
        SdkError::ResponseError(_) => Exit::Service,
        _ => Exit::Failure,
    };
    let detail = chain_text(err);
    let app = AppError::new(kind, format!("{doing}: {detail}"));
    let endpoint = if service == "ECR" {
        settings().endpoint.to_string()
    } else {
        format!(
            "AWS_ENDPOINT_URL_{} / AWS_ENDPOINT_URL",
            service.to_ascii_uppercase()
        )
    };
    if is_timeout {
        app.with_hint(format!(
            "the connection timed out: check {endpoint} and the network"
        ))
    } else if kind == Exit::Network {
        app.with_hint(format!(
            "could not reach the service: check {endpoint}, the region and the network"
        ))
    } else {
        app
    }
}

/// The Display text of an error and its causes, joined with `: `, without the SDK's generic
/// wrappers and without any Debug output (which can hold request details).
fn chain_text(err: &(dyn StdError + 'static)) -> String {
    const GENERIC: &[&str] = &[
        "dispatch failure",
        "io error",
        "other",
        "the credential provider was not enabled",
    ];
    let mut parts: Vec<String> = Vec::new();
    let mut cur: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = cur {
        let text = e.to_string();
        if !GENERIC.contains(&text.as_str()) && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        cur = e.source();
    }
    if parts.is_empty() {
        "unknown error".to_string()
    } else {
        parts.join(": ")
    }
}

/// Some providers put an SDK error's Debug form in their message (`Error { code:
/// "AccessDenied", message: "…", … }`): keep its code and message, drop the rest.
fn without_debug_text(text: &str) -> String {
    let Some(start) = text.find("Error {") else {
        return text.to_string();
    };
    let field = |name: &str| {
        let key = format!("{name}: \"");
        let from = text[start..].find(&key)? + start + key.len();
        let len = text[from..].find('"')?;
        Some(text[from..from + len].to_string())
    };
    let before = text[..start].trim_end().trim_end_matches(':');
    match (field("code"), field("message")) {
        (Some(code), Some(message)) => format!("{before}: {code}: {message}"),
        (Some(code), None) => format!("{before}: {code}"),
        _ => before.to_string(),
    }
}

/// Whether an error is a refused connection: the request was never sent.
pub fn connection_refused(err: &(dyn StdError + 'static)) -> bool {
    find_io_error(err).is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)
}

/// The first I/O error in a chain.
fn find_io_error<'a>(err: &'a (dyn StdError + 'static)) -> Option<&'a std::io::Error> {
    let mut cur: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return Some(io);
        }
        cur = e.source();
    }
    None
}

fn is_unreachable(kind: std::io::ErrorKind) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        kind,
        ConnectionRefused
            | ConnectionReset
            | ConnectionAborted
            | NotConnected
            | TimedOut
            | AddrNotAvailable
    )
}

fn find_credentials_error(err: &(dyn StdError + 'static)) -> Option<String> {
    let mut cur: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(c) = e.downcast_ref::<aws_credential_types::provider::error::CredentialsError>()
        {
            let text = chain_text(c)
                .replace("the credential provider was not enabled: ", "")
                .replace("the credential provider was not enabled", "not configured");
            let text = without_debug_text(&text.split_whitespace().collect::<Vec<_>>().join(" "));
            return Some(
                text.trim_end_matches(": unknown error")
                    .trim_end_matches("unknown error")
                    .trim_end_matches(": ")
                    .to_string(),
            );
        }
        cur = e.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exit_code_is_in_the_table() {
        // An exhaustive match: a new variant fails to compile until it is listed here and in
        // the table.
        fn listed(e: Exit) -> bool {
            match e {
                Exit::Success
                | Exit::Failure
                | Exit::Usage
                | Exit::NotFound
                | Exit::Auth
                | Exit::Service
                | Exit::Network
                | Exit::Conflict
                | Exit::Aborted
                | Exit::Config
                | Exit::PushConflict
                | Exit::PushRepositoryMissing
                | Exit::PushUnknown
                | Exit::PushOverwrite
                | Exit::NoPolicy
                | Exit::PolicyInvalid
                | Exit::AuditFindings
                | Exit::LocalTool
                | Exit::LifecycleMismatch
                | Exit::ScanFindings
                | Exit::WaitTimedOut
                | Exit::ScanIncomplete
                | Exit::DigestMismatch
                | Exit::PlanDrift
                | Exit::PlanRejected
                | Exit::ReplicationBlocked
                | Exit::PullThroughInvalid
                | Exit::Interrupted
                | Exit::Terminated
                | Exit::WouldChange => Exit::TABLE.iter().any(|(t, _)| *t == e),
            }
        }
        for (e, _) in Exit::TABLE {
            assert!(listed(*e));
        }
        for e in ALL_EXITS {
            assert!(listed(e), "{e:?} is missing from Exit::TABLE");
        }
    }

    const ALL_EXITS: [Exit; 30] = [
        Exit::Success,
        Exit::Failure,
        Exit::Usage,
        Exit::NotFound,
        Exit::Auth,
        Exit::Service,
        Exit::Network,
        Exit::Conflict,
        Exit::Aborted,
        Exit::Config,
        Exit::PushConflict,
        Exit::PushRepositoryMissing,
        Exit::PushUnknown,
        Exit::PushOverwrite,
        Exit::NoPolicy,
        Exit::PolicyInvalid,
        Exit::AuditFindings,
        Exit::LocalTool,
        Exit::LifecycleMismatch,
        Exit::ScanFindings,
        Exit::WaitTimedOut,
        Exit::ScanIncomplete,
        Exit::DigestMismatch,
        Exit::PlanDrift,
        Exit::PlanRejected,
        Exit::ReplicationBlocked,
        Exit::PullThroughInvalid,
        Exit::Interrupted,
        Exit::Terminated,
        Exit::WouldChange,
    ];

    #[test]
    fn echoed_arguments_are_cut_to_200_characters() {
        assert_eq!(cut("app"), "app");
        // The last guard: any long unbroken run in a printed message, once.
        let long = "L".repeat(10_000);
        let message = format!("profile '{long}' not found; see {long}");
        let said = cut_words(&message);
        assert_eq!(said.matches("… (10000 characters)").count(), 2, "{said}");
        assert!(said.starts_with("profile 'LLL") && said.contains("characters)' not found"));
        assert!(said.chars().count() < 600);
        let once = format!("'{}'", cut(&long));
        assert_eq!(cut_words(&once), once.as_str());
        assert_eq!(cut_words("short words stay"), "short words stay");
        let exact = "a".repeat(200);
        assert_eq!(cut(&exact), exact.as_str());
        let long = format!("{}{}", "é".repeat(200), "x".repeat(4000));
        let shown = cut(&long);
        assert_eq!(shown, format!("{}… (4200 characters)", "é".repeat(200)));
    }

    #[test]
    fn quoted_arguments_are_cut() {
        let long = "x".repeat(1000);
        let text = format!("invalid value '{long}' for '--tag <TAG>'\n");
        let cut = cut_quoted(&text);
        assert!(cut.starts_with(&format!(
            "invalid value '{}… (1000 characters)'",
            "x".repeat(200)
        )));
        assert!(cut.ends_with(" for '--tag <TAG>'\n"), "{cut}");
        assert_eq!(cut_quoted("no quotes"), "no quotes");
        assert_eq!(cut_quoted("it's fine"), "it's fine");
        assert_eq!(cut_quoted("'a' and 'b'"), "'a' and 'b'");
    }

    #[test]
    fn worst_takes_the_most_severe() {
        use Exit::*;
        assert_eq!(Exit::worst([]), Success);
        assert_eq!(Exit::worst([Success, Success]), Success);
        assert_eq!(Exit::worst([PushConflict, Service]), PushConflict);
        assert_eq!(Exit::worst([Service, PushConflict]), PushConflict);
        assert_eq!(Exit::worst([NotFound, Service, Success]), Service);
        assert_eq!(Exit::worst([Success, NotFound]), NotFound);
        // "Would change" is an answer, not a failure: any error outranks it.
        assert_eq!(Exit::worst([WouldChange, Success]), WouldChange);
        assert_eq!(Exit::worst([NotFound, WouldChange]), NotFound);
        // A corrupt copy outranks a refused tag of another image in the same sync.
        assert_eq!(Exit::worst([DigestMismatch, PushConflict]), DigestMismatch);
        assert_eq!(Exit::worst([Service, DigestMismatch]), DigestMismatch);
        // images scan: a failing finding outranks a missing verdict, which outranks a timeout;
        // all three outrank an error of another image.
        assert_eq!(
            Exit::worst([WaitTimedOut, ScanFindings, ScanIncomplete]),
            ScanFindings
        );
        assert_eq!(Exit::worst([WaitTimedOut, ScanIncomplete]), ScanIncomplete);
        assert_eq!(Exit::worst([Service, WaitTimedOut]), WaitTimedOut);
        assert_eq!(WouldChange.code(), 1);
        assert_eq!(
            Exit::worst([PushOverwrite, PushRepositoryMissing]),
            PushRepositoryMissing
        );
        assert_eq!(Exit::worst([Interrupted, PushConflict]), Interrupted);
        // A refused saved plan outranks any one write's error.
        assert_eq!(Exit::worst([Service, PlanDrift, NotFound]), PlanDrift);
        assert_eq!(Exit::worst([PlanDrift, PlanRejected]), PlanDrift);
        assert_eq!(PlanDrift.code(), 24);
        assert_eq!(PlanRejected.code(), 25);
    }

    #[test]
    fn json_errors_carry_code_message_hint_and_exit() {
        let err: anyhow::Error = service_error(
            "reading repository x",
            "RepositoryNotFoundException",
            "gone",
        )
        .into();
        let v: serde_json::Value = serde_json::from_str(&json_error(&err)).unwrap();
        assert_eq!(v["error"]["code"], "RepositoryNotFoundException");
        assert_eq!(v["error"]["exit"], 3);
        assert_eq!(v["error"]["hint"], serde_json::Value::Null);
        let err: anyhow::Error = AppError::usage("bad").with_hint("do this").into();
        let v: serde_json::Value = serde_json::from_str(&json_error(&err)).unwrap();
        assert_eq!(v["error"]["code"], "usage");
        assert_eq!(v["error"]["hint"], "do this");
        assert_eq!(v["error"]["message"], "bad");
    }

    #[test]
    fn answers_that_are_not_ecr_errors_keep_their_status() {
        assert_eq!(not_ecr_answer("d", 403, "<html>").kind, Exit::Auth);
        assert_eq!(not_ecr_answer("d", 401, "").kind, Exit::Auth);
        let e = not_ecr_answer("d", 404, "<html><body>Not Found");
        assert_eq!(e.kind, Exit::Config);
        assert!(e.message.contains("HTTP 404") && e.hint.unwrap().contains("--endpoint-url"));
        assert_eq!(not_ecr_answer("d", 502, "Bad Gateway").kind, Exit::Service);
        assert!(not_ecr_answer("d", 500, "")
            .message
            .contains("an empty body"));
    }

    #[test]
    fn classify_picks_the_first_app_error() {
        let err = anyhow::Error::from(AppError::new(Exit::NotFound, "gone")).context("showing x");
        assert_eq!(classify(&err).0, Exit::NotFound);
        assert_eq!(classify(&anyhow::anyhow!("plain")).0, Exit::Failure);
    }

    #[test]
    fn service_errors_are_classified_by_code() {
        assert_eq!(
            service_error("d", "RepositoryNotFoundException", "m").kind,
            Exit::NotFound
        );
        assert_eq!(
            service_error("d", "AccessDeniedException", "m").kind,
            Exit::Auth
        );
        assert_eq!(
            service_error("d", "RepositoryNotEmptyException", "m").kind,
            Exit::Conflict
        );
        let quota = service_error("d", "LimitExceededException", "m");
        assert_eq!(quota.kind, Exit::Service);
        assert!(quota.hint.unwrap().contains("quota"));
        assert_eq!(
            service_error("d", "ServerException", "boom").message,
            "d: ServerException: boom"
        );
    }

    #[test]
    fn debug_text_is_reduced_to_code_and_message() {
        let t = r#"failed to assume role: service error: Error { code: "AccessDenied", message: "User: x is not authorized", aws_request_id: "1" }"#;
        assert_eq!(
            without_debug_text(t),
            "failed to assume role: service error: AccessDenied: User: x is not authorized"
        );
        assert_eq!(without_debug_text("plain"), "plain");
    }

    #[test]
    fn render_strips_control_characters() {
        let err = anyhow::anyhow!("evil\x1b[2Jtext\nnext");
        assert_eq!(render(&err), "evil [2Jtext next");
    }
}
