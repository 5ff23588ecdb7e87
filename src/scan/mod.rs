//! Image scan findings: basic and enhanced (Inspector) scanning in one shape, the gate that
//! judges them (`--fail-on`, `--ignore FILE`, `--fixable-only`), and the reports CI systems
//! read (SARIF, GitLab container scanning, JUnit, GitHub annotations and step summary). Pure:
//! no AWS types; the registry turns ECR's answers into these.

pub mod ignore;
pub mod report;

use serde::Serialize;

pub use ignore::IgnoreList;

/// A finding's severity, ordered: `Undefined` (ECR's UNDEFINED, Inspector's UNTRIAGED) is the
/// least, below informational.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Undefined,
    Informational,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    /// Every severity, most severe first (the order of tables and counts).
    pub const ALL: [Severity; 6] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Informational,
        Severity::Undefined,
    ];

    /// ECR's spelling, any case; anything unknown (UNTRIAGED, a future value) is `Undefined`.
    pub fn parse(s: &str) -> Severity {
        match s.trim().to_ascii_uppercase().as_str() {
            "CRITICAL" => Severity::Critical,
            "HIGH" => Severity::High,
            "MEDIUM" => Severity::Medium,
            "LOW" => Severity::Low,
            "INFORMATIONAL" | "INFO" => Severity::Informational,
            _ => Severity::Undefined,
        }
    }

    /// ECR's spelling (JSON and text).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Critical => "CRITICAL",
            Severity::High => "HIGH",
            Severity::Medium => "MEDIUM",
            Severity::Low => "LOW",
            Severity::Informational => "INFORMATIONAL",
            Severity::Undefined => "UNDEFINED",
        }
    }

    /// As a person reads it (tables, messages).
    pub fn word(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Informational => "informational",
            Severity::Undefined => "undefined",
        }
    }

    /// The JSON key of its count.
    fn key(self) -> &'static str {
        match self {
            Severity::Informational => "informational",
            other => other.word(),
        }
    }
}

impl Serialize for Severity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// `--fail-on`: the least severity that fails the gate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    /// Critical findings only
    Critical,
    /// High and critical
    High,
    /// Medium and above
    Medium,
    /// Low and above (not informational or undefined)
    Low,
    /// Any finding at all, informational and undefined (untriaged) included
    Any,
}

impl FailOn {
    pub fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Critical => s >= Severity::Critical,
            FailOn::High => s >= Severity::High,
            FailOn::Medium => s >= Severity::Medium,
            FailOn::Low => s >= Severity::Low,
            FailOn::Any => true,
        }
    }

    pub fn word(self) -> &'static str {
        match self {
            FailOn::Critical => "critical",
            FailOn::High => "high",
            FailOn::Medium => "medium",
            FailOn::Low => "low",
            FailOn::Any => "any",
        }
    }
}

/// Which scanning produced the findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ScanKind {
    Basic,
    Enhanced,
}

/// Whether a finding can be fixed by upgrading its package.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Fix {
    Yes,
    Partial,
    No,
    /// The scanner does not say (basic scanning).
    Unknown,
}

/// One finding, whichever scanning found it: for enhanced scanning, one per vulnerable package.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// The vulnerability id: a CVE (`CVE-2024-1234`), or the scanner's own (`GHSA-…`, `ALAS-…`).
    pub id: String,
    pub severity: Severity,
    pub package: Option<String>,
    pub installed_version: Option<String>,
    pub fixed_version: Option<String>,
    pub fix: Fix,
    /// CVSS base score (v3 where given, else v2).
    pub cvss_score: Option<f64>,
    pub uri: Option<String>,
    pub title: Option<String>,
    pub description: Option<String>,
}

impl Finding {
    /// A bare finding (tests and the registry's builders fill in the rest).
    pub fn new(id: impl Into<String>, severity: Severity) -> Finding {
        Finding {
            id: id.into(),
            severity,
            package: None,
            installed_version: None,
            fixed_version: None,
            fix: Fix::Unknown,
            cvss_score: None,
            uri: None,
            title: None,
            description: None,
        }
    }

