//! A post as every format's reader leaves it, and what import does to all
//! posts alike: the story's front matter, template syntax potluck does not
//! run (shortcodes, Liquid tags, MDX) counted by name, and the local images
//! the text shows, brought into the story's bundle.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use pulldown_cmark::{Event, Parser, Tag};

use super::source;
use crate::scaffold::yaml_string;

/// A post read from the old blog, fields as the blog wrote them.
#[derive(Debug, Clone, Default)]
pub struct Post {
    /// The post's file, relative to the blog's folder (for the report).
    pub source: String,
    /// The folder its relative links start from.
    pub dir: PathBuf,
    /// A page bundle's folder: its media files come along.
    pub bundle: Option<PathBuf>,
    /// The name the story wants (slugified when the files are planned).
    pub slug: String,
    pub title: Option<String>,
    pub date: Option<DateTime<FixedOffset>>,
    pub updated: Option<DateTime<FixedOffset>>,
    /// Tags and categories, as written.
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub draft: bool,
    /// Author keys (into the blog's author data) or names.
    pub authors: Vec<String>,
    /// The post's address on the old blog first, then its own old aliases.
    pub old_urls: Vec<String>,
    pub body: String,
    /// What the reader could not convert (an unsupported permalink token,
    /// say), for the report.
    pub notes: Vec<String>,
}

/// Which template language a blog's text may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// `{{< name >}}` and `{{% name %}}`.
    Hugo,
    /// `{% name %}` and `{{ variable }}`.
    Liquid,
    /// `{{ name(...) }}` and `{% name(...) %}`.
    Zola,
    /// `import`/`export` lines, `<Component>` tags, `:::note` admonitions.
    Mdx,
}

/// Template syntax left as text in `body`, by name (`youtube` -> 2), outside
/// fenced code (where it is usually an example).
pub fn markers(body: &str, syntax: Syntax) -> BTreeMap<String, usize> {
    let mut found = BTreeMap::new();
    let mut fence: Option<&str> = None;
    for line in body.lines() {
        let t = line.trim_start();
        if let Some(f) = fence {
            if t.starts_with(f) {
                fence = None;
            }
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            fence = Some(&t[..3]);
            continue;
        }
        for name in line_markers(&without_inline_code(line), syntax) {
            *found.entry(name).or_insert(0) += 1;
        }
    }
    found
}

/// `line` with its inline code spans (`` `<Tag>` ``) blanked: like fenced
/// code, they show syntax rather than use it.
fn without_inline_code(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('`') {
        out.push_str(&rest[..open]);
        let ticks = rest[open..].len() - rest[open..].trim_start_matches('`').len();
        let fence = &rest[open..open + ticks];
        let after = &rest[open + ticks..];
        match after.find(fence) {
            Some(close) => rest = &after[close + ticks..],
            None => {
                out.push_str(&rest[open..]);
                return out;
            }
        }
    }
    out.push_str(rest);
    out
}

fn line_markers(line: &str, syntax: Syntax) -> Vec<String> {
    match syntax {
        Syntax::Hugo => tags_after(line, &["{{<", "{{%"], |n| !n.starts_with('/')),
        Syntax::Liquid => {
            let mut out = tags_after(line, &["{%"], |n| !n.starts_with("end"));
            out.extend(liquid_outputs(line));
            out
        }
        Syntax::Zola => tags_after(line, &["{{", "{%"], |n| n != "end"),
        Syntax::Mdx => mdx_markers(line),
    }
}

