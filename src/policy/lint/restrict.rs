//! Whether a statement's Condition limits who may use it: what separates a grant to
//! `Principal: "*"` that is public from one that is not.
//!
//! Public means reachable by anyone, whatever the condition. A condition takes a grant out of
//! "public" only when it pins who the caller is, or where the request comes from, to a fixed
//! value the caller cannot choose. That is AWS's published reasoning:
//!
//! - IAM Access Analyzer ("How IAM Access Analyzer findings work", IAM user guide): "IAM Access
//!   Analyzer considers only certain IAM condition keys that external users cannot directly
//!   influence, or that are otherwise impactful to authorization", and where it cannot tell, "it
//!   errs on the side of declaring a false positive finding".
//! - S3 Block Public Access, built on the same Zelkova engine ("The meaning of 'public'", S3 user
//!   guide): "To be considered non-public, a bucket policy must grant access only to fixed values
//!   (values that don't contain a wildcard or an AWS Identity and Access Management Policy
//!   Variable) for one or more of the following: An AWS principal, user, role, or service
//!   principal (e.g. aws:PrincipalOrgID); A set of Classless Inter-Domain Routings (CIDR) blocks,
//!   using aws:SourceIp [...] aws:SourceArn, aws:SourceVpc, aws:SourceVpce, aws:SourceOwner,
//!   aws:SourceAccount, aws:userid, outside the pattern "AROLEID:*"", and "Bucket policies that
//!   grant access conditioned on the aws:SourceIp condition key with very broad IP ranges (for
//!   example, 0.0.0.0/1) are evaluated as "public." This includes values broader than /8 for
//!   IPv4 and /32 for IPv6".
//!
//! The operator rules come from the IAM condition-operator reference: `...IfExists` — "If the
//! key is not present, evaluate the condition element as true"; `ForAllValues` — "It also
//! returns true if there are no context keys in the request"; `Arn*` — "each [component] can
//! include multi-character match wildcards (*) or single-character match wildcards (?)", while
//! `StringEquals` compares exactly. Several operators and several keys are ANDed, so one
//! restricting entry is enough; several values of one key are ORed, so one open value opens it.

use std::net::IpAddr;

use serde_json::Value;

/// What a statement's Condition does to the question "who may call?".
#[derive(Debug, Default)]
pub struct Restriction {
    /// Keys (lower case) of the entries that limit the caller, with their values.
    pub by: Vec<(String, Vec<String>)>,
    /// Each other entry's key (lower case) and why it does not, as prose naming the operator
    /// and the key.
    pub ignored: Vec<(String, String)>,
}

impl Restriction {
    /// Whether some entry limits the caller.
    pub fn restricts(&self) -> bool {
        !self.by.is_empty()
    }

    /// Whether one of these keys (lower case) limits the caller.
    pub fn by_any_of(&self, keys: &[&str]) -> bool {
        self.by.iter().any(|(k, _)| keys.contains(&k.as_str()))
    }

    /// The values of a restricting key (lower case).
    pub fn values_of(&self, key: &str) -> Vec<&str> {
        self.by
            .iter()
            .filter(|(k, _)| k == key)
            .flat_map(|(_, v)| v.iter().map(String::as_str))
            .collect()
    }

    /// The reasons, for a message: "A; B".
    pub fn why_not(&self) -> String {
        self.why_not_for(&[])
    }

