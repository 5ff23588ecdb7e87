//! Which credentials a run uses, decided as the AWS CLI decides, so that `-vv` can name the
//! source and a failure can name the provider that failed and its own remedy. Pure: profiles
//! and the environment come in as lookups.

use std::sync::OnceLock;

use crate::error::{AppError, Exit};

/// The profile files as far as this module needs them.
pub trait Profiles {
    fn exists(&self, name: &str) -> bool;
    fn get(&self, profile: &str, key: &str) -> Option<String>;
    fn names(&self) -> Vec<String>;
}

/// How a profile gets its credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileKind {
    Static,
    Sso {
        session: String,
    },
    CredentialProcess,
    AssumeRole {
        role: String,
        source: String,
    },
    WebIdentity {
        role: String,
        token_file: String,
    },
    /// The profile exists but names no credentials (region or settings only).
    NoCredentials,
}

/// Where the credentials come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Profile {
        name: String,
        kind: ProfileKind,
        /// Named by --profile (beats the environment) rather than AWS_PROFILE or `default`.
        explicit: bool,
    },
    Environment,
    WebIdentity {
        role: String,
        token_file: String,
    },
    Container,
    InstanceMetadata,
    /// Nothing is configured and the instance metadata service is switched off.
    Nothing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub source: Source,
}

impl Plan {
    /// For -vv: the source and its kind, never a secret.
    pub fn describe(&self) -> String {
        match &self.source {
            Source::Profile {
                name,
                kind,
                explicit,
            } => {
                let origin = profile_origin();
                let from = if *explicit {
                    origin.as_str()
                } else {
                    "AWS_PROFILE or default"
                };
                let kind = match kind {
                    ProfileKind::Static => "static keys".to_string(),
                    ProfileKind::Sso { session } => format!("sso, session {session}"),
                    ProfileKind::CredentialProcess => "credential_process".to_string(),
                    ProfileKind::AssumeRole { role, source } => {
                        format!("assume-role {role} from {source}")
                    }
                    ProfileKind::WebIdentity { role, token_file } => {
                        format!("web identity, role {role}, token file {token_file}")
                    }
                    ProfileKind::NoCredentials => "no credentials in it".to_string(),
                };
                format!("profile {name} ({kind}; from {from})")
            }
            Source::Environment => {
                "environment (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)".to_string()
            }
            Source::WebIdentity { role, token_file } => {
                format!("web identity from the environment (role {role}, token file {token_file})")
            }
            Source::Container => "container credentials (ECS / EKS pod identity)".to_string(),
            Source::InstanceMetadata => "instance metadata (EC2 instance profile)".to_string(),
            Source::Nothing => {
                "none (nothing is configured and instance metadata is disabled)".to_string()
            }
        }
    }

    /// What to do when these credentials fail: the provider's own remedy.
    pub fn remedy(&self) -> String {
        match &self.source {
            Source::Profile { name, kind, .. } => match kind {
                ProfileKind::Static => format!(
                    "check aws_access_key_id / aws_secret_access_key of profile {name} (~/.aws/credentials)"
                ),
                ProfileKind::Sso { .. } => format!(
                    "the SSO session is missing or expired: run `aws sso login --profile {name}`"
                ),
                ProfileKind::CredentialProcess => format!(
                    "profile {name}'s credential_process failed: run that command by hand to see why"
                ),
                ProfileKind::AssumeRole { role, source } => format!(
                    "assuming {role} from {source} failed: check that {source}'s identity may call sts:AssumeRole on it (the role's trust policy, an external id or MFA)"
                ),
                ProfileKind::WebIdentity { role, token_file } => web_identity_remedy(role, token_file),
                ProfileKind::NoCredentials => format!(
                    "profile {name} holds no credentials: add them (`aws configure --profile {name}`) or pick another profile"
                ),
            },
            Source::Environment => {
                "check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (a session token expires)".to_string()
            }
            Source::WebIdentity { role, token_file } => web_identity_remedy(role, token_file),
            Source::Container => {
                "the container credentials endpoint failed: check the task role (ECS) or pod identity (EKS)".to_string()
            }
            // The helper: docker passes it no flags, so the environment or a recorded profile.
            Source::InstanceMetadata | Source::Nothing
                if crate::error::settings().from_environment =>
            {
                "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, in the environment docker runs in, or record a profile with `ecrctl login --install-helper --profile NAME`: no other source had credentials".to_string()
            }
            Source::InstanceMetadata | Source::Nothing => {
                "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose a profile with --profile / AWS_PROFILE (see `aws configure`): no other source had credentials".to_string()
            }
        }
    }
}

