//! What the audit reads, planned before any call: the findings --only / --ignore select and
//! the reads they need, the evidence matrix's columns, and the regions asked for.

use anyhow::Result;

use crate::commands::audit::args::{AuditArgs, ControlReading};
use crate::error::Exit;
use crate::posture::{known_codes, selects, Reading, Scope, MATRIX_CONTROLS};

use super::read::Needs;

/// The finding codes that fail a control.
fn controls_codes(control: &str) -> &'static [&'static str] {
    crate::posture::CONTROLS
        .iter()
        .find(|(c, _)| *c == control)
        .map(|(_, codes)| *codes)
        .unwrap_or(&[])
}

/// The regions to audit, each as asked (`None`: the configured one), from --public,
/// --all-regions and every --region given: checked for typos and for one partition.
pub(super) fn asked_regions(args: &AuditArgs, given: &[String]) -> Result<Vec<Option<String>>> {
    let asked: Vec<Option<String>> = if args.public {
        vec![None]
    } else if args.all_regions {
        crate::reference::COMMERCIAL_REGIONS
            .iter()
            .map(|r| Some(r.to_string()))
            .collect()
    } else if given.is_empty() {
        vec![None]
    } else {
        // A region given twice is audited once.
        let mut seen = Vec::new();
        for r in given {
            if !seen.contains(r) {
                seen.push(r.clone());
            }
        }
        seen.into_iter().map(Some).collect()
    };
    // Every region is checked as --region's first one is: a typo is said, not sent.
    for r in asked.iter().flatten() {
        if let Some(meant) = crate::reference::region_typo(r) {
            return Err(crate::error::AppError::new(
                Exit::Config,
                format!("'{r}' is not an AWS region ECR runs in (did you mean {meant}?)"),
            )
            .with_hint("fix that --region")
            .into());
        }
    }
    // In the order given: the first region's partition, and the first region of another.
    let partitions: Vec<(&str, &str)> = asked
        .iter()
        .flatten()
        .map(|r| (crate::reference::partition_of(r), r.as_str()))
        .collect();
    let other = partitions
        .iter()
        .find(|p| Some(p.0) != partitions.first().map(|f| f.0));
    if let (Some(&(p1, r1)), Some(&(p2, r2))) = (partitions.first(), other) {
        return Err(crate::error::AppError::usage(format!(
            "--region {r1} and --region {r2} are in different partitions ({p1}, {p2}), which one set of credentials cannot read: audit each partition on its own"
        ))
        .into());
    }
    Ok(asked)
}

/// The findings --only / --ignore keep of those the audit can make, and the reads they need
/// (reads no selected finding needs are skipped).
pub(super) struct Selection {
    only: Vec<String>,
    ignore: Vec<String>,
    pub scope: Scope,
    pub needs: Needs,
    /// The evidence matrix's columns (with --matrix): the controls the selection asks about.
    pub columns: Vec<&'static str>,
}

impl Selection {
    pub(super) fn of(args: &AuditArgs) -> Selection {
        let mut selection = Selection {
            only: args.only.clone(),
            ignore: args.ignore.clone(),
            scope: Scope {
                public: args.public,
                reading: match args.controls {
                    ControlReading::Ecrctl => Reading::Ecrctl,
                    ControlReading::Securityhub => Reading::SecurityHub,
                },
                allowed_keys: !args.kms_key_arns.is_empty(),
                scan_findings: args.scan_findings,
            },
            needs: Needs {
                policy: true,
                lifecycle: true,
                mutability: true,
                scanning: true,
                encryption: true,
                scan_findings: true,
            },
            columns: Vec::new(),
        };
        if args.matrix.is_some() {
            selection.columns = MATRIX_CONTROLS
                .into_iter()
                .filter(|c| controls_codes(c).iter().any(|code| selection.asked(code)))
                .collect();
        }
        selection.needs = Needs {
            policy: known_codes()
                .iter()
                .filter(|c| c.starts_with("policy-"))
                .any(|c| selection.reads(c)),
            lifecycle: known_codes()
                .iter()
                .filter(|c| c.starts_with("lifecycle-") || *c == "no-lifecycle-policy")
                .any(|c| selection.reads(c)),
            mutability: [
                "mutable-tags",
                "broad-exclusion",
                "mostly-mutable",
                "immutable-with-exclusion",
            ]
            .iter()
            .any(|c| selection.reads(c)),
            scanning: selection.reads("scan-on-push-off"),
            scan_findings: ["critical-scan-findings", "high-scan-findings"]
                .iter()
                .any(|c| selection.reads(c)),
            encryption: [
                "aes256-encryption",
                "kms-key-not-allowed",
                "kms-aws-managed",
                "kms-key-unreadable",
            ]
            .iter()
            .any(|c| selection.reads(c)),
        };
        selection
    }

