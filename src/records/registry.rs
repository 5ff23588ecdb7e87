//! The records of the registry-wide writes: `registry scanning|replication|policy set`,
//! `registry pull-through create|update|delete|validate|list`, `registry replication backfill`.

use serde::Serialize;
use serde_json::Value;

use crate::output::Record;
use crate::registry::registry_settings::{Backfill, PullRule, PullValidation};

/// A registry setting written (or not): the diff of the two normal forms, and what the
/// change does to each repository (`preview`: the setting's own shape, `null` when none).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegistryWrite {
    pub setting: String,
    pub registry_id: Option<String>,
    pub region: String,
    /// `unchanged`, `applied`, `would-change`.
    pub result: &'static str,
    pub changed: bool,
    pub applied: bool,
    pub dry_run: bool,
    pub diff: String,
    pub before: Value,
    pub after: Value,
    pub preview: Value,
}

impl Record for RegistryWrite {
    const COMMANDS: &'static str = "registry scanning set, registry replication set, registry policy set, registry pull-through create, registry pull-through update";
    const COLUMNS: &'static [&'static str] = &["setting", "result"];
}

/// `registry pull-through list`.
impl Record for PullRule {
    const COMMANDS: &'static str = "registry pull-through list";
    const COLUMNS: &'static [&'static str] = &[
        "prefix",
        "upstream",
        "upstreamPrefix",
        "credentialArn",
        "customRoleArn",
        "createdAt",
        "updatedAt",
    ];
}

/// `registry pull-through validate`: ECR's verdict.
impl Record for PullValidation {
    const COMMANDS: &'static str = "registry pull-through validate";
    const COLUMNS: &'static [&'static str] = &["prefix", "valid", "failure"];
}

/// `registry pull-through delete`, `registry policy delete`: `deleted` or `absent`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegistryDeleted {
    pub setting: String,
    pub deleted: bool,
    pub result: &'static str,
}

impl Record for RegistryDeleted {
    const COMMANDS: &'static str = "registry pull-through delete, registry policy delete";
    const COLUMNS: &'static [&'static str] = &["setting", "result"];
}

/// `registry replication backfill`: one per destination, started or (dry run) not.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BackfillStarted {
    #[serde(flatten)]
    pub backfill: Backfill,
    /// The repositories whose images qualify (those the rules replicate to the destination).
    pub repositories: Vec<String>,
    pub result: &'static str,
}

impl Record for BackfillStarted {
    const COMMANDS: &'static str = "registry replication backfill";
    const COLUMNS: &'static [&'static str] = &["destination", "id", "status", "result"];
}
