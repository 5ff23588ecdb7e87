//! `repo create`, with --if-not-exists naming how an existing repository differs.

use std::path::Path;

use anyhow::Result;

use crate::commands::{RepoArg, Run};

use super::{
    check_key, conflict_hint, key_unknown_warning, no_public_mutability, public_word, KeyCheck,
};

use crate::commands::Context;
use crate::diagnostic::Diagnostic;
use crate::error::{code_of, usage, AppError, Exit};
use crate::mutability::{self, Mutability};
use crate::output::{Human, Report};
use crate::records::RepoCreated;
use crate::reference::RepoName;
use crate::registry::model::{Catalog, RepoInfo};
use crate::registry::settings::NewRepository;
use crate::settings;
use clap::Args;
use std::path::PathBuf;

pub const EX_CREATE_CREATEARGS: &str = "Examples:\n  ecrctl repo create team-a/api\n  ecrctl repo create team-a/api --immutable --except latest --except 'dev-*'\n  ecrctl repo create team-a/api --if-not-exists --scan-on-push --tag team=a\n  ecrctl repo create tool --public --description \"A tool\"";

#[derive(Debug, Clone, Args)]
pub struct CreateArgs {
    /// Repository name (e.g. team-a/api), or public.ecr.aws/ALIAS/NAME
    pub name: String,

    /// Create an ECR Public repository (always in us-east-1)
    #[arg(long)]
    pub public: bool,

    /// Make tags immutable (default: mutable)
    #[arg(long)]
    pub immutable: bool,

    /// Exclusion filter (repeatable, 1-5): tags matching it get the opposite mutability.
    /// `*` matches any characters; the whole tag must match
    #[arg(long, value_name = "PATTERN")]
    pub except: Vec<String>,

    /// Scan images for vulnerabilities when they are pushed
    #[arg(long)]
    pub scan_on_push: bool,

    /// Encrypt with this KMS key (key id, key ARN, alias/NAME or alias ARN); default AES256
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,

    /// Resource tag (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    /// Succeed when the repository already exists (reported as existing, settings untouched)
    #[arg(long)]
    pub if_not_exists: bool,

    /// Public catalog: short description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Public catalog: Markdown "about" text, read from FILE
    #[arg(long, value_name = "FILE")]
    pub about_file: Option<PathBuf>,

    /// Public catalog: Markdown usage text, read from FILE
    #[arg(long, value_name = "FILE")]
    pub usage_file: Option<PathBuf>,

    /// Public catalog: architecture (repeatable): arm, arm64, x86, x86-64
    #[arg(long, value_name = "ARCH")]
    pub architecture: Vec<String>,

    /// Public catalog: operating system (repeatable): linux, windows
    #[arg(long, value_name = "OS")]
    pub os: Vec<String>,
}

impl Run for CreateArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.name, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        create(ctx, self, &repo).await
    }
}

pub async fn create(ctx: &Context, args: &CreateArgs, repo: &RepoName) -> Result<Report> {
    let tags = settings::parse_tags(&args.tags).map_err(AppError::usage)?;
    let new = new_repository(repo, args, &tags)?;
    let (info, done) = create_or_accept(ctx, repo, args, &new).await?;
    let created = done.is_some();
    let status = if let Some(done) = done {
        format!(
            "created {} repository {}{}: tags {}",
            public_word(info.public),
            info.name,
            match (done, &info.created_at) {
                (crate::writes::Done::FirstAnswerLost, Some(at)) =>
                    format!(" ({}; created at {at})", crate::writes::FIRST_ANSWER_LOST),
                _ => done.note(),
            },
            info.describe_mutability()
        )
    } else {
        format!(
            "{} repository {} already exists; settings left as they are",
            public_word(info.public),
            info.name
        )
    };
    let mut warnings = mutability::filter_warnings(args.immutable, &args.except);
    if !created && !info.public {
        let existing_tags = ctx.registry(repo).await?.tags(&info).await.ok();
        let key = match &args.kms_key {
            Some(given) => Some(check_key(ctx, repo, given, &info).await),
            None => None,
        };
        if let (Some(KeyCheck::Unknown(why)), Some(given)) = (&key, &args.kms_key) {
            warnings.push(key_unknown_warning(given, &info, why));
        }
        let key_differs = matches!(key, Some(KeyCheck::Different));
        for difference in
            create_differences(args, &tags, &info, existing_tags.as_deref(), key_differs)
        {
            warnings.push(Diagnostic::warning(difference));
        }
    }
    let uri = info.uri.clone();
    let mut report = Report::of_record(&RepoCreated { info, created }, Human::Lines(vec![uri]))
        .with_status(status);
    report.diagnostics = warnings;
    Ok(report)
}

