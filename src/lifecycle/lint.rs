//! The lifecycle policy linter: everything ECR rejects (errors) and the footguns it accepts
//! (warnings), each with a stable code. A document without errors becomes a [`Policy`].

use std::collections::{BTreeSet, HashSet};

use serde::Serialize;
use serde_json::{Map, Value};

use super::{
    Action, Count, Policy, Rule, StorageClass, TagSelection, MAX_RULES, MAX_TEXT, MAX_WILDCARDS,
    MIN_ARCHIVE_DAYS, MIN_TEXT,
};
use crate::mutability::wildcard_match;
pub use crate::policy::lint::Severity;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Stable, for scripts; audit reports it as `lifecycle-<code>`. It gives the severity.
    pub code: Code,
    pub message: String,
    /// 1-based position of the rule in `rules`, when the finding is about one rule.
    pub position: Option<usize>,
    /// That rule's `rulePriority`, when it has a valid one: what "rule N" means everywhere.
    pub rule: Option<u32>,
}

impl Finding {
    pub fn new(code: Code, message: impl Into<String>, position: Option<usize>) -> Finding {
        Finding {
            code,
            message: message.into(),
            position,
            rule: None,
        }
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Finding", 5)?;
        st.serialize_field("severity", &self.severity())?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("position", &self.position)?;
        st.serialize_field("rule", &self.rule)?;
        st.end()
    }
}

crate::policy::lint::lint_codes! {
    /// Every code, its severity and what it means: the README's table is checked against it.
    pub enum Code {
        InvalidJson = "invalid-json", Error, "not JSON, duplicate keys, or not an object";
        TooShort = "too-short", Error, "under 100 characters as sent (minified)";
        TooLong = "too-long", Error, "over 30,720 characters as sent (minified)";
        RulesMissing = "rules-missing", Error, "no `rules`, or an empty list";
        TooManyRules = "too-many-rules", Error, "more than 50 rules";
        UnknownField = "unknown-field", Error, "a field ECR does not know";
        NullField = "null-field", Error, "a field set to null";
        WrongType = "wrong-type", Error, "a field of the wrong JSON type";
        MissingField = "missing-field", Error, "a required field is missing";
        PriorityInvalid = "priority-invalid", Error, "rulePriority is not a whole number of at least 1";
        PriorityDuplicate = "priority-duplicate", Error, "two rules with the same rulePriority";
        TagStatusInvalid = "tag-status-invalid", Error, "tagStatus is not tagged, untagged or any";
        TagListMissing = "tag-list-missing", Error, "tagStatus tagged without tagPatternList or tagPrefixList";
        TagListNotAllowed = "tag-list-not-allowed", Error, "a tag list on an untagged or any rule";
        TagListsBoth = "tag-lists-both", Error, "both tagPatternList and tagPrefixList";
        TagListEmpty = "tag-list-empty", Error, "an empty tag list, or an empty entry";
        WildcardLimit = "wildcard-limit", Error, "more than four `*` in one tagPatternList entry";
        AnyNotLast = "any-not-last", Error, "a tagStatus any rule that is not the last of its storage class";
        UntaggedTwice = "untagged-twice", Error, "two untagged rules for the same storage class";
        TagSelectionDuplicate = "tag-selection-duplicate", Error, "two tagged rules with the same tag list";
        StorageClassInvalid = "storage-class-invalid", Error, "storageClass is not standard or archive";
        CountTypeInvalid = "count-type-invalid", Error, "countType is not one of the four ECR knows";
        CountNumberInvalid = "count-number-invalid", Error, "countNumber is not a whole number of at least 1";
        CountUnitMissing = "count-unit-missing", Error, "an age rule without countUnit";
        CountUnitNotAllowed = "count-unit-not-allowed", Error, "countUnit on an imageCountMoreThan rule";
        CountUnitInvalid = "count-unit-invalid", Error, "countUnit is not days";
        ActionTypeInvalid = "action-type-invalid", Error, "action type is not expire or transition";
        TransitionTarget = "transition-target", Error, "transition without targetStorageClass archive, or a target on expire";
        PulledExpire = "pulled-expire", Error, "sinceImagePulled with expire: ECR takes it only to archive";
        ArchiveCountType = "archive-count-type", Error, "archive rules need sinceImageTransitioned, and only they take it";
        ArchiveTransition = "archive-transition", Error, "an archive rule can only expire";
        ArchiveMinDays = "archive-min-days", Error, "expiring archived images before their 90-day minimum";
        RuleUnreachable = "rule-unreachable", Warning, "higher rules select every image this rule selects: it never acts";
        ExpiresLatest = "expires-latest", Warning, "an age rule that can expire the image tagged latest (or, with images known, a rule that would)";
        ArchivesLatest = "archives-latest", Warning, "a transition rule that can archive the image tagged latest (or, with images known, one that would)";
        TagPatternUnusual = "tag-pattern-unusual", Warning, "a tag pattern or prefix with characters docker tags cannot hold";
        ExpiresNewest = "expires-newest", Warning, "if nothing is pushed, the policy expires every image, the newest included (with images known: within a year, and the date it starts)";
        ExpiresReferrers = "expires-referrers", Warning, "with images known: a rule expires signatures, SBOMs or attestations of images that stay";
    }
}

