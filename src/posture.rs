//! What the audit finds in one repository's settings. Pure: no AWS types.

use serde::Serialize;

use crate::mutability::{Mode, Mutability};
use crate::policy::lint::{lint, Options, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    High,
    Medium,
    Low,
    Info,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::High => "high",
            Level::Medium => "medium",
            Level::Low => "low",
            Level::Info => "info",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditFinding {
    pub code: String,
    pub severity: Level,
    pub message: String,
    /// The Security Hub (ECR.n) and Control Tower (CT.ECR.PR.n) controls the finding fails.
    pub controls: Vec<&'static str>,
    /// The ecrctl command that fixes it, or `None` (see `fix_note`).
    pub fix: Option<String>,
    /// Why there is no command, or what the command leaves to decide.
    pub fix_note: Option<String>,
}

/// Each control and the finding codes that fail it: what `--only ECR.2` selects.
pub const CONTROLS: &[(&str, &[&str])] = &[
    ("ECR.1", &["scan-on-push-off"]),
    (
        "ECR.2",
        &[
            "mutable-tags",
            "broad-exclusion",
            "mostly-mutable",
            "immutable-with-exclusion",
        ],
    ),
    ("ECR.3", &["no-lifecycle-policy"]),
    ("ECR.4", &["public-untagged"]),
    (
        "ECR.5",
        &[
            "aes256-encryption",
            "kms-aws-managed",
            "kms-key-not-allowed",
            "kms-key-unreadable",
        ],
    ),
    ("CT.ECR.PR.1", &["no-lifecycle-policy"]),
    ("CT.ECR.PR.2", &["scan-on-push-off"]),
    ("CT.ECR.PR.3", &["mutable-tags", "mostly-mutable"]),
];

/// The controls a finding code fails.
pub fn controls_of(code: &str) -> Vec<&'static str> {
    CONTROLS
        .iter()
        .filter(|(_, codes)| codes.contains(&code))
        .map(|(c, _)| *c)
        .collect()
}

/// The command that fixes a finding of the repository at `uri` (or why there is none).
pub fn fix_of(code: &str, uri: &str) -> (Option<String>, Option<String>) {
    let cmd = |c: &str| Some(format!("ecrctl {c}"));
    match code {
        "mutable-tags" | "mostly-mutable" => (
            cmd(&format!("repo immutable {uri}")),
            Some("add --except PATTERN for tags that must stay movable (e.g. latest)".into()),
        ),
        "immutable-with-exclusion" => (
            cmd(&format!("repo immutable {uri}")),
            Some("this drops the exclusion filters: the tags they exempt (latest, say) become immutable too".into()),
        ),
        "broad-exclusion" => (
            cmd(&format!("repo immutable {uri}")),
            Some("this drops the broad filters: add --except with narrower ones if some tags must stay movable".into()),
        ),
        "no-lifecycle-policy" => (
            cmd(&format!("lifecycle set {uri} --template expire-untagged")),
            Some(format!("see what it would expire first: ecrctl lifecycle preview {uri} --template expire-untagged")),
        ),
        "scan-on-push-off" => (cmd(&format!("repo update {uri} --scan-on-push")), None),
        "critical-scan-findings" | "high-scan-findings" => (
            None,
            Some(format!("list the findings with `ecrctl images scan {uri}:TAG`, rebuild on patched packages and push again (or untag images no one deploys)")),
        ),
        "public-untagged" => (
            cmd(&format!("repo update {uri} --tag KEY=VALUE")),
            Some("one --tag per missing key".into()),
        ),
        "aes256-encryption" | "kms-aws-managed" | "kms-key-not-allowed" => (
            None,
            Some("encryption cannot change after creation: create a new repository with `ecrctl repo create NEW --kms-key KEY` and move the images".to_string()),
        ),
        "unreadable" => (None, Some("grant the read permission the finding names, then audit again".into())),
        "kms-key-unreadable" => (None, Some("let the audit describe the key (kms:DescribeKey in the key policy or the caller's policy), then audit again".into())),
        c if c.starts_with("lifecycle-") => (
            None,
            Some(format!("review the lifecycle policy: ecrctl lifecycle preview {uri}, then ecrctl lifecycle set {uri} --file FILE")),
        ),
        c if c.starts_with("policy-") => (
            None,
            Some(format!("edit the repository policy: ecrctl policy get {uri} -o json > policy.json, then ecrctl policy set {uri} --file policy.json")),
        ),
        _ => (None, None),
    }
}

/// Finding codes of the audit itself (policy findings are `policy-<lint code>`).
pub const CODES: &[(&str, Level, &str)] = &[
    (
        "mutable-tags",
        Level::High,
        "tags are MUTABLE: a push can move any tag",
    ),
    (
        "broad-exclusion",
        Level::Medium,
        "IMMUTABLE_WITH_EXCLUSION whose filters exempt very broad patterns (*, v*, …)",
    ),
    (
        "mostly-mutable",
        Level::Medium,
        "MUTABLE_WITH_EXCLUSION: only the listed tags are immutable",
    ),
    (
        "unreadable",
        Level::High,
        "part of the repository could not be read (access denied or throttled)",
    ),
    (
        "no-lifecycle-policy",
        Level::Low,
        "no lifecycle policy: images pile up",
    ),
    (
        "scan-on-push-off",
        Level::Low,
        "images are not scanned on push",
    ),
    (
        "aes256-encryption",
        Level::Info,
        "encrypted with AES256 rather than a customer managed KMS key",
    ),
    (
        "kms-key-not-allowed",
        Level::Info,
        "a KMS key that is not one of those --kms-key-arn allows",
    ),
    (
        "public-untagged",
        Level::Low,
        "a public repository without the tags --required-tag names",
    ),
    (
        "kms-aws-managed",
        Level::Info,
        "encrypted with the AWS managed key aws/ecr rather than a customer managed one",
    ),
    (
        "immutable-with-exclusion",
        Level::Medium,
        "IMMUTABLE_WITH_EXCLUSION, which Security Hub's ECR.2 fails (--controls securityhub)",
    ),
    (
        "kms-key-unreadable",
        Level::Low,
        "the repository's KMS key could not be described (kms:DescribeKey): ECR.5 unknown",
    ),
    (
        "critical-scan-findings",
        Level::High,
        "tagged images whose last scan found critical vulnerabilities (--scan-findings)",
    ),
    (
        "high-scan-findings",
        Level::Medium,
        "tagged images whose last scan found high (and no critical) vulnerabilities (--scan-findings)",
    ),
];

/// A tagged image and its last scan's counts (DescribeImages' summary): `audit
/// --scan-findings`'s evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaggedScan {
    pub digest: String,
    pub tags: Vec<String>,
    pub counts: crate::scan::SeverityCounts,
}

/// `v1, latest (2 critical); v0.9 (1 critical)`: at most five images, then how many more.
fn scans_text(scans: &[&TaggedScan], severity: crate::scan::Severity) -> String {
    const SHOWN: usize = 5;
    let mut parts: Vec<String> = scans
        .iter()
        .take(SHOWN)
        .map(|s| {
            format!(
                "{} ({} {})",
                s.tags.join(", "),
                s.counts.get(severity),
                severity.word()
            )
        })
        .collect();
    if scans.len() > SHOWN {
        parts.push(format!("and {} more", scans.len() - SHOWN));
    }
    parts.join("; ")
}

