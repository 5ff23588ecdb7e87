//! The registry scanning configuration: its model, the checks ECR's API applies, its normal
//! form (for diffs), and which repositories each rule covers. Pure.

use serde::{Deserialize, Serialize};

use super::filters::{check_scan_filter, scan_filter_matches};

pub const BASIC: &str = "BASIC";
pub const ENHANCED: &str = "ENHANCED";
pub const SCAN_ON_PUSH: &str = "SCAN_ON_PUSH";
pub const CONTINUOUS: &str = "CONTINUOUS_SCAN";
/// What a repository matching no rule gets under basic scanning (the user guide).
pub const MANUAL: &str = "MANUAL";
/// What a repository matching no rule gets under enhanced scanning: none (the user guide says
/// scanning is disabled for it).
pub const NOT_SCANNED: &str = "NOT_SCANNED";

/// At most 2 rules (PutRegistryScanningConfiguration), 100 filters each (RegistryScanningRule).
pub const MAX_RULES: usize = 2;
pub const MAX_FILTERS: usize = 100;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Scanning {
    pub scan_type: String,
    #[serde(default)]
    pub rules: Vec<ScanRule>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScanRule {
    pub scan_frequency: String,
    #[serde(default)]
    pub repository_filters: Vec<WildcardFilter>,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WildcardFilter {
    pub filter: String,
    #[serde(default = "wildcard")]
    pub filter_type: String,
}

fn wildcard() -> String {
    "WILDCARD".into()
}

impl WildcardFilter {
    pub fn new(filter: &str) -> WildcardFilter {
        WildcardFilter {
            filter: filter.to_string(),
            filter_type: wildcard(),
        }
    }
}

impl Scanning {
    /// From the command line: the type and the filters of each frequency (a rule per frequency
    /// that has filters).
    pub fn from_flags(scan_type: &str, on_push: &[String], continuous: &[String]) -> Scanning {
        let rule = |frequency: &str, filters: &[String]| {
            (!filters.is_empty()).then(|| ScanRule {
                scan_frequency: frequency.to_string(),
                repository_filters: filters.iter().map(|f| WildcardFilter::new(f)).collect(),
            })
        };
        Scanning {
            scan_type: scan_type.to_string(),
            rules: [rule(CONTINUOUS, continuous), rule(SCAN_ON_PUSH, on_push)]
                .into_iter()
                .flatten()
                .collect(),
        }
    }

    /// From a file: the PutRegistryScanningConfiguration request (`{"scanType", "rules"}`), or
    /// what `registry scanning get -o json` and `aws ecr get-registry-scanning-configuration`
    /// print (`{"registryId", "scanningConfiguration": {…}}`).
    pub fn from_json(text: &str) -> Result<Scanning, String> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
        let inner = value.get("scanningConfiguration").cloned().unwrap_or(value);
        let mut s: Scanning = serde_json::from_value(inner).map_err(|e| e.to_string())?;
        s.scan_type = s.scan_type.to_ascii_uppercase();
        Ok(s)
    }

    /// Everything ECR's API checks, so that nothing invalid is sent: the type, at most one rule
    /// per frequency that the type supports, at most 100 valid WILDCARD filters each.
    pub fn check(&self) -> Result<(), String> {
        if self.scan_type != BASIC && self.scan_type != ENHANCED {
            return Err(format!(
                "scan type '{}': BASIC or ENHANCED",
                crate::error::cut(&self.scan_type)
            ));
        }
        if self.rules.len() > MAX_RULES {
            return Err(format!(
                "{} scanning rules: ECR takes at most {MAX_RULES} (one scan-on-push, one continuous)",
                self.rules.len()
            ));
        }
        let mut seen = Vec::new();
        for rule in &self.rules {
            let f = rule.scan_frequency.as_str();
            match (self.scan_type.as_str(), f) {
                (_, SCAN_ON_PUSH) | (ENHANCED, CONTINUOUS) => {}
                (BASIC, CONTINUOUS) => {
                    return Err(
                        "continuous scanning needs enhanced scanning (--type enhanced)".into(),
                    )
                }
                _ => {
                    return Err(format!(
                        "scan frequency '{}': SCAN_ON_PUSH{}",
                        crate::error::cut(f),
                        if self.scan_type == ENHANCED {
                            " or CONTINUOUS_SCAN"
                        } else {
                            ""
                        }
                    ))
                }
            }
            if seen.contains(&f) {
                return Err(format!("two {f} rules: give one, with all its filters"));
            }
            seen.push(f);
            if rule.repository_filters.len() > MAX_FILTERS {
                return Err(format!(
                    "the {f} rule has {} filters: ECR takes at most {MAX_FILTERS}",
                    rule.repository_filters.len()
                ));
            }
            for filter in &rule.repository_filters {
                if filter.filter_type != "WILDCARD" {
                    return Err(format!(
                        "filter type '{}': scanning filters are WILDCARD",
                        crate::error::cut(&filter.filter_type)
                    ));
                }
                check_scan_filter(&filter.filter)?;
            }
        }
        Ok(())
    }

    /// The normal form: continuous rule first, filters sorted and unique, rules without
    /// filters left out (they cover nothing). Two configurations mean the same when their
    /// normal forms are equal.
    pub fn normalized(&self) -> Scanning {
        let mut rules: Vec<ScanRule> = self
            .rules
            .iter()
            .map(|r| {
                let mut filters = r.repository_filters.clone();
                filters.sort();
                filters.dedup();
                ScanRule {
                    scan_frequency: r.scan_frequency.clone(),
                    repository_filters: filters,
                }
            })
            .filter(|r| !r.repository_filters.is_empty())
            .collect();
        rules.sort_by_key(|r| (r.scan_frequency != CONTINUOUS, r.scan_frequency.clone()));
        Scanning {
            scan_type: self.scan_type.clone(),
            rules,
        }
    }

    /// What a repository gets under this configuration: its scan frequency and the filters
    /// that decided it. A repository both rules match is scanned continuously (continuous
    /// scanning also scans each push). Under basic scanning without any rule, the repository's
    /// own scan-on-push flag (`own_flag`) decides, as before registry rules existed.
    pub fn coverage_of(&self, repository: &str, own_flag: bool) -> Covered {
        for frequency in [CONTINUOUS, SCAN_ON_PUSH] {
            let matched: Vec<String> = self
                .rules
                .iter()
                .filter(|r| r.scan_frequency == frequency)
                .flat_map(|r| &r.repository_filters)
                .filter(|f| scan_filter_matches(&f.filter, repository))
                .map(|f| f.filter.clone())
                .collect();
            if !matched.is_empty() {
                return Covered {
                    frequency: frequency.to_string(),
                    filters: matched,
                };
            }
        }
        let no_rules = self.rules.iter().all(|r| r.repository_filters.is_empty());
        Covered {
            frequency: if self.scan_type == ENHANCED {
                NOT_SCANNED
            } else if no_rules && own_flag {
                SCAN_ON_PUSH
            } else {
                MANUAL
            }
            .to_string(),
            filters: Vec::new(),
        }
    }

    /// A rule's filters that match none of `repositories` (a likely typo).
    pub fn unmatched_filters(&self, repositories: &[String]) -> Vec<String> {
        self.rules
            .iter()
            .flat_map(|r| &r.repository_filters)
            .filter(|f| {
                !repositories
                    .iter()
                    .any(|r| scan_filter_matches(&f.filter, r))
            })
            .map(|f| f.filter.clone())
            .collect()
    }
}

/// How one repository is scanned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Covered {
    pub frequency: String,
    /// The filters that matched (none: no rule covers it).
    pub filters: Vec<String>,
}

