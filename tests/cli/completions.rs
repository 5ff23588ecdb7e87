//! Each checked-in file under `completions/` must equal what `ecrctl completions SHELL` (and
//! `ecrctl man`, for the man pages `ecrctl.1` and `man/`) prints.
//! Regenerate them all with `SNAPSHOTS=overwrite cargo test --test cli completions`.

use crate::harness::{bare_ecrctl, check_snapshot, have_script, path_with, write_script};

#[test]
fn completion_files_are_current() {
    let mut stale = Vec::new();
    for (shell, file) in [
        ("bash", "ecrctl.bash"),
        ("zsh", "_ecrctl"),
        ("fish", "ecrctl.fish"),
        ("powershell", "_ecrctl.ps1"),
        ("elvish", "ecrctl.elv"),
        ("man", "ecrctl.1"),
    ] {
        let args: &[&str] = if shell == "man" {
            &["man"]
        } else {
            &["completions", shell]
        };
        let out = bare_ecrctl().args(args).output().unwrap();
        assert!(out.status.success());
        assert!(!out.stdout.is_empty());
        let text = String::from_utf8(out.stdout).unwrap();
        stale.extend(check_snapshot(&format!("completions/{file}"), &text).err());
    }
    // One man page per command, as its SEE ALSO promises, each with EXIT STATUS.
    let pages = ecrctl::commands::completions::man_pages();
    for (file, page) in &pages {
        let text = std::str::from_utf8(page).unwrap();
        assert!(text.contains(".SH \"EXIT STATUS\""), "{file}");
        assert!(text.contains("\\fB130\\fR"), "{file}");
        stale.extend(check_snapshot(&format!("completions/man/{file}"), text).err());
    }
    let names: Vec<&str> = pages.iter().map(|(f, _)| f.as_str()).collect();
    for want in [
        "ecrctl.1",
        "ecrctl-repo-create.1",
        "ecrctl-check-push.1",
        "ecrctl-policy-template.1",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    // Every page that a SEE ALSO names exists.
    for (file, page) in &pages {
        let text = String::from_utf8_lossy(page);
        if let Some(see) = text.split(".SH \"SEE ALSO\"\n").nth(1) {
            for name in see.lines().next().unwrap_or("").split(", ") {
                let target = name.replace("(1)", ".1");
                assert!(
                    names.contains(&target.as_str()),
                    "{file} names {name}, which does not exist"
                );
            }
        }
    }
    let out = bare_ecrctl()
        .args(["man", "repo", "create"])
        .output()
        .unwrap();
    assert_eq!(
        Some(&out.stdout),
        pages
            .iter()
            .find(|(f, _)| f == "ecrctl-repo-create.1")
            .map(|(_, p)| p)
    );
    bare_ecrctl()
        .args(["man", "repo", "nosuch"])
        .assert()
        .code(2);
    assert!(
        stale.is_empty(),
        "checked-in completions differ from what ecrctl prints:\n{}",
        stale.join("\n")
    );
}

#[test]
fn completions_offer_real_values() {
    let out = bare_ecrctl()
        .args(["completions", "bash"])
        .output()
        .unwrap();
    let script = String::from_utf8(out.stdout).unwrap();
    for value in [
        "mutable-tags",
        "policy-lockout",
        "pull-only",
        "org-pull",
        "table",
        "json",
    ] {
        assert!(script.contains(value), "bash completion lacks {value}");
    }
}

/// On a terminal `ecrctl man` hands the page to `man` (formatted, paged); piped, it prints roff.
#[test]
fn man_pages_go_through_man_on_a_terminal() {
    if !have_script() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("man.log");
    write_script(
        &dir.path().join("man"),
        &format!(
            "echo \"args: $*\" > '{}'\nhead -c 200 \"$1\" >> '{}'",
            log.display(),
            log.display()
        ),
    );
    let bin = assert_cmd::cargo::cargo_bin("ecrctl");
    let path = path_with(dir.path());
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} man repo create", bin.display()),
            "/dev/null",
        ])
        .env("PATH", &path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let seen = std::fs::read_to_string(&log).expect("man was not run on a terminal");
    assert!(seen.contains("ecrctl-repo-create."), "{seen}");
    assert!(
        seen.contains(".TH"),
        "the page handed to man is roff: {seen}"
    );
    // Piped: roff on stdout, man not run.
    std::fs::remove_file(&log).unwrap();
    let piped = bare_ecrctl()
        .args(["man", "repo", "create"])
        .env("PATH", &path)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&piped.stdout).contains(".TH"));
    assert!(!log.exists());
}
