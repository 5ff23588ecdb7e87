//! The output records of the commands: each derives `Serialize` (its JSON, field order as
//! declared) and names its text columns ([`Record`]). [`TEXT_COLUMNS`] lists them all for the
//! README's "Text output" table check.

use std::marker::PhantomData;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::output::Record;
use crate::registry::model::{Catalog, RepoInfo};
use crate::registry::templates::TemplateInfo;

pub mod images;
pub mod registry;

/// Every text output's columns, by the commands that print it (a record not listed here is not
/// in the README check).
pub const TEXT_COLUMNS: &[(&str, &[&str])] = &[
    (RepoCreated::COMMANDS, RepoCreated::COLUMNS),
    (Repository::COMMANDS, Repository::COLUMNS),
    (RepoDeleted::COMMANDS, RepoDeleted::COLUMNS),
    (SettingChange::COMMANDS, SettingChange::COLUMNS),
    (MutabilityChange::COMMANDS, MutabilityChange::COLUMNS),
    (RegistrySetting::COMMANDS, RegistrySetting::COLUMNS),
    (PushCheck::COMMANDS, PushCheck::COLUMNS),
    (VersionInfo::COMMANDS, VersionInfo::COLUMNS),
    (AuditRecord::COMMANDS, AuditRecord::COLUMNS),
    (TemplateInfo::COMMANDS, TemplateInfo::COLUMNS),
    (TemplateDeleted::COMMANDS, TemplateDeleted::COLUMNS),
    (LoginResult::COMMANDS, LoginResult::COLUMNS),
    (PolicySet::COMMANDS, PolicySet::COLUMNS),
    (PolicyDeleted::COMMANDS, PolicyDeleted::COLUMNS),
    (PolicyFinding::COMMANDS, PolicyFinding::COLUMNS),
    (PolicyTemplate::COMMANDS, PolicyTemplate::COLUMNS),
    (LifecycleSet::COMMANDS, LifecycleSet::COLUMNS),
    (LifecycleDeleted::COMMANDS, LifecycleDeleted::COLUMNS),
    (LifecycleFinding::COMMANDS, LifecycleFinding::COLUMNS),
    (LifecycleTemplate::COMMANDS, LifecycleTemplate::COLUMNS),
    (PlannedImage::COMMANDS, PlannedImage::COLUMNS),
    (images::ImageRecord::COMMANDS, images::ImageRecord::COLUMNS),
    (
        images::RegistryImage::COMMANDS,
        images::RegistryImage::COLUMNS,
    ),
    (RepoStatsRecord::COMMANDS, RepoStatsRecord::COLUMNS),
    (images::ImageShown::COMMANDS, images::ImageShown::COLUMNS),
    (images::TagResult::COMMANDS, images::TagResult::COLUMNS),
    (
        images::ImageDeleted::COMMANDS,
        images::ImageDeleted::COLUMNS,
    ),
    ("images prune", images::PRUNE_COLUMNS),
    (images::FindingLine::COMMANDS, images::FindingLine::COLUMNS),
    (images::Waited::COMMANDS, images::Waited::COLUMNS),
    (
        registry::RegistryWrite::COMMANDS,
        registry::RegistryWrite::COLUMNS,
    ),
    (
        <crate::registry::registry_settings::PullRule as Record>::COMMANDS,
        <crate::registry::registry_settings::PullRule as Record>::COLUMNS,
    ),
    (
        <crate::registry::registry_settings::PullValidation as Record>::COMMANDS,
        <crate::registry::registry_settings::PullValidation as Record>::COLUMNS,
    ),
    (
        registry::RegistryDeleted::COMMANDS,
        registry::RegistryDeleted::COLUMNS,
    ),
    (
        registry::BackfillStarted::COMMANDS,
        registry::BackfillStarted::COLUMNS,
    ),
    (images::Copied::COMMANDS, images::Copied::COLUMNS),
];

