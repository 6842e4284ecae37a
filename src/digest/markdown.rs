//! The digest as Markdown, for an issue or a message: every name and title
//! escaped (`escape::markdown_text`), so no member's text becomes a link,
//! a mention, HTML or a heading.

use std::fmt::Write as _;

use super::{Count, Digest, MemberLink, NearLevel, NewMember, Quiet, StoryLink, WaitingFeedback};
use super::{ACTIVE_STORIES, QUIET_DAYS};
use crate::i18n::{Catalogue, Msg};
use crate::util::escape::markdown_text as text;

/// The whole digest as Markdown, in `words`'s language (the site's); dates
/// are written 2026-04-10 in every language.
pub fn markdown(d: &Digest, words: &Catalogue) -> String {
    let mut out = String::new();
    let p = &d.period;
    let title = Msg::new("digest-title")
        .str("site", text(&d.site))
        .str("since", p.since.to_string())
        .str("until", p.until.to_string());
    let _ = writeln!(out, "# {}\n", words.msg(&title));
    let intro = Msg::new("digest-intro")
        .str("brand", text(&d.brand))
        .str("days", days(words, p.days()))
        .str("until", p.until.to_string());
    let _ = writeln!(out, "{}\n", words.msg(&intro));
    new_members(&mut out, d, words);
    first_stories(&mut out, d, words);
    waiting(&mut out, &d.waiting_feedback, words);
    near_level(&mut out, &d.near_next_level, words);
    quiet(&mut out, &d.gone_quiet, words);
    counts(&mut out, &d.counts, words);
    out
}

fn days(words: &Catalogue, n: i64) -> String {
    words.count("digest-days", n.max(0) as usize)
}

/// `## Title (n)`, then `intro` and the items, or `none` when there are none.
fn section(out: &mut String, title: &str, intro: &str, none: &str, items: &[String]) {
    let _ = writeln!(out, "## {title} ({})\n", items.len());
    if items.is_empty() {
        let _ = writeln!(out, "{none}\n");
        return;
    }
    if !intro.is_empty() {
        let _ = writeln!(out, "{intro}\n");
    }
    for item in items {
        let _ = writeln!(out, "{item}");
    }
    out.push('\n');
}

/// A link whose text is escaped and whose URL cannot end the link early.
fn link(label: &str, url: &str) -> String {
    let mut safe = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => safe.push_str("%20"),
            '(' => safe.push_str("%28"),
            ')' => safe.push_str("%29"),
            '<' => safe.push_str("%3C"),
            '>' => safe.push_str("%3E"),
            c if c.is_control() => {}
            c => safe.push(c),
        }
    }
    format!("[{}]({safe})", text(label))
}

fn member(m: &MemberLink) -> String {
    link(&m.name, &m.url)
}

fn story(s: &StoryLink) -> String {
    format!("{} ({})", link(&s.title, &s.url), s.date)
}

fn new_members(out: &mut String, d: &Digest, words: &Catalogue) {
    let items: Vec<String> = d.new_members.iter().map(|n| new_member(n, words)).collect();
    let none = words.t("digest-no-new-members");
    section(out, &words.t("digest-new-members"), "", &none, &items);
}

/// One new member: a bullet with sub-items.
fn new_member(n: &NewMember, words: &Catalogue) -> String {
    let joined = Msg::new("digest-joined")
        .str("member", format!("**{}**", member(&n.member)))
        .str("date", n.joined.to_string());
    let mut lines = vec![format!("- {}", words.msg(&joined))];
    lines.push(match &n.first_story {
        Some(s) => format!(
            "  - {}",
            words.msg(&Msg::new("digest-first-story").str("story", story(s)))
        ),
        None => format!("  - {}", words.t("digest-no-story")),
    });
    lines.push(format!("  - {}", suggested(words, &n.welcome)));
    for i in &n.meet {
        let m = Msg::new("digest-introduce")
            .str("member", member(&i.member))
            .str("reason", text(&i.reason));
        lines.push(format!("  - {}", words.msg(&m)));
    }
    lines.join("\n")
}

