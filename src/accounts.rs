//! Which accounts a fleet audit covers and the role it assumes in each: parsing `--accounts`,
//! `--accounts-file` and `--role`, without AWS types.

/// A 12-digit AWS account id.
pub fn check_account(id: &str) -> Result<(), String> {
    if id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        let shown: String = id.chars().take(40).collect();
        Err(format!(
            "'{}' is not an AWS account id (12 digits, e.g. 123456789012)",
            crate::ui::clean(&shown)
        ))
    }
}

/// The accounts of `--accounts 111122223333,444455556666` (commas and white space separate,
/// each account once, in the order given).
pub fn parse_list(text: &str) -> Result<Vec<String>, String> {
    let mut out: Vec<String> = Vec::new();
    for id in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
    {
        check_account(id)?;
        if !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    }
    if out.is_empty() {
        return Err("no account id given".into());
    }
    Ok(out)
}

/// The accounts of an `--accounts-file`: one or more per line (commas or spaces between),
/// `#` starts a comment, blank lines are skipped. Errors name the line.
pub fn parse_file(text: &str) -> Result<Vec<String>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<String> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("");
        for id in line
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
        {
            check_account(id).map_err(|e| format!("line {}: {e}", n + 1))?;
            if !out.iter().any(|o| o == id) {
                out.push(id.to_string());
            }
        }
    }
    if out.is_empty() {
        return Err("the file lists no account id".into());
    }
    Ok(out)
}

/// A role name for `--role`: IAM's characters (`[\w+=,.@-]`, with `/` for a path), 1-64 for
/// the name itself. A whole role ARN is refused with the name it holds: the account differs
/// per audited account.
pub fn check_role(role: &str) -> Result<(), String> {
    if let Some(name) = role.strip_prefix("role/") {
        return Err(format!(
            "--role takes what follows role/ in the role's ARN: --role {}",
            crate::ui::clean(name)
        ));
    }
    if let Some(rest) = role.strip_prefix("arn:") {
        let name = rest.split_once(":role/").map(|(_, n)| n).unwrap_or("NAME");
        return Err(format!(
            "--role takes the role's name, not its ARN (the account changes for each account audited): --role {}",
            crate::ui::clean(name)
        ));
    }
    let name = role.rsplit('/').next().unwrap_or("");
    let ok_chars = role
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "+=,.@-_/".contains(c));
    if name.is_empty() || name.len() > 64 || !ok_chars || role.len() > 512 || role.contains("//") {
        let shown: String = role.chars().take(70).collect();
        return Err(format!(
            "--role: '{}' is not an IAM role name (1-64 of letters, digits and + = , . @ _ -, optionally after a path such as team/)",
            crate::ui::clean(&shown)
        ));
    }
    Ok(())
}

/// An external id as STS takes it: 2-1224 of letters, digits and `+=,.@:/-_`.
pub fn check_external_id(id: &str) -> Result<(), String> {
    const RULE: &str =
        "2-1224 of letters, digits and + = , . @ : / - _, as the role's trust policy names it";
    let len = id.chars().count();
    if !(2..=1224).contains(&len) {
        return Err(format!("--external-id: {len} characters; it takes {RULE}"));
    }
    match id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "+=,.@:/-_".contains(*c)))
    {
        Some(c) => Err(format!(
            "--external-id: {c:?} is not allowed; it takes {RULE}"
        )),
        None => Ok(()),
    }
}

/// The role to assume in `account`: `arn:PARTITION:iam::ACCOUNT:role/NAME` (a leading or
/// trailing `/` of a path is dropped).
pub fn role_arn(partition: &str, account: &str, role: &str) -> String {
    format!(
        "arn:{partition}:iam::{account}:role/{}",
        role.trim_matches('/')
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_ids() {
        assert!(check_account("123456789012").is_ok());
        for bad in ["12345678901", "1234567890123", "12345678901a", "", "１２３"] {
            assert!(check_account(bad).is_err(), "{bad}");
        }
        let e = check_account("abc\x1b[31m").unwrap_err();
        assert!(!e.contains('\x1b'), "{e}");
    }

    #[test]
    fn lists_dedupe_and_keep_order() {
        assert_eq!(
            parse_list("222233334444, 111122223333,222233334444").unwrap(),
            ["222233334444", "111122223333"]
        );
        assert!(parse_list(",,").is_err());
        let e = parse_list("111122223333,22223333444").unwrap_err();
        assert!(e.contains("'22223333444'"), "{e}");
    }

    #[test]
    fn files_take_comments_and_name_the_line() {
        let text = "\u{feff}# prod\n111122223333  # payments\n\n222233334444,333344445555\r\n111122223333\n";
        assert_eq!(
            parse_file(text).unwrap(),
            ["111122223333", "222233334444", "333344445555"]
        );
        let e = parse_file("111122223333\nprod-account\n").unwrap_err();
        assert!(e.starts_with("line 2: "), "{e}");
        assert!(parse_file("# nothing\n\n").is_err());
    }

    #[test]
    fn roles() {
        for ok in [
            "OrganizationAccountAccessRole",
            "audit/EcrAudit",
            "a+b=c,d.e@f-g_h",
        ] {
            assert!(check_role(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a b", "a//b", "x/", &"r".repeat(65), "role;rm"] {
            assert!(check_role(bad).is_err(), "{bad}");
        }
        let e = check_role("arn:aws:iam::123456789012:role/Audit").unwrap_err();
        assert!(e.ends_with("--role Audit"), "{e}");
        let e = check_role("role/team/Audit").unwrap_err();
        assert!(e.ends_with("--role team/Audit"), "{e}");
    }

    #[test]
    fn external_ids() {
        assert!(check_external_id("ext-1").is_ok());
        assert!(check_external_id("a:b/c=d").is_ok());
        for bad in ["", "x", "a b", "é1", &"x".repeat(1225)] {
            assert!(check_external_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn arns_by_partition() {
        assert_eq!(
            role_arn("aws-cn", "111122223333", "/team/Audit"),
            "arn:aws-cn:iam::111122223333:role/team/Audit"
        );
    }
}
