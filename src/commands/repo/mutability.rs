//! `repo immutable` / `repo mutable`: before → after, or unchanged without a write; `--dry-run`
//! says which without writing.

use anyhow::Result;
use serde_json::json;

use super::no_public_mutability;
use crate::cli::MutabilityArgs;
use crate::commands::Context;
use crate::error::AppError;
use crate::mutability::{self, Mutability};
use crate::output::{Human, Report};

pub async fn set_mutability(
    ctx: &Context,
    args: &MutabilityArgs,
    immutable: bool,
) -> Result<Report> {
    let repo = ctx.repo()?;
    if repo.public {
        return Err(no_public_mutability(&repo.name).into());
    }
    mutability::validate_filters(&args.except).map_err(AppError::usage)?;
    let wanted = Mutability::requested(immutable, &args.except);
    let name = &repo.name;
    let before_info = ctx.describe(repo).await?;
    let before = before_info.mutability();
    let changed = !before.as_ref().is_some_and(|b| b.same_as(&wanted));
    // A dry run cannot compare with a setting it does not know: neither "would change" nor
    // "unchanged" (a write from the unknown state is still a write: it may change nothing).
    let unknown = before.is_none() && args.dry_run;
    let after = if changed && !args.dry_run {
        ctx.registry(repo)
            .await?
            .private()
            .ok_or_else(|| no_public_mutability(name))?
            .set_mutability(name, &wanted)
            .await?
    } else {
        wanted.clone()
    };
    let warnings = mutability::filter_warnings(immutable, &args.except);
    let before_text = before_info.describe_mutability();
    let line = if unknown {
        format!("{name}: {before_text}; asked for {}", wanted.describe())
    } else if changed {
        format!("{name}: {before_text} → {}", after.describe())
    } else {
        format!("{name}: already {before_text}; unchanged")
    };
    let setting = |mode: Option<&str>, filters: &[String]| json!({"tagMutability": mode, "exclusionFilters": filters});
    let json = json!({
        "name": name,
        "changed": if unknown { json!(null) } else { json!(changed) },
        "before": setting(before_info.tag_mutability.as_deref(), &before_info.exclusion_filters),
        "after": setting(Some(after.mode.as_api()), &after.filters),
        "result": match (changed, args.dry_run) {
            _ if unknown => "unknown",
            (false, _) => "unchanged",
            (true, false) => "changed",
            (true, true) => "would-change",
        },
        "dryRun": args.dry_run,
    });
    let record = json.clone();
    let command = if immutable {
        "repo immutable"
    } else {
        "repo mutable"
    };
    let mut report = Report::records(json, &[record], Human::Lines(vec![line]), command);
    report.warnings = warnings;
    if unknown {
        report = report.with_status(format!(
            "dry run: nothing was changed: cannot tell whether it would change: the tag mutability of {name} is {before_text}"
        ));
        // --exit-code's 1 says "would change": unknown is not that, but a failed read (5).
        report.exit = if args.exit_code {
            crate::error::Exit::Service
        } else {
            crate::error::Exit::Success
        };
        return Ok(report);
    }
    if changed && args.dry_run {
        report = report.with_status(format!(
            "dry run: nothing was changed: the tag mutability of {name} stays {before_text}"
        ));
    }
    report.exit = crate::commands::dry_run_exit(args.exit_code, changed);
    Ok(report)
}
