//! The policy linter: grammar, ECR's rules, and security checks, each with a stable code.

use std::collections::BTreeSet;

use serde::Serialize;
use serde_json::{Map, Value};

use super::actions;
use crate::mutability::glob;
use restrict::Restriction;

mod restrict;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    SecurityWarning,
    Warning,
    Suggestion,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::SecurityWarning => "security-warning",
            Severity::Warning => "warning",
            Severity::Suggestion => "suggestion",
        }
    }
}

/// A linter's codes: the enum, every code in the table's order, and one `match` that gives
/// each its name, severity and meaning, so that a finding's severity is always its code's.
macro_rules! lint_codes {
    ($(#[$doc:meta])* pub enum $name:ident {
        $($variant:ident = $code:literal, $severity:ident, $meaning:literal;)*
    }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant),*
        }

        impl $name {
            /// Every code, in the documented table's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            fn spec(self) -> (&'static str, $crate::policy::lint::Severity, &'static str) {
                match self {
                    $($name::$variant => ($code, $crate::policy::lint::Severity::$severity, $meaning)),*
                }
            }

            /// The stable name scripts see (JSON, `--only`, annotations).
            pub fn as_str(self) -> &'static str {
                self.spec().0
            }

            pub fn severity(self) -> $crate::policy::lint::Severity {
                self.spec().1
            }

            /// What it means, for the README's table.
            pub fn meaning(self) -> &'static str {
                self.spec().2
            }

            /// Every code as the README's table rows: `| `code` | severity | meaning |`.
            pub fn table() -> String {
                Self::ALL
                    .iter()
                    .map(|c| format!("| `{c}` | {} | {} |\n", c.severity().as_str(), c.meaning()))
                    .collect()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}
pub(crate) use lint_codes;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable, for scripts and `--only` / `--ignore`; it gives the severity.
    pub code: Code,
    pub message: String,
    /// 1-based statement number, when the finding is about one statement.
    pub statement: Option<usize>,
}

impl Finding {
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Finding", 4)?;
        st.serialize_field("severity", &self.severity())?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("statement", &self.statement)?;
        st.end()
    }
}

/// Which kind of policy is being checked.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// A public repository's policy (`ecr-public:` actions).
    pub public: bool,
    /// An identity policy (attached to a user or role) rather than a repository policy.
    pub identity: bool,
    /// The repository's own account, when known: enables the cross-account checks.
    pub own_account: Option<String>,
}

