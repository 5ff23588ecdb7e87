//! Every clap type, and nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "ecrctl",
    version,
    about = "A fast, scriptable client for Amazon ECR repositories, private and public",
    long_about = None,
    propagate_version = true,
    max_term_width = 100,
    args_override_self = true,
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// AWS region (else AWS_REGION, AWS_DEFAULT_REGION, the profile's region); a full
    /// repository URI names its own
    #[arg(long = "region", global = true, help_heading = "Global options", value_name = "REGION", action = clap::ArgAction::Append)]
    pub regions: Vec<String>,

    /// Named profile from the shared AWS config files (else AWS_PROFILE)
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "NAME"
    )]
    pub profile: Option<String>,

    /// Send requests to this endpoint, e.g. a local emulator (else AWS_ENDPOINT_URL,
    /// AWS_ENDPOINT_URL_ECR, AWS_ENDPOINT_URL_ECR_PUBLIC)
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "URL"
    )]
    pub endpoint_url: Option<String>,

    /// The private registry (12-digit account id) that repository names refer to, for
    /// cross-account work without a full URI [default: your own]
    #[arg(
        long,
        global = true,
        help_heading = "Global options",
        value_name = "ACCOUNT"
    )]
    pub registry_id: Option<String>,

    /// Output format [default: table on a terminal, text otherwise]
    #[arg(
        long,
        short = 'o',
        global = true,
        help_heading = "Global options",
        value_enum,
        value_name = "FORMAT"
    )]
    pub output: Option<OutputFormat>,

    /// Never use colour (also: the NO_COLOR environment variable)
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_color: bool,

    /// Print only results, warnings and errors: no status lines
    #[arg(
        long,
        short = 'q',
        global = true,
        help_heading = "Global options",
        conflicts_with = "verbose"
    )]
    pub quiet: bool,

    /// Say what ecrctl is doing on stderr (-vv for more); never prints secrets
    #[arg(long, short = 'v', global = true, help_heading = "Global options", action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Give up on an AWS call after this many seconds, retries included
    #[arg(long, global = true, help_heading = "Global options", value_name = "SECONDS", default_value_t = 30.0,
          value_parser = parse_timeout, allow_hyphen_values = true)]
    pub timeout: f64,

    /// Give up on the whole command after this many seconds, every page, call and retry
    /// included (--timeout still bounds each call) [env: ECRCTL_DEADLINE]
    #[arg(long, global = true, help_heading = "Global options", value_name = "SECONDS",
          value_parser = parse_deadline)]
    pub deadline: Option<f64>,
}

/// The whole command line as `--help`, the man pages and completions show it: the exit-code
/// table after the top-level help, and every leaf command's examples after its long help too.
pub fn command() -> clap::Command {
    fn examples_in_long_help(cmd: clap::Command) -> clap::Command {
        let cmd = match (cmd.get_after_long_help(), cmd.get_after_help()) {
            (Some(long), Some(short)) => {
                let text = format!("{long}\n\n{short}");
                cmd.after_long_help(text)
            }
            _ => cmd,
        };
        let names: Vec<String> = cmd
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .collect();
        names.into_iter().fold(cmd, |cmd, name| {
            cmd.mut_subcommand(name, examples_in_long_help)
        })
    }
    examples_in_long_help(
        <Cli as clap::CommandFactory>::command().after_long_help(crate::error::Exit::help_table()),
    )
}

/// The built-in policy template names, for parsing and completion.
fn template_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        crate::policy::templates::TEMPLATES
            .iter()
            .map(|(name, _)| *name),
    )
}

fn lifecycle_template_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(crate::lifecycle::templates::names())
}

/// A count (`--limit`, `--keep-last`, `--count`, `--days`): a whole number, 1 or more. Its
/// option takes a leading '-' as a value, so `--limit -1` is refused here in words, not as an
/// unknown flag `-1`.
pub fn count_arg(s: &str) -> Result<u32, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n < 1 => Err("must be 1 or more".into()),
        Ok(n) => u32::try_from(n).map_err(|_| format!("must be at most {}", u32::MAX)),
        Err(_) => Err(format!("'{}' is not a whole number", crate::error::cut(s))),
    }
}

/// `--concurrency`: 1 to 256.
pub fn concurrency_arg(s: &str) -> Result<u16, String> {
    match s.trim().parse::<i64>() {
        Ok(n @ 1..=256) => Ok(n as u16),
        Ok(_) => Err("must be 1 to 256".into()),
        Err(_) => Err(format!("'{}' is not a whole number", crate::error::cut(s))),
    }
}

/// Whole seconds, 0 or more (`--wait`).
pub fn seconds_arg(s: &str) -> Result<u64, String> {
    match s.trim().parse::<i64>() {
        Ok(n) if n < 0 => Err("must be 0 or more".into()),
        Ok(n) => Ok(n as u64),
        Err(_) => Err(format!(
            "'{}' is not a whole number of seconds",
            crate::error::cut(s)
        )),
    }
}

pub fn parse_timeout(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| format!("'{}' is not a number of seconds", crate::error::cut(s)))?;
    if v > 0.0 && v <= 3600.0 {
        Ok(v)
    } else {
        Err("must be more than 0 and at most 3600 seconds".into())
    }
}

pub fn parse_deadline(s: &str) -> Result<f64, String> {
    let v: f64 = s
        .trim()
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| format!("'{}' is not a number of seconds", crate::error::cut(s)))?;
    if v > 0.0 && v <= 86400.0 {
        Ok(v)
    } else {
        Err("the deadline must be more than 0 and at most 86400 seconds (a day)".into())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A table for people (default on a terminal)
    Table,
    /// Tab-separated fields, one record a line, no header (default when piped)
    Text,
    /// JSON
    Json,
}

