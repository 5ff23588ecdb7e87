//! The one place that builds AWS SDK clients: region, profile, endpoint, timeouts, retries.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Result;
use aws_config::meta::region::ProvideRegion;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, SdkConfig};
use aws_smithy_runtime_api::client::interceptors::context::InterceptorContext;
use aws_smithy_runtime_api::client::retries::classifiers::{
    ClassifyRetry, RetryAction, RetryClassifierPriority,
};
use aws_types::region::Region;
use tokio::sync::OnceCell;

use crate::credentials;
use crate::error::{AppError, Exit};
use crate::ui::debug;

/// ECR Public's control plane lives in us-east-1 only.
pub const PUBLIC_REGION: &str = "us-east-1";

/// Longest wait for a region from the instance metadata service, which may be silent off EC2.
const IMDS_REGION_WAIT: Duration = Duration::from_millis(1500);

/// How the user asked to reach AWS.
#[derive(Debug, Clone, Default)]
pub struct AwsOptions {
    pub region: Option<String>,
    /// Where `region` came from, for -v: `--region` or `the repository URI`.
    pub region_source: &'static str,
    /// Used when no region is configured anywhere (e.g. the region of a check-push URI).
    pub fallback_region: Option<String>,
    pub profile: Option<String>,
    pub endpoint_url: Option<String>,
    pub timeout: Duration,
}

/// SDK clients, built on first use so that commands which fail validation, or which need only
/// one of the two services, never pay for the other.
pub struct Clients {
    options: AwsOptions,
    config: OnceCell<SdkConfig>,
    ecr: OnceCell<aws_sdk_ecr::Client>,
    public: OnceCell<aws_sdk_ecrpublic::Client>,
    /// Private clients for other regions (or FIPS / dual-stack endpoints), by need.
    regional: Mutex<HashMap<(String, bool, bool), aws_sdk_ecr::Client>>,
    /// Made from given clients (tests): no configuration is loaded.
    fixed: bool,
    /// The account these clients act in through an assumed role (`None`: the caller's own).
    account: Option<String>,
    /// KMS clients by region (the audit asks each key's manager in the key's region); with
    /// fixed clients, the one given.
    kms: Mutex<HashMap<String, aws_sdk_kms::Client>>,
    fixed_kms: Option<aws_sdk_kms::Client>,
}

impl Clients {
    pub fn new(options: AwsOptions) -> Self {
        Clients {
            options,
            config: OnceCell::new(),
            ecr: OnceCell::new(),
            public: OnceCell::new(),
            regional: Mutex::default(),
            fixed: false,
            account: None,
            kms: Mutex::default(),
            fixed_kms: None,
        }
    }

    /// Clients made elsewhere, e.g. in-process mocks in tests.
    pub fn from_clients(
        ecr: Option<aws_sdk_ecr::Client>,
        public: Option<aws_sdk_ecrpublic::Client>,
    ) -> Self {
        Clients {
            options: AwsOptions::default(),
            config: OnceCell::new(),
            ecr: OnceCell::new_with(ecr),
            public: OnceCell::new_with(public),
            regional: Mutex::default(),
            fixed: true,
            account: None,
            kms: Mutex::default(),
            fixed_kms: None,
        }
    }

    /// Fixed clients with a KMS client too (tests).
    pub fn with_kms(mut self, kms: aws_sdk_kms::Client) -> Self {
        self.fixed_kms = Some(kms);
        self
    }

    /// A KMS client for `region`, with these clients' credentials (an assumed role's in a fleet
    /// audit), at AWS_ENDPOINT_URL_KMS or AWS_ENDPOINT_URL, else AWS's: --endpoint-url is
    /// ECR's, as with STS and Organizations.
    pub async fn kms_in(&self, region: &str) -> Result<aws_sdk_kms::Client> {
        if self.fixed {
            return self
                .fixed_kms
                .clone()
                .ok_or_else(|| anyhow::anyhow!("bug: KMS from fixed clients without one"));
        }
        let cached = self
            .kms
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(region)
            .cloned();
        if let Some(client) = cached {
            return Ok(client);
        }
        let config = other_service(self.config().await?, "KMS");
        let conf = aws_sdk_kms::config::Builder::from(&config)
            .region(Region::new(region.to_string()))
            .interceptor(CallLog {
                account: self.account.clone(),
            })
            .build();
        let client = aws_sdk_kms::Client::from_conf(conf);
        let mut cache = self.kms.lock().unwrap_or_else(|e| e.into_inner());
        Ok(cache.entry(region.to_string()).or_insert(client).clone())
    }

