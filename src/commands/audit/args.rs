//! `ecrctl audit`'s arguments, examples and long help.

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::GlobalArgs;
use crate::commands::{Account, Context, Run};
use crate::output::Report;
use std::path::PathBuf;

pub const EX_AUDIT_AUDITARGS: &str = "Examples:\n  ecrctl audit\n  ecrctl audit --all-regions --fail-on high\n  ecrctl audit 'team-a/*' --only mutable-tags --only 'policy-*' -o json";

pub const AUDIT_HELP: &str = "\
Severities: high, medium, low, info. Exit 0 unless --fail-on is given and a finding at or above
that severity exists: then 16. Finding codes are listed in the README (--only / --ignore take
them; policy findings are policy-<lint code>).";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum FailSeverity {
    High,
    Medium,
    Low,
    Info,
}

/// The evidence matrix's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatrixFormat {
    /// Comma-separated, a header row, each control's status and its reason in two columns
    Csv,
    /// One JSON document: the rows, each control a {status, reason} object
    Json,
}

/// Whose reading of the ECR controls `audit` follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ControlReading {
    /// ecrctl's own: severities by risk, exclusion filters judged by what they exempt, policy
    /// and lifecycle lint findings too
    Ecrctl,
    /// Security Hub's: its severity per control (ECR.1 high, ECR.2, ECR.3 and ECR.5 medium,
    /// ECR.4 low), ECR.2 passes only IMMUTABLE, the five controls' findings only
    Securityhub,
}

#[derive(Debug, Clone, Args)]
pub struct AuditArgs {
    /// Only repositories whose name matches this glob
    pub glob: Option<String>,
    /// Every commercial AWS region ECR runs in (regions not enabled for the account are noted
    /// and skipped)
    #[arg(long, conflicts_with = "public")]
    pub all_regions: bool,
    /// Audit ECR Public repositories instead
    #[arg(long)]
    pub public: bool,
    /// Repositories read at the same time (lowered automatically when ECR throttles)
    #[arg(long, value_name = "N", default_value_t = 16, value_parser = crate::cli::concurrency_arg, allow_hyphen_values = true)]
    pub concurrency: u16,
    /// Exit 16 when a finding at or above this severity exists
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailSeverity>,
    /// Also report repositories whose tagged images carry critical (a high finding) or high (a
    /// medium finding) vulnerabilities in their last scan, from DescribeImages' scan summaries
    /// (one listing per repository; no findings are read)
    #[arg(long)]
    pub scan_findings: bool,
    /// Whose reading of the ECR controls to follow: ecrctl's own, or Security Hub's (its
    /// severities, so --fail-on gates what a Security Hub auditor gates)
    #[arg(long = "controls", value_enum, value_name = "READING", default_value_t = ControlReading::Ecrctl)]
    pub controls: ControlReading,
    /// Report only these finding codes (repeatable; `policy-*` selects a family)
    #[arg(long = "only", value_name = "CODE", value_parser = FindingCode, hide_possible_values = true)]
    pub only: Vec<String>,
    /// Leave out these finding codes (repeatable; `policy-*` selects a family)
    #[arg(long = "ignore", value_name = "CODE", value_parser = FindingCode, hide_possible_values = true)]
    pub ignore: Vec<String>,
    /// A customer managed KMS key ARN repositories may be encrypted with (repeatable; ECR.5's
    /// allowed list). Others are a kms-key-not-allowed finding
    #[arg(long = "kms-key-arn", value_name = "ARN", value_parser = crate::posture::check_key_arn)]
    pub kms_key_arns: Vec<String>,
    /// A tag key every public repository must carry (repeatable; ECR.4's parameter; with
    /// --public)
    #[arg(long = "required-tag", value_name = "KEY", requires = "public")]
    pub required_tags: Vec<String>,
    /// Audit these accounts (12-digit ids, comma-separated; repeatable), each through --role;
    /// the caller's own account needs no role
    #[arg(long, value_name = "ID,…", conflicts_with_all = ["accounts_file", "org"])]
    pub accounts: Vec<String>,
    /// Audit the accounts listed in FILE (ids separated by lines, commas or spaces; `#` starts
    /// a comment; `-` reads standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "org")]
    pub accounts_file: Option<String>,
    /// Audit every active account of the organization (Organizations ListAccounts: run from the
    /// management account or a delegated administrator)
    #[arg(long)]
    pub org: bool,
    /// The role to assume in each account other than yours, by name
    /// (arn:PARTITION:iam::ACCOUNT:role/NAME)
    #[arg(long, value_name = "NAME")]
    pub role: Option<String>,
    /// The external id the role's trust policy asks for
    #[arg(long, value_name = "ID", requires = "role")]
    pub external_id: Option<String>,
    /// Print a shell script of the commands that fix the findings (one commented command per
    /// finding, grouped by repository), to review and run (`bash fix.sh --dry-run` prints its
    /// commands); changes nothing itself
    #[arg(long)]
    pub fix_script: bool,
    /// Print the evidence matrix instead of the findings: one row per repository (account,
    /// region, URI), a PASS / FAIL / NOT_APPLICABLE / UNKNOWN column and its reason per control
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "fix_script")]
    pub matrix: Option<MatrixFormat>,
    /// Also write the findings as a GitLab Code Quality report to FILE
    #[arg(long, value_name = "FILE")]
    pub codequality: Option<PathBuf>,
}

/// A finding code or family for --only / --ignore: checked when parsed (a typo must not make a
/// CI gate that can never fail), offered by shell completion.
#[derive(Debug, Clone, Copy)]
pub struct FindingCode;

impl clap::builder::TypedValueParser for FindingCode {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let flag = arg
            .and_then(|a| a.get_long())
            .map(|l| format!("--{l}"))
            .unwrap_or_else(|| "CODE".into());
        let text = value.to_str().ok_or_else(|| {
            clap::Error::raw(
                clap::error::ErrorKind::InvalidUtf8,
                format!("{flag} takes a finding code in plain text\n"),
            )
            .with_cmd(cmd)
        })?;
        let canonical = crate::posture::check_pattern(text).map_err(|e| {
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("{flag}: {e}\n"),
            )
            .with_cmd(cmd)
        })?;
        Ok(canonical)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let codes = crate::posture::known_codes()
            .into_iter()
            .chain(["policy-*".to_string()]);
        Some(Box::new(codes.map(clap::builder::PossibleValue::new)))
    }
}

impl Run for AuditArgs {
    /// The account --registry-id names (audit passes it on to each region's reads).
    type Target = Account;
    fn target(&self) {}
    /// `audit` alone checks several regions.
    fn check_globals(&self, global: &GlobalArgs) -> Result<()> {
        if self.all_regions && !global.regions.is_empty() {
            return crate::error::usage(
                "--all-regions and --region both name the regions to audit: give one of them",
            );
        }
        Ok(())
    }
    async fn run(&self, ctx: &Context, account: Account) -> Result<Report> {
        super::audit(ctx, self, &account).await
    }
}