/// The name after each `open` in `line` (`{{< youtube abc >}}` -> `youtube`).
fn tags_after(line: &str, opens: &[&str], keep: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    for open in opens {
        for (i, _) in line.match_indices(open) {
            let rest = line[i + open.len()..]
                .trim_start_matches(['-', '<', '%'])
                .trim_start();
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || "_-./".contains(*c))
                .collect();
            if !name.is_empty() && keep(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// Each Liquid output tag by what it shows and its filters: `{{ page.title
/// }}`, `{{ "…" | embed }}` (a quoted value is shown as `"…"`).
fn liquid_outputs(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in line.match_indices("{{") {
        let rest = &line[i + 2..];
        let inner = rest.find("}}").map_or(rest, |end| &rest[..end]);
        let inner = inner.trim_matches(['-', ' ']);
        let mut parts = inner.split('|').map(str::trim);
        let value = parts.next().unwrap_or("");
        let shown = if value.starts_with(['"', '\'']) {
            "\"…\"".to_string()
        } else {
            value
                .chars()
                .take_while(|c| c.is_alphanumeric() || "_-./[]".contains(*c))
                .collect()
        };
        if shown.is_empty() {
            continue;
        }
        let filters: Vec<String> = parts
            .filter_map(|f| f.split([':', ' ']).next())
            .filter(|f| !f.is_empty())
            .map(|f| format!(" | {f}"))
            .collect();
        out.push(format!("{{{{ {shown}{} }}}}", filters.concat()));
    }
    out
}

fn mdx_markers(line: &str) -> Vec<String> {
    let t = line.trim_start();
    for word in ["import ", "export "] {
        if t.starts_with(word) {
            return vec![format!("MDX {}", word.trim())];
        }
    }
    if let Some(kind) = t.strip_prefix(":::") {
        let kind: String = kind.chars().take_while(|c| c.is_alphanumeric()).collect();
        if !kind.is_empty() {
            return vec![format!(":::{kind}")];
        }
    }
    let required = line.matches("require(").count();
    let mut out: Vec<String> = std::iter::repeat_n("MDX require()".to_string(), required).collect();
    out.extend(line.match_indices('<').filter_map(|(i, _)| {
        let name: String = line[i + 1..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '.')
            .collect();
        name.starts_with(|c: char| c.is_ascii_uppercase())
            .then(|| format!("<{name}>"))
    }));
    out
}

/// The byte ranges of `body`'s code (blocks and inline spans), where
/// markup is an example to leave as it is.
pub fn code_ranges(body: &str) -> Vec<std::ops::Range<usize>> {
    Parser::new(body)
        .into_offset_iter()
        .filter(|(e, _)| matches!(e, Event::Code(_) | Event::Start(Tag::CodeBlock(_))))
        .map(|(_, r)| r)
        .collect()
}

/// Whether byte `at` is inside one of `ranges`.
pub fn inside(ranges: &[std::ops::Range<usize>], at: usize) -> bool {
    ranges.iter().any(|r| r.contains(&at))
}

/// The image addresses `body` uses, Markdown and `<img src>` alike, each
/// once, with the byte range it is written at.
pub fn image_refs(body: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (event, range) in Parser::new(body).into_offset_iter() {
        if let Event::Start(Tag::Image { dest_url, .. }) = event {
            if let Some(at) = body[range.clone()].rfind(&*dest_url) {
                let start = range.start + at;
                out.push((dest_url.to_string(), start..start + dest_url.len()));
            }
        }
    }
    for (i, _) in body.match_indices("src=\"") {
        if !in_media_tag(body, i) {
            continue;
        }
        let start = i + "src=\"".len();
        if let Some(len) = body[start..].find('"') {
            out.push((body[start..start + len].to_string(), start..start + len));
        }
    }
    out.sort_by_key(|(_, r)| r.start);
    out
}

/// Whether the `src` at `at` belongs to an element showing a picture or
/// playing media (not a `<script>` or `<iframe>`, whose `src` is no image).
fn in_media_tag(body: &str, at: usize) -> bool {
    let Some(open) = body[..at].rfind('<') else {
        return false;
    };
    let name: String = body[open + 1..at]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(name.as_str(), "img" | "source" | "video" | "audio")
}

/// The local file an image address names: relative to `dir`, or from one of
/// `roots` for `/path`; never outside `blog`. `None` for other sites.
pub fn local_file(url: &str, dir: &Path, roots: &[PathBuf], blog: &Path) -> Option<PathBuf> {
    let url = url
        .trim()
        .trim_start_matches("{{ site.baseurl }}")
        .trim_start_matches("{{site.baseurl}}");
    if url.contains("://")
        || url.starts_with("//")
        || url.starts_with("data:")
        || url.contains("{{")
    {
        return None;
    }
    let url = &url[..url.find(['?', '#']).unwrap_or(url.len())];
    let url = percent_encoding::percent_decode_str(url)
        .decode_utf8()
        .ok()?;
    let candidates: Vec<PathBuf> = match url.strip_prefix('/') {
        Some(abs) => roots.iter().map(|r| r.join(abs)).collect(),
        None => vec![dir.join(&*url)],
    };
    let blog = blog.canonicalize().ok()?;
    candidates.into_iter().find_map(|c| {
        let real = c.canonicalize().ok()?;
        (real.starts_with(&blog) && real.is_file()).then_some(real)
    })
}

/// A name a bundle file can have: ASCII letters, digits, `-`, `_` and `.`.
pub fn safe_name(name: &str) -> String {
    let ascii = deunicode::deunicode(name);
    let out: String = ascii
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    let out = out.trim_matches(['.', '-']).to_string();
    if out.is_empty() {
        "file".into()
    } else {
        out
    }
}

/// The story's front matter and body, for potluck (`docs/content-format.md`).
pub struct StoryText<'a> {
    pub title: &'a str,
    pub authors: &'a [String],
    pub date: Option<&'a DateTime<FixedOffset>>,
    pub updated: Option<&'a DateTime<FixedOffset>>,
    pub tags: &'a [String],
    pub summary: Option<&'a str>,
    pub draft: bool,
    pub aliases: &'a [String],
    pub body: &'a str,
}

impl StoryText<'_> {
    pub fn render(&self) -> String {
        let list = |items: &[String]| {
            let quoted: Vec<String> = items.iter().map(|i| yaml_string(i)).collect();
            format!("[{}]", quoted.join(", "))
        };
        let mut fm = format!(
            "---\ntitle: {}\nauthors: {}\n",
            yaml_string(self.title),
            list(self.authors)
        );
        if let Some(d) = self.date {
            fm += &format!("date: {}\n", source::write_date(d));
        }
        if let Some(u) = self.updated.filter(|u| Some(*u) >= self.date) {
            fm += &format!("updated: {}\n", source::write_date(u));
        }
        if !self.tags.is_empty() {
            fm += &format!("tags: {}\n", list(self.tags));
        }
        if let Some(s) = self.summary {
            fm += &format!("summary: {}\n", yaml_string(s));
        }
        if self.draft {
            fm += "draft: true\n";
        }
        if !self.aliases.is_empty() {
            fm += &format!("aliases: {}\n", list(self.aliases));
        }
        format!("{fm}---\n{}", self.body.trim_start_matches('\n'))
    }
}

/// One line of text: runs of white space (line breaks too) made one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_syntax_is_counted_by_name_outside_code() {
        let body = "{{< youtube abc >}} and {{< figure src=\"a.png\" >}}\n{{< youtube def >}}\n\
                    {{% notice %}}x{{% /notice %}}\n```\n{{< youtube inside-code >}}\n```\n";
        let found = markers(body, Syntax::Hugo);
        assert_eq!(found.get("youtube"), Some(&2));
        assert_eq!(found.get("figure"), Some(&1));
        assert_eq!(found.get("notice"), Some(&1));
        let liquid = markers(
            "{% highlight ruby %}\nx\n{% endhighlight %}\n{{ site.url }}\n",
            Syntax::Liquid,
        );
        assert_eq!(
            liquid.keys().collect::<Vec<_>>(),
            ["highlight", "{{ site.url }}"]
        );
        let mdx = markers(
            "import Tabs from '@theme/Tabs';\n<Tabs>\n:::tip\nx\n:::\n<div>\n",
            Syntax::Mdx,
        );
        assert_eq!(
            mdx.keys().collect::<Vec<_>>(),
            [":::tip", "<Tabs>", "MDX import"]
        );
    }

    #[test]
    fn template_syntax_inside_inline_code_is_not_counted() {
        let found = markers(
            "Use `<FeatureFlag>` or ``{{< x >}}`` here, <Real>\n",
            Syntax::Mdx,
        );
        assert_eq!(found.keys().collect::<Vec<_>>(), ["<Real>"]);
    }

    #[test]
    fn liquid_tags_starting_with_a_string_are_counted_with_their_filters() {
        let found = markers(
            "{{ \"https://www.youtube-nocookie.com/embed/ID\" | embed }}\n{{ page.title | upcase }}\n",
            Syntax::Liquid,
        );
        assert_eq!(
            found.keys().collect::<Vec<_>>(),
            ["{{ \"…\" | embed }}", "{{ page.title | upcase }}"]
        );
    }

    #[test]
    fn a_script_source_is_no_image() {
        let body =
            "<script src=\"//platform.twitter.com/widgets.js\"></script>\n<img src=\"a.png\">\n";
        let found: Vec<String> = image_refs(body).into_iter().map(|(u, _)| u).collect();
        assert_eq!(found, ["a.png"]);
    }

    #[test]
    fn image_addresses_are_found_where_they_are_written() {
        let body = "![a](/img/a.png \"t\")\n<img src=\"b.jpg\">\n";
        let refs = image_refs(body);
        let found: Vec<&str> = refs
            .iter()
            .map(|(u, r)| {
                assert_eq!(&body[r.clone()], u);
                u.as_str()
            })
            .collect();
        assert_eq!(found, ["/img/a.png", "b.jpg"]);
    }

    #[test]
    fn bundle_names_are_plain() {
        assert_eq!(safe_name("Screen Shot 1.PNG"), "Screen-Shot-1.PNG");
        assert_eq!(safe_name("café.jpg"), "cafe.jpg");
        assert_eq!(safe_name("..."), "file");
    }
}