lint_codes! {
    /// Every code, its severity and what it means: the documented rule table.
    pub enum Code {
        InvalidJson = "invalid-json", Error, "not JSON, trailing garbage, duplicate keys, or not an object";
        TooLarge = "too-large", Error, "over 10,240 characters after minifying";
        UnknownElement = "unknown-element", Error, "an element IAM does not know";
        WrongType = "wrong-type", Error, "an element of the wrong JSON type";
        VersionMissing = "version-missing", Warning, "no Version: IAM assumes 2008-10-17, without policy variables";
        VersionInvalid = "version-invalid", Error, "Version is not 2012-10-17 or 2008-10-17";
        VersionOldVariables = "version-old-variables", Warning, "Version 2008-10-17 with policy variables: ${…} is then literal text";
        VersionOld = "version-old", Suggestion, "Version 2008-10-17: use 2012-10-17";
        SizeAsWritten = "size-as-written", Suggestion, "over 10,240 characters as written, within the limit only once minified";
        StatementMissing = "statement-missing", Error, "no Statement";
        StatementEmpty = "statement-empty", Error, "an empty Statement list";
        EffectMissing = "effect-missing", Error, "a statement without Effect";
        EffectInvalid = "effect-invalid", Error, "Effect is not exactly Allow or Deny";
        ActionMissing = "action-missing", Error, "neither Action nor NotAction";
        ActionConflict = "action-conflict", Error, "both Action and NotAction";
        ActionInvalid = "action-invalid", Error, "an action without a service prefix";
        ActionUnknown = "action-unknown", Error, "an ecr: / ecr-public: action (or wildcard) that matches no real action";
        ActionOtherService = "action-other-service", Error, "an action of another service in a repository policy";
        ActionWrongRegistry = "action-wrong-registry", Error, "ecr-public: actions in a private policy, or ecr: in a public one";
        PrincipalMissing = "principal-missing", Error, "a repository-policy statement without Principal or NotPrincipal";
        PrincipalForbidden = "principal-forbidden", Error, "Principal in an identity policy";
        PrincipalInvalid = "principal-invalid", Error, "a malformed principal (account id, ARN, unknown key)";
        SidDuplicate = "sid-duplicate", Error, "the same Sid twice";
        SidInvalid = "sid-invalid", Warning, "a Sid with characters other than A-Z, a-z, 0-9";
        ResourcePresent = "resource-present", Error, "Resource in a repository policy: ECR rejects it";
        ResourceMissing = "resource-missing", Error, "no Resource in an identity policy";
        AuthTokenNoEffect = "auth-token-no-effect", Warning, "ecr:GetAuthorizationToken in a repository policy has no effect";
        ConditionOperatorUnknown = "condition-operator-unknown", Error, "a condition operator IAM does not know";
        ConditionKeyUnknown = "condition-key-unknown", Error, "an ecr: / ecr-public: condition key that does not exist";
        PublicWrite = "public-write", Error, "anyone may push, delete or change the policy: no condition limits who may call";
        PublicRead = "public-read", SecurityWarning, "anyone may pull from a private repository, or read its images, tags and scan findings: no condition limits who may call";
        AllowNotprincipal = "allow-notprincipal", Error, "Allow with NotPrincipal grants everyone else";
        DenyNotprincipal = "deny-notprincipal", Warning, "Deny with NotPrincipal: fragile; prefer a Condition on aws:PrincipalArn";
        AllowNotactionEveryone = "allow-notaction-everyone", Error, "Allow with NotAction to everyone";
        WildcardAction = "wildcard-action", SecurityWarning, "ecr:* or * granted";
        ServiceNoSource = "service-no-source", SecurityWarning, "a service principal without aws:SourceArn / aws:SourceAccount";
        Lockout = "lockout", Error, "everyone denied SetRepositoryPolicy: nobody could change the policy again";
        CrossAccountWrite = "cross-account-write", SecurityWarning, "another account may push or delete (audit, where the account is known)";
        CrossAccountNoOrg = "cross-account-no-org", Suggestion, "another account has access without an organization condition (audit)";
    }
}

const CONDITION_OPERATORS: &[&str] = &[
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
    "NumericEquals",
    "NumericNotEquals",
    "NumericLessThan",
    "NumericLessThanEquals",
    "NumericGreaterThan",
    "NumericGreaterThanEquals",
    "DateEquals",
    "DateNotEquals",
    "DateLessThan",
    "DateLessThanEquals",
    "DateGreaterThan",
    "DateGreaterThanEquals",
    "Bool",
    "BinaryEquals",
    "IpAddress",
    "NotIpAddress",
    "ArnEquals",
    "ArnLike",
    "ArnNotEquals",
    "ArnNotLike",
    "Null",
];

