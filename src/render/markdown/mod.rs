//! Markdown to safe HTML: CommonMark plus extensions, heading ids, @mentions,
//! highlighted code, link rewriting, then the sanitizer.

use std::collections::HashMap;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};

use crate::model::config::EmbedsConfig;
use crate::render::highlight::Highlighter;
use crate::render::sanitize::Sanitizer;
use guard::Guard;
pub use guard::MAX_DEPTH;
pub use outline::{outline, LinkAt, Outline, OutlineEnv, Removed};
pub use summary::{summary_cut_mid_sentence, summary_of, truncate_words, SUMMARY_CHARS};

/// Marks where a highlighted code block goes back after sanitizing. The
/// characters are private-use, and removed from contributors' text first.
const HOLE_OPEN: char = '\u{E000}';
const HOLE_CLOSE: char = '\u{E001}';

/// What rendering needs besides the Markdown itself.
pub struct Context<'a> {
    /// Does a member with this handle exist?
    pub is_member: &'a (dyn Fn(&str) -> bool + Sync),
    /// Path prefix of the site ("" or "/community"), put before root-relative links.
    pub prefix: &'a str,
    /// Where a bundle's relative links point ("/stories/<slug>/"), if a bundle.
    pub bundle_url: Option<&'a str>,
    /// Width and height of the image at a (rewritten) `src`, when the site has it.
    pub image_size: &'a (dyn Fn(&str) -> Option<(u32, u32)> + Sync),
    pub highlighter: &'a Highlighter,
    pub sanitizer: &'a Sanitizer,
    /// The players stories may embed besides YouTube and Vimeo (site.yaml).
    pub embeds: &'a EmbedsConfig,
}

/// A link written in the Markdown, for the checker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    pub url: String,
    /// 1-based line within the Markdown.
    pub line: usize,
    pub image: bool,
}

/// Rendered HTML and the links it contains.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub links: Vec<LinkRef>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders Markdown to sanitized HTML.
pub fn render(md: &str, cx: &Context) -> Rendered {
    let md = md.replace([HOLE_OPEN, HOLE_CLOSE], "\u{FFFD}");
    let parser = Parser::new_ext(&md, options()).into_offset_iter();
    let mut pass = Pass {
        cx,
        code: Vec::new(),
        out: Vec::new(),
        links: Vec::new(),
        ids: HashMap::new(),
        in_code: None,
        in_link: 0,
        raw_links: 0,
        html_block: None,
        in_para: false,
        embed_line: None,
        seen_line: None,
        lines: md.split('\n').collect(),
        heading: None,
        sized: Vec::new(),
        highlight_budget: crate::render::highlight::STORY_BUDGET,
    };
    // A table of line starts: counting newlines per event would be quadratic.
    let breaks: Vec<usize> = md.match_indices('\n').map(|(i, _)| i).collect();
    let mut guard = Guard::default();
    for (event, range) in parser {
        let line = breaks.partition_point(|&b| b < range.start) + 1;
        let event = guard.event(event);
        if guard.too_deep() {
            // The load stage refuses such files; this keeps every caller safe anyway.
            return Rendered {
                html: format!("<p>(This text is nested more than {MAX_DEPTH} levels deep and is not shown.)</p>\n"),
                links: pass.links,
            };
        }
        pass.event(event, line);
    }
    let mut events = pass.out;
    normalize_headings(&mut events);
    let mut raw = String::with_capacity(md.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, events.into_iter());
    let clean = size_images(cx.sanitizer.clean(&raw), &pass.sized);
    Rendered {
        html: fill_holes(&clean, &pass.code),
        links: pass.links,
    }
}

/// Where a document nests deeper than [`MAX_DEPTH`] (Markdown containers and raw
/// HTML elements together): the 1-based line and the depth reached there.
///
/// Nesting that deep makes HTML parsing quadratic, so the load stage refuses it.
pub fn too_deep(md: &str) -> Option<(usize, usize)> {
    let mut guard = Guard::default();
    for (event, range) in Parser::new_ext(md, options()).into_offset_iter() {
        guard.event(event);
        if guard.too_deep() {
            let line = md[..range.start].matches('\n').count() + 1;
            return Some((line, guard.deepest()));
        }
    }
    None
}

