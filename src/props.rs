//! Property tests: the parsers and the linter on random input.

use proptest::prelude::*;
use serde_json::Value;

use crate::mutability::wildcard_match;
use crate::policy::lint::{lint, lint_value, Options};
use crate::reference::{parse_image_ref, Reference};

/// A straightforward reference matcher for `*` wildcards: recursion over both strings.
fn reference_match(p: &[char], t: &[char]) -> bool {
    match p.split_first() {
        None => t.is_empty(),
        Some(('*', rest)) => (0..=t.len()).any(|i| reference_match(rest, &t[i..])),
        Some((c, rest)) => t.first() == Some(c) && reference_match(rest, &t[1..]),
    }
}

fn component() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,4}(([._]|__|-{1,3})[a-z0-9]{1,4}){0,2}"
}

fn reference_strategy() -> impl Strategy<Value = String> {
    (
        prop::option::of("[a-z]{1,6}\\.(com|io)(:[0-9]{2,5})?"),
        prop::collection::vec(component(), 1..4),
        prop::option::of("[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}"),
        prop::option::of("[0-9a-f]{64}"),
    )
        .prop_map(|(domain, path, tag, digest)| {
            let mut s = String::new();
            if let Some(d) = domain {
                s.push_str(&d);
                s.push('/');
            }
            s.push_str(&path.join("/"));
            if let Some(t) = tag {
                s.push(':');
                s.push_str(&t);
            }
            if let Some(d) = digest {
                s.push_str("@sha256:");
                s.push_str(&d);
            }
            s
        })
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        prop_oneof![
            "[ -~]{0,12}",
            Just("*".to_string()),
            Just("Allow".to_string()),
            Just("Deny".to_string()),
            Just("ecr:*".to_string()),
            Just("ecr:Put*".to_string()),
            Just("2012-10-17".to_string()),
            Just("arn:aws:iam::111122223333:root".to_string()),
        ]
        .prop_map(Value::String),
    ];
    let keys = prop_oneof![
        Just("Version".to_string()),
        Just("Statement".to_string()),
        Just("Effect".to_string()),
        Just("Principal".to_string()),
        Just("NotPrincipal".to_string()),
        Just("Action".to_string()),
        Just("NotAction".to_string()),
        Just("Resource".to_string()),
        Just("Condition".to_string()),
        Just("AWS".to_string()),
        Just("Service".to_string()),
        Just("Sid".to_string()),
        Just("StringEquals".to_string()),
        "[a-zA-Z:]{1,10}",
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn reference_parser_never_panics(s in "\\PC{0,80}") {
        let _ = Reference::parse(&s);
        let _ = parse_image_ref(&s);
    }

    #[test]
    fn reference_parser_never_panics_on_reference_like_text(s in "[a-zA-Z0-9./:@_\\-\\[\\]%]{0,90}") {
        let _ = Reference::parse(&s);
        let _ = parse_image_ref(&s);
    }

    #[test]
    fn parse_print_parse_is_stable(s in reference_strategy()) {
        let r = Reference::parse(&s).unwrap();
        prop_assert_eq!(r.to_string(), s.clone());
        prop_assert_eq!(Reference::parse(&r.to_string()).unwrap(), r);
    }

    #[test]
    fn filter_matching_agrees_with_the_reference(pattern in "[ab*.\\-]{0,8}", tag in "[ab.\\-]{0,10}") {
        let p: Vec<char> = pattern.chars().collect();
        let t: Vec<char> = tag.chars().collect();
        prop_assert_eq!(wildcard_match(&pattern, &tag), reference_match(&p, &t));
    }

    #[test]
    fn linter_never_panics_on_arbitrary_json(v in json_value()) {
        for opts in [Options::default(), Options { public: true, ..Default::default() }, Options { identity: true, ..Default::default() }, Options { own_account: Some("111122223333".into()), ..Default::default() }] {
            let _ = lint_value(&v, &opts);
            let _ = lint(&v.to_string(), &opts);
        }
    }

    #[test]
    fn linter_never_panics_on_arbitrary_text(s in "\\PC{0,200}") {
        let _ = lint(&s, &Options::default());
    }
}
