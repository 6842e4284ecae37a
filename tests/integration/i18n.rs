//! The site's language: the example site built in German has no English
//! catalogue string left on its pages; in Arabic it reads right to left with
//! Arabic dates; a site's own catalogue overrides a key, and `check` names
//! a key the theme does not have.

use std::path::Path;

use crate::support::*;

/// The example site (this repository's content/) in `lang`, in a temporary folder.
fn example_in(lang: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &dir.path().join("content"));
    let yaml = dir.path().join("content/site.yaml");
    let text = read(&yaml);
    let text: String = text
        .lines()
        .map(|l| {
            if l.starts_with("language:") {
                format!("language: {lang}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(&yaml, text).unwrap();
    dir
}

/// The English catalogue's phrases (the text between placeables, of two
/// words or more), which a page in another language must not show.
fn english_phrases() -> Vec<String> {
    let en = read(&repo().join("themes/default/i18n/en.ftl"));
    let mut out = Vec::new();
    for line in en.lines() {
        let Some((key, value)) = line.split_once(" = ") else {
            continue;
        };
        if key.starts_with(|c: char| !c.is_ascii_lowercase()) || key.contains(' ') {
            continue;
        }
        // `check --summary` and `digest` words never reach a page, and
        // their short joins ("with the") are common in members' titles.
        if ["summary-", "digest-", "welcome-"]
            .iter()
            .any(|p| key.starts_with(p))
        {
            continue;
        }
        let mut rest = value;
        while !rest.is_empty() {
            let (text, after) = match rest.find('{') {
                Some(i) => (&rest[..i], rest[i..].split_once('}').map_or("", |(_, a)| a)),
                None => (rest, ""),
            };
            let text = text.trim_matches(|c: char| " .,:;()#–—".contains(c));
            if text.len() >= 6 && text.contains(' ') {
                out.push(text.to_string());
            }
            rest = after;
        }
    }
    out
}

/// The visible text and attribute values of a page, without the stories'
/// own words (the members wrote them in English).
fn theme_text(path: &Path) -> String {
    let doc = html(path);
    let mut out = String::new();
    for el in doc.root_element().descendants() {
        if let Some(e) = scraper::ElementRef::wrap(el) {
            let skip = e
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| c == "prose"));
            if skip {
                continue;
            }
            for (_, v) in e.value().attrs() {
                out.push_str(v);
                out.push('\n');
            }
        } else if let Some(t) = el.value().as_text() {
            let in_prose = el
                .ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| c == "prose"));
            if !in_prose {
                out.push_str(t);
                out.push('\n');
            }
        }
    }
    out
}

#[test]
fn the_example_in_german_shows_no_english_catalogue_string() {
    let site = example_in("de");
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let phrases = english_phrases();
    assert!(phrases.len() > 50, "{} phrases", phrases.len());
    let mut found = Vec::new();
    for (rel, _) in files(&out) {
        if !rel.ends_with(".html") {
            continue;
        }
        let text = theme_text(&out.join(&rel));
        for p in &phrases {
            if text.contains(p.as_str()) {
                found.push(format!("{rel}: {p}"));
            }
        }
    }
    assert!(found.is_empty(), "English left:\n{}", found.join("\n"));
    let home = read(&out.join("index.html"));
    assert!(home.contains("<html lang=de dir=ltr>"), "{}", &home[..200]);
    assert!(home.contains("Neueste Geschichten"));
    let write = theme_text(&out.join("write/index.html"));
    assert!(
        write.contains("Deine Geschichte") && write.contains("In GitHub öffnen"),
        "{write}"
    );
    contribute_js_speaks_german(&out);
    cards_are_described_in_german(&out);
}

/// The forms' script says what to fix in German: the page carries its words
/// and the script takes them from there.
fn contribute_js_speaks_german(out: &Path) {
    let join = html(&out.join("join/index.html"));
    let sel = scraper::Selector::parse("script#form-words").unwrap();
    let block = join.select(&sel).next().expect("the forms' words");
    let words: serde_json::Value = serde_json::from_str(&block.text().collect::<String>()).unwrap();
    assert_eq!(
        words["script-handle-taken"],
        "„{handle}“ ist schon vergeben: Wähl ein anderes Handle."
    );
    assert_eq!(words["script-copied"], "Kopiert.");
    let script = read(&out.join("contribute/contribute.js"));
    assert!(script.contains("getElementById(\"form-words\")"));
    assert!(script.contains("say(\"script-handle-taken\", { handle: h })"));
}

