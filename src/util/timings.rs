//! Stage timings for finding where a build spends its time: with
//! `POTLUCK_TIMINGS=1` set, each lap prints the time since the start.

use std::time::Instant;

/// A stopwatch that prints laps only when `POTLUCK_TIMINGS` is set.
pub struct Laps {
    start: Instant,
    on: bool,
    indent: &'static str,
}

impl Default for Laps {
    /// Laps of a whole build.
    fn default() -> Laps {
        Laps::nested("")
    }
}

impl Laps {
    /// Laps of a part of a stage, printed indented under it.
    pub fn nested(indent: &'static str) -> Laps {
        Laps {
            start: Instant::now(),
            on: std::env::var_os("POTLUCK_TIMINGS").is_some(),
            indent,
        }
    }

    pub fn lap(&self, what: &str) {
        if self.on {
            let ms = self.start.elapsed().as_secs_f64() * 1000.0;
            eprintln!("{}{what:>12} {ms:>7.1} ms", self.indent);
        }
    }
}