const SOURCE_KEYS: &[&str] = &[
    "aws:sourcearn",
    "aws:sourceaccount",
    "aws:sourceorgid",
    "aws:sourceorgpaths",
];
const ORG_KEYS: &[&str] = &["aws:principalorgid", "aws:principalorgpaths"];
const STATEMENT_KEYS: &[&str] = &[
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

/// Actions a pull needs.
pub const PULL: &[&str] = &[
    "BatchGetImage",
    "GetDownloadUrlForLayer",
    "BatchCheckLayerAvailability",
];

/// Read-only actions; everything else writes (push, delete, policy, settings, tags).
fn is_read(action: &str) -> bool {
    ["Describe", "Get", "List", "BatchGet", "BatchCheck"]
        .iter()
        .any(|p| action.starts_with(p))
}

/// Lint a policy document given as text.
pub fn lint(text: &str, opts: &Options) -> Vec<Finding> {
    let doc = match super::parse(text) {
        Ok(doc) => doc,
        Err(e) => return vec![finding(Code::InvalidJson, e, None)],
    };
    let mut out = lint_value(&doc, opts);
    let written = text.chars().count();
    let minified = super::minify(&doc).chars().count();
    if written > super::MAX_POLICY_CHARS && minified <= super::MAX_POLICY_CHARS {
        out.insert(
            0,
            finding(Code::SizeAsWritten,
                format!(
                    "the file is {written} characters as written, over ECR's {}; ecrctl sends it minified ({minified}), but a tool that sends it as written will be refused",
                    super::MAX_POLICY_CHARS
                ),
                None,
            ),
        );
    }
    out
}

fn finding(code: Code, message: impl Into<String>, statement: Option<usize>) -> Finding {
    Finding {
        code,
        message: message.into(),
        statement,
    }
}

/// Lint a parsed policy document.
pub fn lint_value(doc: &Value, opts: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(top) = doc.as_object() else {
        out.push(finding(
            Code::InvalidJson,
            "the policy must be a JSON object",
            None,
        ));
        return out;
    };
    lint_top(doc, top, &mut out);
    let Some(statements) = statement_list(top, &mut out) else {
        return out;
    };
    let mut sids: Vec<&str> = Vec::new();
    for (i, st) in statements.iter().enumerate() {
        let n = i + 1;
        let Some(st) = st.as_object() else {
            out.push(finding(
                Code::WrongType,
                format!("statement {n} is {}, not an object", super::kind_of(st)),
                Some(n),
            ));
            continue;
        };
        if let Some(Value::String(sid)) = st.get("Sid") {
            if sids.contains(&sid.as_str()) {
                out.push(finding(
                    Code::SidDuplicate,
                    format!("Sid \"{}\" is used twice", crate::ui::clean(sid)),
                    Some(n),
                ));
            }
            sids.push(sid);
        }
        lint_statement(n, st, opts, &mut out);
    }
    out.sort_by_key(|f| (f.statement.unwrap_or(0), f.severity()));
    out
}

/// The document's size, top-level elements and Version.
fn lint_top(doc: &Value, top: &Map<String, Value>, out: &mut Vec<Finding>) {
    let size = super::minify(doc).chars().count();
    if size > super::MAX_POLICY_CHARS {
        out.push(finding(
            Code::TooLarge,
            format!(
                "the policy is {size} characters minified: ECR allows {}",
                super::MAX_POLICY_CHARS
            ),
            None,
        ));
    }
    for key in top.keys() {
        if !matches!(key.as_str(), "Version" | "Id" | "Statement") {
            out.push(finding(
                Code::UnknownElement,
                format!("unknown top-level element \"{key}\""),
                None,
            ));
        }
    }
    match top.get("Version") {
        None => out.push(finding(Code::VersionMissing,
            "no Version: add \"Version\": \"2012-10-17\" (without it IAM uses 2008-10-17 and ignores policy variables)",
            None,
        )),
        Some(Value::String(v)) if v == "2012-10-17" => {}
        Some(Value::String(v)) if v == "2008-10-17" => {
            if super::minify(doc).contains("${") {
                out.push(finding(Code::VersionOldVariables,
                    "Version 2008-10-17 treats policy variables such as ${aws:username} as literal text: use \"2012-10-17\"",
                    None,
                ));
            } else {
                out.push(finding(Code::VersionOld,
                    "Version 2008-10-17 is the old policy language: use \"2012-10-17\"",
                    None,
                ));
            }
        }
        Some(v) => out.push(finding(Code::VersionInvalid,
            format!("Version is {v}: it must be \"2012-10-17\" (or the older \"2008-10-17\")"),
            None,
        )),
    }
}

/// The Statement element as a list (one object counts as a list of one); `None`, with a
/// finding, when there is nothing to lint.
fn statement_list<'a>(
    top: &'a Map<String, Value>,
    out: &mut Vec<Finding>,
) -> Option<Vec<&'a Value>> {
    let statements: Vec<&Value> = match top.get("Statement") {
        None => {
            out.push(finding(Code::StatementMissing, "no Statement", None));
            return None;
        }
        Some(Value::Array(a)) if a.is_empty() => {
            out.push(finding(
                Code::StatementEmpty,
                "Statement is an empty list",
                None,
            ));
            return None;
        }
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v @ Value::Object(_)) => vec![v],
        Some(v) => {
            out.push(finding(
                Code::WrongType,
                format!(
                    "Statement is {}: it must be an object or a list of objects",
                    super::kind_of(v)
                ),
                None,
            ));
            return None;
        }
    };
    Some(statements)
}

/// What a statement grants or denies, for the security rules.
struct Scope {
    /// Effective actions of the policy's own service (short names).
    actions: BTreeSet<&'static str>,
    /// An action written literally as `*` or `ecr:*`.
    literal_wildcard: bool,
    uses_not_action: bool,
    /// Explicitly named (not through a wildcard).
    named: BTreeSet<String>,
}

