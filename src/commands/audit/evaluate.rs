//! The audit's judgement, pure: a repository's facts, completed with what was read beside it
//! (its effective scanning, its key's manager) and the options, become its findings and its
//! matrix cells. No AWS call: unit-tested on facts.

use std::collections::HashMap;

use super::listing::Target;
use super::plan::Selection;
use super::Audited;
use crate::posture::{cell, findings, Facts, KeyCheck, Scanning};

/// What every repository is judged with: the reads beside the repositories and the options.
pub(super) struct Judge<'a> {
    pub selection: &'a Selection,
    /// Effective scanning by (account, region, repository).
    pub scanning: &'a HashMap<(usize, String, String), Scanning>,
    /// Key managers by (account, key).
    pub keys: &'a HashMap<(usize, String), KeyCheck>,
    /// --kms-key-arn.
    pub allowed_keys: &'a [String],
    /// --required-tag.
    pub required_tags: &'a [String],
}

impl Judge<'_> {
    /// One repository's findings (those the selection keeps) and matrix cells; `account` is
    /// its account in a fleet audit.
    pub fn evaluate(&self, target: &Target, account: Option<&String>, mut facts: Facts) -> Audited {
        let key = (
            target.account,
            target.region.clone(),
            target.info.name.clone(),
        );
        facts.scanning = self.scanning.get(&key).cloned().unwrap_or_default();
        if let Some(k) = &target.info.kms_key {
            facts.key_manager = self
                .keys
                .get(&(target.account, k.clone()))
                .cloned()
                .unwrap_or_default();
        }
        facts.allowed_keys = self.allowed_keys.to_vec();
        facts.required_tags = self.required_tags.to_vec();
        facts.reading = self.selection.scope.reading;
        let mut found = findings(&facts);
        let cells = self
            .selection
            .columns
            .iter()
            .map(|c| (*c, cell(c, &facts, &found)))
            .collect();
        found.retain(|f| self.selection.wanted(&f.code));
        let info = &target.info;
        let account = account
            .cloned()
            .or_else(|| (!info.registry_id.is_empty()).then(|| info.registry_id.clone()));
        Audited {
            account,
            info: info.clone(),
            region: target.region.clone(),
            findings: found,
            cells,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::audit::plan::tests::args;
    use crate::registry::model::RepoInfo;

    fn target() -> Target {
        Target {
            account: 0,
            region: "eu-west-1".into(),
            info: RepoInfo {
                name: "app".into(),
                uri: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app".into(),
                arn: String::new(),
                registry_id: "123456789012".into(),
                public: false,
                tag_mutability: Some("IMMUTABLE".into()),
                exclusion_filters: Vec::new(),
                scan_on_push: Some(true),
                encryption: Some("AES256".into()),
                kms_key: None,
                created_at: None,
            },
        }
    }

    fn judged(flags: &[&str], account: Option<&String>) -> Audited {
        let selection = Selection::of(&args(flags));
        let (scanning, keys) = (HashMap::new(), HashMap::new());
        let judge = Judge {
            selection: &selection,
            scanning: &scanning,
            keys: &keys,
            allowed_keys: &[],
            required_tags: &[],
        };
        let facts = Facts {
            name: "app".into(),
            lifecycle: Some(None),
            ..Facts::default()
        };
        judge.evaluate(&target(), account, facts)
    }

    #[test]
    fn findings_follow_the_selection_and_name_their_account() {
        let codes = |a: &Audited| {
            a.findings
                .iter()
                .map(|f| f.code.clone())
                .collect::<Vec<_>>()
        };
        let all = judged(&[], None);
        assert!(codes(&all).contains(&"no-lifecycle-policy".to_string()));
        // A one-account audit knows the account from the listing.
        assert_eq!(all.account.as_deref(), Some("123456789012"));
        let ignored = judged(&["--ignore", "no-lifecycle-policy"], None);
        assert!(!codes(&ignored).contains(&"no-lifecycle-policy".to_string()));
        let fleet = "111122223333".to_string();
        assert_eq!(judged(&[], Some(&fleet)).account, Some(fleet));
        assert!(all.cells.is_empty(), "no matrix asked");
        let matrix = judged(&["--matrix", "csv"], None);
        assert!(!matrix.cells.is_empty());
    }
}