fn web_identity_remedy(role: &str, token_file: &str) -> String {
    format!(
        "web identity for {role} failed: check that the token file {token_file} exists and is fresh, and that the role trusts this OIDC provider and audience (GitHub Actions needs `permissions: id-token: write`)"
    )
}

fn kind_of(profiles: &dyn Profiles, name: &str) -> ProfileKind {
    let get = |k: &str| profiles.get(name, k);
    if let (Some(role), Some(token_file)) = (get("role_arn"), get("web_identity_token_file")) {
        return ProfileKind::WebIdentity { role, token_file };
    }
    if let Some(role) = get("role_arn") {
        let source = get("source_profile")
            .map(|p| format!("profile {p}"))
            .or_else(|| get("credential_source"))
            .unwrap_or_else(|| "an unnamed source".into());
        return ProfileKind::AssumeRole { role, source };
    }
    if let Some(session) = get("sso_session").or_else(|| get("sso_start_url")) {
        return ProfileKind::Sso { session };
    }
    if get("credential_process").is_some() {
        return ProfileKind::CredentialProcess;
    }
    if get("aws_access_key_id").is_some() {
        return ProfileKind::Static;
    }
    ProfileKind::NoCredentials
}

/// The files the SDK reads profiles from, as a person would name them.
pub fn profile_files(env: &dyn Fn(&str) -> Option<String>) -> String {
    let config = env("AWS_CONFIG_FILE").unwrap_or_else(|| "~/.aws/config".into());
    let creds = env("AWS_SHARED_CREDENTIALS_FILE").unwrap_or_else(|| "~/.aws/credentials".into());
    format!("{config} and {creds}")
}

