//! Keeps HTML parsing linear: a conservative estimate of how deeply the
//! sanitizer's HTML parser will nest elements, and a rewrite of raw HTML that
//! bounds its list of "active formatting elements".
//!
//! html5ever (under ammonia) does work proportional to the depth of its open
//! element stack for every tag, and re-opens every unclosed formatting element
//! (`<b>`, `<i>`, ...) after each block: 50,000 nested `>` blockquotes took 12 s
//! and 2,000 copies of `<div><b title=N></div>` 37 MB of output before this
//! guard. So the estimate only ever errs upwards: it counts every start tag,
//! pops only on an end tag that matches its own top, and wherever the real
//! parser might read text as tags or tags as text (script, style, CDATA) it
//! stops popping. Formatting elements lose their attributes, so the parser's
//! "Noah's Ark" rule caps how many of each it keeps re-opening.

use pulldown_cmark::{CowStr, Event};

/// Deepest nesting accepted, Markdown containers and raw HTML elements together.
/// Real writing stays far below it; anything deeper is made to slow the build.
pub const MAX_DEPTH: usize = 100;

/// HTML's formatting elements, re-opened by the parser (the `a` element limits itself).
const FORMATTING: &[&str] = &[
    "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
];

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
];

/// Elements whose content the parser may read as text (in HTML) or as tags (in SVG).
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    BeforeName,
    Name,
    AfterName,
    BeforeValue,
    Double,
    Single,
    Unquoted,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Text,
    /// After `<`.
    Open,
    /// After `</`.
    EndOpen,
    /// After `<!`, collecting what follows to tell comments from CDATA.
    Bang(String),
    /// Inside `<!-- -->`; the number of characters read so far.
    Comment(usize),
    /// `<?...>`, `<!DOCTYPE...>`, `</3>`: ends at the first `>`.
    Bogus,
    Name {
        end: bool,
        name: String,
    },
    Attrs {
        end: bool,
        name: String,
        at: Attr,
    },
}

/// The running estimate over one document's events.
#[derive(Debug)]
pub struct Guard {
    markdown: usize,
    stack: Vec<String>,
    state: State,
    /// Last characters read, to find `-->`, `--!>` and `]]>`.
    tail: [char; 4],
    /// Inside a raw-text element (its name) or CDATA (`]]>`): pops are off.
    unsure: Option<String>,
    deepest: usize,
}

impl Default for Guard {
    fn default() -> Self {
        Guard {
            markdown: 0,
            stack: Vec::new(),
            state: State::Text,
            tail: [' '; 4],
            unsure: None,
            deepest: 0,
        }
    }
}

impl Guard {
    /// The deepest nesting seen so far.
    pub fn deepest(&self) -> usize {
        self.deepest
    }

    pub fn too_deep(&self) -> bool {
        self.deepest > MAX_DEPTH
    }