    pub async fn ecr(&self) -> Result<&aws_sdk_ecr::Client> {
        self.ecr
            .get_or_try_init(|| async {
                let config = self.config().await?;
                let conf = aws_sdk_ecr::config::Builder::from(config)
                    .retry_classifier(QuotaIsNotThrottling)
                    .interceptor(CallLog {
                        account: self.account.clone(),
                    })
                    .build();
                Ok(aws_sdk_ecr::Client::from_conf(conf))
            })
            .await
    }

    pub async fn public(&self) -> Result<&aws_sdk_ecrpublic::Client> {
        self.public
            .get_or_try_init(|| async {
                let config = self.config().await?;
                let conf = aws_sdk_ecrpublic::config::Builder::from(config)
                    .region(Region::from_static(PUBLIC_REGION))
                    .retry_classifier(QuotaIsNotThrottling)
                    .interceptor(CallLog {
                        account: self.account.clone(),
                    })
                    .build();
                Ok(aws_sdk_ecrpublic::Client::from_conf(conf))
            })
            .await
    }

    /// A private client for `region` (`None`: the configured one), optionally on the FIPS or
    /// dual-stack endpoint. An endpoint override wins over both.
    pub async fn ecr_in(
        &self,
        region: Option<&str>,
        fips: bool,
        dual_stack: bool,
    ) -> Result<aws_sdk_ecr::Client> {
        // Regional clients are the home client with another region or endpoint variant: the
        // same credentials, retry rules, interceptors and HTTP client (in tests, the mock's).
        let base = self.ecr().await?;
        let home = base.config().region().map(|r| r.as_ref().to_string());
        let region = region
            .map(str::to_string)
            .or(home.clone())
            .unwrap_or_default();
        let overridden = self.options.endpoint_url.is_some()
            || std::env::var_os("AWS_ENDPOINT_URL").is_some()
            || std::env::var_os("AWS_ENDPOINT_URL_ECR").is_some();
        let (fips, dual_stack) = if overridden {
            (false, false)
        } else {
            (fips, dual_stack)
        };
        if Some(&region) == home.as_ref() && !fips && !dual_stack {
            return Ok(base.clone());
        }
        let key = (region.clone(), fips, dual_stack);
        let mut cache = self.regional.lock().unwrap_or_else(|e| e.into_inner());
        let client = cache.entry(key).or_insert_with(|| {
            let conf = base
                .config()
                .to_builder()
                .region(Region::new(region.clone()))
                .use_fips(fips)
                .use_dual_stack(dual_stack)
                .build();
            aws_sdk_ecr::Client::from_conf(conf)
        });
        Ok(client.clone())
    }

    /// The region private calls go to.
    pub async fn region(&self) -> Result<String> {
        if self.fixed {
            let client = self.ecr().await?;
            return Ok(client
                .config()
                .region()
                .map(|r| r.to_string())
                .unwrap_or_default());
        }
        Ok(self
            .config()
            .await?
            .region()
            .map(|r| r.to_string())
            .unwrap_or_default())
    }

    /// The profile named by --profile (or given by [`Clients::with_profile`]).
    pub fn profile(&self) -> Option<&str> {
        self.options.profile.as_deref()
    }

    /// New clients like these, with another profile (the credential helper's recorded one).
    pub fn with_profile(&self, profile: &str) -> Clients {
        Clients::new(AwsOptions {
            profile: Some(profile.to_string()),
            ..self.options.clone()
        })
    }

    /// Who the credentials stand for (see [`credentials::identity`]) and the endpoint override,
    /// for the token cache key; read from the profile files and the environment, without
    /// loading the SDK configuration (a warm cache answers without it).
    pub async fn identity(&self) -> Result<(String, Option<String>)> {
        if self.fixed {
            return Ok(("fixed clients".into(), None));
        }
        let env = |k: &str| std::env::var(k).ok();
        let profiles = ProfileFiles(load_profiles().await);
        let plan = credentials::plan(self.options.profile.as_deref(), &profiles, &env)?;
        // No credentials: the call that follows says so, with its remedy.
        credentials::say(&plan);
        let identity = credentials::identity(&plan, &profiles, &env)
            .unwrap_or_else(|| "no credentials".into());
        let endpoint = self.options.endpoint_url.clone().or_else(|| {
            [
                "AWS_ENDPOINT_URL_ECR",
                "AWS_ENDPOINT_URL_ECR_PUBLIC",
                "AWS_ENDPOINT_URL",
            ]
            .iter()
            .find_map(|v| env(v).filter(|u| !u.is_empty()))
        });
        Ok((identity, endpoint))
    }