/// What a statement's rules need to know of it.
struct Grant<'a> {
    principal: Option<&'a Value>,
    scope: Scope,
    anyone: bool,
    /// Any condition at all: a Deny with one does not apply to everyone.
    conditional: bool,
    /// Whether the condition limits who may call: an Allow to anyone without one is public.
    restriction: Restriction,
    writes: Vec<&'static str>,
    service: &'static str,
}

fn lint_statement(n: usize, st: &Map<String, Value>, opts: &Options, out: &mut Vec<Finding>) {
    // The Sid is the policy author's text: cleaned before it enters a message, so that even
    // `jq -r .findings[].message` cannot print a control character or a line break from it.
    let label = match st.get("Sid").and_then(Value::as_str) {
        Some(sid) => format!("statement {n} ({})", crate::ui::clean(sid)),
        None => format!("statement {n}"),
    };
    let label = label.as_str();
    let at = Some(n);
    let effect = lint_elements(st, label, at, out);
    let scope = lint_actions(n, st, opts, label, out);
    let principal = st.get("Principal");
    let not_principal = st.get("NotPrincipal");
    lint_placement(st, scope.as_ref(), opts, label, at, out);
    if let Some(p) = principal.or(not_principal) {
        lint_principal(p, label, at, out);
    }
    let condition = st.get("Condition");
    let conditional = lint_condition_element(condition, label, at, out);
    if opts.identity {
        return;
    }
    let (Some(effect), Some(scope)) = (effect, scope) else {
        return;
    };
    let writes: Vec<&'static str> = scope
        .actions
        .iter()
        .copied()
        .filter(|a| !is_read(a))
        .collect();
    let grant = Grant {
        principal,
        anyone: principal.is_some_and(is_anyone),
        conditional,
        restriction: restrict::analyse(condition),
        writes,
        service: if opts.public { "ecr-public" } else { "ecr" },
        scope,
    };
    if effect == "Deny" && not_principal.is_some() {
        out.push(finding(Code::DenyNotprincipal,
            format!("{label}: Deny with NotPrincipal must also list every assumed-role session ARN, or it denies those sessions too: prefer Principal \"*\" with a Condition on aws:PrincipalArn"),
            at,
        ));
    }
    if effect == "Allow" {
        lint_allow(&grant, not_principal.is_some(), opts, label, at, out);
    } else {
        lint_deny(&grant, label, at, out);
    }
}

/// Sid, unknown elements and Effect; the effect when it is valid.
fn lint_elements<'a>(
    st: &'a Map<String, Value>,
    label: &str,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) -> Option<&'a str> {
    if let Some(Value::String(sid)) = st.get("Sid") {
        if !sid.chars().all(|c| c.is_ascii_alphanumeric()) {
            out.push(finding(Code::SidInvalid,
                format!(
                    "{}: the Sid has characters other than A-Z, a-z and 0-9, the only ones IAM's policy grammar allows; some services refuse the others",
                    label
                ),
                at,
            ));
        }
    }
    for key in st.keys() {
        if !STATEMENT_KEYS.contains(&key.as_str()) {
            out.push(finding(
                Code::UnknownElement,
                format!("{}: unknown element \"{key}\"", label),
                at,
            ));
        }
    }
    if let Some(sid) = st.get("Sid") {
        if !sid.is_string() {
            out.push(finding(
                Code::WrongType,
                format!("{}: Sid must be a string", label),
                at,
            ));
        }
    }
    match st.get("Effect") {
        None => {
            out.push(finding(
                Code::EffectMissing,
                format!("{}: no Effect (Allow or Deny)", label),
                at,
            ));
            None
        }
        Some(Value::String(e)) if e == "Allow" || e == "Deny" => Some(e.as_str()),
        Some(e) => {
            out.push(finding(
                Code::EffectInvalid,
                format!(
                    "{}: Effect is {e}: it must be exactly \"Allow\" or \"Deny\"",
                    label
                ),
                at,
            ));
            None
        }
    }
}

