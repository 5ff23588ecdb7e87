//! Built-in policy templates. Each must pass `policy validate` with no finding (tested).

use serde_json::{json, Value};

/// Name, what it grants, and what it needs.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "pull-only",
        "named principals may pull (--principal ARN / --account ID)",
    ),
    (
        "push-pull",
        "named principals may push and pull (--principal / --account); with --public: push",
    ),
    (
        "cross-account-pull",
        "whole accounts may pull (--account ID)",
    ),
    (
        "org-pull",
        "every principal of an AWS Organization may pull (--org-id o-…)",
    ),
    (
        "lambda-pull",
        "Lambda may pull images for functions of named accounts (--account ID)",
    ),
    (
        "public-restrict-pull",
        "public repository: deny its API to everyone but named principals (--principal)",
    ),
];

const PULL: &[&str] = &[
    "ecr:BatchGetImage",
    "ecr:BatchCheckLayerAvailability",
    "ecr:GetDownloadUrlForLayer",
];
const PUSH: &[&str] = &[
    "ecr:PutImage",
    "ecr:InitiateLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:CompleteLayerUpload",
];
const PUBLIC_PUSH: &[&str] = &[
    "ecr-public:BatchCheckLayerAvailability",
    "ecr-public:PutImage",
    "ecr-public:InitiateLayerUpload",
    "ecr-public:UploadLayerPart",
    "ecr-public:CompleteLayerUpload",
];

/// What a template is filled in with.
#[derive(Debug, Clone, Default)]
pub struct Params {
    pub principals: Vec<String>,
    pub accounts: Vec<String>,
    pub org_id: Option<String>,
    pub public: bool,
}

fn check_account(a: &str) -> Result<(), String> {
    if a.len() == 12 && a.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!(
            "--account '{}' is not a 12-digit AWS account id",
            crate::error::cut(a)
        ))
    }
}

fn check_principal(p: &str) -> Result<(), String> {
    let parts: Vec<&str> = p.splitn(6, ':').collect();
    let ok = matches!(parts[..], ["arn", partition, "iam" | "sts", "", account, resource]
        if partition.starts_with("aws") && check_account(account).is_ok() && !resource.is_empty());
    if ok {
        Ok(())
    } else {
        Err(format!(
            "--principal '{}' is not an IAM ARN such as arn:aws:iam::111122223333:role/ci",
            crate::error::cut(p)
        ))
    }
}

fn check_org(o: &str) -> Result<(), String> {
    let ok = o.strip_prefix("o-").is_some_and(|r| {
        (10..=32).contains(&r.len())
            && r.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    });
    if ok {
        Ok(())
    } else {
        Err(format!("--org-id '{}' is not an organization id (o- and 10 to 32 lower-case letters or digits)", crate::error::cut(o)))
    }
}

impl Params {
    fn validate(&self) -> Result<(), String> {
        self.accounts.iter().try_for_each(|a| check_account(a))?;
        self.principals
            .iter()
            .try_for_each(|p| check_principal(p))?;
        if let Some(o) = &self.org_id {
            check_org(o)?;
        }
        Ok(())
    }

    /// Named principals and whole accounts, as the AWS principal list.
    fn aws_principals(&self) -> Vec<String> {
        let mut out = self.principals.clone();
        out.extend(
            self.accounts
                .iter()
                .map(|a| format!("arn:aws:iam::{a}:root")),
        );
        out
    }
}

fn need(ok: bool, what: &str, name: &str) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(format!("template {name} needs {what}"))
    }
}

fn private_only(p: &Params, name: &str) -> Result<(), String> {
    if p.public {
        Err(format!(
            "template {name} is for private repositories: anyone can pull from a public repository, and ECR Public \
             does not let a policy deny pulls"
        ))
    } else {
        Ok(())
    }
}

fn policy(statements: Vec<Value>) -> Value {
    json!({"Version": "2012-10-17", "Statement": statements})
}