/// The social cards' alt text (og:image:alt) is German.
fn cards_are_described_in_german(out: &Path) {
    let alt = |rel: &str| {
        let doc = html(&out.join(rel));
        let sel = scraper::Selector::parse("meta[property='og:image:alt']").unwrap();
        let el = doc
            .select(&sel)
            .next()
            .map(|e| e.value().attr("content").unwrap_or("").to_string());
        el.unwrap_or_default()
    };
    assert_eq!(
        alt("stories/dog-walks-count-too/index.html")
            .rsplit_once(": ")
            .map(|(_, k)| k.to_string()),
        Some("Geschichte bei Trailhead Community".to_string())
    );
    let profile = alt("members/aiko-tanaka/index.html");
    assert!(profile.starts_with("田中 愛子, "), "{profile}");
    assert!(
        !profile.contains("Member") && !profile.contains(" on "),
        "{profile}"
    );
}

#[test]
fn the_example_in_arabic_reads_right_to_left_with_arabic_dates() {
    let site = example_in("ar");
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let home = read(&out.join("index.html"));
    assert!(home.contains("<html lang=ar dir=rtl>"), "{}", &home[..200]);
    assert!(home.contains("أحدث القصص"));
    let months = [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ];
    assert!(
        months.iter().any(|m| home.contains(m)),
        "no Arabic month on the home page"
    );
}

#[test]
fn a_site_catalogue_overrides_keys_and_check_names_unknown_ones() {
    let site = example_in("en");
    let own = site.path().join("content/translations.ftl");
    std::fs::write(&own, "# Our words\nnav-stories = Tales\n").unwrap();
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    assert!(read(&out.join("index.html")).contains(">Tales</a>"));
    std::fs::write(&own, "nav-stories = Tales\nhome-lates = Fresh tales\n").unwrap();
    let o = potluck(&["check", "--root", site.path().to_str().unwrap()]);
    let said = stdout(&o) + &stderr(&o);
    assert!(!o.status.success(), "{said}");
    assert!(said.contains("content/translations.ftl:2:1"), "{said}");
    assert!(said.contains("did you mean `home-latest`?"), "{said}");
}

#[test]
fn a_spanish_story_on_an_english_site_says_its_language() {
    let site = example_in("en");
    let story = "---\ntitle: Una ruta por la sierra\nauthors: [jose-nunez]\ndate: 2026-01-01\nlang: es\n---\nCaminamos tres días por la sierra.\n";
    std::fs::write(site.path().join("content/stories/una-ruta.md"), story).unwrap();
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let page = read(&out.join("stories/una-ruta/index.html"));
    assert!(page.contains("<html lang=en dir=ltr>"));
    assert!(
        page.contains("<h1 class=story-title lang=es dir=ltr>Una ruta por la sierra</h1>"),
        "{page}"
    );
    assert!(
        page.contains("<div class=\"prose measure\" lang=es dir=ltr>"),
        "{page}"
    );
    let listing = read(&out.join("kinds/story/index.html"));
    assert!(
        listing.contains("lang=es dir=ltr><a class=card-link href=/stories/una-ruta/>"),
        "{listing}"
    );
    let feed = read(&out.join("atom.xml"));
    assert!(
        feed.contains("<entry xml:lang=\"es\">\n<title>Una ruta por la sierra</title>"),
        "{feed}"
    );

    let bad = story.replace("lang: es", "lang: Spanish");
    std::fs::write(site.path().join("content/stories/una-ruta.md"), bad).unwrap();
    let o = potluck(&["check", "--root", site.path().to_str().unwrap()]);
    let said = stdout(&o) + &stderr(&o);
    assert!(!o.status.success(), "{said}");
    assert!(said.contains("content/stories/una-ruta.md:5:7"), "{said}");
    assert!(
        said.contains("`lang` is not a language tag: `Spanish`"),
        "{said}"
    );
}

