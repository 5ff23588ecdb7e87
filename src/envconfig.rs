//! AWS settings from the environment and the shared config file that aws-config would otherwise
//! parse itself, and panic on (`AWS_MAX_ATTEMPTS=abc` ended every command with exit 101): the
//! retry settings and the region. Checked here, with aws-config's rules, before any client is
//! built. Pure: the environment and the profile come in as lookups.

use crate::credentials::Profiles;
use crate::error::{AppError, Exit};

/// The retry settings asked for; `None` where nothing is set (the SDK's default then holds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RetrySettings {
    pub max_attempts: Option<u32>,
    pub adaptive: Option<bool>,
}

/// The profile aws-config reads settings from: --profile, else AWS_PROFILE, else `default`.
pub fn selected_profile(flag: Option<&str>, env: &dyn Fn(&str) -> Option<String>) -> String {
    flag.map(str::to_string)
        .or_else(|| env("AWS_PROFILE").filter(|p| !p.is_empty()))
        .unwrap_or_else(|| "default".to_string())
}

/// `AWS_MAX_ATTEMPTS` / `AWS_RETRY_MODE`, else the profile's `max_attempts` / `retry_mode`, each
/// setting on its own (as aws-config decides). An empty variable counts as unset (CI systems
/// turn an unset variable into an empty one). A value aws-config would refuse is exit 9.
pub fn retry_settings(
    profile: &str,
    profiles: &dyn Profiles,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<RetrySettings, AppError> {
    let lookup = |var: &str, key: &str| -> Option<(String, String)> {
        let set = |v: Option<String>| v.filter(|v| !v.trim().is_empty());
        set(env(var)).map(|v| (v, var.to_string())).or_else(|| {
            set(profiles.get(profile, key)).map(|v| (v, format!("`{key}` in profile {profile}")))
        })
    };
    let mut settings = RetrySettings::default();
    if let Some((value, source)) = lookup("AWS_MAX_ATTEMPTS", "max_attempts") {
        match value.trim().parse::<u32>() {
            Ok(n) if n >= 1 => settings.max_attempts = Some(n),
            _ => {
                return Err(bad_setting(
                    &source,
                    &value,
                    "a number of attempts, a whole number from 1 (e.g. 3: the first call and two retries)",
                ))
            }
        }
    }
    if let Some((value, source)) = lookup("AWS_RETRY_MODE", "retry_mode") {
        let mode = value.trim();
        if mode.eq_ignore_ascii_case("standard") {
            settings.adaptive = Some(false);
        } else if mode.eq_ignore_ascii_case("adaptive") {
            settings.adaptive = Some(true);
        } else {
            return Err(bad_setting(
                &source,
                &value,
                "a retry mode the AWS SDK for Rust knows: `standard` or `adaptive` (the AWS CLI's `legacy` is not one)",
            ));
        }
    }
    Ok(settings)
}

/// A region named by `source` (`AWS_REGION`, the profile): `None` when empty (unset), exit 9
/// when it cannot be a region (the SDK would put it in a host name and fail with a message about
/// its endpoint rules).
pub fn configured_region(value: &str, source: &str) -> Result<Option<String>, AppError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if is_region_name(value) {
        return Ok(Some(value.to_string()));
    }
    Err(AppError::new(
        Exit::Config,
        format!(
            "{source} '{}' is not a region name (expected something like us-east-1)",
            crate::ui::clean(value)
        ),
    )
    .with_hint(format!("fix or unset {source}, or pass --region REGION")))
}

/// A region is one host label of lower-case letters, digits and `-`: `us-east-1`,
/// `us-gov-west-1`, `cn-north-1`.
pub fn is_region_name(region: &str) -> bool {
    !region.is_empty()
        && region.len() <= 32
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !region.starts_with('-')
        && !region.ends_with('-')
}

