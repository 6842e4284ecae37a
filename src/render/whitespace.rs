//! Drops the indentation templates carry into their HTML output.
//!
//! Templates are indented so people can read them; browsers do not need it.
//! Outside elements whose text is shown as written (`pre`, `textarea`) or is not
//! HTML (`script`, `style`), and outside tags and comments, a run of whitespace
//! that contains a line break becomes a single line break. A browser renders
//! any run of whitespace as one space (or nothing) in normal text, so the page
//! looks the same; on a story page this is several hundred bytes.

/// Elements whose content is kept byte for byte.
const RAW: [&[u8]; 4] = [b"pre", b"textarea", b"script", b"style"];

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// `html` with indentation and blank lines collapsed (see the module comment).
pub fn collapse(html: &[u8]) -> Vec<u8> {
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
            let end = find(html, i + 4, b"-->").map_or(html.len(), |e| e + 3);
            out.extend_from_slice(&html[i..end]);
            i = end;
        } else if b == b'<' && html.get(i + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
            let end = tag_end(html, i);
            out.extend_from_slice(&html[i..end]);
            let name = tag_name(&html[i + 1..end]);
            i = end;
            if let Some(raw) = RAW.iter().find(|r| name.eq_ignore_ascii_case(r)) {
                // Copy up to the matching end tag, which the loop then copies as a tag.
                let close = find_end_tag(html, i, raw).unwrap_or(html.len());
                out.extend_from_slice(&html[i..close]);
                i = close;
            }
        } else if b == b'<' {
            // An end tag, a doctype or a lone "<": copied up to its ">".
            let end = if matches!(html.get(i + 1), Some(b'/' | b'!' | b'?')) {
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
mod tests {
    use super::collapse;

    fn c(s: &str) -> String {
        String::from_utf8(collapse(s.as_bytes())).unwrap()
    }

    #[test]
    fn indentation_and_blank_lines_become_one_line_break() {
        assert_eq!(
            c("<ul>\n    <li>a</li>\n\n\n    <li>b</li>\n</ul>\n"),
            "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"
        );
        // Spaces on one line are text: kept as written.
        assert_eq!(c("<p>a  b · <b>c</b> d</p>"), "<p>a  b · <b>c</b> d</p>");
        assert_eq!(c("<p>été\n   ü</p>"), "<p>été\nü</p>");
    }

    #[test]
    fn preformatted_script_style_and_comments_are_untouched() {
        let pre = "<pre class=\"code\"><code>fn x() {\n    1\n\n}\n</code></pre>\n  <p>x</p>";
        assert_eq!(
            c(pre),
            "<pre class=\"code\"><code>fn x() {\n    1\n\n}\n</code></pre>\n<p>x</p>"
        );
        assert_eq!(c("<PRE>\n  a\n</Pre>\n  b"), "<PRE>\n  a\n</Pre>\nb");
        let textarea = "<textarea rows=\"3\">line\n    indented</textarea>";
        assert_eq!(c(textarea), textarea);
        let script = "<script>\n  if (a < b) {\n    x();\n  }\n</script>";
        assert_eq!(c(script), script);
        assert_eq!(
            c("<style>\n  a { b: c }\n</style>"),
            "<style>\n  a { b: c }\n</style>"
        );
        assert_eq!(c("<!-- a\n   b -->\n  x"), "<!-- a\n   b -->\nx");
        // <preview> is not <pre>, and </prefix> does not end a <pre>.
        assert_eq!(c("<preview>\n  a</preview>"), "<preview>\na</preview>");
        assert_eq!(
            c("<pre>a</prefix>\n  b</pre>"),
            "<pre>a</prefix>\n  b</pre>"
        );
    }

    #[test]
    fn attribute_values_are_untouched() {
        let tag = "<img alt=\"a > b\n   c\" title='x\n  y'>\n  z";
        assert_eq!(c(tag), "<img alt=\"a > b\n   c\" title='x\n  y'>\nz");
        assert_eq!(c("<!doctype html>\n\n<html>"), "<!doctype html>\n<html>");
        assert_eq!(c("a < b\n   c"), "a < b\nc");
    }
}
