//! KMS keys, as far as the audit needs them: who manages a repository's key (ECR reports the
//! AWS managed `aws/ecr` key as a plain key ARN, like a customer managed one).

use anyhow::Result;

use crate::aws::Clients;
use crate::error::aws_error_of;
use crate::ui::debug;

/// Who manages a KMS key (DescribeKey's `KeyManager`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyManager {
    /// An AWS managed key such as `aws/ecr`.
    Aws,
    Customer,
}

/// The region of a key ARN (`arn:aws:kms:REGION:ACCOUNT:key/ID`), if it is one.
fn region_of(key: &str) -> Option<&str> {
    let mut parts = key.split(':');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some("arn"), Some(_), Some("kms"), Some(region)) if !region.is_empty() => Some(region),
        _ => None,
    }
}

/// DescribeKey of a repository's key, in the key's region (`region`, the repository's, when
/// the key is not an ARN), with these clients' credentials.
pub async fn key_manager(clients: &Clients, key: &str, region: &str) -> Result<KeyManager> {
    let metadata = describe_key(clients, key, region).await?;
    use aws_sdk_kms::types::KeyManagerType;
    match metadata.as_ref().and_then(|m| m.key_manager()) {
        Some(KeyManagerType::Aws) => Ok(KeyManager::Aws),
        Some(KeyManagerType::Customer) => Ok(KeyManager::Customer),
        other => anyhow::bail!(
            "DescribeKey answered with key manager {}",
            other.map_or("(none)", |m| m.as_str())
        ),
    }
}

/// The key ARN a key id, key ARN or alias names (KMS DescribeKey, in the key's region, else
/// `region`).
pub async fn key_arn(clients: &Clients, key: &str, region: &str) -> Result<String> {
    let metadata = describe_key(clients, key, region).await?;
    match metadata.as_ref().and_then(|m| m.arn()) {
        Some(arn) => Ok(arn.to_string()),
        None => Err(crate::error::incomplete_answer(
            "DescribeKey answered without the key's ARN",
        )),
    }
}

/// KMS DescribeKey of a key id, key ARN or alias, in the key's region (else `region`).
async fn describe_key(
    clients: &Clients,
    key: &str,
    region: &str,
) -> Result<Option<aws_sdk_kms::types::KeyMetadata>> {
    let client = clients.kms_in(region_of(key).unwrap_or(region)).await?;
    debug(2, format_args!("DescribeKey {key}"));
    let out = client
        .describe_key()
        .key_id(key)
        .send()
        .await
        .map_err(|e| aws_error_of("KMS", "DescribeKey", e))?;
    Ok(out.key_metadata)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_regions() {
        assert_eq!(
            region_of("arn:aws:kms:eu-west-1:111122223333:key/1234abcd"),
            Some("eu-west-1")
        );
        assert_eq!(
            region_of("arn:aws-cn:kms:cn-north-1:111122223333:key/x"),
            Some("cn-north-1")
        );
        assert_eq!(region_of("1234abcd-12ab"), None);
        assert_eq!(region_of("alias/aws/ecr"), None);
    }
}