    /// The reasons about these keys (every key when empty).
    pub fn why_not_for(&self, keys: &[&str]) -> String {
        self.ignored
            .iter()
            .filter(|(k, _)| keys.is_empty() || keys.contains(&k.as_str()))
            .map(|(_, why)| why.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// How a key that can name the caller takes its values.
#[derive(Clone, Copy)]
enum Kind {
    /// An id no caller chooses (account, organization, VPC, endpoint, service): any wildcard
    /// opens it.
    Id,
    /// An ARN: fixed as long as its account is.
    Arn,
    /// An organization path: fixed as long as its organization (the first segment) is.
    OrgPath,
    /// A user or role id: fixed as long as the part before `:` is ("AROLEID:*" is one role).
    UserId,
    /// A CIDR block: fixed when no broader than /8 (IPv4) or /32 (IPv6).
    Ip,
}

/// The keys that can say who the caller is or where the request comes from.
fn kind(key: &str) -> Option<Kind> {
    Some(match key {
        "aws:principalorgid"
        | "aws:principalaccount"
        | "aws:sourceaccount"
        | "aws:sourceorgid"
        | "aws:sourceowner"
        | "aws:sourcevpc"
        | "aws:sourcevpce"
        | "aws:principalservicename" => Kind::Id,
        "aws:principalarn" | "aws:sourcearn" => Kind::Arn,
        "aws:principalorgpaths" | "aws:sourceorgpaths" => Kind::OrgPath,
        "aws:userid" => Kind::UserId,
        "aws:sourceip" => Kind::Ip,
        _ => return None,
    })
}

/// Why a key that cannot name the caller does not limit who may call (`entry` is the operator
/// and the key as written).
fn why_key(key: &str, entry: &str) -> String {
    let tail = match key {
        "aws:securetransport" => "does not say who the caller is, only whether the request used TLS",
        "aws:requestedregion" => {
            "does not say who the caller is, only which region the request was sent to"
        }
        "aws:useragent" | "aws:referer" => "is whatever the caller chooses to send",
        "aws:currenttime" | "aws:epochtime" | "aws:tokenissuetime" => {
            "does not say who the caller is, only when"
        }
        "aws:multifactorauthpresent" | "aws:multifactorauthage" => {
            "does not say who the caller is: anyone can sign in with MFA in their own account"
        }
        "aws:principaltype" => {
            "does not say who the caller is, only what kind of principal: every account has users and roles"
        }
        "aws:username" => {
            "names a user, and any account can create a user of that name"
        }
        "aws:principalisawsservice" | "aws:viaawsservice" | "aws:calledvia"
        | "aws:calledviafirst" | "aws:calledvialast" => {
            "does not say who the caller is: AWS services act for every customer"
        }
        "aws:vpcsourceip" => {
            "names a private address, and every VPC can use it: pair it with aws:SourceVpc or aws:SourceVpce"
        }
        "aws:resourceaccount" | "aws:resourceorgid" | "aws:resourceorgpaths" => {
            "describes this repository, not the caller"
        }
        k if k.starts_with("aws:principaltag/")
            || k.starts_with("aws:requesttag/")
            || k == "aws:tagkeys" =>
        {
            "is a tag the caller's own account sets"
        }
        k if k.starts_with("aws:resourcetag/")
            || k.starts_with("ecr:resourcetag/")
            || k.starts_with("ecr-public:resourcetag/") =>
        {
            "describes this repository, not the caller"
        }
        _ => "does not say who the caller is or where the request comes from",
    };
    format!("{entry} {tail}")
}

const NEGATED: &[&str] = &[
    "StringNotEquals",
    "StringNotEqualsIgnoreCase",
    "StringNotLike",
    "ArnNotEquals",
    "ArnNotLike",
    "NotIpAddress",
];

/// Judge a statement's Condition element.
pub fn analyse(condition: Option<&Value>) -> Restriction {
    let mut out = Restriction::default();
    let Some(Value::Object(ops)) = condition else {
        return out;
    };
    for (op, block) in ops {
        let Some(block) = block.as_object() else {
            continue;
        };
        for (key, values) in block {
            let lower = key.to_ascii_lowercase();
            match judge(op, &lower, key, values) {
                Ok(fixed) => out.by.push((lower, fixed)),
                Err(why) => out.ignored.push((lower, why)),
            }
        }
    }
    out
}

/// One (operator, key) entry: its values when it limits the caller, or why it does not.
fn judge(op: &str, key: &str, written: &str, values: &Value) -> Result<Vec<String>, String> {
    let entry = format!("{} {}", crate::ui::clean(op), crate::ui::clean(written));
    let Some(kind) = kind(key) else {
        return Err(why_key(key, &entry));
    };
    if !super::valid_operator(op) {
        return Err(format!(
            "{entry} is not an IAM condition operator (IAM refuses the policy)"
        ));
    }
    let (set, rest) = match op.split_once(':') {
        Some((set, rest)) => (Some(set), rest),
        None => (None, op),
    };
    let base = rest.strip_suffix("IfExists").unwrap_or(rest);
    if set == Some("ForAllValues") {
        return Err(format!(
            "{entry} is true when the request has no value for the key, so every request without one gets in"
        ));
    }
    if base != rest {
        return Err(format!(
            "{entry} is true when the request lacks the key, so every request without it gets in"
        ));
    }
    if base == "Null" {
        return Err(format!(
            "{entry} only asks whether the key is present, not what it is"
        ));
    }
    if NEGATED.contains(&base) {
        return Err(format!(
            "{entry} lets in everyone except the values it lists"
        ));
    }
    let wildcards = match (kind, base) {
        (Kind::Ip, "IpAddress") => false,
        (Kind::Ip, _) => {
            return Err(format!(
                "{entry} does not compare addresses: aws:SourceIp needs IpAddress"
            ))
        }
        (_, "StringEquals" | "StringEqualsIgnoreCase") => false,
        (_, "StringLike" | "ArnEquals" | "ArnLike") => true,
        _ => {
            return Err(format!(
                "{entry} is not a string or ARN comparison, so it cannot name a caller"
            ))
        }
    };
    let list: Vec<String> = match values {
        Value::Array(items) => items.iter().map(scalar).collect::<Option<_>>(),
        other => scalar(other).map(|v| vec![v]),
    }
    .ok_or_else(|| format!("{entry} has a value that is not a string"))?;
    for value in &list {
        open_value(kind, wildcards, value)
            .map_err(|why| format!("{entry} \"{}\" {why}", crate::ui::clean(value)))?;
    }
    Ok(list)
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Why one value does not pin the caller, if it does not.
fn open_value(kind: Kind, wildcards: bool, value: &str) -> Result<(), &'static str> {
    if value.contains("${") {
        return Err("holds a policy variable, which is not a fixed value");
    }
    let wild = |s: &str| wildcards && s.contains(['*', '?']);
    if let Kind::Ip = kind {
        return ip_is_narrow(value);
    }
    if !wild(value) {
        return Ok(());
    }
    if value.chars().all(|c| matches!(c, '*' | '?')) {
        return Err("matches any value");
    }
    let fixed_part = match kind {
        Kind::Arn => {
            let parts: Vec<&str> = value.splitn(6, ':').collect();
            parts.get(4).filter(|a| !a.is_empty() && !wild(a)).is_some()
        }
        Kind::OrgPath => value
            .split_once('/')
            .is_some_and(|(org, _)| !org.is_empty() && !wild(org)),
        Kind::UserId => value
            .split_once(':')
            .is_some_and(|(id, _)| !id.is_empty() && !wild(id)),
        Kind::Id | Kind::Ip => false,
    };
    if fixed_part {
        Ok(())
    } else {
        Err(match kind {
            Kind::Arn => "leaves the account open to a wildcard, so callers in any account match",
            Kind::OrgPath => {
                "leaves the organization open to a wildcard, so callers in any organization match"
            }
            Kind::UserId => "leaves the user or role id open to a wildcard",
            Kind::Id | Kind::Ip => "has a wildcard, so it matches ids that nobody here controls",
        })
    }
}

/// A CIDR block (or one address) that AWS does not count as public.
fn ip_is_narrow(value: &str) -> Result<(), &'static str> {
    let (addr, prefix) = match value.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (value, None),
    };
    let addr: IpAddr = addr.trim().parse().map_err(|_| "is not an IP address")?;
    let (widest, max) = match addr {
        IpAddr::V4(_) => (8, 32),
        IpAddr::V6(_) => (32, 128),
    };
    let prefix: u8 = match prefix {
        None => max,
        Some(p) => p
            .trim()
            .parse()
            .ok()
            .filter(|p| *p <= max)
            .ok_or("is not a CIDR block")?,
    };
    if prefix == 0 {
        Err("is every address on the internet")
    } else if prefix < widest {
        Err(match addr {
            IpAddr::V4(_) => "is broader than /8, which AWS counts as public",
            IpAddr::V6(_) => "is broader than /32, which AWS counts as public",
        })
    } else {
        Ok(())
    }
}