pub struct Linted {
    pub findings: Vec<Finding>,
    /// The policy, when there is no error.
    pub policy: Option<Policy>,
}

impl Linted {
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity() == Severity::Error)
            .count()
    }
}

fn finding(code: Code, message: impl Into<String>, position: Option<usize>) -> Finding {
    Finding::new(code, message, position)
}

/// Lint a lifecycle policy document.
pub fn lint(text: &str) -> Linted {
    let doc = match crate::policy::parse(text) {
        Ok(doc) => doc,
        Err(e) => {
            return Linted {
                findings: vec![finding(
                    Code::InvalidJson,
                    e.replace("the policy", "the lifecycle policy"),
                    None,
                )],
                policy: None,
            }
        }
    };
    lint_value(&doc)
}

/// Lint a parsed document.
pub fn lint_value(doc: &Value) -> Linted {
    let mut out = Vec::new();
    let sent = crate::policy::minify(doc).chars().count();
    if sent < MIN_TEXT {
        out.push(finding(
            Code::TooShort,
            format!("the policy is {sent} characters as sent; ECR takes at least {MIN_TEXT}"),
            None,
        ));
    } else if sent > MAX_TEXT {
        out.push(finding(
            Code::TooLong,
            format!("the policy is {sent} characters as sent; ECR takes at most {MAX_TEXT}"),
            None,
        ));
    }
    let Some(top) = doc.as_object() else {
        out.push(finding(
            Code::InvalidJson,
            "the lifecycle policy must be a JSON object",
            None,
        ));
        return Linted {
            findings: out,
            policy: None,
        };
    };
    unknown_fields(top, &["rules"], "the policy", None, &mut out);
    let rules = match top.get("rules") {
        None => {
            out.push(finding(
                Code::RulesMissing,
                "the policy has no `rules` list",
                None,
            ));
            &[][..]
        }
        Some(Value::Array(a)) if a.is_empty() => {
            out.push(finding(
                Code::RulesMissing,
                "`rules` is empty: a policy needs at least one rule",
                None,
            ));
            &[][..]
        }
        Some(Value::Array(a)) => a.as_slice(),
        Some(v) => {
            out.push(finding(
                Code::WrongType,
                format!("`rules` must be a list, not {}", crate::policy::kind_of(v)),
                None,
            ));
            &[][..]
        }
    };
    if rules.len() > MAX_RULES {
        out.push(finding(
            Code::TooManyRules,
            format!("{} rules; ECR takes at most {MAX_RULES}", rules.len()),
            None,
        ));
    }
    // Duplicate priorities, over every rule with a valid one (even a rule with other errors).
    let mut seen = HashSet::new();
    for (i, r) in rules.iter().enumerate() {
        if let Some(p) = r.get("rulePriority").and_then(positive) {
            if !seen.insert(p) {
                out.push(finding(
                    Code::PriorityDuplicate,
                    format!("rulePriority {p} is used twice: each rule needs its own"),
                    Some(i + 1),
                ));
            }
        }
    }
    let mut parsed: Vec<(usize, Rule)> = Vec::new();
    for (i, r) in rules.iter().enumerate() {
        if let Some(rule) = lint_rule(i + 1, r, &mut out) {
            parsed.push((i + 1, rule));
        }
    }
    lint_together(&parsed, &mut out);
    let errors = out.iter().any(|f| f.severity() == Severity::Error);
    let policy = (!errors && parsed.len() == rules.len() && !rules.is_empty()).then(|| {
        let mut rules: Vec<Rule> = parsed.iter().map(|(_, r)| r.clone()).collect();
        rules.sort_by_key(|r| r.priority);
        Policy { rules }
    });
    if let Some(p) = &policy {
        let position = |priority: u32| {
            parsed
                .iter()
                .find(|(_, r)| r.priority == priority)
                .map(|(n, _)| *n)
        };
        out.extend(footguns(p, position));
    }
    // A duplicate priority does not name its rule: the position does.
    for f in out.iter_mut().filter(|f| f.code != "priority-duplicate") {
        f.rule = f
            .position
            .and_then(|p| rules.get(p - 1))
            .and_then(|r| r.get("rulePriority"))
            .and_then(positive);
    }
    Linted {
        findings: out,
        policy,
    }
}

