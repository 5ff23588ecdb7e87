//! `repo update`: scan on push, resource tags, public catalog data; each setting before → after,
//! `unchanged` without a write, and which writes were applied if one fails.

use std::collections::BTreeMap;

use anyhow::Result;

use crate::commands::{RepoArg, Run};

use crate::reference::RepoName;
use serde_json::{json, Value};

use super::create::{public_catalog, CatalogOptions};

use crate::commands::Context;
use crate::diagnostic::Diagnostic;
use crate::error::{usage, AppError, Exit};
use crate::output::{Human, Report};
use crate::records::SettingChange;
use crate::registry::model::Catalog;
use clap::Args;
use std::path::PathBuf;

pub const EX_UPDATE_UPDATEARGS: &str = "Examples:\n  ecrctl repo update team-a/api --scan-on-push\n  ecrctl repo update team-a/api --tag team=a --untag owner\n  ecrctl repo update public.ecr.aws/alias/tool --description \"A tool\" --usage-file USAGE.md";

#[derive(Debug, Clone, Args)]
pub struct UpdateArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub name: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Scan images for vulnerabilities when they are pushed
    #[arg(long, conflicts_with = "no_scan_on_push")]
    pub scan_on_push: bool,
    /// Stop scanning images on push
    #[arg(long)]
    pub no_scan_on_push: bool,
    /// Add or change a resource tag (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Remove a resource tag (repeatable)
    #[arg(long = "untag", value_name = "KEY")]
    pub untag: Vec<String>,
    /// Encryption cannot change after creation: refused with how to move to a new repository
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,
    /// Public catalog: short description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Public catalog: Markdown "about" text, read from FILE
    #[arg(long, value_name = "FILE")]
    pub about_file: Option<PathBuf>,
    /// Public catalog: Markdown usage text, read from FILE
    #[arg(long, value_name = "FILE")]
    pub usage_file: Option<PathBuf>,
    /// Public catalog: architecture (repeatable; replaces the list): arm, arm64, x86, x86-64
    #[arg(long, value_name = "ARCH")]
    pub architecture: Vec<String>,
    /// Public catalog: operating system (repeatable; replaces the list): linux, windows
    #[arg(long, value_name = "OS")]
    pub os: Vec<String>,
    /// Say what would change (before → after), write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
}

impl Run for UpdateArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.name, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        update(ctx, self, &repo).await
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

