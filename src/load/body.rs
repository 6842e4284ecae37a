//! Checks on a Markdown body before it is rendered: characters that make text
//! read differently than it is, and nesting that would make rendering slow.

use crate::load::frontmatter::is_bidi_override;
use crate::render::markdown;
use crate::util::diag::Diagnostic;

/// Problems in `body`, which starts at line `first_line` of the file at `path`.
///
/// Bidi overrides and isolates are refused rather than escaped: escaping does
/// not stop a browser from applying them, and in code they hide what a program
/// does ("Trojan Source"). The plain marks (LRM, RLM, ALM) reorder nothing and
/// are everyday punctuation in right-to-left writing, so they pass. Other control characters (tab, newline, carriage return
/// and form feed aside) have no meaning in Markdown.
pub fn problems(path: &str, body: &str, first_line: usize) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let bidi = find(body, is_bidi_override);
    let control = find(body, |c| {
        c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')
    });
    for (found, code, what) in [
        (bidi, "bidi-character", "bidi control"),
        (control, "bad-character", "control"),
    ] {
        if let Some((line, col, c)) = found {
            out.push(
                Diagnostic::error(
                    path,
                    code,
                    format!("the text contains the {what} character U+{:04X}", c as u32),
                )
                .at(line + first_line - 1, col)
                .help("remove it; it is invisible and changes how the text around it reads"),
            );
        }
    }
    if let Some((line, depth)) = markdown::too_deep(body) {
        out.push(
            Diagnostic::error(
                path,
                "too-deep",
                format!(
                    "lists, quotes and HTML elements are nested {depth} levels deep here; at most {} are allowed",
                    markdown::MAX_DEPTH
                ),
            )
            .at(line + first_line - 1, 1)
            .help("flatten the structure; close the HTML elements you open"),
        );
    }
    out
}

/// Line, column (1-based, in characters) and the first character matching `pred`.
fn find(text: &str, pred: impl Fn(char) -> bool) -> Option<(usize, usize, char)> {
    let (i, c) = text.char_indices().find(|&(_, c)| pred(c))?;
    let before = &text[..i];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |n| n + 1);
    Some((line, before[start..].chars().count() + 1, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(body: &str) -> Vec<(usize, usize, &'static str)> {
        problems("s.md", body, 10)
            .into_iter()
            .map(|d| (d.line, d.col, d.code))
            .collect()
    }

    #[test]
    fn bidi_and_control_characters_are_positioned() {
        assert_eq!(codes("ok\nab\u{202E}cd\n"), [(11, 3, "bidi-character")]);
        assert_eq!(codes("`x\u{2066}`"), [(10, 3, "bidi-character")]);
        assert_eq!(codes("a\x1b[31m"), [(10, 2, "bad-character")]);
        assert_eq!(codes("tabs\tand\r\nform\x0cfeeds\n"), []);
        assert_eq!(codes("Arabic: مرحبا, Hebrew: שלום"), []);
    }

    #[test]
    fn direction_marks_in_right_to_left_text_are_accepted() {
        assert_eq!(codes("مرحبا\u{200E} (2024)\nשלום\u{200F}\nسلام\u{061C}"), []);
        assert_eq!(
            codes("مرحبا\u{200E}\nab\u{202E}cd"),
            [(11, 3, "bidi-character")]
        );
    }

    #[test]
    fn deep_nesting_is_refused_with_its_line() {
        let deep = format!("fine\n\n{} x\n", ">".repeat(500));
        assert_eq!(codes(&deep), [(12, 1, "too-deep")]);
        assert_eq!(codes(&"<div>".repeat(101)), [(10, 1, "too-deep")]);
        assert_eq!(codes(&"> ".repeat(50)), []);
    }
}