/// How an existing repository differs from what `repo create --if-not-exists` asked for; only
/// what was asked is compared (no option given, no opinion).
fn create_differences(
    args: &CreateArgs,
    tags: &[(String, String)],
    info: &RepoInfo,
    existing_tags: Option<&[(String, String)]>,
    key_differs: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    let name = &info.name;
    let mutability_asked = args.immutable || !args.except.is_empty();
    if mutability_asked {
        let wanted = Mutability::requested(args.immutable, &args.except);
        if info.mutability().is_some_and(|m| !m.same_as(&wanted)) {
            out.push(format!(
                "{name} exists with tags {}, not {} as requested (change it with `ecrctl repo {} {name}{}`)",
                info.describe_mutability(),
                wanted.describe(),
                if args.immutable { "immutable" } else { "mutable" },
                args.except.iter().map(|e| format!(" --except '{e}'")).collect::<String>()
            ));
        }
    }
    if args.scan_on_push && info.scan_on_push == Some(false) {
        out.push(format!(
            "{name} exists with scan on push off, not on as requested (change it with `ecrctl repo update {name} --scan-on-push`)"
        ));
    }
    if let Some(key) = args.kms_key.as_deref().filter(|_| key_differs) {
        out.push(format!(
            "{name} exists encrypted with {}, not KMS key {key} as requested (encryption is fixed at creation)",
            match &info.kms_key {
                Some(k) => format!("KMS key {k}"),
                None => info.encryption.clone().unwrap_or_else(|| "AES256".into()),
            }
        ));
    }
    if !tags.is_empty() {
        match existing_tags {
            Some(existing) => {
                for (k, v) in tags {
                    match existing.iter().find(|(ek, _)| ek == k) {
                        Some((_, ev)) if ev == v => {}
                        Some((_, ev)) => out.push(format!(
                            "{name} exists with tag {k}={ev}, not {k}={v} as requested"
                        )),
                        None => out.push(format!(
                            "{name} exists without tag {k}={v} as requested"
                        )),
                    }
                }
            }
            None => out.push(format!(
                "{name} exists; its resource tags could not be read (ecr:ListTagsForResource) to compare with --tag"
            )),
        }
    }
    out
}

/// What a new repository gets, checked against its kind: catalog options are for public
/// repositories, mutability, scanning and KMS for private ones.
fn new_repository(
    repo: &RepoName,
    args: &CreateArgs,
    tags: &[(String, String)],
) -> Result<NewRepository> {
    if repo.public {
        if args.immutable || !args.except.is_empty() {
            // Options that cannot go together: a usage error, before anything is sent.
            let mut err = no_public_mutability(&repo.name);
            err.kind = Exit::Usage;
            return Err(err.into());
        }
        if args.scan_on_push || args.kms_key.is_some() {
            return usage(
                "--scan-on-push and --kms-key apply to private repositories only: ECR Public has neither setting",
            );
        }
    } else {
        let catalog_flag = [
            (args.description.is_some(), "--description"),
            (args.about_file.is_some(), "--about-file"),
            (args.usage_file.is_some(), "--usage-file"),
            (!args.architecture.is_empty(), "--architecture"),
            (!args.os.is_empty(), "--os"),
        ]
        .into_iter()
        .find_map(|(given, flag)| given.then_some(flag));
        if let Some(flag) = catalog_flag {
            return usage(format!(
                "{flag} sets ECR Public catalog data: add --public, or drop it for a private repository"
            ));
        }
        mutability::validate_filters(&args.except).map_err(AppError::usage)?;
        if let Some(key) = &args.kms_key {
            settings::validate_kms_key(key).map_err(AppError::usage)?;
        }
    }
    Ok(NewRepository {
        mutability: Mutability::requested(args.immutable, &args.except),
        scan_on_push: args.scan_on_push,
        kms_key: args.kms_key.clone(),
        tags: tags.to_vec(),
        catalog: if repo.public {
            public_catalog(&CatalogOptions::of_create(args))?
        } else {
            None
        },
    })
}

