//! Text inside paragraphs: bare addresses become links (autolink.rs), and
//! `@handle` of a member links to the profile.

use pulldown_cmark::{CowStr, Event, LinkType, Tag, TagEnd};

use super::autolink::{self, Piece};
use super::Pass;

impl<'a> Pass<'_, 'a> {
    /// Text outside links: addresses linked, then mentions in what is left.
    pub(super) fn text(&mut self, text: CowStr<'a>) {
        let pieces = autolink::split(&text);
        if let [Piece::Text(_)] = pieces.as_slice() {
            return self.mentions(text);
        }
        let pieces: Vec<(String, Option<String>)> = pieces
            .into_iter()
            .map(|p| match p {
                Piece::Text(t) => (t.to_string(), None),
                Piece::Link { text, href } => (text.to_string(), Some(href)),
            })
            .collect();
        for (text, href) in pieces {
            let Some(href) = href else {
                self.mentions(text.into());
                continue;
            };
            self.emit(Event::Start(Tag::Link {
                link_type: LinkType::Autolink,
                dest_url: href.into(),
                title: "".into(),
                id: "".into(),
            }));
            self.emit(Event::Text(text.into()));
            self.emit(Event::End(TagEnd::Link));
        }
    }

    /// Counts `<a ...>` and `</a>` written as raw HTML, so the text between
    /// them, already a link, gets no link inside.
    pub(super) fn raw_link_tag(&mut self, html: &str) {
        let tag = html.trim_start().to_ascii_lowercase();
        if tag.starts_with("</a>") || tag.starts_with("</a ") {
            self.raw_links = self.raw_links.saturating_sub(1);
        } else if tag.starts_with("<a ") || tag.starts_with("<a>") || tag.starts_with("<a\n") {
            self.raw_links += 1;
        }
    }

    /// Turns `@handle` of an existing member into a link to the profile.
    fn mentions(&mut self, text: CowStr<'a>) {
        let mut last = 0;
        let s = text.as_ref();
        let bytes = s.as_bytes();
        let mut i = 0;
        let mut pieces: Vec<Event<'a>> = Vec::new();
        while let Some(off) = s[i..].find('@') {
            let at = i + off;
            i = at + 1;
            let glued = at > 0
                && (bytes[at - 1].is_ascii_alphanumeric()
                    || matches!(bytes[at - 1], b'.' | b'_' | b'-' | b'@' | b'/'));
            let len = s[at + 1..]
                .bytes()
                .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
                .count();
            let handle = s[at + 1..at + 1 + len].trim_end_matches('-');
            if glued || handle.is_empty() || !(self.cx.is_member)(handle) {
                continue;
            }
            pieces.push(Event::Text(s[last..at].to_string().into()));
            let url = format!("{}/members/{handle}/", self.cx.prefix);
            pieces.push(Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url: url.into(),
                title: "".into(),
                id: "".into(),
            }));
            pieces.push(Event::Text(format!("@{handle}").into()));
            pieces.push(Event::End(TagEnd::Link));
            last = at + 1 + handle.len();
            i = last;
        }
        if pieces.is_empty() {
            self.emit(Event::Text(text));
            return;
        }
        pieces.push(Event::Text(s[last..].to_string().into()));
        for p in pieces {
            self.emit(p);
        }
    }
}
