//! A small reader of the tags in raw HTML written in Markdown: names,
//! attributes and where each value stands, for embeds (render) and for
//! `check` (links and what the sanitizer removes). It only reads: what reaches
//! a page is still decided by the sanitizer, or written anew by potluck.

/// One tag: `<name attr="value">` or `</name>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawTag<'h> {
    /// Lowercase element name.
    pub name: String,
    pub closing: bool,
    /// Byte offset of the `<` in the scanned text.
    pub start: usize,
    /// Byte offset just after the `>` (or the end of the text).
    pub end: usize,
    pub attrs: Vec<Attr<'h>>,
}

/// An attribute: lowercase name, value as written (entities left as they
/// are), and the byte offset of the value (of the name when it has none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attr<'h> {
    pub name: String,
    pub value: &'h str,
    pub at: usize,
}

impl<'h> RawTag<'h> {
    pub fn attr(&self, name: &str) -> Option<&Attr<'h>> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// Every tag in `html`, in order; comments, doctypes and `<` that starts
/// no tag are skipped.
pub fn tags(html: &str) -> Vec<RawTag<'_>> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        i = start + 1;
        if html[start..].starts_with("<!--") {
            i = html[start..]
                .find("-->")
                .map_or(html.len(), |e| start + e + 3);
            continue;
        }
        let closing = bytes.get(i) == Some(&b'/');
        let name_at = i + usize::from(closing);
        let name_len = html[name_at..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
            continue;
        }
        let (attrs, end) = attributes(html, name_at + name_len);
        out.push(RawTag {
            name: html[name_at..name_at + name_len].to_ascii_lowercase(),
            closing,
            start,
            end,
            attrs,
        });
        i = end;
    }
    out
}

/// The attributes from `i` to the tag's `>`, and the offset after it.
fn attributes(html: &str, mut i: usize) -> (Vec<Attr<'_>>, usize) {
    let bytes = html.as_bytes();
    let mut attrs = Vec::new();
    loop {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() {
            return (attrs, i);
        }
        if bytes[i] == b'>' {
            return (attrs, i + 1);
        }
        let name_at = i;
        while i < bytes.len() && !b" \t\n\r\x0c/>=".contains(&bytes[i]) {
            i += 1;
        }
        let name = html[name_at..i].to_ascii_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            attrs.push(Attr {
                name,
                value: "",
                at: name_at,
            });
            continue;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let (value_at, value_end, next) = match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let end = html[i + 1..]
                    .find(q as char)
                    .map_or(html.len(), |e| i + 1 + e);
                (i + 1, end, (end + 1).min(html.len()))
            }
            _ => {
                let len = html[i..]
                    .bytes()
                    .take_while(|b| !b.is_ascii_whitespace() && *b != b'>')
                    .count();
                (i, i + len, i + len)
            }
        };
        attrs.push(Attr {
            name,
            value: &html[value_at..value_end],
            at: value_at,
        });
        i = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_attributes_and_where_values_stand() {
        let html =
            "<!-- <a href=no> --><figure>\n<img src=\"/a.png\" alt='x y' hidden>< b</FIGURE>";
        let tags = tags(html);
        let names: Vec<_> = tags.iter().map(|t| (t.name.as_str(), t.closing)).collect();
        assert_eq!(names, [("figure", false), ("img", false), ("figure", true)]);
        let img = &tags[1];
        let src = img.attr("src").unwrap();
        assert_eq!((src.value, &html[src.at..src.at + 6]), ("/a.png", "/a.png"));
        assert_eq!(img.attr("alt").unwrap().value, "x y");
        assert_eq!(img.attr("hidden").unwrap().value, "");
    }

    #[test]
    fn unquoted_and_unterminated_values_end_safely() {
        let tags = tags("<iframe src=https://x.example/a title=\"never closed");
        assert_eq!(tags[0].attr("src").unwrap().value, "https://x.example/a");
        assert_eq!(tags[0].attr("title").unwrap().value, "never closed");
    }
}
