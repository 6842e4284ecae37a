//! The default summary of a story without `summary`: its first paragraph,
//! cut to whole sentences when long (docs/check.md, `long-summary`).

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::options;

/// The longest summary cards and feeds show, in characters.
pub const SUMMARY_CHARS: usize = 200;

/// Plain text of the first paragraph; when longer than [`SUMMARY_CHARS`],
/// the whole sentences that fit, else (one long first sentence) cut at a
/// word boundary with an ellipsis.
pub fn summary_of(md: &str) -> String {
    let text = first_paragraph(md);
    let text = text.trim();
    match sentences_within(text, SUMMARY_CHARS) {
        Some(end) => text[..end].to_string(),
        None => truncate_words(text, SUMMARY_CHARS),
    }
}

/// Whether the default summary of `md` is cut inside its first sentence:
/// the paragraph is longer than a summary, and no sentence ends in time.
pub fn summary_cut_mid_sentence(md: &str) -> bool {
    let text = first_paragraph(md);
    sentences_within(text.trim(), SUMMARY_CHARS).is_none()
}

/// The plain text of the first paragraph with text.
fn first_paragraph(md: &str) -> String {
    let mut text = String::new();
    let mut in_par = false;
    for event in Parser::new_ext(md, options()) {
        match event {
            Event::Start(Tag::Paragraph) => in_par = true,
            Event::End(TagEnd::Paragraph) if !text.trim().is_empty() => break,
            Event::End(TagEnd::Paragraph) => in_par = false,
            Event::Text(t) | Event::Code(t) if in_par => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak if in_par => text.push(' '),
            _ => {}
        }
    }
    text
}

/// Where the text fits in `max` characters: its end when it is short
/// enough, else the end of the last sentence that does (a `.`, `!`, `?` or
/// their CJK and Arabic forms followed by a space, with closing quotes and
/// brackets). None when even the first sentence is too long.
fn sentences_within(text: &str, max: usize) -> Option<usize> {
    let Some((limit, _)) = text.char_indices().nth(max) else {
        return Some(text.len());
    };
    let mut best = None;
    let mut chars = text[..limit].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let mut end = i + c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '؟' | '…') {
            continue;
        }
        while let Some(&(j, q)) = chars.peek() {
            if !matches!(q, '"' | '\'' | ')' | '”' | '’' | '»' | '」') {
                break;
            }
            end = j + q.len_utf8();
            chars.next();
        }
        let next = text[end..].chars().next();
        let ends = next.is_none_or(char::is_whitespace) || matches!(c, '。' | '！' | '？');
        if ends {
            best = Some(end);
        }
    }
    best
}

/// At most `max` characters, cut at a space, with an ellipsis when cut.
pub fn truncate_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!(
        "{}…",
        cut[..end].trim_end_matches([',', ';', ':', '.', ' '])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_paragraphs_are_cut_after_the_last_whole_sentence() {
        let md = format!(
            "First sentence here. Second one, a bit longer! {}",
            "word ".repeat(60)
        );
        assert_eq!(
            summary_of(&md),
            "First sentence here. Second one, a bit longer!"
        );
        assert!(!summary_cut_mid_sentence(&md));
        let quoted = format!("She said \"no.\" Then {}", "more ".repeat(60));
        assert_eq!(summary_of(&quoted), "She said \"no.\"");
    }

    #[test]
    fn one_long_first_sentence_is_cut_with_an_ellipsis_and_flagged() {
        let md = format!("{}end.", "word ".repeat(60));
        let s = summary_of(&md);
        assert!(s.ends_with('…') && s.chars().count() <= 201, "{s}");
        assert!(summary_cut_mid_sentence(&md));
        // Version numbers and URLs are not sentence ends.
        let dotted = format!("Version 2.0 of v1.5.3 {}", "word ".repeat(60));
        assert!(summary_cut_mid_sentence(&dotted));
    }

    #[test]
    fn short_paragraphs_are_whole_and_never_flagged() {
        assert_eq!(summary_of("Short, no full stop"), "Short, no full stop");
        assert!(!summary_cut_mid_sentence("Short, no full stop"));
        assert!(!summary_cut_mid_sentence("```\ncode only\n```\n"));
    }
}
