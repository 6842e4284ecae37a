//! The digest as Markdown, for an issue or a message: every name and title
//! escaped (`escape::markdown_text`), so no member's text becomes a link,
//! a mention, HTML or a heading.

use std::fmt::Write as _;

use super::{Count, Digest, MemberLink, NearLevel, NewMember, Quiet, StoryLink, WaitingFeedback};
use super::{ACTIVE_STORIES, QUIET_DAYS};
use crate::util::escape::markdown_text as text;

/// The whole digest as Markdown.
pub fn markdown(d: &Digest) -> String {
    let mut out = String::new();
    let p = &d.period;
    let _ = writeln!(
        out,
        "# {}: the host's digest, {} to {}\n",
        text(&d.site),
        p.since,
        p.until
    );
    let _ = writeln!(
        out,
        "What to do: whom to welcome and introduce, which feedback waits for {}'s answer, \
         and whom to encourage. Counts compare the {} to {} with the {} before.\n",
        text(&d.brand),
        days(p.days()),
        p.until,
        days(p.days())
    );
    new_members(&mut out, d);
    first_stories(&mut out, d);
    waiting(&mut out, &d.waiting_feedback);
    near_level(&mut out, &d.near_next_level);
    quiet(&mut out, &d.gone_quiet);
    counts(&mut out, &d.counts);
    out
}

fn days(n: i64) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
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

fn new_members(out: &mut String, d: &Digest) {
    let items: Vec<String> = d.new_members.iter().map(new_member).collect();
    let none = "Nobody joined in this period.";
    section(out, "New members", "", none, &items);
}

/// One new member: a bullet with sub-items.
fn new_member(n: &NewMember) -> String {
    let mut lines = vec![format!("- **{}**, joined {}", member(&n.member), n.joined)];
    lines.push(match &n.first_story {
        Some(s) => format!("  - First story: {}", story(s)),
        None => "  - No story yet".to_string(),
    });
    lines.push(format!("  - Suggested welcome: {}", text(&n.welcome)));
    for i in &n.meet {
        let (who, why) = (member(&i.member), text(&i.reason));
        lines.push(format!("  - Introduce them to {who}: {why}"));
    }
    lines.join("\n")
}

fn first_stories(out: &mut String, d: &Digest) {
    let items: Vec<String> = d
        .first_stories
        .iter()
        .map(|f| {
            format!(
                "- {} by {}\n  - Suggested welcome: {}",
                story(&f.story),
                member(&f.author),
                text(&f.welcome)
            )
        })
        .collect();
    let intro = "By members who joined earlier (new members' first stories are above).";
    let none = "No other member published their first story in this period.";
    section(out, "First stories", intro, none, &items);
}

fn waiting(out: &mut String, list: &[WaitingFeedback]) {
    let items: Vec<String> = list
        .iter()
        .map(|w| {
            let by: Vec<String> = w.authors.iter().map(member).collect();
            format!(
                "- {} by {}: waiting {}, status {}",
                story(&w.story),
                by.join(", "),
                days(w.days_waiting),
                w.status
            )
        })
        .collect();
    let intro = "Oldest first. Answer with a story that names it (`responds_to: <slug>`), \
                 and set its `status`.";
    let none = "Every feedback story has a host's answer.";
    section(out, "Feedback waiting for an answer", intro, none, &items);
}

fn near_level(out: &mut String, list: &[NearLevel]) {
    let items: Vec<String> = list
        .iter()
        .map(|n| {
            format!(
                "- {}: {} so far, one more reaches {}",
                member(&n.member),
                count(n.stories, "story", "stories"),
                text(&n.next_level)
            )
        })
        .collect();
    let none = "Nobody is one story from their next level.";
    section(out, "One story from the next level", "", none, &items);
}

fn quiet(out: &mut String, list: &[Quiet]) {
    let items: Vec<String> = list
        .iter()
        .map(|q| {
            format!(
                "- {}: {}, the last {}, {} ago",
                member(&q.member),
                count(q.stories, "story", "stories"),
                story(&q.last_story),
                days(q.days_quiet)
            )
        })
        .collect();
    let title = format!("Gone quiet for {QUIET_DAYS} days or more");
    let intro =
        format!("Members with {ACTIVE_STORIES} stories or more, the most recently active first.");
    let none = "Every active member wrote recently.";
    section(out, &title, &intro, none, &items);
}

fn counts(out: &mut String, list: &[Count]) {
    out.push_str("## This period against the previous one\n\n");
    out.push_str("| | this period | previous | change |\n| --- | ---: | ---: | ---: |\n");
    for c in list {
        let change = c.this_period as i64 - c.previous_period as i64;
        let _ = writeln!(
            out,
            "| {} | {} | {} | {change:+} |",
            c.what, c.this_period, c.previous_period
        );
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
