//! `registry show`'s views of what was read, pure: its rows (text and table), its JSON
//! document and its warnings. No AWS call: unit-tested on an overview.

use serde_json::{json, Map, Value};

use crate::diagnostic::Diagnostic;
use crate::policy::lint::{lint, Options, Severity};
use crate::records::RegistrySetting;
use crate::registry::overview::{Overview, Section};

/// A section as JSON: its value, or `{"error": why}`.
fn section<T: serde::Serialize>(s: &Section<T>) -> Value {
    match s {
        Ok(v) => serde_json::to_value(v).unwrap_or(Value::Null),
        Err(e) => json!({"error": e}),
    }
}

/// The rows (section, setting, value) and the JSON document of an overview of the registry in
/// `region`.
pub(super) fn render(view: &Overview, region: &str) -> (Vec<RegistrySetting>, Value) {
    let region = region.to_string();
    // rows: (section, setting, value)
    let mut rows: Vec<(String, String, String)> = Vec::new();
    let unreadable = |rows: &mut Vec<(String, String, String)>, name: &str, e: &str| {
        rows.push((name.into(), "-".into(), format!("not readable: {e}")));
    };
    match &view.registry_id {
        Ok(id) => rows.push(("registry".into(), "id".into(), id.clone())),
        Err(e) => unreadable(&mut rows, "registry", e),
    }
    rows.push(("registry".into(), "region".into(), region.clone()));
    match &view.replication {
        Ok(rules) if rules.is_empty() => {
            rows.push(("replication".into(), "rules".into(), "none".into()))
        }
        Ok(rules) => {
            for (i, r) in rules.iter().enumerate() {
                let filters = if r.repository_filters.is_empty() {
                    "every repository".to_string()
                } else {
                    format!(
                        "repositories starting {}",
                        r.repository_filters
                            .iter()
                            .map(|f| f.filter.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                rows.push((
                    "replication".into(),
                    format!("rule {}", i + 1),
                    format!(
                        "{filters} → {}",
                        r.destinations
                            .iter()
                            .map(|d| {
                                if view.registry_id.as_deref().ok() == Some(d.registry_id.as_str())
                                {
                                    d.region.clone()
                                } else {
                                    format!("{} in account {}", d.region, d.registry_id)
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ));
            }
        }
        Err(e) => unreadable(&mut rows, "replication", e),
    }
    let policy_json = match &view.policy {
        Ok(None) => {
            rows.push(("policy".into(), "registry policy".into(), "none".into()));
            json!({"present": false, "errors": 0, "securityWarnings": 0, "warnings": 0, "findings": []})
        }
        Ok(Some(text)) => {
            // A registry policy names its resources: that lint rule is for repository policies.
            let findings: Vec<_> = lint(text, &Options::default())
                .into_iter()
                .filter(|f| f.code != "resource-present")
                .collect();
            let count = |s: Severity| findings.iter().filter(|f| f.severity() == s).count();
            let summary = format!(
                "present: {} error(s), {} security warning(s), {} warning(s) (`ecrctl registry show --policy` prints the document)",
                count(Severity::Error),
                count(Severity::SecurityWarning),
                count(Severity::Warning)
            );
            rows.push(("policy".into(), "registry policy".into(), summary));
            for f in &findings {
                rows.push((
                    "policy".into(),
                    format!("{}[{}]", f.severity().as_str(), f.code),
                    f.message.replace("the repository", "the registry"),
                ));
            }
            json!({"present": true, "errors": count(Severity::Error), "securityWarnings": count(Severity::SecurityWarning), "warnings": count(Severity::Warning), "findings": findings.iter().map(|f| { let mut v = serde_json::to_value(f).unwrap_or(Value::Null); v["message"] = json!(f.message.replace("the repository", "the registry")); v }).collect::<Vec<_>>()})
        }
        Err(e) => {
            unreadable(&mut rows, "policy", e);
            json!({"error": e})
        }
    };
    match &view.scanning {
        Ok(s) => {
            rows.push(("scanning".into(), "type".into(), s.scan_type.clone()));
            if s.rules.is_empty() {
                rows.push((
                    "scanning".into(),
                    "rules".into(),
                    "none (each repository's scan-on-push flag decides)".into(),
                ));
            }
            for r in &s.rules {
                rows.push((
                    "scanning".into(),
                    r.scan_frequency.clone(),
                    r.repository_filters
                        .iter()
                        .map(|f| f.filter.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                ));
            }
        }
        Err(e) => unreadable(&mut rows, "scanning", e),
    }
    match &view.pull_through {
        Ok(rules) if rules.is_empty() => {
            rows.push(("pull-through cache".into(), "rules".into(), "none".into()))
        }
        Ok(rules) => {
            for r in rules {
                let secret = r
                    .credential_arn
                    .as_deref()
                    .map(|a| format!(" (credentials {a})"))
                    .unwrap_or_default();
                rows.push((
                    "pull-through cache".into(),
                    r.prefix.clone(),
                    format!("{}{secret}", r.upstream),
                ));
            }
        }
        Err(e) => unreadable(&mut rows, "pull-through cache", e),
    }
    match &view.templates {
        Ok(t) if t.is_empty() => rows.push((
            "creation templates".into(),
            "templates".into(),
            "none".into(),
        )),
        Ok(t) => {
            for t in t {
                rows.push((
                    "creation templates".into(),
                    t.prefix.clone(),
                    t.applied_for.join(", "),
                ));
            }
        }
        Err(e) => unreadable(&mut rows, "creation templates", e),
    }
    let mut settings = Map::new();
    for (name, value) in &view.account_settings {
        match value {
            Ok(v) => {
                rows.push(("account settings".into(), name.to_string(), v.clone()));
                settings.insert(name.to_string(), json!(v));
            }
            Err(e) => {
                rows.push((
                    "account settings".into(),
                    name.to_string(),
                    format!("not readable: {e}"),
                ));
                settings.insert(name.to_string(), json!({"error": e}));
            }
        }
    }
    let json = json!({
        "registryId": view.registry_id.as_ref().ok(),
        "region": region,
        "replication": section(&view.replication.as_ref().map(|r| json!({"rules": r})).map_err(Clone::clone)),
        "policy": policy_json,
        "scanning": section(&view.scanning),
        "pullThroughCacheRules": section(&view.pull_through),
        "creationTemplates": section(&view.templates),
        "accountSettings": settings,
    });
    let records = rows
        .into_iter()
        .map(|(section, setting, value)| RegistrySetting {
            section,
            setting,
            value,
        })
        .collect();
    (records, json)
}

/// When no section could be read: the first reason (nothing read is a failure, not a view).
pub(super) fn nothing_read(view: &Overview) -> Option<String> {
    let failures: Vec<&String> = [
        view.registry_id.as_ref().err(),
        view.policy.as_ref().err(),
        view.scanning.as_ref().err(),
        view.pull_through.as_ref().err(),
        view.templates.as_ref().err(),
    ]
    .into_iter()
    .flatten()
    .chain(
        view.account_settings
            .iter()
            .filter_map(|(_, v)| v.as_ref().err()),
    )
    .collect();
    (failures.len() == 5 + view.account_settings.len()).then(|| failures[0].clone())
}

/// A warning for each row that could not be read.
pub(super) fn warnings(rows: &[RegistrySetting]) -> Vec<Diagnostic> {
    rows.iter()
        .filter(|r| r.value.starts_with("not readable: "))
        .map(|r| {
            let what = if r.setting == "-" {
                r.section.clone()
            } else {
                format!("{} {}", r.section, r.setting)
            };
            Diagnostic::warning(format!("{what} {}", r.value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no<T>() -> Section<T> {
        Err("denied".to_string())
    }

    fn denied() -> Overview {
        Overview {
            registry_id: no(),
            replication: no(),
            policy: no(),
            scanning: no(),
            pull_through: no(),
            templates: no(),
            account_settings: vec![("BLOB_MOUNTING", no())],
        }
    }

    #[test]
    fn nothing_read_is_a_failure_and_one_section_read_is_a_view() {
        let mut view = denied();
        assert_eq!(nothing_read(&view).as_deref(), Some("denied"));
        view.templates = Ok(Vec::new());
        assert_eq!(nothing_read(&view), None);
        let (rows, json) = render(&view, "eu-west-1");
        let row = |section: &str| rows.iter().find(|r| r.section == section).unwrap();
        assert_eq!(row("creation templates").value, "none");
        assert_eq!(row("registry").setting, "-");
        assert_eq!(json["region"], "eu-west-1");
        assert_eq!(json["policy"]["error"], "denied");
        let said: Vec<String> = warnings(&rows).into_iter().map(|d| d.message).collect();
        assert!(
            said.contains(&"policy not readable: denied".to_string()),
            "{said:?}"
        );
        assert!(said.contains(&"account settings BLOB_MOUNTING not readable: denied".to_string()));
        assert!(!said.iter().any(|m| m.starts_with("creation templates")));
    }
}
