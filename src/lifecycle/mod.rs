//! Lifecycle policies: the model, the linter, the evaluator and templates. Pure: no AWS types.
//!
//! The evaluator follows ECR's documented rules ("How lifecycle policies work", "Lifecycle
//! policy properties", "Examples of lifecycle policies"); where the guide is silent, the choice
//! made is written beside the code and in the README, and `lifecycle preview --server` lets
//! ECR's own preview referee it.

pub mod eval;
pub mod graph;
pub mod horizon;
pub mod lint;
pub mod plan;
pub mod templates;
#[cfg(test)]
mod tests;

use serde_json::{json, Map, Value};

use crate::mutability::wildcard_match;

/// PutLifecyclePolicy's limits on the policy text.
pub const MIN_TEXT: usize = 100;
pub const MAX_TEXT: usize = 30_720;
/// ECR's quota of rules per lifecycle policy.
pub const MAX_RULES: usize = 50;
/// Wildcards allowed in one `tagPatternList` entry.
pub const MAX_WILDCARDS: usize = 4;
/// Archived images are billed for at least this long; ECR refuses rules that expire them sooner.
pub const MIN_ARCHIVE_DAYS: u32 = 90;
pub const DAY: i64 = 86_400;

/// A policy that passed the linter without errors, rules in priority order (lowest first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub priority: u32,
    pub description: Option<String>,
    pub tags: TagSelection,
    pub storage: StorageClass,
    pub count: Count,
    pub action: Action,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagSelection {
    Any,
    Untagged,
    /// Every prefix must start one of the image's tags.
    Prefixes(Vec<String>),
    /// Every pattern must match one of the image's tags, whole (`*`: any run of characters).
    Patterns(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageClass {
    Standard,
    Archive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Keep the newest N (by push time) of the selected images.
    MoreThan(u32),
    SincePushed(u32),
    SincePulled(u32),
    SinceTransitioned(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Expire,
    /// To the archive storage class.
    Transition,
}

/// An image's storage state as the evaluator sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Active,
    Archived,
    /// Being restored from the archive: in neither storage class until it lands.
    Activating,
}

impl Status {
    /// From `images list`'s lower-case status; none means active.
    pub fn parse(s: Option<&str>) -> Option<Status> {
        match s.map(str::to_ascii_lowercase).as_deref() {
            None | Some("active") => Some(Status::Active),
            Some("archived") => Some(Status::Archived),
            Some("activating") => Some(Status::Activating),
            Some(_) => None,
        }
    }
}

impl TagSelection {
    pub fn matches(&self, tags: &[String]) -> bool {
        match self {
            TagSelection::Any => true,
            TagSelection::Untagged => tags.is_empty(),
            TagSelection::Prefixes(ps) => ps.iter().all(|p| tags.iter().any(|t| t.starts_with(p))),
            TagSelection::Patterns(ps) => {
                ps.iter().all(|p| tags.iter().any(|t| wildcard_match(p, t)))
            }
        }
    }

    /// Every selection as patterns (a prefix `p` is the pattern `p*`); `None` for untagged.
    pub fn patterns(&self) -> Option<Vec<String>> {
        match self {
            TagSelection::Any => Some(vec!["*".into()]),
            TagSelection::Untagged => None,
            TagSelection::Prefixes(ps) => Some(ps.iter().map(|p| format!("{p}*")).collect()),
            TagSelection::Patterns(ps) => Some(ps.clone()),
        }
    }

    /// For reasons: "images tagged `dev-*`", "untagged images", "images".
    pub fn describe(&self) -> String {
        let quoted = |ps: &[String], suffix: &str| {
            ps.iter()
                .map(|p| format!("`{p}{suffix}`"))
                .collect::<Vec<_>>()
                .join(" and ")
        };
        match self {
            TagSelection::Any => "images".into(),
            TagSelection::Untagged => "untagged images".into(),
            TagSelection::Prefixes(ps) => format!("images tagged {}", quoted(ps, "*")),
            TagSelection::Patterns(ps) => format!("images tagged {}", quoted(ps, "")),
        }
    }
}

impl Rule {
    /// Whether the rule's selection (tags and storage class) takes the image.
    pub fn selects(&self, tags: &[String], status: Status) -> bool {
        let class = match status {
            Status::Active => StorageClass::Standard,
            Status::Archived => StorageClass::Archive,
            Status::Activating => return false,
        };
        class == self.storage && self.tags.matches(tags)
    }

    /// The selection in words, with the storage class when it is the archive.
    pub fn selection_text(&self) -> String {
        let tags = self.tags.describe();
        match self.storage {
            StorageClass::Standard => tags,
            StorageClass::Archive => format!("archived {tags}"),
        }
    }

    /// The rule as ECR's JSON, keys in the guide's order.
    pub fn to_json(&self) -> Value {
        let mut selection = Map::new();
        let (status, list) = match &self.tags {
            TagSelection::Any => ("any", None),
            TagSelection::Untagged => ("untagged", None),
            TagSelection::Prefixes(ps) => ("tagged", Some(("tagPrefixList", ps))),
            TagSelection::Patterns(ps) => ("tagged", Some(("tagPatternList", ps))),
        };
        selection.insert("tagStatus".into(), json!(status));
        if let Some((key, list)) = list {
            selection.insert(key.into(), json!(list));
        }
        if self.storage == StorageClass::Archive {
            selection.insert("storageClass".into(), json!("archive"));
        }
        let (count_type, n) = match self.count {
            Count::MoreThan(n) => ("imageCountMoreThan", n),
            Count::SincePushed(n) => ("sinceImagePushed", n),
            Count::SincePulled(n) => ("sinceImagePulled", n),
            Count::SinceTransitioned(n) => ("sinceImageTransitioned", n),
        };
        selection.insert("countType".into(), json!(count_type));
        if !matches!(self.count, Count::MoreThan(_)) {
            selection.insert("countUnit".into(), json!("days"));
        }
        selection.insert("countNumber".into(), json!(n));
        let action = match self.action {
            Action::Expire => json!({"type": "expire"}),
            Action::Transition => json!({"type": "transition", "targetStorageClass": "archive"}),
        };
        let mut rule = Map::new();
        rule.insert("rulePriority".into(), json!(self.priority));
        if let Some(d) = &self.description {
            rule.insert("description".into(), json!(d));
        }
        rule.insert("selection".into(), Value::Object(selection));
        rule.insert("action".into(), action);
        Value::Object(rule)
    }
}

impl Policy {
    pub fn to_json(&self) -> Value {
        json!({ "rules": self.rules.iter().map(Rule::to_json).collect::<Vec<_>>() })
    }

    pub fn rule(&self, priority: u32) -> Option<&Rule> {
        self.rules.iter().find(|r| r.priority == priority)
    }
}

/// A normal form for comparing lifecycle policies by meaning: rules in priority order, keys
/// sorted, whitespace and key order ignored.
pub fn normalize(doc: &Value) -> Value {
    let mut doc = crate::policy::normalize(doc);
    if let Some(rules) = doc.get_mut("rules").and_then(Value::as_array_mut) {
        rules.sort_by_key(|r| r.get("rulePriority").and_then(Value::as_i64));
    }
    doc
}

pub fn equivalent(a: &Value, b: &Value) -> bool {
    normalize(a) == normalize(b)
}