/// Every finding code --only and --ignore accept: the audit's own and `policy-<lint code>`.
pub fn known_codes() -> Vec<String> {
    CODES
        .iter()
        .map(|(c, _, _)| c.to_string())
        .chain(
            crate::policy::lint::Code::ALL
                .iter()
                .map(|c| format!("policy-{c}")),
        )
        .chain(
            crate::lifecycle::lint::Code::ALL
                .iter()
                .map(|c| format!("lifecycle-{c}")),
        )
        .collect()
}

/// Whether a --only / --ignore pattern selects a code: the code itself, or a family with a
/// trailing `*` (`policy-*`).
pub fn selects(pattern: &str, code: &str) -> bool {
    if let Some((_, codes)) = CONTROLS.iter().find(|(c, _)| *c == pattern) {
        return codes.contains(&code);
    }
    match pattern.strip_suffix('*') {
        Some(prefix) => code.starts_with(prefix),
        None => pattern == code,
    }
}

/// Check a --only / --ignore pattern: a known code, or a family that selects at least one.
/// Returns the pattern as the audit matches it (a control id in its own case: `ecr.2` is
/// `ECR.2`).
pub fn check_pattern(pattern: &str) -> Result<String, String> {
    if let Some((c, _)) = CONTROLS
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(pattern))
    {
        return Ok(c.to_string());
    }
    let controls: Vec<&str> = CONTROLS.iter().map(|(c, _)| *c).collect();
    // A control id with its dots lost or changed (`ECR2`, `ecr-2`, `CT.ECR.PR2`).
    let squash = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_uppercase()
    };
    if let Some(c) = controls.iter().find(|c| squash(c) == squash(pattern)) {
        return Err(format!(
            "'{pattern}' is not a finding code or control (did you mean '{c}'?); controls: {}",
            controls.join(", ")
        ));
    }
    let upper = pattern.to_ascii_uppercase();
    if upper.starts_with("ECR.") || upper.starts_with("CT.") {
        return Err(format!(
            "'{pattern}' is not a control ecrctl checks; controls: {}",
            controls.join(", ")
        ));
    }
    let codes = known_codes();
    if codes.iter().any(|c| selects(pattern, c))
        && (pattern.ends_with('*') || codes.iter().any(|c| c == pattern))
    {
        return Ok(pattern.to_string());
    }
    let families = ["policy-*", "lifecycle-*"];
    let suggestion = if pattern.ends_with('*') {
        crate::suggest::closest(pattern, families)
    } else {
        crate::suggest::closest(pattern, codes.iter().map(String::as_str)).or_else(|| {
            // The start of a code (`aes256` for `aes256-encryption`).
            codes
                .iter()
                .map(String::as_str)
                .find(|c| pattern.len() >= 3 && c.starts_with(pattern))
        })
    }
    .map(|c| format!(" (did you mean '{c}'?)"))
    .unwrap_or_default();
    let own: Vec<&str> = CODES.iter().map(|(c, _, _)| *c).collect();
    Err(format!(
        "'{pattern}' is not a finding code or control{suggestion}; codes: {}, policy-<lint code> and lifecycle-<lint code> (policy-* / lifecycle-* for all; the lint codes are in the README's rule tables and in shell completion); controls: {}",
        own.join(", "),
        controls.join(", ")
    ))
}

/// An audit whose reads mostly failed (an endpoint that died mid-run) is no audit: when more
/// than half of `total` repositories could not be read, the exit code of the most common
/// failure class (ties: the more severe), else `None`.
pub fn mostly_unreadable(
    total: usize,
    failed: &[crate::error::Exit],
) -> Option<crate::error::Exit> {
    if total == 0 || failed.len() * 2 <= total {
        return None;
    }
    let count = |e: &crate::error::Exit| failed.iter().filter(|x| *x == e).count();
    let most = failed.iter().map(count).max().unwrap_or(0);
    Some(crate::error::Exit::worst(
        failed.iter().copied().filter(|e| count(e) == most),
    ))
}

/// One repository as the audit reads it.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub public: bool,
    pub account: Option<String>,
    /// `None` for public repositories (no such setting).
    pub mutability: Option<Mutability>,
    pub scan_on_push: Option<bool>,
    pub encryption: Option<String>,
    /// `None`: could not be read (see `unreadable`).
    pub policy: Option<Option<String>>,
    /// The lifecycle policy's text (`Some(None)`: none); `None`: not read.
    pub lifecycle: Option<Option<String>>,
    /// The repository's name and URI, for the commands that fix a finding.
    pub name: String,
    pub uri: String,
    /// The KMS key, when the encryption is KMS (none: the AWS managed key).
    pub kms_key: Option<String>,
    /// Who manages that key (KMS DescribeKey).
    pub key_manager: KeyCheck,
    /// ECR.1's evidence: the effective scanning as ECR reports it.
    pub scanning: Scanning,
    /// Customer managed keys allowed (--kms-key-arn; empty: any).
    pub allowed_keys: Vec<String>,
    /// The repository's tags, when read (public repositories, for ECR.4).
    pub tags: Option<Vec<(String, String)>>,
    /// Tag keys a public repository must carry (ECR.4; none: at least one tag).
    pub required_tags: Vec<String>,
    /// The tagged images with a scan summary (`--scan-findings`); `None`: not read.
    pub tagged_scans: Option<Vec<TaggedScan>>,
    /// What could not be read, and why.
    pub unreadable: Vec<String>,
    /// The exit class of the first failed read (access denied 4, network 6, else 5).
    pub unreadable_exit: Option<crate::error::Exit>,
    /// Whose reading of the controls the findings follow.
    pub reading: Reading,
}

/// Whose reading of the ECR controls an audit follows (`--controls`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Reading {
    /// ecrctl's own: severities by risk, exclusion filters judged by what they exempt, the
    /// repository policy and the lifecycle policy linted too.
    #[default]
    Ecrctl,
    /// Security Hub's: its severity of each control, ECR.2 passes only IMMUTABLE, and only
    /// the findings of the five ECR controls.
    SecurityHub,
}

/// Security Hub's severity of each ECR control ("Security Hub CSPM controls for Amazon ECR").
pub const SECURITY_HUB_SEVERITY: &[(&str, Level)] = &[
    ("ECR.1", Level::High),
    ("ECR.2", Level::Medium),
    ("ECR.3", Level::Medium),
    ("ECR.4", Level::Low),
    ("ECR.5", Level::Medium),
];

/// What an audit can find, by its shape: public or private repositories, whose reading, and
/// whether --kms-key-arn names keys. A selection that keeps none of these makes a gate that
/// can never fail.
#[derive(Debug, Clone, Copy)]
pub struct Scope {
    pub public: bool,
    pub reading: Reading,
    pub allowed_keys: bool,
    /// `--scan-findings`: the tagged images' scan summaries are read.
    pub scan_findings: bool,
}

