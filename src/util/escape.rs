//! Text from contributors (file names, front-matter keys, titles) escaped for
//! where it is printed: one function per destination. JSON needs none of its
//! own: serde escapes every control character.

use std::fmt::Write as _;

/// Characters a terminal or log viewer would act on rather than show: C0
/// and C1 controls (ESC starts colour and cursor sequences, BEL rings, a
/// newline starts a line a CI runner may read as a command) and the bidi
/// controls that reorder what is shown.
fn acts(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// For a terminal or a CI log: every control character shown as its Rust
/// escape (`\n`, `\u{1b}`), so nothing a name holds moves the cursor, colours
/// the screen or starts a line. Tabs stay.
pub fn terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c != '\t' && acts(c) {
            let _ = write!(out, "{}", c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A GitHub workflow command's message (`::error ...::MESSAGE`): `%`, CR and
/// LF percent-encoded as GitHub's toolkit does (`escapeData`), so the runner
/// shows a multi-line message and no name can end the command; other
/// controls shown as in `terminal`.
pub fn github_message(s: &str) -> String {
    let encoded = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    terminal(&encoded)
}

/// A workflow command's property value (`file=...`): a message, and also
/// `:` and `,`, which end a property (GitHub's `escapeProperty`).
pub fn github_property(s: &str) -> String {
    github_message(s).replace(':', "%3A").replace(',', "%2C")
}

/// Contributors' text inside Markdown (a job summary): every character
/// Markdown or its GitHub extensions give a meaning is backslash-escaped, so
/// no name becomes a link, an image, HTML or an autolink (`:` and `@` break
/// `https://` and e-mail autolinks, the dot of `www.` the web ones);
/// controls shown as in `terminal`, so a newline cannot start a new block.
pub fn markdown_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in terminal(s).chars() {
        let www = c == '.'
            && out
                .get(out.len().saturating_sub(3)..)
                .is_some_and(|end| end.eq_ignore_ascii_case("www"));
        if www || "\\`*_[]()<>#|!~&:@".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A path or other name as a Markdown code span: shown exactly, never
/// rendered. The fence is one backtick longer than the longest run inside,
/// with spaces when the text starts or ends with one; controls shown as in
/// `terminal`, so a newline cannot end the span's block.
pub fn markdown_code(s: &str) -> String {
    let text = terminal(s);
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') || text.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Whether XML 1.0 allows `c` anywhere in a document: not the C0 controls
/// but tab, LF and CR (form feed and NUL included), nor U+FFFE and U+FFFF.
/// (Surrogates cannot occur in a Rust string.)
pub fn xml_allows(c: char) -> bool {
    !matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// `s` without the characters XML 1.0 forbids, for anything written into a
/// feed, the sitemap or an SVG: one such character makes the whole document
/// unreadable to every reader. Front matter refuses them earlier, with line
/// and column (`load::frontmatter`); this removes what can still arrive, such
/// as a form feed in a story's body.
pub fn xml_chars(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().all(xml_allows) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.chars().filter(|&c| xml_allows(c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_keeps_whitespace_and_drops_what_xml_forbids() {
        assert_eq!(
            xml_chars("a\tb\nc\rd\u{c}e\u{0}f\u{1b}g\u{fffe}h\u{ffff}i\u{fffd}\u{10ffff}"),
            "a\tb\nc\rdefghi\u{fffd}\u{10ffff}"
        );
    }

    const NASTY: &str = "a\nb\rc\u{1b}[31md\u{7}e`f[g](h),i:j%k\u{202E}l";

    #[test]
    fn terminal_shows_controls_and_keeps_the_rest() {
        assert_eq!(
            terminal(NASTY),
            "a\\nb\\rc\\u{1b}[31md\\u{7}e`f[g](h),i:j%k\\u{202e}l"
        );
        assert_eq!(terminal("tab\there"), "tab\there");
    }

    #[test]
    fn github_escapes_as_the_toolkit_documents() {
        assert_eq!(
            github_message(NASTY),
            "a%0Ab%0Dc\\u{1b}[31md\\u{7}e`f[g](h),i:j%25k\\u{202e}l"
        );
        assert_eq!(
            github_property(NASTY),
            "a%0Ab%0Dc\\u{1b}[31md\\u{7}e`f[g](h)%2Ci%3Aj%25k\\u{202e}l"
        );
    }

    #[test]
    fn markdown_names_render_as_text() {
        assert_eq!(
            markdown_text("[Approved](https://evil.example) <img src=x> ![i](j)"),
            "\\[Approved\\]\\(https\\://evil.example\\) \\<img src=x\\> \\!\\[i\\]\\(j\\)"
        );
        assert_eq!(
            markdown_text("see WWW.evil.example"),
            "see WWW\\.evil.example"
        );
        assert_eq!(markdown_text("a\n# b"), "a\\\\n\\# b");
    }

    #[test]
    fn code_spans_hold_any_backticks() {
        assert_eq!(markdown_code("a.md"), "`a.md`");
        assert_eq!(markdown_code("a`b.md"), "``a`b.md``");
        assert_eq!(markdown_code("`x``"), "``` `x`` ```");
        assert_eq!(markdown_code("a\nb"), "`a\\nb`");
    }
}
