//! Embeds in Markdown (render/embed.rs says what is recognised): a player's
//! `<iframe>`, or its watch link alone on a line, becomes a facade; a
//! `<video>` or `<audio>` of the bundle's own files is written anew. What is
//! not recognised is left to the sanitizer, and `check` reports it.

use pulldown_cmark::{Event, Tag, TagEnd};

use super::rawhtml::{self, RawTag};
use super::Pass;
use crate::render::embed;

/// A watch link is shorter than this; longer lines are not read as one.
const MAX_LINK: usize = 2048;

impl<'a> Pass<'_, 'a> {
    /// A player's watch link written alone on its line of a paragraph: the
    /// paragraph is closed before the facade and opened again after it.
    /// Returns whether `text` was taken.
    pub(super) fn embed_link_line(&mut self, text: &str, line: usize) -> bool {
        if self.embed_line == Some(line) {
            return true;
        }
        // A line is looked at once, by its first text: a long line of many
        // texts (`*_*_…`) must not be read again for each.
        if !self.in_para || self.seen_line == Some(line) {
            return false;
        }
        self.seen_line = Some(line);
        let written = self.lines.get(line - 1).copied().unwrap_or("");
        let written = written.trim().trim_start_matches(['>', ' ']).trim();
        let link_like = written.len() <= MAX_LINK && !written.contains(char::is_whitespace);
        let alone = link_like && !written.is_empty() && written.starts_with(text.trim());
        let Some(player) = alone
            .then(|| embed::from_link(written, self.cx.embeds))
            .flatten()
        else {
            return false;
        };
        if matches!(self.out.last(), Some(Event::SoftBreak)) {
            self.out.pop();
        }
        let hole = self.hole(embed::facade(&player, None));
        self.emit(Event::End(TagEnd::Paragraph));
        self.emit(Event::Html(format!("{hole}\n").into()));
        self.emit(Event::Start(Tag::Paragraph));
        self.embed_line = Some(line);
        true
    }

    /// Raw HTML with every recognised player and bundle media element
    /// replaced by a hole for the HTML potluck writes for it.
    pub(super) fn raw_html(&mut self, html: &str) -> String {
        if !html.contains('<') {
            return html.to_string();
        }
        let tags = rawhtml::tags(html);
        let mut out = String::with_capacity(html.len());
        let mut done = 0;
        let mut i = 0;
        while i < tags.len() {
            let t = &tags[i];
            i += 1;
            if t.closing || t.start < done {
                continue;
            }
            let Some((written, end)) = self.embed_of(t, &tags[i..]) else {
                continue;
            };
            out.push_str(&html[done..t.start]);
            out.push_str(&self.hole(written));
            done = end;
        }
        out.push_str(&html[done..]);
        out
    }

    /// The HTML for an element starting at `t`, and where the element ends
    /// (its closing tag, when close by in the same HTML, else the tag itself).
    fn embed_of(&self, t: &RawTag, after: &[RawTag]) -> Option<(String, usize)> {
        match t.name.as_str() {
            "iframe" => {
                let player = embed::from_iframe(t.attr("src")?.value, self.cx.embeds)?;
                let title = t.attr("title").map(|a| decode(a.value));
                let end = closing_or(after, "iframe", t.end);
                Some((embed::facade(&player, title.as_deref()), end))
            }
            "video" | "audio" => {
                let bundle = self.cx.bundle_url?;
                let after = media_children(after);
                let closing = after
                    .iter()
                    .find(|c| c.closing && c.name == t.name)
                    .map_or(t.end, |c| c.end);
                let inner = after.iter().take_while(|c| c.end <= closing);
                let sources = inner.filter(|c| c.name == "source" && !c.closing);
                let srcs: Vec<&str> = t
                    .attr("src")
                    .into_iter()
                    .chain(sources.filter_map(|s| s.attr("src")))
                    .map(|a| a.value)
                    .collect();
                let files: Option<Vec<String>> = srcs
                    .iter()
                    .map(|s| embed::bundle_file(s).map(|f| format!("{bundle}{f}")))
                    .collect();
                let files = files.filter(|f| !f.is_empty())?;
                Some((embed::media(&t.name, &files), closing))
            }
            _ => None,
        }
    }
}

/// The tags a `<video>` or `<audio>` may hold (`<source>`, `<track>`, its end):
/// a few, so a block of thousands of tags is not searched from each one.
pub(super) fn media_children<'t, 'h>(after: &'t [RawTag<'h>]) -> &'t [RawTag<'h>] {
    &after[..after.len().min(32)]
}

/// Where an element opened by a tag ending at `open_end` ends: after its
/// closing tag when that comes next, else at the tag itself.
fn closing_or(after: &[RawTag], name: &str, open_end: usize) -> usize {
    match after.first() {
        Some(c) if c.closing && c.name == name => c.end,
        _ => open_end,
    }
}

/// The few entities a title attribute is written with, as text.
fn decode(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}
