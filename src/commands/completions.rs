//! `ecrctl completions SHELL`.

use anyhow::Result;
use clap::Args;
use clap_complete::Shell;

use crate::commands::{Local, Printed};
use crate::{error, suggest};

pub const EX_COMPLETIONS_COMPLETIONSARGS: &str = "Examples:\n  ecrctl completions bash > /etc/bash_completion.d/ecrctl\n  ecrctl completions zsh > \"${fpath[1]}/_ecrctl\"";

pub const EX_MAN: &str =
    "Examples:\n  ecrctl man > ecrctl.1 && man ./ecrctl.1\n  ecrctl man repo create | man -l -";

#[derive(Debug, Clone, Args)]
pub struct ManArgs {
    /// The command whose page to print, e.g. `repo create` (none: ecrctl(1))
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
}

#[derive(Debug, Clone, Args)]
pub struct CompletionsArgs {
    /// The shell to generate for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

impl Local for CompletionsArgs {
    fn print(&self) -> Result<Printed> {
        Ok(Printed::Bytes(generate(self.shell)))
    }
}

impl Local for ManArgs {
    fn print(&self) -> Result<Printed> {
        let Some(page) = man_page(&self.command) else {
            let pages = man_pages();
            let asked = format!("ecrctl-{}.1", self.command.join("-"));
            let meant = suggest::closest(&asked, pages.iter().map(|(f, _)| f.as_str()))
                .map(|f| format!(" (did you mean {}(1)?)", f.trim_end_matches(".1")))
                .unwrap_or_default();
            return error::usage(format!(
                "no man page for `ecrctl {}`{meant}: name a command, e.g. `ecrctl man repo create`",
                self.command.join(" ")
            ));
        };
        Ok(Printed::ManPage {
            command: self.command.clone(),
            page,
        })
    }
}

/// The completion script for `shell`, exactly as checked in under `completions/`.
pub fn generate(shell: Shell) -> Vec<u8> {
    let mut cmd = super::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "ecrctl", &mut out);
    out
}

/// Every man page: `ecrctl.1` and one per command (`ecrctl-repo-create.1`, …), each with its
/// examples, an EXIT STATUS section and SEE ALSO.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let mut root = super::command().disable_help_subcommand(true);
    root.build();
    let mut pages = Vec::new();
    collect(&root, &mut pages);
    pages
}

/// The man page of `ecrctl WORDS…` (`[]`: ecrctl(1)).
pub fn man_page(words: &[String]) -> Option<Vec<u8>> {
    let name = std::iter::once("ecrctl".to_string())
        .chain(words.iter().cloned())
        .collect::<Vec<_>>()
        .join("-");
    man_pages()
        .into_iter()
        .find(|(file, _)| *file == format!("{name}.1"))
        .map(|(_, page)| page)
}

/// One of clap_mangen's section renderers.
type Section = fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>;

fn collect(cmd: &clap::Command, pages: &mut Vec<(String, Vec<u8>)>) {
    let man = clap_mangen::Man::new(cmd.clone())
        .source(format!("ecrctl {}", env!("CARGO_PKG_VERSION")))
        .manual("ecrctl manual");
    let mut out = Vec::new();
    let parts: [Section; 4] = [
        clap_mangen::Man::render_title,
        clap_mangen::Man::render_name_section,
        clap_mangen::Man::render_synopsis_section,
        clap_mangen::Man::render_description_section,
    ];
    for part in parts {
        part(&man, &mut out).expect("rendering into memory cannot fail");
    }
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out).expect("in memory");
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut out).expect("in memory");
    }
    if cmd.get_after_long_help().is_some() || cmd.get_after_help().is_some() {
        man.render_extra_section(&mut out).expect("in memory");
    }
    out.extend_from_slice(b".SH \"EXIT STATUS\"\n");
    for (exit, meaning) in crate::error::Exit::TABLE {
        out.extend_from_slice(
            format!(".TP\n\\fB{}\\fR\n{}\n", exit.code(), roff_text(meaning)).as_bytes(),
        );
    }
    let name = cmd
        .get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string();
    let mut see_also: Vec<String> = Vec::new();
    if name != "ecrctl" {
        see_also.push("ecrctl(1)".into());
    }
    see_also.extend(cmd.get_subcommands().filter(|s| !s.is_hide_set()).map(|s| {
        format!(
            "{}(1)",
            s.get_display_name().unwrap_or_else(|| s.get_name())
        )
    }));
    if !see_also.is_empty() {
        out.extend_from_slice(format!(".SH \"SEE ALSO\"\n{}\n", see_also.join(", ")).as_bytes());
    }
    pages.push((format!("{name}.1"), out));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, pages);
    }
}

/// Plain text for a roff body line: backslashes doubled, no control line.
fn roff_text(text: &str) -> String {
    let text = text.replace('\\', "\\\\");
    if text.starts_with(['.', '\'']) {
        format!("\\&{text}")
    } else {
        text
    }
}
