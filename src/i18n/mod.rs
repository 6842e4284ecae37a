//! Translations: every word the theme and generated pages show comes from a
//! Fluent catalogue (themes/<theme>/i18n/<lang>.ftl, built into the binary
//! with the default theme), in the site's `language:`, with English as the
//! fallback for a key a catalogue lacks, and the site's own
//! `content/translations.ftl` overriding any key (docs/translations.md).
//!
//! Templates call `t(key=..., n=...)`; Rust code formats a `Msg`. Dates and
//! the writing direction come from `locale`.

pub mod html;
pub mod locale;
pub mod msg;
pub mod number;
pub mod script;
pub mod site;

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::util::diag::Diagnostic;
pub use locale::LocaleSpec;
pub use msg::{Arg, Msg};
pub use number::Numbers;

/// The site's own catalogue, beside site.yaml: any key it sets wins.
pub const SITE_FILE: &str = "content/translations.ftl";

type Bundle = FluentBundle<FluentResource>;

/// The default theme's catalogues (the theme embeds them too, with the
/// rest of its files; this copy serves callers without a theme).
static DEFAULT_CATALOGUES: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/themes/default/i18n");

/// The default theme's catalogues as (file name, text).
pub fn default_catalogues() -> Vec<(String, String)> {
    DEFAULT_CATALOGUES
        .files()
        .filter_map(|f| {
            let name = f.path().file_name()?.to_str()?.to_string();
            Some((name, f.contents_utf8()?.to_string()))
        })
        .collect()
}

/// The catalogue of one site language, ready to format.
pub struct Catalogue {
    /// The site language's catalogue with the site's overrides.
    main: Bundle,
    /// English (with the site's overrides too when the site is English):
    /// what a key missing from `main` says.
    english: Bundle,
    locale: LocaleSpec,
    numbers: Arc<Numbers>,
    lang: String,
    /// The keys of the theme's English catalogue: every key there is.
    keys: Vec<String>,
    /// The text of every key without arguments, formatted once: most of a
    /// page's words, looked up thousands of times a build.
    plain: HashMap<String, String>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Catalogue({})", self.lang)
    }
}

/// The theme's catalogue file for `lang`: the exact tag ("pt-BR.ftl"),
/// else its language ("de.ftl" for "de-AT").
fn theme_file<'a>(files: &'a [(String, String)], lang: &str) -> Option<&'a str> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang);
    [lang, primary].iter().find_map(|want| {
        files
            .iter()
            .find(|(name, _)| {
                name.strip_suffix(".ftl")
                    .is_some_and(|n| n.eq_ignore_ascii_case(want))
            })
            .map(|(_, text)| text.as_str())
    })
}

fn bundle(lang: &str, texts: &[(&str, &str)]) -> Result<Bundle, Vec<Diagnostic>> {
    let id: LanguageIdentifier = lang
        .parse()
        .unwrap_or_else(|_| "en".parse().expect("en is a language"));
    let mut b = Bundle::new_concurrent(vec![id]);
    // Unicode isolation marks around every value would change every English
    // page's bytes; the HTML's own lang/dir attributes carry the direction.
    b.set_use_isolating(false);
    // `{ $n }` as the language writes numbers ("1.234", "١٬٢٣٤").
    b.set_formatter(Some(number::fluent_number));
    for (path, text) in texts {
        let res = FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
            errors
                .iter()
                .map(|e| {
                    let (line, col) = site::line_col(text, e.pos.start);
                    Diagnostic::error(*path, "translation-syntax", format!("{}", e.kind))
                        .at(line, col)
                        .help("see docs/translations.md for the Fluent syntax")
                })
                .collect::<Vec<_>>()
        })?;
        b.add_resource_overriding(res);
    }
    Ok(b)
}

