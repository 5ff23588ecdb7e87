//! Saved plans (`--plan-out FILE`, `--plan FILE --yes`): the JSON envelope, pure.
//!
//! A plan names the format version, the ecrctl that wrote it, the command, the registry
//! (account and region) and, per target (a repository, or a registry setting), what the target
//! looked like when it was planned (`observed`: fact → value) and the change to make (a
//! serde-typed body of the command's own). Applying it reads the file with [`parse`], checks the
//! registry with [`Plan::check_registry`], observes each target again and refuses the whole
//! plan when any [`drift`] is found (exit 24), so what is applied is what was reviewed.
//!
//! Writing: `Plan::new(command, registry, targets).to_json()` (sorted keys, pretty, one final
//! newline). Nothing in a plan is a secret: a command must never put one in `observed` or its
//! change (name a secret by its ARN).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{AppError, Exit};

/// The version of the envelope and its bodies. A reader refuses any other: a plan is applied
/// exactly as written or not at all.
pub const FORMAT_VERSION: u32 = 1;

/// What wrote a plan: `ecrctl VERSION`.
pub fn writer() -> String {
    format!("ecrctl {}", env!("CARGO_PKG_VERSION"))
}

/// The registry a plan was made against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    /// The account id (12 digits).
    pub account: String,
    pub region: String,
}

impl fmt::Display for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "account {} in {}", self.account, self.region)
    }
}

/// What a target looked like when planned, as facts a person can read: e.g. `image
/// sha256:… → "v1, latest"`, `policy → "sha256:…"`, `tag mutability → "IMMUTABLE"`.
pub type Observed = BTreeMap<String, String>;

/// One target of a plan: its name, what it looked like, and the change to make.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target<C> {
    /// A repository name, or a registry setting's name.
    pub target: String,
    pub observed: Observed,
    pub change: C,
}

/// A saved plan: the envelope and its targets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan<C> {
    pub format_version: u32,
    /// `ecrctl VERSION`: for people; any version of this format can apply it.
    pub written_by: String,
    /// The command that wrote it and alone may apply it, e.g. `policy set`.
    pub command: String,
    pub registry: Registry,
    pub targets: Vec<Target<C>>,
}

impl<C: Serialize> Plan<C> {
    /// A plan written by this ecrctl.
    pub fn new(command: &str, registry: Registry, targets: Vec<Target<C>>) -> Plan<C> {
        Plan {
            format_version: FORMAT_VERSION,
            written_by: writer(),
            command: command.to_string(),
            registry,
            targets,
        }
    }

    /// The file's text: keys sorted at every level, pretty, a final newline.
    pub fn to_json(&self) -> String {
        let value = serde_json::to_value(self).expect("a plan serializes");
        let mut text = serde_json::to_string_pretty(&sorted(value)).expect("a value serializes");
        text.push('\n');
        text
    }
}

impl<C> Plan<C> {
    /// Refuse a plan made against another account or region.
    pub fn check_registry(&self, actual: &Registry) -> Result<(), Refusal> {
        if &self.registry == actual {
            Ok(())
        } else {
            Err(Refusal::Registry {
                planned: self.registry.clone(),
                actual: actual.clone(),
            })
        }
    }
}

/// Why a plan file is not applied (before any drift check).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not JSON, or not a plan of this command's shape (a hand edit that broke it).
    Malformed(String),
    /// A format version this ecrctl does not know.
    Format(Value),
    /// Written by another command.
    Command { planned: String, expected: String },
    /// Made against another registry.
    Registry { planned: Registry, actual: Registry },
}

impl Refusal {
    /// As an error: exit 25, with what to do.
    pub fn error(&self, file: &str) -> AppError {
        let (message, hint) = match self {
            Refusal::Malformed(why) => (
                format!("{file} is not a saved plan ecrctl can read: {why}"),
                "write it again with --plan-out; a plan is applied as written, so a hand edit that changes its shape is refused".to_string(),
            ),
            Refusal::Format(found) => (
                format!(
                    "{file} has plan format version {found}; this ecrctl ({}) reads version {FORMAT_VERSION}",
                    writer()
                ),
                "write the plan again with this ecrctl's --plan-out, or apply it with the ecrctl that wrote it".to_string(),
            ),
            Refusal::Command { planned, expected } => (
                format!("{file} is a plan of `ecrctl {planned}`, not of `ecrctl {expected}`"),
                format!("apply it with `ecrctl {planned} --plan {file}`"),
            ),
            Refusal::Registry { planned, actual } => (
                format!(
                    "{file} was planned against {planned}; this run is against {actual}"
                ),
                "pass the --region and credentials (or --profile) the plan was made with".to_string(),
            ),
        };
        AppError::new(Exit::PlanRejected, message).with_hint(hint)
    }
}

