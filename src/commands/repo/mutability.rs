//! `repo immutable` / `repo mutable`: before → after, or unchanged without a write; `--dry-run`
//! says which without writing.

use anyhow::Result;

use super::no_public_mutability;

use crate::commands::{Context, RepoArg, Run};
use crate::error::AppError;
use crate::mutability::{self, Mutability};
use crate::output::{Human, Report};
use crate::records::{MutabilityChange, MutabilitySetting};
use crate::reference::RepoName;
use clap::Args;

pub const EX_IMMUTABLE_MUTABILITYARGS: &str = "Examples:\n  ecrctl repo immutable team-a/api\n  ecrctl repo immutable team-a/api --except latest --except 'dev-*'\n  ecrctl repo immutable team-a/api --dry-run --exit-code";

pub const EX_MUTABLE_MUTABILITYARGS: &str = "Examples:\n  ecrctl repo mutable team-a/api\n  ecrctl repo mutable team-a/api --except 'release-*'";

#[derive(Debug, Clone, Args)]
pub struct MutabilityArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME)
    pub name: String,
    /// Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability
    #[arg(long, value_name = "PATTERN")]
    pub except: Vec<String>,
    /// The repository is an ECR Public one (always an error: ECR Public has no such setting)
    #[arg(long)]
    pub public: bool,
    /// Say what would change (before → after), write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
}

/// `repo immutable`.
pub struct Immutable<'a>(pub &'a MutabilityArgs);
/// `repo mutable`.
pub struct Mutable<'a>(pub &'a MutabilityArgs);

impl Run for Immutable<'_> {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.0.name, self.0.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        set_mutability(ctx, self.0, &repo, true).await
    }
}

impl Run for Mutable<'_> {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.0.name, self.0.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        set_mutability(ctx, self.0, &repo, false).await
    }
}

pub async fn set_mutability(
    ctx: &Context,
    args: &MutabilityArgs,
    repo: &RepoName,
    immutable: bool,
) -> Result<Report> {
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
    let record = MutabilityChange {
        name: name.clone(),
        changed: (!unknown).then_some(changed),
        before: MutabilitySetting {
            tag_mutability: before_info.tag_mutability.clone(),
            exclusion_filters: before_info.exclusion_filters.clone(),
        },
        after: MutabilitySetting {
            tag_mutability: Some(after.mode.as_api().to_string()),
            exclusion_filters: after.filters.clone(),
        },
        result: match (changed, args.dry_run) {
            _ if unknown => "unknown",
            (false, _) => "unchanged",
            (true, false) => "changed",
            (true, true) => "would-change",
        },
        dry_run: args.dry_run,
    };
    let mut report = Report::of_record(&record, Human::Lines(vec![line]));
    report.diagnostics = warnings;
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