/// `repo show`, `repo list`: a repository's settings; `repo show` adds its tags (private) or
/// catalog data (public), `null` when they could not be read.
#[derive(Debug, Clone, Serialize)]
pub struct Repository {
    #[serde(flatten)]
    pub info: RepoInfo,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog: Option<Option<Catalog>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Option<Map<String, Value>>>,
}

/// `repo list --stats`: a repository's images summed up; the counts `null` where its images
/// could not be listed.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepoStatsRecord {
    pub name: String,
    pub uri: Option<String>,
    pub images: Option<usize>,
    pub bytes: Option<i64>,
    pub newest_push_at: Option<String>,
    pub untagged: Option<usize>,
}

impl Record for RepoStatsRecord {
    const COMMANDS: &'static str = "repo list --stats";
    const COLUMNS: &'static [&'static str] =
        &["name", "images", "bytes", "newestPushAt", "untagged"];
}

impl Repository {
    /// As `repo list` shows it: the settings alone.
    pub fn listed(info: RepoInfo) -> Repository {
        Repository {
            info,
            catalog: None,
            tags: None,
        }
    }
}

impl Record for Repository {
    const COMMANDS: &'static str = "repo show, repo list";
    const COLUMNS: &'static [&'static str] = &[
        "name",
        "uri",
        "tagMutability",
        "exclusionFilters",
        "scanOnPush",
        "encryption",
        "createdAt",
    ];
}

/// `repo create`: the repository, and whether this run created it.
#[derive(Debug, Clone, Serialize)]
pub struct RepoCreated {
    #[serde(flatten)]
    pub info: RepoInfo,
    pub created: bool,
}

impl Record for RepoCreated {
    const COMMANDS: &'static str = "repo create";
    const COLUMNS: &'static [&'static str] = &["uri"];
}

/// `repo delete`: the repository's settings (`null` where it did not exist), whether it was
/// deleted, and `deleted` or `absent`.
#[derive(Debug, Clone, Serialize)]
pub struct RepoDeleted {
    /// A [`RepoInfo`]'s fields.
    #[serde(flatten)]
    pub info: Value,
    pub deleted: bool,
    pub result: &'static str,
}

impl Record for RepoDeleted {
    const COMMANDS: &'static str = "repo delete";
    const COLUMNS: &'static [&'static str] = &["name", "result"];
}

/// A repository's tag mutability setting, before or after `repo immutable` / `repo mutable`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MutabilitySetting {
    pub tag_mutability: Option<String>,
    pub exclusion_filters: Vec<String>,
}

/// `repo immutable`, `repo mutable`: before → after; `changed` is `null` when a dry run could
/// not read the current setting.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MutabilityChange {
    pub name: String,
    pub changed: Option<bool>,
    pub before: MutabilitySetting,
    pub after: MutabilitySetting,
    pub result: &'static str,
    pub dry_run: bool,
}

impl Record for MutabilityChange {
    const COMMANDS: &'static str = "repo immutable, repo mutable";
    const COLUMNS: &'static [&'static str] = &[
        "name",
        "before.tagMutability",
        "after.tagMutability",
        "after.exclusionFilters",
        "result",
    ];
}

/// `repo update`'s text: one line per changed setting (a setting of `null` when nothing
/// changed); an absent tag reads `(none)`.
#[derive(Debug, Clone, Serialize)]
pub struct SettingChange {
    pub name: String,
    pub setting: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub result: &'static str,
}

impl SettingChange {
    /// One row per changed setting (name, before, after), or one row of `null` settings when
    /// nothing changed.
    pub fn rows(
        name: &str,
        changes: impl Iterator<Item = (String, String, String)>,
        result: &'static str,
    ) -> Vec<SettingChange> {
        let mut rows: Vec<SettingChange> = changes
            .map(|(setting, before, after)| SettingChange {
                name: name.to_string(),
                setting: Some(setting),
                before: Some(before),
                after: Some(after),
                result,
            })
            .collect();
        if rows.is_empty() {
            rows.push(SettingChange {
                name: name.to_string(),
                setting: None,
                before: None,
                after: None,
                result,
            });
        }
        rows
    }
}

