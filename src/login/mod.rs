//! Logging in to ECR registries: the token cache and the docker config file. No AWS types.

pub mod cache;
pub mod docker_config;
pub mod lock;

use std::fmt;

/// A registry password with its user name and expiry. `Debug` never shows the password.
#[derive(Clone, PartialEq, Eq)]
pub struct Token {
    /// The registry host it is for.
    pub registry: String,
    pub username: String,
    pub password: String,
    /// Seconds since the epoch.
    pub expires_at: i64,
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Token")
            .field("registry", &self.registry)
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// An ECR authorization token (base64 of `USER:PASSWORD`) as user name and password.
pub fn split_token(token: &str) -> Option<(String, String)> {
    let bytes = aws_smithy_types::base64::decode(token.trim()).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let (user, password) = text.split_once(':')?;
    // A password with control characters would be printed as something else: not a password.
    (!user.is_empty() && !password.is_empty() && !text.chars().any(char::is_control))
        .then(|| (user.to_string(), password.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_and_never_debug_print() {
        let t = aws_smithy_types::base64::encode("AWS:s3cr3t-pass");
        assert_eq!(split_token(&t), Some(("AWS".into(), "s3cr3t-pass".into())));
        assert_eq!(split_token("not base64!"), None);
        assert_eq!(
            split_token(&aws_smithy_types::base64::encode("nocolon")),
            None
        );
        let token = Token {
            registry: "r".into(),
            username: "AWS".into(),
            password: "s3cr3t-pass".into(),
            expires_at: 0,
        };
        assert!(!format!("{token:?}").contains("s3cr3t"));
    }
}
