//! `images list`.

use anyhow::Result;

use crate::commands::target::RepoOrAll;
use crate::commands::{Account, RepoArg, Run};
use crate::diagnostic::Diagnostic;

use crate::reference::RepoName;
use serde_json::Value;

use super::now;

use crate::commands::Context;
use crate::error::{usage, AppError};
use crate::images::{
    human_size, mark_referrers, parse_size, referrer_counts, referrer_noun, short_digest, ImageRow,
    Selection, SortKey,
};
use crate::output::{Body, Human, Record, Report};
use crate::records::images::{ImageRecord, RegistryImage};
use crate::registry::lifecycle::Links;
use crate::registry::{ImageQuery, ImageStatus};
use crate::time::{age, parse_duration, parse_moment};
use clap::{Args, ValueEnum};

pub const EX_LIST_IMAGESLISTARGS: &str = "Examples:\n  ecrctl images list myapp\n  ecrctl images list myapp --tag 'v*' --sort size --limit 10\n  ecrctl images list myapp --before 90d --larger-than 500MB\n  ecrctl images list myapp --untagged --since 30d -o json | jq -r '.[].digest'";

#[derive(Debug, Clone, Args)]
pub struct ImagesListArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    #[arg(required_unless_present = "all_repos", conflicts_with = "all_repos")]
    pub repository: Option<String>,
    /// Every repository of the registry (--registry-id names another account's), with a
    /// repository column; the filters, sort and --limit apply to all of them together
    #[arg(long)]
    pub all_repos: bool,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Only images with at least one tag
    #[arg(long, conflicts_with = "untagged")]
    pub tagged: bool,
    /// Only images without tags
    #[arg(long)]
    pub untagged: bool,
    /// Only images with a tag matching this glob (`*` any characters, `?` one)
    #[arg(long = "tag", value_name = "GLOB")]
    pub tag_glob: Option<String>,
    /// Sort order
    #[arg(long, value_enum, value_name = "KEY")]
    pub sort: Option<ImageSort>,
    /// Reverse the order
    #[arg(long)]
    pub reverse: bool,
    /// Show at most N images (after sorting)
    #[arg(long, value_name = "N", value_parser = crate::cli::count_arg, allow_hyphen_values = true)]
    pub limit: Option<u32>,
    /// Only images pushed within this long, e.g. 7d, 12h, 30m, 2w
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Only images pushed before this: a date (2026-01-31, 2026-01-31T12:00:00Z) or an age
    /// (30d: pushed over 30 days ago)
    #[arg(long, value_name = "DATE|AGE", allow_hyphen_values = true)]
    pub before: Option<String>,
    /// Only images larger than SIZE: 500MB, 1.5GiB, 100m (KB, MB, GB: powers of 1000; KiB,
    /// MiB, GiB: of 1024); a multi-arch image counts the sum of its platform images
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub larger_than: Option<String>,
    /// Only images smaller than SIZE (units as --larger-than)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub smaller_than: Option<String>,
    /// Image status (ECR archives images since 2025)
    #[arg(long, value_enum, default_value_t = ImageStatusArg::Active, value_name = "STATUS")]
    pub status: ImageStatusArg,
    /// The table shows each image's scan status and finding counts per severity (from the
    /// listing itself: no extra calls; text and JSON always carry them)
    #[arg(long)]
    pub scan: bool,
    /// Mark the images that have referrers (signatures, SBOMs, attestations) and the referrers
    /// themselves (reads the manifests of images whose subject the listing does not give)
    #[arg(long)]
    pub referrers: bool,
}