fn unknown_fields(
    obj: &Map<String, Value>,
    known: &[&str],
    what: &str,
    rule: Option<usize>,
    out: &mut Vec<Finding>,
) {
    for (k, v) in obj {
        if !known.contains(&k.as_str()) {
            let hint = crate::suggest::closest(k, known.iter().copied())
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            out.push(finding(
                Code::UnknownField,
                format!("{what} has an unknown field `{k}`{hint}"),
                rule,
            ));
        } else if v.is_null() {
            out.push(finding(
                Code::NullField,
                format!("`{k}` is null: leave it out instead"),
                rule,
            ));
        }
    }
}

/// A whole number ≥ 1 (JSON numbers like `5.0` are not taken).
/// A field (`whose`, `key`) that must be a whole number of at least 1: missing is
/// `missing-field`, a value that is not such a number `invalid`; `null` is neither.
fn required_positive(
    value: Option<&Value>,
    (whose, key): (&str, &str),
    invalid: Code,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) -> Option<u32> {
    match value {
        None => {
            out.push(finding(
                Code::MissingField,
                format!("{whose} has no {key}"),
                at,
            ));
            None
        }
        Some(Value::Null) => None,
        Some(v) => {
            let p = positive(v);
            if p.is_none() {
                out.push(finding(
                    invalid,
                    format!("{key} must be a whole number of at least 1, not {v}"),
                    at,
                ));
            }
            p
        }
    }
}

fn positive(v: &Value) -> Option<u32> {
    v.as_u64()
        .filter(|n| *n >= 1)
        .and_then(|n| u32::try_from(n).ok())
}

fn lint_rule(n: usize, value: &Value, out: &mut Vec<Finding>) -> Option<Rule> {
    let at = Some(n);
    let Some(obj) = value.as_object() else {
        out.push(finding(
            Code::WrongType,
            format!(
                "a rule must be an object, not {}",
                crate::policy::kind_of(value)
            ),
            at,
        ));
        return None;
    };
    let before = out.len();
    unknown_fields(
        obj,
        &["rulePriority", "description", "selection", "action"],
        "the rule",
        at,
        out,
    );
    let priority = required_positive(
        obj.get("rulePriority"),
        ("the rule", "rulePriority"),
        Code::PriorityInvalid,
        at,
        out,
    );
    let description = match obj.get("description") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => None,
        Some(v) => {
            out.push(finding(
                Code::WrongType,
                format!(
                    "description must be a string, not {}",
                    crate::policy::kind_of(v)
                ),
                at,
            ));
            None
        }
    };
    let selection = object_field(obj, "selection", at, out).and_then(|s| lint_selection(n, s, out));
    let action = object_field(obj, "action", at, out).and_then(|a| lint_action(n, a, out));
    let ((tags, storage, count), action) = (selection?, action?);
    match (storage, count, action) {
        (StorageClass::Archive, _, Action::Transition) => out.push(finding(
            Code::ArchiveTransition,
            "an archive rule can only expire: archived images have nowhere further to go",
            at,
        )),
        (_, Count::SincePulled(_), Action::Expire) => out.push(finding(
            Code::PulledExpire,
            "sinceImagePulled takes only the transition action: archive images not pulled for a while, then expire them from the archive with sinceImageTransitioned",
            at,
        )),
        _ => {}
    }
    if out.len() > before
        && out[before..]
            .iter()
            .any(|f| f.severity() == Severity::Error)
    {
        return None;
    }
    Some(Rule {
        priority: priority?,
        description,
        tags,
        storage,
        count,
        action,
    })
}

