//! What a site language means besides its words: the writing direction and
//! how dates are written, following CLDR's long date pattern for each shipped
//! language, with month names from chrono's locale data (never a table here).

use chrono::{Datelike, Locale, NaiveDate};

/// One language potluck knows how to write dates in and lay out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocaleSpec {
    /// The primary subtag (or subtag pair) this row answers for: "de", "pt-BR".
    pub tag: &'static str,
    /// chrono's locale: month names.
    pub chrono: Locale,
    /// A full date ("1 May 2024", "1. Mai 2024"), as CLDR's long date
    /// pattern, in chrono's strftime syntax.
    pub date: &'static str,
    /// A month of a year, as charts and the streak badge write it.
    pub month: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

/// Every language with dates and direction built in (catalogues may lag:
/// a language here without its `.ftl` falls back to English words).
const LOCALES: [LocaleSpec; 12] = [
    spec("en", Locale::en_GB, "%-d %B %Y", "%b %Y", false),
    spec("de", Locale::de_DE, "%-d. %B %Y", "%b %Y", false),
    spec("fr", Locale::fr_FR, "%-d %B %Y", "%b %Y", false),
    spec("es", Locale::es_ES, "%-d de %B de %Y", "%b %Y", false),
    spec("pt-BR", Locale::pt_BR, "%-d de %B de %Y", "%b %Y", false),
    spec("it", Locale::it_IT, "%-d %B %Y", "%b %Y", false),
    spec("nl", Locale::nl_NL, "%-d %B %Y", "%b %Y", false),
    spec("pl", Locale::pl_PL, "%-d %B %Y", "%b %Y", false),
    spec("ja", Locale::ja_JP, "%Y年%-m月%-d日", "%Y年%-m月", false),
    spec("zh-CN", Locale::zh_CN, "%Y年%-m月%-d日", "%Y年%-m月", false),
    spec("ar", Locale::ar_EG, "%-d %B %Y", "%B %Y", true),
    spec("he", Locale::he_IL, "%-d ב%B %Y", "%B %Y", true),
];

const fn spec(
    tag: &'static str,
    chrono: Locale,
    date: &'static str,
    month: &'static str,
    rtl: bool,
) -> LocaleSpec {
    LocaleSpec {
        tag,
        chrono,
        date,
        month,
        rtl,
    }
}

/// Right-to-left scripts' languages, for a story's `lang:` too (which may
/// name a language potluck has no catalogue for).
const RTL: [&str; 9] = ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv"];

impl LocaleSpec {
    /// The row for a BCP 47 tag: the exact region first ("pt-BR"), then the
    /// language alone ("de-AT" is "de"); English when potluck has neither.
    pub fn of(tag: &str) -> LocaleSpec {
        let lower = tag.to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or("");
        LOCALES
            .iter()
            .find(|l| l.tag.eq_ignore_ascii_case(&lower))
            .or_else(|| LOCALES.iter().find(|l| l.tag.eq_ignore_ascii_case(primary)))
            .or_else(|| {
                LOCALES
                    .iter()
                    .find(|l| l.tag.starts_with(primary) && !primary.is_empty())
            })
            .copied()
            .unwrap_or(LOCALES[0])
    }

    /// "1 May 2024", "1. Mai 2024", "2024年5月1日", "1er mai 2024".
    pub fn date(&self, d: NaiveDate) -> String {
        let pattern = match self.first_day() {
            Some(first) if d.day() == 1 => first,
            _ => self.date,
        };
        d.format_localized(pattern, self.chrono).to_string()
    }

    /// The long date of a month's first day where the language writes that
    /// day as an ordinal: French typography's "1er mai" (premier), never
    /// "1 mai"; every other day is a cardinal ("2 mai").
    fn first_day(&self) -> Option<&'static str> {
        match self.tag {
            "fr" => Some("1er %B %Y"),
            _ => None,
        }
    }

    /// "May 2024", "Mai 2024", "مايو 2024".
    pub fn month(&self, year: i32, month0: u32) -> String {
        NaiveDate::from_ymd_opt(year, month0 + 1, 1)
            .map(|d| d.format_localized(self.month, self.chrono).to_string())
            .unwrap_or_default()
    }
}

/// "rtl" for a tag whose language is written right to left, else "ltr".
pub fn dir(tag: &str) -> &'static str {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    if RTL.iter().any(|r| r.eq_ignore_ascii_case(primary)) {
        "rtl"
    } else {
        "ltr"
    }
}

/// Whether `tag` looks like a BCP 47 language tag: a 2-3 letter language,
/// then subtags of 1-8 letters or digits ("es", "pt-BR", "zh-Hans-CN").
pub fn valid_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()
    }

    #[test]
    fn dates_follow_each_language() {
        assert_eq!(LocaleSpec::of("en").date(day()), "1 May 2024");
        assert_eq!(LocaleSpec::of("de").date(day()), "1. Mai 2024");
        assert_eq!(LocaleSpec::of("de-AT").date(day()), "1. Mai 2024");
        assert_eq!(LocaleSpec::of("ar").date(day()), "1 مايو 2024");
        assert_eq!(LocaleSpec::of("ja").date(day()), "2024年5月1日");
        assert_eq!(LocaleSpec::of("pt-BR").date(day()), "1 de maio de 2024");
        assert_eq!(LocaleSpec::of("fr").date(day()), "1er mai 2024");
        assert_eq!(LocaleSpec::of("fr-CA").date(day()), "1er mai 2024");
        let second = NaiveDate::from_ymd_opt(2026, 5, 2).unwrap();
        assert_eq!(LocaleSpec::of("fr").date(second), "2 mai 2026");
        assert_eq!(LocaleSpec::of("xx").date(day()), "1 May 2024");
        assert_eq!(LocaleSpec::of("en").month(2024, 10), "Nov 2024");
        assert_eq!(LocaleSpec::of("de").month(2024, 2), "Mär 2024");
    }

    #[test]
    fn direction_and_tags() {
        assert_eq!(dir("ar"), "rtl");
        assert_eq!(dir("he-IL"), "rtl");
        assert_eq!(dir("es"), "ltr");
        assert!(valid_tag("es") && valid_tag("pt-BR") && valid_tag("zh-Hans-CN"));
        assert!(!valid_tag("e") && !valid_tag("english") && !valid_tag("es_ES") && !valid_tag(""));
    }
}
