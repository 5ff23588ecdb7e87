//! Repository-name grammar and ECR naming rules. Pure: no AWS types.

/// Which grammar a name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Registry {
    Private,
    Public,
}

/// Check a repository name against ECR's grammar, with a message saying exactly what is wrong.
///
/// Private names follow the OCI distribution grammar (separators `.`, `_`, `__` or runs of `-`),
/// 2-256 characters; public names the older one (single `.`, `_` or `-`), 2-205 characters.
pub fn validate_repository_name(name: &str, registry: Registry) -> Result<(), String> {
    let max = match registry {
        Registry::Private => 256,
        Registry::Public => 205,
    };
    let len = name.chars().count();
    if len < 2 || len > max {
        return Err(format!(
            "repository name '{name}' is {len} characters long: it must be 2 to {max}"
        ));
    }
    if let Some(c) = name.chars().find(|c| c.is_ascii_uppercase()) {
        return Err(format!(
            "repository name '{name}' contains upper-case '{c}': names are lower case"
        ));
    }
    for component in name.split('/') {
        validate_component(name, component, registry)?;
    }
    Ok(())
}

fn validate_component(name: &str, component: &str, registry: Registry) -> Result<(), String> {
    if component.is_empty() {
        return Err(format!(
            "repository name '{name}' has an empty path component (leading, trailing or doubled '/')"
        ));
    }
    let bytes = component.as_bytes();
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    if let Some(&b) = bytes
        .iter()
        .find(|&&b| !alnum(b) && !matches!(b, b'.' | b'_' | b'-'))
    {
        return Err(format!(
            "repository name '{name}' contains {:?}: only a-z, 0-9, '.', '_', '-' and '/' are allowed",
            b as char
        ));
    }
    if !alnum(bytes[0]) || !alnum(bytes[bytes.len() - 1]) {
        return Err(format!(
            "repository name '{name}': each '/'-separated part must start and end with a letter or digit ('{component}' does not)"
        ));
    }
    // Check every run of separators between alphanumerics.
    let mut i = 0;
    while i < bytes.len() {
        if alnum(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && !alnum(bytes[i]) {
            i += 1;
        }
        let sep = &component[start..i];
        let ok = match registry {
            Registry::Private => matches!(sep, "." | "_" | "__") || sep.bytes().all(|b| b == b'-'),
            Registry::Public => matches!(sep, "." | "_" | "-"),
        };
        if !ok {
            let allowed = match registry {
                Registry::Private => "'.', '_', '__' or dashes",
                Registry::Public => "a single '.', '_' or '-' (public repositories)",
            };
            return Err(format!(
                "repository name '{name}' joins words with '{sep}': use {allowed}"
            ));
        }
    }
    Ok(())
}

/// Check an ECR Public registry alias: 2-50 chars, `[a-z][a-z0-9]+` then `[._-][a-z0-9]+` groups.
pub fn validate_public_alias(alias: &str) -> Result<(), String> {
    let len = alias.len();
    let bytes = alias.as_bytes();
    let alnum = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let valid = (2..=50).contains(&len)
        && bytes[0].is_ascii_lowercase()
        && alnum(&bytes[1])
        && alias
            .split(['.', '_', '-'])
            .all(|part| !part.is_empty() && part.bytes().all(|b| alnum(&b)));
    if valid {
        Ok(())
    } else {
        Err(format!(
            "public registry alias '{alias}' is invalid: 2-50 characters, a lower-case letter first, \
             then letters and digits in groups joined by '.', '_' or '-'"
        ))
    }
}

pub const PUBLIC_REGISTRY_HOST: &str = "public.ecr.aws";

/// A repository named by the user: a plain name, or `public.ecr.aws/ALIAS/NAME`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepoName {
    pub name: String,
    pub public: bool,
    /// The registry alias when the user gave a public URI.
    pub alias: Option<String>,
}

/// Read a repository argument. `public.ecr.aws/ALIAS/NAME` means a public repository whatever
/// `public` says; a plain name is public only when `public` is set. Validates the name.
pub fn parse_repo_arg(arg: &str, public: bool) -> Result<RepoName, String> {
    if let Some(rest) = arg.strip_prefix("public.ecr.aws/") {
        let (alias, name) = rest.split_once('/').ok_or_else(|| {
            format!("'{arg}' has no repository name: expected public.ecr.aws/ALIAS/NAME")
        })?;
        validate_public_alias(alias)?;
        validate_repository_name(name, Registry::Public)?;
        return Ok(RepoName {
            name: name.to_string(),
            public: true,
            alias: Some(alias.to_string()),
        });
    }
    let registry = if public {
        Registry::Public
    } else {
        Registry::Private
    };
    validate_repository_name(arg, registry)?;
    Ok(RepoName {
        name: arg.to_string(),
        public,
        alias: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn private(n: &str) -> Result<(), String> {
        validate_repository_name(n, Registry::Private)
    }
    fn public(n: &str) -> Result<(), String> {
        validate_repository_name(n, Registry::Public)
    }

    #[test]
    fn private_names() {
        for ok in [
            "ab",
            "myapp",
            "team-a/api",
            "a__b",
            "a--b",
            "a---b",
            "a.b_c-d",
            "1app",
            "0/1",
            "x/y/z/w",
        ] {
            assert!(
                private(ok).is_ok(),
                "{ok} should be valid: {:?}",
                private(ok)
            );
        }
        assert!(private(&"a".repeat(256)).is_ok());
        for (bad, why) in [
            ("a", "2 to 256"),
            ("MyApp", "upper-case"),
            ("-app", "start and end"),
            ("app-", "start and end"),
            ("a/", "empty path"),
            ("/a", "empty path"),
            ("a//b", "empty path"),
            ("a..b", "'..'"),
            ("a___b", "'___'"),
            ("a._b", "'._'"),
            ("a b", "' '"),
            ("a:b", "':'"),
            ("é1", "'Ã'"),
        ] {
            let err = private(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
        assert!(private(&"a".repeat(257)).unwrap_err().contains("257"));
    }

    #[test]
    fn public_names_use_the_older_grammar() {
        assert!(public("my-app/x.y_z").is_ok());
        assert!(public("a__b").unwrap_err().contains("public"));
        assert!(public("a--b").is_err());
        assert!(public(&"a".repeat(205)).is_ok());
        assert!(public(&"a".repeat(206)).is_err());
    }

    #[test]
    fn aliases() {
        for ok in ["ab", "myalias", "my-alias.x_y", "a1"] {
            assert!(validate_public_alias(ok).is_ok(), "{ok}");
        }
        // "a-b": the first group needs two characters.
        for bad in ["a", "1abc", "a-", "a..b", "Abc", &"a".repeat(51), "a-b"] {
            assert!(validate_public_alias(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn repo_arguments() {
        let r = parse_repo_arg("public.ecr.aws/myalias/app", false).unwrap();
        assert!(r.public);
        assert_eq!(r.name, "app");
        assert_eq!(r.alias.as_deref(), Some("myalias"));
        assert!(parse_repo_arg("public.ecr.aws/myalias", false).is_err());
        let r = parse_repo_arg("app", true).unwrap();
        assert!(r.public && r.alias.is_none());
        assert!(!parse_repo_arg("team/app", false).unwrap().public);
    }
}