    /// Clients acting in another account, through `role_arn` assumed with these clients'
    /// credentials (STS at AWS_ENDPOINT_URL_STS or AWS_ENDPOINT_URL, else AWS's: --endpoint-url
    /// is ECR's, as with the AWS CLI). The role is assumed here, so a role that cannot be
    /// assumed is an error now, not at the first ECR call; the SDK renews the credentials.
    pub async fn assume(
        &self,
        account: &str,
        role_arn: &str,
        external_id: Option<&str>,
    ) -> Result<Clients> {
        if self.fixed {
            anyhow::bail!("bug: another account's clients from fixed clients");
        }
        let base = self.config().await?.clone();
        let sts = other_service(&base, "STS");
        let mut builder = aws_config::sts::AssumeRoleProvider::builder(role_arn)
            .configure(&sts)
            .session_name(SESSION_NAME);
        if let Some(id) = external_id {
            builder = builder.external_id(id);
        }
        let provider = builder.build().await;
        // The first credentials from a call of our own, for an error that says what STS said.
        let sts_client = aws_sdk_sts::Client::new(&sts);
        let mut call = sts_client
            .assume_role()
            .role_arn(role_arn)
            .role_session_name(SESSION_NAME);
        if let Some(id) = external_id {
            call = call.external_id(id);
        }
        let doing = format!("assuming {role_arn}");
        debug(1, format_args!("call STS AssumeRole {role_arn}"));
        let out = call.send().await.map_err(|e| {
            let err = crate::error::aws_error_of("STS", &doing, e);
            debug(1, format_args!("{}", crate::error::render(&err)));
            err
        })?;
        let c = out.credentials().ok_or_else(|| {
            AppError::new(Exit::Auth, format!("{doing}: STS returned no credentials"))
        })?;
        let first = aws_credential_types::Credentials::new(
            c.access_key_id(),
            c.secret_access_key(),
            Some(c.session_token().to_string()),
            std::time::SystemTime::try_from(*c.expiration()).ok(),
            "ecrctl AssumeRole",
        );
        let primed = Primed {
            first: Mutex::new(Some(first)),
            inner: provider,
        };
        let config = base
            .into_builder()
            .credentials_provider(
                aws_credential_types::provider::SharedCredentialsProvider::new(primed),
            )
            .build();
        Ok(Clients {
            options: self.options.clone(),
            config: OnceCell::new_with(Some(config)),
            ecr: OnceCell::new(),
            public: OnceCell::new(),
            regional: Mutex::default(),
            fixed: false,
            account: Some(account.to_string()),
            kms: Mutex::default(),
            fixed_kms: None,
        })
    }

    /// The caller's own account (STS GetCallerIdentity, which needs no permission).
    pub async fn caller_account(&self) -> Result<String> {
        let sts = aws_sdk_sts::Client::new(&self.config_for("STS").await?);
        debug(1, format_args!("call STS GetCallerIdentity"));
        let out = sts.get_caller_identity().send().await.map_err(|e| {
            crate::error::aws_error_of("STS", "finding your account (STS GetCallerIdentity)", e)
        })?;
        out.account()
            .map(str::to_string)
            .ok_or_else(|| anyhow::anyhow!("STS GetCallerIdentity returned no account"))
    }

    /// The configuration for another service (STS, Organizations): these clients' credentials
    /// and region, its endpoint from AWS_ENDPOINT_URL_<SERVICE> or AWS_ENDPOINT_URL.
    pub async fn config_for(&self, service: &str) -> Result<SdkConfig> {
        if self.fixed {
            anyhow::bail!("bug: {service} from fixed clients");
        }
        Ok(other_service(self.config().await?, service))
    }

    async fn config(&self) -> Result<&SdkConfig> {
        self.config
            .get_or_try_init(|| load_config(&self.options))
            .await
    }
}