pub async fn update(ctx: &Context, args: &UpdateArgs, repo: &RepoName) -> Result<Report> {
    let name = &repo.name;
    let scan = if args.scan_on_push {
        Some(true)
    } else if args.no_scan_on_push {
        Some(false)
    } else {
        None
    };
    let catalog_opts = CatalogOptions {
        description: &args.description,
        about_file: &args.about_file,
        usage_file: &args.usage_file,
        architecture: &args.architecture,
        os: &args.os,
    };
    let catalog = public_catalog(&catalog_opts)?;
    if repo.public && scan.is_some() {
        return usage(
            "--scan-on-push applies to private repositories: ECR Public does not scan images",
        );
    }
    if !repo.public && catalog.is_some() {
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
    let info = ctx.describe(repo).await?;
    let mut kms_warning = None;
    if let Some(key) = &args.kms_key {
        if repo.public {
            return usage(
                "public repositories have no encryption setting: ECR Public encrypts them itself",
            );
        }
        crate::settings::validate_kms_key(key).map_err(AppError::usage)?;
        // The key it already has: nothing to change. One that cannot be compared is said,
        // not refused as another key.
        let check = super::check_key(ctx, repo, key, &info).await;
        if let super::KeyCheck::Unknown(why) = &check {
            kms_warning = Some(super::key_unknown_warning(key, &info, why));
        }
        if matches!(check, super::KeyCheck::Different) {
            return Err(AppError::new(
                Exit::Conflict,
                format!("the encryption of {name} cannot change: ECR fixes it when a repository is created"),
            )
            .with_hint(format!(
                "to move to that key: create a new repository with `ecrctl repo create NEW --kms-key '{}'`, copy the images into it (e.g. `crane copy` or a replication rule), point your pushes at it, then delete {name}", crate::error::cut(key)))
            .into());
        }
    }
    let registry = ctx.registry(repo).await?;
    let mut changes: Vec<Change> = Vec::new();
    let mut applied: Vec<String> = Vec::new();
    let mut warnings: Vec<Diagnostic> = kms_warning.into_iter().collect();
    // What is there now, and what differs.
    let scan_change = scan.filter(|want| info.scan_on_push != Some(*want));
    let tags_before: BTreeMap<String, String> = registry.tags(&info).await?.into_iter().collect();
    let tag_writes: Vec<(String, String)> = adds
        .iter()
        .filter(|(k, v)| tags_before.get(k) != Some(v))
        .cloned()
        .collect();
    let untag_writes: Vec<String> = args
        .untag
        .iter()
        .filter(|k| tags_before.contains_key(*k))
        .cloned()
        .collect();
    let catalog_before = if repo.public {
        Some(registry.catalog(name).await?)
    } else {
        None
    };
    let catalog_after = catalog
        .as_ref()
        .zip(catalog_before.as_ref())
        .map(|(given, before)| Catalog {
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
            architectures: if given.architectures.is_empty() {
                before.architectures.clone()
            } else {
                given.architectures.clone()
            },
            operating_systems: if given.operating_systems.is_empty() {
                before.operating_systems.clone()
            } else {
                given.operating_systems.clone()
            },
        });
    let catalog_change = catalog_after.filter(|after| Some(after) != catalog_before.as_ref());
    // Apply, in order; a failure says what was applied before it.
    let failed = |e: anyhow::Error, applied: &[String]| -> anyhow::Error {
        if applied.is_empty() {
            return e;
        }
        let (kind, hint) = crate::error::classify(&e);
        let mut err = AppError::new(
            kind,
            format!(
                "{} (already applied: {})",
                crate::error::render(&e),
                applied.join(", ")
            ),
        );
        if let Some(h) = hint {
            err = err.with_hint(h);
        }
        if let Some(code) = crate::error::code_of(&e) {
            err = err.with_code(code);
        }
        err.into()
    };
    if let Some(on) = scan_change {
        if !args.dry_run {
            registry
                .private_for("ECR Public repositories have no scan-on-push setting")?
                .set_scan_on_push(name, on)
                .await
                .map_err(|e| failed(e, &applied))?;
            applied.push("scanOnPush".into());
        }
        changes.push(Change {
            setting: "scanOnPush".into(),
            before: json!(info.scan_on_push.unwrap_or(false)),
            after: json!(on),
        });
    }
    if !tag_writes.is_empty() {
        if !args.dry_run {
            registry
                .tag(&info, &tag_writes)
                .await
                .map_err(|e| failed(e, &applied))?;
            applied.extend(tag_writes.iter().map(|(k, _)| format!("tag {k}")));
        }
        for (k, v) in &tag_writes {
            changes.push(Change {
                setting: format!("tag {k}"),
                before: json!(tags_before.get(k)),
                after: json!(v),
            });
        }
    }
    if !untag_writes.is_empty() {
        if !args.dry_run {
            registry
                .untag(&info, &untag_writes)
                .await
                .map_err(|e| failed(e, &applied))?;
            applied.extend(untag_writes.iter().map(|k| format!("untag {k}")));
        }
        for k in &untag_writes {
            changes.push(Change {
                setting: format!("tag {k}"),
                before: json!(tags_before.get(k)),
                after: Value::Null,
            });
        }
    }
    if let Some(after) = &catalog_change {
        if !args.dry_run {
            registry
                .set_catalog(name, after)
                .await
                .map_err(|e| failed(e, &applied))?;
            applied.push("catalog".into());
        }
        changes.push(Change {
            setting: "catalog".into(),
            before: serde_json::to_value(catalog_before.as_ref()).unwrap_or(Value::Null),
            after: serde_json::to_value(after).unwrap_or(Value::Null),
        });
    }
    // Scanning rules of the registry may decide instead of the repository flag.
    if let (Some(_), Some(private)) = (scan, registry.private()) {
        match private.scanning_rules_for(name).await {
            Ok(Some((frequency, filters))) => warnings.push(Diagnostic::warning(format!(
                "registry scanning rules cover {name} ({frequency}, filter {}): they, not the repository's scan-on-push flag, decide how it is scanned (see `ecrctl registry show`)",
                filters.join(", ")
            ))),
            Ok(None) => {}
            Err(e) => warnings.push(Diagnostic::warning(format!(
                "could not check whether registry scanning rules cover {name} (they would decide instead of this flag): {}",
                crate::error::render(&e)
            ))),
        }
    }
    let tags_after: BTreeMap<String, String> = {
        let mut t = tags_before.clone();
        for (k, v) in &tag_writes {
            t.insert(k.clone(), v.clone());
        }
        for k in &untag_writes {
            t.remove(k);
        }
        t
    };
    for k in args.untag.iter().filter(|k| !tags_before.contains_key(*k)) {
        warnings.push(Diagnostic::note(format!(
            "{name} has no tag {k}: nothing to remove"
        )));
    }
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
    let result = match (changed, args.dry_run) {
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
            if !repo.public {
                v["scanOnPush"] = json!(scan);
            }
            v["tags"] = json!(tags);
            if repo.public {
                v["catalog"] = catalog
                    .map(|c| serde_json::to_value(c).unwrap_or(Value::Null))
                    .unwrap_or(Value::Null);
            }
            v
        };
    let json = json!({
        "name": name,
        "changed": changed,
        "before": settings(info.scan_on_push, &tags_before, catalog_before.as_ref()),
        "after": settings(scan_change.or(info.scan_on_push), &tags_after, catalog_change.as_ref().or(catalog_before.as_ref())),
        "changes": records,
        "result": result,
        "dryRun": args.dry_run,
    });
    let mut report = Report::with_rows(json, &text_rows, Human::Lines(lines));
    report.diagnostics = warnings;
    if changed && args.dry_run {
        report = report.with_status(format!(
            "dry run: nothing was changed: {name} keeps its settings"
        ));
    }
    report.exit = crate::commands::dry_run_exit(args.exit_code, changed);
    Ok(report)
}
