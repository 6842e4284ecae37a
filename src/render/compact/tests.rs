//! Tests of the output pass: the DOM is the same before and after.

use super::compact;

fn c(s: &str) -> String {
    String::from_utf8(compact(s.as_bytes())).unwrap()
}

#[test]
fn indentation_and_blank_lines_become_one_line_break() {
    assert_eq!(
        c("<div>\n    <b>a</b>\n\n\n    <b>b</b>\n</div>\n"),
        "<div>\n<b>a</b>\n<b>b</b>\n</div>\n"
    );
    // Spaces on one line are text: kept as written.
    assert_eq!(c("<i>a  b · <b>c</b> d</i>"), "<i>a  b · <b>c</b> d</i>");
    assert_eq!(c("<b>été\n   ü</b>"), "<b>été\nü</b>");
}

#[test]
fn preformatted_script_style_and_comments_keep_their_text() {
    let pre = "<pre class=\"code\"><code>fn x() {\n    1\n\n}\n</code></pre>\n  <b>x</b>";
    assert_eq!(
        c(pre),
        "<pre class=code><code>fn x() {\n    1\n\n}\n</code></pre>\n<b>x</b>"
    );
    assert_eq!(c("<PRE>\n  a\n</Pre>\n  b"), "<PRE>\n  a\n</Pre>\nb");
    let textarea = "<textarea rows=\"3\">line\n    <b class=\"x\">indented</textarea>";
    assert_eq!(
        c(textarea),
        "<textarea rows=3>line\n    <b class=\"x\">indented</textarea>"
    );
    let script = "<script>\n  if (a < b) {\n    x(\"a\", '<b class=\"x\">');\n  }\n</script>";
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
fn tags_in_preformatted_text_lose_their_quotes_and_keep_their_ends() {
    assert_eq!(
        c("<pre><code><span class=\"k\">fn</span> <span class=\"f\">x</span>\n  </p>a &lt; b <!-- \"c\" -->\n</code></pre>"),
        "<pre><code><span class=k>fn</span> <span class=f>x</span>\n  </p>a &lt; b <!-- \"c\" -->\n</code></pre>"
    );
    assert_eq!(c("<pre>a < b</pre>"), "<pre>a < b</pre>");
}

#[test]
fn attribute_values_lose_quotes_only_where_the_standard_allows() {
    assert_eq!(
        c("<a class=\"card-link\" href=\"/stories/a-b/?x#y\">x</a>"),
        "<a class=card-link href=/stories/a-b/?x#y>x</a>"
    );
    // Spaces, quotes, "=", "<", ">" and backticks keep the quotes.
    let kept = "<a class=\"a b\" title=\"it's\" href=\"/s?a=1\" data-x=\"a&lt;b\" data-y=\"`\" data-z=\"x>y\">x</a>";
    assert_eq!(
        c(kept),
        "<a class=\"a b\" title=\"it's\" href=\"/s?a=1\" data-x=a&lt;b data-y=\"`\" data-z=\"x>y\">x</a>"
    );
    // A "/" after the quote would join an unquoted value.
    assert_eq!(
        c("<svg class=\"icon\"><use href=\"/icons.svg#x\"/></svg>"),
        "<svg class=icon><use href=\"/icons.svg#x\"/></svg>"
    );
    // No space before the next attribute: the quote separates them.
    assert_eq!(c("<b a=\"1\"c=\"2\">x</b>"), "<b a=\"1\"c=2>x</b>");
    assert_eq!(c("<img alt=\"\" src=\"a.png\">"), "<img alt src=a.png>");
    assert_eq!(
        c("<i title='a b' class=\"x\">y</i>"),
        "<i title='a b' class=x>y</i>"
    );
    let tag = "<img alt=\"a > b\n   c\" title='x\n  y'>\n  z";
    assert_eq!(c(tag), "<img alt=\"a > b\n   c\" title='x\n  y'>\nz");
    assert_eq!(c("<!doctype html>\n\n<html>"), "<!doctype html>\n<html>");
    assert_eq!(c("a < b\n   c"), "a < b\nc");
    assert_eq!(c("a <b class=\"x"), "a <b class=\"x");
}

#[test]
fn optional_end_tags_are_dropped_where_the_standard_allows() {
    assert_eq!(
        c("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>"),
        "<ul>\n<li>a<li>b</ul>"
    );
    assert_eq!(c("<ol><li>a</li></ol>"), "<ol><li>a</ol>");
    // Before anything but another item or the list's end, </li> stays.
    assert_eq!(
        c("<ul><li>a</li><script></script></ul>"),
        "<ul><li>a</li><script></script></ul>"
    );
    assert_eq!(c("<ul><li>a</li><link></ul>"), "<ul><li>a</li><link></ul>");
    assert_eq!(
        c("<div><p>a</p>\n<p>b</p>\n<ul><li><p>c</p></li></ul><p>d</p>\n</div>"),
        "<div><p>a<p>b<ul><li><p>c</ul><p>d</div>"
    );
    // </p> stays before inline content, at the end of an <a> and of a
    // custom element, and before a tag whose name only starts like a block's.
    assert_eq!(c("<p>a</p> b"), "<p>a</p> b");
    assert_eq!(c("<p>a</p><span>b</span>"), "<p>a</p><span>b</span>");
    assert_eq!(c("<a href=\"/x\"><p>a</p></a>"), "<a href=/x><p>a</p></a>");
    assert_eq!(c("<x-y><p>a</p></x-y>"), "<x-y><p>a</p></x-y>");
    assert_eq!(c("<p>a</p><divx>"), "<p>a</p><divx>");
    assert_eq!(c("<p>a</p><h2>b</h2><footer>"), "<p>a<h2>b</h2><footer>");
    // The tags the parser implies around the head and the body.
    assert_eq!(
        c("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n</head>\n<body>\n<a href=\"#main\">x</a>\n</body>\n</html>\n"),
        "<!doctype html>\n<html lang=en>\n<meta charset=utf-8>\n<title>t</title>\n<a href=#main>x</a>\n</body>\n</html>\n"
    );
    assert_eq!(
        c("<head>\n<!-- c --><title>t</title></head>"),
        "<head>\n<!-- c --><title>t</title>"
    );
    assert_eq!(c("</head>\n<!-- c -->"), "</head>\n<!-- c -->");
    assert_eq!(
        c("<body class=\"x\">\n<p>a</p></body>"),
        "<body class=x>\n<p>a</body>"
    );
    assert_eq!(
        c("<body>\n<script>x</script></body>"),
        "<body>\n<script>x</script></body>"
    );
    assert_eq!(c("<body><!-- c -->a</body>"), "<body><!-- c -->a</body>");
    assert_eq!(c("<bodyx>a</bodyx>"), "<bodyx>a</bodyx>");
    // Other end tags stay.
    assert_eq!(
        c("<table><tr><td>a</td></tr></table>"),
        "<table><tr><td>a</td></tr></table>"
    );
}

/// The tree a browser builds from `html`, as text: elements with their
/// attributes, text with whitespace runs as one space (whitespace-only
/// text left out), text in `pre` and `textarea` as written.
fn dom(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let mut out = String::new();
    // Each node in document order with its depth: that is the tree.
    for node in doc.tree.root().descendants() {
        let raw = node.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| matches!(e.name(), "pre" | "textarea"))
        });
        let depth = node.ancestors().count();
        let line = match node.value() {
            scraper::Node::Element(e) => {
                let mut attrs: Vec<_> = e.attrs().collect();
                attrs.sort();
                format!("<{} {attrs:?}>", e.name())
            }
            scraper::Node::Text(t) if raw => format!("{:?}", &**t),
            scraper::Node::Text(t) if t.trim().is_empty() => continue,
            scraper::Node::Text(t) => {
                let space = |c: char| c.is_ascii_whitespace();
                let lead = if t.starts_with(space) { " " } else { "" };
                let trail = if t.ends_with(space) { " " } else { "" };
                let words: Vec<&str> = t.split_ascii_whitespace().collect();
                format!("{lead}{}{trail}|", words.join(" "))
            }
            scraper::Node::Comment(c) => format!("<!--{}-->", &**c),
            _ => continue,
        };
        out.push_str(&format!("{depth} {line}\n"));
    }
    out
}

