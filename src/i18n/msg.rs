//! A sentence made in Rust but worded by the catalogue: recognition says
//! *what* (a key and its values), render says it in the site's language.

use chrono::NaiveDate;

/// A catalogue key with its arguments ("badge-thanked-why", n = 3).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// One argument's value, formatted by the catalogue's language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Arg {
    Str(String),
    /// Selects plural forms.
    Num(i64),
    /// Written as the language writes dates.
    Date(NaiveDate),
    /// A month (year, month from 0), written as the language writes months.
    Month(i32, u32),
    /// Items joined as the language joins a list ("a, b and c"), ending
    /// with "N more" when the second value is not 0.
    List(Vec<String>, usize),
}

impl Msg {
    pub fn new(key: &'static str) -> Msg {
        Msg {
            key,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: Arg) -> Msg {
        self.args.push((name, value));
        self
    }

    pub fn str(self, name: &'static str, value: impl Into<String>) -> Msg {
        self.arg(name, Arg::Str(value.into()))
    }

    pub fn num(self, name: &'static str, n: usize) -> Msg {
        self.arg(name, Arg::Num(n as i64))
    }
}
