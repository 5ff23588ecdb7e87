//! `repo immutable` / `repo mutable`: before → after, or unchanged without a write; `--dry-run`
//! says which without writing.

use anyhow::Result;

use super::no_public_mutability;

use crate::commands::fleet::{self, Fleet, Mode, PerRepo, Planned, SelectionArgs};
use crate::commands::{Context, Run};
use crate::error::AppError;
use crate::mutability::{self, Mutability};
use crate::output::{Human, Report};
use crate::plan_file::{bodies, Observed};
use crate::records::{MutabilityChange, MutabilitySetting};
use crate::reference::RepoName;
use crate::registry::model::RepoInfo;
use clap::Args;

pub const EX_IMMUTABLE_MUTABILITYARGS: &str = "Examples:\n  ecrctl repo immutable team-a/api\n  ecrctl repo immutable team-a/api --except latest --except 'dev-*'\n  ecrctl repo immutable team-a/api --dry-run --exit-code\n  ecrctl repo immutable --repos 'team-a/*' --plan-out plan.json\n  ecrctl repo immutable --plan plan.json --yes";

pub const EX_MUTABLE_MUTABILITYARGS: &str = "Examples:\n  ecrctl repo mutable team-a/api\n  ecrctl repo mutable team-a/api --except 'release-*'";

#[derive(Debug, Clone, Args)]
pub struct MutabilityArgs {
    #[command(flatten)]
    pub select: SelectionArgs,
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
    /// With several repositories or --plan: change them without asking (required then when
    /// there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// `repo immutable`.
pub struct Immutable<'a>(pub &'a MutabilityArgs);
/// `repo mutable`.
pub struct Mutable<'a>(pub &'a MutabilityArgs);

impl Run for Immutable<'_> {
    type Target = Fleet;
    fn target(&self) -> (&SelectionArgs, bool) {
        (&self.0.select, self.0.public)
    }
    async fn run(&self, ctx: &Context, fleet: Fleet) -> Result<Report> {
        run(ctx, self.0, &fleet, true).await
    }
}

impl Run for Mutable<'_> {
    type Target = Fleet;
    fn target(&self) -> (&SelectionArgs, bool) {
        (&self.0.select, self.0.public)
    }
    async fn run(&self, ctx: &Context, fleet: Fleet) -> Result<Report> {
        run(ctx, self.0, &fleet, false).await
    }
}

/// One repository as before, or the selection through [`fleet::run`].
async fn run(
    ctx: &Context,
    args: &MutabilityArgs,
    fleet: &Fleet,
    immutable: bool,
) -> Result<Report> {
    if let Some(repo) = fleet.single() {
        return set_mutability(ctx, args, repo, immutable).await;
    }
    mutability::validate_filters(&args.except).map_err(AppError::usage)?;
    let mode = Mode {
        yes: args.yes,
        dry_run: args.dry_run,
        exit_code: args.exit_code,
        plan_only: None,
    };
    let mut report = fleet::run(ctx, &PerMutability { args, immutable }, fleet, mode).await?;
    let mut warnings = mutability::filter_warnings(immutable, &args.except);
    warnings.append(&mut report.diagnostics);
    report.diagnostics = warnings;
    Ok(report)
}

/// `repo immutable|mutable` over a selection.
struct PerMutability<'a> {
    args: &'a MutabilityArgs,
    immutable: bool,
}

fn observed(info: &RepoInfo) -> Observed {
    Observed::from([("tag mutability".to_string(), info.describe_mutability())])
}

fn wanted_of(change: &bodies::Mutability) -> Result<Mutability> {
    let mode = mutability::Mode::from_api(&change.tag_mutability).ok_or_else(|| {
        AppError::usage(format!(
            "the saved plan asks for tag mutability '{}', which is not one ECR knows",
            crate::error::cut(&change.tag_mutability)
        ))
    })?;
    Ok(Mutability {
        mode,
        filters: change.exclusion_filters.clone(),
    })
}

impl PerRepo for PerMutability<'_> {
    type Change = bodies::Mutability;
    fn command(&self) -> &'static str {
        if self.immutable {
            "repo immutable"
        } else {
            "repo mutable"
        }
    }
    fn verb(&self) -> &'static str {
        "change the tag mutability of"
    }
    async fn plan(
        &self,
        _: &Context,
        _: &RepoName,
        info: &RepoInfo,
    ) -> Result<Planned<bodies::Mutability>> {
        let wanted = Mutability::requested(self.immutable, &self.args.except);
        let before = info.describe_mutability();
        let same = info.mutability().is_some_and(|b| b.same_as(&wanted));
        Ok(Planned {
            observed: observed(info),
            change: (!same).then(|| bodies::Mutability {
                tag_mutability: wanted.mode.as_api().to_string(),
                exclusion_filters: wanted.filters.clone(),
            }),
            summary: if same {
                format!("already {before}")
            } else {
                format!("{before} → {}", wanted.describe())
            },
            detail: Vec::new(),
            warnings: Vec::new(),
        })
    }
    async fn observe(
        &self,
        _: &Context,
        _: &RepoName,
        info: &RepoInfo,
        _: &bodies::Mutability,
    ) -> Result<Observed> {
        Ok(observed(info))
    }
    fn summary(&self, change: &bodies::Mutability) -> String {
        match wanted_of(change) {
            Ok(w) => format!("→ {}", w.describe()),
            Err(_) => format!("→ {}", change.tag_mutability),
        }
    }
    async fn apply(
        &self,
        ctx: &Context,
        repo: &RepoName,
        info: &RepoInfo,
        change: &bodies::Mutability,
    ) -> Result<String> {
        let wanted = wanted_of(change)?;
        mutability::validate_filters(&wanted.filters).map_err(AppError::usage)?;
        let after = ctx
            .registry(repo)
            .await?
            .private()
            .ok_or_else(|| no_public_mutability(&repo.name))?
            .set_mutability(&repo.name, &wanted)
            .await?;
        Ok(format!(
            "{} → {}",
            info.describe_mutability(),
            after.describe()
        ))
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
