//! Jekyll: posts are `_posts/YYYY-MM-DD-slug.md` (and `_drafts/`, as
//! drafts); the old address is the post's `permalink`, else the site's
//! permalink style (`date` by default: `/:categories/:year/:month/:day/:title.html`).
//! Authors come from `_data/authors.yml`, or from `author` strings.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use serde_json::{Map, Value};

use super::source::{self, text};
use super::{Author, Blog, Post};

pub fn read(dir: &Path) -> Blog {
    let config = source::config(dir, &["_config.yml", "_config.yaml", "_config.toml"]);
    let style = text(&config, "permalink").unwrap_or_else(|| "date".into());
    let site_url = text(&config, "url").map(|url| {
        let base = text(&config, "baseurl").unwrap_or_default();
        format!("{}/{}", url.trim_end_matches('/'), base.trim_matches('/'))
            .trim_end_matches('/')
            .to_string()
    });
    let mut blog = Blog {
        static_roots: vec![dir.to_path_buf()],
        site_title: text(&config, "title"),
        site_url,
        site_author: source::author_name(config.get("author")),
        authors: authors(dir),
        ..Blog::default()
    };
    for (folder, draft) in [("_posts", false), ("_drafts", true)] {
        for file in source::files_under(&dir.join(folder), &["md", "markdown"]) {
            match post(dir, &file, &style, draft) {
                Ok(p) => blog.posts.push(p),
                Err(why) => blog.skipped.push((source::shown(&file, dir), why)),
            }
        }
    }
    blog
}

fn post(dir: &Path, file: &Path, style: &str, draft: bool) -> Result<Post, String> {
    let stem = file
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let named = source::dated_name(&stem);
    if named.is_none() && !draft {
        return Err(
            "the file name does not start with a date (YYYY-MM-DD-), so Jekyll does not publish it"
                .into(),
        );
    }
    let parsed = source::parse_post(&source::read_text(file)?)?;
    let fm = &parsed.fm;
    let date = text(fm, "date")
        .and_then(|d| source::parse_date(&d))
        .or_else(|| named.map(|(day, _)| source::midnight(day)));
    let title_part = named.map_or(stem.as_str(), |(_, rest)| rest).to_string();
    let slug = text(fm, "slug").unwrap_or(title_part);
    let mut categories = source::list(fm, "categories", true);
    categories.extend(source::list(fm, "category", false));
    let mut tags = source::list(fm, "tags", true);
    tags.extend(source::list(fm, "tag", false));
    tags.extend(categories.iter().cloned());
    let mut authors = source::list(fm, "authors", false);
    authors.extend(source::list(fm, "author", false));
    let old_urls = match (draft, text(fm, "permalink")) {
        (true, _) => Vec::new(),
        (false, Some(p)) => vec![p],
        (false, None) => vec![address(style, &categories, &slug, date.as_ref())],
    };
    Ok(Post {
        source: source::shown(file, dir),
        dir: file.parent().unwrap_or(dir).to_path_buf(),
        bundle: None,
        slug,
        title: text(fm, "title"),
        date,
        updated: text(fm, "last_modified_at").and_then(|d| source::parse_date(&d)),
        tags,
        summary: text(fm, "description").or_else(|| text(fm, "excerpt")),
        draft: draft || source::flag(fm, "published") == Some(false),
        authors,
        old_urls,
        body: liquid_urls(&parsed.body),
        notes: Vec::new(),
    })
}

/// The base path and URL filters of Liquid, which only prefix a site path:
/// `{{ site.baseurl }}/a.png` and `{{ "/a.png" | relative_url }}` are `/a.png`.
fn liquid_urls(body: &str) -> String {
    let mut out = body
        .replace("{{ site.baseurl }}", "")
        .replace("{{site.baseurl}}", "");
    let mut from = 0;
    while let Some(start) = out[from..].find("{{").map(|i| i + from) {
        let Some(len) = out[start..].find("}}") else {
            break;
        };
        let inner = out[start + 2..start + len].trim();
        let path = inner
            .strip_suffix("| relative_url")
            .or_else(|| inner.strip_suffix("| absolute_url"))
            .map(|p| p.trim().trim_matches(['"', '\'']).to_string());
        match path {
            Some(p) if !p.contains(['{', '}', '|']) => {
                out.replace_range(start..start + len + 2, &p);
                from = start + p.len();
            }
            _ => from = start + 2,
        }
    }
    out
}

/// The address from the site's permalink style or pattern.
fn address(
    style: &str,
    categories: &[String],
    slug: &str,
    date: Option<&DateTime<FixedOffset>>,
) -> String {
    let pattern = match style {
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        custom => custom,
    };
    let day = |f: &str| date.map(|d| d.format(f).to_string()).unwrap_or_default();
    let cats: Vec<String> = categories.iter().map(|c| c.to_lowercase()).collect();
    let vars = [
        ("categories", cats.join("/")),
        ("year", day("%Y")),
        ("month", day("%m")),
        ("i_month", day("%-m")),
        ("short_month", day("%b")),
        ("day", day("%d")),
        ("i_day", day("%-d")),
        ("y_day", day("%j")),
        ("short_year", day("%y")),
        ("week", day("%V")),
        ("short_day", day("%a")),
        ("title", slug.to_string()),
        ("slug", slug.to_string()),
        ("output_ext", ".html".to_string()),
    ];
    source::expand(pattern, &vars)
}

/// `_data/authors.yml` (or .yaml, .json): a map of key to fields.
fn authors(dir: &Path) -> Vec<Author> {
    let Some((_, Ok(Value::Object(map)))) = source::data_named(&dir.join("_data"), "authors")
    else {
        return Vec::new();
    };
    let fields = |v: &Value| v.as_object().cloned().unwrap_or_else(Map::new);
    map.iter()
        .map(|(key, v)| Author::from_data(key, &fields(v), false))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn liquid_url_filters_become_the_path() {
        let body =
            "![a]({{ site.baseurl }}/a.png) ![b]({{ \"/b.png\" | relative_url }}) {{ page.title }}";
        assert_eq!(
            super::liquid_urls(body),
            "![a](/a.png) ![b](/b.png) {{ page.title }}"
        );
    }
}
