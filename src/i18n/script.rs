//! The catalogue's words for the theme's scripts: `words_json(...)` renders
//! a JSON object the page carries in `<script type="application/json">`,
//! so search.js says "3 results" in the site's language without a
//! catalogue of its own.
//!
//! A key with a count becomes one text per CLDR plural category of the
//! language ({"one": "{n} result", "other": "{n} results"}); the script
//! picks one with `Intl.PluralRules` and puts the number in for `{n}`.
//! Other placeables stay as `{name}` for the script to fill.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::FluentArgs;
use intl_pluralrules::{PluralRuleType, PluralRules};
use serde_json::{json, Value};
use tera::Function;
use unic_langid::LanguageIdentifier;

use super::Catalogue;

/// Numbers that between them reach every category of every shipped
/// language (1.5 for Polish's and Russian's fractions-only "other").
const SAMPLES: [f64; 14] = [
    0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 11.0, 12.0, 21.0, 100.0, 101.0, 1e6, 1.5,
];

/// `words_json(keys=[...], plurals=[...], args=[...])`.
pub struct WordsJson {
    pub catalogue: Arc<Catalogue>,
}

fn strings(args: &HashMap<String, Value>, name: &str) -> Vec<String> {
    args.get(name)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The named placeables as `{name}`, for the script to fill in.
fn markers(names: &[String]) -> FluentArgs<'static> {
    let mut fargs = FluentArgs::new();
    for name in names {
        fargs.set(name.clone(), format!("{{{name}}}"));
    }
    fargs
}

/// `key`'s text for each plural category of the language, with `{n}`.
pub fn plural_forms(c: &Catalogue, key: &str, names: &[String]) -> BTreeMap<&'static str, String> {
    // "zh-CN" has the rules of "zh"; a language CLDR lacks counts as English.
    let primary = c.lang().split(['-', '_']).next().unwrap_or("en");
    let rules = [c.lang(), primary, "en"].into_iter().find_map(|tag| {
        let id: LanguageIdentifier = tag.parse().ok()?;
        PluralRules::create(id, PluralRuleType::CARDINAL).ok()
    });
    let mut out = BTreeMap::new();
    let Some(rules) = rules else { return out };
    for n in SAMPLES {
        let Ok(category) = rules.select(n) else {
            continue;
        };
        let name = category_name(category);
        if out.contains_key(name) {
            continue;
        }
        let mut fargs = markers(names);
        fargs.set("n", n);
        let ascii = if n.fract() == 0.0 {
            format!("{n:.0}")
        } else {
            n.to_string()
        };
        // As Fluent wrote it ("1.000.000"); the script writes its own with
        // Intl.NumberFormat.
        let shown = c.numbers().ascii(&ascii);
        out.insert(name, c.format(key, Some(&fargs)).replace(&shown, "{n}"));
    }
    out
}

fn category_name(c: intl_pluralrules::PluralCategory) -> &'static str {
    use intl_pluralrules::PluralCategory::*;
    match c {
        ZERO => "zero",
        ONE => "one",
        TWO => "two",
        FEW => "few",
        MANY => "many",
        OTHER => "other",
    }
}

impl Function for WordsJson {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let c = &self.catalogue;
        let names = strings(args, "args");
        let mut words = serde_json::Map::new();
        words.insert("lang".into(), json!(c.lang()));
        for key in strings(args, "keys") {
            let text = c.format(&key, Some(&markers(&names)));
            words.insert(key, json!(text));
        }
        for key in strings(args, "plurals") {
            words.insert(key.clone(), json!(plural_forms(c, &key, &names)));
        }
        // In a <script> element only "</" could end it early.
        let text = Value::Object(words).to_string().replace('<', "\\u003c");
        Ok(Value::String(text))
    }

    fn is_safe(&self) -> bool {
        true
    }
}