impl Catalogue {
    /// The catalogue for `lang` from the theme's `i18n/` files (name,
    /// text) and the site's own file (its text), if any.
    pub fn new(
        lang: &str,
        theme: &[(String, String)],
        site_text: Option<&str>,
    ) -> Result<Catalogue, Vec<Diagnostic>> {
        let en = theme_file(theme, "en").unwrap_or("");
        let own = theme_file(theme, lang).unwrap_or(en);
        let mut main_texts = vec![("the theme's catalogue", own)];
        let mut en_texts = vec![("the theme's en.ftl", en)];
        if let Some(text) = site_text {
            main_texts.push((SITE_FILE, text));
            if locale::LocaleSpec::of(lang).tag == "en" {
                en_texts.push((SITE_FILE, text));
            }
        }
        let mut c = Catalogue {
            main: bundle(lang, &main_texts)?,
            english: bundle("en", &en_texts)?,
            locale: LocaleSpec::of(lang),
            numbers: Arc::new(Numbers::of(lang)),
            lang: lang.to_string(),
            keys: site::keys(en)
                .into_iter()
                .map(|(k, _)| k.to_string())
                .collect(),
            plain: HashMap::new(),
        };
        c.plain = c
            .keys
            .iter()
            .filter_map(|k| Some((k.clone(), c.format_plain(k)?)))
            .collect();
        Ok(c)
    }

    /// English only, from the default theme: for tests and for callers
    /// without a site.
    pub fn english() -> Catalogue {
        Catalogue::new("en", &default_catalogues(), None)
            .expect("the default English catalogue parses")
    }

    /// The default theme's catalogue for `lang` with the site's own file
    /// under `root`, for what the command line writes for a site's readers
    /// (`check --summary`, `digest`). A site file that cannot be read or
    /// parsed is left out here: `check` reports it, and the words stay
    /// the theme's.
    pub fn for_site(lang: &str, root: &std::path::Path) -> Catalogue {
        let site_text = std::fs::read_to_string(root.join(SITE_FILE)).ok();
        let theme = default_catalogues();
        Catalogue::new(lang, &theme, site_text.as_deref())
            .or_else(|_| Catalogue::new(lang, &theme, None))
            .unwrap_or_else(|_| Catalogue::english())
    }

    /// Every key of the theme's catalogue.
    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// The site language's tag, as site.yaml gives it.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// "rtl" or "ltr".
    pub fn dir(&self) -> &'static str {
        locale::dir(&self.lang)
    }

    /// A date as the language writes it, in its own digits.
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        self.numbers.digits(&self.locale.date(d))
    }

    /// A month of a year ("Mar 2025") as the language writes it.
    pub fn month(&self, year: i32, month0: u32) -> String {
        self.numbers.digits(&self.locale.month(year, month0))
    }

    /// A count as the language writes it: "1,234", "1.234", "١٬٢٣٤".
    pub fn number(&self, n: usize) -> String {
        self.numbers.int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// The language's number formatter, for the templates' `number` filter.
    pub fn numbers(&self) -> Arc<Numbers> {
        Arc::clone(&self.numbers)
    }

    /// The text of a key that needs no argument (`None` when it does).
    fn format_plain(&self, key: &str) -> Option<String> {
        let bundle = if self.main.has_message(key) {
            &self.main
        } else {
            &self.english
        };
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned();
        errors.is_empty().then_some(text)
    }

    /// The text of `key` with `args`; the key itself when no catalogue has it.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        if args.is_none_or(|a| a.iter().next().is_none()) {
            if let Some(text) = self.plain.get(key) {
                return text.clone();
            }
        }
        let bundle = if self.main.has_message(key) {
            &self.main
        } else {
            &self.english
        };
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// A key without arguments.
    pub fn t(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// A key with one count (`$n`), for plurals.
    pub fn count(&self, key: &str, n: usize) -> String {
        let mut args = FluentArgs::new();
        args.set("n", n);
        self.format(key, Some(&args))
    }

    /// A message made in Rust.
    pub fn msg(&self, m: &Msg) -> String {
        if m.key.is_empty() {
            return String::new();
        }
        let mut args = FluentArgs::new();
        for (name, value) in &m.args {
            args.set(*name, self.value(value));
        }
        self.format(m.key, Some(&args))
    }

    fn value(&self, a: &Arg) -> FluentValue<'static> {
        match a {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Date(d) => FluentValue::from(self.date(*d)),
            Arg::Month(y, m) => FluentValue::from(self.month(*y, *m)),
            Arg::List(items, more) => FluentValue::from(self.list(items, *more)),
        }
    }

    /// "a", "a and b", "a, b and c" (and "a, b and 2 more") in the language.
    pub fn list<S: AsRef<str>>(&self, items: &[S], more: usize) -> String {
        let mut all: Vec<String> = items.iter().map(|s| s.as_ref().to_string()).collect();
        if more > 0 {
            all.push(self.count("list-more", more));
        }
        match all.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let mut args = FluentArgs::new();
                args.set("first", init.join(&self.t("list-separator")));
                args.set("last", last.clone());
                self.format("list-and", Some(&args))
            }
        }
    }
}