    /// `openssl 3.0.7`, or what of it is known.
    pub fn package_text(&self) -> String {
        match (&self.package, &self.installed_version) {
            (Some(p), Some(v)) => format!("{p} {v}"),
            (Some(p), None) => p.clone(),
            (None, Some(v)) => format!("version {v}"),
            (None, None) => "an unnamed package".into(),
        }
    }

    /// One line: `CVE-… (high) in openssl 3.0.7, fixed in 3.0.8: title`.
    pub fn sentence(&self) -> String {
        let mut s = format!(
            "{} ({}) in {}",
            self.id,
            self.severity.word(),
            self.package_text()
        );
        match (&self.fixed_version, self.fix) {
            (Some(v), _) => s.push_str(&format!(", fixed in {v}")),
            (None, Fix::No) => s.push_str(", no fix yet"),
            _ => {}
        }
        if let Some(t) = self.title.as_deref().filter(|t| *t != self.id) {
            s.push_str(": ");
            s.push_str(t);
        }
        s
    }
}

/// Where a scan stands, from ECR's `imageScanStatus.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The findings are final (COMPLETE; enhanced scanning's ACTIVE).
    Done,
    /// Worth waiting for (IN_PROGRESS, PENDING).
    Waiting,
    /// No findings will come: FAILED, UNSUPPORTED_IMAGE, SCAN_ELIGIBILITY_EXPIRED, … or no scan.
    NoVerdict,
}

pub fn phase(status: &str) -> Phase {
    match status {
        "COMPLETE" | "ACTIVE" => Phase::Done,
        "IN_PROGRESS" | "PENDING" => Phase::Waiting,
        _ => Phase::NoVerdict,
    }
}

/// The status of an image that has no scan at all.
pub const NO_SCAN: &str = "NOT_SCANNED";

/// One scanned image (a platform image of an index is one of its own).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageScan {
    pub repository: String,
    /// As the user named it: `team-a/api:v1`, or `…@sha256:…`.
    pub image: String,
    pub digest: String,
    /// `linux/arm64` for a platform image of an index; `None` for a single image.
    pub platform: Option<String>,
    pub kind: Option<ScanKind>,
    /// ECR's status (`COMPLETE`, `IN_PROGRESS`, `FAILED`, …), or [`NO_SCAN`].
    pub status: String,
    pub status_description: Option<String>,
    pub completed_at: Option<i64>,
    pub source_updated_at: Option<i64>,
    pub findings: Vec<Finding>,
    /// ecrctl started this scan (StartImageScan).
    pub started: bool,
}

impl ImageScan {
    /// `team-a/api:v1 (linux/arm64)`.
    pub fn label(&self) -> String {
        match &self.platform {
            Some(p) => format!("{} ({p})", self.image),
            None => self.image.clone(),
        }
    }
}

/// What the gate takes into account.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    pub fail_on: Option<FailOn>,
    pub fixable_only: bool,
    pub ignore: IgnoreList,
    /// Seconds since the epoch: ignore entries expire against it.
    pub now: i64,
}

/// Why a finding is not counted.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ignored {
    pub reason: String,
    /// `YYYY-MM-DD`: the last day it is ignored.
    pub expires: Option<String>,
    /// The ignore file's line.
    pub line: usize,
}

/// A finding as the gate saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    pub finding: Finding,
    /// Set when an ignore entry covers it (it is then never counted).
    pub ignored: Option<Ignored>,
    /// Left out by --fixable-only (no fix exists).
    pub unfixable: bool,
    /// It counts and is at or above --fail-on.
    pub fails: bool,
}

impl Judged {
    /// Counted in the summary and shown in tables: neither ignored nor left out.
    pub fn counts(&self) -> bool {
        self.ignored.is_none() && !self.unfixable
    }
}