impl Scope {
    /// Whether an audit of this shape can report `code`.
    pub fn can_find(&self, code: &str) -> bool {
        let linted = code.starts_with("policy-") || code.starts_with("lifecycle-");
        if linted && self.reading == Reading::SecurityHub {
            return false;
        }
        match code {
            "unreadable" => true,
            c if c.starts_with("policy-") => true,
            "public-untagged" => self.public,
            "kms-key-not-allowed" => !self.public && self.allowed_keys,
            "immutable-with-exclusion" => !self.public && self.reading == Reading::SecurityHub,
            "critical-scan-findings" | "high-scan-findings" => !self.public && self.scan_findings,
            _ => !self.public,
        }
    }

    /// Why a selection of codes can find nothing in this audit, as a hint.
    pub fn why_not(&self, codes: &[String]) -> String {
        let mut hints = Vec::new();
        let has = |f: &dyn Fn(&str) -> bool| codes.iter().any(|c| f(c));
        if !self.public && has(&|c| c == "public-untagged") {
            hints.push("ECR.4 (public-untagged) checks public repositories (add --public)");
        }
        if self.public
            && has(&|c| c != "public-untagged" && c != "unreadable" && !c.starts_with("policy-"))
        {
            hints.push(
                "--public audits public repositories, which have only ECR.4 and policy findings",
            );
        }
        if !self.allowed_keys && has(&|c| c == "kms-key-not-allowed") {
            hints.push("kms-key-not-allowed needs --kms-key-arn");
        }
        if !self.scan_findings && has(&|c| c.ends_with("-scan-findings")) {
            hints.push("critical-scan-findings and high-scan-findings need --scan-findings");
        }
        if self.reading == Reading::SecurityHub
            && has(&|c| c.starts_with("policy-") || c.starts_with("lifecycle-"))
        {
            hints.push("--controls securityhub checks the five ECR controls only");
        }
        if self.reading == Reading::Ecrctl && has(&|c| c == "immutable-with-exclusion") {
            hints.push("immutable-with-exclusion is Security Hub's reading of ECR.2 (add --controls securityhub)");
        }
        hints.join("; ")
    }
}

/// Who manages a repository's KMS key, as the audit read it (ECR reports the AWS managed
/// `aws/ecr` key as a plain key ARN: only KMS DescribeKey tells).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum KeyCheck {
    /// Not read (no key, or ECR.5 was not asked for).
    #[default]
    NotRead,
    Customer,
    AwsManaged,
    /// DescribeKey failed: why.
    Unreadable(String),
}

/// The effective scanning of a private repository, as the audit read it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Scanning {
    /// Not read (ECR.1 was not asked for): judged by the repository's own flag.
    #[default]
    NotRead,
    /// BatchGetRepositoryScanningConfiguration's answer (the effective scan frequency and the
    /// registry filters that matched) and, when readable, the registry's configuration.
    Read {
        frequency: String,
        filters: Vec<String>,
        registry: Option<RegistryScanning>,
    },
    /// The effective scanning could not be read (why): judged by the repository's own flag.
    Unreadable(String),
}

/// The registry's scanning configuration, as far as ECR.1 needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RegistryScanning {
    /// Enhanced scanning (Amazon Inspector) rather than basic.
    pub enhanced: bool,
    /// Whether the registry has scanning rules: the repository's own flag then no longer counts.
    pub rules: bool,
}

/// ECR.1 as the control means it: whether the repository's images are scanned on push or
/// continuously, why, and whether registry rules decide (its own flag then cannot fix it).
/// With basic scanning, ECR sets repositories that no scan-on-push filter matches to manual
/// scanning; with enhanced scanning, those no filter matches are not scanned at all.
pub fn ecr1(f: &Facts) -> (bool, String, bool) {
    let flag = f.scan_on_push == Some(true);
    let by_flag = |note: &str| {
        if flag {
            (true, format!("scan on push is on ({note})"), false)
        } else {
            (false, format!("scan on push is off ({note})"), false)
        }
    };
    let (frequency, filters, registry) = match &f.scanning {
        Scanning::NotRead => {
            return by_flag("the repository's own setting; registry scanning rules were not read")
        }
        Scanning::Unreadable(why) => {
            return by_flag(&format!(
            "judged by the repository's own flag: its effective scanning could not be read: {why}"
        ))
        }
        Scanning::Read {
            frequency,
            filters,
            registry,
        } => (frequency.as_str(), filters, *registry),
    };
    let matched = match filters.as_slice() {
        [] => String::new(),
        some => format!(
            " (registry rule filter {})",
            some.iter()
                .map(|x| format!("'{x}'"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    match frequency {
        "SCAN_ON_PUSH" => return (true, format!("scanned on push{matched}"), false),
        "CONTINUOUS_SCAN" => return (true, format!("scanned continuously{matched}"), false),
        _ => {}
    }
    match registry {
        // Enhanced scanning scans only what its rules match, rules or none: the repository's
        // own flag is not used at all.
        Some(RegistryScanning { enhanced: true, rules }) => (
            false,
            if rules {
                "enhanced scanning: no registry scanning rule matches the repository, so it is not scanned".into()
            } else {
                "enhanced scanning with no rules: the repository is not scanned (its own scan-on-push flag does not count under enhanced scanning)".into()
            },
            true,
        ),
        Some(_) if !filters.is_empty() => (
            false,
            format!("it is scanned only manually: the registry rule that matches it{matched} has manual frequency"),
            true,
        ),
        // No registry rules: the repository's own setting is what ECR applies.
        Some(RegistryScanning { rules: false, .. }) if flag => (
            true,
            "scanned on push (the repository's own setting; the registry has no scanning rules)"
                .into(),
            false,
        ),
        Some(RegistryScanning { rules: false, .. }) => (
            false,
            "scan on push is off and the registry has no scanning rules".into(),
            false,
        ),
        Some(_) if flag => (
            false,
            "scan on push is on for the repository, but the registry has scanning rules and none matches it: ECR ignores the repository's own setting and scans it only manually".into(),
            true,
        ),
        Some(_) => (
            false,
            "no registry scanning rule matches the repository: it is scanned only manually".into(),
            true,
        ),
        None => (
            false,
            format!("ECR reports {} scanning for the repository (the registry's scanning rules could not be read)", frequency.to_lowercase()),
            flag,
        ),
    }
}

/// How a repository stands against one control, in the evidence matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Status {
    Pass,
    Fail,
    NotApplicable,
    /// What the control needs could not be read.
    Unknown,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pass => "PASS",
            Status::Fail => "FAIL",
            Status::NotApplicable => "NOT_APPLICABLE",
            Status::Unknown => "UNKNOWN",
        }
    }
}

/// One cell of the evidence matrix: the status and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub status: Status,
    pub reason: String,
}

/// The controls the evidence matrix has a column for.
pub const MATRIX_CONTROLS: [&str; 5] = ["ECR.1", "ECR.2", "ECR.3", "ECR.4", "ECR.5"];

/// Codes that say a control could not be judged, not that it fails.
const UNKNOWN_CODES: &[&str] = &["kms-key-unreadable"];