/// Read a plan of `command` from its text: JSON of this format version and command, with a
/// body of type `C`. The registry is checked later ([`Plan::check_registry`]).
pub fn parse<C: DeserializeOwned>(text: &str, command: &str) -> Result<Plan<C>, Refusal> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| Refusal::Malformed(format!("not JSON ({e})")))?;
    let Some(object) = value.as_object() else {
        return Err(Refusal::Malformed("not a JSON object".into()));
    };
    match object.get("format_version") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(FORMAT_VERSION)) => {}
        Some(other) => return Err(Refusal::Format(other.clone())),
        None => return Err(Refusal::Malformed("no format_version".into())),
    }
    match object.get("command").and_then(Value::as_str) {
        Some(c) if c == command => {}
        Some(c) => {
            return Err(Refusal::Command {
                planned: c.to_string(),
                expected: command.to_string(),
            })
        }
        None => return Err(Refusal::Malformed("no command".into())),
    }
    let plan: Plan<C> =
        serde_json::from_value(value).map_err(|e| Refusal::Malformed(e.to_string()))?;
    let mut seen = std::collections::BTreeSet::new();
    for t in &plan.targets {
        if !seen.insert(t.target.as_str()) {
            return Err(Refusal::Malformed(format!(
                "target {} appears twice",
                t.target
            )));
        }
    }
    Ok(plan)
}

/// One fact that differs between the plan and now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Drift {
    /// There when planned, gone now.
    Gone { fact: String, planned: String },
    /// Not there when planned, there now.
    New { fact: String, now: String },
    /// There both times, with another value.
    Changed {
        fact: String,
        planned: String,
        now: String,
    },
}

/// Every fact that differs between `planned` and `now`, in fact order.
pub fn drift(planned: &Observed, now: &Observed) -> Vec<Drift> {
    let mut out = Vec::new();
    let keys: std::collections::BTreeSet<&String> = planned.keys().chain(now.keys()).collect();
    for key in keys {
        match (planned.get(key), now.get(key)) {
            (Some(p), None) => out.push(Drift::Gone {
                fact: key.clone(),
                planned: p.clone(),
            }),
            (None, Some(n)) => out.push(Drift::New {
                fact: key.clone(),
                now: n.clone(),
            }),
            (Some(p), Some(n)) if p != n => out.push(Drift::Changed {
                fact: key.clone(),
                planned: p.clone(),
                now: n.clone(),
            }),
            _ => {}
        }
    }
    out
}

impl Drift {
    /// One line of a diff: `- fact: planned`, `+ fact: now`, or `~ fact: planned → now`.
    pub fn line(&self) -> String {
        match self {
            Drift::Gone { fact, planned } => format!("- {fact}: {planned}"),
            Drift::New { fact, now } => format!("+ {fact}: {now}"),
            Drift::Changed { fact, planned, now } => format!("~ {fact}: {planned} → {now}"),
        }
    }
}

/// The drift of every target, as the lines of the refusal: a target's name, then its facts.
pub fn drift_lines(drifted: &[(String, Vec<Drift>)]) -> Vec<String> {
    let mut lines = Vec::new();
    for (target, changes) in drifted.iter().filter(|(_, c)| !c.is_empty()) {
        lines.push(format!("{target}:"));
        lines.extend(changes.iter().map(|d| format!("  {}", d.line())));
    }
    lines
}

/// The error of a plan that no longer matches: exit 24, the drift in the message.
pub fn drift_error(file: &str, drifted: &[(String, Vec<Drift>)]) -> AppError {
    let count = drifted.iter().filter(|(_, c)| !c.is_empty()).count();
    let mut message = format!(
        "the saved plan {file} no longer matches the registry ({count} of {} {} changed since it was planned); nothing was applied:",
        drifted.len(),
        if drifted.len() == 1 { "target" } else { "targets" }
    );
    for line in drift_lines(drifted) {
        message.push_str("\n  ");
        message.push_str(&line);
    }
    AppError::new(Exit::PlanDrift, message)
        .with_hint("plan again (--plan-out), review the new plan, and apply that one")
}

/// A value with the keys of every object sorted (serde_json keeps insertion order here).
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// The change bodies of the repository commands (`--plan-out` of `repo immutable|mutable`,
/// `repo update`, `policy set`, `lifecycle set`, `images prune`).
pub mod bodies {
    use super::{Deserialize, Serialize};