#[test]
fn the_digest_follows_the_sites_language_and_its_json_stays_english() {
    let site = example_in("de");
    let root = site.path().to_str().unwrap();
    let args = [
        "digest",
        "--root",
        root,
        "--days",
        "30",
        "--today",
        "2026-12-03",
    ];
    let o = potluck(&args);
    assert!(o.status.success(), "{}", stderr(&o));
    let md = stdout(&o);
    for german in [
        "Übersicht für das Host-Team, 2026-11-03 bis 2026-12-03",
        "## Neue Mitglieder (1)",
        "[Wren Calloway](https://community.trailhead.example/members/wren/)**, beigetreten am",
        "Vorschlag zur Begrüßung: Willkommen in der Community von",
        "## Feedback, das auf eine Antwort wartet",
        "| | dieser Zeitraum | vorher | Änderung |",
        "| Geschichten |",
    ] {
        assert!(md.contains(german), "{german:?} missing from\n{md}");
    }
    for english in [
        "New members",
        "Suggested welcome",
        "this period",
        "waiting for",
    ] {
        assert!(!md.contains(english), "{english:?} in\n{md}");
    }
    let json = stdout(&potluck(&[&args[..], &["--format", "json"]].concat()));
    assert!(json.contains("\"welcome\": \"Welcome to the "), "{json}");
}

/// The text a reader sees in a page's `<main>`, one text node a line.
fn main_text(path: &Path) -> String {
    let doc = html(path);
    let main = scraper::Selector::parse("main").unwrap();
    let Some(main) = doc.select(&main).next() else {
        return String::new();
    };
    let lines: Vec<String> = main
        .text()
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect();
    lines.join("\n") + "\n"
}

/// The `i18n` fixture (a small Japanese community) in `lang`.
fn fixture_in(lang: &str) -> tempfile::TempDir {
    let site = fixture("i18n");
    let yaml = site.path().join("content/site.yaml");
    let text = read(&yaml).replace("language: ja", &format!("language: {lang}"));
    std::fs::write(&yaml, text).unwrap();
    site
}

#[test]
fn a_profile_in_japanese_matches_its_snapshot() {
    let site = fixture("i18n");
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let text = main_text(&out.join("members/hana/index.html"));
    let expected = repo().join("tests/fixtures/i18n/expected.member.ja.txt");
    snapshot(&expected, &text);
}

/// Builds the fixture in `lang` with a story long enough (246,800 words) to
/// take 1,234 minutes to read, and returns its page and the home page.
fn long_read_in(lang: &str) -> (String, String) {
    let site = fixture_in(lang);
    let body = "a ".repeat(246_800);
    let story = format!(
        "---\ntitle: Long read\nauthors: [hana]\ndate: 2024-05-01\ntags: [repair]\n---\n{body}\n"
    );
    std::fs::write(site.path().join("content/stories/long-read.md"), story).unwrap();
    let out = site.path().join("public");
    build_cold(site.path(), &out);
    let page = theme_text(&out.join("stories/long-read/index.html"));
    (page, read(&out.join("index.html")))
}

#[test]
fn numbers_on_pages_are_grouped_and_written_as_the_language_writes_them() {
    let (page, _) = long_read_in("de");
    assert!(page.contains("1.234 Min. Lesezeit"), "{page}");
    let (page, _) = long_read_in("en");
    assert!(page.contains("1,234 min read"), "{page}");
    // CLDR: Egyptian Arabic (like the Arab world's other regions) writes
    // Arabic-Indic digits, in dates too; the machine-readable date stays ASCII.
    let (page, home) = long_read_in("ar-EG");
    assert!(page.contains("١٬٢٣٤"), "{page}");
    assert!(page.contains("١ مايو ٢٠٢٤"), "{page}");
    assert!(
        home.contains("datetime=2024-05-01") || home.contains("datetime=\"2024-05-01"),
        "{home}"
    );
    assert!(
        home.contains("<strong>٤</strong>"),
        "story count on the home page"
    );
}