/// Principal and Resource where the policy's kind (identity or repository) wants them.
fn lint_placement(
    st: &Map<String, Value>,
    scope: Option<&Scope>,
    opts: &Options,
    label: &str,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) {
    let principal = st.get("Principal");
    let not_principal = st.get("NotPrincipal");
    if opts.identity {
        if principal.is_some() || not_principal.is_some() {
            out.push(finding(Code::PrincipalForbidden,
                format!("{}: an identity policy has no Principal: it applies to whoever it is attached to", label),
                at,
            ));
        }
        if !st.contains_key("Resource") && !st.contains_key("NotResource") {
            out.push(finding(Code::ResourceMissing,
                format!("{}: an identity policy needs Resource (repository ARNs, or \"*\" for ecr:GetAuthorizationToken)", label),
                at,
            ));
        }
    } else {
        if principal.is_none() && not_principal.is_none() {
            out.push(finding(
                Code::PrincipalMissing,
                format!(
                    "{}: no Principal: a repository policy must say who it applies to",
                    label
                ),
                at,
            ));
        }
        if st.contains_key("Resource") || st.contains_key("NotResource") {
            out.push(finding(Code::ResourcePresent,
                format!("{}: remove Resource: ECR rejects it in a repository policy (the repository is the resource)", label),
                at,
            ));
        }
        if scope
            .as_ref()
            .is_some_and(|s| s.named.contains("getauthorizationtoken"))
        {
            out.push(finding(Code::AuthTokenNoEffect,
                format!("{}: ecr:GetAuthorizationToken has no effect in a repository policy: grant it in an identity policy", label),
                at,
            ));
        }
    }
}

/// The Condition element's shape; whether the statement has any condition.
fn lint_condition_element(
    condition: Option<&Value>,
    label: &str,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) -> bool {
    match condition {
        None => false,
        Some(Value::Object(c)) => {
            lint_condition(c, label, at, out);
            !c.is_empty()
        }
        Some(c) => {
            out.push(finding(
                Code::WrongType,
                format!(
                    "{}: Condition is {}, not an object",
                    label,
                    super::kind_of(c)
                ),
                at,
            ));
            false
        }
    }
}

/// What an Allow statement grants, and to whom.
fn lint_allow(
    grant: &Grant,
    not_principal: bool,
    opts: &Options,
    label: &str,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) {
    let Grant {
        scope,
        anyone,
        restriction,
        writes,
        service,
        ..
    } = grant;
    let (anyone, service) = (*anyone, *service);
    // Public: anyone, and no condition that limits who may call. When the statement has
    // conditions that do not, the message says which and why.
    let public = anyone && !restriction.restricts();
    let (because, fix) = if restriction.ignored.is_empty() {
        (
            String::new(),
            "add a condition such as aws:PrincipalOrgID, or name the principals",
        )
    } else {
        (
            format!(
                ", since its condition does not limit who may call ({})",
                restriction.why_not()
            ),
            "limit it to a fixed value of a key that says who calls or from where (StringEquals aws:PrincipalOrgID, aws:SourceVpce), or name the principals",
        )
    };
    if not_principal {
        out.push(finding(Code::AllowNotprincipal,
            format!("{}: Allow with NotPrincipal grants everyone except the listed principals: name who is allowed instead", label),
            at,
        ));
    }
    if scope.uses_not_action && anyone {
        out.push(finding(
            Code::AllowNotactionEveryone,
            format!(
                "{}: Allow with NotAction to everyone grants every other action to anyone",
                label
            ),
            at,
        ));
    }
    if public && !writes.is_empty() {
        out.push(finding(
            Code::PublicWrite,
            if because.is_empty() {
                format!(
                    "{label}: anyone may {}: {}",
                    write_words(writes),
                    list_actions(service, writes)
                )
            } else {
                format!(
                    "{label}: anyone may {} ({}){because}",
                    write_words(writes),
                    list_actions(service, writes)
                )
            },
            at,
        ));
    }
    let pulls = PULL.iter().any(|a| scope.actions.contains(a));
    let reads: Vec<&str> = scope
        .actions
        .iter()
        .map(|a| a.as_ref())
        .filter(|a: &&str| is_read(a))
        .collect();
    if public && !opts.public && pulls {
        out.push(finding(Code::PublicRead,
            format!("{label}: anyone (any AWS account) may pull from this private repository{because}: {fix}"),
            at,
        ));
    } else if public && !opts.public && !reads.is_empty() {
        // Not a pull, but tags, image details and scan findings are worth hiding too.
        out.push(finding(Code::PublicRead,
            format!(
                "{label}: anyone (any AWS account) may read this private repository ({}){because}: {fix}",
                list_actions(service, &reads)
            ),
            at,
        ));
    }
    if scope.literal_wildcard {
        out.push(finding(
            Code::WildcardAction,
            format!(
                "{}: grants every {service} action: name the actions needed",
                label
            ),
            at,
        ));
    }
    lint_service_principal(grant, label, at, out);
    if let Some(own) = &opts.own_account {
        lint_cross_account(grant, own, label, at, out);
    }
}

