//! Advisory locks on a file beside what they guard, with a bounded wait: other ecrctl
//! processes wait their turn; a wait that runs out says what it waited for.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A lock held until dropped (closing the file releases it, also when the process dies).
#[derive(Debug)]
pub struct Held {
    _file: File,
}

/// Why a lock was not taken.
#[derive(Debug)]
pub enum LockError {
    /// Another process held it for the whole wait.
    TimedOut { path: PathBuf, waited: Duration },
    /// The lock file could not be opened or locked.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl std::fmt::Display for LockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LockError::TimedOut { path, waited } => write!(
                f,
                "waited {:.1} s for the lock {} (another ecrctl holds it)",
                waited.as_secs_f64(),
                path.display()
            ),
            LockError::Io { path, error } => write!(f, "locking {}: {error}", path.display()),
        }
    }
}

impl std::error::Error for LockError {}

/// Take the exclusive lock on `path` (created 0600 if missing; never removed, so that two
/// processes never lock two different files of the same name), waiting at most `wait`.
pub fn acquire(path: &Path, wait: Duration) -> Result<Held, LockError> {
    let io = |error| LockError::Io {
        path: path.to_path_buf(),
        error,
    };
    let file = open(path).map_err(io)?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(Held { _file: file }),
            Err(TryLockError::WouldBlock) => {}
            Err(TryLockError::Error(e)) => return Err(io(e)),
        }
        let waited = started.elapsed();
        if waited >= wait {
            return Err(LockError::TimedOut {
                path: path.to_path_buf(),
                waited,
            });
        }
        std::thread::sleep(pause.min(wait - waited));
        pause = (pause * 2).min(Duration::from_millis(100));
    }
}

/// The lock file, created if need be (0600 where modes exist), never truncated.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_makes_others_wait_then_time_out_saying_what() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("x.lock");
        let held = acquire(&p, Duration::from_secs(1)).unwrap();
        let started = Instant::now();
        let e = acquire(&p, Duration::from_millis(200)).unwrap_err();
        assert!(started.elapsed() >= Duration::from_millis(200));
        assert!(matches!(e, LockError::TimedOut { .. }));
        assert!(e.to_string().contains("x.lock"), "{e}");
        drop(held);
        assert!(acquire(&p, Duration::from_millis(200)).is_ok());
    }

    #[test]
    fn a_released_lock_is_taken_by_a_waiter() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("y.lock");
        let held = acquire(&p, Duration::from_secs(1)).unwrap();
        let q = p.clone();
        let waiter = std::thread::spawn(move || acquire(&q, Duration::from_secs(5)).is_ok());
        std::thread::sleep(Duration::from_millis(100));
        drop(held);
        assert!(waiter.join().unwrap());
    }
}