/// Create, or with --if-not-exists accept the existing repository: (its settings, how it was
/// created; `None`: it existed).
async fn create_or_accept(
    ctx: &Context,
    repo: &RepoName,
    args: &CreateArgs,
    new: &NewRepository,
) -> Result<(RepoInfo, Option<crate::writes::Done>)> {
    match ctx.registry(repo).await?.create(&repo.name, new).await {
        Ok((info, done)) => Ok((info, Some(done))),
        Err(e) if args.if_not_exists && code_of(&e) == Some("RepositoryAlreadyExistsException") => {
            Ok((ctx.describe(repo).await?, None))
        }
        Err(e) => Err(conflict_hint(e, EXISTS_HINT)),
    }
}

const EXISTS_HINT: &str = "pass --if-not-exists to treat an existing repository as success";

/// The public catalog options of `repo create` and `repo update`.
pub(super) struct CatalogOptions<'a> {
    pub description: &'a Option<String>,
    pub about_file: &'a Option<std::path::PathBuf>,
    pub usage_file: &'a Option<std::path::PathBuf>,
    pub architecture: &'a [String],
    pub os: &'a [String],
}

impl<'a> CatalogOptions<'a> {
    pub fn of_create(args: &'a CreateArgs) -> Self {
        CatalogOptions {
            description: &args.description,
            about_file: &args.about_file,
            usage_file: &args.usage_file,
            architecture: &args.architecture,
            os: &args.os,
        }
    }
}

/// The catalog options given (`None`: none was).
pub(super) fn public_catalog(args: &CatalogOptions<'_>) -> Result<Option<Catalog>> {
    if let Some(d) = &args.description {
        if d.chars().count() > settings::MAX_DESCRIPTION {
            return usage(format!(
                "--description is longer than {} characters",
                settings::MAX_DESCRIPTION
            ));
        }
    }
    let about = args
        .about_file
        .as_deref()
        .map(|p| read_catalog_text(p, "--about-file"))
        .transpose()?;
    let usage_text = args
        .usage_file
        .as_deref()
        .map(|p| read_catalog_text(p, "--usage-file"))
        .transpose()?;
    let architectures = args
        .architecture
        .iter()
        .map(|a| settings::normalize_architecture(a).map(str::to_string))
        .collect::<Result<Vec<_>, _>>()
        .map_err(AppError::usage)?;
    let systems = args
        .os
        .iter()
        .map(|o| settings::normalize_os(o).map(str::to_string))
        .collect::<Result<Vec<_>, _>>()
        .map_err(AppError::usage)?;
    if args.description.is_none()
        && about.is_none()
        && usage_text.is_none()
        && architectures.is_empty()
        && systems.is_empty()
    {
        return Ok(None);
    }
    Ok(Some(Catalog {
        description: args.description.clone(),
        architectures,
        operating_systems: systems,
        about_text: about,
        usage_text,
    }))
}

/// Read a Markdown catalog file: a regular UTF-8 file within the catalog's size limit.
fn read_catalog_text(path: &Path, flag: &str) -> Result<String> {
    let shown = path.display();
    let meta =
        std::fs::metadata(path).map_err(|e| AppError::usage(format!("{flag} {shown}: {e}")))?;
    if !meta.is_file() {
        return usage(format!("{flag} {shown}: not a regular file"));
    }
    if meta.len() > (settings::MAX_CATALOG_TEXT * 4) as u64 {
        return usage(format!(
            "{flag} {shown}: {} bytes; ECR Public allows {} characters",
            meta.len(),
            settings::MAX_CATALOG_TEXT
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| AppError::usage(format!("{flag} {shown}: {e}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| AppError::usage(format!("{flag} {shown}: not UTF-8 text")))?;
    if text.chars().count() > settings::MAX_CATALOG_TEXT {
        return usage(format!(
            "{flag} {shown}: longer than the {} characters ECR Public allows",
            settings::MAX_CATALOG_TEXT
        ));
    }
    Ok(text)
}