/// Escapes text for HTML text and double-quoted attributes (the theme's
/// only kind); with `apostrophe`, `'` too, as the templates escape values.
fn escape(s: &str, apostrophe: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' if apostrophe => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The templates' `t(key=..., ...)`: the catalogue's text, escaped, with
/// each argument escaped too, except those named `*_html` (a macro's
/// output, already HTML), which are put in as they are; the catalogue
/// names them without the suffix (`names_html` is `{ $names }`).
///
/// `TeraT::text` is `tr(...)`: the plain text, for a value handed to a
/// macro or `set` (which the template escapes when it prints it).
pub struct TeraT {
    pub catalogue: Arc<Catalogue>,
    /// Returns escaped HTML (`t`), or plain text (`tr`).
    pub html: bool,
}

impl TeraT {
    pub fn html(catalogue: Arc<Catalogue>) -> TeraT {
        TeraT {
            catalogue,
            html: true,
        }
    }

    pub fn text(catalogue: Arc<Catalogue>) -> TeraT {
        TeraT {
            catalogue,
            html: false,
        }
    }
}

/// Stands for an argument's HTML while the text around it is escaped.
fn slot(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

/// `text` with each `slot(i)` replaced by `pieces[i]`.
fn fill(text: &str, pieces: &[String]) -> String {
    let mut out = text.to_string();
    for (i, p) in pieces.iter().enumerate() {
        out = out.replace(&slot(i), p);
    }
    out
}

impl tera::Function for TeraT {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"...\""))?;
        let mut fargs = FluentArgs::new();
        let mut html = Vec::new();
        for (name, v) in args.iter().filter(|(n, _)| *n != "key") {
            let (name, value): (&str, FluentValue) = match (name.strip_suffix("_html"), v) {
                (_, tera::Value::Number(n)) => (
                    name,
                    n.as_i64()
                        .map(FluentValue::from)
                        .unwrap_or_else(|| FluentValue::from(n.as_f64().unwrap_or(0.0))),
                ),
                (Some(bare), tera::Value::String(s)) => {
                    html.push(s.clone());
                    (bare, FluentValue::from(slot(html.len() - 1)))
                }
                (_, tera::Value::String(s)) if self.html => {
                    html.push(escape(s, true));
                    (name, FluentValue::from(slot(html.len() - 1)))
                }
                (_, tera::Value::String(s)) => (name, FluentValue::from(s.clone())),
                (_, other) => (name, FluentValue::from(other.to_string())),
            };
            fargs.set(name.to_string(), value);
        }
        let text = self.catalogue.format(key, Some(&fargs));
        if !self.html {
            return Ok(tera::Value::String(text));
        }
        Ok(tera::Value::String(fill(&escape(&text, false), &html)))
    }

    fn is_safe(&self) -> bool {
        self.html
    }
}

#[cfg(test)]
mod tests;
