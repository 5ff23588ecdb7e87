//! `ecrctl check-push`'s arguments, examples and long help.

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::commands::target::References;
use crate::commands::{Context, Run};
use crate::output::Report;
use std::path::PathBuf;

pub const EX_CHECKPUSH_CHECKPUSHARGS: &str = "Examples:\n  ecrctl check-push myapp:v1.2.0 --digest sha256:…\n  ecrctl check-push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/myapp:latest --docker myapp:latest\n  ecrctl check-push myapp:v1 --metadata-file meta.json --format github";

pub const CHECK_PUSH_HELP: &str = "\
Verdicts:
  new                 the tag does not exist: the push creates it
  unchanged           the tag already holds the local image: nothing to push (skip it)
  overwrite           a mutable tag exists and will move to the new image
  conflict            the tag exists, is immutable and holds another (or an unknown) image:
                      the push will be rejected
  repository-missing  the repository does not exist (and no create-on-push template matches)
  unknown             a permission is missing; the message says which
  skipped             a digest-only reference: nothing to check

Exit codes: 0 when every push would succeed or is unnecessary; 10 conflict, 11
repository-missing, 12 unknown, 13 overwrite with --fail-on overwrite (the most severe wins).";

#[derive(Debug, Clone, Args)]
pub struct CheckPushArgs {
    /// Image references: ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO:TAG (FIPS, dual-stack and
    /// China hosts too), public.ecr.aws/ALIAS/REPO:TAG, or REPO:TAG in your default registry.
    /// No tag means `latest`
    #[arg(required = true, value_name = "REFERENCE")]
    pub references: Vec<String>,

    #[command(flatten)]
    pub local: LocalImageArgs,

    /// Which verdicts make the exit code non-zero
    #[arg(long, value_enum, default_value_t = FailOn::Conflict, value_name = "WHEN")]
    pub fail_on: FailOn,

    /// Print warnings but always exit 0
    #[arg(long)]
    pub warn_only: bool,

    /// CI style of warnings and outputs [default: github when GITHUB_ACTIONS=true, gitlab
    /// when GITLAB_CI=true, else plain]
    #[arg(long, value_enum, value_name = "STYLE")]
    pub format: Option<AnnotationFormat>,

    /// Write a dotenv report (ECRCTL_VERDICT=…, ECRCTL_PUSH_NEEDED=true|false) to FILE, e.g.
    /// for GitLab's `artifacts: reports: dotenv`
    #[arg(long, value_name = "FILE")]
    pub dotenv: Option<PathBuf>,
}

/// Where the digest of the image about to be pushed comes from (at most one).
#[derive(Debug, Clone, Args)]
#[group(multiple = false)]
pub struct LocalImageArgs {
    /// The local image's manifest digest (sha256:…)
    #[arg(long, value_name = "DIGEST")]
    pub digest: Option<String>,

    /// An OCI image layout directory (docker buildx --output type=oci,tar=false)
    #[arg(long, value_name = "DIR")]
    pub oci_layout: Option<PathBuf>,

    /// A `docker buildx build --metadata-file` output
    #[arg(long, value_name = "FILE")]
    pub metadata_file: Option<PathBuf>,

    /// Ask the local docker CLI about this image
    #[arg(long, value_name = "IMAGE")]
    pub docker: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Fail on conflict, repository-missing and unknown
    Conflict,
    /// Also fail when a mutable tag would move
    Overwrite,
    /// Never fail because of a verdict
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnnotationFormat {
    /// Plain warnings on stderr
    Plain,
    /// GitHub Actions ::warning:: / ::error:: annotations, outputs in $GITHUB_OUTPUT and a
    /// table in $GITHUB_STEP_SUMMARY
    Github,
    /// GitLab CI: plain warnings (write the dotenv report with --dotenv)
    Gitlab,
}

impl Run for CheckPushArgs {
    type Target = References;
    fn target(&self) -> &[String] {
        &self.references
    }
    async fn run(&self, ctx: &Context, references: References) -> Result<Report> {
        super::check_push(ctx, self, references.0).await
    }
}
