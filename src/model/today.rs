//! The build's date, "today": what decides whether a story is still new
//! (the welcome banner) and what a digest's week is counted back from.
//!
//! Read once, at the command line (`--today`, `POTLUCK_TODAY`, else the
//! clock's UTC date), and passed down, so every stage sees the same day and
//! a build is a pure function of its files and this date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A calendar day standing for "now".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Today(pub NaiveDate);

impl Today {
    /// The clock's date in UTC (the same day on every runner, whatever its zone).
    pub fn from_clock() -> Today {
        Today(chrono::Utc::now().date_naive())
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }

    /// Whole days from `day` to today (negative for a day still to come).
    pub fn days_since(self, day: NaiveDate) -> i64 {
        (self.0 - day).num_days()
    }
}

impl std::fmt::Display for Today {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}