/// A page with what the theme and Markdown produce.
const PAGE: &str = r##"<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A · B</title>
<meta name="description" content="Say &quot;hi&quot; &amp; more">
<style>:root{--accent:#0b6e4f}</style>
<script src="/search.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <nav class="site-nav" aria-label="Main">
<ul>
  <li><a href="/stories/" aria-current="page">Stories</a></li>
  <li><a href="/members/">Members</a></li>
</ul>
  </nav>
</header>
<main id="main" tabindex="-1">
  <article class="card card--text">
<div class="card-cover card-cover--blank kind--story"></div>
<h2><a class="card-link" href="/stories/a/">A</a></h2>
<p>Summary <em>here</em>.</p>
<footer>
  <span class="avatar" style="--size:28px;--hue:209" aria-hidden="true">OS</span>
  <p><span><a href="/members/o/">O</a></span>
    <span class="muted"><time datetime="2026-02-10">10 February 2026</time> · 3 min read</span></p>
</footer>
<ul class="tags" aria-label="Topics of A"><li><a href="/tags/x/">#x</a></li><li><a href="/tags/y/">#y</a></li></ul>
  </article>
  <div class="prose">
<p>One
two</p>
<ul>
<li>
<p>loose</p>
</li>
<li>tight <a href="/x"><p>in a link</p></a></li>
</ul>
<pre class="code" data-lang="rust" tabindex="0"><code><span class="k">fn </span><span class="f">main</span>() {
<span class="k">let</span> x = <span class="s">"a &lt; b"</span>;
}
</code></pre>
<blockquote>
<p>quoted</p>
</blockquote>
<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>b</td></tr></tbody></table>
<p><img src="/a.png" alt="" width="10" height="10"> text</p>
  </div>
  <svg class="icon" width="14" height="14" aria-hidden="true"><use href="/icons.svg#clock"/></svg>
  <textarea id="t" readonly rows="3">[![a](b)](c)
<a href="x">y</a></textarea>
  <p class="x">last</p>
</main>
<footer><p>Built</p></footer>
</body>
</html>
"##;

#[test]
fn the_browser_builds_the_same_document() {
    let out = c(PAGE);
    assert!(out.len() < PAGE.len() * 9 / 10, "{out}");
    assert_eq!(dom(&out), dom(PAGE));
    // The comparison sees a text moved into the paragraph before it.
    assert_ne!(dom("<p>a</p>b"), dom("<p>a b"));
}
