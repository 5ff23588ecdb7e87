//! Waiting for a state that comes in its own time (ECR's lifecycle preview finishing, IAM
//! propagating a new principal): ask, and ask again after a growing wait, until the answer is
//! final or the next wait would pass the deadline. Throttling and transient failures are not
//! waited out here: the SDK retries those, with the configured attempts (`aws.rs`).

use std::future::Future;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

/// The waits between two looks: `first`, doubled each time, at most `most`.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    pub first: Duration,
    pub most: Duration,
}

/// Look until `look` breaks with a final answer (returned as `Ok`), or until the next wait
/// would end more than `within` after the first look: then the last look's pending value comes
/// back as `Err`. `waiting` hears each wait before it starts (for a `-v` line).
pub async fn until<T, P, F, Fut>(
    backoff: Backoff,
    within: Duration,
    mut look: F,
    mut waiting: impl FnMut(Duration),
) -> Result<T, P>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = ControlFlow<T, P>>,
{
    let started = Instant::now();
    let mut wait = backoff.first;
    loop {
        let pending = match look().await {
            ControlFlow::Break(answer) => return Ok(answer),
            ControlFlow::Continue(pending) => pending,
        };
        if started.elapsed() + wait > within {
            return Err(pending);
        }
        waiting(wait);
        tokio::time::sleep(wait).await;
        wait = (wait * 2).min(backoff.most);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FAST: Backoff = Backoff {
        first: Duration::from_millis(1),
        most: Duration::from_millis(4),
    };

    fn run<T>(f: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn asks_again_until_the_answer_is_final() {
        let mut looks = 0;
        let mut waits = Vec::new();
        let answer: Result<u32, ()> = run(until(
            FAST,
            Duration::from_secs(10),
            || {
                looks += 1;
                let n = looks;
                async move {
                    if n < 5 {
                        ControlFlow::Continue(())
                    } else {
                        ControlFlow::Break(n)
                    }
                }
            },
            |w| waits.push(w.as_millis()),
        ));
        assert_eq!(answer, Ok(5));
        // Doubling, capped.
        assert_eq!(waits, [1, 2, 4, 4]);
    }

    #[test]
    fn a_final_failure_ends_at_once() {
        let mut looks = 0;
        let answer: Result<Result<(), &str>, ()> = run(until(
            FAST,
            Duration::from_secs(10),
            || {
                looks += 1;
                async { ControlFlow::Break(Err("refused")) }
            },
            |_| {},
        ));
        assert_eq!(answer, Ok(Err("refused")));
        assert_eq!(looks, 1);
    }

    #[test]
    fn the_deadline_returns_the_last_pending_value() {
        let mut looks = 0;
        let answer: Result<(), u32> = run(until(
            FAST,
            Duration::from_millis(30),
            || {
                looks += 1;
                let n = looks;
                async move { ControlFlow::Continue(n) }
            },
            |_| {},
        ));
        // 1 + 2 + 4 + 4 + … ms: the wait that would pass 30 ms is not started.
        let last = answer.unwrap_err();
        assert!((2..=9).contains(&last), "{last}");
        assert_eq!(last, looks);
    }

    #[test]
    fn no_time_means_one_look() {
        let mut looks = 0;
        let answer: Result<(), &str> = run(until(
            FAST,
            Duration::ZERO,
            || {
                looks += 1;
                async { ControlFlow::Continue("not yet") }
            },
            |_| panic!("no wait within no time"),
        ));
        assert_eq!(answer, Err("not yet"));
        assert_eq!(looks, 1);
    }
}