/// Gives Markdown images of known size their width and height, so the text
/// does not jump when they load (pulldown-cmark writes `<img src=".." alt="..">`).
fn size_images(html: String, sized: &[(String, (u32, u32))]) -> String {
    if sized.is_empty() {
        return html;
    }
    // One pass with a map: a replace per image would be quadratic in a story
    // that shows many images.
    let sizes: HashMap<String, (u32, u32)> = sized
        .iter()
        .map(|(src, size)| (crate::render::highlight::escape_attr(src), *size))
        .collect();
    let mut out = String::with_capacity(html.len() + sized.len() * 32);
    let mut rest = html.as_str();
    const OPEN: &str = "<img src=\"";
    while let Some(i) = rest.find(OPEN) {
        let after = &rest[i + OPEN.len()..];
        let end = after.find('"').unwrap_or(after.len());
        out.push_str(&rest[..i]);
        match sizes.get(&after[..end]) {
            Some((w, h)) if after[end..].starts_with("\" alt=") => {
                out.push_str(&format!("<img width=\"{w}\" height=\"{h}\" src=\""));
            }
            _ => out.push_str(OPEN),
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The event pass: one state machine over pulldown-cmark's events.
struct Pass<'c, 'a> {
    cx: &'c Context<'c>,
    code: Vec<String>,
    out: Vec<Event<'a>>,
    links: Vec<LinkRef>,
    ids: HashMap<String, usize>,
    /// Language and text of the fenced code block being read.
    in_code: Option<(String, String)>,
    in_link: usize,
    /// `<a>` elements written in raw HTML and open here (no autolinks inside).
    raw_links: usize,
    /// The HTML block being read: embeds are found in the block as a whole.
    html_block: Option<String>,
    in_para: bool,
    /// The line of a player's link made a facade: the rest of its text goes.
    embed_line: Option<usize>,
    /// The last line looked at for a link standing alone.
    seen_line: Option<usize>,
    /// The Markdown's lines, to see a link standing alone on its line.
    lines: Vec<&'a str>,
    /// Events of the heading being read (its id comes from its text).
    heading: Option<Vec<Event<'a>>>,
    /// Images whose size is known: `src` and (width, height).
    sized: Vec<(String, (u32, u32))>,
    /// What is left of the story's highlighting budget.
    highlight_budget: u64,
}

impl<'a> Pass<'_, 'a> {
    fn event(&mut self, event: Event<'a>, line: usize) {
        if let Some((_, text)) = &mut self.in_code {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => self.end_code(),
                _ => {}
            }
            return;
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split([' ', ',', '{']).next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                self.in_code = Some((lang, String::new()));
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes: _,
                attrs: _,
            }) => {
                self.heading = Some(vec![Event::Start(Tag::Heading {
                    level,
                    id,
                    classes: vec![],
                    attrs: vec![],
                })]);
            }
            Event::End(TagEnd::Heading(level)) => self.end_heading(level),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => self.link(link_type, dest_url, title, id, line),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                self.links.push(LinkRef {
                    url: dest_url.to_string(),
                    line,
                    image: true,
                });
                let dest_url: CowStr = self.rewrite(&dest_url).unwrap_or_default().into();
                if let Some(size) = (self.cx.image_size)(&dest_url) {
                    self.sized.push((dest_url.to_string(), size));
                }
                self.emit(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::End(TagEnd::Link) => {
                self.in_link = self.in_link.saturating_sub(1);
                self.emit(Event::End(TagEnd::Link));
            }
            Event::Text(t) if self.in_link == 0 && self.raw_links == 0 => {
                if !self.embed_link_line(&t, line) {
                    self.text(t)
                }
            }
            Event::Start(Tag::HtmlBlock) => self.html_block = Some(String::new()),
            Event::Html(h) if self.html_block.is_some() => {
                self.html_block.get_or_insert_default().push_str(&h)
            }
            Event::End(TagEnd::HtmlBlock) => {
                let block = self.html_block.take().unwrap_or_default();
                let html = self.raw_html(&block);
                self.emit(Event::Html(html.into()));
            }
            Event::InlineHtml(h) => {
                self.raw_link_tag(&h);
                let html = self.raw_html(&h);
                self.emit(Event::InlineHtml(html.into()));
            }
            Event::Start(Tag::Paragraph) => {
                self.in_para = true;
                self.emit(Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) => {
                self.in_para = false;
                self.emit(Event::End(TagEnd::Paragraph));
            }
            Event::SoftBreak if self.embed_line == Some(line) => {
                // The break after a facade: its paragraph was closed before it.
            }
            Event::TaskListMarker(done) => {
                self.emit(Event::Text(if done { "☑ " } else { "☐ " }.into()))
            }
            other => self.emit(other),
        }
    }

    fn emit(&mut self, e: Event<'a>) {
        match &mut self.heading {
            Some(buf) => buf.push(e),
            None => self.out.push(e),
        }
    }

    fn end_code(&mut self) {
        let (lang, text) = self.in_code.take().unwrap_or_default();
        let html = (self.cx.highlighter).highlight_within(&text, &lang, &mut self.highlight_budget);
        let hole = self.hole(html);
        self.out.push(Event::Html(format!("{hole}\n").into()));
    }

    /// Keeps HTML potluck wrote (highlighted code, embeds) away from the
    /// sanitizer: a mark goes in its place, and the HTML back after cleaning.
    fn hole(&mut self, html: String) -> String {
        let n = self.code.len();
        self.code.push(html);
        format!("{HOLE_OPEN}{n}{HOLE_CLOSE}")
    }

    fn end_heading(&mut self, level: HeadingLevel) {
        let Some(mut buf) = self.heading.take() else {
            return;
        };
        let text: String = buf
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let explicit = match &buf[0] {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(crate::util::slug::slugify(id)),
            _ => None,
        };
        let base = explicit
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| crate::util::slug::slugify(&text));
        let base = if base.is_empty() {
            "section".to_string()
        } else {
            base
        };
        let n = self.ids.entry(base.clone()).or_insert(0);
        let id = if *n == 0 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        *n += 1;
        buf[0] = Event::Start(Tag::Heading {
            level,
            id: Some(id.into()),
            classes: vec![],
            attrs: vec![],
        });
        buf.push(Event::End(TagEnd::Heading(level)));
        self.out.extend(buf);
    }

    fn link(
        &mut self,
        link_type: LinkType,
        dest: CowStr<'a>,
        title: CowStr<'a>,
        id: CowStr<'a>,
        line: usize,
    ) {
        self.in_link += 1;
        if !matches!(link_type, LinkType::Email) {
            self.links.push(LinkRef {
                url: dest.to_string(),
                line,
                image: false,
            });
        }
        let dest_url = match link_type {
            LinkType::Email => format!("mailto:{dest}").into(),
            _ => self.rewrite(&dest).unwrap_or_default().into(),
        };
        self.emit(Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }));
    }

    /// Root-relative links get the site's path prefix; a bundle's relative links
    /// point into the bundle; unsafe schemes are dropped (the sanitizer agrees).
    fn rewrite(&self, url: &str) -> Option<String> {
        let squeezed: String = url
            .chars()
            .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
            .collect();
        if let Some(scheme) = scheme_of(&squeezed) {
            let ok = ["http", "https", "mailto"]
                .iter()
                .any(|s| s.eq_ignore_ascii_case(scheme));
            return ok.then(|| url.to_string());
        }
        if url.starts_with("//") || url.starts_with('#') || url.is_empty() {
            return Some(url.to_string());
        }
        if url.starts_with('/') {
            return Some(format!("{}{url}", self.cx.prefix));
        }
        Some(match self.cx.bundle_url {
            Some(base) => format!("{base}{}", url.trim_start_matches("./")),
            None => url.to_string(),
        })
    }
}