fn bad_setting(source: &str, value: &str, expected: &str) -> AppError {
    let fix = if source.starts_with("AWS_") {
        format!("fix or unset {source}")
    } else {
        format!(
            "fix {source} in the shared config file, or override it with the environment variable"
        )
    };
    AppError::new(
        Exit::Config,
        format!(
            "{source} is '{}', which is not {expected}",
            crate::ui::clean(value)
        ),
    )
    .with_hint(fix)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Files(HashMap<(String, String), String>);
    impl Profiles for Files {
        fn exists(&self, name: &str) -> bool {
            self.0.keys().any(|(p, _)| p == name)
        }
        fn get(&self, profile: &str, key: &str) -> Option<String> {
            self.0.get(&(profile.into(), key.into())).cloned()
        }
        fn names(&self) -> Vec<String> {
            Vec::new()
        }
    }

    fn files(entries: &[(&str, &str, &str)]) -> Files {
        Files(
            entries
                .iter()
                .map(|(p, k, v)| ((p.to_string(), k.to_string()), v.to_string()))
                .collect(),
        )
    }

    fn settings(
        env: &[(&str, &str)],
        profile: &[(&str, &str, &str)],
    ) -> Result<RetrySettings, AppError> {
        let env: HashMap<String, String> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        retry_settings("ci", &files(profile), &|k| env.get(k).cloned())
    }

    #[test]
    fn every_value_aws_config_panics_on_is_exit_9() {
        for bad in ["abc", "0", "-1", "1.5", "lots", "4294967296"] {
            let e = settings(&[("AWS_MAX_ATTEMPTS", bad)], &[]).unwrap_err();
            assert_eq!(e.kind, Exit::Config, "{bad}");
            assert!(
                e.message.starts_with("AWS_MAX_ATTEMPTS is '"),
                "{}",
                e.message
            );
            assert!(e.hint.unwrap().contains("unset AWS_MAX_ATTEMPTS"));
        }
        for bad in ["bogus", "legacy", "fast"] {
            let e = settings(&[("AWS_RETRY_MODE", bad)], &[]).unwrap_err();
            assert_eq!(e.kind, Exit::Config, "{bad}");
            assert!(e.message.contains("`standard` or `adaptive`"));
        }
        let e = settings(&[], &[("ci", "max_attempts", "lots")]).unwrap_err();
        assert_eq!(e.kind, Exit::Config);
        assert!(
            e.message
                .starts_with("`max_attempts` in profile ci is 'lots'"),
            "{}",
            e.message
        );
        let e = settings(&[], &[("ci", "retry_mode", "bogus")]).unwrap_err();
        assert!(e.message.starts_with("`retry_mode` in profile ci"));
    }

    #[test]
    fn good_values_and_precedence() {
        assert_eq!(settings(&[], &[]).unwrap(), RetrySettings::default());
        let s = settings(
            &[("AWS_MAX_ATTEMPTS", "5"), ("AWS_RETRY_MODE", "Adaptive")],
            &[],
        )
        .unwrap();
        assert_eq!(s.max_attempts, Some(5));
        assert_eq!(s.adaptive, Some(true));
        // The environment beats the profile, setting by setting; a bad profile value that the
        // environment overrides is never read.
        let s = settings(
            &[("AWS_MAX_ATTEMPTS", "2")],
            &[
                ("ci", "max_attempts", "lots"),
                ("ci", "retry_mode", "standard"),
            ],
        )
        .unwrap();
        assert_eq!(s.max_attempts, Some(2));
        assert_eq!(s.adaptive, Some(false));
        // Empty counts as unset: the profile's value then holds.
        let s = settings(&[("AWS_MAX_ATTEMPTS", "")], &[("ci", "max_attempts", "4")]).unwrap();
        assert_eq!(s.max_attempts, Some(4));
        // Only the selected profile is read.
        let s = settings(&[], &[("other", "max_attempts", "lots")]).unwrap();
        assert_eq!(s.max_attempts, None);
    }

    #[test]
    fn the_selected_profile() {
        let env = |k: &str| (k == "AWS_PROFILE").then(|| "prod".to_string());
        assert_eq!(selected_profile(Some("ci"), &env), "ci");
        assert_eq!(selected_profile(None, &env), "prod");
        assert_eq!(selected_profile(None, &|_| Some(String::new())), "default");
    }

    #[test]
    fn regions_from_the_configuration() {
        assert_eq!(configured_region("", "AWS_REGION").unwrap(), None);
        assert_eq!(configured_region("  ", "AWS_REGION").unwrap(), None);
        assert_eq!(
            configured_region("eu-west-1", "AWS_REGION").unwrap(),
            Some("eu-west-1".into())
        );
        for bad in [
            "us east 1",
            "us-east-1.evil.example",
            "US-EAST-1",
            "-x",
            "a/b",
        ] {
            let e = configured_region(bad, "AWS_REGION").unwrap_err();
            assert_eq!(e.kind, Exit::Config, "{bad}");
            assert!(e.message.contains("is not a region name"));
        }
    }
}
