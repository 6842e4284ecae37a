//! Docusaurus: posts are blog/'s `.md` and `.mdx` files, named
//! `YYYY-MM-DD-slug` (a file, or a folder with `index.md` and its images) or
//! `YYYY/MM/DD/slug`; the old address is `/blog/<slug>` with the post's
//! `slug`, else `/blog/YYYY/MM/DD/slug`. Authors are keys into
//! `blog/authors.yml` (names, titles, pictures, socials), inline objects,
//! or the older `author`, `author_title`, `author_url`, `author_image_url`.

use std::path::Path;

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::source::{self, text};
use super::{Author, Blog, Post};

pub fn read(dir: &Path) -> Blog {
    let blog_dir = dir.join("blog");
    let mut blog = Blog {
        static_roots: vec![dir.join("static")],
        site_url: site_url(dir),
        ..Blog::default()
    };
    if let Some((_, Ok(Value::Object(map)))) = source::data_named(&blog_dir, "authors") {
        for (key, v) in &map {
            let fields = v.as_object().cloned().unwrap_or_default();
            blog.authors.push(Author::from_data(key, &fields, false));
        }
    }
    let tags = match source::data_named(&blog_dir, "tags") {
        Some((_, Ok(Value::Object(map)))) => map,
        _ => Map::new(),
    };
    for file in source::files_under(&blog_dir, &["md", "mdx"]) {
        let rel = source::shown(&file, &blog_dir);
        if rel.split('/').any(|part| part.starts_with('_')) {
            continue;
        }
        match post(dir, &file, &rel, &tags, &mut blog.authors) {
            Ok(p) => blog.posts.push(p),
            Err(why) => blog.skipped.push((source::shown(&file, dir), why)),
        }
    }
    blog
}

fn post(
    dir: &Path,
    file: &Path,
    rel: &str,
    tags: &Map<String, Value>,
    authors: &mut Vec<Author>,
) -> Result<Post, String> {
    let parsed = source::parse_post(&source::read_text(file)?)?;
    let fm = &parsed.fm;
    let folder = rel.ends_with("/index.md") || rel.ends_with("/index.mdx");
    let name = match folder {
        true => rel.rsplit_once('/').map_or(rel, |(dir, _)| dir),
        false => rel.rsplit_once('.').map_or(rel, |(stem, _)| stem),
    };
    let (day, base) = dated(name);
    let date = text(fm, "date")
        .and_then(|d| source::parse_date(&d))
        .or_else(|| day.map(source::midnight));
    let address = match (text(fm, "slug"), day) {
        (Some(s), _) => format!("/blog/{}", s.trim_start_matches('/')),
        (None, Some(d)) => format!("/blog/{}/{base}", d.format("%Y/%m/%d")),
        (None, None) => format!("/blog/{base}"),
    };
    let slug = text(fm, "slug").map_or(base.clone(), |s| {
        s.rsplit('/').next().unwrap_or(&s).to_string()
    });
    let parent = file.parent().unwrap_or(dir).to_path_buf();
    Ok(Post {
        source: source::shown(file, dir),
        bundle: folder.then(|| parent.clone()),
        dir: parent,
        slug,
        title: text(fm, "title"),
        date,
        updated: None,
        tags: post_tags(fm, tags),
        summary: text(fm, "description"),
        draft: source::flag(fm, "draft").unwrap_or(false),
        authors: post_authors(fm, authors),
        old_urls: vec![address],
        body: jsx_images(&without_truncate(&parsed.body)),
        notes: Vec::new(),
    })
}

/// The body without its `<!-- truncate -->` (or `{/* truncate */}`) line,
/// however it is spaced.
fn without_truncate(body: &str) -> String {
    body.split_inclusive('\n')
        .filter(|line| {
            let squeezed: String = line.chars().filter(|c| !c.is_whitespace()).collect();
            squeezed != "<!--truncate-->" && squeezed != "{/*truncate*/}"
        })
        .collect()
}