/// Decide the credential source. A profile named by --profile or AWS_PROFILE that does not
/// exist is an error whatever else is set (exit 9), as with the AWS CLI.
pub fn plan(
    flag: Option<&str>,
    profiles: &dyn Profiles,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Plan, AppError> {
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(name) = flag {
        if !profiles.exists(name) {
            return Err(missing_profile(name, &profile_origin(), profiles, env));
        }
        source_profile_exists(name, profiles, env)?;
        return Ok(Plan {
            source: Source::Profile {
                name: name.to_string(),
                kind: kind_of(profiles, name),
                explicit: true,
            },
        });
    }
    let env_profile = set("AWS_PROFILE");
    if let Some(name) = &env_profile {
        if !profiles.exists(name) && name != "default" {
            return Err(missing_profile(name, "AWS_PROFILE", profiles, env));
        }
    }
    if set("AWS_ACCESS_KEY_ID").is_some() && set("AWS_SECRET_ACCESS_KEY").is_some() {
        return Ok(Plan {
            source: Source::Environment,
        });
    }
    let name = env_profile.unwrap_or_else(|| "default".into());
    if profiles.exists(&name) {
        source_profile_exists(&name, profiles, env)?;
        let kind = kind_of(profiles, &name);
        if kind != ProfileKind::NoCredentials {
            return Ok(Plan {
                source: Source::Profile {
                    name,
                    kind,
                    explicit: false,
                },
            });
        }
    }
    Ok(Plan {
        source: beyond_profiles(&set),
    })
}

/// A profile named by `from` that the files do not hold: where ecrctl looked and what is there.
fn missing_profile(
    name: &str,
    from: &str,
    profiles: &dyn Profiles,
    env: &dyn Fn(&str) -> Option<String>,
) -> AppError {
    let known = profiles.names();
    let hint = if known.is_empty() {
        format!("create it with `aws configure --profile {name}`")
    } else {
        format!("profiles there: {}", known.join(", "))
    };
    AppError::new(
        Exit::Config,
        format!(
            "the config profile ({name}) named by {from} could not be found in {}",
            profile_files(env)
        ),
    )
    .with_hint(hint)
}

/// A role profile whose source_profile does not exist cannot work either.
fn source_profile_exists(
    name: &str,
    profiles: &dyn Profiles,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(), AppError> {
    match profiles.get(name, "source_profile") {
        Some(source) if !profiles.exists(&source) => Err(missing_profile(
            &source,
            &format!("source_profile of profile {name}"),
            profiles,
            env,
        )),
        _ => Ok(()),
    }
}

/// The providers after the environment keys and the profile: web identity, the container
/// endpoint, then instance metadata unless it is disabled.
fn beyond_profiles(set: &dyn Fn(&str) -> Option<String>) -> Source {
    if let (Some(role), Some(token_file)) =
        (set("AWS_ROLE_ARN"), set("AWS_WEB_IDENTITY_TOKEN_FILE"))
    {
        return Source::WebIdentity { role, token_file };
    }
    if set("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI").is_some()
        || set("AWS_CONTAINER_CREDENTIALS_FULL_URI").is_some()
    {
        return Source::Container;
    }
    let imds_off = set("AWS_EC2_METADATA_DISABLED").is_some_and(|v| v.eq_ignore_ascii_case("true"));
    if imds_off {
        Source::Nothing
    } else {
        Source::InstanceMetadata
    }
}

/// Who the credentials of a plan stand for, as a cache key part: stable across refreshes of
/// the same profile's assumed-role or SSO credentials, different for another identity, and
/// holding no secret (keys are hashed). `None` when there are no credentials.
pub fn identity(
    plan: &Plan,
    profiles: &dyn Profiles,
    env: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let hash = |s: &str| crate::login::cache::sha256_hex(s);
    Some(match &plan.source {
        Source::Profile { name, kind, .. } => {
            let get = |k: &str| profiles.get(name, k).unwrap_or_default();
            let how = match kind {
                ProfileKind::Static => format!("static:{}", hash(&get("aws_access_key_id"))),
                ProfileKind::Sso { session } => format!(
                    "sso:{session}|{}|{}|{}",
                    get("sso_start_url"),
                    get("sso_account_id"),
                    get("sso_role_name")
                ),
                ProfileKind::AssumeRole { role, .. } => {
                    format!("role:{role}|{}", get("external_id"))
                }
                ProfileKind::WebIdentity { role, .. } => format!("web-identity:{role}"),
                ProfileKind::CredentialProcess => {
                    format!("process:{}", hash(&get("credential_process")))
                }
                ProfileKind::NoCredentials => "none".to_string(),
            };
            format!("profile:{name}:{how}")
        }
        Source::Environment => {
            format!(
                "env:{}",
                hash(&env("AWS_ACCESS_KEY_ID").unwrap_or_default())
            )
        }
        Source::WebIdentity { role, .. } => format!("web-identity:{role}"),
        Source::Container => format!(
            "container:{}",
            env("AWS_CONTAINER_CREDENTIALS_FULL_URI")
                .or_else(|| env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"))
                .unwrap_or_default()
        ),
        Source::InstanceMetadata => "instance-metadata".to_string(),
        Source::Nothing => return None,
    })
}

static SAID: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Name the credentials in use for `-vv`, once per run (the cache key and the clients both
/// plan them).
pub fn say(plan: &Plan) {
    if !SAID.swap(true, std::sync::atomic::Ordering::Relaxed) {
        crate::ui::debug(2, format_args!("credentials: {}", plan.describe()));
    }
}

static PROFILE_ORIGIN: OnceLock<String> = OnceLock::new();

/// Say where the explicit profile of this run was named, when not by --profile (the helper's
/// profile, recorded in a file).
pub fn profile_named_by(origin: String) {
    let _ = PROFILE_ORIGIN.set(origin);
}

/// What named the explicit profile: `--profile` unless [`profile_named_by`] said otherwise.
fn profile_origin() -> String {
    PROFILE_ORIGIN
        .get()
        .cloned()
        .unwrap_or_else(|| "--profile".to_string())
}

/// The STS call the SDK makes for these credentials (it makes it itself, so ecrctl names it
/// for `-v`), if any.
pub fn sts_call(plan: &Plan) -> Option<String> {
    match &plan.source {
        Source::Profile {
            name,
            kind: ProfileKind::AssumeRole { role, .. },
            ..
        } => Some(format!(
            "call STS AssumeRole {role} (profile {name}'s role_arn, by the SDK when credentials are first needed)"
        )),
        Source::Profile {
            name,
            kind: ProfileKind::WebIdentity { role, .. },
            ..
        } => Some(format!(
            "call STS AssumeRoleWithWebIdentity {role} (profile {name}, by the SDK when credentials are first needed)"
        )),
        Source::WebIdentity { role, .. } => Some(format!(
            "call STS AssumeRoleWithWebIdentity {role} (AWS_ROLE_ARN, by the SDK when credentials are first needed)"
        )),
        _ => None,
    }
}

static PLAN: OnceLock<Plan> = OnceLock::new();

/// Keep the plan of this run, for error messages.
pub fn remember(plan: &Plan) {
    let _ = PLAN.set(plan.clone());
}

/// The plan of this run, once credentials were planned.
pub fn current() -> Option<&'static Plan> {
    PLAN.get()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Files(HashMap<&'static str, Vec<(&'static str, &'static str)>>);

    impl Profiles for Files {
        fn exists(&self, name: &str) -> bool {
            self.0.contains_key(name)
        }
        fn get(&self, profile: &str, key: &str) -> Option<String> {
            self.0
                .get(profile)?
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        }
        fn names(&self) -> Vec<String> {
            let mut n: Vec<String> = self.0.keys().map(|k| k.to_string()).collect();
            n.sort();
            n
        }
    }

    fn files() -> Files {
        Files(HashMap::from([
            ("prod", vec![("credential_process", "/bin/creds")]),
            (
                "sso",
                vec![("sso_session", "corp"), ("sso_account_id", "1")],
            ),
            (
                "role",
                vec![
                    ("role_arn", "arn:aws:iam::1:role/r"),
                    ("source_profile", "prod"),
                ],
            ),
            ("regiononly", vec![("region", "eu-west-1")]),
        ]))
    }

    fn env(vars: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    const KEYS: &[(&str, &str)] = &[
        ("AWS_ACCESS_KEY_ID", "AKIA"),
        ("AWS_SECRET_ACCESS_KEY", "s"),
    ];

    #[test]
    fn identities_survive_refreshes_and_differ_between_people() {
        let f = files();
        let id = |profile: Option<&str>, vars: &'static [(&'static str, &'static str)]| {
            let p = plan(profile, &f, &env(vars)).unwrap();
            identity(&p, &f, &env(vars))
        };
        // An assumed role: keyed on the profile and the role, whatever keys the refresh brings.
        const ROLE_A: &[(&str, &str)] = &[("AWS_ACCESS_KEY_ID", "ASIAONE")];
        const ROLE_B: &[(&str, &str)] = &[("AWS_ACCESS_KEY_ID", "ASIATWO")];
        let role = id(Some("role"), ROLE_A).unwrap();
        assert_eq!(role, id(Some("role"), ROLE_B).unwrap());
        assert!(role.contains("arn:aws:iam::1:role/r"));
        // SSO: the session and account.
        assert!(id(Some("sso"), &[]).unwrap().contains("corp"));
        // Environment keys: a hash of the access key id, never the key itself.
        const ENV_A: &[(&str, &str)] = &[
            ("AWS_ACCESS_KEY_ID", "AKIAPERSONA"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
        ];
        const ENV_B: &[(&str, &str)] = &[
            ("AWS_ACCESS_KEY_ID", "AKIAPERSONB"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
        ];
        let a = id(None, ENV_A).unwrap();
        assert_ne!(a, id(None, ENV_B).unwrap());
        assert!(!a.contains("AKIAPERSONA"));
        assert_ne!(role, id(Some("prod"), &[]).unwrap());
    }

    #[test]
    fn an_explicit_profile_beats_environment_keys() {
        let p = plan(Some("prod"), &files(), &env(KEYS)).unwrap();
        assert_eq!(
            p.source,
            Source::Profile {
                name: "prod".into(),
                kind: ProfileKind::CredentialProcess,
                explicit: true
            }
        );
        assert!(p.describe().contains("credential_process"));
    }

    #[test]
    fn a_missing_profile_is_a_config_error_whatever_the_environment_holds() {
        let e = plan(Some("nosuch"), &files(), &env(KEYS)).unwrap_err();
        assert_eq!(e.kind, Exit::Config);
        assert!(
            e.message.contains("(nosuch)") && e.message.contains("~/.aws/config"),
            "{}",
            e.message
        );
        assert!(e.hint.unwrap().contains("prod"));
        const NOPE: &[(&str, &str)] = &[
            ("AWS_PROFILE", "nope"),
            ("AWS_ACCESS_KEY_ID", "AKIA"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
        ];
        assert_eq!(
            plan(None, &files(), &env(NOPE)).unwrap_err().kind,
            Exit::Config
        );
    }

    #[test]
    fn aws_profile_yields_to_environment_keys() {
        const BOTH: &[(&str, &str)] = &[
            ("AWS_PROFILE", "prod"),
            ("AWS_ACCESS_KEY_ID", "AKIA"),
            ("AWS_SECRET_ACCESS_KEY", "s"),
        ];
        assert_eq!(
            plan(None, &files(), &env(BOTH)).unwrap().source,
            Source::Environment
        );
        const ONLY: &[(&str, &str)] = &[("AWS_PROFILE", "sso")];
        let p = plan(None, &files(), &env(ONLY)).unwrap();
        assert!(p.remedy().contains("aws sso login --profile sso"));
    }

    #[test]
    fn a_missing_source_profile_is_a_config_error() {
        let mut f = files();
        f.0.insert(
            "broken",
            vec![
                ("role_arn", "arn:aws:iam::1:role/r"),
                ("source_profile", "nosuch"),
            ],
        );
        let e = plan(Some("broken"), &f, &env(&[])).unwrap_err();
        assert_eq!(e.kind, Exit::Config);
        assert!(
            e.message
                .contains("(nosuch) named by source_profile of profile broken"),
            "{}",
            e.message
        );
    }

    #[test]
    fn role_profiles_name_their_sts_call() {
        let p = plan(Some("role"), &files(), &env(&[])).unwrap();
        let call = sts_call(&p).unwrap();
        assert!(
            call.starts_with("call STS AssumeRole arn:aws:iam::1:role/r"),
            "{call}"
        );
        assert_eq!(
            sts_call(&plan(Some("prod"), &files(), &env(&[])).unwrap()),
            None
        );
    }

    #[test]
    fn kinds_and_remedies() {
        let p = plan(Some("role"), &files(), &env(&[])).unwrap();
        assert!(p.remedy().contains("sts:AssumeRole") && p.remedy().contains("profile prod"));
        const WEB: &[(&str, &str)] = &[
            ("AWS_ROLE_ARN", "arn:aws:iam::1:role/ci"),
            ("AWS_WEB_IDENTITY_TOKEN_FILE", "/tmp/token"),
        ];
        let p = plan(None, &files(), &env(WEB)).unwrap();
        assert!(p.remedy().contains("/tmp/token") && !p.remedy().contains("AWS_ACCESS_KEY_ID"));
        assert_eq!(
            plan(None, &files(), &env(&[])).unwrap().source,
            Source::InstanceMetadata
        );
        const ECS: &[(&str, &str)] = &[("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/x")];
        assert_eq!(
            plan(None, &files(), &env(ECS)).unwrap().source,
            Source::Container
        );
        let p = plan(Some("regiononly"), &files(), &env(&[])).unwrap();
        assert!(p.remedy().contains("holds no credentials"));
    }
}
