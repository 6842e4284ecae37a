//! Who is who: handles and display names that a reader could mistake for
//! another member's, and names built to deceive (mixed scripts inside a word,
//! invisible characters).
//!
//! Comparison uses a key per UTS #39: NFKC with case folding, the confusable
//! skeleton, case folding again (the skeleton maps `0` to `O`), and no spaces
//! or joining punctuation. Handles and names share one key space, so a member
//! cannot take a display name that looks like someone else's handle.

use std::collections::{BTreeMap, BTreeSet};

use unicode_security::{GeneralSecurityProfile, RestrictionLevel, RestrictionLevelDetection};

use crate::load::bad_char;
use crate::model::Member;
use crate::util::diag::Diagnostic;
use crate::util::lookalike::{fold, is_joiner_punctuation};
pub use crate::util::lookalike::{handle_skeleton, skeleton_key, skeleton_keys};

/// Emoji and pictographs: allowed in names, where they deceive no one.
fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}' | '\u{FE0F}')
}

/// Why a display name cannot be used, if it cannot: invisible or control
/// characters, characters no name uses, or a word mixing scripts (`Аlice`
/// with a Cyrillic `А`). Names in any one script, or Latin with Han, kana
/// or Hangul (`Tanaka 愛子`), are fine.
pub fn name_problem(name: &str) -> Option<String> {
    if let Some(c) = bad_char(name) {
        return Some(format!(
            "`name` contains the invisible or control character U+{:04X}",
            c as u32
        ));
    }
    if let Some(c) = name.chars().find(|&c| {
        !(c == ' '
            || c.is_ascii_punctuation()
            || c.identifier_allowed()
            || is_pictograph(c)
            || "‘’“”–—…«»".contains(c))
    }) {
        return Some(format!(
            "`name` contains `{c}` (U+{:04X}), which is not used in names",
            c as u32
        ));
    }
    name.split_whitespace().find_map(|word| {
        let letters: String = word.chars().filter(|c| c.identifier_allowed()).collect();
        (letters.as_str().detect_restriction_level() > RestrictionLevel::HighlyRestrictive).then(
            || format!("`name` mixes writing systems inside the word `{word}`, so it can imitate another name"),
        )
    })
}

/// The same text without the look-alike folding: names equal here are
/// spelled alike (two people called Hana Müller), not imitations.
fn plain_key(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|&c| !c.is_whitespace() && !is_joiner_punctuation(c))
        .collect()
}

