//! The registry replication configuration: its model, the checks made before anything is
//! sent (the API's limits, regions, no replication to itself), which repositories each rule
//! covers, and whether a destination registry's policy lets this account replicate into it.
//! Pure.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::filters::{check_prefix_filter, prefix_covers};
use crate::reference::{partition_of, region_typo, COMMERCIAL_REGIONS, OTHER_REGIONS};

/// At most 10 rules (ReplicationConfiguration), 100 destinations and 100 filters per rule
/// (ReplicationRule).
pub const MAX_RULES: usize = 10;
pub const MAX_DESTINATIONS: usize = 100;
pub const MAX_FILTERS: usize = 100;

/// What a destination registry's policy must allow the source account.
pub const ACTIONS: [&str; 2] = ["ecr:CreateRepository", "ecr:ReplicateImage"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Replication {
    #[serde(default)]
    pub rules: Vec<ReplRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReplRule {
    pub destinations: Vec<Destination>,
    #[serde(default)]
    pub repository_filters: Vec<PrefixFilter>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Destination {
    pub region: String,
    pub registry_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PrefixFilter {
    pub filter: String,
    #[serde(default = "prefix_match")]
    pub filter_type: String,
}

fn prefix_match() -> String {
    "PREFIX_MATCH".into()
}

/// A `--destination` value: `REGION` (this account) or `REGION:ACCOUNT`.
pub fn parse_destination(text: &str, own_account: &str) -> Result<Destination, String> {
    let (region, account) = match text.split_once(':') {
        Some((r, a)) => (r, a),
        None => (text, own_account),
    };
    if region.is_empty() {
        return Err(format!(
            "--destination '{}': REGION or REGION:ACCOUNT (e.g. eu-west-1 or eu-west-1:444455556666)",
            crate::error::cut(text)
        ));
    }
    Ok(Destination {
        region: region.to_string(),
        registry_id: account.to_string(),
    })
}

impl Replication {
    /// From the command line: one rule, or none when there is no destination.
    pub fn from_flags(destinations: Vec<Destination>, filters: &[String]) -> Replication {
        if destinations.is_empty() {
            return Replication { rules: Vec::new() };
        }
        Replication {
            rules: vec![ReplRule {
                destinations,
                repository_filters: filters
                    .iter()
                    .map(|f| PrefixFilter {
                        filter: f.clone(),
                        filter_type: prefix_match(),
                    })
                    .collect(),
            }],
        }
    }

    /// From a file: PutReplicationConfiguration's `replicationConfiguration` (`{"rules"}`), the
    /// whole request, or DescribeRegistry's answer (`aws ecr describe-registry`).
    pub fn from_json(text: &str) -> Result<Replication, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let inner = value
            .get("replicationConfiguration")
            .cloned()
            .unwrap_or(value);
        serde_json::from_value(inner).map_err(|e| e.to_string())
    }

    /// Everything checked before sending: limits, filters, account ids, regions (a typo is an
    /// error with the region meant; a region newer than ecrctl's list is a warning), and with
    /// this registry's region and account (`own`), no replication to itself or across
    /// partitions. Returns the warnings.
    pub fn check(&self, own: Option<(&str, &str)>) -> Result<Vec<String>, String> {
        let mut warnings = Vec::new();
        if self.rules.len() > MAX_RULES {
            return Err(format!(
                "{} replication rules: ECR takes at most {MAX_RULES}",
                self.rules.len()
            ));
        }
        for (i, rule) in self.rules.iter().enumerate() {
            let n = i + 1;
            if rule.destinations.is_empty() {
                return Err(format!("replication rule {n} has no destination"));
            }
            if rule.destinations.len() > MAX_DESTINATIONS {
                return Err(format!(
                    "replication rule {n} has {} destinations: ECR takes at most {MAX_DESTINATIONS}",
                    rule.destinations.len()
                ));
            }
            if rule.repository_filters.len() > MAX_FILTERS {
                return Err(format!(
                    "replication rule {n} has {} filters: ECR takes at most {MAX_FILTERS}",
                    rule.repository_filters.len()
                ));
            }
            for f in &rule.repository_filters {
                if f.filter_type != "PREFIX_MATCH" {
                    return Err(format!(
                        "filter type '{}': replication filters are PREFIX_MATCH",
                        crate::error::cut(&f.filter_type)
                    ));
                }
                check_prefix_filter(&f.filter)?;
            }
            let mut seen = std::collections::HashSet::new();
            for d in &rule.destinations {
                if !seen.insert(d) {
                    return Err(format!(
                        "replication rule {n} names {}:{} twice",
                        d.region, d.registry_id
                    ));
                }
                if d.registry_id.len() != 12 || !d.registry_id.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(format!(
                        "destination account '{}' is not an AWS account id (12 digits)",
                        crate::error::cut(&d.registry_id)
                    ));
                }
                let known = COMMERCIAL_REGIONS
                    .iter()
                    .chain(OTHER_REGIONS)
                    .any(|r| *r == d.region);
                if !known {
                    if let Some(meant) = region_typo(&d.region) {
                        return Err(format!(
                            "destination region '{}' is not a region ECR runs in (did you mean {meant}?)",
                            crate::error::cut(&d.region)
                        ));
                    }
                    if !region_shaped(&d.region) {
                        return Err(format!(
                            "destination region '{}' is not an AWS region name (e.g. eu-west-1)",
                            crate::error::cut(&d.region)
                        ));
                    }
                    warnings.push(format!(
                        "destination region {} is not one ecrctl knows: if it is new, ECR will say whether it exists",
                        d.region
                    ));
                }
                let Some((own_region, own_account)) = own else {
                    continue;
                };
                if d.region == own_region && d.registry_id == own_account {
                    return Err(format!(
                        "replication rule {n} replicates {own_account} in {own_region} to itself: give another region or account"
                    ));
                }
                if partition_of(&d.region) != partition_of(own_region) {
                    return Err(format!(
                        "destination region {} is in the {} partition and this registry in {}: ECR does not replicate across partitions",
                        d.region,
                        partition_of(&d.region),
                        partition_of(own_region)
                    ));
                }
            }
        }
        Ok(warnings)
    }

    /// The normal form: rules in order (ECR keeps them so), destinations and filters sorted
    /// and unique.
    pub fn normalized(&self) -> Replication {
        Replication {
            rules: self
                .rules
                .iter()
                .map(|r| {
                    let mut destinations = r.destinations.clone();
                    destinations.sort();
                    destinations.dedup();
                    let mut filters = r.repository_filters.clone();
                    filters.sort();
                    filters.dedup();
                    ReplRule {
                        destinations,
                        repository_filters: filters,
                    }
                })
                .collect(),
        }
    }

    /// Every destination, once, in order of appearance.
    pub fn destinations(&self) -> Vec<Destination> {
        let mut out: Vec<Destination> = Vec::new();
        for d in self.rules.iter().flat_map(|r| &r.destinations) {
            if !out.contains(d) {
                out.push(d.clone());
            }
        }
        out
    }

    /// Where a repository's pushes are replicated: `region:account` of every rule covering it.
    pub fn targets_of(&self, repository: &str) -> Vec<String> {
        let filters = |r: &ReplRule| -> Vec<String> {
            r.repository_filters
                .iter()
                .map(|f| f.filter.clone())
                .collect()
        };
        let mut out: Vec<String> = Vec::new();
        for rule in &self.rules {
            if prefix_covers(&filters(rule), repository) {
                for d in &rule.destinations {
                    let t = format!("{}:{}", d.region, d.registry_id);
                    if !out.contains(&t) {
                        out.push(t);
                    }
                }
            }
        }
        out
    }
}

fn region_shaped(region: &str) -> bool {
    let parts: Vec<&str> = region.split('-').collect();
    parts.len() >= 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
        && parts
            .last()
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()))
}