/// How a repository stands against `control`, from its facts and all its findings (before
/// --only / --ignore: the evidence is the truth, the selection picks the columns).
pub fn cell(control: &str, f: &Facts, found: &[AuditFinding]) -> Cell {
    let cell = |status, reason: String| Cell { status, reason };
    let public_has_none = match control {
        "ECR.1" => Some("ECR Public does not scan images"),
        "ECR.2" => Some("ECR Public has no tag mutability setting"),
        "ECR.3" => Some("ECR Public has no lifecycle policies"),
        "ECR.5" => Some("ECR Public has no encryption setting"),
        _ => None,
    };
    match (f.public, public_has_none) {
        (true, Some(why)) => return cell(Status::NotApplicable, why.into()),
        (false, None) => {
            return cell(
                Status::NotApplicable,
                "ECR.4 is about public repositories".into(),
            )
        }
        _ => {}
    }
    let mine = |unknown: bool| -> Vec<&str> {
        found
            .iter()
            .filter(|x| x.controls.contains(&control))
            .filter(|x| UNKNOWN_CODES.contains(&x.code.as_str()) == unknown)
            .map(|x| x.message.as_str())
            .collect()
    };
    // The flag is a guess when the effective scanning could not be read: the evidence says
    // UNKNOWN, pass or fail by the flag alike.
    if control == "ECR.1" && matches!(f.scanning, Scanning::Unreadable(_)) && !f.public {
        return cell(Status::Unknown, ecr1(f).1);
    }
    let failing = mine(false);
    if !failing.is_empty() {
        return cell(Status::Fail, failing.join("; "));
    }
    let unknown = mine(true);
    if !unknown.is_empty() {
        return cell(Status::Unknown, unknown.join("; "));
    }
    // What could not be read, by its part ("lifecycle policy: …").
    let unread = |part: &str| {
        f.unreadable
            .iter()
            .find(|u| u.starts_with(part))
            .cloned()
            .unwrap_or_else(|| format!("{part} not read"))
    };
    match control {
        "ECR.1" if f.scan_on_push.is_none() => cell(Status::Unknown, "scanning not read".into()),
        "ECR.1" => cell(Status::Pass, ecr1(f).1),
        "ECR.2" => match &f.mutability {
            Some(m) => cell(Status::Pass, format!("tags are {}", m.describe())),
            None => cell(
                Status::Unknown,
                f.unreadable
                    .iter()
                    .find(|u| u.starts_with("tag mutability"))
                    .cloned()
                    .unwrap_or_else(|| "a tag mutability setting ecrctl does not know".into()),
            ),
        },
        "ECR.3" => match &f.lifecycle {
            Some(Some(_)) => cell(Status::Pass, "a lifecycle policy is set".into()),
            _ => cell(Status::Unknown, unread("lifecycle policy")),
        },
        "ECR.4" => match &f.tags {
            Some(tags) => {
                let keys: Vec<&str> = tags.iter().map(|(k, _)| k.as_str()).collect();
                cell(Status::Pass, format!("tagged: {}", keys.join(", ")))
            }
            None => cell(Status::Unknown, unread("tags")),
        },
        "ECR.5" => match (f.encryption.as_deref(), &f.kms_key, &f.key_manager) {
            (Some("KMS"), Some(key), KeyCheck::Customer) => cell(
                Status::Pass,
                format!("encrypted with customer managed KMS key {key}"),
            ),
            (Some("KMS"), Some(key), _) => cell(
                Status::Unknown,
                format!("encrypted with KMS key {key}, whose manager was not read"),
            ),
            _ => cell(Status::Unknown, "encryption not read".into()),
        },
        _ => cell(
            Status::Unknown,
            format!("{control} is not one ecrctl checks"),
        ),
    }
}

/// A filter is broad when it exempts most tags: nothing but wildcards, or a wildcard after at
/// most one literal character (`v*`, `*-*`, `*.*`).
pub fn is_broad(filter: &str) -> bool {
    let literal = filter.chars().filter(|c| *c != '*').count();
    filter.contains('*') && (literal <= 1 || filter.starts_with('*') && literal <= 2)
}

