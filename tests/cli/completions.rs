//! Each checked-in file under `completions/` must equal what `ecrctl completions SHELL` (and
//! `ecrctl man`, for the man page `ecrctl.1`) prints.
//! Regenerate them all with `UPDATE_COMPLETIONS=1 cargo test completions`.

use std::path::Path;

use crate::harness::bare_ecrctl;

#[test]
fn completion_files_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
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
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &out.stdout).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&out.stdout[..]) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "completions/{stale:?} differ from `ecrctl completions`: regenerate with `UPDATE_COMPLETIONS=1 cargo test completions`"
    );
}