    /// Accounts for one event; raw HTML comes back rewritten.
    pub fn event<'a>(&mut self, event: Event<'a>) -> Event<'a> {
        match event {
            Event::Start(_) => {
                self.markdown += 1;
                self.measure();
                event
            }
            Event::End(_) => {
                self.markdown = self.markdown.saturating_sub(1);
                event
            }
            Event::Html(h) => Event::Html(self.raw(h)),
            Event::InlineHtml(h) => Event::InlineHtml(self.raw(h)),
            other => other,
        }
    }

    fn measure(&mut self) {
        self.deepest = self.deepest.max(self.markdown + self.stack.len());
    }

    fn raw<'a>(&mut self, html: CowStr<'a>) -> CowStr<'a> {
        let mut out = String::with_capacity(html.len());
        for c in html.chars() {
            if self.char(c) {
                out.push(c);
            }
        }
        if out.len() == html.len() {
            html
        } else {
            out.into()
        }
    }

    /// Reads one character; false when it is dropped from the output.
    fn char(&mut self, c: char) -> bool {
        self.tail = [self.tail[1], self.tail[2], self.tail[3], c];
        let state = std::mem::replace(&mut self.state, State::Text);
        let (next, keep) = self.step(state, c);
        self.state = next;
        keep
    }

    fn step(&mut self, state: State, c: char) -> (State, bool) {
        let next = match state {
            State::Text => {
                if self.unsure.as_deref() == Some("]]>") && self.tail[1..] == [']', ']', '>'] {
                    self.unsure = None;
                }
                if c == '<' {
                    State::Open
                } else {
                    State::Text
                }
            }
            State::Open => match c {
                '/' => State::EndOpen,
                '!' if self.unsure.is_none() => State::Bang(String::new()),
                '?' if self.unsure.is_none() => State::Bogus,
                c if c.is_ascii_alphabetic() => State::Name {
                    end: false,
                    name: c.to_ascii_lowercase().to_string(),
                },
                '<' => State::Open,
                _ => State::Text,
            },
            State::EndOpen => match c {
                c if c.is_ascii_alphabetic() => State::Name {
                    end: true,
                    name: c.to_ascii_lowercase().to_string(),
                },
                '>' => State::Text,
                _ if self.unsure.is_some() => State::Text,
                _ => State::Bogus,
            },
            State::Bang(buf) => self.bang(buf, c),
            State::Comment(n) => {
                let t = self.tail;
                let ended = c == '>'
                    && (n == 0
                        || (n == 1 && t[2] == '-')
                        || (n >= 2 && t[1..3] == ['-', '-'])
                        || (n >= 3 && t[..3] == ['-', '-', '!']));
                if ended {
                    State::Text
                } else {
                    State::Comment(n + 1)
                }
            }
            State::Bogus => {
                if c == '>' {
                    State::Text
                } else {
                    State::Bogus
                }
            }
            State::Name { end, mut name } => match c {
                '\t' | '\n' | '\x0c' | '\r' | ' ' | '/' => {
                    let keep = !FORMATTING.contains(&name.as_str());
                    return (
                        State::Attrs {
                            end,
                            name,
                            at: Attr::BeforeName,
                        },
                        keep,
                    );
                }
                '>' => {
                    self.tag(end, &name);
                    State::Text
                }
                c => {
                    name.push(c.to_ascii_lowercase());
                    State::Name { end, name }
                }
            },
            State::Attrs { end, name, at } => {
                let keep = c == '>' || !FORMATTING.contains(&name.as_str());
                return (self.attrs(end, name, at, c), keep);
            }
        };
        (next, true)
    }

    fn bang(&mut self, mut buf: String, c: char) -> State {
        buf.push(c);
        if buf == "--" {
            State::Comment(0)
        } else if buf == "[CDATA[" {
            self.unsure = Some("]]>".into());
            State::Text
        } else if "--".starts_with(&buf) || "[CDATA[".starts_with(&buf) {
            State::Bang(buf)
        } else if c == '>' {
            State::Text
        } else {
            State::Bogus
        }
    }

    fn attrs(&mut self, end: bool, name: String, at: Attr, c: char) -> State {
        let space = matches!(c, '\t' | '\n' | '\x0c' | '\r' | ' ');
        if c == '>' && !matches!(at, Attr::Double | Attr::Single) {
            self.tag(end, &name);
            return State::Text;
        }
        let at = match (at, c) {
            (Attr::Double, '"') | (Attr::Single, '\'') => Attr::BeforeName,
            (Attr::Double | Attr::Single, _) => at,
            (Attr::Unquoted, _) if space => Attr::BeforeName,
            (Attr::Unquoted, _) => at,
            (Attr::BeforeValue, '"') => Attr::Double,
            (Attr::BeforeValue, '\'') => Attr::Single,
            (Attr::BeforeValue, _) if space => at,
            (Attr::BeforeValue, _) => Attr::Unquoted,
            (Attr::Name | Attr::AfterName, '=') => Attr::BeforeValue,
            (Attr::Name, _) if space => Attr::AfterName,
            (_, '/') => Attr::BeforeName,
            (Attr::BeforeName | Attr::AfterName, _) if space => at,
            _ => Attr::Name,
        };
        State::Attrs { end, name, at }
    }

    /// A whole tag was read.
    fn tag(&mut self, end: bool, name: &str) {
        if end {
            if self.unsure.as_deref() == Some(name) {
                self.unsure = None;
            } else if self.unsure.is_none() && self.stack.last().is_some_and(|top| top == name) {
                self.stack.pop();
            }
            return;
        }
        if VOID.contains(&name) {
            return;
        }
        self.stack.push(name.to_string());
        if self.unsure.is_none() && RAW_TEXT.contains(&name) {
            self.unsure = Some(name.to_string());
        }
        self.measure();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(html: &str) -> (String, usize) {
        let mut g = Guard::default();
        let out = match g.event(Event::Html(html.to_string().into())) {
            Event::Html(h) => h.to_string(),
            _ => unreachable!(),
        };
        (out, g.deepest())
    }

    #[test]
    fn balanced_html_is_shallow() {
        assert_eq!(run("<div><p>a</p><p>b<br></p></div>").1, 2);
        assert_eq!(
            run("<div title=\"a>b\"><img src=x></div>".repeat(50).as_str()).1,
            1
        );
        assert_eq!(run("<!-- <div><div> --><div></div>").1, 1);
    }

    #[test]
    fn unclosed_and_mismatched_tags_count() {
        assert_eq!(run(&"<div>".repeat(200)).1, 200);
        // An end tag that is not the last one opened pops nothing.
        assert_eq!(run(&"<div><b></div>".repeat(60)).1, 120);
    }

    #[test]
    fn raw_text_turns_popping_off() {
        // In <textarea>, `</div>` may be text: it must not lower the estimate.
        assert_eq!(run(&"<div><textarea></div></textarea>".repeat(30)).1, 60);
        // Comments inside raw text are not comments: the tags in them count.
        assert_eq!(run("<script><!--</script><div><div>").1, 3);
        assert_eq!(run("<![CDATA[x></div>]]><div>").1, 1);
        // `-!>` does not end a comment; `--!>` does.
        assert_eq!(run("<div><!-- -!></div> --!><div>").1, 2);
    }

    #[test]
    fn formatting_elements_lose_attributes() {
        assert_eq!(
            run("<b title=\"1\"><I\tclass=x>t</I></b><a href=\"/x\">y</a>").0,
            "<b><I>t</I></b><a href=\"/x\">y</a>"
        );
        assert_eq!(run("<b/title=1>").0, "<b>");
    }
}
