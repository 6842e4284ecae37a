//! Lists, counts and dates in plain English words, the way every stage writes them.

use chrono::{Datelike, NaiveDate};

/// The months in words, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "1 May 2024": how every page and badge writes a day (never "2024-05-01",
/// which readers outside ISO-land misread).
pub fn human_date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
}

/// "May 2024".
pub fn human_month(year: i32, month0: usize) -> String {
    format!("{} {year}", MONTHS[month0 % 12])
}

/// "a", "a and b", "a, b and c" ("" for none).
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

/// "1 story" / "3 stories".
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_counts_read_as_english() {
        assert_eq!(and_list::<&str>(&[]), "");
        assert_eq!(and_list(&["a"]), "a");
        assert_eq!(and_list(&["a", "b"]), "a and b");
        assert_eq!(
            and_list(&["a".to_string(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!(count(1, "story", "stories"), "1 story");
        assert_eq!(count(0, "story", "stories"), "0 stories");
    }

    #[test]
    fn dates_read_as_words() {
        let d = NaiveDate::from_ymd_opt(2023, 3, 21).unwrap();
        assert_eq!(human_date(d), "21 March 2023");
        assert_eq!(human_month(2024, 10), "November 2024");
    }
}
