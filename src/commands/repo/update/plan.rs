//! `repo update`'s plan and its rendering, pure: the flags as wanted settings, what differs
//! from what is there, and the report (each setting before → after).

use std::collections::BTreeMap;

use anyhow::Result;
use serde_json::{json, Value};

use super::UpdateArgs;
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError};
use crate::output::{Human, Report};
use crate::records::SettingChange;
use crate::registry::model::Catalog;

/// What the flags ask for.
#[derive(Debug, Default)]
pub struct Wanted {
    pub scan: Option<bool>,
    pub adds: Vec<(String, String)>,
    pub untag: Vec<String>,
    pub catalog: Option<Catalog>,
}

impl Wanted {
    /// The flags checked against each other and the repository's kind (`public`), before any
    /// call. `--kms-key` alone is a request too (it is checked against the repository).
    pub fn from_flags(args: &UpdateArgs, public: bool, catalog: Option<Catalog>) -> Result<Wanted> {
        let scan = if args.scan_on_push {
            Some(true)
        } else if args.no_scan_on_push {
            Some(false)
        } else {
            None
        };
        if public && scan.is_some() {
            return usage(
                "--scan-on-push applies to private repositories: ECR Public does not scan images",
            );
        }
        if !public && catalog.is_some() {
            return usage("--description, --about-file, --usage-file, --architecture and --os are catalog data of public repositories");
        }
        let adds = crate::settings::parse_tags(&args.tags).map_err(AppError::usage)?;
        for key in &args.untag {
            if key.is_empty() || key.len() > 128 {
                return usage(format!(
                    "--untag '{}': a tag key is 1 to 128 characters",
                    crate::error::cut(key)
                ));
            }
            if adds.iter().any(|(k, _)| k == key) {
                return usage(format!(
                    "tag {key} is both set (--tag) and removed (--untag)"
                ));
            }
        }
        if scan.is_none()
            && adds.is_empty()
            && args.untag.is_empty()
            && catalog.is_none()
            && args.kms_key.is_none()
        {
            return usage("nothing to update: give --scan-on-push / --no-scan-on-push, --tag KEY=VALUE, --untag KEY, or catalog options for a public repository");
        }
        Ok(Wanted {
            scan,
            adds,
            untag: args.untag.clone(),
            catalog,
        })
    }
}

/// What is there now.
#[derive(Debug, Default)]
pub struct Current {
    pub scan_on_push: Option<bool>,
    pub tags: BTreeMap<String, String>,
    /// A public repository's catalog data (`None` for a private one).
    pub catalog: Option<Catalog>,
}

/// The writes that make the repository as wanted: only what differs.
#[derive(Debug, PartialEq)]
pub struct Plan {
    pub scan: Option<bool>,
    pub tag_writes: Vec<(String, String)>,
    pub untag_writes: Vec<String>,
    pub catalog: Option<Catalog>,
}

impl Plan {
    pub fn new(wanted: &Wanted, current: &Current) -> Plan {
        let catalog_after = wanted
            .catalog
            .as_ref()
            .zip(current.catalog.as_ref())
            .map(|(given, before)| merged(given, before));
        Plan {
            scan: wanted
                .scan
                .filter(|want| current.scan_on_push != Some(*want)),
            tag_writes: wanted
                .adds
                .iter()
                .filter(|(k, v)| current.tags.get(k) != Some(v))
                .cloned()
                .collect(),
            untag_writes: wanted
                .untag
                .iter()
                .filter(|k| current.tags.contains_key(*k))
                .cloned()
                .collect(),
            catalog: catalog_after.filter(|after| Some(after) != current.catalog.as_ref()),
        }
    }

    pub fn changes_anything(&self) -> bool {
        self.scan.is_some()
            || !self.tag_writes.is_empty()
            || !self.untag_writes.is_empty()
            || self.catalog.is_some()
    }

    /// Each setting's change, in the order they are written.
    fn changes(&self, current: &Current) -> Vec<Change> {
        let mut changes = Vec::new();
        if let Some(on) = self.scan {
            changes.push(Change {
                setting: "scanOnPush".into(),
                before: json!(current.scan_on_push.unwrap_or(false)),
                after: json!(on),
            });
        }
        for (k, v) in &self.tag_writes {
            changes.push(Change {
                setting: format!("tag {k}"),
                before: json!(current.tags.get(k)),
                after: json!(v),
            });
        }
        for k in &self.untag_writes {
            changes.push(Change {
                setting: format!("tag {k}"),
                before: json!(current.tags.get(k)),
                after: Value::Null,
            });
        }
        if let Some(after) = &self.catalog {
            changes.push(Change {
                setting: "catalog".into(),
                before: serde_json::to_value(current.catalog.as_ref()).unwrap_or(Value::Null),
                after: serde_json::to_value(after).unwrap_or(Value::Null),
            });
        }
        changes
    }