async fn load_config(options: &AwsOptions) -> Result<SdkConfig> {
    let profiles = ProfileFiles(load_profiles().await);
    let plan = credentials::plan(options.profile.as_deref(), &profiles, &|k| {
        std::env::var(k).ok()
    })?;
    let env = |k: &str| std::env::var(k).ok();
    let profile = crate::envconfig::selected_profile(options.profile.as_deref(), &env);
    // aws-config panics on a retry setting it cannot parse: check them first and hand it the
    // result, so that it never parses them itself.
    let retries = crate::envconfig::retry_settings(&profile, &profiles, &env)?;
    let region = resolve_region(options).await?;
    if let Some(meant) = crate::reference::region_typo(&region) {
        return Err(AppError::new(
            Exit::Config,
            format!("'{region}' is not an AWS region ECR runs in (did you mean {meant}?)"),
        )
        .with_hint("fix --region, AWS_REGION / AWS_DEFAULT_REGION or the profile's region")
        .into());
    }
    debug(
        2,
        format_args!(
            "endpoint {}, timeout {:?} per call",
            endpoint_in_use(options.endpoint_url.as_deref(), &|k| std::env::var(k).ok()),
            options.timeout
        ),
    );
    credentials::say(&plan);
    if let Some(call) = credentials::sts_call(&plan) {
        debug(1, format_args!("{call}"));
    }
    credentials::remember(&plan);
    let timeouts = TimeoutConfig::builder()
        .connect_timeout(options.timeout.min(Duration::from_secs(5)))
        .operation_timeout(options.timeout)
        .operation_attempt_timeout(options.timeout)
        .build();
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(region.clone()))
        .timeout_config(timeouts)
        .retry_config(retry_config(retries, &env));
    if let Some(profile) = &options.profile {
        loader = loader.profile_name(profile);
        // As the AWS CLI does: an explicit --profile beats credentials in the environment
        // (the default chain would try the environment first).
        let provider_config = aws_config::provider_config::ProviderConfig::default()
            .with_region(Some(Region::new(region.clone())));
        let provider = aws_config::profile::ProfileFileCredentialsProvider::builder()
            .configure(&provider_config)
            .profile_name(profile)
            .build();
        loader = loader.credentials_provider(provider);
    }
    // A credential_process is run by ecrctl: bounded, and killed with its process group.
    if let credentials::Source::Profile {
        name,
        kind: credentials::ProfileKind::CredentialProcess,
        ..
    } = &plan.source
    {
        if let Some(command) = credentials::Profiles::get(&profiles, name, "credential_process") {
            loader = loader.credentials_provider(crate::credential_process::ProcessProvider {
                profile: name.clone(),
                command,
                timeout: options.timeout,
            });
        }
    }
    if let Some(url) = &options.endpoint_url {
        loader = loader.endpoint_url(url);
    }
    Ok(loader.load().await)
}

/// The SDK's retry configuration from checked settings, as aws-config would build it.
fn retry_config(
    settings: crate::envconfig::RetrySettings,
    env: &dyn Fn(&str) -> Option<String>,
) -> aws_config::retry::RetryConfig {
    use aws_config::retry::{RetryConfig, RetryMode};
    let mut config = RetryConfig::standard();
    if let Some(n) = settings.max_attempts {
        config = config.with_max_attempts(n);
    }
    if settings.adaptive == Some(true) {
        config = config.with_retry_mode(RetryMode::Adaptive);
    }
    if env("AWS_NEW_RETRIES_2026").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        config = config.with_retry_spec(aws_smithy_types::retry::RetrySpec::v2_1());
    }
    debug(
        2,
        format_args!(
            "retries: {} mode, {} attempts",
            if settings.adaptive == Some(true) {
                "adaptive"
            } else {
                "standard"
            },
            config.max_attempts()
        ),
    );
    config
}

/// The role session name of the audit's assumed roles, as CloudTrail shows it.
const SESSION_NAME: &str = "ecrctl-audit";

/// The configuration for a service other than ECR: its endpoint from AWS_ENDPOINT_URL_<SERVICE>
/// or AWS_ENDPOINT_URL (never --endpoint-url, which names ECR's).
fn other_service(base: &SdkConfig, service: &str) -> SdkConfig {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let specific = format!("AWS_ENDPOINT_URL_{service}");
    let url = env(&specific).or_else(|| env("AWS_ENDPOINT_URL"));
    debug(
        2,
        format_args!(
            "{} endpoint {}",
            service.to_lowercase(),
            match (&url, env(&specific).is_some()) {
                (Some(u), true) => format!("{u} (from {specific})"),
                (Some(u), false) => format!("{u} (from AWS_ENDPOINT_URL)"),
                (None, _) => "the AWS endpoint for the region".to_string(),
            }
        ),
    );
    let mut builder = base.to_builder();
    builder.set_endpoint_url(url);
    builder.build()
}

