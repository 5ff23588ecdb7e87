//! `ecrctl repo show`: one repository's settings, with its tags or public catalog data.

use anyhow::Result;

use crate::commands::{RepoArg, Run};

use crate::reference::RepoName;

use super::{fields, Context};
use crate::diagnostic::Diagnostic;
use crate::error::{code_of, codes};
use crate::output::{Human, Report};
use crate::records::Repository;
use clap::Args;

pub const EX_SHOW_SHOWARGS: &str = "Examples:\n  ecrctl repo show team-a/api\n  ecrctl repo show 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team-a/api\n  ecrctl repo show team-a/api -o json | jq -r .uri";

#[derive(Debug, Clone, Args)]
pub struct ShowArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub name: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
}

impl Run for ShowArgs {
    type Target = RepoName;
    fn target(&self) -> RepoArg<'_> {
        RepoArg::Name(&self.name, self.public)
    }
    async fn run(&self, ctx: &Context, repo: RepoName) -> Result<Report> {
        show(ctx, &repo).await
    }
}

pub async fn show(ctx: &Context, repo: &RepoName) -> Result<Report> {
    let info = ctx.describe(repo).await?;
    let mut warnings = Vec::new();
    let mut record = Repository::listed(info.clone());
    let mut fields = fields(&info);
    if info.public {
        // The catalog is an optional read too.
        match ctx.registry(repo).await?.catalog(&repo.name).await {
            Ok(catalog) => {
                if let Some(description) = &catalog.description {
                    fields.push(("description", description.clone()));
                }
                if !catalog.architectures.is_empty() {
                    fields.push(("architectures", catalog.architectures.join(", ")));
                }
                if !catalog.operating_systems.is_empty() {
                    fields.push(("operating systems", catalog.operating_systems.join(", ")));
                }
                record.catalog = Some(Some(catalog));
            }
            Err(e) if codes::denied(code_of(&e)) => {
                record.catalog = Some(None);
                warnings.push(Diagnostic::warning(format!(
                    "catalog data of {} not shown: ecr-public:GetRepositoryCatalogData is not allowed for this identity",
                    info.name
                )));
            }
            Err(e) => return Err(e),
        }
    } else {
        // The tags are an optional read: a role without ecr:ListTagsForResource still sees
        // the repository.
        match ctx.registry(repo).await?.tags(&info).await {
            Ok(tags) => {
                if !tags.is_empty() {
                    let joined: Vec<String> =
                        tags.iter().map(|(k, v)| format!("{k}={v}")).collect();
                    fields.push(("tags", joined.join(", ")));
                }
                record.tags = Some(Some(
                    tags.into_iter()
                        .map(|(k, v)| (k, serde_json::Value::String(v)))
                        .collect(),
                ));
            }
            Err(e) if codes::denied(code_of(&e)) => {
                record.tags = Some(None);
                fields.push(("tags", "unknown (not allowed to read them)".into()));
                warnings.push(Diagnostic::warning(format!(
                    "tags of {} not shown: ecr:ListTagsForResource is not allowed for this identity",
                    info.name
                )));
            }
            Err(e) => return Err(e),
        }
    }
    let mut report = Report::of_record(&record, Human::Fields(fields));
    report.diagnostics = warnings;
    Ok(report)
}
