//! Numbers as readers of the site's language write them: CLDR's grouping
//! and decimal separators and the language's default numbering system
//! ("1,234" in English, "1.234" in German, "١٬٢٣٤" in Arabic), from
//! icu4x's `icu_decimal` with its compiled CLDR data, never a table here.
//!
//! One formatter per catalogue (`Numbers`), used by Rust code, by Fluent
//! (every `{ $n }` a catalogue prints: `Catalogue::new` installs
//! `fluent_number` as the bundles' formatter) and by the templates'
//! `number` filter. Machine-readable numbers (attributes, JSON, feeds' XML
//! values, CSS) never come through here and stay ASCII.

use std::collections::HashMap;

use fluent_bundle::FluentValue;
use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;

/// The number formatter of one language.
#[derive(Debug)]
pub struct Numbers {
    formatter: DecimalFormatter,
    /// The language's ten digits, when they are not ASCII ('0'..'9').
    digits: Option<[char; 10]>,
}

impl Numbers {
    /// The formatter for a BCP 47 tag; English's for a tag icu4x cannot
    /// parse. An unknown language falls back along CLDR's own chain (to
    /// the root locale's "1,234").
    pub fn of(tag: &str) -> Numbers {
        let locale = Locale::try_from_str(tag)
            .or_else(|_| Locale::try_from_str(tag.split(['-', '_']).next().unwrap_or("en")))
            .unwrap_or(Locale::UNKNOWN);
        let formatter = DecimalFormatter::try_new((&locale).into(), Default::default())
            .or_else(|_| DecimalFormatter::try_new(Default::default(), Default::default()))
            .expect("icu_decimal's compiled data has the root locale");
        let mut n = Numbers {
            formatter,
            digits: None,
        };
        let mut digits = ['0'; 10];
        for (i, d) in digits.iter_mut().enumerate() {
            *d = n.int(i as i64).chars().next().unwrap_or('0');
        }
        n.digits = (digits != ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']).then_some(digits);
        n
    }

    /// A whole number: "1,234", "1.234", "١٬٢٣٤".
    pub fn int(&self, n: i64) -> String {
        self.formatter.format(&Decimal::from(n)).to_string()
    }

    /// A number written in ASCII ("70.5", "-3", "1234"), as the language
    /// writes it, keeping its digits after the point; the text itself when
    /// it is not a number.
    pub fn ascii(&self, text: &str) -> String {
        match Decimal::try_from_str(text) {
            Ok(d) => self.formatter.format(&d).to_string(),
            Err(_) => text.to_string(),
        }
    }

    /// `x` with `places` digits after the decimal separator: "70.5", "70,5".
    pub fn decimal(&self, x: f64, places: usize) -> String {
        self.ascii(&format!("{x:.places$}"))
    }

    /// `text` with its ASCII digits in the language's own digits: for what
    /// another formatter wrote (a date's day and year).
    pub fn digits(&self, text: &str) -> String {
        let Some(digits) = self.digits else {
            return text.to_string();
        };
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => digits[d as usize],
                _ => c,
            })
            .collect()
    }
}

/// Fluent's number formatting for a bundle: a number argument (`{ $n }`)
/// written by `Numbers` in the bundle's language; plural selection still
/// sees the number itself. Formatters are made once per language and kept
/// in the bundle's memoizer.
pub fn fluent_number(
    value: &FluentValue,
    memo: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let text = n.as_string();
    memo.with_try_get::<Memo, _, _>((), |m| m.0.ascii(&text))
        .ok()
}

/// `Numbers` as the memoizer keeps it.
struct Memo(Numbers);

impl intl_memoizer::Memoizable for Memo {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Memo(Numbers::of(&lang.to_string())))
    }
}

/// The templates' `number` filter: `{{ counts.members | number }}`.
pub struct NumberFilter {
    pub numbers: std::sync::Arc<Numbers>,
}

impl tera::Filter for NumberFilter {
    fn filter(
        &self,
        value: &tera::Value,
        _: &HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        let text = match value {
            tera::Value::Number(n) => self.numbers.ascii(&n.to_string()),
            tera::Value::String(s) => self.numbers.ascii(s),
            other => return Err(tera::Error::msg(format!("number: not a number: {other}"))),
        };
        Ok(tera::Value::String(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_groups_and_writes_its_digits() {
        assert_eq!(Numbers::of("en").int(1234), "1,234");
        assert_eq!(Numbers::of("en").int(12), "12");
        assert_eq!(Numbers::of("de").int(1234), "1.234");
        assert_eq!(Numbers::of("de").decimal(70.5, 1), "70,5");
        assert_eq!(Numbers::of("en").ascii("70.5"), "70.5");
        // CLDR: Arabic's default numbering system is "arab" in the Arab
        // world's regions (ar-EG, ar-SA, ...); since CLDR 42 it is "latn" for
        // `ar` alone (Modern Standard Arabic, no region) and in the Maghreb.
        assert_eq!(Numbers::of("ar-EG").int(1234), "١٬٢٣٤");
        assert_eq!(Numbers::of("ar-SA").decimal(70.5, 1), "٧٠٫٥");
        assert_eq!(Numbers::of("ar").int(1234), "1,234");
        assert_eq!(Numbers::of("ar-MA").int(1234), "1.234");
        assert_eq!(Numbers::of("he").int(1234), "1,234");
        assert_eq!(Numbers::of("fr").int(1234), "1\u{202f}234");
        assert_eq!(Numbers::of("ja").int(1234), "1,234");
        // Polish groups only from five digits (CLDR's minimumGroupingDigits 2).
        assert_eq!(Numbers::of("pl").int(1234), "1234");
        assert_eq!(Numbers::of("pl").int(12345), "12\u{a0}345");
        assert_eq!(Numbers::of("es").int(1234), "1234");
        assert_eq!(Numbers::of("pt-BR").int(1234), "1.234");
        assert_eq!(Numbers::of("ar-EG").digits("1 مايو 2024"), "١ مايو ٢٠٢٤");
        assert_eq!(Numbers::of("de").digits("2024"), "2024");
        assert_eq!(Numbers::of("xx").int(1234), "1,234");
    }

    #[test]
    fn catalogues_write_their_counts_so_and_still_pick_the_plural_by_the_number() {
        let theme = crate::i18n::default_catalogues();
        let de = crate::i18n::Catalogue::new("de", &theme, None).unwrap();
        assert_eq!(de.count("count-stories", 1234), "1.234 Geschichten");
        assert_eq!(de.count("count-stories", 1), "1 Geschichte");
        let en = crate::i18n::Catalogue::english();
        assert_eq!(en.count("count-stories", 1234), "1,234 stories");
        let eg = crate::i18n::Catalogue::new("ar-EG", &theme, None).unwrap();
        // 11 is CLDR's "many" in Arabic: "١١ قصة".
        assert_eq!(eg.count("count-stories", 11), "١١ قصة");
        let date = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
        assert_eq!(eg.date(date), "١ مايو ٢٠٢٤");
    }
}
