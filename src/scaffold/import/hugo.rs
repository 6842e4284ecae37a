//! Hugo: posts are the Markdown files and page bundles (`index.md` with its
//! images) in content/'s sections; their old address is `url` when given,
//! else the section's `permalinks` pattern from the config, else
//! `/<section>/<slug>/`; `aliases` come along. Authors come from
//! `data/authors.*`, `data/authors/<key>.*` and the authors taxonomy's
//! pages (`content/authors/<key>/_index.md`), or from `author(s)` strings.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::source::{self, text};
use super::{Author, Blog, Post};

const CONFIGS: &[&str] = &[
    "hugo.toml",
    "hugo.yaml",
    "hugo.json",
    "config.toml",
    "config.yaml",
    "config.json",
    "config/_default/hugo.toml",
    "config/_default/config.toml",
];

pub fn read(dir: &Path) -> Blog {
    let config = source::config(dir, CONFIGS);
    let content = dir.join(text(&config, "contentDir").unwrap_or_else(|| "content".into()));
    let statics = text(&config, "staticDir").unwrap_or_else(|| "static".into());
    let permalinks = config
        .get("permalinks")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let params = config.get("params").and_then(Value::as_object);
    let mut blog = Blog {
        site_title: text(&config, "title"),
        site_url: text(&config, "baseURL")
            .or_else(|| text(&config, "baseurl"))
            .map(|u| u.trim_end_matches('/').to_string()),
        static_roots: vec![dir.join(statics), dir.join("assets")],
        site_author: source::author_name(config.get("author"))
            .or_else(|| source::author_name(params?.get("author"))),
        authors: authors(dir, &content),
        ..Blog::default()
    };
    for file in source::files_under(&content, &["md", "markdown"]) {
        let Some(place) = place(&content, &file) else {
            if let Some(why) = source::outside_sections(&content, &file) {
                blog.skipped.push((source::shown(&file, dir), why));
            }
            continue;
        };
        match post(dir, &file, &place, &permalinks) {
            Ok(p) => blog.posts.push(p),
            Err(why) => blog.skipped.push((source::shown(&file, dir), why)),
        }
    }
    blog
}

/// Where a content file sits: its section folders and its name (a page
/// bundle's folder name); `None` for what is no post (list pages,
/// top-level pages, a bundle's other files, the authors taxonomy).
struct Place {
    sections: Vec<String>,
    name: String,
    bundle: Option<PathBuf>,
}

fn place(content: &Path, file: &Path) -> Option<Place> {
    let rel: Vec<String> = file
        .strip_prefix(content)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let (last, dirs) = rel.split_last()?;
    if last.starts_with('_') || dirs.is_empty() || dirs[0] == "authors" {
        return None;
    }
    let parent = file.parent()?;
    let stem = Path::new(last).file_stem()?.to_string_lossy().into_owned();
    if stem == "index" {
        let (name, sections) = dirs.split_last()?;
        return (!sections.is_empty()).then(|| Place {
            sections: sections.to_vec(),
            name: name.clone(),
            bundle: Some(parent.to_path_buf()),
        });
    }
    // A Markdown file inside a page bundle is one of its resources.
    if parent.join("index.md").is_file() {
        return None;
    }
    Some(Place {
        sections: dirs.to_vec(),
        name: stem,
        bundle: None,
    })
}

fn post(
    dir: &Path,
    file: &Path,
    place: &Place,
    permalinks: &Map<String, Value>,
) -> Result<Post, String> {
    let parsed = source::parse_post(&source::read_text(file)?)?;
    let fm = &parsed.fm;
    let date = ["date", "publishDate", "pubdate"]
        .iter()
        .find_map(|k| text(fm, k).and_then(|d| source::parse_date(&d)));
    // The story's slug drops a file name's date, as for every format; the
    // old address keeps the name Hugo used.
    let named = source::dated_name(&place.name).map_or(place.name.as_str(), |(_, rest)| rest);
    let slug = text(fm, "slug").unwrap_or_else(|| named.to_string());
    let address_slug = text(fm, "slug").unwrap_or_else(|| place.name.clone());
    let mut tags = source::list(fm, "tags", false);
    tags.extend(source::list(fm, "categories", false));
    let mut authors = source::list(fm, "authors", false);
    authors.extend(source::list(fm, "author", false));
    let mut notes = Vec::new();
    let url = match text(fm, "url") {
        Some(url) => Some(url),
        None => address(place, &address_slug, fm, date.as_ref(), permalinks)
            .map_err(|why| notes.push(why))
            .ok(),
    };
    let mut old_urls: Vec<String> = url.into_iter().collect();
    old_urls.extend(source::list(fm, "aliases", false));
    Ok(Post {
        source: source::shown(file, dir),
        dir: file.parent().unwrap_or(dir).to_path_buf(),
        bundle: place.bundle.clone(),
        slug,
        title: text(fm, "title"),
        date,
        updated: text(fm, "lastmod").and_then(|d| source::parse_date(&d)),
        tags,
        summary: text(fm, "summary").or_else(|| text(fm, "description")),
        draft: source::flag(fm, "draft").unwrap_or(false),
        authors,
        old_urls,
        body: parsed.body,
        notes,
    })
}