/// A required object field of a rule: missing, null or of another type is a finding.
fn object_field<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    at: Option<usize>,
    out: &mut Vec<Finding>,
) -> Option<&'a Map<String, Value>> {
    match obj.get(key) {
        Some(Value::Object(o)) => Some(o),
        Some(Value::Null) => None,
        None => {
            out.push(finding(
                Code::MissingField,
                format!("the rule has no {key}"),
                at,
            ));
            None
        }
        Some(v) => {
            out.push(finding(
                Code::WrongType,
                format!("{key} must be an object, not {}", crate::policy::kind_of(v)),
                at,
            ));
            None
        }
    }
}

fn string_list(n: usize, key: &str, v: &Value, out: &mut Vec<Finding>) -> Option<Vec<String>> {
    let at = Some(n);
    let Some(items) = v.as_array() else {
        out.push(finding(
            Code::WrongType,
            format!(
                "{key} must be a list of strings, not {}",
                crate::policy::kind_of(v)
            ),
            at,
        ));
        return None;
    };
    if items.is_empty() {
        out.push(finding(
            Code::TagListEmpty,
            format!("{key} is empty: give at least one entry"),
            at,
        ));
        return None;
    }
    let mut list = Vec::new();
    for item in items {
        match item.as_str() {
            Some("") => {
                out.push(finding(
                    Code::TagListEmpty,
                    format!("{key} has an empty entry"),
                    at,
                ));
                return None;
            }
            Some(s) => list.push(s.to_string()),
            None => {
                out.push(finding(
                    Code::WrongType,
                    format!(
                        "{key} entries must be strings, not {}",
                        crate::policy::kind_of(item)
                    ),
                    at,
                ));
                return None;
            }
        }
    }
    Some(list)
}