/// Credentials already fetched (to know at once whether a role can be assumed), handed out
/// once; later renewals go to the provider.
struct Primed {
    first: Mutex<Option<aws_credential_types::Credentials>>,
    inner: aws_config::sts::AssumeRoleProvider,
}

impl std::fmt::Debug for Primed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Primed(assumed role)")
    }
}

impl aws_credential_types::provider::ProvideCredentials for Primed {
    fn provide_credentials<'a>(
        &'a self,
    ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        let first = self.first.lock().unwrap_or_else(|e| e.into_inner()).take();
        match first {
            Some(c) => aws_credential_types::provider::future::ProvideCredentials::ready(Ok(c)),
            None => self.inner.provide_credentials(),
        }
    }
}

/// The profile files, for [`credentials::plan`].
struct ProfileFiles(Option<aws_config::profile::ProfileSet>);

impl credentials::Profiles for ProfileFiles {
    fn exists(&self, name: &str) -> bool {
        self.0
            .as_ref()
            .is_some_and(|p| p.get_profile(name).is_some())
    }
    fn get(&self, profile: &str, key: &str) -> Option<String> {
        self.0
            .as_ref()?
            .get_profile(profile)?
            .get(key)
            .map(str::to_string)
    }
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .0
            .as_ref()
            .map(|p| p.profiles().map(str::to_string).collect())
            .unwrap_or_default();
        names.sort();
        names
    }
}

/// The shared config and credentials files as the SDK reads them (`None` if unreadable).
async fn load_profiles() -> Option<aws_config::profile::ProfileSet> {
    aws_config::profile::load(
        &aws_types::os_shim_internal::Fs::real(),
        &aws_types::os_shim_internal::Env::real(),
        &aws_runtime::env_config::file::EnvConfigFiles::default(),
        None,
    )
    .await
    .ok()
}

/// The endpoint requests go to and where that came from, for -vv.
fn endpoint_in_use(flag: Option<&str>, env: &dyn Fn(&str) -> Option<String>) -> String {
    if let Some(url) = flag {
        return format!("{url} (from --endpoint-url)");
    }
    for var in [
        "AWS_ENDPOINT_URL_ECR",
        "AWS_ENDPOINT_URL_ECR_PUBLIC",
        "AWS_ENDPOINT_URL",
    ] {
        if let Some(url) = env(var).filter(|u| !u.is_empty()) {
            return format!("{url} (from {var})");
        }
    }
    "the AWS endpoint for the region".to_string()
}

