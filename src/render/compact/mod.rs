//! The output pass over every HTML page: the same document in fewer bytes.
//!
//! Templates are written for people to read; browsers need less. Three
//! rewrites, each one the HTML standard gives the same meaning to:
//!
//! - **Indentation.** Outside elements whose text is shown as written (`pre`,
//!   `textarea`) or is not HTML (`script`, `style`), and outside tags and
//!   comments, a run of whitespace that contains a line break becomes a single
//!   line break. A browser renders any run of whitespace as one space (or
//!   nothing) in normal text, so the page looks the same.
//! - **Attribute quotes.** `class="card"` becomes `class=card` when the value
//!   has none of the characters an unquoted value cannot hold (whitespace,
//!   quotes, `=`, `<`, `>`, backtick) and the quote is followed by whitespace
//!   or `>` (not by `/`, which an unquoted value would swallow). `alt=""`
//!   becomes `alt`. Tags inside `pre` are rewritten too (highlighted code is
//!   mostly `<span class=k>`); the text between them is not.
//! - **Optional tags.** `</li>` before the next `<li>` or the end of its
//!   list, and `</p>` before a block element or the end of its parent (unless
//!   that parent is an `a` or one of the other elements the standard names),
//!   are dropped with the whitespace after them, which the closed element would
//!   otherwise gain as trailing text. So are `<head>`, `</head>` and `<body>`
//!   (without attributes), which the parser implies, where the standard lets
//!   them go (not before a comment; `<body>` not before an element that would
//!   land in the head). `</body>` stays: `potluck serve` puts its reload
//!   script before it.
//!
//! Pages are well-formed (templates are checked by the validator, Markdown
//! output by the sanitizer's serializer), so the element after an end tag is
//! read from the next tag. The pass is one loop over the bytes: it runs on
//! every page of a build. On a story page it saves about a tenth of the bytes.

/// Elements whose content is kept byte for byte, tags included.
const RAW: [&[u8]; 3] = [b"textarea", b"script", b"style"];

/// Elements before whose start tag a `</p>` may be left out.
const P_CLOSERS: [&[u8]; 30] = [
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"details",
    b"div",
    b"dl",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"hr",
    b"main",
    b"menu",
    b"nav",
    b"ol",
    b"p",
    b"pre",
    b"section",
    b"table",
    b"ul",
];

/// Parents at whose end a `</p>` must stay (besides custom elements).
const P_KEEPERS: [&[u8]; 7] = [
    b"a",
    b"audio",
    b"del",
    b"ins",
    b"map",
    b"noscript",
    b"video",
];

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// `html` with the rewrites of the module comment.
pub fn compact(html: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(html.len());
    let mut i = 0;
    while i < html.len() {
        let b = html[i];
        if is_space(b) {
            let start = i;
            while i < html.len() && is_space(html[i]) {
                i += 1;
            }
            let run = &html[start..i];
            if run.contains(&b'\n') {
                out.push(b'\n');
            } else {
                out.extend_from_slice(run);
            }
        } else if b == b'<' && html[i..].starts_with(b"<!--") {
            i = copy_comment(html, i, &mut out);
        } else if b == b'<' && html.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            let name = tag_name(&html[i + 1..]);
            if let Some(after) = optional_start(html, i, name) {
                i = after;
                continue;
            }
            i = start_tag(html, i, &mut out);
            if name.eq_ignore_ascii_case(b"pre") {
                // Text as written, tags rewritten, up to the matching end tag.
                let close = find_end_tag(html, i, b"pre").unwrap_or(html.len());
                i = preformatted(html, i, close, &mut out);
            } else if let Some(raw) = RAW.iter().find(|r| name.eq_ignore_ascii_case(r)) {
                // Copy up to the matching end tag, which the loop then copies as a tag.
                let close = find_end_tag(html, i, raw).unwrap_or(html.len());
                out.extend_from_slice(&html[i..close]);
                i = close;
            }
        } else if b == b'<' && html.get(i + 1) == Some(&b'/') {
            let end = tag_end(html, i);
            let after = skip_space(html, end);
            if optional_end(tag_name(&html[i + 2..end]), &html[after..]) {
                i = after;
            } else {
                out.extend_from_slice(&html[i..end]);
                i = end;
            }
        } else if b == b'<' {
            // A doctype, a processing instruction or a lone "<": copied up to its ">".
            let end = if matches!(html.get(i + 1), Some(b'!' | b'?')) {
                tag_end(html, i)
            } else {
                i + 1
            };
            out.extend_from_slice(&html[i..end]);
            i = end;
        } else {
            out.push(b);
            i += 1;
        }
    }
    out
}

/// Copies the content of a `pre` (from `from` to its end tag at `close`):
/// text and comments as they are, start tags rewritten. Returns `close`.
fn preformatted(html: &[u8], from: usize, close: usize, out: &mut Vec<u8>) -> usize {
    // Nothing read past the end tag, even from an unclosed quote or comment.
    let html = &html[..close];
    let mut i = from;
    while i < close {
        let next = html[i..close]
            .iter()
            .position(|&b| b == b'<')
            .map_or(close, |p| i + p);
        out.extend_from_slice(&html[i..next]);
        i = next;
        if i >= close {
            break;
        }
        if html[i..].starts_with(b"<!--") {
            i = copy_comment(html, i, out);
        } else if html.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            i = start_tag(html, i, out);
        } else {
            out.push(b'<');
            i += 1;
        }
    }
    close
}

fn copy_comment(html: &[u8], i: usize, out: &mut Vec<u8>) -> usize {
    let end = find(html, i + 4, b"-->").map_or(html.len(), |e| e + 3);
    out.extend_from_slice(&html[i..end]);
    end
}

