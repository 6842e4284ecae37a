//! Checks a YAML block through libyaml's event stream (the parser serde_yaml
//! itself runs on, so both read the text the same way) before serde sees it.
//!
//! Front matter is plain data. Anchors, aliases, tags, directives, several
//! documents, complex keys and deep nesting only serve to hide what a file
//! says or to blow up memory, so they are refused here with their position;
//! so are duplicate keys at any level (serde only catches them in structs) and
//! control or bidi characters in any key or value, however they were written
//! (`"\u202E"` escapes included).

use std::collections::HashSet;
use std::mem::MaybeUninit;
use std::ptr::NonNull;

use unsafe_libyaml as unsafe_sys;

/// Deepest nesting of lists and mappings: the contract needs three
/// (`awards` -> award -> field); the margin is for brands' own site.yaml.
pub const MAX_NESTING: usize = 8;

/// A problem found in the events, positioned in the block (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub help: String,
}

/// What the check needs from one libyaml event.
enum Event {
    StreamStart,
    StreamEnd,
    /// `explicit`: written `---`, `...` or with a `%` directive.
    Document {
        explicit: bool,
    },
    Alias,
    Scalar {
        special: Option<&'static str>,
        value: String,
    },
    Start {
        special: Option<&'static str>,
        map: bool,
    },
    End,
}

/// libyaml's parser, kept at one heap address: it points to itself.
struct Parser<'a> {
    raw: Box<MaybeUninit<unsafe_sys::yaml_parser_t>>,
    _input: &'a [u8],
}

impl<'a> Parser<'a> {
    fn new(input: &'a [u8]) -> Option<Parser<'a>> {
        let mut raw = Box::new(MaybeUninit::<unsafe_sys::yaml_parser_t>::uninit());
        // SAFETY: `raw` is heap memory that outlives the parser (freed in Drop
        // only after initialisation succeeded); `input` outlives `Parser`.
        unsafe {
            if unsafe_sys::yaml_parser_initialize(raw.as_mut_ptr()).fail {
                return None;
            }
            unsafe_sys::yaml_parser_set_encoding(raw.as_mut_ptr(), unsafe_sys::YAML_UTF8_ENCODING);
            unsafe_sys::yaml_parser_set_input_string(
                raw.as_mut_ptr(),
                input.as_ptr(),
                input.len() as u64,
            );
        }
        Some(Parser { raw, _input: input })
    }

    /// The next event and its 1-based position; None on a syntax error (serde reports it).
    fn next(&mut self) -> Option<(Event, usize, usize)> {
        let mut event = MaybeUninit::<unsafe_sys::yaml_event_t>::uninit();
        // SAFETY: the parser is initialised; a successfully parsed event is
        // read by its type's union member and deleted exactly once.
        unsafe {
            if unsafe_sys::yaml_parser_parse(self.raw.as_mut_ptr(), event.as_mut_ptr()).fail {
                return None;
            }
            let ev = &*event.as_ptr();
            let out = convert(ev);
            let (line, col) = (
                ev.start_mark.line as usize + 1,
                ev.start_mark.column as usize + 1,
            );
            unsafe_sys::yaml_event_delete(event.as_mut_ptr());
            Some((out, line, col))
        }
    }
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        // SAFETY: only constructed after a successful initialisation.
        unsafe { unsafe_sys::yaml_parser_delete(self.raw.as_mut_ptr()) }
    }
}

/// Anchors and tags on a node, named for the message.
unsafe fn special(anchor: *const u8, tag: *const u8) -> Option<&'static str> {
    if !anchor.is_null() {
        Some("anchors (`&name`)")
    } else if !tag.is_null() {
        Some("tags (`!name`)")
    } else {
        None
    }
}

unsafe fn convert(ev: &unsafe_sys::yaml_event_t) -> Event {
    match ev.type_ {
        unsafe_sys::YAML_STREAM_START_EVENT => Event::StreamStart,
        unsafe_sys::YAML_DOCUMENT_START_EVENT => {
            let d = ev.data.document_start;
            let directives = !d.version_directive.is_null()
                || NonNull::new(d.tag_directives.start) != NonNull::new(d.tag_directives.end);
            Event::Document {
                explicit: !d.implicit || directives,
            }
        }
        unsafe_sys::YAML_DOCUMENT_END_EVENT => Event::Document {
            explicit: !ev.data.document_end.implicit,
        },
        unsafe_sys::YAML_ALIAS_EVENT => Event::Alias,
        unsafe_sys::YAML_SCALAR_EVENT => {
            let s = ev.data.scalar;
            let bytes = std::slice::from_raw_parts(s.value, s.length as usize);
            Event::Scalar {
                special: special(s.anchor, s.tag),
                value: String::from_utf8_lossy(bytes).into_owned(),
            }
        }
        unsafe_sys::YAML_SEQUENCE_START_EVENT => {
            let s = ev.data.sequence_start;
            Event::Start {
                special: special(s.anchor, s.tag),
                map: false,
            }
        }
        unsafe_sys::YAML_MAPPING_START_EVENT => {
            let m = ev.data.mapping_start;
            Event::Start {
                special: special(m.anchor, m.tag),
                map: true,
            }
        }
        unsafe_sys::YAML_SEQUENCE_END_EVENT | unsafe_sys::YAML_MAPPING_END_EVENT => Event::End,
        _ => Event::StreamEnd,
    }
}

