//! Field validators shared by stories, members and pages: each returns a
//! message and a help line, and the caller adds the file position.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use crate::load::frontmatter::{is_bidi_mark, key_position, value_position, value_start};
use crate::util::diag::Diagnostic;

/// The kind of content file a front-matter field is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    Member,
    Story,
}

impl Holder {
    /// What a content file is, from its path: `content/members/<handle>.md`,
    /// `content/stories/<slug>.md` or `content/stories/<slug>/index.md`.
    pub fn of(path: &str) -> Option<Holder> {
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            ["content", "members", name] if name.ends_with(".md") => Some(Holder::Member),
            ["content", "stories", name] if name.ends_with(".md") => Some(Holder::Story),
            ["content", "stories", _, "index.md"] => Some(Holder::Story),
            _ => None,
        }
    }
}

/// The fields that are the brand's to grant, not a contributor's to claim:
/// `check --changed-from` reports every change of one to the reviewing host
/// (docs/host-guide.md, "Granting"). A new field of that kind is added here,
/// and only here.
pub const GRANTED: &[(Holder, &str)] = &[
    (Holder::Member, "role"),
    (Holder::Member, "awards"),
    (Holder::Story, "featured"),
    (Holder::Story, "status"),
    (Holder::Story, "status_note"),
    (Holder::Story, "status_date"),
];

/// The granted fields of one kind of file, in `GRANTED`'s order.
pub fn granted(holder: Holder) -> impl Iterator<Item = &'static str> {
    GRANTED
        .iter()
        .filter(move |(h, _)| *h == holder)
        .map(|(_, key)| *key)
}

/// A front matter being validated: collects diagnostics positioned in the file.
pub struct Checker<'a> {
    pub path: &'a str,
    pub yaml: &'a str,
    pub yaml_line: usize,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    pub fn new(path: &'a str, yaml: &'a str, yaml_line: usize) -> Self {
        Checker {
            path,
            yaml,
            yaml_line,
            diags: Vec::new(),
        }
    }

    /// Reports a problem on the line of `key`.
    pub fn at_key(&mut self, key: &str, code: &'static str, msg: String, help: String) {
        let (l, c) = key_position(self.yaml, key).unwrap_or((1, 1));
        self.push(l, c, code, msg, help);
    }

    /// Reports a problem at the value written beside `key:`.
    pub fn at_value_of(&mut self, key: &str, code: &'static str, msg: String, help: String) {
        let (l, c) = value_start(self.yaml, key).unwrap_or((1, 1));
        self.push(l, c, code, msg, help);
    }

    /// Reports a problem at `value` inside the field `key` (a list item).
    pub fn at_value(
        &mut self,
        key: &str,
        value: &str,
        code: &'static str,
        msg: String,
        help: String,
    ) {
        let (l, c) = value_position(self.yaml, key, value).unwrap_or((1, 1));
        self.push(l, c, code, msg, help);
    }

    /// A required field that is absent, reported where serde would: at the
    /// front matter's first line. Required fields are optional in the schemas
    /// so that the file's other problems are still found.
    pub fn missing(&mut self, key: &str) {
        // A misspelt key already says "did you mean `key`?": that is the fix.
        let suggestion = format!("did you mean `{key}`?");
        if self.diags.iter().any(|d| d.help == suggestion) {
            return;
        }
        self.push(
            1,
            1,
            "missing-field",
            format!("missing field `{key}`"),
            format!("add a line `{key}: ...` to the front matter"),
        );
    }

    fn push(&mut self, line: usize, col: usize, code: &'static str, msg: String, help: String) {
        self.diags.push(
            Diagnostic::error(self.path, code, msg)
                .at(line + self.yaml_line - 1, col)
                .help(help),
        );
    }

    /// Where `value`, written at `key`, is in the file (1-based line, column).
    pub fn position_of(&self, key: &str, value: &str) -> (usize, usize) {
        let (l, c) = value_position(self.yaml, key, value).unwrap_or((1, 1));
        (l + self.yaml_line - 1, c)
    }

    /// A required one-line text: not blank, no control, invisible or bidi
    /// override characters; the direction marks of right-to-left writing pass.
    pub fn text(&mut self, key: &str, value: &str) {
        if value.trim().is_empty() {
            self.at_key(
                key,
                "empty-field",
                format!("`{key}` is empty"),
                format!("write a value for `{key}`"),
            );
        } else if let Some(c) = bad_char(value).filter(|&c| !is_bidi_mark(c)) {
            self.at_value_of(
                key,
                "bad-character",
                format!(
                    "`{key}` contains the invisible or control character U+{:04X}",
                    c as u32
                ),
                "remove it; retype the text if it was pasted".into(),
            );
        }
    }

    /// A date field; returns it when valid.
    pub fn date(&mut self, key: &str, value: &str) -> Option<DateTime<FixedOffset>> {
        let parsed = parse_date(value);
        if parsed.is_none() {
            let help = match fix_date(value) {
                Some(day) => format!("dates are written year-month-day: write `{key}: {day}`"),
                None => {
                    "write YYYY-MM-DD (e.g. 2024-05-01) or RFC 3339 (2024-05-01T09:30:00Z)".into()
                }
            };
            self.at_value_of(
                key,
                "bad-date",
                format!("`{key}` is not a date: `{value}`"),
                help,
            );
        }
        parsed
    }

    /// A list of tag slugs (tags, interests): each must be a slug, no repeats.
    pub fn tags(&mut self, key: &str, tags: &[String]) {
        for (i, t) in tags.iter().enumerate() {
            if !crate::util::slug::is_slug(t) {
                self.at_value(
                    key,
                    t,
                    "bad-tag",
                    format!("`{t}` in `{key}` is not a tag slug"),
                    format!(
                        "use lowercase letters, digits and hyphens: `{}`",
                        crate::util::slug::slugify(t)
                    ),
                );
            } else if tags[..i].contains(t) {
                self.at_value(
                    key,
                    t,
                    "duplicate-tag",
                    format!("`{t}` appears twice in `{key}`"),
                    "remove one".into(),
                );
            }
        }
    }
}