/// Region from the flag, then AWS_REGION / AWS_DEFAULT_REGION (an empty one counts as unset:
/// GitHub Actions turns an unset `${{ vars.X }}` into an empty variable), the profile, and last
/// the instance metadata service (bounded, as it may never answer off EC2).
async fn resolve_region(options: &AwsOptions) -> Result<String> {
    if let Some(region) = &options.region {
        validate_region(region)?;
        debug(
            1,
            format_args!("region {region} (from {})", options.region_source),
        );
        return Ok(region.clone());
    }
    for var in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
        let value = std::env::var(var).unwrap_or_default();
        if let Some(region) = crate::envconfig::configured_region(&value, var)? {
            debug(1, format_args!("region {region} (from {var})"));
            return Ok(region);
        }
    }
    let mut from_profile = aws_config::profile::region::ProfileFileRegionProvider::builder();
    if let Some(profile) = &options.profile {
        from_profile = from_profile.profile_name(profile);
    }
    let profile_region = from_profile.build().region().await;
    let profile_source = format!(
        "the `region` of profile {}",
        crate::envconfig::selected_profile(options.profile.as_deref(), &|k| {
            std::env::var(k).ok()
        })
    );
    if let Some(region) = profile_region
        .map(|r| crate::envconfig::configured_region(r.as_ref(), &profile_source))
        .transpose()?
        .flatten()
    {
        debug(1, format_args!("region {region} (from {profile_source})"));
        return Ok(region);
    }
    let imds = aws_config::imds::region::ImdsRegionProvider::builder().build();
    let from_imds = tokio::time::timeout(IMDS_REGION_WAIT, imds.region())
        .await
        .ok()
        .flatten()
        .map(|r| crate::envconfig::configured_region(r.as_ref(), "the instance metadata region"))
        .transpose()?
        .flatten();
    match from_imds {
        Some(region) => {
            debug(1, format_args!("region {region} (from instance metadata)"));
            Ok(region)
        }
        None if options.fallback_region.is_some() => {
            let region = options.fallback_region.clone().unwrap_or_default();
            debug(1, format_args!("region {region} (from the image URI)"));
            Ok(region)
        }
        None => Err(AppError::new(
            Exit::Config,
            format!(
                "no AWS region configured (tried --region, AWS_REGION, AWS_DEFAULT_REGION, profile {}{})",
                options
                    .profile
                    .clone()
                    .or_else(|| std::env::var("AWS_PROFILE").ok().filter(|p| !p.is_empty()))
                    .unwrap_or_else(|| "default".into()),
                if std::env::var("AWS_EC2_METADATA_DISABLED")
                    .is_ok_and(|v| v.eq_ignore_ascii_case("true"))
                {
                    "; instance metadata is disabled"
                } else {
                    " and instance metadata"
                }
            ),
        )
        .with_hint("pass --region REGION or set AWS_REGION, e.g. AWS_REGION=us-east-1")
        .into()),
    }
}

/// A region looks like `us-east-1`, `eu-central-2`, `us-gov-west-1`, `cn-north-1`.
fn validate_region(region: &str) -> Result<()> {
    if crate::envconfig::is_region_name(region) {
        Ok(())
    } else {
        Err(AppError::usage(format!(
            "'{region}' is not a region name (expected something like us-east-1)"
        ))
        .into())
    }
}

/// The attempts of one call so far, and what the last one got (for the `-v` retry lines).
#[derive(Debug, Clone, Default)]
struct AttemptSeen {
    attempts: u32,
    status: Option<u16>,
}

impl aws_smithy_types::config_bag::Storable for AttemptSeen {
    type Storer = aws_smithy_types::config_bag::StoreReplace<Self>;
}

/// Says every call on stderr at -v (`ecrctl: call ecr DescribeRepositories in eu-west-1`): the
/// operation and region only, never a request or response body.
#[derive(Debug)]
struct CallLog {
    /// The account the clients act in, when not the caller's own (a fleet audit).
    account: Option<String>,
}

impl aws_smithy_runtime_api::client::interceptors::Intercept for CallLog {
    fn name(&self) -> &'static str {
        "ecrctl call log"
    }

    fn read_before_serialization(
        &self,
        _context: &aws_smithy_runtime_api::client::interceptors::context::BeforeSerializationInterceptorContextRef<'_>,
        _components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        if let Some(m) = cfg.load::<aws_smithy_runtime_api::client::orchestrator::Metadata>() {
            let region = cfg
                .load::<Region>()
                .map(|r| format!(" in {r}"))
                .unwrap_or_default();
            let account = self
                .account
                .as_ref()
                .map(|a| format!(", account {a}"))
                .unwrap_or_default();
            debug(
                1,
                format_args!("call {} {}{region}{account}", m.service(), m.name()),
            );
            crate::calls::started(m.service(), m.name());
        }
        Ok(())
    }

    fn read_before_attempt(
        &self,
        _context: &aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextRef<'_>,
        _components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        let seen = cfg.load::<AttemptSeen>().cloned().unwrap_or_default();
        if seen.attempts > 0 {
            if let Some(m) = cfg.load::<aws_smithy_runtime_api::client::orchestrator::Metadata>() {
                debug(
                    1,
                    format_args!(
                        "{}",
                        crate::calls::retry_line(
                            m.service(),
                            m.name(),
                            seen.attempts + 1,
                            seen.status
                        )
                    ),
                );
            }
        }
        cfg.interceptor_state().store_put(AttemptSeen {
            attempts: seen.attempts + 1,
            status: None,
        });
        Ok(())
    }

    fn read_before_deserialization(
        &self,
        context: &aws_smithy_runtime_api::client::interceptors::context::BeforeDeserializationInterceptorContextRef<'_>,
        _components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        let seen = cfg.load::<AttemptSeen>().cloned().unwrap_or_default();
        cfg.interceptor_state().store_put(AttemptSeen {
            status: Some(context.response().status().as_u16()),
            ..seen
        });
        Ok(())
    }

    fn read_after_deserialization(
        &self,
        context: &aws_smithy_runtime_api::client::interceptors::context::AfterDeserializationInterceptorContextRef<'_>,
        _components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        if let Some(m) = cfg.load::<aws_smithy_runtime_api::client::orchestrator::Metadata>() {
            crate::calls::answered(m.name(), throttling(context.response()));
        }
        Ok(())
    }
}