/// A service principal in an Allow statement needs a condition naming the caller's resource
/// or account, or any of the service's customers could use the access. `Principal: "*"` with
/// aws:PrincipalServiceName is the same grant written another way.
fn lint_service_principal(grant: &Grant, label: &str, at: Option<usize>, out: &mut Vec<Finding>) {
    let Grant {
        principal,
        anyone,
        restriction,
        ..
    } = grant;
    let mut services = principal
        .and_then(|p| p.get("Service"))
        .map(strings)
        .unwrap_or_default();
    if *anyone {
        services.extend(
            restriction
                .values_of("aws:principalservicename")
                .into_iter()
                .map(|s| crate::ui::clean(s).into_owned()),
        );
    }
    if services.is_empty() || restriction.by_any_of(SOURCE_KEYS) {
        return;
    }
    let ignored = restriction.why_not_for(SOURCE_KEYS);
    let ignored = if ignored.is_empty() {
        String::new()
    } else {
        format!(" that limits it ({ignored})")
    };
    out.push(finding(Code::ServiceNoSource,
        format!(
            "{}: service principal {} without an aws:SourceArn or aws:SourceAccount condition{ignored}: any of its customers' resources could use this access",
            label,
            services.join(", ")
        ),
        at,
    ));
}

/// Other accounts named in an Allow statement: what they may write, and whether an
/// organization condition bounds them.
fn lint_cross_account(
    grant: &Grant,
    own: &str,
    label: &str,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) {
    let Grant {
        principal,
        restriction,
        writes,
        ..
    } = grant;
    let others: Vec<String> = principal
        .and_then(|p| p.get("AWS"))
        .map(strings)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|p| account_of(&p))
        .filter(|a| a != own)
        .collect();
    if others.is_empty() {
        return;
    }
    if !writes.is_empty() {
        out.push(finding(
            Code::CrossAccountWrite,
            format!(
                "{}: account(s) {} may {}",
                label,
                others.join(", "),
                write_words(writes)
            ),
            at,
        ));
    }
    if !restriction.by_any_of(ORG_KEYS) {
        out.push(finding(
            Code::CrossAccountNoOrg,
            format!(
                "{}: account(s) {} have access without an aws:PrincipalOrgID condition",
                label,
                others.join(", ")
            ),
            at,
        ));
    }
}

/// A Deny statement that would lock everyone out of the policy itself.
fn lint_deny(grant: &Grant, label: &str, at: Option<usize>, out: &mut Vec<Finding>) {
    let service = grant.service;
    if grant.anyone && !grant.conditional && grant.scope.actions.contains("SetRepositoryPolicy") {
        out.push(finding(Code::Lockout,
            format!(
                "{}: denies {service}:SetRepositoryPolicy to everyone, so nobody could change or fix this policy again; \
                 ECR refuses it unless --force, which skips that lock-out check",
                label
            ),
            at,
        ));
    }
}

fn write_words(writes: &[&str]) -> &'static str {
    let policy = writes.iter().any(|a| a.contains("Policy"));
    let push = writes.iter().any(|a| {
        matches!(
            *a,
            "PutImage" | "CompleteLayerUpload" | "UploadLayerPart" | "InitiateLayerUpload"
        )
    });
    let delete = writes
        .iter()
        .any(|a| a.starts_with("Delete") || a.starts_with("BatchDelete"));
    match (push, delete, policy) {
        (true, true, true) => "push, delete and change the policy",
        (_, _, true) => "change the policy",
        (true, true, false) => "push and delete",
        (true, false, false) => "push",
        (false, true, false) => "delete",
        _ => "change the repository",
    }
}