/// An open list or mapping; a mapping remembers its keys and whether the next
/// node is a key.
enum Frame {
    List,
    Map {
        keys: HashSet<String>,
        key_next: bool,
    },
}

/// The first problem in `yaml`, if any. Syntax errors are left to serde.
pub fn check(yaml: &str) -> Option<Problem> {
    let mut parser = Parser::new(yaml.as_bytes())?;
    let mut stack: Vec<Frame> = Vec::new();
    // Start and end of the one document a block holds; more is a second document.
    let mut markers = 0;
    loop {
        let (event, line, col) = parser.next()?;
        let problem = |message: String, help: &str| {
            Some(Problem {
                line,
                col,
                message,
                help: help.to_string(),
            })
        };
        match event {
            Event::StreamStart => {}
            Event::StreamEnd => return None,
            Event::Document { explicit } => {
                markers += 1;
                if explicit || markers > 2 {
                    return problem(
                        "several YAML documents or directives in one front matter".into(),
                        "a front matter is one block of `key: value` lines",
                    );
                }
            }
            Event::Alias => {
                return problem(
                    "YAML aliases (`*name`) are not allowed in front matter".into(),
                    "write the value out in full, or quote it if the text starts with `*`",
                )
            }
            Event::Scalar { special, value } => {
                if let Some(p) = node(special, line, col) {
                    return Some(p);
                }
                if let Some(p) = key(&mut stack, &value, line, col) {
                    return Some(p);
                }
                if let Some(c) = forbidden_char(&value) {
                    return problem(
                        format!("the value contains the control or bidi character U+{:04X}", c as u32),
                        "remove it; such characters are invisible and can make text read differently than it is",
                    );
                }
            }
            Event::Start { special, map } => {
                if let Some(p) = node(special, line, col) {
                    return Some(p);
                }
                if let Some(Frame::Map { key_next: true, .. }) = stack.last() {
                    return problem(
                        "complex YAML keys (`? ...`) are not allowed in front matter".into(),
                        "keys are plain words, like `title:`",
                    );
                }
                stack.push(if map {
                    Frame::Map {
                        keys: HashSet::new(),
                        key_next: true,
                    }
                } else {
                    Frame::List
                });
                if stack.len() > MAX_NESTING {
                    return problem(
                        format!("lists and mappings nested more than {MAX_NESTING} levels deep"),
                        "front matter is flat data: `key: value`, lists `[a, b]`, and a few nested fields",
                    );
                }
            }
            Event::End => {
                stack.pop();
                value_done(&mut stack);
            }
        }
    }
}

/// Refuses anchors and tags on any node.
fn node(special: Option<&'static str>, line: usize, col: usize) -> Option<Problem> {
    special.map(|what| Problem {
        line,
        col,
        message: format!("YAML {what} are not allowed in front matter"),
        help: "write the value out in full, or quote it if the text starts with `&`, `*` or `!`"
            .into(),
    })
}

/// Records a scalar in its mapping: as a key (refusing repeats) or as a value.
fn key(stack: &mut [Frame], value: &str, line: usize, col: usize) -> Option<Problem> {
    match stack.last_mut() {
        Some(Frame::Map { keys, key_next }) if *key_next => {
            *key_next = false;
            if !keys.insert(value.to_string()) {
                return Some(Problem {
                    line,
                    col,
                    message: format!("duplicate key `{value}`"),
                    help: "keep only one of the two lines".into(),
                });
            }
            None
        }
        _ => {
            value_done(stack);
            None
        }
    }
}

/// A value was completed: its mapping expects a key next.
fn value_done(stack: &mut [Frame]) {
    if let Some(Frame::Map { key_next, .. }) = stack.last_mut() {
        *key_next = true;
    }
}

