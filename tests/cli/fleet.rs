//! `ecrctl audit` over several accounts: roles assumed through the emulator's STS (its
//! credentials act in the role's account), an organization listed by its Organizations API,
//! and a role that cannot be assumed (a loopback STS that refuses).

use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::Value;

use crate::fake_ecr::fake_ecr;
use crate::harness::*;

/// An account id no other test uses (never the emulator's own 123456789012).
fn unique_account() -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    let n = N.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    let id = (u64::from(std::process::id()) * 1_000_003 + n * 7_919 + nanos) % 800_000_000_000
        + 200_000_000_000;
    format!("{id:012}")
}

/// Create a repository in `account` through a profile that assumes a role there.
fn create_in(endpoint: &str, account: &str, name: &str, extra: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        format!(
            "[profile there]\nrole_arn = arn:aws:iam::{account}:role/Setup\ncredential_source = Environment\nregion = us-east-1\n"
        ),
    )
    .unwrap();
    let out = ecrctl_at(endpoint)
        .env("AWS_CONFIG_FILE", &config)
        .env("AWS_ENDPOINT_URL_STS", endpoint)
        .args(["--profile", "there", "repo", "create", name])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
}

/// `ecrctl audit` on the shared emulator, STS included.
fn fleet_audit() -> assert_cmd::Command {
    let mut cmd = ecrctl();
    cmd.env("AWS_ENDPOINT_URL_STS", &moto().endpoint);
    cmd.arg("audit");
    cmd
}