/// A repository's replication before and after a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepoTargets {
    pub repository: String,
    pub before: Vec<String>,
    pub after: Vec<String>,
    pub changed: bool,
}

pub fn coverage(
    current: &Replication,
    new: &Replication,
    repositories: &[String],
) -> Vec<RepoTargets> {
    repositories
        .iter()
        .map(|r| {
            let before = current.targets_of(r);
            let after = new.targets_of(r);
            RepoTargets {
                repository: r.clone(),
                changed: before != after,
                before,
                after,
            }
        })
        .collect()
}

/// Whether a destination's registry policy lets the source account replicate into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Allowance {
    /// Both actions are allowed to the source account on every repository.
    Allowed,
    /// Allowed only under a condition or on some repositories: ecrctl cannot tell.
    Conditional(String),
    /// These actions are not allowed (no statement grants them).
    Missing(Vec<&'static str>),
    /// A Deny statement refuses it.
    Denied(String),
}

/// What `policy` (a destination's registry policy; `None`: it has none) says of replication
/// from `source` into `account` in `region`.
pub fn allowance(policy: Option<&Value>, source: &str, region: &str, account: &str) -> Allowance {
    let Some(policy) = policy else {
        return Allowance::Missing(ACTIONS.to_vec());
    };
    let statements: Vec<&Value> = match policy.get("Statement") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one @ Value::Object(_)) => vec![one],
        _ => Vec::new(),
    };
    let resource = format!(
        "arn:{}:ecr:{region}:{account}:repository/*",
        partition_of(region)
    );
    let mut missing = Vec::new();
    let mut conditional = Vec::new();
    for action in ACTIONS {
        let mut allowed = false;
        for (i, s) in statements.iter().enumerate() {
            let n = i + 1;
            if !(names_principal(s, source) && names_action(s, action)) {
                continue;
            }
            let effect = s.get("Effect").and_then(Value::as_str).unwrap_or("");
            let covers_all = names_resource(s, &resource);
            let condition = s.get("Condition").is_some_and(|c| c != &Value::Null);
            if effect == "Deny" && (covers_all || !condition) {
                return Allowance::Denied(format!("statement {n} denies {action} to {source}"));
            }
            if effect != "Allow" {
                continue;
            }
            if !covers_all {
                conditional.push(format!(
                    "statement {n} allows {action} only on some repositories"
                ));
            } else if condition {
                conditional.push(format!("statement {n} allows {action} under a condition"));
            } else {
                allowed = true;
            }
        }
        if !allowed && conditional.is_empty() {
            missing.push(action);
        }
    }
    if !missing.is_empty() {
        Allowance::Missing(missing)
    } else if !conditional.is_empty() {
        Allowance::Conditional(conditional.join("; "))
    } else {
        Allowance::Allowed
    }
}