    /// Whether the audit reads what `code` needs: a finding it looks for, or evidence for a
    /// column of the matrix.
    pub(super) fn reads(&self, code: &str) -> bool {
        self.wanted(code)
            || self.scope.can_find(code)
                && self
                    .columns
                    .iter()
                    .any(|c| controls_codes(c).contains(&code))
    }

    /// Whether the audit looks for `code`: asked for, and one it can find.
    pub(super) fn wanted(&self, code: &str) -> bool {
        self.asked(code) && self.scope.can_find(code)
    }

    /// Whether --only / --ignore keep `code`.
    fn asked(&self, code: &str) -> bool {
        (self.only.is_empty() || self.only.iter().any(|o| selects(o, code)))
            && !self.ignore.iter().any(|i| selects(i, code))
    }

    /// Why the selection keeps nothing this audit can find, if it does not.
    pub(super) fn unfindable(&self) -> Option<String> {
        let asked: Vec<String> = known_codes()
            .into_iter()
            .filter(|c| self.asked(c))
            .collect();
        if asked.iter().any(|c| self.scope.can_find(c)) {
            return None;
        }
        Some(if asked.is_empty() {
            "--only / --ignore leave no finding code".to_string()
        } else {
            format!(
                "--only / --ignore keep only findings this audit cannot make: {}",
                self.scope.why_not(&asked)
            )
        })
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: AuditArgs,
    }

    /// `ecrctl audit ARGS…`'s arguments.
    pub(in crate::commands::audit) fn args(given: &[&str]) -> AuditArgs {
        let argv = std::iter::once("audit").chain(given.iter().copied());
        Cli::try_parse_from(argv).expect("audit arguments").args
    }

    fn regions(given: &[&str], flags: &[&str]) -> Result<Vec<Option<String>>> {
        let given: Vec<String> = given.iter().map(|r| r.to_string()).collect();
        asked_regions(&args(flags), &given)
    }

    #[test]
    fn regions_are_asked_once_each_and_checked_before_any_call() {
        let asked = regions(&["eu-west-1", "us-east-1", "eu-west-1"], &[]).unwrap();
        assert_eq!(
            asked,
            [Some("eu-west-1".to_string()), Some("us-east-1".to_string())]
        );
        assert_eq!(regions(&[], &[]).unwrap(), [None]);
        assert_eq!(regions(&[], &["--public"]).unwrap(), [None]);
        assert!(regions(&[], &["--all-regions"]).unwrap().len() > 10);
        let typo = crate::error::render(&regions(&["eu-wset-1"], &[]).unwrap_err());
        assert!(typo.contains("did you mean eu-west-1"), "{typo}");
        let mixed = crate::error::render(&regions(&["eu-west-1", "cn-north-1"], &[]).unwrap_err());
        assert!(mixed.contains("different partitions"), "{mixed}");
    }

    #[test]
    fn the_selection_reads_only_what_its_findings_need() {
        let all = Selection::of(&args(&[]));
        let n = &all.needs;
        assert!(n.policy && n.lifecycle && n.mutability && n.scanning && n.encryption);
        assert!(all.columns.is_empty());
        let one = Selection::of(&args(&["--only", "mutable-tags"]));
        let n = &one.needs;
        assert!(n.mutability && !n.policy && !n.lifecycle && !n.scanning && !n.encryption);
        assert!(one.wanted("mutable-tags") && !one.wanted("no-lifecycle-policy"));
        assert!(one.unfindable().is_none());
        let ignored = Selection::of(&args(&["--ignore", "no-lifecycle-policy"]));
        assert!(
            ignored.needs.lifecycle,
            "lifecycle lint findings still need the policy"
        );
        assert!(!ignored.wanted("no-lifecycle-policy"));
        // Public repositories have no tag mutability: a gate on it could never fail.
        let nothing = Selection::of(&args(&["--public", "--only", "mutable-tags"]));
        assert!(nothing.unfindable().is_some());
    }
}