/// Pages own the `<h1>` (the title), so a document's top heading level
/// becomes `<h2>` and the others keep their distance to it: `##` after the
/// title does not skip a level, and `#` does not compete with the title.
fn normalize_headings(events: &mut [Event]) {
    let level_of = |e: &Event| match e {
        Event::Start(Tag::Heading { level, .. }) | Event::End(TagEnd::Heading(level)) => {
            Some(*level as i32)
        }
        _ => None,
    };
    let Some(top) = events.iter().filter_map(level_of).min() else {
        return;
    };
    let shift = 2 - top;
    if shift == 0 {
        return;
    }
    let moved = |l: HeadingLevel| {
        HeadingLevel::try_from((l as i32 + shift).clamp(2, 6) as usize).unwrap_or(HeadingLevel::H6)
    };
    for e in events.iter_mut() {
        match e {
            Event::Start(Tag::Heading { level, .. }) => *level = moved(*level),
            Event::End(TagEnd::Heading(level)) => *level = moved(*level),
            _ => {}
        }
    }
}

/// `javascript` for `javascript:alert(1)`; None for relative URLs.
fn scheme_of(url: &str) -> Option<&str> {
    let colon = url.find(':')?;
    let scheme = &url[..colon];
    let first_ok = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = scheme
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c));
    let before_path = !url[..colon].contains(['/', '?', '#']);
    (first_ok && rest_ok && before_path).then_some(scheme)
}

fn fill_holes(html: &str, code: &[String]) -> String {
    if code.is_empty() {
        return html.to_string();
    }
    let mut out = String::with_capacity(html.len() + code.iter().map(String::len).sum::<usize>());
    let mut rest = html;
    while let Some(i) = rest.find(HOLE_OPEN) {
        out.push_str(&rest[..i]);
        let after = &rest[i + HOLE_OPEN.len_utf8()..];
        let end = after.find(HOLE_CLOSE).unwrap_or(0);
        match after[..end].parse::<usize>().ok().and_then(|n| code.get(n)) {
            Some(block) => out.push_str(block),
            None => out.push('\u{FFFD}'),
        }
        rest = &after[end + HOLE_CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    // The hole sat alone in a paragraph of its own when it followed other text.
    // A facade closes the paragraph it stood in (embeds.rs): none is left empty.
    out.replace("<p><pre", "<pre")
        .replace("</pre></p>", "</pre>")
        .replace("<p></p>\n", "")
}

mod autolink;
mod embeds;
mod guard;
mod inline;
mod outline;
pub mod rawhtml;
mod summary;
#[cfg(test)]
mod tests;