/// The values of a string-or-list element.
fn strings(v: Option<&Value>) -> Vec<&str> {
    match v {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn names_principal(statement: &Value, account: &str) -> bool {
    let p = statement.get("Principal");
    if p.and_then(Value::as_str) == Some("*") {
        return true;
    }
    strings(p.and_then(|p| p.get("AWS"))).iter().any(|v| {
        *v == "*"
            || *v == account
            || v.strip_prefix("arn:")
                .and_then(|rest| rest.split(':').nth(3))
                .is_some_and(|a| a == account)
    })
}

fn names_action(statement: &Value, action: &str) -> bool {
    let lower = action.to_ascii_lowercase();
    let matches = |pattern: &&str| glob(&pattern.to_ascii_lowercase(), &lower);
    if statement.get("Action").is_some() {
        strings(statement.get("Action")).iter().any(matches)
    } else if statement.get("NotAction").is_some() {
        !strings(statement.get("NotAction")).iter().any(matches)
    } else {
        false
    }
}

/// Whether the statement's Resource covers every repository (`…:repository/*`).
fn names_resource(statement: &Value, every: &str) -> bool {
    if statement.get("Resource").is_none() && statement.get("NotResource").is_none() {
        // No Resource: the registry policy applies to the registry's repositories.
        return true;
    }
    strings(statement.get("Resource"))
        .iter()
        .any(|r| glob(r, every))
}

/// `*` any run, `?` one character; the whole string.
fn glob(pattern: &str, text: &str) -> bool {
    fn go(p: &[u8], t: &[u8]) -> bool {
        match p.split_first() {
            None => t.is_empty(),
            Some((b'*', rest)) => (0..=t.len()).any(|i| go(rest, &t[i..])),
            Some((b'?', rest)) => !t.is_empty() && go(rest, &t[1..]),
            Some((c, rest)) => t.first() == Some(c) && go(rest, &t[1..]),
        }
    }
    go(pattern.as_bytes(), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn dest(region: &str, account: &str) -> Destination {
        Destination {
            region: region.into(),
            registry_id: account.into(),
        }
    }

    const OWN: &str = "123456789012";

    #[test]
    fn destinations_default_to_this_account() {
        assert_eq!(
            parse_destination("eu-west-1", OWN).unwrap(),
            dest("eu-west-1", OWN)
        );
        assert_eq!(
            parse_destination("eu-west-1:444455556666", OWN).unwrap(),
            dest("eu-west-1", "444455556666")
        );
        assert!(parse_destination(":444455556666", OWN).is_err());
    }

    #[test]
    fn checks_regions_accounts_and_itself() {
        let check =
            |d: Destination| Replication::from_flags(vec![d], &[]).check(Some(("us-east-1", OWN)));
        assert!(check(dest("eu-west-1", OWN)).unwrap().is_empty());
        assert!(check(dest("eu-wst-1", OWN))
            .unwrap_err()
            .contains("did you mean eu-west-1"));
        assert!(check(dest("mars", OWN))
            .unwrap_err()
            .contains("not an AWS region"));
        let new = check(dest("xx-newplace-9", OWN)).unwrap();
        assert!(new[0].contains("not one ecrctl knows"), "{new:?}");
        assert!(check(dest("us-east-1", OWN))
            .unwrap_err()
            .contains("to itself"));
        assert!(check(dest("us-east-1", "444455556666")).is_ok());
        assert!(check(dest("cn-north-1", OWN))
            .unwrap_err()
            .contains("partitions"));
        assert!(check(dest("eu-west-1", "4444"))
            .unwrap_err()
            .contains("12 digits"));
        let twice =
            Replication::from_flags(vec![dest("eu-west-1", OWN), dest("eu-west-1", OWN)], &[]);
        assert!(twice
            .check(Some(("us-east-1", OWN)))
            .unwrap_err()
            .contains("twice"));
        let bad_filter = Replication::from_flags(vec![dest("eu-west-1", OWN)], &["team-*".into()]);
        assert!(bad_filter.check(Some(("us-east-1", OWN))).is_err());
        let many = Replication {
            rules: vec![
                Replication::from_flags(vec![dest("eu-west-1", OWN)], &[]).rules[0].clone();
                11
            ],
        };
        assert!(many
            .check(Some(("us-east-1", OWN)))
            .unwrap_err()
            .contains("at most 10"));
    }

    #[test]
    fn files_in_every_shape() {
        let rules = r#"{"rules":[{"destinations":[{"region":"eu-west-1","registryId":"123456789012"}],"repositoryFilters":[{"filter":"team-a/","filterType":"PREFIX_MATCH"}]}]}"#;
        let described =
            format!(r#"{{"registryId":"123456789012","replicationConfiguration":{rules}}}"#);
        assert_eq!(
            Replication::from_json(rules).unwrap(),
            Replication::from_json(&described).unwrap()
        );
        assert!(Replication::from_json(r#"{"rule":[]}"#)
            .unwrap_err()
            .contains("rule"));
    }

    #[test]
    fn coverage_lists_each_repositorys_destinations() {
        let current = Replication::from_flags(vec![dest("eu-west-1", OWN)], &[]);
        let new = Replication::from_flags(vec![dest("eu-west-1", OWN)], &["team-a/".into()]);
        let c = coverage(&current, &new, &["team-a/api".into(), "tools".into()]);
        assert!(!c[0].changed);
        assert_eq!(c[1].before, ["eu-west-1:123456789012"]);
        assert!(c[1].after.is_empty());
        assert!(c[1].changed);
    }

    const DST: &str = "444455556666";

    fn policy(statement: Value) -> Value {
        json!({"Version": "2012-10-17", "Statement": [statement]})
    }

    #[test]
    fn a_policy_granting_both_actions_allows() {
        let p = policy(json!({
            "Sid": "Replicate", "Effect": "Allow",
            "Principal": {"AWS": format!("arn:aws:iam::{OWN}:root")},
            "Action": ["ecr:CreateRepository", "ecr:ReplicateImage"],
            "Resource": format!("arn:aws:ecr:eu-west-1:{DST}:repository/*")
        }));
        assert_eq!(
            allowance(Some(&p), OWN, "eu-west-1", DST),
            Allowance::Allowed
        );
        // Another region's resource covers nothing here.
        assert_eq!(
            allowance(Some(&p), OWN, "us-west-2", DST),
            Allowance::Conditional("statement 1 allows ecr:CreateRepository only on some repositories; statement 1 allows ecr:ReplicateImage only on some repositories".into())
        );
        // Another source account is not named.
        assert_eq!(
            allowance(Some(&p), "999999999999", "eu-west-1", DST),
            Allowance::Missing(ACTIONS.to_vec())
        );
    }

    #[test]
    fn wildcards_missing_actions_conditions_and_denies() {
        let star = policy(
            json!({"Effect": "Allow", "Principal": {"AWS": OWN}, "Action": "ecr:*", "Resource": "*"}),
        );
        assert_eq!(
            allowance(Some(&star), OWN, "eu-west-1", DST),
            Allowance::Allowed
        );
        let one = policy(
            json!({"Effect": "Allow", "Principal": {"AWS": OWN}, "Action": "ECR:ReplicateImage", "Resource": "*"}),
        );
        assert_eq!(
            allowance(Some(&one), OWN, "eu-west-1", DST),
            Allowance::Missing(vec!["ecr:CreateRepository"])
        );
        let conditional = policy(
            json!({"Effect": "Allow", "Principal": "*", "Action": "ecr:*", "Resource": "*",
            "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}}),
        );
        assert!(matches!(
            allowance(Some(&conditional), OWN, "eu-west-1", DST),
            Allowance::Conditional(_)
        ));
        let deny = json!({"Statement": [
            {"Effect": "Allow", "Principal": {"AWS": OWN}, "Action": "ecr:*", "Resource": "*"},
            {"Effect": "Deny", "Principal": "*", "Action": "ecr:ReplicateImage", "Resource": "*"}]});
        assert!(
            matches!(allowance(Some(&deny), OWN, "eu-west-1", DST), Allowance::Denied(m) if m.contains("statement 2"))
        );
        assert_eq!(
            allowance(None, OWN, "eu-west-1", DST),
            Allowance::Missing(ACTIONS.to_vec())
        );
        let not_action = policy(
            json!({"Effect": "Allow", "Principal": {"AWS": OWN}, "NotAction": "ecr:DeleteRepository", "Resource": "*"}),
        );
        assert_eq!(
            allowance(Some(&not_action), OWN, "eu-west-1", DST),
            Allowance::Allowed
        );
    }
}