const EX_CREATE_CREATEARGS: &str = "Examples:\n  ecrctl repo create team-a/api\n  ecrctl repo create team-a/api --immutable --except latest --except 'dev-*'\n  ecrctl repo create team-a/api --if-not-exists --scan-on-push --tag team=a\n  ecrctl repo create tool --public --description \"A tool\"";
const EX_SHOW_SHOWARGS: &str = "Examples:\n  ecrctl repo show team-a/api\n  ecrctl repo show 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team-a/api\n  ecrctl repo show team-a/api -o json | jq -r .uri";
const EX_LIST_LISTARGS: &str = "Examples:\n  ecrctl repo list\n  ecrctl repo list 'team-a/*'\n  ecrctl repo list --public -o json | jq -r '.[].uri'";
const EX_DELETE_DELETEARGS: &str = "Examples:\n  ecrctl repo delete team-a/api\n  ecrctl repo delete team-a/api --yes --if-exists\n  ecrctl repo delete team-a/api --yes --force";
const EX_IMMUTABLE_MUTABILITYARGS: &str = "Examples:\n  ecrctl repo immutable team-a/api\n  ecrctl repo immutable team-a/api --except latest --except 'dev-*'\n  ecrctl repo immutable team-a/api --dry-run --exit-code";
const EX_MUTABLE_MUTABILITYARGS: &str = "Examples:\n  ecrctl repo mutable team-a/api\n  ecrctl repo mutable team-a/api --except 'release-*'";
const EX_LIST_IMAGESLISTARGS: &str = "Examples:\n  ecrctl images list myapp\n  ecrctl images list myapp --tag 'v*' --sort size --limit 10\n  ecrctl images list myapp --before 90d --larger-than 500MB\n  ecrctl images list myapp --untagged --since 30d -o json | jq -r '.[].digest'";
const EX_SHOW_IMAGESSHOWARGS: &str = "Examples:\n  ecrctl images show myapp v1.2.0\n  ecrctl images show 123456789012.dkr.ecr.eu-west-1.amazonaws.com/myapp:v1.2.0";
const EX_TAG_IMAGESTAGARGS: &str = "Examples:\n  ecrctl images tag myapp v1.2.0 stable prod\n  ecrctl images tag myapp sha256:… release --all-or-nothing\n  ecrctl images tag myapp v1.2.0 prod --dry-run";
const EX_DELETE_IMAGESDELETEARGS: &str = "Examples:\n  ecrctl images delete myapp old-tag --yes\n  ecrctl images delete myapp sha256:… --yes --if-exists";
const EX_GET_POLICYREPOARGS: &str =
    "Examples:\n  ecrctl policy get myapp\n  ecrctl policy get myapp -o json > policy.json";
const EX_SET_POLICYSETARGS: &str = "Examples:\n  ecrctl policy set myapp --file policy.json --dry-run\n  ecrctl policy set myapp --template pull-only --principal arn:aws:iam::111122223333:role/ci\n  ecrctl policy get myapp -o json | ecrctl policy set other --file -";
const EX_DELETE_POLICYDELETEARGS: &str =
    "Examples:\n  ecrctl policy delete myapp\n  ecrctl policy delete myapp --yes --if-exists";
const EX_VALIDATE_POLICYVALIDATEARGS: &str = "Examples:\n  ecrctl policy validate policy.json\n  ecrctl policy validate policy.json --strict --codequality gl-code-quality.json";
const EX_TEMPLATES: &str =
    "Examples:\n  ecrctl policy templates\n  ecrctl policy templates -o json | jq -r '.[].name'";
const EX_TEMPLATE_POLICYTEMPLATEARGS: &str = "Examples:\n  ecrctl policy template pull-only --principal arn:aws:iam::111122223333:role/ci\n  ecrctl policy template org-pull --org-id o-abc123def4\n  ecrctl policy template push-pull --identity --repo myapp";
const EX_PRUNE_IMAGESPRUNEARGS: &str = "Examples:\n  ecrctl images prune myapp --untagged --older-than 14d\n  ecrctl images prune myapp --tag 'pr-*' --keep-last 5 --keep 'v*' --yes\n  ecrctl images prune myapp --older-than 30d --keep-last 10\n  ecrctl images prune myapp --untagged --keep-last 3 --print-policy | ecrctl lifecycle set myapp --file -";
const EX_GET_LIFECYCLEREPOARGS: &str = "Examples:\n  ecrctl lifecycle get myapp\n  ecrctl lifecycle get myapp -o json > lifecycle.json";
const EX_SET_LIFECYCLESETARGS: &str = "Examples:\n  ecrctl lifecycle set myapp --template expire-untagged --days 7\n  ecrctl lifecycle set myapp --file lifecycle.json --dry-run\n  ecrctl lifecycle set myapp --template keep-last --count 50 --pattern 'dev-*' --yes";
const EX_DELETE_LIFECYCLEDELETEARGS: &str =
    "Examples:\n  ecrctl lifecycle delete myapp\n  ecrctl lifecycle delete myapp --yes --if-exists";
