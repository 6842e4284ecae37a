//! What `check` needs from a document's Markdown, found by parsing alone:
//! its links (raw HTML's included), what the sanitizer will remove, and the
//! length of its first paragraph.

use pulldown_cmark::{Event, LinkType, Parser, Tag, TagEnd};

use super::options;
use super::rawhtml::{self, RawTag};
use crate::model::config::EmbedsConfig;
use crate::render::{embed, sanitize};

/// A link as the checker sees it: where it is written, 1-based, in the Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkAt {
    pub url: String,
    pub line: usize,
    /// Column of the URL when it is written in the link itself, else of the link.
    pub col: usize,
    pub image: bool,
}

/// What `check` needs from a document, found by parsing alone: no
/// highlighting, no sanitizing, no HTML.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outline {
    pub links: Vec<LinkAt>,
    /// Words in the first paragraph (the default summary), 0 when there is none.
    pub lead_words: usize,
    /// Raw HTML the sanitizer removes, in order.
    pub removed: Vec<Removed>,
}

/// An element or attributes written in raw HTML that no page will show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub line: usize,
    pub col: usize,
    /// What goes, in words: "`<iframe>` from example.com".
    pub what: String,
    /// What to write instead.
    pub instead: String,
}

/// What the outline needs to know to tell kept HTML from removed HTML.
pub struct OutlineEnv<'a> {
    pub embeds: &'a EmbedsConfig,
    /// The document is a bundle's, whose own video and audio files play.
    pub bundle: bool,
}

/// Parses Markdown for its links, its removed HTML and the length of its
/// first paragraph.
pub fn outline(md: &str, env: &OutlineEnv) -> Outline {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(md.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let position = |offset: usize| {
        let line = line_starts.partition_point(|&s| s <= offset);
        let col = md[line_starts[line - 1]..offset].chars().count() + 1;
        (line, col)
    };
    let mut out = Outline::default();
    let mut lead: Option<String> = None;
    for (event, range) in Parser::new_ext(md, options()).into_offset_iter() {
        let (url, image) = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) if link_type != LinkType::Email => (dest_url, false),
            Event::Start(Tag::Image { dest_url, .. }) => (dest_url, true),
            // A block is read whole (a tag may span lines); its lines then come as Html.
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) => {
                raw_html(&md[range.clone()], range.start, env, &position, &mut out);
                continue;
            }
            other => {
                lead_text(&mut lead, &mut out.lead_words, other);
                continue;
            }
        };
        let written = md[range.clone()].find(url.as_ref()).unwrap_or(0);
        let (line, col) = position(range.start + written);
        out.links.push(LinkAt {
            url: url.to_string(),
            line,
            col,
            image,
        });
    }
    out
}

/// Follows the first paragraph with text; `words` is set when it ends.
fn lead_text(lead: &mut Option<String>, words: &mut usize, event: Event) {
    if *words > 0 {
        return;
    }
    match (event, lead.as_mut()) {
        (Event::Start(Tag::Paragraph), None) => *lead = Some(String::new()),
        (Event::End(TagEnd::Paragraph), Some(text)) => {
            *words = text.split_whitespace().count();
            *lead = None;
        }
        (Event::Text(t) | Event::Code(t), Some(text)) => text.push_str(&t),
        (Event::SoftBreak | Event::HardBreak, Some(text)) => text.push(' '),
        _ => {}
    }
}

/// Links in raw HTML (`href`, `src`) and what the sanitizer removes from it.
fn raw_html(
    html: &str,
    offset: usize,
    env: &OutlineEnv,
    position: &dyn Fn(usize) -> (usize, usize),
    out: &mut Outline,
) {
    let tags = rawhtml::tags(html);
    for (i, t) in tags.iter().enumerate().filter(|(_, t)| !t.closing) {
        for (attr, image) in [("href", false), ("src", t.name == "img")] {
            let Some(a) = t.attr(attr).filter(|_| t.name != "iframe") else {
                continue;
            };
            let (line, col) = position(offset + a.at);
            out.links.push(LinkAt {
                url: a.value.to_string(),
                line,
                col,
                image,
            });
        }
        if let Some((what, instead)) = removal(t, &tags[i + 1..], env) {
            let (line, col) = position(offset + t.start);
            out.removed.push(Removed {
                line,
                col,
                what,
                instead,
            });
        }
    }
}

/// What of the element at `t` the sanitizer removes, and what to write instead.
fn removal(t: &RawTag, after: &[RawTag], env: &OutlineEnv) -> Option<(String, String)> {
    let name = t.name.as_str();
    match name {
        "iframe" => {
            let src = t.attr("src").map_or("", |a| a.value);
            if embed::from_iframe(src, env.embeds).is_some() {
                return None;
            }
            let host = url_host(src);
            return Some((
                format!("`<iframe>` from {host}"),
                format!("players from YouTube, Vimeo and the hosts under `embeds:` in site.yaml are shown; ask for `{host}` to be added to `embeds.allow`, or write a link to the page instead"),
            ));
        }
        "video" | "audio" => {
            let after = super::embeds::media_children(after);
            let until = after.iter().position(|c| c.closing && c.name == name);
            let inner = &after[..until.unwrap_or(after.len())];
            let srcs = t.attr("src").into_iter().chain(
                inner
                    .iter()
                    .filter(|c| c.name == "source" && !c.closing)
                    .filter_map(|c| c.attr("src")),
            );
            let mut srcs = srcs.map(|a| a.value).peekable();
            let plays = srcs.peek().is_some() && srcs.all(|s| embed::bundle_file(s).is_some());
            if env.bundle && plays {
                return None;
            }
            return Some((
                format!("`<{name}>` playing files from outside the story's folder"),
                format!("put the file in the story's folder (a bundle) and write `<{name} src=\"file\"></{name}>`, or link to where it is published"),
            ));
        }
        "source" | "track" => return None,
        _ => {}
    }
    if !sanitize::keeps_tag(name) {
        return Some((format!("`<{name}>`"), instead_of(name).into()));
    }
    let gone: Vec<String> = t
        .attrs
        .iter()
        .filter(|a| !sanitize::keeps_attribute(name, &a.name))
        .map(|a| format!("`{}`", a.name))
        .collect();
    (!gone.is_empty()).then(|| {
        (
            format!("{} on `<{name}>`", gone.join(", ")),
            "the theme styles and runs every page: write the text in Markdown and leave out styles, classes and scripts".into(),
        )
    })
}

/// The host of an address, for messages ("an unknown host" when none).
fn url_host(src: &str) -> String {
    let rest = src.trim().split_once("//").map_or("", |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
    match host.is_empty() {
        true => "an unknown host".into(),
        false => host.to_ascii_lowercase(),
    }
}

/// What to write instead of an element the sanitizer removes.
fn instead_of(name: &str) -> &'static str {
    match name {
        "script" | "style" | "link" | "meta" => {
            "pages run and style only the theme's own code; leave it out"
        }
        "form" | "input" | "button" | "select" | "textarea" | "label" => {
            "forms are not kept; link to the form where it is published"
        }
        "object" | "embed" | "applet" | "frame" | "frameset" => {
            "write a link to the page instead, or an `<iframe>` from a player on the embeds allowlist"
        }
        "svg" | "math" | "canvas" => {
            "save it as an image file in the story's folder and show it with `![description](file.svg)`"
        }
        _ => "its text is kept, the tag goes: write the formatting in Markdown (`**bold**`, `## Heading`, lists)",
    }
}