fn lint_selection(
    n: usize,
    s: &Map<String, Value>,
    out: &mut Vec<Finding>,
) -> Option<(TagSelection, StorageClass, Count)> {
    let at = Some(n);
    unknown_fields(
        s,
        &[
            "tagStatus",
            "tagPatternList",
            "tagPrefixList",
            "storageClass",
            "countType",
            "countUnit",
            "countNumber",
        ],
        "the selection",
        at,
        out,
    );
    let str_of = |key: &str, out: &mut Vec<Finding>| -> Option<Option<String>> {
        match s.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(Value::String(v)) => Some(Some(v.clone())),
            Some(v) => {
                out.push(finding(
                    Code::WrongType,
                    format!("{key} must be a string, not {}", crate::policy::kind_of(v)),
                    at,
                ));
                None
            }
        }
    };
    let patterns = s
        .get("tagPatternList")
        .filter(|v| !v.is_null())
        .map(|v| string_list(n, "tagPatternList", v, out));
    let prefixes = s
        .get("tagPrefixList")
        .filter(|v| !v.is_null())
        .map(|v| string_list(n, "tagPrefixList", v, out));
    for (kind, list) in [("tag prefix", &prefixes), ("tag pattern", &patterns)] {
        for p in list.iter().flatten().flatten() {
            if let Some(c) = p
                .chars()
                .find(|c| !(c.is_ascii_alphanumeric() || "._-*".contains(*c)))
            {
                out.push(finding(
                    Code::TagPatternUnusual,
                    format!("{kind} `{p}` has `{}`, which docker tags cannot hold (A-Z a-z 0-9 _ . -): it matches only tags written through the API", c.escape_default()),
                    at,
                ));
            }
        }
    }
    if let Some(Some(ps)) = &patterns {
        for p in ps {
            let stars = p.matches('*').count();
            if stars > MAX_WILDCARDS {
                out.push(finding(Code::WildcardLimit, format!("tag pattern `{p}` has {stars} wildcards; ECR takes at most {MAX_WILDCARDS}"), at));
            }
        }
    }
    let status = str_of("tagStatus", out)?;
    let tags = match status.as_deref() {
        None => {
            if !s.contains_key("tagStatus") {
                out.push(finding(
                    Code::MissingField,
                    "the selection has no tagStatus",
                    at,
                ));
            }
            None
        }
        Some("tagged") => {
            match (patterns, prefixes) {
                (Some(_), Some(_)) => {
                    out.push(finding(
                        Code::TagListsBoth,
                        "give tagPatternList or tagPrefixList, not both",
                        at,
                    ));
                    None
                }
                (Some(Some(p)), None) => Some(TagSelection::Patterns(p)),
                (None, Some(Some(p))) => Some(TagSelection::Prefixes(p)),
                (None, None) => {
                    out.push(finding(Code::TagListMissing, "tagStatus tagged needs tagPatternList (or tagPrefixList) to say which tags", at));
                    None
                }
                _ => None,
            }
        }
        Some(st @ ("untagged" | "any")) => {
            if patterns.is_some() || prefixes.is_some() {
                out.push(finding(
                    Code::TagListNotAllowed,
                    format!("a tagStatus {st} rule takes no tag list: use tagStatus tagged"),
                    at,
                ));
                None
            } else if st == "any" {
                Some(TagSelection::Any)
            } else {
                Some(TagSelection::Untagged)
            }
        }
        Some(other) => {
            let hint = crate::suggest::closest(other, ["tagged", "untagged", "any"])
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            out.push(finding(
                Code::TagStatusInvalid,
                format!("tagStatus `{other}` is not tagged, untagged or any{hint}"),
                at,
            ));
            None
        }
    };
    let storage = match str_of("storageClass", out)?.as_deref() {
        None | Some("standard") => Some(StorageClass::Standard),
        Some("archive") => Some(StorageClass::Archive),
        Some(other) => {
            out.push(finding(
                Code::StorageClassInvalid,
                format!("storageClass `{other}` is not standard or archive"),
                at,
            ));
            None
        }
    };
    let number = required_positive(
        s.get("countNumber"),
        ("the selection", "countNumber"),
        Code::CountNumberInvalid,
        at,
        out,
    );
    let unit = str_of("countUnit", out)?;
    let count_type = str_of("countType", out)?;
    let count = match count_type.as_deref() {
        None => {
            if !s.contains_key("countType") {
                out.push(finding(
                    Code::MissingField,
                    "the selection has no countType",
                    at,
                ));
            }
            None
        }
        Some("imageCountMoreThan") => {
            if unit.is_some() {
                out.push(finding(
                    Code::CountUnitNotAllowed,
                    "imageCountMoreThan counts images: remove countUnit",
                    at,
                ));
            }
            number.map(Count::MoreThan)
        }
        Some(t @ ("sinceImagePushed" | "sinceImagePulled" | "sinceImageTransitioned")) => {
            match unit.as_deref() {
                None => out.push(finding(
                    Code::CountUnitMissing,
                    format!("{t} needs \"countUnit\": \"days\""),
                    at,
                )),
                Some("days") => {}
                Some(u) => out.push(finding(
                    Code::CountUnitInvalid,
                    format!("countUnit `{u}` is not days, the only unit ECR takes"),
                    at,
                )),
            }
            number.map(|d| match t {
                "sinceImagePushed" => Count::SincePushed(d),
                "sinceImagePulled" => Count::SincePulled(d),
                _ => Count::SinceTransitioned(d),
            })
        }
        Some(other) => {
            let known = [
                "imageCountMoreThan",
                "sinceImagePushed",
                "sinceImagePulled",
                "sinceImageTransitioned",
            ];
            let hint = crate::suggest::closest(other, known)
                .map(|s| format!(" (did you mean `{s}`?)"))
                .unwrap_or_default();
            out.push(finding(Code::CountTypeInvalid, format!("countType `{other}` is not imageCountMoreThan, sinceImagePushed, sinceImagePulled or sinceImageTransitioned{hint}"), at));
            None
        }
    };
    match (storage, count) {
        (Some(StorageClass::Archive), Some(c)) if !matches!(c, Count::SinceTransitioned(_)) => out.push(finding(
            Code::ArchiveCountType,
            "an archive rule must count days since the image was archived (countType sinceImageTransitioned)",
            at,
        )),
        (Some(StorageClass::Standard), Some(Count::SinceTransitioned(_))) => out.push(finding(
            Code::ArchiveCountType,
            "sinceImageTransitioned applies to archived images only: add \"storageClass\": \"archive\"",
            at,
        )),
        (Some(StorageClass::Archive), Some(Count::SinceTransitioned(d))) if d < MIN_ARCHIVE_DAYS => out.push(finding(
            Code::ArchiveMinDays,
            format!("archived images are kept (and billed) for at least {MIN_ARCHIVE_DAYS} days: ECR refuses a rule that expires them after {d}"),
            at,
        )),
        _ => {}
    }
    Some((tags?, storage?, count?))
}