const EX_VALIDATE_LIFECYCLEVALIDATEARGS: &str = "Examples:\n  ecrctl lifecycle validate lifecycle.json\n  ecrctl lifecycle validate lifecycle.json --strict -o json";
const EX_PREVIEW_LIFECYCLEPREVIEWARGS: &str = "Examples:\n  ecrctl lifecycle preview myapp\n  ecrctl lifecycle preview myapp --file lifecycle.json --server\n  ecrctl lifecycle preview --images images.json --file lifecycle.json --now 2027-01-01T00:00:00Z";
const EX_TEMPLATES_LIFECYCLE: &str = "Examples:\n  ecrctl lifecycle templates";
const EX_TEMPLATE_LIFECYCLETEMPLATEARGS: &str = "Examples:\n  ecrctl lifecycle template keep-last --count 20 --pattern 'dev-*' --pattern 'pr-*'\n  ecrctl lifecycle template archive-unpulled --days 60 --then-days 365 > lifecycle.json";
const EX_LOGIN_LOGINARGS: &str = "Examples:\n  ecrctl login\n  ecrctl login 123456789012.dkr.ecr.eu-west-1.amazonaws.com public.ecr.aws --tool podman\n  ecrctl login --print-password 123456789012.dkr.ecr.eu-west-1.amazonaws.com | crane auth login … --password-stdin\n  ecrctl login --install-helper";
const EX_HELPER: &str = "Examples:\n  echo 123456789012.dkr.ecr.eu-west-1.amazonaws.com | ecrctl credential-helper get\n  ln -s \"$(command -v ecrctl)\" /usr/local/bin/docker-credential-ecrctl";
const EX_UPDATE_UPDATEARGS: &str = "Examples:\n  ecrctl repo update team-a/api --scan-on-push\n  ecrctl repo update team-a/api --tag team=a --untag owner\n  ecrctl repo update public.ecr.aws/alias/tool --description \"A tool\" --usage-file USAGE.md";
const EX_REGISTRY_SHOW: &str = "Examples:\n  ecrctl registry show\n  ecrctl registry show --region eu-west-1 -o json | jq .scanning\n  ecrctl registry show --policy > registry-policy.json";
const EX_TEMPLATE_LIST: &str =
    "Examples:\n  ecrctl template list\n  ecrctl template list -o json | jq -r '.[].prefix'";
const EX_TEMPLATE_SHOW: &str =
    "Examples:\n  ecrctl template show team-a\n  ecrctl template show --for team-a/new-service";
const EX_TEMPLATE_CREATE: &str = "Examples:\n  ecrctl template create team-a --applied-for create-on-push --immutable --except 'dev-*'\n  ecrctl template create ROOT --applied-for create-on-push --applied-for pull-through-cache --lifecycle-template expire-untagged";
const EX_TEMPLATE_UPDATE: &str = "Examples:\n  ecrctl template update team-a --lifecycle-template keep-last --count 50\n  ecrctl template update team-a --description \"Team A services\"";
const EX_TEMPLATE_DELETE: &str = "Examples:\n  ecrctl template delete team-a --yes";
const EX_AUDIT_AUDITARGS: &str = "Examples:\n  ecrctl audit\n  ecrctl audit --all-regions --fail-on high\n  ecrctl audit 'team-a/*' --only mutable-tags --only 'policy-*' -o json";
const EX_CHECKPUSH_CHECKPUSHARGS: &str = "Examples:\n  ecrctl check-push myapp:v1.2.0 --digest sha256:…\n  ecrctl check-push 123456789012.dkr.ecr.eu-west-1.amazonaws.com/myapp:latest --docker myapp:latest\n  ecrctl check-push myapp:v1 --metadata-file meta.json --format github";
const EX_COMPLETIONS_COMPLETIONSARGS: &str = "Examples:\n  ecrctl completions bash > /etc/bash_completion.d/ecrctl\n  ecrctl completions zsh > \"${fpath[1]}/_ecrctl\"";
const EX_VERSION: &str = "Examples:\n  ecrctl version\n  ecrctl version -o json";
const EX_MAN: &str =
    "Examples:\n  ecrctl man > ecrctl.1 && man ./ecrctl.1\n  ecrctl man repo create | man -l -";

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per run
pub enum Command {
    /// Create, show, list and delete repositories; switch tag mutability
    #[command(subcommand)]
    Repo(RepoCommand),

    /// List, inspect, tag and delete images
    #[command(subcommand)]
    Images(ImagesCommand),

    /// Show, set, validate and delete repository policies; policy templates
    #[command(subcommand)]
    Policy(PolicyCommand),

    /// The registry as a whole: replication, registry policy, scanning, pull-through cache
    /// rules, creation templates, account settings
    #[command(subcommand)]
    Registry(RegistryCommand),

    /// Repository creation templates: what create-on-push, pull-through cache and replication
    /// give the repositories they create
    #[command(subcommand)]
    Template(TemplateCommand),

    /// Lifecycle policies: get, set (after a preview of what the next run does), delete,
    /// validate, preview locally or with ECR, templates
    #[command(subcommand)]
    Lifecycle(LifecycleCommand),

    /// Log docker (or podman, nerdctl, finch, helm, oras) in to ECR registries; install the
    /// docker credential helper
    #[command(after_help = EX_LOGIN_LOGINARGS, after_long_help = LOGIN_HELP)]
    Login(LoginArgs),

    /// The docker-credential-helpers protocol: get, store, erase, list (docker runs it as
    /// docker-credential-ecrctl)
    #[command(after_help = EX_HELPER)]
    CredentialHelper(CredentialHelperArgs),

    /// Every repository's tag and access posture, across regions, in one fast pass
    #[command(after_help = EX_AUDIT_AUDITARGS, after_long_help = AUDIT_HELP)]
    Audit(AuditArgs),

    /// Predict what pushing each image reference will do, before CI pushes it
    #[command(after_help = EX_CHECKPUSH_CHECKPUSHARGS, after_long_help = CHECK_PUSH_HELP)]
    CheckPush(CheckPushArgs),