/// MDX's image markup, `<img src={require('@site/static/img/a.png').default}
/// alt="…" />` (or `useBaseUrl('/img/a.png')`), as a Markdown image, so the
/// picture comes into the bundle like any other (or is reported missing).
fn jsx_images(body: &str) -> String {
    let code = super::post::code_ranges(body);
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find("<img") {
        let in_code = super::post::inside(&code, body.len() - rest.len() + at);
        let tag_len = rest[at..].find("/>").map(|e| e + 2).filter(|_| !in_code);
        let image = tag_len.and_then(|len| markdown_image(&rest[at..at + len]));
        match (tag_len, image) {
            (Some(len), Some(image)) => {
                out.push_str(&rest[..at]);
                out.push_str(&image);
                rest = &rest[at + len..];
            }
            _ => {
                out.push_str(&rest[..at + 4]);
                rest = &rest[at + 4..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `![alt](path)` for one `<img … />` whose `src` is a JSX expression.
fn markdown_image(tag: &str) -> Option<String> {
    let src = tag.split("src={").nth(1)?;
    let call = ["require(", "useBaseUrl("]
        .iter()
        .find_map(|f| src.trim_start().strip_prefix(f))?;
    let quote = call.chars().next().filter(|c| "'\"`".contains(*c))?;
    let path = call[1..].split(quote).next()?;
    let path = match path.strip_prefix("@site/static/") {
        Some(rest) => format!("/{rest}"),
        None => path.to_string(),
    };
    let alt = tag
        .split("alt=\"")
        .nth(1)
        .and_then(|a| a.split('"').next())
        .unwrap_or("");
    let alt = alt.replace(['[', ']'], "");
    (!path.is_empty() && !path.contains(['(', ')', ' '])).then(|| format!("![{alt}]({path})"))
}

/// The old site's address (`url` and `baseUrl` of docusaurus.config.*),
/// read from the config's text: it is code, not data.
fn site_url(dir: &Path) -> Option<String> {
    let text = [
        "docusaurus.config.ts",
        "docusaurus.config.js",
        "docusaurus.config.mjs",
    ]
    .iter()
    .find_map(|n| source::read_text(&dir.join(n)).ok())?;
    let value = |key: &str| {
        text.match_indices(key).find_map(|(at, _)| {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                return None;
            }
            let v = text[at + key.len()..]
                .trim_start()
                .strip_prefix(':')?
                .trim_start();
            let q = v.chars().next().filter(|c| "'\"`".contains(*c))?;
            v[1..].split(q).next().map(String::from)
        })
    };
    let url = value("url")?;
    let base = value("baseUrl").unwrap_or_default();
    let full = format!("{}/{}", url.trim_end_matches('/'), base.trim_matches('/'));
    Some(full.trim_end_matches('/').to_string())
}

/// The date a post's path gives (`2021-08-26-welcome`, `2021/08/26/welcome`)
/// and the name after it.
fn dated(name: &str) -> (Option<NaiveDate>, String) {
    let last = name.rsplit('/').next().unwrap_or(name);
    if let Some((day, rest)) = source::dated_name(last) {
        return (Some(day), rest.to_string());
    }
    let parts: Vec<&str> = name.split('/').collect();
    if let [.., y, m, d, rest] = parts.as_slice() {
        if let Ok(day) = NaiveDate::parse_from_str(&format!("{y}-{m}-{d}"), "%Y-%m-%d") {
            return (Some(day), rest.to_string());
        }
    }
    (None, name.to_string())
}

/// Tags as strings, `{label}` objects, or keys of `tags.yml` (its label).
fn post_tags(fm: &Map<String, Value>, known: &Map<String, Value>) -> Vec<String> {
    let Some(Value::Array(list)) = fm.get("tags") else {
        return source::list(fm, "tags", false);
    };
    list.iter()
        .filter_map(|t| match t {
            Value::String(key) => Some(
                known
                    .get(key)
                    .and_then(|v| v.as_object())
                    .and_then(|m| text(m, "label"))
                    .unwrap_or_else(|| key.clone()),
            ),
            Value::Object(m) => text(m, "label"),
            _ => None,
        })
        .collect()
}

/// The keys or names of a post's authors; inline authors join `authors`.
fn post_authors(fm: &Map<String, Value>, authors: &mut Vec<Author>) -> Vec<String> {
    let list = match fm.get("authors") {
        Some(Value::Array(a)) => a.clone(),
        Some(one) => vec![one.clone()],
        None => Vec::new(),
    };
    let mut out = Vec::new();
    for entry in list {
        match entry {
            Value::String(key) => out.push(key),
            Value::Object(fields) => out.push(inline(&fields, authors)),
            _ => {}
        }
    }
    if out.is_empty() && fm.contains_key("author") {
        let fields = [
            ("author", "name"),
            ("author_title", "title"),
            ("author_url", "url"),
            ("author_image_url", "image_url"),
        ];
        let legacy: Map<String, Value> = fields
            .iter()
            .filter_map(|(from, to)| Some((to.to_string(), fm.get(*from)?.clone())))
            .collect();
        out.push(inline(&legacy, authors));
    }
    out
}

/// An author written in the post: added (once, by name) to `authors`.
fn inline(fields: &Map<String, Value>, authors: &mut Vec<Author>) -> String {
    let name = text(fields, "name").unwrap_or_else(|| "author".into());
    if !authors.iter().any(|a| a.key == name) {
        authors.push(Author::from_data(&name, fields, false));
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mdx_require_images_become_markdown_images() {
        let body = "a\n<img src={require('@site/static/img/k.png').default} alt=\"Kit\" />\n\
                    <img src={useBaseUrl('/img/u.png')}/>\n<img src=\"plain.png\" />\n\
                    `<img src={require('x.png').default} />`\n";
        assert_eq!(
            jsx_images(body),
            "a\n![Kit](/img/k.png)\n![](/img/u.png)\n<img src=\"plain.png\" />\n\
             `<img src={require('x.png').default} />`\n"
        );
    }

    #[test]
    fn the_old_sites_address_is_read_from_the_config() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("docusaurus.config.js"),
            "module.exports = { title: 'x', url: 'https://a.example/', baseUrl: '/docs/',\n  image_url: 'no' };",
        )
        .unwrap();
        assert_eq!(
            site_url(dir.path()).as_deref(),
            Some("https://a.example/docs")
        );
    }

    #[test]
    fn the_truncate_marker_goes_however_it_is_spaced() {
        let body = "Intro\n<!--truncate-->\nMore\n  <!-- truncate -->\n{/*truncate*/}\nEnd\n";
        assert_eq!(without_truncate(body), "Intro\nMore\nEnd\n");
    }
}