/// Parses `YYYY-MM-DD` (midnight UTC) or an RFC 3339 date-time.
pub fn parse_date(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        if s.len() == 10 {
            let utc = FixedOffset::east_opt(0)?;
            return d.and_time(NaiveTime::MIN).and_local_timezone(utc).single();
        }
    }
    DateTime::parse_from_rfc3339(s).ok()
}

/// The `YYYY-MM-DD` a person meant by `2024/05/01`, `2024.5.1`, `01/05/2024`
/// (when day and month cannot be mixed up) or a date in curly quotes.
fn fix_date(value: &str) -> Option<NaiveDate> {
    let v = value.trim_matches(|c: char| c.is_whitespace() || "\"'“”‘’„".contains(c));
    let parts: Vec<u32> = v
        .split(['/', '.', '-', ' '])
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (y, m, d) = match parts[..] {
        [y, m, d] if y >= 1000 => (y, m, d),
        [a, b, y] if y >= 1000 && a > 12 => (y, b, a),
        [a, b, y] if y >= 1000 && b > 12 => (y, a, b),
        [a, b, y] if y >= 1000 && a == b => (y, a, b),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Parses a plain `YYYY-MM-DD` date.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    parse_date(s).map(|d| d.date_naive())
}

/// The first character that has no place in a one-line text: controls, bidi
/// overrides and zero-width characters (they let a name look like another).
pub fn bad_char(s: &str) -> Option<char> {
    s.chars().find(|&c| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn granted_fields_are_fields_of_their_files() {
        for (holder, key) in GRANTED {
            let fields = match holder {
                Holder::Member => crate::load::member::FIELDS,
                Holder::Story => crate::load::story::FIELDS,
            };
            assert!(fields.contains(key), "{key} is not a {holder:?} field");
        }
        assert_eq!(
            granted(Holder::Member).collect::<Vec<_>>(),
            ["role", "awards"]
        );
    }

    #[test]
    fn content_files_are_told_apart_by_path() {
        assert_eq!(Holder::of("content/members/ann.md"), Some(Holder::Member));
        assert_eq!(Holder::of("content/stories/a.md"), Some(Holder::Story));
        assert_eq!(
            Holder::of("content/stories/a/index.md"),
            Some(Holder::Story)
        );
        assert_eq!(Holder::of("content/stories/a/notes.md"), None);
        assert_eq!(Holder::of("content/members/ann.png"), None);
        assert_eq!(Holder::of("content/pages/about.md"), None);
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2024-05-01").unwrap().to_rfc3339(),
            "2024-05-01T00:00:00+00:00"
        );
        assert_eq!(
            parse_date("2024-05-01T10:30:00+02:00")
                .unwrap()
                .to_rfc3339(),
            "2024-05-01T10:30:00+02:00"
        );
        assert!(parse_date("2024-13-01").is_none());
        assert!(parse_date("2024-5-1").is_none());
        assert!(parse_date("yesterday").is_none());
    }

    #[test]
    fn dates_with_slashes_are_rewritten_when_unambiguous() {
        let fixed = |s| fix_date(s).map(|d| d.to_string());
        assert_eq!(fixed("2024/05/01").as_deref(), Some("2024-05-01"));
        assert_eq!(fixed("2024.5.1").as_deref(), Some("2024-05-01"));
        assert_eq!(fixed("“2024-05-01”").as_deref(), Some("2024-05-01"));
        assert_eq!(fixed("25/12/2024").as_deref(), Some("2024-12-25"));
        assert_eq!(fixed("12/25/2024").as_deref(), Some("2024-12-25"));
        assert_eq!(fixed("05/01/2024"), None);
        assert_eq!(fixed("2024/02/30"), None);
        assert_eq!(fixed("yesterday"), None);
    }

    #[test]
    fn invisible_characters() {
        assert_eq!(bad_char("Alice\u{202E}"), Some('\u{202E}'));
        assert_eq!(bad_char("Al\u{200B}ice"), Some('\u{200B}'));
        assert_eq!(bad_char("José Núñez"), None);
        assert_eq!(bad_char("Зоя Иванова"), None);
    }
}