    /// Print a shell completion script
    #[command(after_help = EX_COMPLETIONS_COMPLETIONSARGS)]
    Completions(CompletionsArgs),

    /// Print the version, commit, target and AWS SDK versions (`-o json` for all of it)
    #[command(after_help = EX_VERSION)]
    Version,

    /// Print a man page (roff): ecrctl(1), or a command's, e.g. `ecrctl man repo create`
    #[command(after_help = EX_MAN)]
    Man(ManArgs),
}

const CHECK_PUSH_HELP: &str = "\
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

#[derive(Debug, Subcommand)]
pub enum RepoCommand {
    /// Create a repository and print its URI
    #[command(after_help = EX_CREATE_CREATEARGS)]
    Create(CreateArgs),
    /// Show one repository
    #[command(after_help = EX_SHOW_SHOWARGS)]
    Show(ShowArgs),
    /// List repositories, all pages
    #[command(after_help = EX_LIST_LISTARGS)]
    List(ListArgs),
    /// Delete a repository
    #[command(after_help = EX_DELETE_DELETEARGS)]
    Delete(DeleteArgs),
    /// Make tags immutable (pushes cannot overwrite them), except tags matching --except
    #[command(after_help = EX_IMMUTABLE_MUTABILITYARGS)]
    Immutable(MutabilityArgs),
    /// Make tags mutable (pushes may move them), except tags matching --except
    #[command(after_help = EX_MUTABLE_MUTABILITYARGS)]
    Mutable(MutabilityArgs),
    /// Change a repository's settings: scan on push, resource tags, public catalog data
    #[command(after_help = EX_UPDATE_UPDATEARGS)]
    Update(UpdateArgs),
}

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

#[derive(Debug, Clone, Args)]
pub struct ShowArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub name: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Only names matching this glob (`*` any characters, `?` one), e.g. 'team-a/*'
    pub glob: Option<String>,
    /// List ECR Public repositories instead
    #[arg(long)]
    pub public: bool,
}

#[derive(Debug, Clone, Args)]
pub struct DeleteArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub name: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Delete the repository even if it contains images (they are deleted too)
    #[arg(long)]
    pub force: bool,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when the repository does not exist
    #[arg(long)]
    pub if_exists: bool,
}

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

#[derive(Debug, Subcommand)]
pub enum ImagesCommand {
    /// List a repository's images, all pages (newest first)
    #[command(after_help = EX_LIST_IMAGESLISTARGS)]
    List(ImagesListArgs),
    /// Show one image and its manifest (layers, or platforms of a multi-arch index)
    #[command(after_help = EX_SHOW_IMAGESSHOWARGS)]
    Show(ImagesShowArgs),
    /// Point new tags at an existing image, server-side, under the immutability rules
    #[command(after_long_help = "\
Each new tag is decided before anything is written:
  new        the tag does not exist: it will be created
  unchanged  the tag already points to the image: nothing to do
  overwrite  a mutable tag will move from its current image
  conflict   the tag exists and is immutable: refused

Refused tags are reported and the exit code is 10; the others are still written unless
--all-or-nothing is given, in which case nothing is written.")]
    #[command(after_help = EX_TAG_IMAGESTAGARGS)]
    Tag(ImagesTagArgs),
    /// Delete images by tag or digest
    #[command(after_help = EX_DELETE_IMAGESDELETEARGS)]
    Delete(ImagesDeleteArgs),
    /// Clean up old images once: plan by default, delete with --yes (lifecycle rules, evaluated
    /// here)
    #[command(after_help = EX_PRUNE_IMAGESPRUNEARGS, after_long_help = PRUNE_HELP)]
    Prune(ImagesPruneArgs),
}

const PRUNE_HELP: &str = "\
The options compile to lifecycle rules (--print-policy shows them) and are evaluated as ECR
evaluates a lifecycle policy: --keep patterns first (their images are never deleted), then one
rule per --tag pattern, then --untagged; with neither --tag nor --untagged, every image. Each
rule deletes what is beyond --keep-last, older than --older-than, or not pulled for
--not-pulled-for (not both of the last two); --keep-last with one of them deletes only what
that one selects and always keeps the rule's newest N. Platform images and attestations of an image index that
stays are never deleted, nor are the signatures and SBOMs of an image that stays (they go with
their image). With --untagged, images pushed in the last hour are kept (--min-age). Without --yes nothing is deleted: the plan is printed and the exit code
is 0. With --yes, images are deleted 100 per call; a failure of any image exits 5. A table or
text lists only what is (or would be) deleted; --all lists the kept images too, and JSON
always has every image.";

#[derive(Debug, Clone, Args)]
pub struct ImagesPruneArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME); private only
    pub repository: String,
    /// Prune untagged images
    #[arg(long)]
    pub untagged: bool,
    /// Prune images with a tag matching this pattern (`*` any characters; repeatable, one rule
    /// each)
    #[arg(long = "tag", value_name = "PATTERN")]
    pub tags: Vec<String>,
    /// Never delete images with a tag matching this pattern (repeatable)
    #[arg(long = "keep", value_name = "PATTERN")]
    pub keep: Vec<String>,
    /// Delete what is older than this (whole days or weeks: 30d, 2w)
    #[arg(
        long,
        value_name = "DURATION",
        group = "count",
        allow_hyphen_values = true
    )]
    pub older_than: Option<String>,
    /// Keep the newest N of each rule's images, delete the rest; with --older-than or
    /// --not-pulled-for, delete only what that selects but always keep the newest N
    #[arg(long, value_name = "N", value_parser = count_arg, allow_hyphen_values = true)]
    pub keep_last: Option<u32>,
    /// Delete what was not pulled for this long (never pulled: since its push; whole days or
    /// weeks)
    #[arg(
        long,
        value_name = "DURATION",
        group = "count",
        allow_hyphen_values = true
    )]
    pub not_pulled_for: Option<String>,
    /// Print the lifecycle policy these options make (for `ecrctl lifecycle set --file -`)
    /// and do nothing else
    #[arg(long, conflicts_with_all = ["yes", "now"])]
    pub print_policy: bool,
    /// Delete (without it, only the plan is printed)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Print the plan and delete nothing, never asking (the default without --yes; for
    /// scripts that say so)
    #[arg(long, conflicts_with_all = ["yes", "print_policy"])]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would be deleted, 0 when nothing would (as `diff`
    /// and `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    /// Keep images pushed within this long (30m, 1h, 2d; default 1h with --untagged, else 0)
    #[arg(long, value_name = "DURATION", allow_hyphen_values = true)]
    pub min_age: Option<String>,
    /// List every image in a table or text, kept ones too (default: only what is deleted;
    /// JSON always lists every image)
    #[arg(long)]
    pub all: bool,
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