fn list_actions(service: &str, actions: &[&str]) -> String {
    let shown: Vec<String> = actions
        .iter()
        .take(6)
        .map(|a| format!("{service}:{a}"))
        .collect();
    if actions.len() > 6 {
        format!("{} and {} more", shown.join(", "), actions.len() - 6)
    } else {
        shown.join(", ")
    }
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

fn is_anyone(principal: &Value) -> bool {
    match principal {
        Value::String(s) => s == "*",
        Value::Object(m) => m
            .get("AWS")
            .is_some_and(|a| strings(a).iter().any(|s| s == "*")),
        _ => false,
    }
}

/// The account of an AWS principal: a 12-digit id or an IAM/STS ARN.
fn account_of(principal: &str) -> Option<String> {
    if principal.len() == 12 && principal.bytes().all(|b| b.is_ascii_digit()) {
        return Some(principal.to_string());
    }
    let parts: Vec<&str> = principal.splitn(6, ':').collect();
    match parts[..] {
        ["arn", _, "iam" | "sts", "", account, _] if account.len() == 12 => {
            Some(account.to_string())
        }
        _ => None,
    }
}

fn lint_principal(p: &Value, label: &str, at: Option<usize>, out: &mut Vec<Finding>) {
    let mut bad = |msg: String| {
        out.push(finding(
            Code::PrincipalInvalid,
            format!("{label}: {msg}"),
            at,
        ))
    };
    match p {
        Value::String(s) if s == "*" => {}
        Value::String(s) => bad(format!(
            "Principal \"{s}\" must be \"*\" or an object such as {{\"AWS\": …}}"
        )),
        Value::Object(m) => {
            for (key, value) in m {
                let list = match value {
                    Value::String(_) | Value::Array(_) => strings(value),
                    other => {
                        bad(format!(
                            "Principal {key} is {}, not a string or a list",
                            super::kind_of(other)
                        ));
                        continue;
                    }
                };
                for item in list {
                    match key.as_str() {
                        "AWS" => {
                            let ok = item == "*"
                                || account_of(&item)
                                    .is_some_and(|a| a.bytes().all(|b| b.is_ascii_digit()))
                                    && (item.len() == 12 || valid_principal_arn(&item));
                            if !ok {
                                bad(format!(
                                    "\"{item}\" is not \"*\", a 12-digit account id or an IAM ARN"
                                ));
                            }
                        }
                        "Service" => {
                            if !(item.ends_with(".amazonaws.com")
                                || item.ends_with(".amazonaws.com.cn"))
                                || item.contains(' ')
                            {
                                bad(format!("\"{item}\" is not a service principal (e.g. lambda.amazonaws.com)"));
                            }
                        }
                        "Federated" | "CanonicalUser" => {}
                        other => {
                            bad(format!("unknown principal type \"{other}\" (AWS, Service, Federated or CanonicalUser)"));
                            break;
                        }
                    }
                }
            }
        }
        other => bad(format!("Principal is {}", super::kind_of(other))),
    }
}

fn valid_principal_arn(arn: &str) -> bool {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    match parts[..] {
        ["arn", partition, "iam", "", _, resource] => {
            partition.starts_with("aws")
                && (resource == "root"
                    || ["user/", "role/", "group/", "federated-user/"]
                        .iter()
                        .any(|p| resource.starts_with(p)))
        }
        ["arn", partition, "sts", "", _, resource] => {
            partition.starts_with("aws")
                && (resource.starts_with("assumed-role/")
                    || resource.starts_with("federated-user/"))
        }
        _ => false,
    }
}

fn valid_operator(op: &str) -> bool {
    let op = op
        .strip_prefix("ForAllValues:")
        .or_else(|| op.strip_prefix("ForAnyValue:"))
        .unwrap_or(op);
    let base = op.strip_suffix("IfExists").unwrap_or(op);
    CONDITION_OPERATORS.contains(&base) && !(base == "Null" && op != base)
}

fn lint_condition(c: &Map<String, Value>, label: &str, at: Option<usize>, out: &mut Vec<Finding>) {
    for (op, block) in c {
        if !valid_operator(op) {
            out.push(finding(
                Code::ConditionOperatorUnknown,
                format!("{label}: \"{op}\" is not an IAM condition operator"),
                at,
            ));
        }
        let Some(block) = block.as_object() else {
            out.push(finding(
                Code::WrongType,
                format!("{label}: Condition {op} must map keys to values"),
                at,
            ));
            continue;
        };
        for key in block.keys() {
            let lower = key.to_ascii_lowercase();
            let service_key = lower
                .strip_prefix("ecr:")
                .or_else(|| lower.strip_prefix("ecr-public:"));
            if let Some(rest) = service_key {
                if !rest.starts_with("resourcetag/") || rest.len() == "resourcetag/".len() {
                    out.push(finding(Code::ConditionKeyUnknown,
                        format!("{label}: \"{key}\" is not an ECR condition key (ECR defines ecr:ResourceTag/KEY; global keys start with aws:)"),
                        at,
                    ));
                }
            }
        }
    }
}

/// The statement's Action or NotAction: which of the two, and its items.
fn action_items<'a>(
    st: &'a Map<String, Value>,
    label: &str,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) -> Option<(&'static str, Vec<&'a str>)> {
    let (field, value) = match (st.get("Action"), st.get("NotAction")) {
        (Some(_), Some(_)) => {
            out.push(finding(
                Code::ActionConflict,
                format!("{label}: has both Action and NotAction"),
                at,
            ));
            return None;
        }
        (None, None) => {
            out.push(finding(
                Code::ActionMissing,
                format!("{label}: no Action or NotAction"),
                at,
            ));
            return None;
        }
        (Some(a), None) => ("Action", a),
        (None, Some(a)) => ("NotAction", a),
    };
    let items: Vec<&str> = match value {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) if a.iter().all(Value::is_string) => {
            a.iter().filter_map(Value::as_str).collect()
        }
        _ => {
            out.push(finding(
                Code::WrongType,
                format!("{label}: {field} must be a string or a list of strings"),
                at,
            ));
            return None;
        }
    };
    Some((field, items))
}