/// The verdict of one image.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// No finding at or above --fail-on (or no --fail-on given).
    Pass,
    /// At least one finding at or above --fail-on.
    Fail,
    /// The scan is not complete, failed or is unsupported: nothing to judge.
    NoVerdict,
}

/// One image, judged.
#[derive(Debug, Clone, PartialEq)]
pub struct JudgedImage {
    pub scan: ImageScan,
    pub findings: Vec<Judged>,
    pub verdict: Verdict,
}

impl JudgedImage {
    /// Counts per severity of the findings that count, most severe first.
    pub fn counts(&self) -> [(Severity, usize); 6] {
        let mut counts = Severity::ALL.map(|s| (s, 0));
        for j in self.findings.iter().filter(|j| j.counts()) {
            if let Some(c) = counts.iter_mut().find(|(s, _)| *s == j.finding.severity) {
                c.1 += 1;
            }
        }
        counts
    }

    /// The counts as JSON (`{"critical": 1, …}`).
    pub fn counts_json(&self) -> serde_json::Value {
        let mut map = serde_json::Map::new();
        for (s, n) in self.counts() {
            map.insert(s.key().to_string(), n.into());
        }
        serde_json::Value::Object(map)
    }

    /// `2 critical, 5 high` (only the non-zero counts), or `no findings`.
    pub fn counts_text(&self) -> String {
        let parts: Vec<String> = self
            .counts()
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{n} {}", s.word()))
            .collect();
        if parts.is_empty() {
            "no findings".into()
        } else {
            parts.join(", ")
        }
    }

    pub fn failing(&self) -> impl Iterator<Item = &Judged> {
        self.findings.iter().filter(|j| j.fails)
    }
}

/// The gate's result over every image, with what a person must hear about the ignore file and
/// --fixable-only.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub images: Vec<JudgedImage>,
    /// Warnings: expired ignore entries (they no longer ignore), findings --fixable-only could
    /// not judge.
    pub warnings: Vec<String>,
    /// Notes: ignore entries that matched no finding.
    pub notes: Vec<String>,
}

impl Judgement {
    /// The worst verdict: any failure fails; else any image without a verdict; else pass.
    pub fn verdict(&self) -> Verdict {
        let verdicts = || self.images.iter().map(|i| i.verdict);
        if verdicts().any(|v| v == Verdict::Fail) {
            Verdict::Fail
        } else if verdicts().any(|v| v == Verdict::NoVerdict) {
            Verdict::NoVerdict
        } else {
            Verdict::Pass
        }
    }
}

