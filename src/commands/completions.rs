//! `ecrctl completions SHELL`.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The completion script for `shell`, exactly as checked in under `completions/`.
pub fn generate(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "ecrctl", &mut out);
    out
}
