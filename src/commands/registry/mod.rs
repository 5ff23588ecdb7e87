//! `ecrctl registry show`: one view of the registry; each section that cannot be read says so
//! and the others still show (exit 0).

use anyhow::Result;
use serde_json::{json, Map, Value};

use super::{document_report, Context, Run};

use crate::diagnostic::Diagnostic;
use crate::error::{AppError, Exit};
use crate::output::{Human, Report};
use crate::policy::lint::{lint, Options, Severity};
use crate::records::RegistrySetting;
use crate::registry::overview::{overview, Section};
use clap::Args;

pub const EX_REGISTRY_SHOW: &str = "Examples:\n  ecrctl registry show\n  ecrctl registry show --region eu-west-1 -o json | jq .scanning\n  ecrctl registry show --policy > registry-policy.json";

#[derive(Debug, Clone, Args)]
pub struct RegistryShowArgs {
    /// Print the registry policy document itself (exit 14 when there is none)
    #[arg(long)]
    pub policy: bool,
}

impl Run for RegistryShowArgs {
    type Target = ();
    fn target(&self) {}
    async fn run(&self, ctx: &Context, (): ()) -> Result<Report> {
        show(ctx, self).await
    }
}

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
    if args.policy {
        // Read on its own: its error (denied, missing) is the command's, with its exit code.
        let text = crate::registry::overview::registry_policy(client).await?;
        return match text {
            Some(text) => Ok(document_report(
                serde_json::from_str(&text).unwrap_or(Value::String(text)),
            )),
            None => Err(AppError::new(
                Exit::NoPolicy,
                format!("the registry in {region} has no registry policy"),
            )
            .into()),
        };
    }
    let view = overview(client).await;
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
            let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
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
                    format!("{}[{}]", f.severity.as_str(), f.code),
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
    if failures.len() == 5 + view.account_settings.len() {
        // Nothing could be read: that is a failure, not a view.
        return Err(crate::registry::overview::describe_registry(client)
            .await
            .err()
            .unwrap_or_else(|| {
                AppError::new(
                    Exit::Service,
                    format!("no part of the registry could be read: {}", failures[0]),
                )
                .into()
            }));
    }
    let warnings: Vec<Diagnostic> = rows
        .iter()
        .filter(|(_, _, v)| v.starts_with("not readable: "))
        .map(|(s, k, v)| {
            let what = if k == "-" {
                s.clone()
            } else {
                format!("{s} {k}")
            };
            Diagnostic::warning(format!("{what} {v}"))
        })
        .collect();
    let records: Vec<RegistrySetting> = rows
        .into_iter()
        .map(|(section, setting, value)| RegistrySetting {
            section,
            setting,
            value,
        })
        .collect();
    let table = Human::Table {
        headers: vec!["SECTION", "SETTING", "VALUE"],
        rows: records
            .iter()
            .map(|r| vec![r.section.clone(), r.setting.clone(), r.value.clone()])
            .collect(),
    };
    let mut report = Report::with_rows(json, &records, table);
    report.diagnostics = warnings;
    Ok(report)
}
