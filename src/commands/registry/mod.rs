//! `ecrctl registry show`: one view of the registry; each section that cannot be read says so
//! and the others still show (exit 0).

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::{document_report, Context};
use crate::cli::RegistryShowArgs;
use crate::error::{AppError, Exit};
use crate::output::{Human, Report};
use crate::policy::lint::{lint, Options, Severity};
use crate::registry::overview::{overview, Section};

/// A section as JSON: its value, or `{"error": why}`.
fn section<T: serde::Serialize>(s: &Section<T>) -> Value {
    match s {
        Ok(v) => serde_json::to_value(v).unwrap_or(Value::Null),
        Err(e) => json!({"error": e}),
    }
}

pub async fn show(ctx: &Context, args: &RegistryShowArgs) -> Result<Report> {
    let client = ctx.clients.ecr().await?;
    let region = ctx.clients.region().await?;
    let view = overview(client).await;
    if args.policy {
        return match view.policy {
            Ok(Some(text)) => Ok(document_report(
                serde_json::from_str(&text).unwrap_or(Value::String(text)),
            )),
            Ok(None) => Err(AppError::new(
                Exit::NoPolicy,
                format!("the registry in {region} has no registry policy"),
            )
            .into()),
            Err(e) => Err(AppError::new(Exit::Service, e).into()),
        };
    }
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
                    format!("repositories starting {}", r.repository_filters.join(", "))
                };
                rows.push((
                    "replication".into(),
                    format!("rule {}", i + 1),
                    format!("{filters} → {}", r.destinations.join(", ")),
                ));
            }
        }
        Err(e) => unreadable(&mut rows, "replication", e),
    }
    let policy_json = match &view.policy {
        Ok(None) => {
            rows.push(("policy".into(), "registry policy".into(), "none".into()));
            json!({"present": false})
        }
        Ok(Some(text)) => {
            // A registry policy names its resources: that lint rule is for repository policies.
            let findings: Vec<_> = lint(text, &Options::default())
                .into_iter()
                .filter(|f| f.code != "resource-present")
                .collect();
            let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
            let summary = format!(
                "present: {} error(s), {} security warning(s), {} warning(s) (`ecrctl registry show --policy` prints it)",
                count(Severity::Error),
                count(Severity::SecurityWarning),
                count(Severity::Warning)
            );
            rows.push(("policy".into(), "registry policy".into(), summary));
            json!({"present": true, "errors": count(Severity::Error), "securityWarnings": count(Severity::SecurityWarning), "warnings": count(Severity::Warning), "findings": findings})
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
                    r.repository_filters.join(", "),
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
    let records: Vec<Value> = rows
        .iter()
        .map(|(s, k, v)| json!({"section": s, "setting": k, "value": v}))
        .collect();
    let table = Human::Table {
        headers: vec!["SECTION", "SETTING", "VALUE"],
        rows: rows.into_iter().map(|(s, k, v)| vec![s, k, v]).collect(),
    };
    Ok(Report::records(json, &records, table, "registry show"))
}