/// Whether an answer is throttling; 429 Too Many Requests is, whatever the body says (a proxy,
/// a gateway).
fn throttling(response: &aws_smithy_runtime_api::http::Response) -> bool {
    response.status().as_u16() == 429
        || error_type(response).is_some_and(|t| crate::error::codes::throttled(Some(&t)))
}

/// Counts the attempts answered with throttling of the calls it is attached to (see
/// [`crate::registry::Registry::observed`]). The SDK retries those attempts, with the configured
/// attempts and backoff; a caller that paces itself by them (the audit's concurrency) only
/// needs to know they happened.
#[derive(Debug, Clone, Default)]
pub struct ThrottleProbe(std::sync::Arc<std::sync::atomic::AtomicU32>);

impl ThrottleProbe {
    /// Throttled attempts so far.
    pub fn throttled(&self) -> u32 {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl aws_smithy_runtime_api::client::interceptors::Intercept for ThrottleProbe {
    fn name(&self) -> &'static str {
        "ecrctl throttle probe"
    }

    fn read_after_deserialization(
        &self,
        context: &aws_smithy_runtime_api::client::interceptors::context::AfterDeserializationInterceptorContextRef<'_>,
        _components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        _cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        if throttling(context.response()) {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
        Ok(())
    }
}

/// Records what each attempt of one call got (its HTTP status, or no answer), for a write that
/// must know whether an earlier attempt's answer was lost (see [`crate::writes`]). Added to one
/// call with `.customize().interceptor(probe.clone())`.
#[derive(Debug, Clone, Default)]
pub struct AttemptProbe(std::sync::Arc<Mutex<Vec<Option<u16>>>>);

impl AttemptProbe {
    pub fn attempts(&self) -> crate::writes::Attempts {
        crate::writes::Attempts(self.0.lock().unwrap_or_else(|e| e.into_inner()).clone())
    }
}

impl aws_smithy_runtime_api::client::interceptors::Intercept for AttemptProbe {
    fn name(&self) -> &'static str {
        "ecrctl attempt probe"
    }

    fn read_before_attempt(
        &self,
        _context: &aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextRef<'_>,
        _components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        _cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).push(None);
        Ok(())
    }

    fn read_before_deserialization(
        &self,
        context: &aws_smithy_runtime_api::client::interceptors::context::BeforeDeserializationInterceptorContextRef<'_>,
        _components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        _cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        let status = context.response().status().as_u16();
        if let Some(last) = self.0.lock().unwrap_or_else(|e| e.into_inner()).last_mut() {
            *last = Some(status);
        }
        Ok(())
    }

    fn read_after_attempt(
        &self,
        context: &aws_smithy_runtime_api::client::interceptors::context::FinalizerInterceptorContextRef<'_>,
        _components: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        _cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        // A refused connection sent nothing: not a lost answer.
        if let Some(Err(err)) = context.output_or_error() {
            if crate::error::connection_refused(err) {
                if let Some(last) = self.0.lock().unwrap_or_else(|e| e.into_inner()).last_mut() {
                    if last.is_none() {
                        *last = Some(crate::writes::NOT_SENT);
                    }
                }
            }
        }
        Ok(())
    }
}

/// The error code of an error answer (`x-amzn-errortype`, else the body's `__type`), without
/// its namespace and suffix.
fn error_type(response: &aws_smithy_runtime_api::http::Response) -> Option<String> {
    if !response.status().is_client_error() && !response.status().is_server_error() {
        return None;
    }
    let raw = response
        .headers()
        .get("x-amzn-errortype")
        .map(str::to_string)
        .or_else(|| {
            response
                .body()
                .bytes()
                .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok())
                .and_then(|v| v.get("__type").and_then(|t| t.as_str()).map(str::to_string))
        })?;
    let name = raw.split(':').next().unwrap_or(&raw);
    Some(name.rsplit('#').next().unwrap_or(name).to_string())
}