/// Control characters other than tab and newline, the bidi controls that
/// reorder text (embeddings, overrides, isolates; not the plain marks), and U+FFFE and
/// U+FFFF, which XML forbids (one in a title would break every feed that
/// lists it). One-line fields are checked more strictly by the field validators.
pub fn forbidden_char(s: &str) -> Option<char> {
    s.chars().find(|&c| {
        (c.is_control() && c != '\t' && c != '\n')
            || is_bidi_override(c)
            || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    })
}

/// Unicode's bidi embeddings, overrides and isolates: the "Trojan Source"
/// set, which makes text display in another order than it is stored.
pub fn is_bidi_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The plain direction marks LRM, RLM and ALM: ordinary punctuation in
/// Arabic, Hebrew and Persian text (they only set the direction of the
/// neutral characters beside them), so accepted in text; refused only where
/// text is an identity (handles, slugs, names, file names).
pub fn is_bidi_mark(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(yaml: &str) -> Option<(usize, usize, String)> {
        check(yaml).map(|p| (p.line, p.col, p.message))
    }

    #[test]
    fn plain_front_matter_passes() {
        for ok in [
            "title: Fish & chips!\ntags: [a, b]\n",
            "title: \"Tom & Jerry *live*!\"\n",
            "summary: |\n  a & b, *emphasis*, !bang &amp; *star\n  - not a list\n",
            "summary: >\n  folded & *text*\n",
            "\"quoted key\": 1\n'other': 2\n",
            "brand: { name: X, color: \"#fff\" }\nlevels:\n  - { name: A, stories: 1 }\n",
            "title: a # comment with &anchor *alias !tag\n",
            "links:\n  github: a\n  gitlab: a\n",
            "",
        ] {
            assert_eq!(message(ok), None, "{ok}");
        }
    }

    #[test]
    fn expansion_features_are_refused_with_positions() {
        let cases = [
            ("title: &a Hi\n", 1, 8, "anchors"),
            ("a: x\nb: *a\n", 2, 4, "aliases"),
            ("title: !!str Hi\n", 1, 8, "tags"),
            ("tags: !!seq [a]\n", 1, 7, "tags"),
            ("x: &a [1]\ny: [*a, *a]\n", 1, 4, "anchors"),
            ("links: {<<: *base}\n", 1, 13, "aliases"),
            ("%YAML 1.2\n---\ntitle: x\n", 1, 1, "documents"),
            ("title: x\n...\ntitle: y\n", 2, 1, "documents"),
            ("? [a, b]\n: c\n", 1, 3, "complex"),
        ];
        for (yaml, line, col, what) in cases {
            let (l, c, m) = message(yaml).unwrap_or_else(|| panic!("accepted {yaml:?}"));
            assert!(m.contains(what), "{yaml:?}: {m}");
            assert_eq!((l, c), (line, col), "{yaml:?}: {m}");
        }
    }

    #[test]
    fn duplicate_keys_are_refused_at_every_level() {
        assert_eq!(
            message("title: a\ntitle: b\n"),
            Some((2, 1, "duplicate key `title`".into()))
        );
        assert_eq!(
            message("links:\n  github: a\n  github: b\n"),
            Some((3, 3, "duplicate key `github`".into()))
        );
        assert_eq!(
            message("brand: {name: a, name: b}\n"),
            Some((1, 18, "duplicate key `name`".into()))
        );
        // The same key in two different mappings is fine.
        assert_eq!(message("a: {x: 1}\nb: {x: 1}\n"), None);
    }

    #[test]
    fn control_and_bidi_characters_are_refused_however_written() {
        for yaml in [
            "title: \"a\\u202Eb\"\n",
            "title: a\u{2066}b\n",
            "tags: [\"\\x1b[31m\"]\n",
            "\"ke\\u202Dy\": 1\n",
            "title: \"nul\\0\"\n",
        ] {
            let (_, _, m) = message(yaml).unwrap_or_else(|| panic!("accepted {yaml:?}"));
            assert!(m.contains("control or bidi"), "{yaml:?}: {m}");
        }
        assert_eq!(message("summary: |\n  tab\there\n  two lines\n"), None);
        // The direction marks of right-to-left writing are text.
        assert_eq!(
            message("title: \"\\u200Fשלום\"\nsummary: مرحبا\u{200E}\n"),
            None
        );
    }

    #[test]
    fn deep_nesting_and_bombs_stop_early() {
        let deep = format!("a: {}{}\n", "[".repeat(50), "]".repeat(50));
        assert!(message(&deep).unwrap().2.contains("nested more than"));
        let mut bomb = String::from("a: &a [x, x]\n");
        for i in 0..20 {
            bomb.push_str(&format!("b{i}: &b{i} [*a, *a]\n"));
        }
        assert_eq!(message(&bomb).unwrap().0, 1);
    }
}