impl Record for SettingChange {
    const COMMANDS: &'static str = "repo update";
    const COLUMNS: &'static [&'static str] = &["name", "setting", "before", "after", "result"];
}

/// `registry show`'s text and table: one line per setting of a section.
#[derive(Debug, Clone, Serialize)]
pub struct RegistrySetting {
    pub section: String,
    pub setting: String,
    pub value: String,
}

impl Record for RegistrySetting {
    const COMMANDS: &'static str = "registry show";
    const COLUMNS: &'static [&'static str] = &["section", "setting", "value"];
}

/// `check-push`: what pushing one reference will do, and the facts behind the verdict.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PushCheck {
    pub reference: String,
    pub registry: String,
    pub repository: String,
    pub tag: String,
    pub public: bool,
    pub verdict: &'static str,
    pub tag_mutability: Option<&'static str>,
    pub repository_tag_mutability: Option<String>,
    pub matched_filter: Option<String>,
    pub remote_digest: Option<String>,
    pub remote_pushed_at: Option<String>,
    pub remote_tags: Option<Vec<String>>,
    pub remote_archived: Option<bool>,
    pub old_image_untagged: Option<bool>,
    pub local_digest: Option<String>,
    pub local_config_digest: Option<String>,
    pub create_on_push_template: Option<String>,
    /// The referrers (signatures, SBOMs) of the old image when the push leaves it without a
    /// tag; `null` otherwise.
    pub untagged_referrers: Option<Vec<crate::registry::images::Referrer>>,
    pub message: String,
}

impl Record for PushCheck {
    const COMMANDS: &'static str = "check-push";
    const COLUMNS: &'static [&'static str] = &[
        "reference",
        "verdict",
        "tagMutability",
        "remoteDigest",
        "localDigest",
        "localConfigDigest",
        "message",
    ];
}

/// The versions `ecrctl version` reports of the AWS SDK crates it was built with.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SdkVersions {
    pub aws_sdk_ecr: &'static str,
    pub aws_sdk_ecrpublic: &'static str,
    pub aws_config: &'static str,
}

/// `ecrctl version`: what this binary is.
#[derive(Debug, Clone, Serialize)]
pub struct VersionInfo {
    pub version: &'static str,
    pub commit: &'static str,
    pub target: &'static str,
    pub sdk: SdkVersions,
}

impl Record for VersionInfo {
    const COMMANDS: &'static str = "version";
    const COLUMNS: &'static [&'static str] = &[
        "version",
        "commit",
        "target",
        "sdk.awsSdkEcr",
        "sdk.awsSdkEcrpublic",
        "sdk.awsConfig",
    ];
}

/// `audit`: one finding and where it was found (`null` account, region and repository where it
/// is about more than one).
#[derive(Debug, Clone, Serialize)]
pub struct AuditRecord<'a> {
    pub severity: &'static str,
    pub account: Option<String>,
    pub region: Option<String>,
    pub repository: Option<String>,
    pub code: &'a str,
    pub message: &'a str,
    pub controls: &'a [&'static str],
    pub fix: Option<&'a str>,
}

impl Record for AuditRecord<'_> {
    const COMMANDS: &'static str = "audit";
    const COLUMNS: &'static [&'static str] = &[
        "severity",
        "region",
        "repository",
        "code",
        "message",
        "fix",
        "account",
    ];
}

/// `template list`, `show`, `create`, `update`: a repository creation template as ECR has it.
impl Record for TemplateInfo {
    const COMMANDS: &'static str = "template list, template show, template create, template update";
    const COLUMNS: &'static [&'static str] = &[
        "prefix",
        "appliedFor",
        "tagMutability",
        "exclusionFilters",
        "kmsKey",
        "description",
    ];
}

/// `template delete`: the prefix, and `deleted` or `absent`.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateDeleted {
    pub prefix: String,
    pub result: &'static str,
}