/// A repository's scanning before and after a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RepoCoverage {
    pub repository: String,
    pub before: String,
    pub after: String,
    /// The filters of the new configuration that cover it.
    pub filters: Vec<String>,
    pub changed: bool,
}

/// A repository as the preview needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repo {
    pub name: String,
    /// Its own scan-on-push flag.
    pub scan_on_push: bool,
    /// Its scan frequency now as ECR reports it (BatchGetRepositoryScanningConfiguration);
    /// `None`: computed from the current configuration instead.
    pub now: Option<String>,
}

/// Every repository's scanning under `current` and `new`, in the order given.
pub fn coverage(current: &Scanning, new: &Scanning, repositories: &[Repo]) -> Vec<RepoCoverage> {
    repositories
        .iter()
        .map(|r| {
            let before = r
                .now
                .clone()
                .unwrap_or_else(|| current.coverage_of(&r.name, r.scan_on_push).frequency);
            let after = new.coverage_of(&r.name, r.scan_on_push);
            RepoCoverage {
                repository: r.name.clone(),
                changed: before != after.frequency,
                before,
                after: after.frequency,
                filters: after.filters,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn repos(list: &[&str]) -> Vec<Repo> {
        list.iter()
            .map(|s| Repo {
                name: s.to_string(),
                scan_on_push: false,
                now: None,
            })
            .collect()
    }

    #[test]
    fn flags_make_one_rule_per_frequency() {
        let s = Scanning::from_flags(ENHANCED, &names(&["prod-*"]), &names(&["team-a/*", "*"]));
        assert_eq!(s.rules.len(), 2);
        assert_eq!(s.rules[0].scan_frequency, CONTINUOUS);
        assert!(s.check().is_ok());
        let none = Scanning::from_flags(BASIC, &[], &[]);
        assert!(none.rules.is_empty());
        assert!(none.check().is_ok());
    }

    #[test]
    fn check_refuses_what_ecr_refuses() {
        let basic_continuous = Scanning::from_flags(BASIC, &[], &names(&["*"]));
        assert!(basic_continuous
            .check()
            .unwrap_err()
            .contains("--type enhanced"));
        let bad_filter = Scanning::from_flags(BASIC, &names(&["Prod"]), &[]);
        assert!(bad_filter.check().is_err());
        let many = Scanning::from_flags(
            BASIC,
            &(0..101).map(|i| format!("r{i}")).collect::<Vec<_>>(),
            &[],
        );
        assert!(many.check().unwrap_err().contains("at most 100"));
        let mut twice = Scanning::from_flags(BASIC, &names(&["a"]), &[]);
        twice.rules.push(twice.rules[0].clone());
        assert!(twice.check().unwrap_err().contains("two SCAN_ON_PUSH"));
        let typo = Scanning {
            scan_type: "FULL".into(),
            rules: vec![],
        };
        assert!(typo.check().is_err());
    }

    #[test]
    fn files_in_either_shape() {
        let request = r#"{"scanType":"enhanced","rules":[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]}"#;
        let got = r#"{"registryId":"123456789012","scanningConfiguration":{"scanType":"ENHANCED","rules":[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*"}]}]}}"#;
        let a = Scanning::from_json(request).unwrap();
        let b = Scanning::from_json(got).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.scan_type, ENHANCED);
        let typo = Scanning::from_json(r#"{"scanType":"BASIC","rule":[]}"#).unwrap_err();
        assert!(typo.contains("unknown field `rule`"), "{typo}");
        assert!(Scanning::from_json("{")
            .unwrap_err()
            .starts_with("not JSON"));
    }

    #[test]
    fn the_normal_form_ignores_order_duplicates_and_empty_rules() {
        let a = Scanning::from_flags(ENHANCED, &names(&["b", "a", "a"]), &names(&["*"]));
        let mut b = Scanning::from_flags(ENHANCED, &names(&["a", "b"]), &names(&["*"]));
        b.rules.reverse();
        assert_eq!(a.normalized(), b.normalized());
        let mut empty = Scanning::from_flags(BASIC, &[], &[]);
        empty.rules.push(ScanRule {
            scan_frequency: SCAN_ON_PUSH.into(),
            repository_filters: vec![],
        });
        assert_eq!(empty.normalized(), Scanning::from_flags(BASIC, &[], &[]));
    }

    #[test]
    fn repositories_matching_no_rule_are_manual_or_not_scanned() {
        let repos = repos(&["prod-api", "team-a/web", "tools"]);
        let basic = Scanning::from_flags(BASIC, &names(&["prod-*"]), &[]);
        let enhanced = Scanning::from_flags(ENHANCED, &names(&["prod-*"]), &names(&["team-a/*"]));
        let c = coverage(&basic, &enhanced, &repos);
        assert_eq!(
            c.iter()
                .map(|r| (r.before.as_str(), r.after.as_str(), r.changed))
                .collect::<Vec<_>>(),
            [
                (SCAN_ON_PUSH, SCAN_ON_PUSH, false),
                (MANUAL, CONTINUOUS, true),
                (MANUAL, NOT_SCANNED, true),
            ]
        );
        assert_eq!(c[1].filters, ["team-a/*"]);
        assert!(c[2].filters.is_empty());
    }

    #[test]
    fn both_rules_matching_is_continuous() {
        let s = Scanning::from_flags(ENHANCED, &names(&["*"]), &names(&["prod"]));
        assert_eq!(s.coverage_of("prod-api", false).frequency, CONTINUOUS);
        assert_eq!(s.coverage_of("dev-api", false).frequency, SCAN_ON_PUSH);
    }

    #[test]
    fn without_rules_basic_scanning_follows_the_repository_flag() {
        let none = Scanning::from_flags(BASIC, &[], &[]);
        assert_eq!(none.coverage_of("a", true).frequency, SCAN_ON_PUSH);
        assert_eq!(none.coverage_of("a", false).frequency, MANUAL);
        // Once a rule exists, a repository it does not match is manual whatever its flag.
        let some = Scanning::from_flags(BASIC, &names(&["prod-*"]), &[]);
        assert_eq!(some.coverage_of("a", true).frequency, MANUAL);
        // What ECR reports now wins over the computed current state.
        let mut r = repos(&["a"]);
        r[0].now = Some(CONTINUOUS.into());
        assert_eq!(coverage(&none, &some, &r)[0].before, CONTINUOUS);
    }

    #[test]
    fn filters_that_match_nothing_are_named() {
        let s = Scanning::from_flags(BASIC, &names(&["prod-*", "prd-*"]), &[]);
        assert_eq!(s.unmatched_filters(&names(&["prod-api"])), ["prd-*"]);
    }
}