impl Run for ImagesListArgs {
    type Target = RepoOrAll;
    fn target(&self) -> Option<RepoArg<'_>> {
        self.repository
            .as_deref()
            .map(|r| RepoArg::Name(r, self.public))
    }
    async fn run(&self, ctx: &Context, target: RepoOrAll) -> Result<Report> {
        match target {
            RepoOrAll::One(repo) => list(ctx, self, &repo).await,
            RepoOrAll::All(account) => list_all(ctx, self, account).await,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImageSort {
    /// Newest first
    Pushed,
    /// Largest first
    Size,
    /// By tag, A to Z (untagged last)
    Tag,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImageStatusArg {
    Active,
    Archived,
    Any,
}

/// The filters and order of a listing, checked before any call.
fn selection_of(args: &ImagesListArgs) -> Result<Selection> {
    let since = match &args.since {
        Some(d) => {
            Some(now() - parse_duration(d).map_err(|e| AppError::usage(format!("--since {e}")))?)
        }
        None => None,
    };
    let before = match &args.before {
        Some(d) => {
            Some(parse_moment(d, now()).map_err(|e| AppError::usage(format!("--before {e}")))?)
        }
        None => None,
    };
    // A window that holds no moment, as sizes that leave no size between them, is a mistake.
    if let (Some(from), Some(to)) = (since, before) {
        if from >= to {
            return usage(format!(
                "--since {} and --before {} leave no time between them (--since keeps images pushed after its moment, --before those pushed before its own)",
                crate::error::cut(args.since.as_deref().unwrap_or_default()),
                crate::error::cut(args.before.as_deref().unwrap_or_default()),
            ));
        }
    }
    let size = |option: &str, value: &Option<String>| -> Result<Option<i64>> {
        value
            .as_deref()
            .map(|v| parse_size(v).map_err(|e| AppError::usage(format!("{option} {e}")).into()))
            .transpose()
    };
    let larger_than = size("--larger-than", &args.larger_than)?;
    let smaller_than = size("--smaller-than", &args.smaller_than)?;
    if let (Some(min), Some(max)) = (larger_than, smaller_than) {
        if min >= max {
            return usage(format!(
                "--larger-than {} ({min} bytes) and --smaller-than {} ({max} bytes) leave no size between them",
                crate::error::cut(args.larger_than.as_deref().unwrap_or_default()),
                crate::error::cut(args.smaller_than.as_deref().unwrap_or_default()),
            ));
        }
    }
    if let Some(glob) = &args.tag_glob {
        if glob.is_empty() {
            return usage("--tag needs a pattern");
        }
    }
    let selection = Selection {
        tagged: args.tagged,
        untagged: args.untagged,
        tag_glob: args.tag_glob.clone(),
        since,
        before,
        larger_than,
        smaller_than,
        status: match args.status {
            ImageStatusArg::Active => Some("active".into()),
            ImageStatusArg::Archived => Some("archived".into()),
            ImageStatusArg::Any => None,
        },
        sort: args.sort.map(|s| match s {
            ImageSort::Pushed => SortKey::Pushed,
            ImageSort::Size => SortKey::Size,
            ImageSort::Tag => SortKey::Tag,
        }),
        reverse: args.reverse,
        limit: args.limit.map(|n| n as usize),
    };
    Ok(selection)
}

/// What ECR Public cannot list, refused before any call.
fn refuse_public(args: &ImagesListArgs) -> Result<()> {
    if args.status != ImageStatusArg::Active {
        return usage(
            "--status applies to private repositories only: ECR Public does not archive images",
        );
    }
    if args.scan {
        return Err(crate::registry::NO_PUBLIC_SCANNING.error());
    }
    if args.referrers {
        return Err(crate::registry::NO_PUBLIC_REFERRERS.error());
    }
    Ok(())
}

pub async fn list(ctx: &Context, args: &ImagesListArgs, repo: &RepoName) -> Result<Report> {
    let selection = selection_of(args)?;
    if repo.public {
        refuse_public(args)?;
    }
    let registry = ctx.registry(repo).await?;
    let (rows, held, warning) = match read_rows(&registry, &repo.name, args).await {
        Ok(read) => read,
        Err(e) => return Err(ctx.not_found(e, repo).await),
    };
    let columns = Columns {
        scan: args.scan,
        referrers: args.referrers,
        repository: false,
    };
    let mut report = list_report_with(&repo.name, selection.apply(rows), now(), columns);
    if held > 0 {
        report = report.with_status(format!(
            "{held} untagged image(s) not shown: platform images, attestations or signatures of tagged images in {} (`images list` without --untagged shows them)",
            repo.name
        ));
    }
    report.diagnostics.extend(warning);
    Ok(report)
}

/// One repository's images as a listing keeps them, how many untagged ones belong to a tagged
/// image (left out with --untagged), and a warning about links it could not read.
type Rows = (Vec<ImageRow>, usize, Option<Diagnostic>);

/// How many repositories `--all-repos` reads at once.
const REPOSITORIES_AT_ONCE: usize = 8;

/// `images list --all-repos`: every repository's images (all pages each, a few repositories
/// at a time), each repository's own links and sizes, then one order and one --limit over
/// all of them.
async fn list_all(ctx: &Context, args: &ImagesListArgs, account: Account) -> Result<Report> {
    use futures::stream::{self, StreamExt};
    let selection = selection_of(args)?;
    if args.public {
        refuse_public(args)?;
    }
    let registry =
        crate::registry::Registry::whole(&ctx.clients, args.public, None, account.registry_id)
            .await?;
    let mut repos = registry.list(None).await?;
    repos.sort_by(|a, b| a.name.cmp(&b.name));
    let registry = &registry;
    let selection_ref = &selection;
    let read: Vec<(String, Result<Rows>)> = stream::iter(repos.iter().map(|r| r.name.clone()))
        .map(|name| async move {
            let read = read_rows(registry, &name, args).await;
            (name, read)
        })
        .buffered(REPOSITORIES_AT_ONCE)
        .collect()
        .await;
    let mut all = Vec::new();
    let mut held = 0;
    let mut diagnostics = Vec::new();
    for (name, result) in read {
        match result {
            Ok((rows, h, warning)) => {
                held += h;
                diagnostics.extend(warning);
                all.extend(selection_ref.apply(rows).into_iter().map(|mut r| {
                    r.repository = Some(name.clone());
                    r
                }));
            }
            // One repository deleted meanwhile, or denied: said, the others listed.
            Err(e) => diagnostics.push(Diagnostic::warning(format!(
                "{name}: not listed: {}",
                crate::error::render(&e)
            ))),
        }
    }
    selection.order(&mut all);
    let columns = Columns {
        scan: args.scan,
        referrers: args.referrers,
        repository: true,
    };
    let empty = all.is_empty();
    let mut report = Report::from_body(ImageList {
        rows: all,
        now: now(),
        columns,
    });
    if empty {
        report = report.with_status(format!(
            "no matching images in {} repositories",
            repos.len()
        ));
    }
    if held > 0 {
        report = report.with_status(format!(
            "{held} untagged image(s) not shown: platform images, attestations or signatures of tagged images (`images list` without --untagged shows them)"
        ));
    }
    report.diagnostics.extend(diagnostics);
    Ok(report)
}

/// One repository's images as a listing reads them: the links that tell what belongs to
/// what, the referrer marks; with --untagged, the untagged images that belong to a tagged one
/// left out (their count returned).
async fn read_rows(
    registry: &crate::registry::Registry,
    name: &str,
    args: &ImagesListArgs,
) -> Result<Rows> {
    let query = ImageQuery {
        // Counting referrers needs them listed, tagged or not: the filters apply after.
        tagged: if args.referrers {
            None
        } else if args.tagged {
            Some(true)
        } else if args.untagged {
            Some(false)
        } else {
            None
        },
        status: match args.status {
            ImageStatusArg::Active => ImageStatus::Active,
            ImageStatusArg::Archived => ImageStatus::Archived,
            ImageStatusArg::Any => ImageStatus::Any,
        },
    };
    let mut rows = registry.images(name, query).await?;
    // An untagged listing needs the tagged images too, to know which untagged ones belong to
    // them (platform images of their indexes, their signatures): those are not garbage.
    let mut warning = None;
    let mut held = 0;
    let links = if args.referrers {
        Links::Referrers
    } else {
        Links::Indexes
    };
    if args.untagged && !args.referrers {
        let index_query = ImageQuery {
            tagged: Some(true),
            status: query.status,
        };
        if let Ok(mut tagged) = registry.images(name, index_query).await {
            let untagged = rows.len();
            tagged.append(&mut rows);
            warning = registry
                .read_links(name, &mut tagged, links)
                .await
                .diagnostic(name);
            mark_referrers(&mut tagged, false);
            let split = tagged.len() - untagged;
            let belongs = held_by_tagged(&tagged);
            let mut belongs = belongs[split..].iter();
            rows = tagged.split_off(split);
            // Some registries ignore the untagged filter: count only untagged images hidden.
            rows.retain(|r| {
                let hide = belongs.next().copied().unwrap_or(false);
                if hide && r.tags.is_empty() {
                    held += 1;
                }
                !hide
            });
        }
    } else {
        warning = registry
            .read_links(name, &mut rows, links)
            .await
            .diagnostic(name);
        mark_referrers(&mut rows, args.referrers);
    }
    Ok((rows, held, warning))
}

/// Which images belong to a tagged image: listed by a tagged index (or one that belongs to a
/// tagged image, at any depth), or referring to a tagged image (or one that belongs to one).
fn held_by_tagged(rows: &[ImageRow]) -> Vec<bool> {
    let at: std::collections::HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.digest.as_str(), i))
        .collect();
    let mut held: Vec<bool> = vec![false; rows.len()];
    // Holding only spreads down the links; as many passes as the deepest chain.
    loop {
        let mut changed = false;
        for (i, r) in rows.iter().enumerate() {
            if held[i] {
                continue;
            }
            let by = |d: &String| {
                at.get(d.as_str())
                    .is_some_and(|&p| p != i && (!rows[p].tags.is_empty() || held[p]))
            };
            if r.indexed_by.iter().any(by) || r.subject.as_ref().is_some_and(by) {
                held[i] = true;
                changed = true;
            }
        }
        if !changed {
            return held;
        }
    }
}

/// The table columns a listing adds on request.
#[derive(Debug, Clone, Copy, Default)]
pub struct Columns {
    /// SCAN and FINDINGS (`--scan`).
    pub scan: bool,
    /// REFERRERS (`--referrers`).
    pub referrers: bool,
    /// REPOSITORY first, and the records name it (`--all-repos`).
    pub repository: bool,
}

/// The list report; `now` makes relative ages reproducible in tests.
pub fn list_report(repo: &str, rows: Vec<ImageRow>, now: i64) -> Report {
    list_report_with(repo, rows, now, Columns::default())
}

/// [`list_report`] with the columns asked for.
pub fn list_report_with(repo: &str, rows: Vec<ImageRow>, now: i64, columns: Columns) -> Report {
    let empty = rows.is_empty();
    let report = Report::from_body(ImageList { rows, now, columns });
    if empty {
        report.with_status(format!("no matching images in {repo}"))
    } else {
        report
    }
}

/// `images list` renders only the view asked for: with 10,000 images, building all three
/// would cost more than the listing itself.
struct ImageList {
    rows: Vec<ImageRow>,
    now: i64,
    columns: Columns,
}

impl Body for ImageList {
    fn json(&self) -> Value {
        if self.columns.repository {
            return Value::Array(self.rows.iter().map(|r| Record::json(&across(r))).collect());
        }
        Value::Array(self.records().map(|r| Record::json(&r)).collect())
    }

    /// Serialised record by record: the listing is never held twice.
    fn json_text(&self) -> String {
        if self.columns.repository {
            return serde_json::to_string_pretty(&AcrossListing(&self.rows))
                .expect("rows serialise");
        }
        serde_json::to_string_pretty(&Listing(&self.rows)).expect("rows serialise")
    }

    fn human(&self) -> Human {
        let rows = &self.rows;
        let any_scan = self.columns.scan || rows.iter().any(|r| r.scan_status.is_some());
        let any_type = rows.iter().any(|r| r.artifact_type.is_some());
        let mut headers = vec!["TAGS", "DIGEST", "SIZE", "PUSHED", "LAST PULL", "STATUS"];
        if self.columns.repository {
            headers.insert(0, "REPOSITORY");
        }
        if any_scan {
            headers.push("SCAN");
        }
        if self.columns.scan {
            headers.push("FINDINGS");
        }
        if self.columns.referrers {
            headers.push("REFERRERS");
        }
        if any_type {
            headers.push("TYPE");
        }
        let ago = |t: Option<i64>| t.map(|t| age(self.now - t)).unwrap_or_else(|| "-".into());
        let table_rows = rows
            .iter()
            .map(|r| {
                let mut cells = vec![
                    match (r.tags.is_empty(), r.role, r.indexed_by.first(), &r.subject) {
                        (true, Some(role), Some(index), _) => {
                            format!("<{role} of {}>", short_digest(index))
                        }
                        (true, _, _, Some(subject)) => format!(
                            "<{} of {}>",
                            referrer_noun(r.artifact_type.as_deref(), &r.tags)
                                .split_once(' ')
                                .map_or("referrer", |(_, noun)| noun),
                            short_digest(subject)
                        ),
                        (true, _, _, None) => "<untagged>".to_string(),
                        _ => r.tags.join(", "),
                    },
                    short_digest(&r.digest),
                    r.total_size().map(human_size).unwrap_or_else(|| "-".into()),
                    ago(r.pushed_at),
                    ago(r.last_pulled_at),
                    r.status.clone().unwrap_or_else(|| "-".into()),
                ];
                if self.columns.repository {
                    cells.insert(0, r.repository.clone().unwrap_or_default());
                }
                if any_scan {
                    cells.push(r.scan_status.clone().unwrap_or_else(|| "-".into()));
                }
                if self.columns.scan {
                    cells.push(r.scan_findings.map_or_else(|| "-".into(), |c| c.text()));
                }
                if self.columns.referrers {
                    cells.push(match (&r.subject, r.referrer_kind) {
                        (Some(subject), Some(kind)) => {
                            format!("{kind} of {}", short_digest(subject))
                        }
                        _ => referrer_counts(r.referrers.as_deref().unwrap_or_default()),
                    });
                }
                if any_type {
                    cells.push(r.artifact_type.clone().unwrap_or_else(|| "-".into()));
                }
                cells
            })
            .collect();
        Human::Table {
            headers,
            rows: table_rows,
        }
    }

    fn text(&self) -> Vec<Vec<String>> {
        if self.columns.repository {
            return self.rows.iter().map(|r| Record::text(&across(r))).collect();
        }
        self.records().map(|r| Record::text(&r)).collect()
    }
}

impl ImageList {
    fn records(&self) -> impl Iterator<Item = ImageRecord> + '_ {
        self.rows.iter().map(ImageRecord::listed)
    }
}

/// The listing as a JSON array, each record made as it is written.
struct Listing<'a>(&'a [ImageRow]);

impl serde::Serialize for Listing<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(ImageRecord::listed))
    }
}

/// An image of a listing across repositories, as its record.
fn across(r: &ImageRow) -> RegistryImage {
    RegistryImage {
        repository: r.repository.clone().unwrap_or_default(),
        image: ImageRecord::listed(r),
    }
}

/// `--all-repos`' JSON array, each record made as it is written.
struct AcrossListing<'a>(&'a [ImageRow]);

impl serde::Serialize for AcrossListing<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(across))
    }
}