impl Record for TemplateDeleted {
    const COMMANDS: &'static str = "template delete";
    const COLUMNS: &'static [&'static str] = &["prefix", "result"];
}

/// `login`: one registry logged in to, or not (`error` says why; `expiresAt` and `cached` are
/// `null` when no password was fetched).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LoginResult {
    pub registry: String,
    pub tool: &'static str,
    pub result: &'static str,
    pub expires_at: Option<String>,
    pub cached: Option<bool>,
    pub error: Option<String>,
}

impl Record for LoginResult {
    const COMMANDS: &'static str = "login";
    const COLUMNS: &'static [&'static str] =
        &["registry", "tool", "result", "expiresAt", "cached", "error"];
}

/// The commands of one of the two documents ECR keeps per repository, as the README's "Text
/// output" table names them, and its linter's findings.
pub trait DocumentCommands {
    const SET: &'static str;
    const DELETE: &'static str;
    const TEMPLATES: &'static str;
    type Finding: Record;
}

/// `policy …`: a repository's policy.
#[derive(Debug, Clone, Copy)]
pub struct PolicyCommands;

impl DocumentCommands for PolicyCommands {
    const SET: &'static str = "policy set";
    const DELETE: &'static str = "policy delete";
    const TEMPLATES: &'static str = "policy templates";
    type Finding = PolicyFinding;
}

/// `lifecycle …`: a private repository's lifecycle policy.
#[derive(Debug, Clone, Copy)]
pub struct LifecycleCommands;

impl DocumentCommands for LifecycleCommands {
    const SET: &'static str = "lifecycle set";
    const DELETE: &'static str = "lifecycle delete";
    const TEMPLATES: &'static str = "lifecycle templates";
    type Finding = LifecycleFinding;
}

/// `policy validate`: one finding of the policy linter, a line of text each.
pub type PolicyFinding = crate::policy::lint::Finding;

impl Record for PolicyFinding {
    const COMMANDS: &'static str = "policy validate";
    const COLUMNS: &'static [&'static str] = &["severity", "code", "statement", "message"];
}

/// `lifecycle validate`: one finding of the lifecycle linter, a line of text each.
pub type LifecycleFinding = crate::lifecycle::lint::Finding;

impl Record for LifecycleFinding {
    const COMMANDS: &'static str = "lifecycle validate";
    const COLUMNS: &'static [&'static str] = &["severity", "code", "position", "rule", "message"];
}

/// `policy set`, `lifecycle set`: what setting the document did (`unchanged`, `applied`,
/// `would-change`), the linter's findings, the diff and the document.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentSet<'a, C: DocumentCommands> {
    pub repository: &'a str,
    pub result: &'static str,
    /// Policy: whether the repository is public.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public: Option<bool>,
    pub changed: bool,
    pub applied: bool,
    pub dry_run: bool,
    /// Policy: whether --force was sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forced: Option<bool>,
    pub findings: &'a [C::Finding],
    pub diff: &'a str,
    /// Lifecycle: what the next run would do (`Some(None)`: not known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_run: Option<Option<Value>>,
    pub policy: &'a Value,
    #[serde(skip)]
    pub commands: PhantomData<C>,
}

impl<C: DocumentCommands> Record for DocumentSet<'_, C> {
    const COMMANDS: &'static str = C::SET;
    const COLUMNS: &'static [&'static str] = &["repository", "result"];
}

pub type PolicySet<'a> = DocumentSet<'a, PolicyCommands>;
pub type LifecycleSet<'a> = DocumentSet<'a, LifecycleCommands>;

/// `policy delete`, `lifecycle delete`: `deleted`, `absent`, or `deleted-or-absent` (a lost
/// answer: `deleted` is `null`).
#[derive(Debug, Clone, Serialize)]
pub struct DocumentDeleted<C> {
    pub repository: String,
    pub deleted: Option<bool>,
    pub result: &'static str,
    #[serde(skip)]
    pub commands: PhantomData<C>,
}