#[derive(Debug, Clone, Args)]
pub struct ImagesListArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub repository: String,
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
    #[arg(long, value_name = "N", value_parser = count_arg, allow_hyphen_values = true)]
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
}

#[derive(Debug, Clone, Args)]
pub struct ImagesShowArgs {
    /// An image (REPO:TAG, REPO@DIGEST, a full URI), or a repository (then the tag or digest
    /// follows; no tag means `latest`)
    pub target: String,
    /// Tag or digest (when the first argument is a repository)
    pub image: Option<String>,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ImagesTagArgs {
    /// The existing image: REPOSITORY:TAG, REPOSITORY@DIGEST or its full URI; or a repository
    /// alone, then its tag or digest as the next argument
    #[arg(value_name = "IMAGE")]
    pub image: String,
    /// New tags to point at it (after the source tag or digest when IMAGE is a repository)
    #[arg(required = true, value_name = "NEW_TAG")]
    pub rest: Vec<String>,
    /// Write nothing if any new tag would be refused
    #[arg(long)]
    pub all_or_nothing: bool,
    /// Decide and print, but write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when a tag would be written, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; a refused tag is still 10)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
}

#[derive(Debug, Clone, Args)]
pub struct ImagesDeleteArgs {
    /// Repository (name, URI, or public.ecr.aws/ALIAS/NAME), or an image in it (REPOSITORY:TAG,
    /// REPOSITORY@DIGEST)
    #[arg(value_name = "REPOSITORY|IMAGE")]
    pub repository: String,
    /// More tags or digests to delete
    #[arg(value_name = "TAG|DIGEST")]
    pub images: Vec<String>,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when an image (or the repository) does not exist: a cleanup job may run twice
    #[arg(long)]
    pub if_exists: bool,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    /// Print a repository's policy (`--output json` prints the document itself)
    #[command(after_help = EX_GET_POLICYREPOARGS, visible_alias = "show")]
    Get(PolicyRepoArgs),
    /// Validate, diff and apply a policy; says "unchanged" without writing when it is the same
    #[command(after_help = EX_SET_POLICYSETARGS)]
    Set(PolicySetArgs),
    /// Delete a repository's policy
    #[command(after_help = EX_DELETE_POLICYDELETEARGS)]
    Delete(PolicyDeleteArgs),
    /// Lint a policy file offline (no AWS call)
    #[command(after_help = EX_VALIDATE_POLICYVALIDATEARGS, after_long_help = POLICY_VALIDATE_HELP)]
    Validate(PolicyValidateArgs),
    /// List the built-in templates
    #[command(after_help = EX_TEMPLATES)]
    Templates,
    /// Print a built-in template, filled in
    #[command(after_help = EX_TEMPLATE_POLICYTEMPLATEARGS)]
    Template(PolicyTemplateArgs),
}

#[derive(Debug, Subcommand)]
pub enum LifecycleCommand {
    /// Print a repository's lifecycle policy (`--output json` prints the document itself)
    #[command(after_help = EX_GET_LIFECYCLEREPOARGS, visible_alias = "show")]
    Get(LifecycleRepoArgs),
    /// Validate, diff, preview the next run, and apply; "unchanged" without writing when it is
    /// the same
    #[command(after_help = EX_SET_LIFECYCLESETARGS)]
    Set(LifecycleSetArgs),
    /// Delete a repository's lifecycle policy
    #[command(after_help = EX_DELETE_LIFECYCLEDELETEARGS)]
    Delete(LifecycleDeleteArgs),
    /// Lint a lifecycle policy file offline (no AWS call)
    #[command(after_help = EX_VALIDATE_LIFECYCLEVALIDATEARGS, after_long_help = LIFECYCLE_VALIDATE_HELP)]
    Validate(LifecycleValidateArgs),
    /// What a policy's next run does to each image, and why (locally; --server asks ECR too)
    #[command(after_help = EX_PREVIEW_LIFECYCLEPREVIEWARGS, after_long_help = LIFECYCLE_PREVIEW_HELP)]
    Preview(LifecyclePreviewArgs),
    /// List the built-in lifecycle templates
    #[command(after_help = EX_TEMPLATES_LIFECYCLE)]
    Templates,
    /// Print a built-in lifecycle template, filled in
    #[command(after_help = EX_TEMPLATE_LIFECYCLETEMPLATEARGS)]
    Template(LifecycleTemplateArgs),
}

const LIFECYCLE_VALIDATE_HELP: &str = "\
Exit codes: 0 when there is no error (warnings allowed), 15 when there is an error, or with
--strict any finding. Each finding has a stable code (see the README's lifecycle rule table).";

const LIFECYCLE_PREVIEW_HELP: &str = "\
Actions: expire (deleted by the next run), transition (moved to the archive), keep. Each image
names the deciding rule's priority and why. Exit codes: 0; 15 when the policy has errors; with
--server, 18 when ECR's preview and ecrctl's evaluation disagree on any image.";

#[derive(Debug, Clone, Args)]
pub struct LifecycleRepoArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME)
    pub repository: String,
}