/// Judge every image's findings under the policy. Findings are sorted most severe first (then
/// by CVSS score, id and package), so every view lists them in the same order.
pub fn judge(scans: Vec<ImageScan>, policy: &Policy) -> Judgement {
    let mut used = vec![false; policy.ignore.entries.len()];
    let mut expired_hit = vec![false; policy.ignore.entries.len()];
    let mut unknown_fix = 0usize;
    let mut images = Vec::with_capacity(scans.len());
    for mut scan in scans {
        let mut findings = std::mem::take(&mut scan.findings);
        sort_findings(&mut findings);
        let judged: Vec<Judged> = findings
            .into_iter()
            .map(|finding| {
                let mut ignored = None;
                if let Some(i) = policy.ignore.find(&finding.id) {
                    let entry = &policy.ignore.entries[i];
                    if entry.expired(policy.now) {
                        expired_hit[i] = true;
                    } else {
                        used[i] = true;
                        ignored = Some(Ignored {
                            reason: entry.reason.clone(),
                            expires: entry.expires.clone(),
                            line: entry.line,
                        });
                    }
                }
                let unfixable = policy.fixable_only
                    && match finding.fix {
                        Fix::No => true,
                        Fix::Yes | Fix::Partial => false,
                        Fix::Unknown if finding.fixed_version.is_some() => false,
                        Fix::Unknown => {
                            unknown_fix += 1;
                            false
                        }
                    };
                let fails = ignored.is_none()
                    && !unfixable
                    && policy.fail_on.is_some_and(|f| f.fails(finding.severity));
                Judged {
                    finding,
                    ignored,
                    unfixable,
                    fails,
                }
            })
            .collect();
        let verdict = if phase(&scan.status) != Phase::Done {
            Verdict::NoVerdict
        } else if judged.iter().any(|j| j.fails) {
            Verdict::Fail
        } else {
            Verdict::Pass
        };
        images.push(JudgedImage {
            scan,
            findings: judged,
            verdict,
        });
    }
    let mut warnings = Vec::new();
    let mut notes = Vec::new();
    let file = &policy.ignore.source;
    for (i, entry) in policy.ignore.entries.iter().enumerate() {
        if entry.expired(policy.now) {
            let what = if expired_hit[i] {
                "counted again"
            } else {
                "matched no finding anyway"
            };
            warnings.push(format!(
                "warning: {file} line {}: the entry for {} expired on {}: no longer ignored ({what}); renew or remove it",
                entry.line,
                entry.id,
                entry.expires.as_deref().unwrap_or("?")
            ));
        } else if !used[i] {
            notes.push(format!(
                "{file} line {}: {} matched no finding (stale entry?)",
                entry.line, entry.id
            ));
        }
    }
    if unknown_fix > 0 {
        warnings.push(format!(
            "warning: --fixable-only: {unknown_fix} finding(s) do not say whether a fix exists (basic scanning does not): kept"
        ));
    }
    Judgement {
        images,
        warnings,
        notes,
    }
}

/// An image's finding counts per severity as DescribeImages' `imageScanFindingsSummary` gives
/// them, read without a single finding: `images list --scan`, `images show` and `audit
/// --scan-findings`. Kept in [`Severity::ALL`]'s order; JSON is an object of all six counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SeverityCounts([u32; 6]);

impl SeverityCounts {
    /// From ECR's `findingSeverityCounts` (severity name, count); an unknown severity counts as
    /// undefined and a negative count as none.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, i64)>) -> SeverityCounts {
        let mut counts = SeverityCounts::default();
        for (name, n) in pairs {
            let at = counts.at(Severity::parse(name));
            counts.0[at] = counts.0[at].saturating_add(u32::try_from(n.max(0)).unwrap_or(u32::MAX));
        }
        counts
    }

    fn at(&self, s: Severity) -> usize {
        Severity::ALL.iter().position(|x| *x == s).unwrap_or(5)
    }

    pub fn get(&self, s: Severity) -> u32 {
        self.0[self.at(s)]
    }

    pub fn total(&self) -> u32 {
        self.0.iter().sum()
    }

    /// `1 critical, 2 high` (the non-zero counts), or `no findings`.
    pub fn text(&self) -> String {
        let parts: Vec<String> = Severity::ALL
            .iter()
            .zip(self.0)
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{n} {}", s.word()))
            .collect();
        if parts.is_empty() {
            "no findings".into()
        } else {
            parts.join(", ")
        }
    }
}

impl Serialize for SeverityCounts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(6))?;
        for (severity, n) in Severity::ALL.iter().zip(self.0) {
            map.serialize_entry(severity.key(), &n)?;
        }
        map.end()
    }
}

impl<'de> serde::Deserialize<'de> for SeverityCounts {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let map = std::collections::BTreeMap::<String, i64>::deserialize(d)?;
        Ok(SeverityCounts::from_pairs(
            map.iter().map(|(k, v)| (k.as_str(), *v)),
        ))
    }
}

/// Most severe first; then the higher CVSS score, then id and package (a stable order).
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| {
                b.cvss_score
                    .unwrap_or(-1.0)
                    .total_cmp(&a.cvss_score.unwrap_or(-1.0))
            })
            .then_with(|| a.id.cmp(&b.id))
            .then_with(|| a.package.cmp(&b.package))
    });
}

#[cfg(test)]
mod tests;