impl<C: DocumentCommands> Record for DocumentDeleted<C> {
    const COMMANDS: &'static str = C::DELETE;
    const COLUMNS: &'static [&'static str] = &["repository", "result"];
}

pub type PolicyDeleted = DocumentDeleted<PolicyCommands>;
pub type LifecycleDeleted = DocumentDeleted<LifecycleCommands>;

/// `policy templates`, `lifecycle templates`: a built-in template and what it does.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentTemplate<C> {
    pub name: &'static str,
    pub description: &'static str,
    #[serde(skip)]
    pub commands: PhantomData<C>,
}

impl<C: DocumentCommands> Record for DocumentTemplate<C> {
    const COMMANDS: &'static str = C::TEMPLATES;
    const COLUMNS: &'static [&'static str] = &["name", "description"];
}

pub type PolicyTemplate = DocumentTemplate<PolicyCommands>;
pub type LifecycleTemplate = DocumentTemplate<LifecycleCommands>;

/// `lifecycle preview`: one image and what the policy's next run does to it.
pub type PlannedImage<'a> = crate::lifecycle::plan::RecordOut<'a>;

impl Record for PlannedImage<'_> {
    const COMMANDS: &'static str = "lifecycle preview";
    const COLUMNS: &'static [&'static str] =
        &["action", "rule", "digest", "tags", "sizeBytes", "reason"];
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each command is named once, by a record or by the old list: a port removes its row.
    #[test]
    fn every_command_has_one_column_list() {
        let mut seen = std::collections::HashSet::new();
        for &(commands, columns) in TEXT_COLUMNS {
            assert!(!columns.is_empty(), "{commands}");
            for one in commands.split(", ") {
                assert!(seen.insert(one), "{one} has two column lists");
            }
        }
    }

    /// One record type serves both documents; each command keeps its own name and row.
    #[test]
    fn a_document_record_is_named_by_its_commands() {
        assert_eq!(PolicyDeleted::COMMANDS, "policy delete");
        assert_eq!(LifecycleDeleted::COMMANDS, "lifecycle delete");
        assert_eq!(LifecycleSet::COMMANDS, "lifecycle set");
        assert_eq!(PolicyTemplate::COMMANDS, "policy templates");
        let gone = LifecycleDeleted {
            repository: "app".into(),
            deleted: None,
            result: "deleted-or-absent",
            commands: PhantomData,
        };
        assert_eq!(Record::text(&gone), ["app", "deleted-or-absent"]);
        assert_eq!(
            Record::json(&gone),
            serde_json::json!({"repository": "app", "deleted": null, "result": "deleted-or-absent"})
        );
    }

    #[test]
    fn an_update_without_changes_is_one_unchanged_row() {
        let rows = SettingChange::rows("app", std::iter::empty(), "unchanged");
        assert_eq!(rows.len(), 1);
        assert_eq!(Record::text(&rows[0]), ["app", "", "", "", "unchanged"]);
        let one = (
            "tag team".to_string(),
            "(none)".to_string(),
            "a".to_string(),
        );
        let rows = SettingChange::rows("app", std::iter::once(one), "changed");
        assert_eq!(
            Record::text(&rows[0]),
            ["app", "tag team", "(none)", "a", "changed"]
        );
    }

    #[test]
    fn a_record_text_follows_its_columns() {
        let change = MutabilityChange {
            name: "app".into(),
            changed: None,
            before: MutabilitySetting {
                tag_mutability: None,
                exclusion_filters: vec![],
            },
            after: MutabilitySetting {
                tag_mutability: Some("IMMUTABLE".into()),
                exclusion_filters: vec!["dev-*".into(), "pr-*".into()],
            },
            result: "unknown",
            dry_run: true,
        };
        assert_eq!(
            Record::text(&change),
            ["app", "", "IMMUTABLE", "dev-*,pr-*", "unknown"]
        );
        assert_eq!(Record::json(&change)["changed"], Value::Null);
    }
}
