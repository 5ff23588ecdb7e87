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

/// The man page, from the same clap definitions, with the exit-code table.
pub fn man_page() -> Vec<u8> {
    let cmd = Cli::command().after_long_help(crate::error::Exit::help_table());
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd)
        .render(&mut out)
        .expect("rendering into memory cannot fail");
    out
}
