//! Who is who: handles and display names that a reader could mistake for
//! another member's, and names built to deceive (mixed scripts inside a word,
//! invisible characters).
//!
//! Comparison uses a key per UTS #39: NFKC with case folding, the confusable
//! skeleton, case folding again (the skeleton maps `0` to `O`), and no spaces
//! or joining punctuation. Handles and names share one key space, so a member
//! cannot take a display name that looks like someone else's handle.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;
use unicode_security::{GeneralSecurityProfile, RestrictionLevel, RestrictionLevelDetection};

use crate::diag::Diagnostic;
use crate::load::bad_char;
use crate::model::Member;

/// How a string looks, for comparison: two strings with the same key can be
/// mistaken for one another.
pub fn skeleton_key(s: &str) -> String {
    let folded = fold(s);
    let skeleton: String = unicode_security::skeleton(&folded).collect();
    let key: String = fold(&skeleton)
        .chars()
        .filter(|&c| !c.is_whitespace() && !is_joiner_punctuation(c))
        .collect();
    // Pairs of letters that read as one in many fonts, whichever way the
    // confusables table maps them.
    key.replace("rn", "m").replace("vv", "w").replace("cl", "d")
}

/// NFKC and case folding (full lowercase, which is case folding for the
/// scripts names are written in).
fn fold(s: &str) -> String {
    s.nfkc().flat_map(char::to_lowercase).nfkc().collect()
}

/// Punctuation that joins or separates parts of a name without changing who it names.
fn is_joiner_punctuation(c: char) -> bool {
    matches!(c, '-' | '_' | '.' | ',' | '\'' | '’' | '·' | '‧' | '・')
}

/// A handle reduced to how it looks (hyphens dropped, `rn`/`m`, `l`/`1`,
/// `o`/`0`, `vv`/`w`, `cl`/`d` folded).
pub fn handle_skeleton(handle: &str) -> String {
    skeleton_key(handle)
}

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
    if let Some(c) = name
        .chars()
        .find(|&c| !(c == ' ' || c.identifier_allowed() || is_pictograph(c)))
    {
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

/// Members whose handle or name can be mistaken for another member's handle
/// or name. Each problem is reported on the member that sorts later, naming
/// the other's file.
pub fn identity_problems(members: &[Member]) -> Vec<Diagnostic> {
    let mut sorted: Vec<&Member> = members.iter().collect();
    sorted.sort_by(|a, b| a.handle.cmp(&b.handle));
    // Key -> (member, "handle" or "name"), first come first served.
    let mut seen: BTreeMap<String, (&Member, &'static str)> = BTreeMap::new();
    let mut out = Vec::new();
    for m in sorted {
        let handle_key = skeleton_key(&m.handle);
        let name_key = skeleton_key(&m.name);
        for (key, what) in [(&handle_key, "handle"), (&name_key, "name")] {
            if key.is_empty() {
                continue;
            }
            match seen.get(key) {
                Some((other, _)) if other.handle == m.handle => {}
                Some((other, their)) => {
                    out.push(confusable(m, what, other, their));
                    break;
                }
                None => {
                    seen.insert(key.clone(), (m, what));
                }
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
            "{what} `{mine}` can be mistaken for the {their} `{theirs}` of {}",
            other.source.path
        ),
    )
    .at(1, 1)
    .help(format!(
        "choose a {what} that does not look like `{theirs}` ({})",
        other.source.path
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
            ("Admin<script>", "not used in names"),
        ] {
            let msg = name_problem(name).unwrap_or_else(|| panic!("accepted {name:?}"));
            assert!(msg.contains(what), "{name:?}: {msg}");
        }
    }
}
