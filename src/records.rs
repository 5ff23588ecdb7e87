//! The output records of the commands ported to [`Record`]: each derives `Serialize` (its JSON,
//! field order as declared) and names its text columns. [`TEXT_COLUMNS`] lists them all for the
//! README's "Text output" table check, with the not yet ported [`output::TEXT_COLUMNS`].

use serde::Serialize;
use serde_json::{Map, Value};

use crate::output::{self, Record};
use crate::registry::model::{Catalog, RepoInfo};

/// Every text output's columns, by the commands that print it: the ported records and the
/// others' string-keyed list.
pub fn text_columns() -> Vec<(&'static str, &'static [&'static str])> {
    TEXT_COLUMNS
        .iter()
        .chain(output::TEXT_COLUMNS)
        .copied()
        .collect()
}

/// The ported records' columns (a record not listed here is not in the README check).
pub const TEXT_COLUMNS: &[(&str, &[&str])] = &[
    (RepoCreated::COMMANDS, RepoCreated::COLUMNS),
    (Repository::COMMANDS, Repository::COLUMNS),
    (RepoDeleted::COMMANDS, RepoDeleted::COLUMNS),
    (SettingChange::COMMANDS, SettingChange::COLUMNS),
    (MutabilityChange::COMMANDS, MutabilityChange::COLUMNS),
    (RegistrySetting::COMMANDS, RegistrySetting::COLUMNS),
    (PushCheck::COMMANDS, PushCheck::COLUMNS),
    (VersionInfo::COMMANDS, VersionInfo::COLUMNS),
    (
        crate::commands::images::scan::FindingLine::COMMANDS,
        crate::commands::images::scan::FindingLine::COLUMNS,
    ),
    (
        crate::commands::images::wait::Waited::COMMANDS,
        crate::commands::images::wait::Waited::COLUMNS,
    ),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Each command is named once, by a record or by the old list: a port removes its row.
    #[test]
    fn every_command_has_one_column_list() {
        let mut seen = std::collections::HashSet::new();
        for (commands, columns) in text_columns() {
            assert!(!columns.is_empty(), "{commands}");
            for one in commands.split(", ") {
                assert!(seen.insert(one), "{one} has two column lists");
            }
        }
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