/// `LimitExceededException` is a quota (too many tags, repositories, …), which the SDK's default
/// classifier retries as throttling: retrying cannot help, so forbid it.
#[derive(Debug)]
struct QuotaIsNotThrottling;

impl ClassifyRetry for QuotaIsNotThrottling {
    fn classify_retry(&self, ctx: &InterceptorContext) -> RetryAction {
        let Some(response) = ctx.response() else {
            return RetryAction::NoActionIndicated;
        };
        if !response.status().is_client_error() {
            return RetryAction::NoActionIndicated;
        }
        let from_header = response.headers().get("x-amzn-errortype");
        let from_body = response
            .body()
            .bytes()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok())
            .and_then(|v| v.get("__type").and_then(|t| t.as_str()).map(str::to_string));
        let is_quota = |t: &str| {
            let name = t.split(':').next().unwrap_or(t);
            name.rsplit('#').next() == Some("LimitExceededException")
        };
        if from_header.is_some_and(is_quota) || from_body.as_deref().is_some_and(is_quota) {
            RetryAction::RetryForbidden
        } else {
            RetryAction::NoActionIndicated
        }
    }

    fn name(&self) -> &'static str {
        "ecrctl: a quota is not throttling"
    }

    fn priority(&self) -> RetryClassifierPriority {
        RetryClassifierPriority::run_after(
            RetryClassifierPriority::modeled_as_retryable_classifier(),
        )
    }
}

/// Check an endpoint URL before the SDK sees it: a scheme and a host.
pub fn validate_endpoint_url(url: &str) -> Result<()> {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"));
    let rest = match rest {
        Some(r) if !r.is_empty() && !r.starts_with('/') => r,
        _ => {
            return Err(AppError::usage(format!(
                "--endpoint-url '{url}' is not an http:// or https:// URL with a host"
            ))
            .into())
        }
    };
    if let Err(port) = endpoint_port(rest) {
        return Err(AppError::usage(format!(
            "--endpoint-url '{url}' has port '{port}', which is not a port number (1 to 65535)"
        ))
        .into());
    }
    Ok(())
}

/// The port of a URL's authority (after the scheme), if any; `Err`: the port as written, when
/// it is not a number from 1 to 65535 (an empty port is the scheme's default).
fn endpoint_port(rest: &str) -> Result<Option<u16>, &str> {
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    // [v6]:port: the port is after the bracket.
    let after_host = match host_port.rfind(']') {
        Some(i) => &host_port[i + 1..],
        None => host_port,
    };
    let Some((_, port)) = after_host.rsplit_once(':') else {
        return Ok(None);
    };
    if port.is_empty() {
        return Ok(None);
    }
    match port.parse::<u16>() {
        Ok(p) if p > 0 && port.bytes().all(|b| b.is_ascii_digit()) => Ok(Some(p)),
        _ => Err(port),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions() {
        assert!(validate_region("us-east-1").is_ok());
        assert!(validate_region("cn-north-1").is_ok());
        assert!(validate_region("US-EAST-1").is_err());
        assert!(validate_region("us east").is_err());
        assert!(validate_region("-x").is_err());
    }

    #[test]
    fn endpoint_urls() {
        assert!(validate_endpoint_url("http://127.0.0.1:5000").is_ok());
        assert!(validate_endpoint_url("https://ecr.example").is_ok());
        assert!(validate_endpoint_url("127.0.0.1:5000").is_err());
        assert!(validate_endpoint_url("http://").is_err());
        // The port is a number from 1 to 65535.
        assert!(validate_endpoint_url("http://127.0.0.1:5126x").is_err());
        assert!(validate_endpoint_url("http://127.0.0.1:65536/").is_err());
        assert!(validate_endpoint_url("http://127.0.0.1:0").is_err());
        assert!(validate_endpoint_url("http://127.0.0.1:+80").is_err());
        assert!(validate_endpoint_url("http://[::1]:x").is_err());
        assert!(validate_endpoint_url("http://[::1]:5000/path").is_ok());
        assert!(validate_endpoint_url("http://[::1]").is_ok());
        assert!(validate_endpoint_url("http://u:p@h:443").is_ok());
        assert!(validate_endpoint_url("http://h:").is_ok());
    }
}