/// The parameters of the lifecycle templates.
#[derive(Debug, Clone, Args)]
pub struct LifecycleTemplateParams {
    /// How many images to keep (keep-last; default 30)
    #[arg(long, value_name = "N", value_parser = count_arg, allow_hyphen_values = true)]
    pub count: Option<u32>,
    /// Days (expire-untagged: 14, keep-releases: 30, archive-unpulled: 90)
    #[arg(long, value_name = "N", value_parser = count_arg, allow_hyphen_values = true)]
    pub days: Option<u32>,
    /// Days in the archive before expiring (archive-unpulled; default 180, at least 90)
    #[arg(long, value_name = "N", value_parser = count_arg, allow_hyphen_values = true)]
    pub then_days: Option<u32>,
    /// A tag pattern (keep-last: one rule each; keep-releases: the releases, default v*)
    #[arg(long = "pattern", value_name = "PATTERN")]
    pub patterns: Vec<String>,
}

/// Where a lifecycle policy comes from: a file or a template.
#[derive(Debug, Clone, Args)]
pub struct LifecycleSource {
    /// The lifecycle policy document (`-` reads standard input)
    #[arg(long, value_name = "FILE", conflicts_with = "template")]
    pub file: Option<String>,
    /// A built-in template instead of a file (see `ecrctl lifecycle templates`)
    #[arg(long, value_name = "NAME", value_parser = lifecycle_template_names())]
    pub template: Option<String>,
    #[command(flatten)]
    pub params: LifecycleTemplateParams,
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["file", "template"])))]
pub struct LifecycleSetArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME)
    pub repository: String,
    #[command(flatten)]
    pub source: LifecycleSource,
    /// Validate, diff and preview; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// Do not ask for confirmation when the next run would expire tagged images (required
    /// then when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Clone, Args)]
pub struct LifecycleDeleteArgs {
    /// Repository: a name or its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME)
    pub repository: String,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when there is no lifecycle policy (or no repository)
    #[arg(long)]
    pub if_exists: bool,
}

#[derive(Debug, Clone, Args)]
pub struct LifecycleValidateArgs {
    /// The lifecycle policy document (`-` reads standard input)
    pub file: String,
    /// Fail on warnings too
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Clone, Args)]
pub struct LifecyclePreviewArgs {
    /// Repository: a name or its URI (not needed with --images and --file/--template)
    #[arg(required_unless_present = "images")]
    pub repository: Option<String>,
    #[command(flatten)]
    pub source: LifecycleSource,
    /// Evaluate these images instead of the repository's: a JSON array as `ecrctl images list
    /// -o json` prints it (no AWS call)
    #[arg(long, value_name = "FILE", conflicts_with = "server")]
    pub images: Option<PathBuf>,
    /// Evaluate as if it were this time (RFC 3339, e.g. 2026-01-31T00:00:00Z)
    #[arg(long, value_name = "TIME", conflicts_with = "server")]
    pub now: Option<String>,
    /// Also run ECR's own preview and list every image where it and ecrctl disagree
    #[arg(long)]
    pub server: bool,
}

#[derive(Debug, Clone, Args)]
pub struct LifecycleTemplateArgs {
    /// Template name (see `ecrctl lifecycle templates`)
    #[arg(value_parser = lifecycle_template_names())]
    pub name: String,
    #[command(flatten)]
    pub params: LifecycleTemplateParams,
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// List the templates
    #[command(after_help = EX_TEMPLATE_LIST)]
    List,
    /// Show a template (ROOT: the default one), or with --for which one a new repository gets
    #[command(after_help = EX_TEMPLATE_SHOW)]
    Show(TemplateShowArgs),
    /// Create a template for repositories whose names start with PREFIX/ (ROOT: every other)
    #[command(after_help = EX_TEMPLATE_CREATE)]
    Create(TemplateCreateArgs),
    /// Change what is given of a template, and nothing else
    #[command(after_help = EX_TEMPLATE_UPDATE)]
    Update(TemplateCreateArgs),
    /// Delete a template
    #[command(after_help = EX_TEMPLATE_DELETE)]
    Delete(TemplateDeleteArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AppliedFor {
    CreateOnPush,
    PullThroughCache,
    Replication,
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["prefix", "for_repo"])))]
pub struct TemplateShowArgs {
    /// The template's prefix (ROOT for the default template)
    pub prefix: Option<String>,
    /// Which template a new repository with this name would get (longest prefix, then ROOT)
    #[arg(long = "for", value_name = "REPO")]
    pub for_repo: Option<String>,
    /// With --for: created by what [default: create-on-push]
    #[arg(long, value_enum, value_name = "WHAT", requires = "for_repo")]
    pub applied_for: Option<AppliedFor>,
}