fn lint_action(n: usize, a: &Map<String, Value>, out: &mut Vec<Finding>) -> Option<Action> {
    let at = Some(n);
    unknown_fields(a, &["type", "targetStorageClass"], "the action", at, out);
    let target = match a.get("targetStorageClass") {
        None | Some(Value::Null) => None,
        Some(Value::String(t)) => Some(t.as_str()),
        Some(v) => {
            out.push(finding(
                Code::WrongType,
                format!(
                    "targetStorageClass must be a string, not {}",
                    crate::policy::kind_of(v)
                ),
                at,
            ));
            return None;
        }
    };
    match a.get("type") {
        None => {
            out.push(finding(Code::MissingField, "the action has no type", at));
            None
        }
        Some(Value::String(t)) if t == "expire" => {
            if target.is_some() {
                out.push(finding(
                    Code::TransitionTarget,
                    "targetStorageClass belongs to transition actions, not expire",
                    at,
                ));
                return None;
            }
            Some(Action::Expire)
        }
        Some(Value::String(t)) if t == "transition" => {
            if target != Some("archive") {
                out.push(finding(
                    Code::TransitionTarget,
                    "a transition needs \"targetStorageClass\": \"archive\"",
                    at,
                ));
                return None;
            }
            Some(Action::Transition)
        }
        Some(Value::Null) => None,
        Some(v) => {
            let hint = v
                .as_str()
                .and_then(|t| crate::suggest::closest(t, ["expire", "transition"]))
                .map(|t| format!(" (did you mean `{t}`?)"))
                .unwrap_or_default();
            out.push(finding(
                Code::ActionTypeInvalid,
                format!("action type {v} is not expire or transition{hint}"),
                at,
            ));
            None
        }
    }
}

/// The rules ECR checks across rules: the place of `any`, one untagged rule and
/// distinct tag lists per storage class.
fn lint_together(rules: &[(usize, Rule)], out: &mut Vec<Finding>) {
    for class in [StorageClass::Standard, StorageClass::Archive] {
        let of_class: Vec<&(usize, Rule)> =
            rules.iter().filter(|(_, r)| r.storage == class).collect();
        let Some(highest) = of_class.iter().map(|(_, r)| r.priority).max() else {
            continue;
        };
        for (n, r) in &of_class {
            if r.tags == TagSelection::Any && r.priority != highest {
                out.push(finding(
                    Code::AnyNotLast,
                    format!("a tagStatus any rule must have the highest rulePriority of its storage class ({highest} is higher than {})", r.priority),
                    Some(*n),
                ));
            }
        }
        let untagged: Vec<(usize, u32)> = of_class
            .iter()
            .filter(|(_, r)| r.tags == TagSelection::Untagged)
            .map(|(n, r)| (*n, r.priority))
            .collect();
        if untagged.len() > 1 {
            out.push(finding(
                Code::UntaggedTwice,
                format!(
                    "only one rule may select untagged images (rules {} do)",
                    untagged
                        .iter()
                        .map(|(_, p)| p.to_string())
                        .collect::<Vec<_>>()
                        .join(" and ")
                ),
                Some(untagged[1].0),
            ));
        }
        let mut lists: Vec<(BTreeSet<String>, u32)> = Vec::new();
        for (n, r) in &of_class {
            let set: BTreeSet<String> = match &r.tags {
                TagSelection::Prefixes(ps) => ps.iter().map(|p| format!("{p}*")).collect(),
                TagSelection::Patterns(ps) => ps.iter().cloned().collect(),
                _ => continue,
            };
            if let Some((_, first)) = lists.iter().find(|(s, _)| *s == set) {
                out.push(finding(Code::TagSelectionDuplicate, format!("rules {first} and {} select the same tags: ECR needs a distinct tag list per rule", r.priority), Some(*n)));
            } else {
                lists.push((set, r.priority));
            }
        }
    }
}

/// Whether every string `inner` matches is matched by `outer` (sound, not complete): `outer`,
/// read as a pattern, matches `inner` read literally. `outer`'s literal characters can only meet
/// `inner`'s literals, and its `*` absorb whatever `inner`'s `*` become.
pub fn pattern_covers(outer: &str, inner: &str) -> bool {
    wildcard_match(outer, inner)
}