/// Members whose handle or name can be mistaken for another member's handle
/// or name. Each problem is reported on the newer member, naming the one it
/// imitates: a profile in `added` (the files a pull request adds) is newer
/// than one already there; then the later `joined` date (none counts as
/// earliest); then the handle that sorts later (docs/check.md).
///
/// Two handles must not look alike at all (the contract). A name may repeat
/// another member's name or handle letter for letter, because people share
/// names and every profile link carries the handle; what it may not do is
/// look the same while being spelled differently (`Аlice` with a Cyrillic
/// `А`, `Rnary` for `Mary`), which only serves to imitate.
pub fn identity_problems(members: &[Member], added: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut sorted: Vec<&Member> = members.iter().collect();
    sorted.sort_by_key(|m| (added.contains(&m.source.path), m.joined, &m.handle));
    // Skeleton key -> every (member, "handle" or "name") seen with it.
    let mut seen: BTreeMap<String, Vec<(&Member, &'static str)>> = BTreeMap::new();
    let mut out = Vec::new();
    for m in sorted {
        for what in ["handle", "name"] {
            let text = if what == "handle" { &m.handle } else { &m.name };
            let keys = skeleton_keys(text);
            let clash = keys
                .iter()
                .filter_map(|k| seen.get(k))
                .flatten()
                .find(|(other, their)| {
                    let theirs = if *their == "handle" {
                        &other.handle
                    } else {
                        &other.name
                    };
                    other.handle != m.handle
                        && ((what == "handle" && *their == "handle")
                            || plain_key(text) != plain_key(theirs))
                });
            if let Some(&(other, their)) = clash {
                out.push(confusable(m, what, other, their));
                break;
            }
            for key in keys.into_iter().filter(|k| !k.is_empty()) {
                seen.entry(key).or_default().push((m, what));
            }
        }
    }
    out
}

fn confusable(m: &Member, what: &str, other: &Member, their: &str) -> Diagnostic {
    let mine = if what == "handle" { &m.handle } else { &m.name };
    let theirs = if their == "handle" {
        &other.handle
    } else {
        &other.name
    };
    let code = if what == "handle" {
        "confusable-handle"
    } else {
        "confusable-name"
    };
    Diagnostic::error(
        &m.source.path,
        code,
        format!(
            "{what} `{mine}` can be mistaken for the {their} `{theirs}` of @{} ({})",
            other.handle, other.source.path
        ),
    )
    .at(1, 1)
    .help(format!(
        "choose a {what} that does not look like @{}'s `{theirs}`",
        other.handle
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_fold_lookalikes() {
        assert_eq!(handle_skeleton("alice-n"), handle_skeleton("alicen"));
        assert_eq!(handle_skeleton("rnary"), handle_skeleton("mary"));
        assert_eq!(handle_skeleton("b0b"), handle_skeleton("bob"));
        assert_eq!(handle_skeleton("a1ice"), handle_skeleton("alice"));
        assert_eq!(handle_skeleton("vvendy"), handle_skeleton("wendy"));
        assert_eq!(handle_skeleton("clan"), handle_skeleton("dan"));
        assert_ne!(handle_skeleton("alice"), handle_skeleton("alina"));
        // Names: case, width, Cyrillic look-alikes and spacing fold together.
        assert_eq!(skeleton_key("Alice Nguyen"), skeleton_key("alice-nguyen"));
        assert_eq!(skeleton_key("Аlice"), skeleton_key("Alice"));
        assert_eq!(skeleton_key("ＡＬＩＣＥ"), skeleton_key("alice"));
        assert_ne!(skeleton_key("José"), skeleton_key("Jose"));
    }

    fn member(handle: &str, name: &str) -> Member {
        Member {
            handle: handle.into(),
            name: name.into(),
            avatar: None,
            location: None,
            links: vec![],
            interests: vec![],
            joined: None,
            role: Default::default(),
            awards: vec![],
            bio: String::new(),
            source: crate::model::Source {
                path: format!("content/members/{handle}.md"),
                body_line: 1,
            },
        }
    }

    fn clashes(members: &[(&str, &str)]) -> Vec<String> {
        let ms: Vec<Member> = members.iter().map(|(h, n)| member(h, n)).collect();
        identity_problems(&ms, &BTreeSet::new())
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn look_alikes_clash_and_homonyms_do_not() {
        assert_eq!(
            clashes(&[("alice", "Alice N"), ("mallory", "Аlice N")]),
            ["name `Аlice N` can be mistaken for the name `Alice N` of @alice (content/members/alice.md)"]
        );
        assert_eq!(
            clashes(&[("mary", "Mary"), ("zed", "Rnary")]),
            ["name `Rnary` can be mistaken for the handle `mary` of @mary (content/members/mary.md)"]
        );
        assert_eq!(
            clashes(&[("mary", "Mary"), ("rnary", "R")]),
            ["handle `rnary` can be mistaken for the handle `mary` of @mary (content/members/mary.md)"]
        );
        // Same spelling: two people with one name, or a name equal to a handle.
        assert!(clashes(&[("hana", "Hana Müller"), ("hana-2", "Hana Müller")]).is_empty());
        assert!(clashes(&[("liam-okafor", "Liam"), ("liam-2", "Liam Okafor")]).is_empty());
        assert!(clashes(&[("alice", "Alice"), ("bob", "Bob")]).is_empty());
        // Capitals that only look alike as capitals.
        assert_eq!(
            clashes(&[("abe", "Abe"), ("zeta", "ΑΒΕ")]),
            ["name `ΑΒΕ` can be mistaken for the handle `abe` of @abe (content/members/abe.md)"]
        );
    }

    #[test]
    fn a_lookalike_handle_error_is_on_the_profile_the_pull_request_adds_not_the_existing_one() {
        let ms = vec![member("rnary", "R"), member("mary", "Mary")];
        let on = |added: &[&str]| {
            let added = added.iter().map(|p| p.to_string()).collect();
            let d = identity_problems(&ms, &added);
            assert_eq!(d.len(), 1, "{d:?}");
            (d[0].path.clone(), d[0].message.clone())
        };
        // `mary` sorts first, but the pull request adds it: it imitates @rnary.
        assert_eq!(
            on(&["content/members/mary.md"]),
            (
                "content/members/mary.md".to_string(),
                "handle `mary` can be mistaken for the handle `rnary` of @rnary (content/members/rnary.md)".to_string()
            )
        );
        assert_eq!(on(&[]).0, "content/members/rnary.md");
        // Without a pull request, the later `joined` date is the newer profile.
        let mut dated = ms.clone();
        dated[0].joined = chrono::NaiveDate::from_ymd_opt(2024, 1, 1);
        dated[1].joined = chrono::NaiveDate::from_ymd_opt(2025, 1, 1);
        let d = identity_problems(&dated, &BTreeSet::new());
        assert_eq!(d[0].path, "content/members/mary.md");
    }

    #[test]
    fn real_names_in_any_script_are_fine() {
        for name in [
            "José Núñez",
            "Зоя Иванова",
            "田中 愛子",
            "東京",
            "Tanaka 愛子さん",
            "Seán O'Brien-Smith",
            "Ngozi Okafor Jr.",
            "김민준",
            "Αλέξης Παπαδόπουλος",
            "محمد علي",
            "Priya 🏃",
            "Acme: Boots & Co team",
        ] {
            assert_eq!(name_problem(name), None, "{name}");
        }
    }

    #[test]
    fn deceptive_names_are_refused() {
        for (name, what) in [
            ("Аlice", "mixes writing systems"),
            ("Pаypal Support", "mixes writing systems"),
            ("Al\u{200B}ice", "invisible"),
            ("Alice\u{202E}", "invisible"),
            ("Bob\u{2066}", "invisible"),
            ("Alice\u{3164}", "not used in names"),
            ("Ad\u{2800}min", "not used in names"),
        ] {
            let msg = name_problem(name).unwrap_or_else(|| panic!("accepted {name:?}"));
            assert!(msg.contains(what), "{name:?}: {msg}");
        }
    }
}