    /// `repo immutable` / `repo mutable`: the setting to write.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Mutability {
        /// `IMMUTABLE`, `MUTABLE`, `IMMUTABLE_WITH_EXCLUSION`, `MUTABLE_WITH_EXCLUSION`.
        pub tag_mutability: String,
        pub exclusion_filters: Vec<String>,
    }

    /// `policy set` / `lifecycle set`: the document to set (as sent: minified JSON text), and
    /// whether `--force` is sent with it.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Document {
        pub document: String,
        pub force: bool,
    }

    /// `images prune`: the images to delete, by digest, with the tags they had.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Prune {
        pub delete: Vec<Image>,
    }

    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Image {
        pub digest: String,
        pub tags: Vec<String>,
    }

    /// `repo update`: the writes, in order (`null`/empty: not written).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Update {
        pub scan_on_push: Option<bool>,
        pub tag: Vec<(String, String)>,
        pub untag: Vec<String>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> Registry {
        Registry {
            account: "123456789012".into(),
            region: "eu-west-1".into(),
        }
    }

    fn facts(pairs: &[(&str, &str)]) -> Observed {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn plan() -> Plan<bodies::Mutability> {
        Plan::new(
            "repo immutable",
            registry(),
            vec![Target {
                target: "team-a/api".into(),
                observed: facts(&[("tag mutability", "MUTABLE")]),
                change: bodies::Mutability {
                    tag_mutability: "IMMUTABLE".into(),
                    exclusion_filters: vec!["latest".into()],
                },
            }],
        )
    }

    #[test]
    fn writes_sorted_pretty_json_that_reads_back() {
        let text = plan().to_json();
        assert!(text.ends_with("}\n"));
        let keys: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("  \""))
            .map(|l| l.trim().split('"').nth(1).unwrap())
            .collect();
        assert_eq!(
            keys,
            [
                "command",
                "format_version",
                "registry",
                "targets",
                "written_by"
            ]
        );
        assert!(text.contains("\"written_by\": \"ecrctl "));
        let back: Plan<bodies::Mutability> = parse(&text, "repo immutable").unwrap();
        assert_eq!(back, plan());
        // Writing twice gives the same bytes.
        assert_eq!(back.to_json(), text);
    }

    #[test]
    fn refuses_another_command_format_or_a_broken_file() {
        let text = plan().to_json();
        assert_eq!(
            parse::<bodies::Mutability>(&text, "repo mutable").unwrap_err(),
            Refusal::Command {
                planned: "repo immutable".into(),
                expected: "repo mutable".into()
            }
        );
        let future = text.replace("\"format_version\": 1", "\"format_version\": 2");
        assert!(matches!(
            parse::<bodies::Mutability>(&future, "repo immutable"),
            Err(Refusal::Format(v)) if v == 2
        ));
        let stringly = text.replace("\"format_version\": 1", "\"format_version\": \"1\"");
        assert!(matches!(
            parse::<bodies::Mutability>(&stringly, "repo immutable"),
            Err(Refusal::Format(_))
        ));
        for broken in [
            "",
            "[]",
            "{\"format_version\": 1}",
            &text[..text.len() / 2],
            &text.replace("\"IMMUTABLE\"", "7"),
            &text.replace("\"change\"", "\"chnage\""),
            &text.replace("\"MUTABLE\"", "false"),
        ] {
            assert!(
                matches!(
                    parse::<bodies::Mutability>(broken, "repo immutable"),
                    Err(Refusal::Malformed(_))
                ),
                "{broken}"
            );
        }
        // The body is the command's own type: another command's body does not parse.
        assert!(matches!(
            parse::<bodies::Prune>(
                &text.replace("repo immutable", "images prune"),
                "images prune"
            ),
            Err(Refusal::Malformed(_))
        ));
    }

    #[test]
    fn refuses_a_target_twice() {
        let mut p = plan();
        p.targets.push(p.targets[0].clone());
        let err = parse::<bodies::Mutability>(&p.to_json(), "repo immutable").unwrap_err();
        assert_eq!(
            err,
            Refusal::Malformed("target team-a/api appears twice".into())
        );
    }

    #[test]
    fn registry_must_match() {
        let p = plan();
        assert!(p.check_registry(&registry()).is_ok());
        let other = Registry {
            region: "us-east-1".into(),
            ..registry()
        };
        let err = p.check_registry(&other).unwrap_err();
        let app = err.error("plan.json");
        assert_eq!(app.kind, Exit::PlanRejected);
        assert_eq!(
            app.message,
            "plan.json was planned against account 123456789012 in eu-west-1; this run is against account 123456789012 in us-east-1"
        );
        let account = Registry {
            account: "210987654321".into(),
            ..registry()
        };
        assert!(p.check_registry(&account).is_err());
    }

    #[test]
    fn drift_names_gone_new_and_changed_facts_in_order() {
        let planned = facts(&[
            ("image sha256:a", "v1"),
            ("image sha256:b", "v2"),
            ("policy", "x"),
        ]);
        let now = facts(&[
            ("image sha256:b", "v2, latest"),
            ("image sha256:c", "v3"),
            ("policy", "x"),
        ]);
        let d = drift(&planned, &now);
        assert_eq!(
            d.iter().map(Drift::line).collect::<Vec<_>>(),
            [
                "- image sha256:a: v1",
                "~ image sha256:b: v2 → v2, latest",
                "+ image sha256:c: v3",
            ]
        );
        assert!(drift(&planned, &planned).is_empty());
        assert!(drift(&Observed::new(), &Observed::new()).is_empty());
        let err = drift_error("p.json", &[("a".into(), d), ("b".into(), Vec::new())]);
        assert_eq!(err.kind, Exit::PlanDrift);
        assert_eq!(
            err.message,
            "the saved plan p.json no longer matches the registry (1 of 2 targets changed since it was planned); nothing was applied:\n  a:\n    - image sha256:a: v1\n    ~ image sha256:b: v2 → v2, latest\n    + image sha256:c: v3"
        );
    }
}
