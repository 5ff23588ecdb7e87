//! What this run's AWS calls are doing, for the errors that must say it: the call in flight when
//! `--deadline` ran out, and whether the service was throttling when time ran out. Fed by the
//! clients' call log; no AWS types.

use std::collections::HashMap;
use std::sync::Mutex;

#[derive(Default)]
struct State {
    /// The last call started (`ECR DescribeRepositories`).
    last: Option<String>,
    /// Calls started in this run.
    started: u64,
    /// When the first call of this run started (seconds since the epoch).
    first_at: Option<i64>,
    /// Throttled answers in a row, by operation (reset by any other answer).
    throttled_in_a_row: HashMap<String, u32>,
}

static STATE: Mutex<Option<State>> = Mutex::new(None);

fn with<T>(f: impl FnOnce(&mut State) -> T) -> T {
    let mut guard = STATE.lock().unwrap_or_else(|e| e.into_inner());
    f(guard.get_or_insert_with(State::default))
}

/// A call (or a retry of one) is about to be sent.
pub fn started(service: &str, operation: &str) {
    with(|s| {
        s.last = Some(format!("{service} {operation}"));
        s.started += 1;
        s.first_at.get_or_insert_with(crate::time::now);
    });
}

/// An answer came: throttling or not.
pub fn answered(operation: &str, throttled: bool) {
    with(|s| {
        let n = s
            .throttled_in_a_row
            .entry(operation.to_string())
            .or_default();
        *n = if throttled { *n + 1 } else { 0 };
    });
}

/// When this run's first call started (now, when none has): a write's effect read back is
/// this run's only if it is not older.
pub fn run_started() -> i64 {
    with(|s| s.first_at).unwrap_or_else(crate::time::now)
}

/// The `-v` line of a retry: `attempt` is its number (2 for the first retry), `previous` what
/// the attempt before it got (an HTTP status, or `None`: no answer).
pub fn retry_line(service: &str, operation: &str, attempt: u32, previous: Option<u16>) -> String {
    let after = match previous {
        Some(status) => format!("HTTP {status}"),
        None => "no answer (connection cut or timed out)".to_string(),
    };
    format!("retry {attempt} of {service} {operation} after: {after}")
}

/// The last call started, if any.
pub fn last_call() -> Option<String> {
    with(|s| s.last.clone())
}

/// How many calls (retries included) were started.
pub fn count() -> u64 {
    with(|s| s.started)
}

/// Throttled answers in a row of the operations whose last answer was throttling: more than 0
/// means time ran out while the service was throttling.
pub fn throttling_now() -> u32 {
    with(|s| s.throttled_in_a_row.values().sum())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_retry_says_what_the_attempt_before_it_got() {
        assert_eq!(
            retry_line("ECR", "CreateRepository", 2, Some(500)),
            "retry 2 of ECR CreateRepository after: HTTP 500"
        );
        assert_eq!(
            retry_line("ECR", "PutImage", 3, None),
            "retry 3 of ECR PutImage after: no answer (connection cut or timed out)"
        );
    }

    #[test]
    fn throttling_counts_answers_in_a_row_per_operation() {
        started("ECR", "CallsTestA");
        assert_eq!(last_call().as_deref(), Some("ECR CallsTestA"));
        let before = throttling_now();
        answered("CallsTestA", true);
        answered("CallsTestA", true);
        answered("CallsTestB", false);
        assert_eq!(throttling_now(), before + 2);
        answered("CallsTestA", false);
        assert_eq!(throttling_now(), before);
    }
}