/// A repository policy from a template.
pub fn build(name: &str, p: &Params) -> Result<Value, String> {
    p.validate()?;
    let principals = p.aws_principals();
    match name {
        "pull-only" => {
            private_only(p, name)?;
            need(
                !principals.is_empty(),
                "--principal ARN or --account ID",
                name,
            )?;
            Ok(policy(vec![
                json!({"Sid": "AllowPull", "Effect": "Allow", "Principal": {"AWS": principals}, "Action": PULL}),
            ]))
        }
        "push-pull" => {
            need(
                !principals.is_empty(),
                "--principal ARN or --account ID",
                name,
            )?;
            let actions: Vec<&str> = if p.public {
                PUBLIC_PUSH.to_vec()
            } else {
                PULL.iter().chain(PUSH).copied().collect()
            };
            Ok(policy(vec![
                json!({"Sid": "AllowPushPull", "Effect": "Allow", "Principal": {"AWS": principals}, "Action": actions}),
            ]))
        }
        "cross-account-pull" => {
            private_only(p, name)?;
            need(!p.accounts.is_empty(), "--account ID (one or more)", name)?;
            Ok(policy(vec![
                json!({"Sid": "AllowCrossAccountPull", "Effect": "Allow", "Principal": {"AWS": principals}, "Action": PULL}),
            ]))
        }
        "org-pull" => {
            private_only(p, name)?;
            let org = p
                .org_id
                .as_ref()
                .ok_or(format!("template {name} needs --org-id o-…"))?;
            Ok(policy(vec![json!({
                "Sid": "AllowOrganizationPull",
                "Effect": "Allow",
                "Principal": "*",
                "Action": PULL,
                "Condition": {"StringEquals": {"aws:PrincipalOrgID": org}}
            })]))
        }
        "lambda-pull" => {
            private_only(p, name)?;
            need(
                !p.accounts.is_empty(),
                "--account ID (the accounts whose functions may pull)",
                name,
            )?;
            let arns: Vec<String> = p
                .accounts
                .iter()
                .map(|a| format!("arn:aws:lambda:*:{a}:function:*"))
                .collect();
            Ok(policy(vec![json!({
                "Sid": "LambdaECRImageRetrievalPolicy",
                "Effect": "Allow",
                "Principal": {"Service": "lambda.amazonaws.com"},
                "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                "Condition": {"StringLike": {"aws:sourceARN": arns}}
            })]))
        }
        "public-restrict-pull" => {
            if !p.public {
                return Err(format!(
                    "template {name} is for public repositories: add --public"
                ));
            }
            need(
                !p.principals.is_empty(),
                "--principal ARN (include your administrators)",
                name,
            )?;
            Ok(policy(vec![json!({
                "Sid": "DenyAllButNamedPrincipals",
                "Effect": "Deny",
                "Principal": "*",
                "Action": "ecr-public:*",
                "Condition": {"ArnNotEquals": {"aws:PrincipalArn": p.principals}}
            })]))
        }
        other => Err(format!(
            "no template '{}': one of {}",
            crate::error::cut(other),
            TEMPLATES
                .iter()
                .map(|(n, _)| *n)
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// The least-privilege identity policy instead: the template's repository actions on the
/// repositories' ARNs, and the registry login action alone on `*`, as ECR requires.
pub fn identity(name: &str, p: &Params, repository_arns: &[String]) -> Result<Value, String> {
    p.validate()?;
    let actions: Vec<&str> = match (name, p.public) {
        ("pull-only" | "cross-account-pull" | "org-pull", false) => PULL.to_vec(),
        ("push-pull", false) => PULL.iter().chain(PUSH).copied().collect(),
        ("push-pull", true) => PUBLIC_PUSH.to_vec(),
        ("pull-only" | "cross-account-pull" | "org-pull", true) => {
            return Err("public repositories need no permission to pull".into())
        }
        _ => {
            return Err(format!(
            "template {name} has no identity form: it grants to principals other than the caller"
        ))
        }
    };
    if repository_arns.is_empty() {
        return Err("--identity needs --repo NAME (one or more)".into());
    }
    let login: Vec<&str> = if p.public {
        vec![
            "ecr-public:GetAuthorizationToken",
            "sts:GetServiceBearerToken",
        ]
    } else {
        vec!["ecr:GetAuthorizationToken"]
    };
    Ok(policy(vec![
        json!({"Sid": "RepositoryAccess", "Effect": "Allow", "Action": actions, "Resource": repository_arns}),
        json!({"Sid": "RegistryLogin", "Effect": "Allow", "Action": login, "Resource": "*"}),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::lint::{lint_value, Options};

    fn params() -> Params {
        Params {
            principals: vec!["arn:aws:iam::111122223333:role/ci".into()],
            accounts: vec!["444455556666".into()],
            org_id: Some("o-abcdef1234".into()),
            public: false,
        }
    }

    #[test]
    fn every_template_passes_validate_with_no_finding() {
        for (name, _) in TEMPLATES {
            let public = *name == "public-restrict-pull";
            let p = Params { public, ..params() };
            let doc = build(name, &p).unwrap_or_else(|e| panic!("{name}: {e}"));
            let findings = lint_value(
                &doc,
                &Options {
                    public,
                    ..Default::default()
                },
            );
            assert!(findings.is_empty(), "{name}: {findings:#?}");
        }
        let doc = build(
            "push-pull",
            &Params {
                public: true,
                ..params()
            },
        )
        .unwrap();
        assert!(lint_value(
            &doc,
            &Options {
                public: true,
                ..Default::default()
            }
        )
        .is_empty());
    }

    #[test]
    fn identity_policies_pass_validate() {
        let arns = vec!["arn:aws:ecr:us-east-1:111122223333:repository/app".to_string()];
        for name in ["pull-only", "push-pull"] {
            let doc = identity(name, &params(), &arns).unwrap();
            let findings = lint_value(
                &doc,
                &Options {
                    identity: true,
                    ..Default::default()
                },
            );
            assert!(findings.is_empty(), "{name}: {findings:#?}");
            assert_eq!(
                doc["Statement"][1]["Action"],
                json!(["ecr:GetAuthorizationToken"])
            );
            assert_eq!(doc["Statement"][1]["Resource"], "*");
        }
        assert!(identity("lambda-pull", &params(), &arns).is_err());
        assert!(identity("pull-only", &params(), &[]).is_err());
    }

    #[test]
    fn push_pull_has_the_push_actions_but_not_the_login_action() {
        let doc = build("push-pull", &params()).unwrap();
        let actions: Vec<&str> = doc["Statement"][0]["Action"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap())
            .collect();
        assert!(actions.contains(&"ecr:PutImage") && actions.contains(&"ecr:BatchGetImage"));
        assert!(!actions.contains(&"ecr:GetAuthorizationToken"));
        assert_eq!(
            doc["Statement"][0]["Principal"]["AWS"],
            json!([
                "arn:aws:iam::111122223333:role/ci",
                "arn:aws:iam::444455556666:root"
            ])
        );
    }

    #[test]
    fn bad_parameters() {
        let p = |f: fn(&mut Params)| {
            let mut x = params();
            f(&mut x);
            x
        };
        assert!(build("pull-only", &p(|x| x.accounts = vec!["123".into()]))
            .unwrap_err()
            .contains("12-digit"));
        assert!(
            build("pull-only", &p(|x| x.principals = vec!["bob".into()]))
                .unwrap_err()
                .contains("IAM ARN")
        );
        assert!(build("org-pull", &p(|x| x.org_id = Some("org1".into())))
            .unwrap_err()
            .contains("organization id"));
        assert!(build("org-pull", &p(|x| x.org_id = None))
            .unwrap_err()
            .contains("--org-id"));
        assert!(build("pull-only", &Params::default())
            .unwrap_err()
            .contains("needs"));
        assert!(build("pull-only", &p(|x| x.public = true))
            .unwrap_err()
            .contains("public"));
        assert!(build("public-restrict-pull", &params())
            .unwrap_err()
            .contains("--public"));
        assert!(build("nope", &params()).unwrap_err().contains("pull-only"));
    }
}