/// Whether rule `hi`'s tag selection takes every image rule `lo`'s does (same storage class).
fn selection_covers(hi: &Rule, lo: &Rule) -> bool {
    if hi.storage != lo.storage {
        return false;
    }
    match (&hi.tags, &lo.tags) {
        (TagSelection::Any, _) => true,
        (TagSelection::Untagged, TagSelection::Untagged) => true,
        (TagSelection::Untagged, _) | (_, TagSelection::Untagged) | (_, TagSelection::Any) => false,
        (h, l) => {
            let (h, l) = (
                h.patterns().unwrap_or_default(),
                l.patterns().unwrap_or_default(),
            );
            h.iter().all(|hp| l.iter().any(|lp| pattern_covers(hp, lp)))
        }
    }
}

/// Add what the images reveal to the policy's own findings: a code the images decide (what
/// the evaluation actually does) replaces the policy-alone warning of the same code.
pub fn merge_image_findings(findings: &mut Vec<Finding>, from_images: Vec<Finding>) {
    findings.retain(|f| !from_images.iter().any(|i| i.code == f.code));
    findings.extend(from_images);
}

/// The footguns visible in the policy alone.
fn footguns(p: &Policy, position: impl Fn(u32) -> Option<usize>) -> Vec<Finding> {
    let mut out = rule_footguns(p, &position);
    // The same evaluation `set` and `preview` run over a year, on one image per selection.
    if let Some(e) = super::horizon::empties_without_images(p, 0) {
        let days = e.at / super::DAY;
        out.push(Finding {
            code: Code::ExpiresNewest,
            message: format!("if nothing is pushed for {days} days, every image is expired, the newest included, and the repository is emptied; keep the newest images with an imageCountMoreThan rule before this one"),
            position: e.rule.and_then(&position),
            rule: e.rule,
        });
    }
    out
}

fn rule_footguns(p: &Policy, position: &impl Fn(u32) -> Option<usize>) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, r) in p.rules.iter().enumerate() {
        let higher = &p.rules[..i];
        let at = position(r.priority);
        let covered_by = higher.iter().find(|h| selection_covers(h, r));
        // `any` is covered when higher rules take both the untagged and every tagged image.
        let any_covered = r.tags == TagSelection::Any
            && higher
                .iter()
                .any(|h| h.storage == r.storage && h.tags == TagSelection::Untagged)
            && higher.iter().any(|h| {
                h.storage == r.storage
                    && h.tags
                        .patterns()
                        .is_some_and(|ps| ps.iter().all(|p| p == "*"))
                    && h.tags != TagSelection::Any
            });
        if let Some(h) = covered_by {
            out.push(finding(
                Code::RuleUnreachable,
                format!("never acts: rule {} (a higher priority) selects every image it selects ({}), and an image belongs to the first rule that selects it", h.priority, r.selection_text()),
                at,
            ));
            continue;
        }
        if any_covered {
            out.push(finding(
                Code::RuleUnreachable,
                "never acts: higher rules select every untagged and every tagged image".to_string(),
                at,
            ));
            continue;
        }
        if r.storage != StorageClass::Standard {
            continue;
        }
        let latest = [String::from("latest")];
        let takes_latest_alone = r.tags.matches(&latest);
        let latest_protected = higher.iter().any(|h| {
            h.storage == StorageClass::Standard
                && h.tags.matches(&latest)
                && matches!(h.count, Count::MoreThan(_))
        });
        if takes_latest_alone && !latest_protected && r.action == Action::Transition {
            out.push(finding(
                Code::ArchivesLatest,
                "selects the image tagged `latest` and can archive it, after which it cannot be pulled until restored; put a higher rule that keeps it (tagPatternList [\"latest\"], imageCountMoreThan 1)",
                at,
            ));
        }
        if r.action != Action::Expire {
            continue;
        }
        if takes_latest_alone && !latest_protected && !matches!(r.count, Count::MoreThan(_)) {
            out.push(finding(
                Code::ExpiresLatest,
                "selects the image tagged `latest` and can expire it; put a higher rule that keeps it (tagPatternList [\"latest\"], imageCountMoreThan 1)".to_string(),
                at,
            ));
        }
    }
    out
}
