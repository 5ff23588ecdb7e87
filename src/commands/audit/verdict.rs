//! The verdict on the audit as a whole, beside its findings: nothing read, most repositories
//! unread, a selection that can find nothing, a pattern that matched nothing. Pure: it adds
//! diagnostics and an exit to the report, or refuses a gate that could never fail.

use super::NONE_READ;
use crate::diagnostic::Diagnostic;
use crate::error::{AppError, Exit};
use crate::output::Report;

/// How the run went as a whole.
pub(super) struct Run<'a> {
    /// No account could be read (a fleet audit).
    pub none_read: bool,
    /// The exit of the first account not audited.
    pub first_exit: Exit,
    /// The repositories that could not be read: the exit class and first reason of each.
    pub failed_reads: &'a [(Exit, String)],
    pub repositories_read: usize,
    /// Why --only / --ignore keep nothing this audit can find.
    pub unfindable: Option<String>,
    /// The pattern given, when it matched nothing and every account was listed.
    pub unmatched: Option<&'a str>,
    /// Whether --fail-on was given.
    pub gate: bool,
}

/// Add the run's diagnostics and exit to the report. `Err`: --fail-on over a pattern that
/// matched nothing could never fail (the caller says the diagnostics so far first).
pub(super) fn judge(report: &mut Report, run: &Run<'_>) -> Result<(), AppError> {
    if run.none_read {
        report.exit = run.first_exit;
        report.diagnostics.push(Diagnostic::error(format!(
            "{NONE_READ}: exit {}",
            run.first_exit.code()
        )));
    }
    let failed: Vec<Exit> = run.failed_reads.iter().map(|(e, _)| *e).collect();
    if let (false, Some(exit)) = (
        run.none_read,
        crate::posture::mostly_unreadable(run.repositories_read, &failed),
    ) {
        // Said even without --fail-on: a run that could not read most repositories must not
        // pass for a clean audit.
        let example = run
            .failed_reads
            .iter()
            .find(|(e, _)| *e == exit)
            .map(|(_, why)| why.as_str())
            .unwrap_or("");
        report.diagnostics.push(Diagnostic::error(format!(
            "{} of {} repositories could not be read (e.g. {}): the audit is incomplete (exit {})",
            failed.len(),
            run.repositories_read,
            crate::ui::clean(example),
            exit.code()
        )));
        report.exit = Exit::worst([report.exit, exit]);
    }
    if let Some(why) = &run.unfindable {
        report.diagnostics.push(Diagnostic::warning(format!(
            "{why}; it can report only accounts it could not read"
        )));
    }
    if let Some(glob) = run.unmatched {
        // A gate over nothing can never fail: a typo in the pattern must not pass CI.
        if run.gate && !run.none_read && report.exit == Exit::Success {
            return Err(AppError::usage(format!(
                "no repository matches '{}', so --fail-on could never fail",
                crate::error::cut(glob)
            ))
            .with_hint("check the pattern: `ecrctl repo list` shows the repositories"));
        }
        report.diagnostics.push(Diagnostic::warning(format!(
            "no repository matches '{}'",
            crate::ui::clean(glob)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Human;

    fn run<'a>(failed_reads: &'a [(Exit, String)], read: usize) -> Run<'a> {
        Run {
            none_read: false,
            first_exit: Exit::Failure,
            failed_reads,
            repositories_read: read,
            unfindable: None,
            unmatched: None,
            gate: false,
        }
    }

    fn empty() -> Report {
        Report::new(serde_json::json!({}), Human::Lines(vec![]), vec![])
    }

    #[test]
    fn a_run_that_read_little_is_not_a_clean_audit() {
        let mut report = empty();
        judge(&mut report, &run(&[], 3)).unwrap();
        assert_eq!(report.exit, Exit::Success);
        assert!(report.diagnostics.is_empty());
        let denied = vec![(Exit::Auth, "access denied".to_string()); 3];
        let mut report = empty();
        judge(&mut report, &run(&denied, 3)).unwrap();
        assert_eq!(report.exit, Exit::Auth);
        assert!(report.diagnostics[0]
            .message
            .starts_with("3 of 3 repositories"));
        let mut report = empty();
        let nothing = Run {
            none_read: true,
            first_exit: Exit::Network,
            ..run(&denied, 3)
        };
        judge(&mut report, &nothing).unwrap();
        assert_eq!(report.exit, Exit::Network);
        assert_eq!(
            report.diagnostics.len(),
            1,
            "said once: {:?}",
            report.diagnostics
        );
    }

    #[test]
    fn a_gate_over_an_unmatched_pattern_is_refused() {
        let unmatched = Run {
            unmatched: Some("tema-*"),
            ..run(&[], 0)
        };
        let mut report = empty();
        judge(&mut report, &unmatched).unwrap();
        assert_eq!(
            report.diagnostics[0].message,
            "no repository matches 'tema-*'"
        );
        let gated = Run {
            gate: true,
            ..unmatched
        };
        let refused = judge(&mut empty(), &gated).unwrap_err();
        assert!(
            refused.to_string().contains("could never fail"),
            "{refused}"
        );
    }
}
