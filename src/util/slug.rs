//! Handles, slugs and tags: the only strings that ever become output paths.

/// `^[a-z0-9](?:[a-z0-9-]{0,37}[a-z0-9])?$`: lowercase ASCII, digits, single inner hyphens.
pub fn is_handle(s: &str) -> bool {
    let b = s.as_bytes();
    let alnum = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    !b.is_empty()
        && b.len() <= 39
        && alnum(&b[0])
        && alnum(&b[b.len() - 1])
        && b.iter().all(|c| alnum(c) || *c == b'-')
        && !s.contains("--")
}

/// `^[a-z0-9][a-z0-9-]{0,99}$`: the story (or page, or tag) slug.
pub fn is_slug(s: &str) -> bool {
    let b = s.as_bytes();
    let ok = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    !b.is_empty() && b.len() <= 100 && ok(&b[0]) && b.iter().all(|c| ok(c) || *c == b'-')
}

/// Turns a title into a slug: ASCII letters and digits, words joined by single hyphens.
pub fn slugify(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut s: String = out.trim_end_matches('-').chars().take(80).collect();
    while s.ends_with('-') {
        s.pop();
    }
    s
}

/// Maps common accented Latin letters to ASCII so "Café Núñez" slugs as "cafe-nunez".
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let s: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        _ => "",
    };
    let single = if s.is_empty() { Some(c) } else { None };
    s.chars().chain(single)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handles() {
        for ok in ["a", "alice", "bob-2", "a1", &"x".repeat(39)] {
            assert!(is_handle(ok), "{ok}");
        }
        for bad in [
            "",
            "-a",
            "a-",
            "a--b",
            "Alice",
            "al_ice",
            "ü",
            &"x".repeat(40),
        ] {
            assert!(!is_handle(bad), "{bad}");
        }
    }

    #[test]
    fn slugs() {
        assert!(is_slug("how-we-rebuilt-2"));
        assert!(is_slug("a-"));
        assert!(!is_slug("-a"));
        assert!(!is_slug("A"));
        assert!(!is_slug("a/b"));
        assert!(!is_slug(&"a".repeat(101)));
    }

    #[test]
    fn slugify_titles() {
        assert_eq!(
            slugify("How we rebuilt the Ridge 2 together"),
            "how-we-rebuilt-the-ridge-2-together"
        );
        assert_eq!(slugify("  Café Núñez: a review!  "), "cafe-nunez-a-review");
        assert_eq!(slugify("東京"), "");
        assert!(is_slug(&slugify("Hello, World")));
    }
}