    /// Each change as `setting before → after`, joined, for a selection's one line.
    pub fn summary(&self, current: &Current) -> String {
        let changes = self.changes(current);
        if changes.is_empty() {
            return "already as asked".to_string();
        }
        changes
            .iter()
            .map(|c| format!("{} {} → {}", c.setting, text(&c.before), text(&c.after)))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn tags_after(&self, current: &Current) -> BTreeMap<String, String> {
        let mut t = current.tags.clone();
        for (k, v) in &self.tag_writes {
            t.insert(k.clone(), v.clone());
        }
        for k in &self.untag_writes {
            t.remove(k);
        }
        t
    }
}

/// Catalog fields given replace the current ones; the others stay.
fn merged(given: &Catalog, before: &Catalog) -> Catalog {
    let list = |given: &Vec<String>, before: &Vec<String>| {
        if given.is_empty() {
            before.clone()
        } else {
            given.clone()
        }
    };
    Catalog {
        description: given
            .description
            .clone()
            .or_else(|| before.description.clone()),
        about_text: given
            .about_text
            .clone()
            .or_else(|| before.about_text.clone()),
        usage_text: given
            .usage_text
            .clone()
            .or_else(|| before.usage_text.clone()),
        architectures: list(&given.architectures, &before.architectures),
        operating_systems: list(&given.operating_systems, &before.operating_systems),
    }
}

/// One setting's change.
struct Change {
    setting: String,
    before: Value,
    after: Value,
}

fn text(v: &Value) -> String {
    match v {
        Value::Null => "(none)".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The report: a line per change (or `unchanged`), the settings before and after in JSON, and a
/// note for each `--untag` of a tag the repository does not have.
pub fn render(
    name: &str,
    public: bool,
    wanted: &Wanted,
    current: &Current,
    plan: &Plan,
    dry_run: bool,
) -> Report {
    let changes = plan.changes(current);
    let changed = !changes.is_empty();
    let mut lines: Vec<String> = changes
        .iter()
        .map(|c| {
            format!(
                "{name}: {} {} → {}",
                c.setting,
                text(&c.before),
                text(&c.after)
            )
        })
        .collect();
    if !changed {
        lines.push(format!("{name}: already as asked; unchanged"));
    }
    let result = match (changed, dry_run) {
        (false, _) => "unchanged",
        (true, false) => "changed",
        (true, true) => "would-change",
    };
    let records: Vec<Value> = changes
        .iter()
        .map(|c| json!({"setting": c.setting, "before": c.before, "after": c.after}))
        .collect();
    // Text: an absent tag reads `(none)`, not `-` (a tag may hold "-").
    let text_rows = SettingChange::rows(
        name,
        changes
            .iter()
            .map(|c| (c.setting.clone(), text(&c.before), text(&c.after))),
        result,
    );
    let settings =
        |scan: Option<bool>, tags: &BTreeMap<String, String>, catalog: Option<&Catalog>| {
            let mut v = json!({});
            if !public {
                v["scanOnPush"] = json!(scan);
            }
            v["tags"] = json!(tags);
            if public {
                v["catalog"] = catalog
                    .map(|c| serde_json::to_value(c).unwrap_or(Value::Null))
                    .unwrap_or(Value::Null);
            }
            v
        };
    let json = json!({
        "name": name,
        "changed": changed,
        "before": settings(current.scan_on_push, &current.tags, current.catalog.as_ref()),
        "after": settings(
            plan.scan.or(current.scan_on_push),
            &plan.tags_after(current),
            plan.catalog.as_ref().or(current.catalog.as_ref()),
        ),
        "changes": records,
        "result": result,
        "dryRun": dry_run,
    });
    let mut report = Report::with_rows(json, &text_rows, Human::Lines(lines));
    report.diagnostics = wanted
        .untag
        .iter()
        .filter(|k| !current.tags.contains_key(*k))
        .map(|k| Diagnostic::note(format!("{name} has no tag {k}: nothing to remove")))
        .collect();
    if changed && dry_run {
        report = report.with_status(format!(
            "dry run: nothing was changed: {name} keeps its settings"
        ));
    }
    report
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