/// The address Hugo gave the post: its section's permalink pattern, or the
/// section path and slug, lower-cased as Hugo does by default; why not, for
/// a pattern with a token this reader does not know.
fn address(
    place: &Place,
    slug: &str,
    fm: &Map<String, Value>,
    date: Option<&chrono::DateTime<chrono::FixedOffset>>,
    permalinks: &Map<String, Value>,
) -> Result<String, String> {
    let section = &place.sections[0];
    let Some(pattern) = permalinks.get(section).and_then(Value::as_str) else {
        return Ok(format!("/{}/{slug}/", place.sections.join("/")).to_lowercase());
    };
    let pattern = sliced_sections(pattern, &place.sections)?;
    let day = |f: &str| date.map(|d| d.format(f).to_string()).unwrap_or_default();
    let title = text(fm, "title")
        .map(|t| crate::util::slug::slugify(&t))
        .unwrap_or_default();
    // Hugo's `:slug` is the front matter's slug, else the title made a slug.
    let slug_or_title = text(fm, "slug").unwrap_or_else(|| match title.is_empty() {
        true => slug.to_string(),
        false => title.clone(),
    });
    let vars = [
        ("year", day("%Y")),
        ("month", day("%m")),
        ("day", day("%d")),
        ("slug", slug_or_title),
        ("slugorfilename", slug.to_string()),
        ("slugorcontentbasename", slug.to_string()),
        ("filename", place.name.clone()),
        ("contentbasename", place.name.clone()),
        ("title", title),
        ("section", section.clone()),
        ("sections", place.sections.join("/")),
    ];
    let path = source::expand(&pattern, &vars);
    if let Some(token) = path.split('/').find(|p| p.contains(':')) {
        return Err(format!(
            "old address not kept: the permalink pattern `{pattern}` has `{token}`, a token import does not know; add the post's old address to `aliases:` by hand"
        ));
    }
    Ok(path.to_lowercase())
}

/// `pattern` with each `:sections[…]` filled as Hugo documents it: an index
/// (`[0]`, `[last]`) or a slice (`[1:]`, `[:2]`, `[1:last]`) of the post's
/// sections, joined with `/`.
fn sliced_sections(pattern: &str, sections: &[String]) -> Result<String, String> {
    let mut out = pattern.to_string();
    while let Some(at) = out.find(":sections[") {
        let open = at + ":sections[".len();
        let close = out[open..].find(']').map(|c| open + c).ok_or_else(|| {
            format!(
                "old address not kept: `{}` in the permalink pattern is not closed",
                &out[at..]
            )
        })?;
        let spec = &out[open..close];
        let parts = slice(spec, sections).ok_or_else(|| {
            format!("old address not kept: the permalink token `:sections[{spec}]` is not one import knows (`[1:]`, `[:last]`, `[0]`, `[last]`); add the post's old address to `aliases:` by hand")
        })?;
        out.replace_range(at..close + 1, &parts.join("/"));
    }
    Ok(out)
}

/// The sections an index or slice of Hugo's permalink syntax names.
fn slice<'a>(spec: &str, sections: &'a [String]) -> Option<&'a [String]> {
    let n = sections.len();
    let index = |s: &str, default: usize| -> Option<usize> {
        match s.trim() {
            "" => Some(default),
            "last" => Some(n.saturating_sub(1)),
            i => i.parse().ok(),
        }
    };
    match spec.split_once(':') {
        None => {
            let i = index(spec, 0)?;
            sections.get(i..i + 1)
        }
        Some((from, to)) => {
            let (from, to) = (index(from, 0)?, index(to, n)?);
            sections.get(from..to.max(from).min(n))
        }
    }
}

/// Authors from the data files and the authors taxonomy's pages, by key.
fn authors(dir: &Path, content: &Path) -> Vec<Author> {
    let mut out = Vec::new();
    if let Some((_, Ok(Value::Object(map)))) = source::data_named(&dir.join("data"), "authors") {
        for (key, v) in &map {
            if let Some(fields) = v.as_object() {
                out.push(Author::from_data(key, fields, false));
            }
        }
    }
    for file in source::files_under(&dir.join("data/authors"), &["yml", "yaml", "toml", "json"]) {
        let key = file
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        if let Some(Ok(Value::Object(fields))) = source::data_file(&file) {
            out.push(Author::from_data(&key, &fields, false));
        }
    }
    for file in source::files_under(&content.join("authors"), &["md"]) {
        if file.file_name().is_some_and(|n| n == "_index.md") {
            if let Some(a) = term_page(&file) {
                out.push(a);
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|a| seen.insert(a.key.clone()));
    out
}

/// `content/authors/<key>/_index.md`: `title` is the name, `params` the
/// rest, the text the bio.
fn term_page(file: &Path) -> Option<Author> {
    let key = file.parent()?.file_name()?.to_string_lossy().into_owned();
    let parsed = source::parse_post(&source::read_text(file).ok()?).ok()?;
    let mut fields = parsed.fm.clone();
    if let Some(params) = parsed.fm.get("params").and_then(Value::as_object) {
        fields.extend(params.clone());
    }
    let mut a = Author::from_data(&key, &fields, true);
    if a.bio.is_none() && !parsed.body.trim().is_empty() {
        a.bio = Some(parsed.body.trim().to_string());
    }
    Some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hugo_section_slices_fill_the_permalink() {
        let s: Vec<String> = ["howtos", "misc", "deep"].map(String::from).to_vec();
        let fill = |p: &str| sliced_sections(p, &s);
        assert_eq!(
            fill("/h/:sections[1:]/:slug/").unwrap(),
            "/h/misc/deep/:slug/"
        );
        assert_eq!(fill("/:sections[last]/").unwrap(), "/deep/");
        assert_eq!(fill("/:sections[:last]/").unwrap(), "/howtos/misc/");
        assert_eq!(fill("/:sections[0]/x").unwrap(), "/howtos/x");
        let err = fill("/:sections[a:b]/").unwrap_err();
        assert!(err.contains("`:sections[a:b]`"), "{err}");
    }
}
