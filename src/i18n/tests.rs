//! Catalogue tests: every shipped catalogue is complete, English formats
//! as before.

use super::*;
use std::collections::BTreeSet;

fn placeables(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find("{ $") {
        let after = &rest[i + 3..];
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(after.len());
        out.insert(after[..end].to_string());
        rest = &after[end..];
    }
    out
}

/// Each message's text (with its variants), by key.
fn messages(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        match site::keys(line).first() {
            Some((k, _)) if !line.starts_with(' ') => out.push((k.to_string(), line.to_string())),
            _ => {
                if let Some(last) = out.last_mut() {
                    last.1.push('\n');
                    last.1.push_str(line);
                }
            }
        }
    }
    out
}

#[test]
fn every_catalogue_has_every_english_key_with_the_same_placeables() {
    let files = default_catalogues();
    let en = &files.iter().find(|(n, _)| n == "en.ftl").expect("en.ftl").1;
    let english = messages(en);
    assert!(english.len() > 150, "{} keys", english.len());
    for (name, text) in &files {
        Catalogue::new(name.trim_end_matches(".ftl"), &files, None)
            .unwrap_or_else(|e| panic!("{name} does not parse: {e:?}"));
        let theirs: std::collections::HashMap<String, String> =
            messages(text).into_iter().collect();
        for (key, value) in &english {
            let Some(t) = theirs.get(key) else {
                panic!("{name} has no `{key}`");
            };
            assert_eq!(
                placeables(value),
                placeables(t),
                "{name}: `{key}` has other placeables than en.ftl"
            );
        }
        for key in theirs.keys() {
            assert!(
                english.iter().any(|(k, _)| k == key),
                "{name} has `{key}`, which en.ftl does not"
            );
        }
    }
}

#[test]
fn english_plurals_lists_and_dates() {
    let c = Catalogue::english();
    assert_eq!(c.count("count-stories", 1), "1 story");
    assert_eq!(c.count("count-stories", 3), "3 stories");
    assert_eq!(c.list(&["a", "b", "c"], 0), "a, b and c");
    assert_eq!(c.list(&["a"], 2), "a and 2 more");
    let d = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap();
    let m = Msg::new("why-first-story")
        .str("title", "Ridge")
        .arg("date", Arg::Date(d));
    assert_eq!(c.msg(&m), "published “Ridge” on 1 May 2024");
    assert_eq!(c.t("no-such-key"), "no-such-key");
}

#[test]
fn german_and_arabic_say_it_in_their_language() {
    let files = default_catalogues();
    let de = Catalogue::new("de", &files, None).unwrap();
    assert_eq!(de.count("count-stories", 1), "1 Geschichte");
    assert_eq!(de.count("count-stories", 2), "2 Geschichten");
    let ar = Catalogue::new("ar", &files, None).unwrap();
    assert_eq!(ar.dir(), "rtl");
    assert_ne!(ar.count("count-stories", 2), ar.count("count-stories", 11));
}

#[test]
fn a_site_overrides_a_key_and_unknown_keys_are_reported() {
    let files = default_catalogues();
    let own = "nav-stories = Tales\n";
    let c = Catalogue::new("en", &files, Some(own)).unwrap();
    assert_eq!(c.t("nav-stories"), "Tales");
    let d = site::unknown_keys("# mine\nnav-storie = Tales\n", c.keys());
    assert_eq!(d.len(), 1);
    assert_eq!((d[0].line, d[0].col), (2, 1));
    assert!(
        d[0].to_string().contains("did you mean `nav-stories`?"),
        "{}",
        d[0]
    );
}

#[test]
fn template_arguments_are_escaped_and_html_ones_kept() {
    let c = Arc::new(Catalogue::english());
    let t = TeraT::html(Arc::clone(&c));
    let mut args = HashMap::new();
    args.insert("key".to_string(), tera::Value::from("thanks-to"));
    args.insert(
        "names_html".to_string(),
        tera::Value::from("<a href=\"/m/\">A</a>"),
    );
    let out = tera::Function::call(&t, &args).unwrap();
    assert_eq!(out, tera::Value::from("Thanks to <a href=\"/m/\">A</a>."));
    let mut args = HashMap::new();
    args.insert("key".to_string(), tera::Value::from("card-topics"));
    args.insert("title".to_string(), tera::Value::from("<b>'x'</b>"));
    let out = tera::Function::call(&t, &args).unwrap();
    assert_eq!(
        out,
        tera::Value::from("Topics of &lt;b&gt;&#39;x&#39;&lt;/b&gt;")
    );
}

#[test]
fn scripts_get_one_text_per_plural_category_of_the_language() {
    let files = default_catalogues();
    let names = vec!["query".to_string()];
    let en = Catalogue::new("en", &files, None).unwrap();
    let forms = super::script::plural_forms(&en, "search-results", &names);
    assert_eq!(forms.len(), 2, "{forms:?}");
    assert_eq!(forms["one"], "{n} result for “{query}”");
    assert_eq!(forms["other"], "{n} results for “{query}”");
    let ar = Catalogue::new("ar", &files, None).unwrap();
    let forms = super::script::plural_forms(&ar, "search-results", &names);
    let categories: Vec<&str> = forms.keys().copied().collect();
    assert_eq!(categories, ["few", "many", "one", "other", "two", "zero"]);
    assert_eq!(forms["two"], "نتيجتان لـ«{query}»");
    assert_eq!(forms["few"], "{n} نتائج لـ«{query}»");
}
