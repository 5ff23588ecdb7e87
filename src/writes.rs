//! Writes whose answer was lost. The server may perform a write and then fail to answer (a 500
//! after the write, a connection cut); the SDK retries, and the retry is answered with what our
//! own first attempt caused: "not found" for a repository this run deleted, "already exists"
//! for one it created. Such an answer, after a lost one, is the write's success. A write that
//! ends with a lost answer may have been applied. Pure: attempts come in as HTTP statuses.

/// What each attempt of one call got: its HTTP status, [`NOT_SENT`] when the connection was
/// refused (the request never left), or `None` when no answer came (connection cut, timed out).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Attempts(pub Vec<Option<u16>>);

/// The "status" of an attempt whose connection was refused: nothing was sent, so nothing can
/// have been written.
pub const NOT_SENT: u16 = 0;

/// Whether an attempt's answer was lost: it may have done the write.
fn lost(status: &Option<u16>) -> bool {
    status.is_none_or(|s| s >= 500)
}

impl Attempts {
    /// An attempt before the last one got a 5xx or no answer: the write may have happened then.
    pub fn earlier_answer_lost(&self) -> bool {
        match self.0.split_last() {
            Some((_, earlier)) => earlier.iter().any(lost),
            None => false,
        }
    }

    /// Some attempt got a 5xx or no answer: a failed write may still have been applied.
    pub fn may_have_applied(&self) -> bool {
        self.0.iter().any(lost)
    }
}

/// The writes whose retry is answered by their own first attempt's effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Write {
    CreateRepository,
    DeleteRepository,
    DeleteRepositoryPolicy,
    DeleteLifecyclePolicy,
    /// Per image: a failure with this code.
    BatchDeleteImage,
    CreateTemplate,
    DeleteTemplate,
}

impl Write {
    /// The error code (or, for BatchDeleteImage, the per-image failure code) that this write's
    /// own earlier attempt causes when it is sent again.
    pub fn own_echo(self) -> &'static str {
        match self {
            Write::CreateRepository => "RepositoryAlreadyExistsException",
            Write::DeleteRepository => "RepositoryNotFoundException",
            Write::DeleteRepositoryPolicy => "RepositoryPolicyNotFoundException",
            Write::DeleteLifecyclePolicy => "LifecyclePolicyNotFoundException",
            Write::BatchDeleteImage => "ImageNotFound",
            Write::CreateTemplate => "TemplateAlreadyExistsException",
            Write::DeleteTemplate => "TemplateNotFoundException",
        }
    }

    /// Whether `code`, answered to this call, means the write was done by an earlier attempt
    /// of the same call whose answer was lost. Only after such an attempt: "already exists" on
    /// a first attempt is someone else's repository.
    pub fn done_by_lost_attempt(self, code: Option<&str>, attempts: &Attempts) -> bool {
        code == Some(self.own_echo()) && attempts.earlier_answer_lost()
    }
}

/// How a write ended well: answered, or done by an attempt whose answer was lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    Answered,
    FirstAnswerLost,
}

impl Done {
    /// What a status line adds: ` (the first answer was lost)`, or nothing.
    pub fn note(self) -> String {
        match self {
            Done::Answered => String::new(),
            Done::FirstAnswerLost => format!(" ({FIRST_ANSWER_LOST})"),
        }
    }
}

/// How far the service's clock may be behind ours, in seconds.
pub const CLOCK_SKEW: i64 = 5;

/// Whether a resource read back after a lost answer was created by this run: created no earlier
/// than the run's start (less [`CLOCK_SKEW`]). Unknown creation time: not this run's.
pub fn created_in_run(created_at: Option<i64>, run_started: i64) -> bool {
    created_at.is_some_and(|t| t >= run_started - CLOCK_SKEW)
}

/// Said of a write done by an attempt whose answer was lost.
pub const FIRST_ANSWER_LOST: &str = "the first answer was lost";

/// Said of a failed write that may have been applied: how to find out.
pub fn may_have_been_applied(check: &str) -> String {
    format!("it may have been applied: check with `{check}`")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retry_answered_by_our_own_effect_is_success_only_after_a_lost_answer() {
        let lost_then_404 = Attempts(vec![Some(500), Some(400)]);
        let cut_then_404 = Attempts(vec![None, Some(400)]);
        let throttled_then_404 = Attempts(vec![Some(400), Some(400)]);
        let first = Attempts(vec![Some(400)]);
        for w in [Write::DeleteRepository, Write::CreateRepository] {
            let code = Some(w.own_echo());
            assert!(w.done_by_lost_attempt(code, &lost_then_404));
            assert!(w.done_by_lost_attempt(code, &cut_then_404));
            // A 4xx earlier (throttled) did nothing; a first attempt's answer is the truth.
            assert!(!w.done_by_lost_attempt(code, &throttled_then_404));
            assert!(!w.done_by_lost_attempt(code, &first));
            assert!(!w.done_by_lost_attempt(Some("AccessDeniedException"), &lost_then_404));
        }
        assert!(!Write::CreateRepository
            .done_by_lost_attempt(Some("RepositoryNotFoundException"), &lost_then_404));
        assert!(Write::DeleteRepositoryPolicy
            .done_by_lost_attempt(Some("RepositoryPolicyNotFoundException"), &lost_then_404));
        assert!(Write::DeleteLifecyclePolicy
            .done_by_lost_attempt(Some("LifecyclePolicyNotFoundException"), &lost_then_404));
        assert!(Write::BatchDeleteImage.done_by_lost_attempt(Some("ImageNotFound"), &cut_then_404));
        assert!(Write::DeleteTemplate
            .done_by_lost_attempt(Some("TemplateNotFoundException"), &lost_then_404));
        assert!(Write::CreateTemplate
            .done_by_lost_attempt(Some("TemplateAlreadyExistsException"), &lost_then_404));
    }

    #[test]
    fn only_a_resource_created_since_the_run_started_is_this_runs() {
        let start = 1_800_000_000;
        assert!(created_in_run(Some(start), start));
        assert!(created_in_run(Some(start + 30), start));
        assert!(created_in_run(Some(start - CLOCK_SKEW), start));
        assert!(!created_in_run(Some(start - CLOCK_SKEW - 1), start));
        assert!(!created_in_run(Some(1_600_000_000), start));
        assert!(!created_in_run(None, start));
    }

    #[test]
    fn a_refused_connection_sent_nothing() {
        // Every attempt refused (a closed port): nothing can have been applied.
        assert!(!Attempts(vec![Some(NOT_SENT); 3]).may_have_applied());
        assert!(!Attempts(vec![Some(NOT_SENT), Some(409)]).earlier_answer_lost());
        // A refusal after a lost answer does not hide that answer.
        assert!(Attempts(vec![None, Some(NOT_SENT)]).may_have_applied());
    }

    #[test]
    fn a_failed_write_may_have_been_applied_when_an_answer_was_lost() {
        assert!(Attempts(vec![Some(500), Some(500), Some(503)]).may_have_applied());
        assert!(Attempts(vec![None]).may_have_applied());
        assert!(!Attempts(vec![Some(400), Some(400)]).may_have_applied());
        assert!(!Attempts(vec![]).may_have_applied());
        assert!(!Attempts(vec![Some(500)]).earlier_answer_lost());
    }
}