fn suggested(words: &Catalogue, welcome: &str) -> String {
    words.msg(&Msg::new("digest-suggested-welcome").str("welcome", text(welcome)))
}

fn first_stories(out: &mut String, d: &Digest, words: &Catalogue) {
    let items: Vec<String> = d
        .first_stories
        .iter()
        .map(|f| {
            let by = Msg::new("digest-story-by")
                .str("story", story(&f.story))
                .str("authors", member(&f.author));
            format!("- {}\n  - {}", words.msg(&by), suggested(words, &f.welcome))
        })
        .collect();
    let intro = words.t("digest-first-stories-intro");
    let none = words.t("digest-no-first-stories");
    section(out, &words.t("digest-first-stories"), &intro, &none, &items);
}

fn waiting(out: &mut String, list: &[WaitingFeedback], words: &Catalogue) {
    let items: Vec<String> = list
        .iter()
        .map(|w| {
            let by: Vec<String> = w.authors.iter().map(member).collect();
            let status = words.t(&format!("status-{}", w.status)).to_lowercase();
            let m = Msg::new("digest-waiting-item")
                .str("story", story(&w.story))
                .str("authors", by.join(", "))
                .str("days", days(words, w.days_waiting))
                .str("status", status);
            format!("- {}", words.msg(&m))
        })
        .collect();
    let intro = Msg::new("digest-waiting-intro")
        .str("field", "`responds_to: <slug>`")
        .str("status", "`status`");
    let none = words.t("digest-no-waiting");
    section(
        out,
        &words.t("digest-waiting"),
        &words.msg(&intro),
        &none,
        &items,
    );
}

fn near_level(out: &mut String, list: &[NearLevel], words: &Catalogue) {
    let items: Vec<String> = list
        .iter()
        .map(|n| {
            let m = Msg::new("digest-near-level-item")
                .str("member", member(&n.member))
                .str("stories", words.count("count-stories", n.stories))
                .str("level", text(&n.next_level));
            format!("- {}", words.msg(&m))
        })
        .collect();
    let none = words.t("digest-no-near-level");
    section(out, &words.t("digest-near-level"), "", &none, &items);
}

fn quiet(out: &mut String, list: &[Quiet], words: &Catalogue) {
    let items: Vec<String> = list
        .iter()
        .map(|q| {
            let m = Msg::new("digest-quiet-item")
                .str("member", member(&q.member))
                .str("stories", words.count("count-stories", q.stories))
                .str("story", story(&q.last_story))
                .str("days", days(words, q.days_quiet));
            format!("- {}", words.msg(&m))
        })
        .collect();
    let title = words.msg(&Msg::new("digest-quiet").num("days", QUIET_DAYS as usize));
    let intro = words.count("digest-quiet-intro", ACTIVE_STORIES);
    let none = words.t("digest-no-quiet");
    section(out, &title, &intro, &none, &items);
}

fn counts(out: &mut String, list: &[Count], words: &Catalogue) {
    let _ = writeln!(out, "## {}\n", words.t("digest-counts"));
    let _ = writeln!(
        out,
        "| | {} | {} | {} |\n| --- | ---: | ---: | ---: |",
        words.t("digest-this-period"),
        words.t("digest-previous"),
        words.t("digest-change")
    );
    for c in list {
        let change = c.this_period as i64 - c.previous_period as i64;
        let what = words.t(&format!("digest-count-{}", c.what.replace(' ', "-")));
        // The sign always shown, the number as the language writes it.
        let n = words.numbers();
        let change = match change {
            0.. => format!("+{}", n.int(change)),
            _ => n.int(change),
        };
        let _ = writeln!(
            out,
            "| {what} | {} | {} | {change} |",
            words.number(c.this_period),
            words.number(c.previous_period)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_keeps_its_text_and_url_from_breaking_out() {
        assert_eq!(
            link("[x](javascript:1)", "https://a.example/s/(x) y/"),
            "[\\[x\\]\\(javascript\\:1\\)](https://a.example/s/%28x%29%20y/)"
        );
    }
}
