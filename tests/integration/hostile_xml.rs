//! Every code point class through every field that reaches XML (titles,
//! summaries, bodies, member names, the brand name): the build either refuses
//! the file with its line and column, or every feed, the sitemap and every
//! SVG are valid XML 1.0.

use std::path::Path;

use crate::support::{fixture, potluck, stderr};

/// One character of each class, with its name.
const CLASSES: &[(&str, char)] = &[
    ("form feed", '\u{c}'),
    ("vertical tab", '\u{b}'),
    ("C0 control", '\u{1}'),
    ("escape", '\u{1b}'),
    ("C1 control", '\u{85}'),
    ("U+FFFE", '\u{fffe}'),
    ("U+FFFF", '\u{ffff}'),
    ("noncharacter U+FDD0", '\u{fdd0}'),
    ("line separator", '\u{2028}'),
    ("last code point", '\u{10ffff}'),
    ("replacement character", '\u{fffd}'),
    ("emoji", '\u{1f600}'),
];

/// Whether XML 1.0 allows the character.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// Parses `path` with quick-xml and checks every character, written or as a
/// character reference, is one XML 1.0 allows.
fn assert_valid_xml(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    if let Some(c) = text.chars().find(|&c| !xml_char(c)) {
        panic!(
            "{}: U+{:04X} is not allowed in XML",
            path.display(),
            c as u32
        );
    }
    for reference in text.split("&#").skip(1) {
        let digits = reference.split(';').next().unwrap();
        let code = match digits.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).unwrap(),
            None => digits.parse().unwrap(),
        };
        let ok = char::from_u32(code).is_some_and(xml_char);
        assert!(ok, "{}: &#{digits}; is not allowed in XML", path.display());
    }
    crate::support::parse_xml(path);
}

/// Writes `c` into the story's title, summary and body, a member's name and
/// the brand's name. `field` picks which, so a refusal names one place.
fn site_with(c: char, field: &str) -> tempfile::TempDir {
    let site = fixture("small");
    let root = site.path();
    let edit = |rel: &str, from: &str, to: &str| {
        let path = root.join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{rel} has no {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    let story = "content/stories/sizing-feedback.md";
    match field {
        "title" => edit(story, "title: The sizing", &format!("title: The{c}sizing")),
        "summary" => edit(
            story,
            "kind: feedback",
            &format!("kind: feedback\nsummary: a{c}b"),
        ),
        "body" => edit(story, "Half a size", &format!("Half{c} a size")),
        "member name" => edit(
            "content/members/alice.md",
            "name: Alice",
            &format!("name: Ali{c}ce"),
        ),
        "brand name" => edit(
            "content/site.yaml",
            "name: Fixture",
            &format!("name: Fix{c}ture"),
        ),
        _ => unreachable!(),
    }
    site
}

fn xml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "xml" || e == "svg"))
        .collect()
}

#[test]
fn a_form_feed_or_ffff_in_a_story_broke_every_feed() {
    let mut built = 0;
    for &(class, c) in CLASSES {
        for field in ["title", "summary", "body", "member name", "brand name"] {
            let site = site_with(c, field);
            let out = site.path().join("public");
            let o = potluck(&[
                "build",
                "--quiet",
                "--no-cache",
                "--root",
                site.path().to_str().unwrap(),
                "--output",
                out.to_str().unwrap(),
            ]);
            match o.status.code() {
                Some(0) => {
                    built += 1;
                    let files = xml_files(&out);
                    assert!(files.len() >= 4, "{class} in {field}: too few XML files");
                    for f in files {
                        assert_valid_xml(&f);
                    }
                }
                // Refused: with the file and its line named.
                Some(1) => {
                    let err = stderr(&o);
                    assert!(
                        err.contains(".md:") || err.contains("site.yaml:"),
                        "{class} in {field}: refused without a line: {err}"
                    );
                }
                _ => panic!("{class} in {field}: {}", stderr(&o)),
            }
        }
    }
    assert!(built > CLASSES.len(), "almost everything was refused");
}

#[test]
fn a_form_feed_or_ffff_in_a_body_builds_and_its_feed_is_valid() {
    for c in ['\u{c}', '\u{fffe}', '\u{ffff}'] {
        let site = site_with(c, "body");
        let out = site.path().join("public");
        let o = potluck(&[
            "build",
            "--quiet",
            "--root",
            site.path().to_str().unwrap(),
            "--output",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "U+{:04X}: {}", c as u32, stderr(&o));
        assert_valid_xml(&out.join("atom.xml"));
        assert_valid_xml(&out.join("tags/repair/atom.xml"));
        assert_valid_xml(&out.join("members/bob/atom.xml"));
    }
}
