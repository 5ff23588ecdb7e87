//! Pure checks of repository settings given on the command line: resource tags, KMS keys and
//! the ECR Public catalog fields. No AWS types.

/// At most this many resource tags per resource (AWS tagging limit).
pub const MAX_TAGS: usize = 50;
/// ECR Public catalog limits.
pub const MAX_DESCRIPTION: usize = 1024;
pub const MAX_CATALOG_TEXT: usize = 25_600;

/// Parse `KEY=VALUE` tags: keys 1-128 characters, values 0-256, the AWS tag character set,
/// no `aws:` prefix, no key twice.
pub fn parse_tags(raw: &[String]) -> Result<Vec<(String, String)>, String> {
    if raw.len() > MAX_TAGS {
        return Err(format!(
            "{} tags given: at most {MAX_TAGS} are allowed",
            raw.len()
        ));
    }
    let mut tags: Vec<(String, String)> = Vec::with_capacity(raw.len());
    for item in raw {
        let (key, value) = item
            .split_once('=')
            .ok_or_else(|| format!("--tag '{}' is not KEY=VALUE", crate::error::cut(item)))?;
        let key_len = key.chars().count();
        if key_len == 0 || key_len > 128 {
            return Err(format!(
                "--tag '{}': the key must be 1 to 128 characters",
                crate::error::cut(item)
            ));
        }
        if value.chars().count() > 256 {
            return Err(format!(
                "--tag '{}': the value is {} characters long: at most 256",
                crate::error::cut(item),
                value.chars().count()
            ));
        }
        if key.to_ascii_lowercase().starts_with("aws:") {
            return Err(format!(
                "--tag '{}': keys starting with 'aws:' are reserved by AWS",
                crate::error::cut(item)
            ));
        }
        if let Some(c) = item.chars().find(|&c| !tag_char(c)) {
            return Err(format!(
                "--tag '{}' contains {c:?}: tags allow letters, digits, spaces and _ . : / = + - @",
                crate::error::cut(item)
            ));
        }
        if tags.iter().any(|(k, _)| k == key) {
            return Err(format!(
                "--tag key '{}' is given twice",
                crate::error::cut(key)
            ));
        }
        tags.push((key.to_string(), value.to_string()));
    }
    Ok(tags)
}

fn tag_char(c: char) -> bool {
    c.is_alphanumeric() || c == ' ' || "_.:/=+-@".contains(c)
}

/// Check a KMS key reference: a key id (UUID), a multi-Region key id (`mrk-` + 32 hex), a key
/// ARN, `alias/NAME`, or an alias ARN.
pub fn validate_kms_key(key: &str) -> Result<(), String> {
    let ok = if let Some(rest) = key.strip_prefix("arn:") {
        kms_arn(rest)
    } else if let Some(alias) = key.strip_prefix("alias/") {
        alias_name(alias)
    } else {
        key_id(key)
    };
    if ok {
        Ok(())
    } else {
        Err(format!(
            "--kms-key '{}' is not a KMS key id, multi-Region key id (mrk-…), key ARN, \
             alias/NAME or alias ARN",
            crate::error::cut(key)
        ))
    }
}

/// How a `--kms-key` compares with the key a repository reports (a key ARN).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyComparison {
    Same,
    Different,
    /// An alias (`alias/NAME` or an alias ARN) on either side (ECR reports a key ARN; an
    /// emulator may keep the alias it was given): only KMS DescribeKey knows which key it names.
    NeedsResolving,
}

/// `alias/NAME` or an alias ARN: names a key only through KMS.
pub fn is_kms_alias(key: &str) -> bool {
    key.starts_with("alias/") || (key.starts_with("arn:") && key.contains(":alias/"))
}