/// Copies the start tag at `start` with its attribute values unquoted where
/// that is allowed; returns the index just after its `>`.
fn start_tag(html: &[u8], start: usize, out: &mut Vec<u8>) -> usize {
    let mut k = start;
    while k < html.len() {
        let b = html[k];
        match b {
            b'>' => {
                out.push(b);
                return k + 1;
            }
            b'\'' => {
                // A single-quoted value: kept as written.
                let end = html[k + 1..]
                    .iter()
                    .position(|&c| c == b'\'')
                    .map_or(html.len(), |p| k + 1 + p + 1);
                out.extend_from_slice(&html[k..end]);
                k = end;
            }
            b'=' if html.get(k + 1) == Some(&b'"') => {
                let Some(len) = html[k + 2..].iter().position(|&c| c == b'"') else {
                    out.extend_from_slice(&html[k..]);
                    return html.len();
                };
                let value = &html[k + 2..k + 2 + len];
                let after = k + 2 + len + 1;
                let ends = html.get(after).is_some_and(|&c| c == b'>' || is_space(c));
                if ends && value.is_empty() {
                    // `alt=""` is `alt`.
                } else if ends && value.iter().all(|&c| unquotable(c)) {
                    out.push(b'=');
                    out.extend_from_slice(value);
                } else {
                    out.extend_from_slice(&html[k..after]);
                }
                k = after;
            }
            b'"' => {
                // A stray quote (in a name): copied through its match, as the
                // end of the tag is found.
                let end = html[k + 1..]
                    .iter()
                    .position(|&c| c == b'"')
                    .map_or(html.len(), |p| k + 1 + p + 1);
                out.extend_from_slice(&html[k..end]);
                k = end;
            }
            _ => {
                out.push(b);
                k += 1;
            }
        }
    }
    html.len()
}

/// Can this byte be part of an unquoted attribute value?
fn unquotable(c: u8) -> bool {
    !(is_space(c) || matches!(c, b'"' | b'\'' | b'=' | b'<' | b'>' | b'`'))
}

/// For a `<head>` or `<body>` start tag without attributes at `i` that may
/// be left out: where the text after it (and its whitespace) begins.
fn optional_start(html: &[u8], i: usize, name: &[u8]) -> Option<usize> {
    let end = i + 1 + name.len();
    if html.get(end) != Some(&b'>') {
        return None;
    }
    let after = skip_space(html, end + 1);
    let next = next_tag(&html[after..], false)?;
    let fine = if name.eq_ignore_ascii_case(b"head") {
        true
    } else if name.eq_ignore_ascii_case(b"body") {
        !HEAD_CONTENT.iter().any(|h| next.eq_ignore_ascii_case(h))
    } else {
        false
    };
    fine.then_some(after)
}

/// Elements that, first in a `<body>` left out, would go into the head.
const HEAD_CONTENT: [&[u8]; 6] = [
    b"meta",
    b"noscript",
    b"link",
    b"script",
    b"style",
    b"template",
];

/// May the end tag `</name>` be left out when `rest` follows it (after any
/// whitespace)?
fn optional_end(name: &[u8], rest: &[u8]) -> bool {
    let next_start = next_tag(rest, false);
    let next_end = next_tag(rest, true);
    if name.eq_ignore_ascii_case(b"head") {
        !rest.starts_with(b"<!--")
    } else if name.eq_ignore_ascii_case(b"li") {
        next_start.is_some_and(|n| n.eq_ignore_ascii_case(b"li"))
            || next_end.is_some_and(|n| {
                [&b"ul"[..], b"ol", b"menu"]
                    .iter()
                    .any(|l| n.eq_ignore_ascii_case(l))
            })
    } else if name.eq_ignore_ascii_case(b"p") {
        next_start.is_some_and(|n| P_CLOSERS.iter().any(|c| n.eq_ignore_ascii_case(c)))
            || next_end.is_some_and(|n| {
                !n.is_empty()
                    && !n.contains(&b'-')
                    && !P_KEEPERS.iter().any(|k| n.eq_ignore_ascii_case(k))
            })
    } else {
        false
    }
}

/// The name of the start tag (or with `end`, end tag) `rest` begins with.
fn next_tag(rest: &[u8], end: bool) -> Option<&[u8]> {
    let open: &[u8] = if end { b"</" } else { b"<" };
    let after = rest.strip_prefix(open)?;
    if !after.first()?.is_ascii_alphabetic() {
        return None;
    }
    let name = tag_name(after);
    // The name must end the tag's name, not begin a longer one.
    match after.get(name.len()) {
        Some(&c) if c == b'>' || c == b'/' || is_space(c) => Some(name),
        _ => None,
    }
}

fn skip_space(html: &[u8], mut i: usize) -> usize {
    while i < html.len() && is_space(html[i]) {
        i += 1;
    }
    i
}

/// Index just after the `>` closing the tag that starts at `start`; a `>`
/// inside a quoted attribute value does not close it.
fn tag_end(html: &[u8], start: usize) -> usize {
    let mut quote = None;
    for (k, &b) in html.iter().enumerate().skip(start + 1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    html.len()
}

fn tag_name(tag: &[u8]) -> &[u8] {
    let len = tag
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
        .unwrap_or(tag.len());
    &tag[..len]
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// Start of the first `</name` (any case) at or after `from`.
fn find_end_tag(html: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut k = from;
    while let Some(p) = find(html, k, b"</") {
        let after = &html[p + 2..];
        if after.len() >= name.len()
            && after[..name.len()].eq_ignore_ascii_case(name)
            && !after
                .get(name.len())
                .is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return Some(p);
        }
        k = p + 2;
    }
    None
}

#[cfg(test)]
mod tests;