fn by_account(v: &Value) -> Vec<(String, String)> {
    v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["account"].as_str().unwrap().to_string(),
                r["name"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn each_account_is_read_through_its_role() {
    let prefix = unique("fleet");
    let (a, b) = (unique_account(), unique_account());
    create_in(&moto().endpoint, &a, &format!("{prefix}/x"), &[]);
    create_in(
        &moto().endpoint,
        &b,
        &format!("{prefix}/y"),
        &["--immutable"],
    );
    ecrctl()
        .args(["repo", "create", &format!("{prefix}/own")])
        .assert()
        .success();
    let glob = format!("{prefix}/*");
    let list = format!("123456789012,{a},{b}");
    let v = json(fleet_audit().args([&glob, "--accounts", &list, "--role", "Audit"]));
    let mut expected = vec![
        ("123456789012".to_string(), format!("{prefix}/own")),
        (a.clone(), format!("{prefix}/x")),
        (b.clone(), format!("{prefix}/y")),
    ];
    expected.sort();
    assert_eq!(by_account(&v), expected, "{v}");
    // Each repository's findings are its own: only the mutable ones fail ECR.2.
    for r in v["repositories"].as_array().unwrap() {
        let codes = finding_codes(r);
        let immutable = r["name"].as_str().unwrap().ends_with("/y");
        assert_eq!(!codes.contains(&"mutable-tags"), immutable, "{r}");
        assert!(
            r["uri"]
                .as_str()
                .unwrap()
                .starts_with(r["account"].as_str().unwrap()),
            "{r}"
        );
    }
    let accounts = v["summary"]["accounts"].as_array().unwrap();
    let ids: Vec<&str> = accounts
        .iter()
        .map(|t| t["account"].as_str().unwrap())
        .collect();
    let mut sorted = vec!["123456789012", a.as_str(), b.as_str()];
    sorted.sort();
    assert_eq!(ids, sorted);
    for t in accounts {
        assert_eq!(t["audited"], true, "{t}");
        assert_eq!(t["repositories"], 1, "{t}");
        let high = t["findings"]["high"].as_u64().unwrap();
        assert_eq!(high, u64::from(t["account"] != b.as_str()), "{t}");
    }

    // The same accounts from a file (comments, blank lines, commas); every record names its
    // account, last in text output; the own account was read without a role (-v).
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("accounts.txt");
    std::fs::write(&file, format!("# prod\n{a}  # x\n\n{b},123456789012\n")).unwrap();
    let out = fleet_audit()
        .args([
            &glob,
            "--accounts-file",
            file.to_str().unwrap(),
            "--role",
            "Audit",
        ])
        .args(["-o", "text", "-v"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = stderr_of(&out);
    for line in stdout.lines() {
        let last = line.rsplit('\t').next().unwrap();
        assert!([&a, &b, "123456789012"].contains(&last), "{line}");
    }
    assert!(stdout.lines().any(|l| l.ends_with(&format!("\t{a}"))));
    assert_eq!(stderr.matches("call STS AssumeRole").count(), 2, "{stderr}");
    assert!(
        stderr.contains(&format!("call STS AssumeRole arn:aws:iam::{a}:role/Audit")),
        "{stderr}"
    );
    assert!(
        stderr.contains("audited 3 repositories in 3 accounts and us-east-1 in"),
        "{stderr}"
    );

    // The table groups by account, which comes first; the fix script says whose credentials
    // each group needs.
    let out = fleet_audit()
        .args([&glob, "--accounts", &list, "--role", "Audit", "-o", "table"])
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.lines().nth(1).unwrap().contains("ACCOUNT"), "{table}");
    let out = fleet_audit()
        .args([
            &glob,
            "--accounts",
            &list,
            "--role",
            "Audit",
            "--fix-script",
        ])
        .output()
        .unwrap();
    let script = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        script.contains(&format!("\naccount_{a}() {{\n")),
        "{script}"
    );
    let uri_x = format!("{a}.dkr.ecr.us-east-1.amazonaws.com/{prefix}/x");
    assert!(
        script.contains(&format!(
            "  change {a} us-east-1 {uri_x} repo immutable {uri_x}\n"
        )),
        "{script}"
    );
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fix.sh");
    std::fs::write(&file, &script).unwrap();
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        format!("[profile acct-a]\nrole_arn = arn:aws:iam::{a}:role/Admin\ncredential_source = Environment\nregion = us-east-1\n"),
    )
    .unwrap();
    let path = path_with_ecrctl();
    let bash = |args: &[&str]| {
        std::process::Command::new("bash")
            .arg(&file)
            .args(args)
            .env("PATH", &path)
            .envs(DUMMY_AWS_ENV)
            .env("AWS_ENDPOINT_URL", &moto().endpoint)
            .env("AWS_CONFIG_FILE", &config)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap()
    };
    // Without an account it runs nothing and says how to use it.
    let out = bash(&[]);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(said.contains("usage: bash "), "{said}");
    let out = bash(&["999999999999"]);
    assert_eq!(out.status.code(), Some(2));
    // With the wrong account's credentials (no profile: your own), nothing runs.
    let out = bash(&[&a]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        said.contains(&format!("these credentials cannot read {a}.dkr.ecr.us-east-1.amazonaws.com/{prefix}/x: run this with credentials for account {a}")),
        "{said}"
    );
    // A profile that does not exist: what ecrctl said comes first.
    let out = bash(&[&a, "nosuchprofile"]);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(said.contains("nosuchprofile"), "{said}");
    assert!(said.contains("these credentials cannot read"), "{said}");
    // A dry run prints that account's commands, with the profile, and needs no credentials.
    let out = bash(&["--dry-run", &a, "acct-a"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let printed = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        printed
            .lines()
            .any(|l| l == format!("ecrctl --profile acct-a repo immutable {uri_x}")),
        "{printed}"
    );
    assert!(!printed.contains("123456789012.dkr"), "{printed}");
    // One account, with a profile for it: its repository is fixed, the others are not touched.
    let out = bash(&[&a, "acct-a"]);
    let said = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{said}");
    let v = json(fleet_audit().args([
        &glob,
        "--accounts",
        &list,
        "--role",
        "Audit",
        "--only",
        "ECR.2",
    ]));
    let mutable: Vec<(String, String)> = v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !r["findings"].as_array().unwrap().is_empty())
        .map(|r| {
            (
                r["account"].as_str().unwrap().to_string(),
                r["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        mutable,
        [("123456789012".to_string(), format!("{prefix}/own"))],
        "{v}"
    );
}

/// What STS answers a caller the role does not trust.
fn access_denied() -> (u16, String) {
    (
        403,
        "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/ci is not authorized to perform: sts:AssumeRole</Message></Error><RequestId>1</RequestId></ErrorResponse>".to_string(),
    )
}

/// An STS that tells the caller it is 123456789012 and refuses every role.
fn refusing_sts() -> crate::fake_ecr::FakeEcr {
    crate::fake_ecr::fake_service(|r| {
        if r.body.contains("Action=GetCallerIdentity") {
            (200, "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/ci</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>".to_string())
        } else {
            access_denied()
        }
    })
}

#[test]
fn a_role_that_cannot_be_assumed_is_a_finding_not_a_crash() {
    let sts = refusing_sts();
    let prefix = unique("refused");
    ecrctl()
        .args(["repo", "create", &format!("{prefix}/own")])
        .assert()
        .success();
    let other = unique_account();
    let glob = format!("{prefix}/*");
    let list = format!("123456789012,{other}");
    let run = |extra: &[&str]| {
        ecrctl()
            .env("AWS_ENDPOINT_URL_STS", &sts.url)
            .args(["audit", &glob, "--accounts", &list, "--role", "Audit"])
            .args(["--external-id", "ext-1"])
            .args(extra)
            .output()
            .unwrap()
    };
    let out = run(&["-o", "json"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // The own account is still audited.
    assert_eq!(v["repositories"].as_array().unwrap().len(), 1, "{v}");
    let totals: Vec<(&str, bool)> = v["summary"]["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["account"].as_str().unwrap(), t["audited"] == true))
        .collect();
    assert!(totals.contains(&("123456789012", true)), "{v}");
    assert!(totals.contains(&(other.as_str(), false)), "{v}");
    assert!(v["summary"]["findings"]["high"].as_u64().unwrap() >= 1);
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("audited 1 repository in 1 of 2 accounts and us-east-1 in"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("(not audited: {other})")),
        "{stderr}"
    );
    // Who the caller is, then the role.
    assert_eq!(sts.hits(), 2);

    // Selecting findings never hides an account that was not audited: its checks did not run.
    let out = run(&["-o", "json", "--only", "mutable-tags", "--fail-on", "high"]);
    assert_eq!(out.status.code(), Some(16), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["accountFindings"][0]["account"], other.as_str(), "{v}");
    let theirs = v["summary"]["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["account"] == other.as_str())
        .unwrap()
        .clone();
    assert_eq!(theirs["audited"], false, "{v}");
    let out = run(&["--ignore", "unreadable"]);
    assert!(
        stderr_of(&out).contains(&format!("(not audited: {other})")),
        "{}",
        stderr_of(&out)
    );

    // When no account at all can be read, the audit fails with the reason (4: access).
    let out = ecrctl()
        .env("AWS_ENDPOINT_URL_STS", &sts.url)
        .args([
            "audit",
            "--accounts",
            &other,
            "--role",
            "Audit",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", stderr_of(&out));
    assert_stderr_has(
        &out,
        "error: no account could be audited (the unreadable findings say why): exit 4",
    );
    // Still a report: the JSON says which account and why, with the error object every failed
    // command prints.
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["error"]["exit"], 4, "{v}");
    assert_eq!(v["error"]["code"], "unreadable", "{v}");
    assert_eq!(v["summary"]["accounts"][0]["audited"], false, "{v}");
    assert!(
        v["accountFindings"][0]["message"]
            .as_str()
            .unwrap()
            .contains(&format!(
                "assuming arn:aws:iam::{other}:role/Audit: AccessDenied"
            )),
        "{v}"
    );
    // Said on stderr even with -q and filtered findings, as an annotation under GitHub.
    let out = run(&["-q", "--only", "mutable-tags"]);
    assert_stderr_has(
        &out,
        &format!("warning: account {other} not audited: assuming"),
    );
    let out = ecrctl()
        .env("AWS_ENDPOINT_URL_STS", &sts.url)
        .env("GITHUB_ACTIONS", "true")
        .args(["audit", &glob, "--accounts", &list, "--role", "Audit", "-q"])
        .output()
        .unwrap();
    assert_stderr_has(&out, "::warning title=ecrctl audit unreadable::");
    // In the evidence matrix, a row of its own: every control UNKNOWN, and why.
    let out = run(&["--matrix", "csv"]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let csv = String::from_utf8_lossy(&out.stdout).to_string();
    let row = csv
        .lines()
        .find(|l| l.starts_with(&format!("{other},")))
        .unwrap_or_else(|| panic!("{csv}"));
    assert!(
        row.starts_with(&format!(
            "{other},,,,UNKNOWN,account {other} not audited: assuming arn:aws:iam::{other}:role/Audit: AccessDenied"
        )),
        "{row}"
    );
    assert_eq!(row.matches(",UNKNOWN,").count(), 5, "{row}");
    // The fix script's part for that account stops: it was not audited.
    let out = run(&["--fix-script"]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fix.sh");
    std::fs::write(&file, &out.stdout).unwrap();
    let ran = std::process::Command::new("bash")
        .arg(&file)
        .arg(&other)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(ran.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&ran.stderr).contains(&format!("account {other} was not audited")),
        "{}",
        String::from_utf8_lossy(&ran.stderr)
    );

    // As a record: the account, no repository, what STS said.
    let out = run(&["-o", "json", "--only", "unreadable", "--fail-on", "high"]);
    assert_eq!(out.status.code(), Some(16), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["repositories"][0]["findings"]
        .as_array()
        .unwrap()
        .is_empty());
    let found = &v["accountFindings"][0];
    assert_eq!(found["account"], other.as_str(), "{v}");
    assert_eq!(found["region"], Value::Null, "{v}");
    assert_eq!(found["code"], "unreadable", "{v}");
    assert_eq!(found["severity"], "high", "{v}");
    assert!(
        found["message"].as_str().unwrap().contains("AccessDenied"),
        "{v}"
    );
    let totals = v["summary"]["accounts"].as_array().unwrap();
    let theirs = totals
        .iter()
        .find(|t| t["account"] == other.as_str())
        .unwrap();
    assert_eq!(theirs["error"], found["message"], "{v}");
    assert_eq!(theirs["findings"]["high"], 1, "{v}");
    let out = run(&["-o", "text", "--only", "unreadable"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let fields: Vec<&str> = text.trim_end().split('\t').collect();
    assert_eq!(fields[0], "high", "{text}");
    assert_eq!(fields[3], "unreadable", "{text}");
    assert_eq!(fields[6], other, "{text}");
    assert!(
        fields[4].contains(&format!(
            "account {other} not audited: assuming arn:aws:iam::{other}:role/Audit: AccessDenied: User: arn:aws:iam::123456789012:user/ci is not authorized"
        )),
        "{text}"
    );
}

#[test]
fn the_organization_lists_the_accounts() {
    // Organizations state is account-wide: an emulator of its own.
    let own = start_moto();
    let ids: Vec<String> = block_on(async {
        let conf = aws_config::defaults(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new("us-east-1"))
            .credentials_provider(aws_sdk_ecr::config::Credentials::new(
                "AKIDTEST", "secret", None, None, "test",
            ))
            .endpoint_url(&own.endpoint)
            .load()
            .await;
        let org = aws_sdk_organizations::Client::new(&conf);
        org.create_organization().send().await.unwrap();
        let mut ids = Vec::new();
        for name in ["payments", "search"] {
            let made = org
                .create_account()
                .account_name(name)
                .email(format!("{name}@example.com"))
                .send()
                .await
                .unwrap();
            ids.push(
                made.create_account_status()
                    .unwrap()
                    .account_id()
                    .unwrap()
                    .to_string(),
            );
        }
        ids
    });
    create_in(&own.endpoint, &ids[0], "payments-api", &["--immutable"]);
    let out = bare_ecrctl()
        .env("AWS_ENDPOINT_URL", &own.endpoint)
        .args([
            "audit",
            "--org",
            "--role",
            "OrganizationAccountAccessRole",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut expected = vec!["123456789012", ids[0].as_str(), ids[1].as_str()];
    expected.sort();
    let listed: Vec<&str> = v["summary"]["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["account"].as_str().unwrap())
        .collect();
    assert_eq!(listed, expected, "{v}");
    assert_eq!(
        by_account(&v),
        [(ids[0].clone(), "payments-api".to_string())],
        "{v}"
    );
}

#[test]
fn fleet_options_are_checked_before_any_call() {
    let cases: &[(&[&str], &str)] = &[
        (
            &["--accounts", "123456789012,22223333444", "--role", "Audit"],
            "--accounts: '22223333444' is not an AWS account id (12 digits, e.g. 123456789012)",
        ),
        (
            &["--role", "Audit"],
            "--role is for auditing other accounts: add --accounts ID,…, --accounts-file FILE or --org",
        ),
        (
            &["--accounts", "123456789012", "--role", "arn:aws:iam::1:role/Audit"],
            "--role takes the role's name, not its ARN (the account changes for each account audited): --role Audit",
        ),
        (
            &["--accounts", "111122223333", "--registry-id", "111122223333"],
            "--registry-id names one registry",
        ),
        (
            &["--accounts-file", "/nonexistent/accounts.txt", "--role", "Audit"],
            "accounts file /nonexistent/accounts.txt:",
        ),
        (
            &["--accounts", "111122223333", "--role", "role/Audit"],
            "--role takes what follows role/ in the role's ARN: --role Audit",
        ),
        (
            &["--accounts", "111122223333", "--role", "Audit", "--external-id", ""],
            "--external-id: 0 characters; it takes 2-1224 of letters, digits",
        ),
        (
            &["--region", "us-east-1", "--region", "cn-north-1"],
            "--region us-east-1 and --region cn-north-1 are in different partitions (aws, aws-cn)",
        ),
    ];
    for (args, said) in cases {
        assert_usage_error(&[&["audit"], *args].concat(), said);
    }
    // Every --region is checked for typos, not just the first (exit 9, as for the first).
    let out = ecrctl_at(DEAD_ENDPOINT)
        .arg("audit")
        .args(["--region", "us-east-1", "--region", "eu-wst-1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(9), "{}", stderr_of(&out));
    assert!(
        stderr_of(&out)
            .contains("'eu-wst-1' is not an AWS region ECR runs in (did you mean eu-west-1?)"),
        "{}",
        stderr_of(&out)
    );
    // --accounts is repeatable: every account given is audited.
    let v = json(fleet_audit().args([
        "nothing-matches-*",
        "--accounts",
        "123456789012",
        "--accounts",
        "111122223333",
        "--role",
        "Audit",
    ]));
    let ids: Vec<&str> = v["summary"]["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["account"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["111122223333", "123456789012"], "{v}");
    // Another account without --role: said after the own account is known.
    let out = fleet_audit()
        .args(["--accounts", "123456789012,111122223333"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(
        &out,
        "--role NAME is needed to audit account 111122223333 (your account is 123456789012)",
    );
    // A file line that is not an account id is named.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, "111122223333\nprod\n").unwrap();
    let out = fleet_audit()
        .args(["--accounts-file", file.to_str().unwrap(), "--role", "Audit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_stderr_has(&out, "line 2: 'prod' is not an AWS account id");
}

#[test]
fn an_organization_that_cannot_be_listed_says_where_to_run_from() {
    let org = fake_ecr(|_| {
        crate::fake_ecr::error(
            400,
            "AccessDeniedException",
            "You don't have permissions to access this resource.",
        )
    });
    let out = ecrctl()
        .env("AWS_ENDPOINT_URL_ORGANIZATIONS", &org.url)
        .args(["audit", "--org", "--role", "Audit"])
        .output()
        .unwrap();
    let stderr = stderr_of(&out);
    assert_eq!(out.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains("listing the organization's accounts (organizations:ListAccounts): AccessDeniedException: You don't have permissions to access this resource."),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "run from the organization's management account or a delegated administrator"
        ),
        "{stderr}"
    );
}

#[test]
fn each_region_has_its_own_throttling_limiter() {
    use std::sync::atomic::AtomicUsize;
    let throttles = std::sync::Arc::new(AtomicUsize::new(0));
    let seen = throttles.clone();
    let ecr = crate::fake_ecr::fake_service(move |r| {
        let listing: Vec<String> = (0..8)
            .map(|i| {
                format!(
                    r#"{{"repositoryName":"svc-{i}","registryId":"123456789012","repositoryArn":"arn:aws:ecr:{0}:123456789012:repository/svc-{i}","repositoryUri":"123456789012.dkr.ecr.{0}.amazonaws.com/svc-{i}","imageTagMutability":"IMMUTABLE","imageScanningConfiguration":{{"scanOnPush":true}},"encryptionConfiguration":{{"encryptionType":"AES256"}}}}"#,
                    r.region
                )
            })
            .collect();
        match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                format!(r#"{{"repositories":[{}]}}"#, listing.join(",")),
            ),
            "BatchGetRepositoryScanningConfiguration" => (
                200,
                r#"{"scanningConfigurations":[],"failures":[]}"#.to_string(),
            ),
            "GetLifecyclePolicy" => {
                crate::fake_ecr::error(400, "LifecyclePolicyNotFoundException", "none")
            }
            // eu-west-1 throttles its first six policy reads; us-east-1 never does.
            "GetRepositoryPolicy"
                if r.region == "eu-west-1" && seen.fetch_add(1, Ordering::SeqCst) < 6 =>
            {
                crate::fake_ecr::error(400, "ThrottlingException", "Rate exceeded")
            }
            "GetRepositoryPolicy" => {
                crate::fake_ecr::error(400, "RepositoryPolicyNotFoundException", "none")
            }
            other => crate::fake_ecr::error(400, "UnsupportedOperation", other),
        }
    });
    let out = bare_ecrctl()
        // The SDK retries a throttled read: 7 attempts outlast the six throttles however they fall.
        .env("AWS_MAX_ATTEMPTS", "7")
        .args(["--endpoint-url", &ecr.url, "audit", "--concurrency", "4"])
        .args([
            "--region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["repositories"], 16, "{v}");
    let throttled = v["summary"]["throttled"].as_array().unwrap();
    assert_eq!(throttled.len(), 1, "only eu-west-1 slowed down: {v}");
    assert_eq!(throttled[0]["region"], "eu-west-1");
    assert!(
        throttled[0]["lowestConcurrency"].as_u64().unwrap() < 4,
        "{v}"
    );
    // Every repository was read in the end.
    assert!(
        !v.to_string().contains("\"unreadable\""),
        "{}",
        serde_json::to_string_pretty(&v).unwrap()
    );
    assert!(throttles.load(Ordering::SeqCst) >= 6);
    assert!(
        stderr_of(&out).contains("(ECR throttled: concurrency lowered to "),
        "{}",
        stderr_of(&out)
    );
    assert!(
        stderr_of(&out).contains(" in eu-west-1)"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn one_limit_bounds_every_request_in_flight() {
    use std::sync::atomic::AtomicUsize;
    use std::sync::Arc;
    let (now, most) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (n2, m2) = (now.clone(), most.clone());
    let ecr = crate::fake_ecr::fake_service(move |r| {
        let inflight = n2.fetch_add(1, Ordering::SeqCst) + 1;
        m2.fetch_max(inflight, Ordering::SeqCst);
        std::thread::sleep(std::time::Duration::from_millis(20));
        let listing: Vec<String> = (0..6)
            .map(|i| {
                format!(
                    r#"{{"repositoryName":"svc-{i}","registryId":"123456789012","repositoryUri":"123456789012.dkr.ecr.{0}.amazonaws.com/svc-{i}","imageTagMutability":"MUTABLE","imageScanningConfiguration":{{"scanOnPush":false}},"encryptionConfiguration":{{"encryptionType":"AES256"}}}}"#,
                    r.region
                )
            })
            .collect();
        let answer = match r.operation.as_str() {
            "DescribeRepositories" => (
                200,
                format!(r#"{{"repositories":[{}]}}"#, listing.join(",")),
            ),
            "BatchGetRepositoryScanningConfiguration" => (
                200,
                r#"{"scanningConfigurations":[],"failures":[]}"#.to_string(),
            ),
            "GetLifecyclePolicy" => {
                crate::fake_ecr::error(400, "LifecyclePolicyNotFoundException", "none")
            }
            _ => crate::fake_ecr::error(400, "RepositoryPolicyNotFoundException", "none"),
        };
        n2.fetch_sub(1, Ordering::SeqCst);
        answer
    });
    let out = ecrctl_at(&ecr.url)
        .args(["audit", "--concurrency", "2"])
        .args([
            "--region",
            "us-east-1",
            "--region",
            "eu-west-1",
            "--region",
            "us-west-2",
        ])
        .args(["-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["repositories"], 18, "{v}");
    // Listings, scanning rules and reads share the limit; a repository's read is its policy
    // and its lifecycle policy at once, so 2 repositories are at most 4 requests.
    let most = most.load(Ordering::SeqCst);
    assert!(most <= 4, "{most} requests in flight with --concurrency 2");
    assert!(most >= 2, "the limit allows concurrency: {most}");
}

#[test]
fn each_accounts_keys_are_described_with_its_own_credentials() {
    let prefix = unique("fleetkeys");
    let other = unique_account();
    let theirs = format!("arn:aws:kms:us-east-1:{other}:key/11111111-2222-3333-4444-555555555555");
    let ours = "arn:aws:kms:us-east-1:123456789012:key/66666666-7777-8888-9999-000000000000";
    create_in(
        &moto().endpoint,
        &other,
        &format!("{prefix}/x"),
        &["--kms-key", &theirs],
    );
    ecrctl()
        .args([
            "repo",
            "create",
            &format!("{prefix}/own"),
            "--kms-key",
            ours,
        ])
        .assert()
        .success();
    // A KMS that tells which credentials asked: the AWS managed key is theirs.
    let asked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = asked.clone();
    let kms = crate::fake_ecr::fake_service(move |r| {
        let key = if r.body.contains(ours) {
            ours
        } else {
            "theirs"
        };
        seen.lock().unwrap().push((key.to_string(), r.key.clone()));
        if key == ours {
            crate::audit::describe_key_answer(ours, "CUSTOMER")
        } else {
            crate::audit::describe_key_answer("theirs", "AWS")
        }
    });
    let out = fleet_audit()
        .env("AWS_ENDPOINT_URL_KMS", &kms.url)
        .args([
            &format!("{prefix}/*"),
            "--accounts",
            &format!("123456789012,{other}"),
        ])
        .args(["--role", "Audit", "--only", "ECR.5", "-o", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<(String, Vec<String>)> = v["repositories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["account"].as_str().unwrap().to_string(),
                r["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|f| f["code"].as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    let mut expected = vec![
        ("123456789012".to_string(), Vec::<String>::new()),
        (other.clone(), vec!["kms-aws-managed".to_string()]),
    ];
    expected.sort();
    assert_eq!(codes, expected, "{v}");
    // Our key with our credentials; theirs with the role's (the emulator's STS hands out
    // other keys). Each request carries its own signer: the calls may run in any order.
    let asked = asked.lock().unwrap().clone();
    assert_eq!(asked.len(), 2, "{asked:?}");
    for (key, who) in &asked {
        assert_eq!(key == ours, who == "AKIAIOSFODNN7EXAMPLE", "{asked:?}");
    }
}
