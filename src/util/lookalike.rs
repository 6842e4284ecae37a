//! How a string looks, for comparison (UTS #39): NFKC with case folding,
//! the confusable skeleton, case folding again (the skeleton maps `0` to
//! `O`), and no spaces or joining punctuation. load/identity.rs compares
//! members' handles and names by it; the /join/ page's data
//! (render/contribute.rs) publishes the parts of a handle's key.

use unicode_normalization::UnicodeNormalization;

/// How a string looks, for comparison: two strings with the same key can be
/// mistaken for one another.
pub fn skeleton_key(s: &str) -> String {
    key_of_skeleton(&unicode_security::skeleton(&fold(s)).collect::<String>())
}

/// Both keys of a string: folded before the skeleton (`ＡＬＩＣＥ`, `Alice`) and
/// after it, which keeps capitals that only look alike as capitals (Greek
/// `ΑΒΕ` and `ABE`, whose small letters differ).
pub fn skeleton_keys(s: &str) -> Vec<String> {
    let mut keys = vec![
        skeleton_key(s),
        key_of_skeleton(&unicode_security::skeleton(s).collect::<String>()),
    ];
    keys.dedup();
    keys
}

fn key_of_skeleton(skeleton: &str) -> String {
    let key = unpaired(skeleton);
    LOOK_ALIKE_PAIRS
        .iter()
        .fold(key, |key, (pair, one)| key.replace(pair, one))
}

/// A skeleton folded, without spaces and joining punctuation.
fn unpaired(skeleton: &str) -> String {
    fold(skeleton)
        .chars()
        .filter(|&c| !c.is_whitespace() && !is_joiner_punctuation(c))
        .collect()
}

/// A handle character's part of `handle_skeleton`, before the
/// `LOOK_ALIKE_PAIRS` are replaced: the key of a handle is its characters'
/// parts joined, then the pairs replaced (the /join/ page builds it so).
pub fn handle_char_key(c: char) -> String {
    unpaired(&unicode_security::skeleton(&fold(&c.to_string())).collect::<String>())
}

/// Pairs of letters that read as one in many fonts, whichever way the
/// confusables table maps them; replaced in this order. The /join/ page's
/// handle check applies the same (render/contribute.rs publishes them).
pub const LOOK_ALIKE_PAIRS: [(&str, &str); 3] = [("rn", "m"), ("vv", "w"), ("cl", "d")];

/// NFKC and case folding (full lowercase, which is case folding for the
/// scripts names are written in).
pub(crate) fn fold(s: &str) -> String {
    s.nfkc().flat_map(char::to_lowercase).nfkc().collect()
}

/// Punctuation that joins or separates parts of a name without changing who it names.
pub(crate) fn is_joiner_punctuation(c: char) -> bool {
    matches!(c, '-' | '_' | '.' | ',' | '\'' | '’' | '·' | '‧' | '・')
}

/// A handle reduced to how it looks (hyphens dropped, `rn`/`m`, `l`/`1`,
/// `o`/`0`, `vv`/`w`, `cl`/`d` folded).
pub fn handle_skeleton(handle: &str) -> String {
    skeleton_key(handle)
}
