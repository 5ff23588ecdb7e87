//! `audit --fix-script`: the commands that fix the findings, as a reviewable bash script.

use super::report::Row;

/// A reviewable script: strict mode, one commented command per finding, grouped by repository;
/// findings without a command say why, as comments. Each change says its account, region and
/// repository on stderr before it runs, and `--dry-run` (or `DRY_RUN=1`) prints the commands
/// instead of running them. In a fleet audit each account's commands are a function, and the
/// script runs one account at a time (`bash fix.sh ACCOUNT [PROFILE]`), since each needs that
/// account's credentials.
pub(super) fn fix_script(rows: &[Row], multi: bool) -> String {
    let mut out = String::from(
        "#!/usr/bin/env bash\n# The commands that fix what `ecrctl audit` found. Review each one before running this:\n# it changes repositories. Findings without a command say why.\n",
    );
    let mut sorted: Vec<&Row> = rows.iter().collect();
    sorted.sort_by(|a, b| {
        (a.account, a.region, a.name, a.level).cmp(&(b.account, b.region, b.name, b.level))
    });
    let mut accounts: Vec<&str> = sorted.iter().map(|r| r.account).collect();
    accounts.dedup();
    let multi = multi && !accounts.is_empty() && accounts.iter().all(|a| !a.is_empty());
    let usage = if multi {
        "bash fix.sh [--dry-run] ACCOUNT [PROFILE]"
    } else {
        "bash fix.sh [--dry-run] [ACCOUNT]"
    };
    out.push_str(&format!(
        "#\n# Each change says its repository, account and region on stderr before it runs. A dry run\n# prints each command instead of running it, and changes nothing:\n#   {usage}    (or DRY_RUN=1 {usage_env})\n",
        usage_env = usage.replace(" [--dry-run]", "")
    ));
    let indent = if multi {
        let list = accounts.join(" ");
        out.push_str(&format!(
            "#\n# Each account's commands need credentials for that account (and ecrctl on PATH). Run this\n# once per account, naming it, with credentials for it:\n#   bash fix.sh ACCOUNT [PROFILE]\n# PROFILE, when given, is passed to every command as --profile (it wins over credentials in\n# the environment). Each account's part first checks that it can read one of its repositories.\n# Accounts: {list}\n{PRELUDE}if [ $# -lt 1 ] || [ $# -gt 2 ]; then\n  echo \"usage: bash $0 [--dry-run] ACCOUNT [PROFILE] (accounts: {list})\" >&2\n  exit 2\nfi\nif [ $# -eq 2 ]; then\n  profile=(--profile \"$2\")\nfi\n"
        ));
        "  "
    } else {
        out.push_str(PRELUDE);
        // One account: naming it is allowed (a wrapper that always passes the account works
        // whatever the audit covered), naming another is refused.
        let check = match accounts.first().filter(|a| !a.is_empty()) {
            Some(a) => format!("[ $# -gt 1 ] || {{ [ $# -eq 1 ] && [ \"$1\" != \"{a}\" ]; }}"),
            None => "[ $# -gt 1 ]".to_string(),
        };
        out.push_str(&format!(
            "if {check}; then\n  echo \"usage: bash $0 [--dry-run] [ACCOUNT] (this script fixes {})\" >&2\n  exit 2\nfi\n",
            accounts.first().filter(|a| !a.is_empty()).map_or("the audited account".to_string(), |a| format!("account {a}"))
        ));
        ""
    };
    // The end of an account's function: an account not audited stops the script.
    let close = |out: &mut String, account: &str, rows: &[&Row]| {
        let unaudited = rows
            .iter()
            .any(|r| r.account == account && r.name.is_none() && r.region.is_empty());
        if unaudited {
            out.push_str(&format!(
                "  echo \"account {account} was not audited (see the comments above): give the audit access, audit again, then fix\" >&2\n  exit 1\n}}\n"
            ));
        } else {
            out.push_str("  :\n}\n");
        }
    };
    let all: Vec<&Row> = sorted.clone();
    let mut current: Option<(&str, &str, Option<&str>)> = None;
    let mut account: Option<&str> = None;
    for r in sorted {
        if multi && account != Some(r.account) {
            if let Some(done) = account {
                close(&mut out, done, &all);
            }
            out.push_str(&format!(
                "#\n# ---- account {}\naccount_{}() {{\n",
                r.account, r.account
            ));
            // Credentials for another account would fail on the first command: say so first
            // (not in a dry run, which changes nothing and may have no credentials at all).
            let commands = all
                .iter()
                .any(|x| x.account == r.account && x.finding.fix.is_some());
            if let Some(probe) = all
                .iter()
                .find(|x| x.account == r.account && !x.uri.is_empty())
                .filter(|_| commands)
            {
                out.push_str(&format!(
                    "  if [ \"$dry_run\" = 0 ] && ! probe=$(ecrctl ${{profile[@]+\"${{profile[@]}}\"}} repo show {uri} 2>&1 >/dev/null); then\n    echo \"$probe\" >&2\n    echo \"these credentials cannot read {uri}: run this with credentials for account {a} (bash $0 {a} PROFILE)\" >&2\n    exit 1\n  fi\n",
                    uri = probe.uri,
                    a = r.account
                ));
            }
            account = Some(r.account);
        }
        if current != Some((r.account, r.region, r.name)) {
            // A "#" line, not an empty one: text output writes an empty record as "-".
            let place = match (r.name, r.region.is_empty()) {
                (None, true) => format!("account {}", r.account),
                (None, false) => format!("account {} ({})", r.account, r.region),
                (Some(name), _) => format!("{name} ({})", r.region),
            };
            out.push_str(&format!(
                "{indent}#\n{indent}# {}\n",
                crate::ui::clean(&place)
            ));
            current = Some((r.account, r.region, r.name));
        }
        let f = r.finding;
        let controls = if f.controls.is_empty() {
            String::new()
        } else {
            format!(" [{}]", f.controls.join(", "))
        };
        out.push_str(&format!(
            "{indent}# {} {}{controls}: {}\n",
            r.level.as_str(),
            f.code,
            crate::ui::clean(&f.message)
        ));
        if let Some(note) = &f.fix_note {
            out.push_str(&format!("{indent}#   {}\n", crate::ui::clean(note)));
        }
        let or_dash = |s: &str| {
            if s.is_empty() {
                "-".to_string()
            } else {
                s.to_string()
            }
        };
        match &f.fix {
            Some(cmd) => {
                let cmd = cmd.strip_prefix("ecrctl ").unwrap_or(cmd);
                let line = format!(
                    "change {} {} {} {cmd}",
                    or_dash(r.account),
                    or_dash(r.region),
                    or_dash(r.uri)
                );
                // A command with a value to fill in (KEY=VALUE) must not run as it is.
                if cmd.contains("KEY=VALUE") {
                    out.push_str(&format!(
                        "{indent}#   fill in KEY=VALUE, then remove the '#' to run it:\n{indent}# {line}\n"
                    ));
                } else {
                    out.push_str(&format!("{indent}{line}\n"));
                }
            }
            None => out.push_str(&format!("{indent}#   (no command)\n")),
        }
    }
    if multi {
        if let Some(done) = account {
            close(&mut out, done, &all);
        }
        out.push_str("#\ncase \"$1\" in\n");
        for a in &accounts {
            out.push_str(&format!("  {a}) account_{a} ;;\n"));
        }
        out.push_str(&format!(
            "  *)\n    echo \"account $1 has no part in this script (accounts: {})\" >&2\n    exit 2\n    ;;\nesac\n",
            accounts.join(" ")
        ));
    }
    out
}

/// The fix script's options and its one way to make a change: say where (account, region,
/// repository) on stderr, then run the command, or, in a dry run, print it.
const PRELUDE: &str = r#"set -euo pipefail
dry_run=0
if [ -n "${DRY_RUN:-}" ] && [ "${DRY_RUN}" != 0 ]; then
  dry_run=1
fi
if [ "${1:-}" = --dry-run ]; then
  dry_run=1
  shift
fi
profile=()
# change ACCOUNT REGION URI ARGS…: one change, by `ecrctl ARGS…`.
change() {
  local account=$1 region=$2 uri=$3 line word
  shift 3
  line=ecrctl
  for word in ${profile[@]+"${profile[@]}"} "$@"; do
    line+=" $(printf '%q' "$word")"
  done
  if [ "$dry_run" != 0 ]; then
    echo "$line"
    return
  fi
  echo "changing $uri (account $account, $region): $line" >&2
  ecrctl ${profile[@]+"${profile[@]}"} "$@"
}
"#;
