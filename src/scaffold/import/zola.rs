//! Zola: posts are the Markdown files and page bundles in content/'s
//! sections (`_index.md` is a section's own page); a file name may start
//! with its date (`2022-02-22-slug.md`). The old address is `path` when
//! given, else `/<section>/<slug>/`; `aliases` come along. Authors are the
//! page's `authors`, the `authors` taxonomy or `extra.author`.

use std::path::Path;

use serde_json::{Map, Value};

use super::source::{self, text};
use super::{Blog, Post};
use crate::util::slug::slugify;

pub fn read(dir: &Path) -> Blog {
    let config = source::config(dir, &["config.toml", "zola.toml"]);
    let extra = config.get("extra").and_then(Value::as_object);
    let content = dir.join("content");
    let mut blog = Blog {
        static_roots: vec![dir.join("static"), content.clone()],
        site_title: text(&config, "title"),
        site_url: text(&config, "base_url").map(|u| u.trim_end_matches('/').to_string()),
        site_author: source::author_name(config.get("author"))
            .or_else(|| source::author_name(extra?.get("author"))),
        ..Blog::default()
    };
    for file in source::files_under(&content, &["md"]) {
        let rel: Vec<String> = file
            .strip_prefix(&content)
            .map(|r| {
                r.components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let Some((name, dirs)) = rel.split_last() else {
            continue;
        };
        let bundle = name == "index.md";
        let in_bundle = !bundle && file.parent().is_some_and(|p| p.join("index.md").is_file());
        if name.starts_with('_') || in_bundle || dirs.len() < 1 + usize::from(bundle) {
            if let Some(why) = source::outside_sections(&content, &file) {
                blog.skipped.push((source::shown(&file, dir), why));
            }
            continue;
        }
        match post(dir, &file, dirs, bundle) {
            Ok(p) => blog.posts.push(p),
            Err(why) => blog.skipped.push((source::shown(&file, dir), why)),
        }
    }
    blog
}

fn post(dir: &Path, file: &Path, dirs: &[String], bundle: bool) -> Result<Post, String> {
    let parsed = source::parse_post(&source::read_text(file)?)?;
    let fm = &parsed.fm;
    let (sections, stem) = match bundle {
        true => (&dirs[..dirs.len() - 1], dirs[dirs.len() - 1].clone()),
        false => (
            dirs,
            file.file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned(),
        ),
    };
    let named = source::dated_name(&stem);
    let date = text(fm, "date")
        .and_then(|d| source::parse_date(&d))
        .or_else(|| named.map(|(day, _)| source::midnight(day)));
    let slug =
        text(fm, "slug").unwrap_or_else(|| slugify(named.map_or(stem.as_str(), |(_, rest)| rest)));
    let tax = fm
        .get("taxonomies")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let mut tags = source::list(&tax, "tags", false);
    tags.extend(source::list(&tax, "categories", false));
    let old = match text(fm, "path") {
        Some(p) => format!("/{}/", p.trim_matches('/')),
        None => format!("/{}/{slug}/", sections.join("/")),
    };
    let mut old_urls = vec![old];
    old_urls.extend(source::list(fm, "aliases", false));
    Ok(Post {
        source: source::shown(file, dir),
        dir: file.parent().unwrap_or(dir).to_path_buf(),
        bundle: bundle.then(|| file.parent().unwrap_or(dir).to_path_buf()),
        slug,
        title: text(fm, "title"),
        date,
        updated: text(fm, "updated").and_then(|d| source::parse_date(&d)),
        tags,
        summary: text(fm, "description"),
        draft: source::flag(fm, "draft").unwrap_or(false),
        authors: authors(fm, &tax),
        old_urls,
        body: parsed.body,
        notes: Vec::new(),
    })
}

/// The page's `authors`, its `authors` taxonomy, or `extra.author(s)`.
fn authors(fm: &Map<String, Value>, tax: &Map<String, Value>) -> Vec<String> {
    let extra = fm
        .get("extra")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    [
        (fm, "authors"),
        (tax, "authors"),
        (&extra, "authors"),
        (&extra, "author"),
    ]
    .iter()
    .map(|(map, key)| source::list(map, key, false))
    .find(|l| !l.is_empty())
    .unwrap_or_default()
}