/// Compare a `--kms-key` (key id, `mrk-…`, key ARN, alias) with a repository's key as ECR
/// reports it (a key ARN; an emulator may keep the text it was given).
pub fn compare_key(given: &str, stored: &str) -> KeyComparison {
    if given == stored {
        return KeyComparison::Same;
    }
    if is_kms_alias(given) || is_kms_alias(stored) {
        return KeyComparison::NeedsResolving;
    }
    // A key id names the key of the ARN ending in `:key/ID`; another ARN is another key.
    if !given.starts_with("arn:") && stored.ends_with(&format!(":key/{given}")) {
        KeyComparison::Same
    } else {
        KeyComparison::Different
    }
}

fn key_id(s: &str) -> bool {
    if let Some(hex) = s.strip_prefix("mrk-") {
        return hex.len() == 32 && hex.bytes().all(|b| b.is_ascii_hexdigit());
    }
    let groups: Vec<&str> = s.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    groups.len() == 5
        && groups
            .iter()
            .zip(lens)
            .all(|(g, n)| g.len() == n && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn alias_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 250
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/_-".contains(&b))
}

/// `arn:PARTITION:kms:REGION:ACCOUNT:key/ID` or `…:alias/NAME` (after the leading `arn:`).
fn kms_arn(rest: &str) -> bool {
    let parts: Vec<&str> = rest.splitn(5, ':').collect();
    let [partition, service, region, account, resource] = parts[..] else {
        return false;
    };
    let resource_ok = if let Some(id) = resource.strip_prefix("key/") {
        key_id(id)
    } else if let Some(name) = resource.strip_prefix("alias/") {
        alias_name(name)
    } else {
        false
    };
    partition.starts_with("aws")
        && service == "kms"
        && !region.is_empty()
        && account.len() == 12
        && account.bytes().all(|b| b.is_ascii_digit())
        && resource_ok
}

/// The ECR Public catalog's architecture names, from common spellings.
pub fn normalize_architecture(raw: &str) -> Result<&'static str, String> {
    match raw.to_ascii_lowercase().replace(['_', ' '], "-").as_str() {
        "arm" => Ok("ARM"),
        "arm64" | "arm-64" | "aarch64" => Ok("ARM 64"),
        "x86" | "i386" | "386" => Ok("x86"),
        "x86-64" | "amd64" | "x64" => Ok("x86-64"),
        _ => Err(format!(
            "--architecture '{}' is not one of: arm, arm64, x86, x86-64",
            crate::error::cut(raw)
        )),
    }
}