#[derive(Debug, Clone, Args)]
pub struct TemplateCreateArgs {
    /// The prefix (a repository namespace such as team-a, or ROOT for the default template)
    pub prefix: String,
    /// What the template applies to (repeatable; create requires at least one)
    #[arg(long, value_enum, value_name = "WHAT")]
    pub applied_for: Vec<AppliedFor>,
    /// Description of the template
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Created repositories get immutable tags
    #[arg(long, conflicts_with = "mutable")]
    pub immutable: bool,
    /// Created repositories get mutable tags (update: switch back)
    #[arg(long)]
    pub mutable: bool,
    /// Exclusion filter for the mutability (repeatable, 1-5)
    #[arg(long, value_name = "PATTERN")]
    pub except: Vec<String>,
    /// Refused: templates have no scanning setting (use registry scanning rules)
    #[arg(long)]
    pub scan_on_push: bool,
    /// Created repositories are encrypted with this KMS key
    #[arg(long, value_name = "KEY")]
    pub kms_key: Option<String>,
    /// Resource tag for created repositories (repeatable; update: replaces the list)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Repository policy for created repositories, from a file (linted)
    #[arg(long, value_name = "FILE", conflicts_with = "policy_template")]
    pub policy_file: Option<String>,
    /// Repository policy from a built-in template (see `ecrctl policy templates`)
    #[arg(long, value_name = "NAME", value_parser = template_names())]
    pub policy_template: Option<String>,
    #[command(flatten)]
    pub policy_params: TemplateParamArgs,
    /// Lifecycle policy for created repositories, from a file (linted)
    #[arg(long, value_name = "FILE", conflicts_with = "lifecycle_template")]
    pub lifecycle_file: Option<String>,
    /// Lifecycle policy from a built-in template (see `ecrctl lifecycle templates`)
    #[arg(long, value_name = "NAME", value_parser = lifecycle_template_names())]
    pub lifecycle_template: Option<String>,
    #[command(flatten)]
    pub lifecycle_params: LifecycleTemplateParams,
    /// The role ECR uses to apply the template (needed for KMS keys and tags in other cases)
    #[arg(long, value_name = "ARN")]
    pub role_arn: Option<String>,
}

#[derive(Debug, Clone, Args)]
pub struct TemplateDeleteArgs {
    /// The template's prefix (ROOT for the default template)
    pub prefix: String,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when there is no such template
    #[arg(long)]
    pub if_exists: bool,
}

#[derive(Debug, Subcommand)]
pub enum RegistryCommand {
    /// Show every registry-level setting (a section that cannot be read says so)
    #[command(after_help = EX_REGISTRY_SHOW)]
    Show(RegistryShowArgs),
}

#[derive(Debug, Clone, Args)]
pub struct RegistryShowArgs {
    /// Print the registry policy document itself (exit 14 when there is none)
    #[arg(long)]
    pub policy: bool,
}

const LOGIN_HELP: &str = "\
Registries: ACCOUNT.dkr.ecr.REGION.amazonaws.com (and its FIPS, dual-stack and China forms), an
image or repository URI on one, a 12-digit account id (its registry in the configured region),
or public.ecr.aws; none: your own registry in the configured region. Tokens are fetched at once
and cached in the user's cache directory until 15 minutes before they expire (12 hours); the
password goes to the tool on its standard input, never on a command line.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LoginTool {
    Docker,
    Podman,
    Nerdctl,
    Finch,
    Helm,
    Oras,
}