/// One `service:Name` item: its service (lower case), its name, and the actions it matches;
/// `None`, with a finding, when it is not a valid action of a service the policy may name.
fn action_hits<'a>(
    item: &'a str,
    opts: &Options,
    own_service: &str,
    label: &str,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) -> Option<(String, &'a str, Vec<&'static str>)> {
    let Some((service, name)) = item.split_once(':') else {
        out.push(finding(
            Code::ActionInvalid,
            format!("{label}: \"{item}\" has no service prefix (e.g. ecr:BatchGetImage)"),
            at,
        ));
        return None;
    };
    let service = service.to_ascii_lowercase();
    let list = match service.as_str() {
        "ecr" => actions::ECR,
        "ecr-public" => actions::ECR_PUBLIC,
        _ => {
            if !opts.identity {
                out.push(finding(Code::ActionOtherService,
                    format!("{label}: \"{item}\" belongs to another service: a repository policy takes {own_service}: actions only"),
                    at,
                ));
            }
            return None;
        }
    };
    if !opts.identity && service != own_service {
        let kind = if opts.public { "public" } else { "private" };
        out.push(finding(Code::ActionWrongRegistry,
            format!("{label}: \"{item}\" is an action of {service}:, but a {kind} repository's policy takes {own_service}: actions"),
            at,
        ));
        return None;
    }
    let pattern = name.to_ascii_lowercase();
    let hits: Vec<&'static str> = list
        .iter()
        .copied()
        .filter(|a| glob(&pattern, &a.to_ascii_lowercase()))
        .collect();
    if hits.is_empty() {
        let what = if name.contains(['*', '?']) {
            "matches no"
        } else {
            "is not an"
        };
        let meant = crate::suggest::closest(name, list.iter().copied())
            .map(|a| format!(" (did you mean {service}:{a}?)"))
            .unwrap_or_default();
        out.push(finding(
            Code::ActionUnknown,
            format!("{label}: \"{item}\" {what} {service} action{meant}"),
            at,
        ));
        return None;
    }
    Some((service, name, hits))
}

fn lint_actions(
    n: usize,
    st: &Map<String, Value>,
    opts: &Options,
    label: &str,
    out: &mut Vec<Finding>,
) -> Option<Scope> {
    let at = Some(n);
    let (field, items) = action_items(st, label, at, out)?;
    let (own_service, own_list) = if opts.public {
        ("ecr-public", actions::ECR_PUBLIC)
    } else {
        ("ecr", actions::ECR)
    };
    let mut matched: BTreeSet<&'static str> = BTreeSet::new();
    let mut literal_wildcard = false;
    let mut named = BTreeSet::new();
    for item in items {
        if item == "*" {
            literal_wildcard = true;
            matched.extend(own_list.iter().copied());
            continue;
        }
        let Some((service, name, hits)) = action_hits(item, opts, own_service, label, at, out)
        else {
            continue;
        };
        if name == "*" {
            literal_wildcard = true;
        }
        if !name.contains(['*', '?']) {
            named.insert(name.to_ascii_lowercase());
        }
        if service == own_service {
            matched.extend(hits);
        }
    }
    let uses_not_action = field == "NotAction";
    let actions = if uses_not_action {
        own_list
            .iter()
            .copied()
            .filter(|a| !matched.contains(a))
            .collect()
    } else {
        matched
    };
    Some(Scope {
        actions,
        literal_wildcard,
        uses_not_action,
        named,
    })
}

#[cfg(test)]
mod tests;
