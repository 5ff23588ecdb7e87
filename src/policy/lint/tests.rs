//! One failing and one passing document per rule.

use super::*;

fn private() -> Options {
    Options::default()
}

fn public() -> Options {
    Options {
        public: true,
        ..Default::default()
    }
}

fn identity() -> Options {
    Options {
        identity: true,
        ..Default::default()
    }
}

fn codes(text: &str, opts: &Options) -> Vec<&'static str> {
    lint(text, opts)
        .into_iter()
        .map(|f| f.code.as_str())
        .collect()
}

/// A statement in an otherwise good document.
fn with(statement: &str) -> String {
    format!(r#"{{"Version":"2012-10-17","Statement":[{statement}]}}"#)
}

const NAMED_PULL: &str = r#"{"Sid":"Pull","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/ci"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}"#;

fn has(text: &str, opts: &Options, code: &str) -> bool {
    codes(text, opts).contains(&code)
}

fn clean(text: &str, opts: &Options) {
    let f = lint(text, opts);
    assert!(f.is_empty(), "{text}: {f:#?}");
}

#[test]
fn a_named_pull_is_clean() {
    clean(&with(NAMED_PULL), &private());
}

#[test]
fn json_errors() {
    assert!(has("{", &private(), "invalid-json"));
    assert!(has("{} {}", &private(), "invalid-json"));
    assert!(has(
        r#"{"Version":"2012-10-17","Version":"2012-10-17"}"#,
        &private(),
        "invalid-json"
    ));
    assert!(has("[]", &private(), "invalid-json"));
    let f = lint("{\n\"Version\": \"2012-10-17\",\n}", &private());
    assert!(f[0].message.contains("line 3"), "{f:?}");
}

#[test]
fn version() {
    let no_version = format!(r#"{{"Statement":[{NAMED_PULL}]}}"#);
    assert_eq!(codes(&no_version, &private()), ["version-missing"]);
    assert_eq!(
        lint(&no_version, &private())[0].severity(),
        Severity::Warning
    );
    let bad = format!(r#"{{"Version":"2020-01-01","Statement":[{NAMED_PULL}]}}"#);
    assert_eq!(codes(&bad, &private()), ["version-invalid"]);
    let old = format!(r#"{{"Version":"2008-10-17","Statement":[{NAMED_PULL}]}}"#);
    assert_eq!(codes(&old, &private()), ["version-old"]);
    assert_eq!(lint(&old, &private())[0].severity(), Severity::Suggestion);
    let variables = old.replace("role/ci", "user/${aws:username}");
    assert_eq!(codes(&variables, &private()), ["version-old-variables"]);
    assert_eq!(
        lint(&variables, &private())[0].severity(),
        Severity::Warning
    );
    let number = format!(r#"{{"Version":2012,"Statement":[{NAMED_PULL}]}}"#);
    assert_eq!(codes(&number, &private()), ["version-invalid"]);
}

#[test]
fn size_as_written_versus_minified() {
    let padded = with(NAMED_PULL).replace(",", &format!(",{}", " ".repeat(3000)));
    assert!(padded.len() > 10_240);
    assert_eq!(codes(&padded, &private()), ["size-as-written"]);
    clean(&with(NAMED_PULL), &private());
}

#[test]
fn statements() {
    assert_eq!(
        codes(r#"{"Version":"2012-10-17"}"#, &private()),
        ["statement-missing"]
    );
    assert_eq!(
        codes(r#"{"Version":"2012-10-17","Statement":[]}"#, &private()),
        ["statement-empty"]
    );
    assert_eq!(
        codes(r#"{"Version":"2012-10-17","Statement":"x"}"#, &private()),
        ["wrong-type"]
    );
    assert_eq!(
        codes(r#"{"Version":"2012-10-17","Statement":[1]}"#, &private()),
        ["wrong-type"]
    );
    // A single statement object is legal.
    clean(
        &format!(r#"{{"Version":"2012-10-17","Statement":{NAMED_PULL}}}"#),
        &private(),
    );
    assert!(has(
        &format!(r#"{{"Version":"2012-10-17","Statment":[],"Statement":[{NAMED_PULL}]}}"#),
        &private(),
        "unknown-element"
    ));
    assert!(has(
        &with(&NAMED_PULL.replace("\"Sid\"", "\"Sidd\"")),
        &private(),
        "unknown-element"
    ));
}

#[test]
fn effect() {
    assert_eq!(
        codes(
            &with(&NAMED_PULL.replace(r#""Effect":"Allow","#, "")),
            &private()
        ),
        ["effect-missing"]
    );
    assert_eq!(
        codes(&with(&NAMED_PULL.replace("Allow", "allow")), &private()),
        ["effect-invalid"]
    );
    clean(&with(&NAMED_PULL.replace("Allow", "Deny")), &private());
}

#[test]
fn actions() {
    let no_action = r#"{"Effect":"Allow","Principal":{"AWS":"111122223333"}}"#;
    assert_eq!(codes(&with(no_action), &private()), ["action-missing"]);
    let both = r#"{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"ecr:BatchGetImage","NotAction":"ecr:PutImage"}"#;
    assert_eq!(codes(&with(both), &private()), ["action-conflict"]);
    let stmt = |a: &str| {
        format!(r#"{{"Effect":"Allow","Principal":{{"AWS":"111122223333"}},"Action":{a}}}"#)
    };
    assert_eq!(
        codes(&with(&stmt(r#""BatchGetImage""#)), &private()),
        ["action-invalid"]
    );
    assert_eq!(
        codes(&with(&stmt(r#""ecr:BatchGetImages""#)), &private()),
        ["action-unknown"]
    );
    assert_eq!(
        codes(&with(&stmt(r#""ecr:Putt*""#)), &private()),
        ["action-unknown"]
    );
    assert_eq!(
        codes(&with(&stmt(r#""s3:GetObject""#)), &private()),
        ["action-other-service"]
    );
    assert_eq!(
        codes(&with(&stmt(r#""ecr-public:PutImage""#)), &private()),
        ["action-wrong-registry"]
    );
    assert_eq!(
        codes(&with(&stmt(r#""ecr:PutImage""#)), &public()),
        ["action-wrong-registry"]
    );
    assert_eq!(codes(&with(&stmt(r#"5"#)), &private()), ["wrong-type"]);
    // Case-insensitive names, wildcards that match, the newest actions.
    clean(
        &with(&stmt(
            r#"["ECR:batchgetimage","ecr:Get*","ecr:ListImageReferrers","ecr:DescribeImageSigningStatus"]"#,
        )),
        &private(),
    );
    clean(
        &with(&stmt(
            r#"["ecr-public:PutImage","ecr-public:UploadLayerPart"]"#,
        )),
        &public(),
    );
}

#[test]
fn principals() {
    let no_principal = r#"{"Effect":"Allow","Action":"ecr:BatchGetImage"}"#;
    assert_eq!(
        codes(&with(no_principal), &private()),
        ["principal-missing"]
    );
    for bad in [
        r#"{"AWS":"12345"}"#,
        r#"{"AWS":"arn:aws:iam::111122223333:bucket/x"}"#,
        r#"{"Users":"x"}"#,
        r#"{"Service":"lambda"}"#,
        r#""someone""#,
    ] {
        let st = format!(r#"{{"Effect":"Allow","Principal":{bad},"Action":"ecr:BatchGetImage"}}"#);
        assert!(has(&with(&st), &private(), "principal-invalid"), "{bad}");
    }
    // Principals that may not exist yet are fine: they are only checked for form.
    for good in [
        r#"{"AWS":["111122223333","arn:aws:iam::444455556666:root","arn:aws:iam::444455556666:role/path/new-role","arn:aws:sts::444455556666:assumed-role/r/s"]}"#,
        r#"{"AWS":"arn:aws-cn:iam::444455556666:user/u"}"#,
    ] {
        let st = format!(r#"{{"Effect":"Allow","Principal":{good},"Action":"ecr:BatchGetImage"}}"#);
        clean(&with(&st), &private());
    }
}

#[test]
fn sids_with_characters_iam_does_not_allow() {
    let odd = NAMED_PULL.replace(r#""Sid":"Pull""#, r#""Sid":"my sid-1!""#);
    assert_eq!(codes(&with(&odd), &private()), ["sid-invalid"]);
    let hostile = NAMED_PULL.replace(r#""Sid":"Pull""#, r#""Sid":"x\n::error::y\u001b[2J""#);
    let f = lint(&with(&hostile), &private());
    assert_eq!(f[0].code, "sid-invalid");
    assert!(
        !f[0].message.contains('\n') && !f[0].message.contains('\x1b'),
        "{}",
        f[0].message
    );
    clean(&with(NAMED_PULL), &private());
}

#[test]
fn duplicate_sids() {
    let doc = with(&format!("{NAMED_PULL},{NAMED_PULL}"));
    assert_eq!(codes(&doc, &private()), ["sid-duplicate"]);
    assert_eq!(lint(&doc, &private())[0].statement, Some(2));
}

#[test]
fn resource_and_auth_token_warnings() {
    let with_resource = NAMED_PULL.replace(r#""Effect""#, r#""Resource":"*","Effect""#);
    assert_eq!(
        codes(&with(&with_resource), &private()),
        ["resource-present"]
    );
    let token = NAMED_PULL.replace(
        r#""ecr:BatchGetImage""#,
        r#""ecr:BatchGetImage","ecr:GetAuthorizationToken""#,
    );
    assert_eq!(codes(&with(&token), &private()), ["auth-token-no-effect"]);
    assert_eq!(
        lint(&with(&token), &private())[0].severity(),
        Severity::Warning
    );
}

#[test]
fn identity_policies() {
    let good = r#"{"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Action":["ecr:BatchGetImage","ecr:PutImage"],"Resource":"arn:aws:ecr:us-east-1:111122223333:repository/app"},
        {"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"},
        {"Effect":"Allow","Action":"sts:GetServiceBearerToken","Resource":"*"}]}"#;
    clean(good, &identity());
    let with_principal = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"ecr:BatchGetImage","Resource":"*"}]}"#;
    assert_eq!(codes(with_principal, &identity()), ["principal-forbidden"]);
    let no_resource =
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:BatchGetImage"}]}"#;
    assert_eq!(codes(no_resource, &identity()), ["resource-missing"]);
}

#[test]
fn anyone_may_write_or_pull() {
    let push =
        r#"{"Effect":"Allow","Principal":"*","Action":["ecr:PutImage","ecr:InitiateLayerUpload"]}"#;
    let f = lint(&with(push), &private());
    assert_eq!(
        f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(),
        ["public-write"]
    );
    assert!(f[0].message.contains("anyone may push"), "{}", f[0].message);
    let policy = r#"{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"ecr:SetRepositoryPolicy"}"#;
    assert_eq!(codes(&with(policy), &private()), ["public-write"]);
    let pull = r#"{"Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}"#;
    assert_eq!(codes(&with(pull), &private()), ["public-read"]);
    assert_eq!(
        lint(&with(pull), &private())[0].severity(),
        Severity::SecurityWarning
    );
    // Reading tags, image details and scan findings is public reading too, without a pull.
    let describe = r#"{"Effect":"Allow","Principal":"*","Action":["ecr:DescribeImages","ecr:ListImages","ecr:DescribeImageScanFindings"]}"#;
    let f = lint(&with(describe), &private());
    assert_eq!(
        f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(),
        ["public-read"]
    );
    assert!(
        f[0].message.contains("may read this private repository"),
        "{}",
        f[0].message
    );
    // An organization condition makes both fine; so does a public repository for pulls.
    let org = r#"{"Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:PutImage"],"Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}}"#;
    clean(&with(org), &private());
}

/// Anyone may pull and push, under this Condition.
fn anyone_with(condition: &str) -> String {
    with(&format!(
        r#"{{"Sid":"Anyone","Effect":"Allow","Principal":"*","Action":["ecr:BatchGetImage","ecr:PutImage"],"Condition":{condition}}}"#
    ))
}

/// Still public: both findings, each saying which condition was ignored and why.
fn still_public(condition: &str, says: &str) {
    for doc in [
        anyone_with(condition),
        anyone_with(condition).replace(r#""Principal":"*""#, r#""Principal":{"AWS":"*"}"#),
    ] {
        let f = lint(&doc, &private());
        let got: Vec<&str> = f.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(got, ["public-write", "public-read"], "{condition}: {f:#?}");
        for x in &f {
            assert!(
                x.message
                    .contains("since its condition does not limit who may call")
                    && x.message.contains(says),
                "{condition}: {}",
                x.message
            );
        }
    }
}

fn not_public(condition: &str) {
    clean(&anyone_with(condition), &private());
}

#[test]
fn secure_transport_does_not_say_who_the_caller_is() {
    still_public(
        r#"{"Bool":{"aws:SecureTransport":"true"}}"#,
        "Bool aws:SecureTransport does not say who the caller is, only whether the request used TLS",
    );
    let f = lint(
        &anyone_with(r#"{"Bool":{"aws:SecureTransport":"true"}}"#),
        &private(),
    );
    assert_eq!(
        f[1].message,
        "statement 1 (Anyone): anyone (any AWS account) may pull from this private repository, since its condition does not limit who may call \
         (Bool aws:SecureTransport does not say who the caller is, only whether the request used TLS): \
         limit it to a fixed value of a key that says who calls or from where (StringEquals aws:PrincipalOrgID, aws:SourceVpce), or name the principals"
    );
    assert_eq!(
        f[0].message,
        "statement 1 (Anyone): anyone may push (ecr:PutImage), since its condition does not limit who may call \
         (Bool aws:SecureTransport does not say who the caller is, only whether the request used TLS)"
    );
}

#[test]
fn requested_region_does_not_say_who_the_caller_is() {
    still_public(
        r#"{"StringEquals":{"aws:RequestedRegion":"us-east-1"}}"#,
        "aws:RequestedRegion does not say who the caller is",
    );
}

#[test]
fn user_agent_is_whatever_the_caller_sends() {
    still_public(
        r#"{"StringLike":{"aws:UserAgent":"docker/*"}}"#,
        "StringLike aws:UserAgent is whatever the caller chooses to send",
    );
}

#[test]
fn source_ip_of_the_whole_internet() {
    still_public(
        r#"{"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}}"#,
        r#"IpAddress aws:SourceIp "0.0.0.0/0" is every address on the internet"#,
    );
    still_public(
        r#"{"IpAddress":{"aws:SourceIp":"::/0"}}"#,
        r#""::/0" is every address"#,
    );
    // One open value opens the key: values are ORed.
    still_public(
        r#"{"IpAddress":{"aws:SourceIp":["10.0.0.0/8","0.0.0.0/0"]}}"#,
        r#""0.0.0.0/0" is every address"#,
    );
    // AWS counts ranges broader than /8 (IPv4) or /32 (IPv6) as public.
    still_public(
        r#"{"IpAddress":{"aws:SourceIp":"0.0.0.0/1"}}"#,
        r#""0.0.0.0/1" is broader than /8"#,
    );
    still_public(
        r#"{"IpAddress":{"aws:SourceIp":"2001:db8::/16"}}"#,
        "is broader than /32",
    );
    still_public(
        r#"{"StringEquals":{"aws:SourceIp":"10.0.0.1"}}"#,
        "aws:SourceIp needs IpAddress",
    );
    still_public(
        r#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/99"}}"#,
        "is not a CIDR block",
    );
}

#[test]
fn org_id_that_matches_any_organization() {
    still_public(
        r#"{"StringLike":{"aws:PrincipalOrgID":"*"}}"#,
        r#"StringLike aws:PrincipalOrgID "*" matches any value"#,
    );
    still_public(
        r#"{"StringLike":{"aws:PrincipalOrgID":"o-*"}}"#,
        r#""o-*" has a wildcard, so it matches ids that nobody here controls"#,
    );
    still_public(
        r#"{"StringLike":{"aws:PrincipalOrgID":["o-abc123","*"]}}"#,
        r#""*" matches any value"#,
    );
    still_public(
        r#"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/admin"}}"#,
        "leaves the account open to a wildcard, so callers in any account match",
    );
    still_public(
        r#"{"ArnEquals":{"aws:PrincipalArn":"*"}}"#,
        "matches any value",
    );
    still_public(
        r#"{"ForAnyValue:StringLike":{"aws:PrincipalOrgPaths":"*/r-ab12/*"}}"#,
        "leaves the organization open",
    );
    still_public(
        r#"{"StringEquals":{"aws:PrincipalAccount":"${aws:PrincipalAccount}"}}"#,
        "holds a policy variable, which is not a fixed value",
    );
}

#[test]
fn negated_operators_grant_everyone_else() {
    for op in [
        r#""StringNotEquals":{"aws:PrincipalOrgID":"o-abc123"}"#,
        r#""StringNotEqualsIgnoreCase":{"aws:PrincipalOrgID":"o-abc123"}"#,
        r#""StringNotLike":{"aws:PrincipalOrgPaths":"o-abc123/*"}"#,
        r#""ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/ci"}"#,
        r#""ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/*"}"#,
        r#""NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}"#,
        r#""ForAnyValue:StringNotEquals":{"aws:PrincipalOrgPaths":"o-abc123/r-ab12/"}"#,
    ] {
        still_public(
            &format!("{{{op}}}"),
            "lets in everyone except the values it lists",
        );
    }
}

#[test]
fn operators_that_pass_callers_without_the_key() {
    still_public(
        r#"{"StringEqualsIfExists":{"aws:SourceVpce":"vpce-1a2b"}}"#,
        "StringEqualsIfExists aws:SourceVpce is true when the request lacks the key",
    );
    still_public(
        r#"{"IpAddressIfExists":{"aws:SourceIp":"10.0.0.0/8"}}"#,
        "is true when the request lacks the key",
    );
    still_public(
        r#"{"ForAllValues:StringEquals":{"aws:PrincipalOrgPaths":"o-abc123/r-ab12/"}}"#,
        "is true when the request has no value for the key",
    );
    still_public(
        r#"{"Null":{"aws:PrincipalOrgID":"false"}}"#,
        "Null aws:PrincipalOrgID only asks whether the key is present",
    );
}

#[test]
fn keys_that_do_not_name_the_caller() {
    for (condition, says) in [
        (
            r#"{"StringEquals":{"aws:username":"ci"}}"#,
            "any account can create a user of that name",
        ),
        (
            r#"{"StringEquals":{"aws:PrincipalTag/team":"a"}}"#,
            "is a tag the caller's own account sets",
        ),
        (
            r#"{"StringEquals":{"aws:PrincipalType":"AssumedRole"}}"#,
            "only what kind of principal",
        ),
        (
            r#"{"Bool":{"aws:PrincipalIsAWSService":"true"}}"#,
            "AWS services act for every customer",
        ),
        (
            r#"{"Bool":{"aws:MultiFactorAuthPresent":"true"}}"#,
            "anyone can sign in with MFA",
        ),
        (
            r#"{"StringEquals":{"ecr:ResourceTag/team":"a"}}"#,
            "describes this repository, not the caller",
        ),
        (
            r#"{"StringEquals":{"aws:ResourceAccount":"111122223333"}}"#,
            "describes this repository, not the caller",
        ),
        (
            r#"{"DateGreaterThan":{"aws:CurrentTime":"2020-01-01T00:00:00Z"}}"#,
            "only when",
        ),
    ] {
        still_public(condition, says);
    }
    // Every ignored condition is named.
    still_public(
        r#"{"Bool":{"aws:SecureTransport":"true"},"StringEquals":{"aws:RequestedRegion":"us-east-1"}}"#,
        "only whether the request used TLS; StringEquals aws:RequestedRegion does not say who",
    );
}

#[test]
fn conditions_that_limit_the_caller_are_not_public() {
    for condition in [
        r#"{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}"#,
        r#"{"StringEquals":{"aws:SourceVpce":"vpce-1a2b"}}"#,
        r#"{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
        r#"{"IpAddress":{"aws:SourceIp":["203.0.113.7","2001:db8::/48"]}}"#,
        r#"{"StringEquals":{"aws:SourceVpc":"vpc-91237329"}}"#,
        r#"{"StringEquals":{"aws:PrincipalAccount":["111122223333","444455556666"]}}"#,
        r#"{"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/*"}}"#,
        r#"{"ForAnyValue:StringLike":{"aws:PrincipalOrgPaths":"o-abc123/r-ab12/*"}}"#,
        r#"{"StringLike":{"aws:userid":"AROAEXAMPLEID:*"}}"#,
        // Keys are case-insensitive.
        r#"{"StringEquals":{"AWS:PRINCIPALORGID":"o-abc123"}}"#,
        // Conditions are ANDed: one that limits the caller is enough.
        r#"{"Bool":{"aws:SecureTransport":"true"},"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}"#,
        r#"{"StringEquals":{"aws:RequestedRegion":"us-east-1","aws:PrincipalOrgID":"o-abc123"}}"#,
        // StringEquals compares exactly: "*" is a literal that no organization id equals.
        r#"{"StringEquals":{"aws:PrincipalOrgID":"*"}}"#,
    ] {
        not_public(condition);
    }
}

#[test]
fn a_named_aws_service_is_not_public_but_needs_a_source() {
    let service = r#"{"StringEquals":{"aws:PrincipalServiceName":"lambda.amazonaws.com"}}"#;
    let f = lint(&anyone_with(service), &private());
    assert_eq!(
        f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(),
        ["service-no-source"]
    );
    assert!(f[0].message.contains("lambda.amazonaws.com"), "{f:?}");
    not_public(
        r#"{"StringEquals":{"aws:PrincipalServiceName":"lambda.amazonaws.com","aws:SourceAccount":"111122223333"}}"#,
    );
}

#[test]
fn deny_statements_are_never_public() {
    // A Deny grants nothing, whatever its condition; a conditional Deny is not a lock-out.
    for condition in [
        r#"{"Bool":{"aws:SecureTransport":"false"}}"#,
        r#"{"StringLike":{"aws:PrincipalOrgID":"*"}}"#,
    ] {
        let st = format!(
            r#"{{"Effect":"Deny","Principal":"*","Action":["ecr:PutImage","ecr:SetRepositoryPolicy"],"Condition":{condition}}}"#
        );
        clean(&with(&st), &private());
    }
}

#[test]
fn not_principal_keeps_its_own_codes_whatever_the_condition() {
    for condition in [
        r#"{"Bool":{"aws:SecureTransport":"true"}}"#,
        r#"{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}"#,
    ] {
        let allow = format!(
            r#"{{"Effect":"Allow","NotPrincipal":{{"AWS":"111122223333"}},"Action":"ecr:BatchGetImage","Condition":{condition}}}"#
        );
        assert_eq!(codes(&with(&allow), &private()), ["allow-notprincipal"]);
        let deny = allow.replace("Allow", "Deny");
        assert_eq!(codes(&with(&deny), &private()), ["deny-notprincipal"]);
    }
}

#[test]
fn source_and_org_checks_use_the_same_judgement() {
    let service = |c: &str| {
        with(&format!(
            r#"{{"Effect":"Allow","Principal":{{"Service":"lambda.amazonaws.com"}},"Action":"ecr:BatchGetImage","Condition":{c}}}"#
        ))
    };
    let f = lint(
        &service(r#"{"StringLike":{"aws:SourceArn":"*"}}"#),
        &private(),
    );
    assert_eq!(
        f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(),
        ["service-no-source"]
    );
    assert!(
        f[0].message.contains(
            r#"condition that limits it (StringLike aws:SourceArn "*" matches any value)"#
        ),
        "{}",
        f[0].message
    );
    assert!(has(
        &service(r#"{"StringNotEquals":{"aws:SourceAccount":"111122223333"}}"#),
        &private(),
        "service-no-source"
    ));
    clean(
        &service(r#"{"StringEquals":{"aws:SourceAccount":"111122223333"}}"#),
        &private(),
    );
    let audit = Options {
        own_account: Some("111122223333".into()),
        ..Default::default()
    };
    let other = |c: &str| {
        with(&format!(
            r#"{{"Effect":"Allow","Principal":{{"AWS":"444455556666"}},"Action":"ecr:BatchGetImage","Condition":{c}}}"#
        ))
    };
    assert_eq!(
        codes(
            &other(r#"{"StringNotEquals":{"aws:PrincipalOrgID":"o-abc123"}}"#),
            &audit
        ),
        ["cross-account-no-org"]
    );
    clean(
        &other(r#"{"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}}"#),
        &audit,
    );
}

#[test]
fn ignored_conditions_cannot_inject_text() {
    let f = lint(
        &anyone_with(
            r#"{"StringEquals":{"aws:x\n::error::y":"v"},"StringLike":{"aws:PrincipalOrgID":"\u001b[2J*"}}"#,
        ),
        &private(),
    );
    assert_eq!(f.len(), 2, "{f:?}");
    for x in &f {
        assert!(
            !x.message.contains('\n') && !x.message.contains('\x1b'),
            "{}",
            x.message
        );
    }
}

#[test]
fn not_principal_and_not_action() {
    let np =
        r#"{"Effect":"Allow","NotPrincipal":{"AWS":"111122223333"},"Action":"ecr:BatchGetImage"}"#;
    assert_eq!(codes(&with(np), &private()), ["allow-notprincipal"]);
    let na = r#"{"Effect":"Allow","Principal":"*","NotAction":"ecr:DeleteRepository","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-1"}}}"#;
    assert_eq!(codes(&with(na), &private()), ["allow-notaction-everyone"]);
    let named_na = r#"{"Effect":"Allow","Principal":{"AWS":"111122223333"},"NotAction":"ecr:DeleteRepository"}"#;
    clean(&with(named_na), &private());
    // Deny with NotPrincipal works only when every session ARN is listed too: a warning.
    let deny_np =
        r#"{"Effect":"Deny","NotPrincipal":{"AWS":"111122223333"},"Action":"ecr:PutImage"}"#;
    assert_eq!(codes(&with(deny_np), &private()), ["deny-notprincipal"]);
    let deny_condition = r#"{"Effect":"Deny","Principal":"*","Action":"ecr:PutImage","Condition":{"ArnNotLike":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/ci"}}}"#;
    clean(&with(deny_condition), &private());
}

#[test]
fn wildcard_grants() {
    let all = r#"{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"ecr:*"}"#;
    assert_eq!(codes(&with(all), &private()), ["wildcard-action"]);
    let star = r#"{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"*"}"#;
    assert_eq!(codes(&with(star), &private()), ["wildcard-action"]);
    let some = r#"{"Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"ecr:Describe*"}"#;
    clean(&with(some), &private());
}

#[test]
fn service_principals_need_a_source() {
    let bare = r#"{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"]}"#;
    assert_eq!(codes(&with(bare), &private()), ["service-no-source"]);
    let sourced = r#"{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"],"Condition":{"StringLike":{"aws:sourceARN":"arn:aws:lambda:us-east-1:111122223333:function:*"}}}"#;
    clean(&with(sourced), &private());
}

#[test]
fn lockout() {
    for actions in [
        r#""Action":"ecr:SetRepositoryPolicy""#,
        r#""Action":"ecr:*""#,
        r#""Action":"*""#,
        r#""NotAction":"ecr:PutImage""#,
    ] {
        let st = format!(r#"{{"Effect":"Deny","Principal":"*",{actions}}}"#);
        let f = lint(&with(&st), &private());
        assert!(
            f.iter()
                .any(|f| f.code == "lockout" && f.message.contains("--force")),
            "{actions}: {f:?}"
        );
    }
    let narrow = r#"{"Effect":"Deny","Principal":"*","Action":"ecr:DeleteRepository"}"#;
    clean(&with(narrow), &private());
    let conditional = r#"{"Effect":"Deny","Principal":"*","Action":"ecr:SetRepositoryPolicy","Condition":{"StringNotEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/admin"}}}"#;
    clean(&with(conditional), &private());
}

#[test]
fn conditions() {
    let st = |c: &str| {
        format!(
            r#"{{"Effect":"Allow","Principal":"*","Action":"ecr:BatchGetImage","Condition":{c}}}"#
        )
    };
    assert!(has(
        &with(&st(r#"{"StringEqualz":{"aws:PrincipalOrgID":"o-1"}}"#)),
        &private(),
        "condition-operator-unknown"
    ));
    assert!(has(
        &with(&st(r#"{"StringEquals":{"ecr:RepositoryName":"x"}}"#)),
        &private(),
        "condition-key-unknown"
    ));
    assert!(has(
        &with(&st(r#"{"NullIfExists":{"aws:PrincipalOrgID":"true"}}"#)),
        &private(),
        "condition-operator-unknown"
    ));
    assert!(has(&with(&st(r#""x""#)), &private(), "wrong-type"));
    clean(
        &with(&st(
            r#"{"ForAnyValue:StringLike":{"aws:PrincipalOrgPaths":"o-1/*"},"StringEqualsIfExists":{"ecr:ResourceTag/team":"a"}}"#,
        )),
        &private(),
    );
}

#[test]
fn size_limit() {
    let principals: Vec<String> = (0..400)
        .map(|i| format!("\"arn:aws:iam::111122223333:role/r{i:04}\""))
        .collect();
    let st = format!(
        r#"{{"Effect":"Allow","Principal":{{"AWS":[{}]}},"Action":"ecr:BatchGetImage"}}"#,
        principals.join(",")
    );
    assert_eq!(codes(&with(&st), &private()), ["too-large"]);
}

#[test]
fn cross_account_checks_need_the_own_account() {
    let st = r#"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":["ecr:BatchGetImage","ecr:PutImage"]}"#;
    clean(&with(st), &private());
    let audit = Options {
        own_account: Some("111122223333".into()),
        ..Default::default()
    };
    assert_eq!(
        codes(&with(st), &audit),
        ["cross-account-write", "cross-account-no-org"]
    );
    let same = st.replace("444455556666", "111122223333");
    clean(&with(&same), &audit);
}

#[test]
fn every_rule_is_documented() {
    let mut seen = std::collections::HashSet::new();
    for code in Code::ALL {
        assert!(seen.insert(code.as_str()), "{code} twice");
        assert!(!code.meaning().is_empty());
    }
}

#[test]
fn never_panics_on_odd_json() {
    for doc in [
        "{}",
        "null",
        "1",
        "\"x\"",
        r#"{"Statement":{}}"#,
        r#"{"Statement":[{}]}"#,
        r#"{"Statement":[{"Principal":{"AWS":[1,2]},"Action":[],"Condition":{"A":1}}]}"#,
        r#"{"Statement":[{"Effect":"Deny","Principal":[],"NotAction":[]}]}"#,
    ] {
        let _ = lint(doc, &private());
        let _ = lint(doc, &identity());
    }
}

#[test]
fn a_finding_is_serialised_with_its_codes_name_and_severity() {
    let f = &lint(
        &with(
            r#"{"Sid":"a b","Effect":"Allow","Principal":{"AWS":"111122223333"},"Action":"ecr:BatchGetImage"}"#,
        ),
        &private(),
    )[0];
    assert_eq!(f.code, Code::SidInvalid);
    assert_eq!(
        serde_json::to_value(f).unwrap(),
        serde_json::json!({"severity": "warning", "code": "sid-invalid", "message": f.message, "statement": 1})
    );
    assert_eq!(Code::PublicRead.severity(), Severity::SecurityWarning);
    assert!(Code::table().contains("| `public-read` | security-warning | anyone may pull"));
}