#[derive(Debug, Clone, Args)]
pub struct LoginArgs {
    /// Registries to log in to (default: your own)
    #[arg(value_name = "REGISTRY")]
    pub registries: Vec<String>,
    /// The tool to log in [default: docker, else the first of podman, nerdctl, finch, helm,
    /// oras on PATH]
    #[arg(long, value_enum, value_name = "TOOL")]
    pub tool: Option<LoginTool>,
    /// Print the password alone on stdout (for other tools); with -o json, the registry, user
    /// name and expiry, never the password
    #[arg(long, conflicts_with_all = ["tool", "install_helper", "uninstall_helper", "clear_cache"])]
    pub print_password: bool,
    /// Do not read or write the token cache
    #[arg(long)]
    pub no_cache: bool,
    /// Empty the token cache and do nothing else
    #[arg(long, conflicts_with_all = ["tool", "install_helper", "uninstall_helper", "no_cache"])]
    pub clear_cache: bool,
    /// Make docker use ecrctl for these registries (default: your own and public.ecr.aws):
    /// credHelpers entries in the docker config and the docker-credential-ecrctl link
    #[arg(long, conflicts_with_all = ["uninstall_helper", "tool"])]
    pub install_helper: bool,
    /// Remove exactly what --install-helper added (the docker-credential-ecrctl link stays:
    /// other docker configs may use it)
    #[arg(long, conflicts_with = "tool")]
    pub uninstall_helper: bool,
    /// With --uninstall-helper: also remove the docker-credential-ecrctl link, unless a docker
    /// config ecrctl can find ($DOCKER_CONFIG, ~/.docker) still names it
    #[arg(long, requires = "uninstall_helper")]
    pub remove_link: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HelperAction {
    /// Read a server URL on stdin, print {"ServerURL","Username","Secret"}
    Get,
    /// Read credentials on stdin and keep nothing (ECR tokens are minted, not stored)
    Store,
    /// Read a server URL on stdin and forget its cached tokens (docker logout)
    Erase,
    /// Print the registries with a cached token
    List,
    /// Print the version
    Version,
}

#[derive(Debug, Clone, Args)]
pub struct CredentialHelperArgs {
    #[arg(value_enum)]
    pub action: HelperAction,
}

const POLICY_VALIDATE_HELP: &str = "\
Exit codes: 0 when there is no error (warnings allowed), 15 when there is an error, or with
--strict any finding. Finding severities: error, security-warning, warning, suggestion; each
finding has a stable code (see the README's rule table).";

#[derive(Debug, Clone, Args)]
pub struct PolicyRepoArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub repository: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
}

#[derive(Debug, Clone, Args)]
pub struct TemplateParamArgs {
    /// A principal ARN for the template (repeatable)
    #[arg(long = "principal", value_name = "ARN")]
    pub principals: Vec<String>,
    /// An AWS account id for the template (repeatable)
    #[arg(long = "account", value_name = "ID")]
    pub accounts: Vec<String>,
    /// An AWS Organizations id (o-…) for org-pull
    #[arg(long, value_name = "ID")]
    pub org_id: Option<String>,
}

#[derive(Debug, Clone, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["file", "template"])))]
pub struct PolicySetArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub repository: String,
    /// The policy document (`-` reads standard input)
    #[arg(long, value_name = "FILE")]
    pub file: Option<String>,
    /// A built-in template instead of a file (see `ecrctl policy templates`)
    #[arg(long, value_name = "NAME", value_parser = template_names())]
    pub template: Option<String>,
    #[command(flatten)]
    pub params: TemplateParamArgs,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Validate and show the diff, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: exit 1 when something would change, 0 when nothing would (as `diff` and
    /// `git diff --exit-code`; 1 also means an unexpected failure, which prints an error)
    #[arg(long, requires = "dry_run")]
    pub exit_code: bool,
    /// Pass `force` to SetRepositoryPolicy: skips ECR's check that the policy does not lock
    /// everyone out. Only when you mean it
    #[arg(long)]
    pub force: bool,
    /// Apply even when validation finds errors
    #[arg(long)]
    pub no_validate: bool,
    /// Retry for up to this long while IAM propagates a just-created principal
    #[arg(long, value_name = "SECONDS", value_parser = seconds_arg, allow_hyphen_values = true)]
    pub wait: Option<u64>,
}

#[derive(Debug, Clone, Args)]
pub struct PolicyDeleteArgs {
    /// Repository: a name, its URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME) or
    /// public.ecr.aws/ALIAS/NAME
    pub repository: String,
    /// An ECR Public repository
    #[arg(long)]
    pub public: bool,
    /// Do not ask for confirmation (required when there is no terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
    /// Succeed when there is no policy (or no repository): a cleanup job may run twice
    #[arg(long)]
    pub if_exists: bool,
}

#[derive(Debug, Clone, Args)]
pub struct PolicyValidateArgs {
    /// The policy document (`-` reads standard input)
    pub file: String,
    /// A public repository's policy (ecr-public: actions)
    #[arg(long)]
    pub public: bool,
    /// Fail on warnings too
    #[arg(long)]
    pub strict: bool,
    /// An identity policy (attached to a user or role): Resource required, Principal forbidden
    #[arg(long)]
    pub identity: bool,
    /// Also write the findings as a GitLab Code Quality report to FILE
    #[arg(long, value_name = "FILE")]
    pub codequality: Option<PathBuf>,
}

#[derive(Debug, Clone, Args)]
pub struct PolicyTemplateArgs {
    /// Template name (see `ecrctl policy templates`)
    #[arg(value_parser = template_names())]
    pub name: String,
    #[command(flatten)]
    pub params: TemplateParamArgs,
    /// For a public repository
    #[arg(long)]
    pub public: bool,
    /// Print the least-privilege identity policy for --repo instead (the caller's account, or
    /// the one --account names, and the configured region)
    #[arg(long, requires = "repos")]
    pub identity: bool,
    /// Repositories for --identity (repeatable)
    #[arg(long = "repo", value_name = "NAME")]
    pub repos: Vec<String>,
}

const AUDIT_HELP: &str = "\
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
    #[arg(long, value_name = "N", default_value_t = 16, value_parser = concurrency_arg, allow_hyphen_values = true)]
    pub concurrency: u16,
    /// Exit 16 when a finding at or above this severity exists
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailSeverity>,
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

#[derive(Debug, Clone, Args)]
pub struct ManArgs {
    /// The command whose page to print, e.g. `repo create` (none: ecrctl(1))
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to generate for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn global_options_work_after_the_subcommand() {
        let cli = Cli::try_parse_from([
            "ecrctl",
            "repo",
            "list",
            "--output",
            "json",
            "--region",
            "eu-west-1",
            "-vv",
        ])
        .unwrap();
        assert_eq!(cli.global.output, Some(OutputFormat::Json));
        assert_eq!(cli.global.regions, ["eu-west-1"]);
        assert_eq!(cli.global.verbose, 2);
    }

    #[test]
    fn repeatable_options_collect() {
        let cli = Cli::try_parse_from([
            "ecrctl",
            "repo",
            "create",
            "a1",
            "--immutable",
            "--except",
            "latest",
            "--except",
            "dev-*",
            "--tag",
            "team=a",
        ])
        .unwrap();
        let Command::Repo(RepoCommand::Create(c)) = cli.command else {
            panic!("wrong command")
        };
        assert_eq!(c.except, vec!["latest", "dev-*"]);
        assert!(c.immutable);
        assert_eq!(c.tags, vec!["team=a"]);
    }

    #[test]
    fn timeout_must_be_positive() {
        assert!(Cli::try_parse_from(["ecrctl", "--timeout", "0", "repo", "list"]).is_err());
        assert!(Cli::try_parse_from(["ecrctl", "--timeout", "x", "repo", "list"]).is_err());
        let cli = Cli::try_parse_from(["ecrctl", "--timeout", "2.5", "repo", "list"]).unwrap();
        assert_eq!(cli.global.timeout, 2.5);
    }

    #[test]
    fn quiet_and_verbose_conflict() {
        assert!(Cli::try_parse_from(["ecrctl", "-q", "-v", "repo", "list"]).is_err());
    }
}