pub fn findings(f: &Facts) -> Vec<AuditFinding> {
    let mut out = Vec::new();
    let mut scan_by_rules = false;
    let target = if f.uri.is_empty() {
        f.name.as_str()
    } else {
        f.uri.as_str()
    };
    let mut add = |code: &str, severity: Level, message: String| {
        let (fix, fix_note) = fix_of(code, target);
        out.push(AuditFinding {
            code: code.to_string(),
            severity,
            message,
            controls: controls_of(code),
            fix,
            fix_note,
        })
    };
    if !f.public {
        if let Some((code, level, message)) = f
            .mutability
            .as_ref()
            .and_then(|m| mutability_finding(m, f.reading))
        {
            add(code, level, message);
        }
        match &f.lifecycle {
            Some(None) => add(
                "no-lifecycle-policy",
                Level::Low,
                "no lifecycle policy: old and untagged images are never expired".to_string(),
            ),
            // Security Hub's ECR.3 asks only that a policy exists.
            Some(Some(_)) if f.reading == Reading::SecurityHub => {}
            Some(Some(text)) => {
                for l in crate::lifecycle::lint::lint(text).findings {
                    let level = match l.severity() {
                        Severity::Error => Level::Medium,
                        _ => Level::Low,
                    };
                    let at = l.rule.map(|n| format!("rule {n}: ")).unwrap_or_default();
                    add(
                        &format!("lifecycle-{}", l.code),
                        level,
                        format!("lifecycle policy: {at}{}", l.message),
                    );
                }
            }
            None => {}
        }
        let (scanned, why, by_rules) = ecr1(f);
        if !scanned {
            add("scan-on-push-off", Level::Low, why);
            scan_by_rules = by_rules;
        }
        if f.encryption.as_deref() == Some("AES256") {
            add(
                "aes256-encryption",
                Level::Info,
                "encrypted with AES256, not a customer managed KMS key".into(),
            );
        }
        let kms = f.encryption.as_deref() == Some("KMS");
        let aws_managed = kms && (f.kms_key.is_none() || f.key_manager == KeyCheck::AwsManaged);
        if aws_managed {
            let key = f
                .kms_key
                .as_deref()
                .map(|k| format!(" ({k})"))
                .unwrap_or_default();
            add(
                "kms-aws-managed",
                Level::Info,
                format!("encrypted with the AWS managed key aws/ecr{key}, not a customer managed KMS key"),
            );
        }
        if let (true, Some(key), KeyCheck::Unreadable(why)) = (kms, &f.kms_key, &f.key_manager) {
            add(
                "kms-key-unreadable",
                Level::Low,
                format!("KMS key {key} could not be described, so whether it is customer managed is unknown: {why}"),
            );
        }
        // The AWS managed key fails whatever the list: one finding says it.
        if let Some(key) = f
            .kms_key
            .as_deref()
            .filter(|_| kms && !aws_managed && !f.allowed_keys.is_empty())
        {
            if !f.allowed_keys.iter().any(|k| k == key) {
                add(
                    "kms-key-not-allowed",
                    Level::Info,
                    format!("encrypted with {key}, which is not one of the allowed keys (--kms-key-arn)"),
                );
            }
        }
    }
    if let (false, Some(scans)) = (f.public, &f.tagged_scans) {
        use crate::scan::Severity;
        let mut scans: Vec<&TaggedScan> = scans.iter().filter(|s| !s.tags.is_empty()).collect();
        // The worst first, then by tag: the message names the images that matter.
        scans.sort_by(|a, b| {
            (
                b.counts.get(Severity::Critical),
                b.counts.get(Severity::High),
            )
                .cmp(&(
                    a.counts.get(Severity::Critical),
                    a.counts.get(Severity::High),
                ))
                .then_with(|| a.tags.cmp(&b.tags))
        });
        let critical: Vec<&TaggedScan> = scans
            .iter()
            .copied()
            .filter(|s| s.counts.get(Severity::Critical) > 0)
            .collect();
        let high: Vec<&TaggedScan> = scans
            .iter()
            .copied()
            .filter(|s| s.counts.get(Severity::Critical) == 0 && s.counts.get(Severity::High) > 0)
            .collect();
        if !critical.is_empty() {
            add(
                "critical-scan-findings",
                Level::High,
                format!(
                    "{} tagged image(s) carry critical vulnerabilities in their last scan: {}",
                    critical.len(),
                    scans_text(&critical, Severity::Critical)
                ),
            );
        }
        if !high.is_empty() {
            add(
                "high-scan-findings",
                Level::Medium,
                format!(
                    "{} tagged image(s) carry high vulnerabilities (no critical) in their last scan: {}",
                    high.len(),
                    scans_text(&high, Severity::High)
                ),
            );
        }
    }
    if let (true, Some(tags)) = (f.public, &f.tags) {
        // As Security Hub's ECR.4: the keys asked for, else at least one tag; system tags
        // (aws:…) do not count.
        let own = tags.iter().filter(|(k, _)| !k.starts_with("aws:")).count();
        if f.required_tags.is_empty() && own == 0 {
            add(
                "public-untagged",
                Level::Low,
                "the public repository has no tags".into(),
            );
        }
        if !f.required_tags.is_empty() {
            let missing: Vec<&String> = f
                .required_tags
                .iter()
                .filter(|k| !tags.iter().any(|(t, _)| t == *k))
                .collect();
            if !missing.is_empty() {
                add(
                    "public-untagged",
                    Level::Low,
                    format!(
                        "the public repository lacks the tag(s) {}",
                        missing
                            .iter()
                            .map(|k| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
        }
    }
    for why in &f.unreadable {
        add("unreadable", Level::High, why.clone());
    }
    if let (Some(Some(text)), Reading::Ecrctl) = (&f.policy, f.reading) {
        for (code, level, message) in policy_findings(text, f) {
            add(&code, level, message);
        }
    }
    // Security Hub rates each control: a finding gets its control's severity.
    if f.reading == Reading::SecurityHub {
        for x in out.iter_mut() {
            if let Some(level) = SECURITY_HUB_SEVERITY
                .iter()
                .filter(|(c, _)| x.controls.contains(c))
                .map(|(_, l)| *l)
                .min()
            {
                x.severity = level;
            }
        }
    }
    // The repository's own setting would change nothing where registry rules decide.
    if let Some(x) = out
        .iter_mut()
        .find(|x| scan_by_rules && x.code == "scan-on-push-off")
    {
        x.fix = None;
        x.fix_note = Some(format!("registry scanning rules decide for this repository: add a filter that matches {} to a rule (console, or aws ecr put-registry-scanning-configuration, which replaces every rule: send the existing ones too)", f.name));
    }
    out.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then_with(|| a.code.cmp(&b.code))
    });
    out
}

/// The finding for a repository's tag mutability, if its setting deserves one.
fn mutability_finding(m: &Mutability, reading: Reading) -> Option<(&'static str, Level, String)> {
    let broad = m.filters.iter().any(|x| is_broad(x));
    match m.mode {
        // Security Hub's ECR.2 passes only IMMUTABLE.
        Mode::ImmutableWithExclusion if reading == Reading::SecurityHub && !broad => Some((
            "immutable-with-exclusion",
            Level::Medium,
            format!(
                "tags are immutable except those matching {}: Security Hub's ECR.2 passes only IMMUTABLE",
                m.filters.join(", ")
            ),
        )),
        Mode::Mutable => Some((
            "mutable-tags",
            Level::High,
            "tags are mutable: any push can move any tag".into(),
        )),
        Mode::ImmutableWithExclusion => {
            let broad: Vec<&String> = m.filters.iter().filter(|x| is_broad(x)).collect();
            (!broad.is_empty()).then(|| {
                (
                    "broad-exclusion",
                    Level::Medium,
                    format!(
                        "immutable, but exclusion filter(s) {} leave most tags mutable",
                        broad
                            .iter()
                            .map(|b| format!("'{b}'"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })
        }
        Mode::MutableWithExclusion => Some((
            "mostly-mutable",
            Level::Medium,
            format!(
                "tags are mutable except those matching {}: everything else can be moved",
                m.filters.join(", ")
            ),
        )),
        Mode::Immutable => None,
    }
}

/// The policy linter's findings as audit findings (`policy-` codes); its plain warnings are
/// left to `policy validate`.
fn policy_findings(text: &str, f: &Facts) -> Vec<(String, Level, String)> {
    let opts = Options {
        public: f.public,
        identity: false,
        own_account: f.account.clone(),
    };
    lint(text, &opts)
        .into_iter()
        .filter_map(|finding| {
            let severity = match finding.severity() {
                Severity::Error => Level::High,
                Severity::SecurityWarning => Level::Medium,
                Severity::Suggestion => Level::Low,
                Severity::Warning => return None,
            };
            Some((
                format!("policy-{}", finding.code),
                severity,
                format!("policy: {}", finding.message),
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_codes_and_families_are_accepted() {
        assert!(check_pattern("mutable-tags").is_ok());
        assert!(check_pattern("policy-*").is_ok());
        assert!(check_pattern("policy-lockout").is_ok());
        assert!(check_pattern("*").is_ok());
        let e = check_pattern("mutable-tag").unwrap_err();
        assert!(e.contains("did you mean 'mutable-tags'"), "{e}");
        assert!(check_pattern("policy-nonsense").is_err());
        assert!(check_pattern("nothing-*").is_err());
        assert!(selects("policy-*", "policy-lockout"));
        assert!(!selects("policy-*", "mutable-tags"));
        assert!(selects("scan-on-push-off", "scan-on-push-off"));
    }

    fn facts(mode: Mode, filters: &[&str]) -> Facts {
        Facts {
            mutability: Some(Mutability {
                mode,
                filters: filters.iter().map(|f| f.to_string()).collect(),
            }),
            scan_on_push: Some(true),
            encryption: Some("KMS".into()),
            kms_key: Some("arn:aws:kms:us-east-1:123456789012:key/k".into()),
            policy: Some(None),
            lifecycle: Some(Some(EXPIRE_UNTAGGED.into())),
            ..Default::default()
        }
    }

    const EXPIRE_UNTAGGED: &str = r#"{"rules":[{"rulePriority":1,"description":"Expire untagged","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}"#;

    #[test]
    fn lifecycle_findings_name_their_fix_and_lint_codes() {
        let mut f = facts(Mode::Immutable, &[]);
        f.name = "team/api".into();
        f.lifecycle = Some(None);
        let found = findings(&f);
        assert_eq!(
            found[0].fix.as_deref(),
            Some("ecrctl lifecycle set team/api --template expire-untagged")
        );
        assert_eq!(found[0].controls, ["ECR.3", "CT.ECR.PR.1"]);
        f.lifecycle = Some(Some(r#"{"rules":[{"rulePriority":1,"description":"Everything old goes","selection":{"tagStatus":"any","countType":"sinceImagePushed","countUnit":"days","countNumber":30},"action":{"type":"expire"}}]}"#.into()));
        assert_eq!(
            codes(&f),
            ["lifecycle-expires-latest", "lifecycle-expires-newest"]
        );
        assert!(known_codes().contains(&"lifecycle-rule-unreachable".to_string()));
        assert!(check_pattern("lifecycle-*").is_ok());
    }

    fn codes(f: &Facts) -> Vec<String> {
        findings(f).into_iter().map(|x| x.code).collect()
    }

    #[test]
    fn a_well_kept_repository_has_no_finding() {
        assert!(findings(&facts(Mode::Immutable, &[])).is_empty());
        assert!(findings(&facts(Mode::ImmutableWithExclusion, &["latest", "dev-*"])).is_empty());
    }

    #[test]
    fn mutability_findings() {
        assert_eq!(codes(&facts(Mode::Mutable, &[])), ["mutable-tags"]);
        assert_eq!(
            findings(&facts(Mode::Mutable, &[]))[0].severity,
            Level::High
        );
        assert_eq!(
            codes(&facts(Mode::ImmutableWithExclusion, &["v*"])),
            ["broad-exclusion"]
        );
        assert_eq!(
            codes(&facts(Mode::ImmutableWithExclusion, &["*"])),
            ["broad-exclusion"]
        );
        let m = findings(&facts(Mode::MutableWithExclusion, &["release-*"]));
        assert_eq!(m[0].code, "mostly-mutable");
        assert!(m[0].message.contains("release-*"));
    }

    #[test]
    fn controls_fixes_and_control_selection() {
        let mut f = facts(Mode::Mutable, &[]);
        f.uri = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api".into();
        f.scan_on_push = Some(false);
        f.encryption = Some("AES256".into());
        f.kms_key = None;
        let found = findings(&f);
        let by = |c: &str| found.iter().find(|x| x.code == c).unwrap().clone();
        assert_eq!(by("mutable-tags").controls, ["ECR.2", "CT.ECR.PR.3"]);
        assert_eq!(
            by("mutable-tags").fix.as_deref(),
            Some("ecrctl repo immutable 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/api")
        );
        assert_eq!(by("scan-on-push-off").controls, ["ECR.1", "CT.ECR.PR.2"]);
        assert_eq!(by("aes256-encryption").fix, None);
        assert!(by("aes256-encryption")
            .fix_note
            .unwrap()
            .contains("cannot change"));
        // The AWS managed key fails ECR.5 as AES256 does.
        f.encryption = Some("KMS".into());
        assert!(findings(&f)
            .iter()
            .any(|x| x.code == "kms-aws-managed" && x.controls == ["ECR.5"]));
        // --only / --ignore take control ids.
        assert!(check_pattern("ECR.2").is_ok() && check_pattern("CT.ECR.PR.1").is_ok());
        assert_eq!(check_pattern("ecr.2").unwrap(), "ECR.2");
        assert_eq!(check_pattern("ct.ecr.pr.3").unwrap(), "CT.ECR.PR.3");
        let e = check_pattern("aes256").unwrap_err();
        assert!(e.contains("did you mean 'aes256-encryption'?"), "{e}");
        let e = check_pattern("polcy-*").unwrap_err();
        assert!(e.contains("did you mean 'policy-*'?"), "{e}");
        for typo in ["ECR2", "ecr-2", "Ecr_2"] {
            let e = check_pattern(typo).unwrap_err();
            assert!(e.contains("did you mean 'ECR.2'?"), "{e}");
        }
        let e = check_pattern("CT.ECR.PR2").unwrap_err();
        assert!(e.contains("did you mean 'CT.ECR.PR.2'?"), "{e}");
        let e = check_pattern("ECR.9").unwrap_err();
        assert!(e.contains("not a control") && e.contains("ECR.5"), "{e}");
        assert!(selects("ECR.2", "broad-exclusion") && !selects("ECR.2", "scan-on-push-off"));
    }

    #[test]
    fn registry_rules_keys_and_public_tags() {
        // ECR.1: registry rules that scan the repository pass it, whatever its own flag.
        let mut f = facts(Mode::Immutable, &[]);
        f.scan_on_push = Some(false);
        let rules = Some(RegistryScanning {
            enhanced: false,
            rules: true,
        });
        let read = |frequency: &str, registry| Scanning::Read {
            frequency: frequency.into(),
            filters: vec!["prod-*".into()],
            registry,
        };
        f.scanning = read("CONTINUOUS_SCAN", rules);
        assert!(codes(&f).is_empty());
        f.scanning = read("MANUAL", rules);
        assert_eq!(codes(&f), ["scan-on-push-off"]);
        f.scanning = Scanning::NotRead;
        assert!(findings(&f)[0].message.contains("were not read"));
        // ECR.5's allowed list.
        let mut f = facts(Mode::Immutable, &[]);
        f.allowed_keys = vec!["arn:aws:kms:us-east-1:123456789012:key/other".into()];
        assert_eq!(codes(&f), ["kms-key-not-allowed"]);
        // ECR.4: public repositories carry the required tags.
        let f = Facts {
            public: true,
            required_tags: vec!["owner".into(), "team".into()],
            tags: Some(vec![("team".into(), "a".into())]),
            ..Default::default()
        };
        let found = findings(&f);
        assert_eq!(found[0].code, "public-untagged");
        assert!(found[0].message.contains("owner") && !found[0].message.contains("team,"));
        assert_eq!(found[0].controls, ["ECR.4"]);
    }

    #[test]
    fn ecr_1_follows_the_effective_scanning() {
        let mut f = facts(Mode::Immutable, &[]);
        f.name = "dev-api".into();
        let read = |frequency: &str, enhanced, rules| Scanning::Read {
            frequency: frequency.into(),
            filters: Vec::new(),
            registry: Some(RegistryScanning { enhanced, rules }),
        };
        // The flag on, but registry rules exist and none matches: manual, and the repository's
        // own setting cannot fix it.
        f.scan_on_push = Some(true);
        f.scanning = read("MANUAL", false, true);
        let found = findings(&f);
        assert_eq!(found[0].code, "scan-on-push-off");
        assert!(
            found[0]
                .message
                .contains("ignores the repository's own setting"),
            "{found:?}"
        );
        assert_eq!(found[0].fix, None);
        assert!(found[0]
            .fix_note
            .as_deref()
            .unwrap()
            .contains("matches dev-api"));
        // Enhanced scanning: no match means no scanning at all.
        f.scanning = read("MANUAL", true, true);
        assert!(findings(&f)[0].message.contains("enhanced scanning"));
        // Enhanced scanning without rules scans nothing, whatever the flag.
        f.scanning = read("MANUAL", true, false);
        assert!(findings(&f)[0]
            .message
            .contains("enhanced scanning with no rules"));
        // A rule that matches with manual frequency: said as such.
        f.scanning = Scanning::Read {
            frequency: "MANUAL".into(),
            filters: vec!["*".into()],
            registry: Some(RegistryScanning {
                enhanced: false,
                rules: true,
            }),
        };
        assert!(findings(&f)[0].message.contains("has manual frequency"));
        // Unreadable effective scanning: the finding follows the flag, but the evidence matrix
        // says UNKNOWN, whichever way the flag points.
        for flag in [true, false] {
            f.scan_on_push = Some(flag);
            f.scanning = Scanning::Unreadable("access denied".into());
            let c = cell("ECR.1", &f, &findings(&f));
            assert_eq!(c.status, Status::Unknown, "{flag}");
        }
        f.scan_on_push = Some(true);
        // No registry rules: the repository's own flag is what ECR applies.
        f.scanning = read("MANUAL", false, false);
        assert!(codes(&f).is_empty());
        f.scan_on_push = Some(false);
        let found = findings(&f);
        assert_eq!(
            found[0].fix.as_deref(),
            Some("ecrctl repo update dev-api --scan-on-push")
        );
        // Unreadable: judged by the flag, and said.
        f.scanning = Scanning::Unreadable(
            "access denied (ecr:BatchGetRepositoryScanningConfiguration)".into(),
        );
        let found = findings(&f);
        assert!(
            found[0]
                .message
                .contains("judged by the repository's own flag"),
            "{found:?}"
        );
        assert!(found[0]
            .message
            .contains("ecr:BatchGetRepositoryScanningConfiguration"));
        f.scan_on_push = Some(true);
        assert!(codes(&f).is_empty());
        assert!(ecr1(&f).1.contains("could not be read"));
    }

    #[test]
    fn security_hubs_reading() {
        let sh = |mut f: Facts| {
            f.reading = Reading::SecurityHub;
            findings(&f)
                .into_iter()
                .map(|x| (x.code, x.severity))
                .collect::<Vec<_>>()
        };
        // ECR.2 passes only IMMUTABLE: the exclusion modes fail, at Security Hub's medium.
        let f = facts(Mode::ImmutableWithExclusion, &["latest"]);
        assert!(findings(&f).is_empty());
        assert_eq!(
            sh(f),
            [("immutable-with-exclusion".to_string(), Level::Medium)]
        );
        assert_eq!(
            sh(facts(Mode::Mutable, &[])),
            [("mutable-tags".to_string(), Level::Medium)]
        );
        assert_eq!(
            sh(facts(Mode::ImmutableWithExclusion, &["*"])),
            [("broad-exclusion".to_string(), Level::Medium)]
        );
        // ECR.1 high, ECR.3 and ECR.5 medium; no lint or policy findings.
        let mut f = facts(Mode::Immutable, &[]);
        f.scan_on_push = Some(false);
        f.lifecycle = Some(None);
        f.encryption = Some("AES256".into());
        f.kms_key = None;
        f.policy = Some(Some(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:PutImage"}]}"#.into()));
        assert_eq!(
            sh(f),
            [
                ("scan-on-push-off".to_string(), Level::High),
                ("aes256-encryption".to_string(), Level::Medium),
                ("no-lifecycle-policy".to_string(), Level::Medium),
            ]
        );
        let mut f = facts(Mode::Immutable, &[]);
        f.lifecycle = Some(Some(r#"{"rules":[{"rulePriority":1,"description":"Everything old goes","selection":{"tagStatus":"any","countType":"sinceImagePushed","countUnit":"days","countNumber":30},"action":{"type":"expire"}}]}"#.into()));
        assert!(!findings(&f).is_empty());
        assert!(sh(f).is_empty());
        // Unreadable parts stay high: the checks asked for did not run.
        let mut f = facts(Mode::Immutable, &[]);
        f.unreadable = vec!["lifecycle policy: access denied".into()];
        assert_eq!(sh(f), [("unreadable".to_string(), Level::High)]);
    }

    #[test]
    fn ecr_4_without_required_keys_asks_for_any_tag() {
        let public = |tags: &[(&str, &str)]| Facts {
            public: true,
            tags: Some(
                tags.iter()
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            ),
            ..Default::default()
        };
        assert_eq!(codes(&public(&[])), ["public-untagged"]);
        assert_eq!(
            codes(&public(&[("aws:cloudformation:stack-name", "x")])),
            ["public-untagged"]
        );
        assert!(codes(&public(&[("team", "a")])).is_empty());
        let unread = Facts {
            public: true,
            ..Default::default()
        };
        assert!(codes(&unread).is_empty());
    }

    #[test]
    fn what_an_audit_can_find() {
        let private = Scope {
            public: false,
            reading: Reading::Ecrctl,
            allowed_keys: false,
            scan_findings: false,
        };
        assert!(!private.can_find("critical-scan-findings"));
        let scanning = Scope {
            scan_findings: true,
            ..private
        };
        assert!(
            scanning.can_find("critical-scan-findings") && scanning.can_find("high-scan-findings")
        );
        assert!(!Scope {
            public: true,
            ..scanning
        }
        .can_find("critical-scan-findings"));
        assert!(private.can_find("mutable-tags") && private.can_find("policy-public-read"));
        assert!(!private.can_find("public-untagged"));
        assert!(!private.can_find("kms-key-not-allowed"));
        assert!(!private.can_find("immutable-with-exclusion"));
        assert!(private
            .why_not(&["public-untagged".into()])
            .contains("add --public"));
        let public = Scope {
            public: true,
            ..private
        };
        assert!(public.can_find("public-untagged") && public.can_find("unreadable"));
        assert!(!public.can_find("mutable-tags") && !public.can_find("lifecycle-expires-latest"));
        let hub = Scope {
            reading: Reading::SecurityHub,
            ..private
        };
        assert!(hub.can_find("immutable-with-exclusion"));
        assert!(!hub.can_find("policy-public-read") && !hub.can_find("lifecycle-expires-latest"));
        assert!(hub
            .why_not(&["policy-public-read".into()])
            .contains("five ECR controls"));
    }

    #[test]
    fn evidence_cells() {
        let status = |control: &str, f: &Facts| {
            let c = cell(control, f, &findings(f));
            (c.status, c.reason)
        };
        let mut f = facts(Mode::Immutable, &[]);
        f.key_manager = KeyCheck::Customer;
        assert_eq!(
            status("ECR.2", &f),
            (Status::Pass, "tags are immutable".into())
        );
        assert_eq!(status("ECR.3", &f).0, Status::Pass);
        assert_eq!(
            status("ECR.4", &f),
            (
                Status::NotApplicable,
                "ECR.4 is about public repositories".into()
            )
        );
        assert!(status("ECR.5", &f).1.contains("customer managed KMS key"));
        f.mutability = Some(Mutability {
            mode: Mode::Mutable,
            filters: Vec::new(),
        });
        assert_eq!(
            status("ECR.2", &f),
            (
                Status::Fail,
                "tags are mutable: any push can move any tag".into()
            )
        );
        // Unreadable: UNKNOWN with the reason, never a pass.
        f.lifecycle = None;
        f.unreadable = vec!["lifecycle policy: access denied (ecr:GetLifecyclePolicy)".into()];
        assert_eq!(
            status("ECR.3", &f),
            (
                Status::Unknown,
                "lifecycle policy: access denied (ecr:GetLifecyclePolicy)".into()
            )
        );
        f.key_manager = KeyCheck::Unreadable("access denied (kms:DescribeKey)".into());
        let (s, why) = status("ECR.5", &f);
        assert_eq!(s, Status::Unknown);
        assert!(why.contains("access denied (kms:DescribeKey)"), "{why}");
        // Public repositories: only ECR.4 applies.
        let p = Facts {
            public: true,
            tags: Some(vec![("team".into(), "a".into())]),
            ..Default::default()
        };
        assert_eq!(status("ECR.1", &p).0, Status::NotApplicable);
        assert_eq!(status("ECR.4", &p), (Status::Pass, "tagged: team".into()));
    }

    #[test]
    fn broad_filters() {
        for b in ["*", "**", "v*", "*-*", "*.*", "*a"] {
            assert!(is_broad(b), "{b}");
        }
        for n in ["latest", "dev-*", "release-*", "v1.*", "*-rc1"] {
            assert!(!is_broad(n), "{n}");
        }
    }

    #[test]
    fn housekeeping_findings() {
        let mut f = facts(Mode::Immutable, &[]);
        f.lifecycle = Some(None);
        f.scan_on_push = Some(false);
        f.encryption = Some("AES256".into());
        assert_eq!(
            codes(&f),
            [
                "no-lifecycle-policy",
                "scan-on-push-off",
                "aes256-encryption"
            ]
        );
        f.lifecycle = None;
        f.unreadable = vec!["lifecycle policy: access denied".into()];
        assert_eq!(codes(&f)[0], "unreadable");
    }

    #[test]
    fn policy_findings_are_mapped() {
        let mut f = facts(Mode::Immutable, &[]);
        f.account = Some("111122223333".into());
        f.policy = Some(Some(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:PutImage"]},
               {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"ecr:BatchGetImage"}]}"#
                .into(),
        ));
        let all = findings(&f);
        let got: Vec<(&str, Level)> = all.iter().map(|x| (x.code.as_str(), x.severity)).collect();
        assert_eq!(
            got,
            [
                ("policy-public-write", Level::High),
                ("policy-public-read", Level::Medium),
                ("policy-cross-account-no-org", Level::Low)
            ]
        );
    }

    #[test]
    fn public_repositories_get_policy_findings_only() {
        let f = Facts {
            public: true,
            policy: Some(Some(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr-public:PutImage"}]}"#.into())),
            ..Default::default()
        };
        assert_eq!(codes(&f), ["policy-public-write"]);
    }
}

/// `--kms-key-arn`: a whole key ARN, as ECR reports a repository's key (an alias or a bare key
/// id could never match one).
pub fn check_key_arn(arn: &str) -> Result<String, String> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let ok = parts.len() == 6
        && parts[0] == "arn"
        && parts[1].starts_with("aws")
        && parts[2] == "kms"
        && !parts[3].is_empty()
        && parts[4].len() == 12
        && parts[4].bytes().all(|b| b.is_ascii_digit())
        && parts[5].strip_prefix("key/").is_some_and(|id| {
            let id = id.strip_prefix("mrk-").unwrap_or(id);
            (id.len() == 36 && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-'))
                || (id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit()))
        });
    if ok {
        Ok(arn.to_string())
    } else {
        Err(format!("'{arn}' is not a KMS key ARN such as arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab: ECR reports a repository's key by its whole ARN, so an alias or a key id would never match"))
    }
}

#[cfg(test)]
mod key_arn_tests {
    use super::{findings, Facts, Level, TaggedScan};

    #[test]
    fn a_customer_key_off_the_list_is_no_worse_than_no_customer_key() {
        let level = |code: &str| {
            super::CODES
                .iter()
                .find(|(c, _, _)| *c == code)
                .map(|(_, l, _)| *l)
                .unwrap()
        };
        // Levels order from high to info: not-allowed must not come before no customer key.
        assert!(level("kms-key-not-allowed") >= level("aes256-encryption"));
    }

    #[test]
    fn key_arns_are_whole() {
        use super::check_key_arn as c;
        assert!(
            c("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .is_ok()
        );
        assert!(c(
            "arn:aws-cn:kms:cn-north-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab"
        )
        .is_ok());
        for bad in [
            "alias/foo",
            "1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890a",
            "arn:aws:kms:us-east-1:111122223333:alias/foo",
            "arn:aws:s3:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
        ] {
            assert!(c(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_audit_is_incomplete_when_most_reads_failed() {
        use crate::error::Exit::{Auth, Network, Service};
        assert_eq!(crate::posture::mostly_unreadable(0, &[]), None);
        assert_eq!(
            crate::posture::mostly_unreadable(10, &[Network; 5]),
            None,
            "half is not most"
        );
        assert_eq!(
            crate::posture::mostly_unreadable(10, &[Network; 6]),
            Some(Network)
        );
        assert_eq!(
            crate::posture::mostly_unreadable(5000, &vec![Network; 4571]),
            Some(Network)
        );
        assert_eq!(
            crate::posture::mostly_unreadable(5, &[Auth, Network, Network, Service]),
            Some(Network)
        );
        assert_eq!(
            crate::posture::mostly_unreadable(3, &[Auth, Service]),
            Some(Service)
        );
    }

    /// `--scan-findings`: critical images as a high finding, high-only ones as a medium one;
    /// untagged images and clean scans say nothing; not read, nothing either.
    #[test]
    fn scan_findings_of_tagged_images() {
        use crate::scan::SeverityCounts;
        let scan = |tags: &[&str], c: i64, h: i64| TaggedScan {
            digest: format!("sha256:{}", tags.first().unwrap_or(&"x")),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            counts: SeverityCounts::from_pairs([("CRITICAL", c), ("HIGH", h), ("LOW", 4)]),
        };
        let mut f = Facts {
            name: "app".into(),
            uri: "123456789012.dkr.ecr.us-east-1.amazonaws.com/app".into(),
            ..Facts::default()
        };
        let codes = |f: &Facts| -> Vec<(String, Level, String)> {
            findings(f)
                .into_iter()
                .filter(|x| x.code.ends_with("scan-findings"))
                .map(|x| (x.code, x.severity, x.message))
                .collect()
        };
        assert!(codes(&f).is_empty(), "not read: nothing");
        f.tagged_scans = Some(vec![
            scan(&["v1"], 1, 0),
            scan(&["v2", "latest"], 3, 2),
            scan(&["v3"], 0, 5),
            scan(&["v4"], 0, 0),
            scan(&[], 9, 9),
        ]);
        let found = codes(&f);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (found[0].0.as_str(), found[0].1),
            ("critical-scan-findings", Level::High)
        );
        assert_eq!(
            found[0].2,
            "2 tagged image(s) carry critical vulnerabilities in their last scan: v2, latest (3 critical); v1 (1 critical)"
        );
        assert_eq!(
            (found[1].0.as_str(), found[1].1),
            ("high-scan-findings", Level::Medium)
        );
        assert!(found[1].2.contains("v3 (5 high)"), "{}", found[1].2);
        let many: Vec<TaggedScan> = (0..7).map(|i| scan(&[&format!("t{i}")], 1, 0)).collect();
        f.tagged_scans = Some(many);
        assert!(codes(&f)[0].2.ends_with("; and 2 more"), "{:?}", codes(&f));
        f.public = true;
        assert!(codes(&f).is_empty());
    }
}
