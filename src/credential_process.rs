//! A profile's `credential_process`, run by ecrctl rather than the SDK: in its own process
//! group, bounded by --timeout, and killed with everything it started when it outlives it (the
//! SDK's provider leaves a hanging process running, re-parented to init).

use std::time::{Duration, SystemTime};

use aws_credential_types::provider::{self, error::CredentialsError, future, ProvideCredentials};
use aws_credential_types::Credentials;

#[derive(Debug)]
pub struct ProcessProvider {
    pub profile: String,
    pub command: String,
    pub timeout: Duration,
}

impl ProvideCredentials for ProcessProvider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(self.load())
    }
}

impl ProcessProvider {
    async fn load(&self) -> provider::Result {
        let failed = |why: String| {
            CredentialsError::provider_error(format!(
                "profile {}'s credential_process {why}",
                self.profile
            ))
        };
        #[cfg(unix)]
        let (shell, flag) = ("sh", "-c");
        #[cfg(not(unix))]
        let (shell, flag) = ("cmd.exe", "/C");
        crate::ui::debug(
            2,
            format_args!("running profile {}'s credential_process", self.profile),
        );
        let out = crate::local_image::run_bounded_with_input(
            shell,
            &[flag, &self.command],
            None,
            self.timeout,
        )
        .await
        .map_err(|e| failed(e.to_string()))?;
        if !out.status.success() {
            let said = String::from_utf8_lossy(&out.stderr);
            let last = said.lines().rev().find(|l| !l.trim().is_empty());
            return Err(failed(format!(
                "failed ({}){}",
                out.status,
                last.map(|l| format!(": {}", crate::registry::auth::redact(l.trim())))
                    .unwrap_or_default()
            )));
        }
        let (id, secret, token, expiry) =
            parse(&String::from_utf8_lossy(&out.stdout)).map_err(&failed)?;
        Ok(Credentials::new(
            id,
            secret,
            token,
            expiry,
            "ecrctl credential_process",
        ))
    }
}

type Parsed = (String, String, Option<String>, Option<SystemTime>);

/// The process's answer (the AWS CLI's format, Version 1); errors never quote it.
pub fn parse(text: &str) -> Result<Parsed, String> {
    let v: serde_json::Value = serde_json::from_str(text.trim())
        .map_err(|_| "printed something that is not JSON".to_string())?;
    if v.get("Version").and_then(serde_json::Value::as_i64) != Some(1) {
        return Err("printed JSON without \"Version\": 1".into());
    }
    let field = |k: &str| {
        v.get(k)
            .and_then(serde_json::Value::as_str)
            .map(str::to_string)
    };
    let id = field("AccessKeyId").ok_or("printed no AccessKeyId")?;
    let secret = field("SecretAccessKey").ok_or("printed no SecretAccessKey")?;
    let expiry = match field("Expiration") {
        None => None,
        Some(t) => Some(
            aws_smithy_types::DateTime::from_str(&t, aws_smithy_types::date_time::Format::DateTime)
                .ok()
                .and_then(|d| SystemTime::try_from(d).ok())
                .ok_or_else(|| format!("printed an Expiration that is not RFC 3339 ({t})"))?,
        ),
    };
    Ok((id, secret, field("SessionToken"), expiry))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_in_the_aws_cli_format() {
        let (id, secret, token, expiry) = parse(
            r#"{"Version":1,"AccessKeyId":"AKID","SecretAccessKey":"s","SessionToken":"t","Expiration":"2030-01-01T00:00:00Z"}"#,
        )
        .unwrap();
        assert_eq!(
            (id.as_str(), secret.as_str(), token.as_deref()),
            ("AKID", "s", Some("t"))
        );
        assert!(expiry.is_some());
        assert!(
            parse(r#"{"Version":1,"AccessKeyId":"A","SecretAccessKey":"s"}"#)
                .unwrap()
                .3
                .is_none()
        );
        assert!(parse(r#"{"Version":2,"AccessKeyId":"A","SecretAccessKey":"s"}"#).is_err());
        assert!(parse(r#"{"Version":1,"AccessKeyId":"A"}"#).is_err());
        let e = parse("SECRETSTUFF").unwrap_err();
        assert!(!e.contains("SECRETSTUFF"));
        assert!(parse(
            r#"{"Version":1,"AccessKeyId":"A","SecretAccessKey":"s","Expiration":"soon"}"#
        )
        .is_err());
    }
}