/// The ECR Public catalog's operating-system names.
pub fn normalize_os(raw: &str) -> Result<&'static str, String> {
    match raw.to_ascii_lowercase().as_str() {
        "linux" => Ok("Linux"),
        "windows" => Ok("Windows"),
        _ => Err(format!(
            "--os '{}' is not one of: linux, windows",
            crate::error::cut(raw)
        )),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn keys_compare_by_what_they_name() {
        use super::compare_key;
        use super::KeyComparison::*;
        let arn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        assert_eq!(compare_key(arn, arn), Same);
        assert_eq!(
            compare_key("1234abcd-12ab-34cd-56ef-1234567890ab", arn),
            Same
        );
        assert_eq!(
            compare_key("1234abcd-12ab-34cd-56ef-000000000000", arn),
            Different
        );
        let other = "arn:aws:kms:eu-west-1:111122223333:key/ffffffff-12ab-34cd-56ef-1234567890ab";
        assert_eq!(compare_key(other, arn), Different);
        // An alias names a key only KMS knows: its name is never compared with the key id.
        let alias_like_id = "alias/1234abcd-12ab-34cd-56ef-1234567890ab";
        assert_eq!(compare_key(alias_like_id, arn), NeedsResolving);
        assert_eq!(compare_key("alias/ecr", arn), NeedsResolving);
        let alias_arn = "arn:aws:kms:eu-west-1:111122223333:alias/ecr";
        assert_eq!(compare_key(alias_arn, arn), NeedsResolving);
        // Kept as given (an emulator): the same text is the same key.
        assert_eq!(compare_key("alias/ecr", "alias/ecr"), Same);
        // The repository's side may be the alias (an emulator keeps what it was given).
        assert_eq!(compare_key(arn, "alias/ecr"), NeedsResolving);
        assert_eq!(
            compare_key("1234abcd-12ab-34cd-56ef-1234567890ab", "alias/ecr"),
            NeedsResolving
        );
    }
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn tags_parse() {
        assert_eq!(
            parse_tags(&s(&["team=a", "empty=", "url=a/b:c=d"])).unwrap(),
            vec![
                ("team".into(), "a".into()),
                ("empty".into(), "".into()),
                ("url".into(), "a/b:c=d".into())
            ]
        );
        assert!(parse_tags(&s(&["novalue"]))
            .unwrap_err()
            .contains("KEY=VALUE"));
        assert!(parse_tags(&s(&["=v"])).unwrap_err().contains("1 to 128"));
        assert!(parse_tags(&s(&["aws:x=1"]))
            .unwrap_err()
            .contains("reserved"));
        assert!(parse_tags(&s(&["a=1", "a=2"]))
            .unwrap_err()
            .contains("twice"));
        assert!(parse_tags(&s(&["a=b;c"])).unwrap_err().contains("';'"));
        let many: Vec<String> = (0..51).map(|i| format!("k{i}=v")).collect();
        assert!(parse_tags(&many).unwrap_err().contains("at most 50"));
        assert!(parse_tags(&[format!("k={}", "v".repeat(257))]).is_err());
    }

    #[test]
    fn kms_keys() {
        for ok in [
            "1234abcd-12ab-34cd-56ef-1234567890ab",
            "mrk-1234abcd12ab34cd56ef1234567890ab",
            "arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws-cn:kms:cn-north-1:111122223333:alias/my-key",
            "alias/ExampleAlias",
            "alias/aws/ecr",
        ] {
            assert!(validate_kms_key(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "my-key",
            "alias/",
            "1234abcd-12ab-34cd-56ef",
            "arn:aws:s3:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:kms:us-east-2:1111:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "arn:aws:kms:us-east-2:111122223333:thing/x",
        ] {
            assert!(validate_kms_key(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn catalog_names() {
        assert_eq!(normalize_architecture("amd64").unwrap(), "x86-64");
        assert_eq!(normalize_architecture("ARM64").unwrap(), "ARM 64");
        assert_eq!(normalize_architecture("ARM 64").unwrap(), "ARM 64");
        assert!(normalize_architecture("riscv").is_err());
        assert_eq!(normalize_os("Linux").unwrap(), "Linux");
        assert!(normalize_os("mac").is_err());
    }
}

/// The repository creation template a new repository named `repo` gets: the longest prefix
/// that is one of its leading path parts (ECR reads a prefix with a `/` after it: `team` covers
/// `team/api`, not a repository named `team`), else `ROOT`. The one matching rule of
/// check-push and `template show --for`.
pub fn best_template<'a>(
    repo: &str,
    prefixes: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let mut best: Option<&str> = None;
    for prefix in prefixes {
        let namespace = prefix.trim_end_matches('/');
        let matches = prefix == "ROOT" || repo.starts_with(&format!("{namespace}/"));
        if !matches {
            continue;
        }
        let better = match best {
            None => true,
            Some(b) => b == "ROOT" || (prefix != "ROOT" && prefix.len() > b.len()),
        };
        if better {
            best = Some(prefix);
        }
    }
    best
}

#[cfg(test)]
mod template_tests {
    use super::best_template;

    #[test]
    fn the_longest_prefix_then_root() {
        let prefixes = ["ROOT", "team", "team/api", "teamx/", "prod"];
        for (repo, want) in [
            ("team/api", Some("team")),
            ("team/api/v2", Some("team/api")),
            ("team/web", Some("team")),
            ("team", Some("ROOT")),
            ("teamx/a", Some("teamx/")),
            ("teams/a", Some("ROOT")),
            ("other", Some("ROOT")),
            ("production/x", Some("ROOT")),
        ] {
            assert_eq!(best_template(repo, prefixes), want, "{repo}");
        }
        assert_eq!(best_template("other", ["team"]), None);
    }
}
